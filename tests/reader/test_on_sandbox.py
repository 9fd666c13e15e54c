"""The sandbox's ``drift`` fault (#17-3), ``iamport doctor`` (#17-4) and ``resolve_payment``
(#17-5), end to end against the sandbox on 127.0.0.1."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from iamport_client import (
    AsyncIamporter,
    Iamporter,
    InvalidResponseError,
    NotFoundError,
    PaymentOutcomeUnknownError,
    ValidationError,
)
from iamport_client.cli import run
from iamport_client.models import PaymentStatus
from iamport_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, Sandbox

CARD: dict[str, Any] = {
    "card_number": "4242-4242-4242-4242",
    "expiry": "2030-12",
    "birth": "880101",
}


@pytest.fixture
def sandbox(iamport_sandbox: Sandbox) -> Iterator[Sandbox]:
    iamport_sandbox.reset()
    yield iamport_sandbox
    iamport_sandbox.faults.clear()


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Iamporter]:
    with Iamporter(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=sandbox.base_url) as c:
        yield c


def _pay(client: Iamporter, mid: str, amount: int = 5000) -> str:
    return client.pay_onetime(merchant_uid=mid, amount=amount, **CARD).data.imp_uid


def _arm(sandbox: Sandbox, fault: str, path: str, times: int = 1) -> None:
    """Arm a fault through the admin API, as users do."""
    response = httpx.post(
        sandbox.base_url + "/__sandbox/faults",
        json={"fault": fault, "path": path, "times": times},
        timeout=5,
    )
    assert response.status_code == 200, response.text


# ------------------------------------------------------------------ the drift fault


def test_drift_by_header_performs_and_drifts_every_kind(
    sandbox: Sandbox, client: Iamporter
) -> None:
    client.billing_keys.create("cust_d", **CARD)
    token = client.get_token().data.access_token
    headers = {"Authorization": token, "X-Sandbox-Fault": "drift"}
    with httpx.Client(base_url=sandbox.base_url, timeout=10) as raw:
        paid = raw.post(
            "/subscribe/payments/onetime",
            json={"merchant_uid": "m-drift", "amount": 1000, **CARD},
            headers=headers,
        )
        key = raw.get("/subscribe/customers/cust_d", headers=headers)
        schedule_at = int(time.time()) + 3600
        made = client.schedules.create(
            customer_uid="cust_d",
            schedules=[{"merchant_uid": "s-drift", "schedule_at": schedule_at, "amount": 1000}],
        )
        assert made.data
        scheduled = raw.get("/subscribe/payments/schedule/s-drift", headers=headers)
    body = paid.json()["response"]
    assert isinstance(body["paid_at"], float) and not body["paid_at"].is_integer()
    assert body["sandbox_drift"] is True and body["amount"] == 1000
    assert key.json()["response"]["card_type"] == "card"
    assert scheduled.json()["response"]["schedule_status"] == "sandbox_drift"
    assert client.find_by_merchant_uid("m-drift").data.status is PaymentStatus.PAID  # performed


def test_the_tolerant_client_reads_a_drifting_sandbox(
    sandbox: Sandbox, client: Iamporter, caplog: pytest.LogCaptureFixture
) -> None:
    imp_uid = _pay(client, "m-tolerant")
    _arm(sandbox, "drift", "/payments/", times=2)
    caplog.set_level(logging.WARNING, logger="iamport_client.drift")
    got = client.find_by_imp_uid(imp_uid).data
    assert got.imp_uid == imp_uid and got.paid_at is not None and type(got.paid_at) is int
    assert got["sandbox_drift"] is True
    paths = {
        r.getMessage().split(": ")[1] for r in caplog.records if r.name == "iamport_client.drift"
    }
    assert {"response.paid_at", "response.started_at", "response.sandbox_drift"} <= paths
    with Iamporter(
        DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=sandbox.base_url, strict=True
    ) as s:
        with pytest.raises(InvalidResponseError, match=r"response\."):
            s.find_by_imp_uid(imp_uid)


# ------------------------------------------------------------------ iamport doctor


@pytest.fixture
def doctor_env(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Sandbox:
    """No credentials at all, a loopback base URL: the doctor uses the public test pair."""
    for name in ("IAMPORT_API_KEY", "IAMPORT_API_SECRET", "IAMPORT_PROFILE", "IAMPORT_STRICT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("IAMPORT_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("IAMPORT_BASE_URL", sandbox.base_url)
    return sandbox


def test_doctor_on_a_clean_sandbox_exits_0(
    doctor_env: Sandbox, client: Iamporter, capsys: pytest.CaptureFixture[str]
) -> None:
    imp_uid = _pay(client, "m-doctor-clean")
    code = run(["doctor"])
    out = capsys.readouterr()
    assert code == 0, out.out + out.err
    assert "DRIFT" not in out.out and "no deviation from the spec" in out.out
    assert "get_payment" in out.out and "ok" in out.out
    assert imp_uid not in out.out + out.err and "m-doctor-clean" not in out.out + out.err
    assert DEFAULT_API_SECRET not in out.out + out.err


def test_doctor_on_a_drifting_sandbox_names_the_fields(
    doctor_env: Sandbox, client: Iamporter, capsys: pytest.CaptureFixture[str]
) -> None:
    imp_uid = _pay(client, "m-doctor-drift")
    _arm(doctor_env, "drift", "/payments", times=50)
    code = run(["doctor"])
    out = capsys.readouterr()
    assert code == 7, out.out + out.err
    for field in ("response.paid_at", "response.sandbox_drift", "response.list[].paid_at"):
        assert field in out.out, field
    assert "the spec says an integer, the service sent a fractional number" in out.out
    assert imp_uid not in out.out + out.err and "m-doctor-drift" not in out.out + out.err
    assert "1764" not in out.out and "WARNING" not in out.err  # shapes only, no log noise


# ------------------------------------------------------------------ resolve_payment


def test_a_dropped_charge_resolves_to_the_payment(sandbox: Sandbox, client: Iamporter) -> None:
    sandbox.faults.arm("drop", "/subscribe/payments/onetime")
    with pytest.raises(PaymentOutcomeUnknownError) as caught:
        client.pay_onetime(merchant_uid="m-lost", amount=7000, **CARD)
    assert "resolve_payment('m-lost'" in str(caught.value)
    resolved = client.resolve_payment("m-lost", wait=5).data
    assert resolved.merchant_uid == "m-lost" and resolved.status is PaymentStatus.PAID
    assert resolved.amount == 7000


def test_an_order_never_sent_is_not_found_within_wait(client: Iamporter) -> None:
    started = time.monotonic()
    with pytest.raises(NotFoundError) as caught:
        client.resolve_payment("m-never-sent", wait=1.0)
    elapsed = time.monotonic() - started
    assert 0.5 <= elapsed < 3.0, elapsed
    assert "same merchant_uid is safe" in str(caught.value)


def test_async_resolve_payment(sandbox: Sandbox) -> None:
    sandbox.faults.arm("drop", "/subscribe/payments/onetime")

    async def main() -> None:
        async with AsyncIamporter(
            DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=sandbox.base_url
        ) as c:
            with pytest.raises(PaymentOutcomeUnknownError):
                await c.pay_onetime(merchant_uid="m-alost", amount=3000, **CARD)
            found = (await c.resolve_payment("m-alost", wait=5)).data
            assert found.status is PaymentStatus.PAID and found.amount == 3000
            with pytest.raises(NotFoundError):
                await c.resolve_payment("m-anever", wait=0.5)

    asyncio.run(main())


@pytest.mark.parametrize("wait", [-1, float("nan"), float("inf"), True, "5", 10_000])
def test_resolve_payment_refuses_a_bad_wait(client: Iamporter, wait: object) -> None:
    with pytest.raises(ValidationError):
        client.resolve_payment("m-1", wait=wait)  # type: ignore[arg-type]
