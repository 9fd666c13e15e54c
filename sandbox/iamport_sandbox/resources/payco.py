"""Resource ``payco``: order states of PAYCO payments."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import params
from ..call import Call, RouteSpec
from ..errors import not_found, rejected
from ..models import JsonDict
from .store import MSG_PAYMENT_NOT_FOUND, Store

if TYPE_CHECKING:
    from . import SandboxState

PAYCO_STATUSES = ("DELIVERY_START", "PURCHASE_DECISION", "CANCELED")


class PaycoOrders:
    """The latest order state by ``imp_uid`` (dumped as ``partners.payco_status``)."""

    name = "payco_status"

    def __init__(self, store: Store) -> None:
        self.store = store
        self._status: dict[str, str] = {}
        store.register(self, under="partners")

    def reset(self) -> None:
        """Forget every order state."""
        self._status.clear()

    def snapshot(self) -> object:
        """Order states by ``imp_uid``."""
        return self._status

    def set_status(self, imp_uid: str, status: str) -> JsonDict:
        """Record the new state of a paid PAYCO order."""
        with self.store.lock:
            payment = self.store.payment_record(imp_uid)
            if payment is None:
                raise not_found(MSG_PAYMENT_NOT_FOUND)
            if payment.status != "paid":
                raise rejected("결제완료 상태의 결제건만 주문상태를 변경할 수 있습니다.")
            self._status[imp_uid] = status
            return {"status": status}


def routes(state: SandboxState) -> list[RouteSpec]:
    """``POST /payco/orders/status/{imp_uid}``."""
    orders = state.payco

    def set_status(call: Call) -> object:
        status = params.req_choice(call.body, "status", PAYCO_STATUSES)
        return orders.set_status(call.path["imp_uid"], status)

    return [RouteSpec("/payco/orders/status/{imp_uid}", "POST", set_status)]
