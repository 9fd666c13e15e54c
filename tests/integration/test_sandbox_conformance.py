"""Every response the sandbox sends validates against spec/iamport.yaml, for every operation;
and a bounded schemathesis run against the sandbox finds nothing."""

from __future__ import annotations

import copy
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import yaml
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from iamport_client import Iamporter, IamporterError
from iamport_sandbox import Sandbox
from tests.integration.test_all_operations import ARGS, Ctx, call, remember

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "iamport.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
CARD = {
    "card_number": "5361-1234-5678-9012",
    "expiry": "2030-11",
    "birth": "620201",
    "pwd_2digit": "99",
}


def _templates() -> list[tuple[re.Pattern[str], str, str]]:
    """(regex, METHOD, template) for every operation; literal segments win over parameters."""
    found = []
    for path, item in SPEC["paths"].items():
        for method in item:
            if method in ("get", "post", "put", "delete"):
                regex = re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$")
                found.append((regex, method.upper(), path))
    return sorted(found, key=lambda t: (t[2].count("{"), -len(t[2])))


TEMPLATES = _templates()


def operation_of(method: str, path: str) -> str:
    """The spec operation (METHOD template) a concrete request belongs to."""
    for regex, op_method, template in TEMPLATES:
        if op_method == method and regex.match(path):
            return f"{method} {template}"
    raise AssertionError(f"no spec operation for {method} {path}")


class Recorder:
    """Collects every exchange the client makes."""

    def __init__(self) -> None:
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    def __call__(self, response: httpx.Response) -> None:
        response.read()
        self.exchanges.append((response.request, response))


@pytest.fixture
def recorded(sandbox: Sandbox) -> Iterator[tuple[Iamporter, Recorder]]:
    recorder = Recorder()
    with Iamporter(base_url=sandbox.base_url, timeout=5.0) as client:
        client._http.event_hooks["response"].append(recorder)
        yield client, recorder


def _expect_error(call: Any) -> None:
    try:
        call()
    except IamporterError:
        return
    raise AssertionError("expected an error response")


def drive_every_operation(c: Iamporter, sandbox: Sandbox) -> None:
    """Successful and failing calls of every operation the spec describes."""
    now = sandbox.clock.now()
    c.create_subscription(customer_uid="cust_1", **CARD)
    c.get_subscription("cust_1")
    _expect_error(lambda: c.get_subscription("nobody"))
    c.create_prepared_payment(merchant_uid="order_1", amount=8900)
    _expect_error(lambda: c.create_prepared_payment(merchant_uid="order_1", amount=8900))
    c.get_prepared_payment("order_1")
    _expect_error(lambda: c.get_prepared_payment("nothing"))
    paid = c.pay_subscription(
        customer_uid="cust_1", merchant_uid="order_1", amount=8900, name="월간"
    )
    _expect_error(
        lambda: c.pay_subscription(customer_uid="ghost", merchant_uid="o_x", amount=10, name="x")
    )
    c.pay_onetime(merchant_uid="order_2", amount=5000, customer_uid="cust_2", **CARD)
    _expect_error(
        lambda: c.pay_onetime(
            merchant_uid="order_3", amount=5000, **{**CARD, "card_number": "4000-0000-0000-0002"}
        )
    )
    c.pay_foreign(
        merchant_uid="order_4", amount=5000, card_number=CARD["card_number"], expiry="2030-11"
    )
    c.find_by_imp_uid(paid.data.imp_uid)
    _expect_error(lambda: c.find_by_imp_uid("imp_000000000000"))
    c.find_by_merchant_uid("order_1")
    c.find_by_merchant_uid("order_1", "paid")
    _expect_error(lambda: c.find_by_merchant_uid("order_1", "cancelled"))
    c.find_all_by_merchant_uid("order_1")
    c.find_all_by_merchant_uid("order_3", "failed")
    c.find_all_by_status("paid", limit=5)
    c.find_all_by_status("all", from_=now - 3600, to=now + 3600, sorting="-paid")
    _expect_error(lambda: c.find_all_by_status("all", from_=0, to=now))
    c.cancel_by_merchant_uid("order_1", amount=1000, checksum=8900)
    _expect_error(lambda: c.cancel_by_merchant_uid("order_1", amount=1000, checksum=8900))
    c.cancel_by_imp_uid(paid.data.imp_uid)
    _expect_error(lambda: c.cancel_by_imp_uid("imp_000000000000"))
    at = now + 86400
    c.schedule_payments(
        customer_uid="cust_1",
        schedules=[
            {"merchant_uid": "order_s1", "schedule_at": at, "amount": 8900},
            {"merchant_uid": "order_s2", "schedule_at": at + 60, "amount": 8900},
        ],
    )
    _expect_error(
        lambda: c.schedule_payments(
            customer_uid="cust_1",
            schedules=[{"merchant_uid": "order_s1", "schedule_at": at, "amount": 8900}],
        )
    )
    c.get_schedule("order_s1")
    _expect_error(lambda: c.get_schedule("order_none"))
    c.find_schedules(from_=now, to=at + 3600, status="scheduled")
    _expect_error(lambda: c.find_schedules(from_=now, to=now + 200 * 86400))
    c.find_schedules(customer_uid="cust_1", from_=now, to=at + 3600)
    c.unschedule_payments(customer_uid="cust_1", merchant_uids=["order_s1"])
    _expect_error(lambda: c.unschedule_payments(merchant_uids="order_none"))
    sandbox.clock.advance(86400 + 120)
    c.get_schedule("order_s2")
    due = sandbox.clock.now() + 86400
    vbank = c.create_vbank(
        merchant_uid="order_v", amount=30000, vbank_code="004", vbank_due=due, vbank_holder="홍길동"
    )
    c.find_by_imp_uid(vbank.data.imp_uid)
    c.get_certification("imps_000000000001")
    c.delete_certification("imps_000000000001")
    _expect_error(lambda: c.get_certification("imps_000000000001"))
    c.delete_subscription("cust_2")
    _expect_error(lambda: c.delete_subscription("cust_2"))
    c.get_token()
    _expect_error(lambda: c.get_token("imp_apikey", "wrong"))


def test_every_sandbox_response_validates_against_the_spec(
    recorded: tuple[Iamporter, Recorder], sandbox: Sandbox
) -> None:
    client, recorder = recorded
    drive_every_operation(client, sandbox)
    sandbox.reset()
    ctx = Ctx(sandbox)
    for op in ARGS:  # every operation of the spec, through the wrapper's resources
        remember(op, call(client, op, ctx), ctx)
    spec = copy.deepcopy(SPEC)
    spec["servers"] = [{"url": sandbox.base_url}]
    openapi = OpenAPI.from_dict(spec)
    covered: set[str] = set()
    statuses: set[int] = set()
    for request, response in recorder.exchanges:
        op = operation_of(request.method, request.url.path)
        covered.add(op)
        statuses.add(response.status_code)
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
        except Exception as exc:  # report which exchange broke the spec, with the body
            pytest.fail(f"{op} -> {response.status_code}: {exc!r}\n{response.text[:500]}")
    every = {f"{m} {t}" for _, m, t in TEMPLATES}
    assert covered == every, f"not exercised: {sorted(every - covered)}"
    assert {200, 400, 401, 404} <= statuses


def test_schemathesis_finds_no_spec_violation(sandbox: Sandbox, tmp_path: Path) -> None:
    token = httpx.post(
        f"{sandbox.base_url}/users/getToken",
        json={
            "imp_key": "imp_apikey",
            "imp_secret": "ekKoeW8RyKuT0zgaZsUtXXTLQ4AhPFW3ZGseDA6bkA5lamv9OqDMnxyeB9wqOsuO9W3Mx9YSJ4dTqJ3f",
        },
    ).json()["response"]["access_token"]
    sandbox.clock.freeze()  # the token must outlive the run
    proc = subprocess.run(
        [
            sys.executable, "-m", "schemathesis.cli", "run", str(SPEC_PATH),
            "--url", sandbox.base_url,
            "--header", f"Authorization: {token}",
            "--max-examples", "8",
            "--seed", "20261122",
            "--mode", "positive",
            "--workers", "1",
            # Business rules no schema can state (KRW amounts are whole, lookup windows are at
            # most 90 days, a schedule lies in the future, ...) make the sandbox refuse some
            # schema-valid requests with a 400 that names the rule: that is conformance, not a bug.
            "--exclude-checks", "positive_data_acceptance",
            "--report-dir", str(tmp_path),
        ],
        capture_output=True, text=True, timeout=240, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
    assert "Tested:" in proc.stdout
