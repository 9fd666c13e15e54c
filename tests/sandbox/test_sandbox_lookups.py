"""Multi-id lookups (207 partial success), standard codes, account holders, tiers, PG settings,
and the prepared-amount edit."""

from __future__ import annotations

from typing import Any

from iamport_sandbox import Sandbox

from .conftest import Api
from .spec import assert_keys

UNKNOWN = "imp_000000000000"


def _list(api: Api, path: str, status: int, **params: Any) -> dict[str, Any]:
    body = api.call("GET", path, expect=status, params=params)
    assert body["code"] == 0
    return body


def test_payments_by_ids_all_found_is_200(api: Api) -> None:
    first = api.onetime("multi-1")
    second = api.onetime("multi-2")
    body = _list(
        api,
        "/payments",
        200,
        **{"imp_uid[]": [first["imp_uid"]], "merchant_uid[]": ["multi-2", "multi-1"]},
    )
    assert body["message"] is None
    # Each payment once, in request order.
    assert [p["imp_uid"] for p in body["response"]] == [first["imp_uid"], second["imp_uid"]]
    assert_keys(body["response"][0], "PaymentAnnotation")


def test_payments_by_ids_some_unknown_is_207(api: Api) -> None:
    paid = api.onetime("multi-3")
    body = _list(api, "/payments", 207, **{"imp_uid[]": [UNKNOWN, paid["imp_uid"]]})
    assert [p["imp_uid"] for p in body["response"]] == [paid["imp_uid"]]
    assert UNKNOWN in body["message"]
    body = _list(api, "/payments", 207, **{"merchant_uid[]": ["multi-3", "nothing"]})
    assert len(body["response"]) == 1
    assert "nothing" in body["message"]


def test_payments_by_ids_errors(api: Api) -> None:
    api.error("GET", "/payments", 404, params={"imp_uid[]": [UNKNOWN]})
    api.error("GET", "/payments", 400)
    too_many = [f"imp_{n:012d}" for n in range(101)]
    assert "100" in api.error("GET", "/payments", 400, params={"imp_uid[]": too_many})


def test_merchant_uid_lookup_gives_the_newest_attempt(api: Api) -> None:
    api.onetime("retry-me", card="4000-0000-0000-0002")
    paid = api.onetime("retry-me")
    body = _list(api, "/payments", 200, **{"merchant_uid[]": ["retry-me"]})
    assert [p["imp_uid"] for p in body["response"]] == [paid["imp_uid"]]


def test_billing_keys_by_ids(api: Api) -> None:
    api.issue_key("key-a")
    api.issue_key("key-b")
    body = _list(api, "/subscribe/customers", 200, **{"customer_uid[]": ["key-b", "key-a"]})
    assert [k["customer_uid"] for k in body["response"]] == ["key-b", "key-a"]
    assert_keys(body["response"][0], "CustomerAnnotation")
    body = _list(api, "/subscribe/customers", 207, **{"customer_uid[]": ["key-a", "gone"]})
    assert [k["customer_uid"] for k in body["response"]] == ["key-a"]
    assert "gone" in body["message"]
    api.error("GET", "/subscribe/customers", 404, params={"customer_uid[]": ["gone"]})
    api.error("GET", "/subscribe/customers", 400)


def test_billing_key_payments_and_schedules_are_paged(sandbox: Sandbox, api: Api) -> None:
    api.issue_key("paged")
    for n in range(3):
        api.again("paged", f"paged-{n}")
        sandbox.clock.advance(1)
    page = api.ok("GET", "/subscribe/customers/paged/payments", params={"page": 2})
    assert page["total"] == 3
    assert page["previous"] == 1
    assert page["next"] == 0
    assert page["list"] == []  # 20 per page: everything is on page 1
    first = api.ok("GET", "/subscribe/customers/paged/payments")
    assert [p["merchant_uid"] for p in first["list"]] == ["paged-2", "paged-1", "paged-0"]
    now = sandbox.clock.now()
    schedules = [
        {"merchant_uid": f"ps-{n}", "schedule_at": now + 60 + n, "amount": 100} for n in range(2)
    ]
    api.ok(
        "POST",
        "/subscribe/payments/schedule",
        json={"customer_uid": "paged", "schedules": schedules},
    )
    listed = api.ok(
        "GET", "/subscribe/customers/paged/schedules", params={"from": now, "to": now + 3600}
    )
    assert [s["merchant_uid"] for s in listed["list"]] == ["ps-0", "ps-1"]


def test_prepare_edit(api: Api) -> None:
    api.ok("POST", "/payments/prepare", json={"merchant_uid": "prep-1", "amount": 1000})
    changed = api.ok(
        "PUT",
        "/payments/prepare",
        json={"merchant_uid": "prep-1", "amount": 12.5, "currency": "USD"},
    )
    assert changed == {"merchant_uid": "prep-1", "amount": 12.5, "currency": "USD"}
    assert api.ok("GET", "/payments/prepare/prep-1") == changed
    assert "다릅니다" in api.refused(
        "POST",
        "/subscribe/payments/onetime",
        json={
            "merchant_uid": "prep-1",
            "amount": 1000,
            "card_number": "4111-1111-1111-1111",
            "expiry": "2030-12",
        },
    )
    api.error("PUT", "/payments/prepare", 404, json={"merchant_uid": "prep-none", "amount": 1})
    api.error("PUT", "/payments/prepare", 400, json={"merchant_uid": "prep-1", "amount": 10.5})


def test_card_and_bank_codes(api: Api) -> None:
    cards = api.ok("GET", "/cards")
    assert {"code": "366", "name": "신한카드"} in cards
    assert {"code": "041", "name": "우리카드"} in cards
    assert len(cards) == 14
    assert api.ok("GET", "/cards/381") == {"code": "381", "name": "KB국민카드"}
    api.error("GET", "/cards/000", 404)
    banks = api.ok("GET", "/banks")
    assert [b["code"] for b in banks][:3] == ["004", "088", "020"]
    assert api.ok("GET", "/banks/092") == {"code": "092", "name": "토스뱅크"}
    api.error("GET", "/banks/999", 404)


def test_vbank_holder_is_deterministic(api: Api) -> None:
    first = api.ok(
        "GET", "/vbanks/holder", params={"bank_code": "004", "bank_num": "123-456-789012"}
    )
    again = api.ok("GET", "/vbanks/holder", params={"bank_code": "004", "bank_num": "123456789012"})
    assert first == again
    assert isinstance(first["bank_holder"], str)
    assert first["bank_holder"]
    for params, status in (
        ({"bank_code": "004", "bank_num": "12ab"}, 400),
        ({"bank_code": "004", "bank_num": "123"}, 400),
        ({"bank_code": "004"}, 400),
        ({"bank_code": "999", "bank_num": "1234567890"}, 404),
        ({"bank_code": "004", "bank_num": "0000000000"}, 404),
    ):
        api.error("GET", "/vbanks/holder", status, params=params)


def test_tiers_and_pg_settings(api: Api) -> None:
    assert api.ok("GET", "/tiers/ABC") == {"tier_code": "ABC", "tier_name": "샌드박스 하위상점 A"}
    api.error("GET", "/tiers/NOP", 404)
    api.error("GET", "/tiers/ab1", 400)
    settings = api.ok("GET", "/users/pg")
    assert {s["type"] for s in settings} == {"api_payment", "payment", "certification"}
    assert all(s["sandbox"] is True for s in settings)
    tier = api.ok("GET", "/users/pg", headers={"Tier": "XYZ"})
    assert tier != settings
    assert len(tier) == 1
    api.error("GET", "/users/pg", 404, headers={"Tier": "NOP"})
    api.error("GET", "/users/pg", 400, headers={"Tier": "lower"})
