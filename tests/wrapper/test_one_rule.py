"""Each rule in one place: ``resolve_payment`` checks an order id with ``find_by_merchant_uid``'s
operation table (the spec's constraints), both clients default ``wait`` to the one constant,
and every call built from a table names its spec operation (what the drift report prints)."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import pytest

from iamport_client import AsyncIamporter, Iamporter, ValidationError, _calls, _defaults, _resolve
from iamport_client._build import build
from iamport_client._core import operation_of
from tests.support import spec_ops
from tests.support.fake_iamport import FakeIamport, Reply, envelope, payment

#: The lookup behind ``find_by_merchant_uid`` without a status: the one of its operations
#: whose route names the order alone.
LOOKUP = min(
    (op for op in spec_ops.OPERATIONS if "find_by_merchant_uid" in op.seed),
    key=lambda op: op.path.count("{"),
)
(ORDER_ID,) = [f for f in LOOKUP.table.fields if f.py == "merchant_uid"]


def _bad_order_ids() -> list[Any]:
    """Order ids the spec's table for the lookup refuses, derived from its constraints."""
    longest = ORDER_ID.limits["maxLength"]
    return ["", "   ", ".", "..", "m" * (longest + 1), 42, None]


@pytest.mark.parametrize("bad", _bad_order_ids(), ids=repr)
def test_resolve_payment_refuses_what_the_lookups_table_refuses_and_sends_nothing(
    client: Iamporter, async_client: AsyncIamporter, fake: FakeIamport, bad: Any
) -> None:
    with pytest.raises(ValidationError) as rule:
        _calls.find_by_merchant_uid(bad)
    with pytest.raises(ValidationError) as sync:
        client.resolve_payment(bad, wait=0)

    async def resolve() -> None:
        async with async_client:
            await async_client.resolve_payment(bad, wait=0)

    with pytest.raises(ValidationError) as asynchronous:
        asyncio.run(resolve())
    assert str(sync.value) == str(asynchronous.value) == str(rule.value)
    assert sync.value.field == rule.value.field == "merchant_uid"
    assert fake.count() == 0  # not even a token was asked for


def test_resolve_payment_looks_the_order_up_by_the_lookups_route(
    client: Iamporter, fake: FakeIamport
) -> None:
    mid = "m" * ORDER_ID.limits["maxLength"]  # the longest id the spec allows
    route = LOOKUP.path.replace("{merchant_uid}", mid)
    fake.script("GET", route, Reply(200, envelope(payment("imp_1", merchant_uid=mid))))
    assert client.resolve_payment(mid, wait=1).data.merchant_uid == mid
    assert fake.count("GET", route) == 1


def test_both_clients_wait_the_one_default() -> None:
    for cls in (Iamporter, AsyncIamporter):
        wait = inspect.signature(cls.resolve_payment).parameters["wait"]
        assert wait.default is _defaults.DEFAULT_WAIT, cls
    assert _resolve.DEFAULT_WAIT is _defaults.DEFAULT_WAIT


@pytest.mark.parametrize("op", spec_ops.OPERATIONS, ids=lambda op: op.op_id)
def test_every_call_names_its_spec_operation(op: spec_ops.SpecOperation) -> None:
    call = build(op.table, spec_ops.required_arguments(op.table))
    assert call.operation == operation_of(call) == op.op_id
