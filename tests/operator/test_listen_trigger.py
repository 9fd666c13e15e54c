"""``iamport listen``, ``iamport trigger`` and ``iamport sandbox``'s options (issue 19, item 4)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from iamport_client import Iamporter
from iamport_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, Sandbox

from .test_sandbox_hardening import Receiver

IAMPORT = str(Path(sys.executable).with_name("iamport"))


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


def env_for(sandbox: Sandbox) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IAMPORT_")}
    return env | {
        "IAMPORT_API_KEY": DEFAULT_API_KEY,
        "IAMPORT_API_SECRET": DEFAULT_API_SECRET,
        "IAMPORT_BASE_URL": sandbox.base_url,
        "HOME": "/nonexistent-home",
    }


def iamport(sandbox: Sandbox, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [IAMPORT, *args], capture_output=True, text=True, env=env_for(sandbox), timeout=60
    )


@pytest.mark.parametrize(
    ("event", "statuses"),
    [
        ("paid", ["paid"]),
        ("failed", ["failed"]),
        ("cancelled", ["paid", "cancelled"]),
        ("vbank-issued", ["ready"]),
        ("vbank-deposited", ["ready", "paid"]),
    ],
)
def test_trigger_sends_the_events_webhook(
    sandbox: Sandbox, receiver: Receiver, event: str, statuses: list[str]
) -> None:
    result = iamport(sandbox, "trigger", event, "--notice-url", receiver.url)
    assert result.returncode == 0, result.stderr
    assert f"triggered {event}: imp_uid=imp_" in result.stdout
    log = sandbox.wait_for_webhooks(len(statuses))
    assert [r["body"]["status"] for r in log] == statuses
    assert [b["status"] for b in receiver.bodies] == statuses
    assert result.stdout.count(f"-> {receiver.url}: [200]") >= 1


def test_trigger_refuses_a_real_service() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IAMPORT_")}
    env |= {"IAMPORT_API_KEY": "k", "IAMPORT_API_SECRET": "s", "HOME": "/nonexistent"}
    env["IAMPORT_BASE_URL"] = "https://api.iamport.kr"
    result = subprocess.run(
        [IAMPORT, "trigger", "paid"], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode in (2, 3)


def test_listen_forwards_the_sandboxs_webhooks(
    sandbox: Sandbox, iamporter: Iamporter, receiver: Receiver
) -> None:
    before = sandbox.webhook_url  # the session's sandbox may carry another test's setting
    proc = subprocess.Popen(
        [IAMPORT, "listen", "--forward-to", receiver.url, "--max-events", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env_for(sandbox),
    )
    try:
        assert proc.stdout is not None
        ready = proc.stdout.readline()
        assert ready.startswith("Ready:"), ready + (proc.stderr.read() if proc.stderr else "")
        iamporter.pay_onetime(
            merchant_uid="listen_1",
            amount=1000,
            card_number="4242-4242-4242-4242",
            expiry="2099-12",
        )
        iamporter.pay_onetime(
            merchant_uid="listen_2",
            amount=2000,
            card_number="4242-4242-4242-4242",
            expiry="2099-12",
        )
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert sorted(b["merchant_uid"] for b in receiver.bodies) == ["listen_1", "listen_2"]
    lines = [line for line in out.splitlines() if "-->" in line]
    assert len(lines) == 2 and all("[200]" in line for line in lines)
    assert sandbox.webhook_url == before  # the sandbox's own setting is restored


def test_listen_polls_a_window_of_payments(
    sandbox: Sandbox, iamporter: Iamporter, receiver: Receiver
) -> None:
    iamporter.pay_onetime(
        merchant_uid="poll_1", amount=1000, card_number="4242-4242-4242-4242", expiry="2099-12"
    )
    result = subprocess.run(
        [IAMPORT, "listen", "--forward-to", receiver.url, "--poll", "0.2", "--max-events", "1"],
        capture_output=True,
        text=True,
        env=env_for(sandbox),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert receiver.bodies[0]["merchant_uid"] == "poll_1"
    assert receiver.bodies[0]["status"] == "paid"
    assert re.search(r"status=paid imp_uid=imp_\w+ merchant_uid=poll_1 +--> \[200\]", result.stdout)


def test_sandbox_command_takes_iamport_sandboxs_options(receiver: Receiver) -> None:
    proc = subprocess.Popen(
        [
            IAMPORT,
            "sandbox",
            "--port",
            "0",
            "--webhook-url",
            receiver.url,
            "--merchant-code",
            "imp12345678",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        match = re.fullmatch(r"iamport-sandbox listening on (http://[\d.]+:\d+)\n", line)
        assert match, line
        config = httpx.get(f"{match.group(1)}/__sandbox/config").json()
        assert config["webhook_url"] == receiver.url
        form = {"user_code": "imp12345678", "params": '{"merchant_uid":"o","amount":1000}'}
        opened = httpx.post(f"{match.group(1)}/checkout", data=form)
        assert opened.status_code == 303  # the merchant code it was given
    finally:
        proc.terminate()
        proc.wait(10)
    helped = subprocess.run(
        [IAMPORT, "sandbox", "--help"], capture_output=True, text=True, timeout=60
    )
    for option in ("--webhook-url", "--merchant-code", "--slow-card-delay", "--api-key"):
        assert option in helped.stdout
    bad = subprocess.run(
        [IAMPORT, "sandbox", "--webhook-url", "javascript:alert(1)"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2
