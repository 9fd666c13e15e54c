"""Smaller partner-specific calls: convenience-store barcodes, Paymentwall deliveries,
PAYCO order states, sub-merchant sales slips, tiers and the account's PG settings."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from . import codes
from .errors import bad_request, not_found, rejected
from .models import JsonDict, OrderInfo, Payment
from .money import ZERO

if TYPE_CHECKING:
    from .state import SandboxState

CVS_PROVIDER = "galaxia"
CVS_PG_ID = "galaxia_sandbox"
CVS_DEFAULT_TTL = 7 * 86400
RECEIPT_BASE = "https://receipt.iamport-sandbox.invalid"
PHYSICAL_FIELDS = ("carrier_tracking_id", "carrier_type", "shipping_address_country")


@dataclass
class CvsBarcode:
    """The barcode of a convenience-store payment."""

    imp_uid: str
    barcode: str
    expired_at: int
    confirm_url: str | None


class Partners:
    """``/cvs``, ``/paymentwall/delivery``, ``/payco/orders/status``, ``/partners/receipts``,
    ``/tiers`` and ``/users/pg``."""

    name = "partners"

    def __init__(self, core: SandboxState) -> None:
        self.core = core
        self._barcodes: dict[str, CvsBarcode] = {}
        self._deliveries: dict[str, JsonDict] = {}
        self._payco: dict[str, str] = {}
        self._slips: dict[str, list[JsonDict]] = {}
        core.register(self)

    def reset(self) -> None:
        """Forget barcodes, deliveries, PAYCO states and sales slips."""
        self._barcodes.clear()
        self._deliveries.clear()
        self._payco.clear()
        self._slips.clear()

    def snapshot(self) -> JsonDict:
        """Everything recorded."""
        return {
            "cvs": [vars(b) for b in self._barcodes.values()],
            "paymentwall_deliveries": self._deliveries,
            "payco_status": self._payco,
            "partner_receipts": self._slips,
        }

    def _payment(self, imp_uid: str) -> Payment:
        payment = self.core.payment_record(imp_uid)
        if payment is None:
            raise not_found("존재하지 않는 결제정보입니다.")
        return payment

    # ------------------------------------------------------------------ CVS

    def issue_cvs(
        self,
        merchant_uid: str,
        amount: Decimal,
        order: OrderInfo,
        barcode: str | None,
        expired_at: int | None,
        confirm_url: str | None,
    ) -> JsonDict:
        """A ``ready`` payment (``pay_method`` ``cvs``) with its barcode."""
        with self.core.lock:
            now = self.core.clock.now()
            if expired_at is not None and expired_at <= now:
                raise bad_request(
                    "expired_at 파라미터가 올바르지 않습니다: 현재 시각 이후여야 합니다"
                )
            payment = self.core.open_payment(
                merchant_uid=merchant_uid,
                amount=amount,
                order=order,
                pay_method="cvs",
                pg_provider=CVS_PROVIDER,
                pg_id=CVS_PG_ID,
            )
            code = barcode or "".join(secrets.choice("0123456789") for _ in range(18))
            self._barcodes[payment.imp_uid] = CvsBarcode(
                payment.imp_uid, code, expired_at or now + CVS_DEFAULT_TTL, confirm_url
            )
            self.core.notify_payment(payment)
            return payment.to_dict()

    def _cvs_payment(self, imp_uid: str) -> Payment:
        payment = self.core.payment_record(imp_uid)
        if payment is None or payment.pay_method != "cvs":
            raise not_found("존재하지 않는 편의점 결제정보입니다.")
        if payment.status != "ready":
            raise rejected("결제 대기 중인 편의점 결제건이 아닙니다.")
        return payment

    def revoke_cvs(self, imp_uid: str) -> JsonDict:
        """Invalidate the barcode of an unpaid convenience-store payment."""
        with self.core.lock:
            payment = self._cvs_payment(imp_uid)
            self.core.revoke_payment(payment)
            return payment.to_dict()

    def pay_cvs(self, imp_uid: str) -> JsonDict:
        """The buyer pays at the store (admin API); refused (code 1) when the order is paid."""
        with self.core.lock:
            payment = self._cvs_payment(imp_uid)
            self.core.check_payable(payment)
            self.core.mark_paid(payment)
            return payment.to_dict()

    # ------------------------------------------------------------------ Paymentwall

    def paymentwall_delivery(self, fields: dict[str, Any]) -> JsonDict:
        """Paymentwall's answer: ``{success: 1}``, or its error for incomplete physical orders."""
        with self.core.lock:
            imp_uid = str(fields["imp_uid"])
            payment = self._payment(imp_uid)
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
            self._deliveries[imp_uid] = {**fields, "at": self.core.clock.now()}
            return {"success": 1}

    # ------------------------------------------------------------------ PAYCO

    def payco_status(self, imp_uid: str, status: str) -> JsonDict:
        """Record the new state of a paid PAYCO order."""
        with self.core.lock:
            payment = self._payment(imp_uid)
            if payment.status != "paid":
                raise rejected("결제완료 상태의 결제건만 주문상태를 변경할 수 있습니다.")
            self._payco[imp_uid] = status
            return {"status": status}

    # ------------------------------------------------------------------ partner receipts

    def partner_receipt(self, imp_uid: str, items: list[JsonDict]) -> JsonDict:
        """Add sub-merchant sales to the sales slip of a paid payment."""
        with self.core.lock:
            payment = self._payment(imp_uid)
            if payment.status != "paid":
                raise rejected("결제완료 상태의 결제건만 하위가맹점 매출을 등록할 수 있습니다.")
            total = sum((item["amount"] for item in items), ZERO)
            if total > payment.balance:
                raise bad_request(
                    "data 파라미터가 올바르지 않습니다: 하위가맹점 금액의 합이 결제 금액보다 큽니다"
                )
            self._slips[imp_uid] = items
            return {"receipt_url": f"{RECEIPT_BASE}/{imp_uid}/partners"}

    # ------------------------------------------------------------------ tiers and PG

    @staticmethod
    def tier(tier_code: str) -> JsonDict:
        """A seeded sub-merchant (``T01``, ``ABC``, ``XYZ``)."""
        name = codes.TIERS.get(tier_code)
        if name is None:
            raise not_found(f"존재하지 않는 하위가맹점입니다: {tier_code}")
        return {"tier_code": tier_code, "tier_name": name}

    @staticmethod
    def pg_settings(tier_code: str | None) -> list[JsonDict]:
        """The account's PG settings, or a sub-merchant's with a ``Tier`` header."""
        if tier_code is None:
            return [dict(s) for s in codes.PG_SETTINGS]
        if tier_code not in codes.TIERS:
            raise not_found(f"존재하지 않는 하위가맹점입니다: {tier_code}")
        return [dict(s) for s in codes.TIER_PG_SETTINGS]
