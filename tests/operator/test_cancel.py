"""``iamport payments cancel`` is safe with money (issue 19, item 1)."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from typing import Any

import click
import pytest

from iamport_client import Iamporter
from iamport_sandbox import Sandbox
from iamport_sandbox.models import OrderInfo
from iamport_sandbox.resources import CardInput
from tests.support.fake_iamport import FakeIamport, Reply, envelope, payment

from ._cli import invoke, posted

CARD = CardInput(digits="4242424242424242", expiry="2030-12", birth="900101")


def fields(stdout: str) -> dict[str, str]:
    pairs = (line.split(maxsplit=1) for line in stdout.splitlines())
    return {p[0]: p[1] if len(p) > 1 else "" for p in pairs}


def pay(sandbox: Sandbox, merchant_uid: str, amount: int) -> str:
    order = OrderInfo(name="월간 이용권", buyer_name="홍길동")
    return str(sandbox.state.pay_onetime(CARD, merchant_uid, Decimal(amount), order)["imp_uid"])


def test_a_refund_made_meanwhile_is_noticed_by_the_checksum(
    sandbox: Sandbox, iamporter: Iamporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    imp_uid = pay(sandbox, "order_race", 10000)

    def someone_else_refunds_while_we_ask(*args: Any, **kwargs: Any) -> bool:
        iamporter.cancel_by_imp_uid(imp_uid, amount=3000, reason="다른 운영자")
        return True

    monkeypatch.setattr(click, "confirm", someone_else_refunds_while_we_ask)
    result = invoke(sandbox.base_url, ["payments", "cancel", imp_uid, "--amount", "1000"])
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("iamport: [")
    stored = sandbox.state.latest_payment("order_race")
    assert stored is not None and stored.cancel_amount == 3000  # the second refund never happened


def test_the_checksum_is_the_balance_read_before_the_prompt(fake: FakeIamport) -> None:
    before = payment("imp_100000000001", amount=1234567, cancel_amount=0)
    answer = payment(
        "imp_100000000001",
        amount=1234567,
        cancel_amount=1001000,
        status="paid",
        cancelled_at=1764600200,
        cancel_history=[
            # someone else's refund the service also reports, then ours
            {
                "pg_tid": "a",
                "amount": 1000000,
                "cancelled_at": 1764600100,
                "reason": "x",
                "receipt_url": "https://r/1",
            },
            {
                "pg_tid": "b",
                "amount": 1000,
                "cancelled_at": 1764600200,
                "reason": "부분 환불",
                "receipt_url": "https://r/2",
            },
        ],
    )
    fake.script("GET", "/payments/imp_100000000001", Reply(200, envelope(before)))
    fake.script("POST", "/payments/cancel", Reply(200, envelope(answer)))
    result = invoke(
        fake.base_url,
        ["payments", "cancel", "imp_100000000001", "--amount", "1000", "--reason", "부분 환불"],
        input="y\n",
    )
    assert result.exit_code == 0, result.output
    assert "1234567 KRW not yet refunded" in result.stderr
    assert posted(fake, "/payments/cancel") == [
        {"imp_uid": "imp_100000000001", "amount": 1000, "checksum": 1234567, "reason": "부분 환불"}
    ]
    shown = fields(result.stdout)
    assert shown["refunded"] == "1000 KRW"  # what the answer says, not 1001000
    assert shown["cancel_amount"] == "1001000"
    assert shown["remaining"] == "233567"
    assert shown["reason"] == "부분 환불"
    assert shown["receipt_url"] == "https://r/2"
    assert (
        shown["cancelled_at"]
        == datetime.fromtimestamp(1764600200)
        .astimezone(datetime.fromisoformat("2026-01-01T00:00:00+09:00").tzinfo)
        .isoformat()
    )


def test_cancelled_at_comes_from_the_answer(sandbox: Sandbox) -> None:
    sandbox.clock.set(1764554400)  # 2025-12-01 11:00 KST
    sandbox.clock.freeze()
    imp_uid = pay(sandbox, "order_when", 5000)
    sandbox.clock.advance(3600)
    result = invoke(sandbox.base_url, ["payments", "cancel", imp_uid, "--yes"])
    assert result.exit_code == 0, result.output
    shown = fields(result.stdout)
    assert shown["cancelled_at"] == "2025-12-01T12:00:00+09:00"
    assert shown["refunded"] == "5000 KRW"
    assert shown["status"] == "cancelled"


@pytest.mark.parametrize(
    "text", ["12,50", "2,500", "1.250,00", "-5", "1e3", "٥٠٠", "0", " ", "NaN"]
)
def test_amounts_with_commas_signs_or_exponents_are_refused(fake: FakeIamport, text: str) -> None:
    result = invoke(
        fake.base_url, ["payments", "cancel", "imp_100000000001", "--amount", text, "--yes"]
    )
    assert result.exit_code == 2, result.output
    assert fake.count() == 0  # nothing at all was sent, not even the look-up


@pytest.mark.parametrize(
    ("currency", "text", "ok"),
    [
        ("KRW", "1.5", False),
        ("KRW", "1500", True),
        ("USD", "10.505", False),
        ("USD", "10.50", True),
        ("JPY", "100.1", False),
        ("KWD", "1.125", True),
    ],
)
def test_minor_units_follow_the_payments_currency(
    fake: FakeIamport, currency: str, text: str, ok: bool
) -> None:
    fake.script(
        "GET",
        "/payments/imp_100000000001",
        Reply(200, envelope(payment("imp_100000000001", amount=5000, currency=currency))),
    )
    fake.script(
        "POST",
        "/payments/cancel",
        Reply(200, envelope(payment("imp_100000000001", currency=currency))),
    )
    result = invoke(
        fake.base_url, ["payments", "cancel", "imp_100000000001", "--amount", text, "--yes"]
    )
    sent = posted(fake, "/payments/cancel")
    if ok:
        assert result.exit_code == 0, result.output
        raw = next(r.body for r in fake.requests if r.path == "/payments/cancel")
        assert f'"amount":{text}'.encode() in raw.replace(b" ", b"")  # exact, never a float
    else:
        assert result.exit_code == 2, result.output
        assert sent == []
        assert "nothing was sent" in result.stderr


def test_usd_json_printout_keeps_cents(fake: FakeIamport) -> None:
    fake.script(
        "GET",
        "/payments/imp_100000000001",
        Reply(
            200,
            b'{"code":0,"message":null,"response":{"imp_uid":"imp_100000000001",'
            b'"merchant_uid":"m","amount":10.50,"cancel_amount":0,"currency":"USD",'
            b'"status":"paid","cancel_history":[]}}',
        ),
    )
    fake.script(
        "POST",
        "/payments/cancel",
        Reply(
            200,
            b'{"code":0,"message":null,"response":{"imp_uid":"imp_100000000001",'
            b'"merchant_uid":"m","amount":10.50,"cancel_amount":10.50,"currency":"USD",'
            b'"status":"cancelled","cancel_history":[{"amount":10.50,"cancelled_at":1764600200}]}}',
        ),
    )
    result = invoke(
        fake.base_url, ["payments", "cancel", "imp_100000000001", "--yes", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert '"amount": 10.50' in result.stdout
    assert json.loads(result.stdout, parse_float=Decimal)["cancel_amount"] == Decimal("10.50")


@pytest.mark.parametrize("imp_uid", ["..", ".", " "])
def test_ids_are_checked_by_the_librarys_validator_before_sending(
    fake: FakeIamport, imp_uid: str
) -> None:
    for args in (["payments", "cancel", imp_uid, "--yes"], ["payments", "get", imp_uid]):
        result = invoke(fake.base_url, args)
        assert result.exit_code == 2, result.output
        assert "nothing was sent" in result.stderr
    too_long = invoke(fake.base_url, ["payments", "find", "m" * 41])
    assert too_long.exit_code == 2
    assert fake.count() == 0


def test_dry_run_shows_the_request_and_sends_nothing(fake: FakeIamport) -> None:
    fake.script(
        "GET",
        "/payments/imp_100000000001",
        Reply(200, envelope(payment("imp_100000000001", amount=64900, cancel_amount=900))),
    )
    result = invoke(
        fake.base_url,
        [
            "payments",
            "cancel",
            "imp_100000000001",
            "--amount",
            "2500",
            "--reason",
            "환불",
            "--dry-run",
        ],
    )
    assert result.exit_code == 0, result.output
    first, *body = result.stdout.splitlines()
    assert first == f"POST {fake.base_url}/payments/cancel"
    assert json.loads("\n".join(body)) == {
        "imp_uid": "imp_100000000001",
        "amount": 2500,
        "checksum": 64000,
        "reason": "환불",
    }
    assert "nothing was sent" in result.stderr
    assert fake.count("POST", "/payments/cancel") == 0


def test_more_than_the_balance_is_refused_before_sending(fake: FakeIamport) -> None:
    fake.script(
        "GET",
        "/payments/imp_100000000001",
        Reply(200, envelope(payment("imp_100000000001", amount=5000, cancel_amount=4000))),
    )
    result = invoke(
        fake.base_url, ["payments", "cancel", "imp_100000000001", "--amount", "2000", "--yes"]
    )
    assert result.exit_code == 2
    assert "1000 KRW left" in result.stderr
    assert fake.count("POST", "/payments/cancel") == 0


def test_an_unanswered_prompt_exits_5_and_sends_nothing(sandbox: Sandbox) -> None:
    imp_uid = pay(sandbox, "order_silent", 10000)
    for stdin in ("", None):
        result = invoke(sandbox.base_url, ["payments", "cancel", imp_uid], input=stdin)
        assert result.exit_code == 5, result.output
        assert "nothing was sent" in result.stderr
    assert sandbox.request_count("POST", "/payments/cancel") == 0
    stored = sandbox.state.latest_payment("order_silent")
    assert stored is not None and stored.cancel_amount == 0
