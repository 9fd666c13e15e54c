"""The sandbox's checkout endpoints over plain HTTP: sessions, their rules, ``vbank_due``."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest

from iamport_sandbox import Sandbox
from iamport_sandbox.checkout import parse_vbank_due
from iamport_sandbox.errors import ApiError

CARD = {"card_number": "4242-4242-4242-4242", "expiry": "2030-12"}


def open_session(sandbox: Sandbox, params: dict[str, Any], mode: str = "pc") -> httpx.Response:
    form = {"user_code": sandbox.merchant_code, "params": json.dumps(params), "mode": mode}
    return httpx.post(f"{sandbox.base_url}/checkout", data=form)


def session_path(sandbox: Sandbox, **params: Any) -> str:
    opened = open_session(sandbox, {"merchant_uid": "o-http", "amount": 1000, **params})
    assert opened.status_code == 303, opened.text
    location = opened.headers["location"]
    assert location.startswith("/checkout/")
    return f"{sandbox.base_url}{location}"


def test_the_window_page_has_the_automation_ids(sandbox: Sandbox) -> None:
    page = httpx.get(session_path(sandbox, name="mug"))
    assert page.status_code == 200
    assert page.headers["cache-control"] == "no-store"
    for element in ("card-number", "card-expiry", "vbank-code", "pay", "cancel", "error"):
        assert f'id="{element}"' in page.text
    assert "1,000원" in page.text  # Korean by default (issue 19)


def test_a_session_pays_once_and_cannot_be_closed_afterwards(sandbox: Sandbox) -> None:
    url = session_path(sandbox)
    first = httpx.post(f"{url}/pay", json=CARD)
    assert first.status_code == 200
    assert first.json()["rsp"]["success"] is True
    assert first.json()["redirect"] is None
    again = httpx.post(f"{url}/pay", json=CARD)
    assert again.status_code == 409
    assert again.json()["error"] == "이미 완료된 결제창입니다."
    assert httpx.post(f"{url}/cancel").status_code == 409
    assert len(sandbox.state.payment_records()) == 1


def test_bad_card_input_keeps_the_session_open(sandbox: Sandbox) -> None:
    url = session_path(sandbox)
    bad_number = httpx.post(f"{url}/pay", json={**CARD, "card_number": "12"})
    assert bad_number.status_code == 400
    assert "카드번호" in bad_number.json()["error"]
    bad_expiry = httpx.post(f"{url}/pay", json={**CARD, "expiry": "2030-13"})
    assert bad_expiry.status_code == 400
    assert "유효기간" in bad_expiry.json()["error"]
    assert httpx.post(f"{url}/pay", content=b"not json").status_code == 400
    assert httpx.post(f"{url}/pay", json=CARD).json()["rsp"]["success"] is True


def test_vbank_needs_a_known_bank(sandbox: Sandbox) -> None:
    url = session_path(sandbox, pay_method="vbank")
    unknown = httpx.post(f"{url}/pay", json={"vbank_code": "999"})
    assert unknown.status_code == 400
    issued = httpx.post(f"{url}/pay", json={"vbank_code": "081"}).json()["rsp"]
    assert issued["vbank_name"] == "하나은행"
    assert issued["status"] == "ready"


def test_unknown_session_is_404(sandbox: Sandbox) -> None:
    assert httpx.get(f"{sandbox.base_url}/checkout/nope").status_code == 404
    assert httpx.post(f"{sandbox.base_url}/checkout/nope/pay", json=CARD).status_code == 404


def test_mobile_session_redirects_to_m_redirect_url(sandbox: Sandbox) -> None:
    params = {"merchant_uid": "o-m", "amount": 1000, "m_redirect_url": "https://shop/back?x=1"}
    opened = open_session(sandbox, params, mode="mobile")
    paid = httpx.post(f"{sandbox.base_url}{opened.headers['location']}/pay", json=CARD).json()
    target = httpx.URL(paid["redirect"])
    assert str(target).startswith("https://shop/back?x=1&")
    assert target.params["imp_uid"] == paid["rsp"]["imp_uid"]
    assert target.params["imp_success"] == "true"
    assert "error_msg" not in target.params


@pytest.mark.parametrize(
    ("params", "mode", "message"),
    [
        ({"amount": 1000}, "pc", "merchant_uid"),
        ({"merchant_uid": "o-1"}, "pc", "amount"),
        ({"merchant_uid": "o-1", "amount": -5}, "pc", "amount"),
        ({"merchant_uid": "o-1", "amount": 1, "vbank_due": "tomorrow"}, "pc", "vbank_due"),
        ({"merchant_uid": "o-1", "amount": 1, "m_redirect_url": "https://s/b"}, "mobile", None),
    ],
)
def test_unusable_params_come_back_as_a_failed_rsp(
    sandbox: Sandbox, params: dict[str, Any], mode: str, message: str | None
) -> None:
    form = {"user_code": "imp99999999" if message is None else sandbox.merchant_code}
    form |= {"params": json.dumps(params), "mode": mode}
    answer = httpx.post(f"{sandbox.base_url}/checkout", data=form)
    if mode == "mobile":  # straight back to the shop, with the reason
        assert answer.status_code == 303
        query = httpx.URL(answer.headers["location"]).params
        assert query["imp_success"] == "false"
        assert query["error_code"] == "F0001"
        assert "imp99999999" in query["error_msg"]
        return
    assert answer.status_code == 200
    found = re.search(r'id="checkout-result">(.*?)</script>', answer.text)
    assert found is not None
    rsp = json.loads(found.group(1))["rsp"]
    assert rsp["success"] is False
    assert rsp["error_code"] == "F0001"
    assert rsp["error_msg"].startswith(message)


def test_parse_vbank_due() -> None:
    now = 1_700_000_000
    assert parse_vbank_due(None, now) == now + 7 * 86400
    assert parse_vbank_due("20301231", now) == parse_vbank_due("2030-12-31 23:59", now)
    assert parse_vbank_due("203012310000", now) == 1924873200  # 2030-12-31 00:00 KST
    for bad in ("2030-02-30", "2030123", "next week"):
        with pytest.raises(ApiError, match="vbank_due"):
            parse_vbank_due(bad, now)
