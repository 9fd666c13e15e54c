"""Items 10 to 14: secrets in reprs, chains and echoes; errors that survive pickle and copy; the
server's own words; token failures; nothing but IamporterErrors from public calls."""

from __future__ import annotations

import asyncio
import copy
import pickle
import sys
from concurrent.futures import ProcessPoolExecutor
from decimal import Decimal
from typing import Any

import pytest

import iamport_client
from iamport_client import (
    APIError,
    AuthenticationError,
    BadRequestError,
    Iamporter,
    IamporterError,
    InvalidResponseError,
    InvalidWebhookError,
    NetworkError,
    PaymentFailedError,
    PaymentOutcomeUnknownError,
    PaymentPendingError,
    PaymentVerificationError,
    ValidationError,
    _calls,
    parse_webhook,
)
from tests.adversarial.conftest import (
    CARD,
    CARD_SECRETS,
    exception_chain,
    make_async_client,
    make_client,
)
from tests.support.fake_iamport import API_SECRET, FakeIamport, Reply, envelope, payment

ONETIME = "/subscribe/payments/onetime"


def _secrets_of(client: Iamporter) -> list[str]:
    token = client._tokens.current()
    return [*CARD_SECRETS, API_SECRET, *([token] if token else [])]


def _everything_about(error: BaseException) -> str:
    """Every text an error tracker could show: str, repr, attributes, chain, pickled form."""
    parts = []
    for link in exception_chain(error):
        parts += [str(link), repr(link), repr(vars(link)), repr(link.args)]
        request = getattr(link, "request", None)
        if request is not None:
            parts.append(repr(dict(request.headers)))
            parts.append(repr(request.content))
    parts.append(repr(pickle.dumps(error)))
    return "\n".join(parts)


# ----------------------------------------------------------------------------- item 10


def test_the_call_object_repr_shows_no_card_data() -> None:
    call = _calls.pay_onetime(merchant_uid="m1", amount=1000, **CARD)
    text = repr(call)
    for secret in ("4242-4242-4242-4242", "880101", "'12'", "123"):
        assert secret not in text
    assert "m1" in text
    token_call = _calls.get_token("imp_apikey", API_SECRET)
    assert API_SECRET not in repr(token_call)


@pytest.mark.parametrize(
    "reply",
    [
        pytest.param(Reply(drop=True), id="dropped"),
        pytest.param(Reply(200, envelope(payment("imp_1")), delay=3.0), id="timeout"),
        pytest.param(
            Reply(502, "<html>bad gateway</html>", content_type="text/html"), id="html-502"
        ),
    ],
)
def test_no_exception_chain_carries_the_request_or_its_secrets(
    fake: FakeIamport, reply: Reply
) -> None:
    fake.script("POST", ONETIME, reply)
    with make_client(fake, timeout=1.0) as client:
        client.get_token()
        with pytest.raises(PaymentOutcomeUnknownError) as info:
            client.pay_onetime(merchant_uid="m1", amount=1000, **CARD)
        text = _everything_about(info.value)
        for secret in _secrets_of(client):
            assert secret not in text
    assert info.value.__context__ is None
    assert info.value.__cause__ is None


def test_no_traceback_local_of_ours_shows_a_secret(fake: FakeIamport) -> None:
    fake.script("POST", ONETIME, Reply(drop=True))
    with make_client(fake) as client:
        client.get_token()
        try:
            client.pay_onetime(merchant_uid="m1", amount=1000, **CARD)
        except PaymentOutcomeUnknownError as exc:
            tb = exc.__traceback__
        else:
            pytest.fail("expected PaymentOutcomeUnknownError")
        secrets = _secrets_of(client)
    shown = []
    while tb is not None:  # what Sentry's local-variable capture and `pytest -l` print
        frame = tb.tb_frame
        if "iamport_client" in frame.f_code.co_filename:
            shown += [f"{name}={value!r}" for name, value in frame.f_locals.items()]
        tb = tb.tb_next
    text = "\n".join(shown)
    assert "Call(" in text  # the request loop's frames were inspected
    for secret in secrets:
        assert secret not in text


@pytest.mark.parametrize("status", [400, 500])
def test_a_server_echoing_the_request_body_has_its_secrets_scrubbed(
    fake: FakeIamport, status: int
) -> None:
    def echo(body: bytes) -> Reply:
        return Reply(
            status, {"code": -1, "message": f"bad request: {body.decode()}", "response": None}
        )

    with make_client(fake) as client:
        client.get_token()
        fake.script("POST", ONETIME, echo(b""))
        # the fake cannot see the body before scripting, so echo a known rendering of it
        sent = '{"merchant_uid":"m1","card_number":"4242-4242-4242-4242","birth":"880101","pwd_2digit":"12","cvc":"123"}'
        fake.scripts[("POST", ONETIME)].clear()
        fake.script("POST", ONETIME, echo(sent.encode()))
        with pytest.raises(IamporterError) as info:
            client.pay_onetime(merchant_uid="m1", amount=1000, **CARD)
        text = _everything_about(info.value) + repr(info.value.raw)
        for secret in _secrets_of(client):
            assert secret not in text
        assert "bad request" in info.value.message


def test_a_proxy_echoing_the_token_has_it_scrubbed(fake: FakeIamport) -> None:
    with make_client(fake) as client:
        client.get_token()
        token = client._tokens.current()
        assert token
        fake.script(
            "GET",
            "/payments/imp_1",
            Reply(403, f"<html>forbidden for {token}</html>", content_type="text/html"),
        )
        with pytest.raises(APIError) as info:
            client.find_by_imp_uid("imp_1")
        assert token not in _everything_about(info.value) + repr(info.value.raw)


@pytest.mark.parametrize("bad", ["abc\r\nX-Evil: 1", "abc\ndef", "tok en", "", "토큰"])
def test_a_token_that_is_no_header_value_is_refused_and_not_echoed(
    fake: FakeIamport, bad: str
) -> None:
    fake.script(
        "POST",
        "/users/getToken",
        Reply(200, envelope({"access_token": bad, "now": 1, "expired_at": 1800})),
    )
    with make_client(fake, max_retries=0) as client:
        with pytest.raises(InvalidResponseError) as info:
            client.find_by_imp_uid("imp_1")
    if bad:
        assert bad not in _everything_about(info.value)
    assert fake.count("GET") == 0


# ----------------------------------------------------------------------------- item 11


def _errors_from_the_wire(fake: FakeIamport) -> list[IamporterError]:
    declined = payment("imp_9", merchant_uid="m1", status="failed", fail_reason="한도초과")
    fake.script("POST", "/subscribe/payments/again", Reply(200, envelope(declined)))
    fake.script("POST", ONETIME, Reply(drop=True))
    fake.script("GET", "/payments/imp_2", Reply(200, envelope(payment("imp_2", amount=1))))
    fake.script("POST", "/payments/cancel", Reply(400, envelope(None, 1, "이미 취소된 결제")))
    errors: list[IamporterError] = []
    with make_client(fake) as client:
        calls = [
            lambda: client.pay_subscription(
                customer_uid="c", merchant_uid="m1", amount=1, name="x"
            ),
            lambda: client.pay_onetime(merchant_uid="m2", amount=1000, **CARD),
            lambda: client.verify_payment("imp_2", 5000, merchant_uid="m3"),
            lambda: client.cancel_by_imp_uid("imp_3"),
            lambda: client.pay_subscription(
                customer_uid="c", merchant_uid="m", amount=1.5, name="x"
            ),  # type: ignore[arg-type]
        ]
        for call in calls:
            try:
                call()
            except IamporterError as exc:
                errors.append(exc)
    return errors


def test_every_error_survives_pickle_and_copy_with_its_attributes(fake: FakeIamport) -> None:
    errors = _errors_from_the_wire(fake)
    kinds = {type(e) for e in errors}
    assert {
        PaymentFailedError,
        PaymentOutcomeUnknownError,
        PaymentVerificationError,
        BadRequestError,
        ValidationError,
    } <= kinds
    errors.append(PaymentPendingError("pending", payment=None, merchant_uid="m9", imp_uid="i9"))
    errors.append(InvalidWebhookError("status", "bad"))
    for error in errors:
        for clone in (pickle.loads(pickle.dumps(error)), copy.copy(error), copy.deepcopy(error)):
            assert type(clone) is type(error)
            assert str(clone) == str(error)
            assert vars(clone).keys() == vars(error).keys()
            for name, value in vars(error).items():
                if name == "payment" or name == "data":
                    continue
                assert getattr(clone, name) == value, name
    failed = next(e for e in errors if isinstance(e, PaymentFailedError))
    clone = pickle.loads(pickle.dumps(failed))
    assert clone.payment.imp_uid == "imp_9"
    assert clone.fail_reason == "한도초과"


def _raise_outcome_unknown(merchant_uid: str) -> None:
    raise PaymentOutcomeUnknownError("lost answer", merchant_uid=merchant_uid, status=None)


@pytest.mark.skipif(sys.platform == "win32", reason="fork start method")
def test_an_error_crosses_a_process_pool() -> None:
    import multiprocessing

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        future = pool.submit(_raise_outcome_unknown, "order_77")
        with pytest.raises(PaymentOutcomeUnknownError) as info:
            future.result(timeout=30)
    assert info.value.merchant_uid == "order_77"


# ----------------------------------------------------------------------------- item 12


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"statusCode": 400, "message": "imp_uid must be a string", "error": "Bad Request"}, "imp_uid must be a string"),
        ({"statusCode": 400, "message": ["amount must be positive", "name is required"], "error": "Bad Request"}, "amount must be positive; name is required"),
        ({"error": {"message": "upstream quota exceeded", "type": "quota"}}, "upstream quota exceeded"),
        ({"detail": "rate limited, retry in 3s"}, "rate limited, retry in 3s"),
        ({"error": "invalid_request", "error_description": "the gateway refused the card"}, "the gateway refused the card"),
    ],
)  # fmt: skip
def test_a_foreign_json_error_body_gives_its_own_message(
    client: Iamporter, fake: FakeIamport, body: dict[str, Any], words: str
) -> None:
    fake.script("GET", "/payments/imp_1", Reply(400, body))
    with pytest.raises(BadRequestError) as info:
        client.find_by_imp_uid("imp_1")
    assert info.value.message == words
    assert info.value.raw == body


# ----------------------------------------------------------------------------- item 13


@pytest.mark.parametrize(
    "reply",
    [
        pytest.param(Reply(200, envelope(None, 1, "imp_key, imp_secret 파라미터가 잘못되었습니다.")), id="200-code-1"),
        pytest.param(Reply(403, envelope(None, -1, "forbidden")), id="403"),
        pytest.param(Reply(400, envelope(None, -1, "bad key")), id="400"),
        pytest.param(Reply(429, {"message": "slow down"}), id="429-foreign"),
    ],
)  # fmt: skip
def test_refused_credentials_are_an_authentication_error(fake: FakeIamport, reply: Reply) -> None:
    fake.script("POST", "/users/getToken", reply)
    with make_client(fake, max_retries=0) as client:
        with pytest.raises(AuthenticationError):
            client.find_by_imp_uid("imp_1")


@pytest.mark.parametrize(
    "answer",
    [
        {"access_token": "t0k3n", "now": 1, "expired_at": "1800"},
        {"access_token": "t0k3n", "now": 1, "expired_at": None},
        {"access_token": None, "now": 1, "expired_at": 1800},
        {"access_token": 12345, "now": 1, "expired_at": 1800},
        {"access_token": "t0k3n", "expired_at": 1800},
        {"access_token": "t0k3n", "now": True, "expired_at": 1800},
        "t0k3n",
        None,
    ],
)
def test_a_malformed_token_answer_is_an_invalid_response_every_time(
    fake: FakeIamport, answer: Any
) -> None:
    with make_client(fake, max_retries=0) as client:
        for _ in range(2):
            fake.script("POST", "/users/getToken", Reply(200, envelope(answer)))
            with pytest.raises(InvalidResponseError):
                client.find_by_imp_uid("imp_1")
            client._tokens._failed_until = 0.0  # skip the back-off: the next call fetches again


def test_a_whole_float_timestamp_is_taken_as_seconds(fake: FakeIamport) -> None:
    answer = {"access_token": "t0k3n", "now": 1700000000.0, "expired_at": 1700001800.0}
    fake.script("POST", "/users/getToken", Reply(200, envelope(answer)))
    with make_client(fake) as client:
        token = client.get_token().data
    assert (token.now, token.expired_at) == (1700000000, 1700001800)


# ----------------------------------------------------------------------------- item 14


def test_a_call_after_close_is_an_iamporter_error(fake: FakeIamport) -> None:
    client = make_client(fake)
    client.close()
    with pytest.raises(IamporterError, match="closed"):
        client.find_by_imp_uid("imp_1")
    aclient = make_async_client(fake)

    async def run() -> None:
        await aclient.find_by_imp_uid("imp_1")
        await aclient.close()
        with pytest.raises(IamporterError, match="closed"):
            await aclient.find_by_imp_uid("imp_1")

    asyncio.run(run())


@pytest.mark.parametrize(
    "url",
    [
        "https://user:pw@api.iamport.kr",
        "http://127.0.0.1:80\t/",
        "https://api.iamport.kr/\n",
        "https://api.iamport.kr:99999",
        "https://",
        "ftp://x",
        "https://a b.kr",
        "https://api.iamport.kr/?x=1",
    ],
)
def test_a_malformed_base_url_is_a_validation_error(url: str) -> None:
    with pytest.raises(ValidationError, match="base_url"):
        Iamporter(base_url=url)


@pytest.mark.parametrize(
    "option",
    [
        {"timeout": "soon"},
        {"timeout": float("nan")},
        {"timeout": float("inf")},
        {"deadline": float("nan")},
        {"tier": "a\r\nX-Evil: 1"},
        {"tier": ""},
        {"max_retries": -1},
        {"max_retries": 1.5},
        {"max_concurrency": 0},
        {"max_response_bytes": 10},
    ],
)
def test_bad_options_are_validation_errors(option: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        Iamporter(base_url="http://127.0.0.1:1", **option)


def test_currency_that_is_not_a_string_is_a_validation_error(client: Iamporter) -> None:
    with pytest.raises(ValidationError, match="currency"):
        client.pay_subscription(
            customer_uid="c",
            merchant_uid="m",
            amount=Decimal("1.5"),
            name="x",
            currency=5,  # type: ignore[arg-type]
        )


@pytest.mark.parametrize("depth", [1000, 100_000])
def test_deeply_nested_webhook_json_is_an_invalid_webhook(depth: int) -> None:
    body = '{"imp_uid": ' * depth + "1" + "}" * depth
    with pytest.raises(InvalidWebhookError):
        parse_webhook(body)
    with pytest.raises(InvalidWebhookError):
        parse_webhook(body.encode())


def test_deeply_nested_response_json_is_an_invalid_response(
    client: Iamporter, fake: FakeIamport
) -> None:
    depth = 100_000
    fake.script("GET", "/payments/imp_1", Reply(200, "[" * depth + "]" * depth))
    with pytest.raises(InvalidResponseError):
        client.find_by_imp_uid("imp_1")


def test_the_public_errors_are_exported() -> None:
    assert iamport_client.PaymentPendingError is PaymentPendingError
    assert issubclass(PaymentPendingError, PaymentOutcomeUnknownError)
    assert issubclass(NetworkError, IamporterError)


def test_a_huge_max_retries_is_built_at_once() -> None:
    import time

    started = time.monotonic()
    Iamporter(base_url="http://127.0.0.1:1", max_retries=10**9).close()
    assert time.monotonic() - started < 1.0


@pytest.mark.parametrize("amount", [True, "lots", [1], {"v": 1}])
def test_a_payment_amount_no_check_can_read_is_an_invalid_response(
    client: Iamporter, fake: FakeIamport, amount: Any
) -> None:
    fake.script("GET", "/payments/imp_1", Reply(200, envelope(payment("imp_1", amount=amount))))
    with pytest.raises(InvalidResponseError):
        client.verify_payment("imp_1", 1000, merchant_uid="merchant_1448280088556")


def test_a_decline_that_echoes_the_card_number_is_scrubbed(fake: FakeIamport) -> None:
    declined = payment(
        "imp_9", merchant_uid="m1", status="failed",
        fail_reason="card 4242-4242-4242-4242 (birth 880101) refused",
    )  # fmt: skip
    fake.script("POST", ONETIME, Reply(200, envelope(declined)))
    with make_client(fake) as client, pytest.raises(PaymentFailedError) as info:
        client.pay_onetime(merchant_uid="m1", amount=1000, **CARD)
    text = str(info.value) + repr(info.value.args) + repr(info.value.raw) + info.value.fail_reason
    for secret in CARD_SECRETS:
        assert secret not in text
    assert "refused" in info.value.message
