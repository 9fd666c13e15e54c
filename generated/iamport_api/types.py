"""Contains some shared types for properties, and the checks the models run on JSON values.

`generator/templates/types.py.jinja` adds everything below `Response` to the generator's own
template: the models (`model.py.jinja`) call these helpers when a JSON value is not of the type
the spec gives, so the fast path of `from_dict` is one inline type test per field.
"""

import math
import re
from collections.abc import Callable, Iterator, Mapping, MutableMapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime, timedelta, timezone
from decimal import ROUND_FLOOR, ROUND_HALF_EVEN, Decimal, InvalidOperation
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, TypeVar

import httpx
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


from iamport_client._errors import (  # noqa: E402
    IamporterError,
    InvalidResponseError,
    NetworkError,
    PaymentOutcomeUnknownError,
    RequestTimeoutError,
    ValidationError,
)

# ---------------------------------------------------------------- sending and reading (one error type)
#
# The generated operations send through `send`/`asend` and read through `checked_response`, so
# the low-level client raises IamporterError subclasses only: no httpx, json or HTTPStatus
# exception escapes it.

_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def _send_error(kwargs: dict[str, Any], exc: Exception) -> IamporterError:
    method = str(kwargs.get("method", "")).upper()
    where = f"{method} {kwargs.get('url', '')}"
    what = type(exc).__name__
    if isinstance(
        exc, httpx.InvalidURL | httpx.UnsupportedProtocol | ValueError | TypeError
    ):
        return ValidationError("request", f"{where} cannot be sent ({what})")
    if method != "GET" and not isinstance(exc, _NEVER_SENT):
        body = kwargs.get("json")
        order = body.get("merchant_uid") if isinstance(body, dict) else None
        payment = body.get("imp_uid") if isinstance(body, dict) else None
        return PaymentOutcomeUnknownError(
            f"{where}: the request may have reached Iamport but no answer arrived ({what}); "
            "it was NOT resent: look up what it did before trying again",
            merchant_uid=order if isinstance(order, str) else None,
            imp_uid=payment if isinstance(payment, str) else None,
        )
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeoutError(f"{where}: timed out ({what})")
    return NetworkError(f"{where}: no answer ({what})")


def _exact_json(kwargs: dict[str, Any]) -> dict[str, Any]:
    """httpx's ``json=`` cannot write Decimal money: the body is written exactly instead."""
    if "json" not in kwargs:
        return kwargs
    from iamport_client._json import dumps

    out = {k: v for k, v in kwargs.items() if k != "json"}
    out["content"] = dumps(kwargs["json"])
    out["headers"] = {
        **(kwargs.get("headers") or {}),
        "Content-Type": "application/json",
    }
    return out


def send(http: httpx.Client, kwargs: dict[str, Any]) -> httpx.Response:
    """Send one generated request; a transport failure becomes an IamporterError."""
    try:
        return http.request(**_exact_json(kwargs))
    except IamporterError:
        raise
    except (httpx.HTTPError, httpx.InvalidURL, ValueError, TypeError) as exc:
        raise _send_error(kwargs, exc) from None


async def asend(http: httpx.AsyncClient, kwargs: dict[str, Any]) -> httpx.Response:
    """:func:`send` for the async client."""
    try:
        return await http.request(**_exact_json(kwargs))
    except IamporterError:
        raise
    except (httpx.HTTPError, httpx.InvalidURL, ValueError, TypeError) as exc:
        raise _send_error(kwargs, exc) from None


def checked_response(
    response: httpx.Response, parse: Callable[[], T | None]
) -> "Response[T]":
    """The generated ``Response``; a body the spec does not describe is InvalidResponseError."""
    status = response.status_code
    try:
        parsed = parse()
    except IamporterError:
        raise
    except (
        ValueError,
        TypeError,
        KeyError,
        AttributeError,
        RecursionError,
        ArithmeticError,
    ) as exc:
        raise InvalidResponseError(
            f"HTTP {status}: the answer does not match the API spec ({type(exc).__name__})",
            status=status,
        ) from None
    try:
        code: HTTPStatus = HTTPStatus(status)
    except ValueError:  # a status HTTPStatus does not know (599): kept as the number
        code = status  # type: ignore[assignment]
    return Response(
        status_code=code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


class SpecMismatchError(InvalidResponseError, TypeError, ValueError):
    """A JSON value does not have the type the spec gives its field.

    ``path`` locates the field from the top of the parsed document, e.g.
    ``response.cancel_history[0].amount``. Only the JSON type of the offending value is named,
    never the value itself (it may be a secret). It is an ``InvalidResponseError`` (so an
    ``IamporterError``), and also a ``TypeError`` and a ``ValueError`` as it always was.

    Attributes:
        path: Where the value is.
        problem: What is wrong with it ("expected a string, got an integer").
        expected, observed: The JSON type the spec gives and the one found.
        drift: True when the value is only a deviation a tolerant reader would have kept (the
            reader was strict), False when the field is part of the strict core.
    """

    def __init__(
        self,
        path: str,
        problem: str,
        *,
        expected: str = "",
        observed: str = "",
        drift: bool = False,
    ) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
        self.expected = expected
        self.observed = observed
        self.drift = drift

    def within(self, parent: str) -> "SpecMismatchError":
        """The same mismatch, located from the field ``parent`` that holds this one."""
        return SpecMismatchError(
            join_path(parent, self.path),
            self.problem,
            expected=self.expected,
            observed=self.observed,
            drift=self.drift,
        )


def join_path(parent: str, path: str) -> str:
    """``parent`` and a path inside it: ``response`` + ``list[0].amount``."""
    if not path:
        return parent
    separator = "" if path.startswith("[") else "."
    return f"{parent}{separator}{path}"


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


def json_type(value: object) -> str:
    """The JSON type of a decoded value, as messages name it ("a string", "a fraction")."""
    if value is MISSING:
        return "nothing (missing)"
    if isinstance(value, Decimal):
        if not value.is_finite() or abs(value.adjusted()) > MAX_EXPONENT:
            return "an out-of-range number"
        return (
            "a number" if value == value.to_integral_value() else "a fractional number"
        )
    if isinstance(value, float):
        return "a number" if value.is_integer() else "a fractional number"
    return _JSON_TYPES.get(type(value), type(value).__name__)


def mismatch(
    path: str, expected: str, value: object, *, drift: bool = False
) -> SpecMismatchError:
    """The error for ``value`` found where ``expected`` (e.g. "a string") belongs."""
    found = json_type(value)
    if value is MISSING:
        return SpecMismatchError(
            path,
            "required field is missing",
            expected=expected,
            observed=found,
            drift=drift,
        )
    return SpecMismatchError(
        path,
        f"expected {expected}, got {found}",
        expected=expected,
        observed=found,
        drift=drift,
    )


def enum_mismatch(path: str, value: object, enum: type[Enum]) -> SpecMismatchError:
    """The error for a value outside a closed set of the spec."""
    if not isinstance(value, str):
        return mismatch(path, "a string", value)
    options = ", ".join(repr(member.value) for member in enum)
    shown = repr(value) if len(value) <= 40 else f"{value[:40]!r}..."
    return SpecMismatchError(
        path,
        f"{shown} is not one of {options}",
        expected=f"one of {options}",
        observed="another string",
    )


# ---------------------------------------------------------------- the tolerant reader
#
# Fields a schema names in `x-iamport-core` (and every money field) are checked strictly by the
# helpers above. Every other field goes through the lenient_* helpers below, which consult the
# reader of the current context:
#   - no reader (a model parsed by hand, the low-level client): a wrong type raises, as always,
#     and unknown members are kept silently;
#   - a tolerant reader (the wrapper's default): the value is kept (converted when that loses
#     nothing useful: a fraction in an integer field reads as its whole part, a number in a
#     string field as its text) and the deviation is recorded for the wrapper to report;
#   - a strict reader: every deviation, unknown members included, raises SpecMismatchError
#     with ``drift=True``.
# Parents prefix the paths recorded inside a nested model; DRIFT_SEQ tells them whether
# anything was recorded meanwhile, so the fast path costs one list read per nested model.

#: Bound on a number's decimal exponent before any int()/Decimal arithmetic on it: a JSON
#: number like 1e9999999 is refused (or kept as it is) instead of costing seconds of CPU.
MAX_EXPONENT = 30
#: Most significant digits of a money value (the default decimal context computes with 28).
MAX_MONEY_DIGITS = 28


class DriftReader:
    """How the current context reads non-core fields, and what it found."""

    __slots__ = ("found", "strict")

    def __init__(self, strict: bool) -> None:
        self.strict = strict
        #: One ``[path, expected, observed, seq]`` per deviation, in document order.
        self.found: list[list[Any]] = []


_READER: ContextVar[DriftReader | None] = ContextVar(
    "iamport_api_drift_reader", default=None
)
DRIFT_SEQ: list[int] = [0]


@contextmanager
def reading(strict: bool) -> Iterator[DriftReader]:
    """Parse models inside this block with a tolerant (or strict) reader; yields the reader."""
    reader = DriftReader(strict)
    token = _READER.set(reader)
    try:
        yield reader
    finally:
        _READER.reset(token)


def drift_within(mark: int, parent: str) -> None:
    """Prefix with ``parent`` the paths of the deviations recorded since ``mark``."""
    reader = _READER.get()
    if reader is None:
        return
    for record in reader.found:
        if record[3] > mark:
            record[0] = join_path(parent, record[0])


def _tolerate(path: str, expected: str, value: object) -> None:
    reader = _READER.get()
    if reader is None or reader.strict:
        raise mismatch(path, expected, value, drift=reader is not None)
    seq = DRIFT_SEQ[0] + 1
    DRIFT_SEQ[0] = seq
    reader.found.append([path, expected, json_type(value), seq])


def kept(value: object, path: str, expected: str) -> Any:
    """A non-core value that is not what the spec says, kept as it is (missing reads as None)."""
    _tolerate(path, expected, value)
    return None if value is MISSING else value


def lenient_str(value: object, path: str) -> Any:
    """A non-core string field: a number reads as its text; anything else is kept."""
    if isinstance(value, str):
        return str.__str__(value)
    _tolerate(path, "a string", value)
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return str(value)
    return None if value is MISSING else value


_DIGITS = re.compile(r"-?[0-9]{1,30}")


def lenient_int(value: object, path: str) -> Any:
    """A non-core integer field: a fraction reads as its whole part (floor), a string of
    digits as its number; anything else (``"card"``) is kept as it is."""
    try:
        return json_int(
            value, path
        )  # an int, or a whole number written with a fraction
    except SpecMismatchError:
        pass
    _tolerate(path, "an integer", value)
    if (
        isinstance(value, Decimal)
        and value.is_finite()
        and abs(value.adjusted()) <= MAX_EXPONENT
    ):
        return int(value.to_integral_value(ROUND_FLOOR))
    if isinstance(value, float) and math.isfinite(value) and abs(value) < 1e30:
        return math.floor(value)
    if isinstance(value, str) and _DIGITS.fullmatch(value):
        return int(value)
    return None if value is MISSING else value


def core_int(value: object, path: str) -> int:
    """A core integer field: a whole number only. A fraction (``1764600000.123`` seconds) is the
    one deviation a tolerant reader accepts here, as its whole part; anything else raises."""
    try:
        return json_int(value, path)
    except SpecMismatchError:
        fraction = (
            isinstance(value, Decimal)
            and value.is_finite()
            and abs(value.adjusted()) <= MAX_EXPONENT
        ) or (isinstance(value, float) and math.isfinite(value) and abs(value) < 1e30)
        if not fraction:
            raise
    _tolerate(path, "an integer", value)
    if isinstance(value, Decimal):
        return int(value.to_integral_value(ROUND_FLOOR))
    assert isinstance(value, float)
    return math.floor(value)


def lenient_float(value: object, path: str) -> Any:
    """A non-core number field: anything but a finite number is kept as it is."""
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        try:
            return json_float(value, path)
        except SpecMismatchError:
            pass
    _tolerate(path, "a number", value)
    return None if value is MISSING else value


def lenient_bool(value: object, path: str) -> Any:
    """A non-core boolean field that holds something else: kept as it is."""
    _tolerate(path, "a boolean", value)
    return None if value is MISSING else value


def lenient_enum(value: object, path: str, enum: type[Enum]) -> Any:
    """A non-core value outside its closed set: kept as a plain string (or as it is)."""
    options = ", ".join(repr(member.value) for member in enum)
    reader = _READER.get()
    if reader is None:
        raise enum_mismatch(path, value, enum)
    _tolerate(
        path, f"one of {options}", value if not isinstance(value, str) else _Unknown()
    )
    return None if value is MISSING else value


class _Unknown:
    """Stands for a string outside an enum, so its type is named and never its text."""


_JSON_TYPES[_Unknown] = "another string"


def unknown_members(members: dict[str, Any]) -> None:
    """Members the spec does not name: kept in ``additional_properties``; a tolerant reader
    records them, a strict one refuses them, and without a reader they pass silently."""
    reader = _READER.get()
    if reader is None:
        return
    for name, value in members.items():
        _tolerate(name, "no such member", value)


def dumped(value: Any) -> Any:
    """A field's JSON form when it may hold a value the reader kept as it came."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [dumped(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, type):
        return to_dict()
    return value


#: Member names whose values are never shown, whatever model holds them: the spec's
#: `format: password` names and anything that looks like a secret.
_SECRET_NAME = re.compile(
    r"secret|token|passw|pwd|cvc|birth|card_?num|expiry|authori[sz]ation|api_?key",
    re.IGNORECASE,
)


def secret_name(name: object) -> bool:
    """Whether a member called ``name`` may hold a secret."""
    return isinstance(name, str) and _SECRET_NAME.search(name) is not None


def _masked(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: "<redacted>" if secret_name(k) else _masked(v) for k, v in value.items()
        }
    if isinstance(value, list):
        return [_masked(item) for item in value]
    return value


def masked_members(members: dict[str, Any]) -> str:
    """The repr of unknown members, with secret-looking ones masked (also when nested)."""
    return repr(_masked(members))


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
        and abs(value.adjusted())
        <= MAX_EXPONENT  # bounded before int(): 1e9999999 is refused
        and value == value.to_integral_value()
    ):
        return int(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e30:
        return int(value)
    raise mismatch(path, "an integer", value)


def json_float(value: object, path: str) -> float:
    """A (non-money) number field's value."""
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        try:
            number = float(value)
        except OverflowError:  # an integer beyond any float
            raise mismatch(path, "a number", value) from None
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
        # Bounded, so no later arithmetic (sums, quantize, comparisons) can stall, overflow or
        # round: the exponent, and the digits (the decimal context keeps 28).
        if (
            value.is_finite()
            and abs(value.adjusted()) <= MAX_EXPONENT
            and len(value.as_tuple().digits) <= MAX_MONEY_DIGITS
        ):
            return Decimal(value)
    elif isinstance(value, int):
        if abs(value) < 10**MAX_EXPONENT:
            return Decimal(value)
    elif isinstance(value, float) and math.isfinite(value) and abs(value) < 1e30:
        return Decimal(repr(value))
    raise mismatch(path, "a number", value)


def money(value: Decimal | int | str) -> Decimal:
    """Money given to a model: an exact Decimal, an int or a decimal string; never a float."""
    if (
        type(value) is Decimal
        and value.is_finite()
        and abs(value.adjusted()) <= MAX_EXPONENT
    ):
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
    if abs(number.adjusted()) > MAX_EXPONENT:
        raise ValueError(
            f"money must be within 10**{MAX_EXPONENT}, with at most {MAX_EXPONENT} decimal places"
        )
    return number


def optional_money(value: Decimal | int | str | None) -> Decimal | None:
    """:func:`money`, or ``None`` for an absent amount."""
    if value is None:
        return value
    return money(value)


def redacted(value: object) -> str:
    """The repr of a secret field: whether it is set, never what it holds."""
    return "None" if value is None else "'<redacted>'"


# ---------------------------------------------------------------- times
#
# The spec marks every unix-seconds field `format: unixtime`; model.py.jinja gives each one a
# read-only `<field>_kst` property that calls `kst_time`. The integer field itself is unchanged.

#: Korea Standard Time, UTC+09:00 all year: Korea has had no daylight saving time since 1988,
#: so a fixed offset is exact for every time this API reports and needs no time zone database.
KST = timezone(timedelta(hours=9), "KST")
_EPOCH = datetime(1970, 1, 1, 9, tzinfo=KST)  # 1970-01-01T00:00:00Z, in KST


def kst_time(value: object, path: str) -> datetime | None:
    """A unix-seconds value as an aware ``datetime`` in :data:`KST`.

    ``None`` and ``0`` (Iamport's "not yet": a payment not paid, a schedule not run) read as
    ``None``. A fraction (a float or Decimal the tolerant reader kept, or a model built by hand)
    keeps its microseconds. Anything else that is no moment (a string the reader kept, a
    boolean, a number beyond the years ``datetime`` holds) raises :class:`SpecMismatchError`
    naming the field. ``.astimezone(timezone.utc)`` gives the same moment in UTC.
    """
    if value is None:
        return None
    try:
        if isinstance(value, bool):
            pass
        elif isinstance(value, int):
            return None if value == 0 else _EPOCH + timedelta(seconds=value)
        elif isinstance(value, float) and math.isfinite(value):
            return None if value == 0 else _EPOCH + timedelta(seconds=value)
        elif (
            isinstance(value, Decimal)
            and value.is_finite()
            and abs(value.adjusted()) <= MAX_EXPONENT
        ):
            if value == 0:
                return None
            micro = int(value.scaleb(6).to_integral_value(ROUND_HALF_EVEN))
            return _EPOCH + timedelta(microseconds=micro)
    except (OverflowError, ValueError):  # beyond the years 1..9999
        pass
    else:
        if not isinstance(value, float | Decimal):  # a string, a boolean, an object...
            raise mismatch(path, "unix seconds (an integer)", value)
    raise SpecMismatchError(  # beyond a datetime's years, not finite, or beyond 10**30
        path,
        "unix seconds beyond the years a datetime can hold",
        expected="unix seconds (an integer)",
        observed="an out-of-range number",
    )


def unix_seconds(
    value: Any, arg: str, names: tuple[str, ...] = (), *, many: bool = False
) -> Any:
    """An argument the spec marks as unix seconds, for the wrapper's resource methods: an aware
    ``datetime`` becomes its whole seconds, a naive one is a ValidationError (the zone is never
    guessed); anything else is left for the validator. With ``names``, the members of an object
    argument (of each item of a list argument when ``many``) are converted instead."""
    from iamport_client._validation import timestamp

    if not names:
        return timestamp(arg, value)
    if many:
        if isinstance(value, str) or not isinstance(value, Sequence):
            return value
        return [
            unix_seconds(item, f"{arg}[{i}]", names) for i, item in enumerate(value)
        ]
    if not isinstance(value, Mapping):
        return value
    found = {
        n: timestamp(f"{arg}.{n}", value[n])
        for n in names
        if isinstance(value.get(n), datetime)
    }
    return {**value, **found} if found else value


__all__ = [
    "KST",
    "DriftReader",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "SpecMismatchError",
    "kst_time",
    "reading",
    "unix_seconds",
]
