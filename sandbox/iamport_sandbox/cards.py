"""Test cards understood by the sandbox and small helpers around card numbers.

Outcomes are decided by the card number alone (only the digits are compared, so
``4000-0000-0000-0002`` and ``4000000000000002`` are the same card):

===========================  ==========================================================
card number                  behaviour
===========================  ==========================================================
``4000-0000-0000-0002``      Declined ("[4000] 카드 한도초과"). Billing-key issue is refused
                             (HTTP 200, code 1, that message); a one-off payment is
                             stored with ``status: "failed"``, ``fail_reason`` and
                             ``failed_at``.
``4000-0000-0000-0051``      Insufficient funds ("[4051] 잔액부족"). Billing-key issue
                             *succeeds* (the card itself is valid), but every payment
                             with it (onetime, ``again``, scheduled) ends ``failed``.
                             Use it to test failing subscriptions.
``4000-0000-0000-0119``      Slow. The payment is recorded as ``ready`` (visible through
                             ``/payments/find/{merchant_uid}``), the server waits
                             ``slow_card_delay`` seconds (default 3.0) and then
                             completes it as ``paid`` and answers. A client with a
                             shorter timeout sees no answer although the money moved.
                             Billing-key issue and scheduled executions are not delayed.
any other well-formed number Approved.
===========================  ==========================================================

Whatever the number, a card whose ``expiry`` month lies before the current month of the
sandbox clock (Korean time; a card is valid to the end of its expiry month) is declined
("[4054] 유효기간 만료") like the decline card above: billing-key issue refused (code 1),
payments stored ``failed``. A billing key keeps its card's expiry, so charging it after
the sandbox clock has passed that month gives a ``failed`` payment too.

Accepted layouts: ``dddd-dddd-dddd-dddd``, ``dddd-dddd-dddd-ddd``, ``dddd-dddddd-ddddd``
(AMEX) or 15-16 bare digits. No Luhn check is made. Card numbers are never stored or
returned in full: payloads carry the masked form (first six digits, stars, last digit).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from enum import Enum


class CardBehaviour(Enum):
    """What the fake card network does with a card."""

    APPROVE = "approve"
    DECLINE = "decline"
    INSUFFICIENT_FUNDS = "insufficient_funds"
    SLOW = "slow"
    EXPIRED = "expired"


DECLINE_CARD = "4000000000000002"
INSUFFICIENT_FUNDS_CARD = "4000000000000051"
SLOW_CARD = "4000000000000119"

DECLINE_REASON = "[4000] 카드 한도초과"
INSUFFICIENT_FUNDS_REASON = "[4051] 잔액부족"
EXPIRED_REASON = "[4054] 유효기간 만료"
KST_OFFSET = 9 * 3600

TEST_CARDS: dict[str, CardBehaviour] = {
    DECLINE_CARD: CardBehaviour.DECLINE,
    INSUFFICIENT_FUNDS_CARD: CardBehaviour.INSUFFICIENT_FUNDS,
    SLOW_CARD: CardBehaviour.SLOW,
}

_LAYOUTS = (
    re.compile(r"\d{4}-\d{4}-\d{4}-\d{4}"),
    re.compile(r"\d{4}-\d{4}-\d{4}-\d{3}"),
    re.compile(r"\d{4}-\d{6}-\d{5}"),
    re.compile(r"\d{15,16}"),
)
_EXPIRY = re.compile(r"(\d{4})-?(\d{2})")


@dataclass(frozen=True)
class CardProfile:
    """Issuer data derived from the card's leading digits."""

    code: str
    name: str
    card_type: int  # 0 credit, 1 check/debit
    brand: str


# A few Korean issuers keyed by prefix; longest prefix wins.
_PROFILES: tuple[tuple[str, CardProfile], ...] = (
    ("5361", CardProfile("366", "신한카드", 0, "MASTER")),
    ("9410", CardProfile("371", "NH카드", 1, "LOCAL")),
    ("4000", CardProfile("381", "KB국민카드", 0, "VISA")),
    ("34", CardProfile("365", "삼성카드", 0, "AMEX")),
    ("37", CardProfile("365", "삼성카드", 0, "AMEX")),
    ("4", CardProfile("367", "현대카드", 0, "VISA")),
    ("5", CardProfile("366", "신한카드", 0, "MASTER")),
    ("9", CardProfile("361", "BC카드", 0, "LOCAL")),
)
_DEFAULT_PROFILE = CardProfile("361", "BC카드", 0, "LOCAL")


def normalize_card_number(raw: str) -> str | None:
    """Return the digits of a well-formed card number, or ``None`` when malformed."""
    text = raw.strip()
    if any(layout.fullmatch(text) for layout in _LAYOUTS):
        return text.replace("-", "")
    return None


def normalize_expiry(raw: str) -> str | None:
    """Return ``YYYY-MM`` for ``YYYY-MM`` or ``YYYYMM`` input, ``None`` when malformed."""
    match = _EXPIRY.fullmatch(raw.strip())
    if match is None:
        return None
    year, month = match.group(1), match.group(2)
    if not 1 <= int(month) <= 12:
        return None
    return f"{year}-{month}"


def is_expired(expiry: str | None, now: int) -> bool:
    """Whether ``YYYY-MM`` lies before the month of unix time ``now`` in Korean time."""
    if expiry is None:
        return False
    year, month = (int(part) for part in expiry.split("-"))
    today = time.gmtime(now + KST_OFFSET)
    return (year, month) < (today.tm_year, today.tm_mon)


def behaviour_of(digits: str) -> CardBehaviour:
    """The sandbox outcome for a card (digits only)."""
    return TEST_CARDS.get(digits, CardBehaviour.APPROVE)


def decline_reason(behaviour: CardBehaviour) -> str | None:
    """The failure message for a declining card, ``None`` for approving ones."""
    if behaviour is CardBehaviour.DECLINE:
        return DECLINE_REASON
    if behaviour is CardBehaviour.INSUFFICIENT_FUNDS:
        return INSUFFICIENT_FUNDS_REASON
    if behaviour is CardBehaviour.EXPIRED:
        return EXPIRED_REASON
    return None


def refused_at_issue(behaviour: CardBehaviour) -> bool:
    """Cards the gateway refuses outright (no billing key is stored for them)."""
    return behaviour in (CardBehaviour.DECLINE, CardBehaviour.EXPIRED)


def mask_card_number(digits: str) -> str:
    """Mask a card number: first six digits, stars, last digit (``536112*********4``)."""
    if len(digits) <= 7:
        return "*" * len(digits)
    return digits[:6] + "*" * (len(digits) - 7) + digits[-1]


def profile_of(digits: str) -> CardProfile:
    """Issuer profile for a card number."""
    best: CardProfile | None = None
    best_len = -1
    for prefix, profile in _PROFILES:
        if digits.startswith(prefix) and len(prefix) > best_len:
            best, best_len = profile, len(prefix)
    return best or _DEFAULT_PROFILE
