"""What the generated resource classes (``_resources/``) run on: the operation tables, the
validator that checks arguments against the spec's constraints before anything is sent, the
request builder and the page iterators.

Hand-written and small; everything operation-specific lives in the spec and reaches this
module through the generated :class:`Op` tables.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar
from urllib.parse import quote

from . import _validation as v
from ._core import Call, Kind
from ._errors import ValidationError

if TYPE_CHECKING:
    from ._binding import AsyncRunner, SyncRunner
    from ._result import IamporterResult

__all__ = ["Amount", "AsyncResource", "F", "Op", "SyncResource", "apages", "build", "pages"]

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
    from ._checks import require_order, require_paid

    return require_order(merchant_uid) if merchant_uid else require_paid


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


class _Pager:
    """Where a walk over a paged list stands: the page to fetch next and the items left."""

    def __init__(self, max_items: int | None) -> None:
        if max_items is not None and (
            isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0
        ):
            raise ValidationError("max_items", "must be a non-negative int")
        self.left = max_items
        self.page: int | None = 1 if max_items != 0 else None

    def take(self, data: Any) -> list[Any]:
        """The items of a fetched page to hand out; decides which page (if any) comes next."""
        items = list(data.list_)
        if self.left is not None:
            items = items[: self.left]
            self.left -= len(items)
        following = data.next_
        current = self.page or 0
        done = not items or not isinstance(following, int) or following <= current
        self.page = None if done or self.left == 0 else following
        return items


def pages(
    resource: SyncResource, op: Op, args: Mapping[str, Any], extra: Any, max_items: int | None
) -> Iterator[Any]:
    """Every item of a paged list, one page fetched at a time, as the loop asks for them."""
    pager = _Pager(max_items)
    while pager.page is not None:
        yield from pager.take(resource._run(build(op, {**args, "page": pager.page}, extra)).data)


async def apages(
    resource: AsyncResource, op: Op, args: Mapping[str, Any], extra: Any, max_items: int | None
) -> AsyncIterator[Any]:
    """Like :func:`pages`, awaiting each page."""
    pager = _Pager(max_items)
    while pager.page is not None:
        result = await resource._run(build(op, {**args, "page": pager.page}, extra))
        for item in pager.take(result.data):
            yield item
