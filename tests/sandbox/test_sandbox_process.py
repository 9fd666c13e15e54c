"""Certifications, start/stop behaviour, the CLI and the pytest plugin."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import httpx

import iamport_sandbox
from iamport_sandbox import Sandbox, run_sandbox

from .conftest import Api, get_token
from .spec import assert_keys

SANDBOX_DIR = str(Path(iamport_sandbox.__file__).resolve().parent.parent)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [SANDBOX_DIR, env.get("PYTHONPATH")]))
    return env


def test_certifications(sandbox: Sandbox, api: Api) -> None:
    seeded = api.ok("GET", "/certifications/imps_000000000001")
    assert_keys(seeded, "CertificationAnnotation")
    assert seeded["birthday"] == "1990-01-01"
    assert seeded["certified"] is True
    assert len(seeded["unique_key"]) == 88
    for n in (2, 3):
        assert api.ok("GET", f"/certifications/imps_00000000000{n}")["name"]
    added = sandbox.state.add_certification(name="박서준", phone="01099998888", carrier="KT")
    assert api.ok("GET", f"/certifications/{added['imp_uid']}")["name"] == "박서준"
    assert api.ok("DELETE", "/certifications/imps_000000000001")["name"] == seeded["name"]
    assert "본인인증" in api.error("GET", "/certifications/imps_000000000001", 404)
    api.error("DELETE", "/certifications/imps_000000000001", 404)
    via_admin = api.client.post(
        "/__sandbox/certifications", json={"imp_uid": "imps_x", "name": "최"}
    )
    assert via_admin.json()["imp_uid"] == "imps_x"
    sandbox.reset()
    assert Api(api.client).ok("GET", "/certifications/imps_000000000001")["name"] == seeded["name"]


def test_start_stop_is_fast_and_leaves_no_threads() -> None:
    before = set(threading.enumerate())
    started = time.monotonic()
    with run_sandbox() as sb, httpx.Client(base_url=sb.base_url) as client:
        get_token(client)
        sb.webhook_url = "http://127.0.0.1:1/none"
        client.post("/__sandbox/vbanks/none/deposit")  # admin route
        sb.state.notifier = sb.dispatcher
        sb.dispatcher.notify([], {"imp_uid": "x", "merchant_uid": "y", "status": "paid"})
        sb.wait_for_webhooks(1)
    elapsed = time.monotonic() - started
    assert elapsed < 2.0
    restartable = Sandbox()
    for _ in range(2):
        restartable.start()
        with httpx.Client(base_url=restartable.base_url) as client:
            assert client.get("/__sandbox/clock").status_code == 200
        restartable.stop()
    time.sleep(0.05)
    leaked = [t for t in set(threading.enumerate()) - before if t.is_alive()]
    assert leaked == []


def test_cli_on_port_zero() -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "iamport_sandbox",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--api-key",
            "cli_key",
            "--api-secret",
            "cli_secret",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        match = re.fullmatch(r"iamport-sandbox listening on (http://127\.0\.0\.1:(\d+))", line)
        assert match, line
        with httpx.Client(base_url=match.group(1), timeout=5) as client:
            token = client.post(
                "/users/getToken", json={"imp_key": "cli_key", "imp_secret": "cli_secret"}
            )
            assert token.status_code == 200
            auth = {"Authorization": token.json()["response"]["access_token"]}
            assert client.get("/certifications/imps_000000000001", headers=auth).json()["code"] == 0
    finally:
        proc.terminate()
        proc.wait(10)
    assert proc.returncode == 0
    assert proc.stdout.read() == ""


def test_pytest_plugin(tmp_path: Path) -> None:
    test_file = tmp_path / "test_uses_plugin.py"
    test_file.write_text(
        textwrap.dedent(
            """
            import httpx

            pytest_plugins = ["iamport_sandbox.pytest_plugin"]

            def test_it(iamport_sandbox):
                assert httpx.get(iamport_sandbox.base_url + "/__sandbox/clock").status_code == 200
            """
        )
    )
    env = {**_env(), "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}  # skip unrelated heavy plugins
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test_file)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
