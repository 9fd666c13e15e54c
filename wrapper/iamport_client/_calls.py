"""One builder per client method: validate arguments, build the generated operation's request,
say how to parse the payload and how risky the request is.

``Iamporter`` and ``AsyncIamporter`` expose these as methods with identical signatures and
docstrings (see ``_client.py``); so the text below is what users read in ``help()``. Here: the
token, one-off payments, cancels, lookups, ``verify_payment``, prepared amounts,
certifications and virtual accounts; the billing-key and schedule methods live in
``_calls_subscriptions.py`` and are re-exported here, the shared argument types and helpers in
``_seed_kit.py``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from decimal import ROUND_FLOOR, Decimal
from typing import TYPE_CHECKING, Any, Literal

from . import _validation as v
from ._calls_subscriptions import (
    create_subscription,
    delete_subscription,
    find_schedules,
    get_schedule,
    get_subscription,
    pay_subscription,
    schedule_payments,
    unschedule_payments,
)
from ._core import Call
from ._errors import (
    InvalidResponseError,
    PaymentVerificationError,
    ValidationError,
)
from ._result import AccessToken, IamporterResult
from ._seed_kit import (
    Amount,
    BuyerDetails,
    CardDetails,
    NoticeUrl,
    ScheduledPayment,
    Sorting,
    StatusName,
    Timestamp,
    card,
    via,
)

if TYPE_CHECKING:
    from iamport_api.models import (
        Certification,
        Payment,
        PaymentPage,
        PreparedPayment,
    )

__all__ = [
    "BuyerDetails",
    "CardDetails",
    "ScheduledPayment",
    "cancel",
    "cancel_by_imp_uid",
    "cancel_by_merchant_uid",
    "create_prepared_payment",
    "create_subscription",
    "create_vbank",
    "delete_certification",
    "delete_subscription",
    "find_all_by_merchant_uid",
    "find_all_by_status",
    "find_by_imp_uid",
    "find_by_merchant_uid",
    "find_schedules",
    "get_certification",
    "get_prepared_payment",
    "get_schedule",
    "get_subscription",
    "get_token",
    "pay_foreign",
    "pay_onetime",
    "pay_subscription",
    "schedule_payments",
    "unschedule_payments",
    "verify_payment",
]

# ----------------------------------------------------------------------------- payload parsers


def _token(body: dict[str, Any]) -> AccessToken:
    """The token answer, checked: every later call depends on it."""
    payload = body.get("response")
    if not isinstance(payload, dict):
        raise InvalidResponseError("the token answer has no response object")
    token = payload.get("access_token")
    now = payload.get("now")
    expired_at = payload.get("expired_at")
    # A header value: visible ASCII only (a CR/LF would also smuggle a header). Never echoed.
    if not isinstance(token, str) or not token or not v.HEADER_VALUE.fullmatch(token):
        raise InvalidResponseError("the token answer's access_token is missing or not usable")
    return AccessToken(token, _seconds("now", now), _seconds("expired_at", expired_at))


def _seconds(name: str, value: object) -> int:
    """Unix seconds from a token answer; a fraction (``1764600000.123``) reads as whole seconds."""
    if isinstance(value, Decimal) and value.is_finite() and abs(value.adjusted()) <= 30:
        return int(value.to_integral_value(ROUND_FLOOR))  # fractions decode as Decimal
    if isinstance(value, float) and math.isfinite(value) and abs(value) < 1e30:
        return math.floor(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidResponseError(f"the token answer's {name} is not unix seconds")
    return value


def _status_set(expected: str | Iterable[str]) -> tuple[str, ...]:
    items = (expected,) if isinstance(expected, str) else tuple(expected)  # enums are str
    if not items:
        raise ValidationError("expected_status", "must name at least one status")
    return tuple(v.one_of("expected_status", item) for item in items)


# ----------------------------------------------------------------------------- auth


def get_token(api_key: str, secret: str) -> Call[AccessToken]:
    """Build the getToken call (used by the clients' ``get_token`` and their token cache)."""
    call = via(
        "get_token",
        {"imp_key": api_key, "imp_secret": secret},
        {"imp_key": "api_key", "imp_secret": "secret"},
    )
    return call.parsing(_token)


# ----------------------------------------------------------------------------- payments (money)


def pay_onetime(
    *,
    merchant_uid: str,
    amount: Amount,
    card_number: str,
    expiry: str,
    birth: str | None = None,
    pwd_2digit: str | None = None,
    cvc: str | None = None,
    customer_uid: str | None = None,
    name: str | None = None,
    currency: str | None = None,
    tax_free: Amount | None = None,
    vat_amount: Amount | None = None,
    pg: str | None = None,
    channel_key: str | None = None,
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
    promotion_id: str | None = None,
    channel_group_id: str | None = None,
    secure_3d_charge_id: str | None = None,
    secure_3d_token: str | None = None,
    bypass: str | None = None,
) -> Call[Payment]:
    """Charge a card once from its details (``POST /subscribe/payments/onetime``).

    With ``customer_uid`` the card is also stored as that billing key (billing key plus
    first payment in one call).

    Returns:
        ``IamporterResult[Payment]`` whose payment status is ``paid``.

    Raises:
        ValidationError: Bad card data or amount, before anything is sent.
        PaymentFailedError: The card was declined.
        PaymentOutcomeUnknownError: No reliable answer; it was not resent. Look up
            ``merchant_uid`` before trying again.
    """
    given = dict(locals())
    return via("pay_onetime", card(dict(given)))


def pay_foreign(
    *,
    merchant_uid: str,
    amount: Amount,
    card_number: str,
    expiry: str,
    cvc: str | None = None,
    name: str | None = None,
    currency: str | None = None,
    pg: str | None = None,
    buyer_name: str | None = None,
    buyer_email: str | None = None,
    buyer_tel: str | None = None,
    buyer_addr: str | None = None,
    buyer_postcode: str | None = None,
    custom_data: str | None = None,
    notice_url: NoticeUrl | None = None,
) -> Call[Payment]:
    """Charge a foreign card once (deprecated ``POST /subscribe/payments/foreign``).

    Prefer :meth:`pay_onetime` with a gateway that accepts foreign cards.

    Raises:
        ValidationError: Bad card data or amount, before anything is sent.
        PaymentFailedError: The card was declined.
        PaymentOutcomeUnknownError: No reliable answer; it was not resent.
    """
    given = dict(locals())
    return via("pay_foreign", card(dict(given)))


# ----------------------------------------------------------------------------- cancel (money)


def cancel(
    *,
    imp_uid: str | None = None,
    merchant_uid: str | None = None,
    amount: Amount | None = None,
    tax_free: Amount | None = None,
    vat_amount: Amount | None = None,
    checksum: Amount | None = None,
    reason: str | None = None,
    refund_holder: str | None = None,
    refund_bank: str | None = None,
    refund_account: str | None = None,
    refund_tel: str | None = None,
    retain_promotion: bool | None = None,
    enable_webhook: bool | None = None,
    extra: Mapping[str, Any] | None = None,
    currency: str | None = None,
) -> Call[Payment]:
    """Cancel (refund) a payment, fully or partly.

    Args:
        imp_uid: The payment (wins when both ids are given).
        merchant_uid: The order, when you do not have the imp_uid.
        amount: Part to cancel; ``None`` cancels the whole remaining balance.
        checksum: The balance you believe is still cancellable; the service refuses the
            cancel when it differs, so a repeated partial cancel cannot refund twice.
        refund_holder, refund_bank, refund_account: Refund account (virtual-account payments).
        extra: Gateway-specific extras, e.g. ``{"requester": "customer"}`` for Naver Pay.
        currency: The payment's currency, to check amounts here (not sent). ``"KRW"`` refuses
            fractions at once; without it, fractions such as ``Decimal("2.25")`` for a USD
            payment are sent unrounded and the service judges them against the payment.

    Returns:
        ``IamporterResult[Payment]`` with ``cancel_amount`` and ``cancel_history`` updated.

    Raises:
        ValidationError: Neither id given, or a bad amount, before anything is sent.
        APIError: The service refused (already cancelled, amount above the balance, checksum
            mismatch, ...); ``message`` says why.
        PaymentOutcomeUnknownError: No reliable answer; it was not resent. Look the payment up.
    """
    given = dict(locals())
    args = dict(given)
    money = args.pop("currency")
    if money is None:
        return via("cancel_payment", args)
    if not isinstance(money, str):
        raise ValidationError("currency", "must be a string")
    v.pattern("currency", money, "^[A-Z]{3}$")  # not sent: the currency amounts are in
    return via("cancel_payment", args, currency=money)


def cancel_by_imp_uid(
    imp_uid: str,
    *,
    amount: Amount | None = None,
    tax_free: Amount | None = None,
    vat_amount: Amount | None = None,
    checksum: Amount | None = None,
    reason: str | None = None,
    refund_holder: str | None = None,
    refund_bank: str | None = None,
    refund_account: str | None = None,
    refund_tel: str | None = None,
    retain_promotion: bool | None = None,
    enable_webhook: bool | None = None,
    extra: Mapping[str, Any] | None = None,
    currency: str | None = None,
) -> Call[Payment]:
    """Cancel the payment ``imp_uid``, fully or partly (see :meth:`cancel`)."""
    given = dict(locals())
    return cancel(**given)


def cancel_by_merchant_uid(
    merchant_uid: str,
    *,
    amount: Amount | None = None,
    tax_free: Amount | None = None,
    vat_amount: Amount | None = None,
    checksum: Amount | None = None,
    reason: str | None = None,
    refund_holder: str | None = None,
    refund_bank: str | None = None,
    refund_account: str | None = None,
    refund_tel: str | None = None,
    retain_promotion: bool | None = None,
    enable_webhook: bool | None = None,
    extra: Mapping[str, Any] | None = None,
    currency: str | None = None,
) -> Call[Payment]:
    """Cancel the payment of order ``merchant_uid``, fully or partly (see :meth:`cancel`)."""
    given = dict(locals())
    return cancel(**given)


# ----------------------------------------------------------------------------- lookups


def find_by_imp_uid(imp_uid: str, *, include_sandbox: bool | None = None) -> Call[Payment]:
    """Get a payment by its ``imp_uid``.

    Raises:
        NotFoundError: No such payment.
    """
    given = dict(locals())
    return via("get_payment", given)


def find_by_merchant_uid(
    merchant_uid: str, status: StatusName | None = None, *, sorting: Sorting | None = None
) -> Call[Payment]:
    """Get the latest payment of order ``merchant_uid`` (optionally only in ``status``).

    This is the lookup after a :class:`PaymentOutcomeUnknownError`.

    Raises:
        NotFoundError: The order has no (such) payment.
    """
    given = dict(locals())
    args = {k: x for k, x in given.items() if k != "status"}
    if status is None:
        return via("find_payment_by_merchant_uid", args)
    return via(
        "find_payment_by_merchant_uid_and_status",
        {**args, "payment_status": status},
        {"payment_status": "status"},
    )


def find_all_by_merchant_uid(
    merchant_uid: str,
    status: StatusName | None = None,
    *,
    page: int | None = None,
    limit: int | None = None,
    sorting: Sorting | None = None,
) -> Call[PaymentPage]:
    """List every payment attempt of order ``merchant_uid`` (optionally only in ``status``)."""
    given = dict(locals())
    if status is None:
        args = {k: x for k, x in given.items() if k != "status"}
        return via("find_all_payments_by_merchant_uid", args)
    return via(
        "find_all_payments_by_merchant_uid_and_status",
        {**{k: x for k, x in given.items() if k != "status"}, "payment_status": status},
        {"payment_status": "status"},
    )


def find_all_by_status(
    status: Literal["all", "ready", "paid", "cancelled", "failed"] = "all",
    *,
    page: int | None = None,
    limit: int | None = None,
    from_: Timestamp | None = None,
    to: Timestamp | None = None,
    sorting: Sorting | None = None,
) -> Call[PaymentPage]:
    """List payments in ``status`` (or ``all``), one page at a time.

    The window ``[from_, to]`` defaults to the 90 days before now and may not be longer.
    """
    given = dict(locals())
    args = {k: x for k, x in given.items() if k != "status"}
    args.update(payment_status=status, from_=v.timestamp("from_", from_), to=v.timestamp("to", to))
    return via("find_payments_by_status", args, {"payment_status": "status"})


def verify_payment(
    imp_uid: str,
    expected_amount: Amount,
    *,
    merchant_uid: str,
    expected_status: str | Iterable[str] = "paid",
    currency: str = "KRW",
) -> Call[Payment]:
    """Fetch a payment and check it against your order (the forgery check of a checkout).

    The browser can be tampered with; the only trustworthy amount is the one the service
    charged. Call this from the page your checkout posts ``imp_uid`` to, and from the webhook
    handler, with the amount from your own order record.

    Args:
        imp_uid: The payment to check; the answer must describe this very payment.
        expected_amount: The order's amount (int, Decimal or numeric string); compared exactly.
        expected_status: Accepted status or statuses (``"ready"`` too for virtual accounts).
        merchant_uid: Your order id (required): the payment must belong to it, or a payment
            of another order with the same amount would pass.
        currency: The order's currency; ``KRW 100`` does not pay a ``USD 100`` order.

    Returns:
        ``IamporterResult[Payment]`` when everything matches.

    Raises:
        PaymentVerificationError: Something differs (``err.problems`` says what,
            ``err.payment`` holds the payment).
        NotFoundError: No such payment.
    """
    expected = v.to_decimal("expected_amount", expected_amount)
    accepted = _status_set(expected_status)
    # The order and currency are checked as the spec checks them where they are sent.
    via("find_payment_by_merchant_uid", {"merchant_uid": merchant_uid})
    if not isinstance(currency, str):
        raise ValidationError("currency", "must be a string")
    v.pattern("currency", currency, "^[A-Z]{3}$")
    call = via("get_payment", {"imp_uid": imp_uid})
    iid, order, money = imp_uid, merchant_uid, currency

    def check(result: IamporterResult[Payment]) -> None:
        payment = result.data
        # str() of the parsed JSON number is exact (ints stay ints; floats print their shortest
        # round-tripping form), so this is a decimal comparison, never a float one.
        charged = Decimal(str(payment.amount))
        paid_in = payment.currency if isinstance(payment.currency, str) else "KRW"
        problems = []
        if payment.imp_uid != iid:
            problems.append(f"the answer describes payment {payment.imp_uid!r}, not {iid!r}")
        if payment.merchant_uid != order:
            problems.append(f"merchant_uid {payment.merchant_uid!r} != order {order!r}")
        if charged != expected:
            problems.append(f"amount {charged} != expected {expected}")
        if paid_in.upper() != money.upper():
            problems.append(f"currency {paid_in!r} != expected {money!r}")
        if payment.status.value not in accepted:
            problems.append(f"status {payment.status.value!r} not in {accepted}")
        if problems:
            raise PaymentVerificationError(
                f"payment {iid!r} does not match the order: {'; '.join(problems)}",
                payment=payment,
                expected_amount=expected,
                expected_status=accepted,
                problems=tuple(problems),
                status=result.status,
                raw=result.raw,
            )

    return call.for_order(order, check)


# ----------------------------------------------------------------------------- prepare


def create_prepared_payment(
    *, merchant_uid: str, amount: Amount, currency: str | None = None
) -> Call[PreparedPayment]:
    """Pre-register the amount order ``merchant_uid`` must be paid with.

    A payment of that order with any other amount is then refused by the service.
    """
    given = dict(locals())
    return via("prepare_payment", given)


def get_prepared_payment(merchant_uid: str) -> Call[PreparedPayment]:
    """Get the amount pre-registered for order ``merchant_uid``."""
    given = dict(locals())
    return via("get_prepared_payment", given)


# ----------------------------------------------------------------------------- certifications


def get_certification(imp_uid: str) -> Call[Certification]:
    """Get the result of an SMS identity verification."""
    given = dict(locals())
    return via("get_certification", given)


def delete_certification(imp_uid: str) -> Call[Certification]:
    """Delete the stored result of an identity verification and return it one last time."""
    given = dict(locals())
    return via("delete_certification", given)


# ----------------------------------------------------------------------------- virtual accounts


def create_vbank(
    *,
    merchant_uid: str,
    amount: Amount,
    vbank_code: str,
    vbank_due: Timestamp,
    vbank_holder: str | None = None,
    name: str | None = None,
    channel_key: str | None = None,
    buyer_name: str | None = None,
    buyer_email: str | None = None,
    buyer_tel: str | None = None,
    buyer_addr: str | None = None,
    buyer_postcode: str | None = None,
    notice_url: NoticeUrl | None = None,
    custom_data: str | None = None,
    tax_free: Amount | None = None,
    vat_amount: Amount | None = None,
    product_type: Literal["real", "digital"] | None = None,
    product_count: int | None = None,
    vbank_num: str | None = None,
    vbank_key: str | None = None,
    business_registration_number: str | None = None,
    escrow_password: str | None = None,
    fixed_unlimited_vbank: bool | None = None,
    pg_api_key: str | None = None,
) -> Call[Payment]:
    """Issue a virtual bank account for order ``merchant_uid``.

    The returned payment is ``ready``; it becomes ``paid`` when the deposit arrives (you get
    a webhook at ``notice_url``).

    Raises:
        ValidationError: Bad arguments, before anything is sent.
        PaymentOutcomeUnknownError: No reliable answer; it was not resent.
    """
    given = dict(locals())
    args = dict(given)
    args["vbank_due"] = v.timestamp("vbank_due", vbank_due)
    return via("create_vbank", args)
