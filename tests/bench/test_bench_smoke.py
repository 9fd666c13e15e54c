"""Smoke test of the benchmark harness (bench/): tiny counts, checks outputs and request counting.

No timing is asserted anywhere: the numbers of a smoke run mean nothing.
"""

from __future__ import annotations

import http.client
import importlib.util
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bench import fixtures
from bench.server import ServerHandle, start_server

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class SmokeRun:
    stdout: str
    stderr: str
    data: dict[str, Any]
    markdown: str


@pytest.fixture(scope="module")
def smoke(tmp_path_factory: pytest.TempPathFactory) -> SmokeRun:
    out = tmp_path_factory.mktemp("bench-results")
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "--smoke", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=150,  # a few seconds on a quiet machine; room for a shared one
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    data = json.loads((out / "latest.json").read_text(encoding="utf-8"))
    markdown = (out / "latest.md").read_text(encoding="utf-8")
    return SmokeRun(proc.stdout, proc.stderr, data, markdown)


def _series(run: SmokeRun, phase: str, key: str) -> dict[str, Any]:
    for item in run.data[phase]:
        if item["key"] == key:
            return dict(item)
    raise AssertionError(f"no {key!r} in {phase}: {[s['key'] for s in run.data[phase]]}")


def test_table_printed(smoke: SmokeRun) -> None:
    for heading in (
        "Sequential latency",
        "Concurrency",
        "Async scaling sweep",
        "Cold start",
        "Parsing",
        "Export of",
    ):
        assert f"== {heading}" in smoke.stdout
    assert "http.client keep-alive (Python floor)" in smoke.stdout
    assert "HTTP req/call" in smoke.stdout
    assert "× bare httpx" in smoke.stdout


def test_result_files(smoke: SmokeRun) -> None:
    for phase in ("sequential", "concurrency", "sweep", "cold", "parse", "export"):
        assert smoke.data[phase], phase
    machine = smoke.data["machine"]
    assert machine["cpu_count"] >= 1
    assert machine["python"]
    assert machine["date"]
    assert smoke.data["config"]["smoke"] is True
    assert "## Benchmark results" in smoke.markdown
    assert "| get one payment (sequential) |" in smoke.markdown
    assert "|---|" in smoke.markdown


def test_no_candidate_failed(smoke: SmokeRun) -> None:
    """Every candidate either ran or says why it is unavailable; none crashed."""
    failed = [
        f"{phase}/{s['key']}: {s['reason']}"
        for phase in ("sequential", "concurrency", "sweep", "cold", "parse", "export")
        for s in smoke.data[phase]
        if s["status"] == "failed"
    ]
    assert not failed


def test_the_export_walks_every_payment_sequentially_and_concurrently(smoke: SmokeRun) -> None:
    """The export scenario ran at tiny size: each walk handed out every stored payment once
    (the walker process checks the count), and the Targets table has its rows."""
    config = smoke.data["config"]
    walks = {s["key"]: s for s in smoke.data["export"]}
    conc, limit = config["export_concurrency"], config["export_limit"]
    big_conc, big = config["export_big_concurrency"], config["export_big_limit"]
    assert set(walks) == {
        f"export:sync@1/{limit}",
        f"export:sync@{conc}/{limit}",
        f"export:async@{conc}/{limit}",
        f"export:sync@1/{big}",
        f"export:sync@{big_conc}/{big}",
    }
    for walk in walks.values():
        assert walk["status"] == "ok", walk["reason"]
        assert walk["calls"] == config["export_rows"] * config["rounds"]
        assert walk["extra"]["peak_growth_mib"] >= 0
    assert walks[f"export:sync@{conc}/{limit}"]["ratios"]["sequential"] > 0
    for goal in ("export: concurrent vs sequential", "export: peak memory growth"):
        assert goal in smoke.markdown


def test_floors_make_one_request_per_call(smoke: SmokeRun) -> None:
    assert _series(smoke, "sequential", "http.client")["requests_per_call"] == 1.0
    httpx = _series(smoke, "sequential", "httpx")
    if importlib.util.find_spec("httpx") is None:
        assert httpx["status"] == "unavailable"
    else:
        assert httpx["requests_per_call"] == 1.0
        assert _series(smoke, "concurrency", "httpx@16threads")["requests_per_call"] == 1.0


def test_official_client_makes_two_requests_per_call(smoke: SmokeRun) -> None:
    if importlib.util.find_spec("iamport") is None:
        pytest.skip("official iamport-rest-client not installed here (it lives in .venv-bench)")
    assert _series(smoke, "sequential", "official")["requests_per_call"] == 2.0
    assert _series(smoke, "concurrency", "official@16threads")["requests_per_call"] == 2.0


# ------------------------------------------------------------------ the bench server itself


@pytest.fixture(scope="module")
def server() -> Iterator[ServerHandle]:
    handle = start_server()
    yield handle
    handle.stop()


def _request(
    server: ServerHandle,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, Any]]:
    conn = http.client.HTTPConnection(server.host, server.port, timeout=10)
    try:
        conn.request(method, path, body, headers or {})
        resp = conn.getresponse()
        assert resp.getheader("Content-Length") is not None
        return resp.status, json.loads(resp.read())
    finally:
        conn.close()


def _token(server: ServerHandle) -> str:
    creds = json.dumps({"imp_key": fixtures.IMP_KEY, "imp_secret": fixtures.IMP_SECRET}).encode()
    status, data = _request(
        server, "POST", "/users/getToken", creds, {"Content-Type": "application/json"}
    )
    assert status == 200
    assert data["code"] == 0
    token = data["response"]["access_token"]
    assert len(token) == 40
    assert data["response"]["expired_at"] - data["response"]["now"] == 1800
    return str(token)


def test_server_payment_and_auth(server: ServerHandle) -> None:
    token = _token(server)
    status, data = _request(server, "GET", "/payments/imp_1")
    assert status == 401
    assert data["code"] != 0
    for auth in (token, f"Bearer {token}"):
        status, data = _request(server, "GET", "/payments/imp_1", headers={"Authorization": auth})
        assert status == 200
        payment = data["response"]
        assert payment["imp_uid"] == "imp_1"
        assert payment["amount"] == 64900
        assert payment["cancel_history"] == []
        assert payment["promotion"] is None
        assert len(payment) >= 50


def test_server_list_page(server: ServerHandle) -> None:
    token = _token(server)
    status, data = _request(
        server, "GET", "/payments/status/paid?limit=7", headers={"Authorization": token}
    )
    assert status == 200
    page = data["response"]
    assert page["total"] == 7
    assert len(page["list"]) == 7


def test_server_counts_exclude_admin_calls(server: ServerHandle) -> None:
    token = _token(server)
    server.reset_counts()
    assert server.counts()["token"] == 0
    _token(server)
    _request(server, "GET", "/payments/imp_2", headers={"Authorization": token})
    _request(server, "GET", "/payments/status/paid?limit=1", headers={"Authorization": token})
    counts = server.counts()
    assert counts["token"] == 1
    assert counts["payment"] == 1
    assert counts["list"] == 1
    assert counts["other"] == 0
