"""``resolve_payment``: what became of an order whose answer was lost.

After :class:`PaymentOutcomeUnknownError` the payment may or may not exist: the request may
have been charged and its answer lost, be still on its way, or never have arrived. The service
is the only one who knows, so the order is looked up (``find_by_merchant_uid``), again and
again with a growing pause, for at most ``wait`` seconds:

* the service has a payment for the order: it is returned, whatever its status (``paid``,
  ``failed``, ``ready``, ``cancelled``); the caller decides (``status`` is core, never guessed);
* the service still has none after ``wait``: :class:`NotFoundError`. A new attempt with the
  same ``merchant_uid`` is then safe (the service refuses a second payment of a paid order);
* the lookups themselves keep failing (network, 5xx): the last of those errors, since then
  nothing is known. Refused credentials or a refused request end the polling at once.

Both clients get the method from here, so sync and async poll by the same rule.
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING, Any

from ._calls import find_by_merchant_uid
from ._defaults import DEFAULT_WAIT
from ._errors import (
    AuthenticationError,
    BadRequestError,
    IamporterError,
    NotFoundError,
    ValidationError,
)

if TYPE_CHECKING:
    from iamport_api.models import Payment

    from ._core import Call
    from ._result import IamporterResult

__all__ = ["DEFAULT_WAIT", "FIRST_PAUSE", "MAX_PAUSE", "MAX_WAIT", "aresolve", "resolve"]

#: Longest ``wait`` accepted (an hour): past that, reconcile with webhooks or the dashboard.
MAX_WAIT = 3600.0
#: The first pause between lookups, doubled after each, up to MAX_PAUSE.
FIRST_PAUSE = 0.2
MAX_PAUSE = 2.0
#: Shortest deadline given to one lookup, so the last one still has a chance to answer.
MIN_LOOKUP = 0.5

#: Errors that no amount of waiting changes.
_FINAL = (AuthenticationError, BadRequestError, ValidationError)


def _checked(merchant_uid: str, wait: object) -> tuple[Call[Payment], float]:
    """The lookup to repeat (``find_by_merchant_uid``'s call: its operation's table checks the
    merchant_uid, as for every other method) and the checked ``wait``.

    Raises:
        ValidationError: A bad merchant_uid or wait; nothing was sent.
    """
    lookup = find_by_merchant_uid(merchant_uid)
    if (
        isinstance(wait, bool)
        or not isinstance(wait, int | float)
        or not math.isfinite(wait)
        or not 0 <= wait <= MAX_WAIT
    ):
        raise ValidationError("wait", f"must be a number of seconds from 0 to {MAX_WAIT:g}")
    return lookup, float(wait)


def _not_found(mid: str, wait: float, last: NotFoundError) -> NotFoundError:
    return NotFoundError(
        f"the service has no payment for merchant_uid {mid!r} after looking for {wait:g} s "
        f"({last.message}); the request never became a payment, so a new attempt with the "
        "same merchant_uid is safe",
        status=last.status,
        code=last.code,
        raw=last.raw,
    )


def _lookup_view(client: Any, remaining: float) -> Any:
    return client.with_options(deadline=max(remaining, MIN_LOOKUP))


def resolve(client: Any, merchant_uid: str, wait: float) -> IamporterResult[Payment]:
    """The sync polling loop behind ``Iamporter.resolve_payment``."""
    lookup, wait = _checked(merchant_uid, wait)
    end = time.monotonic() + wait
    pause = FIRST_PAUSE
    while True:
        try:
            result: IamporterResult[Payment] = _lookup_view(client, end - time.monotonic())._run(
                lookup
            )
            return result
        except _FINAL:
            raise
        except IamporterError as exc:
            left = end - time.monotonic()
            if left <= pause:
                if isinstance(exc, NotFoundError):
                    raise _not_found(merchant_uid, wait, exc) from None
                raise
        time.sleep(pause)
        pause = min(pause * 2, MAX_PAUSE)


async def aresolve(client: Any, merchant_uid: str, wait: float) -> IamporterResult[Payment]:
    """The async polling loop behind ``AsyncIamporter.resolve_payment``."""
    import asyncio  # only async programs pay for it (``import iamport_client`` stays light)

    lookup, wait = _checked(merchant_uid, wait)
    end = time.monotonic() + wait
    pause = FIRST_PAUSE
    while True:
        try:
            result: IamporterResult[Payment] = await _lookup_view(
                client, end - time.monotonic()
            )._run(lookup)
            return result
        except _FINAL:
            raise
        except IamporterError as exc:
            left = end - time.monotonic()
            if left <= pause:
                if isinstance(exc, NotFoundError):
                    raise _not_found(merchant_uid, wait, exc) from None
                raise
        await asyncio.sleep(pause)
        pause = min(pause * 2, MAX_PAUSE)
