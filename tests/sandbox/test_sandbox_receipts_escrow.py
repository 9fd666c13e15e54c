"""Cash receipts (payments and outside sales), escrow shipping details, payment balances."""

from __future__ import annotations

from typing import Any

from iamport_sandbox import Sandbox

from .conftest import Api

RECEIPT_KEYS = {
    "imp_uid",
    "receipt_tid",
    "apply_num",
    "type",
    "amount",
    "vat",
    "receipt_url",
    "applied_at",
    "cancelled_at",
}


def _paid_vbank(sandbox: Sandbox, api: Api, mid: str, amount: int = 11000) -> str:
    body = {
        "merchant_uid": mid,
        "amount": amount,
        "vbank_code": "004",
        "vbank_due": sandbox.clock.now() + 3600,
    }
    imp_uid: str = api.ok("POST", "/vbanks", json=body)["imp_uid"]
    sandbox.state.deposit_vbank(imp_uid)
    return imp_uid


def test_receipt_issue_get_revoke_reissue(sandbox: Sandbox, api: Api) -> None:
    imp_uid = _paid_vbank(sandbox, api, "cash-1")
    now = sandbox.clock.now()
    receipt = api.ok(
        "POST", f"/receipts/{imp_uid}", json={"identifier": "01012345678", "type": "person"}
    )
    assert set(receipt) == RECEIPT_KEYS
    assert receipt["imp_uid"] == imp_uid
    assert receipt["amount"] == 11000
    assert receipt["vat"] == 1000
    assert receipt["applied_at"] == now
    assert receipt["cancelled_at"] == 0
    assert len(receipt["apply_num"]) == 9
    assert api.ok("GET", f"/receipts/{imp_uid}") == receipt
    assert api.ok("GET", f"/payments/{imp_uid}")["cash_receipt_issued"] is True
    assert "이미" in api.refused("POST", f"/receipts/{imp_uid}", json={"identifier": "0101234567"})

    sandbox.clock.advance(60)
    revoked = api.ok("DELETE", f"/receipts/{imp_uid}")
    assert revoked["cancelled_at"] == now + 60
    assert revoked["apply_num"] == receipt["apply_num"]
    assert api.ok("GET", f"/receipts/{imp_uid}")["cancelled_at"] == now + 60
    assert api.ok("GET", f"/payments/{imp_uid}")["cash_receipt_issued"] is False
    assert "취소" in api.refused("DELETE", f"/receipts/{imp_uid}")

    again = api.ok(
        "POST",
        f"/receipts/{imp_uid}",
        json={"identifier": "1234567890", "identifier_type": "business", "type": "company"},
    )
    assert again["type"] == "company"
    assert again["cancelled_at"] == 0
    assert (
        again["apply_num"] != receipt["apply_num"] or again["receipt_tid"] != receipt["receipt_tid"]
    )


def test_receipt_amount_follows_cancels_and_tax_free(sandbox: Sandbox, api: Api) -> None:
    imp_uid = _paid_vbank(sandbox, api, "cash-2", 22000)
    refund = {"refund_holder": "홍길동", "refund_bank": "004", "refund_account": "1234567890"}
    api.ok("POST", "/payments/cancel", json={"imp_uid": imp_uid, "amount": 2000, **refund})
    receipt = api.ok(
        "POST", f"/receipts/{imp_uid}", json={"identifier": "01012345678", "tax_free": 9000}
    )
    assert receipt["amount"] == 20000
    assert receipt["vat"] == 1000  # (20000 - 9000) / 11
    assert "tax_free" in api.error(
        "POST",
        "/receipts/external/too-much",
        400,
        json={"name": "x", "amount": 1000, "identifier": "01012345678", "tax_free": 2000},
    )


def test_receipt_rules(sandbox: Sandbox, api: Api) -> None:
    card = api.onetime("card-1")
    assert "현금영수증" in api.refused(
        "POST", f"/receipts/{card['imp_uid']}", json={"identifier": "01012345678"}
    )
    body = {
        "merchant_uid": "cash-ready",
        "amount": 1000,
        "vbank_code": "004",
        "vbank_due": sandbox.clock.now() + 60,
    }
    ready = api.ok("POST", "/vbanks", json=body)["imp_uid"]
    assert "결제완료" in api.refused(
        "POST", f"/receipts/{ready}", json={"identifier": "01012345678"}
    )
    api.error("POST", "/receipts/imp_000000000000", 404, json={"identifier": "01012345678"})
    for bad in ({"identifier": "abc"}, {"identifier": "0101234", "identifier_type": "phone"}, {}):
        api.error("POST", f"/receipts/{ready}", 400, json=bad)
    api.error("GET", f"/receipts/{ready}", 404)
    api.error("DELETE", f"/receipts/{ready}", 404)


def test_external_receipts(sandbox: Sandbox, api: Api) -> None:
    body = {"name": "현장 판매", "amount": 33000, "identifier": "010-9876-5432"}
    receipt = api.ok("POST", "/receipts/external/shop-1", json=body)
    assert set(receipt) == (RECEIPT_KEYS - {"imp_uid"}) | {"merchant_uid"}
    assert (receipt["merchant_uid"], receipt["amount"], receipt["vat"]) == ("shop-1", 33000, 3000)
    assert receipt["type"] == "person"
    assert api.ok("GET", "/receipts/external/shop-1") == receipt
    assert "이미" in api.refused("POST", "/receipts/external/shop-1", json=body)
    assert api.ok("DELETE", "/receipts/external/shop-1")["cancelled_at"] == sandbox.clock.now()
    api.refused("DELETE", "/receipts/external/shop-1")
    reissued = api.ok("POST", "/receipts/external/shop-1", json={**body, "amount": 1100})
    assert (reissued["amount"], reissued["vat"], reissued["cancelled_at"]) == (1100, 100, 0)
    api.error("GET", "/receipts/external/none", 404)
    api.error("POST", "/receipts/external/x", 400, json={"amount": 1, "identifier": "0101234567"})


def _logis(invoice: str, sent_at: int) -> dict[str, Any]:
    return {
        "sender": {"name": "샌드박스상점", "tel": "02-000-0000", "relationship": "판매자"},
        "receiver": {
            "name": "홍길동",
            "tel": "010-1234-5678",
            "formed_address": {"address_line_1": "서울특별시 중구 세종대로 110"},
        },
        "logis": {"company": "CJGLS", "invoice": invoice, "sent_at": sent_at},
        "products": [{"id": "p-1", "name": "티셔츠", "amount": 19000, "quantity": 2}],
    }


def test_escrow_register_get_update(sandbox: Sandbox, api: Api) -> None:
    paid = api.onetime("esc-1")["imp_uid"]
    now = sandbox.clock.now()
    api.error("GET", f"/escrows/logis/{paid}", 404)
    api.error("PUT", f"/escrows/logis/{paid}", 404, json=_logis("1", now))
    registered = api.ok("POST", f"/escrows/logis/{paid}", json=_logis("111122223333", now - 60))
    assert registered == {
        "company": "CJGLS",
        "invoice": "111122223333",
        "sent_at": now - 60,
        "applied_at": now,
    }
    assert api.ok("GET", f"/escrows/logis/{paid}") == registered
    assert "이미" in api.refused("POST", f"/escrows/logis/{paid}", json=_logis("2", now))
    sandbox.clock.advance(30)
    updated = api.ok("PUT", f"/escrows/logis/{paid}", json=_logis("999900001111", now))
    assert (updated["invoice"], updated["sent_at"], updated["applied_at"]) == (
        "999900001111",
        now,
        now + 30,
    )
    assert api.ok("GET", f"/escrows/logis/{paid}") == updated
    dump = api.client.get("/__sandbox/state").json()["escrows"]["logis"]
    assert dump[0]["products"][0]["name"] == "티셔츠"
    assert dump[0]["receiver"]["formed_address"]["address_line_1"].startswith("서울")


def test_escrow_rules(sandbox: Sandbox, api: Api) -> None:
    now = sandbox.clock.now()
    failed = api.onetime("esc-f", card="4000-0000-0000-0002")["imp_uid"]
    assert "결제완료" in api.refused("POST", f"/escrows/logis/{failed}", json=_logis("1", now))
    api.error("POST", "/escrows/logis/imp_000000000000", 404, json=_logis("1", now))
    paid = api.onetime("esc-2")["imp_uid"]
    body = _logis("1", now)
    for broken, field in (
        ({**body, "logis": {"company": "CJGLS", "sent_at": now}}, "invoice"),
        ({key: value for key, value in body.items() if key != "sender"}, "sender"),
        ({**body, "products": [{"id": "p", "amount": 1}]}, "name"),
        ({**body, "receiver": "not an object"}, "receiver"),
    ):
        assert field in api.error("POST", f"/escrows/logis/{paid}", 400, json=broken)


def test_balance_tracks_cancels_and_receipt(sandbox: Sandbox, api: Api) -> None:
    imp_uid = _paid_vbank(sandbox, api, "bal-1", 11000)
    paid_at = sandbox.clock.now()
    balance = api.ok("GET", f"/payments/{imp_uid}/balance")
    assert balance["amount"] == 11000
    assert balance["primary"] == {"tax_free": 0, "supply": 10000, "vat": 1000, "service": 0}
    zero = {"tax_free": 0, "supply": 0, "vat": 0, "service": 0}
    assert balance["secondary"] == balance["discount"] == balance["cash_receipt"] == zero
    assert [h["created"] for h in balance["histories"]] == [paid_at]

    sandbox.clock.advance(10)
    refund = {"refund_holder": "홍길동", "refund_bank": "004", "refund_account": "1234567890"}
    api.ok("POST", "/payments/cancel", json={"imp_uid": imp_uid, "amount": 5500, **refund})
    api.ok("POST", f"/receipts/{imp_uid}", json={"identifier": "01012345678"})
    balance = api.ok("GET", f"/payments/{imp_uid}/balance")
    assert balance["amount"] == 11000
    assert balance["primary"] == {"tax_free": 0, "supply": 5000, "vat": 500, "service": 0}
    assert balance["cash_receipt"] == balance["primary"]
    assert [h["created"] for h in balance["histories"]] == [paid_at, paid_at + 10]
    assert balance["histories"][0]["primary"]["supply"] == 10000

    ready = api.ok(
        "POST",
        "/vbanks",
        json={
            "merchant_uid": "bal-2",
            "amount": 500,
            "vbank_code": "088",
            "vbank_due": paid_at + 99,
        },
    )["imp_uid"]
    unpaid = api.ok("GET", f"/payments/{ready}/balance")
    assert (unpaid["amount"], unpaid["primary"], unpaid["histories"]) == (500, zero, [])
