"""Fixtures for the sandbox tests: one server per session, fresh state per test."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from iamport_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, Sandbox, run_sandbox

SLOW_DELAY = 0.6


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Sandbox]:
    """A sandbox server shared by the whole session."""
    with run_sandbox(port=0, slow_card_delay=SLOW_DELAY) as sb:
        yield sb


@pytest.fixture(autouse=True)
def _fresh(sandbox: Sandbox) -> Iterator[None]:
    sandbox.reset()
    sandbox.clock.freeze()  # exact timestamps in assertions
    sandbox.slow_card_delay = SLOW_DELAY
    sandbox.webhook_url = None
    yield
    sandbox.faults.clear()


@pytest.fixture
def raw(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """An HTTP client without credentials."""
    with httpx.Client(base_url=sandbox.base_url, timeout=5.0) as client:
        yield client


def get_token(client: httpx.Client) -> str:
    """Fetch an access token with the default credentials."""
    response = client.post(
        "/users/getToken", json={"imp_key": DEFAULT_API_KEY, "imp_secret": DEFAULT_API_SECRET}
    )
    assert response.status_code == 200, response.text
    token = response.json()["response"]["access_token"]
    assert isinstance(token, str)
    return token


class Api:
    """Thin test helper: authenticated calls returning the parsed envelope."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client
        self.headers: dict[str, str] = {}
        self.refresh()

    def refresh(self) -> None:
        """Fetch a token again (after moving the clock past its expiry)."""
        self.token = get_token(self.client)
        self.headers = {"Authorization": self.token}

    def call(self, method: str, path: str, *, expect: int = 200, **kwargs: Any) -> dict[str, Any]:
        """Send a request, check the HTTP status and the envelope keys, return the body."""
        headers = {**self.headers, **kwargs.pop("headers", {})}
        response = self.client.request(method, path, headers=headers, **kwargs)
        assert response.status_code == expect, response.text
        body = response.json()
        assert set(body) == {"code", "message", "response"}
        return dict(body)

    def ok(self, method: str, path: str, **kwargs: Any) -> Any:
        """A call expected to succeed (HTTP 200, code 0); returns ``response``."""
        body = self.call(method, path, **kwargs)
        assert body["code"] == 0, body
        assert body["message"] is None
        return body["response"]

    def refused(self, method: str, path: str, **kwargs: Any) -> str:
        """A business failure (HTTP 200, code 1); returns the message."""
        body = self.call(method, path, **kwargs)
        assert body["code"] == 1, body
        assert body["response"] is None
        assert isinstance(body["message"], str)
        return body["message"]

    def error(self, method: str, path: str, status: int, **kwargs: Any) -> str:
        """An HTTP error envelope (code != 0); returns the message."""
        body = self.call(method, path, expect=status, **kwargs)
        assert body["code"] != 0
        assert body["response"] is None
        assert isinstance(body["message"], str)
        return body["message"]

    def issue_key(self, customer_uid: str, card: str = "5361-1234-5678-9014", **extra: Any) -> Any:
        """Issue a billing key."""
        body = {"card_number": card, "expiry": "2030-12", "birth": "900101", "pwd_2digit": "00"}
        return self.ok("POST", f"/subscribe/customers/{customer_uid}", json={**body, **extra})

    def again(
        self, customer_uid: str, merchant_uid: str, amount: float = 1000, **extra: Any
    ) -> Any:
        """Charge a billing key."""
        body = {
            "customer_uid": customer_uid,
            "merchant_uid": merchant_uid,
            "amount": amount,
            "name": "정기결제",
        }
        return self.ok("POST", "/subscribe/payments/again", json={**body, **extra})

    def onetime(
        self, merchant_uid: str, amount: int = 1000, card: str = "4111-1111-1111-1111", **extra: Any
    ) -> Any:
        """Pay with card details."""
        body = {
            "merchant_uid": merchant_uid,
            "amount": amount,
            "card_number": card,
            "expiry": "2030-12",
            "birth": "900101",
            "pwd_2digit": "00",
        }
        return self.ok("POST", "/subscribe/payments/onetime", json={**body, **extra})


@pytest.fixture
def api(raw: httpx.Client) -> Api:
    """An authenticated helper."""
    return Api(raw)


class Receiver:
    """A tiny webhook receiver (stdlib http.server in a thread)."""

    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        self.status = 200
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                data = self.rfile.read(length)
                receiver.received.append(json.loads(data))
                self.send_response(receiver.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        """Where to send webhooks."""
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        """Stop the server thread."""
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(2)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """A running webhook receiver."""
    rec = Receiver()
    yield rec
    rec.close()
