"""Resource ``payments``: card payments, finding payments, balances and cancelling.

The payment records themselves live in :mod:`.store` (every resource that takes money
makes them); this module holds what the ``payments`` operations do with them.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from .. import cards, params
from ..call import Call, RouteSpec, partial_result
from ..errors import bad_request, not_found, rejected
from ..models import CancelRecord, CustomerInfo, JsonDict, OrderInfo, Payment
from ..money import ZERO, is_whole, vat_of
from .charge import CardInput, charge, required_card, source_from_card
from .store import (
    MSG_PAYMENT_NOT_FOUND,
    PAYMENT_STATUSES,
    RECEIPT_BASE,
    SORTINGS,
    Store,
    fmt,
    paginate,
    sort_payments,
)

if TYPE_CHECKING:
    from . import SandboxState
    from .billing_keys import BillingKeys

STATUS_WINDOW_DAYS = 90
MAX_PAYMENT_IDS = 100
MSG_CANCEL_TARGET_NOT_FOUND = "취소할 결제건이 존재하지 않습니다."


@dataclass(frozen=True)
class CancelRequest:
    """Parameters of ``POST /payments/cancel``."""

    imp_uid: str | None = None
    merchant_uid: str | None = None
    amount: Decimal | None = None
    tax_free: Decimal | None = None
    checksum: Decimal | None = None
    reason: str | None = None
    refund_holder: str | None = None
    refund_bank: str | None = None
    refund_account: str | None = None


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


class Payments:
    """The ``payments`` operations over the store's records."""

    def __init__(self, store: Store, keys: BillingKeys) -> None:
        self.store = store
        self.keys = keys
        self._status_listing: tuple[object, list[Payment]] | None = None

    # ------------------------------------------------------------------ paying

    def pay_onetime(
        self,
        card: CardInput,
        merchant_uid: str,
        amount: Decimal,
        order: OrderInfo,
        customer_uid: str | None = None,
        info: CustomerInfo | None = None,
    ) -> JsonDict:
        """``POST /subscribe/payments/onetime`` (and ``foreign``): charge card details.

        With ``customer_uid`` the card is also stored as that billing key (unless the
        card is refused outright, see :mod:`iamport_sandbox.cards`).
        """
        source = source_from_card(self.store, card)
        before: Callable[[], None] | None = None
        if customer_uid and not cards.refused_at_issue(source.behaviour):
            before = self.keys.storing(
                customer_uid, source, info or CustomerInfo(), card.pg is not None
            )
        return charge(
            self.store,
            merchant_uid=merchant_uid,
            amount=amount,
            order=order,
            source=source,
            customer_uid=customer_uid,
            usage="issue" if customer_uid else None,
            before=before,
        )

    # ------------------------------------------------------------------ reading

    def get(self, imp_uid: str) -> JsonDict:
        """``GET /payments/{imp_uid}``."""
        with self.store.lock:
            payment = self.store.payment_record(imp_uid)
            if payment is None:
                raise not_found(MSG_PAYMENT_NOT_FOUND)
            return payment.to_dict()

    def find(
        self, merchant_uid: str, status: str | None = None, sorting: str = "-started"
    ) -> JsonDict:
        """``GET /payments/find/{merchant_uid}[/{status}]``: first match in ``sorting`` order."""
        with self.store.lock:
            found = self.store.merchant_payments(merchant_uid, status, sorting)
            if not found:
                raise not_found(MSG_PAYMENT_NOT_FOUND)
            return found[0].to_dict()

    def find_all(
        self, merchant_uid: str, status: str | None, sorting: str, page: int, limit: int
    ) -> JsonDict:
        """``GET /payments/findAll/{merchant_uid}[/{status}]``: paged list."""
        with self.store.lock:
            found = self.store.merchant_payments(merchant_uid, status, sorting)
            if not found:
                raise not_found(MSG_PAYMENT_NOT_FOUND)
            return paginate(found, page, limit, Payment.to_dict)

    def by_status(
        self, status: str, start: int, end: int, sorting: str, page: int, limit: int
    ) -> JsonDict:
        """``GET /payments/status/{status}``: payments started within ``[start, end]``."""
        with self.store.lock:
            # Walking 100,000 payments page by page must not filter and sort them per page.
            key = (status, start, end, sorting, Payment.version, self.store.payment_count())
            cached = self._status_listing
            if cached is not None and cached[0] == key:
                return paginate(cached[1], page, limit, Payment.to_dict)
            found = [
                p
                for p in self.store.all_payments()
                if (status == "all" or p.status == status) and start <= p.started_at <= end
            ]
            listing = sort_payments(found, sorting)
            self._status_listing = (key, listing)
            return paginate(listing, page, limit, Payment.to_dict)

    def lookup(
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
        with self.store.lock:
            found: dict[str, JsonDict] = {}
            missing: list[str] = []
            lookups = [(uid, self.store.payment_record(uid)) for uid in imp_uids] + [
                (mid, self.store.latest_payment(mid)) for mid in merchant_uids
            ]
            for key, payment in lookups:
                if payment is None:
                    missing.append(key)
                elif payment.imp_uid not in found:
                    found[payment.imp_uid] = payment.to_dict()
            return list(found.values()), missing

    def balance(self, imp_uid: str) -> JsonDict:
        """How the amount of a payment splits, now and after every change.

        The sandbox has no points or discounts: everything paid is ``primary`` (minus what
        was cancelled), and ``cash_receipt`` mirrors it while a cash receipt is issued.
        Payments that were never paid have all parts zero and no history.
        """
        with self.store.lock:
            payment = self.store.payment_record(imp_uid)
            if payment is None:
                raise not_found(MSG_PAYMENT_NOT_FOUND)
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

    # ------------------------------------------------------------------ cancelling

    def _cancel_target(self, req: CancelRequest) -> Payment | None:
        if req.imp_uid:
            return self.store.payment_record(req.imp_uid)
        candidates = self.store.merchant_payments(req.merchant_uid or "")
        for payment in candidates:
            if payment.status == "paid":
                return payment
        return candidates[0] if candidates else None

    def cancel(self, req: CancelRequest) -> JsonDict:
        """``POST /payments/cancel``: full or partial cancel with the real service's checks."""
        if not req.imp_uid and not req.merchant_uid:
            raise bad_request("imp_uid 또는 merchant_uid 중 하나는 필수입니다.")
        with self.store.lock:
            payment = self._cancel_target(req)
            if payment is None:
                raise rejected(MSG_CANCEL_TARGET_NOT_FOUND)
            if payment.status == "cancelled":
                raise rejected("이미 전액 취소된 결제건입니다.")
            if payment.status == "failed":
                raise rejected("결제에 실패한 건은 취소할 수 없습니다.")
            if payment.status == "ready":
                if payment.pay_method != "vbank":
                    raise rejected("결제가 완료되지 않은 건은 취소할 수 없습니다.")
                self.store.revoke_payment(payment, req.reason)
                return payment.to_dict()
            balance = payment.balance
            if req.checksum is not None and req.checksum != balance:
                raise rejected(
                    f"checksum({fmt(req.checksum)})이 취소 가능 잔액({fmt(balance)})과 "
                    "일치하지 않아 취소하지 않았습니다."
                )
            amount = req.amount if req.amount else balance
            if payment.order.currency == "KRW" and not is_whole(amount):
                raise bad_request("amount 파라미터가 올바르지 않습니다: KRW 금액은 정수여야 합니다")
            if amount > balance:
                raise rejected(
                    f"취소 요청 금액({fmt(amount)})이 취소 가능 잔액({fmt(balance)})보다 큽니다."
                )
            if req.tax_free is not None and req.tax_free > amount:
                raise bad_request(
                    "tax_free 파라미터가 올바르지 않습니다: 취소 금액보다 클 수 없습니다"
                )
            if payment.pay_method == "vbank":
                missing = [
                    name
                    for name in ("refund_holder", "refund_bank", "refund_account")
                    if not getattr(req, name)
                ]
                if missing:
                    raise rejected(
                        "가상계좌 결제를 환불하려면 환불 계좌 정보가 필요합니다: "
                        + ", ".join(missing)
                    )
            now = self.store.clock.now()
            cancellation_id = secrets.token_hex(10)
            payment.cancel_history.append(
                CancelRecord(
                    pg_tid=payment.pg_tid,
                    amount=amount,
                    cancelled_at=now,
                    reason=req.reason,
                    cancellation_id=cancellation_id,
                    receipt_url=f"{RECEIPT_BASE}/{payment.imp_uid}/cancel/{cancellation_id}",
                )
            )
            payment.cancel_amount += amount
            payment.cancelled_at = now
            payment.cancel_reason = req.reason
            payment.updated_at = now
            if payment.balance == 0:
                payment.status = "cancelled"
            self.store.notify_payment(payment)
            return payment.to_dict()


def _status_path(call: Call) -> str | None:
    status = call.path.get("payment_status")
    if status is None:
        return None
    if status not in PAYMENT_STATUSES:
        raise bad_request(
            "payment_status 값이 올바르지 않습니다: "
            f"{', '.join(PAYMENT_STATUSES)} 중 하나여야 합니다"
        )
    return status


def _sorting(call: Call) -> str:
    sorting = params.choice(call.query, "sorting", SORTINGS, "-started")
    assert sorting is not None
    return sorting


def routes(state: SandboxState) -> list[RouteSpec]:
    """``/payments...`` (but ``/payments/prepare`` and Naver Pay) and one-time card payments."""
    payments = state.payments

    def onetime(call: Call) -> object:
        body = call.body
        merchant_uid, amount, order = params.payment_fields(body, name_required=False)
        card = required_card(body)
        customer_uid = params.opt_str(body, "customer_uid", 80) or None
        return payments.pay_onetime(
            card, merchant_uid, amount, order, customer_uid, params.customer_info(body)
        )

    def get(call: Call) -> object:
        return payments.get(call.path["imp_uid"])

    def find(call: Call) -> object:
        status = _status_path(call)
        return payments.find(call.path["merchant_uid"], status, _sorting(call))

    def find_all(call: Call) -> object:
        status = _status_path(call)
        page, limit = params.page_and_limit(call.query)
        return payments.find_all(call.path["merchant_uid"], status, _sorting(call), page, limit)

    def by_status(call: Call) -> object:
        status = call.path["payment_status"]
        if status != "all" and status not in PAYMENT_STATUSES:
            raise bad_request(
                "payment_status 값이 올바르지 않습니다: "
                "all, ready, paid, cancelled, failed 중 하나여야 합니다"
            )
        page, limit = params.page_and_limit(call.query)
        end = params.query_int(call.query, "to", None)
        start = params.query_int(call.query, "from", None)
        if end is None:
            end = state.clock.now()
        if start is None:
            start = end - STATUS_WINDOW_DAYS * 86400
        params.check_window("from", start, "to", end, STATUS_WINDOW_DAYS)
        return payments.by_status(status, start, end, _sorting(call), page, limit)

    def cancel(call: Call) -> object:
        body = call.body
        return payments.cancel(
            CancelRequest(
                imp_uid=params.opt_str(body, "imp_uid") or None,
                merchant_uid=params.opt_str(body, "merchant_uid") or None,
                amount=params.opt_money(body, "amount"),
                tax_free=params.opt_money(body, "tax_free"),
                checksum=params.opt_money(body, "checksum"),
                reason=params.opt_str(body, "reason"),
                refund_holder=params.opt_str(body, "refund_holder") or None,
                refund_bank=params.opt_str(body, "refund_bank") or None,
                refund_account=params.opt_str(body, "refund_account") or None,
            )
        )

    def lookup(call: Call) -> object:
        found, missing = payments.lookup(
            call.query_list("imp_uid"), call.query_list("merchant_uid")
        )
        return partial_result(found, missing, "결제정보")

    def balance(call: Call) -> object:
        return payments.balance(call.path["imp_uid"])

    return [
        RouteSpec("/subscribe/payments/onetime", "POST", onetime),
        RouteSpec("/subscribe/payments/foreign", "POST", onetime),
        RouteSpec("/payments", "GET", lookup),
        RouteSpec("/payments/cancel", "POST", cancel),
        RouteSpec("/payments/find/{merchant_uid}", "GET", find),
        RouteSpec("/payments/find/{merchant_uid}/{payment_status}", "GET", find),
        RouteSpec("/payments/findAll/{merchant_uid}", "GET", find_all),
        RouteSpec("/payments/findAll/{merchant_uid}/{payment_status}", "GET", find_all),
        RouteSpec("/payments/status/{payment_status}", "GET", by_status),
        RouteSpec("/payments/{imp_uid}", "GET", get),
        RouteSpec("/payments/{imp_uid}/balance", "GET", balance),
    ]
