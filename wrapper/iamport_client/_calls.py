"""One builder per client method: validate arguments, build the generated operation's request,
say how to parse the payload and how risky the request is.

``Iamporter`` and ``AsyncIamporter`` expose these as methods with identical signatures and
docstrings (see ``_client.py``); so the text below is what users read in ``help()``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from decimal import ROUND_FLOOR, Decimal
from typing import TYPE_CHECKING, Any, Literal, NotRequired, TypedDict

from . import _validation as v
from ._core import Call
from ._errors import (
    InvalidResponseError,
    PaymentVerificationError,
    ValidationError,
)
from ._result import AccessToken, IamporterResult

if TYPE_CHECKING:
    from iamport_api.models import (
        BillingKey,
        Certification,
        Payment,
        PaymentPage,
        PreparedPayment,
        Schedule,
        SchedulePage,
    )

Amount = v.Amount
Timestamp = int | datetime
NoticeUrl = str | Sequence[str]
Sorting = Literal["-started", "started", "-paid", "paid", "-updated", "updated"]
StatusName = Literal["ready", "paid", "cancelled", "failed"]


class CardDetails(TypedDict):
    """The card fields every card-charging method takes, to pass as ``**card``.

    ``card_number`` and ``expiry`` are required; ``birth``, ``pwd_2digit`` and ``cvc`` as the
    gateway wants them. For example ``client.pay_onetime(merchant_uid=..., amount=..., **card)``
    or ``client.billing_keys.create(customer_uid, **card)``.
    """

    card_number: str
    expiry: str
    birth: NotRequired[str]
    pwd_2digit: NotRequired[str]
    cvc: NotRequired[str]


class BuyerDetails(TypedDict, total=False):
    """The buyer fields of a payment, to pass as ``**buyer``."""

    buyer_name: str
    buyer_email: str
    buyer_tel: str
    buyer_addr: str
    buyer_postcode: str


class ScheduledPayment(TypedDict, total=False):
    """One future charge for :meth:`schedule_payments`.

    ``merchant_uid``, ``schedule_at`` and ``amount`` are required.
    """

    merchant_uid: str
    schedule_at: Timestamp
    amount: Amount
    currency: str
    tax_free: Amount
    vat_amount: Amount
    name: str
    buyer_name: str
    buyer_email: str
    buyer_tel: str
    buyer_addr: str
    buyer_postcode: str
    custom_data: str
    notice_url: NoticeUrl
    card_quota: int
    product_type: Literal["real", "digital"]
    interest_free_by_merchant: bool
    use_card_point: bool
    product_count: int
    cash_receipt_type: Literal["person", "company", "anonymous"]
    browser_ip: str
    bypass: str
    promotion_id: str
    extra: Mapping[str, Any]


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


# ----------------------------------------------------------------------------- helpers

_TABLES: dict[str, tuple[Any, frozenset[str], Any]] = {}


def _via(
    name: str,
    args: Mapping[str, Any],
    /,
    rename: Mapping[str, str] | None = None,
    currency: Any = ...,
) -> Call[Any]:
    """The call of spec operation ``name``, built and checked by its resource twin's table.

    A seed method is a thin alias of ``client.<resource>.<method>``: it renames arguments
    (``rename`` maps the twin's names to the seed's, so errors name the seed's argument) and
    adds its own conveniences (dashed card numbers, datetimes), but checks nothing itself: the
    one validator of ``_resource.build`` does, so the two surfaces cannot drift.
    """
    found = _TABLES.get(name)
    if found is None:  # first use: load the generated tables (not at import: import time)
        from . import _resources
        from ._resource import build

        table = getattr(_resources, f"_{name.upper()}")
        found = _TABLES[name] = (table, frozenset(f.py for f in table.fields), build)
    table, names, build = found
    if not names.issuperset(args):  # a seed argument its twin does not know: never dropped
        raise TypeError(f"{name}: no such argument(s) {sorted(set(args) - names)}")
    try:
        return build(table, args, None, currency)
    except ValidationError as exc:
        head = re.split(r"[.\[]", exc.field, maxsplit=1)[0]
        if not rename or head not in rename:
            raise
        problem = str(exc)[len(exc.field) + 2 :]
        raise ValidationError(rename[head] + exc.field[len(head) :], problem) from None


def _dashed(card_number: object) -> object:
    """A seed convenience: ``4242424242424242`` or ``4242 4242 4242 4242`` in the dashed form
    the spec wants. Anything else is passed on unchanged, for the validator to judge."""
    if not isinstance(card_number, str):
        return card_number
    match = _GROUPED.fullmatch(card_number)
    if match is None:
        return card_number
    return "-".join(part for part in match.groups() if part and part not in (" ", "-"))


#: AMEX's 15 digits (4-6-5) or 16 in fours, separated alike by nothing, a space or a dash.
_GROUPED = re.compile(
    r"([0-9]{4})([ -]?)([0-9]{6})\2([0-9]{5})"
    r"|([0-9]{4})([ -]?)([0-9]{4})\6([0-9]{4})\6([0-9]{3,4})",
    re.ASCII,
)


def _card(given: dict[str, Any]) -> dict[str, Any]:
    if "card_number" in given:
        given["card_number"] = _dashed(given["card_number"])
    return given


def _status_set(expected: str | Iterable[str]) -> tuple[str, ...]:
    items = (expected,) if isinstance(expected, str) else tuple(expected)  # enums are str
    if not items:
        raise ValidationError("expected_status", "must name at least one status")
    return tuple(v.one_of("expected_status", item) for item in items)


# ----------------------------------------------------------------------------- auth


def get_token(api_key: str, secret: str) -> Call[AccessToken]:
    """Build the getToken call (used by the clients' ``get_token`` and their token cache)."""
    call = _via(
        "get_token",
        {"imp_key": api_key, "imp_secret": secret},
        {"imp_key": "api_key", "imp_secret": "secret"},
    )
    return replace(call, parse=_token)


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
    return _via("issue_billing_key", _card(dict(given)))


def get_subscription(customer_uid: str) -> Call[BillingKey]:
    """Get the billing key stored under ``customer_uid``.

    Raises:
        NotFoundError: No such billing key.
    """
    given = dict(locals())
    return _via("get_billing_key", given)


def delete_subscription(customer_uid: str, *, reason: str | None = None) -> Call[BillingKey]:
    """Delete the billing key stored under ``customer_uid`` and return it one last time.

    Raises:
        NotFoundError: No such billing key.
    """
    given = dict(locals())
    return _via("delete_billing_key", given)


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
    return _via("pay_again", given)


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
    return _via("pay_onetime", _card(dict(given)))


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
    return _via("pay_foreign", _card(dict(given)))


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
        return _via("cancel_payment", args)
    if not isinstance(money, str):
        raise ValidationError("currency", "must be a string")
    v.pattern("currency", money, "^[A-Z]{3}$")  # not sent: the currency amounts are in
    return _via("cancel_payment", args, currency=money)


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
    return _via("get_payment", given)


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
        return _via("find_payment_by_merchant_uid", args)
    return _via(
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
        return _via("find_all_payments_by_merchant_uid", args)
    return _via(
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
    return _via("find_payments_by_status", args, {"payment_status": "status"})


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
    _via("find_payment_by_merchant_uid", {"merchant_uid": merchant_uid})
    if not isinstance(currency, str):
        raise ValidationError("currency", "must be a string")
    v.pattern("currency", currency, "^[A-Z]{3}$")
    call = _via("get_payment", {"imp_uid": imp_uid})
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

    return replace(call, merchant_uid=order, check=check)


# ----------------------------------------------------------------------------- prepare


def create_prepared_payment(
    *, merchant_uid: str, amount: Amount, currency: str | None = None
) -> Call[PreparedPayment]:
    """Pre-register the amount order ``merchant_uid`` must be paid with.

    A payment of that order with any other amount is then refused by the service.
    """
    given = dict(locals())
    return _via("prepare_payment", given)


def get_prepared_payment(merchant_uid: str) -> Call[PreparedPayment]:
    """Get the amount pre-registered for order ``merchant_uid``."""
    given = dict(locals())
    return _via("get_prepared_payment", given)


# ----------------------------------------------------------------------------- certifications


def get_certification(imp_uid: str) -> Call[Certification]:
    """Get the result of an SMS identity verification."""
    given = dict(locals())
    return _via("get_certification", given)


def delete_certification(imp_uid: str) -> Call[Certification]:
    """Delete the stored result of an identity verification and return it one last time."""
    given = dict(locals())
    return _via("delete_certification", given)


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
    return _via("create_vbank", args)


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
    args = _card(dict(given))
    listed: object = schedules
    if isinstance(listed, list | tuple):
        args["schedules"] = [_schedule_item(i, item) for i, item in enumerate(listed)]
    return _via("schedule_payments", args)


def unschedule_payments(
    *, customer_uid: str | None = None, merchant_uids: str | Sequence[str] | None = None
) -> Call[list[Schedule]]:
    """Revoke schedules that have not run: the given orders, or all of ``customer_uid``."""
    args = {"customer_uid": customer_uid, "merchant_uid": merchant_uids}
    return _via("unschedule_payments", args, {"merchant_uid": "merchant_uids"})


def get_schedule(merchant_uid: str) -> Call[Schedule]:
    """Get the schedule registered for order ``merchant_uid``."""
    given = dict(locals())
    return _via("get_schedule", given)


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
        return _via("find_schedules_by_customer", args, {"schedule_status": "status"})
    return _via(
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
