"""Bad input raises ValidationError (also a ValueError) before any request is sent."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from iamport_client import AsyncIamporter, Iamporter, IamporterError, ValidationError
from tests.support.fake_iamport import FakeIamport

CARD = {
    "card_number": "1234-1234-1234-1234",
    "expiry": "2030-11",
    "birth": "620201",
    "pwd_2digit": "99",
}
PAY = {"customer_uid": "cust_1", "merchant_uid": "order_1", "amount": 1000, "name": "x"}


def onetime(**over: Any) -> Callable[[Iamporter], object]:
    args = {"merchant_uid": "order_1", "amount": 5000, **CARD, **over}
    return lambda c: c.pay_onetime(**args)


def again(**over: Any) -> Callable[[Iamporter], object]:
    args = {**PAY, **over}
    return lambda c: c.pay_subscription(**args)


BAD = [
    pytest.param(onetime(card_number="1234-1234-1234"), "card_number", id="card-12-digits"),
    pytest.param(onetime(card_number="1234-1234-1234-12345"), "card_number", id="card-17-digits"),
    pytest.param(onetime(card_number="abcd-1234-1234-1234"), "card_number", id="card-letters"),
    pytest.param(onetime(expiry="2030-13"), "expiry", id="expiry-month-13"),
    pytest.param(onetime(expiry="203011"), "expiry", id="expiry-no-dash"),
    pytest.param(onetime(expiry="11/30"), "expiry", id="expiry-mm-yy"),
    pytest.param(onetime(birth="6202"), "birth", id="birth-4-digits"),
    pytest.param(onetime(birth="62020112"), "birth", id="birth-8-digits"),
    pytest.param(onetime(pwd_2digit="9"), "pwd_2digit", id="pwd-1-digit"),
    pytest.param(onetime(pwd_2digit="999"), "pwd_2digit", id="pwd-3-digits"),
    pytest.param(onetime(cvc="12"), "cvc", id="cvc-2-digits"),
    pytest.param(onetime(amount=0), "amount", id="amount-zero"),
    pytest.param(onetime(amount=-100), "amount", id="amount-negative"),
    pytest.param(onetime(amount="12a"), "amount", id="amount-not-number"),
    pytest.param(onetime(amount=12.5), "amount", id="amount-float"),
    pytest.param(onetime(amount=True), "amount", id="amount-bool"),
    pytest.param(onetime(amount=Decimal("NaN")), "amount", id="amount-nan"),
    pytest.param(onetime(amount=Decimal("100.5")), "amount", id="amount-fractional-krw"),
    pytest.param(onetime(merchant_uid=""), "merchant_uid", id="merchant-uid-empty"),
    pytest.param(onetime(merchant_uid="m" * 41), "merchant_uid", id="merchant-uid-41"),
    pytest.param(again(customer_uid="c" * 81), "customer_uid", id="customer-uid-81"),
    pytest.param(again(customer_uid="  "), "customer_uid", id="customer-uid-blank"),
    pytest.param(again(name="n" * 41), "name", id="name-too-long"),
    pytest.param(lambda c: c.find_by_merchant_uid("order_1", "refunded"), "status", id="status"),
    pytest.param(lambda c: c.find_all_by_status("done"), "status", id="status-filter"),
    pytest.param(lambda c: c.find_all_by_status("paid", limit=5000), "limit", id="limit"),
    pytest.param(lambda c: c.find_by_merchant_uid("o", sorting="newest"), "sorting", id="sorting"),
    pytest.param(lambda c: c.cancel(), "imp_uid", id="cancel-without-ids"),
    pytest.param(lambda c: c.cancel_by_imp_uid("imp_1", amount=-1), "amount", id="cancel-negative"),
    pytest.param(
        lambda c: c.cancel_by_imp_uid("imp_1", refund_holder="홍길동"), "refund_account",
        id="refund-partial",
    ),
    pytest.param(
        lambda c: c.create_subscription(customer_uid="c1", card_number="1", expiry="2030-01"),
        "card_number", id="billing-key-card",
    ),
    pytest.param(
        lambda c: c.schedule_payments(customer_uid="c1", schedules=[]), "schedules",
        id="schedules-empty",
    ),
    pytest.param(
        lambda c: c.schedule_payments(
            customer_uid="c1", schedules=[{"merchant_uid": "m1", "amount": 100}]
        ),
        "schedules[0].schedule_at", id="schedule-missing-at",
    ),
    pytest.param(
        lambda c: c.schedule_payments(
            customer_uid="c1",
            schedules=[{"merchant_uid": "m1", "schedule_at": 1, "amount": 100, "colour": "red"}],
        ),
        "schedules[0]", id="schedule-unknown-field",
    ),
    pytest.param(lambda c: c.unschedule_payments(), "customer_uid", id="unschedule-nothing"),
    pytest.param(
        lambda c: c.find_schedules(from_=200, to=100), "to", id="schedule-window-backwards"
    ),
    pytest.param(
        lambda c: c.create_vbank(merchant_uid="m1", amount=1000, vbank_code="004", vbank_due=-5),
        "vbank_due", id="vbank-due",
    ),
    pytest.param(lambda c: c.verify_payment("imp_1", 1.5, merchant_uid="o"), "expected_amount", id="verify-float"),
    pytest.param(
        lambda c: c.verify_payment("imp_1", 100, expected_status="done", merchant_uid="o"), "expected_status",
        id="verify-status",
    ),
    pytest.param(lambda c: c.find_by_imp_uid(""), "imp_uid", id="imp-uid-empty"),
]  # fmt: skip


@pytest.mark.parametrize(("call", "field"), BAD)
def test_bad_input_raises_before_sending(
    client: Iamporter, fake: FakeIamport, call: Callable[[Iamporter], object], field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        call(client)
    assert info.value.field == field
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, IamporterError)
    assert fake.requests == []  # not even a token request


def test_card_data_is_never_echoed_in_validation_errors(client: Iamporter) -> None:
    with pytest.raises(ValidationError) as info:
        client.pay_onetime(
            merchant_uid="m1", amount=100, card_number="4242-4242-4242-42", expiry="2030-01",
            birth="8001011", pwd_2digit="12",
        )  # fmt: skip
    assert "4242" not in str(info.value)
    assert "4242" not in repr(info.value)


def test_good_card_forms_are_normalised(client: Iamporter, fake: FakeIamport) -> None:
    client.pay_onetime(
        merchant_uid="m1", amount="5000", card_number="4242 4242 4242 4242", expiry="2030-01"
    )
    body = next(r for r in fake.requests if r.path == "/subscribe/payments/onetime").body
    sent = json.loads(body)
    assert sent["card_number"] == "4242-4242-4242-4242"
    assert sent["amount"] == 5000
    assert isinstance(sent["amount"], int)


def test_decimal_amounts_with_cents_are_allowed_for_other_currencies(
    client: Iamporter, fake: FakeIamport
) -> None:
    client.pay_subscription(
        customer_uid="c1", merchant_uid="m1", amount=Decimal("12.34"), name="x", currency="USD"
    )
    body = next(r for r in fake.requests if r.path == "/subscribe/payments/again").body
    assert b'"amount":12.34' in body


def test_async_validation_raises_before_sending(
    async_client: AsyncIamporter, fake: FakeIamport
) -> None:
    async def run() -> None:
        async with async_client:
            with pytest.raises(ValidationError):
                await async_client.pay_onetime(merchant_uid="m1", amount=0, **CARD)
            with pytest.raises(ValidationError):
                await async_client.pay_onetime(
                    merchant_uid="m1", amount=100, **{**CARD, "card_number": "1234"}
                )
            with pytest.raises(ValidationError):
                await async_client.receipts.get("")

    asyncio.run(run())
    assert fake.requests == []


# ------------------------------------------------------------------- the shared primitive rules


@pytest.mark.parametrize(
    ("value", "limits", "currency", "sent"),
    [
        (Decimal("100"), {"exclusiveMinimum": 0}, "KRW", 100),
        ("100.00", {"exclusiveMinimum": 0}, "KRW", 100),
        (Decimal("12.30"), {"exclusiveMinimum": 0}, "USD", Decimal("12.30")),
        (Decimal("1.005"), {"minimum": 0}, "KWD", Decimal("1.005")),
        (Decimal("2.25"), {"minimum": 0}, None, Decimal("2.25")),  # the payment's own currency
        (0, {"minimum": 0}, "KRW", 0),
    ],
)
def test_one_money_rule_accepts(value: Any, limits: Any, currency: Any, sent: Any) -> None:
    from iamport_client import _validation as v

    out = v.money("amount", value, limits, currency)
    assert out == sent and type(out) is type(sent)


@pytest.mark.parametrize(
    ("value", "limits", "currency", "words"),
    [
        (Decimal("100.5"), {}, "KRW", "whole"),
        (Decimal("100.5"), {}, "JPY", "whole"),
        (Decimal("1.005"), {}, "USD", "2 decimal places"),
        (Decimal("1.5"), {"integer": True}, "USD", "whole number"),
        (0, {"exclusiveMinimum": 0}, "KRW", "greater than 0"),
        (-1, {"minimum": 0}, "KRW", "negative"),
        (0.5, {}, "USD", "not a float"),
        (True, {}, "KRW", "not a float"),
        ("NaN", {}, "KRW", "finite"),
        (10**40, {}, "KRW", "too large"),
        ("1e999999", {}, "KRW", "too large"),
    ],
)
def test_one_money_rule_refuses(value: Any, limits: Any, currency: Any, words: str) -> None:
    from iamport_client import _validation as v

    with pytest.raises(ValidationError, match=words):
        v.money("amount", value, limits, currency)


@pytest.mark.parametrize(
    "value", ["４２", "٤٢", "42\n", "42 ", " 42", "4", "423"]
)  # fmt: skip
def test_patterns_match_the_whole_string_in_ascii(value: str) -> None:
    from iamport_client import _validation as v

    v.pattern("pwd_2digit", "42", "^[0-9]{2}$")
    with pytest.raises(ValidationError):
        v.pattern("pwd_2digit", value, "^[0-9]{2}$")
    with pytest.raises(ValidationError):  # even a pattern written with \d is ASCII-only
        v.pattern("pwd_2digit", value, r"^\d{2}$")
