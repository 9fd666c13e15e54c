"""The checks a payment answer must pass before it counts: about the order asked for, and
approved. Shared by the seed methods (``_calls.py``) and the generated resource methods whose
operation says ``check: paid`` in the spec (``_resource.py``); a leaf module, so neither imports
the other for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._errors import PaymentFailedError, PaymentOutcomeUnknownError, PaymentPendingError

if TYPE_CHECKING:
    from iamport_api.models import Payment

    from ._result import IamporterResult

__all__ = ["require_order", "require_paid"]


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


def require_order(merchant_uid: str) -> Callable[[IamporterResult[Payment]], None]:
    """Check that a payment answer is about the order asked for, then that it was approved."""

    def check(result: IamporterResult[Payment]) -> None:
        payment = result.data
        if payment.merchant_uid != merchant_uid:
            raise PaymentOutcomeUnknownError(
                f"the answer to a payment of order {merchant_uid!r} describes order "
                f"{payment.merchant_uid!r}; the outcome is unknown and it was NOT resent: "
                f"look up {merchant_uid!r} before trying again",
                merchant_uid=merchant_uid,
                status=result.status,
                raw=result.raw,
            )
        require_paid(result)

    return check
