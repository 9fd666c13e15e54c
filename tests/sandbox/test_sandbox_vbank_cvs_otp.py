"""Virtual-account edit and revoke, convenience-store barcodes, identity verification by OTP."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from iamport_sandbox import Sandbox

from .conftest import Api
from .spec import assert_keys


def _vbank(sandbox: Sandbox, api: Api, mid: str, amount: int = 30000, **extra: Any) -> Any:
    body = {
        "merchant_uid": mid,
        "amount": amount,
        "vbank_code": "088",
        "vbank_due": sandbox.clock.now() + 86400,
        **extra,
    }
    return api.ok("POST", "/vbanks", json=body)


def test_vbank_edit_amount_and_due(sandbox: Sandbox, api: Api) -> None:
    vbank = _vbank(sandbox, api, "vb-1")
    imp_uid = vbank["imp_uid"]
    now = sandbox.clock.now()
    sandbox.clock.advance(5)
    edited = api.ok("PUT", f"/vbanks/{imp_uid}", json={"amount": 27000})
    assert (edited["amount"], edited["vbank_date"], edited["status"]) == (
        27000,
        now + 86400,
        "ready",
    )
    edited = api.ok("PUT", f"/vbanks/{imp_uid}", json={"vbank_due": now + 600})
    assert (edited["amount"], edited["vbank_date"]) == (27000, now + 600)
    assert edited["vbank_num"] == vbank["vbank_num"]
    assert api.ok("GET", f"/payments/{imp_uid}") == edited
    # The buyer now owes the new amount.
    paid = sandbox.state.deposit_vbank(imp_uid)
    assert (paid["status"], paid["deposit_history"][0]["amount"]) == ("paid", 27000)
    assert "입금 대기" in api.refused("PUT", f"/vbanks/{imp_uid}", json={"amount": 1000})


def test_vbank_edit_rules(sandbox: Sandbox, api: Api) -> None:
    imp_uid = _vbank(sandbox, api, "vb-2", 10000)["imp_uid"]
    sandbox.state.deposit_vbank(imp_uid, amount=Decimal(4000))  # partial deposit
    assert "이미 입금된" in api.error("PUT", f"/vbanks/{imp_uid}", 400, json={"amount": 4000})
    assert api.ok("PUT", f"/vbanks/{imp_uid}", json={"amount": 6000})["amount"] == 6000
    assert api.ok("GET", f"/payments/{imp_uid}")["status"] == "ready"
    api.error("PUT", f"/vbanks/{imp_uid}", 400, json={})
    api.error("PUT", f"/vbanks/{imp_uid}", 400, json={"amount": 10.5})
    api.error("PUT", f"/vbanks/{imp_uid}", 400, json={"vbank_due": sandbox.clock.now()})
    card = api.onetime("vb-card")["imp_uid"]
    api.error("PUT", f"/vbanks/{card}", 404, json={"amount": 100})
    api.error("PUT", "/vbanks/imp_000000000000", 404, json={"amount": 100})


def test_vbank_revoke(sandbox: Sandbox, api: Api) -> None:
    imp_uid = _vbank(sandbox, api, "vb-3")["imp_uid"]
    revoked = api.ok("DELETE", f"/vbanks/{imp_uid}")
    assert (revoked["status"], revoked["cancel_amount"]) == ("cancelled", 0)
    assert "입금 대기" in api.refused("DELETE", f"/vbanks/{imp_uid}")
    assert "입금 대기" in api.refused("PUT", f"/vbanks/{imp_uid}", json={"amount": 1})
    api.error("DELETE", "/vbanks/imp_000000000000", 404)


def test_cvs_issue_pay_and_revoke(sandbox: Sandbox, api: Api) -> None:
    now = sandbox.clock.now()
    issued = api.ok(
        "POST",
        "/cvs",
        json={"merchant_uid": "cvs-1", "amount": 4500, "name": "편의점", "expired_at": now + 600},
    )
    assert_keys(issued, "PaymentAnnotation")
    assert (issued["pay_method"], issued["status"], issued["pg_provider"]) == (
        "cvs",
        "ready",
        "galaxia",
    )
    barcode = api.client.get("/__sandbox/state").json()["partners"]["cvs"][0]
    assert (barcode["imp_uid"], barcode["expired_at"], len(barcode["barcode"])) == (
        issued["imp_uid"],
        now + 600,
        18,
    )
    paid = api.client.post(f"/__sandbox/cvs/{issued['imp_uid']}/pay").json()
    assert paid["status"] == "paid"
    assert "결제 대기" in api.refused("DELETE", f"/cvs/{issued['imp_uid']}")
    # A cash receipt can be issued for a paid convenience-store payment.
    api.ok("POST", f"/receipts/{issued['imp_uid']}", json={"identifier": "01012345678"})

    other = api.ok(
        "POST", "/cvs", json={"merchant_uid": "cvs-2", "amount": 1000, "barcode": "8801"}
    )
    revoked = api.ok("DELETE", f"/cvs/{other['imp_uid']}")
    assert (revoked["status"], revoked["cancel_amount"]) == ("cancelled", 0)
    assert api.client.post(f"/__sandbox/cvs/{other['imp_uid']}/pay").status_code == 409
    assert "이미 결제된" in api.refused(
        "POST", "/cvs", json={"merchant_uid": "cvs-1", "amount": 4500}
    )
    api.error("POST", "/cvs", 400, json={"merchant_uid": "cvs-3", "amount": 1, "expired_at": now})
    api.error("DELETE", f"/cvs/{api.onetime('cvs-card')['imp_uid']}", 404)


PERSON = {
    "name": "김영희",
    "phone": "010-2345-6789",
    "birth": "050515",
    "gender_digit": "4",
    "carrier": "KT",
    "merchant_uid": "cert-order-1",
}


def test_otp_certification_flow(sandbox: Sandbox, api: Api) -> None:
    started = api.ok("POST", "/certifications/otp/request", json=PERSON)
    imp_uid = started["imp_uid"]
    assert set(started) == {"imp_uid"}
    assert imp_uid.startswith("imps_")
    api.error("GET", f"/certifications/{imp_uid}", 404)  # not certified yet
    assert "일치하지" in api.error(
        "POST", f"/certifications/otp/confirm/{imp_uid}", 400, json={"otp": "654321"}
    )
    assert "otp" in api.error("POST", f"/certifications/otp/confirm/{imp_uid}", 400, json={})
    cert = api.ok("POST", f"/certifications/otp/confirm/{imp_uid}", json={"otp": "123456"})
    assert_keys(cert, "CertificationAnnotation")
    assert (cert["name"], cert["phone"], cert["carrier"]) == ("김영희", "01023456789", "KT")
    assert (cert["gender"], cert["birthday"], cert["foreigner"]) == ("female", "2005-05-15", False)
    assert cert["merchant_uid"] == "cert-order-1"
    assert (cert["certified"], cert["certified_at"]) == (True, sandbox.clock.now())
    assert api.ok("GET", f"/certifications/{imp_uid}") == cert
    assert "이미" in api.refused(
        "POST", f"/certifications/otp/confirm/{imp_uid}", json={"otp": "123456"}
    )


def test_otp_app_method_and_validation(api: Api) -> None:
    foreign = {**PERSON, "gender_digit": "5", "birth": "88-12-31", "verification_method": "APP"}
    started = api.ok("POST", "/certifications/otp/request", json=foreign)
    cert = api.ok("POST", f"/certifications/otp/confirm/{started['imp_uid']}", json={})
    assert (cert["gender"], cert["birthday"], cert["foreigner"]) == ("male", "1988-12-31", True)
    for field, value in (
        ("phone", "02-123-4567"),
        ("birth", "19900101"),
        ("gender_digit", "9"),
        ("carrier", "MVNO"),
        ("name", ""),
    ):
        message = api.error(
            "POST", "/certifications/otp/request", 400, json={**PERSON, field: value}
        )
        assert field in message
    api.error("POST", "/certifications/otp/confirm/imps_999999999999", 404, json={"otp": "123456"})
