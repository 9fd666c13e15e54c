"""Bounded parsing (#18-6), secret-looking unknown members (#18-7), the order rule (#18-8),
composing views (#18-9) and the low-level client's single error type (#17-6)."""

from __future__ import annotations

import pickle
import sys
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from iamport_client import (
    Iamporter,
    IamporterError,
    InvalidResponseError,
    PaymentOutcomeUnknownError,
    RequestTimeoutError,
    ValidationError,
)
from iamport_client.checkout import (
    CheckoutVerdict,
    OrderState,
    OrderStatus,
    Outcome,
    next_order_state,
    verify_checkout,
)
from iamport_client.models import Payment, SpecMismatchError
from tests.support.fake_iamport import API_KEY, API_SECRET, FakeIamport, Reply, envelope, payment

SPEC = yaml.safe_load((Path(__file__).parents[2] / "spec" / "iamport.yaml").read_text("utf-8"))


def _text_payment(**raw: str) -> str:
    """A payment envelope as JSON text with some members written verbatim."""
    import json

    data = payment("imp_1")
    parts = [
        f"{json.dumps(k)}:{raw.get(k, json.dumps(v, ensure_ascii=False))}" for k, v in data.items()
    ]
    parts += [f"{json.dumps(k)}:{v}" for k, v in raw.items() if k not in data]
    return '{"code":0,"message":null,"response":{' + ",".join(parts) + "}}"


@pytest.fixture
def strict(fake: FakeIamport) -> Iterator[Iamporter]:
    with Iamporter(API_KEY, API_SECRET, base_url=fake.base_url, timeout=2.0, strict=True) as c:
        yield c


# ----------------------------------------------------------------------- bounded cost


def test_a_huge_exponent_in_a_timestamp_costs_nothing(
    client: Iamporter, strict: Iamporter, fake: FakeIamport
) -> None:
    body = _text_payment(paid_at="1e9999999")
    fake.script("GET", "/payments/imp_1", Reply(200, body), Reply(200, body))
    started = time.perf_counter()
    kept = client.find_by_imp_uid("imp_1").data
    with pytest.raises(InvalidResponseError, match="paid_at"):
        strict.find_by_imp_uid("imp_1")
    assert time.perf_counter() - started < 1.0
    assert isinstance(kept.paid_at, Decimal)  # kept as sent, never converted


def test_a_huge_total_or_amount_is_refused_at_once(client: Iamporter, fake: FakeIamport) -> None:
    page = (
        '{"code":0,"message":null,"response":{"total":1e9999999,"previous":0,"next":0,"list":[]}}'
    )
    fake.script("GET", "/payments/status/all", Reply(200, page))
    fake.script(
        "POST",
        "/subscribe/payments/onetime",
        Reply(200, _text_payment(amount="1e9999999", merchant_uid='"m-big"')),
    )
    started = time.perf_counter()
    with pytest.raises(InvalidResponseError, match="total"):
        client.payments.list_by_status(payment_status="all")
    with pytest.raises(PaymentOutcomeUnknownError, match="amount") as caught:
        client.pay_onetime(
            merchant_uid="m-big", amount=1000, card_number="4242-4242-4242-4242", expiry="2030-12"
        )
    assert caught.value.merchant_uid == "m-big"
    assert time.perf_counter() - started < 2.0


def test_a_huge_integer_literal_is_bounded_even_without_pythons_limit(
    client: Iamporter, fake: FakeIamport
) -> None:
    fake.script("GET", "/payments/imp_1", Reply(200, _text_payment(card_quota="9" * 200_000)))
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        started = time.perf_counter()
        got = client.find_by_imp_uid("imp_1").data
        assert time.perf_counter() - started < 1.0
        assert not isinstance(got.card_quota, int)  # never converted to a 200 000-digit int
    finally:
        sys.set_int_max_str_digits(old)


def test_verify_checkout_never_raises_a_raw_decimal_error(
    client: Iamporter, fake: FakeIamport
) -> None:
    fake.script("GET", "/payments/imp_1", Reply(200, _text_payment(amount="1e999999999")))
    with pytest.raises(IamporterError):
        verify_checkout(
            client,
            "imp_1",
            merchant_uid="merchant_1448280088556",
            amount=64900,
            cancel_forgery=True,
        )
    fake.script("GET", "/payments/imp_1", Reply(200, envelope(payment("imp_1"))))
    with pytest.raises(ValidationError):
        verify_checkout(
            client,
            "imp_1",
            merchant_uid="merchant_1448280088556",
            amount="1e999999999",
            cancel_forgery=True,
        )


def test_integer_fields_refuse_non_integers_before_converting() -> None:
    with pytest.raises(SpecMismatchError):
        Payment.from_dict({**payment(), "paid_at": Decimal("1e9999999")})
    with pytest.raises(SpecMismatchError):
        Payment.from_dict({**payment(), "amount": Decimal("1e999999999")})


# ----------------------------------------------------------------------- secrets


def _password_names() -> set[str]:
    names: set[str] = set()
    for schema in SPEC["components"]["schemas"].values():
        for name, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, dict) and prop.get("format") == "password":
                names.add(name)
    return names


def test_secret_looking_unknown_members_are_masked(client: Iamporter, fake: FakeIamport) -> None:
    names = _password_names() | {"imp_secret", "access_token", "client_secret", "api_token"}
    assert {"cvc", "birth", "pwd_2digit", "card_number"} <= names | {"card_number"}
    echoed = {
        f"x_{n}" if n in payment() else n: f"S3CRET-{i:04d}" for i, n in enumerate(sorted(names))
    }
    echoed["nested"] = {"cvc": "S3CRET-9999", "shown": "visible"}
    fake.script("GET", "/payments/imp_1", Reply(200, envelope({**payment("imp_1"), **echoed})))
    data = client.find_by_imp_uid("imp_1").data
    shown = repr(data) + str(data)
    assert "S3CRET" not in shown, shown
    assert "visible" in shown  # other unknown members stay readable in repr
    assert data["imp_secret"] == "S3CRET-" + data["imp_secret"][-4:]  # and in code


# ----------------------------------------------------------------------- order rule


def _verdict(outcome: Outcome, status: str, **payment_fields: Any) -> CheckoutVerdict:
    paid = Payment.from_dict({**payment("imp_1"), "status": status, **payment_fields})
    return CheckoutVerdict(
        outcome, "imp_1", "merchant_1448280088556", paid.amount, status, payment=paid
    )


def test_an_older_paid_report_never_overrides_a_refund() -> None:
    refunded = _verdict(
        Outcome.CANCELLED,
        "cancelled",
        paid_at=1519862401,
        cancelled_at=1519862500,
        cancel_amount=64900,
    )
    older_paid = _verdict(Outcome.PAID, "paid", paid_at=1519862401)
    state = next_order_state(OrderState(), refunded)
    assert state.status is OrderStatus.CANCELLED
    assert next_order_state(state, older_paid).status is OrderStatus.CANCELLED
    # In arrival order the result is the same.
    in_order = next_order_state(next_order_state(OrderState(), older_paid), refunded)
    assert in_order.status is OrderStatus.CANCELLED


def test_a_withdrawn_unpaid_account_still_frees_the_order() -> None:
    issued = OrderState(OrderStatus.AWAITING_DEPOSIT, "imp_1")
    withdrawn = _verdict(Outcome.CANCELLED, "cancelled", paid_at=0, cancel_amount=0)
    assert next_order_state(issued, withdrawn).status is OrderStatus.FAILED


# ----------------------------------------------------------------------- views


def test_a_view_of_a_view_keeps_both_options(client: Iamporter, fake: FakeIamport) -> None:
    view = client.with_options(timeout=0.3).with_options(max_retries=0)
    fake.script("GET", "/payments/imp_1", Reply(200, envelope(payment("imp_1")), delay=1.5))
    started = time.perf_counter()
    with pytest.raises(RequestTimeoutError):
        view.find_by_imp_uid("imp_1")
    assert time.perf_counter() - started < 1.0  # 0.3 s, once: not the client's 2 s, not retried
    assert fake.count("GET", "/payments/imp_1") == 1
    deadline_view = client.with_options(deadline=0.5).with_options(timeout=5.0)
    assert deadline_view._deadline == 0.5


# ----------------------------------------------------------------------- low-level client


def test_the_low_level_client_raises_only_iamporter_errors(
    client: Iamporter, fake: FakeIamport
) -> None:
    from iamport_api.api.payments import get_payment

    # An error envelope whose code is no integer: the generated operation's parse fails.
    fake.script("GET", "/payments/imp_1", Reply(404, {"code": "x", "message": None}))
    with pytest.raises(IamporterError) as caught:
        get_payment.sync("imp_1", client=client.api_client)
    error = caught.value
    assert isinstance(error, SpecMismatchError) and isinstance(error, InvalidResponseError)
    assert isinstance(error, TypeError) and isinstance(error, ValueError)  # as it always was
    assert error.path == "code"
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is SpecMismatchError and copy.path == error.path and str(copy) == str(error)


@pytest.mark.parametrize(
    "reply",
    [
        Reply(500, "<html>oops</html>", content_type="text/html"),
        Reply(200, "not json at all", content_type="text/plain"),
        Reply(200, "[1, 2]"),
        Reply(599, {"code": 1, "message": "odd"}),
        Reply(404, {"code": "x", "message": None}),
        Reply(200, {"code": 0, "message": None, "response": {**payment("imp_1"), "amount": "1"}}),
        Reply(drop=True),
        Reply(200, envelope(payment("imp_1")), delay=1.5),
    ],
    ids=[
        "html-500",
        "text-200",
        "array",
        "status-599",
        "code-text",
        "string-amount",
        "drop",
        "slow",
    ],
)
def test_nothing_but_iamporter_errors_escape_the_generated_operations(
    fake: FakeIamport, reply: Reply
) -> None:
    from iamport_api.api.payments import get_payment
    from iamport_api.client import Client

    fake.script("GET", "/payments/imp_1", reply)
    with Iamporter(API_KEY, API_SECRET, base_url=fake.base_url, timeout=0.5, max_retries=0) as c:
        c.get_token()
        low: Client = c.api_client
        low.raise_on_unexpected_status = True
        try:
            get_payment.sync("imp_1", client=low)
        except IamporterError as exc:
            pickle.loads(pickle.dumps(exc))  # every one pickles
        except BaseException as exc:  # the point of the test
            pytest.fail(f"a foreign exception escaped: {type(exc).__name__}: {exc}")


def test_the_low_level_client_never_reports_a_lost_post_as_a_plain_network_error(
    fake: FakeIamport,
) -> None:
    from iamport_api.api.subscribe_payments import pay_onetime
    from iamport_api.models import OnetimePaymentRequest

    fake.script("POST", "/subscribe/payments/onetime", Reply(drop=True))
    body = OnetimePaymentRequest.from_dict(
        {
            "merchant_uid": "m-low",
            "amount": 1000,
            "card_number": "4242-4242-4242-4242",
            "expiry": "2030-12",
        }
    )
    with Iamporter(API_KEY, API_SECRET, base_url=fake.base_url, timeout=1.0) as c:
        with pytest.raises(PaymentOutcomeUnknownError) as caught:
            pay_onetime.sync(client=c.api_client, body=body)
    assert caught.value.merchant_uid == "m-low"


def test_money_with_more_digits_than_arithmetic_keeps_is_refused(
    client: Iamporter, fake: FakeIamport
) -> None:
    digits = "1." + "0" * 100_000 + "1"
    fake.script("GET", "/payments/imp_1", Reply(200, _text_payment(amount=digits)))
    started = time.perf_counter()
    with pytest.raises(InvalidResponseError, match="amount"):
        client.find_by_imp_uid("imp_1")
    assert time.perf_counter() - started < 1.0
    fake.script(
        "GET", "/payments/imp_1", Reply(200, _text_payment(amount="10.50", currency='"USD"'))
    )
    assert str(client.find_by_imp_uid("imp_1").data.amount) == "10.50"
