"""Tolerant reader, strict core (#17-2), over real HTTP against the scriptable fake.

A server that writes fractional seconds, a string ``card_type``, an unknown enum value or an
unknown member gets results, and one WARNING per (operation, field path, observed type) on
``iamport_client.drift`` naming path and types, never the value. ``strict=True`` (or
``IAMPORT_STRICT=1``) turns each of those into InvalidResponseError. Core fields (marked in the
spec) stay strict for everyone.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from iamport_client import (
    AsyncIamporter,
    Iamporter,
    InvalidResponseError,
    PaymentOutcomeUnknownError,
)
from iamport_client.models import PaymentStatus
from tests.support.fake_iamport import API_KEY, API_SECRET, FakeIamport, Reply, envelope, payment

SPEC = yaml.safe_load((Path(__file__).parents[2] / "spec" / "iamport.yaml").read_text("utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]

FRACTION = 1764600000.123


def billing_key(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "customer_uid": "cust_1",
        "pg_provider": "nice",
        "pg_id": "nictest04m",
        "card_name": "BC카드",
        "card_code": "361",
        "card_number": "536112******1234",
        "card_type": 0,
        "inserted": 1764600000,
        "updated": 1764600000,
    }
    base.update(overrides)
    return base


def drifting(text_overrides: dict[str, Any]) -> Reply:
    return Reply(200, envelope(text_overrides))


@pytest.fixture
def strict(fake: FakeIamport) -> Iterator[Iamporter]:
    with Iamporter(API_KEY, API_SECRET, base_url=fake.base_url, timeout=2.0, strict=True) as c:
        yield c


def drift_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "iamport_client.drift"]


# ----------------------------------------------------------------------- the spec's marks


def test_every_core_mark_names_a_property_of_its_schema() -> None:
    marked = {n: s for n, s in SCHEMAS.items() if "x-iamport-core" in s}
    assert marked, "the spec marks no core field"
    for name, schema in marked.items():
        core = schema["x-iamport-core"]
        assert isinstance(core, list) and core, name
        assert set(core) <= set(schema.get("properties", {})), name


def test_every_envelope_keeps_code_message_and_response_core() -> None:
    for name, schema in SCHEMAS.items():
        if name.endswith("Envelope"):
            assert set(schema.get("x-iamport-core", [])) == set(schema["properties"]), name


def test_ids_amounts_currency_and_status_are_core_wherever_an_answer_has_them() -> None:
    decisive = {"imp_uid", "merchant_uid", "amount", "cancel_amount", "currency", "status"}
    for name in ("Payment", "Schedule", "PreparedPayment", "BillingKey", "Token"):
        schema = SCHEMAS[name]
        must = set(schema["properties"]) & decisive
        if name == "Token":
            must = {"access_token", "now", "expired_at"}
        if name == "BillingKey":
            must = {"customer_uid"}
        assert must <= set(schema["x-iamport-core"]), name


# ----------------------------------------------------------------------- tolerated


def test_fractional_seconds_and_string_card_type_are_kept_and_reported_once(
    client: Iamporter, fake: FakeIamport, caplog: pytest.LogCaptureFixture
) -> None:
    answer = payment("imp_1", paid_at=FRACTION, started_at=FRACTION, card_type="card")
    fake.script(
        "GET", "/payments/imp_1", Reply(200, envelope(answer)), Reply(200, envelope(answer))
    )
    caplog.set_level(logging.WARNING, logger="iamport_client.drift")
    first = client.find_by_imp_uid("imp_1").data
    second = client.payments.get("imp_1").data
    assert first.paid_at == 1764600000 and type(first.paid_at) is int
    assert first.started_at == 1764600000
    assert first.card_type == "card"  # kept as sent
    assert second.paid_at == 1764600000 and first.amount == Decimal(64900)
    records = drift_records(caplog)
    texts = [r.getMessage() for r in records]
    # One per (operation, path, observed type): three fields, twice called, three lines.
    assert len(records) == 3, texts
    assert all(r.levelno == logging.WARNING for r in records)
    joined = "\n".join(texts)
    for path in ("response.paid_at", "response.started_at", "response.card_type"):
        assert sum(path in t for t in texts) == 1, path
    assert "get_payment" in joined and "an integer" in joined and "a string" in joined
    assert "1764600000" not in joined and "'card'" not in joined and '"card"' not in joined


def test_billing_key_answers_with_card_type_card_work(
    client: Iamporter, fake: FakeIamport, caplog: pytest.LogCaptureFixture
) -> None:
    key = billing_key(card_type="card")
    for method in ("POST", "GET", "DELETE"):
        fake.script(method, "/subscribe/customers/cust_1", Reply(200, envelope(key)))
    caplog.set_level(logging.WARNING, logger="iamport_client.drift")
    created = client.billing_keys.create(
        "cust_1", card_number="4242-4242-4242-4242", expiry="2030-12", birth="880101"
    )
    got = client.billing_keys.get("cust_1")
    deleted = client.billing_keys.delete("cust_1")
    for result in (created, got, deleted):
        assert result.data.customer_uid == "cust_1" and result.data.card_type == "card"
    texts = [r.getMessage() for r in drift_records(caplog)]
    assert len(texts) == 3 and all("response.card_type" in t for t in texts)  # one per operation


def test_a_charge_answered_with_fractional_seconds_is_a_result_not_outcome_unknown(
    client: Iamporter, fake: FakeIamport
) -> None:
    answer = payment("imp_9", merchant_uid="m-9", paid_at=FRACTION, card_type="card")
    fake.script("POST", "/subscribe/payments/onetime", Reply(200, envelope(answer)))
    paid = client.pay_onetime(
        merchant_uid="m-9",
        amount=64900,
        card_number="4242-4242-4242-4242",
        expiry="2030-12",
        birth="880101",
    ).data
    assert paid.status is PaymentStatus.PAID and paid.paid_at == 1764600000


def test_unknown_enum_values_and_unknown_members_are_kept_and_readable(
    client: Iamporter, fake: FakeIamport, caplog: pytest.LogCaptureFixture
) -> None:
    schedule = {
        "customer_uid": "cust_1",
        "merchant_uid": "sch-1",
        "schedule_at": 1764600000,
        "amount": 1000,
        "schedule_status": "paused",
        "new_member": {"depth": [1, 2]},
    }
    fake.script("GET", "/subscribe/payments/schedule/sch-1", Reply(200, envelope(schedule)))
    caplog.set_level(logging.WARNING, logger="iamport_client.drift")
    got = client.schedules.get("sch-1").data
    assert got.schedule_status == "paused" and isinstance(got.schedule_status, str)
    assert got["new_member"] == {"depth": [1, 2]} and "new_member" in got.additional_keys
    assert got.to_dict()["schedule_status"] == "paused"
    texts = "\n".join(r.getMessage() for r in drift_records(caplog))
    assert "response.schedule_status" in texts and "response.new_member" in texts
    assert "paused" not in texts and "depth" not in texts


def test_an_integer_where_a_string_belongs_reads_as_its_text(
    client: Iamporter, fake: FakeIamport
) -> None:
    fake.script("GET", "/payments/imp_1", Reply(200, envelope(payment("imp_1", apply_num=3001))))
    assert client.find_by_imp_uid("imp_1").data.apply_num == "3001"


def test_token_times_may_be_fractional(fake: FakeIamport) -> None:
    fake.server_now = time.time  # type: ignore[assignment] - fractional now and expired_at
    for strict in (False, True):
        with Iamporter(API_KEY, API_SECRET, base_url=fake.base_url, strict=strict) as c:
            token = c.get_token().data
            assert type(token.now) is int and token.lifetime in (1799, 1800, 1801)
            fake.script("GET", "/payments/imp_1", Reply(200, envelope(payment("imp_1"))))
            assert c.find_by_imp_uid("imp_1").data.imp_uid == "imp_1"  # authenticated calls work
    with Iamporter(API_KEY, API_SECRET, base_url=fake.base_url) as c:
        resource = c.auth.get_token(imp_key=API_KEY, imp_secret=API_SECRET).data
        assert type(resource.now) is int and type(resource.expired_at) is int


# ----------------------------------------------------------------------- strict


@pytest.mark.parametrize(
    ("overrides", "path"),
    [
        ({"paid_at": FRACTION}, "response.paid_at"),
        ({"card_type": "card"}, "response.card_type"),
        ({"extra_member": 1}, "response.extra_member"),
        ({"apply_num": 3001}, "response.apply_num"),
    ],
)
def test_strict_turns_every_deviation_into_invalid_response(
    strict: Iamporter, fake: FakeIamport, overrides: dict[str, Any], path: str
) -> None:
    fake.script("GET", "/payments/imp_1", Reply(200, envelope(payment("imp_1", **overrides))))
    with pytest.raises(InvalidResponseError, match=path.replace(".", r"\.")):
        strict.find_by_imp_uid("imp_1")


def test_strict_billing_key_and_money_answers(strict: Iamporter, fake: FakeIamport) -> None:
    fake.script(
        "GET", "/subscribe/customers/cust_1", Reply(200, envelope(billing_key(card_type="card")))
    )
    with pytest.raises(InvalidResponseError, match="card_type"):
        strict.billing_keys.get("cust_1")
    answer = payment("imp_9", merchant_uid="m-9", paid_at=FRACTION)
    fake.script("POST", "/subscribe/payments/onetime", Reply(200, envelope(answer)))
    with pytest.raises(InvalidResponseError) as caught:
        strict.pay_onetime(
            merchant_uid="m-9", amount=64900, card_number="4242-4242-4242-4242", expiry="2030-12"
        )
    # A money call's refused answer is also outcome-unknown, naming the order.
    assert isinstance(caught.value, PaymentOutcomeUnknownError)
    assert caught.value.merchant_uid == "m-9" and "response.paid_at" in str(caught.value)


def test_iamport_strict_environment_variable(
    fake: FakeIamport, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IAMPORT_STRICT", "1")
    fake.script("GET", "/payments/imp_1", Reply(200, envelope(payment("imp_1", card_type="card"))))
    with Iamporter(API_KEY, API_SECRET, base_url=fake.base_url) as c:
        with pytest.raises(InvalidResponseError, match="card_type"):
            c.find_by_imp_uid("imp_1")
    fake.script("GET", "/payments/imp_1", Reply(200, envelope(payment("imp_1", card_type="card"))))
    with Iamporter(API_KEY, API_SECRET, base_url=fake.base_url, strict=False) as c:
        assert c.find_by_imp_uid("imp_1").data.card_type == "card"  # the argument wins


def test_async_client_is_tolerant_and_strict_alike(fake: FakeIamport) -> None:
    answer = envelope(payment("imp_1", paid_at=FRACTION, card_type="card"))
    fake.script("GET", "/payments/imp_1", Reply(200, answer), Reply(200, answer))

    async def main() -> None:
        async with AsyncIamporter(API_KEY, API_SECRET, base_url=fake.base_url) as c:
            assert (await c.find_by_imp_uid("imp_1")).data.paid_at == 1764600000
        async with AsyncIamporter(API_KEY, API_SECRET, base_url=fake.base_url, strict=True) as c:
            with pytest.raises(InvalidResponseError):
                await c.find_by_imp_uid("imp_1")

    asyncio.run(main())


# ----------------------------------------------------------------------- the core stays strict


@pytest.mark.parametrize(
    ("overrides", "fragment"),
    [
        ({"amount": "64900"}, "response.amount: expected a number, got a string"),
        ({"cancel_amount": "0"}, "response.cancel_amount"),
        ({"currency": 410}, "response.currency"),
        ({"status": "refunded"}, "response.status"),
        ({"imp_uid": 1}, "response.imp_uid"),
        ({"merchant_uid": None}, "response.merchant_uid"),
    ],
)
def test_a_core_field_of_the_wrong_type_is_still_an_error(
    client: Iamporter, fake: FakeIamport, overrides: dict[str, Any], fragment: str
) -> None:
    body = {**payment("imp_1"), **overrides}
    fake.script("GET", "/payments/imp_1", Reply(200, envelope(body)))
    with pytest.raises(InvalidResponseError) as caught:
        client.find_by_imp_uid("imp_1")
    assert fragment in str(caught.value)


def test_a_string_amount_in_a_charge_answer_is_outcome_unknown(
    client: Iamporter, fake: FakeIamport
) -> None:
    answer = payment("imp_9", merchant_uid="m-9", amount="64900")
    fake.script("POST", "/subscribe/payments/onetime", Reply(200, json.dumps(envelope(answer))))
    with pytest.raises(PaymentOutcomeUnknownError) as caught:
        client.pay_onetime(
            merchant_uid="m-9", amount=64900, card_number="4242-4242-4242-4242", expiry="2030-12"
        )
    assert caught.value.merchant_uid == "m-9" and "resolve_payment" in str(caught.value)


def test_the_clients_own_token_answer_reports_its_drift_but_is_never_refused(
    fake: FakeIamport, caplog: pytest.LogCaptureFixture
) -> None:
    fake.server_now = time.time  # type: ignore[assignment]
    caplog.set_level(logging.WARNING, logger="iamport_client.drift")
    with Iamporter(API_KEY, API_SECRET, base_url=fake.base_url, strict=True) as c:
        fake.script("GET", "/payments/imp_1", Reply(200, envelope(payment("imp_1"))))
        assert c.find_by_imp_uid("imp_1").data.imp_uid == "imp_1"
    texts = "\n".join(r.getMessage() for r in drift_records(caplog))
    assert "get_token: response.now" in texts and "response.expired_at" in texts


def test_deviations_inside_lists_are_reported_once_per_field(
    client: Iamporter, fake: FakeIamport, caplog: pytest.LogCaptureFixture
) -> None:
    page = {
        "total": 3,
        "previous": 0,
        "next": 0,
        "list": [payment(f"imp_{i}", paid_at=FRACTION + i) for i in range(3)],
    }
    fake.script("GET", "/payments/status/all", Reply(200, envelope(page)))
    caplog.set_level(logging.WARNING, logger="iamport_client.drift")
    got = client.payments.list_by_status(payment_status="all").data
    assert [p.paid_at for p in got.list_] == [1764600000, 1764600001, 1764600002]
    texts = [r.getMessage() for r in drift_records(caplog)]
    assert len(texts) == 1 and "response.list[].paid_at" in texts[0]
