"""Resource ``benepia``: Benepia points (balances and payments with them).

Benepia members hold a fixed starting balance derived from their login; payments spend it.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import TYPE_CHECKING

from .. import params
from ..call import Call, RouteSpec
from ..errors import rejected
from ..models import JsonDict, OrderInfo
from ..money import to_json_number
from .store import Store

if TYPE_CHECKING:
    from . import SandboxState

BENEPIA_PROVIDER = "kcp"
BENEPIA_PG_ID = "benepia_sandbox"


def _hash_int(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


class Benepia:
    """``/benepia/point`` and ``/benepia/payment``."""

    name = "benepia"

    def __init__(self, store: Store) -> None:
        self.store = store
        self._points: dict[str, Decimal] = {}
        store.register(self)

    def reset(self) -> None:
        """Every member back to the starting balance."""
        self._points.clear()

    def snapshot(self) -> object:
        """Balances of members that were looked up or paid."""
        return {"points": dict(self._points)}

    def _balance(self, user: str) -> Decimal:
        if user not in self._points:
            self._points[user] = Decimal(50_000 + (_hash_int(user) % 20) * 5_000)
        return self._points[user]

    def point(self, user: str) -> JsonDict:
        """The member's balance (50,000-145,000 at the start, fixed per login)."""
        with self.store.lock:
            return {"point": self._balance(user)}

    def pay(self, user: str, merchant_uid: str, amount: Decimal, order: OrderInfo) -> JsonDict:
        """Spend points: a new ``paid`` payment; not enough points is refused (code 1)."""
        with self.store.lock:
            balance = self._balance(user)
            if amount > balance:
                raise rejected(
                    f"베네피아 포인트 잔액이 부족합니다. (잔액: {to_json_number(balance)})"
                )
            payment = self.store.open_payment(
                merchant_uid=merchant_uid,
                amount=amount,
                order=order,
                pay_method="point",
                pg_provider=BENEPIA_PROVIDER,
                pg_id=BENEPIA_PG_ID,
            )
            payment.emb_pg_provider = "benepia"
            self._points[user] = balance - amount
            self.store.mark_paid(payment)
            return payment.to_dict()


def routes(state: SandboxState) -> list[RouteSpec]:
    """``/benepia/point`` and ``/benepia/payment``."""
    benepia = state.benepia

    def benepia_point(call: Call) -> object:
        body = call.body
        params.req_str(body, "benepia_password")
        params.opt_str(body, "channel_key", 55)
        return benepia.point(params.req_str(body, "benepia_user"))

    def benepia_pay(call: Call) -> object:
        body = call.body
        user = params.req_str(body, "benepia_user")
        params.req_str(body, "benepia_password")
        params.opt_str(body, "benepia_member_code")
        params.opt_str(body, "channel_key", 55)
        merchant_uid, amount, order = params.named_order(body, name_required=True)
        return benepia.pay(user, merchant_uid, amount, order)

    return [
        RouteSpec("/benepia/point", "POST", benepia_point),
        RouteSpec("/benepia/payment", "POST", benepia_pay),
    ]
