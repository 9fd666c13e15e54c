"""Rendering records as a table, JSON or CSV; money as exact decimals, times in KST."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

KST = timezone(timedelta(hours=9), "KST")

PAYMENT_COLUMNS = (
    "imp_uid",
    "merchant_uid",
    "status",
    "amount",
    "cancel_amount",
    "currency",
    "pay_method",
    "pg_provider",
    "name",
    "buyer_name",
    "paid_at",
    "cancelled_at",
)
BILLING_KEY_COLUMNS = (
    "customer_uid",
    "pg_provider",
    "card_name",
    "card_number",
    "customer_name",
    "inserted",
    "updated",
)
SCHEDULE_COLUMNS = (
    "merchant_uid",
    "customer_uid",
    "schedule_status",
    "schedule_at",
    "amount",
    "currency",
    "name",
    "imp_uid",
    "payment_status",
    "executed_at",
    "fail_reason",
)
MONEY_FIELDS = frozenset({"amount", "cancel_amount", "tax_free", "vat_amount", "remaining"})
TIME_FIELDS = frozenset(
    {
        "paid_at",
        "cancelled_at",
        "failed_at",
        "started_at",
        "schedule_at",
        "executed_at",
        "revoked_at",
        "inserted",
        "updated",
        "vbank_date",
    }
)


def money(value: object) -> Decimal:
    """The exact decimal of a JSON number as the server wrote it (``2500``, ``12.34``)."""
    if isinstance(value, bool) or value is None:
        raise TypeError(f"not an amount: {value!r}")
    if isinstance(value, float):
        number = Decimal(repr(value))  # the shortest text that reads back as this float
    elif isinstance(value, int | str | Decimal):
        number = Decimal(value)
    else:
        raise TypeError(f"not an amount: {value!r}")
    return number.quantize(Decimal(1)) if number == number.to_integral_value() else number


def timestamp(value: object) -> str:
    """Unix seconds as ISO 8601 in Korean time; empty for 0 or missing."""
    if not isinstance(value, int) or isinstance(value, bool) or value == 0:
        return ""
    return datetime.fromtimestamp(value, KST).isoformat()


def cell(name: str, value: object) -> str:
    """One field as text."""
    if value is None:
        return ""
    if name in MONEY_FIELDS and isinstance(value, int | float | str | Decimal):
        return str(money(value))
    if name in TIME_FIELDS:
        return timestamp(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def plain(value: Any) -> Any:
    """A JSON-ready copy whose whole-number floats are ints (``2500.0`` -> ``2500``)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def to_json(value: Any) -> str:
    """Stable JSON: keys in the server's order, UTF-8 text, two-space indent."""
    return json.dumps(plain(value), ensure_ascii=False, indent=2)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """Aligned columns with a header line (wide Hangul counted as two)."""
    cells = [[cell(c, row.get(c)) for c in columns] for row in rows]
    widths = [max([_width(c), *(_width(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    lines = [
        "  ".join(_pad(text, widths[i]) for i, text in enumerate(line)).rstrip()
        for line in [list(columns), *cells]
    ]
    return "\n".join(lines)


def record(row: Mapping[str, Any], columns: Sequence[str]) -> str:
    """One record as ``field  value`` lines."""
    width = max(len(c) for c in columns)
    return "\n".join(f"{c.ljust(width)}  {cell(c, row.get(c))}".rstrip() for c in columns)


def to_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """RFC 4180 quoting, ``\\n`` line ends, a header row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(c, row.get(c)) for c in columns])
    return buffer.getvalue()


def render(
    rows: Sequence[Mapping[str, Any]], columns: Sequence[str], fmt: str, *, single: bool
) -> str:
    """``rows`` in ``fmt`` (``table``, ``json`` or ``csv``) without a final newline."""
    if fmt == "json":
        return to_json(rows[0] if single else list(rows))
    if fmt == "csv":
        return to_csv(rows, columns).rstrip("\n")
    return record(rows[0], columns) if single else table(rows, columns)
