"""A small, scriptable Iamport stand-in for the wrapper's wire-level tests.

The sandbox (``iamport_sandbox``) behaves like the real service; this server instead lets a
test say exactly what the next response is (an HTML 500, a dropped connection, a slow token)
and counts every request, so retry and token rules can be asserted precisely.

It serves over real HTTP/1.1 with keep-alive on 127.0.0.1 from a thread.
"""

from __future__ import annotations

import json
import secrets
import socket
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

API_KEY = "imp_apikey"
API_SECRET = "ekKoeW8RyKuT0zgaZsUtXXTLQ4AhPFW3ZGseDA6bkA5lamv9OqDMnxyeB9wqOsuO9W3Mx9YSJ4dTqJ3f"


def payment(imp_uid: str = "imp_448280090638", **overrides: Any) -> dict[str, Any]:
    """A realistic, complete payment object."""
    base: dict[str, Any] = {
        "imp_uid": imp_uid,
        "merchant_uid": "merchant_1448280088556",
        "pay_method": "card",
        "channel": "api",
        "pg_provider": "nice",
        "emb_pg_provider": None,
        "pg_tid": "nictest04m01011611221234567890",
        "pg_id": "nictest04m",
        "sandbox": True,
        "escrow": False,
        "apply_num": "30012345",
        "bank_code": None,
        "bank_name": None,
        "card_code": "361",
        "card_name": "BC카드",
        "card_issuer_code": None,
        "card_issuer_name": None,
        "card_publisher_code": None,
        "card_publisher_name": None,
        "card_quota": 0,
        "card_number": "536112*********4",
        "card_type": 0,
        "vbank_code": None,
        "vbank_name": None,
        "vbank_num": None,
        "vbank_holder": None,
        "vbank_date": 0,
        "vbank_issued_at": 0,
        "name": "노르웨이 회전 의자",
        "amount": 64900,
        "cancel_amount": 0,
        "currency": "KRW",
        "buyer_name": "홍길동",
        "buyer_email": "gildong@gmail.com",
        "buyer_tel": "010-4242-4242",
        "buyer_addr": "서울특별시 강남구 신사동",
        "buyer_postcode": "01181",
        "custom_data": None,
        "user_agent": "sorry_not_supported",
        "status": "paid",
        "started_at": 1519862400,
        "paid_at": 1519862401,
        "failed_at": 0,
        "cancelled_at": 0,
        "fail_reason": None,
        "cancel_reason": None,
        "receipt_url": "https://npg.nicepay.co.kr/issue/IssueLoader.do?TID=x",
        "cancel_history": [],
        "deposit_history": [],
        "cancel_receipt_urls": [],
        "cash_receipt_issued": False,
        "customer_uid": None,
        "customer_uid_usage": None,
        "promotion": None,
    }
    base.update(overrides)
    return base


def envelope(response: Any, code: int = 0, message: str | None = None) -> dict[str, Any]:
    """Wrap a payload in the service's envelope."""
    return {"code": code, "message": message, "response": response}


@dataclass
class Reply:
    """A scripted response. ``drop`` closes the connection without answering.

    ``trickle`` sends the whole response (status line included) one byte every ``trickle``
    seconds, for at most ``trickle_for`` seconds, as a hostile or broken server would.
    """

    status: int = 200
    body: Any = None  # dict -> JSON; str/bytes -> sent as is
    content_type: str = "application/json"
    delay: float = 0.0
    drop: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    trickle: float = 0.0
    trickle_for: float = 10.0


@dataclass
class Seen:
    """One request the server received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    query: str = ""


@dataclass
class FakeIamport:
    """State of the fake server; tests talk to it through the ``fake`` fixture."""

    base_url: str = ""
    token_lifetime: int = 1800
    token_delay: float = 0.0
    server_now: Callable[[], int] = field(default=lambda: int(time.time()))
    scripts: dict[tuple[str, str], deque[Reply]] = field(default_factory=dict)
    #: (method, path) -> function of the query parameters answering every request there
    handlers: dict[tuple[str, str], Callable[[dict[str, str]], Reply]] = field(default_factory=dict)
    requests: list[Seen] = field(default_factory=list)
    tokens: dict[str, float] = field(default_factory=dict)  # token -> server expiry
    lock: threading.Lock = field(default_factory=threading.Lock)

    def reset(self) -> None:
        """Forget scripts, requests and tokens; restore defaults."""
        with self.lock:
            self.scripts.clear()
            self.handlers.clear()
            self.requests.clear()
            self.tokens.clear()
            self.token_lifetime = 1800
            self.token_delay = 0.0
            self.server_now = lambda: int(time.time())

    def script(self, method: str, path: str, *replies: Reply) -> None:
        """Queue replies for the next requests to ``method path`` (then default behaviour)."""
        with self.lock:
            self.scripts.setdefault((method.upper(), path), deque()).extend(replies)

    def serve(self, method: str, path: str, handler: Callable[[dict[str, str]], Reply]) -> None:
        """Answer authorized requests to ``method path`` with ``handler(query parameters)``
        (after any scripted replies). It runs in the server's request threads, concurrently."""
        with self.lock:
            self.handlers[(method.upper(), path)] = handler

    def count(self, method: str | None = None, path: str | None = None) -> int:
        """How many requests matched ``method`` and ``path`` (None matches anything)."""
        with self.lock:
            return sum(
                1
                for r in self.requests
                if (method is None or r.method == method.upper())
                and (path is None or r.path == path)
            )

    def counts(self) -> Counter[tuple[str, str]]:
        """Requests per (method, path)."""
        with self.lock:
            return Counter((r.method, r.path) for r in self.requests)

    def expire_tokens(self) -> None:
        """Make every issued token unknown to the server (the next call gets a 401)."""
        with self.lock:
            self.tokens.clear()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms stalls
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _handle(self) -> None:
        fake = self.server.fake
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        url = urlsplit(self.path)
        path = url.path
        with fake.lock:
            fake.requests.append(
                Seen(
                    self.command,
                    path,
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                    url.query,
                )
            )
            queue = fake.scripts.get((self.command, path))
            reply = queue.popleft() if queue else None
        if reply is None:
            reply = self._default(fake, path, body)
        if reply.delay:
            time.sleep(reply.delay)
        if reply.drop:
            # Close without a byte of response: the client sees a protocol error.
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._send(reply)

    def _send(self, reply: Reply) -> None:
        if isinstance(reply.body, dict | list):
            data = json.dumps(reply.body, ensure_ascii=False).encode()
        elif isinstance(reply.body, str):
            data = reply.body.encode()
        else:
            data = reply.body or b""
        if reply.trickle:
            self._trickle(reply, data)
            return
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _trickle(self, reply: Reply, data: bytes) -> None:
        head = (
            f"HTTP/1.1 {reply.status} OK\r\nContent-Type: {reply.content_type}\r\n"
            f"Content-Length: {len(data)}\r\n\r\n"
        ).encode()
        until = time.monotonic() + reply.trickle_for
        self.close_connection = True
        try:
            for i in range(len(head) + len(data)):
                if time.monotonic() > until:
                    break
                self.wfile.write((head + data)[i : i + 1])
                self.wfile.flush()
                time.sleep(reply.trickle)
        except OSError:
            pass  # the client gave up: that is the point

    def _authorized(self, fake: FakeIamport) -> bool:
        token = (self.headers.get("Authorization") or "").removeprefix("Bearer ").strip()
        with fake.lock:
            expiry = fake.tokens.get(token)
        return expiry is not None and fake.server_now() < expiry

    def _default(self, fake: FakeIamport, path: str, body: bytes) -> Reply:
        if path == "/users/getToken":
            if fake.token_delay:
                time.sleep(fake.token_delay)
            try:
                creds = json.loads(body or b"{}")
            except ValueError:
                creds = {}
            if creds.get("imp_key") != API_KEY or creds.get("imp_secret") != API_SECRET:
                return Reply(
                    401, envelope(None, -1, "imp_key, imp_secret 파라미터가 잘못되었습니다.")
                )
            now = fake.server_now()
            token = secrets.token_hex(20)
            with fake.lock:
                fake.tokens[token] = now + fake.token_lifetime
            return Reply(
                200,
                envelope(
                    {"access_token": token, "now": now, "expired_at": now + fake.token_lifetime}
                ),
            )
        if not self._authorized(fake):
            return Reply(401, envelope(None, -1, "Unauthorized"))
        with fake.lock:
            handler = fake.handlers.get((self.command, path))
        if handler is not None:
            query = {k: v[-1] for k, v in parse_qs(urlsplit(self.path).query).items()}
            return handler(query)
        if self.command == "GET" and path.startswith("/payments/"):
            imp_uid = path.rsplit("/", 1)[-1]
            return Reply(200, envelope(payment(imp_uid)))
        if self.command == "POST" and path in (
            "/subscribe/payments/again",
            "/subscribe/payments/onetime",
        ):
            sent = json.loads(body or b"{}")
            return Reply(
                200,
                envelope(
                    payment(
                        "imp_000000000001",
                        merchant_uid=sent.get("merchant_uid"),
                        amount=sent.get("amount"),
                    )
                ),
            )
        return Reply(404, envelope(None, -1, "존재하지 않는 경로입니다."))

    do_GET = do_POST = do_DELETE = do_PUT = _handle


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    fake: FakeIamport

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that cancels a request (a walk stopped early) resets its connection.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


def start() -> tuple[FakeIamport, Callable[[], None]]:
    """Start the server on a free loopback port; returns its state and a stop function."""
    server = _Server(("127.0.0.1", 0), _Handler)
    fake = FakeIamport()
    fake.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    server.fake = fake
    thread = threading.Thread(target=server.serve_forever, name="fake-iamport", daemon=True)
    thread.start()

    def stop() -> None:
        server.shutdown()
        server.server_close()
        thread.join(5)

    return fake, stop
