"""Partner-specific calls: Naver Pay, KCP Quick Pay, Benepia, Paymentwall, PAYCO, partner
receipts; and the sandbox machinery (auth, counting, faults, reset) on the new routes."""

from __future__ import annotations

from typing import Any

from iamport_sandbox import Sandbox

from .conftest import Api
from .spec import assert_keys

NAVER_KEYS = {
    "product_order_id", "product_order_status", "claim_type", "claim_status", "product_id",
    "product_name", "product_option_id", "product_option_name", "product_amount",
    "delivery_amount", "quantity", "orderer", "shipping_address", "shipping_memo",
    "shipping_due", "individual_code",
}  # fmt: skip


def _naver(api: Api, imp_uid: str, action: str, expect: int = 200, **body: Any) -> Any:
    return api.call("POST", f"/payments/{imp_uid}/naver/{action}", expect=expect, json=body)


def test_naver_product_orders_are_derived_from_the_payment(api: Api) -> None:
    paid = api.onetime("nv-1", amount=30000, buyer_name="홍길동", buyer_tel="010-1111-2222")
    orders = api.ok("GET", f"/payments/{paid['imp_uid']}/naver/product-orders")
    assert [set(o) for o in orders] == [NAVER_KEYS, NAVER_KEYS]
    assert sum(o["product_amount"] for o in orders) == 30000
    assert {o["product_order_status"] for o in orders} == {"PAYED"}
    assert orders[0]["orderer"]["name"] == "홍길동"
    assert orders[0]["shipping_address"]["tel1"] == "010-1111-2222"
    assert api.ok("GET", f"/naver/product-orders/{orders[1]['product_order_id']}") == orders[1]
    ids = [o["product_order_id"] for o in orders]
    assert [len(i) for i in ids] == [16, 16]
    assert ids[0][:14] == ids[1][:14]
    assert api.ok("GET", f"/payments/{paid['imp_uid']}/naver/product-orders") == orders


def test_naver_actions_record_states_and_partial_results(api: Api) -> None:
    imp_uid = api.onetime("nv-2", amount=9000)["imp_uid"]
    first, second = (
        o["product_order_id"] for o in api.ok("GET", f"/payments/{imp_uid}/naver/product-orders")
    )
    ship: dict[str, Any] = {
        "delivery_method": "DELIVERY",
        "dispatched_at": 1,
        "delivery_company": "HANJIN",
        "tracking_number": "1",
    }
    shipped = _naver(api, imp_uid, "ship", product_order_id=[first], **ship)
    assert shipped["code"] == 0
    assert [o["product_order_status"] for o in shipped["response"]] == ["DELIVERING"]
    assert api.ok("GET", f"/naver/product-orders/{first}")["product_order_status"] == "DELIVERING"
    # One of the payment's product orders and a stranger -> 207 with just the known one.
    partial = _naver(
        api,
        imp_uid,
        "request-return",
        expect=207,
        product_order_id=[first, "99"],
        delivery_method="RETURN_INDIVIDUAL",
    )
    assert [o["product_order_id"] for o in partial["response"]] == [first]
    assert "99" in partial["message"]
    returned = partial["response"][0]
    assert (returned["claim_type"], returned["claim_status"]) == ("RETURN", "RETURN_REQUEST")
    done = _naver(api, imp_uid, "approve-return", product_order_id=[first])["response"][0]
    assert (done["product_order_status"], done["claim_status"]) == ("RETURNED", "RETURN_DONE")
    # Without ids an action applies to every product order of the payment.
    cancelled = _naver(api, imp_uid, "cancel", reason="SOLD_OUT")["response"]
    assert [(o["product_order_id"], o["claim_status"]) for o in cancelled] == [
        (first, "CANCEL_DONE"),
        (second, "CANCEL_DONE"),
    ]
    assert _naver(api, imp_uid, "cancel", product_order_id=["0"], expect=404)["code"] == -1
    dump = api.client.get("/__sandbox/state").json()["naver"][imp_uid]
    assert [h["action"] for h in dump[0]["history"]] == [
        "ship",
        "request-return",
        "approve-return",
        "cancel",
    ]
    assert dump[0]["history"][0]["tracking_number"] == "1"
    # Naver refunds move no sandbox money.
    assert api.ok("GET", f"/payments/{imp_uid}")["status"] == "paid"
    # Any other 16-digit product-order id gives a canned order; other ids are unknown.
    canned = api.ok("GET", "/naver/product-orders/2026112212345678")
    assert (canned["product_order_id"], canned["product_order_status"]) == (
        "2026112212345678",
        "PAYED",
    )
    api.error("GET", "/naver/product-orders/abc", 404)


def test_naver_amounts_points_and_reviews(sandbox: Sandbox, api: Api) -> None:
    imp_uid = api.onetime("nv-3", amount=11000)["imp_uid"]
    cash = api.ok("GET", f"/payments/{imp_uid}/naver/cash-amount")
    assert cash == {
        "amount_total": 11000,
        "amount_by_npoint": 1100,
        "amount_by_primary": 9900,
        "amount_supply": 10000,
        "amount_vat": 1000,
    }
    assert api.ok("POST", f"/payments/{imp_uid}/naver/point") is None
    assert api.ok("POST", f"/payments/{imp_uid}/naver/confirm", json={"requester": "admin"}) is None
    failed = api.onetime("nv-4", card="4000-0000-0000-0002")["imp_uid"]
    api.refused("POST", f"/payments/{failed}/naver/point")
    now = sandbox.clock.now()
    query = {"channel_key": "channel-1", "from": now - 3000, "to": now, "review_type": "general"}
    reviews = api.ok("GET", "/naver/reviews", params=query)
    assert [r["created_at"] for r in reviews] == [now - 2000, now - 1000]
    assert all(r["content"] is None for r in reviews)
    assert api.ok("GET", "/naver/reviews", params=query) == reviews
    premium = api.ok("GET", "/naver/reviews", params={**query, "review_type": "premium"})
    assert all(r["content"] for r in premium)
    api.error("GET", "/naver/reviews", 400, params={**query, "to": now - 5000})
    api.error("GET", "/naver/reviews", 400, params={"from": 1, "to": 2, "review_type": "general"})


def test_kcpquick_payments_are_real_payments(api: Api) -> None:
    api.ok(
        "POST",
        "/kcpquick/prepare/kq-1",
        json={"btid": "B1", "cust_ip": "10.0.0.1", "code_verifier": "x"},
    )
    body = {
        "member_id": "member-1",
        "merchant_uid": "kq-1",
        "name": "충전금",
        "amount": 3000,
        "imp_uid": "imp_pin",
    }
    paid = api.ok("POST", "/kcpquick/payment/money", json=body)
    assert_keys(paid, "PaymentAnnotation")
    assert (paid["status"], paid["pay_method"], paid["pg_provider"]) == (
        "paid",
        "point",
        "kcp_quick",
    )
    assert api.ok("GET", "/payments/find/kq-1")["imp_uid"] == paid["imp_uid"]
    api.issue_key("kq-key")
    auto = {
        "customer_uid": "kq-key",
        "merchant_uid": "kq-2",
        "name": "자동",
        "buyer_name": "아주긴이름을가진구매자님입니다",
        "amount": 1500,
    }
    charged = api.ok("POST", "/kcpquick/payment/autopay", json=auto)
    assert (charged["status"], charged["customer_uid"], charged["pg_provider"]) == (
        "paid",
        "kq-key",
        "kcp_quick",
    )
    assert charged["card_number"] is not None  # the sandbox billing key's card
    assert len(charged["buyer_name"]) <= 16
    assert api.ok("GET", f"/payments/{charged['imp_uid']}") == charged
    api.issue_key("kq-poor", card="4000-0000-0000-0051")
    declined = api.ok(
        "POST",
        "/kcpquick/payment/autopay",
        json={**auto, "customer_uid": "kq-poor", "merchant_uid": "kq-3"},
    )
    assert declined["status"] == "failed"
    canned = api.ok(
        "POST",
        "/kcpquick/payment/autopay",
        json={**auto, "customer_uid": "kcp-only", "merchant_uid": "kq-5"},
    )
    assert (canned["status"], canned["customer_uid"], canned["card_number"]) == (
        "paid",
        "kcp-only",
        None,
    )
    assert api.ok("DELETE", "/kcpquick/autopay/kq-key") == {"customer_uid": "kq-key"}
    api.error("DELETE", "/kcpquick/autopay/kq-key", 404)
    assert "삭제" in api.refused(
        "POST", "/kcpquick/payment/autopay", json={**auto, "merchant_uid": "kq-4"}
    )


def test_kcpquick_prepare_and_members(api: Api) -> None:
    prepare = {
        "btid": "B1",
        "cust_ip": "10.0.0.1",
        "code_verifier": "x",
        "prepaid_auth_yn": "Y",
        "prepaid_amount": 2000,
    }
    assert api.ok("POST", "/kcpquick/prepare/kq-9", json=prepare) is None
    assert "prepaid_amount" in api.error(
        "PUT", "/kcpquick/prepare/kq-9", 400, json={**prepare, "prepaid_amount": None}
    )
    body = {
        "member_id": "m",
        "merchant_uid": "kq-9",
        "name": "n",
        "amount": 2500,
        "imp_uid": "imp_pin",
    }
    assert "사전 등록" in api.refused("POST", "/kcpquick/payment/money", json=body)
    query = {"site_code": "SITE1", "partner_type": "T", "partner_subtype": "S"}
    member = api.ok("DELETE", "/kcpquick/members/m", params=query)
    assert (member["member_id"], member["pg_provider"], member["pg_id"]) == (
        "m",
        "kcp_quick",
        "SITE1",
    )
    api.error("POST", "/kcpquick/payment/money", 404, json={**body, "amount": 2000})
    api.error("DELETE", "/kcpquick/members/m", 400, params={"site_code": "SITE1"})
    assert api.ok("POST", "/kcpquick/members/other/fido/release", json={"channel_key": "c"}) == {
        "member_id": "other"
    }
    # A second release is refused; KCP's own reason rides in an extra `error` key.
    refused = api.client.post(
        "/kcpquick/members/other/fido/release", json={"channel_key": "c"}, headers=api.headers
    ).json()
    assert refused == {
        "code": 1,
        "message": "생체인증이 등록되어 있지 않은 회원입니다.",
        "response": None,
        "error": {"code": "8107", "message": "FIDO 미등록 회원"},
    }


def test_benepia_points_are_spent(api: Api) -> None:
    login = {"benepia_user": "welfare-7", "benepia_password": "secret"}
    start = api.ok("POST", "/benepia/point", json=login)["point"]
    assert 50000 <= start <= 145000
    assert api.ok("POST", "/benepia/point", json=login)["point"] == start
    paid = api.ok(
        "POST",
        "/benepia/payment",
        json={**login, "merchant_uid": "bn-1", "amount": 20000, "name": "복지몰"},
    )
    assert (paid["status"], paid["emb_pg_provider"], paid["amount"]) == ("paid", "benepia", 20000)
    assert api.ok("POST", "/benepia/point", json=login)["point"] == start - 20000
    assert "잔액" in api.refused(
        "POST",
        "/benepia/payment",
        json={**login, "merchant_uid": "bn-2", "amount": start, "name": "x"},
    )
    api.error(
        "POST", "/benepia/payment", 400, json={**login, "merchant_uid": "bn-3", "amount": 100}
    )


def test_paymentwall_payco_and_partner_receipts(api: Api) -> None:
    paid = api.onetime("pw-1", amount=10000)
    delivery = {
        "imp_uid": paid["imp_uid"], "merchant_uid": "pw-1", "type": "physical", "status": "order_shipped",
        "estimated_delivery_datetime": 1, "estimated_update_datetime": 1, "refundable": "no",
        "shipping_address_email": "a@example.com",
    }  # fmt: skip
    answer = api.ok("POST", "/paymentwall/delivery", json=delivery)
    assert answer["error_code"] == 9001
    assert len(answer["notices"]) == 3
    complete = {
        **delivery,
        "carrier_tracking_id": "T1",
        "carrier_type": "UPS",
        "shipping_address_country": "KR",
    }
    assert api.ok("POST", "/paymentwall/delivery", json=complete) == {"success": 1}
    api.error("POST", "/paymentwall/delivery", 400, json={**complete, "merchant_uid": "other"})

    for status in ("DELIVERY_START", "PURCHASE_DECISION", "CANCELED"):
        assert api.ok(
            "POST", f"/payco/orders/status/{paid['imp_uid']}", json={"status": status}
        ) == {"status": status}
    api.error("POST", "/payco/orders/status/imp_000000000000", 404, json={"status": "CANCELED"})

    item = {"business_registration_number": "123-45-67890", "company_name": "A상점", "amount": 6000}
    url = api.ok("POST", f"/partners/receipts/{paid['imp_uid']}", json={"data": [item]})[
        "receipt_url"
    ]
    assert paid["imp_uid"] in url
    assert "합" in api.error(
        "POST", f"/partners/receipts/{paid['imp_uid']}", 400, json={"data": [item, item]}
    )
    assert "data[0]" in api.error(
        "POST", f"/partners/receipts/{paid['imp_uid']}", 400, json={"data": [{"amount": 1}]}
    )
    api.error(
        "POST",
        f"/partners/receipts/{paid['imp_uid']}",
        400,
        json={"data": [item]},
        headers={"Tier": "x"},
    )


def test_new_routes_need_a_token_are_counted_and_faulted(sandbox: Sandbox, api: Api) -> None:
    for method, path in (("GET", "/cards"), ("POST", "/receipts/imp_1"), ("GET", "/naver/reviews")):
        response = api.client.request(method, path)
        assert response.status_code == 401
    assert sandbox.request_count("GET", "/cards") == 1
    assert sandbox.request_count("POST", "/receipts/{imp_uid}") == 1
    api.ok("GET", "/vbanks/holder", params={"bank_code": "004", "bank_num": "1234567890"})
    assert sandbox.request_count("GET", "/vbanks/holder") == 1
    assert sandbox.request_count("GET", "/vbanks/{imp_uid}") == 0

    sandbox.faults.arm("code", "/benepia/payment")
    login = {
        "benepia_user": "u",
        "benepia_password": "p",
        "merchant_uid": "flt-1",
        "amount": 100,
        "name": "x",
    }
    assert api.refused("POST", "/benepia/payment", json=login) == "sandbox injected failure"
    api.error("GET", "/payments/find/flt-1", 404)  # not performed
    response = api.client.get("/banks", headers={**api.headers, "X-Sandbox-Fault": "http500"})
    assert response.status_code == 500
    assert sandbox.request_count("GET", "/banks") == 1


def test_reset_forgets_extension_state(sandbox: Sandbox, api: Api) -> None:
    api.ok(
        "POST",
        "/receipts/external/r-1",
        json={"name": "n", "amount": 1000, "identifier": "0101234567"},
    )
    api.ok("POST", "/kcpquick/members/mem/fido/release", json={"channel_key": "c"})
    api.ok(
        "POST",
        "/certifications/otp/request",
        json={
            "name": "a",
            "phone": "01012345678",
            "birth": "900101",
            "gender_digit": "1",
            "carrier": "SKT",
        },
    )
    dump = api.client.get("/__sandbox/state").json()
    assert dump["receipts"]["external"][0]["identifier"] == "010*******"
    assert dump["kcpquick"]["fido_released"] == ["mem"]
    assert len(dump["otp_certifications"]["pending"]) == 1
    sandbox.reset()
    api.refresh()
    api.error("GET", "/receipts/external/r-1", 404)
    assert api.ok("POST", "/kcpquick/members/mem/fido/release", json={"channel_key": "c"})
    dump = api.client.get("/__sandbox/state").json()
    assert dump["otp_certifications"] == {"pending": {}}
