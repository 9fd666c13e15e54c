"""The merchant-server side of a browser checkout (``IMP.request_pay``), framework-agnostic.

Three places tell your server that a payment happened: the browser's callback (posted to your
``/payments/complete``), the mobile redirect (``m_redirect_url?imp_uid=...``) and Iamport's
webhook. None of them can be trusted, so all three do the same thing:

    verdict = verify_checkout(iamporter, imp_uid, merchant_uid=order.id, amount=order.amount)
    new_state = next_order_state(order.state, verdict)   # never paid -> failed
    save(order, new_state)

:func:`verify_checkout` re-fetches the payment from Iamport and compares it with *your* order
(``merchant_uid``, amount as ``Decimal``, currency). :func:`next_order_state` is the ordering
rule that makes late, duplicated and out-of-order reports harmless. :func:`averify_checkout`
is the ``AsyncIamporter`` twin.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from ._errors import IamporterError, InvalidResponseError, NotFoundError, ValidationError

if TYPE_CHECKING:
    from iamport_api.models import Payment

    from ._async_client import AsyncIamporter
    from ._client import Iamporter

__all__ = [
    "CheckoutVerdict",
    "OrderState",
    "OrderStatus",
    "Outcome",
    "VirtualAccount",
    "averify_checkout",
    "judge_payment",
    "next_order_state",
    "sender_allowed",
    "verify_checkout",
]


class Outcome(StrEnum):
    """What a payment means for one order."""

    PAID = "paid"
    VBANK_ISSUED = "vbank_issued"  # virtual account issued, waiting for the deposit
    PENDING = "pending"  # a card payment still in progress (``ready``, not a virtual account)
    FAILED = "failed"
    CANCELLED = "cancelled"  # refunded, or a virtual account withdrawn or expired
    FORGED = "forged"  # this order's payment, but the amount or currency differ
    NOT_THIS_ORDER = "not_this_order"  # no such payment, or another order's payment


@dataclass(frozen=True, slots=True)
class VirtualAccount:
    """Where the buyer must deposit (``due`` is a unix timestamp)."""

    number: str | None
    bank: str | None
    bank_code: str | None
    holder: str | None
    due: int | None


@dataclass(frozen=True, slots=True)
class CheckoutVerdict:
    """The result of checking one ``imp_uid`` against one order.

    Attributes:
        outcome: What to do with the order (see :class:`Outcome`).
        imp_uid: The payment checked.
        merchant_uid: The order it was checked against.
        amount: What Iamport says was charged (``None`` when the payment was not found).
        status: The payment's status at Iamport (``ready``, ``paid``, ``failed``, ``cancelled``).
        reason: Why it is not paid: the gateway's or Iamport's own words, or the mismatch.
        vbank: The virtual account, for ``VBANK_ISSUED``.
        forgery_cancelled: The kit refunded this forged payment, or withdrew its virtual
            account (``cancel_forgery=True``).
        cancel_error: The server's words when that failed.
        payment: The payment as fetched (``None`` when not found).
    """

    outcome: Outcome
    imp_uid: str
    merchant_uid: str
    amount: Decimal | None = None
    status: str | None = None
    reason: str | None = None
    vbank: VirtualAccount | None = None
    forgery_cancelled: bool = False
    cancel_error: str | None = None
    payment: Payment | None = field(default=None, repr=False)  # buyer details stay out of logs

    @property
    def succeeded(self) -> bool:
        """Paid, or a virtual account issued: the buyer's part is done."""
        return self.outcome in (Outcome.PAID, Outcome.VBANK_ISSUED)


def _text(value: object) -> str | None:
    """A model field as ``str``; ``None`` and other non-strings count as absent."""
    if isinstance(value, StrEnum):
        return value.value
    return value if isinstance(value, str) else None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value else None


def _money(value: object) -> Decimal | None:
    """Exact Decimal of a model amount (float, int, Decimal or str); ``None`` when absent or
    out of range (no arithmetic on it could be trusted)."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | str):
        return None
    if isinstance(value, str | int) and len(str(value)) > 100:
        return None
    try:
        # str() of a parsed JSON float is its shortest exact form, so no binary error creeps in.
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    if not number.is_finite() or abs(number.adjusted()) > _MAX_EXPONENT:
        return None
    return number


#: Bound on an amount's decimal exponent: no arithmetic on a 1e999999999 (it would overflow
#: the decimal context or take seconds); the models bound what the service sends the same way.
_MAX_EXPONENT = 30


def _expected_amount(amount: Decimal | int | str) -> Decimal:
    if isinstance(amount, float | bool):
        raise TypeError("amount must be int, Decimal or a numeric string, never float")
    text = str(amount).strip() if not isinstance(amount, Decimal) else None
    if text is not None and len(text) > 100:
        raise ValidationError("amount", "is not a number of at most 100 characters")
    try:
        value = amount if isinstance(amount, Decimal) else Decimal(text or "")
    except (InvalidOperation, ValueError):
        raise ValidationError("amount", f"{amount!r} is not a number") from None
    if not value.is_finite():
        raise ValidationError("amount", f"{amount!r} is not a number")
    if abs(value.adjusted()) > _MAX_EXPONENT:
        raise ValidationError("amount", f"is not a number within 10**{_MAX_EXPONENT}")
    return value


def judge_payment(
    payment: Payment,
    *,
    merchant_uid: str,
    amount: Decimal | int | str,
    currency: str = "KRW",
) -> CheckoutVerdict:
    """Compare a fetched payment with the order you expected (no network call)."""
    expected = _expected_amount(amount)
    imp_uid = _text(payment.imp_uid) or ""
    status = _text(payment.status)
    charged = _money(payment.amount)
    base = CheckoutVerdict(
        Outcome.NOT_THIS_ORDER, imp_uid, merchant_uid, charged, status, payment=payment
    )
    paid_for = _text(payment.merchant_uid)
    if paid_for != merchant_uid:
        return replace(base, reason=f"the payment belongs to order {paid_for!r}")
    problems = []
    if charged != expected:
        problems.append(f"amount {charged} charged, {expected} expected")
    paid_currency = (_text(payment.currency) or "").upper()
    if paid_currency != currency.upper():
        problems.append(f"currency {paid_currency or '?'} charged, {currency.upper()} expected")
    if problems:
        return replace(base, outcome=Outcome.FORGED, reason="; ".join(problems))
    if status == "paid":
        return replace(base, outcome=Outcome.PAID)
    if status == "failed":
        return replace(base, outcome=Outcome.FAILED, reason=_text(payment.fail_reason))
    if status == "cancelled":
        return replace(base, outcome=Outcome.CANCELLED, reason=_text(payment.cancel_reason))
    if status == "ready" and (
        _text(payment.pay_method) == "vbank" or _text(payment.vbank_num) is not None
    ):
        account = VirtualAccount(
            number=_text(payment.vbank_num),
            bank=_text(payment.vbank_name),
            bank_code=_text(payment.vbank_code),
            holder=_text(payment.vbank_holder),
            due=_int(payment.vbank_date),
        )
        return replace(base, outcome=Outcome.VBANK_ISSUED, vbank=account)
    return replace(base, outcome=Outcome.PENDING, reason=f"payment status is {status!r}")


def _not_found(
    imp_uid: str, merchant_uid: str, err: NotFoundError | ValidationError
) -> CheckoutVerdict:
    return CheckoutVerdict(Outcome.NOT_THIS_ORDER, imp_uid, merchant_uid, reason=err.message)


def _undo(verdict: CheckoutVerdict) -> dict[str, Any] | None:
    """How to undo a forged payment: refund it when charged, withdraw an unpaid account.

    ``None`` when there is nothing to undo (another status, or not a forgery).
    """
    if verdict.outcome is not Outcome.FORGED or verdict.payment is None:
        return None
    reason = f"forgery suspected: {verdict.reason}"
    if verdict.status == "paid" and verdict.amount is not None:
        try:
            balance = verdict.amount - (_money(verdict.payment.cancel_amount) or Decimal(0))
        except ArithmeticError:  # decimal.Overflow and friends: amounts no service sends
            raise InvalidResponseError(
                "the payment's amounts are out of range; refund it by hand"
            ) from None
        return {"checksum": balance, "reason": reason}
    if verdict.status == "ready" and _text(verdict.payment.pay_method) == "vbank":
        return {}  # DELETE /vbanks/{imp_uid}: the buyer can no longer deposit the wrong amount
    return None


def verify_checkout(
    iamporter: Iamporter,
    imp_uid: str,
    *,
    merchant_uid: str,
    amount: Decimal | int | str,
    currency: str = "KRW",
    cancel_forgery: bool = False,
) -> CheckoutVerdict:
    """Fetch payment ``imp_uid`` and judge it against your order.

    Args:
        iamporter: The client (your REST API keys).
        imp_uid: From the callback, the mobile redirect or a webhook.
        merchant_uid: Your order's id, from *your* records.
        amount: Your order's amount (int, Decimal or str; never float), from *your* records.
        currency: Your order's currency.
        cancel_forgery: Undo a forged payment, as Iamport's verification guide advises: refund
            it when it was charged, withdraw the virtual account when it is still waiting for a
            deposit.

    Raises:
        IamporterError: Iamport could not be asked (answer 5xx so a webhook comes again).
    """
    try:
        payment = iamporter.find_by_imp_uid(imp_uid).data
    except (NotFoundError, ValidationError) as err:  # no such payment, or not even an id
        return _not_found(imp_uid, merchant_uid, err)
    verdict = judge_payment(payment, merchant_uid=merchant_uid, amount=amount, currency=currency)
    args = _undo(verdict) if cancel_forgery else None
    if args is None:
        return verdict
    try:
        if args:
            iamporter.cancel_by_imp_uid(imp_uid, **args)
        else:
            iamporter.vbanks.revoke(imp_uid)
    except IamporterError as err:
        return replace(verdict, cancel_error=err.message)
    return replace(verdict, forgery_cancelled=True)


async def averify_checkout(
    iamporter: AsyncIamporter,
    imp_uid: str,
    *,
    merchant_uid: str,
    amount: Decimal | int | str,
    currency: str = "KRW",
    cancel_forgery: bool = False,
) -> CheckoutVerdict:
    """:func:`verify_checkout` for :class:`~iamport_client.AsyncIamporter`."""
    try:
        payment = (await iamporter.find_by_imp_uid(imp_uid)).data
    except (NotFoundError, ValidationError) as err:  # no such payment, or not even an id
        return _not_found(imp_uid, merchant_uid, err)
    verdict = judge_payment(payment, merchant_uid=merchant_uid, amount=amount, currency=currency)
    args = _undo(verdict) if cancel_forgery else None
    if args is None:
        return verdict
    try:
        if args:
            await iamporter.cancel_by_imp_uid(imp_uid, **args)
        else:
            await iamporter.vbanks.revoke(imp_uid)
    except IamporterError as err:
        return replace(verdict, cancel_error=err.message)
    return replace(verdict, forgery_cancelled=True)


# ---------------------------------------------------------------------------- order state


class OrderStatus(StrEnum):
    """Where an order stands, as the merchant records it."""

    AWAITING_PAYMENT = "awaiting_payment"
    AWAITING_DEPOSIT = "awaiting_deposit"
    PAID = "paid"
    FAILED = "failed"  # the last attempt failed; the buyer may try again
    CANCELLED = "cancelled"  # paid, then refunded
    FORGED = "forged"  # a tampered payment was seen; a genuine one can still pay the order


@dataclass(frozen=True, slots=True)
class OrderState:
    """An order's status, the payment that put it there, and the reason shown to people."""

    status: OrderStatus = OrderStatus.AWAITING_PAYMENT
    imp_uid: str | None = None
    reason: str | None = None


def _was_paid(verdict: CheckoutVerdict) -> bool:
    """Whether the (cancelled) payment of ``verdict`` had been paid: its own timestamps and
    cancel history say so, not the order in which reports arrived."""
    payment = verdict.payment
    if payment is None:
        return False
    paid_at = getattr(payment, "paid_at", None)
    if isinstance(paid_at, int) and not isinstance(paid_at, bool) and paid_at > 0:
        return True
    history = getattr(payment, "cancel_history", None)
    if isinstance(history, list) and history:
        return True
    cancelled = _money(getattr(payment, "cancel_amount", None))
    return cancelled is not None and cancelled > 0


def next_order_state(current: OrderState, verdict: CheckoutVerdict) -> OrderState:
    """The order's state after ``verdict``; ``current`` itself when nothing may change.

    The rules make reports safe in any order and any number of times:

    - ``paid`` is left only for ``cancelled``, and only by a cancel of the very payment that
      paid the order (a refund); a late ``failed`` or ``ready`` never downgrades it.
    - a ``cancelled`` report of a payment that had been paid (its ``paid_at``, cancel history
      or cancelled amount say so) makes the order refunded even when it arrives first, so an
      older ``paid`` report arriving after it cannot resurrect the order.
    - ``cancelled`` (refunded) is final.
    - a failed attempt marks the order ``failed`` only while nothing better happened: it never
      replaces an issued virtual account, a payment or a detected forgery.
    - a payment in progress and another order's payment change nothing.
    """
    outcome, status = verdict.outcome, current.status
    if outcome in (Outcome.PENDING, Outcome.NOT_THIS_ORDER) or status is OrderStatus.CANCELLED:
        return current
    same_payment = verdict.imp_uid == current.imp_uid
    if (
        outcome is Outcome.CANCELLED
        and _was_paid(verdict)
        and (same_payment or status is not OrderStatus.PAID)
    ):
        # The payment's own history says it was paid, then refunded: the order is refunded,
        # whichever report arrives first. An older ``paid`` report of it arriving later finds
        # the order cancelled, which is final. (A refund of another payment while this order
        # is paid by a different one changes nothing.)
        return OrderState(OrderStatus.CANCELLED, verdict.imp_uid, verdict.reason)
    if status is OrderStatus.PAID:
        if outcome is Outcome.CANCELLED and same_payment:
            return OrderState(OrderStatus.CANCELLED, verdict.imp_uid, verdict.reason)
        return current
    if outcome is Outcome.PAID:
        return OrderState(OrderStatus.PAID, verdict.imp_uid)
    if outcome is Outcome.FORGED:
        return OrderState(OrderStatus.FORGED, verdict.imp_uid, verdict.reason)
    if outcome is Outcome.VBANK_ISSUED:
        return OrderState(OrderStatus.AWAITING_DEPOSIT, verdict.imp_uid)
    if outcome is Outcome.FAILED:
        if status in (OrderStatus.AWAITING_PAYMENT, OrderStatus.FAILED):
            return OrderState(OrderStatus.FAILED, verdict.imp_uid, verdict.reason)
        return current
    # Outcome.CANCELLED of a payment that did not pay the order: a withdrawn or expired
    # virtual account frees the order for another attempt.
    if status is OrderStatus.AWAITING_DEPOSIT and same_payment:
        reason = verdict.reason or "the virtual account was cancelled"
        return OrderState(OrderStatus.FAILED, verdict.imp_uid, reason)
    return current


# ---------------------------------------------------------------------------- webhooks


def sender_allowed(remote_addr: str | None, allowed: Iterable[str]) -> bool:
    """Whether a webhook's sender address is in ``allowed`` (addresses or CIDR networks).

    An empty ``allowed`` allows everyone (the sandbox, local development). Keep the list in
    your settings: Iamport publishes its webhook sender addresses and may change them.
    """
    import ipaddress  # only webhook endpoints pay for it

    networks = [
        ipaddress.ip_network(item.strip(), strict=False) for item in allowed if item.strip()
    ]
    if not networks:
        return True
    if not remote_addr:
        return False
    try:
        address = ipaddress.ip_address(remote_addr)
    except ValueError:
        return False
    return any(address in network for network in networks)
