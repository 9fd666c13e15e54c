"""Resource ``paymentwall``: delivery states reported to Paymentwall."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import params
from ..call import Call, RouteSpec
from ..errors import bad_request, not_found
from ..models import JsonDict
from .store import MSG_PAYMENT_NOT_FOUND, Store

if TYPE_CHECKING:
    from . import SandboxState

PAYMENTWALL_TYPES = ("physical", "digital")
PAYMENTWALL_STATUSES = ("order_placed", "order_shipped", "delivering", "delivered")
PHYSICAL_FIELDS = ("carrier_tracking_id", "carrier_type", "shipping_address_country")


class Deliveries:
    """Reported deliveries by ``imp_uid`` (dumped as ``partners.paymentwall_deliveries``)."""

    name = "paymentwall_deliveries"

    def __init__(self, store: Store) -> None:
        self.store = store
        self._deliveries: dict[str, JsonDict] = {}
        store.register(self, under="partners")

    def reset(self) -> None:
        """Forget every delivery."""
        self._deliveries.clear()

    def snapshot(self) -> object:
        """Every delivery as reported."""
        return self._deliveries

    def report(self, fields: dict[str, Any]) -> JsonDict:
        """Paymentwall's answer: ``{success: 1}``, or its error for incomplete physical orders."""
        with self.store.lock:
            imp_uid = str(fields["imp_uid"])
            payment = self.store.payment_record(imp_uid)
            if payment is None:
                raise not_found(MSG_PAYMENT_NOT_FOUND)
            if payment.merchant_uid != fields["merchant_uid"]:
                raise bad_request("merchant_uid가 imp_uid의 결제정보와 일치하지 않습니다.")
            missing = [
                k for k in PHYSICAL_FIELDS if fields["type"] == "physical" and not fields.get(k)
            ]
            if missing:
                return {
                    "error_code": 9001,
                    "error": "Shipping details are required for physical goods",
                    "notices": [f"Missing parameter: {k}" for k in missing],
                }
            self._deliveries[imp_uid] = {**fields, "at": self.store.clock.now()}
            return {"success": 1}


def routes(state: SandboxState) -> list[RouteSpec]:
    """``POST /paymentwall/delivery``."""
    deliveries = state.paymentwall

    def paymentwall(call: Call) -> object:
        body = call.body
        fields: dict[str, Any] = {
            "imp_uid": params.req_str(body, "imp_uid", 40),
            "merchant_uid": params.req_str(body, "merchant_uid", 40),
            "type": params.req_choice(body, "type", PAYMENTWALL_TYPES),
            "status": params.req_choice(body, "status", PAYMENTWALL_STATUSES),
            "estimated_delivery_datetime": params.req_int(body, "estimated_delivery_datetime"),
            "estimated_update_datetime": params.req_int(body, "estimated_update_datetime"),
            "refundable": params.req_choice(body, "refundable", ("yes", "no")),
            "shipping_address_email": params.req_str(body, "shipping_address_email", 50),
        }
        for key, limit in (
            ("carrier_tracking_id", 64), ("carrier_type", 64), ("reason", 64), ("details", 400),
            ("shipping_address_country", 40), ("shipping_address_city", 40),
            ("shipping_address_zip", 40), ("shipping_address_state", 40),
            ("shipping_address_street", 40), ("shipping_address_phone", 40),
            ("shipping_address_firstname", 40), ("shipping_address_lastname", 40),
        ):  # fmt: skip
            fields[key] = params.opt_str(body, key, limit)
        return deliveries.report(fields)

    return [RouteSpec("/paymentwall/delivery", "POST", paymentwall)]
