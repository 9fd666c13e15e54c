"""Domain state of the sandbox and the business rules of the fake service.

All public methods are thread-safe (one re-entrant lock guards every record). The only
blocking wait (the slow test card) happens outside the lock, so other requests carry
on meanwhile. Methods raise :class:`~iamport_sandbox.errors.ApiError` for anything the
API reports as a failure.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from base64 import b64encode
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Protocol, TypeVar

from . import cards
from .cards import CardBehaviour, CardProfile
from .clock import Clock
from .errors import ApiError, bad_request, not_found, rejected, unauthorized
from .models import (
    CancelRecord,
    Certification,
    Customer,
    CustomerInfo,
    DepositRecord,
    JsonDict,
    OrderInfo,
    Payment,
    Prepared,
    Schedule,
)
from .money import ZERO, is_whole, to_json_number

TOKEN_TTL = 30 * 60
TOKEN_REFRESH_THRESHOLD = 60
TOKEN_EXTENSION = 5 * 60

PAYMENT_STATUSES = ("ready", "paid", "cancelled", "failed")
SCHEDULE_STATUSES = ("scheduled", "executed", "revoked")
SORTINGS = ("-started", "started", "-paid", "paid", "-updated", "updated")

DEFAULT_PG_PROVIDER = "nice"
DEFAULT_PG_ID = "nictest04m"
DEFAULT_VBANK_HOLDER = "샌드박스상점"
RECEIPT_BASE = "https://receipt.iamport-sandbox.invalid"

VBANK_NAMES: dict[str, str] = {
    "004": "KB국민은행",
    "088": "신한은행",
    "020": "우리은행",
    "081": "하나은행",
    "011": "NH농협은행",
    "003": "IBK기업은행",
}

MSG_PAYMENT_NOT_FOUND = "존재하지 않는 결제정보입니다."
MSG_CANCEL_TARGET_NOT_FOUND = "취소할 결제건이 존재하지 않습니다."
MSG_UNKNOWN_CUSTOMER = "등록되지 않은 구매자입니다."
MSG_ALREADY_PAID = "이미 결제된 merchant_uid입니다."
MSG_VBANK_OVERDUE = "입금 기한이 지난 가상계좌입니다."

T = TypeVar("T")


class Notifier(Protocol):
    """Receives webhook events (``urls`` may be empty: use the default URL)."""

    def notify(self, urls: Sequence[str], body: Mapping[str, str]) -> None:
        """Queue a webhook delivery."""


class Extension(Protocol):
    """A store kept next to the core state (receipts, escrow, ...): reset and dumped with it."""

    name: str

    def reset(self) -> None:
        """Forget everything (called with the core lock held)."""

    def snapshot(self) -> JsonDict:
        """Everything stored, in wire form (called with the core lock held)."""


@dataclass
class Token:
    """An issued access token."""

    access_token: str
    imp_key: str
    expired_at: int


@dataclass(frozen=True)
class CardInput:
    """Card details of a request (validated; digits only)."""

    digits: str
    expiry: str
    birth: str | None = None
    pwd_2digit: str | None = None
    cvc: str | None = None
    pg: str | None = None


@dataclass(frozen=True)
class ScheduleEntry:
    """One element of ``schedules[]`` in a schedule request."""

    merchant_uid: str
    schedule_at: int
    amount: Decimal
    order: OrderInfo


@dataclass(frozen=True)
class CancelRequest:
    """Parameters of ``POST /payments/cancel``."""

    imp_uid: str | None = None
    merchant_uid: str | None = None
    amount: Decimal | None = None
    tax_free: Decimal | None = None
    checksum: Decimal | None = None
    reason: str | None = None
    refund_holder: str | None = None
    refund_bank: str | None = None
    refund_account: str | None = None


@dataclass(frozen=True)
class _CardSource:
    masked: str
    profile: CardProfile
    behaviour: CardBehaviour
    pg_provider: str
    pg_id: str
    expiry: str | None = None


# Gateways the service knows (the `pg` request field names one, optionally `.merchant_id`).
KNOWN_PG_PROVIDERS = frozenset(
    {
        "html5_inicis", "inicis", "kcp", "kcp_billing", "kcp_quick", "uplus", "tosspayments",
        "nice", "nice_v2", "jtnet", "kicc", "bluewalnut", "kakaopay", "danal", "danal_tpay",
        "mobilians", "chai", "syrup", "payco", "paypal", "eximbay", "naverpay", "naverco",
        "smilepay", "alipay", "paymentwall", "payple", "tosspay", "smartro", "smartro_v2",
        "settle", "settle_acc", "settle_firm", "ksnet", "welcome", "daou",
    }
)  # fmt: skip


def _split_pg(pg: str | None) -> tuple[str, str]:
    if not pg:
        return DEFAULT_PG_PROVIDER, DEFAULT_PG_ID
    provider, _, mid = pg.partition(".")
    if provider not in KNOWN_PG_PROVIDERS:
        raise bad_request("pg 파라미터가 올바르지 않습니다: 지원하지 않는 PG사입니다")
    if not mid:
        mid = DEFAULT_PG_ID if provider == DEFAULT_PG_PROVIDER else f"{provider}_sandbox"
    return provider, mid


def _fmt(amount: Decimal) -> str:
    return str(to_json_number(amount))


def _digits(n: int) -> str:
    return "".join(secrets.choice("0123456789") for _ in range(n))


def paginate(
    items: Sequence[T], page: int, limit: int, render: Callable[[T], JsonDict]
) -> JsonDict:
    """Build the paged-list shape ``{total, previous, next, list}`` (pages start at 1)."""
    total = len(items)
    start = (page - 1) * limit
    chunk = items[start : start + limit]
    return {
        "total": total,
        "previous": page - 1 if page > 1 else 0,
        "next": page + 1 if start + limit < total else 0,
        "list": [render(item) for item in chunk],
    }


class SandboxState:
    """Everything the fake service remembers, plus its rules."""

    def __init__(
        self,
        clock: Clock,
        api_key: str,
        api_secret: str,
        notifier: Notifier | None = None,
        slow_card_delay: float = 3.0,
    ) -> None:
        self.clock = clock
        self.notifier = notifier
        self.slow_card_delay = slow_card_delay
        self._credentials: dict[str, str] = {api_key: api_secret}
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._seq = 0
        self._tokens: dict[str, Token] = {}
        self._token_by_key: dict[str, str] = {}
        self._payments: dict[str, Payment] = {}
        self._by_merchant: dict[str, list[Payment]] = {}
        self._customers: dict[str, Customer] = {}
        self._schedules: list[Schedule] = []
        self._schedule_by_mid: dict[str, Schedule] = {}
        self._prepared: dict[str, Prepared] = {}
        self._certifications: dict[str, Certification] = {}
        self._extensions: list[Extension] = []
        self._seed_certifications()
        clock.subscribe(self.tick)

    # ------------------------------------------------------------------ lifecycle

    def reset(self) -> None:
        """Forget tokens, payments, billing keys, schedules and prepared amounts.

        Certifications go back to the three seeded records.
        """
        with self._lock:
            self._tokens.clear()
            self._token_by_key.clear()
            self._payments.clear()
            self._by_merchant.clear()
            self._customers.clear()
            self._schedules.clear()
            self._schedule_by_mid.clear()
            self._prepared.clear()
            self._certifications.clear()
            self._seed_certifications()
            for extension in self._extensions:
                extension.reset()

    def shutdown(self) -> None:
        """Wake up requests waiting on the slow card so the server can stop quickly."""
        self._stopping.set()

    def resume(self) -> None:
        """Undo :meth:`shutdown` (the slow card waits again)."""
        self._stopping.clear()

    def add_credentials(self, api_key: str, api_secret: str) -> None:
        """Accept another REST API key/secret pair."""
        with self._lock:
            self._credentials[api_key] = api_secret

    def snapshot(self) -> JsonDict:
        """Everything stored, in wire form (for debugging through the admin API)."""
        with self._lock:
            return {
                "now": self.clock.now(),
                "tokens": len(self._tokens),
                "payments": [p.to_dict() for p in self._payments.values()],
                "customers": [c.to_dict() for c in self._customers.values()],
                "schedules": [self._render_schedule(s) for s in self._schedules],
                "prepared": [p.to_dict() for p in self._prepared.values()],
                "certifications": [c.to_dict() for c in self._certifications.values()],
                **{e.name: e.snapshot() for e in self._extensions},
            }

    # ------------------------------------------------------------------ tokens

    def issue_token(self, imp_key: str | None, imp_secret: str | None) -> JsonDict:
        """``POST /users/getToken``: same token while valid, +5 min when <= 60 s remain."""
        if not imp_key or not imp_secret:
            raise unauthorized("imp_key, imp_secret 파라미터가 누락되었습니다.")
        with self._lock:
            expected = self._credentials.get(imp_key)
            if expected is None or not hmac.compare_digest(expected, imp_secret):
                raise unauthorized("imp_key 또는 imp_secret이 올바르지 않습니다.")
            now = self.clock.now()
            current = self._tokens.get(self._token_by_key.get(imp_key, ""))
            if current is not None and now < current.expired_at:
                if current.expired_at - now <= TOKEN_REFRESH_THRESHOLD:
                    current.expired_at += TOKEN_EXTENSION
            else:
                if current is not None:
                    del self._tokens[current.access_token]
                current = Token(secrets.token_hex(20), imp_key, now + TOKEN_TTL)
                self._tokens[current.access_token] = current
                self._token_by_key[imp_key] = current.access_token
            return {
                "access_token": current.access_token,
                "now": now,
                "expired_at": current.expired_at,
            }

    def authenticate(self, authorization: str | None) -> None:
        """Check an ``Authorization`` header (bare token or ``Bearer <token>``)."""
        if not authorization or not authorization.strip():
            raise unauthorized("Unauthorized: Authorization 헤더에 access_token이 없습니다.")
        token = authorization.strip()
        if token[:7].lower() == "bearer ":
            token = token[7:].strip()
        with self._lock:
            found = self._tokens.get(token)
            if found is None:
                raise unauthorized("Unauthorized: 유효하지 않은 access_token입니다.")
            if self.clock.now() >= found.expired_at:
                raise unauthorized("Unauthorized: 만료된 access_token입니다.")

    # ------------------------------------------------------------------ extension support
    # Stores in the ``state_*`` modules build on these; call them with ``lock`` held.

    @property
    def lock(self) -> threading.RLock:
        """The lock guarding every record (re-entrant)."""
        return self._lock

    def register(self, extension: Extension) -> None:
        """Reset and dump ``extension`` together with the core state."""
        with self._lock:
            self._extensions.append(extension)

    def payment_record(self, imp_uid: str) -> Payment | None:
        """The stored payment ``imp_uid``."""
        return self._payments.get(imp_uid)

    def payment_records(self) -> list[Payment]:
        """Every stored payment, oldest first."""
        return sorted(self._payments.values(), key=lambda p: p.seq)

    def latest_payment(self, merchant_uid: str) -> Payment | None:
        """The newest payment of ``merchant_uid`` (``-started`` order)."""
        found = self._merchant_payments(merchant_uid, None, "-started")
        return found[0] if found else None

    def merchant_paid(self, merchant_uid: str) -> bool:
        """Whether ``merchant_uid`` has a ``paid`` payment."""
        return any(p.status == "paid" for p in self._by_merchant.get(merchant_uid, []))

    def customer_record(self, customer_uid: str) -> Customer | None:
        """The billing key ``customer_uid``."""
        return self._customers.get(customer_uid)

    def schedule_record(self, merchant_uid: str) -> Schedule | None:
        """The newest schedule of ``merchant_uid``."""
        return self._schedule_by_mid.get(merchant_uid)

    def add_schedule(self, schedule: Schedule) -> None:
        """Store a schedule; it becomes the newest one of its ``merchant_uid``."""
        self._schedules.append(schedule)
        self._schedule_by_mid[schedule.merchant_uid] = schedule

    def next_seq(self) -> int:
        """A new sequence number (creation order of records)."""
        return self._next_seq()

    def render_schedule(self, schedule: Schedule) -> JsonDict:
        """Wire form of a schedule with the live status of its payment."""
        return self._render_schedule(schedule)

    def open_payment(
        self,
        *,
        merchant_uid: str,
        amount: Decimal,
        order: OrderInfo,
        pay_method: str,
        pg_provider: str,
        pg_id: str,
        customer_uid: str | None = None,
        usage: str | None = None,
    ) -> Payment:
        """Check the duplicate/prepared-amount rules, then store a new ``ready`` payment."""
        self._precheck(merchant_uid, amount)
        return self._new_payment(
            merchant_uid=merchant_uid,
            amount=amount,
            order=order,
            pay_method=pay_method,
            pg_provider=pg_provider,
            pg_id=pg_id,
            customer_uid=customer_uid,
            usage=usage,
        )

    def mark_paid(self, payment: Payment) -> None:
        """Complete a ``ready`` payment as ``paid`` (approval number, receipt) and notify."""
        now = self.clock.now()
        payment.status = "paid"
        payment.paid_at = now
        payment.updated_at = now
        payment.apply_num = _digits(8)
        payment.receipt_url = f"{RECEIPT_BASE}/{payment.imp_uid}"
        self._notify_payment(payment)

    def notify_payment(self, payment: Payment) -> None:
        """Send the payment's webhook (its ``notice_url``s or the default URL)."""
        self._notify_payment(payment)

    def revoke_payment(self, payment: Payment, reason: str | None = None) -> None:
        """Withdraw a ``ready`` payment (``cancelled`` with nothing refunded) and notify."""
        self._revoke(payment, reason)

    def new_uid(self, prefix: str, taken: Mapping[str, object]) -> str:
        """``prefix`` + 12 random digits, not a key of ``taken``."""
        return self._new_uid(prefix, taken)

    def check_payable(self, payment: Payment) -> None:
        """Refuse (code 1) completing a ``ready`` payment whose order is already paid."""
        if self._paid_elsewhere(payment):
            raise rejected(f"{MSG_ALREADY_PAID} ({payment.merchant_uid})")

    def certification_exists(self, imp_uid: str) -> bool:
        """Whether a certification ``imp_uid`` is stored."""
        return imp_uid in self._certifications

    # ------------------------------------------------------------------ helpers

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def _new_uid(self, prefix: str, taken: Mapping[str, object]) -> str:
        while True:
            uid = f"{prefix}{_digits(12)}"
            if uid not in taken:
                return uid

    def _pg_tid(self, pg_id: str, now: int) -> str:
        return f"{pg_id}{time.strftime('%y%m%d%H%M%S', time.gmtime(now))}{_digits(6)}"

    def _notify(self, urls: Sequence[str], imp_uid: str, merchant_uid: str, status: str) -> None:
        if self.notifier is not None:
            body = {"imp_uid": imp_uid, "merchant_uid": merchant_uid, "status": status}
            self.notifier.notify(list(urls), body)

    def _notify_payment(self, payment: Payment) -> None:
        self._notify(
            payment.order.notice_urls, payment.imp_uid, payment.merchant_uid, payment.status
        )

    def _precheck(self, merchant_uid: str, amount: Decimal) -> None:
        """Rules applied before a new payment is approved (nothing is stored on failure)."""
        prepared = self._prepared.get(merchant_uid)
        if prepared is not None and prepared.amount != amount:
            raise rejected(
                "결제 금액이 사전 등록된 금액과 다릅니다. "
                f"(사전 등록 금액: {_fmt(prepared.amount)}, 요청 금액: {_fmt(amount)})"
            )
        for payment in self._by_merchant.get(merchant_uid, []):
            if payment.status == "paid":
                raise rejected(MSG_ALREADY_PAID)
            if payment.status == "ready" and payment.pay_method == "card":
                raise rejected("같은 merchant_uid의 결제가 처리 중입니다.")

    def _new_payment(
        self,
        *,
        merchant_uid: str,
        amount: Decimal,
        order: OrderInfo,
        pay_method: str,
        pg_provider: str,
        pg_id: str,
        customer_uid: str | None = None,
        usage: str | None = None,
    ) -> Payment:
        now = self.clock.now()
        payment = Payment(
            seq=self._next_seq(),
            imp_uid=self._new_uid("imp_", self._payments),
            merchant_uid=merchant_uid,
            pay_method=pay_method,
            pg_provider=pg_provider,
            pg_id=pg_id,
            pg_tid=self._pg_tid(pg_id, now),
            amount=amount,
            order=order,
            status="ready",
            started_at=now,
            updated_at=now,
            customer_uid=customer_uid,
            customer_uid_usage=usage,
        )
        self._payments[payment.imp_uid] = payment
        self._by_merchant.setdefault(merchant_uid, []).append(payment)
        return payment

    @staticmethod
    def _apply_card(payment: Payment, source: _CardSource) -> None:
        payment.card_code = source.profile.code
        payment.card_name = source.profile.name
        payment.card_type = source.profile.card_type
        payment.card_number = source.masked

    def _settle_card(self, payment: Payment, behaviour: CardBehaviour, notify: bool = True) -> None:
        now = self.clock.now()
        reason = cards.decline_reason(behaviour)
        if reason is not None:
            payment.status = "failed"
            payment.failed_at = now
            payment.fail_reason = reason
        else:
            payment.status = "paid"
            payment.paid_at = now
            payment.apply_num = _digits(8)
            payment.receipt_url = f"{RECEIPT_BASE}/{payment.imp_uid}"
        payment.updated_at = now
        if notify:
            self._notify_payment(payment)

    def _source_from_card(self, card: CardInput) -> _CardSource:
        provider, pg_id = _split_pg(card.pg)
        expired = cards.is_expired(card.expiry, self.clock.now())
        return _CardSource(
            masked=cards.mask_card_number(card.digits),
            profile=cards.profile_of(card.digits),
            behaviour=CardBehaviour.EXPIRED if expired else cards.behaviour_of(card.digits),
            pg_provider=provider,
            pg_id=pg_id,
            expiry=card.expiry,
        )

    def _source_from_customer(self, customer: Customer) -> _CardSource:
        expired = cards.is_expired(customer.card_expiry, self.clock.now())
        return _CardSource(
            masked=customer.card_number,
            profile=CardProfile(customer.card_code, customer.card_name, customer.card_type, ""),
            behaviour=CardBehaviour.EXPIRED if expired else customer.behaviour,
            pg_provider=customer.pg_provider,
            pg_id=customer.pg_id,
            expiry=customer.card_expiry,
        )

    @staticmethod
    def _refuse_at_issue(source: _CardSource) -> None:
        """A declined or expired card gets no billing key (code 1, the gateway's reason)."""
        if cards.refused_at_issue(source.behaviour):
            reason = cards.decline_reason(source.behaviour)
            raise rejected(f"카드정보 인증에 실패했습니다. {reason}")

    def _paid_elsewhere(self, payment: Payment) -> bool:
        """Whether another payment of ``payment``'s order is already ``paid``."""
        return any(
            other is not payment and other.status == "paid"
            for other in self._by_merchant.get(payment.merchant_uid, [])
        )

    def _charge(
        self,
        *,
        merchant_uid: str,
        amount: Decimal,
        order: OrderInfo,
        source: _CardSource,
        customer_uid: str | None,
        usage: str | None,
        before: Callable[[], None] | None = None,
    ) -> JsonDict:
        """Approve (or decline) a card payment; the slow card waits outside the lock."""
        delay = self.slow_card_delay if source.behaviour is CardBehaviour.SLOW else 0.0
        with self._lock:
            self._precheck(merchant_uid, amount)
            if before is not None:
                before()
            payment = self._new_payment(
                merchant_uid=merchant_uid,
                amount=amount,
                order=order,
                pay_method="card",
                pg_provider=source.pg_provider,
                pg_id=source.pg_id,
                customer_uid=customer_uid,
                usage=usage,
            )
            self._apply_card(payment, source)
            if delay <= 0:
                self._settle_card(payment, source.behaviour)
                return payment.to_dict()
        # The slow card: the payment is visible as "ready" while we wait.
        self._stopping.wait(delay)
        with self._lock:
            still_stored = self._payments.get(payment.imp_uid) is payment
            if self._paid_elsewhere(payment):
                # A virtual account of the order was paid meanwhile: one paid payment only.
                self._fail(payment, MSG_ALREADY_PAID, notify=still_stored)
            else:
                self._settle_card(payment, source.behaviour, notify=still_stored)
            return payment.to_dict()

    def _fail(self, payment: Payment, reason: str, notify: bool = True) -> None:
        now = self.clock.now()
        payment.status = "failed"
        payment.failed_at = now
        payment.fail_reason = reason
        payment.updated_at = now
        if notify:
            self._notify_payment(payment)

    # ------------------------------------------------------------------ billing keys

    def _store_customer(
        self, customer_uid: str, source: _CardSource, info: CustomerInfo, pg_given: bool
    ) -> Customer:
        now = self.clock.now()
        existing = self._customers.get(customer_uid)
        if existing is None:
            customer = Customer(
                customer_uid=customer_uid,
                pg_provider=source.pg_provider,
                pg_id=source.pg_id,
                card_number=source.masked,
                card_code=source.profile.code,
                card_name=source.profile.name,
                card_type=source.profile.card_type,
                behaviour=source.behaviour,
                info=info,
                inserted=now,
                updated=now,
                card_expiry=source.expiry,
            )
            self._customers[customer_uid] = customer
            return customer
        existing.card_number = source.masked
        existing.card_code = source.profile.code
        existing.card_name = source.profile.name
        existing.card_type = source.profile.card_type
        existing.behaviour = source.behaviour
        existing.card_expiry = source.expiry
        if pg_given:
            existing.pg_provider, existing.pg_id = source.pg_provider, source.pg_id
        for field_name in vars(info):
            value = getattr(info, field_name)
            if value is not None:
                setattr(existing.info, field_name, value)
        existing.updated = now
        return existing

    def issue_customer(self, customer_uid: str, card: CardInput, info: CustomerInfo) -> JsonDict:
        """``POST /subscribe/customers/{customer_uid}``: issue or replace a billing key."""
        source = self._source_from_card(card)
        self._refuse_at_issue(source)
        with self._lock:
            customer = self._store_customer(customer_uid, source, info, card.pg is not None)
            return customer.to_dict()

    def get_customer(self, customer_uid: str) -> JsonDict:
        """``GET /subscribe/customers/{customer_uid}``."""
        with self._lock:
            customer = self._customers.get(customer_uid)
            if customer is None:
                raise not_found("요청하신 customer_uid로 등록된 정보를 찾을 수 없습니다.")
            return customer.to_dict()

    def delete_customer(self, customer_uid: str) -> JsonDict:
        """``DELETE /subscribe/customers/{customer_uid}``: returns the deleted key."""
        with self._lock:
            customer = self._customers.pop(customer_uid, None)
            if customer is None:
                raise not_found("요청하신 customer_uid로 등록된 정보를 찾을 수 없습니다.")
            return customer.to_dict()

    # ------------------------------------------------------------------ payments

    def pay_again(
        self,
        customer_uid: str,
        merchant_uid: str,
        amount: Decimal,
        order: OrderInfo,
        gateway: tuple[str, str] | None = None,
    ) -> JsonDict:
        """``POST /subscribe/payments/again``: charge a stored billing key.

        ``gateway`` (provider, merchant id) overrides the key's own gateway (KCP Quick Pay).
        """
        with self._lock:
            customer = self._customers.get(customer_uid)
            if customer is None:
                raise rejected(MSG_UNKNOWN_CUSTOMER)
            source = self._source_from_customer(customer)
            if gateway is not None:
                source = replace(source, pg_provider=gateway[0], pg_id=gateway[1])
        return self._charge(
            merchant_uid=merchant_uid,
            amount=amount,
            order=order,
            source=source,
            customer_uid=customer_uid,
            usage="payment",
        )

    def pay_onetime(
        self,
        card: CardInput,
        merchant_uid: str,
        amount: Decimal,
        order: OrderInfo,
        customer_uid: str | None = None,
        info: CustomerInfo | None = None,
    ) -> JsonDict:
        """``POST /subscribe/payments/onetime`` (and ``foreign``): charge card details.

        With ``customer_uid`` the card is also stored as that billing key (unless the
        card is refused outright, see :mod:`iamport_sandbox.cards`).
        """
        source = self._source_from_card(card)
        before: Callable[[], None] | None = None
        if customer_uid and not cards.refused_at_issue(source.behaviour):
            owner = info or CustomerInfo()

            def before() -> None:
                self._store_customer(customer_uid, source, owner, card.pg is not None)

        return self._charge(
            merchant_uid=merchant_uid,
            amount=amount,
            order=order,
            source=source,
            customer_uid=customer_uid,
            usage="issue" if customer_uid else None,
            before=before,
        )

    def create_vbank(
        self,
        merchant_uid: str,
        amount: Decimal,
        order: OrderInfo,
        vbank_code: str,
        vbank_due: int,
        vbank_holder: str | None = None,
    ) -> JsonDict:
        """``POST /vbanks``: issue a virtual account (payment ``ready`` until deposit)."""
        with self._lock:
            now = self.clock.now()
            if vbank_due <= now:
                raise bad_request(
                    "vbank_due 파라미터가 올바르지 않습니다: 현재 시각 이후여야 합니다"
                )
            self._precheck(merchant_uid, amount)
            payment = self._new_payment(
                merchant_uid=merchant_uid,
                amount=amount,
                order=order,
                pay_method="vbank",
                pg_provider=DEFAULT_PG_PROVIDER,
                pg_id=DEFAULT_PG_ID,
            )
            payment.vbank_code = vbank_code
            payment.vbank_name = VBANK_NAMES.get(vbank_code)
            payment.vbank_num = _digits(14)
            payment.vbank_holder = vbank_holder or DEFAULT_VBANK_HOLDER
            payment.vbank_date = vbank_due
            payment.vbank_issued_at = now
            self._notify_payment(payment)
            return payment.to_dict()

    def revoke_vbank(self, imp_uid: str) -> JsonDict:
        """``DELETE /vbanks/{imp_uid}``: withdraw a virtual account that was not paid."""
        with self._lock:
            payment = self._payments.get(imp_uid)
            if payment is None or payment.pay_method != "vbank":
                raise not_found("존재하지 않는 가상계좌 결제정보입니다.")
            if payment.status != "ready":
                raise rejected("입금 대기 중인 가상계좌만 발급 취소할 수 있습니다.")
            self._revoke(payment, None)
            return payment.to_dict()

    def _revoke(self, payment: Payment, reason: str | None) -> None:
        now = self.clock.now()
        payment.status = "cancelled"
        payment.cancelled_at = now
        payment.cancel_reason = reason
        payment.updated_at = now
        self._notify_payment(payment)

    def deposit_vbank(
        self, imp_uid: str, amount: Decimal | None = None, depositor_name: str | None = None
    ) -> JsonDict:
        """Simulate the buyer paying into a virtual account (admin API).

        Refused (code 1; the admin API answers 409) after ``vbank_due`` by the sandbox
        clock, and once another payment of the same ``merchant_uid`` is ``paid`` (a card
        approved while this account was waiting, or another virtual account): an order
        is paid at most once. The refused account stays ``ready``; revoke it with
        ``DELETE /vbanks/{imp_uid}``.
        """
        with self._lock:
            payment = self._payments.get(imp_uid)
            if payment is None:
                raise not_found(MSG_PAYMENT_NOT_FOUND)
            if payment.pay_method != "vbank" or payment.status != "ready":
                raise rejected("입금 대기 중인 가상계좌가 아닙니다.")
            self.check_payable(payment)
            if payment.vbank_date and self.clock.now() > payment.vbank_date:
                raise rejected(f"{MSG_VBANK_OVERDUE} (vbank_due={payment.vbank_date})")
            deposited = sum((d.amount for d in payment.deposit_history), ZERO)
            remaining = payment.amount - deposited
            value = remaining if amount is None else amount
            if value <= 0 or value > remaining:
                raise bad_request(
                    f"amount 파라미터가 올바르지 않습니다: 0 < amount <= {_fmt(remaining)}"
                )
            now = self.clock.now()
            payment.deposit_history.append(
                DepositRecord(
                    payment.pg_tid, value, depositor_name or payment.order.buyer_name, now
                )
            )
            payment.updated_at = now
            if value == remaining:
                payment.status = "paid"
                payment.paid_at = now
                payment.receipt_url = f"{RECEIPT_BASE}/{payment.imp_uid}"
                self._notify_payment(payment)
            return payment.to_dict()

    def get_payment(self, imp_uid: str) -> JsonDict:
        """``GET /payments/{imp_uid}``."""
        with self._lock:
            payment = self._payments.get(imp_uid)
            if payment is None:
                raise not_found(MSG_PAYMENT_NOT_FOUND)
            return payment.to_dict()

    @staticmethod
    def _sorted(payments: Iterable[Payment], sorting: str) -> list[Payment]:
        field_name = sorting.lstrip("-")
        attr = {"started": "started_at", "paid": "paid_at", "updated": "updated_at"}[field_name]
        return sorted(
            payments,
            key=lambda p: (getattr(p, attr), p.seq),
            reverse=sorting.startswith("-"),
        )

    def _merchant_payments(
        self, merchant_uid: str, status: str | None, sorting: str
    ) -> list[Payment]:
        found = [
            p
            for p in self._by_merchant.get(merchant_uid, [])
            if status is None or p.status == status
        ]
        return self._sorted(found, sorting)

    def find_payment(
        self, merchant_uid: str, status: str | None = None, sorting: str = "-started"
    ) -> JsonDict:
        """``GET /payments/find/{merchant_uid}[/{status}]``: first match in ``sorting`` order."""
        with self._lock:
            found = self._merchant_payments(merchant_uid, status, sorting)
            if not found:
                raise not_found(MSG_PAYMENT_NOT_FOUND)
            return found[0].to_dict()

    def find_all_payments(
        self, merchant_uid: str, status: str | None, sorting: str, page: int, limit: int
    ) -> JsonDict:
        """``GET /payments/findAll/{merchant_uid}[/{status}]``: paged list."""
        with self._lock:
            found = self._merchant_payments(merchant_uid, status, sorting)
            if not found:
                raise not_found(MSG_PAYMENT_NOT_FOUND)
            return paginate(found, page, limit, Payment.to_dict)

    def payments_by_status(
        self, status: str, start: int, end: int, sorting: str, page: int, limit: int
    ) -> JsonDict:
        """``GET /payments/status/{status}``: payments started within ``[start, end]``."""
        with self._lock:
            # Walking 100,000 payments page by page must not filter and sort them per page.
            key = (status, start, end, sorting, Payment.version, len(self._payments))
            cached = getattr(self, "_status_listing", None)
            if cached is not None and cached[0] == key:
                return paginate(cached[1], page, limit, Payment.to_dict)
            found = [
                p
                for p in self._payments.values()
                if (status == "all" or p.status == status) and start <= p.started_at <= end
            ]
            listing = self._sorted(found, sorting)
            self._status_listing = (key, listing)
            return paginate(listing, page, limit, Payment.to_dict)

    def customer_payments(self, customer_uid: str, page: int, limit: int) -> JsonDict:
        """``GET /subscribe/customers/{customer_uid}/payments``: newest first."""
        with self._lock:
            found = [p for p in self._payments.values() if p.customer_uid == customer_uid]
            return paginate(self._sorted(found, "-started"), page, limit, Payment.to_dict)

    # ------------------------------------------------------------------ cancel

    def _cancel_target(self, req: CancelRequest) -> Payment | None:
        if req.imp_uid:
            return self._payments.get(req.imp_uid)
        candidates = self._merchant_payments(req.merchant_uid or "", None, "-started")
        for payment in candidates:
            if payment.status == "paid":
                return payment
        return candidates[0] if candidates else None

    def cancel_payment(self, req: CancelRequest) -> JsonDict:
        """``POST /payments/cancel``: full or partial cancel with the real service's checks."""
        if not req.imp_uid and not req.merchant_uid:
            raise bad_request("imp_uid 또는 merchant_uid 중 하나는 필수입니다.")
        with self._lock:
            payment = self._cancel_target(req)
            if payment is None:
                raise rejected(MSG_CANCEL_TARGET_NOT_FOUND)
            if payment.status == "cancelled":
                raise rejected("이미 전액 취소된 결제건입니다.")
            if payment.status == "failed":
                raise rejected("결제에 실패한 건은 취소할 수 없습니다.")
            if payment.status == "ready":
                if payment.pay_method != "vbank":
                    raise rejected("결제가 완료되지 않은 건은 취소할 수 없습니다.")
                self._revoke(payment, req.reason)
                return payment.to_dict()
            balance = payment.balance
            if req.checksum is not None and req.checksum != balance:
                raise rejected(
                    f"checksum({_fmt(req.checksum)})이 취소 가능 잔액({_fmt(balance)})과 "
                    "일치하지 않아 취소하지 않았습니다."
                )
            amount = req.amount if req.amount else balance
            if payment.order.currency == "KRW" and not is_whole(amount):
                raise bad_request("amount 파라미터가 올바르지 않습니다: KRW 금액은 정수여야 합니다")
            if amount > balance:
                raise rejected(
                    f"취소 요청 금액({_fmt(amount)})이 취소 가능 잔액({_fmt(balance)})보다 큽니다."
                )
            if req.tax_free is not None and req.tax_free > amount:
                raise bad_request(
                    "tax_free 파라미터가 올바르지 않습니다: 취소 금액보다 클 수 없습니다"
                )
            if payment.pay_method == "vbank":
                missing = [
                    name
                    for name in ("refund_holder", "refund_bank", "refund_account")
                    if not getattr(req, name)
                ]
                if missing:
                    raise rejected(
                        "가상계좌 결제를 환불하려면 환불 계좌 정보가 필요합니다: "
                        + ", ".join(missing)
                    )
            now = self.clock.now()
            cancellation_id = secrets.token_hex(10)
            payment.cancel_history.append(
                CancelRecord(
                    pg_tid=payment.pg_tid,
                    amount=amount,
                    cancelled_at=now,
                    reason=req.reason,
                    cancellation_id=cancellation_id,
                    receipt_url=f"{RECEIPT_BASE}/{payment.imp_uid}/cancel/{cancellation_id}",
                )
            )
            payment.cancel_amount += amount
            payment.cancelled_at = now
            payment.cancel_reason = req.reason
            payment.updated_at = now
            if payment.balance == 0:
                payment.status = "cancelled"
            self._notify_payment(payment)
            return payment.to_dict()

    # ------------------------------------------------------------------ prepare

    def prepare(self, merchant_uid: str, amount: Decimal, currency: str = "KRW") -> JsonDict:
        """``POST /payments/prepare``: register the expected amount of an order."""
        with self._lock:
            if merchant_uid in self._prepared:
                raise rejected("이미 사전 등록된 merchant_uid입니다.")
            record = Prepared(merchant_uid, amount, currency)
            self._prepared[merchant_uid] = record
            return record.to_dict()

    def update_prepared(
        self, merchant_uid: str, amount: Decimal, currency: str = "KRW"
    ) -> JsonDict:
        """``PUT /payments/prepare``: change a registered amount."""
        with self._lock:
            if merchant_uid not in self._prepared:
                raise not_found("사전 등록된 결제정보가 존재하지 않습니다.")
            record = Prepared(merchant_uid, amount, currency)
            self._prepared[merchant_uid] = record
            return record.to_dict()

    def get_prepared(self, merchant_uid: str) -> JsonDict:
        """``GET /payments/prepare/{merchant_uid}``."""
        with self._lock:
            record = self._prepared.get(merchant_uid)
            if record is None:
                raise not_found("사전 등록된 결제정보가 존재하지 않습니다.")
            return record.to_dict()

    # ------------------------------------------------------------------ schedules

    def _render_schedule(self, schedule: Schedule) -> JsonDict:
        payment = self._payments.get(schedule.imp_uid) if schedule.imp_uid else None
        return schedule.to_dict(payment)

    def schedule(
        self,
        customer_uid: str,
        entries: Sequence[ScheduleEntry],
        card: CardInput | None = None,
        info: CustomerInfo | None = None,
    ) -> list[JsonDict]:
        """``POST /subscribe/payments/schedule``: all entries are accepted or none."""
        if not entries:
            raise bad_request("schedules 파라미터가 누락되었습니다. (schedules is required)")
        with self._lock:
            now = self.clock.now()
            seen: set[str] = set()
            for entry in entries:
                mid = entry.merchant_uid
                if mid in seen:
                    raise rejected(f"요청에 같은 merchant_uid가 두 번 있습니다: {mid}")
                seen.add(mid)
                existing = self._schedule_by_mid.get(mid)
                if existing is not None and existing.schedule_status == "scheduled":
                    raise rejected(f"이미 예약된 merchant_uid입니다: {mid}")
                if any(p.status == "paid" for p in self._by_merchant.get(mid, [])):
                    raise rejected(f"{MSG_ALREADY_PAID} ({mid})")
                if entry.schedule_at < now:
                    raise rejected(
                        f"결제 예정 시각(schedule_at={entry.schedule_at})이 "
                        f"현재 시각({now})보다 과거입니다."
                    )
            customer = self._customers.get(customer_uid)
            if customer is None:
                if card is None:
                    raise rejected(MSG_UNKNOWN_CUSTOMER)
                source = self._source_from_card(card)
                self._refuse_at_issue(source)
                customer = self._store_customer(
                    customer_uid, source, info or CustomerInfo(), card.pg is not None
                )
            created: list[Schedule] = []
            for entry in entries:
                schedule = Schedule(
                    seq=self._next_seq(),
                    customer_uid=customer_uid,
                    merchant_uid=entry.merchant_uid,
                    schedule_at=entry.schedule_at,
                    amount=entry.amount,
                    order=entry.order,
                    pg_provider=customer.pg_provider,
                    pg_id=customer.pg_id,
                    customer_id=customer.info.customer_id,
                )
                self._schedules.append(schedule)
                self._schedule_by_mid[entry.merchant_uid] = schedule
                created.append(schedule)
            return [self._render_schedule(s) for s in created]

    def unschedule(self, customer_uid: str | None, merchant_uids: Sequence[str]) -> list[JsonDict]:
        """``POST /subscribe/payments/unschedule``: revoke schedules still pending."""
        if not customer_uid and not merchant_uids:
            raise bad_request("customer_uid 또는 merchant_uid 중 하나는 필수입니다.")
        with self._lock:
            if merchant_uids:
                targets = [
                    s
                    for mid in dict.fromkeys(merchant_uids)
                    if (s := self._schedule_by_mid.get(mid)) is not None
                    and s.schedule_status == "scheduled"
                    and (not customer_uid or s.customer_uid == customer_uid)
                ]
            else:
                targets = [
                    s
                    for s in self._schedules
                    if s.customer_uid == customer_uid and s.schedule_status == "scheduled"
                ]
            if not targets:
                raise rejected("취소할 예약결제 기록이 존재하지 않습니다.")
            now = self.clock.now()
            for schedule in targets:
                schedule.schedule_status = "revoked"
                schedule.revoked_at = now
            return [self._render_schedule(s) for s in targets]

    def get_schedule(self, merchant_uid: str) -> JsonDict:
        """``GET /subscribe/payments/schedule/{merchant_uid}`` (newest record)."""
        with self._lock:
            schedule = self._schedule_by_mid.get(merchant_uid)
            if schedule is None:
                raise not_found("결제예약 정보가 존재하지 않습니다.")
            return self._render_schedule(schedule)

    def find_schedules(
        self,
        start: int,
        end: int,
        status: str | None,
        page: int,
        limit: int,
        customer_uid: str | None = None,
    ) -> JsonDict:
        """Schedules with ``start <= schedule_at < end``, oldest first, paged."""
        with self._lock:
            found = sorted(
                (
                    s
                    for s in self._schedules
                    if start <= s.schedule_at < end
                    and (status is None or s.schedule_status == status)
                    and (customer_uid is None or s.customer_uid == customer_uid)
                ),
                key=lambda s: (s.schedule_at, s.seq),
            )
            return paginate(found, page, limit, self._render_schedule)

    def tick(self) -> None:
        """Execute every schedule that is due by the sandbox clock."""
        with self._lock:
            now = self.clock.now()
            due = sorted(
                (
                    s
                    for s in self._schedules
                    if s.schedule_status == "scheduled" and s.schedule_at <= now
                ),
                key=lambda s: (s.schedule_at, s.seq),
            )
            for schedule in due:
                self._execute(schedule, now)

    def _execute(self, schedule: Schedule, now: int) -> None:
        schedule.schedule_status = "executed"
        schedule.executed_at = now
        try:
            self.charge_schedule(schedule)
        except ApiError as exc:
            schedule.payment_status = "failed"
            schedule.fail_reason = exc.message

    def charge_schedule(self, schedule: Schedule) -> Payment:
        """Charge a schedule's billing key now and record the outcome on the schedule.

        Raises :class:`ApiError` (nothing charged, schedule untouched) when the key is gone
        or the ``merchant_uid`` cannot be paid. Call with the lock held.
        """
        customer = self._customers.get(schedule.customer_uid)
        if customer is None:
            raise rejected(MSG_UNKNOWN_CUSTOMER)
        self._precheck(schedule.merchant_uid, schedule.amount)
        source = self._source_from_customer(customer)
        payment = self._new_payment(
            merchant_uid=schedule.merchant_uid,
            amount=schedule.amount,
            order=schedule.order,
            pay_method="card",
            pg_provider=source.pg_provider,
            pg_id=source.pg_id,
            customer_uid=schedule.customer_uid,
            usage="payment.scheduled",
        )
        self._apply_card(payment, source)
        self._settle_card(payment, source.behaviour)
        schedule.schedule_status = "executed"
        schedule.executed_at = payment.updated_at
        schedule.imp_uid = payment.imp_uid
        schedule.payment_status = payment.status
        schedule.fail_reason = payment.fail_reason
        return payment

    # ------------------------------------------------------------------ certifications

    def _seed_certifications(self) -> None:
        seeds = (
            ("홍길동", "male", "1990-01-01", "01012345678", "SKT"),
            ("김영희", "female", "1985-05-15", "01023456789", "KT"),
            ("이민준", "male", "2001-12-31", "01034567890", "LGT"),
        )
        for n, (name, gender, birthday, phone, carrier) in enumerate(seeds, start=1):
            self.add_certification(
                imp_uid=f"imps_{n:012d}",
                merchant_uid=f"cert_seed_{n}",
                name=name,
                gender=gender,
                birthday=birthday,
                phone=phone,
                carrier=carrier,
                certified_at=1_700_000_000 + n * 3600,
            )

    def add_certification(
        self,
        *,
        imp_uid: str | None = None,
        merchant_uid: str | None = None,
        name: str | None = "홍길동",
        gender: str | None = "male",
        birthday: str | None = "1990-01-01",
        phone: str | None = "01012345678",
        carrier: str | None = "SKT",
        foreigner: bool = False,
        certified: bool = True,
        certified_at: int | None = None,
        pg_provider: str = "danal",
        origin: str | None = "https://shop.example.com/signup",
    ) -> JsonDict:
        """Store a certification (for tests) and return its wire form."""
        with self._lock:
            uid = imp_uid or self._new_uid("imps_", self._certifications)
            seed = f"{name}|{birthday}|{phone}".encode()
            record = Certification(
                imp_uid=uid,
                merchant_uid=merchant_uid,
                pg_tid=f"danal{_digits(14)}",
                pg_provider=pg_provider,
                name=name,
                gender=gender,
                birthday=birthday,
                foreigner=foreigner,
                phone=phone,
                carrier=carrier,
                certified=certified,
                certified_at=certified_at if certified_at is not None else self.clock.now(),
                unique_key=b64encode(hashlib.sha512(seed).digest()).decode(),
                unique_in_site=b64encode(hashlib.sha256(seed + b"|site").digest()).decode(),
                origin=origin,
                foreigner_v2=foreigner,
            )
            self._certifications[uid] = record
            return record.to_dict()

    def get_certification(self, imp_uid: str) -> JsonDict:
        """``GET /certifications/{imp_uid}``."""
        with self._lock:
            record = self._certifications.get(imp_uid)
            if record is None:
                raise not_found("존재하지 않는 본인인증 정보입니다.")
            return record.to_dict()

    def delete_certification(self, imp_uid: str) -> JsonDict:
        """``DELETE /certifications/{imp_uid}``: returns the removed record."""
        with self._lock:
            record = self._certifications.pop(imp_uid, None)
            if record is None:
                raise not_found("존재하지 않는 본인인증 정보입니다.")
            return record.to_dict()
