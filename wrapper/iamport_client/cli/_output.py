"""Rendering records for people (tables) and for programs (JSON, JSON lines, CSV, xlsx).

Every string in a record came from the server, so none is trusted:

* for a terminal (tables, records, messages) every control sequence is removed: OSC (``ESC ]``,
  the clipboard write OSC 52 and the title OSC 0), CSI, the 8-bit C1 forms, CR, BS, bidi
  overrides, ...;
* for a spreadsheet (CSV, xlsx) a cell that starts with ``=``, ``+``, ``-``, ``@``, TAB or CR is
  prefixed with ``'`` (the OWASP rule against formula injection), CSV quotes every cell and ends
  lines with CRLF, and xlsx stores every server string as text, never as a formula;
* JSON escapes what a terminal would act on and writes ``Decimal`` money exactly.

Money is exact (``Decimal``), times are Korean time; a value that is no amount or no time (a
30-digit amount, a ``paid_at`` of 10^20) is shown as it came, never a traceback.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import IO, Any

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
MONEY_FIELDS = frozenset(
    {"amount", "cancel_amount", "tax_free", "vat_amount", "remaining", "refunded", "checksum"}
)
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
#: Amounts beyond this many digits of exponent are shown in scientific form, never expanded.
_MAX_EXPANDED = 60

# ----------------------------------------------------------------------------- safety

# ESC-introduced sequences (OSC, DCS, SOS, PM, APC with their strings; CSI; two-byte escapes)
# and their 8-bit C1 twins. The string forms run to their terminator (BEL or ST) or the end.
_SEQUENCE = re.compile(
    r"""
      \x1b[\]PX^_] [^\x07\x1b\x9c]* (?:\x07|\x1b\\|\x9c)?   # OSC, DCS, SOS, PM, APC
    | [\x9d\x90\x98\x9e\x9f] [^\x07\x1b\x9c]* (?:\x07|\x1b\\|\x9c)?
    | \x1b\[ [0-?]* [ -/]* [@-~]?                          # CSI
    | \x9b [0-?]* [ -/]* [@-~]?
    | \x1b [ -/]* [0-~]?                                   # any other escape
    """,
    re.VERBOSE,
)
# What is left: C0 and C1 controls, DEL, and the invisible bidi controls that reorder a line.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile("[\t\n\r\x0b\x0c\x85\u2028\u2029]")
# What JSON output escapes beyond what json.dumps does (it leaves C1 and bidi raw).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]")
# Characters XML (so xlsx) cannot hold at all.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def for_terminal(text: str) -> str:
    """``text`` without anything a terminal would act on; line breaks and tabs become spaces."""
    return _CONTROL.sub("", _LINE_BREAKS.sub(" ", _SEQUENCE.sub("", text)))


def for_sheet(text: str) -> str:
    """``text`` for a spreadsheet cell: escape sequences removed, formulas neutralised.

    Line breaks inside a cell stay (CSV quotes them); a cell that a spreadsheet would read as a
    formula gets a leading ``'`` (OWASP: ``=``, ``+``, ``-``, ``@``, TAB, CR).
    """
    text = _SEQUENCE.sub("", text)
    text = _CONTROL.sub(lambda m: m.group() if m.group() in "\t\r\n" else "", text)
    return "'" + text if text.startswith(_FORMULA_START) else text


# ----------------------------------------------------------------------------- values


def money(value: object) -> Decimal:
    """The exact decimal of a JSON number as the server wrote it (``2500``, ``12.34``).

    Raises:
        TypeError: ``value`` is no number.
    """
    if isinstance(value, bool) or value is None:
        raise TypeError(f"not an amount: {value!r}")
    try:
        if isinstance(value, float):
            number = Decimal(repr(value))  # the shortest text that reads back as this float
        elif isinstance(value, int | str | Decimal):
            number = Decimal(value)
        else:
            raise TypeError(f"not an amount: {value!r}")
    except (InvalidOperation, ValueError):
        raise TypeError(f"not an amount: {value!r}") from None
    if not number.is_finite():
        raise TypeError(f"not an amount: {value!r}")
    if number.as_tuple().exponent != 0 and number == number.to_integral_value():
        # 2500.0 -> 2500 without quantize(), which fails beyond the context's 28 digits
        number = number.to_integral_value() if number.adjusted() < _MAX_EXPANDED else number
    return number


def money_text(value: object) -> str:
    """An amount as plain digits (``12900``, ``10.50``); anything else as it came."""
    try:
        number = money(value)
    except TypeError:
        return str(value)
    if abs(number.adjusted()) >= _MAX_EXPANDED:
        return str(number)
    return format(number, "f")


def moment(value: object) -> datetime | None:
    """Unix seconds as an aware datetime in Korean time; ``None`` for 0, missing or impossible."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal) or value == 0:
        return None
    try:
        return datetime.fromtimestamp(int(value), KST)
    except (OverflowError, OSError, ValueError, InvalidOperation):
        return None


def timestamp(value: object) -> str:
    """Unix seconds as ISO 8601 in Korean time; empty for 0 or missing; else as it came."""
    if value is None or value == 0 or isinstance(value, bool):
        return ""
    when = moment(value)
    return when.isoformat() if when is not None else str(value)


def cell(name: str, value: object) -> str:
    """One field as text (not yet made safe for any medium)."""
    if value is None:
        return ""
    if name in MONEY_FIELDS and isinstance(value, int | float | str | Decimal):
        return money_text(value)
    if name in TIME_FIELDS:
        return timestamp(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return to_json(value, indent=None)
    if isinstance(value, Decimal):
        return money_text(value)
    return str(value)


# ----------------------------------------------------------------------------- JSON


def _json(value: Any, indent: int | None, level: int, out: list[str]) -> None:
    if isinstance(value, Decimal):
        out.append(money_text(value) if value.is_finite() else json.dumps(str(value)))
    elif isinstance(value, float):
        if value.is_integer():
            out.append(str(int(value)))
        else:
            out.append(json.dumps(value))
    elif isinstance(value, Mapping | list | tuple):
        pairs: list[tuple[str | None, Any]] = (
            [(str(k), v) for k, v in value.items()]
            if isinstance(value, Mapping)
            else [(None, v) for v in value]
        )
        opening, closing = ("{", "}") if isinstance(value, Mapping) else ("[", "]")
        if not pairs:
            out.append(opening + closing)
            return
        inner = "" if indent is None else "\n" + " " * (indent * (level + 1))
        outer = "" if indent is None else "\n" + " " * (indent * level)
        out.append(opening)
        for index, (key, item) in enumerate(pairs):
            if index:
                out.append("," if indent is not None else ", ")
            out.append(inner)
            if key is not None:
                out.append(json.dumps(key, ensure_ascii=False) + ": ")
            _json(item, indent, level + 1, out)
        out.append(outer + closing)
    else:
        out.append(json.dumps(value, ensure_ascii=False, default=str))


def to_json(value: Any, indent: int | None = 2) -> str:
    """JSON with ``Decimal`` money written exactly (``10.50``), keys in the server's order.

    UTF-8 text, but C1 controls, bidi controls and line separators are escaped (``\\u009b``),
    so printing it cannot drive a terminal; the decoded value is unchanged.
    """
    out: list[str] = []
    _json(value, indent, 0, out)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", "".join(out))


# ----------------------------------------------------------------------------- tables


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def table(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """Aligned columns with a header line (wide Hangul counted as two), terminal-safe."""
    cells = [[for_terminal(cell(c, row.get(c))) for c in columns] for row in rows]
    widths = [max([_width(c), *(_width(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    lines = [
        "  ".join(_pad(text, widths[i]) for i, text in enumerate(line)).rstrip()
        for line in [list(columns), *cells]
    ]
    return "\n".join(lines)


def record(row: Mapping[str, Any], columns: Sequence[str]) -> str:
    """One record as ``field  value`` lines, terminal-safe."""
    width = max(len(c) for c in columns)
    return "\n".join(
        f"{c.ljust(width)}  {for_terminal(cell(c, row.get(c)))}".rstrip() for c in columns
    )


# ----------------------------------------------------------------------------- streams


_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def sheet_cells(row: Mapping[str, Any], columns: Sequence[str]) -> list[str]:
    """One CSV row: every cell neutralised, except plain numbers (a refund of ``-500``)."""
    cells = []
    for name in columns:
        text = cell(name, row.get(name))
        cells.append(text if _PLAIN_NUMBER.fullmatch(text) else for_sheet(text))
    return cells


def write_csv(
    rows: Iterable[Mapping[str, Any]], columns: Sequence[str], out: IO[str], *, bom: bool = False
) -> int:
    """RFC 4180 CSV, every cell quoted, CRLF line ends, a header row; returns the rows written.

    ``bom`` starts the file with a UTF-8 byte order mark, which Excel needs to read UTF-8
    (without it Korean Excel reads the file as CP949).
    """
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow(sheet_cells(row, columns))
        count += 1
    return count


def write_jsonl(rows: Iterable[Mapping[str, Any]], out: IO[str]) -> int:
    """One JSON object a line, each flushed as it arrives (a pipe's reader sees it at once)."""
    count = 0
    for row in rows:
        out.write(to_json(row, indent=None) + "\n")
        out.flush()
        count += 1
    return count


def write_json_array(rows: Iterable[Mapping[str, Any]], out: IO[str]) -> int:
    """A JSON array written item by item (never the whole list in memory)."""
    count = 0
    for row in rows:
        out.write("[\n  " if count == 0 else ",\n  ")
        out.write(to_json(row).replace("\n", "\n  "))
        count += 1
    out.write("[]\n" if count == 0 else "\n]\n")
    return count


def write_xlsx(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], out: IO[bytes]) -> int:
    """A workbook (openpyxl, write-only so rows stream): money as numbers, times as Korean
    date-times, every other value as text (a leading ``=`` never becomes a formula).
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("iamport")
    header = []
    for name in columns:
        label = f"{name} (KST)" if name in TIME_FIELDS else name
        header.append(_text_cell(sheet, WriteOnlyCell, label))
    sheet.append(header)
    count = 0
    for row in rows:
        line = []
        for name in columns:
            value = row.get(name)
            line.append(_xlsx_cell(sheet, WriteOnlyCell, name, value))
        sheet.append(line)
        count += 1
    book.save(out)
    return count


def _text_cell(sheet: Any, make: Any, text: str) -> Any:
    target = make(sheet, value=_XML_ILLEGAL.sub("", text))
    target.data_type = "s"  # never "f": a leading "=" stays text
    return target


def _xlsx_cell(sheet: Any, make: Any, name: str, value: object) -> Any:
    if value is None:
        return make(sheet)
    if name in MONEY_FIELDS and not isinstance(value, bool):
        try:
            number = money(value)
        except TypeError:
            number = None
        if (
            number is not None
            and abs(number.adjusted()) < 16
            and len(number.as_tuple().digits) <= 15
        ):
            target = make(sheet, value=number)
            target.number_format = "#,##0" if number == number.to_integral_value() else "#,##0.00"
            return target
        return _text_cell(sheet, make, cell(name, value))  # beyond a double's exact digits
    if name in TIME_FIELDS:
        when = moment(value)
        if when is None:
            return make(sheet) if value in (0, None) else _text_cell(sheet, make, str(value))
        target = make(sheet, value=when.replace(tzinfo=None))  # Excel has no time zones: KST
        target.number_format = "yyyy-mm-dd hh:mm:ss"
        return target
    return _text_cell(sheet, make, _SEQUENCE.sub("", cell(name, value)))


def render(
    rows: Sequence[Mapping[str, Any]], columns: Sequence[str], fmt: str, *, single: bool
) -> str:
    """``rows`` in ``fmt`` (``table``, ``json``, ``jsonl`` or ``csv``) without a final newline."""
    if fmt == "json":
        return to_json(rows[0] if single else list(rows))
    if fmt == "jsonl":
        return "\n".join(to_json(row, indent=None) for row in rows)
    if fmt == "csv":
        import io

        buffer = io.StringIO()
        write_csv(rows, columns, buffer)
        return buffer.getvalue().removesuffix("\r\n")
    return record(rows[0], columns) if single else table(rows, columns)


def message(text: str) -> str:
    """A message (perhaps with the server's words) for stderr: every line terminal-safe."""
    return "\n".join(for_terminal(line) for line in text.split("\n"))
