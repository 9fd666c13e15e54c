"""What a user writes, type-checked with `mypy --strict` (Makefile `typecheck`): no casts, no Unset."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from iamport_client import (
    Iamporter,
    PaymentFailedError,
    PaymentPendingError,
    PaymentVerificationError,
)
from iamport_client.models import KST, Payment, PaymentCancellation, PaymentStatus


def charged(payment: Payment) -> Decimal:
    refunded: Decimal = sum((c.amount for c in payment.cancel_history or []), Decimal(0))
    return payment.amount - refunded


def deposit_account(payment: Payment) -> str:
    number: str | None = payment.vbank_num
    return number if number is not None else "(no virtual account)"


def first_cancel(payment: Payment) -> PaymentCancellation | None:
    return payment.cancel_history[0] if payment.cancel_history else None


def paid_in_seoul(payment: Payment) -> str:
    """The payment time in Korea, from the `_kst` accessor: an aware datetime, no conversion."""
    raw: int | None = payment.paid_at  # the unix seconds stay as they came
    paid: datetime | None = payment.paid_at_kst
    if paid is None:  # 0 ("not yet") or absent
        return f"not paid ({raw})"
    utc: datetime = paid.astimezone(UTC)
    return f"{paid:%Y-%m-%d %H:%M %Z} = {utc:%Y-%m-%d %H:%M %Z}"


def read_only(payment: Payment) -> None:
    # The accessor is read-only: mypy refuses the assignment (an unused ignore would fail --strict).
    payment.paid_at_kst = None  # type: ignore[misc]


def deposit_within_a_day(iamporter: Iamporter, merchant_uid: str) -> datetime | None:
    """A virtual account due in 24 hours: an aware datetime where the API takes unix seconds."""
    due = datetime.now(KST) + timedelta(days=1)
    issued: Payment = iamporter.vbanks.create(
        merchant_uid=merchant_uid, amount=30000, vbank_code="004", vbank_due=due
    ).data
    return issued.vbank_date_kst


def charge(iamporter: Iamporter) -> Decimal:
    try:
        result = iamporter.pay_subscription(
            customer_uid="gildong_0001_1234",
            merchant_uid="order_monthly_0001",
            amount=Decimal("8900"),
            name="월간 이용권",
        )
    except PaymentFailedError as err:
        declined: Decimal = err.payment.amount
        reason: str | None = err.payment.fail_reason
        print(reason)
        return -declined
    except PaymentPendingError as err:
        pending: PaymentStatus = err.payment.status
        print(pending.value)
        return Decimal(0)
    except PaymentVerificationError as err:
        return err.payment.cancel_amount
    payment = result.data
    assert payment.status is PaymentStatus.PAID
    return charged(payment)
