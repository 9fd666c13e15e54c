"""Items 3, 4 and 5: answers are checked against the question, money answers are classified by
what they mean, and non-KRW amounts keep their cents."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from iamport_client import (
    Iamporter,
    InvalidResponseError,
    PaymentFailedError,
    PaymentOutcomeUnknownError,
    PaymentPendingError,
    PaymentVerificationError,
    ValidationError,
)
from tests.support.fake_iamport import FakeIamport, Reply, envelope, payment

PAY = "/subscribe/payments/again"


# ----------------------------------------------------------------------------- item 3


@pytest.mark.parametrize(
    ("answer", "expected", "problem"),
    [
        (
            payment("imp_other"),
            {"merchant_uid": "merchant_1448280088556"},
            "describes payment 'imp_other'",
        ),
        (payment("imp_1", merchant_uid="order_2"), {"merchant_uid": "order_1"}, "merchant_uid"),
        (
            payment("imp_1", amount=100, currency="KRW"),
            {"currency": "USD", "merchant_uid": "merchant_1448280088556"},
            "currency 'KRW'",
        ),
        (
            payment("imp_1", amount=100, currency="USD"),
            {"merchant_uid": "merchant_1448280088556"},
            "currency 'USD'",
        ),
    ],
)
def test_verify_payment_checks_identity_order_and_currency(
    client: Iamporter,
    fake: FakeIamport,
    answer: dict[str, Any],
    expected: dict[str, Any],
    problem: str,
) -> None:
    fake.script("GET", "/payments/imp_1", Reply(200, envelope(answer)))
    amount = answer["amount"]
    with pytest.raises(PaymentVerificationError) as info:
        client.verify_payment("imp_1", amount, **expected)
    assert problem in str(info.value)
    assert info.value.problems


def test_verify_payment_passes_when_everything_matches(
    client: Iamporter, fake: FakeIamport
) -> None:
    answer = payment("imp_1", merchant_uid="order_1", amount=10.5, currency="USD")
    fake.script("GET", "/payments/imp_1", Reply(200, envelope(answer)))
    result = client.verify_payment(
        "imp_1", Decimal("10.50"), merchant_uid="order_1", currency="USD"
    )
    assert result.data.imp_uid == "imp_1"


# ----------------------------------------------------------------------------- item 4

UNPARSEABLE = [
    pytest.param({"code": 0, "message": None, "response": None}, id="null"),
    pytest.param({"code": 0, "message": None, "response": {}}, id="empty-object"),
    pytest.param({"code": 0, "message": None, "response": {"imp_uid": "imp_1"}}, id="fields-missing"),
    pytest.param(envelope(payment("imp_1", merchant_uid="order_1", status="exploded")), id="unknown-status"),
    pytest.param({"code": "0", "message": None, "response": payment("imp_1", merchant_uid="order_1")}, id="code-string"),
    pytest.param({"code": True, "message": None, "response": payment("imp_1", merchant_uid="order_1")}, id="code-true"),
    pytest.param(envelope(payment("imp_x", merchant_uid="someone_elses_order")), id="another-order"),
]  # fmt: skip


@pytest.mark.parametrize("body", UNPARSEABLE)
def test_a_money_answer_that_cannot_be_trusted_is_outcome_unknown(
    client: Iamporter, fake: FakeIamport, pay_subscription_args: dict[str, Any], body: Any
) -> None:
    fake.script("POST", PAY, Reply(200, body))
    with pytest.raises(PaymentOutcomeUnknownError) as info:
        client.pay_subscription(**pay_subscription_args)
    assert not isinstance(info.value, PaymentPendingError)
    assert info.value.merchant_uid == "order_1"
    assert "order_1" in str(info.value)
    assert fake.count("POST", PAY) == 1


@pytest.mark.parametrize("code", ["0", True, 0.0, None, [0]])
def test_a_non_integer_code_on_a_read_is_an_invalid_response(
    client: Iamporter, fake: FakeIamport, code: Any
) -> None:
    fake.script("GET", "/payments/imp_1", Reply(200, {"code": code, "response": payment("imp_1")}))
    with pytest.raises(InvalidResponseError):
        client.find_by_imp_uid("imp_1")


def test_a_ready_card_payment_is_pending_never_declined(
    client: Iamporter, fake: FakeIamport, pay_subscription_args: dict[str, Any]
) -> None:
    ready = payment("imp_5", merchant_uid="order_1", status="ready", paid_at=0)
    fake.script("POST", PAY, Reply(200, envelope(ready)))
    with pytest.raises(PaymentPendingError) as info:
        client.pay_subscription(**pay_subscription_args)
    err = info.value
    assert not isinstance(err, PaymentFailedError)
    assert isinstance(err, PaymentOutcomeUnknownError)  # "look it up again" handling applies
    assert err.merchant_uid == "order_1"
    assert err.payment.status.value == "ready"
    assert "in progress" in str(err)


# ----------------------------------------------------------------------------- item 5


def test_a_usd_partial_refund_keeps_its_cents(client: Iamporter, fake: FakeIamport) -> None:
    refunded = payment("imp_usd", currency="USD", amount=10.5, cancel_amount=2.25)
    fake.script("POST", "/payments/cancel", Reply(200, envelope(refunded)))
    client.cancel_by_imp_uid("imp_usd", amount=Decimal("2.25"), checksum=Decimal("10.50"))
    sent = json.loads(fake.requests[-1].body, parse_float=Decimal)
    assert sent["amount"] == Decimal("2.25")
    assert sent["checksum"] == Decimal("10.50")
    fake.script("POST", "/payments/cancel", Reply(200, envelope(refunded)))
    client.cancel_by_imp_uid("imp_usd", amount=Decimal("2.25"), checksum="10.50", currency="USD")
    assert json.loads(fake.requests[-1].body, parse_float=Decimal)["amount"] == Decimal("2.25")


def test_a_krw_refund_with_a_fraction_is_refused_when_the_currency_is_named(
    client: Iamporter, fake: FakeIamport
) -> None:
    with pytest.raises(ValidationError, match="whole"):
        client.cancel_by_imp_uid("imp_1", amount=Decimal("2.25"), currency="KRW")
    assert fake.count() == 0


@pytest.mark.parametrize("currency", [5, "usd", "US", "", "KRWX"])
def test_a_malformed_currency_is_a_validation_error(
    client: Iamporter, fake: FakeIamport, currency: Any
) -> None:
    with pytest.raises(ValidationError, match="currency"):
        client.pay_subscription(
            customer_uid="c1", merchant_uid="m1", amount="12.5", name="x", currency=currency
        )
    with pytest.raises(ValidationError, match="currency"):
        client.cancel_by_imp_uid("imp_1", amount="1.5", currency=currency)
    assert fake.count() == 0
