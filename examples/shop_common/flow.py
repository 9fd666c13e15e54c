"""Turning a verdict into the answers of the three endpoints (framework-free)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from iamport_client.checkout import CheckoutVerdict

from .store import Order, Store


@dataclass(frozen=True)
class Verified:
    """An order after a report about one of its payments was checked and applied."""

    order: Order
    verdict: CheckoutVerdict


def ids(body: object) -> tuple[str, str] | None:
    """``(imp_uid, merchant_uid)`` of a ``/payments/complete`` body, ``None`` when malformed."""
    if not isinstance(body, dict):
        return None
    imp_uid, merchant_uid = body.get("imp_uid"), body.get("merchant_uid")
    if isinstance(imp_uid, str) and imp_uid and isinstance(merchant_uid, str) and merchant_uid:
        return imp_uid, merchant_uid
    return None


def record(store: Store, verdict: CheckoutVerdict, source: str) -> Order:
    """Apply a verdict to its order and return the order as it now stands."""
    return store.apply(verdict.merchant_uid, verdict, source)


def complete_answer(verified: Verified) -> dict[str, object]:
    """The JSON answer of ``POST /payments/complete`` and of the webhook."""
    return {
        "order_status": str(verified.order.status),
        "outcome": str(verified.verdict.outcome),
        "reason": verified.order.reason,
        "forgery_cancelled": verified.verdict.forgery_cancelled,
    }


#: Shown on the order page when Iamport could not be asked during the mobile redirect.
NOT_CONFIRMED_YET = "We could not confirm the payment yet; this page will show it shortly."


def order_location(merchant_uid: str, message: str | None = None) -> str:
    """The order page, with a one-off message (the mobile checkout closed, for example)."""
    path = f"/orders/{quote(merchant_uid, safe='')}"
    return f"{path}?{urlencode({'message': message})}" if message else path
