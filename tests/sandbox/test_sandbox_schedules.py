"""Payment schedules: creation, revocation, listings and execution by the clock."""

from __future__ import annotations

from typing import Any

import httpx

from iamport_sandbox import Sandbox

from .conftest import Api
from .spec import assert_keys


def _schedule(api: Api, customer_uid: str, *items: tuple[str, int, int], **extra: Any) -> Any:
    schedules = [
        {"merchant_uid": mid, "schedule_at": at, "amount": amount, "name": "월 구독"}
        for mid, at, amount in items
    ]
    return api.ok(
        "POST",
        "/subscribe/payments/schedule",
        json={"customer_uid": customer_uid, "schedules": schedules, **extra},
    )


def test_schedule_and_lookup(sandbox: Sandbox, api: Api) -> None:
    api.issue_key("sub-1", customer_id="user-9")
    now = sandbox.clock.now()
    created = _schedule(api, "sub-1", ("s-1", now + 3600, 9900), ("s-2", now + 7200, 9900))
    assert len(created) == 2
    first = created[0]
    assert_keys(first, "ScheduleResultAnnotation")
    assert first["schedule_status"] == "scheduled"
    assert first["payment_status"] is None
    assert first["imp_uid"] is None
    assert first["executed_at"] == first["revoked_at"] == 0
    assert first["customer_id"] == "user-9"
    assert api.ok("GET", "/subscribe/payments/schedule/s-1") == first
    api.error("GET", "/subscribe/payments/schedule/unknown", 404)


def test_schedule_errors(sandbox: Sandbox, api: Api) -> None:
    now = sandbox.clock.now()
    assert "등록되지 않은" in api.refused(
        "POST",
        "/subscribe/payments/schedule",
        json={
            "customer_uid": "ghost",
            "schedules": [{"merchant_uid": "g", "schedule_at": now + 60, "amount": 1}],
        },
    )
    api.issue_key("sub-2")
    _schedule(api, "sub-2", ("dup", now + 60, 100))
    body = {
        "customer_uid": "sub-2",
        "schedules": [{"merchant_uid": "dup", "schedule_at": now + 90, "amount": 1}],
    }
    assert "이미 예약" in api.refused("POST", "/subscribe/payments/schedule", json=body)
    past = {
        "customer_uid": "sub-2",
        "schedules": [{"merchant_uid": "old", "schedule_at": now - 10, "amount": 1}],
    }
    assert "과거" in api.refused("POST", "/subscribe/payments/schedule", json=past)
    missing = {"customer_uid": "sub-2", "schedules": [{"merchant_uid": "m", "amount": 1}]}
    assert "schedule_at" in api.error("POST", "/subscribe/payments/schedule", 400, json=missing)
    assert "schedules" in api.error(
        "POST", "/subscribe/payments/schedule", 400, json={"customer_uid": "sub-2"}
    )


def test_schedule_with_card_issues_key(sandbox: Sandbox, api: Api) -> None:
    now = sandbox.clock.now()
    _schedule(
        api,
        "fresh",
        ("f-1", now + 100, 500),
        card_number="5361-1234-5678-9014",
        expiry="2030-12",
        birth="900101",
    )
    assert api.ok("GET", "/subscribe/customers/fresh")["card_number"] == "536112*********4"


def test_unschedule(sandbox: Sandbox, api: Api) -> None:
    api.issue_key("sub-3")
    now = sandbox.clock.now()
    _schedule(api, "sub-3", ("u-1", now + 100, 1), ("u-2", now + 200, 1), ("u-3", now + 300, 1))
    revoked = api.ok(
        "POST",
        "/subscribe/payments/unschedule",
        json={"customer_uid": "sub-3", "merchant_uid": "u-1"},
    )
    assert [s["merchant_uid"] for s in revoked] == ["u-1"]
    assert revoked[0]["schedule_status"] == "revoked"
    assert revoked[0]["revoked_at"] == sandbox.clock.now()
    rest = api.ok("POST", "/subscribe/payments/unschedule", json={"customer_uid": "sub-3"})
    assert sorted(s["merchant_uid"] for s in rest) == ["u-2", "u-3"]
    assert "취소할 예약결제" in api.refused(
        "POST",
        "/subscribe/payments/unschedule",
        json={"customer_uid": "sub-3", "merchant_uid": ["u-1", "u-2"]},
    )
    assert "customer_uid" in api.error("POST", "/subscribe/payments/unschedule", 400, json={})
    _schedule(api, "sub-3", ("u-1", now + 400, 1))
    assert api.ok("GET", "/subscribe/payments/schedule/u-1")["schedule_status"] == "scheduled"


def test_schedule_listings(sandbox: Sandbox, api: Api) -> None:
    api.issue_key("a")
    api.issue_key("b")
    now = sandbox.clock.now()
    _schedule(api, "a", ("l-1", now + 100, 1), ("l-2", now + 200, 1), ("l-3", now + 300, 1))
    _schedule(api, "b", ("l-4", now + 150, 1))
    api.ok("POST", "/subscribe/payments/unschedule", json={"merchant_uid": ["l-3"]})
    window = {"schedule_from": now, "schedule_to": now + 300}
    listed = api.ok("GET", "/subscribe/payments/schedule", params=window)
    assert [s["merchant_uid"] for s in listed["list"]] == ["l-1", "l-4", "l-2"]
    assert (listed["total"], listed["previous"], listed["next"]) == (3, 0, 0)
    paged = api.ok("GET", "/subscribe/payments/schedule", params={**window, "limit": 2, "page": 1})
    assert paged["next"] == 2
    revoked = api.ok(
        "GET",
        "/subscribe/payments/schedule",
        params={"schedule_from": now, "schedule_to": now + 1000, "schedule_status": "revoked"},
    )
    assert [s["merchant_uid"] for s in revoked["list"]] == ["l-3"]
    too_wide = {"schedule_from": now, "schedule_to": now + 93 * 86400}
    assert "schedule_to" in api.error("GET", "/subscribe/payments/schedule", 400, params=too_wide)
    assert "schedule_from" in api.error(
        "GET", "/subscribe/payments/schedule", 400, params={"schedule_to": now}
    )
    by_customer = api.ok(
        "GET",
        "/subscribe/payments/schedule/customers/a",
        params={"from": now, "to": now + 1000, "schedule-status": "scheduled"},
    )
    assert [s["merchant_uid"] for s in by_customer["list"]] == ["l-1", "l-2"]
    alias = api.ok(
        "GET", "/subscribe/customers/a/schedules", params={"from": now, "to": now + 1000}
    )
    assert alias["total"] == 3
    assert "schedule-status" in api.error(
        "GET",
        "/subscribe/payments/schedule/customers/a",
        400,
        params={"from": now, "to": now + 10, "schedule-status": "x"},
    )


def test_schedules_execute_when_clock_moves(sandbox: Sandbox, api: Api) -> None:
    api.issue_key("ok-card")
    api.issue_key("poor-card", card="4000-0000-0000-0051")
    now = sandbox.clock.now()
    _schedule(api, "ok-card", ("e-1", now + 3600, 9900), ("e-2", now + 7200, 9900))
    _schedule(api, "poor-card", ("e-3", now + 3600, 9900))
    sandbox.clock.advance(3600)
    api.refresh()
    done = api.ok("GET", "/subscribe/payments/schedule/e-1")
    assert done["schedule_status"] == "executed"
    assert done["executed_at"] == now + 3600
    assert done["payment_status"] == "paid"
    payment = api.ok("GET", f"/payments/{done['imp_uid']}")
    assert payment["merchant_uid"] == "e-1"
    assert payment["customer_uid_usage"] == "payment.scheduled"
    assert payment["amount"] == 9900
    assert api.ok("GET", "/subscribe/payments/schedule/e-2")["schedule_status"] == "scheduled"
    failed = api.ok("GET", "/subscribe/payments/schedule/e-3")
    assert failed["schedule_status"] == "executed"
    assert failed["payment_status"] == "failed"
    assert "잔액부족" in failed["fail_reason"]
    assert api.ok("GET", f"/payments/{failed['imp_uid']}")["status"] == "failed"
    api.ok("POST", "/payments/cancel", json={"imp_uid": done["imp_uid"]})
    assert api.ok("GET", "/subscribe/payments/schedule/e-1")["payment_status"] == "cancelled"


def test_clock_admin_http_runs_due_schedules(sandbox: Sandbox, api: Api, raw: httpx.Client) -> None:
    api.issue_key("http-clock")
    now = sandbox.clock.now()
    _schedule(api, "http-clock", ("h-1", now + 50, 100))
    moved = raw.post("/__sandbox/clock", json={"advance": 60}).json()
    assert moved["now"] >= now + 60
    assert raw.get("/__sandbox/clock").json()["now"] >= now + 60
    assert api.ok("GET", "/subscribe/payments/schedule/h-1")["schedule_status"] == "executed"
    target = now + 86400
    assert raw.post("/__sandbox/clock", json={"set": target}).json()["now"] == target
    assert raw.post("/__sandbox/clock", json={"bogus": 1}).status_code == 400


def test_schedule_executes_on_request_when_real_time_passes(sandbox: Sandbox, api: Api) -> None:
    api.issue_key("rt")
    now = sandbox.clock.now()
    _schedule(api, "rt", ("rt-1", now, 100))
    assert api.ok("GET", "/subscribe/payments/schedule/rt-1")["schedule_status"] == "executed"


def test_deleted_billing_key_fails_the_schedule(sandbox: Sandbox, api: Api) -> None:
    api.issue_key("gone")
    now = sandbox.clock.now()
    _schedule(api, "gone", ("gone-1", now + 10, 100))
    api.ok("DELETE", "/subscribe/customers/gone")
    sandbox.clock.advance(10)
    result = api.ok("GET", "/subscribe/payments/schedule/gone-1")
    assert result["payment_status"] == "failed"
    assert result["imp_uid"] is None
