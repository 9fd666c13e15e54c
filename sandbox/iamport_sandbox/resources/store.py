"""The shared core every resource builds on: the lock, the clock, the payment records.

Payments are made by many resources (card payments, billing keys, schedules, virtual
accounts, convenience stores, KCP Quick Pay, Benepia, the browser checkout), so their
records, their life cycle (``ready`` -> ``paid`` / ``failed`` / ``cancelled``) and their
webhooks live here. A resource's own data lives in its module and is registered here
(:meth:`Store.register`) to be reset and dumped with the rest.

All public methods are thread-safe (one re-entrant lock guards every record); methods whose
docstring says so expect the caller to hold :attr:`Store.lock` already. Methods raise
:class:`~iamport_sandbox.errors.ApiError` for anything the API reports as a failure.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Protocol, TypeVar

from ..clock import Clock
from ..errors import rejected
from ..models import JsonDict, OrderInfo, Payment
from ..money import to_json_number

PAYMENT_STATUSES = ("ready", "paid", "cancelled", "failed")
SORTINGS = ("-started", "started", "-paid", "paid", "-updated", "updated")
RECEIPT_BASE = "https://receipt.iamport-sandbox.invalid"
DEFAULT_PG_PROVIDER = "nice"
DEFAULT_PG_ID = "nictest04m"

MSG_PAYMENT_NOT_FOUND = "존재하지 않는 결제정보입니다."
MSG_ALREADY_PAID = "이미 결제된 merchant_uid입니다."

T = TypeVar("T")

Precheck = Callable[[str, Decimal], None]
"""A rule run before a new payment of ``(merchant_uid, amount)`` is stored."""


class Notifier(Protocol):
    """Receives webhook events (``urls`` may be empty: use the default URL)."""

    def notify(self, urls: Sequence[str], body: Mapping[str, str]) -> None:
        """Queue a webhook delivery."""


class Extension(Protocol):
    """Data kept by a resource (or the checkout): reset and dumped with the store."""

    @property
    def name(self) -> str:
        """Its key in the dump."""

    def reset(self) -> None:
        """Forget everything (called with the lock held)."""

    def snapshot(self) -> object:
        """Everything stored, in wire form (called with the lock held)."""


def fmt(amount: Decimal) -> str:
    """An amount as the messages write it (``1000``, ``12.5``)."""
    return str(to_json_number(amount))


def random_digits(n: int) -> str:
    """``n`` random decimal digits."""
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


def sort_payments(payments: Iterable[Payment], sorting: str) -> list[Payment]:
    """``payments`` in one of :data:`SORTINGS` (ties by creation order)."""
    field_name = sorting.lstrip("-")
    attr = {"started": "started_at", "paid": "paid_at", "updated": "updated_at"}[field_name]
    return sorted(
        payments,
        key=lambda p: (getattr(p, attr), p.seq),
        reverse=sorting.startswith("-"),
    )


class _PaymentRecords:
    """The payment records as an extension (``payments`` in the dump)."""

    name = "payments"

    def __init__(self, store: Store) -> None:
        self.store = store

    def reset(self) -> None:
        self.store._payments.clear()
        self.store._by_merchant.clear()

    def snapshot(self) -> object:
        return [p.to_dict() for p in self.store._payments.values()]


class Store:
    """The lock, the clock, the payment records and the registry of resource data."""

    def __init__(
        self, clock: Clock, notifier: Notifier | None = None, slow_card_delay: float = 3.0
    ) -> None:
        self.clock = clock
        self.notifier = notifier
        self.slow_card_delay = slow_card_delay
        self.stopping = threading.Event()
        self._lock = threading.RLock()
        self._seq = 0
        self._payments: dict[str, Payment] = {}
        self._by_merchant: dict[str, list[Payment]] = {}
        self._extensions: list[tuple[Extension, str | None]] = []
        self._prechecks: list[Precheck] = []

    # ------------------------------------------------------------------ lifecycle

    @property
    def lock(self) -> threading.RLock:
        """The lock guarding every record (re-entrant)."""
        return self._lock

    def register(self, extension: Extension, under: str | None = None) -> None:
        """Reset and dump ``extension`` with the store (in the dump, inside ``under`` if given)."""
        with self._lock:
            self._extensions.append((extension, under))

    def register_payment_records(self) -> None:
        """Put the payment records in the dump at this point of the registration order."""
        self.register(_PaymentRecords(self))

    def add_precheck(self, check: Precheck) -> None:
        """Run ``check`` before every new payment (before the duplicate rules)."""
        self._prechecks.append(check)

    def reset(self) -> None:
        """Forget every record of every registered extension."""
        with self._lock:
            for extension, _ in self._extensions:
                extension.reset()

    def snapshot(self) -> JsonDict:
        """Everything stored, in wire form (for debugging through the admin API)."""
        with self._lock:
            dump: JsonDict = {"now": self.clock.now()}
            for extension, under in self._extensions:
                value = extension.snapshot()
                if under is None:
                    dump[extension.name] = value
                else:
                    dump.setdefault(under, {})[extension.name] = value
            return dump

    def shutdown(self) -> None:
        """Wake up requests waiting on the slow card so the server can stop quickly."""
        self.stopping.set()

    def resume(self) -> None:
        """Undo :meth:`shutdown` (the slow card waits again)."""
        self.stopping.clear()

    # ------------------------------------------------------------------ ids

    def next_seq(self) -> int:
        """A new sequence number (creation order of records)."""
        self._seq += 1
        return self._seq

    @staticmethod
    def new_uid(prefix: str, taken: Mapping[str, object]) -> str:
        """``prefix`` + 12 random digits, not a key of ``taken``."""
        while True:
            uid = f"{prefix}{random_digits(12)}"
            if uid not in taken:
                return uid

    # ------------------------------------------------------------------ reading payments

    def payment_record(self, imp_uid: str) -> Payment | None:
        """The stored payment ``imp_uid``."""
        return self._payments.get(imp_uid)

    def payment_records(self) -> list[Payment]:
        """Every stored payment, oldest first."""
        return sorted(self._payments.values(), key=lambda p: p.seq)

    def all_payments(self) -> Iterable[Payment]:
        """Every stored payment, in no particular order (call with the lock held)."""
        return self._payments.values()

    def payment_count(self) -> int:
        """How many payments are stored."""
        return len(self._payments)

    def merchant_payments(
        self, merchant_uid: str, status: str | None = None, sorting: str = "-started"
    ) -> list[Payment]:
        """The payments of ``merchant_uid`` (of ``status`` if given) in ``sorting`` order."""
        found = [
            p
            for p in self._by_merchant.get(merchant_uid, [])
            if status is None or p.status == status
        ]
        return sort_payments(found, sorting)

    def latest_payment(self, merchant_uid: str) -> Payment | None:
        """The newest payment of ``merchant_uid`` (``-started`` order)."""
        found = self.merchant_payments(merchant_uid)
        return found[0] if found else None

    def merchant_paid(self, merchant_uid: str) -> bool:
        """Whether ``merchant_uid`` has a ``paid`` payment."""
        return any(p.status == "paid" for p in self._by_merchant.get(merchant_uid, []))

    def paid_elsewhere(self, payment: Payment) -> bool:
        """Whether another payment of ``payment``'s order is already ``paid``."""
        return any(
            other is not payment and other.status == "paid"
            for other in self._by_merchant.get(payment.merchant_uid, [])
        )

    def check_payable(self, payment: Payment) -> None:
        """Refuse (code 1) completing a ``ready`` payment whose order is already paid."""
        if self.paid_elsewhere(payment):
            raise rejected(f"{MSG_ALREADY_PAID} ({payment.merchant_uid})")

    # ------------------------------------------------------------------ new payments

    def precheck(self, merchant_uid: str, amount: Decimal) -> None:
        """Rules applied before a new payment is approved (nothing is stored on failure)."""
        for check in self._prechecks:
            check(merchant_uid, amount)
        for payment in self._by_merchant.get(merchant_uid, []):
            if payment.status == "paid":
                raise rejected(MSG_ALREADY_PAID)
            if payment.status == "ready" and payment.pay_method == "card":
                raise rejected("같은 merchant_uid의 결제가 처리 중입니다.")

    def new_payment(
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
        """Store a new ``ready`` payment without checking anything (call with the lock held)."""
        now = self.clock.now()
        pg_tid = f"{pg_id}{time.strftime('%y%m%d%H%M%S', time.gmtime(now))}{random_digits(6)}"
        payment = Payment(
            seq=self.next_seq(),
            imp_uid=self.new_uid("imp_", self._payments),
            merchant_uid=merchant_uid,
            pay_method=pay_method,
            pg_provider=pg_provider,
            pg_id=pg_id,
            pg_tid=pg_tid,
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
        self.precheck(merchant_uid, amount)
        return self.new_payment(
            merchant_uid=merchant_uid,
            amount=amount,
            order=order,
            pay_method=pay_method,
            pg_provider=pg_provider,
            pg_id=pg_id,
            customer_uid=customer_uid,
            usage=usage,
        )

    # ------------------------------------------------------------------ life cycle

    def notify_payment(self, payment: Payment) -> None:
        """Send the payment's webhook (its ``notice_url``s or the default URL)."""
        if self.notifier is not None:
            body = {
                "imp_uid": payment.imp_uid,
                "merchant_uid": payment.merchant_uid,
                "status": payment.status,
            }
            self.notifier.notify(list(payment.order.notice_urls), body)

    def mark_paid(self, payment: Payment) -> None:
        """Complete a ``ready`` payment as ``paid`` (approval number, receipt) and notify."""
        now = self.clock.now()
        payment.status = "paid"
        payment.paid_at = now
        payment.updated_at = now
        payment.apply_num = random_digits(8)
        payment.receipt_url = f"{RECEIPT_BASE}/{payment.imp_uid}"
        self.notify_payment(payment)

    def fail_payment(self, payment: Payment, reason: str, notify: bool = True) -> None:
        """Record a ``ready`` payment as ``failed`` with ``reason``."""
        now = self.clock.now()
        payment.status = "failed"
        payment.failed_at = now
        payment.fail_reason = reason
        payment.updated_at = now
        if notify:
            self.notify_payment(payment)

    def revoke_payment(self, payment: Payment, reason: str | None = None) -> None:
        """Withdraw a ``ready`` payment (``cancelled`` with nothing refunded) and notify."""
        now = self.clock.now()
        payment.status = "cancelled"
        payment.cancelled_at = now
        payment.cancel_reason = reason
        payment.updated_at = now
        self.notify_payment(payment)
