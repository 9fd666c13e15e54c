"""In-memory records kept by the sandbox and their wire representations."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, ClassVar

from .cards import CardBehaviour
from .money import ZERO

JsonDict = dict[str, Any]


@dataclass
class CancelRecord:
    """One (partial or full) cancellation of a payment."""

    pg_tid: str | None
    amount: Decimal
    cancelled_at: int
    reason: str | None
    cancellation_id: str
    receipt_url: str | None

    def to_dict(self) -> JsonDict:
        """Wire form (``PaymentCancelAnnotation``)."""
        return {
            "pg_tid": self.pg_tid,
            "amount": self.amount,
            "cancelled_at": self.cancelled_at,
            "reason": self.reason,
            "cancellation_id": self.cancellation_id,
            "receipt_url": self.receipt_url,
        }


@dataclass
class DepositRecord:
    """One deposit into a virtual account."""

    pg_tid: str | None
    amount: Decimal
    depositor_name: str | None
    deposited_at: int

    def to_dict(self) -> JsonDict:
        """Wire form (``VbankDepositAnnotation``)."""
        return {
            "pg_tid": self.pg_tid,
            "amount": self.amount,
            "depositor_name": self.depositor_name,
            "deposited_at": self.deposited_at,
        }


@dataclass
class OrderInfo:
    """Order details shared by every kind of payment request."""

    name: str | None = None
    currency: str = "KRW"
    tax_free: Decimal | None = None
    buyer_name: str | None = None
    buyer_email: str | None = None
    buyer_tel: str | None = None
    buyer_addr: str | None = None
    buyer_postcode: str | None = None
    custom_data: str | None = None
    card_quota: int = 0
    notice_urls: list[str] = field(default_factory=list)


@dataclass
class Payment:
    """A payment (card or virtual account) with its full history."""

    seq: int
    imp_uid: str
    merchant_uid: str
    pay_method: str
    pg_provider: str
    pg_id: str
    pg_tid: str | None
    amount: Decimal
    order: OrderInfo
    status: str
    started_at: int
    updated_at: int
    apply_num: str | None = None
    card_code: str | None = None
    card_name: str | None = None
    card_number: str | None = None
    card_type: int | None = None
    vbank_code: str | None = None
    vbank_name: str | None = None
    vbank_num: str | None = None
    vbank_holder: str | None = None
    vbank_date: int = 0
    vbank_issued_at: int = 0
    cancel_amount: Decimal = ZERO
    paid_at: int = 0
    failed_at: int = 0
    cancelled_at: int = 0
    fail_reason: str | None = None
    cancel_reason: str | None = None
    receipt_url: str | None = None
    cancel_history: list[CancelRecord] = field(default_factory=list)
    deposit_history: list[DepositRecord] = field(default_factory=list)
    customer_uid: str | None = None
    customer_uid_usage: str | None = None
    emb_pg_provider: str | None = None
    cash_receipt_issued: bool = False

    #: Changes whenever a payment is made or a field that lists filter or sort by changes:
    #: a listing computed at one ``version`` is still right while it holds.
    version: ClassVar[int] = 0
    _LISTED: ClassVar[frozenset[str]] = frozenset(
        {"seq", "status", "started_at", "paid_at", "updated_at", "customer_uid"}
    )

    def __setattr__(self, name: str, value: Any) -> None:
        if name in Payment._LISTED:
            Payment.version += 1
        object.__setattr__(self, name, value)

    @property
    def balance(self) -> Decimal:
        """Amount that can still be cancelled."""
        return self.amount - self.cancel_amount

    def to_dict(self) -> JsonDict:
        """Wire form: exactly the properties of ``PaymentAnnotation``."""
        is_card = self.pay_method == "card"
        return {
            "imp_uid": self.imp_uid,
            "merchant_uid": self.merchant_uid,
            "pay_method": self.pay_method,
            "channel": "api",
            "pg_provider": self.pg_provider,
            "emb_pg_provider": self.emb_pg_provider,
            "pg_tid": self.pg_tid,
            "pg_id": self.pg_id,
            "sandbox": True,
            "escrow": False,
            "apply_num": self.apply_num,
            "bank_code": None,
            "bank_name": None,
            "card_code": self.card_code,
            "card_name": self.card_name,
            "card_issuer_code": self.card_code,
            "card_issuer_name": self.card_name,
            "card_publisher_code": self.card_code,
            "card_publisher_name": self.card_name,
            "card_quota": self.order.card_quota if is_card else 0,
            "card_number": self.card_number,
            "card_type": self.card_type,
            "vbank_code": self.vbank_code,
            "vbank_name": self.vbank_name,
            "vbank_num": self.vbank_num,
            "vbank_holder": self.vbank_holder,
            "vbank_date": self.vbank_date,
            "vbank_issued_at": self.vbank_issued_at,
            "name": self.order.name,
            "amount": self.amount,
            "cancel_amount": self.cancel_amount,
            "currency": self.order.currency,
            "buyer_name": self.order.buyer_name,
            "buyer_email": self.order.buyer_email,
            "buyer_tel": self.order.buyer_tel,
            "buyer_addr": self.order.buyer_addr,
            "buyer_postcode": self.order.buyer_postcode,
            "custom_data": self.order.custom_data,
            "user_agent": "sorry_not_supported",
            "status": self.status,
            "started_at": self.started_at,
            "paid_at": self.paid_at,
            "failed_at": self.failed_at,
            "cancelled_at": self.cancelled_at,
            "fail_reason": self.fail_reason,
            "cancel_reason": self.cancel_reason,
            "receipt_url": self.receipt_url,
            "cancel_history": [c.to_dict() for c in self.cancel_history],
            "deposit_history": [d.to_dict() for d in self.deposit_history],
            "cancel_receipt_urls": [c.receipt_url for c in self.cancel_history if c.receipt_url],
            "cash_receipt_issued": self.cash_receipt_issued,
            "customer_uid": self.customer_uid,
            "customer_uid_usage": self.customer_uid_usage,
            "promotion": None,
        }


@dataclass
class CustomerInfo:
    """Optional owner details attached to a billing key."""

    customer_id: str | None = None
    customer_name: str | None = None
    customer_tel: str | None = None
    customer_email: str | None = None
    customer_addr: str | None = None
    customer_postcode: str | None = None


@dataclass
class Customer:
    """A billing key (``customer_uid``) and the card behind it (masked only)."""

    customer_uid: str
    pg_provider: str
    pg_id: str
    card_number: str
    card_code: str
    card_name: str
    card_type: int
    behaviour: CardBehaviour
    info: CustomerInfo
    inserted: int
    updated: int
    card_expiry: str | None = None  # YYYY-MM, never returned; charges after it decline

    def to_dict(self) -> JsonDict:
        """Wire form: exactly the properties of ``CustomerAnnotation``."""
        return {
            "customer_uid": self.customer_uid,
            "pg_provider": self.pg_provider,
            "pg_id": self.pg_id,
            "sandbox": True,
            "customer_id": self.info.customer_id,
            "card_name": self.card_name,
            "card_code": self.card_code,
            "card_issuer_code": self.card_code,
            "card_issuer_name": self.card_name,
            "card_publisher_code": self.card_code,
            "card_publisher_name": self.card_name,
            "card_number": self.card_number,
            "card_type": self.card_type,
            "customer_name": self.info.customer_name,
            "customer_tel": self.info.customer_tel,
            "customer_email": self.info.customer_email,
            "customer_addr": self.info.customer_addr,
            "customer_postcode": self.info.customer_postcode,
            "inserted": self.inserted,
            "updated": self.updated,
        }


@dataclass
class Schedule:
    """A payment scheduled against a billing key."""

    seq: int
    customer_uid: str
    merchant_uid: str
    schedule_at: int
    amount: Decimal
    order: OrderInfo
    pg_provider: str | None
    pg_id: str | None
    customer_id: str | None
    schedule_status: str = "scheduled"
    executed_at: int = 0
    revoked_at: int = 0
    imp_uid: str | None = None
    payment_status: str | None = None
    fail_reason: str | None = None

    def to_dict(self, payment: Payment | None = None) -> JsonDict:
        """Wire form (``ScheduleResultAnnotation``); ``payment`` gives the live status."""
        payment_status = payment.status if payment is not None else self.payment_status
        return {
            "customer_uid": self.customer_uid,
            "merchant_uid": self.merchant_uid,
            "imp_uid": self.imp_uid,
            "pg_provider": self.pg_provider,
            "pg_id": self.pg_id,
            "customer_id": self.customer_id,
            "schedule_at": self.schedule_at,
            "executed_at": self.executed_at,
            "revoked_at": self.revoked_at,
            "amount": self.amount,
            "currency": self.order.currency,
            "name": self.order.name,
            "buyer_name": self.order.buyer_name,
            "buyer_email": self.order.buyer_email,
            "buyer_tel": self.order.buyer_tel,
            "buyer_addr": self.order.buyer_addr,
            "buyer_postcode": self.order.buyer_postcode,
            "custom_data": self.order.custom_data,
            "schedule_status": self.schedule_status,
            "payment_status": payment_status,
            "fail_reason": self.fail_reason,
            "promotion_id": None,
        }


@dataclass
class Prepared:
    """An amount registered in advance for a merchant_uid."""

    merchant_uid: str
    amount: Decimal
    currency: str

    def to_dict(self) -> JsonDict:
        """Wire form (``PaymentPrepareAnnotation``)."""
        return {"merchant_uid": self.merchant_uid, "amount": self.amount, "currency": self.currency}


@dataclass
class Certification:
    """A completed identity verification."""

    imp_uid: str
    merchant_uid: str | None
    pg_tid: str | None
    pg_provider: str
    name: str | None
    gender: str | None
    birthday: str | None
    foreigner: bool
    phone: str | None
    carrier: str | None
    certified: bool
    certified_at: int
    unique_key: str | None
    unique_in_site: str | None
    origin: str | None
    foreigner_v2: bool | None

    def to_dict(self) -> JsonDict:
        """Wire form: exactly the properties of ``CertificationAnnotation``."""
        return {
            "imp_uid": self.imp_uid,
            "merchant_uid": self.merchant_uid,
            "pg_tid": self.pg_tid,
            "pg_provider": self.pg_provider,
            "name": self.name,
            "gender": self.gender,
            "birthday": self.birthday,
            "foreigner": self.foreigner,
            "phone": self.phone,
            "carrier": self.carrier,
            "certified": self.certified,
            "certified_at": self.certified_at,
            "unique_key": self.unique_key,
            "unique_in_site": self.unique_in_site,
            "origin": self.origin,
            "foreigner_v2": self.foreigner_v2,
        }
