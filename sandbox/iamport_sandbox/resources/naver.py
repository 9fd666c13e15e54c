"""Resource ``naver``: Naver Pay product orders, their state changes, reviews, amounts.

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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal
from typing import TYPE_CHECKING, Any

from .. import params
from ..call import Call, Handler, Reply, RouteSpec
from ..errors import bad_request, not_found, rejected
from ..models import JsonDict, Payment
from ..money import ZERO, minor_unit, vat_of
from .store import Store

if TYPE_CHECKING:
    from . import SandboxState

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

    def __init__(self, store: Store) -> None:
        self.store = store
        self._orders: dict[str, list[ProductOrder]] = {}
        store.register(self)

    def reset(self) -> None:
        """Forget product orders (they are derived again on the next call)."""
        self._orders.clear()

    def snapshot(self) -> object:
        """Product orders that were looked at or changed."""
        return {
            imp_uid: [{**o.to_dict(), "holdback": o.holdback, "history": o.history} for o in orders]
            for imp_uid, orders in self._orders.items()
        }

    def _payment(self, imp_uid: str) -> Payment:
        payment = self.store.payment_record(imp_uid)
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
        with self.store.lock:
            return [o.to_dict() for o in self._orders_of(self._payment(imp_uid))]

    def product_order(self, product_order_id: str) -> JsonDict:
        """One product order by id: a payment's, or a canned one for any 16-digit id."""
        with self.store.lock:
            for payment in self.store.payment_records():
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
                shipping_due=self.store.clock.now() + 3 * 86400,
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
        with self.store.lock:
            orders = self._orders_of(self._payment(imp_uid))
            by_id = {o.product_order_id: o for o in orders}
            ids = list(dict.fromkeys(product_order_ids)) or list(by_id)
            if not any(i in by_id for i in ids):
                raise not_found(f"존재하지 않는 상품주문번호입니다: {', '.join(ids)}")
            done: list[JsonDict] = []
            failed: list[str] = []
            now = self.store.clock.now()
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
        with self.store.lock:
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
        with self.store.lock:
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


CANCEL_REASONS = (
    "SOLD_OUT", "DELAYED_DELIVERY", "PRODUCT_UNSATISFIED", "INTENT_CHANGED", "COLOR_AND_SIZE",
    "WRONG_ORDER", "INCORRECT_INFO",
)  # fmt: skip
RETURN_REASONS = (
    "INTENT_CHANGED", "COLOR_AND_SIZE", "WRONG_ORDER", "PRODUCT_UNSATISFIED", "DELAYED_DELIVERY",
    "SOLD_OUT", "DROPPED_DELIVERY", "BROKEN", "INCORRECT_INFO", "WRONG_DELIVERY", "WRONG_OPTION",
)  # fmt: skip
WITHHOLD_REASONS = (
    "RETURN_DELIVERYFEE", "EXTRAFEEE", "RETURN_DELIVERYFEE_AND_EXTRAFEEE",
    "RETURN_PRODUCT_NOT_DELIVERED", "ETC",
)  # fmt: skip
DELIVERY_METHODS = (
    "DELIVERY", "GDFW_ISSUE_SVC", "VISIT_RECEIPT", "DIRECT_DELIVERY", "QUICK_SVC", "NOTHING",
)  # fmt: skip
RETURN_DELIVERY_METHODS = ("RETURN_DESIGNATED", "RETURN_DELIVERY", "RETURN_INDIVIDUAL")
DELIVERY_COMPANIES = (
    "CJGLS", "KGB", "DONGBU", "EPOST", "REGISTPOST", "HANJIN", "HYUNDAI", "KGBLS", "INNOGIS",
    "DAESIN", "ILYANG", "KDEXP", "CHUNIL", "CH1", "HDEXP", "CVSNET", "DHL", "FEDEX", "GSMNTON",
    "WARPEX", "WIZWA", "EMS", "DHLDE", "ACIEXPRESS", "EZUSA", "PANTOS", "UPS", "HLCGLOBAL",
    "KOREXG", "TNT", "SWGEXP", "DAEWOON", "USPS", "IPARCEL", "KUNYOUNG", "HPL", "DADREAM", "SLX",
    "SFEXPRESS", "HONAM",
)  # fmt: skip
REVIEW_TYPES = ("general", "premium")
Details = Callable[[params.Body], dict[str, Any]]
REQUESTERS = ("admin", "customer")


def _reason(body: params.Body, allowed: tuple[str, ...], default: str) -> str:
    """Naver Pay treats an unknown reason code as its default."""
    value = params.opt_str(body, "reason")
    return value if value in allowed else default


def _shipment(body: params.Body, methods: tuple[str, ...], parcel: str) -> dict[str, Any]:
    """``delivery_method`` plus company and tracking number (required for ``parcel``)."""
    method = params.req_choice(body, "delivery_method", methods)
    company = params.opt_choice(body, "delivery_company", DELIVERY_COMPANIES)
    tracking = params.opt_str(body, "tracking_number") or None
    if method == parcel and (company is None or tracking is None):
        raise bad_request(
            f"delivery_method가 {parcel}이면 delivery_company와 tracking_number가 필수입니다."
        )
    return {"delivery_method": method, "delivery_company": company, "tracking_number": tracking}


def routes(state: SandboxState) -> list[RouteSpec]:
    """``/payments/{imp_uid}/naver/...``, ``/naver/product-orders/{id}``, ``/naver/reviews``."""

    def action(name: str, details: Details | None = None) -> Handler:
        def handle(call: Call) -> object:
            body = call.body
            ids = params.str_list(body, "product_order_id")
            extra: dict[str, Any] = details(body) if details is not None else {}
            done, failed = state.naver.act(call.path["imp_uid"], name, ids, extra)
            if failed:
                message = f"일부 상품주문을 처리하지 못했습니다: {', '.join(failed)}"
                return Reply(done, 207, message)
            return done

        return handle

    def cancel(body: params.Body) -> dict[str, Any]:
        return {"reason": _reason(body, CANCEL_REASONS, "PRODUCT_UNSATISFIED")}

    def ship(body: params.Body) -> dict[str, Any]:
        dispatched_at = params.req_int(body, "dispatched_at")
        return {**_shipment(body, DELIVERY_METHODS, "DELIVERY"), "dispatched_at": dispatched_at}

    def ship_exchanged(body: params.Body) -> dict[str, Any]:
        return _shipment(body, DELIVERY_METHODS, "DELIVERY")

    def request_return(body: params.Body) -> dict[str, Any]:
        reason = _reason(body, RETURN_REASONS, "INTENT_CHANGED")
        return {**_shipment(body, RETURN_DELIVERY_METHODS, "RETURN_DELIVERY"), "reason": reason}

    def approve_return(body: params.Body) -> dict[str, Any]:
        return {"memo": params.opt_str(body, "memo")}

    def reject_return(body: params.Body) -> dict[str, Any]:
        return {"memo": params.req_str(body, "memo")}

    def withhold_return(body: params.Body) -> dict[str, Any]:
        memo = params.req_str(body, "memo")
        charge = params.opt_money(body, "extra_charge")
        if charge is not None:
            params.check_currency_amount("extra_charge", charge, "KRW")
        reason = _reason(body, WITHHOLD_REASONS, "ETC")
        return {"memo": memo, "reason": reason, "extra_charge": charge}

    def product_orders(call: Call) -> object:
        return state.naver.product_orders(call.path["imp_uid"])

    def product_order(call: Call) -> object:
        return state.naver.product_order(call.path["product_order_id"])

    def reviews(call: Call) -> object:
        query = call.query
        params.req_str(query, "channel_key")
        start = params.query_req_int(query, "from")
        end = params.query_req_int(query, "to")
        review_type = params.req_choice(query, "review_type", REVIEW_TYPES)
        if end < start:
            raise bad_request("to 파라미터가 올바르지 않습니다: from보다 작을 수 없습니다")
        return state.naver.reviews(query["channel_key"], start, end, review_type)

    def cash_amount(call: Call) -> object:
        return state.naver.cash_amount(call.path["imp_uid"])

    def point(call: Call) -> object:
        state.naver.require_paid(call.path["imp_uid"], "포인트 적립")
        return None

    def confirm(call: Call) -> object:
        params.opt_choice(call.body, "requester", REQUESTERS)
        state.naver.require_paid(call.path["imp_uid"], "구매확정")
        return None

    base = "/payments/{imp_uid}/naver"
    return [
        RouteSpec(f"{base}/product-orders", "GET", product_orders),
        RouteSpec("/naver/product-orders/{product_order_id}", "GET", product_order),
        RouteSpec("/naver/reviews", "GET", reviews),
        RouteSpec(f"{base}/cash-amount", "GET", cash_amount),
        RouteSpec(f"{base}/cancel", "POST", action("cancel", cancel)),
        RouteSpec(f"{base}/approve-cancel", "POST", action("approve-cancel")),
        RouteSpec(f"{base}/ship", "POST", action("ship", ship)),
        RouteSpec(f"{base}/ship-exchanged", "POST", action("ship-exchanged", ship_exchanged)),
        RouteSpec(f"{base}/collect-exchanged", "POST", action("collect-exchanged")),
        RouteSpec(f"{base}/place", "POST", action("place")),
        RouteSpec(f"{base}/request-return", "POST", action("request-return", request_return)),
        RouteSpec(f"{base}/approve-return", "POST", action("approve-return", approve_return)),
        RouteSpec(f"{base}/reject-return", "POST", action("reject-return", reject_return)),
        RouteSpec(f"{base}/withhold-return", "POST", action("withhold-return", withhold_return)),
        RouteSpec(f"{base}/resolve-return", "POST", action("resolve-return")),
        RouteSpec(f"{base}/point", "POST", point),
        RouteSpec(f"{base}/confirm", "POST", confirm),
    ]
