"""One builder per client method: validate arguments, build the generated operation's request,
say how to parse the payload and how risky the request is.

``Iamporter`` and ``AsyncIamporter`` expose these as methods with identical signatures and
docstrings (see ``_client.py``); so the text below is what users read in ``help()``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, TypedDict

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
    """Unix seconds from a token answer; ``1700000000.0`` is taken as the whole number it is."""
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return int(value)  # the client decodes fractions as Decimal
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidResponseError(f"the token answer's {name} is not unix seconds")
    return value


# ----------------------------------------------------------------------------- helpers


def _present(**fields: Any) -> dict[str, Any]:
    """The JSON body: every argument that was given."""
    return {key: value for key, value in fields.items() if value is not None}


_TABLES: dict[str, Any] = {}


def _via(name: str, body: Mapping[str, Any] | None = None, /, **args: Any) -> Call[Any]:
    """The call of spec operation ``name``, built by its resource twin's generated table.

    A seed method checks and normalises its arguments by hand (card numbers, amounts, ids),
    then hands them here: the request is then exactly the one ``client.<resource>.<method>``
    sends (same route, same risk class, same spec checks), so the two surfaces cannot drift.
    ``args`` are path and query values (``None`` leaves one out); ``body`` the JSON body.
    """
    found = _TABLES.get(name)
    if found is None:  # first use: load the generated tables (not at import: import time)
        from . import _resources
        from ._resource import build

        found = _TABLES[name] = (getattr(_resources, f"_{name.upper()}"), build)
    table, build = found
    return build(table, args, body)


def _optional_money(
    field: str, value: Amount | None, currency: str | None = "KRW"
) -> int | Decimal | None:
    """A non-negative amount for the body, or ``None`` when the caller gave none.

    ``currency=None``: not known here (cancels); fractions are left to the service to judge.
    """
    return None if value is None else v.optional_amount(field, value, currency=currency)


def _notice_url(value: NoticeUrl | None) -> str | list[str] | None:
    if value is None or isinstance(value, str):
        return value
    urls = list(value)
    if not all(isinstance(url, str) for url in urls):
        raise ValidationError("notice_url", "must be a URL or a list of URLs")
    return urls


def _card_fields(
    card_number: str | None,
    expiry: str | None,
    birth: str | None,
    pwd_2digit: str | None,
    cvc: str | None,
) -> dict[str, str]:
    return _present(
        card_number=None if card_number is None else v.card_number(card_number),
        expiry=None if expiry is None else v.card_expiry(expiry),
        birth=None if birth is None else v.card_birth(birth),
        pwd_2digit=None if pwd_2digit is None else v.card_password(pwd_2digit),
        cvc=None if cvc is None else v.card_cvc(cvc),
    )


def _sorting(sorting: str | None) -> Any:
    from iamport_api.models.payment_sorting import PaymentSorting

    if sorting is None:
        return None
    options = tuple(item.value for item in PaymentSorting)
    return PaymentSorting(v.one_of("sorting", sorting, options))


def _status_set(expected: str | Iterable[str]) -> tuple[str, ...]:
    items = (expected,) if isinstance(expected, str) else tuple(expected)  # enums are str
    if not items:
        raise ValidationError("expected_status", "must name at least one status")
    return tuple(v.one_of("expected_status", item) for item in items)


# ----------------------------------------------------------------------------- auth


def get_token(api_key: str, secret: str) -> Call[AccessToken]:
    """Build the getToken call (used by the clients' ``get_token`` and their token cache)."""
    body = {
        "imp_key": v.required_text("api_key", api_key),
        "imp_secret": v.required_text("secret", secret),
    }
    return replace(_via("get_token", body), parse=_token)


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
    uid = v.required_text("customer_uid", customer_uid, v.CUSTOMER_UID_MAX)
    body = _present(
        **_card_fields(card_number, expiry, birth, pwd_2digit, cvc),
        pg=pg,
        channel_key=channel_key,
        channel_group_id=channel_group_id,
        customer_id=customer_id,
        customer_name=customer_name,
        customer_tel=customer_tel,
        customer_email=customer_email,
        customer_addr=customer_addr,
        customer_postcode=customer_postcode,
    )
    return _via("issue_billing_key", body, customer_uid=uid)


def get_subscription(customer_uid: str) -> Call[BillingKey]:
    """Get the billing key stored under ``customer_uid``.

    Raises:
        NotFoundError: No such billing key.
    """
    uid = v.required_text("customer_uid", customer_uid, v.CUSTOMER_UID_MAX)
    return _via("get_billing_key", customer_uid=uid)


def delete_subscription(customer_uid: str, *, reason: str | None = None) -> Call[BillingKey]:
    """Delete the billing key stored under ``customer_uid`` and return it one last time.

    Raises:
        NotFoundError: No such billing key.
    """
    uid = v.required_text("customer_uid", customer_uid, v.CUSTOMER_UID_MAX)
    return _via("delete_billing_key", customer_uid=uid, reason=reason)


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
    mid = v.required_text("merchant_uid", merchant_uid, v.MERCHANT_UID_MAX)
    body = _present(
        customer_uid=v.required_text("customer_uid", customer_uid, v.CUSTOMER_UID_MAX),
        merchant_uid=mid,
        amount=v.amount_to_json("amount", amount, currency=v.currency("currency", currency)),
        name=v.required_text("name", name, 40),
        currency=currency,
        tax_free=_optional_money("tax_free", tax_free, currency or "KRW"),
        vat_amount=_optional_money("vat_amount", vat_amount, currency or "KRW"),
        buyer_name=buyer_name,
        buyer_email=buyer_email,
        buyer_tel=buyer_tel,
        buyer_addr=buyer_addr,
        buyer_postcode=buyer_postcode,
        card_quota=card_quota,
        interest_free_by_merchant=interest_free_by_merchant,
        use_card_point=use_card_point,
        custom_data=custom_data,
        notice_url=_notice_url(notice_url),
        browser_ip=browser_ip,
        product_type=product_type,
        product_count=product_count,
        cash_receipt_type=cash_receipt_type,
        promotion_id=promotion_id,
        channel_key=channel_key,
        bypass=bypass,
        extra=extra,
    )
    return _via("pay_again", body)


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
    mid = v.required_text("merchant_uid", merchant_uid, v.MERCHANT_UID_MAX)
    body = _present(
        merchant_uid=mid,
        amount=v.amount_to_json("amount", amount, currency=v.currency("currency", currency)),
        **_card_fields(card_number, expiry, birth, pwd_2digit, cvc),
        customer_uid=None
        if customer_uid is None
        else v.required_text("customer_uid", customer_uid, v.CUSTOMER_UID_MAX),
        name=name,
        currency=currency,
        tax_free=_optional_money("tax_free", tax_free, currency or "KRW"),
        vat_amount=_optional_money("vat_amount", vat_amount, currency or "KRW"),
        pg=pg,
        channel_key=channel_key,
        buyer_name=buyer_name,
        buyer_email=buyer_email,
        buyer_tel=buyer_tel,
        buyer_addr=buyer_addr,
        buyer_postcode=buyer_postcode,
        card_quota=card_quota,
        interest_free_by_merchant=interest_free_by_merchant,
        use_card_point=use_card_point,
        custom_data=custom_data,
        notice_url=_notice_url(notice_url),
        browser_ip=browser_ip,
        product_type=product_type,
        promotion_id=promotion_id,
        channel_group_id=channel_group_id,
        secure_3d_charge_id=secure_3d_charge_id,
        secure_3d_token=secure_3d_token,
        bypass=bypass,
    )
    return _via("pay_onetime", body)


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
    mid = v.required_text("merchant_uid", merchant_uid, v.MERCHANT_UID_MAX)
    body = _present(
        merchant_uid=mid,
        amount=v.amount_to_json("amount", amount, currency=v.currency("currency", currency)),
        **_card_fields(card_number, expiry, None, None, cvc),
        name=name,
        currency=currency,
        pg=pg,
        buyer_name=buyer_name,
        buyer_email=buyer_email,
        buyer_tel=buyer_tel,
        buyer_addr=buyer_addr,
        buyer_postcode=buyer_postcode,
        custom_data=custom_data,
        notice_url=_notice_url(notice_url),
    )
    return _via("pay_foreign", body)


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
    if imp_uid is None and merchant_uid is None:
        raise ValidationError("imp_uid", "give imp_uid or merchant_uid")
    iid = None if imp_uid is None else v.required_text("imp_uid", imp_uid)
    mid = (
        None
        if merchant_uid is None
        else v.required_text("merchant_uid", merchant_uid, v.MERCHANT_UID_MAX)
    )
    money = v.currency("currency", currency)
    refund = (refund_holder, refund_bank, refund_account)
    if any(part is not None for part in refund) and not all(part for part in refund):
        raise ValidationError(
            "refund_account", "give refund_holder, refund_bank and refund_account together"
        )
    body = _present(
        imp_uid=iid,
        merchant_uid=mid,
        amount=_optional_money("amount", amount, money),
        tax_free=_optional_money("tax_free", tax_free, money),
        vat_amount=_optional_money("vat_amount", vat_amount, money),
        checksum=_optional_money("checksum", checksum, money),
        reason=reason,
        refund_holder=refund_holder,
        refund_bank=refund_bank,
        refund_account=refund_account,
        refund_tel=refund_tel,
        retain_promotion=retain_promotion,
        enable_webhook=enable_webhook,
        extra=extra,
    )
    return _via("cancel_payment", body)


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
    return cancel(
        imp_uid=v.required_text("imp_uid", imp_uid),
        amount=amount,
        tax_free=tax_free,
        vat_amount=vat_amount,
        checksum=checksum,
        reason=reason,
        refund_holder=refund_holder,
        refund_bank=refund_bank,
        refund_account=refund_account,
        refund_tel=refund_tel,
        retain_promotion=retain_promotion,
        enable_webhook=enable_webhook,
        extra=extra,
        currency=currency,
    )


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
    return cancel(
        merchant_uid=v.required_text("merchant_uid", merchant_uid, v.MERCHANT_UID_MAX),
        amount=amount,
        tax_free=tax_free,
        vat_amount=vat_amount,
        checksum=checksum,
        reason=reason,
        refund_holder=refund_holder,
        refund_bank=refund_bank,
        refund_account=refund_account,
        refund_tel=refund_tel,
        retain_promotion=retain_promotion,
        enable_webhook=enable_webhook,
        extra=extra,
        currency=currency,
    )


# ----------------------------------------------------------------------------- lookups


def find_by_imp_uid(imp_uid: str, *, include_sandbox: bool | None = None) -> Call[Payment]:
    """Get a payment by its ``imp_uid``.

    Raises:
        NotFoundError: No such payment.
    """
    iid = v.required_text("imp_uid", imp_uid)
    return _via("get_payment", imp_uid=iid, include_sandbox=include_sandbox)


def find_by_merchant_uid(
    merchant_uid: str, status: StatusName | None = None, *, sorting: Sorting | None = None
) -> Call[Payment]:
    """Get the latest payment of order ``merchant_uid`` (optionally only in ``status``).

    This is the lookup after a :class:`PaymentOutcomeUnknownError`.

    Raises:
        NotFoundError: The order has no (such) payment.
    """
    mid = v.required_text("merchant_uid", merchant_uid, v.MERCHANT_UID_MAX)
    sort = _sorting(sorting)
    if status is None:
        return _via("find_payment_by_merchant_uid", merchant_uid=mid, sorting=sort)
    state = v.one_of("status", status)
    return _via(
        "find_payment_by_merchant_uid_and_status",
        merchant_uid=mid,
        payment_status=state,
        sorting=sort,
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
    mid = v.required_text("merchant_uid", merchant_uid, v.MERCHANT_UID_MAX)
    paging: dict[str, Any] = {"page": page, "limit": limit, "sorting": _sorting(sorting)}
    if status is None:
        return _via("find_all_payments_by_merchant_uid", merchant_uid=mid, **paging)
    state = v.one_of("status", status)
    return _via(
        "find_all_payments_by_merchant_uid_and_status",
        merchant_uid=mid,
        payment_status=state,
        **paging,
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
    state = v.one_of("status", status, ("all", *v.PAYMENT_STATUSES))
    if limit is not None and not 1 <= limit <= 1000:
        raise ValidationError("limit", "must be between 1 and 1000")
    return _via(
        "find_payments_by_status",
        payment_status=state,
        page=page,
        limit=limit,
        from_=None if from_ is None else v.timestamp("from_", from_),
        to=None if to is None else v.timestamp("to", to),
        sorting=_sorting(sorting),
    )


def verify_payment(
    imp_uid: str,
    expected_amount: Amount,
    *,
    expected_status: str | Iterable[str] = "paid",
    merchant_uid: str | None = None,
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
        merchant_uid: Your order id: the payment must belong to it (always pass it; a payment
            of another order with the same amount would otherwise pass).
        currency: The order's currency; ``KRW 100`` does not pay a ``USD 100`` order.

    Returns:
        ``IamporterResult[Payment]`` when everything matches.

    Raises:
        PaymentVerificationError: Something differs (``err.problems`` says what,
            ``err.payment`` holds the payment).
        NotFoundError: No such payment.
    """
    iid = v.required_text("imp_uid", imp_uid)
    expected = v.to_decimal("expected_amount", expected_amount)
    accepted = _status_set(expected_status)
    order = None if merchant_uid is None else v.required_text("merchant_uid", merchant_uid)
    money = v.currency("currency", currency) or "KRW"

    def check(result: IamporterResult[Payment]) -> None:
        payment = result.data
        # str() of the parsed JSON number is exact (ints stay ints; floats print their shortest
        # round-tripping form), so this is a decimal comparison, never a float one.
        charged = Decimal(str(payment.amount))
        paid_in = payment.currency if isinstance(payment.currency, str) else "KRW"
        problems = []
        if payment.imp_uid != iid:
            problems.append(f"the answer describes payment {payment.imp_uid!r}, not {iid!r}")
        if order is not None and payment.merchant_uid != order:
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

    return replace(_via("get_payment", imp_uid=iid), merchant_uid=order, check=check)


# ----------------------------------------------------------------------------- prepare


def create_prepared_payment(
    *, merchant_uid: str, amount: Amount, currency: str | None = None
) -> Call[PreparedPayment]:
    """Pre-register the amount order ``merchant_uid`` must be paid with.

    A payment of that order with any other amount is then refused by the service.
    """
    mid = v.required_text("merchant_uid", merchant_uid, v.MERCHANT_UID_MAX)
    body = _present(
        merchant_uid=mid,
        amount=v.amount_to_json("amount", amount, currency=v.currency("currency", currency)),
        currency=currency,
    )
    return _via("prepare_payment", body)


def get_prepared_payment(merchant_uid: str) -> Call[PreparedPayment]:
    """Get the amount pre-registered for order ``merchant_uid``."""
    mid = v.required_text("merchant_uid", merchant_uid, v.MERCHANT_UID_MAX)
    return _via("get_prepared_payment", merchant_uid=mid)


# ----------------------------------------------------------------------------- certifications


def get_certification(imp_uid: str) -> Call[Certification]:
    """Get the result of an SMS identity verification."""
    iid = v.required_text("imp_uid", imp_uid)
    return _via("get_certification", imp_uid=iid)


def delete_certification(imp_uid: str) -> Call[Certification]:
    """Delete the stored result of an identity verification and return it one last time."""
    iid = v.required_text("imp_uid", imp_uid)
    return _via("delete_certification", imp_uid=iid)


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
    mid = v.required_text("merchant_uid", merchant_uid, v.MERCHANT_UID_MAX)
    body = _present(
        merchant_uid=mid,
        amount=v.amount_to_json("amount", amount),
        vbank_code=v.required_text("vbank_code", vbank_code),
        vbank_due=v.timestamp("vbank_due", vbank_due),
        vbank_holder=vbank_holder,
        name=name,
        channel_key=channel_key,
        buyer_name=buyer_name,
        buyer_email=buyer_email,
        buyer_tel=buyer_tel,
        buyer_addr=buyer_addr,
        buyer_postcode=buyer_postcode,
        notice_url=_notice_url(notice_url),
        custom_data=custom_data,
        tax_free=_optional_money("tax_free", tax_free),
        vat_amount=_optional_money("vat_amount", vat_amount),
        product_type=product_type,
        product_count=product_count,
        vbank_num=vbank_num,
        vbank_key=vbank_key,
        business_registration_number=business_registration_number,
        escrow_password=escrow_password,
        fixed_unlimited_vbank=fixed_unlimited_vbank,
    )
    return _via("create_vbank", body, pg_api_key=pg_api_key)


# ----------------------------------------------------------------------------- schedules


def _schedule_item(index: int, item: Mapping[str, Any]) -> dict[str, Any]:
    where = f"schedules[{index}]"
    if not isinstance(item, Mapping):
        raise ValidationError(where, "must be a mapping (see ScheduledPayment)")
    unknown = set(item) - set(ScheduledPayment.__annotations__)
    if unknown:
        raise ValidationError(where, f"unknown fields: {', '.join(sorted(unknown))}")
    for key in ("merchant_uid", "schedule_at", "amount"):
        if key not in item:
            raise ValidationError(where, f"{key} is required")
    out = dict(item)
    out["merchant_uid"] = v.required_text(
        f"{where}.merchant_uid", item["merchant_uid"], v.MERCHANT_UID_MAX
    )
    out["schedule_at"] = v.timestamp(f"{where}.schedule_at", item["schedule_at"])
    money = v.currency(f"{where}.currency", item.get("currency")) or "KRW"
    out["amount"] = v.amount_to_json(f"{where}.amount", item["amount"], currency=money)
    for key in ("tax_free", "vat_amount"):
        if item.get(key) is not None:
            out[key] = v.optional_amount(f"{where}.{key}", item[key], currency=money)
    if item.get("notice_url") is not None:
        out["notice_url"] = _notice_url(item["notice_url"])
    return _present(**out)


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
    if isinstance(schedules, Mapping | str) or not schedules:
        raise ValidationError("schedules", "must be a non-empty list of ScheduledPayment")
    body = _present(
        customer_uid=v.required_text("customer_uid", customer_uid, v.CUSTOMER_UID_MAX),
        schedules=[_schedule_item(i, item) for i, item in enumerate(schedules)],
        customer_id=customer_id,
        checking_amount=checking_amount,
        **_card_fields(card_number, expiry, birth, pwd_2digit, cvc),
        pg=pg,
        channel_key=channel_key,
    )
    # An "outcome unknown" error names the first order: look that one up.
    return replace(
        _via("schedule_payments", body), merchant_uid=body["schedules"][0]["merchant_uid"]
    )


def unschedule_payments(
    *, customer_uid: str | None = None, merchant_uids: str | Sequence[str] | None = None
) -> Call[list[Schedule]]:
    """Revoke schedules that have not run: the given orders, or all of ``customer_uid``."""
    if customer_uid is None and merchant_uids is None:
        raise ValidationError("customer_uid", "give customer_uid or merchant_uids")
    ids: str | list[str] | None
    if merchant_uids is None or isinstance(merchant_uids, str):
        ids = merchant_uids
    else:
        ids = [v.required_text("merchant_uids", mid, v.MERCHANT_UID_MAX) for mid in merchant_uids]
        if not ids:
            raise ValidationError("merchant_uids", "must not be empty")
    body = _present(
        customer_uid=None
        if customer_uid is None
        else v.required_text("customer_uid", customer_uid, v.CUSTOMER_UID_MAX),
        merchant_uid=ids,
    )
    return _via("unschedule_payments", body)


def get_schedule(merchant_uid: str) -> Call[Schedule]:
    """Get the schedule registered for order ``merchant_uid``."""
    mid = v.required_text("merchant_uid", merchant_uid, v.MERCHANT_UID_MAX)
    return _via("get_schedule", merchant_uid=mid)


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
    start = v.timestamp("from_", from_)
    end = v.timestamp("to", to)
    if end <= start:
        raise ValidationError("to", "must be after from_")
    state = (
        None if status is None else v.one_of("status", status, ("scheduled", "executed", "revoked"))
    )
    if customer_uid is not None:
        if limit is not None or sorting is not None:
            raise ValidationError("limit", "limit and sorting are not supported by customer_uid")
        uid = v.required_text("customer_uid", customer_uid, v.CUSTOMER_UID_MAX)
        return _via(
            "find_schedules_by_customer",
            customer_uid=uid,
            from_=start,
            to=end,
            page=page,
            schedule_status=state,
        )
    return _via(
        "find_schedules",
        schedule_from=start,
        schedule_to=end,
        schedule_status=state,
        page=page,
        limit=limit,
        sorting=sorting,
    )
