"""Cancel rules: partial, full, checksum, balance, virtual accounts, unknown payments."""

from __future__ import annotations

from iamport_sandbox import Sandbox

from .conftest import Api


def test_partial_then_full_cancel(sandbox: Sandbox, api: Api) -> None:
    payment = api.onetime("c-1", amount=10000)
    first = api.ok(
        "POST",
        "/payments/cancel",
        json={"imp_uid": payment["imp_uid"], "amount": 3000, "reason": "부분"},
    )
    assert first["status"] == "paid"
    assert first["cancel_amount"] == 3000
    assert first["cancelled_at"] > 0
    assert first["cancel_reason"] == "부분"
    assert len(first["cancel_history"]) == 1
    entry = first["cancel_history"][0]
    assert set(entry) == {
        "pg_tid",
        "amount",
        "cancelled_at",
        "reason",
        "cancellation_id",
        "receipt_url",
    }
    assert entry["amount"] == 3000
    assert first["cancel_receipt_urls"] == [entry["receipt_url"]]
    sandbox.clock.advance(5)
    second = api.ok("POST", "/payments/cancel", json={"merchant_uid": "c-1", "checksum": 7000})
    assert second["status"] == "cancelled"
    assert second["cancel_amount"] == 10000
    assert [h["amount"] for h in second["cancel_history"]] == [3000, 7000]
    assert second["cancelled_at"] == first["cancelled_at"] + 5
    assert "취소" in api.refused("POST", "/payments/cancel", json={"imp_uid": payment["imp_uid"]})


def test_checksum_mismatch_changes_nothing(api: Api) -> None:
    payment = api.onetime("c-2", amount=10000)
    api.ok("POST", "/payments/cancel", json={"imp_uid": payment["imp_uid"], "amount": 1000})
    message = api.refused(
        "POST",
        "/payments/cancel",
        json={"imp_uid": payment["imp_uid"], "amount": 1000, "checksum": 10000},
    )
    assert "checksum" in message
    assert api.ok("GET", f"/payments/{payment['imp_uid']}")["cancel_amount"] == 1000


def test_amount_above_balance(api: Api) -> None:
    payment = api.onetime("c-3", amount=5000)
    message = api.refused(
        "POST", "/payments/cancel", json={"imp_uid": payment["imp_uid"], "amount": 5001}
    )
    assert "잔액" in message
    assert api.ok("GET", f"/payments/{payment['imp_uid']}")["cancel_amount"] == 0


def test_unknown_and_uncancellable(api: Api) -> None:
    assert (
        api.refused("POST", "/payments/cancel", json={"imp_uid": "imp_000000000000"})
        == "취소할 결제건이 존재하지 않습니다."
    )
    assert "imp_uid" in api.error("POST", "/payments/cancel", 400, json={"amount": 10})
    failed = api.onetime("c-4", card="4000-0000-0000-0002")
    api.refused("POST", "/payments/cancel", json={"imp_uid": failed["imp_uid"]})


def test_vbank_cancel_needs_refund_account(api: Api) -> None:
    vbank = api.ok(
        "POST",
        "/vbanks",
        json={"merchant_uid": "v-1", "amount": 30000, "vbank_code": "088", "vbank_due": 4102444800},
    )
    api.client.post(f"/__sandbox/vbanks/{vbank['imp_uid']}/deposit", json={})
    message = api.refused("POST", "/payments/cancel", json={"imp_uid": vbank["imp_uid"]})
    for field in ("refund_holder", "refund_bank", "refund_account"):
        assert field in message
    refund = {"refund_holder": "홍길동", "refund_bank": "088", "refund_account": "110123456789"}
    done = api.ok("POST", "/payments/cancel", json={"imp_uid": vbank["imp_uid"], **refund})
    assert done["status"] == "cancelled"
    assert done["cancel_amount"] == 30000


def test_ready_vbank_cancel_is_a_revoke(api: Api) -> None:
    vbank = api.ok(
        "POST",
        "/vbanks",
        json={"merchant_uid": "v-2", "amount": 1000, "vbank_code": "004", "vbank_due": 4102444800},
    )
    revoked = api.ok("POST", "/payments/cancel", json={"imp_uid": vbank["imp_uid"]})
    assert revoked["status"] == "cancelled"
    assert revoked["cancel_amount"] == 0
    other = api.ok(
        "POST",
        "/vbanks",
        json={"merchant_uid": "v-3", "amount": 1000, "vbank_code": "004", "vbank_due": 4102444800},
    )
    assert api.ok("DELETE", f"/vbanks/{other['imp_uid']}")["status"] == "cancelled"
    api.refused("DELETE", f"/vbanks/{other['imp_uid']}")
