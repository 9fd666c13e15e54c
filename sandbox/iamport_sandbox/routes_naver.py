"""Routes: Naver Pay product orders, their state actions, reviews, amounts and points."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import params
from .call import Call, Handler, Reply, RouteSpec
from .errors import bad_request
from .services import Services

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


def routes(s: Services) -> list[RouteSpec]:
    """``/payments/{imp_uid}/naver/...``, ``/naver/product-orders/{id}``, ``/naver/reviews``."""

    def action(name: str, details: Details | None = None) -> Handler:
        def handle(call: Call) -> object:
            body = call.body
            ids = params.str_list(body, "product_order_id")
            extra: dict[str, Any] = details(body) if details is not None else {}
            done, failed = s.naver.act(call.path["imp_uid"], name, ids, extra)
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
        return s.naver.product_orders(call.path["imp_uid"])

    def product_order(call: Call) -> object:
        return s.naver.product_order(call.path["product_order_id"])

    def reviews(call: Call) -> object:
        query = call.query
        params.req_str(query, "channel_key")
        start = params.query_req_int(query, "from")
        end = params.query_req_int(query, "to")
        review_type = params.req_choice(query, "review_type", REVIEW_TYPES)
        if end < start:
            raise bad_request("to 파라미터가 올바르지 않습니다: from보다 작을 수 없습니다")
        return s.naver.reviews(query["channel_key"], start, end, review_type)

    def cash_amount(call: Call) -> object:
        return s.naver.cash_amount(call.path["imp_uid"])

    def point(call: Call) -> object:
        s.naver.require_paid(call.path["imp_uid"], "포인트 적립")
        return None

    def confirm(call: Call) -> object:
        params.opt_choice(call.body, "requester", REQUESTERS)
        s.naver.require_paid(call.path["imp_uid"], "구매확정")
        return None

    base = "/payments/{imp_uid}/naver"
    return [
        (f"{base}/product-orders", "GET", product_orders),
        ("/naver/product-orders/{product_order_id}", "GET", product_order),
        ("/naver/reviews", "GET", reviews),
        (f"{base}/cash-amount", "GET", cash_amount),
        (f"{base}/cancel", "POST", action("cancel", cancel)),
        (f"{base}/approve-cancel", "POST", action("approve-cancel")),
        (f"{base}/ship", "POST", action("ship", ship)),
        (f"{base}/ship-exchanged", "POST", action("ship-exchanged", ship_exchanged)),
        (f"{base}/collect-exchanged", "POST", action("collect-exchanged")),
        (f"{base}/place", "POST", action("place")),
        (f"{base}/request-return", "POST", action("request-return", request_return)),
        (f"{base}/approve-return", "POST", action("approve-return", approve_return)),
        (f"{base}/reject-return", "POST", action("reject-return", reject_return)),
        (f"{base}/withhold-return", "POST", action("withhold-return", withhold_return)),
        (f"{base}/resolve-return", "POST", action("resolve-return")),
        (f"{base}/point", "POST", point),
        (f"{base}/confirm", "POST", confirm),
    ]
