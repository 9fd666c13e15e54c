"""What the generated resource classes (``_resources.py``) run on: the operation tables, the
validator that checks arguments against the spec's constraints before anything is sent, the
request builder and the page walkers (``iter_*``).

Hand-written and small; everything operation-specific lives in the spec and reaches this
module through the generated :class:`Op` tables.
"""

from __future__ import annotations

import re
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
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar
from urllib.parse import quote

from . import _validation as v
from ._core import Call, Kind
from ._errors import IamporterError, InvalidResponseError, ValidationError

if TYPE_CHECKING:
    import asyncio

    from ._binding import AsyncRunner, SyncRunner
    from ._result import IamporterResult

__all__ = [
    "DEFAULT_PAGE_CONCURRENCY",
    "MAX_PAGES",
    "Amount",
    "AsyncResource",
    "F",
    "Op",
    "SyncResource",
    "apages",
    "build",
    "pages",
]

Amount = v.Amount
T = TypeVar("T")

_KINDS = {"read": Kind.READ, "write": Kind.WRITE, "money": Kind.MONEY, "token": Kind.TOKEN}
_PATTERNS: dict[str, re.Pattern[str]] = {}


class F(NamedTuple):
    """One argument: wire name, Python name, location, required, type code, constraints."""

    name: str
    py: str
    where: str  # path, query, header, body
    required: bool
    code: str  # str, int, bool, money, array, object, str_or_array, any
    limits: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Op:
    """One operation of the spec, as the generated methods see it."""

    op_id: str
    http: str
    path: str
    kind: str
    envelope_module: str
    envelope: str
    fields: tuple[F, ...]
    check: str | None = None

    @property
    def method(self) -> str:
        """The HTTP method, upper case."""
        return self.http.upper()


# ------------------------------------------------------------------------------ validation


def _check(f: F, value: Any, name: str | None = None) -> Any:
    """Check one value against its field's type and constraints; return its JSON form."""
    label = name or f.py
    code, limits = f.code, f.limits
    if isinstance(value, Enum):  # a generated enum member stands for its value
        value = value.value
    if code == "str":
        if not isinstance(value, str):
            raise ValidationError(label, "must be a string")
        _check_text(label, value, limits)
        return value
    if code == "bool":
        if not isinstance(value, bool):
            raise ValidationError(label, "must be True or False")
        return value
    if code == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(label, "must be an int")
        _check_range(label, Decimal(value), limits)
        return value
    if code == "money":
        number = v.to_decimal(label, value)
        _check_range(label, number, limits)
        # Whole amounts go out as integers, others as their exact decimal text (_json.py).
        return int(number) if number == number.to_integral_value() else number
    if code == "array":
        if isinstance(value, str | bytes) or not isinstance(value, Sequence):
            raise ValidationError(label, "must be a list")
        items = limits.get("items")
        if items is None:
            return [_plain(item) for item in value]
        inner = F(f.name, f.py, f.where, True, items["code"], items)
        return [_check(inner, item, f"{label}[{i}]") for i, item in enumerate(value)]
    if code == "str_or_array":
        if isinstance(value, str):
            return value
        if isinstance(value, Sequence) and all(isinstance(item, str) for item in value):
            return list(value)
        raise ValidationError(label, "must be a string or a list of strings")
    if code == "object":
        if not isinstance(value, Mapping):
            raise ValidationError(label, "must be a mapping")
        return _plain(value)
    return _plain(value)


def _check_text(label: str, value: str, limits: Mapping[str, Any]) -> None:
    if "enum" in limits and value not in limits["enum"]:
        allowed = ", ".join(repr(x) for x in limits["enum"])
        raise ValidationError(label, f"must be one of {allowed}")
    if len(value) < limits.get("minLength", 0) or (limits.get("minLength") and not value.strip()):
        raise ValidationError(label, "must be a non-empty string")
    if "maxLength" in limits and len(value) > limits["maxLength"]:
        raise ValidationError(label, f"must be at most {limits['maxLength']} characters")
    pattern = limits.get("pattern")
    if pattern is not None:
        compiled = _PATTERNS.get(pattern)
        if compiled is None:
            compiled = _PATTERNS[pattern] = re.compile(pattern)
        if not compiled.search(value):
            raise ValidationError(label, f"must match {pattern}")


def _check_range(label: str, number: Decimal, limits: Mapping[str, Any]) -> None:
    if "minimum" in limits and number < Decimal(str(limits["minimum"])):
        raise ValidationError(label, f"must be at least {limits['minimum']}")
    if "exclusiveMinimum" in limits and number <= Decimal(str(limits["exclusiveMinimum"])):
        raise ValidationError(label, f"must be greater than {limits['exclusiveMinimum']}")
    if "maximum" in limits and number > Decimal(str(limits["maximum"])):
        raise ValidationError(label, f"must be at most {limits['maximum']}")


def _plain(value: Any) -> Any:
    """Nested values for the JSON body (``Decimal`` money is written exactly by ``_json``)."""
    if isinstance(value, Mapping):
        return {str(k): _plain(item) for k, item in value.items() if item is not None}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):  # a generated model nested in a mapping
        return _plain(to_dict())
    return value


def _extra(extra: Any) -> dict[str, Any]:
    """The ``extra_body`` argument as a dict: a mapping or a generated request model."""
    if extra is None:
        return {}
    if isinstance(extra, Mapping):
        return dict(extra)
    to_dict = getattr(extra, "to_dict", None)
    if callable(to_dict):
        data = to_dict()
        if isinstance(data, dict):
            # A generated model may still type money as float: take it as the decimal it shows.
            return {k: Decimal(repr(x)) if isinstance(x, float) else x for k, x in data.items()}
    raise ValidationError("extra_body", "must be a mapping or a generated request model")


def build(op: Op, args: Mapping[str, Any], extra: Any = None) -> Call[Any]:
    """Validate the arguments of one call and describe its request.

    Raises:
        ValidationError: An argument breaks the spec; nothing is sent.
    """
    body = _extra(extra)
    path: dict[str, str] = {}
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    has_body = False
    for f in op.fields:
        where = f.where
        value = args.get(f.py)
        if where == "body":
            has_body = True
            if value is None:
                value = body.get(f.name)
        if value is None:
            if f.required:
                raise ValidationError(f.py, "is required")
            if where == "body":
                body.pop(f.name, None)  # a None in extra_body leaves the field out too
            continue
        wire = _check(f, value)
        if where == "path":
            if wire in (".", ".."):
                raise ValidationError(f.py, "may not be '.' or '..'")
            path[f.name] = quote(str(wire), safe="")
        elif where == "query":
            params[f.name] = str(wire).lower() if isinstance(wire, bool) else wire
        elif where == "header":
            headers[f.name] = str(wire)
        else:
            body[f.name] = wire
    request: dict[str, Any] = {"method": op.http, "url": op.path.format(**path)}
    if params:
        request["params"] = params
    if headers:
        request["headers"] = headers
    if has_body or body:
        body = {k: _plain(x) for k, x in body.items() if x is not None}
        request["json"] = body
    merchant_uid = args.get("merchant_uid")
    if not isinstance(merchant_uid, str):
        merchant_uid = body.get("merchant_uid")
    imp_uid = args.get("imp_uid")
    if not isinstance(imp_uid, str):
        imp_uid = body.get("imp_uid")
    mid = merchant_uid if isinstance(merchant_uid, str) else None
    return Call(
        request,
        _parser(op),
        _KINDS[op.kind],
        mid,
        imp_uid if isinstance(imp_uid, str) else None,
        check=None if op.check is None else _checker(op.check, mid),
    )


_ENVELOPES: dict[str, Any] = {}


def _parser(op: Op) -> Any:
    """The payload parser of ``op``: its generated envelope's ``from_dict``, imported once."""
    parse = _ENVELOPES.get(op.op_id)
    if parse is None:

        def parse(data: dict[str, Any]) -> Any:
            from importlib import import_module

            module = import_module(f"iamport_api.models.{op.envelope_module}")
            envelope = getattr(module, op.envelope)

            def parsed(body: dict[str, Any]) -> Any:
                return envelope.from_dict(body).response

            _ENVELOPES[op.op_id] = parsed
            return parsed(data)

    return parse


def _checker(check: str, merchant_uid: str | None) -> Any:
    if check != "paid":
        raise ValidationError("check", f"unknown check {check!r} in the spec")
    from . import _calls

    return _calls._require_order(merchant_uid) if merchant_uid else _calls._require_paid


# ------------------------------------------------------------------------------ resources


class SyncResource:
    """A group of operations of an ``Iamporter`` (``iamporter.payments``, ...)."""

    def __init__(self, client: SyncRunner) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def _run(self, call: Call[T]) -> IamporterResult[T]:
        return self._client._run(call)


class AsyncResource:
    """A group of operations of an ``AsyncIamporter``, awaitable."""

    def __init__(self, client: AsyncRunner) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    async def _run(self, call: Call[T]) -> IamporterResult[T]:
        return await self._client._run(call)


# ------------------------------------------------------------------------------ paging

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
    resource: SyncResource,
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
    resource: AsyncResource,
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
