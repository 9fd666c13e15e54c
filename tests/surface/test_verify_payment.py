"""``verify_payment`` requires the order (``merchant_uid``, keyword-only): without it, a payment
of order A with the right amount would pass as the payment of order B."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import pytest

from iamport_client import AsyncIamporter, Iamporter, PaymentVerificationError, ValidationError
from tests.support.fake_iamport import FakeIamport, Reply, envelope, payment


@pytest.mark.parametrize("cls", [Iamporter, AsyncIamporter])
def test_merchant_uid_is_a_required_keyword(cls: type[Any]) -> None:
    param = inspect.signature(cls.verify_payment).parameters["merchant_uid"]
    assert param.kind is inspect.Parameter.KEYWORD_ONLY
    assert param.default is inspect.Parameter.empty


def test_a_verification_without_the_order_is_refused_before_anything_is_sent(
    client: Iamporter, async_client: AsyncIamporter, fake: FakeIamport
) -> None:
    with pytest.raises(TypeError, match="merchant_uid"):
        client.verify_payment("imp_1", 64900)  # type: ignore[call-arg]

    async def run() -> None:
        async with async_client:
            with pytest.raises(TypeError, match="merchant_uid"):
                await async_client.verify_payment("imp_1", 64900)  # type: ignore[call-arg]

    asyncio.run(run())
    assert fake.count() == 0


def test_order_as_payment_does_not_verify_order_b(client: Iamporter, fake: FakeIamport) -> None:
    paid_for_a = payment("imp_a", merchant_uid="order_a", amount=64900)
    fake.script("GET", "/payments/imp_a", Reply(200, envelope(paid_for_a)))
    with pytest.raises(PaymentVerificationError, match="order_b"):
        client.verify_payment("imp_a", 64900, merchant_uid="order_b")
    fake.script("GET", "/payments/imp_a", Reply(200, envelope(paid_for_a)))
    assert client.verify_payment("imp_a", 64900, merchant_uid="order_a").data.imp_uid == "imp_a"


@pytest.mark.parametrize("order", ["", " ", "x" * 41, 12, None])
def test_a_malformed_order_is_a_validation_error(
    client: Iamporter, fake: FakeIamport, order: Any
) -> None:
    with pytest.raises(ValidationError, match="merchant_uid"):
        client.verify_payment("imp_1", 1000, merchant_uid=order)
    assert fake.count() == 0
