"""iamport_client: a typed, fast client for the Iamport (PortOne V1) payments API.

    from iamport_client import Iamporter, IamporterError

    with Iamporter(api_key, secret) as iamporter:
        payment = iamporter.find_by_imp_uid("imp_448280090638").data

Every method returns an :class:`IamporterResult` (``status``, ``message``, ``data``, ``raw``)
or raises an :class:`IamporterError`. Tokens are fetched, cached and refreshed for you.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from ._client import Iamporter
from ._defaults import DEFAULT_BASE_URL
from ._errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    IamporterError,
    InvalidResponseError,
    InvalidWebhookError,
    NetworkError,
    NotFoundError,
    PaymentFailedError,
    PaymentOutcomeUnknownError,
    PaymentPendingError,
    PaymentVerificationError,
    RequestTimeoutError,
    ServerError,
    ValidationError,
)
from ._redact import RedactingFilter
from ._version import __version__

__all__ = [
    "DEFAULT_BASE_URL",
    "APIError",
    "AccessToken",
    "AsyncIamporter",
    "AuthenticationError",
    "BadRequestError",
    "BuyerDetails",
    "CardDetails",
    "Iamporter",
    "IamporterError",
    "IamporterResult",
    "InvalidResponseError",
    "InvalidWebhookError",
    "NetworkError",
    "NotFoundError",
    "PaymentFailedError",
    "PaymentOutcomeUnknownError",
    "PaymentPendingError",
    "PaymentVerificationError",
    "RedactingFilter",
    "RequestTimeoutError",
    "ScheduledPayment",
    "ServerError",
    "ValidationError",
    "WebhookEvent",
    "__version__",
    "checkout",
    "parse_webhook",
    "spec_path",
]

# The library logs at DEBUG under "iamport_client"; the filter masks anything secret-looking
# that a handler might otherwise print. Libraries add no handlers of their own.
_logger = logging.getLogger("iamport_client")
_logger.addHandler(logging.NullHandler())
_logger.addFilter(RedactingFilter())

# Loaded on first use, not by ``import iamport_client`` (what each costs is measured by
# ``make bench``; docs/benchmarks.md): name -> the module defining it.
_LAZY = {
    "AsyncIamporter": "._async_client",  # a program that is not async never loads it
    "AccessToken": "._result",
    "IamporterResult": "._result",
    "ScheduledPayment": "._seed_kit",
    "BuyerDetails": "._seed_kit",
    "CardDetails": "._seed_kit",
    "WebhookEvent": "._webhook",
    "parse_webhook": "._webhook",
    "spec_path": "._spec",
    "checkout": ".checkout",
}

if TYPE_CHECKING:
    from . import checkout  # the merchant-server kit (iamport_client.checkout)
    from ._async_client import AsyncIamporter
    from ._result import AccessToken, IamporterResult
    from ._seed_kit import BuyerDetails, CardDetails, ScheduledPayment
    from ._spec import spec_path
    from ._webhook import WebhookEvent, parse_webhook
else:  # a visible module __getattr__ would make type checkers accept any name

    def __getattr__(name: str) -> Any:
        import importlib

        where = _LAZY.get(name)
        if where is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        module = importlib.import_module(where, __name__)
        value = module if name == "checkout" else getattr(module, name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
