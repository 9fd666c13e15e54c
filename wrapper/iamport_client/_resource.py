"""What the generated resource classes (``_resources/``) run on: the operation tables, the
validator that checks arguments against the spec's constraints before anything is sent, the
request builder and the page walkers (``iter_*``).

Hand-written and small; everything operation-specific lives in the spec and reaches this
module through the generated :class:`Op` tables.
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
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar
from urllib.parse import quote

from . import _validation as v
from ._core import Call, Kind
from ._errors import (
    IamporterError,
    InvalidResponseError,
    PaymentFailedError,
    PaymentOutcomeUnknownError,
    PaymentPendingError,
    ValidationError,
)

if TYPE_CHECKING:
    import asyncio

    from iamport_api.models import Payment

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
    "require_order",
    "require_paid",
]

Amount = v.Amount
T = TypeVar("T")

_KINDS = {"read": Kind.READ, "write": Kind.WRITE, "money": Kind.MONEY, "token": Kind.TOKEN}


class F(NamedTuple):
    """One argument: wire name, Python name, location, required, type code, constraints.

    ``limits`` holds the spec's constraints; a list's ``items`` and an object's ``props`` are
    nested ``{"code": ..., **constraints}`` entries checked the same way.
    """

    name: str
    py: str
    where: str  # path, query, header, body
    required: bool
    code: str  # str, int, bool, money, array, object, str_or_array, any
    limits: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Op:
    """One operation of the spec, as the generated methods see it.

    ``order`` says where the request names its order(s) (``merchant_uid``,
    ``schedules[].merchant_uid``, ``imp_uid``) so a lost answer names them; ``require_any``
    lists groups of which at least one member must be given; ``together`` groups given all
    or none; ``ascending`` pairs that must increase (a window's start and end); ``currency``
    is the currency of amounts when the request names none (``None``: the payment's own,
    unknown here).
    """

    op_id: str
    http: str
    path: str
    kind: str
    envelope_module: str
    envelope: str
    fields: tuple[F, ...]
    check: str | None = None
    order: tuple[str, ...] = ()
    require_any: tuple[tuple[str, ...], ...] = ()
    together: tuple[tuple[str, ...], ...] = ()
    ascending: tuple[tuple[str, ...], ...] = ()
    currency: str | None = "KRW"

    @property
    def method(self) -> str:
        """The HTTP method, upper case."""
        return self.http.upper()


# ------------------------------------------------------------------------------ validation

_NOT_A_LIST = (str, bytes, bytearray, Mapping)


def _check(code: str, limits: Mapping[str, Any], value: Any, label: str, currency: Any) -> Any:
    """Check one value against its type code and constraints; return its JSON form."""
    if isinstance(value, Enum):  # a generated enum member stands for its value
        value = value.value
    if code == "str":
        if not isinstance(value, str):
            raise ValidationError(label, "must be a string")
        if limits:
            _check_text(label, value, limits)
        return value
    if code == "money":
        return v.money(label, value, limits, currency)
    if code == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(label, "must be an int")
        _check_range(label, value, limits)
        return value
    if code == "bool":
        if not isinstance(value, bool):
            raise ValidationError(label, "must be True or False")
        return value
    if code == "array":
        return _check_list(limits, value, label, currency)
    if code == "str_or_array":
        if isinstance(value, str):
            _check_text(label, value, limits.get("text", {}))
            return value
        return _check_list(limits, value, label, currency)
    if code == "object":
        props = limits.get("props")
        if props is None:
            if not isinstance(value, Mapping) and not callable(getattr(value, "to_dict", None)):
                raise ValidationError(label, "must be a mapping")
            return v.json_value(label, value)
        required = limits.get("required", ())
        return _check_object(props, required, "closed" in limits, value, label, currency)
    return v.json_value(label, value)


def _check_list(limits: Mapping[str, Any], value: Any, label: str, currency: Any) -> list[Any]:
    if isinstance(value, _NOT_A_LIST) or not isinstance(value, Sequence):
        raise ValidationError(label, "must be a list")
    if len(value) < limits.get("minItems", 0):
        raise ValidationError(label, f"must have at least {limits['minItems']} item(s)")
    if "maxItems" in limits and len(value) > limits["maxItems"]:
        raise ValidationError(label, f"must have at most {limits['maxItems']} items")
    items = limits.get("items")
    if items is None:
        return [v.json_value(f"{label}[{i}]", item) for i, item in enumerate(value)]
    code = items["code"]
    return [_check(code, items, item, f"{label}[{i}]", currency) for i, item in enumerate(value)]


def _check_object(
    props: Mapping[str, Any], required: Any, closed: bool, value: Any, label: str, currency: Any
) -> dict[str, Any]:
    """A nested object: its spec members checked, others checked as free-form JSON."""
    to_dict = getattr(value, "to_dict", None)
    if not isinstance(value, Mapping) and callable(to_dict):
        value = to_dict()
    if not isinstance(value, Mapping):
        raise ValidationError(label, "must be a mapping")
    if "currency" in props:  # amounts of this object are in its own currency
        own = value.get("currency")
        currency = own if isinstance(own, str) else currency
    out: dict[str, Any] = {}
    for key, item in value.items():
        if not isinstance(key, str):
            raise ValidationError(label, f"keys must be strings (got {type(key).__name__})")
        if item is None:
            continue
        member = props.get(key)
        where = f"{label}.{key}"
        if member is None:
            out[key] = v.json_value(where, item)
        else:
            out[key] = _check(member["code"], member, item, where, currency)
    for key in required:
        if key not in out:
            raise ValidationError(f"{label}.{key}", "is required")
    if closed:
        unknown = sorted(set(out) - set(props))
        if unknown:
            raise ValidationError(label, f"unknown members: {', '.join(unknown)}")
    return out


def _check_text(label: str, value: str, limits: Mapping[str, Any]) -> None:
    if "enum" in limits and value not in limits["enum"]:
        allowed = ", ".join(repr(x) for x in limits["enum"])
        raise ValidationError(label, f"must be one of {allowed}")
    if len(value) < limits.get("minLength", 0) or (limits.get("minLength") and not value.strip()):
        raise ValidationError(label, "must be a non-empty string")
    if "maxLength" in limits and len(value) > limits["maxLength"]:
        raise ValidationError(label, f"must be at most {limits['maxLength']} characters")
    regex = limits.get("pattern")
    if regex is not None:
        v.pattern(label, value, regex)


def _check_range(label: str, number: int, limits: Mapping[str, Any]) -> None:
    if "minimum" in limits and number < limits["minimum"]:
        raise ValidationError(label, f"must be at least {limits['minimum']}")
    if "exclusiveMinimum" in limits and number <= limits["exclusiveMinimum"]:
        raise ValidationError(label, f"must be greater than {limits['exclusiveMinimum']}")
    if "maximum" in limits and number > limits["maximum"]:
        raise ValidationError(label, f"must be at most {limits['maximum']}")


def _extra(extra: Any) -> dict[str, Any]:
    """The ``extra_body`` argument as checked JSON: a mapping or a generated request model."""
    if extra is None:
        return {}
    if isinstance(extra, Mapping):
        data: Any = extra
    else:
        to_dict = getattr(extra, "to_dict", None)
        if not callable(to_dict):
            raise ValidationError("extra_body", "must be a mapping or a generated request model")
        data = to_dict()
        if isinstance(data, dict):
            # A generated model may still type money as float: take it as the decimal it shows.
            data = {k: Decimal(repr(x)) if isinstance(x, float) else x for k, x in data.items()}
    checked = v.json_value("extra_body", data)
    if not isinstance(checked, dict):
        raise ValidationError("extra_body", "must be a mapping or a generated request model")
    return checked


def _currency(op: Op, args: Mapping[str, Any], body: Mapping[str, Any]) -> str | None:
    """The currency of the request's amounts: the one it names (checked first, so a bad
    currency is reported as such), else the operation's."""
    named = args.get("currency")
    if named is None:
        named = body.get("currency")
    if named is None:
        return op.currency
    for f in op.fields:
        if f.name == "currency":
            checked = _check(f.code, f.limits, named, f.py, None)
            return checked if isinstance(checked, str) else op.currency
    return op.currency


def build(op: Op, args: Mapping[str, Any], extra: Any = None, currency: Any = ...) -> Call[Any]:
    """Validate the arguments of one call and describe its request.

    ``currency`` overrides the currency amounts are checked in (a seed cancel's ``currency``).

    Raises:
        ValidationError: An argument breaks the spec; nothing is sent.
    """
    body = _extra(extra)
    path: dict[str, str] = {}
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    has_body = False
    money = _currency(op, args, body) if currency is ... else currency
    given: set[str] = set()
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
        given.add(f.name)
        wire = _check(f.code, f.limits, value, f.py, money)
        if where == "path":
            if wire in (".", ".."):
                raise ValidationError(f.py, "may not be '.' or '..'")
            path[f.name] = quote(str(wire), safe="")
        elif where == "query":
            params[f.name] = str(wire).lower() if isinstance(wire, bool) else wire
        elif where == "header":
            text = str(wire)
            if not v.HEADER_VALUE.fullmatch(text):
                raise ValidationError(f.py, "must be visible ASCII without spaces or line breaks")
            headers[f.name] = text
        else:
            body[f.name] = wire
    if op.require_any or op.together or op.ascending:
        _check_groups(op, given, {**path, **params, **body})
    request: dict[str, Any] = {"method": op.http, "url": op.path.format(**path)}
    if params:
        request["params"] = params
    if headers:
        request["headers"] = headers
    if has_body or body:
        request["json"] = body
    if op.order:
        merchant_uids, imp_uid = _orders(op.order, path, body, args)
    else:
        merchant_uids, imp_uid = _ids(args, body)
    mid = merchant_uids[0] if merchant_uids else None
    return Call(
        request,
        _parser(op),
        _KINDS[op.kind],
        mid,
        imp_uid,
        check=None if op.check is None else _checker(op.check, mid, imp_uid),
        orders=merchant_uids,
    )


def _check_groups(op: Op, given: set[str], sent: Mapping[str, Any]) -> None:
    py = {f.name: f.py for f in op.fields}
    for first, *rest in op.ascending:
        values = [sent.get(name) for name in (first, *rest)]
        numbers = [x for x in values if isinstance(x, int)]
        if len(numbers) == len(values) and numbers != sorted(set(numbers)):
            raise ValidationError(py[rest[-1]], f"must be after {py[first]}")
    for group in op.require_any:
        if not given.intersection(group):
            names = " or ".join(py[name] for name in group)
            raise ValidationError(py[group[0]], f"give {names}")
    for group in op.together:
        present = given.intersection(group)
        if present and len(present) != len(group):
            names = ", ".join(py[name] for name in group)
            raise ValidationError(py[group[-1]], f"give {names} together")


def _ids(args: Mapping[str, Any], body: Mapping[str, Any]) -> tuple[tuple[str, ...], str | None]:
    merchant_uid = args.get("merchant_uid")
    if not isinstance(merchant_uid, str):
        merchant_uid = body.get("merchant_uid")
    imp_uid = args.get("imp_uid")
    if not isinstance(imp_uid, str):
        imp_uid = body.get("imp_uid")
    return (
        (merchant_uid,) if isinstance(merchant_uid, str) else (),
        imp_uid if isinstance(imp_uid, str) else None,
    )


def _orders(
    order: tuple[str, ...], path: Mapping[str, str], body: Mapping[str, Any], args: Any
) -> tuple[tuple[str, ...], str | None]:
    """The order ids the spec's ``order`` fact points at (``schedules[].merchant_uid``...)."""
    merchant_uids: list[str] = []
    imp_uid: str | None = None
    for where in order:
        head, _, member = where.partition("[].")
        found: list[Any]
        if member:
            items = body.get(head)
            found = [i.get(member) for i in items if isinstance(i, dict)] if items else []
        elif head in path:
            found = [args.get(head)]  # the id as given, not its quoted form
        else:
            found = [body.get(head)]
        ids = [x for x in found if isinstance(x, str)]
        if any(x in (".", "..") for x in ids):  # an order you could never look up by its id
            raise ValidationError(where, "may not be '.' or '..'")
        if (member or head).endswith("imp_uid"):
            imp_uid = imp_uid or (ids[0] if ids else None)
        else:
            merchant_uids.extend(ids)
    return tuple(merchant_uids), imp_uid


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


# ------------------------------------------------------------------------------ answer checks


def _checker(check: str, merchant_uid: str | None, imp_uid: str | None) -> Any:
    """The check the spec's ``x-iamport.check`` names, bound to the order asked for."""
    if check == "paid":
        return require_order(merchant_uid) if merchant_uid else require_paid
    if check == "issued":
        return _issued(merchant_uid)
    if check == "cancelled":
        return _same_payment(merchant_uid, imp_uid)
    raise ValidationError("check", f"unknown check {check!r} in the spec")


def require_paid(result: IamporterResult[Payment]) -> None:
    """Make a declined payment impossible to miss: raise unless it was approved.

    A ``ready`` answer is not a decline: the payment is still in progress, so it raises
    :class:`PaymentPendingError` (look it up again), never :class:`PaymentFailedError`.
    """
    from iamport_api.models.payment_status import PaymentStatus

    payment = result.data
    if payment.status is PaymentStatus.PAID:
        return
    if payment.status is PaymentStatus.READY:
        raise PaymentPendingError(
            f"payment {payment.merchant_uid!r} is still in progress (status ready): it is "
            "neither approved nor declined yet; do not charge again, look it up later with "
            "find_by_merchant_uid()",
            payment=payment,
            merchant_uid=payment.merchant_uid,
            imp_uid=payment.imp_uid,
            status=result.status,
            raw=result.raw,
        )
    _declined(result)


def _declined(result: IamporterResult[Payment]) -> None:
    payment = result.data
    reason = payment.fail_reason if isinstance(payment.fail_reason, str) else None
    detail = f": {reason}" if reason else ""
    raise PaymentFailedError(
        f"payment {payment.merchant_uid!r} was not approved "
        f"(status {payment.status.value}){detail}",
        payment=payment,
        fail_reason=reason,
        status=result.status,
        raw=result.raw,
    )


def _wrong_order(result: IamporterResult[Any], asked: str, answered: Any) -> None:
    merchant_uid = asked if not asked.startswith("imp_uid ") else None
    raise PaymentOutcomeUnknownError(
        f"the answer to a request about {asked!r} describes {answered!r}; the outcome is "
        f"unknown and it was NOT resent: look up {asked!r} before trying again",
        merchant_uid=merchant_uid,
        status=result.status,
        raw=result.raw,
    )


def require_order(merchant_uid: str) -> Callable[[IamporterResult[Payment]], None]:
    """Check that a payment answer is about the order asked for, then that it was approved."""

    def check(result: IamporterResult[Payment]) -> None:
        if result.data.merchant_uid != merchant_uid:
            _wrong_order(result, merchant_uid, result.data.merchant_uid)
        require_paid(result)

    return check


def _issued(merchant_uid: str | None) -> Callable[[IamporterResult[Payment]], None]:
    """A virtual account or convenience-store code: ``ready`` (or paid) is success."""
    from iamport_api.models.payment_status import PaymentStatus

    def check(result: IamporterResult[Payment]) -> None:
        payment = result.data
        if merchant_uid is not None and payment.merchant_uid != merchant_uid:
            _wrong_order(result, merchant_uid, payment.merchant_uid)
        if payment.status not in (PaymentStatus.READY, PaymentStatus.PAID):
            _declined(result)

    return check


def _same_payment(
    merchant_uid: str | None, imp_uid: str | None
) -> Callable[[IamporterResult[Payment]], None]:
    """A cancel's answer must describe the payment asked for (imp_uid wins when both given)."""

    def check(result: IamporterResult[Payment]) -> None:
        payment = result.data
        if imp_uid is not None:
            if payment.imp_uid != imp_uid:
                _wrong_order(result, f"imp_uid {imp_uid}", payment.imp_uid)
        elif merchant_uid is not None and payment.merchant_uid != merchant_uid:
            _wrong_order(result, merchant_uid, payment.merchant_uid)

    return check


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
