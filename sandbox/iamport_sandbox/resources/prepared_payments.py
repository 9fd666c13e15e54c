"""Resource ``prepared_payments``: amounts registered before payment (``/payments/prepare``).

A registered amount is checked before every new payment of its ``merchant_uid``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .. import params
from ..call import Call, RouteSpec
from ..errors import not_found, rejected
from ..models import JsonDict, Prepared
from .store import Store, fmt

if TYPE_CHECKING:
    from . import SandboxState

MSG_NOT_PREPARED = "사전 등록된 결제정보가 존재하지 않습니다."


class PreparedPayments:
    """Registered amounts by ``merchant_uid``."""

    name = "prepared"

    def __init__(self, store: Store) -> None:
        self.store = store
        self._prepared: dict[str, Prepared] = {}
        store.register(self)
        store.add_precheck(self.check_amount)

    def reset(self) -> None:
        """Forget every registered amount."""
        self._prepared.clear()

    def snapshot(self) -> object:
        """Every registered amount."""
        return [p.to_dict() for p in self._prepared.values()]

    def check_amount(self, merchant_uid: str, amount: Decimal) -> None:
        """Refuse (code 1) a payment whose amount differs from the registered one."""
        prepared = self._prepared.get(merchant_uid)
        if prepared is not None and prepared.amount != amount:
            raise rejected(
                "결제 금액이 사전 등록된 금액과 다릅니다. "
                f"(사전 등록 금액: {fmt(prepared.amount)}, 요청 금액: {fmt(amount)})"
            )

    def prepare(self, merchant_uid: str, amount: Decimal, currency: str = "KRW") -> JsonDict:
        """``POST /payments/prepare``: register the expected amount of an order."""
        with self.store.lock:
            if merchant_uid in self._prepared:
                raise rejected("이미 사전 등록된 merchant_uid입니다.")
            record = Prepared(merchant_uid, amount, currency)
            self._prepared[merchant_uid] = record
            return record.to_dict()

    def update(self, merchant_uid: str, amount: Decimal, currency: str = "KRW") -> JsonDict:
        """``PUT /payments/prepare``: change a registered amount."""
        with self.store.lock:
            if merchant_uid not in self._prepared:
                raise not_found(MSG_NOT_PREPARED)
            record = Prepared(merchant_uid, amount, currency)
            self._prepared[merchant_uid] = record
            return record.to_dict()

    def get(self, merchant_uid: str) -> JsonDict:
        """``GET /payments/prepare/{merchant_uid}``."""
        with self.store.lock:
            record = self._prepared.get(merchant_uid)
            if record is None:
                raise not_found(MSG_NOT_PREPARED)
            return record.to_dict()


def _fields(call: Call) -> tuple[str, Decimal, str]:
    body = call.body
    merchant_uid = params.req_str(body, "merchant_uid", 40)
    currency = params.currency(body)
    return merchant_uid, params.req_money(body, "amount", currency), currency


def routes(state: SandboxState) -> list[RouteSpec]:
    """``/payments/prepare`` (register, change) and ``/payments/prepare/{merchant_uid}``."""
    prepared = state.prepared_payments

    def prepare(call: Call) -> object:
        return prepared.prepare(*_fields(call))

    def update(call: Call) -> object:
        return prepared.update(*_fields(call))

    def get(call: Call) -> object:
        return prepared.get(call.path["merchant_uid"])

    return [
        RouteSpec("/payments/prepare", "POST", prepare),
        RouteSpec("/payments/prepare", "PUT", update),
        RouteSpec("/payments/prepare/{merchant_uid}", "GET", get),
    ]
