"""The answer checks an operation's table names (``x-iamport.check`` in the spec): a declined
payment made impossible to miss, a pending one never called declined, an answer about another
order never taken for this one's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._errors import (
    PaymentFailedError,
    PaymentOutcomeUnknownError,
    PaymentPendingError,
    ValidationError,
)

if TYPE_CHECKING:
    from iamport_api.models import Payment

    from ._result import IamporterResult

__all__ = ["checker", "require_order", "require_paid"]


def checker(check: str, merchant_uid: str | None, imp_uid: str | None) -> Any:
    """The check the spec's ``x-iamport.check`` names, bound to the order asked for."""
    if check == "paid":
        return require_order(merchant_uid) if merchant_uid else require_paid
    if check == "issued":
        return _issued(merchant_uid)
    if check == "cancelled":
        return _same_payment(merchant_uid, imp_uid)
    raise ValidationError("check", f"unknown check {check!r} in the spec")


def require_paid(result: IamporterResult[Payment]) -> None:
    """Make a declined payment impossible to miss: raise unless it was approved.

    A ``ready`` answer is not a decline: the payment is still in progress, so it raises
    :class:`PaymentPendingError` (look it up again), never :class:`PaymentFailedError`.
    """
    from iamport_api.models.payment_status import PaymentStatus

    payment = result.data
    if payment.status is PaymentStatus.PAID:
        return
    if payment.status is PaymentStatus.READY:
        raise PaymentPendingError(
            f"payment {payment.merchant_uid!r} is still in progress (status ready): it is "
            "neither approved nor declined yet; do not charge again, look it up later with "
            "find_by_merchant_uid()",
            payment=payment,
            merchant_uid=payment.merchant_uid,
            imp_uid=payment.imp_uid,
            status=result.status,
            raw=result.raw,
        )
    _declined(result)


def _declined(result: IamporterResult[Payment]) -> None:
    payment = result.data
    reason = payment.fail_reason if isinstance(payment.fail_reason, str) else None
    detail = f": {reason}" if reason else ""
    raise PaymentFailedError(
        f"payment {payment.merchant_uid!r} was not approved "
        f"(status {payment.status.value}){detail}",
        payment=payment,
        fail_reason=reason,
        status=result.status,
        raw=result.raw,
    )


def _wrong_order(result: IamporterResult[Any], asked: str, answered: Any) -> None:
    merchant_uid = asked if not asked.startswith("imp_uid ") else None
    raise PaymentOutcomeUnknownError(
        f"the answer to a request about {asked!r} describes {answered!r}; the outcome is "
        f"unknown and it was NOT resent: look up {asked!r} before trying again",
        merchant_uid=merchant_uid,
        status=result.status,
        raw=result.raw,
    )


def require_order(merchant_uid: str) -> Callable[[IamporterResult[Payment]], None]:
    """Check that a payment answer is about the order asked for, then that it was approved."""

    def check(result: IamporterResult[Payment]) -> None:
        if result.data.merchant_uid != merchant_uid:
            _wrong_order(result, merchant_uid, result.data.merchant_uid)
        require_paid(result)

    return check


def _issued(merchant_uid: str | None) -> Callable[[IamporterResult[Payment]], None]:
    """A virtual account or convenience-store code: ``ready`` (or paid) is success."""
    from iamport_api.models.payment_status import PaymentStatus

    def check(result: IamporterResult[Payment]) -> None:
        payment = result.data
        if merchant_uid is not None and payment.merchant_uid != merchant_uid:
            _wrong_order(result, merchant_uid, payment.merchant_uid)
        if payment.status not in (PaymentStatus.READY, PaymentStatus.PAID):
            _declined(result)

    return check


def _same_payment(
    merchant_uid: str | None, imp_uid: str | None
) -> Callable[[IamporterResult[Payment]], None]:
    """A cancel's answer must describe the payment asked for (imp_uid wins when both given)."""

    def check(result: IamporterResult[Payment]) -> None:
        payment = result.data
        if imp_uid is not None:
            if payment.imp_uid != imp_uid:
                _wrong_order(result, f"imp_uid {imp_uid}", payment.imp_uid)
        elif merchant_uid is not None and payment.merchant_uid != merchant_uid:
            _wrong_order(result, merchant_uid, payment.merchant_uid)

    return check
