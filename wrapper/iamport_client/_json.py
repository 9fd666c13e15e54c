"""JSON as the client reads and writes it: money exactly, never through a binary float.

Reading: numbers with a fraction become ``Decimal`` (``10.50`` stays ``Decimal("10.50")``) and
integers stay ``int``; the generated models turn both into exact ``Decimal`` money.
Writing: ``json.dumps`` cannot write a ``Decimal``, so request bodies go through :func:`dumps`,
which writes one as its exact decimal text (``Decimal("10.50")`` -> ``10.50``, ``Decimal(8900)``
-> ``8900``).
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from typing import Any

__all__ = ["dumps", "loads"]

_string = json.JSONEncoder(ensure_ascii=False).encode


#: Longest integer literal decoded as an int. Python refuses longer ones itself (its
#: int_max_str_digits, 4300 by default) unless a program lifted that limit; then the bounded
#: parser below keeps the cost linear.
MAX_INT_DIGITS = 4300


#: Longest number text read as a plain Decimal (at most 28 digits, what the decimal context
#: computes exactly); a longer one (``1.000…0001`` with a million digits) becomes an
#: :class:`OversizedNumber`, which no model takes on its fast path.
MAX_NUMBER_CHARS = 29


class OversizedNumber(Decimal):
    """A JSON number with more digits than any field of the API holds."""

    __slots__ = ()


def _decimal(text: str) -> Decimal:
    if len(text) > MAX_NUMBER_CHARS:
        return OversizedNumber(text)
    return Decimal(text)


def _bounded_int(text: str) -> int | Decimal:
    """An integer literal; a longer one than any field holds stays a (cheap) Decimal, which the
    models refuse or keep without converting."""
    if len(text) > MAX_NUMBER_CHARS:
        return OversizedNumber(text)
    return int(text)


def loads(content: bytes | str) -> Any:
    """Decode a response body; every number with a fraction becomes a ``Decimal``.

    Bounded cost: ``Decimal`` keeps an exponent such as ``1e9999999`` as written (the models
    check the exponent before any ``int()`` or arithmetic), a number longer than
    ``MAX_NUMBER_CHARS`` is an :class:`OversizedNumber` (money refuses it: its digits would not
    survive arithmetic), and integer literals are bounded by Python's digit limit (or, when a
    program lifted it, by :func:`_bounded_int`).
    """
    limit = sys.get_int_max_str_digits()
    if limit == 0 or limit > MAX_INT_DIGITS:
        return json.loads(content, parse_float=_decimal, parse_int=_bounded_int)
    return json.loads(content, parse_float=_decimal)


def dumps(value: Any) -> bytes:
    """Encode a request body as compact UTF-8 JSON, writing ``Decimal`` values exactly.

    Raises:
        ValueError: A non-finite number (NaN or infinity) cannot be sent.
        TypeError: A value JSON cannot hold.
    """
    from decimal import Decimal  # with the first request, not at ``import iamport_client``

    parts: list[str] = []
    _write(value, parts, Decimal)
    return "".join(parts).encode("utf-8")


def _write(value: Any, out: list[str], decimal: type[Decimal]) -> None:
    if isinstance(value, str):
        out.append(_string(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, decimal):
        if not value.is_finite():
            raise ValueError(f"cannot send the non-finite number {value}")
        out.append(str(value))
    elif isinstance(value, float):
        out.append(json.dumps(value, allow_nan=False))
    elif isinstance(value, dict):
        out.append("{")
        for index, (key, item) in enumerate(value.items()):
            if not isinstance(key, str):
                raise TypeError(f"JSON object keys must be strings, not {type(key).__name__}")
            if index:
                out.append(",")
            out.append(_string(key))
            out.append(":")
            _write(item, out, decimal)
        out.append("}")
    elif isinstance(value, list | tuple):
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(",")
            _write(item, out, decimal)
        out.append("]")
    else:
        raise TypeError(f"{type(value).__name__} cannot be sent as JSON")
