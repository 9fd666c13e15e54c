"""Declines are impossible to miss; verification compares money exactly; webhooks parse safely."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal

import pytest

from iamport_client import (
    AsyncIamporter,
    AuthenticationError,
    Iamporter,
    InvalidWebhookError,
    PaymentFailedError,
    PaymentVerificationError,
    ValidationError,
    WebhookEvent,
    parse_webhook,
)
from tests.support.fake_iamport import API_KEY, API_SECRET, FakeIamport, Reply, envelope, payment

DECLINED = payment(
    "imp_9",
    merchant_uid="m1",
    status="failed",
    fail_reason="[4000] 카드 한도초과",
    failed_at=1519862401,
)
CARD = {
    "card_number": "4000-0000-0000-0002",
    "expiry": "2030-01",
    "birth": "620201",
    "pwd_2digit": "99",
}


@pytest.mark.parametrize(
    ("path", "pay"),
    [
        ("/subscribe/payments/again", lambda c: c.pay_subscription(customer_uid="c1", merchant_uid="m1", amount=1000, name="x")),
        ("/subscribe/payments/onetime", lambda c: c.pay_onetime(merchant_uid="m1", amount=1000, **CARD)),
        ("/subscribe/payments/foreign", lambda c: c.pay_foreign(merchant_uid="m1", amount=1000, card_number=CARD["card_number"], expiry="2030-01")),
    ],
)  # fmt: skip
def test_declined_payment_raises(client: Iamporter, fake: FakeIamport, path: str, pay) -> None:  # type: ignore[no-untyped-def]
    fake.script("POST", path, Reply(200, envelope(DECLINED)))
    with pytest.raises(PaymentFailedError) as info:
        pay(client)
    err = info.value
    assert err.fail_reason == "[4000] 카드 한도초과"
    assert err.payment.imp_uid == "imp_9"
    assert err.payment.status.value == "failed"
    assert err.data is err.payment
    assert err.status == 200
    assert "카드 한도초과" in str(err)
    assert fake.count("POST", path) == 1


def test_declined_payment_raises_in_async(async_client: AsyncIamporter, fake: FakeIamport) -> None:
    fake.script("POST", "/subscribe/payments/onetime", Reply(200, envelope(DECLINED)))

    async def run() -> None:
        async with async_client:
            await async_client.pay_onetime(merchant_uid="m1", amount=1000, **CARD)

    with pytest.raises(PaymentFailedError):
        asyncio.run(run())


def test_approved_payment_returns_typed_result(client: Iamporter, fake: FakeIamport) -> None:
    result = client.pay_subscription(customer_uid="c1", merchant_uid="m1", amount=8900, name="월간")
    assert result.status == 200
    assert result.data.status.value == "paid"
    assert result.data.merchant_uid == "m1"
    assert result.raw["response"]["amount"] == 8900
    assert "imp_000000000001" in repr(result)


@pytest.mark.parametrize("expected", [64900, "64900", Decimal("64900"), Decimal("64900.00")])
def test_verify_payment_accepts_exact_amounts(client: Iamporter, expected: object) -> None:
    result = client.verify_payment("imp_1", expected, merchant_uid="merchant_1448280088556")  # type: ignore[arg-type]
    assert result.data.amount == 64900


def test_verify_payment_detects_a_forged_amount(client: Iamporter, fake: FakeIamport) -> None:
    fake.script("GET", "/payments/imp_1", Reply(200, envelope(payment("imp_1", amount=100))))
    with pytest.raises(PaymentVerificationError) as info:
        client.verify_payment("imp_1", 64900, merchant_uid="merchant_1448280088556")
    err = info.value
    assert err.payment.amount == 100
    assert err.expected_amount == Decimal(64900)
    assert "amount 100 != expected 64900" in str(err)


def test_verify_payment_compares_cents_exactly(client: Iamporter, fake: FakeIamport) -> None:
    fake.script(
        "GET",
        "/payments/imp_1",
        Reply(
            200,
            '{"code":0,"message":null,"response":'
            + json.dumps(payment("imp_1", amount=0.1 + 0.2, currency="USD"))
            + "}",
        ),
    )
    with pytest.raises(PaymentVerificationError):
        client.verify_payment(
            "imp_1", "0.3", currency="USD", merchant_uid="merchant_1448280088556"
        )  # 0.30000000000000004 is not 0.3
    fake.script(
        "GET",
        "/payments/imp_1",
        Reply(200, envelope(payment("imp_1", amount=12.34, currency="USD"))),
    )
    assert client.verify_payment(
        "imp_1", Decimal("12.34"), currency="USD", merchant_uid="merchant_1448280088556"
    ).data.amount == Decimal("12.34")


def test_verify_payment_checks_status(client: Iamporter, fake: FakeIamport) -> None:
    fake.script("GET", "/payments/imp_1", Reply(200, envelope(payment("imp_1", status="ready"))))
    with pytest.raises(PaymentVerificationError) as info:
        client.verify_payment("imp_1", 64900, merchant_uid="merchant_1448280088556")
    assert "status 'ready'" in str(info.value)
    fake.script("GET", "/payments/imp_1", Reply(200, envelope(payment("imp_1", status="ready"))))
    assert (
        client.verify_payment(
            "imp_1", 64900, expected_status=("paid", "ready"), merchant_uid="merchant_1448280088556"
        ).data.status.value
        == "ready"
    )


@pytest.mark.parametrize(
    "body",
    [
        b'{"imp_uid": "imp_1", "merchant_uid": "order_1", "status": "paid"}',
        "imp_uid=imp_1&merchant_uid=order_1&status=paid",
        {"imp_uid": "imp_1", "merchant_uid": "order_1", "status": "paid"},
    ],
)
def test_parse_webhook_accepts_json_form_and_mappings(body: object) -> None:
    assert parse_webhook(body) == WebhookEvent("imp_1", "order_1", "paid")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (b"", "body"),
        (b"{not json", "body"),
        (b"[1,2]", "imp_uid"),
        (b'{"merchant_uid": "o", "status": "paid"}', "imp_uid"),
        (b'{"imp_uid": "i", "status": "paid"}', "merchant_uid"),
        (b'{"imp_uid": "i", "merchant_uid": "o", "status": "refunded"}', "status"),
        (b'{"imp_uid": 5, "merchant_uid": "o", "status": "paid"}', "imp_uid"),
        (12, "body"),
    ],
)
def test_parse_webhook_rejects_junk_clearly(body: object, field: str) -> None:
    with pytest.raises(InvalidWebhookError) as info:
        parse_webhook(body)  # type: ignore[arg-type]
    assert info.value.field == field
    assert isinstance(info.value, ValueError)


def test_plain_http_is_refused_for_remote_hosts() -> None:
    with pytest.raises(ValidationError) as info:
        Iamporter(API_KEY, API_SECRET, base_url="http://api.iamport.kr")
    assert info.value.field == "base_url"
    Iamporter(
        API_KEY, API_SECRET, base_url="http://api.iamport.kr", allow_insecure_http=True
    ).close()
    Iamporter(API_KEY, API_SECRET, base_url="http://localhost:8080").close()
    Iamporter(API_KEY, API_SECRET, base_url="http://[::1]:8080").close()


def test_credentials_and_base_url_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, fake: FakeIamport
) -> None:
    monkeypatch.setenv("IAMPORT_API_KEY", "env_key")
    monkeypatch.setenv("IAMPORT_API_SECRET", "env_secret")
    monkeypatch.setenv("IAMPORT_BASE_URL", fake.base_url)
    with Iamporter() as client:
        assert client.base_url == fake.base_url
        with pytest.raises(AuthenticationError):  # env credentials are not the fake's
            client.find_by_imp_uid("imp_1")
    sent = json.loads(next(r for r in fake.requests if r.path == "/users/getToken").body)
    assert sent == {"imp_key": "env_key", "imp_secret": "env_secret"}


def test_defaults_to_the_public_test_credentials(
    monkeypatch: pytest.MonkeyPatch, fake: FakeIamport
) -> None:
    monkeypatch.delenv("IAMPORT_API_KEY", raising=False)
    monkeypatch.delenv("IAMPORT_API_SECRET", raising=False)
    with Iamporter(base_url=fake.base_url) as client:
        assert client.find_by_imp_uid("imp_1").status == 200
    with pytest.raises(ValidationError):
        Iamporter(API_KEY)  # a key without a secret
    monkeypatch.setenv("IAMPORT_API_KEY", "env_key")  # and none in the environment either
    with pytest.raises(ValidationError) as info:
        Iamporter(base_url=fake.base_url)
    assert info.value.field == "IAMPORT_API_SECRET"


def test_tier_header_is_sent(fake: FakeIamport) -> None:
    with Iamporter(API_KEY, API_SECRET, base_url=fake.base_url, tier="T01") as client:
        client.find_by_imp_uid("imp_1")
    assert next(r for r in fake.requests if r.method == "GET").headers["tier"] == "T01"


def test_low_level_client_shares_connections_and_tokens(
    client: Iamporter, fake: FakeIamport
) -> None:
    from iamport_api.api.payments import get_payment
    from iamport_api.models import PaymentEnvelope

    client.find_by_imp_uid("imp_1")
    parsed = get_payment.sync(client=client.api_client, imp_uid="imp_2")
    assert isinstance(parsed, PaymentEnvelope)
    assert parsed.response.imp_uid == "imp_2"
    assert fake.count("POST", "/users/getToken") == 1


def test_cookies_a_server_sets_are_still_kept(client: Iamporter, fake: FakeIamport) -> None:
    # The client skips httpx's cookie parsing on responses that set none (a speed-up); a
    # load balancer's stickiness cookie must still be stored and sent back.
    fake.script(
        "GET", "/payments/imp_1",
        Reply(200, envelope(payment("imp_1")), headers={"Set-Cookie": "AWSALB=sticky-1; Path=/"}),
    )  # fmt: skip
    client.find_by_imp_uid("imp_1")
    client.find_by_imp_uid("imp_2")
    second = next(r for r in fake.requests if r.path == "/payments/imp_2")
    assert second.headers.get("cookie") == "AWSALB=sticky-1"
