"""Every failure becomes an IamporterError carrying status, the server's words and the body."""

from __future__ import annotations

import asyncio
import socket

import pytest

from iamport_client import (
    APIError,
    AsyncIamporter,
    AuthenticationError,
    BadRequestError,
    Iamporter,
    IamporterError,
    InvalidResponseError,
    NetworkError,
    NotFoundError,
    PaymentOutcomeUnknownError,
    RequestTimeoutError,
    ServerError,
)
from tests.support.fake_iamport import API_KEY, API_SECRET, FakeIamport, Reply, envelope, payment

PATH = "/payments/imp_1"
HTML_500 = "<html><body><h1>500 Internal Server Error</h1></body></html>"
KOREAN = "이니시스 빌링결제는 상품명이 필수입니다."

# (reply, error class, expected status, expected message fragment, expected raw)
ERROR_TABLE = [
    pytest.param(
        Reply(200, envelope(None, 1, "존재하지 않는 결제정보입니다.")),
        APIError, 200, "존재하지 않는 결제정보입니다.", "envelope", id="code!=0-on-200",
    ),
    pytest.param(
        Reply(400, envelope(None, -1, KOREAN)), BadRequestError, 400, KOREAN, "envelope", id="400",
    ),
    pytest.param(
        Reply(404, envelope(None, -1, "존재하지 않는 결제정보입니다.")),
        NotFoundError, 404, "존재하지 않는 결제정보입니다.", "envelope", id="404",
    ),
    pytest.param(
        Reply(401, envelope(None, -1, "Unauthorized")),
        AuthenticationError, 401, "Unauthorized", "envelope", id="401",
    ),
    pytest.param(
        Reply(409, envelope(None, -1, "conflict")), APIError, 409, "conflict", "envelope", id="409",
    ),
    pytest.param(
        Reply(200, "", content_type="text/plain"),
        InvalidResponseError, 200, "empty body", "", id="empty-200",
    ),
    pytest.param(
        Reply(200, '{"code": 0, "message": null, "response": {"imp_uid": "imp_1", "amo'),
        InvalidResponseError, 200, "not an Iamport envelope", "text", id="truncated-json",
    ),
    pytest.param(
        Reply(200, envelope({"imp_uid": "imp_1"})),
        InvalidResponseError, 200, "does not match the API spec", "envelope", id="payload-breaks-spec",
    ),
    pytest.param(
        Reply(200, envelope(payment("imp_1", status="refunded"))),
        InvalidResponseError, 200, "does not match the API spec", "envelope", id="unknown-status",
    ),
    pytest.param(
        Reply(200, "[1, 2, 3]"),
        InvalidResponseError, 200, "not an Iamport envelope", "text", id="json-not-object",
    ),
    pytest.param(
        Reply(403, HTML_500.replace("500", "403"), content_type="text/html"),
        APIError, 403, "403", "text", id="html-403",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("reply", "cls", "status", "fragment", "raw"), ERROR_TABLE)
def test_error_mapping(
    client: Iamporter,
    fake: FakeIamport,
    reply: Reply,
    cls: type[IamporterError],
    status: int,
    fragment: str,
    raw: str,
) -> None:
    replies = [reply, reply] if reply.status == 401 else [reply]
    fake.script("GET", PATH, *replies)
    with pytest.raises(cls) as info:
        client.find_by_imp_uid("imp_1")
    err = info.value
    assert type(err) is cls
    assert err.status == status
    assert fragment in err.message
    assert str(err).startswith(f"[{status}] ")
    if raw == "envelope":
        assert isinstance(err.raw, dict)
        assert "code" in err.raw
    elif raw == "text":
        assert isinstance(err.raw, str | list)
    else:
        assert err.raw == ""


def test_error_str_reads_like_the_server(client: Iamporter, fake: FakeIamport) -> None:
    fake.script("GET", PATH, Reply(400, envelope(None, -1, KOREAN)))
    with pytest.raises(BadRequestError) as info:
        client.find_by_imp_uid("imp_1")
    assert str(info.value) == f"[400] {KOREAN}"
    assert info.value.code == -1
    assert info.value.raw == {"code": -1, "message": KOREAN, "response": None}


def test_same_mapping_for_async(async_client: AsyncIamporter, fake: FakeIamport) -> None:
    fake.script("GET", PATH, Reply(400, envelope(None, -1, KOREAN)))

    async def run() -> None:
        async with async_client:
            await async_client.find_by_imp_uid("imp_1")

    with pytest.raises(BadRequestError) as info:
        asyncio.run(run())
    assert str(info.value) == f"[400] {KOREAN}"


def test_5xx_html_on_a_read_is_retried_then_raised(client: Iamporter, fake: FakeIamport) -> None:
    html = Reply(500, HTML_500, content_type="text/html")
    fake.script("GET", PATH, html, html, html)
    with pytest.raises(ServerError) as info:
        client.find_by_imp_uid("imp_1")
    assert info.value.status == 500
    assert "500 Internal Server Error" in info.value.message
    assert info.value.raw == HTML_500
    assert fake.count("GET", PATH) == 3  # first try + max_retries (2)


def test_5xx_on_a_read_recovers_on_retry(client: Iamporter, fake: FakeIamport) -> None:
    fake.script("GET", PATH, Reply(502, "", content_type="text/plain"))
    assert client.find_by_imp_uid("imp_1").data.imp_uid == "imp_1"
    assert fake.count("GET", PATH) == 2


def test_read_timeout_on_a_read_is_retried_then_raised(fake: FakeIamport) -> None:
    slow = Reply(200, envelope(payment("imp_1")), delay=0.6)
    fake.script("GET", PATH, slow, slow, slow)
    with Iamporter(API_KEY, API_SECRET, base_url=fake.base_url, timeout=0.3) as client:
        with pytest.raises(RequestTimeoutError) as info:
            client.find_by_imp_uid("imp_1")
    assert info.value.status is None
    assert fake.count("GET", PATH) == 3


def test_dropped_connection_on_a_read_is_retried(client: Iamporter, fake: FakeIamport) -> None:
    fake.script("GET", PATH, Reply(drop=True))
    assert client.find_by_imp_uid("imp_1").data.imp_uid == "imp_1"
    assert fake.count("GET", PATH) == 2


def test_connection_refused_is_a_network_error() -> None:
    with socket.socket() as sock:  # a port that nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with Iamporter(API_KEY, API_SECRET, base_url=f"http://127.0.0.1:{port}", max_retries=0) as c:
        with pytest.raises(NetworkError) as info:
            c.find_by_imp_uid("imp_1")
    assert info.value.status is None
    assert not isinstance(info.value, PaymentOutcomeUnknownError)


def test_connection_refused_on_a_payment_is_safe_to_retry() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with Iamporter(API_KEY, API_SECRET, base_url=f"http://127.0.0.1:{port}", max_retries=0) as c:
        # The token request fails first: nothing about the payment was sent.
        with pytest.raises(NetworkError) as info:
            c.pay_subscription(customer_uid="c1", merchant_uid="m1", amount=1000, name="x")
    assert not isinstance(info.value, PaymentOutcomeUnknownError)


AGAIN = "/subscribe/payments/again"


def _pay(client: Iamporter) -> None:
    client.pay_subscription(
        customer_uid="cust_1", merchant_uid="order_1", amount=8900, name="월간 이용권"
    )


def test_timed_out_payment_is_never_resent(fake: FakeIamport) -> None:
    fake.script("POST", AGAIN, Reply(200, envelope(payment("imp_2")), delay=0.8))
    with Iamporter(API_KEY, API_SECRET, base_url=fake.base_url, timeout=0.3) as client:
        client.get_token()
        with pytest.raises(PaymentOutcomeUnknownError) as info:
            _pay(client)
    err = info.value
    assert err.merchant_uid == "order_1"
    assert "order_1" in str(err)
    assert "find_by_merchant_uid" in str(err)
    assert "NOT resent" in str(err)
    assert fake.count("POST", AGAIN) == 1


def test_dropped_connection_on_a_payment_is_never_resent(
    client: Iamporter, fake: FakeIamport
) -> None:
    fake.script("POST", AGAIN, Reply(drop=True))
    with pytest.raises(PaymentOutcomeUnknownError):
        _pay(client)
    assert fake.count("POST", AGAIN) == 1


def test_5xx_on_a_payment_is_outcome_unknown_and_not_resent(
    client: Iamporter, fake: FakeIamport
) -> None:
    fake.script("POST", AGAIN, Reply(500, envelope(None, -1, "PG사 통신 장애")))
    with pytest.raises(PaymentOutcomeUnknownError) as info:
        _pay(client)
    assert info.value.status == 500
    assert "PG사 통신 장애" in str(info.value)
    assert fake.count("POST", AGAIN) == 1


def test_truncated_answer_to_a_payment_is_outcome_unknown(
    client: Iamporter, fake: FakeIamport
) -> None:
    fake.script("POST", AGAIN, Reply(200, '{"code":0,"message":null,"response":{"imp_'))
    with pytest.raises(PaymentOutcomeUnknownError):
        _pay(client)
    assert fake.count("POST", AGAIN) == 1


def test_async_timed_out_payment_is_never_resent(fake: FakeIamport) -> None:
    fake.script("POST", AGAIN, Reply(200, envelope(payment("imp_2")), delay=0.8))
    client = AsyncIamporter(API_KEY, API_SECRET, base_url=fake.base_url, timeout=0.3)

    async def run() -> None:
        async with client:
            await client.get_token()
            await client.pay_subscription(
                customer_uid="cust_1", merchant_uid="order_1", amount=8900, name="x"
            )

    with pytest.raises(PaymentOutcomeUnknownError) as info:
        asyncio.run(run())
    assert info.value.merchant_uid == "order_1"
    assert fake.count("POST", AGAIN) == 1


def test_cancel_timeout_names_the_payment(fake: FakeIamport) -> None:
    fake.script("POST", "/payments/cancel", Reply(200, envelope(payment("imp_7")), delay=0.8))
    with Iamporter(API_KEY, API_SECRET, base_url=fake.base_url, timeout=0.3) as client:
        client.get_token()
        with pytest.raises(PaymentOutcomeUnknownError) as info:
            client.cancel_by_imp_uid("imp_7", amount=1000)
    assert info.value.imp_uid == "imp_7"
    assert "imp_7" in str(info.value)
    assert fake.count("POST", "/payments/cancel") == 1


def test_errors_are_never_bare_exceptions(client: Iamporter, fake: FakeIamport) -> None:
    bad_bodies = ["", "null", "{}", '{"code": "zero"}', "<html/>", '{"code":0,"response":[]}']
    for body in bad_bodies:
        fake.script("GET", PATH, Reply(200, body))
        with pytest.raises(IamporterError):
            client.find_by_imp_uid("imp_1")


@pytest.mark.parametrize(("reply", "cls", "status", "fragment", "raw"), ERROR_TABLE)
def test_error_mapping_async(
    async_client: AsyncIamporter,
    fake: FakeIamport,
    reply: Reply,
    cls: type[IamporterError],
    status: int,
    fragment: str,
    raw: str,
) -> None:
    replies = [reply, reply] if reply.status == 401 else [reply]
    fake.script("GET", PATH, *replies)

    async def run() -> None:
        async with async_client:
            await async_client.find_by_imp_uid("imp_1")

    with pytest.raises(cls) as info:
        asyncio.run(run())
    assert type(info.value) is cls
    assert info.value.status == status
    assert fragment in info.value.message


def test_async_retries_follow_the_same_policy(
    async_client: AsyncIamporter, fake: FakeIamport
) -> None:
    html = Reply(500, HTML_500, content_type="text/html")
    fake.script("GET", PATH, html, html, html)
    fake.script("POST", AGAIN, Reply(drop=True))

    async def run() -> None:
        async with async_client:
            with pytest.raises(ServerError):
                await async_client.find_by_imp_uid("imp_1")
            with pytest.raises(PaymentOutcomeUnknownError):
                await async_client.pay_subscription(
                    customer_uid="c1", merchant_uid="order_1", amount=1000, name="x"
                )

    asyncio.run(run())
    assert fake.count("GET", PATH) == 3
    assert fake.count("POST", AGAIN) == 1
