"""Fault injection, request counting and the admin API."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from iamport_sandbox import Sandbox, parse_fault

from .conftest import Api

ONETIME = "/subscribe/payments/onetime"


def _body(mid: str) -> dict[str, object]:
    return {
        "merchant_uid": mid,
        "amount": 1000,
        "card_number": "4111-1111-1111-1111",
        "expiry": "2030-12",
    }


def _fault(api: Api, fault: str, mid: str) -> httpx.Response:
    return api.client.post(
        ONETIME, json=_body(mid), headers={**api.headers, "X-Sandbox-Fault": fault}
    )


def _stored(api: Api, mid: str) -> bool:
    response = api.client.get(f"/payments/find/{mid}", headers=api.headers)
    return response.status_code == 200


def test_http500_does_nothing(api: Api) -> None:
    response = _fault(api, "http500", "f-500")
    assert response.status_code == 500
    assert response.headers["content-type"].startswith("text/html")
    assert "Internal Server Error" in response.text
    assert not _stored(api, "f-500")


def test_code_fault_does_nothing(api: Api) -> None:
    response = _fault(api, "code", "f-code")
    assert response.status_code == 200
    assert response.json() == {"code": 1, "message": "sandbox injected failure", "response": None}
    assert not _stored(api, "f-code")


def test_empty_fault(api: Api) -> None:
    response = _fault(api, "empty", "f-empty")
    assert response.status_code == 502
    assert response.content == b""
    assert not _stored(api, "f-empty")


def test_drop_performs_then_breaks(api: Api) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        _fault(api, "drop", "f-drop")
    assert _stored(api, "f-drop")


def test_truncated_performs_and_returns_half(api: Api) -> None:
    response = _fault(api, "truncated", "f-trunc")
    assert response.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        response.json()
    assert response.text.startswith('{"code":0')
    assert _stored(api, "f-trunc")


def test_delay_fault(api: Api) -> None:
    started = time.monotonic()
    response = _fault(api, "delay:0.3", "f-delay")
    assert time.monotonic() - started >= 0.3
    assert response.json()["response"]["status"] == "paid"


def test_unknown_fault_header(api: Api) -> None:
    response = _fault(api, "explode", "f-x")
    assert response.status_code == 400
    assert "explode" in response.json()["message"]
    assert not _stored(api, "f-x")


def test_armed_faults_match_path_method_and_times(sandbox: Sandbox, api: Api) -> None:
    armed = api.client.post(
        "/__sandbox/faults",
        json={"fault": "http500", "path": "/subscribe/payments/", "method": "POST", "times": 2},
    )
    assert armed.status_code == 200
    assert armed.json()["armed"]["remaining"] == 2
    api.ok("GET", "/certifications/imps_000000000001")
    assert api.client.post(ONETIME, json=_body("a-1"), headers=api.headers).status_code == 500
    assert api.client.post(ONETIME, json=_body("a-1"), headers=api.headers).status_code == 500
    assert api.client.post(ONETIME, json=_body("a-1"), headers=api.headers).status_code == 200
    assert api.client.get("/__sandbox/faults").json()["faults"] == []
    sandbox.faults.arm("code", "/payments")
    api.refused("GET", "/payments/find/a-1")
    api.ok("GET", "/payments/find/a-1")
    api.client.post("/__sandbox/faults", json={"fault": "empty", "path": "/"})
    assert api.client.delete("/__sandbox/faults").status_code == 200
    api.ok("GET", "/payments/find/a-1")
    bad = api.client.post("/__sandbox/faults", json={"fault": "nope"})
    assert bad.status_code == 400


def test_fault_on_token_request(sandbox: Sandbox, raw: httpx.Client) -> None:
    sandbox.faults.arm("http500", "/users/getToken")
    from iamport_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET

    creds = {"imp_key": DEFAULT_API_KEY, "imp_secret": DEFAULT_API_SECRET}
    assert raw.post("/users/getToken", json=creds).status_code == 500
    assert raw.post("/users/getToken", json=creds).status_code == 200
    assert sandbox.request_count("POST", "/users/getToken") == 2


def test_request_counting(sandbox: Sandbox, api: Api) -> None:
    payment = api.onetime("cnt-1")
    api.ok("GET", f"/payments/{payment['imp_uid']}")
    api.ok("GET", "/payments/find/cnt-1")
    _fault(api, "http500", "cnt-2")
    api.client.get("/not/a/route")
    api.client.get("/__sandbox/state")
    assert sandbox.request_count("POST", "/users/getToken") == 1
    assert sandbox.request_count("POST", ONETIME) == 2
    assert sandbox.request_count("GET", "/payments/{imp_uid}") == 1
    assert sandbox.request_count("GET", "/payments/find/{merchant_uid}") == 1
    counts = api.client.get("/__sandbox/requests").json()
    assert counts["counts"]["GET /not/a/route"] == 1
    assert counts["total"] == 6
    sandbox.reset_counts()
    assert sandbox.request_count("POST", ONETIME) == 0
    api.client.delete("/__sandbox/requests")
    assert api.client.get("/__sandbox/requests").json()["total"] == 0


def test_admin_reset_config_and_state(sandbox: Sandbox, api: Api) -> None:
    api.onetime("keep")
    assert len(api.client.get("/__sandbox/state").json()["payments"]) == 1
    config = api.client.post(
        "/__sandbox/config", json={"slow_card_delay": 0.1, "webhook_url": "http://x/y"}
    )
    assert config.json() == {"slow_card_delay": 0.1, "webhook_url": "http://x/y"}
    assert sandbox.slow_card_delay == 0.1
    sandbox.clock.advance(1000)
    assert api.client.post("/__sandbox/reset").json()["ok"] is True
    assert abs(sandbox.clock.offset) < 1
    assert sandbox.request_count("POST", ONETIME) == 0
    fresh = Api(api.client)
    fresh.error("GET", "/payments/find/keep", 404)
    fresh.ok("GET", "/certifications/imps_000000000002")


def test_parse_fault() -> None:
    assert str(parse_fault("delay:1.5")) == "delay:1.5"
    assert str(parse_fault("DROP")) == "drop"
    for bad in ("delay", "delay:x", "delay:-1", "boom"):
        with pytest.raises(ValueError, match=r"delay|unknown fault"):
            parse_fault(bad)
