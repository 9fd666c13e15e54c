"""Input checks run before anything is sent.

A bad card number or a negative amount caught here costs nothing; caught by the gateway it costs
a round trip, and on some gateways a failed payment record. Messages never echo card data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal, InvalidOperation

from ._errors import ValidationError

__all__ = [
    "Amount",
    "amount_to_json",
    "card_birth",
    "card_cvc",
    "card_expiry",
    "card_number",
    "card_password",
    "optional_amount",
    "required_text",
    "timestamp",
    "to_decimal",
]

#: Money as callers may pass it: never a binary float.
Amount = int | Decimal | str

# ASCII digits only: ``\d`` would also accept "４２４２" or "١٢٣", which no card network knows.
_DIGITS = re.compile(r"[0-9]+")
_EXPIRY = re.compile(r"([0-9]{4})-([0-9]{2})")
_BIRTH = re.compile(r"[0-9]{6}|[0-9]{10}")
_PWD2 = re.compile(r"[0-9]{2}")
_CVC = re.compile(r"[0-9]{3,4}")
_CURRENCY = re.compile(r"[A-Z]{3}")
#: An HTTP header value we send (a token, a tier code): visible ASCII, no space, no CR/LF.
HEADER_VALUE = re.compile(r"[\x21-\x7e]+")
#: Money beyond these is no amount any gateway takes, and converting it could pin a core
#: (``Decimal("1e1000000")`` as an int has a million digits).
MAX_AMOUNT_TEXT = 40
MAX_AMOUNT_DIGITS = 20
MAX_AMOUNT_EXPONENT = 15

MERCHANT_UID_MAX = 40
CUSTOMER_UID_MAX = 80
PAYMENT_STATUSES = ("ready", "paid", "cancelled", "failed")


def required_text(field: str, value: object, max_length: int | None = None) -> str:
    """Return ``value`` if it is a non-empty string of at most ``max_length`` characters.

    ``.`` and ``..`` are refused: as a path segment, URL normalisation would turn them into
    another endpoint (``find_by_merchant_uid("..", "paid")`` would become ``GET /payments/paid``).
    """
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(field, "must be a non-empty string")
    if max_length is not None and len(value) > max_length:
        raise ValidationError(field, f"must be at most {max_length} characters (got {len(value)})")
    if value in (".", ".."):
        raise ValidationError(field, "may not be '.' or '..'")
    return value


def currency(field: str, value: object) -> str | None:
    """Check an ISO 4217 currency code (``KRW``, ``USD``...); ``None`` means the default."""
    if value is None:
        return None
    if not isinstance(value, str) or not _CURRENCY.fullmatch(value):
        raise ValidationError(field, "must be a 3-letter currency code such as KRW or USD")
    return value


def card_number(value: object) -> str:
    """Normalise a card number to the dashed form the service wants.

    Accepts 16 digits (``dddd-dddd-dddd-dddd``) or 15 digits (AMEX, ``dddd-dddddd-ddddd``),
    with or without dashes or spaces.
    """
    if not isinstance(value, str):
        raise ValidationError("card_number", "must be a string like dddd-dddd-dddd-dddd")
    digits = value.replace("-", "").replace(" ", "")
    if not _DIGITS.fullmatch(digits) or len(digits) not in (15, 16):
        raise ValidationError("card_number", "must be 15 or 16 digits, like dddd-dddd-dddd-dddd")
    if len(digits) == 16:
        return f"{digits[:4]}-{digits[4:8]}-{digits[8:12]}-{digits[12:]}"
    return f"{digits[:4]}-{digits[4:10]}-{digits[10:]}"


def card_expiry(value: object) -> str:
    """Check a card expiry in ``YYYY-MM`` form."""
    match = _EXPIRY.fullmatch(value) if isinstance(value, str) else None
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise ValidationError("expiry", "must be YYYY-MM with a month from 01 to 12")
    return str(value)


def card_birth(value: object) -> str:
    """Check a birth date ``YYMMDD`` or a 10-digit business registration number."""
    if not isinstance(value, str) or not _BIRTH.fullmatch(value):
        raise ValidationError("birth", "must be 6 digits (YYMMDD) or a 10-digit business number")
    return value


def card_password(value: object) -> str:
    """Check the first two digits of the card password."""
    if not isinstance(value, str) or not _PWD2.fullmatch(value):
        raise ValidationError("pwd_2digit", "must be exactly 2 digits")
    return value


def card_cvc(value: object) -> str:
    """Check a card security code (3 digits, 4 for AMEX)."""
    if not isinstance(value, str) or not _CVC.fullmatch(value):
        raise ValidationError("cvc", "must be 3 or 4 digits")
    return value


def to_decimal(field: str, value: object) -> Decimal:
    """Convert money to an exact Decimal; floats and bools are refused.

    A binary float cannot hold most decimal amounts exactly, so the client never accepts one
    as money: pass an int, a Decimal or a numeric string.
    """
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise ValidationError(field, "must be an int, a Decimal or a numeric string (not a float)")
    if isinstance(value, str):
        text = value.strip()
        if len(text) > MAX_AMOUNT_TEXT or not text.isascii():
            raise ValidationError(field, "is not a plain decimal number")
        value = text
    elif isinstance(value, int) and value.bit_length() > 64:
        raise ValidationError(field, "is too large to be an amount")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ValidationError(field, "is not a number") from None
    if not number.is_finite():
        raise ValidationError(field, "must be a finite number")
    if number.is_zero():
        return Decimal(0)  # also "0E+1000000", whose exponent alone is absurd
    # Checked on the exponent and digit count, before anything converts the number.
    if (
        len(number.as_tuple().digits) > MAX_AMOUNT_DIGITS
        or not -MAX_AMOUNT_DIGITS <= number.adjusted() <= MAX_AMOUNT_EXPONENT
    ):
        raise ValidationError(field, "is too large or too precise to be an amount")
    return number


def amount_to_json(field: str, value: object, *, currency: str | None = None) -> int | Decimal:
    """Check a positive amount and convert it for the JSON body.

    Whole amounts are sent as integers. Won (the default currency) has no minor unit, so a
    fractional KRW amount is refused.
    """
    number = to_decimal(field, value)
    if number <= 0:
        raise ValidationError(field, "must be greater than 0")
    return _json_number(field, number, currency or "KRW")


def optional_amount(field: str, value: object, *, currency: str | None = None) -> int | Decimal:
    """Like :func:`amount_to_json` but 0 is allowed (tax_free, checksum, cancel amount).

    With ``currency=None`` the currency is not known here (a cancel names only the payment):
    fractions are allowed and the service checks them against the payment's currency.
    """
    number = to_decimal(field, value)
    if number < 0:
        raise ValidationError(field, "must not be negative")
    return _json_number(field, number, currency)


def _json_number(field: str, number: Decimal, currency: str | None) -> int | Decimal:
    if number == number.to_integral_value():
        return int(number)
    if currency is not None and currency.upper() == "KRW":
        raise ValidationError(field, "KRW amounts must be whole numbers")
    # A non-integral amount (USD cents) stays a Decimal: the body is written exactly (_json.py).
    return number


def timestamp(field: str, value: object) -> int:
    """Accept unix seconds or an aware datetime and return unix seconds."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValidationError(field, "datetime must be timezone-aware")
        return int(value.timestamp())
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "must be unix seconds (int) or an aware datetime")
    if value < 0:
        raise ValidationError(field, "must not be negative")
    return value


def one_of(field: str, value: object, allowed: Iterable[str] = PAYMENT_STATUSES) -> str:
    """Check a value (a payment status by default) against a closed set of strings."""
    options = tuple(allowed)
    raw = getattr(value, "value", value)
    if not isinstance(raw, str) or raw not in options:
        raise ValidationError(field, f"must be one of {', '.join(options)}")
    return raw
