"""Issue 19 in Chromium: Korean pages with an English switch; no script from m_redirect_url."""

from __future__ import annotations

import json

import httpx
from playwright.sync_api import Page

from iamport_sandbox import Sandbox
from tests.checkout.conftest import Shop

GOOD_CARD = "4242-4242-4242-4242"


def test_the_shop_and_its_payment_window_speak_korean_then_english(
    page: Page, shop: Shop, sandbox: Sandbox
) -> None:
    page.goto(f"{shop.url}/")
    assert page.get_attribute("html", "lang") == "ko"
    assert page.inner_text("#buy-chair") == "구매하기"
    assert "노르웨이 회전 의자" in page.inner_text("body")
    assert "64,900원" in page.inner_text("body")
    page.click("#buy-chair")
    page.wait_for_selector("#pay-button")
    assert page.inner_text("#order-status") == "결제 대기 중"
    assert page.inner_text("#pay-button") == "결제하기"
    page.click("#pay-button")
    frame = page.frame_locator("#imp-sandbox-frame")
    assert frame.locator("#pay").inner_text() == "결제하기"
    assert frame.locator("html").get_attribute("lang") == "ko"
    assert "64,900원" in frame.locator("#order-amount").inner_text()
    frame.locator("#cancel").click()  # close the window: the order stays payable
    page.wait_for_function("document.getElementById('message').textContent.length > 0")

    page.click("#lang-switch")  # to English, remembered for the next pages
    page.wait_for_selector("html[lang=en]")
    assert page.inner_text("#order-status") == "Awaiting payment"
    assert page.inner_text("#pay-button") == "Pay"
    page.goto(f"{shop.url}/")
    assert page.inner_text("#buy-chair") == "Buy"
    page.click("#buy-chair")
    page.wait_for_selector("#pay-button")
    page.click("#pay-button")
    frame = page.frame_locator("#imp-sandbox-frame")
    assert frame.locator("#pay").inner_text() == "Pay"  # the shop asked for language "en"
    assert "64,900 KRW" in frame.locator("#order-amount").inner_text()
    frame.locator("#card-number").fill(GOOD_CARD)
    frame.locator("#pay").click()
    page.wait_for_selector("#order-status[data-status=paid]")
    assert page.inner_text("#order-status") == "Paid"
    page.click("#lang-switch")
    page.wait_for_selector("html[lang=ko]")
    assert page.inner_text("#order-status") == "결제 완료"


def test_the_window_has_its_own_language_switch(page: Page, sandbox: Sandbox) -> None:
    form = {
        "user_code": sandbox.merchant_code,
        "params": json.dumps({"merchant_uid": "o-lang", "amount": 1000}),
        "mode": "pc",
    }
    opened = httpx.post(f"{sandbox.base_url}/checkout", data=form)
    page.goto(f"{sandbox.base_url}{opened.headers['location']}")
    assert page.inner_text("#pay") == "결제하기"
    page.click("#lang-switch")
    page.wait_for_selector("html[lang=en]")
    assert page.inner_text("#pay") == "Pay"
    assert page.inner_text("#lang-switch") == "한국어"


def test_javascript_in_m_redirect_url_never_runs(phone: Page, sandbox: Sandbox) -> None:
    dialogs: list[str] = []
    phone.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    phone.goto(f"{sandbox.base_url}/__sandbox")  # any page of the sandbox's origin
    phone.add_script_tag(url=f"{sandbox.base_url}/v1/iamport.js")
    phone.evaluate(
        """code => {
            IMP.init(code);
            IMP.request_pay({merchant_uid: "o-js", amount: 1000,
                             m_redirect_url: "javascript:alert(document.domain)"}, () => {});
        }""",
        sandbox.merchant_code,
    )
    phone.wait_for_url(f"{sandbox.base_url}/checkout**")
    phone.wait_for_selector("#error")
    if phone.locator("#pay").count():  # a window that opened anyway: pay, as a buyer would
        phone.fill("#card-number", GOOD_CARD)
        phone.click("#pay")
    phone.wait_for_timeout(1000)
    assert dialogs == []  # no script ran in the sandbox's origin, beside its admin API
    assert phone.url == f"{sandbox.base_url}/checkout"  # refused when the window opens
    assert "http" in phone.inner_text("#error")
    assert sandbox.state.payment_records() == []
