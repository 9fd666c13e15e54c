"""``/__sandbox``: the browsable page, driven in headless Chromium (Debian's /usr/bin/chromium)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from iamport_client import Iamporter
from iamport_sandbox import Sandbox
from tests.support.cdp import Browser, launched


class _Receiver(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        body = b'{"received": true}'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/iamport-webhook"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    with launched(tmp_path_factory.mktemp("chromium-sandbox-page")) as chromium:
        yield chromium


def text_of(browser: Browser, selector: str) -> str:
    return str(browser.evaluate(f"document.querySelector({json.dumps(selector)}).innerText"))


def test_page_shows_everything_and_its_buttons_work(
    sandbox: Sandbox, iamporter: Iamporter, receiver: str, browser: Browser
) -> None:
    sandbox.webhook_url = receiver
    iamporter.create_subscription(
        customer_uid="gildong_0001",
        card_number="4242-4242-4242-4242",
        expiry="2030-12",
        birth="900101",
    )
    iamporter.pay_subscription(
        customer_uid="gildong_0001", merchant_uid="order_card", amount=8900, name="<월간> 이용권"
    )
    now = int(sandbox.clock.now())
    iamporter.schedule_payments(
        customer_uid="gildong_0001",
        schedules=[
            {
                "merchant_uid": "sched_1",
                "schedule_at": now + 7200,
                "amount": 8900,
                "name": "다음 달",
            }
        ],
    )
    vbank = iamporter.create_vbank(
        merchant_uid="order_vbank",
        amount=25000,
        vbank_code="004",
        vbank_due=now + 86400,
        vbank_holder="홍길동",
    ).data
    sandbox.wait_for_webhooks(2)

    browser.open(sandbox.base_url + "/__sandbox")
    payments = text_of(browser, "#payments")
    assert "Payments (2)" in payments
    assert "order_card" in payments and "<월간> 이용권" in payments and "8900" in payments
    assert "order_vbank" in payments and "ready" in payments
    assert "gildong_0001" in text_of(browser, "#billing-keys")
    assert "424242*********2" in text_of(browser, "#billing-keys")
    assert "sched_1" in text_of(browser, "#schedules") and "scheduled" in text_of(
        browser, "#schedules"
    )
    hooks = text_of(browser, "#webhooks")
    assert "Webhook deliveries (2)" in hooks
    assert '200 {"received": true}' in hooks
    assert browser.evaluate("document.querySelectorAll('script[src], link[href]').length") == 0

    # Deposit into the virtual account: the payment becomes paid, and a webhook goes out.
    browser.evaluate("document.querySelector('button[data-action=deposit]').click()")
    browser.wait_for(
        "document.querySelector('#payments') && !document.querySelector('button[data-action=deposit]')"
    )
    assert iamporter.find_by_imp_uid(vbank.imp_uid).data.status == "paid"
    sandbox.wait_for_webhooks(3)
    browser.open(sandbox.base_url + "/__sandbox")
    assert "Webhook deliveries (3)" in text_of(browser, "#webhooks")

    # Resend the newest delivery: one more attempt, same body.
    browser.evaluate("document.querySelector('button[data-action=resend]').click()")
    records = sandbox.wait_for_webhooks(4)
    assert records[3]["body"] == records[2]["body"] and records[3]["status_code"] == 200
    browser.open(sandbox.base_url + "/__sandbox")
    assert "Webhook deliveries (4)" in text_of(browser, "#webhooks")

    # Advance the clock past the schedule: it runs.
    shown_before = json.dumps(text_of(browser, "#now"))
    browser.evaluate("document.getElementById('seconds').value = '7201'")
    browser.evaluate("document.getElementById('advance-button').click()")
    browser.wait_for(f"(document.getElementById('now') || {{}}).innerText !== {shown_before}")
    assert sandbox.clock.now() >= now + 7201
    sandbox.state.tick()
    assert iamporter.get_schedule("sched_1").data.schedule_status == "executed"
    browser.open(sandbox.base_url + "/__sandbox")
    assert "executed" in text_of(browser, "#schedules")
    assert browser.console == []


def test_failed_button_shows_the_servers_error(sandbox: Sandbox, browser: Browser) -> None:
    browser.open(sandbox.base_url + "/__sandbox")
    assert "No payments yet." in text_of(browser, "#payments")
    browser.evaluate(
        "document.body.insertAdjacentHTML('beforeend', '<button id=x data-action=deposit "
        "data-url=/__sandbox/vbanks/imp_nope/deposit data-body={}>x</button>')"
    )
    browser.evaluate("document.getElementById('x').click()")
    browser.wait_for("document.getElementById('message').innerText !== ''")
    message = text_of(browser, "#message")
    assert message.startswith("deposit failed: ")
    answer = httpx.post(sandbox.base_url + "/__sandbox/vbanks/imp_nope/deposit").json()["error"]
    assert message == f"deposit failed: {answer}"


def test_resend_of_an_unknown_delivery_is_404(sandbox: Sandbox) -> None:
    answer = httpx.post(sandbox.base_url + "/__sandbox/webhooks/7/resend")
    assert answer.status_code == 404
    assert answer.json() == {"error": "no such webhook delivery"}


def test_chromium_is_debians() -> None:
    assert Path("/usr/bin/chromium").is_file()
