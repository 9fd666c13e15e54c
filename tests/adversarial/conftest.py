"""Helpers for the adversarial suite: each test there reproduces one way a hostile world
(event loops, fork, slow or lying servers, echoed secrets) broke the client, over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from iamport_client import AsyncIamporter, Iamporter
from tests.support.fake_iamport import API_KEY, API_SECRET, FakeIamport

CARD = {
    "card_number": "4242-4242-4242-4242",
    "expiry": "2030-01",
    "birth": "880101",
    "pwd_2digit": "12",
    "cvc": "123",
}
#: Every secret of CARD, in the forms a server might echo.
CARD_SECRETS = ("4242-4242-4242-4242", "4242424242424242", "880101")


def make_client(fake: FakeIamport, **options: Any) -> Iamporter:
    """An Iamporter bound to the fake server with the given options."""
    options.setdefault("timeout", 2.0)
    return Iamporter(API_KEY, API_SECRET, base_url=fake.base_url, **options)


def make_async_client(fake: FakeIamport, **options: Any) -> AsyncIamporter:
    """An AsyncIamporter bound to the fake server with the given options."""
    options.setdefault("timeout", 2.0)
    return AsyncIamporter(API_KEY, API_SECRET, base_url=fake.base_url, **options)


def exception_chain(error: BaseException) -> Iterator[BaseException]:
    """The error and everything chained to it (``__cause__`` and ``__context__``)."""
    seen: set[int] = set()
    todo = [error]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo.extend(e for e in (current.__cause__, current.__context__) if e is not None)


@pytest.fixture
def pay_subscription_args() -> dict[str, Any]:
    """A valid subscription charge."""
    return {"customer_uid": "c1", "merchant_uid": "order_1", "amount": 1000, "name": "x"}
