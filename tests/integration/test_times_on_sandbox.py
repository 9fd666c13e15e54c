"""The models' `<field>_kst` accessors (issue #20, point 7) over real HTTP against the sandbox:
the moment the sandbox wrote, as an aware datetime in Korea Standard Time, and None for its 0."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx

from iamport_client import AsyncIamporter, Iamporter
from iamport_client.models import Payment
from iamport_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, Sandbox
from tests.typing.user_code import deposit_within_a_day, paid_in_seoul

CARD_NUMBER, EXPIRY, BIRTH = "4242-4242-4242-4242", "2030-12", "880101"
SEOUL = timezone(timedelta(hours=9))
# Midnight of New Year 2030 in Seoul, still 2029-12-31 in UTC: the date itself depends on the zone.
MOMENT = 1893423600
NEW_YEAR = datetime(2030, 1, 1, tzinfo=SEOUL)


def _freeze_at(sandbox: Sandbox, when: int) -> None:
    """Stop the sandbox clock at ``when`` through its admin API, as users do."""
    with httpx.Client(base_url=sandbox.base_url, timeout=5) as raw:
        assert raw.post("/__sandbox/clock", json={"freeze": True}).status_code == 200
        assert raw.post("/__sandbox/clock", json={"set": when}).json()["now"] == when


def _pay(client: Iamporter, merchant_uid: str) -> Payment:
    return client.pay_onetime(
        merchant_uid=merchant_uid, amount=1000, card_number=CARD_NUMBER, expiry=EXPIRY, birth=BIRTH
    ).data


def _raw(sandbox: Sandbox, client: Iamporter, path: str) -> Any:
    """The JSON the sandbox sends for ``path``, read without the client's models."""
    token = client.get_token().data.access_token
    with httpx.Client(base_url=sandbox.base_url, timeout=5) as raw:
        answer = raw.get(path, headers={"Authorization": token})
    assert answer.status_code == 200, answer.text
    return answer.json()["response"]


def test_a_paid_payment_reads_its_paid_time_in_kst(sandbox: Sandbox, iamporter: Iamporter) -> None:
    _freeze_at(sandbox, MOMENT)
    paid = _pay(iamporter, "kst-paid")
    assert paid.paid_at == MOMENT  # the raw integer is unchanged
    assert paid.paid_at_kst == NEW_YEAR
    assert paid.paid_at_kst is not None
    assert paid.paid_at_kst.isoformat() == "2030-01-01T00:00:00+09:00"
    assert paid.paid_at_kst.astimezone(UTC).isoformat() == "2029-12-31T15:00:00+00:00"
    assert paid.failed_at_kst is None and paid.cancelled_at_kst is None  # 0 on the wire
    # the typed user program (tests/typing/user_code.py, mypy --strict) on the same payment
    assert paid_in_seoul(paid) == "2030-01-01 00:00 KST = 2029-12-31 15:00 UTC"

    # the same payment looked up, against the sandbox's own JSON
    raw = _raw(sandbox, iamporter, f"/payments/{paid.imp_uid}")
    looked_up = iamporter.payments.get(paid.imp_uid).data
    assert raw["paid_at"] == MOMENT and raw["failed_at"] == 0
    for field in ("paid_at", "started_at"):
        moment = getattr(looked_up, f"{field}_kst")
        assert moment == datetime.fromtimestamp(raw[field], UTC)
        assert moment.utcoffset() == timedelta(hours=9) and moment.tzname() == "KST"


def test_a_payment_on_the_running_clock_is_paid_now(sandbox: Sandbox, iamporter: Iamporter) -> None:
    before = int(time.time())
    paid = _pay(iamporter, "kst-now")
    after = time.time()
    assert paid.paid_at_kst is not None
    assert before <= paid.paid_at_kst.timestamp() <= after
    assert paid.paid_at_kst.utcoffset() == timedelta(hours=9)


def test_an_unpaid_virtual_account_reads_none(sandbox: Sandbox, iamporter: Iamporter) -> None:
    _freeze_at(sandbox, MOMENT)
    issued = iamporter.vbanks.create(
        merchant_uid="kst-vbank", amount=30000, vbank_code="004", vbank_due=MOMENT + 86400
    ).data
    raw = _raw(sandbox, iamporter, f"/payments/{issued.imp_uid}")
    assert raw["status"] == "ready" and raw["paid_at"] == 0
    assert issued.paid_at == 0 and issued.paid_at_kst is None
    assert paid_in_seoul(issued) == "not paid (0)"
    assert iamporter.payments.get(issued.imp_uid).data.paid_at_kst is None
    assert issued.vbank_issued_at_kst == NEW_YEAR
    assert issued.vbank_date_kst == NEW_YEAR + timedelta(days=1)
    assert issued.vbank_date_kst is not None
    assert issued.vbank_date_kst.isoformat() == "2030-01-02T00:00:00+09:00"


def test_a_schedule_reads_none_until_it_runs(sandbox: Sandbox, iamporter: Iamporter) -> None:
    _freeze_at(sandbox, MOMENT)
    iamporter.billing_keys.create(
        "kst-customer", card_number=CARD_NUMBER, expiry=EXPIRY, birth=BIRTH
    )
    made = iamporter.schedules.create(
        customer_uid="kst-customer",
        schedules=[{"merchant_uid": "kst-s1", "schedule_at": MOMENT + 3600, "amount": 1000}],
    ).data[0]
    assert made.schedule_at_kst == NEW_YEAR + timedelta(hours=1)
    assert made.executed_at_kst is None and made.revoked_at_kst is None
    with httpx.Client(base_url=sandbox.base_url, timeout=5) as raw:
        assert raw.post("/__sandbox/clock", json={"advance": 3600}).status_code == 200
    ran = iamporter.schedules.get("kst-s1").data
    assert ran.schedule_status is not None and ran.schedule_status.value == "executed"
    assert ran.executed_at_kst == NEW_YEAR + timedelta(hours=1)
    assert ran.executed_at_kst is not None and ran.executed_at_kst.hour == 1
    key = iamporter.billing_keys.get("kst-customer").data
    assert key.inserted_kst == NEW_YEAR


def test_the_token_reads_its_times_in_kst(sandbox: Sandbox, iamporter: Iamporter) -> None:
    _freeze_at(sandbox, MOMENT)
    # `client.auth.get_token` answers with the generated `Token` model (`client.get_token` with
    # the wrapper's own `AccessToken`, which has its `lifetime` instead)
    token = iamporter.auth.get_token(imp_key=DEFAULT_API_KEY, imp_secret=DEFAULT_API_SECRET).data
    assert token.now_kst == NEW_YEAR
    assert token.expired_at_kst is not None and token.now_kst is not None
    assert token.expired_at_kst - token.now_kst == timedelta(seconds=token.expired_at - token.now)
    assert token.expired_at_kst > token.now_kst


def test_the_async_client_reads_the_same(sandbox: Sandbox) -> None:
    _freeze_at(sandbox, MOMENT)

    async def main() -> tuple[datetime | None, datetime | None]:
        async with AsyncIamporter(base_url=sandbox.base_url, timeout=5.0) as client:
            paid = (
                await client.pay_onetime(
                    merchant_uid="kst-async",
                    amount=1000,
                    card_number=CARD_NUMBER,
                    expiry=EXPIRY,
                    birth=BIRTH,
                )
            ).data
            again = (await client.payments.get(paid.imp_uid)).data
            return paid.paid_at_kst, again.cancelled_at_kst

    paid_at, cancelled_at = asyncio.run(main())
    assert paid_at == NEW_YEAR and cancelled_at is None


def test_a_cancelled_payment_reads_its_cancel_time(sandbox: Sandbox, iamporter: Iamporter) -> None:
    _freeze_at(sandbox, MOMENT)
    paid = _pay(iamporter, "kst-cancel")
    with httpx.Client(base_url=sandbox.base_url, timeout=5) as raw:
        assert raw.post("/__sandbox/clock", json={"advance": 90}).status_code == 200
    cancelled = iamporter.payments.cancel(imp_uid=paid.imp_uid, reason="test").data
    assert cancelled.status.value == "cancelled"
    assert cancelled.paid_at_kst == NEW_YEAR
    assert cancelled.cancelled_at_kst == NEW_YEAR + timedelta(seconds=90)
    assert [c.cancelled_at_kst for c in cancelled.cancel_history or []] == [
        NEW_YEAR + timedelta(seconds=90)
    ]


def test_an_aware_datetime_argument_comes_back_as_the_same_moment(
    sandbox: Sandbox, iamporter: Iamporter
) -> None:
    # the typed user program (tests/typing/user_code.py) gives `vbank_due` as a datetime
    before = datetime.now(UTC).replace(microsecond=0)
    due = deposit_within_a_day(iamporter, "kst-due")
    after = datetime.now(UTC)
    assert due is not None and due.tzname() == "KST"
    assert before + timedelta(days=1) <= due <= after + timedelta(days=1)
    # and a schedule given in another zone is the same moment in Korea
    iamporter.billing_keys.create("kst-zones", card_number=CARD_NUMBER, expiry=EXPIRY, birth=BIRTH)
    in_la = datetime(2030, 1, 1, 7, 0, tzinfo=timezone(timedelta(hours=-8)))  # 00:00 KST, Jan 2
    made = iamporter.schedules.create(
        customer_uid="kst-zones",
        schedules=[{"merchant_uid": "kst-z1", "schedule_at": in_la, "amount": 1000}],
    ).data[0]
    assert made.schedule_at == int(in_la.timestamp())
    assert made.schedule_at_kst == in_la
    assert made.schedule_at_kst is not None
    assert made.schedule_at_kst.isoformat() == "2030-01-02T00:00:00+09:00"
    listed = iamporter.schedules.list(
        schedule_from=NEW_YEAR, schedule_to=NEW_YEAR + timedelta(days=2)
    ).data
    assert [s.merchant_uid for s in listed.list_] == ["kst-z1"]
