"""Keeping secrets out of repr, str and logs.

The API secret, access tokens and card data (number, birth, pwd_2digit, cvc) must never reach a
log line or an exception message. The client never formats them in the first place; this module
is the second line: a safe ``describe`` for results and a logging filter that masks anything that
slips through (for example from a user's own handler that logs request bodies).
"""

from __future__ import annotations

import functools
import logging
import re
from typing import Any

__all__ = [
    "SENSITIVE_FIELDS",
    "RedactingFilter",
    "describe",
    "mask_card_number",
    "redact",
    "secret_values",
]

#: Body and model fields whose values are never shown.
SENSITIVE_FIELDS = frozenset(
    {
        "imp_secret",
        "access_token",
        "birth",
        "pwd_2digit",
        "cvc",
        "secret",
        "authorization",
        "pg_api_key",
        "benepia_password",
        "escrow_password",
    }
)

_CARD = r"\b(\d{4})[- ]?(\d{4,6})[- ]?(\d{4,5})[- ]?(\d{0,4})\b"
_KEY_VALUE = r"""(?ix)
    (["']?(?:imp_secret|access_token|birth|pwd_2digit|cvc|authorization|pg_api_key|benepia_password|escrow_password)["']?\s*[:=]\s*)
    (["']?)[^"',&\s}]+\2
    """


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The secret and card patterns, compiled on first use (not at ``import iamport_client``)."""
    return re.compile(_KEY_VALUE), re.compile(_CARD)


def mask_card_number(value: str) -> str:
    """Keep only the last four digits of a card number: ``************4242``."""
    digits = re.sub(r"\D", "", value)
    if len(digits) < 8:
        return "*" * len(digits)
    return "*" * (len(digits) - 4) + digits[-4:]


def _mask_card_match(match: re.Match[str]) -> str:
    return mask_card_number(match.group(0))


def redact_text(text: str) -> str:
    """Mask card numbers and ``key=value`` secrets inside free text."""
    secret_kv, card = _patterns()
    text = secret_kv.sub(lambda m: f"{m.group(1)}{m.group(2)}***{m.group(2)}", text)
    return card.sub(_mask_card_match, text)


def redact(value: Any) -> Any:
    """Return a copy of a JSON-like value with sensitive members masked."""
    if isinstance(value, dict):
        out: dict[Any, Any] = {}
        for key, item in value.items():
            name = str(key).lower()
            if name in SENSITIVE_FIELDS and item is not None:
                out[key] = "***"
            elif name == "card_number" and isinstance(item, str):
                out[key] = mask_card_number(item)
            else:
                out[key] = redact(item)
        return out
    if isinstance(value, list | tuple):
        return [redact(item) for item in value]
    return value


def secret_values(value: Any) -> list[str]:
    """Every secret string inside a JSON-like value (sensitive members and card numbers).

    A card number is also listed without its dashes, the other form a server may echo.
    """
    found: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            name = str(key).lower()
            if isinstance(item, str) and (name in SENSITIVE_FIELDS or name == "card_number"):
                found.append(item)
                if name == "card_number":
                    found.append(item.replace("-", ""))
            else:
                found.extend(secret_values(item))
    elif isinstance(value, list | tuple):
        for item in value:
            found.extend(secret_values(item))
    return found


def describe(data: Any) -> str:
    """A short, safe description of a result payload for ``repr``."""
    if isinstance(data, list):
        return f"[{len(data)} x {type(data[0]).__name__}]" if data else "[]"
    import attrs  # the models' library; imported here, not at `import iamport_client`

    if attrs.has(type(data)):
        fields = attrs.asdict(data, recurse=False)
        keys = ("imp_uid", "merchant_uid", "customer_uid", "status", "amount", "schedule_status")
        shown = ", ".join(
            f"{k}={getattr(fields[k], 'value', fields[k])!r}" for k in keys if k in fields
        )
        return f"{type(data).__name__}({shown})"
    return repr(data)


class RedactingFilter(logging.Filter):
    """A logging filter that masks secrets and card numbers in every record it passes."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record's message with secrets masked; never drops a record."""
        try:
            message = record.getMessage()
        except Exception:  # a broken format string is the caller's bug; leave it alone
            return True
        cleaned = redact_text(message)
        if cleaned != message:
            record.msg = cleaned
            record.args = None
        return True
