"""Lookups over several ids at once (207 partial results) and payment balances."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from .errors import bad_request, not_found
from .models import JsonDict, Payment
from .money import ZERO, vat_of

if TYPE_CHECKING:
    from .state import SandboxState

MAX_PAYMENT_IDS = 100


def _split(total: Decimal, tax_free: Decimal | None, currency: str) -> JsonDict:
    """``PaymentBalanceDetail`` of ``total``: tax-free part, supply value and VAT."""
    free = min(tax_free or ZERO, total)
    vat = vat_of(total - free, currency)
    return {"tax_free": free, "supply": total - free - vat, "vat": vat, "service": ZERO}


_EMPTY: JsonDict = {"tax_free": ZERO, "supply": ZERO, "vat": ZERO, "service": ZERO}


def _breakdown(payment: Payment, remaining: Decimal) -> JsonDict:
    primary = _split(remaining, payment.order.tax_free, payment.order.currency)
    return {
        "cash_receipt": dict(primary) if payment.cash_receipt_issued else dict(_EMPTY),
        "primary": primary,
        "secondary": dict(_EMPTY),
        "discount": dict(_EMPTY),
    }


class Lookups:
    """``GET /payments``, ``GET /subscribe/customers`` and ``GET /payments/{imp_uid}/balance``."""

    def __init__(self, core: SandboxState) -> None:
        self.core = core

    def payments(
        self, imp_uids: Sequence[str], merchant_uids: Sequence[str]
    ) -> tuple[list[JsonDict], list[str]]:
        """Payments by ``imp_uid`` and by ``merchant_uid`` (its newest payment).

        Returns the payments found (each once, in request order) and the ids not found.
        """
        if not imp_uids and not merchant_uids:
            raise bad_request("imp_uid[] 또는 merchant_uid[] 파라미터 중 하나는 필수입니다.")
        if len(imp_uids) + len(merchant_uids) > MAX_PAYMENT_IDS:
            raise bad_request(
                f"imp_uid[], merchant_uid[] 파라미터는 합쳐서 최대 {MAX_PAYMENT_IDS}개입니다."
            )
        with self.core.lock:
            found: dict[str, JsonDict] = {}
            missing: list[str] = []
            lookups = [(uid, self.core.payment_record(uid)) for uid in imp_uids] + [
                (mid, self.core.latest_payment(mid)) for mid in merchant_uids
            ]
            for key, payment in lookups:
                if payment is None:
                    missing.append(key)
                elif payment.imp_uid not in found:
                    found[payment.imp_uid] = payment.to_dict()
            return list(found.values()), missing

    def billing_keys(self, customer_uids: Sequence[str]) -> tuple[list[JsonDict], list[str]]:
        """Billing keys by ``customer_uid``: those found and the ids not found."""
        if not customer_uids:
            raise bad_request(
                "customer_uid[] 파라미터가 누락되었습니다. (customer_uid[] is required)"
            )
        with self.core.lock:
            found: dict[str, JsonDict] = {}
            missing: list[str] = []
            for uid in customer_uids:
                customer = self.core.customer_record(uid)
                if customer is None:
                    missing.append(uid)
                elif uid not in found:
                    found[uid] = customer.to_dict()
            return list(found.values()), missing

    def balance(self, imp_uid: str) -> JsonDict:
        """How the amount of a payment splits, now and after every change.

        The sandbox has no points or discounts: everything paid is ``primary`` (minus what
        was cancelled), and ``cash_receipt`` mirrors it while a cash receipt is issued.
        Payments that were never paid have all parts zero and no history.
        """
        with self.core.lock:
            payment = self.core.payment_record(imp_uid)
            if payment is None:
                raise not_found("존재하지 않는 결제정보입니다.")
            paid = payment.paid_at > 0
            histories: list[JsonDict] = []
            if paid:
                remaining = payment.amount
                histories.append({**_breakdown(payment, remaining), "created": payment.paid_at})
                for cancel in payment.cancel_history:
                    remaining -= cancel.amount
                    histories.append(
                        {**_breakdown(payment, remaining), "created": cancel.cancelled_at}
                    )
            return {
                "amount": payment.amount,
                **_breakdown(payment, payment.balance if paid else ZERO),
                "histories": histories,
            }
