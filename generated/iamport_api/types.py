"""Contains some shared types for properties, and the checks the models run on JSON values.

`generator/templates/types.py.jinja` adds everything below `Response` to the generator's own
template: the models (`model.py.jinja`) call these helpers when a JSON value is not of the type
the spec gives, so the fast path of `from_dict` is one inline type test per field.
"""

import math
from collections.abc import Mapping, MutableMapping
from decimal import Decimal, InvalidOperation
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, TypeVar

from attrs import define

# The generator's Unset/UNSET marker is gone: an absent optional field or parameter is None
# (model.py.jinja, endpoint_macros.py.jinja).

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class SpecMismatchError(TypeError, ValueError):
    """A JSON value does not have the type the spec gives its field.

    ``path`` locates the field from the top of the parsed document, e.g.
    ``response.cancel_history[0].amount``. Only the JSON type of the offending value is named,
    never the value itself (it may be a secret).
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem

    def within(self, parent: str) -> "SpecMismatchError":
        """The same mismatch, located from the field ``parent`` that holds this one."""
        separator = "" if self.path.startswith("[") else "."
        return SpecMismatchError(f"{parent}{separator}{self.path}", self.problem)


class _Missing:
    """A required key that the JSON object does not have."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()

_JSON_TYPES = {
    str: "a string",
    int: "an integer",
    float: "a number",
    Decimal: "a number",
    bool: "a boolean",
    dict: "an object",
    list: "an array",
    type(None): "null",
}


def mismatch(path: str, expected: str, value: object) -> SpecMismatchError:
    """The error for ``value`` found where ``expected`` (e.g. "a string") belongs."""
    if value is MISSING:
        return SpecMismatchError(path, "required field is missing")
    found = _JSON_TYPES.get(type(value), type(value).__name__)
    return SpecMismatchError(path, f"expected {expected}, got {found}")


def enum_mismatch(path: str, value: object, enum: type[Enum]) -> SpecMismatchError:
    """The error for a value outside a closed set of the spec."""
    if not isinstance(value, str):
        return mismatch(path, "a string", value)
    options = ", ".join(repr(member.value) for member in enum)
    shown = repr(value) if len(value) <= 40 else f"{value[:40]!r}..."
    return SpecMismatchError(path, f"{shown} is not one of {options}")


def json_str(value: object, path: str) -> str:
    """A string field's value (called when it is not exactly a ``str``)."""
    if isinstance(value, str):
        return str.__str__(value)
    raise mismatch(path, "a string", value)


def json_bool(value: object, path: str) -> bool:
    """A boolean field's value (called when it is not a ``bool``): always a mismatch."""
    raise mismatch(path, "a boolean", value)


def json_int(value: object, path: str) -> int:
    """An integer field's value. A whole number written with a fraction (``1700000000.0``, as
    some servers send timestamps) is read as that integer; anything else raises."""
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    if (
        isinstance(value, Decimal)
        and value.is_finite()
        and value == value.to_integral_value()
    ):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise mismatch(path, "an integer", value)


def json_float(value: object, path: str) -> float:
    """A (non-money) number field's value."""
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        number = float(value)
        if math.isfinite(number):
            return number
    raise mismatch(path, "a number", value)


def json_money(value: object, path: str) -> Decimal:
    """A money field's value, exactly as the JSON text wrote it.

    The client decodes JSON with ``parse_float=Decimal``, so a number with a fraction arrives
    as a Decimal and an integer as an int; both convert exactly. A float (JSON decoded without
    ``parse_float``) is read through its shortest repr, the decimal that produced it.
    """
    if isinstance(value, bool):
        raise mismatch(path, "a number", value)
    if isinstance(value, Decimal):
        if value.is_finite():
            return value
    elif isinstance(value, int):
        return Decimal(value)
    elif isinstance(value, float) and math.isfinite(value):
        return Decimal(repr(value))
    raise mismatch(path, "a number", value)


def money(value: Decimal | int | str) -> Decimal:
    """Money given to a model: an exact Decimal, an int or a decimal string; never a float."""
    if type(value) is Decimal:
        return value
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise TypeError(
            f"money must be a Decimal, an int or a decimal string, not {type(value).__name__}"
        )
    try:
        number = Decimal(value.strip() if isinstance(value, str) else value)
    except InvalidOperation:
        raise ValueError(f"money must be a decimal number, not {value!r}") from None
    if not number.is_finite():
        raise ValueError(f"money must be finite, not {value!r}")
    return number


def optional_money(value: Decimal | int | str | None) -> Decimal | None:
    """:func:`money`, or ``None`` for an absent amount."""
    if value is None or type(value) is Decimal:
        return value
    return money(value)


def redacted(value: object) -> str:
    """The repr of a secret field: whether it is set, never what it holds."""
    return "None" if value is None else "'<redacted>'"


__all__ = ["File", "FileTypes", "RequestFiles", "Response", "SpecMismatchError"]
