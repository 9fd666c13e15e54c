"""The sandbox refuses unsafe redirects and webhook URLs and expires its windows (item 5)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from iamport_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, Sandbox, checkout

#: The payment window's documented lifetime (sandbox/README.md): 30 minutes of sandbox time.
CHECKOUT_LIFETIME = 30 * 60

CARD = {"card_number": "4242-4242-4242-4242", "expiry": "2030-12"}
ROOT = Path(__file__).resolve().parents[2]
HOSTILE_REDIRECTS = [
    "javascript:alert(document.domain)",
    "JavaScript:fetch('/__sandbox/reset',{method:'POST'})",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/x",
    "http://exa mple.com/",
    "java\tscript:alert(1)",
]


class Receiver:
    """A webhook receiver on 127.0.0.1 that records every body."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.got = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                owner.bodies.append(json.loads(self.rfile.read(length)))
                owner.got.set()
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"OK")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


def open_session(sandbox: Sandbox, params: dict[str, Any], mode: str = "pc") -> httpx.Response:
    form = {"user_code": sandbox.merchant_code, "params": json.dumps(params), "mode": mode}
    return httpx.post(f"{sandbox.base_url}/checkout", data=form)


def api(sandbox: Sandbox) -> httpx.Client:
    token = httpx.post(
        f"{sandbox.base_url}/users/getToken",
        json={"imp_key": DEFAULT_API_KEY, "imp_secret": DEFAULT_API_SECRET},
    ).json()["response"]["access_token"]
    return httpx.Client(base_url=sandbox.base_url, timeout=10, headers={"Authorization": token})


@pytest.mark.parametrize("target", HOSTILE_REDIRECTS)
@pytest.mark.parametrize("mode", ["mobile", "pc"])
def test_m_redirect_url_must_be_http(sandbox: Sandbox, target: str, mode: str) -> None:
    opened = open_session(
        sandbox, {"merchant_uid": "o-redirect", "amount": 1000, "m_redirect_url": target}, mode
    )
    # refused at once: no session, no redirect anywhere but a result page without a target
    assert opened.status_code == 200, opened.headers
    assert "location" not in opened.headers
    assert "http(s)" in opened.text or "http 또는 https" in opened.text
    result = json.loads(opened.text.split('id="checkout-result">')[1].split("</script>")[0])
    assert result["redirect"] is None
    assert result["rsp"]["success"] is False


def test_a_safe_redirect_still_works(sandbox: Sandbox) -> None:
    opened = open_session(
        sandbox,
        {"merchant_uid": "o-ok", "amount": 1000, "m_redirect_url": "https://shop.example/done"},
        "mobile",
    )
    assert opened.status_code == 303
    url = f"{sandbox.base_url}{opened.headers['location']}"
    paid = httpx.post(f"{url}/pay", json=CARD).json()
    assert paid["redirect"].startswith("https://shop.example/done?imp_uid=imp_")


def test_notice_url_with_a_space_is_refused_at_the_request(
    sandbox: Sandbox, receiver: Receiver
) -> None:
    with api(sandbox) as client:
        for bad in ("http://127.0.0.1:1/a b", "javascript:alert(1)", "ftp://x/y", "http://"):
            answer = client.post(
                "/subscribe/payments/onetime",
                json={
                    "merchant_uid": f"o-{len(bad)}",
                    "amount": 1000,
                    "card_number": "4242-4242-4242-4242",
                    "expiry": "2030-12",
                    "notice_url": bad,
                },
            )
            assert answer.status_code == 400, (bad, answer.text)
            assert "notice_url" in answer.json()["message"]
        opened = open_session(
            sandbox, {"merchant_uid": "o-n", "amount": 1000, "notice_url": "http://x/a b"}
        )
        assert "notice_url" in opened.text and "location" not in opened.headers
        good = client.post(
            "/subscribe/payments/onetime",
            json={
                "merchant_uid": "o-good",
                "amount": 1000,
                "card_number": "4242-4242-4242-4242",
                "expiry": "2030-12",
                "notice_url": receiver.url,
            },
        )
        assert good.status_code == 200
    assert receiver.got.wait(5)
    assert receiver.bodies[0]["merchant_uid"] == "o-good"


def test_a_bad_url_is_a_failed_delivery_and_never_kills_the_dispatcher(
    sandbox: Sandbox, receiver: Receiver
) -> None:
    body = {"imp_uid": "imp_1", "merchant_uid": "m", "status": "paid"}
    sandbox.dispatcher.notify(["http://127.0.0.1:1/a b", "http://127.0.0.1:1/\x00"], body)
    records = sandbox.wait_for_webhooks(2)
    assert all(r["error"] and r["status_code"] is None for r in records)
    sandbox.dispatcher.notify([receiver.url], body)
    assert receiver.got.wait(5)  # still delivering
    sandbox.reset()
    receiver.got.clear()
    sandbox.dispatcher.notify(["http://[::1/oops"], body)
    sandbox.dispatcher.notify([receiver.url], {**body, "merchant_uid": "after-reset"})
    assert receiver.got.wait(5)
    assert receiver.bodies[-1]["merchant_uid"] == "after-reset"
    log = sandbox.wait_for_webhooks(2)
    assert log[0]["error"] and log[1]["status_code"] == 200


def test_the_admin_refuses_a_bad_default_webhook_url(sandbox: Sandbox) -> None:
    before = sandbox.webhook_url  # the session's sandbox may carry another test's setting
    answer = httpx.post(
        f"{sandbox.base_url}/__sandbox/config", json={"webhook_url": "http://x/a b"}
    )
    assert answer.status_code == 400
    assert sandbox.webhook_url == before


def test_checkout_windows_expire_on_the_sandbox_clock(sandbox: Sandbox) -> None:
    assert getattr(checkout, "CHECKOUT_LIFETIME", None) == CHECKOUT_LIFETIME
    sandbox.clock.freeze()
    opened = open_session(sandbox, {"merchant_uid": "o-late", "amount": 1000})
    url = f"{sandbox.base_url}{opened.headers['location']}"
    sandbox.clock.advance(CHECKOUT_LIFETIME - 1)
    assert httpx.get(url).status_code == 200  # still open just before the end
    sandbox.clock.advance(2)
    late = httpx.post(f"{url}/pay", json=CARD)
    assert late.status_code == 200
    rsp = late.json()["rsp"]
    assert rsp["success"] is False and rsp["error_code"] == "F1003"
    assert "유효시간" in rsp["error_msg"]
    assert sandbox.state.payment_records() == []  # nothing was charged
    # a page opened 30 sandbox-days ago does not pay either
    old = open_session(sandbox, {"merchant_uid": "o-old", "amount": 1000})
    old_url = f"{sandbox.base_url}{old.headers['location']}"
    sandbox.clock.advance(30 * 86400)
    shown = httpx.get(old_url)
    assert shown.status_code == 410
    assert "유효시간" in shown.text
    assert httpx.post(f"{old_url}/pay", json=CARD).status_code == 409
    assert sandbox.state.payment_records() == []


def test_make_shop_leaves_no_temporary_folder(tmp_path: Path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    env.pop("SHOP_DB", None)
    proc = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "examples" / "run_shop.py"),
            "--port",
            "0",
            "--sandbox-port",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        second = proc.stdout.readline()
        assert first.startswith("sandbox:") and second.startswith("shop:"), first + second
        assert any(tmp_path.iterdir())  # the order database lives there while it runs
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(20)
    assert list(tmp_path.iterdir()) == []
