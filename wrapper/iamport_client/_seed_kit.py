"""What the seed builders (``_calls.py``, ``_calls_subscriptions.py``) share: the types of
their arguments, :func:`via` (a seed method's call, built and checked by its resource twin's
operation table) and the conveniences the seed methods add (dashed card numbers).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Literal, NotRequired, TypedDict

from . import _validation as v
from ._core import Call
from ._errors import ValidationError

__all__ = [
    "Amount",
    "BuyerDetails",
    "CardDetails",
    "NoticeUrl",
    "ScheduledPayment",
    "Sorting",
    "StatusName",
    "Timestamp",
    "card",
    "dashed",
    "via",
]

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


# ----------------------------------------------------------------------------- helpers

_TABLES: dict[str, tuple[Any, frozenset[str], Any]] = {}


def via(
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
    one validator (``_build.build``) does, so the two surfaces cannot drift.
    """
    found = _TABLES.get(name)
    if found is None:  # first use: load the generated tables (not at import: import time)
        from . import _resources
        from ._build import build

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


def dashed(card_number: object) -> object:
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


def card(given: dict[str, Any]) -> dict[str, Any]:
    if "card_number" in given:
        given["card_number"] = dashed(given["card_number"])
    return given
