"""Money handling: amounts are ``Decimal`` in memory and JSON numbers on the wire."""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

ZERO = Decimal(0)


def to_decimal(value: object) -> Decimal | None:
    """Convert a JSON/form value to ``Decimal``; ``None`` when it is not a finite number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        # Only reached for values built in Python; the request parser keeps JSON
        # fractions as Decimal. repr() gives the shortest exact-looking form.
        result = Decimal(repr(value))
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            return None
    else:
        return None
    if not result.is_finite():
        return None
    return result


def is_whole(value: Decimal) -> bool:
    """True when ``value`` has no fractional part."""
    return value == value.to_integral_value()


def to_json_number(value: Decimal) -> int | float:
    """Render an amount as an int when it is whole, else as a float."""
    if is_whole(value):
        return int(value)
    return float(value)


def _default(obj: Any) -> Any:
    if isinstance(obj, Decimal):
        return to_json_number(obj)
    raise TypeError(f"cannot serialise {type(obj).__name__}")


def dumps(obj: object) -> bytes:
    """Serialise to compact UTF-8 JSON, rendering ``Decimal`` amounts as numbers."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=_default).encode(
        "utf-8"
    )


def _reject_constant(name: str) -> Any:
    raise ValueError(f"non-finite number {name} is not allowed")


def loads(raw: bytes | str) -> Any:
    """Parse JSON keeping fractional numbers exact (as ``Decimal``).

    Raises ``ValueError`` for anything that is not JSON, including nesting deeper than
    the parser can follow (``RecursionError`` would otherwise escape as a crash).
    """
    try:
        return json.loads(raw, parse_float=Decimal, parse_constant=_reject_constant)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def minor_unit(currency: str) -> Decimal:
    """Smallest amount step of a currency (1 for KRW, 0.01 otherwise)."""
    return Decimal(1) if currency == "KRW" else Decimal("0.01")


def vat_of(taxable: Decimal, currency: str = "KRW") -> Decimal:
    """VAT included in a taxable amount (one eleventh, rounded half up to the minor unit)."""
    return (taxable / 11).quantize(minor_unit(currency), rounding=ROUND_HALF_UP)
