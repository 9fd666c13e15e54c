"""The resource surface generated from the spec: per-call options, auto-paging, the seed
methods' twins, and the risk classes of the spec at work over real HTTP."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from iamport_client import (
    AsyncIamporter,
    Iamporter,
    IamporterError,
    PaymentFailedError,
    PaymentOutcomeUnknownError,
    RequestTimeoutError,
    ValidationError,
)
from iamport_client import _resources as r
from iamport_sandbox import Sandbox
from tests.support import fake_iamport, spec_ops
from tests.support.fake_iamport import FakeIamport, Reply, envelope, payment

CARD = {"card_number": "5361-1234-5678-9012", "expiry": "2030-11", "birth": "620201"}


def _fake_client(fake: FakeIamport, **options: Any) -> Iamporter:
    return Iamporter(
        fake_iamport.API_KEY, fake_iamport.API_SECRET, base_url=fake.base_url, **options
    )


# ------------------------------------------------------------------------------ with_options


def test_with_options_bounds_one_call_while_the_client_keeps_its_default(
    fake: FakeIamport,
) -> None:
    slow = "/payments/imp_slow"
    fake.script("GET", slow, Reply(200, envelope(payment("imp_slow")), delay=1.0))
    fake.script("GET", slow, Reply(200, envelope(payment("imp_slow")), delay=0.5))
    with _fake_client(fake) as client:
        quick = client.with_options(timeout=0.2, max_retries=0)
        started = time.monotonic()
        with pytest.raises(RequestTimeoutError):
            quick.payments.get("imp_slow")
        assert time.monotonic() - started < 0.9
        # The client itself still waits its default 30 s: the slow answer arrives.
        assert client.payments.get("imp_slow").data.imp_uid == "imp_slow"
        assert client.with_options()._timeout.read == 30.0
        assert quick._timeout.read == 0.2
    # One token for both: the view shares the client's token cache.
    assert fake.count("POST", "/users/getToken") == 1


def test_a_view_follows_the_root_clients_current_pool(fake: FakeIamport) -> None:
    with _fake_client(fake) as client:
        view = client.with_options(timeout=1.0)
        view.payments.get("imp_1")
        client._after_fork()  # what a forked child does: a new pool for the root
        assert view._http is client._http
        view.payments.get("imp_2")
        assert view.with_options(max_retries=0)._root is client
    assert fake.count("POST", "/users/getToken") == 1


def test_an_async_view_uses_the_root_pool_of_the_running_loop(fake: FakeIamport) -> None:
    async def run() -> None:
        async with AsyncIamporter(
            fake_iamport.API_KEY, fake_iamport.API_SECRET, base_url=fake.base_url
        ) as client:
            view = client.with_options(timeout=1.0)
            await view.payments.get("imp_1")
            await client.payments.get("imp_2")
            assert view._pool is client._pool
            assert len(client._loops) == 1

    asyncio.run(run())
    asyncio.run(run())  # another loop, another client: no stale pool leaks through a view
    assert fake.count("POST", "/users/getToken") == 2


def test_leaving_a_views_with_block_keeps_the_client_open(fake: FakeIamport) -> None:
    with _fake_client(fake) as client:
        with client.with_options(timeout=1.0) as quick:
            quick.payments.get("imp_1")
        client.payments.get("imp_2")  # still open

    async def run() -> None:
        async with AsyncIamporter(
            fake_iamport.API_KEY, fake_iamport.API_SECRET, base_url=fake.base_url
        ) as client:
            async with client.with_options(max_retries=0) as quick:
                await quick.payments.get("imp_3")
            await client.payments.get("imp_4")

    asyncio.run(run())
    assert fake.count("GET", "/payments/imp_4") == 1


def test_with_options_refuses_bad_values(fake: FakeIamport) -> None:
    with _fake_client(fake) as client:
        for bad in ({"timeout": 0}, {"timeout": True}, {"max_retries": -1}, {"deadline": 0}):
            with pytest.raises(ValidationError):
                client.with_options(**bad)


def test_a_view_retries_reads_as_told_and_never_resends_money(fake: FakeIamport) -> None:
    fake.script("GET", "/payments/imp_flaky", Reply(500, envelope(None, -1, "busy")))
    with _fake_client(fake) as client:
        client.with_options(max_retries=1).payments.get("imp_flaky")
        assert fake.count("GET", "/payments/imp_flaky") == 2
        fake.script("POST", "/subscribe/payments/again", Reply(drop=True))
        with pytest.raises(PaymentOutcomeUnknownError) as caught:
            client.with_options(max_retries=5).billing_keys.pay(
                customer_uid="cust_1", merchant_uid="order_9", amount=1000, name="x"
            )
        assert caught.value.merchant_uid == "order_9"
        assert fake.count("POST", "/subscribe/payments/again") == 1


# ------------------------------------------------------------------------------ checks


def test_a_declined_payment_raises_through_the_resource_method(fake: FakeIamport) -> None:
    declined = payment("imp_d", merchant_uid="order_d", status="failed", fail_reason="한도초과")
    fake.script("POST", "/subscribe/payments/again", Reply(200, envelope(declined)))
    with _fake_client(fake) as client, pytest.raises(PaymentFailedError) as caught:
        client.billing_keys.pay(customer_uid="c", merchant_uid="order_d", amount=1000, name="x")
    assert caught.value.fail_reason == "한도초과"


def test_plain_values_and_models_build_the_same_body(fake: FakeIamport) -> None:
    from iamport_api.models import CancelRequest

    with _fake_client(fake) as client:
        for extra in ({"reason": "r"}, CancelRequest(imp_uid="imp_1", reason="r")):
            with pytest.raises(IamporterError):  # the fake knows no cancels: a 404
                client.payments.cancel(imp_uid="imp_1", amount=Decimal("1000"), extra_body=extra)
        bodies = [seen.body for seen in fake.requests if seen.path == "/payments/cancel"]
    assert len(bodies) == 2
    assert [json.loads(body) for body in bodies] == [
        {"imp_uid": "imp_1", "amount": 1000, "reason": "r"}
    ] * 2


def test_money_is_never_a_float(fake: FakeIamport) -> None:
    with _fake_client(fake) as client:
        for bad in (1000.0, float("nan"), True, "ten"):
            with pytest.raises(ValidationError) as caught:
                client.payments.cancel(imp_uid="imp_1", amount=bad)  # type: ignore[arg-type]
            assert caught.value.field == "amount"
    assert fake.count() == 0


# ------------------------------------------------------------------------------ seed twins

Seed = Callable[[Any], Any]

#: seed method call -> the same request through the resource surface.
TWINS: dict[str, tuple[Seed, Seed]] = {
    "create_subscription": (lambda c: c.create_subscription(customer_uid="c1", **CARD), lambda c: c.billing_keys.create("c1", **CARD)),
    "get_subscription": (lambda c: c.get_subscription("c1"), lambda c: c.billing_keys.get("c1")),
    "delete_subscription": (lambda c: c.delete_subscription("c1"), lambda c: c.billing_keys.delete("c1")),
    "pay_subscription": (lambda c: c.pay_subscription(customer_uid="c1", merchant_uid="o1", amount=1000, name="n"), lambda c: c.billing_keys.pay(customer_uid="c1", merchant_uid="o1", amount=1000, name="n")),
    "pay_onetime": (lambda c: c.pay_onetime(merchant_uid="o1", amount=1000, **CARD), lambda c: c.payments.pay_onetime(merchant_uid="o1", amount=1000, **CARD)),
    "pay_foreign": (lambda c: c.pay_foreign(merchant_uid="o1", amount=1000, card_number=CARD["card_number"], expiry="2030-11"), lambda c: c.payments.pay_foreign(merchant_uid="o1", amount=1000, card_number=CARD["card_number"], expiry="2030-11")),
    "cancel": (lambda c: c.cancel(imp_uid="i1"), lambda c: c.payments.cancel(imp_uid="i1")),
    "cancel_by_imp_uid": (lambda c: c.cancel_by_imp_uid("i1"), lambda c: c.payments.cancel(imp_uid="i1")),
    "cancel_by_merchant_uid": (lambda c: c.cancel_by_merchant_uid("o1"), lambda c: c.payments.cancel(merchant_uid="o1")),
    "find_by_imp_uid": (lambda c: c.find_by_imp_uid("i1"), lambda c: c.payments.get("i1")),
    "find_by_merchant_uid": (lambda c: c.find_by_merchant_uid("o1"), lambda c: c.payments.find("o1")),
    "find_by_merchant_uid+status": (lambda c: c.find_by_merchant_uid("o1", "paid"), lambda c: c.payments.find_by_status("o1", "paid")),
    "find_all_by_merchant_uid": (lambda c: c.find_all_by_merchant_uid("o1"), lambda c: c.payments.find_all("o1")),
    "find_all_by_merchant_uid+status": (lambda c: c.find_all_by_merchant_uid("o1", "paid"), lambda c: c.payments.find_all_by_status("o1", "paid")),
    "find_all_by_status": (lambda c: c.find_all_by_status("paid"), lambda c: c.payments.list_by_status("paid")),
    "verify_payment": (lambda c: c.verify_payment("i1", 1000, merchant_uid="o1"), lambda c: c.payments.get("i1")),
    "create_prepared_payment": (lambda c: c.create_prepared_payment(merchant_uid="o1", amount=1000), lambda c: c.prepared_payments.create(merchant_uid="o1", amount=1000)),
    "get_prepared_payment": (lambda c: c.get_prepared_payment("o1"), lambda c: c.prepared_payments.get("o1")),
    "get_certification": (lambda c: c.get_certification("i1"), lambda c: c.certifications.get("i1")),
    "delete_certification": (lambda c: c.delete_certification("i1"), lambda c: c.certifications.delete("i1")),
    "create_vbank": (lambda c: c.create_vbank(merchant_uid="o1", amount=1000, vbank_code="004", vbank_due=2000000000), lambda c: c.vbanks.create(merchant_uid="o1", amount=1000, vbank_code="004", vbank_due=2000000000)),
    "schedule_payments": (lambda c: c.schedule_payments(customer_uid="c1", schedules=[{"merchant_uid": "o1", "schedule_at": 2000000000, "amount": 1000}]), lambda c: c.schedules.create(customer_uid="c1", schedules=[{"merchant_uid": "o1", "schedule_at": 2000000000, "amount": 1000}])),
    "unschedule_payments": (lambda c: c.unschedule_payments(customer_uid="c1"), lambda c: c.schedules.revoke(customer_uid="c1")),
    "get_schedule": (lambda c: c.get_schedule("o1"), lambda c: c.schedules.get("o1")),
    "find_schedules": (lambda c: c.find_schedules(from_=1700000000, to=1700086400), lambda c: c.schedules.list(schedule_from=1700000000, schedule_to=1700086400)),
    "find_schedules+customer": (lambda c: c.find_schedules(customer_uid="c1", from_=1700000000, to=1700086400), lambda c: c.schedules.list_by_customer("c1", from_=1700000000, to=1700086400)),
}  # fmt: skip


def _last_request(fake: FakeIamport, call: Seed, client: Iamporter) -> tuple[str, str]:
    # The fake answers 404 or an odd payload for most of them: the route is what counts.
    before = fake.count()
    with contextlib.suppress(IamporterError):
        call(client)
    assert fake.count() == before + 1  # sent, exactly once (not refused, not resent)
    seen = fake.requests[-1]
    return seen.method, seen.path


def test_the_twin_table_covers_every_seed_method_the_spec_names() -> None:
    from tests.wrapper.test_public_api import SEED_METHODS

    seed_names = {name.split("+")[0] for name in TWINS}
    assert spec_ops.SEED_METHODS == SEED_METHODS
    assert seed_names == SEED_METHODS - {"get_token"}  # get_token: tests/wrapper/test_token.py


@pytest.mark.parametrize("name", list(TWINS))
def test_each_seed_method_hits_the_same_operation_as_its_resource_twin(
    fake: FakeIamport, name: str
) -> None:
    seed, twin = TWINS[name]
    with _fake_client(fake) as client:
        client.get_token()
        seed_route = _last_request(fake, seed, client)
        twin_route = _last_request(fake, twin, client)
    assert seed_route == twin_route
    assert seed_route[1] != "/users/getToken"
    # ... and that operation names this seed method in its x-iamport.
    seed_name = name.split("+")[0]
    named = [op for op in spec_ops.OPERATIONS if seed_name in op.seed]
    assert any(
        op.http.upper() == seed_route[0]
        and re.fullmatch(re.sub(r"\{[^}]+\}", "[^/]+", op.path), seed_route[1])
        for op in named
    ), (seed_name, seed_route)


# ------------------------------------------------------------------------------ auto-paging


class _Counting:
    """A runner in front of a client that counts the calls (the pages fetched)."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.calls = 0

    def _run(self, call: Any) -> Any:
        self.calls += 1
        return self.client._run(call)


def _seven_payments(client: Iamporter) -> None:
    client.billing_keys.create("cust_p", **CARD)
    for i in range(7):
        client.billing_keys.pay(customer_uid="cust_p", merchant_uid=f"o_{i}", amount=100, name="n")


def test_iterating_a_paged_list_fetches_pages_lazily(iamporter: Iamporter) -> None:
    _seven_payments(iamporter)
    counting = _Counting(iamporter)
    payments = r.Payments(counting)
    walk = payments.iter_by_status("paid", limit=2, concurrency=1)  # one page at a time
    assert counting.calls == 0  # nothing is fetched before the loop asks
    first = next(walk)
    assert counting.calls == 1 and first.status.value == "paid"
    rest = list(walk)
    assert len(rest) + 1 == 7
    assert counting.calls == 4  # pages of 2, 2, 2, 1
    assert len({p.imp_uid for p in [first, *rest]}) == 7


def test_max_items_stops_the_walk_early(iamporter: Iamporter) -> None:
    _seven_payments(iamporter)
    counting = _Counting(iamporter)
    found = list(r.BillingKeys(counting).iter_payments("cust_p", max_items=3))
    assert len(found) == 3 and counting.calls == 1
    assert list(iamporter.payments.iter_by_status("paid", max_items=0)) == []
    with pytest.raises(ValidationError):
        list(iamporter.payments.iter_by_status("paid", max_items=-1))


def test_async_iteration_walks_every_page(sandbox: Sandbox) -> None:
    with Iamporter(base_url=sandbox.base_url) as setup:
        _seven_payments(setup)

    async def run() -> list[str]:
        async with AsyncIamporter(base_url=sandbox.base_url) as client:
            return [p.merchant_uid async for p in client.payments.iter_by_status("all", limit=3)]

    sandbox.reset_counts()
    found = asyncio.run(run())
    assert sorted(found) == [f"o_{i}" for i in range(7)]
    assert sandbox.request_count("GET", "/payments/status/{payment_status}") == 3


def test_every_paged_operation_has_an_iterator_on_both_clients() -> None:
    paged = [op for op in spec_ops.OPERATIONS if op.paged]
    assert paged
    for op in paged:
        assert op.iterator is not None
        sync_cls = getattr(r, r.RESOURCES[op.resource][0])
        async_cls = getattr(r, r.RESOURCES[op.resource][1])
        assert callable(getattr(sync_cls, op.iterator))
        assert callable(getattr(async_cls, op.iterator))


#: Seed parameters that name a spec field differently, or leave a deprecated one out.
SEED_RENAMES = {
    "get_token": {"imp_key", "imp_secret"},  # api_key, secret
    "find_schedules": {"schedule_from", "schedule_to", "schedule_status"},  # from_, to, status
    "unschedule_payments": {"merchant_uid"},  # merchant_uids
    "find_by_merchant_uid": {"payment_status"},  # status
    "find_all_by_merchant_uid": {"payment_status"},  # status
    "find_all_by_status": {"payment_status"},  # status
    "verify_payment": {"include_sandbox"},  # verifies real and test payments alike
    "cancel_by_imp_uid": {"merchant_uid"},  # the id is the positional argument
    "cancel_by_merchant_uid": {"imp_uid"},
    "pay_subscription": {"vat"},  # deprecated: vat_amount
    "pay_onetime": {"vat"},
}


def test_seed_methods_take_every_field_their_operation_has() -> None:
    import inspect

    for op in spec_ops.OPERATIONS:
        fields = {f.py for f in op.table.fields}
        for seed in op.seed:
            params = set(inspect.signature(getattr(Iamporter, seed)).parameters)
            missing = fields - params - SEED_RENAMES.get(seed, set())
            assert not missing, f"{seed} lacks {sorted(missing)} of {op.op_id}"


def test_bypass_and_extra_reach_the_body(fake: FakeIamport) -> None:
    with _fake_client(fake) as client:
        client.pay_subscription(
            customer_uid="c1",
            merchant_uid="o1",
            amount=1000,
            name="n",
            bypass='{"key": "value"}',
            extra={"naverUseCfm": "20301231"},
        )
        with contextlib.suppress(IamporterError):
            client.cancel_by_imp_uid("imp_1", extra={"requester": "customer"})
    sent = [json.loads(seen.body) for seen in fake.requests if seen.method == "POST"][1:]
    assert sent[0]["bypass"] == '{"key": "value"}'
    assert sent[0]["extra"] == {"naverUseCfm": "20301231"}
    assert sent[1]["extra"] == {"requester": "customer"}


def test_cent_amounts_go_out_as_their_exact_decimal_text(fake: FakeIamport) -> None:
    with _fake_client(fake) as client, contextlib.suppress(IamporterError):
        client.payments.cancel(imp_uid="imp_1", amount=Decimal("10.50"), checksum="20.05")
    (body,) = [seen.body for seen in fake.requests if seen.path == "/payments/cancel"]
    assert b'"amount":10.50' in body and b'"checksum":20.05' in body
