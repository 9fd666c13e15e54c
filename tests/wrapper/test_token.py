"""Token lifecycle over real HTTP: counts are taken by the server."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from iamport_client import AsyncIamporter, AuthenticationError, Iamporter
from tests.support.fake_iamport import API_KEY, FakeIamport, Reply, envelope

TOKEN = ("POST", "/users/getToken")


class FakeMonotonic:
    """A monotonic clock a test can move forward (the only thing a server cannot do)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.lock = threading.Lock()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def _use_clock(client: Iamporter | AsyncIamporter) -> FakeMonotonic:
    clock = FakeMonotonic()
    client._tokens._clock = clock
    return clock


def test_one_token_serves_many_calls(client: Iamporter, fake: FakeIamport) -> None:
    for i in range(50):
        assert client.find_by_imp_uid(f"imp_{i}").data.imp_uid == f"imp_{i}"
    assert fake.counts()[TOKEN] == 1
    assert fake.count("GET") == 50


def test_async_one_token_serves_many_calls(async_client: AsyncIamporter, fake: FakeIamport) -> None:
    async def run() -> None:
        async with async_client:
            for i in range(20):
                await async_client.find_by_imp_uid(f"imp_{i}")

    asyncio.run(run())
    assert fake.counts()[TOKEN] == 1
    assert fake.count("GET") == 20


def test_32_threads_on_a_cold_client_cause_one_token_request(
    client: Iamporter, fake: FakeIamport
) -> None:
    fake.token_delay = 0.2  # every thread arrives while the token is being fetched
    barrier = threading.Barrier(32)
    errors: list[BaseException] = []

    def call(i: int) -> None:
        barrier.wait()
        try:
            client.find_by_imp_uid(f"imp_{i}")
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=call, args=(i,)) for i in range(32)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert fake.counts()[TOKEN] == 1
    assert fake.count("GET") == 32


def test_200_tasks_on_a_cold_client_cause_one_token_request(
    async_client: AsyncIamporter, fake: FakeIamport
) -> None:
    fake.token_delay = 0.2

    async def run() -> None:
        async with async_client:
            await asyncio.gather(*(async_client.find_by_imp_uid(f"imp_{i}") for i in range(200)))

    asyncio.run(run())
    assert fake.counts()[TOKEN] == 1
    assert fake.count("GET") == 200


def test_refreshes_before_expiry_once_for_32_threads(client: Iamporter, fake: FakeIamport) -> None:
    clock = _use_clock(client)
    client.find_by_imp_uid("imp_1")
    clock.advance(1780)  # inside the refresh margin of a 1800 s token
    fake.token_delay = 0.2
    threads = [threading.Thread(target=client.find_by_imp_uid, args=("imp_2",)) for _ in range(32)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert fake.counts()[TOKEN] == 2
    assert fake.count("GET") == 33


def test_refreshes_before_expiry_once_for_200_tasks(
    async_client: AsyncIamporter, fake: FakeIamport
) -> None:
    clock = _use_clock(async_client)

    async def run() -> None:
        async with async_client:
            await async_client.find_by_imp_uid("imp_1")
            clock.advance(1790)
            fake.token_delay = 0.2
            await asyncio.gather(*(async_client.find_by_imp_uid("imp_2") for _ in range(200)))

    asyncio.run(run())
    assert fake.counts()[TOKEN] == 2


def test_still_valid_token_is_not_refreshed(client: Iamporter, fake: FakeIamport) -> None:
    clock = _use_clock(client)
    client.find_by_imp_uid("imp_1")
    clock.advance(1700)
    client.find_by_imp_uid("imp_2")
    assert fake.counts()[TOKEN] == 1


def test_lifetime_comes_from_the_server_not_the_local_wall_clock(
    client: Iamporter, fake: FakeIamport, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Server clock years behind, local wall clock a day ahead: neither may matter.
    fake.server_now = lambda: 1_000_000_000
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 86_400)
    for i in range(10):
        client.find_by_imp_uid(f"imp_{i}")
    assert fake.counts()[TOKEN] == 1


def test_401_drops_the_token_refreshes_and_replays_once(
    client: Iamporter, fake: FakeIamport
) -> None:
    client.find_by_imp_uid("imp_1")
    fake.expire_tokens()  # e.g. the token was revoked, or this host's clock ran slow
    result = client.find_by_imp_uid("imp_2")
    assert result.data.imp_uid == "imp_2"
    assert fake.counts()[TOKEN] == 2
    assert fake.count("GET", "/payments/imp_2") == 2  # the 401, then the replay


def test_a_second_401_is_raised_not_looped(client: Iamporter, fake: FakeIamport) -> None:
    unauthorized = Reply(401, envelope(None, -1, "Unauthorized"))
    fake.script("GET", "/payments/imp_9", unauthorized, unauthorized, unauthorized)
    with pytest.raises(AuthenticationError) as info:
        client.find_by_imp_uid("imp_9")
    assert info.value.status == 401
    assert info.value.message == "Unauthorized"
    assert fake.count("GET", "/payments/imp_9") == 2
    assert fake.counts()[TOKEN] == 2


def test_failed_get_token_says_why(fake: FakeIamport) -> None:
    with Iamporter(API_KEY, "wrong-secret", base_url=fake.base_url) as client:
        with pytest.raises(AuthenticationError) as info:
            client.find_by_imp_uid("imp_1")
    assert info.value.status == 401
    assert "imp_key, imp_secret" in info.value.message
    assert fake.count("GET") == 0


def test_non_positive_lifetime_falls_back_instead_of_refreshing_every_call(
    client: Iamporter, fake: FakeIamport
) -> None:
    fake.token_lifetime = 0
    fake.script(
        "POST",
        "/users/getToken",
        Reply(200, envelope({"access_token": "t" * 40, "now": 100, "expired_at": 100})),
    )
    with fake.lock:
        fake.tokens["t" * 40] = float("inf")
    for i in range(10):
        client.find_by_imp_uid(f"imp_{i}")
    assert fake.counts()[TOKEN] == 1


def test_get_token_returns_the_token_and_primes_the_cache(
    client: Iamporter, fake: FakeIamport
) -> None:
    result = client.get_token()
    assert result.status == 200
    assert result.data.lifetime == 1800
    assert len(result.data.access_token) == 40
    client.find_by_imp_uid("imp_1")
    assert fake.counts()[TOKEN] == 1


def test_get_token_with_other_credentials_leaves_the_cache_alone(
    client: Iamporter, fake: FakeIamport
) -> None:
    with pytest.raises(AuthenticationError):
        client.get_token("other_key", "other_secret")
    client.find_by_imp_uid("imp_1")
    assert fake.counts()[TOKEN] == 2


def test_token_is_sent_bare(client: Iamporter, fake: FakeIamport) -> None:
    token = client.get_token().data.access_token
    client.find_by_imp_uid("imp_1")
    seen = next(r for r in fake.requests if r.method == "GET")
    assert seen.headers["authorization"] == token
    token_request = next(r for r in fake.requests if r.path == "/users/getToken")
    assert "authorization" not in token_request.headers
