"""Hostile values for an argument, derived from its spec constraints (the generated tables).

Nothing here names an operation: a new operation or constraint in the spec is attacked by the
tests of this folder without editing them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from iamport_client._resource import F, Op
from tests.support import spec_ops

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def good(code: str, limits: dict[str, Any]) -> Any:
    """A value that satisfies ``limits`` (the spec-derived sample)."""
    return spec_ops.sample(F("x", "x", "body", True, code, limits))


def hostile(code: str, limits: dict[str, Any], currency: str | None) -> Iterator[tuple[str, Any]]:
    """(name, value) pairs the spec forbids for a value of this type and these constraints."""
    ok = good(code, limits)
    if code == "str":
        yield "not-a-string", 12
        if "enum" in limits:
            yield "not-in-enum", "no-such-" + str(limits["enum"][0])
        if "pattern" in limits:
            yield "trailing-newline", ok + "\n"
            yield "leading-space", " " + ok
            if re.search(r"[0-9]", ok):
                yield "fullwidth-digits", ok.translate(FULLWIDTH)
                yield "arabic-indic-digits", ok.translate(ARABIC_INDIC)
            if ok.lower() != ok:
                yield "lower-case", ok.lower()
        if "maxLength" in limits:
            yield "one-too-long", "x" * (limits["maxLength"] + 1)
        if limits.get("minLength"):
            yield "empty", ""
            yield "blank", " \t"
    elif code == "int":
        yield "text", "1"
        yield "bool", True
        yield "float", 1.0
        if "minimum" in limits:
            yield "below-minimum", int(limits["minimum"]) - 1
        if "maximum" in limits:
            yield "above-maximum", int(limits["maximum"]) + 1
    elif code == "money":
        yield "float", 0.1
        yield "bool", True
        yield "text", "abc"
        yield "nan", Decimal("NaN")
        yield "nan-text", "NaN"
        yield "infinity", Decimal("Infinity")
        yield "huge-int", 10**40
        yield "huge-exponent", "1e999999"
        yield "too-precise", Decimal("1.000000000000000000001")
        if "minimum" in limits or "exclusiveMinimum" in limits:
            yield "negative", -5
        if limits.get("exclusiveMinimum") == 0:
            yield "zero", 0
        if limits.get("integer"):
            yield "fraction-of-an-integer-amount", Decimal("1.5")
        if currency in ("KRW", "JPY"):
            yield "fraction-of-a-won", Decimal("100.5")
        if currency == "USD":
            yield "fraction-of-a-cent", Decimal("1.005")
    elif code == "bool":
        yield "text", "yes"
        yield "int", 1
    elif code == "array":
        yield "text", "abc"
        yield "set", {ok[0]} if ok and isinstance(ok[0], str) else {1}
        if limits.get("minItems"):
            yield "too-few-items", []
        if "maxItems" in limits:
            yield "too-many-items", [f"id_{i}" for i in range(limits["maxItems"] + 1)]
        items = limits.get("items")
        if items is not None:
            for name, bad in hostile(items["code"], items, currency):
                yield f"item-{name}", [*ok, bad]
    elif code == "object":
        yield "not-a-mapping", "abc"
        yield "int-key", {1: "a"}
        yield "nan-member", {"x_member": Decimal("NaN")}
        props = limits.get("props")
        if props:
            base = ok
            own = currency if "currency" not in props else "KRW"
            for member, entry in props.items():
                for name, bad in hostile(entry["code"], entry, own):
                    yield f"{member}-{name}", {**base, member: bad}
            if limits.get("closed"):
                yield "unknown-member", {**base, "no_such_member": 1}
    elif code == "str_or_array":
        yield "int", 12
        yield "list-of-ints", [1]


def op_currency(op: Op) -> str | None:
    """The currency the baseline call's amounts are in (the spec's default for the operation)."""
    return op.currency


def cases(op: Op) -> Iterator[tuple[F, str, Any]]:
    """Every (argument, case name, hostile value) of an operation."""
    for f in op.fields:
        for name, value in hostile(f.code, f.limits, op_currency(op)):
            yield f, name, value


def head(field: str) -> str:
    """The argument a ``ValidationError.field`` names (``schedules[0].amount`` -> schedules)."""
    return re.split(r"[.\[]", field, maxsplit=1)[0]
