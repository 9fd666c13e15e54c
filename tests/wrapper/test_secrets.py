"""Secrets never appear in repr, str, exceptions or logs (DEBUG included)."""

from __future__ import annotations

import asyncio
import logging

import pytest

from iamport_client import AsyncIamporter, Iamporter, IamporterError, ValidationError
from tests.support.fake_iamport import API_KEY, API_SECRET, FakeIamport, Reply, envelope, payment

CARD_NUMBER = "5361-1234-5678-4242"
BIRTH = "620201"
PWD = "37"
CVC = "913"


def _exercise(client: Iamporter, fake: FakeIamport) -> list[str]:
    """Drive every path that handles secrets; return every string a user could print."""
    shown: list[str] = [repr(client), str(client)]
    token = client.get_token()
    shown += [repr(token), str(token), repr(token.data), str(token.data)]
    shown.append(repr(client.find_by_imp_uid("imp_1")))
    card = {"card_number": CARD_NUMBER, "expiry": "2030-01", "birth": BIRTH, "pwd_2digit": PWD}
    fake.script(
        "POST", "/subscribe/customers/cust_1",
        Reply(400, envelope(None, -1, "카드정보 인증에 실패하였습니다.")),
    )  # fmt: skip
    for attempt in (
        lambda: client.create_subscription(customer_uid="cust_1", **card, cvc=CVC),
        lambda: client.pay_onetime(merchant_uid="m1", amount=1000, **card, cvc="1"),
        lambda: client.pay_onetime(merchant_uid="m1", amount=1000, **{**card, "birth": "1"}),
    ):
        with pytest.raises(IamporterError) as info:
            attempt()
        shown += [str(info.value), repr(info.value), str(info.value.args)]
    fake.script(
        "POST",
        "/subscribe/payments/onetime",
        Reply(200, envelope(payment("imp_2", status="failed", fail_reason="한도초과"))),
    )
    with pytest.raises(IamporterError) as info:
        client.pay_onetime(merchant_uid="m2", amount=1000, **card, cvc=CVC)
    shown += [str(info.value), repr(info.value)]
    shown.append(repr(client.pay_onetime(merchant_uid="m3", amount=1000, **card, cvc=CVC)))
    return shown


def _assert_clean(texts: list[str], token: str) -> None:
    blob = "\n".join(texts)
    for secret in (API_SECRET, token, CARD_NUMBER, CARD_NUMBER.replace("-", ""), "1234-5678"):
        assert secret not in blob, f"leaked: {secret[:6]}..."
    for field in (
        f'"birth": "{BIRTH}"',
        f"birth={BIRTH}",
        f'"pwd_2digit": "{PWD}"',
        f'"cvc": "{CVC}"',
    ):
        assert field not in blob


def test_nothing_secret_in_repr_str_errors_or_debug_logs(
    client: Iamporter, fake: FakeIamport, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx, httpcore
    shown = _exercise(client, fake)
    token = next(iter(fake.tokens))
    assert any("GET /payments/imp_1 -> 200" in r.getMessage() for r in caplog.records)
    logged = [r.getMessage() for r in caplog.records] + [caplog.text]
    _assert_clean(shown + logged, token)


def test_async_client_is_as_discreet(
    async_client: AsyncIamporter, fake: FakeIamport, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)

    async def run() -> list[str]:
        async with async_client:
            token = await async_client.get_token()
            result = await async_client.find_by_imp_uid("imp_1")
            return [repr(async_client), repr(token), repr(token.data), repr(result)]

    shown = asyncio.run(run())
    _assert_clean([*shown, caplog.text], next(iter(fake.tokens)))


def test_token_result_raw_does_not_print_the_token(client: Iamporter, fake: FakeIamport) -> None:
    result = client.get_token()
    assert result.data.access_token not in repr(result)
    assert "raw" not in repr(result)


def test_redacting_filter_masks_what_a_careless_handler_would_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="iamport_client")
    logging.getLogger("iamport_client").debug(
        "body %s",
        f'{{"card_number": "{CARD_NUMBER}", "imp_secret": "{API_SECRET}", "cvc": "{CVC}"}}',
    )
    assert CARD_NUMBER not in caplog.text
    assert API_SECRET not in caplog.text
    assert f'"cvc": "{CVC}"' not in caplog.text
    assert "4242" in caplog.text  # the last four digits stay, to help support


def test_secret_is_not_in_the_client_repr() -> None:
    client = Iamporter(API_KEY, API_SECRET, base_url="http://127.0.0.1:9")
    assert API_SECRET not in repr(client)
    assert API_SECRET not in repr(vars(client).get("_settings"))
    client.close()


def test_validation_error_repr_is_safe() -> None:
    err = ValidationError("card_number", "must be 15 or 16 digits")
    assert (
        repr(err) == "ValidationError(status=None, message='card_number: must be 15 or 16 digits')"
    )
