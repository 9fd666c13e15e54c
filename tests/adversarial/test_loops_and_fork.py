"""Items 1 and 2: one AsyncIamporter under several event loops, and a client warmed before
``os.fork()`` (gunicorn ``--preload``)."""

from __future__ import annotations

import asyncio
import json
import os
import threading
from typing import Any

import httpx
import pytest

from iamport_client import Iamporter, PaymentOutcomeUnknownError
from iamport_sandbox import Sandbox
from tests.adversarial.conftest import make_async_client, make_client
from tests.support.fake_iamport import FakeIamport, Reply, envelope, payment

PAY = "/subscribe/payments/again"


def test_async_client_reused_by_a_second_asyncio_run_charges_once(
    fake: FakeIamport, pay_subscription_args: dict[str, Any]
) -> None:
    client = make_async_client(fake)

    async def warm() -> None:
        await client.find_by_imp_uid("imp_1")  # leaves a pooled socket of this loop behind

    async def pay() -> str:
        result = await client.pay_subscription(**pay_subscription_args)
        return str(result.data.merchant_uid)

    asyncio.run(warm())
    assert asyncio.run(pay()) == "order_1"  # not "RuntimeError: Event loop is closed"
    assert fake.count("POST", PAY) == 1

    async def close() -> None:
        await client.close()

    asyncio.run(close())


def test_async_client_alternating_loops_against_the_sandbox(sandbox: Sandbox) -> None:
    from iamport_client import AsyncIamporter

    client = AsyncIamporter(base_url=sandbox.base_url, timeout=5.0)
    for i in range(4):  # a new loop per job, as celery + asyncio.run does

        async def job(n: int = i) -> str:
            result = await client.pay_onetime(
                merchant_uid=f"loop_{n}",
                amount=1000,
                card_number="4242-4242-4242-4242",
                expiry="2030-12",
                birth="880101",
                pwd_2digit="12",
            )
            return str(result.data.status.value)

        assert asyncio.run(job()) == "paid"
    listed = sandbox.request_count("POST", "/subscribe/payments/onetime")
    assert listed == 4


def test_an_unexpected_failure_after_a_money_request_left_is_outcome_unknown(
    fake: FakeIamport, pay_subscription_args: dict[str, Any]
) -> None:
    # What a closed loop does to a socket cannot be staged by a server: the request goes out,
    # then the client's own machinery fails. Only that failure is simulated here.
    client = make_async_client(fake)

    async def run() -> None:
        await client.find_by_imp_uid("imp_1")
        pool = client._loop_pool()
        real_send = pool.http.send

        async def send_then_fail(request: httpx.Request, **kwargs: Any) -> httpx.Response:
            response = await real_send(request, **kwargs)
            await response.aclose()
            raise RuntimeError("Event loop is closed")

        pool.http.send = send_then_fail  # type: ignore[method-assign]
        with pytest.raises(PaymentOutcomeUnknownError) as info:
            await client.pay_subscription(**pay_subscription_args)
        assert info.value.merchant_uid == "order_1"
        assert "RuntimeError" in info.value.message
        pool.http.send = real_send  # type: ignore[method-assign]
        await client.close()

    asyncio.run(run())
    assert fake.count("POST", PAY) == 1


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX-only")
@pytest.mark.parametrize("run", range(3))
def test_a_forked_child_never_reads_its_parents_answers(fake: FakeIamport, run: int) -> None:
    # The parent's answers come slowly, so parent and child requests overlap on the wire.
    for i in range(20):
        fake.script(
            "GET",
            f"/payments/imp_parent_{i}",
            Reply(200, envelope(payment(f"imp_parent_{i}")), delay=0.01),
        )
    client = make_client(fake)
    client.find_by_imp_uid("imp_warm")  # a pooled keep-alive connection now exists
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: look up its own payments on the inherited client
        os.close(read_end)
        got = []
        try:
            for i in range(20):
                got.append(client.find_by_imp_uid(f"imp_child_{i}").data.imp_uid)
        except BaseException as exc:  # reported to the parent, which asserts
            got.append(f"error {type(exc).__name__}")
        os.write(write_end, json.dumps(got).encode())
        os._exit(0)
    os.close(write_end)
    parent_got = [client.find_by_imp_uid(f"imp_parent_{i}").data.imp_uid for i in range(20)]
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    os.waitpid(pid, 0)
    child_got = json.loads(b"".join(chunks))
    assert child_got == [f"imp_child_{i}" for i in range(20)]
    assert parent_got == [f"imp_parent_{i}" for i in range(20)]
    client.close()


def test_a_sync_client_shared_by_threads_after_fork_handlers_registered(fake: FakeIamport) -> None:
    # Registering at-fork handlers must not break ordinary threaded use of many clients.
    clients = [make_client(fake) for _ in range(5)]
    errors: list[BaseException] = []

    def use(c: Iamporter) -> None:
        try:
            c.find_by_imp_uid("imp_1")
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=use, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    for c in clients:
        c.close()


def test_one_async_client_in_loops_of_several_threads_at_once(fake: FakeIamport) -> None:
    client = make_async_client(fake)
    results: list[str] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def job(n: int) -> None:
        async def run() -> str:
            barrier.wait()
            return str((await client.find_by_imp_uid(f"imp_t{n}")).data.imp_uid)

        try:
            results.append(asyncio.run(run()))
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=job, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(results) == [f"imp_t{n}" for n in range(4)]
    assert len({id(pool.http) for pool in client._loops.values()}) == len(client._loops)
