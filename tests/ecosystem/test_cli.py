"""The installed ``iamport`` console script against the sandbox over real HTTP."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from iamport_client import Iamporter
from iamport_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, Sandbox
from iamport_sandbox.models import OrderInfo
from iamport_sandbox.resources import CardInput

from ._process import serving

IAMPORT = str(Path(sys.executable).with_name("iamport"))
KST = timezone(timedelta(hours=9))
CARD = CardInput(digits="4242424242424242", expiry="2030-12", birth="900101")
DECLINED = CardInput(digits="4000000000000002", expiry="2030-12", birth="900101")


def run(
    sandbox: Sandbox | None,
    *args: str,
    input: str | None = None,
    env: dict[str, str] | None = None,
    home: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the console script with the sandbox's credentials in the environment."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("IAMPORT_")}
    base["HOME"] = str(home or Path("/nonexistent-home"))
    base.pop("XDG_CONFIG_HOME", None)
    if sandbox is not None:
        base |= {
            "IAMPORT_API_KEY": DEFAULT_API_KEY,
            "IAMPORT_API_SECRET": DEFAULT_API_SECRET,
            "IAMPORT_BASE_URL": sandbox.base_url,
        }
    return subprocess.run(
        [IAMPORT, *args],
        input=input,
        capture_output=True,
        text=True,
        env=base | (env or {}),
        timeout=60,
    )


def fields(stdout: str) -> dict[str, str]:
    """``field  value`` lines as a dict (an empty value is "")."""
    pairs = (line.split(maxsplit=1) for line in stdout.splitlines())
    return {p[0]: p[1] if len(p) > 1 else "" for p in pairs}


def at(day: int, hour: int = 12) -> float:
    return datetime(2026, 11, day, hour, tzinfo=KST).timestamp()


def pay(sandbox: Sandbox, merchant_uid: str, amount: int, name: str = "월간 이용권") -> str:
    order = OrderInfo(name=name, buyer_name="홍길동")
    return str(sandbox.state.pay_onetime(CARD, merchant_uid, Decimal(amount), order)["imp_uid"])


def test_script_is_the_installed_one() -> None:
    assert Path(IAMPORT).is_file()


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["payments"],
        ["payments", "get"],
        ["payments", "find"],
        ["payments", "list"],
        ["payments", "cancel"],
        ["billing-keys", "get"],
        ["schedules", "get"],
        ["schedules", "list"],
        ["token"],
        ["sandbox"],
        ["listen"],
        ["trigger"],
    ],
)
def test_help_is_readable(args: list[str]) -> None:
    result = run(None, *args, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Usage: iamport")
    assert max(len(line) for line in result.stdout.splitlines()) <= 100
    if not args:
        for code in range(7):
            assert f"{code} " in result.stdout.split("Exit codes:")[1]


def test_get_and_find_in_every_format(sandbox: Sandbox) -> None:
    sandbox.clock.set(at(3))
    sandbox.clock.freeze()
    imp_uid = pay(sandbox, "order_cli_1", 12900, name='쿠폰, "특가"')
    table = run(sandbox, "payments", "get", imp_uid)
    assert table.returncode == 0, table.stderr
    shown = fields(table.stdout)
    assert shown["imp_uid"] == imp_uid
    assert shown["amount"] == "12900"
    assert shown["cancel_amount"] == "0"
    assert shown["paid_at"] == "2026-11-03T12:00:00+09:00"
    assert shown["name"] == '쿠폰, "특가"'
    as_json = json.loads(run(sandbox, "payments", "find", "order_cli_1", "--format", "json").stdout)
    assert as_json["imp_uid"] == imp_uid
    assert as_json["amount"] == 12900 and isinstance(as_json["amount"], int)
    rows = list(
        csv.DictReader(
            io.StringIO(run(sandbox, "payments", "get", imp_uid, "--format", "csv").stdout)
        )
    )
    assert [r["name"] for r in rows] == ['쿠폰, "특가"']


def test_not_found_prints_the_servers_words_and_exits_4(sandbox: Sandbox) -> None:
    result = run(sandbox, "payments", "get", "imp_000000000000")
    assert result.returncode == 4
    assert result.stdout == ""
    assert result.stderr.startswith("iamport: [404] ")
    assert "존재하지 않는 결제정보입니다" in result.stderr


def test_export_2500_payments_csv_row_by_row(sandbox: Sandbox, iamporter: Iamporter) -> None:
    sandbox.clock.set(at(1, 0) - 3600)  # 23:00 on 31 October: outside the window
    sandbox.clock.freeze()
    pay(sandbox, "order_october", 5000)
    sandbox.clock.advance(3600 + 30)
    imp_uids = []
    for i in range(2500):
        sandbox.clock.advance(900)
        name = f'정기결제 {i}, "{i % 7}"' if i % 3 else f"plan {i}"
        imp_uids.append(pay(sandbox, f"order_{i:05d}", 1000 + i * 7, name))
        if i % 500 == 250:
            sandbox.state.pay_onetime(DECLINED, f"declined_{i}", Decimal(100), OrderInfo(name="x"))
    refunded = set(range(0, 2500, 250))  # partial refunds keep the status `paid`
    for i in refunded:
        iamporter.cancel_by_imp_uid(imp_uids[i], amount=500, reason="부분 환불")
    cancelled_at = datetime.fromtimestamp(int(sandbox.clock.now()), KST).isoformat()
    sandbox.clock.advance(86400)  # still November: the exports below end on the 30th

    result = run(
        sandbox,
        "payments",
        "list",
        "--status",
        "paid",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
        "--format",
        "csv",
        "--progress",
    )
    assert result.returncode == 0, result.stderr
    # Not a terminal: no counters, one summary line.
    assert result.stderr == "payments: 2500 exported\n"
    assert "\r" not in result.stdout.replace("\r\n", "")
    reader = csv.reader(io.StringIO(result.stdout, newline=""))
    header = next(reader)
    assert header == [
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
    ]
    rows = list(reader)
    assert len(rows) == 2500
    # Newest first (the service's default order), every row checked against what was paid.
    for n, row in enumerate(rows):
        i = 2499 - n
        paid_at = datetime.fromtimestamp(int(at(1, 0)) + 30 + 900 * (i + 1), KST).isoformat()
        assert row == [
            imp_uids[i],
            f"order_{i:05d}",
            "paid",
            str(1000 + i * 7),
            "500" if i in refunded else "0",
            "KRW",
            "card",
            "nice",
            f'정기결제 {i}, "{i % 7}"' if i % 3 else f"plan {i}",
            "홍길동",
            paid_at,
            cancelled_at if i in refunded else "",
        ], f"row {n}"
    assert len({row[0] for row in rows}) == 2500

    as_json = json.loads(
        run(
            sandbox,
            "payments",
            "list",
            "--status",
            "paid",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "--format",
            "json",
            "--page-size",
            "1000",
        ).stdout
    )
    assert [p["imp_uid"] for p in as_json] == [row[0] for row in rows]
    failed = run(
        sandbox,
        "payments",
        "list",
        "--status",
        "failed",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
    )
    assert failed.returncode == 0 and failed.stderr == "payments: 5 exported\n"
    assert [line.split()[1] for line in failed.stdout.splitlines()[1:]] == [
        f"declined_{i}" for i in (2250, 1750, 1250, 750, 250)
    ]


def test_cancel_asks_then_prints_the_refund(sandbox: Sandbox) -> None:
    imp_uid = pay(sandbox, "order_cancel", 10000)
    declined = run(sandbox, "payments", "cancel", imp_uid, "--amount", "2500", input="n\n")
    assert declined.returncode == 5
    assert "Refund 2500 KRW of payment " + imp_uid in declined.stderr
    assert "10000 KRW not yet refunded" in declined.stderr
    assert sandbox.state.latest_payment("order_cancel").cancel_amount == 0  # type: ignore[union-attr]

    partial = run(
        sandbox,
        "payments",
        "cancel",
        imp_uid,
        "--amount",
        "2500",
        "--reason",
        "고객 변심",
        input="y\n",
    )
    assert partial.returncode == 0, partial.stderr
    shown = fields(partial.stdout)
    assert shown["refunded"] == "2500 KRW"
    assert shown["cancel_amount"] == "2500"
    assert shown["remaining"] == "7500"
    assert shown["status"] == "paid"
    assert shown["reason"] == "고객 변심"

    full = run(sandbox, "payments", "cancel", imp_uid, "--yes", "--format", "json")
    assert full.returncode == 0, full.stderr
    assert json.loads(full.stdout)["status"] == "cancelled"
    assert full.stderr == ""

    again = run(sandbox, "payments", "cancel", imp_uid, "--yes")
    assert again.returncode == 1
    assert again.stderr == "iamport: [200] 이미 전액 취소된 결제건입니다.\n"


def test_cancel_rejects_a_bad_amount_before_asking(sandbox: Sandbox) -> None:
    result = run(sandbox, "payments", "cancel", "imp_1", "--amount", "1.5e400x")
    assert result.returncode == 2
    assert "is not an amount" in result.stderr


def test_billing_keys_and_schedules(sandbox: Sandbox, iamporter: Iamporter) -> None:
    iamporter.create_subscription(
        customer_uid="gildong_0001",
        card_number="4242-4242-4242-4242",
        expiry="2030-12",
        birth="900101",
    )
    key = run(sandbox, "billing-keys", "get", "gildong_0001")
    assert key.returncode == 0, key.stderr
    assert "424242" in key.stdout and "4242424242424242" not in key.stdout
    now = int(sandbox.clock.now())
    iamporter.schedule_payments(
        customer_uid="gildong_0001",
        schedules=[
            {
                "merchant_uid": f"sched_{n}",
                "schedule_at": now + 86400 * n,
                "amount": 8900,
                "name": "월간",
            }
            for n in (1, 2, 3)
        ],
    )
    one = json.loads(run(sandbox, "schedules", "get", "sched_2", "--format", "json").stdout)
    assert one["merchant_uid"] == "sched_2" and one["amount"] == 8900
    start = datetime.fromtimestamp(now, KST).date().isoformat()
    end = datetime.fromtimestamp(now + 86400 * 10, KST).date().isoformat()
    listed = run(sandbox, "schedules", "list", "--from", start, "--to", end, "--format", "csv")
    assert listed.returncode == 0, listed.stderr
    rows = list(csv.DictReader(io.StringIO(listed.stdout)))
    assert sorted(r["merchant_uid"] for r in rows) == ["sched_1", "sched_2", "sched_3"]
    assert {r["amount"] for r in rows} == {"8900"}
    missing = run(sandbox, "billing-keys", "get", "nobody")
    assert missing.returncode == 4 and missing.stderr.startswith("iamport: [404]")


def test_token_prints_nothing_secret(sandbox: Sandbox) -> None:
    result = run(sandbox, "token")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        f"credentials accepted by {sandbox.base_url} (from environment)"
    )
    assert "token valid for 1800 s" in result.stdout
    token = Iamporter(base_url=sandbox.base_url).get_token().data.access_token
    for text in (result.stdout, result.stderr):
        assert DEFAULT_API_SECRET not in text and token not in text


def test_refused_credentials_exit_3_with_the_servers_words(sandbox: Sandbox) -> None:
    result = run(sandbox, "token", env={"IAMPORT_API_SECRET": "wrong-secret-value"})
    assert result.returncode == 3
    assert result.stderr.startswith("iamport: [401] ")
    assert "wrong-secret-value" not in result.stdout + result.stderr


def test_credentials_come_from_a_profile_never_argv(sandbox: Sandbox, tmp_path: Path) -> None:
    missing = run(None, "token", home=tmp_path)
    assert missing.returncode == 3
    assert "no credentials" in missing.stderr
    assert run(None, "--api-secret", "x", "token").returncode == 2
    config = tmp_path / ".config" / "iamport" / "config.toml"
    config.parent.mkdir(parents=True)
    config.touch(mode=0o600)
    config.write_text(
        f'[default]\napi_key = "{DEFAULT_API_KEY}"\napi_secret = "{DEFAULT_API_SECRET}"\n'
        f'base_url = "{sandbox.base_url}"\n\n[shop-b]\napi_key = "other"\napi_secret = "nope"\n'
        f'base_url = "{sandbox.base_url}"\n'
    )
    ok = run(None, "token", home=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert f"(from profile default ({config}))" in ok.stdout
    refused = run(None, "--profile", "shop-b", "token", home=tmp_path)
    assert refused.returncode == 3
    unknown = run(None, "--profile", "nope", "token", home=tmp_path)
    assert unknown.returncode == 3 and "no profile [nope]" in unknown.stderr


def test_sandbox_command_prints_its_url() -> None:
    with serving([IAMPORT, "sandbox", "--port", "0"]) as url, Iamporter(base_url=url) as client:
        assert client.get_token().data.lifetime == 1800


def test_lost_cancel_answer_exits_6_and_says_to_look_it_up(sandbox: Sandbox) -> None:
    imp_uid = pay(sandbox, "order_lost", 3000)
    sandbox.faults.arm("drop", "/payments/cancel", "POST", 1)
    result = run(sandbox, "payments", "cancel", imp_uid, "--yes")
    assert result.returncode == 6
    assert "the outcome is unknown: look the payment up before trying again" in result.stderr
    assert sandbox.request_count("POST", "/payments/cancel") == 1  # never resent
