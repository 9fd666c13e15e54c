"""Changing schedules: move a pending one, schedule a failed/revoked one again, retry now."""

from __future__ import annotations

from typing import Any

from iamport_sandbox import Sandbox

from .conftest import Api

POOR = "4000-0000-0000-0051"


def _schedule(api: Api, customer_uid: str, mid: str, at: int, amount: int = 9900) -> Any:
    body = {
        "customer_uid": customer_uid,
        "schedules": [{"merchant_uid": mid, "schedule_at": at, "amount": amount, "name": "구독"}],
    }
    return api.ok("POST", "/subscribe/payments/schedule", json=body)[0]


def test_move_pending_schedule(sandbox: Sandbox, api: Api) -> None:
    api.issue_key("mv")
    now = sandbox.clock.now()
    _schedule(api, "mv", "mv-1", now + 3600)
    moved = api.ok("PUT", "/subscribe/payments/schedule/mv-1", json={"schedule_at": now + 60})
    assert moved["schedule_at"] == now + 60
    assert moved["schedule_status"] == "scheduled"
    assert api.ok("GET", "/subscribe/payments/schedule/mv-1") == moved
    assert "과거" in api.refused(
        "PUT", "/subscribe/payments/schedule/mv-1", json={"schedule_at": now - 1}
    )
    sandbox.clock.advance(61)  # runs at its new time
    done = api.ok("GET", "/subscribe/payments/schedule/mv-1")
    assert (done["schedule_status"], done["payment_status"]) == ("executed", "paid")
    assert done["executed_at"] == now + 61
    assert "실행 대기" in api.refused(
        "PUT", "/subscribe/payments/schedule/mv-1", json={"schedule_at": now + 9999}
    )
    api.error("PUT", "/subscribe/payments/schedule/none", 404, json={"schedule_at": now + 60})
    api.error("PUT", "/subscribe/payments/schedule/mv-1", 400, json={})


def test_reschedule_revoked_and_failed(sandbox: Sandbox, api: Api) -> None:
    api.issue_key("rs", card=POOR)
    now = sandbox.clock.now()
    _schedule(api, "rs", "rs-revoked", now + 100)
    _schedule(api, "rs", "rs-failed", now + 50)
    assert "실패했거나 취소된" in api.refused(
        "POST",
        "/subscribe/payments/schedule/rs-revoked/reschedule",
        json={"schedule_at": now + 500},
    )
    api.ok("POST", "/subscribe/payments/unschedule", json={"merchant_uid": "rs-revoked"})
    again = api.ok(
        "POST",
        "/subscribe/payments/schedule/rs-revoked/reschedule",
        json={"schedule_at": now + 500},
    )
    assert (again["schedule_status"], again["schedule_at"], again["revoked_at"]) == (
        "scheduled",
        now + 500,
        0,
    )
    assert (again["amount"], again["name"], again["customer_uid"]) == (9900, "구독", "rs")
    assert api.ok("GET", "/subscribe/payments/schedule/rs-revoked") == again

    sandbox.clock.advance(60)  # rs-failed runs and fails (insufficient funds)
    failed = api.ok("GET", "/subscribe/payments/schedule/rs-failed")
    assert failed["payment_status"] == "failed"
    api.issue_key("rs")  # a working card this time
    later = sandbox.clock.now() + 30
    api.ok("POST", "/subscribe/payments/schedule/rs-failed/reschedule", json={"schedule_at": later})
    window = {"from": now, "to": now + 3600}
    listed = api.ok("GET", "/subscribe/payments/schedule/customers/rs", params=window)["list"]
    statuses = sorted((s["merchant_uid"], s["schedule_status"]) for s in listed)
    assert statuses == [
        ("rs-failed", "executed"),
        ("rs-failed", "scheduled"),
        ("rs-revoked", "revoked"),
        ("rs-revoked", "scheduled"),
    ]
    sandbox.clock.advance(31)
    assert api.ok("GET", "/subscribe/payments/schedule/rs-failed")["payment_status"] == "paid"
    assert "실패했거나 취소된" in api.refused(
        "POST",
        "/subscribe/payments/schedule/rs-failed/reschedule",
        json={"schedule_at": later + 99},
    )
    api.ok("POST", "/subscribe/payments/unschedule", json={"merchant_uid": "rs-revoked"})
    assert "과거" in api.refused(
        "POST", "/subscribe/payments/schedule/rs-revoked/reschedule", json={"schedule_at": now}
    )
    api.error(
        "POST", "/subscribe/payments/schedule/none/reschedule", 404, json={"schedule_at": now}
    )


def test_retry_failed_schedule_now(sandbox: Sandbox, api: Api) -> None:
    api.issue_key("rt", card=POOR)
    now = sandbox.clock.now()
    _schedule(api, "rt", "rt-1", now + 10, amount=4900)
    assert "실패했거나 취소된" in api.refused("POST", "/subscribe/payments/schedule/rt-1/retry")
    sandbox.clock.advance(11)
    first = api.ok("GET", "/subscribe/payments/schedule/rt-1")
    assert first["payment_status"] == "failed"

    declined = api.ok("POST", "/subscribe/payments/schedule/rt-1/retry")
    assert declined["status"] == "failed"  # still the poor card: a failed payment, code 0
    assert declined["customer_uid_usage"] == "payment.scheduled"
    api.issue_key("rt")  # card replaced
    sandbox.clock.advance(5)
    paid = api.ok("POST", "/subscribe/payments/schedule/rt-1/retry")
    assert (paid["status"], paid["amount"], paid["merchant_uid"]) == ("paid", 4900, "rt-1")
    schedule = api.ok("GET", "/subscribe/payments/schedule/rt-1")
    assert schedule["imp_uid"] == paid["imp_uid"]
    assert (schedule["payment_status"], schedule["executed_at"]) == ("paid", now + 16)
    attempts = api.ok("GET", "/payments/findAll/rt-1")["list"]
    assert [p["status"] for p in attempts] == ["paid", "failed", "failed"]
    assert "실패했거나 취소된" in api.refused("POST", "/subscribe/payments/schedule/rt-1/retry")
    api.error("POST", "/subscribe/payments/schedule/none/retry", 404)


def test_retry_revoked_schedule_and_missing_key(sandbox: Sandbox, api: Api) -> None:
    api.issue_key("rv")
    now = sandbox.clock.now()
    _schedule(api, "rv", "rv-1", now + 3600)
    _schedule(api, "rv", "rv-2", now + 3600)
    api.ok("POST", "/subscribe/payments/unschedule", json={"customer_uid": "rv"})
    paid = api.ok("POST", "/subscribe/payments/schedule/rv-1/retry")
    assert paid["status"] == "paid"
    assert api.ok("GET", "/subscribe/payments/schedule/rv-1")["schedule_status"] == "executed"
    api.ok("DELETE", "/subscribe/customers/rv")
    assert "등록되지 않은" in api.refused("POST", "/subscribe/payments/schedule/rv-2/retry")
    assert api.ok("GET", "/subscribe/payments/schedule/rv-2")["schedule_status"] == "revoked"
