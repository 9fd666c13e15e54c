"""Parsing Iamport V1 webhook notifications.

V1 webhooks are not signed: anyone can post ``{imp_uid, merchant_uid, status}`` to your
endpoint. Treat the body only as a hint of *which* payment changed, then fetch it with
``verify_payment(imp_uid, order_amount)`` and trust only what that returns.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from ._errors import InvalidWebhookError
from ._validation import MERCHANT_UID_MAX, PAYMENT_STATUSES

__all__ = ["WebhookEvent", "parse_webhook"]

#: A notification is a few hundred bytes; anything far larger is not one.
MAX_WEBHOOK_BYTES = 64 * 1024
IMP_UID_MAX = 100


@dataclass(frozen=True, slots=True)
class WebhookEvent:
    """What a webhook claims happened (unverified until you fetch the payment).

    Attributes:
        imp_uid: The payment that changed.
        merchant_uid: Your order id.
        status: ``ready`` (virtual account issued), ``paid``, ``cancelled`` or ``failed``.
    """

    imp_uid: str
    merchant_uid: str
    status: str


def parse_webhook(body: bytes | str | Mapping[str, Any]) -> WebhookEvent:
    """Parse a webhook body (JSON or form-encoded bytes/str, or an already-decoded mapping).

    Raises:
        InvalidWebhookError: The body is not a well-formed Iamport notification.
    """
    data: Any
    if isinstance(body, Mapping):
        data = body
    elif isinstance(body, bytes | str):
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
        text = text.strip()
        if not text:
            raise InvalidWebhookError("body", "is empty")
        if len(text) > MAX_WEBHOOK_BYTES:
            raise InvalidWebhookError("body", "is too large for an Iamport notification")
        if text.startswith("{"):
            try:
                data = json.loads(text)
            except (ValueError, RecursionError):
                raise InvalidWebhookError("body", "is not valid JSON") from None
        else:
            data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise InvalidWebhookError("body", "must be bytes, str or a mapping")
    if not isinstance(data, Mapping):
        raise InvalidWebhookError("body", "must be a JSON object")
    imp_uid = data.get("imp_uid")
    merchant_uid = data.get("merchant_uid")
    status = data.get("status")
    if not isinstance(imp_uid, str) or not imp_uid.strip() or imp_uid in (".", ".."):
        raise InvalidWebhookError("imp_uid", "is missing or not a payment id")
    if len(imp_uid) > IMP_UID_MAX:
        raise InvalidWebhookError("imp_uid", "is too long")
    if (
        not isinstance(merchant_uid, str)
        or not merchant_uid.strip()
        or merchant_uid in (".", "..")
        or len(merchant_uid) > MERCHANT_UID_MAX
    ):
        raise InvalidWebhookError("merchant_uid", "is missing, not a string, or too long")
    if status not in PAYMENT_STATUSES:
        raise InvalidWebhookError("status", f"must be one of {', '.join(PAYMENT_STATUSES)}")
    return WebhookEvent(imp_uid, merchant_uid, str(status))
