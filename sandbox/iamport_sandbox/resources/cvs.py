"""Resource ``cvs``: convenience-store payments by barcode.

A barcode payment is ``ready`` until the buyer pays at the store; the admin API's
``POST /__sandbox/cvs/{imp_uid}/pay`` (:meth:`ConvenienceStores.pay`) plays the buyer.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from .. import params
from ..call import Call, RouteSpec
from ..errors import bad_request, not_found, rejected
from ..models import JsonDict, OrderInfo, Payment
from .store import Store, random_digits

if TYPE_CHECKING:
    from . import SandboxState

CVS_PROVIDER = "galaxia"
CVS_PG_ID = "galaxia_sandbox"
CVS_DEFAULT_TTL = 7 * 86400


@dataclass
class CvsBarcode:
    """The barcode of a convenience-store payment."""

    imp_uid: str
    barcode: str
    expired_at: int
    confirm_url: str | None


class ConvenienceStores:
    """Barcodes of convenience-store payments (dumped as ``partners.cvs``)."""

    name = "cvs"

    def __init__(self, store: Store) -> None:
        self.store = store
        self._barcodes: dict[str, CvsBarcode] = {}
        store.register(self, under="partners")

    def reset(self) -> None:
        """Forget every barcode."""
        self._barcodes.clear()

    def snapshot(self) -> object:
        """Every barcode."""
        return [vars(b) for b in self._barcodes.values()]

    def issue(
        self,
        merchant_uid: str,
        amount: Decimal,
        order: OrderInfo,
        barcode: str | None,
        expired_at: int | None,
        confirm_url: str | None,
    ) -> JsonDict:
        """A ``ready`` payment (``pay_method`` ``cvs``) with its barcode."""
        with self.store.lock:
            now = self.store.clock.now()
            if expired_at is not None and expired_at <= now:
                raise bad_request(
                    "expired_at 파라미터가 올바르지 않습니다: 현재 시각 이후여야 합니다"
                )
            payment = self.store.open_payment(
                merchant_uid=merchant_uid,
                amount=amount,
                order=order,
                pay_method="cvs",
                pg_provider=CVS_PROVIDER,
                pg_id=CVS_PG_ID,
            )
            code = barcode or random_digits(18)
            self._barcodes[payment.imp_uid] = CvsBarcode(
                payment.imp_uid, code, expired_at or now + CVS_DEFAULT_TTL, confirm_url
            )
            self.store.notify_payment(payment)
            return payment.to_dict()

    def _waiting(self, imp_uid: str) -> Payment:
        payment = self.store.payment_record(imp_uid)
        if payment is None or payment.pay_method != "cvs":
            raise not_found("존재하지 않는 편의점 결제정보입니다.")
        if payment.status != "ready":
            raise rejected("결제 대기 중인 편의점 결제건이 아닙니다.")
        return payment

    def revoke(self, imp_uid: str) -> JsonDict:
        """Invalidate the barcode of an unpaid convenience-store payment."""
        with self.store.lock:
            payment = self._waiting(imp_uid)
            self.store.revoke_payment(payment)
            return payment.to_dict()

    def pay(self, imp_uid: str) -> JsonDict:
        """The buyer pays at the store (admin API); refused (code 1) when the order is paid."""
        with self.store.lock:
            payment = self._waiting(imp_uid)
            self.store.check_payable(payment)
            self.store.mark_paid(payment)
            return payment.to_dict()


def routes(state: SandboxState) -> list[RouteSpec]:
    """``POST /cvs`` and ``DELETE /cvs/{imp_uid}``."""
    cvs = state.cvs

    def issue(call: Call) -> object:
        body = call.body
        params.opt_str(body, "channel_key", 55)
        merchant_uid, amount, order = params.named_order(body, name_required=False)
        return cvs.issue(
            merchant_uid,
            amount,
            order,
            params.opt_str(body, "barcode") or None,
            params.opt_int(body, "expired_at"),
            params.opt_str(body, "confirm_url") or None,
        )

    def revoke(call: Call) -> object:
        return cvs.revoke(call.path["imp_uid"])

    return [
        RouteSpec("/cvs", "POST", issue),
        RouteSpec("/cvs/{imp_uid}", "DELETE", revoke),
    ]
