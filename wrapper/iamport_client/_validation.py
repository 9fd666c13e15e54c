"""The primitive input rules the one runtime validator (``_build.py``) is built from.

Every argument of every path (the resource methods and the seed methods, which are thin aliases
of them) is checked by ``_build.build`` against the spec's constraints; the rules that need
more than a JSON Schema keyword live here, once: money, text patterns, header values and the
free-form JSON of ``extra_body``. Messages never echo card data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from ._errors import ValidationError

__all__ = [
    "HEADER_VALUE",
    "Amount",
    "json_value",
    "minor_units",
    "money",
    "one_of",
    "pattern",
    "timestamp",
    "to_decimal",
]

#: Money as callers may pass it: never a binary float.
Amount = int | Decimal | str

#: An HTTP header value we send (a token, a tier code): visible ASCII, no space, no CR/LF.
HEADER_VALUE = re.compile(r"[\x21-\x7e]+")
#: Money beyond these is no amount any gateway takes, and converting it could pin a core
#: (``Decimal("1e1000000")`` as an int has a million digits).
MAX_AMOUNT_TEXT = 40
MAX_AMOUNT_DIGITS = 20
MAX_AMOUNT_EXPONENT = 15
#: Free-form JSON (``extra_body``, ``extra``): how deep, how long a number may be.
MAX_JSON_DEPTH = 32
MAX_JSON_INT_BITS = 128

MERCHANT_UID_MAX = 40
PAYMENT_STATUSES = ("ready", "paid", "cancelled", "failed")

#: Digits after the decimal point per ISO 4217 currency; other codes have two.
_MINOR_UNITS = {
    **dict.fromkeys(
        ("KRW", "JPY", "VND", "CLP", "ISK", "PYG", "UGX", "XAF", "XOF", "XPF", "KMF", "RWF"), 0
    ),
    **dict.fromkeys(("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"), 3),
}
_PATTERNS: dict[str, re.Pattern[str]] = {}


def minor_units(currency: str | None) -> int | None:
    """Decimal places an amount in ``currency`` may have (``None``: the currency is unknown)."""
    if currency is None or len(currency) != 3 or not currency.isupper():
        return None  # e.g. the spec's ``currency: payment``: the payment's own, unknown here
    return _MINOR_UNITS.get(currency, 2)


def pattern(field: str, value: str, regex: str) -> None:
    """Check ``value`` against a spec pattern, as JSON Schema means it.

    The whole string must match, ASCII classes only: in Python ``\\d`` is any Unicode digit
    ("４２４２" passes) and ``$`` matches before a trailing newline, so patterns are compiled
    with ``re.ASCII`` and matched with ``fullmatch`` (the spec's patterns are anchored).
    """
    compiled = _PATTERNS.get(regex)
    if compiled is None:
        compiled = _PATTERNS[regex] = re.compile(regex, re.ASCII)
    if compiled.fullmatch(value) is None:
        raise ValidationError(field, f"must match {regex}")


def to_decimal(field: str, value: object) -> Decimal:
    """Convert money to an exact Decimal; floats and bools are refused.

    A binary float cannot hold most decimal amounts exactly, so the client never accepts one
    as money: pass an int, a Decimal or a numeric string. NaN, infinities, absurd exponents and
    more than 20 digits are refused before anything converts the number.
    """
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise ValidationError(field, "must be an int, a Decimal or a numeric string (not a float)")
    if isinstance(value, str):
        text = value.strip()
        if len(text) > MAX_AMOUNT_TEXT or not text.isascii():
            raise ValidationError(field, "is not a plain decimal number")
        value = text
    elif isinstance(value, int) and value.bit_length() > 64:
        raise ValidationError(field, "is too large to be an amount")
    try:
        number = Decimal(value)
    except (InvalidOperation, ValueError):
        raise ValidationError(field, "is not a number") from None
    if not number.is_finite():
        raise ValidationError(field, "must be a finite number")
    if number.is_zero():
        return Decimal(0)  # also "0E+1000000", whose exponent alone is absurd
    # Checked on the exponent and digit count, before anything converts the number.
    if (
        len(number.as_tuple().digits) > MAX_AMOUNT_DIGITS
        or not -MAX_AMOUNT_DIGITS <= number.adjusted() <= MAX_AMOUNT_EXPONENT
    ):
        raise ValidationError(field, "is too large or too precise to be an amount")
    return number


def money(
    field: str, value: object, limits: Mapping[str, Any], currency: str | None
) -> int | Decimal:
    """The one money rule: exact, finite, bounded, in range, in the currency's minor units.

    ``limits`` are the field's spec constraints (``minimum``, ``exclusiveMinimum``,
    ``maximum``; ``integer`` for an integer-typed amount). Whole amounts go out as integers,
    others as their exact decimal text (``_json.py``).
    """
    number = to_decimal(field, value)
    low = limits.get("exclusiveMinimum")
    if low is not None and number <= low:
        raise ValidationError(field, "must be greater than 0" if low == 0 else f"must be > {low}")
    low = limits.get("minimum")
    if low is not None and number < low:
        raise ValidationError(field, "must not be negative" if low == 0 else f"must be >= {low}")
    high = limits.get("maximum")
    if high is not None and number > high:
        raise ValidationError(field, f"must be at most {high}")
    whole = number == number.to_integral_value()
    if whole:
        return int(number)
    if limits.get("integer"):
        raise ValidationError(field, "must be a whole number")
    places = minor_units(currency)
    exponent = number.normalize().as_tuple().exponent
    if places is not None and isinstance(exponent, int) and -exponent > places:
        if places == 0:
            raise ValidationError(field, f"{currency} amounts must be whole numbers")
        raise ValidationError(field, f"{currency} amounts have at most {places} decimal places")
    return number


def json_value(field: str, value: object, depth: int = 0) -> Any:
    """Free-form JSON (``extra_body``, ``extra``): string keys, finite numbers, no objects.

    Returns the value as the JSON body carries it (tuples as lists, enums as their values,
    generated models as their dicts); ``None`` members of a mapping are left out.
    """
    if depth > MAX_JSON_DEPTH:
        raise ValidationError(field, "is nested too deeply")
    if value is None or isinstance(value, str | bool):
        return value
    if isinstance(value, Enum):
        return json_value(field, value.value, depth + 1)
    if isinstance(value, int):
        if value.bit_length() > MAX_JSON_INT_BITS:
            raise ValidationError(field, "is too large a number")
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValidationError(field, "must be a finite number")
        return value
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValidationError(field, "must be a finite number")
        if len(value.as_tuple().digits) > MAX_AMOUNT_TEXT or abs(value.adjusted()) > 40:
            raise ValidationError(field, "is too large or too precise a number")
        return value
    if isinstance(value, Mapping):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValidationError(field, f"keys must be strings (got {type(key).__name__})")
            if item is not None:
                out[key] = json_value(f"{field}.{key}", item, depth + 1)
        return out
    if isinstance(value, list | tuple):
        return [json_value(f"{field}[{i}]", item, depth + 1) for i, item in enumerate(value)]
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):  # a generated model
        return json_value(field, to_dict(), depth + 1)
    raise ValidationError(field, f"a {type(value).__name__} is not JSON")


def timestamp(field: str, value: object) -> object:
    """An aware datetime as unix seconds (the seed methods accept them); else ``value``."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValidationError(field, "datetime must be timezone-aware")
        return int(value.timestamp())
    return value


def one_of(field: str, value: object, allowed: Iterable[str] = PAYMENT_STATUSES) -> str:
    """Check a value (a payment status by default) against a closed set of strings."""
    options = tuple(allowed)
    raw = getattr(value, "value", value)
    if not isinstance(raw, str) or raw not in options:
        raise ValidationError(field, f"must be one of {', '.join(options)}")
    return raw
