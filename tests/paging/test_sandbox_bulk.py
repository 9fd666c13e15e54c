"""The sandbox's bulk seeding (for the export benchmark) and its cached status listing, which
must follow every change of a payment."""

from __future__ import annotations

import httpx

from iamport_client import Iamporter
from iamport_sandbox import Sandbox


def test_bulk_payments_are_listed_and_a_change_shows_at_once(
    sandbox: Sandbox, iamporter: Iamporter
) -> None:
    answer = httpx.post(sandbox.base_url + "/__sandbox/payments/bulk", json={"count": 25})
    assert answer.status_code == 200 and answer.json() == {"stored": 25}
    walk = iamporter.payments.iter_by_status("paid", limit=10, concurrency=3)
    paid = [p.merchant_uid for p in walk]
    assert sorted(paid) == sorted(f"bulk_{i}" for i in range(25))

    iamporter.payments.cancel(merchant_uid="bulk_7", reason="test")
    again = [p.merchant_uid for p in iamporter.payments.iter_by_status("paid", limit=10)]
    assert len(again) == 24 and "bulk_7" not in again
    cancelled = [p.merchant_uid for p in iamporter.payments.iter_by_status("cancelled")]
    assert cancelled == ["bulk_7"]


def test_bulk_refuses_bad_counts(sandbox: Sandbox) -> None:
    for body in ({"count": 0}, {"count": "5"}, {"count": True}, {"count": 3, "amount": -1}):
        answer = httpx.post(sandbox.base_url + "/__sandbox/payments/bulk", json=body)
        assert answer.status_code == 400, body
