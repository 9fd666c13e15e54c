"""The seed methods of billing keys (``create_subscription``, ``pay_subscription``, ...) and
of the schedules that charge them (``schedule_payments``, ...): builders like those of
``_calls.py``, which re-exports them (``Iamporter`` binds every seed method from there).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from . import _validation as v
from ._core import Call
from ._errors import ValidationError
from ._seed_kit import Amount, NoticeUrl, ScheduledPayment, Timestamp, card, via

if TYPE_CHECKING:
    from iamport_api.models import BillingKey, Payment, Schedule, SchedulePage

__all__ = [
    "create_subscription",
    "delete_subscription",
    "find_schedules",
    "get_schedule",
    "get_subscription",
    "pay_subscription",
    "schedule_payments",
    "unschedule_payments",
]

# ----------------------------------------------------------------------------- billing keys


def create_subscription(
    *,
    customer_uid: str,
    card_number: str,
    expiry: str,
    birth: str | None = None,
    pwd_2digit: str | None = None,
    cvc: str | None = None,
    pg: str | None = None,
    channel_key: str | None = None,
    channel_group_id: str | None = None,
    customer_id: str | None = None,
    customer_name: str | None = None,
    customer_tel: str | None = None,
    customer_email: str | None = None,
    customer_addr: str | None = None,
    customer_postcode: str | None = None,
) -> Call[BillingKey]:
    """Issue a billing key: store a card under ``customer_uid`` for later charges.

    Issuing again for an existing ``customer_uid`` replaces the stored card.

    Args:
        customer_uid: Your id for this card (at most 80 characters).
        card_number: ``dddd-dddd-dddd-dddd`` (dashes optional; 15 digits for AMEX).
        expiry: ``YYYY-MM``.
        birth: ``YYMMDD``, or the 10-digit business number of a corporate card.
        pwd_2digit: First two digits of the card password.
        cvc: Security code (some gateways only).
        pg: Gateway, as ``provider`` or ``provider.merchant_id``, when you have several.

    Returns:
        ``IamporterResult[BillingKey]`` (the card number comes back masked).

    Raises:
        ValidationError: Bad card data, before anything is sent.
        APIError: The gateway refused the card (``message`` says why).
    """
    given = dict(locals())
    return via("issue_billing_key", card(dict(given)))


def get_subscription(customer_uid: str) -> Call[BillingKey]:
    """Get the billing key stored under ``customer_uid``.

    Raises:
        NotFoundError: No such billing key.
    """
    given = dict(locals())
    return via("get_billing_key", given)


def delete_subscription(customer_uid: str, *, reason: str | None = None) -> Call[BillingKey]:
    """Delete the billing key stored under ``customer_uid`` and return it one last time.

    Raises:
        NotFoundError: No such billing key.
    """
    given = dict(locals())
    return via("delete_billing_key", given)


# ----------------------------------------------------------------------------- payments (money)


def pay_subscription(
    *,
    customer_uid: str,
    merchant_uid: str,
    amount: Amount,
    name: str,
    currency: str | None = None,
    tax_free: Amount | None = None,
    vat_amount: Amount | None = None,
    buyer_name: str | None = None,
    buyer_email: str | None = None,
    buyer_tel: str | None = None,
    buyer_addr: str | None = None,
    buyer_postcode: str | None = None,
    card_quota: int | None = None,
    interest_free_by_merchant: bool | None = None,
    use_card_point: bool | None = None,
    custom_data: str | None = None,
    notice_url: NoticeUrl | None = None,
    browser_ip: str | None = None,
    product_type: Literal["real", "digital"] | None = None,
    product_count: int | None = None,
    cash_receipt_type: Literal["person", "company", "anonymous"] | None = None,
    promotion_id: str | None = None,
    channel_key: str | None = None,
    bypass: str | None = None,
    extra: Mapping[str, Any] | None = None,
) -> Call[Payment]:
    """Charge the card stored under ``customer_uid`` (``POST /subscribe/payments/again``).

    Args:
        customer_uid: The billing key to charge.
        merchant_uid: A new, unique order id (at most 40 characters).
        amount: int, Decimal or numeric string (never a float); whole won for KRW.
        name: Order name (some gateways refuse a charge without one).
        bypass: Gateway-specific options as JSON text.
        extra: Gateway-specific extras (see ``SubscribePaymentExtra`` in the spec).

    Returns:
        ``IamporterResult[Payment]`` whose payment status is ``paid``.

    Raises:
        ValidationError: Bad arguments, before anything is sent.
        PaymentFailedError: The charge was declined (``err.payment``, ``err.fail_reason``).
        PaymentOutcomeUnknownError: No reliable answer; it was not resent. Look up
            ``merchant_uid`` before trying again.
    """
    given = dict(locals())
    return via("pay_again", given)


# ----------------------------------------------------------------------------- schedules


def _schedule_item(index: int, item: object) -> object:
    """A seed convenience: ``schedule_at`` may be an aware datetime. Nothing is checked here."""
    if isinstance(item, Mapping) and "schedule_at" in item:
        at = v.timestamp(f"schedules[{index}].schedule_at", item["schedule_at"])
        return {**item, "schedule_at": at}
    return item


def schedule_payments(
    *,
    customer_uid: str,
    schedules: Sequence[ScheduledPayment],
    customer_id: str | None = None,
    checking_amount: int | None = None,
    card_number: str | None = None,
    expiry: str | None = None,
    birth: str | None = None,
    pwd_2digit: str | None = None,
    cvc: str | None = None,
    pg: str | None = None,
    channel_key: str | None = None,
) -> Call[list[Schedule]]:
    """Schedule future charges of the billing key ``customer_uid``.

    Args:
        customer_uid: The billing key to charge.
        schedules: One :class:`ScheduledPayment` mapping per charge (``merchant_uid``,
            ``schedule_at`` as unix seconds or an aware datetime, ``amount``, ...).
        card_number, expiry, birth, pwd_2digit: Issue the billing key first when it does not
            exist yet.

    Returns:
        ``IamporterResult[list[Schedule]]``.
    """
    given = dict(locals())
    args = card(dict(given))
    listed: object = schedules
    if isinstance(listed, list | tuple):
        args["schedules"] = [_schedule_item(i, item) for i, item in enumerate(listed)]
    return via("schedule_payments", args)


def unschedule_payments(
    *, customer_uid: str | None = None, merchant_uids: str | Sequence[str] | None = None
) -> Call[list[Schedule]]:
    """Revoke schedules that have not run: the given orders, or all of ``customer_uid``."""
    args = {"customer_uid": customer_uid, "merchant_uid": merchant_uids}
    return via("unschedule_payments", args, {"merchant_uid": "merchant_uids"})


def get_schedule(merchant_uid: str) -> Call[Schedule]:
    """Get the schedule registered for order ``merchant_uid``."""
    given = dict(locals())
    return via("get_schedule", given)


def find_schedules(
    *,
    from_: Timestamp,
    to: Timestamp,
    customer_uid: str | None = None,
    status: Literal["scheduled", "executed", "revoked"] | None = None,
    page: int | None = None,
    limit: int | None = None,
    sorting: str | None = None,
) -> Call[SchedulePage]:
    """List schedules whose ``schedule_at`` lies in ``[from_, to)``.

    With ``customer_uid``, only that billing key's schedules (``limit`` is not supported by
    that lookup). The window may span at most about three months.
    """
    start, end = v.timestamp("from_", from_), v.timestamp("to", to)
    if customer_uid is not None:
        if limit is not None or sorting is not None:
            # Two operations behind one seed method: the by-customer one has no such options.
            raise ValidationError("limit", "limit and sorting are not supported by customer_uid")
        args = {"customer_uid": customer_uid, "from_": start, "to": end, "page": page}
        args["schedule_status"] = status
        return via("find_schedules_by_customer", args, {"schedule_status": "status"})
    return via(
        "find_schedules",
        {
            "schedule_from": start,
            "schedule_to": end,
            "schedule_status": status,
            "page": page,
            "limit": limit,
            "sorting": sorting,
        },
        {"schedule_from": "from_", "schedule_to": "to", "schedule_status": "status"},
    )
