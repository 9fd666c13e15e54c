"""Resource ``partners``: sub-merchant sales on a payment's sales slip."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import params
from ..call import Call, RouteSpec
from ..errors import ApiError, bad_request, not_found, rejected
from ..models import JsonDict
from ..money import ZERO
from .store import MSG_PAYMENT_NOT_FOUND, RECEIPT_BASE, Store
from .tiers import tier_header

if TYPE_CHECKING:
    from . import SandboxState


class PartnerReceipts:
    """Sub-merchant sales by ``imp_uid`` (dumped as ``partners.partner_receipts``)."""

    name = "partner_receipts"

    def __init__(self, store: Store) -> None:
        self.store = store
        self._slips: dict[str, list[JsonDict]] = {}
        store.register(self, under="partners")

    def reset(self) -> None:
        """Forget every sales slip."""
        self._slips.clear()

    def snapshot(self) -> object:
        """Sub-merchant sales by ``imp_uid``."""
        return self._slips

    def register_sales(self, imp_uid: str, items: list[JsonDict]) -> JsonDict:
        """Add sub-merchant sales to the sales slip of a paid payment."""
        with self.store.lock:
            payment = self.store.payment_record(imp_uid)
            if payment is None:
                raise not_found(MSG_PAYMENT_NOT_FOUND)
            if payment.status != "paid":
                raise rejected("결제완료 상태의 결제건만 하위가맹점 매출을 등록할 수 있습니다.")
            total = sum((item["amount"] for item in items), ZERO)
            if total > payment.balance:
                raise bad_request(
                    "data 파라미터가 올바르지 않습니다: 하위가맹점 금액의 합이 결제 금액보다 큽니다"
                )
            self._slips[imp_uid] = items
            return {"receipt_url": f"{RECEIPT_BASE}/{imp_uid}/partners"}


def _partner_items(body: params.Body) -> list[dict[str, Any]]:
    items = params.obj_list(body, "data")
    if not items:
        raise bad_request("data 파라미터가 누락되었습니다. (data is required)")
    result: list[dict[str, Any]] = []
    for index, item in enumerate(items):
        try:
            amount = params.req_money(item, "amount", "KRW")
            tax_free = params.opt_money(item, "tax_free")
            if tax_free is not None and tax_free > amount:
                raise bad_request(
                    "tax_free 파라미터가 올바르지 않습니다: amount보다 클 수 없습니다"
                )
            result.append(
                {
                    "business_registration_number": params.req_str(
                        item, "business_registration_number"
                    ),
                    "company_name": params.req_str(item, "company_name"),
                    "amount": amount,
                    "tax_free": tax_free,
                    "vat_amount": params.opt_money(item, "vat_amount"),
                }
            )
        except ApiError as exc:
            raise bad_request(f"data[{index}]: {exc.message}") from None
    return result


def routes(state: SandboxState) -> list[RouteSpec]:
    """``POST /partners/receipts/{imp_uid}``."""
    receipts = state.partners

    def register(call: Call) -> object:
        tier_header(call)
        return receipts.register_sales(call.path["imp_uid"], _partner_items(call.body))

    return [RouteSpec("/partners/receipts/{imp_uid}", "POST", register)]
