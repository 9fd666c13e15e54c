"""Naver Pay: product orders of a payment, their state changes, reviews and amounts.

Canned data. Every payment of the sandbox can be treated as a Naver Pay order: its first
Naver call splits it into two product orders (ids derived from the ``imp_uid``, so they are
the same in every run). The state actions accept any product order of the payment and
record the state the action leads to (shown by later lookups) without checking the Naver
Pay life cycle; ids that are not the payment's fail (207 when others succeed, 404 when
none is known). A 16-digit product-order id that no payment has gives a canned order.
Nothing here moves money: a Naver refund does not cancel the sandbox payment.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal
from typing import TYPE_CHECKING, Any

from .errors import not_found, rejected
from .models import JsonDict, Payment
from .money import ZERO, minor_unit, vat_of

if TYPE_CHECKING:
    from .state import SandboxState

INITIAL_STATUS = {
    "ready": "PAYMENT_WAITING",
    "paid": "PAYED",
    "cancelled": "CANCELED",
    "failed": "CANCELED_BY_NOPAYMENT",
}
_PRODUCTS = (
    ("SB-TSHIRT-01", "샌드박스 티셔츠", "OPT-BLACK-L", "색상: 블랙 / 사이즈: L", 1),
    ("SB-SOCKS-03", "샌드박스 양말 세트", "OPT-3P", "구성: 3켤레", 2),
)
_NAVER_ID = re.compile(r"\d{16}")


def _hash_int(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


@dataclass
class ProductOrder:
    """One Naver Pay product order."""

    product_order_id: str
    imp_uid: str
    product_id: str
    product_name: str
    product_option_id: str
    product_option_name: str
    product_amount: Decimal
    quantity: int
    status: str
    orderer: JsonDict
    shipping_address: JsonDict
    shipping_due: int
    claim_type: str | None = None
    claim_status: str | None = None
    holdback: bool = False
    history: list[JsonDict] = field(default_factory=list)

    def claim(self, claim_type: str, claim_status: str) -> None:
        """Set the claim."""
        self.claim_type, self.claim_status = claim_type, claim_status

    def to_dict(self) -> JsonDict:
        """Wire form (``NaverProductOrder``)."""
        return {
            "product_order_id": self.product_order_id,
            "product_order_status": self.status,
            "claim_type": self.claim_type,
            "claim_status": self.claim_status,
            "product_id": self.product_id,
            "product_name": self.product_name,
            "product_option_id": self.product_option_id,
            "product_option_name": self.product_option_name,
            "product_amount": self.product_amount,
            "delivery_amount": ZERO,
            "quantity": self.quantity,
            "orderer": self.orderer,
            "shipping_address": self.shipping_address,
            "shipping_memo": "문 앞에 놓아주세요",
            "shipping_due": self.shipping_due,
            "individual_code": None,
        }


# What each action does to a product order: (new status or None to keep it, claim type,
# claim status, holdback); a claim of None keeps the current claim.
_EFFECTS: dict[str, tuple[str | None, str | None, str | None, bool]] = {
    "place": (None, None, None, False),
    "ship": ("DELIVERING", None, None, False),
    "cancel": ("CANCELED", "CANCEL", "CANCEL_DONE", False),
    "approve-cancel": ("CANCELED", "CANCEL", "CANCEL_DONE", False),
    "request-return": (None, "RETURN", "RETURN_REQUEST", False),
    "withhold-return": (None, "RETURN", "RETURN_REQUEST", True),
    "resolve-return": (None, "RETURN", "RETURN_REQUEST", False),
    "approve-return": ("RETURNED", "RETURN", "RETURN_DONE", False),
    "reject-return": (None, "RETURN", "RETURN_REJECT", False),
    "collect-exchanged": (None, "EXCHANGE", "COLLECT_DONE", False),
    "ship-exchanged": ("DELIVERING", "EXCHANGE", "EXCHANGE_REDELIVERING", False),
}


def _apply(action: str, o: ProductOrder) -> None:
    """Record the state ``action`` leads to (canned: every action is accepted)."""
    status, claim_type, claim_status, holdback = _EFFECTS[action]
    if status is not None:
        o.status = status
    if claim_type is not None and claim_status is not None:
        o.claim(claim_type, claim_status)
    o.holdback = holdback


class NaverOrders:
    """Naver Pay product orders, reviews, cash amounts, points and purchase confirmation."""

    name = "naver"

    def __init__(self, core: SandboxState) -> None:
        self.core = core
        self._orders: dict[str, list[ProductOrder]] = {}
        core.register(self)

    def reset(self) -> None:
        """Forget product orders (they are derived again on the next call)."""
        self._orders.clear()

    def snapshot(self) -> JsonDict:
        """Product orders that were looked at or changed."""
        return {
            imp_uid: [{**o.to_dict(), "holdback": o.holdback, "history": o.history} for o in orders]
            for imp_uid, orders in self._orders.items()
        }

    def _payment(self, imp_uid: str) -> Payment:
        payment = self.core.payment_record(imp_uid)
        if payment is None:
            raise not_found("존재하지 않는 결제정보입니다.")
        return payment

    def _orders_of(self, payment: Payment) -> list[ProductOrder]:
        orders = self._orders.get(payment.imp_uid)
        if orders is not None:
            return orders
        base = _hash_int(payment.imp_uid) % 10**14
        unit = minor_unit(payment.order.currency)
        second = (payment.amount / 3).quantize(unit, rounding=ROUND_DOWN)
        amounts = (payment.amount - second, second)
        order = payment.order
        orderer = {
            "name": order.buyer_name or "홍길동",
            "id": "sand****",
            "tel": order.buyer_tel or "010-1234-5678",
        }
        address = {
            "base": order.buyer_addr or "서울특별시 중구 세종대로 110",
            "detail": "샌드박스빌딩 1층",
            "postcode": order.buyer_postcode or "04524",
            "tel1": order.buyer_tel or "010-1234-5678",
            "tel2": None,
            "name": order.buyer_name or "홍길동",
        }
        orders = [
            ProductOrder(
                product_order_id=f"{base:014d}{n:02d}",
                imp_uid=payment.imp_uid,
                product_id=product_id,
                product_name=name,
                product_option_id=option_id,
                product_option_name=option_name,
                product_amount=amount,
                quantity=quantity,
                status=INITIAL_STATUS.get(payment.status, "PAYED"),
                orderer=dict(orderer),
                shipping_address=dict(address),
                shipping_due=payment.started_at + 3 * 86400,
            )
            for n, ((product_id, name, option_id, option_name, quantity), amount) in enumerate(
                zip(_PRODUCTS, amounts, strict=True), start=1
            )
        ]
        self._orders[payment.imp_uid] = orders
        return orders

    def product_orders(self, imp_uid: str) -> list[JsonDict]:
        """The product orders of a payment."""
        with self.core.lock:
            return [o.to_dict() for o in self._orders_of(self._payment(imp_uid))]

    def product_order(self, product_order_id: str) -> JsonDict:
        """One product order by id: a payment's, or a canned one for any 16-digit id."""
        with self.core.lock:
            for payment in self.core.payment_records():
                for o in self._orders_of(payment):
                    if o.product_order_id == product_order_id:
                        return o.to_dict()
            if not _NAVER_ID.fullmatch(product_order_id):
                raise not_found(f"존재하지 않는 상품주문번호입니다: {product_order_id}")
            product_id, name, option_id, option_name, quantity = _PRODUCTS[0]
            return ProductOrder(
                product_order_id=product_order_id,
                imp_uid="",
                product_id=product_id,
                product_name=name,
                product_option_id=option_id,
                product_option_name=option_name,
                product_amount=Decimal(10000),
                quantity=quantity,
                status="PAYED",
                orderer={"name": "홍길동", "id": "sand****", "tel": "010-1234-5678"},
                shipping_address={
                    "base": "서울특별시 중구 세종대로 110",
                    "detail": None,
                    "postcode": "04524",
                    "tel1": "010-1234-5678",
                    "tel2": None,
                    "name": "홍길동",
                },
                shipping_due=self.core.clock.now() + 3 * 86400,
            ).to_dict()

    def act(
        self,
        imp_uid: str,
        action: str,
        product_order_ids: Sequence[str],
        details: dict[str, Any] | None = None,
    ) -> tuple[list[JsonDict], list[str]]:
        """Apply ``action`` to the named product orders (all of the payment when none).

        Returns the product orders changed and the ids that are not the payment's
        (none known: 404).
        """
        with self.core.lock:
            orders = self._orders_of(self._payment(imp_uid))
            by_id = {o.product_order_id: o for o in orders}
            ids = list(dict.fromkeys(product_order_ids)) or list(by_id)
            if not any(i in by_id for i in ids):
                raise not_found(f"존재하지 않는 상품주문번호입니다: {', '.join(ids)}")
            done: list[JsonDict] = []
            failed: list[str] = []
            now = self.core.clock.now()
            for product_order_id in ids:
                o = by_id.get(product_order_id)
                if o is None:
                    failed.append(product_order_id)
                    continue
                _apply(action, o)
                o.history.append({"action": action, "at": now, **(details or {})})
                done.append(o.to_dict())
            return done, failed

    def cash_amount(self, imp_uid: str) -> JsonDict:
        """Cash-receipt eligible amount: the remaining balance, 10% of it paid with points."""
        with self.core.lock:
            payment = self._payment(imp_uid)
            total = payment.balance if payment.paid_at > 0 else ZERO
            unit = minor_unit(payment.order.currency)
            npoint = (total / 10).quantize(unit, rounding=ROUND_DOWN)
            vat = vat_of(total, payment.order.currency)
            return {
                "amount_total": total,
                "amount_by_npoint": npoint,
                "amount_by_primary": total - npoint,
                "amount_supply": total - vat,
                "amount_vat": vat,
            }

    def require_paid(self, imp_uid: str, what: str) -> None:
        """Check that a payment exists (404) and is paid (code 1), for points/confirm."""
        with self.core.lock:
            payment = self._payment(imp_uid)
            if payment.status != "paid":
                raise rejected(f"결제완료 상태의 결제건만 {what}할 수 있습니다.")

    @staticmethod
    def reviews(channel_key: str, start: int, end: int, review_type: str) -> list[JsonDict]:
        """Two reviews (one when the window is a single instant), the same for the same query."""
        base = _hash_int(f"{channel_key}:{review_type}") % 10**9
        times = [start] if end == start else [start + (end - start) * k // 3 for k in (1, 2)]
        premium = review_type == "premium"
        result: list[JsonDict] = []
        for k, at in enumerate(times):
            product_id, name, _, option_name, _ = _PRODUCTS[k % len(_PRODUCTS)]
            result.append(
                {
                    "review_id": f"{base:09d}{k}",
                    "score": str(5 - k),
                    "title": "배송이 빠르고 품질이 좋아요" if k == 0 else "가격 대비 괜찮습니다",
                    "content": "착용감이 좋고 세탁 후에도 변형이 없습니다." if premium else None,
                    "product_order_id": f"{(base * 7 + k) % 10**14:014d}01",
                    "product_id": product_id,
                    "product_name": name,
                    "product_option_name": option_name,
                    "writer": f"nv{base % 1000:03d}***",
                    "created_at": at,
                    "modified_at": None,
                }
            )
        return result
