"""Concurrent paging: pages fetched ahead, handed out strictly in order, with bounded memory.

The fake server answers every page after a delay that varies from page to page (so pages
fetched together finish out of order), counts the requests in flight and records the highest
page asked for, which the tests compare with the page the loop is handing out.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest

from iamport_client import ServerError
from tests.paging.support import (
    TARGETS,
    PagedServer,
    Target,
    async_client,
    page,
    serve,
    sync_client,
    walk,
)
from tests.support.fake_iamport import FakeIamport, Reply, envelope

MODES = ("sync", "async")
PAGES = 12
PER_PAGE = 3
by_target = pytest.mark.parametrize("target", TARGETS, ids=[t.id for t in TARGETS])
by_mode = pytest.mark.parametrize("mode", MODES)


def listing(target: Target, pages: int = PAGES) -> PagedServer:
    """``pages`` full pages; later pages answer sooner (pages fetched together finish in
    reverse order)."""
    total = pages * PER_PAGE

    def answer(n: int) -> Reply:
        if n > pages:
            return page([], total, 0)
        items = [target.item((n - 1) * PER_PAGE + i + 1) for i in range(PER_PAGE)]
        return page(items, total, n + 1 if n < pages else 0)

    return PagedServer(answer, delay=lambda n: 0.002 * ((-n) % 5), guard=10 * pages)


@by_mode
@by_target
def test_concurrent_paging_yields_what_sequential_paging_yields_in_order(
    fake: FakeIamport, target: Target, mode: str
) -> None:
    expected = list(range(1, PAGES * PER_PAGE + 1))
    for concurrency in (1, 3, 8):
        server = serve(fake, target, listing(target))
        outcome = walk(mode, fake, target, concurrency=concurrency)
        assert outcome.error is None
        assert [target.key(item) for item in outcome.items] == expected, concurrency
        assert sorted(server.requested) == list(range(1, PAGES + 1))  # each page once
        if concurrency == 1:
            assert server.max_in_flight == 1
        else:
            assert 1 < server.max_in_flight <= concurrency


@by_mode
@pytest.mark.parametrize("concurrency", [2, 4])
def test_pages_fetched_ahead_stay_within_the_buffer_bound(
    fake: FakeIamport, mode: str, concurrency: int
) -> None:
    target = TARGETS[0]
    server = serve(fake, target, listing(target))
    ahead: list[int] = []

    def slow_consumer(item: Any) -> None:
        current = (target.key(item) - 1) // PER_PAGE + 1  # the page being handed out
        # With this page, at most ``concurrency`` pages are held: it and those after it.
        ahead.append(server.highest - current)
        time.sleep(0.004)

    outcome = walk(mode, fake, target, concurrency=concurrency, on_item=slow_consumer)
    assert outcome.error is None
    assert len(outcome.items) == PAGES * PER_PAGE
    assert max(ahead) == concurrency - 1  # it did fetch ahead, and never further
    assert server.max_in_flight <= concurrency


def test_an_async_walk_keeps_within_the_clients_connection_limit(fake: FakeIamport) -> None:
    target = TARGETS[0]
    server = serve(fake, target, listing(target))
    outcome = walk("async", fake, target, {"max_concurrency": 2}, concurrency=8)
    assert outcome.error is None and len(outcome.items) == PAGES * PER_PAGE
    assert server.max_in_flight == 2


@by_mode
def test_the_first_failure_is_raised_in_order(fake: FakeIamport, mode: str) -> None:
    target = TARGETS[0]

    def answer(n: int) -> Reply:
        if n in (3, 4):  # page 4 fails first (page 3 is slower); page 3 is reported
            return Reply(500, envelope(None, -1, f"page {n} broke"))
        return page([target.item(n)], 6, n + 1 if n < 6 else 0)

    serve(fake, target, PagedServer(answer, delay=lambda n: 0.05 if n == 3 else 0.0))
    outcome = walk(mode, fake, target, {"max_retries": 0}, concurrency=4)
    assert [target.key(item) for item in outcome.items] == [1, 2]
    assert isinstance(outcome.error, ServerError)
    assert outcome.error.page == 3 and "page 3 broke" in str(outcome.error)


def _page_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("iamport-pages")]


def test_leaving_a_sync_walk_early_stops_fetching_and_ends_its_threads(
    fake: FakeIamport,
) -> None:
    target = TARGETS[0]
    server = serve(fake, target, listing(target, pages=50))
    server.delay = lambda n: 0.02
    name = target.op.iterator
    assert name is not None
    with sync_client(fake) as client:
        walk_iter = getattr(getattr(client, target.op.resource), name)(**target.args)
        for _ in walk_iter:
            break
        del walk_iter  # dropped without close(): the generator is finalized
        deadline = time.monotonic() + 3
        while _page_threads() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert _page_threads() == []
        asked = len(server.requested)
        time.sleep(0.2)
        assert len(server.requested) == asked <= 1 + 3  # page 1 and the pages ahead of it


def test_leaving_an_async_walk_early_cancels_its_fetches(fake: FakeIamport) -> None:
    target = TARGETS[0]
    server = serve(fake, target, listing(target, pages=50))
    server.delay = lambda n: 0.02
    name = target.op.iterator
    assert name is not None

    async def run() -> tuple[int, int]:
        async with async_client(fake) as client:
            walk_iter = getattr(getattr(client, target.op.resource), name)(**target.args)
            async for _ in walk_iter:
                break
            await walk_iter.aclose()
            await asyncio.sleep(0.2)
            others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            return len(others), len(server.requested)

    pending, asked = asyncio.run(run())
    assert pending == 0  # every fetch ahead was cancelled
    assert asked <= 1 + 3
