"""Paging that always ends, for every paged operation of the spec, sync and async alike.

Each server below breaks the paging contract the way real or hostile servers do; the walk must
end (never loop), never ask for a page past ``total``, never lose a page behind an empty one,
and say which page failed so that ``start_page=`` resumes there. A guard in the fake server
answers HTTP 500 after 60 requests, so a walker that would loop forever fails these tests
instead of hanging them.
"""

from __future__ import annotations

import pickle
from typing import Any

import pytest

from iamport_client import (
    IamporterError,
    InvalidResponseError,
    ServerError,
    ValidationError,
    _paging,
)
from tests.paging.support import TARGETS, PagedServer, Target, page, serve, walk
from tests.support.fake_iamport import FakeIamport, Reply, envelope

MODES = ("sync", "async")
by_target = pytest.mark.parametrize("target", TARGETS, ids=[t.id for t in TARGETS])
by_mode = pytest.mark.parametrize("mode", MODES)


def numbers(target: Target, items: list[Any]) -> list[int]:
    return [target.key(item) for item in items]


@by_mode
@by_target
def test_a_repeated_page_ends_the_walk_with_an_error_naming_it(
    fake: FakeIamport, target: Target, mode: str
) -> None:
    # Every page is page 1 again and says "next = page + 1" (total says there are 50 pages).
    server = serve(
        fake, target, PagedServer(lambda n: page([target.item(1), target.item(2)], 100, n + 1))
    )
    outcome = walk(mode, fake, target)
    assert numbers(target, outcome.items) == [1, 2]
    assert isinstance(outcome.error, InvalidResponseError), outcome.error
    assert outcome.error.page == 2
    assert "page 2" in str(outcome.error)
    assert "repeated" in str(outcome.error)
    # Page 2 was the first repeat; at most the pages fetched ahead of it were asked for.
    assert len(server.requested) <= 1 + _paging.DEFAULT_PAGE_CONCURRENCY


@by_mode
@by_target
def test_an_empty_page_with_more_after_it_does_not_end_the_walk(
    fake: FakeIamport, target: Target, mode: str
) -> None:
    pages = {
        1: page([target.item(1)], 3, 2),
        2: page([], 3, 3),  # empty, yet next and total say there is a page 3
        3: page([target.item(3)], 3, 0),
    }
    server = serve(fake, target, PagedServer(lambda n: pages.get(n, page([], 3, 0))))
    outcome = walk(mode, fake, target)
    assert outcome.error is None
    assert numbers(target, outcome.items) == [1, 3]
    assert sorted(server.requested) == [1, 2, 3]


@by_mode
@by_target
def test_an_empty_last_page_that_total_contradicts_raises(
    fake: FakeIamport, target: Target, mode: str
) -> None:
    pages = {1: page([target.item(1)], 3, 2), 2: page([], 3, 0)}
    serve(fake, target, PagedServer(lambda n: pages.get(n, page([], 3, 0))))
    outcome = walk(mode, fake, target, concurrency=1)
    assert numbers(target, outcome.items) == [1]
    assert isinstance(outcome.error, InvalidResponseError)
    assert outcome.error.page == 2


@by_mode
@by_target
def test_a_lying_total_is_never_walked_past(fake: FakeIamport, target: Target, mode: str) -> None:
    # total says 3 items (two pages of 2), but every page says "next" and holds new items.
    server = serve(
        fake,
        target,
        PagedServer(lambda n: page([target.item(2 * n - 1), target.item(2 * n)], 3, n + 1)),
    )
    outcome = walk(mode, fake, target)
    assert outcome.error is None
    assert numbers(target, outcome.items) == [1, 2, 3, 4]
    assert sorted(server.requested) == [1, 2]


@by_mode
@by_target
def test_an_endless_list_stops_at_the_page_cap(
    fake: FakeIamport, target: Target, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_paging, "MAX_PAGES", 5)
    # A total of a billion and fresh items on every page: only the absolute cap ends it.
    server = serve(fake, target, PagedServer(lambda n: page([target.item(n)], 10**9, n + 1)))
    outcome = walk(mode, fake, target)
    assert numbers(target, outcome.items) == [1, 2, 3, 4, 5]
    assert isinstance(outcome.error, InvalidResponseError)
    assert outcome.error.page == 5
    assert max(server.requested) == 5  # not one page past the cap, even fetching ahead


@by_mode
@by_target
def test_empty_pages_in_a_row_end_the_walk(fake: FakeIamport, target: Target, mode: str) -> None:
    server = serve(
        fake,
        target,
        PagedServer(lambda n: page([target.item(1)] if n == 1 else [], 10**6, n + 1)),
    )
    outcome = walk(mode, fake, target)
    assert numbers(target, outcome.items) == [1]
    assert isinstance(outcome.error, InvalidResponseError)
    assert outcome.error.page == 1 + _paging.MAX_EMPTY_PAGES
    assert len(server.requested) <= 1 + _paging.MAX_EMPTY_PAGES + 4


@by_mode
@by_target
def test_a_failed_page_is_named_and_start_page_resumes_there(
    fake: FakeIamport, target: Target, mode: str
) -> None:
    broken = {"page 3": True}

    def answer(n: int) -> Reply:
        if n == 3 and broken["page 3"]:
            return Reply(500, envelope(None, -1, "게이트웨이 오류"))
        return page([target.item(2 * n - 1), target.item(2 * n)], 8, n + 1 if n < 4 else 0)

    serve(fake, target, PagedServer(answer))
    outcome = walk(mode, fake, target, client_options={"max_retries": 0})
    assert numbers(target, outcome.items) == [1, 2, 3, 4]
    error = outcome.error
    assert isinstance(error, ServerError), error
    assert error.page == 3
    assert "page 3" in str(error) and "start_page=3" in str(error)
    assert "게이트웨이 오류" in str(error)  # the server's words are kept
    again = pickle.loads(pickle.dumps(error))
    assert isinstance(again, ServerError) and again.page == 3

    broken["page 3"] = False
    resumed = walk(mode, fake, target, start_page=error.page)
    assert resumed.error is None
    assert numbers(target, resumed.items) == [5, 6, 7, 8]


@by_mode
@by_target
def test_a_page_overlapping_the_previous_one_hands_out_only_new_items(
    fake: FakeIamport, target: Target, mode: str
) -> None:
    # A new item arrived during the walk: page 2 starts with the last item of page 1.
    pages = {
        1: page([target.item(1), target.item(2)], 5, 2),
        2: page([target.item(2), target.item(3)], 5, 3),
        3: page([target.item(4), target.item(5)], 5, 0),
    }
    serve(fake, target, PagedServer(lambda n: pages.get(n, page([], 5, 0))))
    outcome = walk(mode, fake, target)
    assert outcome.error is None
    assert numbers(target, outcome.items) == [1, 2, 3, 4, 5]


@by_target
def test_bad_paging_arguments_raise_before_anything_is_sent(
    fake: FakeIamport, target: Target
) -> None:
    from tests.paging.support import sync_client

    name = target.op.iterator
    assert name is not None
    bad_arguments = (
        {"concurrency": 0},
        {"concurrency": True},
        {"start_page": 0},
        {"max_items": -1},
    )
    with sync_client(fake) as client:
        method = getattr(getattr(client, target.op.resource), name)
        for bad in bad_arguments:
            with pytest.raises(ValidationError):
                next(iter(method(**target.args, **bad)))
    assert fake.count("GET", target.path) == 0
    assert issubclass(ValidationError, IamporterError)


@by_mode
def test_a_server_serving_fewer_items_than_the_limit_is_walked_to_the_end(
    fake: FakeIamport, mode: str
) -> None:
    # The caller asks for 10 a page; the server serves 2 (its own cap) and counts 6 in all.
    target = next(t for t in TARGETS if any(f.py == "limit" for f in t.op.table.fields))
    server = serve(
        fake,
        target,
        PagedServer(
            lambda n: page([target.item(2 * n - 1), target.item(2 * n)], 6, n + 1 if n < 3 else 0)
        ),
    )
    outcome = walk(mode, fake, target, limit=10)
    assert outcome.error is None
    assert numbers(target, outcome.items) == [1, 2, 3, 4, 5, 6]
    assert sorted(server.requested) == [1, 2, 3]
