"""The page walkers behind the generated ``iter_*`` methods: every item of a paged list, in
order, the following pages fetched ahead (threads for ``Iamporter``, tasks for
``AsyncIamporter``), and a walk that always ends.
"""

from __future__ import annotations

from collections.abc import (
    AsyncGenerator,
    Callable,
    Coroutine,
    Iterator,
    Mapping,
    MutableSequence,
    Sequence,
)
from contextvars import copy_context
from typing import TYPE_CHECKING, Any

from ._build import build
from ._errors import IamporterError, InvalidResponseError, ValidationError

if TYPE_CHECKING:
    import asyncio

    from ._binding import AsyncRunner, SyncRunner
    from ._op import Op

__all__ = ["DEFAULT_PAGE_CONCURRENCY", "MAX_EMPTY_PAGES", "MAX_PAGES", "apages", "pages"]


#: Pages fetched ahead of the one being handed out, by default (``concurrency=``).
DEFAULT_PAGE_CONCURRENCY = 4
#: The most pages one walk requests, whatever the server says (a runaway ``total``).
MAX_PAGES = 100_000
#: Empty pages in a row after which a walk gives up (the server keeps saying "more").
MAX_EMPTY_PAGES = 3


def _count_arg(name: str, value: object, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValidationError(name, f"must be an int of at least {minimum}")
    return value


class _Walk:
    """The rules of one walk over a paged list, shared by the sync and async walkers.

    Pages are addressed by number (``start``, ``start + 1``, ...) and handed to :meth:`accept`
    in that order. The walk ends at the page that says it is the last (``next`` 0) or at the
    last page ``total`` allows; it never asks for a page past ``total``. Items already handed
    out (by their ids) are skipped; a page with nothing new is an error (a server repeating a
    page would otherwise be walked forever), as is a runaway walk (``MAX_PAGES``), a run of
    empty pages, or an empty page that says it is the last while ``total`` counts more.
    """

    def __init__(
        self,
        name: str,
        ids: Sequence[str],
        limit: object,
        max_items: int | None,
        start_page: int,
        concurrency: int,
    ) -> None:
        if max_items is not None:
            _count_arg("max_items", max_items, 0)
        self.start = _count_arg("start_page", start_page, 1)
        self.concurrency = _count_arg("concurrency", concurrency, 1)
        self.name = name
        self.ids = tuple(ids)
        self.left = max_items
        self.size: int | None = limit if isinstance(limit, int) and limit > 0 else None
        self.last: int | None = None  # the last page ``total`` allows, once known
        self.seen: set[Any] = set()
        self.empty_run = 0
        self.done = max_items == 0
        self.overrun: InvalidResponseError | None = None

    def _key(self, item: Any) -> Any:
        ids = self.ids
        if len(ids) == 1:
            return getattr(item, ids[0], item)
        return tuple(getattr(item, name, None) for name in ids)

    def error(self, page: int, problem: str) -> InvalidResponseError:
        error = InvalidResponseError(
            f"{self.name}: page {page} {problem}; the walk stopped there "
            f"(start_page={page} resumes)"
        )
        error.page = page
        return error

    def failed(self, error: IamporterError, page: int) -> IamporterError:
        """``error`` (a page's fetch failed), saying which page and how to resume."""
        error.page = page
        error.message = (
            f"{error.message} ({self.name}: page {page} failed; start_page={page} resumes)"
        )
        return error

    def accept(self, page: int, data: Any) -> list[Any]:
        """The new items of ``page`` to hand out; decides whether the walk goes on."""
        items = list(data.list_)
        total, following = data.total, data.next_
        more = isinstance(following, int) and following > page
        if items and (more or (isinstance(total, int) and total > len(items))):
            # A page with more after it shows the server's page size, which may be smaller
            # than the ``limit`` asked for (a server that caps it): never count on fewer pages.
            self.size = len(items) if self.size is None else min(self.size, len(items))
        if isinstance(total, int) and self.size:
            self.last = -(-max(total, 0) // self.size)
        within = self.last is None or page < self.last
        fresh: list[Any] = []
        seen = self.seen
        for item in items:
            key = self._key(item)
            if key not in seen:
                seen.add(key)
                fresh.append(item)
        if items and not fresh:
            raise self.error(page, "holds only items of earlier pages (a repeated page)")
        if items:
            self.empty_run = 0
            self.done = not (more and within)
        else:
            self.empty_run += 1
            if not more and not within:
                self.done = True
            elif not more:
                raise self.error(
                    page, f"is empty and says it is the last, but total {total} counts more pages"
                )
            elif self.empty_run >= MAX_EMPTY_PAGES:
                raise self.error(page, f"is the {self.empty_run}th empty page in a row")
            else:
                self.done = not within
        if not self.done and page - self.start + 1 >= MAX_PAGES:
            # Its items are handed out, then the walk raises this.
            self.overrun = self.error(page, f"is the {MAX_PAGES}th page of one walk (MAX_PAGES)")
            self.done = True
        if self.left is not None:
            fresh = fresh[: self.left]
            self.left -= len(fresh)
            if self.left == 0:
                self.done = True
        return fresh

    def ahead(self, upto: int, scheduled: int) -> range:
        """Pages to request now: those after ``scheduled`` up to ``upto`` that ``total`` allows."""
        if self.done or self.last is None or self.concurrency == 1:
            return range(0)  # an unknown page count, or no fetching ahead: one page at a time
        return range(scheduled + 1, min(upto, self.last, self.start + MAX_PAGES - 1) + 1)


def pages(
    resource: SyncRunner,
    op: Op,
    args: Mapping[str, Any],
    extra: Any,
    name: str,
    ids: Sequence[str],
    *,
    max_items: int | None = None,
    start_page: int = 1,
    concurrency: int = DEFAULT_PAGE_CONCURRENCY,
) -> Iterator[Any]:
    """Every item of a paged list, in order, fetched as the loop asks for them.

    At most ``concurrency`` pages are held at once: while one page is handed out, up to
    ``concurrency - 1`` following pages are fetched by worker threads (the sync client is
    thread-safe), and ``concurrency`` while the loop waits. ``concurrency=1`` fetches one page
    at a time in the caller's thread.

    Raises:
        ValidationError: A paging argument is not usable (before anything is sent).
    """
    walk = _Walk(name, ids, args.get("limit"), max_items, start_page, concurrency)

    def fetch(page: int) -> Any:
        return resource._run(build(op, {**args, "page": page}, extra)).data

    return _walk_sync(walk, fetch)


def _walk_sync(walk: _Walk, fetch: Callable[[int], Any]) -> Iterator[Any]:
    from collections import deque
    from concurrent.futures import Future, ThreadPoolExecutor

    if walk.left == 0:  # max_items=0: nothing to fetch
        return
    pool: ThreadPoolExecutor | None = None
    ahead: deque[tuple[int, Future[Any]]] = deque()
    page = scheduled = walk.start

    def submit(upto: int) -> None:
        nonlocal pool, scheduled
        for number in walk.ahead(upto, scheduled):
            if pool is None:
                pool = ThreadPoolExecutor(walk.concurrency, "iamport-pages")
            context = copy_context()  # the caller's context (a deadline) in the worker
            ahead.append((number, pool.submit(context.run, fetch, number)))
            scheduled = number

    try:
        while True:
            try:
                head = ahead.popleft()[1] if ahead and ahead[0][0] == page else None
                data = fetch(page) if head is None else head.result()
            except IamporterError as exc:
                raise walk.failed(exc, page) from None
            scheduled = max(scheduled, page)
            items = walk.accept(page, data)
            if walk.done:
                for _, future in ahead:  # pages past the end: not waited for
                    future.cancel()
                yield from items
                if walk.overrun is not None:
                    raise walk.overrun
                return
            while ahead and walk.last is not None and ahead[-1][0] > walk.last:
                ahead.pop()[1].cancel()  # ``total`` shrank: those pages are not wanted
            submit(page + walk.concurrency - 1)
            yield from items
            submit(page + walk.concurrency)  # the page handed out no longer counts
            page += 1
    finally:
        for _, future in ahead:
            future.cancel()
        if pool is not None:
            # Requests already on the wire finish in their threads, which then end; nothing
            # new is fetched once the loop stops (a break, an error, the end).
            pool.shutdown(wait=False, cancel_futures=True)


def apages(
    resource: AsyncRunner,
    op: Op,
    args: Mapping[str, Any],
    extra: Any,
    name: str,
    ids: Sequence[str],
    *,
    max_items: int | None = None,
    start_page: int = 1,
    concurrency: int = DEFAULT_PAGE_CONCURRENCY,
) -> AsyncGenerator[Any, None]:
    """Like :func:`pages`, the pages ahead fetched by tasks of the running loop (within the
    client's ``max_concurrency``)."""
    walk = _Walk(name, ids, args.get("limit"), max_items, start_page, concurrency)

    async def fetch(page: int) -> Any:
        return (await resource._run(build(op, {**args, "page": page}, extra))).data

    return _walk_async(walk, fetch)


async def _walk_async(
    walk: _Walk, fetch: Callable[[int], Coroutine[Any, Any, Any]]
) -> AsyncGenerator[Any, None]:
    import asyncio
    from collections import deque

    if walk.left == 0:  # max_items=0: nothing to fetch
        return
    ahead: deque[tuple[int, asyncio.Task[Any]]] = deque()
    page = scheduled = walk.start

    def submit(upto: int) -> None:
        nonlocal scheduled
        for number in walk.ahead(upto, scheduled):
            ahead.append((number, asyncio.ensure_future(fetch(number))))
            scheduled = number

    try:
        while True:
            try:
                task = ahead.popleft()[1] if ahead and ahead[0][0] == page else None
                data = await (fetch(page) if task is None else task)
            except IamporterError as exc:
                raise walk.failed(exc, page) from None
            scheduled = max(scheduled, page)
            items = walk.accept(page, data)
            if walk.done:
                _drop(ahead)  # pages past the end: not waited for
                for item in items:
                    yield item
                if walk.overrun is not None:
                    raise walk.overrun
                return
            while ahead and walk.last is not None and ahead[-1][0] > walk.last:
                _drop([ahead.pop()])  # ``total`` shrank: those pages are not wanted
            submit(page + walk.concurrency - 1)
            for item in items:
                yield item
            submit(page + walk.concurrency)
            page += 1
    finally:
        _drop(ahead)


def _drop(ahead: MutableSequence[tuple[int, asyncio.Task[Any]]]) -> None:
    """Cancel the tasks fetching pages nobody will read (and read their errors)."""
    for _, task in ahead:
        if not task.done():
            task.cancel()
        elif not task.cancelled():
            task.exception()  # retrieved: no "exception was never retrieved" log
    ahead.clear()
