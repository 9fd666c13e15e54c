"""Every operation of spec/iamport.yaml, called over HTTP: at least one success each (and for
most a documented error), every response validated against the spec with openapi-core."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import yaml
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from iamport_sandbox import Sandbox

from .conftest import get_token

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "iamport.yaml").read_text("utf-8"))
METHODS = ("get", "post", "put", "delete", "patch")
CARD = {"card_number": "5361-1234-5678-9014", "expiry": "2030-12", "birth": "900101"}
POOR_CARD = {**CARD, "card_number": "4000-0000-0000-0051"}


def path_operations() -> list[tuple[str, str]]:
    """``(METHOD, template)`` of every operation in the spec."""
    return [
        (method.upper(), path)
        for path, item in SPEC["paths"].items()
        for method in item
        if method in METHODS
    ]


def api_operations() -> set[tuple[str, str]]:
    """Path-operations with the optional-status twins (``.../{payment_status}``) merged."""
    ops = set(path_operations())
    suffix = "/{payment_status}"
    return {
        (m, p[: -len(suffix)]) if p.endswith(suffix) and (m, p[: -len(suffix)]) in ops else (m, p)
        for m, p in ops
    }


def _matchers() -> list[tuple[re.Pattern[str], str, str]]:
    found = [
        (re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"), method, path)
        for method, path in path_operations()
    ]
    # Literal segments win over parameters.
    return sorted(found, key=lambda t: (t[2].count("{"), -len(t[2])))


MATCHERS = _matchers()


def operation_of(method: str, path: str) -> tuple[str, str]:
    """The spec operation a concrete request belongs to."""
    for regex, op_method, template in MATCHERS:
        if op_method == method and regex.match(path):
            return op_method, template
    raise AssertionError(f"no spec operation for {method} {path}")


class Driver:
    """Authenticated calls that check the status and envelope code; every exchange is kept."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []
        self.client = httpx.Client(
            base_url=sandbox.base_url, timeout=5.0, event_hooks={"response": [self._keep]}
        )
        self.headers = {"Authorization": get_token(self.client)}

    def _keep(self, response: httpx.Response) -> None:
        response.read()
        self.exchanges.append((response.request, response))

    def call(self, method: str, path: str, status: int, code: int | None, **kw: Any) -> Any:
        headers = {**self.headers, **kw.pop("headers", {})}
        response = self.client.request(method, path, headers=headers, **kw)
        assert response.status_code == status, f"{method} {path}: {response.text}"
        body = response.json()
        if code is not None:
            assert body["code"] == code, f"{method} {path}: {body}"
        return body["response"]

    def ok(self, method: str, path: str, **kw: Any) -> Any:
        return self.call(method, path, 200, 0, **kw)

    def partial(self, method: str, path: str, **kw: Any) -> Any:
        return self.call(method, path, 207, 0, **kw)

    def refused(self, method: str, path: str, **kw: Any) -> None:
        assert self.call(method, path, 200, 1, **kw) is None

    def error(self, method: str, path: str, status: int, **kw: Any) -> None:
        assert self.call(method, path, status, -1, **kw) is None


def drive_payments(d: Driver, now: int) -> dict[str, str]:
    """Billing keys, payments, schedules, prepare, lookups; returns some imp_uids."""
    d.ok("POST", "/subscribe/customers/cust_1", json=CARD)
    d.error("POST", "/subscribe/customers/cust_x", 400, json={**CARD, "card_number": "12"})
    d.ok("GET", "/subscribe/customers/cust_1")
    d.error("GET", "/subscribe/customers/nobody", 404)
    d.ok("GET", "/subscribe/customers", params={"customer_uid[]": ["cust_1"]})
    d.partial("GET", "/subscribe/customers", params={"customer_uid[]": ["cust_1", "nobody"]})
    d.error("GET", "/subscribe/customers", 404, params={"customer_uid[]": ["nobody"]})
    d.error("GET", "/subscribe/customers", 400)

    d.ok("POST", "/payments/prepare", json={"merchant_uid": "order_1", "amount": 8900})
    d.refused("POST", "/payments/prepare", json={"merchant_uid": "order_1", "amount": 8900})
    d.ok("PUT", "/payments/prepare", json={"merchant_uid": "order_1", "amount": 9900})
    d.error("PUT", "/payments/prepare", 404, json={"merchant_uid": "nothing", "amount": 1})
    d.ok("GET", "/payments/prepare/order_1")
    d.error("GET", "/payments/prepare/nothing", 404)

    again = {"customer_uid": "cust_1", "merchant_uid": "order_1", "amount": 9900, "name": "월간"}
    paid = d.ok("POST", "/subscribe/payments/again", json=again)
    d.refused("POST", "/subscribe/payments/again", json={**again, "customer_uid": "ghost"})
    onetime = {"merchant_uid": "order_2", "amount": 5000, "customer_uid": "cust_2", **CARD}
    d.ok("POST", "/subscribe/payments/onetime", json=onetime)
    d.error("POST", "/subscribe/payments/onetime", 400, json={**onetime, "expiry": "12"})
    foreign = {"merchant_uid": "order_4", "amount": 12.5, "currency": "USD", **CARD}
    d.ok("POST", "/subscribe/payments/foreign", json=foreign)
    d.error("POST", "/subscribe/payments/foreign", 400, json={"merchant_uid": "order_5"})

    imp_uid = paid["imp_uid"]
    d.ok("GET", f"/payments/{imp_uid}")
    d.error("GET", "/payments/imp_000000000000", 404)
    d.ok("GET", "/payments", params={"imp_uid[]": [imp_uid], "merchant_uid[]": ["order_2"]})
    d.partial("GET", "/payments", params={"imp_uid[]": [imp_uid, "imp_000000000000"]})
    d.error("GET", "/payments", 404, params={"merchant_uid[]": ["nothing"]})
    d.error("GET", "/payments", 400)
    d.ok("GET", "/payments/find/order_1")
    d.error("GET", "/payments/find/nothing", 404)
    d.ok("GET", "/payments/find/order_1/paid", params={"sorting": "-paid"})
    d.error("GET", "/payments/find/order_1/cancelled", 404)
    d.ok("GET", "/payments/findAll/order_1", params={"limit": 5})
    d.error("GET", "/payments/findAll/nothing", 404)
    d.ok("GET", "/payments/findAll/order_1/paid")
    d.error("GET", "/payments/findAll/order_1/failed", 404)
    d.ok("GET", "/payments/status/all", params={"from": now - 60, "to": now + 60})
    d.error("GET", "/payments/status/paid", 400, params={"from": 0, "to": now})
    d.ok("GET", "/subscribe/customers/cust_1/payments", params={"page": 1})
    d.error("GET", "/subscribe/customers/cust_1/payments", 400, params={"page": 0})

    d.ok("POST", "/payments/cancel", json={"imp_uid": imp_uid, "amount": 900, "checksum": 9900})
    d.refused("POST", "/payments/cancel", json={"imp_uid": imp_uid, "checksum": 9900})
    d.ok("GET", f"/payments/{imp_uid}/balance")
    d.error("GET", "/payments/imp_000000000000/balance", 404)
    return {"paid": imp_uid, "onetime": d.ok("GET", "/payments/find/order_2")["imp_uid"]}


def drive_schedules(d: Driver, now: int) -> None:
    """Schedules: register, list, move, revoke, reschedule, run and retry."""
    d.ok("POST", "/subscribe/customers/cust_poor", json=POOR_CARD)
    at = now + 3600
    items = [
        {"merchant_uid": "s_1", "schedule_at": at, "amount": 1000},
        {"merchant_uid": "s_2", "schedule_at": at + 60, "amount": 1000},
    ]
    d.ok(
        "POST",
        "/subscribe/payments/schedule",
        json={"customer_uid": "cust_poor", "schedules": items},
    )
    d.refused(
        "POST",
        "/subscribe/payments/schedule",
        json={"customer_uid": "cust_poor", "schedules": items[:1]},
    )
    d.ok(
        "GET", "/subscribe/payments/schedule", params={"schedule_from": now, "schedule_to": at + 61}
    )
    d.error("GET", "/subscribe/payments/schedule", 400, params={"schedule_from": now})
    window = {"from": now, "to": at + 61, "schedule-status": "scheduled"}
    d.ok("GET", "/subscribe/payments/schedule/customers/cust_poor", params=window)
    d.error("GET", "/subscribe/payments/schedule/customers/cust_poor", 400, params={"to": 1})
    d.ok("GET", "/subscribe/customers/cust_poor/schedules", params=window)
    d.error("GET", "/subscribe/customers/cust_poor/schedules", 400, params={"from": 1})
    d.ok("GET", "/subscribe/payments/schedule/s_1")
    d.error("GET", "/subscribe/payments/schedule/none", 404)
    d.ok("PUT", "/subscribe/payments/schedule/s_1", json={"schedule_at": at + 30})
    d.refused("PUT", "/subscribe/payments/schedule/s_1", json={"schedule_at": now - 1})
    d.error("PUT", "/subscribe/payments/schedule/none", 404, json={"schedule_at": at})
    d.ok("POST", "/subscribe/payments/unschedule", json={"merchant_uid": ["s_1"]})
    d.refused("POST", "/subscribe/payments/unschedule", json={"merchant_uid": "none"})
    d.refused("POST", "/subscribe/payments/schedule/s_2/reschedule", json={"schedule_at": at})
    d.ok("POST", "/subscribe/payments/schedule/s_1/reschedule", json={"schedule_at": at + 90})
    d.error("POST", "/subscribe/payments/schedule/none/reschedule", 404, json={"schedule_at": at})
    d.sandbox.clock.advance(3600 + 120)  # both run; the poor card fails them
    d.headers = {"Authorization": get_token(d.client)}  # the old token expired meanwhile
    d.ok("POST", "/subscribe/customers/cust_poor", json=CARD)  # a good card now
    assert d.ok("POST", "/subscribe/payments/schedule/s_2/retry")["status"] == "paid"
    d.refused("POST", "/subscribe/payments/schedule/s_2/retry")
    d.error("POST", "/subscribe/payments/schedule/none/retry", 404)


def drive_vbanks_and_receipts(d: Driver, now: int) -> None:
    """Virtual accounts, cash receipts, escrow shipping details."""
    body = {
        "merchant_uid": "order_v",
        "amount": 30000,
        "vbank_code": "004",
        "vbank_due": now + 86400,
    }
    vbank = d.ok("POST", "/vbanks", json=body)
    d.error("POST", "/vbanks", 400, json={**body, "merchant_uid": "order_w", "vbank_due": now - 1})
    imp_uid = vbank["imp_uid"]
    d.ok("PUT", f"/vbanks/{imp_uid}", json={"amount": 25000, "vbank_due": now + 7200})
    d.error("PUT", f"/vbanks/{imp_uid}", 400, json={})
    d.error("PUT", "/vbanks/imp_000000000000", 404, json={"amount": 1})
    d.ok("GET", "/vbanks/holder", params={"bank_code": "088", "bank_num": "110-123-456789"})
    d.error("GET", "/vbanks/holder", 400, params={"bank_code": "088", "bank_num": "12"})
    d.error("GET", "/vbanks/holder", 404, params={"bank_code": "999", "bank_num": "1101234567"})

    receipt = {"identifier": "010-1234-5678", "identifier_type": "phone", "type": "person"}
    d.error("GET", f"/receipts/{imp_uid}", 404)
    d.refused("POST", f"/receipts/{imp_uid}", json=receipt)  # not paid yet
    d.sandbox.state.deposit_vbank(imp_uid)
    d.error("POST", f"/receipts/{imp_uid}", 400, json={"identifier": "12"})
    d.ok("POST", f"/receipts/{imp_uid}", json=receipt)
    d.ok("GET", f"/receipts/{imp_uid}")
    d.ok("DELETE", f"/receipts/{imp_uid}")
    d.refused("DELETE", f"/receipts/{imp_uid}")
    d.error("DELETE", "/receipts/imp_000000000000", 404)

    ext = {"name": "현장 판매", "amount": 15000, "identifier": "0101234567", "pay_method": "trans"}
    d.error("GET", "/receipts/external/sale_1", 404)
    d.ok("POST", "/receipts/external/sale_1", json=ext)
    d.refused("POST", "/receipts/external/sale_1", json=ext)
    d.error("POST", "/receipts/external/sale_2", 400, json={**ext, "amount": 0})
    d.ok("GET", "/receipts/external/sale_1")
    d.ok("DELETE", "/receipts/external/sale_1")
    d.error("DELETE", "/receipts/external/sale_2", 404)

    logis: dict[str, Any] = {
        "sender": {
            "name": "샌드박스상점",
            "tel": "02-1234-5678",
            "addr": "서울",
            "postcode": "04524",
        },
        "receiver": {"name": "홍길동", "tel": "010-1234-5678", "addr": "부산", "postcode": "48058"},
        "logis": {"company": "CJGLS", "invoice": "123456789012", "sent_at": now},
        "products": [{"id": "p1", "name": "티셔츠", "amount": 25000, "quantity": 1}],
    }
    d.error("GET", f"/escrows/logis/{imp_uid}", 404)
    d.error("PUT", f"/escrows/logis/{imp_uid}", 404, json=logis)
    d.ok("POST", f"/escrows/logis/{imp_uid}", json=logis)
    d.refused("POST", f"/escrows/logis/{imp_uid}", json=logis)
    d.error("POST", "/escrows/logis/imp_000000000000", 400, json={**logis, "logis": {}})
    d.ok("GET", f"/escrows/logis/{imp_uid}")
    d.ok(
        "PUT",
        f"/escrows/logis/{imp_uid}",
        json={**logis, "logis": {**logis["logis"], "invoice": "9"}},
    )

    other = d.ok("POST", "/vbanks", json={**body, "merchant_uid": "order_v2"})["imp_uid"]
    d.ok("DELETE", f"/vbanks/{other}")
    d.refused("DELETE", f"/vbanks/{other}")
    d.refused("PUT", f"/vbanks/{other}", json={"amount": 100})
    d.error("DELETE", "/vbanks/imp_000000000000", 404)


def drive_reference(d: Driver) -> None:
    """Codes, certifications, tiers, PG settings."""
    d.ok("GET", "/cards")
    d.ok("GET", "/cards/366")
    d.error("GET", "/cards/999", 404)
    d.ok("GET", "/banks")
    d.ok("GET", "/banks/090")
    d.error("GET", "/banks/999", 404)
    d.ok("GET", "/tiers/ABC")
    d.error("GET", "/tiers/QQQ", 404)
    d.error("GET", "/tiers/abc", 400)
    d.ok("GET", "/users/pg")
    d.ok("GET", "/users/pg", headers={"Tier": "ABC"})
    d.error("GET", "/users/pg", 404, headers={"Tier": "QQQ"})

    d.ok("GET", "/certifications/imps_000000000001")
    d.ok("DELETE", "/certifications/imps_000000000001")
    d.error("GET", "/certifications/imps_000000000001", 404)
    d.error("DELETE", "/certifications/imps_000000000001", 404)
    person = {
        "name": "홍길동",
        "phone": "010-1234-5678",
        "birth": "900101",
        "gender_digit": "1",
        "carrier": "SKT",
    }
    otp = d.ok("POST", "/certifications/otp/request", json=person)
    d.error("POST", "/certifications/otp/request", 400, json={**person, "birth": "901301"})
    d.error("POST", f"/certifications/otp/confirm/{otp['imp_uid']}", 400, json={"otp": "000000"})
    d.ok("POST", f"/certifications/otp/confirm/{otp['imp_uid']}", json={"otp": "123456"})
    d.refused("POST", f"/certifications/otp/confirm/{otp['imp_uid']}", json={"otp": "123456"})
    d.error("POST", "/certifications/otp/confirm/imps_000000000000", 404, json={"otp": "1"})


def drive_naver(d: Driver, imp_uid: str, other: str, now: int) -> None:
    """Naver Pay product orders through a life cycle."""
    base = f"/payments/{imp_uid}/naver"
    orders = d.ok("GET", f"{base}/product-orders")
    first, second = (o["product_order_id"] for o in orders)
    d.error("GET", "/payments/imp_000000000000/naver/product-orders", 404)
    d.ok("GET", f"/naver/product-orders/{first}")
    d.error("GET", "/naver/product-orders/0", 404)
    reviews = {"channel_key": "ck", "from": now - 86400, "to": now, "review_type": "premium"}
    d.ok("GET", "/naver/reviews", params=reviews)
    d.error("GET", "/naver/reviews", 400, params={**reviews, "review_type": "bad"})
    d.ok("GET", f"{base}/cash-amount")
    d.error("GET", "/payments/imp_000000000000/naver/cash-amount", 404)

    one = {"product_order_id": [first]}
    ghost = {"product_order_id": ["0"]}
    parcel = {"delivery_company": "CJGLS", "tracking_number": "1234567890"}
    ship = {"delivery_method": "DELIVERY", "dispatched_at": now}
    d.ok("POST", f"{base}/place", json=one)
    d.error("POST", f"{base}/place", 404, json=ghost)
    d.error("POST", f"{base}/ship", 400, json={**one, **ship})
    d.ok("POST", f"{base}/ship", json={**one, **ship, **parcel})
    d.ok("POST", f"{base}/collect-exchanged", json=one)
    d.error("POST", f"{base}/collect-exchanged", 404, json=ghost)
    d.ok("POST", f"{base}/ship-exchanged", json={**one, "delivery_method": "DELIVERY", **parcel})
    d.error("POST", f"{base}/ship-exchanged", 400, json=one)
    d.ok("POST", f"{base}/request-return", json={**one, "delivery_method": "RETURN_INDIVIDUAL"})
    d.error(
        "POST", f"{base}/request-return", 400, json={**one, "delivery_method": "RETURN_DELIVERY"}
    )
    d.ok(
        "POST", f"{base}/withhold-return", json={**one, "memo": "반품 배송비", "extra_charge": 3000}
    )
    d.error("POST", f"{base}/withhold-return", 400, json=one)
    d.ok("POST", f"{base}/resolve-return", json=one)
    d.error("POST", f"{base}/resolve-return", 404, json=ghost)
    d.ok("POST", f"{base}/reject-return", json={**one, "memo": "사용 흔적"})
    d.error("POST", f"{base}/reject-return", 400, json=one)
    d.ok("POST", f"{base}/approve-return", json={**one, "memo": "환불 처리"})
    d.error("POST", "/payments/imp_000000000000/naver/approve-return", 404, json=one)
    # One of the payment's product orders and an unknown one -> 207 with the first only.
    d.partial(
        "POST", f"{base}/cancel", json={"product_order_id": [second, "0"], "reason": "SOLD_OUT"}
    )
    d.error("POST", f"{base}/cancel", 404, json=ghost)
    d.ok("POST", f"/payments/{other}/naver/approve-cancel", json={})
    d.error("POST", "/payments/imp_000000000000/naver/approve-cancel", 404, json={})
    d.ok("POST", f"{base}/point")
    d.error("POST", "/payments/imp_000000000000/naver/point", 404)
    d.ok("POST", f"{base}/confirm", json={"requester": "customer"})
    d.error("POST", "/payments/imp_000000000000/naver/confirm", 404, json={})


def drive_partners(d: Driver, imp_uid: str, now: int) -> None:
    """KCP Quick Pay, Benepia, Paymentwall, convenience stores, PAYCO, partner receipts."""
    query = {"site_code": "IX0XX", "partner_type": "IX99", "partner_subtype": "99IX"}
    d.ok("POST", "/kcpquick/members/m_1/fido/release", json={"channel_key": "ck"})
    d.refused("POST", "/kcpquick/members/m_1/fido/release", json={"channel_key": "ck"})
    d.ok("DELETE", "/kcpquick/members/m_1", params=query)
    d.error("DELETE", "/kcpquick/members/m_1", 404, params=query)
    d.error("POST", "/kcpquick/members/m_1/fido/release", 404, json={"channel_key": "ck"})
    prepare = {"btid": "BT0001", "cust_ip": "203.0.113.7", "code_verifier": "v" * 43}
    d.ok("POST", "/kcpquick/prepare/kq_1", json=prepare)
    d.refused("POST", "/kcpquick/prepare/kq_1", json=prepare)
    d.error("POST", "/kcpquick/prepare/kq_2", 400, json={**prepare, "cust_ip": "::1"})
    d.ok(
        "PUT",
        "/kcpquick/prepare/kq_1",
        json={**prepare, "prepaid_auth_yn": "Y", "prepaid_amount": 5000},
    )
    d.error("PUT", "/kcpquick/prepare/kq_9", 404, json=prepare)
    money = {
        "member_id": "m_2",
        "merchant_uid": "kq_1",
        "name": "충전금 결제",
        "amount": 5000,
        "imp_uid": "imp_x",
    }
    assert d.ok("POST", "/kcpquick/payment/money", json=money)["status"] == "paid"
    d.refused("POST", "/kcpquick/payment/money", json=money)  # paid already
    d.error(
        "POST",
        "/kcpquick/payment/money",
        404,
        json={**money, "member_id": "m_1", "merchant_uid": "kq_3"},
    )
    auto = {
        "customer_uid": "cust_1",
        "merchant_uid": "kq_a",
        "name": "자동결제",
        "buyer_name": "홍길동",
        "amount": 1000,
    }
    assert d.ok("POST", "/kcpquick/payment/autopay", json=auto)["pg_provider"] == "kcp_quick"
    d.ok("DELETE", "/kcpquick/autopay/cust_1")
    d.error("DELETE", "/kcpquick/autopay/cust_1", 404)
    d.refused("POST", "/kcpquick/payment/autopay", json={**auto, "merchant_uid": "kq_b"})

    login = {"benepia_user": "user01", "benepia_password": "pw"}
    points = d.ok("POST", "/benepia/point", json=login)["point"]
    d.error("POST", "/benepia/point", 400, json={"benepia_user": "user01"})
    pay = {**login, "merchant_uid": "bn_1", "amount": 10000, "name": "복지포인트 결제"}
    d.ok("POST", "/benepia/payment", json=pay)
    d.refused("POST", "/benepia/payment", json={**pay, "merchant_uid": "bn_2", "amount": points})

    delivery = {
        "imp_uid": imp_uid,
        "merchant_uid": "order_2",
        "type": "digital",
        "status": "delivered",
        "estimated_delivery_datetime": now,
        "estimated_update_datetime": now,
        "refundable": "yes",
        "shipping_address_email": "buyer@example.com",
    }
    assert d.ok("POST", "/paymentwall/delivery", json=delivery) == {"success": 1}
    assert "error_code" in d.ok(
        "POST", "/paymentwall/delivery", json={**delivery, "type": "physical"}
    )
    d.error("POST", "/paymentwall/delivery", 404, json={**delivery, "imp_uid": "imp_000000000000"})

    cvs = d.ok(
        "POST", "/cvs", json={"merchant_uid": "cvs_1", "amount": 4500, "name": "편의점 결제"}
    )
    d.error("POST", "/cvs", 400, json={"merchant_uid": "cvs_2", "amount": 1, "expired_at": now - 1})
    d.ok("DELETE", f"/cvs/{cvs['imp_uid']}")
    d.refused("DELETE", f"/cvs/{cvs['imp_uid']}")
    d.error("DELETE", "/cvs/imp_000000000000", 404)

    d.ok("POST", f"/payco/orders/status/{imp_uid}", json={"status": "DELIVERY_START"})
    d.error("POST", f"/payco/orders/status/{imp_uid}", 400, json={"status": "LOST"})
    d.refused("POST", f"/payco/orders/status/{cvs['imp_uid']}", json={"status": "CANCELED"})

    items = {
        "data": [
            {
                "business_registration_number": "123-45-67890",
                "company_name": "하위상점",
                "amount": 3000,
            }
        ]
    }
    assert d.ok("POST", f"/partners/receipts/{imp_uid}", json=items, headers={"Tier": "ABC"})[
        "receipt_url"
    ]
    d.error("POST", f"/partners/receipts/{imp_uid}", 400, json={"data": []})
    d.error("POST", "/partners/receipts/imp_000000000000", 404, json=items)


def test_every_operation_answers_and_validates(sandbox: Sandbox) -> None:
    d = Driver(sandbox)
    now = sandbox.clock.now()
    try:
        d.call(
            "POST", "/users/getToken", 401, -1, json={"imp_key": "imp_apikey", "imp_secret": "x"}
        )
        d.call("GET", "/cards", 401, -1, headers={"Authorization": "nope"})
        ids = drive_payments(d, now)
        drive_schedules(d, now)
        drive_vbanks_and_receipts(d, now)
        drive_reference(d)
        drive_naver(d, ids["paid"], ids["onetime"], now)
        drive_partners(d, ids["onetime"], now)
        d.ok("DELETE", "/subscribe/customers/cust_2")
        d.error("DELETE", "/subscribe/customers/cust_2", 404)
    finally:
        d.client.close()

    spec = copy.deepcopy(SPEC)
    spec["servers"] = [{"url": sandbox.base_url}]
    openapi = OpenAPI.from_dict(spec)
    succeeded: set[tuple[str, str]] = set()
    failed: set[tuple[str, str]] = set()
    for request, response in d.exchanges:
        op = operation_of(request.method, request.url.path)
        body = response.json()
        (succeeded if response.status_code < 300 and body["code"] == 0 else failed).add(op)
        mock_request = MockRequest(
            sandbox.base_url,
            request.method.lower(),
            request.url.path,
            args=dict(parse_qsl(request.url.query.decode())),
            data=request.content or None,
            headers=dict(request.headers),
        )
        mock_response = MockResponse(
            response.content,
            status_code=response.status_code,
            content_type=response.headers.get("content-type", "").split(";")[0],
        )
        try:
            openapi.validate_response(mock_request, mock_response)
        except Exception as exc:  # name the exchange that broke the spec
            pytest.fail(f"{op} -> {response.status_code}: {exc!r}\n{response.text[:800]}")

    every = set(path_operations())
    assert every and len(every) == len(path_operations())  # no operation is listed twice
    assert not every - succeeded, f"never succeeded: {sorted(every - succeeded)}"
    without_error = every - failed
    assert len(without_error) <= len(every) // 10, f"no error exercised: {sorted(without_error)}"
