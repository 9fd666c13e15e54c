"""Billing keys: issue, re-issue, view, delete, validation and declines."""

from __future__ import annotations

import pytest

from iamport_sandbox import DECLINE_CARD, Sandbox

from .conftest import Api
from .spec import assert_keys


def test_issue_view_delete(api: Api) -> None:
    issued = api.issue_key("cust_1", customer_id="user-1", customer_name="홍길동")
    assert_keys(issued, "CustomerAnnotation")
    assert issued["customer_uid"] == "cust_1"
    assert issued["card_number"] == "536112*********4"
    assert issued["sandbox"] is True
    assert issued["customer_id"] == "user-1"
    assert issued["inserted"] == issued["updated"]
    assert api.ok("GET", "/subscribe/customers/cust_1") == issued
    deleted = api.ok("DELETE", "/subscribe/customers/cust_1", params={"reason": "탈퇴"})
    assert deleted["customer_uid"] == "cust_1"
    message = api.error("GET", "/subscribe/customers/cust_1", 404)
    assert "customer_uid" in message
    api.error("DELETE", "/subscribe/customers/cust_1", 404)


def test_reissue_replaces_card_and_keeps_inserted(sandbox: Sandbox, api: Api) -> None:
    first = api.issue_key("cust_2", customer_name="김영희")
    sandbox.clock.advance(100)
    second = api.issue_key("cust_2", card="9410-1234-5678-1235")
    assert second["inserted"] == first["inserted"]
    assert second["updated"] == first["updated"] + 100
    assert second["card_number"] == "941012*********5"
    assert second["customer_name"] == "김영희"


@pytest.mark.parametrize("card", ["3782-822463-10005", "3782-8224-6310-005", "378282246310005"])
def test_amex_layouts(api: Api, card: str) -> None:
    issued = api.issue_key("amex", card=card)
    assert issued["card_number"] == "378282********5"


def test_decline_card_refused_at_issue(api: Api) -> None:
    message = api.refused(
        "POST",
        "/subscribe/customers/bad",
        json={"card_number": DECLINE_CARD, "expiry": "2030-12"},
    )
    assert "한도초과" in message
    api.error("GET", "/subscribe/customers/bad", 404)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"expiry": "2030-12"}, "card_number"),
        ({"card_number": "1234-5678", "expiry": "2030-12"}, "card_number"),
        ({"card_number": "1234-5678-1234-5678"}, "expiry"),
        ({"card_number": "1234-5678-1234-5678", "expiry": "2030-13"}, "expiry"),
        ({"card_number": "1234-5678-1234-5678", "expiry": "2030-12", "birth": "12"}, "birth"),
        (
            {"card_number": "1234-5678-1234-5678", "expiry": "203012", "pwd_2digit": "1"},
            "pwd_2digit",
        ),
    ],
)
def test_issue_validation(api: Api, body: dict[str, str], field: str) -> None:
    message = api.error("POST", "/subscribe/customers/x", 400, json=body)
    assert field in message


def test_customer_payments_listing(api: Api) -> None:
    api.issue_key("cust_3")
    api.again("cust_3", "m-1")
    api.again("cust_3", "m-2")
    page = api.ok("GET", "/subscribe/customers/cust_3/payments")
    assert page["total"] == 2
    assert [p["merchant_uid"] for p in page["list"]] == ["m-2", "m-1"]
