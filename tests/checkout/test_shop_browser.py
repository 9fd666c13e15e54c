"""Seed 004 end to end in headless Chromium: a buyer, an example shop, and the sandbox.

Every test runs against both example shops (FastAPI and Django). The shop's page loads the
sandbox's ``/v1/iamport.js``; the buyer types a test card into the sandbox's checkout window;
the shop verifies on the server; the sandbox's webhooks reach the shop over HTTP.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import FrameLocator, Page

from iamport_client import Iamporter, NotFoundError
from iamport_sandbox import DECLINE_CARD, Sandbox
from shop_common.settings import Settings
from shop_fastapi.app import create_app
from tests.checkout._servers import serve
from tests.checkout.conftest import Shop
from tests.docs._png import pixel_histogram

GOOD_CARD = "4242-4242-4242-4242"


def buy(page: Page, shop: Shop, product: str = "chair") -> str:
    """Create an order through the shop's pages; return its ``merchant_uid``."""
    page.goto(f"{shop.url}/")
    page.click(f"#buy-{product}")
    page.wait_for_selector("#pay-button")
    return page.inner_text("#merchant-uid")


def open_checkout(page: Page, method: str = "card") -> FrameLocator:
    """Press the shop's Pay button; the sandbox's window opens over the page."""
    page.select_option("#pay-method", method)
    page.click("#pay-button")
    frame = page.frame_locator("#imp-sandbox-frame")
    frame.locator("#pay").wait_for()
    return frame


def pay_by_card(page: Page, card: str, screenshot: Path | None = None) -> None:
    frame = open_checkout(page)
    frame.locator("#card-number").fill(card)
    if screenshot is not None:
        shoot(page, screenshot)
    frame.locator("#pay").click()


def wait_status(page: Page, status: str) -> None:
    page.wait_for_selector(f"#order-status[data-status={status}]")


def shoot(page: Page, path: Path) -> None:
    """Save a screenshot and check that it shows something (not one flat colour)."""
    page.screenshot(path=str(path))
    width, height, histogram = pixel_histogram(path.read_bytes())
    assert width > 300, path
    assert height > 300, path
    assert len(histogram) > 8, f"{path} looks blank: {len(histogram)} colours"
    top_colour_share = histogram.most_common(1)[0][1] / sum(histogram.values())
    assert top_colour_share < 0.995, f"{path} is nearly one colour"


def webhook_for(sandbox: Sandbox, imp_uid: str, status: str) -> dict[str, Any]:
    """Wait for the sandbox's delivery of this webhook and return its log record."""
    for count in range(1, 20):
        for record in sandbox.wait_for_webhooks(count, timeout=10):
            body = record["body"]
            if body["imp_uid"] == imp_uid and body["status"] == status:
                return record
    raise AssertionError(f"no {status} webhook for {imp_uid}: {sandbox.webhooks}")


def test_pc_card_payment_is_verified_and_the_webhook_agrees(
    page: Page, shop: Shop, sandbox: Sandbox, iamporter: Iamporter
) -> None:
    merchant_uid = buy(page, shop)
    pay_by_card(page, GOOD_CARD, screenshot=shop.screenshots / "checkout-pc.png")
    wait_status(page, "paid")
    shoot(page, shop.screenshots / "order-paid.png")
    order = shop.store.get(merchant_uid)
    assert order is not None
    assert order.imp_uid is not None
    record = webhook_for(sandbox, order.imp_uid, "paid")
    assert record["status_code"] == 200
    assert record["url"] == f"{shop.url}/iamport-webhook"
    events = shop.store.events(merchant_uid)
    assert {
        "imp_uid": order.imp_uid,
        "source": "callback",
        "outcome": "paid",
        "status_after": "paid",
    } in events
    assert {
        "imp_uid": order.imp_uid,
        "source": "webhook",
        "outcome": "paid",
        "status_after": "paid",
    } in events
    payment = iamporter.find_by_imp_uid(order.imp_uid).data
    assert str(payment.status) == "paid"
    assert payment.merchant_uid == merchant_uid
    assert str(payment.amount) in ("64900", "64900.0")


def test_mobile_checkout_redirects_back_to_the_order_page(
    phone: Page, shop: Shop, sandbox: Sandbox
) -> None:
    merchant_uid = buy(phone, shop)
    phone.click("#pay-button")
    phone.wait_for_url(f"{sandbox.base_url}/checkout/*")  # the whole page left the shop
    phone.fill("#card-number", GOOD_CARD)
    shoot(phone, shop.screenshots / "checkout-mobile.png")
    with phone.expect_navigation(url=f"{shop.url}/orders/{merchant_uid}"):
        phone.click("#pay")
    wait_status(phone, "paid")  # an HTML page, not {"status": "success"}
    assert "text/html" in (phone.evaluate("document.contentType") or "")
    shoot(phone, shop.screenshots / "order-paid-mobile.png")
    events = shop.store.events(merchant_uid)
    assert events[0]["source"] in ("mobile", "webhook")
    assert any(e["source"] == "mobile" and e["outcome"] == "paid" for e in events)


def test_declined_card_then_retry_and_the_late_failed_webhook_changes_nothing(
    page: Page, shop: Shop, sandbox: Sandbox
) -> None:
    merchant_uid = buy(page, shop)
    pay_by_card(page, DECLINE_CARD)
    wait_status(page, "failed")
    assert "[4000] 카드 한도초과" in page.inner_text("#order-reason")
    shoot(page, shop.screenshots / "order-failed.png")
    failed = shop.store.get(merchant_uid)
    assert failed is not None
    assert failed.imp_uid is not None
    first_hook = webhook_for(sandbox, failed.imp_uid, "failed")

    pay_by_card(page, GOOD_CARD)  # the page offers the checkout again
    wait_status(page, "paid")
    paid = shop.store.get(merchant_uid)
    assert paid is not None
    assert paid.imp_uid != failed.imp_uid

    # The first attempt's webhook arrives again, late (Iamport retries; networks reorder),
    # form-encoded this time: the shops take JSON and form bodies.
    answer = httpx.post(f"{shop.url}/iamport-webhook", data=first_hook["body"])
    assert answer.status_code == 200
    assert answer.json()["order_status"] == "paid"
    page.reload()
    wait_status(page, "paid")
    after = shop.store.get(merchant_uid)
    assert after is not None
    assert after.imp_uid == paid.imp_uid
    assert shop.store.events(merchant_uid)[-1] == {
        "imp_uid": failed.imp_uid,
        "source": "webhook",
        "outcome": "failed",
        "status_after": "paid",
    }


def test_tampered_amount_is_caught_as_forgery_and_refunded(
    page: Page, shop: Shop, sandbox: Sandbox, iamporter: Iamporter
) -> None:
    merchant_uid = buy(page, shop)
    page.evaluate("document.getElementById('amount').value = '100'")  # the buyer edits the page
    pay_by_card(page, GOOD_CARD)
    wait_status(page, "forged")
    assert "amount 100 charged, 64900 expected" in page.inner_text("#order-reason")
    order = shop.store.get(merchant_uid)
    assert order is not None
    assert order.imp_uid is not None
    payment = iamporter.find_by_imp_uid(order.imp_uid).data
    assert str(payment.status) == "cancelled"  # the shop refunded it
    assert "forgery" in str(payment.cancel_reason)
    webhook_for(sandbox, order.imp_uid, "cancelled")


def test_virtual_account_issued_then_deposit_webhook_marks_it_paid(
    page: Page, shop: Shop, sandbox: Sandbox
) -> None:
    merchant_uid = buy(page, shop, "lamp")
    frame = open_checkout(page, "vbank")
    frame.locator("#vbank-code").select_option("088")
    frame.locator("#pay").click()
    wait_status(page, "awaiting_deposit")
    order = shop.store.get(merchant_uid)
    assert order is not None
    assert order.imp_uid is not None
    assert page.inner_text("#vbank-number") == order.vbank_num
    assert page.inner_text("#vbank-bank") == "신한은행"
    assert page.inner_text("#vbank-due").endswith("KST")
    shoot(page, shop.screenshots / "order-vbank.png")

    deposit = httpx.post(f"{sandbox.base_url}/__sandbox/vbanks/{order.imp_uid}/deposit")
    assert deposit.status_code == 200, deposit.text
    assert webhook_for(sandbox, order.imp_uid, "paid")["status_code"] == 200
    page.reload()
    wait_status(page, "paid")


def test_buyer_closes_the_checkout_and_nothing_is_paid(
    page: Page, shop: Shop, iamporter: Iamporter
) -> None:
    merchant_uid = buy(page, shop)
    frame = open_checkout(page)
    frame.locator("#cancel").click()
    page.wait_for_selector("#message:has-text('결제를 취소')")
    assert page.locator("#imp-sandbox-overlay").count() == 0
    assert page.is_enabled("#pay-button")
    wait_status(page, "awaiting_payment")
    with pytest.raises(NotFoundError):
        iamporter.find_by_merchant_uid(merchant_uid)
    assert shop.store.events(merchant_uid) == []


@pytest.mark.parametrize("flag", [[], ["--django"]], ids=["fastapi", "django"])
def test_make_shop_prints_a_url_that_serves_the_shop(flag: list[str]) -> None:
    """``make shop`` runs ``examples/run_shop.py``: both servers start, the URL works."""
    root = Path(__file__).resolve().parents[2]
    command = [
        sys.executable,
        str(root / "examples/run_shop.py"),
        "--port",
        "0",
        "--sandbox-port",
        "0",
        *flag,
    ]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=root)
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(2)]
        assert lines[0].startswith("sandbox: http://127.0.0.1:"), lines
        shop_url = lines[1].split()[1]
        page = httpx.get(shop_url, timeout=5)
        assert page.status_code == 200
        assert 'id="buy-chair"' in page.text
        order = httpx.post(f"{shop_url}orders", data={"product": "lamp"}, timeout=5)
        assert order.status_code == (403 if flag else 303)  # Django wants its CSRF token
    finally:
        proc.terminate()
        assert proc.wait(10) is not None


def test_webhook_sender_restriction_is_a_setting(tmp_path: Path, sandbox: Sandbox) -> None:
    """With published sender addresses configured, a post from elsewhere is refused."""

    env = {
        "SHOP_DB": str(tmp_path / "shop.sqlite3"),
        "IAMPORT_BASE_URL": sandbox.base_url,
        "IAMPORT_WEBHOOK_ALLOWED_IPS": "52.78.100.19, 52.78.48.223",
    }
    settings = Settings.from_env(env)
    assert settings.webhook_allowed_ips == ("52.78.100.19", "52.78.48.223")
    body = {"imp_uid": "imp_1", "merchant_uid": "order-1", "status": "paid"}
    with serve(create_app(settings)) as url:
        assert httpx.post(f"{url}/iamport-webhook", json=body).status_code == 403
    open_settings = Settings.from_env({**env, "IAMPORT_WEBHOOK_ALLOWED_IPS": ""})
    with serve(create_app(open_settings)) as url:
        assert httpx.post(f"{url}/iamport-webhook", json=body).status_code == 404  # unknown order


def test_complete_endpoint_refuses_malformed_reports(shop: Shop) -> None:
    for body in (b"not json", b"[]", b'{"imp_uid": "imp_1"}'):
        answer = httpx.post(f"{shop.url}/payments/complete", content=body)
        assert answer.status_code == 400, body
    unknown = {"imp_uid": "imp_1", "merchant_uid": "order-never-made"}
    assert httpx.post(f"{shop.url}/payments/complete", json=unknown).status_code == 404
    mobile = httpx.get(f"{shop.url}/payments/complete/mobile", params=unknown)
    assert mobile.status_code == 404
    assert mobile.headers["content-type"].startswith("text/html")


def test_mobile_redirect_still_lands_on_a_page_when_iamport_cannot_be_asked(
    shop: Shop, sandbox: Sandbox
) -> None:
    order = shop.store.create_order("chair")
    sandbox.faults.arm("http500", "/payments/", "GET", 20)
    query = {"imp_uid": "imp_123456789012", "merchant_uid": order.merchant_uid}
    back = httpx.get(f"{shop.url}/payments/complete/mobile", params=query)
    assert back.status_code == 303
    assert back.headers["location"].startswith(f"/orders/{order.merchant_uid}?message=")
    sandbox.faults.clear()
    page = httpx.get(f"{shop.url}{back.headers['location']}")
    assert page.headers["content-type"].startswith("text/html")
    assert "could not confirm the payment yet" in page.text
    # The webhook endpoint, on the other hand, answers 503 so that Iamport tries again.
    sandbox.faults.arm("http500", "/payments/", "GET", 20)
    hook = {**query, "status": "paid"}
    assert httpx.post(f"{shop.url}/iamport-webhook", json=hook).status_code == 503
