"""A fast local Iamport-like HTTP server for the benchmark.

Stdlib ``ThreadingHTTPServer`` with HTTP/1.1 keep-alive, ``Content-Length`` on every response
and ``TCP_NODELAY``. Bodies are pre-serialised so the server spends as little CPU as possible
per request. It runs in its own process (``python -m bench.server``, see :func:`start_server`),
pinned to a different core than the client where ``os.sched_setaffinity`` exists.

Routes:

* ``POST /users/getToken`` -> ``{access_token, now, expired_at = now + 1800}``
* ``GET /payments/{imp_uid}`` -> a ~55-field payment envelope (needs ``Authorization``)
* ``GET /payments/status/{status}?limit=N`` -> a page of N payments (needs ``Authorization``)
* ``GET /__counts`` / ``POST /__counts/reset`` -> request counters (these two are not counted)

Run it by hand with ``python -m bench.server --port 8000`` (add ``--cpu N`` to pin it).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import secrets
import select
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Final
from urllib.parse import parse_qs, unquote

from bench import fixtures

COUNT_KINDS: Final = ("token", "payment", "list", "other")

_REASONS: Final = {200: b"OK", 401: b"Unauthorized", 404: b"Not Found", 400: b"Bad Request"}
_UID_MARK: Final = "__IMP_UID_PLACEHOLDER__"
_PAYMENT_TEMPLATE: Final = fixtures.payment_body(_UID_MARK)
_UNAUTHORIZED: Final = fixtures.envelope(None, -1, "Unauthorized")
_NOT_FOUND: Final = fixtures.envelope(None, -1, "Not Found")
_BAD_CREDENTIALS: Final = fixtures.envelope(
    None, -1, "imp_key, imp_secret 파라미터가 누락되었습니다."
)
_OK_EMPTY: Final = fixtures.envelope(None)


class BenchHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # TCP_NODELAY on every accepted connection
    server: BenchServer

    def log_message(self, format: str, *args: object) -> None:
        return

    def _send(self, status: int, body: bytes) -> None:
        head = (
            b"HTTP/1.1 %d %s\r\n"
            b"Content-Type: application/json; charset=utf-8\r\n"
            b"Content-Length: %d\r\n"
            % (
                status,
                _REASONS.get(status, b"Error"),
                len(body),
            )
        )
        if self.close_connection:
            head += b"Connection: close\r\n"
        # One write, one send(): header and body together.
        self.wfile.write(head + b"\r\n" + body)

    def _authorized(self) -> bool:
        auth = self.headers.get("Authorization")
        token = self.server.token
        return auth == token or auth == "Bearer " + token

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def do_GET(self) -> None:
        path, _, query = self.path.partition("?")
        srv = self.server
        if path == "/__counts":
            self._send(200, json.dumps(srv.snapshot()).encode())
            return
        if path.startswith("/payments/status/"):
            srv.count("list")
            if not self._authorized():
                srv.count("unauthorized")
                self._send(401, _UNAUTHORIZED)
                return
            limit = 20
            values = parse_qs(query).get("limit")
            if values:
                try:
                    limit = int(values[0])
                except ValueError:
                    self._send(400, fixtures.envelope(None, -1, "limit must be an integer"))
                    return
            self._send(200, srv.page_body(max(0, min(limit, fixtures.PAGE_SIZE_MAX))))
            return
        if path.startswith("/payments/") and path.count("/") == 2:
            srv.count("payment")
            if not self._authorized():
                srv.count("unauthorized")
                self._send(401, _UNAUTHORIZED)
                return
            imp_uid = unquote(path[len("/payments/") :])
            self._send(200, srv.payment_body(imp_uid))
            return
        srv.count("other")
        self._send(404, _NOT_FOUND)

    def do_POST(self) -> None:
        path = self.path.partition("?")[0]
        raw = self._read_body()
        srv = self.server
        if path == "/__counts/reset":
            srv.reset()
            self._send(200, _OK_EMPTY)
            return
        if path == "/users/getToken":
            srv.count("token")
            try:
                creds = json.loads(raw) if raw else {}
            except ValueError:
                creds = {}
            if not (isinstance(creds, dict) and creds.get("imp_key") and creds.get("imp_secret")):
                self._send(401, _BAD_CREDENTIALS)
                return
            self._send(200, srv.token_body())
            return
        srv.count("other")
        self._send(404, _NOT_FOUND)


@dataclass
class _State:
    counts: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys((*COUNT_KINDS, "unauthorized"), 0)
    )
    token_second: int = -1
    token_body: bytes = b""
    pages: dict[int, bytes] = field(default_factory=dict)


class BenchServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024  # 64 concurrent connects must not overflow the listen backlog

    def __init__(self, address: tuple[str, int], token: str | None = None) -> None:
        super().__init__(address, BenchHandler)
        self.token = token or secrets.token_hex(20)  # 40 hex characters
        self._lock = threading.Lock()
        self._state = _State()

    def count(self, kind: str) -> None:
        with self._lock:
            self._state.counts[kind] += 1

    def snapshot(self) -> dict[str, int]:
        with self._lock:
            return dict(self._state.counts)

    def reset(self) -> None:
        with self._lock:
            for key in self._state.counts:
                self._state.counts[key] = 0

    def token_body(self) -> bytes:
        now = int(time.time())
        state = self._state
        if now != state.token_second:  # re-serialise at most once a second
            state.token_body = fixtures.envelope(
                {"access_token": self.token, "now": now, "expired_at": now + 1800}
            )
            state.token_second = now
        return state.token_body

    def payment_body(self, imp_uid: str) -> bytes:
        return _PAYMENT_TEMPLATE.replace(
            _UID_MARK.encode(), json.dumps(imp_uid, ensure_ascii=False)[1:-1].encode()
        )

    def page_body(self, limit: int) -> bytes:
        body = self._state.pages.get(limit)
        if body is None:
            body = fixtures.payment_page_body(limit)
            self._state.pages[limit] = body
        return body


@dataclass
class ServerHandle:
    """A running bench server in a child process."""

    base_url: str
    host: str
    port: int
    cpu: int | None
    process: subprocess.Popen[str]

    def _admin(self, method: str, path: str) -> bytes:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
        try:
            conn.request(method, path)
            resp = conn.getresponse()
            body = resp.read()
            if resp.status != 200:
                raise RuntimeError(f"{method} {path}: HTTP {resp.status}")
            return body
        finally:
            conn.close()

    def counts(self) -> dict[str, int]:
        data = json.loads(self._admin("GET", "/__counts"))
        return {str(k): int(v) for k, v in data.items()}

    def reset_counts(self) -> None:
        self._admin("POST", "/__counts/reset")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()

    def __enter__(self) -> ServerHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_server(cpu: int | None = None, timeout: float = 30.0) -> ServerHandle:
    """Start the server as a child process (``python -m bench.server``), pinned to ``cpu``."""
    package_root = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    cmd = [sys.executable, "-m", "bench.server", "--port", "0", "--announce"]
    if cpu is not None:
        cmd += ["--cpu", str(cpu)]
    process = subprocess.Popen(cmd, stdout=subprocess.PIPE, env=env, text=True)
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    line = process.stdout.readline() if ready else ""
    if not line.startswith("PORT "):
        process.kill()
        process.wait()
        raise RuntimeError(f"bench server did not start (got {line!r})")
    port = int(line.split()[1])
    host = "127.0.0.1"
    return ServerHandle(f"http://{host}:{port}", host, port, cpu, process)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description="Run the Iamport-like bench server in the foreground."
    )
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--token", default=None, help="fixed access token (default: random 40 hex)")
    parser.add_argument("--cpu", type=int, default=None, help="pin the server to this core")
    parser.add_argument(
        "--announce", action="store_true", help="print only 'PORT <n>' (for start_server)"
    )
    args = parser.parse_args(argv)
    if args.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})
    server = BenchServer(("127.0.0.1", args.port), token=args.token)
    port = server.server_address[1]
    if args.announce:
        print(f"PORT {port}", flush=True)
    else:
        print(f"serving on http://127.0.0.1:{port} token={server.token}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
