"""Token issue and authentication rules."""

from __future__ import annotations

import re

import httpx

from iamport_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, Sandbox

from .conftest import Api, get_token

CREDS = {"imp_key": DEFAULT_API_KEY, "imp_secret": DEFAULT_API_SECRET}


def _token(raw: httpx.Client) -> dict[str, int | str]:
    response = raw.post("/users/getToken", json=CREDS)
    assert response.status_code == 200
    body = response.json()
    assert body["code"] == 0
    assert body["message"] is None
    result: dict[str, int | str] = body["response"]
    return result


def test_token_shape_and_lifetime(sandbox: Sandbox, raw: httpx.Client) -> None:
    token = _token(raw)
    assert set(token) == {"access_token", "now", "expired_at"}
    assert re.fullmatch(r"[0-9a-f]{40}", str(token["access_token"]))
    assert token["now"] == sandbox.clock.now()
    assert int(token["expired_at"]) - int(token["now"]) == 1800


def test_same_token_while_valid(sandbox: Sandbox, raw: httpx.Client) -> None:
    first = _token(raw)
    sandbox.clock.advance(600)
    second = _token(raw)
    assert second["access_token"] == first["access_token"]
    assert second["expired_at"] == first["expired_at"]


def test_token_extended_when_a_minute_is_left(sandbox: Sandbox, raw: httpx.Client) -> None:
    first = _token(raw)
    sandbox.clock.advance(1800 - 60)
    second = _token(raw)
    assert second["access_token"] == first["access_token"]
    assert second["expired_at"] == int(first["expired_at"]) + 300


def test_new_token_after_expiry_and_old_one_rejected(sandbox: Sandbox, raw: httpx.Client) -> None:
    first = _token(raw)
    sandbox.clock.advance(1800)
    response = raw.get(
        "/payments/imp_000000000000", headers={"Authorization": str(first["access_token"])}
    )
    assert response.status_code == 401
    assert response.json()["code"] == -1
    second = _token(raw)
    assert second["access_token"] != first["access_token"]


def test_missing_unknown_token_is_401(raw: httpx.Client) -> None:
    for headers in ({}, {"Authorization": "0" * 40}, {"Authorization": "Bearer nope"}):
        response = raw.get("/payments/imp_000000000000", headers=headers)
        assert response.status_code == 401
        body = response.json()
        assert body["code"] == -1
        assert "Unauthorized" in body["message"]
        assert body["response"] is None


def test_bearer_prefix_and_tier_header_accepted(raw: httpx.Client) -> None:
    token = get_token(raw)
    response = raw.get(
        "/certifications/imps_000000000001",
        headers={"Authorization": f"Bearer {token}", "Tier": "ABC"},
    )
    assert response.status_code == 200
    assert response.json()["code"] == 0


def test_bad_credentials(raw: httpx.Client) -> None:
    wrong = raw.post("/users/getToken", json={"imp_key": DEFAULT_API_KEY, "imp_secret": "x"})
    assert wrong.status_code == 401
    assert wrong.json()["code"] == -1
    assert "imp_secret" in wrong.json()["message"]
    missing = raw.post("/users/getToken", json={})
    assert missing.status_code == 401
    assert "누락" in missing.json()["message"]


def test_form_encoded_token_request(raw: httpx.Client) -> None:
    response = raw.post("/users/getToken", data=CREDS)
    assert response.status_code == 200
    assert response.json()["response"]["access_token"]


def test_reset_forgets_tokens(sandbox: Sandbox, api: Api) -> None:
    sandbox.reset()
    api.error("GET", "/certifications/imps_000000000001", 401)


def test_custom_credentials() -> None:
    from iamport_sandbox import run_sandbox

    with run_sandbox(api_key="k1", api_secret="s1") as sb, httpx.Client(base_url=sb.base_url) as c:
        assert (
            c.post("/users/getToken", json={"imp_key": "k1", "imp_secret": "s1"}).status_code == 200
        )
        assert c.post("/users/getToken", json=CREDS).status_code == 401
