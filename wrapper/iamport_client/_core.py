"""What sync and async clients share: one description of a call, one retry policy, one
mapping from HTTP responses to results and exceptions.

The client methods build a :class:`Call` (validated arguments, the generated operation's
request, how to parse the payload, and how risky the request is); the sync and async request
loops in ``_client.py`` differ only in how they wait.
"""

from __future__ import annotations

import enum
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from . import _json
from ._errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    IamporterError,
    InvalidResponseError,
    NetworkError,
    NotFoundError,
    PaymentOutcomeUnknownError,
    RequestTimeoutError,
    ServerError,
)
from ._result import IamporterResult

__all__ = ["Call", "Kind", "RetryPolicy", "error_for_transport", "to_result"]

T = TypeVar("T")

logger = logging.getLogger("iamport_client")


class Kind(enum.Enum):
    """How safe a request is to send twice."""

    READ = "read"  # GET: retried after timeouts and 5xx
    TOKEN = "token"  # noqa: S105 - getToken: no side effect, retried like a read
    WRITE = "write"  # other POST/DELETE: sent once after it may have arrived
    MONEY = "money"  # moves money: sent once; a lost answer is reported as "outcome unknown"


@dataclass(frozen=True, slots=True)
class Call(Generic[T]):
    """One API call, ready to send.

    Attributes:
        request: ``method``, ``url`` and ``params``/``json``/``headers`` from the generated
            operation's ``_get_kwargs``.
        parse: Turns the decoded body into the typed payload (generated envelope models).
        kind: Retry class of the request.
        merchant_uid: The order concerned, named in "outcome unknown" errors.
        imp_uid: The payment concerned, for cancels by imp_uid.
        check: Runs on the parsed result and raises when a successful envelope still means
            failure (a declined payment, a payment that does not match the order).
    """

    request: dict[str, Any]
    parse: Callable[[dict[str, Any]], T]
    kind: Kind = Kind.READ
    merchant_uid: str | None = None
    imp_uid: str | None = None
    check: Callable[[IamporterResult[T]], None] | None = None

    @property
    def retryable(self) -> bool:
        """Whether a timeout or 5xx may be answered by sending again."""
        return self.kind in (Kind.READ, Kind.TOKEN)

    def build(self, http: httpx.Client | httpx.AsyncClient, base_url: str) -> httpx.Request:
        """Build the httpx request.

        Two URL parses fewer than the generated code: no ``params={}`` when there is no query,
        and an absolute URL (httpx parses a relative one, then again to join it to its base).
        The generated code already quoted every path parameter.
        """
        kwargs = self.request
        headers = kwargs.get("headers")
        body = kwargs.get("json")
        content = None
        if body is not None:
            # httpx's json= cannot write Decimal money; _json writes it exactly.
            content = _json.dumps(body)
            headers = {**(headers or {}), "Content-Type": "application/json"}
        return http.build_request(
            kwargs["method"],
            base_url + kwargs["url"],
            params=kwargs.get("params") or None,
            content=content,
            headers=headers,
        )


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Capped exponential backoff with full jitter, for reads and token requests only.

    Connection failures before anything was sent are retried by the transport itself
    (``httpx.HTTPTransport(retries=...)`` retries only failed connects), for every method.
    """

    max_retries: int = 2
    base_delay: float = 0.25
    max_delay: float = 4.0

    def delay(self, attempt: int) -> float:
        """Seconds to wait before retry number ``attempt + 1``."""
        cap = min(self.max_delay, self.base_delay * (2**attempt))
        return random.uniform(cap / 2, cap)  # noqa: S311 - jitter, not cryptography

    def after_status(self, call: Call[Any], status: int, attempt: int) -> float | None:
        """Delay before resending after an HTTP ``status``, or ``None`` to stop."""
        if status >= 500 and call.retryable and attempt < self.max_retries:
            return self.delay(attempt)
        return None

    def after_error(self, call: Call[Any], exc: httpx.RequestError, attempt: int) -> float:
        """Delay before resending after a transport error; raises when it must not be resent."""
        if call.retryable and isinstance(exc, httpx.TransportError) and attempt < self.max_retries:
            return self.delay(attempt)
        raise error_for_transport(call, exc)


def _never_sent(exc: httpx.RequestError) -> bool:
    # A failed connect means no byte of the request left this machine.
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def error_for_transport(call: Call[Any], exc: httpx.RequestError) -> IamporterError:
    """Map an httpx transport failure to the error a caller can act on."""
    method = call.request["method"].upper()
    where = f"{method} {call.request['url']}"
    if call.kind is Kind.MONEY and not _never_sent(exc):
        target = (
            f"merchant_uid {call.merchant_uid!r}"
            if call.merchant_uid
            else f"imp_uid {call.imp_uid!r}"
        )
        lookup = "find_by_merchant_uid" if call.merchant_uid else "find_by_imp_uid"
        return PaymentOutcomeUnknownError(
            f"{where}: the request may have reached Iamport but no answer arrived "
            f"({type(exc).__name__}); the outcome is unknown. It was NOT resent. "
            f"Look up {target} with {lookup}() before trying again.",
            merchant_uid=call.merchant_uid,
            imp_uid=call.imp_uid,
        )
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeoutError(f"{where}: timed out ({type(exc).__name__})")
    return NetworkError(f"{where}: {type(exc).__name__}: {exc}")


_STATUS_ERRORS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    404: NotFoundError,
}


def _error_class(status: int) -> type[APIError]:
    if status >= 500:
        return ServerError
    return _STATUS_ERRORS.get(status, APIError)


def _decode(response: httpx.Response) -> Any:
    content = response.content
    if not content:
        return None
    try:
        return _json.loads(content)  # money as Decimal, never a binary float
    except ValueError:  # JSONDecodeError and UnicodeDecodeError
        return None


def to_result(call: Call[T], response: httpx.Response) -> IamporterResult[T]:
    """Turn a response into a result, or raise the matching :class:`IamporterError`."""
    status = response.status_code
    body = _decode(response)
    if not isinstance(body, dict) or "code" not in body:
        raw = body if body is not None else response.text
        snippet = " ".join(response.text.split())[:120] or "an empty body"
        detail = f"HTTP {status} with a body that is not an Iamport envelope: {snippet}"
        if call.kind is Kind.MONEY and (status >= 500 or status < 300):
            raise _outcome_unknown(call, detail, status, raw)
        if status >= 400:
            raise _error_class(status)(detail, status=status, raw=raw)
        raise InvalidResponseError(detail, status=status, raw=raw)
    code = body.get("code")
    message = body.get("message")
    if status >= 400 or code != 0:
        text = message if isinstance(message, str) and message else f"code {code}"
        if call.kind is Kind.MONEY and status >= 500:
            raise _outcome_unknown(call, text, status, body)
        cls = _error_class(status)
        raise cls(
            text, status=status, code=code if isinstance(code, int) else None,
            data=body.get("response"), raw=body,
        )  # fmt: skip
    try:
        data = call.parse(body)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidResponseError(
            f"the response does not match the API spec ({type(exc).__name__}: {exc})",
            status=status,
            raw=body,
        ) from exc
    result = IamporterResult(status, message if isinstance(message, str) else None, data, body)
    if call.check is not None:
        call.check(result)
    return result


def _outcome_unknown(call: Call[Any], detail: str, status: int, raw: Any) -> IamporterError:
    target = call.merchant_uid or call.imp_uid
    return PaymentOutcomeUnknownError(
        f"{detail}. The outcome of this money-moving request is unknown and it was NOT resent; "
        f"look up {target!r} before trying again.",
        merchant_uid=call.merchant_uid,
        imp_uid=call.imp_uid,
        status=status,
        raw=raw,
    )


def log_response(call: Call[Any], response: httpx.Response, elapsed: float) -> None:
    """Log one exchange at DEBUG: method, path, status, time. Never headers or bodies."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %d in %.1f ms",
            call.request["method"].upper(),
            call.request["url"],
            response.status_code,
            elapsed * 1000,
        )
