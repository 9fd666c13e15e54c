"""JSON as the client reads and writes it: money exactly, never through a binary float.

Reading: numbers with a fraction become ``Decimal`` (``10.50`` stays ``Decimal("10.50")``) and
integers stay ``int``; the generated models turn both into exact ``Decimal`` money.
Writing: ``json.dumps`` cannot write a ``Decimal``, so request bodies go through :func:`dumps`,
which writes one as its exact decimal text (``Decimal("10.50")`` -> ``10.50``, ``Decimal(8900)``
-> ``8900``).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from decimal import Decimal

__all__ = ["dumps", "loads"]

_string = json.JSONEncoder(ensure_ascii=False).encode


def loads(content: bytes | str) -> Any:
    """Decode a response body; every number with a fraction becomes a ``Decimal``."""
    from decimal import Decimal  # with the first answer, not at ``import iamport_client``

    return json.loads(content, parse_float=Decimal)


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
