"""Test cards: declines, insufficient funds and the slow card."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from iamport_sandbox import INSUFFICIENT_FUNDS_CARD, SLOW_CARD, Sandbox
from iamport_sandbox.cards import mask_card_number, normalize_card_number, normalize_expiry

from .conftest import SLOW_DELAY, Api


def test_decline_card_gives_failed_payment(api: Api) -> None:
    payment = api.onetime("d-1", card="4000-0000-0000-0002")
    assert payment["status"] == "failed"
    assert payment["fail_reason"] == "[4000] 카드 한도초과"
    assert payment["failed_at"] > 0
    assert payment["paid_at"] == 0
    assert payment["apply_num"] is None


def test_decline_card_with_customer_uid_stores_no_key(api: Api) -> None:
    payment = api.onetime("d-2", card="4000000000000002", customer_uid="never")
    assert payment["status"] == "failed"
    api.error("GET", "/subscribe/customers/never", 404)


def test_insufficient_funds_key_issues_but_payments_fail(api: Api) -> None:
    issued = api.issue_key("poor", card=INSUFFICIENT_FUNDS_CARD)
    assert issued["card_number"] == "400000*********1"
    payment = api.again("poor", "poor-1")
    assert payment["status"] == "failed"
    assert "잔액부족" in payment["fail_reason"]
    assert api.onetime("poor-2", card=INSUFFICIENT_FUNDS_CARD)["status"] == "failed"


def test_slow_card_completes_after_client_timeout(sandbox: Sandbox, api: Api) -> None:
    body = {"merchant_uid": "slow-1", "amount": 1000, "card_number": SLOW_CARD, "expiry": "2030-12"}
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        api.client.post(
            "/subscribe/payments/onetime", json=body, headers=api.headers, timeout=SLOW_DELAY / 3
        )
    in_flight = api.ok("GET", "/payments/find/slow-1")
    assert in_flight["status"] == "ready"
    assert "처리 중" in api.refused("POST", "/subscribe/payments/onetime", json=body)
    deadline = time.monotonic() + 5
    while api.ok("GET", "/payments/find/slow-1")["status"] != "paid":
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert time.monotonic() - started >= SLOW_DELAY * 0.9


def test_slow_card_does_not_block_other_requests(sandbox: Sandbox, api: Api) -> None:
    result: dict[str, object] = {}

    def pay() -> None:
        result["payment"] = api.onetime("slow-2", card=SLOW_CARD)

    worker = threading.Thread(target=pay)
    started = time.monotonic()
    worker.start()
    time.sleep(0.05)
    api.ok("GET", "/certifications/imps_000000000001")
    assert time.monotonic() - started < SLOW_DELAY
    worker.join(5)
    payment = result["payment"]
    assert isinstance(payment, dict)
    assert payment["status"] == "paid"


def test_card_helpers() -> None:
    assert normalize_card_number("4000-0000-0000-0002") == "4000000000000002"
    assert normalize_card_number("4000 0000 0000 0002") is None
    assert normalize_card_number("4000-0000-0000-00021") is None
    assert mask_card_number("5361123456789014") == "536112*********4"
    assert normalize_expiry("203012") == "2030-12"
    assert normalize_expiry("2030-00") is None
