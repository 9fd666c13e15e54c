"""Items 6 to 9: a total deadline per call, token waiters sharing one outcome, bounded
responses (decompressed bytes counted), bounded parsing of amounts."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
import tracemalloc
import zlib
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iamport_client import (
    IamporterError,
    InvalidResponseError,
    PaymentOutcomeUnknownError,
    RequestTimeoutError,
    ValidationError,
)
from tests.adversarial.conftest import make_async_client, make_client
from tests.support.fake_iamport import FakeIamport, Reply, envelope, payment

PAY = "/subscribe/payments/again"
TOKEN = ("POST", "/users/getToken")

# ----------------------------------------------------------------------------- item 6


def _trickled(body: Any) -> Reply:
    return Reply(200, body, trickle=0.25, trickle_for=8.0)


def test_a_trickling_read_ends_at_the_deadline(fake: FakeIamport) -> None:
    fake.script("GET", "/payments/imp_1", *[_trickled(envelope(payment("imp_1")))] * 3)
    with make_client(fake, timeout=1.0, deadline=1.5) as client:
        client.get_token()
        started = time.monotonic()
        with pytest.raises(RequestTimeoutError, match="deadline"):
            client.find_by_imp_uid("imp_1")
        assert time.monotonic() - started < 2.5


def test_a_trickling_read_with_only_timeout_set_still_ends(fake: FakeIamport) -> None:
    # timeout=1 and nothing else: each attempt is bounded by connect + read (2 s), the call
    # by every attempt plus the pauses between them.
    fake.script("GET", "/payments/imp_1", *[_trickled(envelope(payment("imp_1")))] * 3)
    with make_client(fake, timeout=1.0, max_retries=0) as client:
        client.get_token()
        started = time.monotonic()
        with pytest.raises(RequestTimeoutError):
            client.find_by_imp_uid("imp_1")
        assert time.monotonic() - started < 3.0


def test_a_trickling_money_answer_is_outcome_unknown_at_the_deadline(
    fake: FakeIamport, pay_subscription_args: dict[str, Any]
) -> None:
    fake.script("POST", PAY, _trickled(envelope(payment("imp_1", merchant_uid="order_1"))))
    with make_client(fake, timeout=1.0, deadline=1.5) as client:
        client.get_token()
        started = time.monotonic()
        with pytest.raises(PaymentOutcomeUnknownError) as info:
            client.pay_subscription(**pay_subscription_args)
        assert time.monotonic() - started < 2.5
    assert info.value.merchant_uid == "order_1"
    assert fake.count("POST", PAY) == 1


def test_a_trickling_async_money_answer_is_outcome_unknown_at_the_deadline(
    fake: FakeIamport, pay_subscription_args: dict[str, Any]
) -> None:
    fake.script("POST", PAY, _trickled(envelope(payment("imp_1", merchant_uid="order_1"))))
    client = make_async_client(fake, timeout=1.0, deadline=1.5)

    async def run() -> float:
        async with client:
            await client.get_token()
            started = time.monotonic()
            with pytest.raises(PaymentOutcomeUnknownError):
                await client.pay_subscription(**pay_subscription_args)
            return time.monotonic() - started

    assert asyncio.run(run()) < 2.5
    assert fake.count("POST", PAY) == 1


def test_the_deadline_option_is_validated(fake: FakeIamport) -> None:
    for bad in (0, -1, "5", True):
        with pytest.raises(ValidationError, match="deadline"):
            make_client(fake, deadline=bad)


# ----------------------------------------------------------------------------- item 7


def test_threads_waiting_for_a_stalled_token_share_its_failure(fake: FakeIamport) -> None:
    fake.token_delay = 5.0  # getToken stalls far beyond the client's timeout
    client = make_client(fake, timeout=0.4, max_retries=1)
    barrier = threading.Barrier(6)
    outcomes: list[tuple[float, BaseException | None]] = []

    def call() -> None:
        barrier.wait()
        started = time.monotonic()
        try:
            client.find_by_imp_uid("imp_1")
        except BaseException as exc:  # collected and asserted below
            outcomes.append((time.monotonic() - started, exc))
        else:
            outcomes.append((time.monotonic() - started, None))

    threads = [threading.Thread(target=call) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(outcomes) == 6
    assert all(isinstance(exc, IamporterError) for _, exc in outcomes)
    # One fetch (with its own retry) for everybody, and everybody knows within ~ its length.
    assert fake.counts()[TOKEN] <= 2
    assert max(elapsed for elapsed, _ in outcomes) < 2.5
    # Right after, the failure is remembered briefly: no new token request, an error at once.
    started = time.monotonic()
    with pytest.raises(IamporterError):
        client.find_by_imp_uid("imp_1")
    assert time.monotonic() - started < 0.3
    assert fake.counts()[TOKEN] <= 2
    client.close()


def test_tasks_waiting_for_a_failing_token_share_its_error(fake: FakeIamport) -> None:
    fake.token_delay = 0.3
    fake.script("POST", "/users/getToken", Reply(500, "down", content_type="text/plain", delay=0.3))
    client = make_async_client(fake, max_retries=0)

    async def run() -> list[BaseException | None]:
        async with client:
            results = await asyncio.gather(
                *(client.find_by_imp_uid("imp_1") for _ in range(50)), return_exceptions=True
            )
        return [r if isinstance(r, BaseException) else None for r in results]

    errors = asyncio.run(run())
    assert all(isinstance(e, IamporterError) for e in errors)
    assert fake.counts()[TOKEN] == 1
    assert fake.count("GET") == 0


def test_after_the_back_off_a_new_token_request_is_made(fake: FakeIamport) -> None:
    fake.script("POST", "/users/getToken", Reply(500, "down", content_type="text/plain"))
    client = make_client(fake, max_retries=0)
    with pytest.raises(IamporterError):
        client.find_by_imp_uid("imp_1")
    time.sleep(1.1)
    assert client.find_by_imp_uid("imp_1").data.imp_uid == "imp_1"
    assert fake.counts()[TOKEN] == 2
    client.close()


# ----------------------------------------------------------------------------- item 8


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """About 1 MiB of gzip that inflates to 1 GiB of zeros."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1 << 20)
    return b"".join(packer.compress(zeros) for _ in range(1024)) + packer.flush()


def test_a_gzip_bomb_is_refused_without_inflating_it(fake: FakeIamport, gzip_bomb: bytes) -> None:
    headers = {"Content-Encoding": "gzip"}
    fake.script("GET", "/payments/imp_1", Reply(200, gzip_bomb, headers=headers))
    with make_client(fake, timeout=10.0) as client:
        client.get_token()
        tracemalloc.start()
        try:
            with pytest.raises(InvalidResponseError, match="exceeds"):
                client.find_by_imp_uid("imp_1")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 120 * 1024 * 1024  # the default cap is 32 MiB; 1 GiB would be inflated


def test_a_huge_plain_body_is_refused_and_money_is_outcome_unknown(
    fake: FakeIamport, pay_subscription_args: dict[str, Any]
) -> None:
    huge = b'{"code":0,"response":"' + b"x" * (3 * 1024 * 1024) + b'"}'
    fake.script("GET", "/payments/imp_1", Reply(200, huge))
    fake.script("POST", PAY, Reply(200, huge))
    with make_client(fake, max_response_bytes=1024 * 1024) as client:
        with pytest.raises(InvalidResponseError, match="exceeds"):
            client.find_by_imp_uid("imp_1")
        with pytest.raises(PaymentOutcomeUnknownError) as info:
            client.pay_subscription(**pay_subscription_args)
    assert info.value.merchant_uid == "order_1"


def test_a_gzip_body_within_the_limit_is_decoded(fake: FakeIamport) -> None:
    import json

    data = json.dumps(envelope(payment("imp_1"))).encode()
    fake.script(
        "GET",
        "/payments/imp_1",
        Reply(200, zlib.compress(data), headers={"Content-Encoding": "gzip"}),
    )
    with make_client(fake) as client:
        assert client.find_by_imp_uid("imp_1").data.imp_uid == "imp_1"


def test_a_1000_payment_page_fits_the_default_limit(fake: FakeIamport) -> None:
    page = {
        "total": 1000,
        "previous": 0,
        "next": 0,
        "list": [payment(f"imp_{i}") for i in range(1000)],
    }
    fake.script("GET", "/payments/status/paid", Reply(200, envelope(page)))
    with make_client(fake, timeout=10.0) as client:
        assert len(client.find_all_by_status("paid").data.list_) == 1000


def test_an_unasked_content_encoding_is_an_invalid_response(fake: FakeIamport) -> None:
    fake.script(
        "GET", "/payments/imp_1", Reply(200, b"\x00\x01", headers={"Content-Encoding": "br"})
    )
    with make_client(fake) as client, pytest.raises(InvalidResponseError, match="encoding"):
        client.find_by_imp_uid("imp_1")


# ----------------------------------------------------------------------------- item 9


@pytest.mark.parametrize(
    "amount",
    ["1e1000000", "1E+999999999", "-1e-1000000", "9" * 100000, Decimal("1e1000000"), 10**400],
)
def test_absurd_amounts_are_refused_at_once(fake: FakeIamport, amount: Any) -> None:
    with make_client(fake) as client:
        started = time.monotonic()
        with pytest.raises(ValidationError):
            client.pay_subscription(customer_uid="c", merchant_uid="m", amount=amount, name="x")
        assert time.monotonic() - started < 0.2
    assert fake.count() == 0


@settings(max_examples=300, deadline=200)
@given(
    st.one_of(st.text(max_size=60), st.decimals(allow_nan=True, allow_infinity=True), st.integers())
)
def test_any_amount_is_accepted_or_a_validation_error(amount: Any) -> None:
    from iamport_client import _validation as v

    try:
        number = v.to_decimal("amount", amount)
    except ValidationError:
        return
    assert number.is_finite()
    with contextlib.suppress(ValidationError):  # too many cents for USD: refused, not a crash
        v.money("amount", abs(number), {"minimum": 0}, "USD")


def test_an_async_client_refuses_a_gzip_bomb_too(
    fake: FakeIamport, gzip_bomb: bytes, pay_subscription_args: dict[str, Any]
) -> None:
    headers = {"Content-Encoding": "gzip"}
    fake.script("GET", "/payments/imp_1", Reply(200, gzip_bomb, headers=headers))
    fake.script("POST", PAY, Reply(200, gzip_bomb, headers=headers))
    client = make_async_client(fake, timeout=10.0, max_response_bytes=4 * 1024 * 1024)

    async def run() -> None:
        async with client:
            with pytest.raises(InvalidResponseError, match="exceeds"):
                await client.find_by_imp_uid("imp_1")
            with pytest.raises(PaymentOutcomeUnknownError):
                await client.pay_subscription(**pay_subscription_args)

    asyncio.run(run())


def test_waiting_for_a_free_slot_is_bounded_and_nothing_is_sent(
    fake: FakeIamport, pay_subscription_args: dict[str, Any]
) -> None:
    fake.script("GET", "/payments/imp_slow", Reply(200, envelope(payment("imp_slow")), delay=1.5))
    with make_client(fake, max_concurrency=1, timeout=5.0) as client:
        client.get_token()
        holder = threading.Thread(target=client.find_by_imp_uid, args=("imp_slow",))
        holder.start()  # takes the only slot for 1.5 s
        time.sleep(0.2)
        client._deadline = 0.5  # this call may take 0.5 s in all, waiting included
        started = time.monotonic()
        with pytest.raises(RequestTimeoutError, match="slot"):
            client.pay_subscription(**pay_subscription_args)
        assert time.monotonic() - started < 1.0
        holder.join()
    assert fake.count("POST", PAY) == 0


def test_an_async_wait_for_a_free_slot_is_bounded_and_nothing_is_sent(
    fake: FakeIamport, pay_subscription_args: dict[str, Any]
) -> None:
    fake.script("GET", "/payments/imp_slow", Reply(200, envelope(payment("imp_slow")), delay=1.5))
    client = make_async_client(fake, max_concurrency=1, timeout=5.0)

    async def run() -> float:
        async with client:
            await client.get_token()
            holder = asyncio.create_task(client.find_by_imp_uid("imp_slow"))
            await asyncio.sleep(0.2)  # the only slot is taken
            client._deadline = 0.5  # this call may take 0.5 s in all, waiting included
            started = time.monotonic()
            with pytest.raises(RequestTimeoutError, match="slot"):
                await client.pay_subscription(**pay_subscription_args)
            elapsed = time.monotonic() - started
            client._deadline = 30.0
            assert (await holder).data.imp_uid == "imp_slow"
            # the slot is handed on: later calls still work
            assert (await client.find_by_imp_uid("imp_2")).data.imp_uid == "imp_2"
            return elapsed

    assert asyncio.run(run()) < 1.0
    assert fake.count("POST", PAY) == 0


def test_many_tasks_share_few_slots_in_order(fake: FakeIamport) -> None:
    client = make_async_client(fake, max_concurrency=2)

    async def run() -> list[str]:
        async with client:
            results = await asyncio.gather(*(client.find_by_imp_uid(f"imp_{i}") for i in range(40)))
        return [r.data.imp_uid for r in results]

    assert asyncio.run(run()) == [f"imp_{i}" for i in range(40)]
