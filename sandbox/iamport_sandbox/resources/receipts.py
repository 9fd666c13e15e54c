"""Resource ``receipts``: cash receipts, for payments and for outside cash sales."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from .. import params
from ..call import Call, RouteSpec
from ..errors import bad_request, not_found, rejected
from ..models import JsonDict
from ..money import ZERO, vat_of
from .store import MSG_PAYMENT_NOT_FOUND, Store, random_digits

if TYPE_CHECKING:
    from . import SandboxState

RECEIPT_BASE = "https://receipt.iamport-sandbox.invalid/cash"
# Means of payment a cash receipt can be issued for (cash-like payments).
CASH_PAY_METHODS = frozenset({"trans", "vbank", "cvs"})
RECEIPT_TYPES = ("person", "company")
IDENTIFIER_TYPES = ("person", "business", "phone", "taxcard")
PRODUCT_TYPES = ("real", "digital")
# Digits an identifier may have, by identifier_type (None: not given).
IDENTIFIER_LENGTHS: dict[str | None, range] = {
    "person": range(13, 14),
    "business": range(10, 11),
    "phone": range(10, 12),
    "taxcard": range(13, 20),
    None: range(10, 20),
}


@dataclass(frozen=True)
class ReceiptInput:
    """The validated fields of an issue request."""

    identifier: str
    identifier_type: str | None = None
    type: str = "person"
    tax_free: Decimal | None = None
    vat: Decimal | None = None
    buyer_name: str | None = None
    buyer_email: str | None = None
    buyer_tel: str | None = None


@dataclass
class CashReceipt:
    """An issued (possibly revoked) cash receipt."""

    key: str
    receipt_tid: str
    apply_num: str
    type: str
    amount: Decimal
    vat: Decimal
    identifier: str
    receipt_url: str
    applied_at: int
    cancelled_at: int = 0
    name: str | None = None

    @property
    def active(self) -> bool:
        """Not revoked."""
        return self.cancelled_at == 0

    def to_dict(self, key_name: str) -> JsonDict:
        """Wire form (``Receipt`` with ``imp_uid`` or ``ExternalReceipt`` with ``merchant_uid``)."""
        return {
            key_name: self.key,
            "receipt_tid": self.receipt_tid,
            "apply_num": self.apply_num,
            "type": self.type,
            "amount": self.amount,
            "vat": self.vat,
            "receipt_url": self.receipt_url,
            "applied_at": self.applied_at,
            "cancelled_at": self.cancelled_at,
        }

    def snapshot(self, key_name: str) -> JsonDict:
        """Wire form plus the (masked) identifier, for the admin dump."""
        masked = self.identifier[:3] + "*" * max(len(self.identifier) - 3, 0)
        return {**self.to_dict(key_name), "identifier": masked, "name": self.name}


class Receipts:
    """``/receipts/{imp_uid}`` and ``/receipts/external/{merchant_uid}``."""

    name = "receipts"

    def __init__(self, store: Store) -> None:
        self.store = store
        self._issued: dict[str, CashReceipt] = {}
        self._external: dict[str, CashReceipt] = {}
        store.register(self)

    def reset(self) -> None:
        """Forget every receipt."""
        self._issued.clear()
        self._external.clear()

    def snapshot(self) -> object:
        """Every receipt (identifiers masked)."""
        return {
            "issued": [r.snapshot("imp_uid") for r in self._issued.values()],
            "external": [r.snapshot("merchant_uid") for r in self._external.values()],
        }

    def _make(self, key: str, amount: Decimal, data: ReceiptInput, currency: str) -> CashReceipt:
        tax_free = data.tax_free or ZERO
        if tax_free > amount:
            raise bad_request("tax_free 파라미터가 올바르지 않습니다: 발행 금액보다 클 수 없습니다")
        vat = data.vat if data.vat is not None else vat_of(amount - tax_free, currency)
        if vat > amount - tax_free:
            raise bad_request(
                "vat_amount 파라미터가 올바르지 않습니다: 과세 금액보다 클 수 없습니다"
            )
        tid = f"cr{random_digits(16)}"
        return CashReceipt(
            key=key,
            receipt_tid=tid,
            apply_num=random_digits(9),
            type=data.type,
            amount=amount,
            vat=vat,
            identifier=data.identifier,
            receipt_url=f"{RECEIPT_BASE}/{tid}",
            applied_at=self.store.clock.now(),
        )

    # ------------------------------------------------------------------ payments

    def issue(self, imp_uid: str, data: ReceiptInput) -> JsonDict:
        """Issue a receipt for a paid cash-like payment, covering its remaining amount."""
        with self.store.lock:
            payment = self.store.payment_record(imp_uid)
            if payment is None:
                raise not_found(MSG_PAYMENT_NOT_FOUND)
            if payment.pay_method not in CASH_PAY_METHODS:
                raise rejected(
                    "현금영수증은 계좌이체, 가상계좌, 편의점 결제건만 발행할 수 있습니다. "
                    f"(pay_method: {payment.pay_method})"
                )
            if payment.status != "paid":
                raise rejected("결제완료 상태의 결제건만 현금영수증을 발행할 수 있습니다.")
            current = self._issued.get(imp_uid)
            if current is not None and current.active:
                raise rejected("이미 현금영수증이 발행된 결제건입니다.")
            receipt = self._make(imp_uid, payment.balance, data, payment.order.currency)
            self._issued[imp_uid] = receipt
            payment.cash_receipt_issued = True
            payment.updated_at = receipt.applied_at
            return receipt.to_dict("imp_uid")

    def get(self, imp_uid: str) -> JsonDict:
        """The receipt of a payment (also after it was revoked)."""
        with self.store.lock:
            receipt = self._issued.get(imp_uid)
            if receipt is None:
                raise not_found("발행된 현금영수증이 없습니다.")
            return receipt.to_dict("imp_uid")

    def revoke(self, imp_uid: str) -> JsonDict:
        """Revoke the receipt of a payment."""
        with self.store.lock:
            receipt = self._issued.get(imp_uid)
            if receipt is None:
                raise not_found("발행된 현금영수증이 없습니다.")
            if not receipt.active:
                raise rejected("이미 취소된 현금영수증입니다.")
            receipt.cancelled_at = self.store.clock.now()
            payment = self.store.payment_record(imp_uid)
            if payment is not None:
                payment.cash_receipt_issued = False
                payment.updated_at = receipt.cancelled_at
            return receipt.to_dict("imp_uid")

    # ------------------------------------------------------------------ outside sales

    def issue_external(
        self, merchant_uid: str, name: str, amount: Decimal, data: ReceiptInput
    ) -> JsonDict:
        """Issue a receipt for an outside cash sale (one active receipt per order)."""
        with self.store.lock:
            current = self._external.get(merchant_uid)
            if current is not None and current.active:
                raise rejected("이미 현금영수증이 발행된 merchant_uid입니다.")
            receipt = self._make(merchant_uid, amount, data, "KRW")
            receipt.name = name
            self._external[merchant_uid] = receipt
            return receipt.to_dict("merchant_uid")

    def get_external(self, merchant_uid: str) -> JsonDict:
        """The receipt of an outside sale."""
        with self.store.lock:
            receipt = self._external.get(merchant_uid)
            if receipt is None:
                raise not_found("발행된 현금영수증이 없습니다.")
            return receipt.to_dict("merchant_uid")

    def revoke_external(self, merchant_uid: str) -> JsonDict:
        """Revoke the receipt of an outside sale."""
        with self.store.lock:
            receipt = self._external.get(merchant_uid)
            if receipt is None:
                raise not_found("발행된 현금영수증이 없습니다.")
            if not receipt.active:
                raise rejected("이미 취소된 현금영수증입니다.")
            receipt.cancelled_at = self.store.clock.now()
            return receipt.to_dict("merchant_uid")


def _receipt_input(body: params.Body) -> ReceiptInput:
    identifier_type = params.opt_choice(body, "identifier_type", IDENTIFIER_TYPES)
    identifier = params.digits_only(
        "identifier", params.req_str(body, "identifier"), IDENTIFIER_LENGTHS[identifier_type]
    )
    params.opt_choice(body, "product_type", PRODUCT_TYPES)
    tax_free = params.opt_money(body, "tax_free")
    vat = params.opt_money(body, "vat_amount")
    if vat is None:
        vat = params.opt_money(body, "vat")
    for key, value in (("tax_free", tax_free), ("vat_amount", vat)):
        if value is not None:
            params.check_currency_amount(key, value, "KRW")
    return ReceiptInput(
        identifier=identifier,
        identifier_type=identifier_type,
        type=params.opt_choice(body, "type", RECEIPT_TYPES, "person") or "person",
        tax_free=tax_free,
        vat=vat,
        buyer_name=params.opt_str(body, "buyer_name"),
        buyer_email=params.opt_str(body, "buyer_email"),
        buyer_tel=params.opt_str(body, "buyer_tel"),
    )


def routes(state: SandboxState) -> list[RouteSpec]:
    """``/receipts/{imp_uid}`` and ``/receipts/external/{merchant_uid}``."""
    receipts = state.receipts

    def get(call: Call) -> object:
        return receipts.get(call.path["imp_uid"])

    def issue(call: Call) -> object:
        return receipts.issue(call.path["imp_uid"], _receipt_input(call.body))

    def revoke(call: Call) -> object:
        return receipts.revoke(call.path["imp_uid"])

    def get_external(call: Call) -> object:
        return receipts.get_external(call.path["merchant_uid"])

    def issue_external(call: Call) -> object:
        body = call.body
        params.opt_str(body, "channel_key", 55)
        name = params.req_str(body, "name")
        amount = params.req_money(body, "amount", "KRW")
        data = _receipt_input(body)
        params.opt_str(body, "pay_method")
        return receipts.issue_external(call.path["merchant_uid"], name, amount, data)

    def revoke_external(call: Call) -> object:
        return receipts.revoke_external(call.path["merchant_uid"])

    return [
        RouteSpec("/receipts/external/{merchant_uid}", "GET", get_external),
        RouteSpec("/receipts/external/{merchant_uid}", "POST", issue_external),
        RouteSpec("/receipts/external/{merchant_uid}", "DELETE", revoke_external),
        RouteSpec("/receipts/{imp_uid}", "GET", get),
        RouteSpec("/receipts/{imp_uid}", "POST", issue),
        RouteSpec("/receipts/{imp_uid}", "DELETE", revoke),
    ]
