"""Payments: again, onetime, foreign, prepare, duplicates, lookups and lists."""

from __future__ import annotations

from typing import Any

from iamport_sandbox import Sandbox

from .conftest import Api
from .spec import assert_keys


def test_again_payment_shape(api: Api) -> None:
    api.issue_key("c1")
    payment = api.again(
        "c1",
        "order-1",
        amount=8900,
        buyer_name="홍길동",
        custom_data={"plan": "monthly"},
        card_quota=3,
    )
    assert_keys(payment, "PaymentAnnotation")
    assert payment["imp_uid"].startswith("imp_")
    assert len(payment["imp_uid"]) == 16
    assert payment["status"] == "paid"
    assert payment["amount"] == 8900
    assert isinstance(payment["amount"], int)
    assert payment["cancel_amount"] == 0
    assert payment["currency"] == "KRW"
    assert payment["pay_method"] == "card"
    assert payment["channel"] == "api"
    assert payment["sandbox"] is True
    assert payment["card_number"] == "536112*********4"
    assert payment["card_quota"] == 3
    assert payment["customer_uid"] == "c1"
    assert payment["customer_uid_usage"] == "payment"
    assert payment["custom_data"] == '{"plan": "monthly"}'
    assert payment["paid_at"] == payment["started_at"] > 0
    assert payment["failed_at"] == payment["cancelled_at"] == 0
    assert payment["cancel_history"] == []
    assert payment["user_agent"] == "sorry_not_supported"


def test_again_errors(api: Api) -> None:
    message = api.refused(
        "POST",
        "/subscribe/payments/again",
        json={"customer_uid": "nobody", "merchant_uid": "o", "amount": 1, "name": "n"},
    )
    assert message == "등록되지 않은 구매자입니다."
    api.issue_key("c1")
    body = {"customer_uid": "c1", "merchant_uid": "o", "amount": 1000}
    assert "name" in api.error("POST", "/subscribe/payments/again", 400, json=body)
    bad_amount = {**body, "name": "n", "amount": "abc"}
    assert "amount" in api.error("POST", "/subscribe/payments/again", 400, json=bad_amount)
    negative = {**body, "name": "n", "amount": -5}
    assert "amount" in api.error("POST", "/subscribe/payments/again", 400, json=negative)
    fraction = {**body, "name": "n", "amount": 10.5}
    assert "amount" in api.error("POST", "/subscribe/payments/again", 400, json=fraction)


def test_usd_amount_keeps_cents(api: Api) -> None:
    api.issue_key("c1")
    payment = api.again("c1", "usd-1", amount=10.25, currency="USD")
    assert payment["amount"] == 10.25
    assert payment["currency"] == "USD"


def test_form_encoded_payment(api: Api) -> None:
    api.issue_key("c1")
    payment = api.ok(
        "POST",
        "/subscribe/payments/again",
        data={"customer_uid": "c1", "merchant_uid": "form-1", "amount": "5000", "name": "폼"},
    )
    assert payment["amount"] == 5000


def test_onetime_with_and_without_customer_uid(api: Api) -> None:
    plain = api.onetime("one-1", notice_url="http://127.0.0.1:9/none")
    assert plain["customer_uid"] is None
    assert plain["customer_uid_usage"] is None
    assert plain["card_number"] == "411111*********1"
    api.error("GET", "/subscribe/customers/new-key", 404)
    with_key = api.onetime("one-2", customer_uid="new-key")
    assert with_key["customer_uid_usage"] == "issue"
    assert api.ok("GET", "/subscribe/customers/new-key")["card_number"] == "411111*********1"
    again = api.again("new-key", "one-3")
    assert again["status"] == "paid"


def test_onetime_validation(api: Api) -> None:
    body = {"merchant_uid": "x", "amount": 100, "expiry": "2030-12"}
    assert "card_number" in api.error("POST", "/subscribe/payments/onetime", 400, json=body)
    long_mid = {**body, "card_number": "4111-1111-1111-1111", "merchant_uid": "m" * 41}
    assert "merchant_uid" in api.error("POST", "/subscribe/payments/onetime", 400, json=long_mid)
    assert "JSON" in api.error(
        "POST",
        "/subscribe/payments/onetime",
        400,
        content=b"{not json",
        headers={"Content-Type": "application/json"},
    )


def test_foreign_payment(api: Api) -> None:
    payment = api.ok(
        "POST",
        "/subscribe/payments/foreign",
        json={
            "merchant_uid": "f-1",
            "amount": 20,
            "currency": "USD",
            "card_number": "4242-4242-4242-4242",
            "expiry": "2031-01",
        },
    )
    assert payment["status"] == "paid"
    assert payment["currency"] == "USD"


def test_duplicate_merchant_uid_and_retry_after_failure(api: Api) -> None:
    api.onetime("dup-1")
    message = api.refused(
        "POST",
        "/subscribe/payments/onetime",
        json={
            "merchant_uid": "dup-1",
            "amount": 1000,
            "card_number": "4111-1111-1111-1111",
            "expiry": "2030-12",
        },
    )
    assert "이미 결제된" in message
    failed = api.onetime("dup-2", card="4000-0000-0000-0002")
    assert failed["status"] == "failed"
    retried = api.onetime("dup-2")
    assert retried["status"] == "paid"
    assert retried["imp_uid"] != failed["imp_uid"]
    assert api.ok("GET", "/payments/find/dup-2")["imp_uid"] == retried["imp_uid"]
    assert api.ok("GET", "/payments/find/dup-2/failed")["imp_uid"] == failed["imp_uid"]
    everything = api.ok("GET", "/payments/findAll/dup-2")
    assert everything["total"] == 2


def test_prepare(api: Api) -> None:
    prepared = api.ok("POST", "/payments/prepare", json={"merchant_uid": "p-1", "amount": 5000})
    assert prepared == {"merchant_uid": "p-1", "amount": 5000, "currency": "KRW"}
    assert api.ok("GET", "/payments/prepare/p-1") == prepared
    assert "merchant_uid" in api.refused(
        "POST", "/payments/prepare", json={"merchant_uid": "p-1", "amount": 10}
    )
    api.error("GET", "/payments/prepare/unknown", 404)
    assert "amount" in api.error("POST", "/payments/prepare", 400, json={"merchant_uid": "p-2"})
    updated = api.ok("PUT", "/payments/prepare", json={"merchant_uid": "p-1", "amount": 6000})
    assert updated["amount"] == 6000


def test_prepared_amount_mismatch_blocks_payment(api: Api) -> None:
    api.ok("POST", "/payments/prepare", json={"merchant_uid": "p-3", "amount": 5000})
    message = api.refused(
        "POST",
        "/subscribe/payments/onetime",
        json={
            "merchant_uid": "p-3",
            "amount": 4000,
            "card_number": "4111-1111-1111-1111",
            "expiry": "2030-12",
        },
    )
    assert "사전 등록" in message
    api.error("GET", "/payments/find/p-3", 404)
    assert api.onetime("p-3", amount=5000)["status"] == "paid"
    api.issue_key("c1")
    body = {"customer_uid": "c1", "merchant_uid": "p-4", "amount": 1, "name": "n"}
    api.ok("POST", "/payments/prepare", json={"merchant_uid": "p-4", "amount": 2})
    api.refused("POST", "/subscribe/payments/again", json=body)
    vbank = {"merchant_uid": "p-4", "amount": 1, "vbank_code": "004", "vbank_due": 4102444800}
    api.refused("POST", "/vbanks", json=vbank)


def test_get_payment_and_router_does_not_confuse_paths(api: Api) -> None:
    payment = api.onetime("r-1")
    assert api.ok("GET", f"/payments/{payment['imp_uid']}") == payment
    assert api.error("GET", "/payments/imp_000000000000", 404) == "존재하지 않는 결제정보입니다."
    assert api.ok("GET", "/payments/find/r-1")["imp_uid"] == payment["imp_uid"]
    assert api.ok("GET", "/payments/findAll/r-1/paid")["total"] == 1
    assert api.ok("GET", "/payments/status/paid")["total"] == 1
    api.error("GET", "/payments/find/r-1/cancelled", 404)
    assert "payment_status" in api.error("GET", "/payments/find/r-1/weird", 400)
    api.error("GET", "/payments/prepare/r-1", 404)
    api.error("GET", "/no/such/route", 404)
    api.error("PUT", "/payments/cancel", 405)


def _pay_many(sandbox: Sandbox, api: Api, count: int) -> list[dict[str, Any]]:
    paid = []
    for i in range(count):
        paid.append(api.onetime(f"list-{i}", amount=1000 + i))
        sandbox.clock.advance(10)
    return paid


def test_status_list_paging_sorting_and_window(sandbox: Sandbox, api: Api) -> None:
    paid = _pay_many(sandbox, api, 5)
    api.onetime("list-failed", card="4000-0000-0000-0002")
    first = api.ok("GET", "/payments/status/paid", params={"limit": 2})
    assert (first["total"], first["previous"], first["next"]) == (5, 0, 2)
    assert [p["merchant_uid"] for p in first["list"]] == ["list-4", "list-3"]
    last = api.ok("GET", "/payments/status/paid", params={"limit": 2, "page": 3})
    assert (last["previous"], last["next"]) == (2, 0)
    assert [p["merchant_uid"] for p in last["list"]] == ["list-0"]
    oldest = api.ok("GET", "/payments/status/paid", params={"sorting": "started", "limit": 1})
    assert oldest["list"][0]["imp_uid"] == paid[0]["imp_uid"]
    assert api.ok("GET", "/payments/status/all")["total"] == 6
    assert api.ok("GET", "/payments/status/failed")["total"] == 1
    window = {"from": paid[1]["started_at"], "to": paid[2]["started_at"]}
    assert api.ok("GET", "/payments/status/paid", params=window)["total"] == 2
    now = sandbox.clock.now()
    too_wide = {"from": now - 91 * 86400, "to": now}
    assert "to" in api.error("GET", "/payments/status/paid", 400, params=too_wide)
    assert "limit" in api.error("GET", "/payments/status/paid", 400, params={"limit": 1001})
    assert "sorting" in api.error("GET", "/payments/status/paid", 400, params={"sorting": "x"})
    assert "payment_status" in api.error("GET", "/payments/status/nope", 400)
    sandbox.clock.advance(91 * 86400)
    api.refresh()
    assert api.ok("GET", "/payments/status/all")["total"] == 0


def test_find_all_paging(sandbox: Sandbox, api: Api) -> None:
    for _ in range(3):
        api.onetime("same", card="4000-0000-0000-0002")
        sandbox.clock.advance(1)
    page = api.ok("GET", "/payments/findAll/same", params={"limit": 2, "sorting": "started"})
    assert (page["total"], page["next"]) == (3, 2)
    api.error("GET", "/payments/findAll/unknown", 404)


def test_concurrent_duplicates_pay_once(sandbox: Sandbox, api: Api) -> None:
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    body = {
        "merchant_uid": "race",
        "amount": 1000,
        "card_number": "4111-1111-1111-1111",
        "expiry": "2030-12",
    }

    def pay(_: int) -> int:
        with httpx.Client(base_url=sandbox.base_url, timeout=5) as client:
            response = client.post("/subscribe/payments/onetime", json=body, headers=api.headers)
            code: int = response.json()["code"]
            return code

    with ThreadPoolExecutor(8) as pool:
        codes = list(pool.map(pay, range(16)))
    assert sorted(codes) == [0] + [1] * 15
    assert api.ok("GET", "/payments/findAll/race")["total"] == 1
