"""Responses are checked against the spec, money is exact both ways, over real HTTP.

A value of the wrong JSON type in a core field (ids, amounts, currency, status), and with
``strict=True`` in any field, raises InvalidResponseError naming the field's path (and never
the value, which may be a secret); the one silent conversion is a whole number written with a
fraction in an integer field (`1700000000.0`). The tolerant default is tested in tests/reader.
Money is read from the JSON text exactly and written to the wire exactly.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from decimal import Decimal

import pytest

from iamport_client import (
    AsyncIamporter,
    Iamporter,
    InvalidResponseError,
    PaymentOutcomeUnknownError,
)
from iamport_client.models import Payment, SpecMismatchError
from tests.support.fake_iamport import API_KEY, API_SECRET, FakeIamport, Reply, envelope, payment

#: The fields of a payment that stay strict without strict=True (the schema's x-iamport-core).
CORE = {"amount", "status", "imp_uid", "currency", "cancel_history"}


@pytest.fixture
def strict(fake: FakeIamport) -> Iterator[Iamporter]:
    """A strict client on the fake server: every deviation from the spec is an error."""
    with Iamporter(API_KEY, API_SECRET, base_url=fake.base_url, timeout=2.0, strict=True) as c:
        yield c


def reply_with(text: str) -> Reply:
    """A 200 success envelope around a payment written as JSON text (numbers kept verbatim)."""
    return Reply(200, '{"code":0,"message":null,"response":' + text + "}")


def payment_text(**replacements: str) -> str:
    """A realistic payment as JSON text, with some members' JSON text replaced (or removed)."""
    data = payment("imp_1")
    parts = []
    for key, value in data.items():
        written = replacements.get(key, json.dumps(value, ensure_ascii=False))
        if written != "<absent>":
            parts.append(f"{json.dumps(key)}:{written}")
    return "{" + ",".join(parts) + "}"


def test_usd_cents_are_read_exactly(client: Iamporter, fake: FakeIamport) -> None:
    cancel = '[{"pg_tid":"c1","amount":0.10,"cancelled_at":1519862450}]'
    fake.script(
        "GET",
        "/payments/imp_1",
        reply_with(
            payment_text(
                currency='"USD"', amount="10.50", cancel_amount="0.10", cancel_history=cancel
            )
        ),
    )
    paid = client.find_by_imp_uid("imp_1").data
    assert type(paid.amount) is Decimal and str(paid.amount) == "10.50"
    assert str(paid.cancel_amount) == "0.10"
    assert paid.cancel_history is not None and str(paid.cancel_history[0].amount) == "0.10"
    assert paid.amount - paid.cancel_amount == Decimal("10.40")  # no binary float residue


def test_krw_integers_become_exact_decimals(client: Iamporter, fake: FakeIamport) -> None:
    fake.script("GET", "/payments/imp_1", reply_with(payment_text(amount="8900")))
    paid = client.find_by_imp_uid("imp_1").data
    assert paid.amount == Decimal("8900") and type(paid.amount) is Decimal


def test_absent_and_null_optional_fields_read_as_none(client: Iamporter, fake: FakeIamport) -> None:
    fake.script(
        "GET",
        "/payments/imp_1",
        reply_with(payment_text(vbank_num="<absent>", promotion="<absent>", card_name="null")),
    )
    paid = client.find_by_imp_uid("imp_1").data
    assert paid.vbank_num is None and paid.promotion is None and paid.card_name is None


def test_a_whole_number_float_timestamp_reads_as_an_integer(
    client: Iamporter, fake: FakeIamport
) -> None:
    fake.script("GET", "/payments/imp_1", reply_with(payment_text(paid_at="1700000000.0")))
    paid = client.find_by_imp_uid("imp_1").data
    assert paid.paid_at == 1700000000 and type(paid.paid_at) is int


WRONG = [
    ({"amount": '"64900"'}, "response.amount: expected a number, got a string"),
    ({"amount": "true"}, "response.amount: expected a number, got a boolean"),
    ({"paid_at": "1700000000.5"}, "response.paid_at: expected an integer, got a fractional number"),
    ({"paid_at": '"1700000000"'}, "response.paid_at: expected an integer, got a string"),
    ({"card_quota": "false"}, "response.card_quota: expected an integer, got a boolean"),
    ({"vbank_num": "12345678"}, "response.vbank_num: expected a string, got an integer"),
    ({"sandbox": '"yes"'}, "response.sandbox: expected a boolean, got a string"),
    ({"status": '"refunded"'}, "response.status: 'refunded' is not one of"),
    ({"imp_uid": "<absent>"}, "response.imp_uid: required field is missing"),
    ({"currency": "null"}, "response.currency: expected a string, got null"),
    ({"promotion": '"promo"'}, "response.promotion: expected an object, got a string"),
    (
        {"promotion": '{"discount":"1000"}'},
        "response.promotion.discount: expected a number, got a string",
    ),
    ({"cancel_receipt_urls": '["a", 3]'}, "response.cancel_receipt_urls[1]: expected a string"),
    (
        {
            "cancel_history": '[{"pg_tid":"c1","amount":1,"cancelled_at":1},{"pg_tid":"c2","amount":"x","cancelled_at":1}]'
        },
        "response.cancel_history[1].amount: expected a number, got a string",
    ),
    (
        {"deposit_history": '{"amount":1}'},
        "response.deposit_history: expected an array, got an object",
    ),
]


@pytest.mark.parametrize(
    ("replacements", "message"), WRONG, ids=[m.split(":")[0] for _, m in WRONG]
)
def test_a_wrong_json_type_raises_naming_the_field(
    client: Iamporter,
    strict: Iamporter,
    fake: FakeIamport,
    replacements: dict[str, str],
    message: str,
) -> None:
    reply = reply_with(payment_text(**replacements))
    fake.script("GET", "/payments/imp_1", reply, reply)
    # Core fields are strict for every client; the others for a strict one.
    users = [client, strict] if set(replacements) & CORE else [strict]
    for user in users:
        with pytest.raises(InvalidResponseError) as caught:
            user.find_by_imp_uid("imp_1")
        assert message in str(caught.value)
        assert caught.value.status == 200 and isinstance(caught.value.raw, dict)


def test_a_mismatch_never_shows_the_value(strict: Iamporter, fake: FakeIamport) -> None:
    fake.script("GET", "/payments/imp_1", reply_with(payment_text(card_number="4242424242424242")))
    with pytest.raises(InvalidResponseError) as caught:
        strict.find_by_imp_uid("imp_1")
    assert "response.card_number: expected a string, got an integer" in str(caught.value)
    assert "4242424242424242" not in str(caught.value) + repr(caught.value)


def test_async_client_checks_the_same_way(fake: FakeIamport) -> None:
    fake.script("GET", "/payments/imp_1", reply_with(payment_text(amount='"1"')))

    async def main() -> None:
        async with AsyncIamporter(API_KEY, API_SECRET, base_url=fake.base_url) as iamporter:
            with pytest.raises(InvalidResponseError, match=r"response\.amount: expected a number"):
                await iamporter.find_by_imp_uid("imp_1")

    asyncio.run(main())


def test_payment_models_never_hold_a_type_their_annotation_denies() -> None:
    with pytest.raises(SpecMismatchError, match="amount: expected a number, got a string"):
        Payment.from_dict({**payment(), "amount": "64900"})
    # Decoded without parse_float (as httpx's response.json() does), a float is read through
    # its shortest repr: the decimal the JSON text held.
    assert str(Payment.from_dict({**payment(), "amount": 10.5}).amount) == "10.5"


@pytest.mark.parametrize(
    ("amount", "currency", "wire"),
    [
        (Decimal("10.50"), "USD", b'"amount":10.50'),
        ("10.05", "USD", b'"amount":10.05'),
        (8900, None, b'"amount":8900'),
        (Decimal("8900.00"), "KRW", b'"amount":8900'),
    ],
)
def test_money_goes_out_exactly(
    client: Iamporter, fake: FakeIamport, amount: object, currency: str | None, wire: bytes
) -> None:
    prepared = {"merchant_uid": "m1", "amount": 1, "currency": currency}
    fake.script("POST", "/payments/prepare", Reply(200, envelope(prepared)))
    client.create_prepared_payment(merchant_uid="m1", amount=amount, currency=currency)  # type: ignore[arg-type]
    sent = [r for r in fake.requests if r.path == "/payments/prepare"][-1]
    assert wire in sent.body
    assert sent.headers["content-type"] == "application/json"


def test_a_broken_answer_to_a_payment_is_outcome_unknown_naming_the_field(
    client: Iamporter, fake: FakeIamport
) -> None:
    fake.script(
        "POST",
        "/subscribe/payments/again",
        Reply(200, '{"code":0,"message":null,"response":' + payment_text(amount='"1000"') + "}"),
    )
    with pytest.raises(PaymentOutcomeUnknownError) as caught:
        client.pay_subscription(customer_uid="c1", merchant_uid="m1", amount=1000, name="x")
    assert "response.amount: expected a number, got a string" in str(caught.value)
