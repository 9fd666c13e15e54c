"""The sandbox's browser checkout on its own: ``/v1/iamport.js`` in a merchant page.

The merchant page is served from its own origin (another port of 127.0.0.1), so the script,
the overlay and ``postMessage`` work across origins as they do on a real shop.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from playwright.sync_api import FrameLocator, Page
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from iamport_client import Iamporter
from iamport_sandbox import INSUFFICIENT_FUNDS_CARD, SLOW_CARD, Sandbox
from shop_common import pages
from shop_common.settings import REAL_SCRIPT, Settings
from shop_common.store import Store
from tests.checkout._servers import serve

GOOD_CARD = "4242-4242-4242-4242"
PAGES: dict[str, str] = {}


async def _page(request: Request) -> Response:
    return HTMLResponse(PAGES.get(request.path_params["name"], "<p>returned</p>"))


@pytest.fixture(scope="module")
def merchant() -> Iterator[str]:
    """A merchant web site on its own origin; its pages are set by the tests."""
    with serve(Starlette(routes=[Route("/{name}", _page)])) as url:
        yield url


def open_merchant_page(
    page: Page, merchant: str, sandbox: Sandbox, params: dict[str, Any], code: str = "imp00000000"
) -> None:
    """A page that calls ``IMP.request_pay(params)`` on ``#go`` and keeps ``rsp``."""
    init = f"IMP.init({json.dumps(code)});" if code else ""
    PAGES["shop"] = (
        f'<!doctype html><html><head><script src="{sandbox.base_url}/v1/iamport.js"></script>'
        f'</head><body><button id="go" onclick=\'{init} IMP.request_pay({json.dumps(params)},'
        " function (rsp) { window.RSP = rsp; });'>pay</button></body></html>"
    )
    page.goto(f"{merchant}/shop")


def checkout(page: Page) -> FrameLocator:
    page.click("#go")
    frame = page.frame_locator("#imp-sandbox-frame")
    frame.locator("#pay").wait_for()
    return frame


def rsp(page: Page) -> dict[str, Any]:
    page.wait_for_function("window.RSP !== undefined")
    result: dict[str, Any] = page.evaluate("window.RSP")
    return result


def order(mid: str, amount: int = 1000, **extra: Any) -> dict[str, Any]:
    return {"pg": "html5_inicis", "merchant_uid": mid, "name": "mug", "amount": amount,
            "buyer_tel": "010-1234-5678", **extra}  # fmt: skip


def test_the_script_is_served_at_the_real_scripts_path(sandbox: Sandbox) -> None:
    answer = httpx.get(f"{sandbox.base_url}/v1/iamport.js")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/javascript")
    assert "request_pay" in answer.text


def test_card_payment_gives_the_sdks_callback_and_a_real_payment(
    page: Page, merchant: str, sandbox: Sandbox, iamporter: Iamporter
) -> None:
    custom = {"coupon": "WELCOME", "items": [1, 2]}
    hooks = [f"{merchant}/hook-a", f"{merchant}/hook-b"]
    params = order("o-card", 64900, buyer_name="Kim", custom_data=custom, notice_url=hooks)
    open_merchant_page(page, merchant, sandbox, params)
    frame = checkout(page)
    frame.locator("#card-number").fill(GOOD_CARD)
    frame.locator("#pay").click()
    result = rsp(page)
    assert result["success"] is True
    assert result["status"] == "paid"
    assert result["paid_amount"] == 64900
    assert result["merchant_uid"] == "o-card"
    assert result["pay_method"] == "card"
    assert result["pg_provider"] == "html5_inicis"
    assert result["buyer_name"] == "Kim"
    assert result["custom_data"] == custom
    assert result["card_number"] == "424242*********2"
    assert result["apply_num"]
    assert result["error_code"] is None
    assert result["error_msg"] is None
    assert page.locator("#imp-sandbox-overlay").count() == 0
    payment = iamporter.find_by_imp_uid(result["imp_uid"]).data
    assert str(payment.status) == "paid"
    assert Decimal(str(payment.amount)) == 64900
    delivered = sandbox.wait_for_webhooks(2)
    assert sorted(r["url"] for r in delivered) == hooks
    assert all(r["body"]["status"] == "paid" for r in delivered)


@pytest.mark.parametrize(
    ("card", "success", "status", "message"),
    [
        (INSUFFICIENT_FUNDS_CARD, False, "failed", "[4051] 잔액부족"),
        (SLOW_CARD, True, "paid", None),
    ],
    ids=["insufficient-funds", "slow"],
)
def test_test_cards_behave_as_over_rest(
    page: Page,
    merchant: str,
    sandbox: Sandbox,
    card: str,
    success: bool,
    status: str,
    message: str | None,
) -> None:
    open_merchant_page(page, merchant, sandbox, order("o-test-card"))
    frame = checkout(page)
    frame.locator("#card-number").fill(card)
    started = time.monotonic()
    frame.locator("#pay").click()
    result = rsp(page)
    assert result["success"] is success
    assert result["status"] == status
    assert result["error_msg"] == message
    assert result["imp_uid"]
    if card == SLOW_CARD:
        assert time.monotonic() - started >= sandbox.slow_card_delay


def test_pre_registered_amount_is_enforced(
    page: Page, merchant: str, sandbox: Sandbox, iamporter: Iamporter
) -> None:
    iamporter.create_prepared_payment(merchant_uid="o-prep", amount=1000)
    open_merchant_page(page, merchant, sandbox, order("o-prep", 900))
    frame = checkout(page)
    frame.locator("#card-number").fill(GOOD_CARD)
    frame.locator("#pay").click()
    refused = rsp(page)
    assert refused["success"] is False
    assert refused["imp_uid"] is None
    assert "사전 등록된 금액과 다릅니다" in refused["error_msg"]
    assert sandbox.state.payment_records() == []

    open_merchant_page(page, merchant, sandbox, order("o-prep", 1000))
    frame = checkout(page)
    frame.locator("#card-number").fill(GOOD_CARD)
    frame.locator("#pay").click()
    assert rsp(page)["success"] is True


def test_an_order_is_paid_once(page: Page, merchant: str, sandbox: Sandbox) -> None:
    for attempt in range(2):
        open_merchant_page(page, merchant, sandbox, order("o-once"))
        frame = checkout(page)
        frame.locator("#card-number").fill(GOOD_CARD)
        frame.locator("#pay").click()
        result = rsp(page)
        assert result["success"] is (attempt == 0)
    assert result["error_msg"] == "이미 결제된 merchant_uid입니다."


def test_a_malformed_card_number_is_shown_and_can_be_corrected(
    page: Page, merchant: str, sandbox: Sandbox
) -> None:
    open_merchant_page(page, merchant, sandbox, order("o-typo"))
    frame = checkout(page)
    frame.locator("#card-number").fill("4242-42")
    frame.locator("#pay").click()
    frame.locator("#error:has-text('카드번호')").wait_for()
    assert page.evaluate("window.RSP") is None
    frame.locator("#card-number").fill(GOOD_CARD)
    frame.locator("#pay").click()
    assert rsp(page)["success"] is True


def test_unknown_merchant_code_is_refused_like_the_real_script(
    page: Page, merchant: str, sandbox: Sandbox
) -> None:
    open_merchant_page(page, merchant, sandbox, order("o-code"), code="imp99999999")
    page.click("#go")
    result = rsp(page)
    assert result["success"] is False
    assert result["error_code"] == "F0001"
    assert "imp99999999" in result["error_msg"]
    assert page.locator("#imp-sandbox-overlay").count() == 0
    assert sandbox.state.payment_records() == []


def test_request_pay_without_init_is_refused(page: Page, merchant: str, sandbox: Sandbox) -> None:
    open_merchant_page(page, merchant, sandbox, order("o-noinit"), code="")
    page.click("#go")
    assert "IMP.init" in rsp(page)["error_msg"]


def test_unsupported_pay_method_is_refused(page: Page, merchant: str, sandbox: Sandbox) -> None:
    open_merchant_page(page, merchant, sandbox, order("o-phone", pay_method="phone"))
    page.click("#go")
    assert "card, vbank" in rsp(page)["error_msg"]


def test_vbank_due_is_read_in_korean_time(page: Page, merchant: str, sandbox: Sandbox) -> None:
    params = order("o-vbank", pay_method="vbank", vbank_due="203012312359")
    open_merchant_page(page, merchant, sandbox, params)
    frame = checkout(page)
    assert frame.locator("#card-number").is_hidden()
    frame.locator("#vbank-code").select_option("004")
    frame.locator("#pay").click()
    result = rsp(page)
    assert result["success"] is True
    assert result["status"] == "ready"
    assert result["vbank_name"] == "KB국민은행"
    assert len(result["vbank_num"]) == 14
    assert result["vbank_date"] == 1924959540  # 2030-12-31 23:59 KST


def test_mobile_close_returns_to_m_redirect_url_with_the_reason(
    phone: Page, merchant: str, sandbox: Sandbox
) -> None:
    back = f"{merchant}/return?from=checkout"
    open_merchant_page(phone, merchant, sandbox, order("o-mobile", m_redirect_url=back))
    phone.click("#go")
    phone.wait_for_url(f"{sandbox.base_url}/checkout/*")
    with phone.expect_navigation(url=f"{merchant}/return?*"):
        phone.click("#cancel")
    query = httpx.URL(phone.url).params
    assert query["from"] == "checkout"
    assert query["merchant_uid"] == "o-mobile"
    assert query["imp_success"] == "false"
    assert query["imp_uid"] == ""
    assert query["error_code"] == "F1002"
    assert "결제를 취소" in query["error_msg"]
    assert sandbox.state.payment_records() == []


def test_a_page_for_the_real_script_needs_only_the_script_url_and_code(tmp_path: Any) -> None:
    store = Store(str(tmp_path / "shop.sqlite3"))
    order_row = store.create_order("chair")
    real = pages.order_page(order_row, Settings(merchant_code="imp12345678"), "https://shop/")
    local = pages.order_page(
        order_row,
        Settings(script_url="http://127.0.0.1:8000/v1/iamport.js"),
        "https://shop/",
    )
    assert REAL_SCRIPT in real
    switched = real.replace(REAL_SCRIPT, "http://127.0.0.1:8000/v1/iamport.js").replace(
        "imp12345678", "imp00000000"
    )
    assert switched == local
