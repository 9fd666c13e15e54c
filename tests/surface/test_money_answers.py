"""Every money operation of the spec x (declined, pending, lost answer, unreadable answer), on
the sync and async clients alike.

- A payment answer with ``status: failed`` is a ``PaymentFailedError`` (``x-iamport.check``);
  a ``ready`` card payment is ``PaymentPendingError``, never a decline.
- A lost or unreadable answer is ``PaymentOutcomeUnknownError`` naming every order the request
  named (``x-iamport.order``: ``merchant_uid``, ``schedules[].merchant_uid``, ``imp_uid``),
  and the request is never resent.

Operations, order places and checks come from the spec: a new money operation is attacked here
without editing this file.
"""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import quote

import pytest

from iamport_client import (
    AsyncIamporter,
    Iamporter,
    IamporterError,
    PaymentFailedError,
    PaymentOutcomeUnknownError,
    PaymentPendingError,
)
from tests.support import fake_iamport, spec_ops
from tests.support.fake_iamport import FakeIamport, Reply, envelope, payment

MONEY = [op for op in spec_ops.OPERATIONS if op.kind == "money"]
#: Money operations answered with a payment that can be declined (a cancel's answer is the
#: refunded payment: its check is that it is the payment asked for).
DECLINABLE = [
    op for op in MONEY if op.table.envelope == "PaymentEnvelope" and op.table.check != "cancelled"
]
ISSUING = [op for op in DECLINABLE if op.table.check == "issued"]
CHARGING = [op for op in DECLINABLE if op.table.check != "issued"]


def money_call(op: spec_ops.SpecOperation) -> tuple[dict[str, Any], str, list[str], str | None]:
    """Arguments naming distinct orders, the request path, the merchant_uids and imp_uid named."""
    args = spec_ops.required_arguments(op.table)
    py = {f.name: f.py for f in op.table.fields}
    merchant_uids: list[str] = []
    imp_uid = None
    for n, place in enumerate(op.table.order):
        field, _, member = place.partition("[].")
        if member:  # a list of orders: two of them, both must be named
            item = args[py[field]][0]
            ids = [f"order_{op.op_id}_{i}"[:40] for i in (1, 2)]
            args[py[field]] = [{**item, member: uid} for uid in ids]
        else:
            ids = [f"{field[:3]}_{op.op_id}_{n}"[:40]]
            args[py[field]] = ids[0]
        if (member or field).endswith("imp_uid"):
            imp_uid = imp_uid or ids[0]
        else:
            merchant_uids.extend(ids)
    path_args = {
        f.name: quote(str(args[f.py]), safe="") for f in op.table.fields if f.where == "path"
    }
    return args, op.path.format(**path_args), merchant_uids, imp_uid


def _method(client: Any, op: spec_ops.SpecOperation) -> Any:
    return getattr(getattr(client, op.resource), op.method)


def _sync(fake: FakeIamport, op: spec_ops.SpecOperation, args: dict[str, Any]) -> Any:
    with Iamporter(
        fake_iamport.API_KEY, fake_iamport.API_SECRET, base_url=fake.base_url, timeout=3.0
    ) as c:
        return _method(c, op)(**args)


def _async(fake: FakeIamport, op: spec_ops.SpecOperation, args: dict[str, Any]) -> Any:
    async def run() -> Any:
        async with AsyncIamporter(
            fake_iamport.API_KEY, fake_iamport.API_SECRET, base_url=fake.base_url, timeout=3.0
        ) as c:
            return await _method(c, op)(**args)

    return asyncio.run(run())


RUNNERS = [pytest.param(_sync, id="sync"), pytest.param(_async, id="async")]


def _answered(
    op: spec_ops.SpecOperation, merchant_uids: list[str], imp_uid: str | None, **kw: Any
) -> dict[str, Any]:
    ids: dict[str, Any] = {}
    if merchant_uids:
        ids["merchant_uid"] = merchant_uids[0]
    return payment(imp_uid or "imp_answer_1", **ids, **kw)


@pytest.mark.parametrize("run", RUNNERS)
@pytest.mark.parametrize("op", DECLINABLE, ids=lambda op: op.op_id)
def test_a_declined_payment_answered_with_code_0_is_a_payment_failed_error(
    fake: FakeIamport, op: spec_ops.SpecOperation, run: Any
) -> None:
    args, path, merchant_uids, imp_uid = money_call(op)
    declined = _answered(op, merchant_uids, imp_uid, status="failed", fail_reason="한도 초과")
    fake.script(op.http, path, Reply(200, envelope(declined)))
    with pytest.raises(PaymentFailedError) as caught:
        run(fake, op, args)
    assert caught.value.fail_reason == "한도 초과"
    assert fake.count(op.http, path) == 1


@pytest.mark.parametrize("run", RUNNERS)
@pytest.mark.parametrize("op", CHARGING, ids=lambda op: op.op_id)
def test_a_ready_card_payment_is_pending_never_declined(
    fake: FakeIamport, op: spec_ops.SpecOperation, run: Any
) -> None:
    args, path, merchant_uids, imp_uid = money_call(op)
    fake.script(
        op.http, path, Reply(200, envelope(_answered(op, merchant_uids, imp_uid, status="ready")))
    )
    with pytest.raises(PaymentPendingError) as caught:
        run(fake, op, args)
    assert not isinstance(caught.value, PaymentFailedError)


@pytest.mark.parametrize("run", RUNNERS)
@pytest.mark.parametrize("op", ISSUING, ids=lambda op: op.op_id)
def test_an_issued_account_waiting_for_its_deposit_is_success(
    fake: FakeIamport, op: spec_ops.SpecOperation, run: Any
) -> None:
    args, path, merchant_uids, imp_uid = money_call(op)
    fake.script(
        op.http, path, Reply(200, envelope(_answered(op, merchant_uids, imp_uid, status="ready")))
    )
    assert run(fake, op, args).data.status.value == "ready"


@pytest.mark.parametrize("run", RUNNERS)
@pytest.mark.parametrize(
    "op", [op for op in MONEY if op.table.envelope == "PaymentEnvelope"], ids=lambda op: op.op_id
)
def test_an_answer_about_another_order_is_outcome_unknown(
    fake: FakeIamport, op: spec_ops.SpecOperation, run: Any
) -> None:
    args, path, _, _ = money_call(op)
    other = payment("imp_someone_else", merchant_uid="order_someone_else")
    fake.script(op.http, path, Reply(200, envelope(other)))
    with pytest.raises(PaymentOutcomeUnknownError):
        run(fake, op, args)


ANSWERS_LOST = {
    "dropped": Reply(drop=True),
    "html-200": Reply(200, "<html>proxy error</html>", content_type="text/html"),
    "unparsable-payment": Reply(200, envelope({"status": 12})),
    "html-502": Reply(502, "<html>bad gateway</html>", content_type="text/html"),
}


@pytest.mark.parametrize("run", RUNNERS)
@pytest.mark.parametrize("answer", list(ANSWERS_LOST))
@pytest.mark.parametrize("op", MONEY, ids=lambda op: op.op_id)
def test_a_lost_or_unreadable_answer_names_every_order_and_is_not_resent(
    fake: FakeIamport, op: spec_ops.SpecOperation, answer: str, run: Any
) -> None:
    args, path, merchant_uids, imp_uid = money_call(op)
    assert merchant_uids or imp_uid, f"{op.op_id}: the spec names no order"
    fake.script(op.http, path, ANSWERS_LOST[answer])
    with pytest.raises(IamporterError) as caught:
        run(fake, op, args)
    error = caught.value
    assert isinstance(error, PaymentOutcomeUnknownError), (type(error), error)
    for uid in [*merchant_uids, *([imp_uid] if imp_uid else [])]:
        assert uid in str(error), (uid, str(error))
    assert error.merchant_uid == (merchant_uids[0] if merchant_uids else None)
    if imp_uid and not merchant_uids:
        assert error.imp_uid == imp_uid
    assert "look up POST" not in str(error)
    assert fake.count(op.http, path) == 1, "a money request was resent"
