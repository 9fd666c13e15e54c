"""The exception tree.

Every failure the client can meet is an :class:`IamporterError` carrying the HTTP ``status``
(``None`` when no response arrived), the server's own ``message`` when it sent one, the
envelope's ``response`` as ``data`` and the whole decoded body (or text) as ``raw``::

    IamporterError
    ├── APIError                    the service answered with a failure envelope
    │   ├── BadRequestError         HTTP 400
    │   ├── AuthenticationError     HTTP 401, or getToken refused the credentials
    │   ├── NotFoundError           HTTP 404
    │   └── ServerError             HTTP 5xx
    ├── InvalidResponseError        the body is not an envelope, or breaks the spec (a core
    │   │                           field; any field with ``strict=True``)
    │   └── SpecMismatchError       (iamport_api.types) the same, from a model's ``from_dict``
    ├── NetworkError                no response (connection refused, reset, timed out)
    │   └── RequestTimeoutError
    ├── PaymentOutcomeUnknownError  a money-moving request may have reached the service,
    │   │                           but no reliable answer came back: resolve_payment(merchant_uid)
    │   ├── PaymentPendingError     the payment is still in progress (``ready``); look it up again
    │   └── StrictOutcomeUnknownError  (also an InvalidResponseError) strict mode refused the answer
    ├── PaymentFailedError          the payment was processed and declined
    ├── PaymentVerificationError    amount or status differ from what the merchant expects
    └── ValidationError (ValueError) bad input, raised before anything is sent
        └── InvalidWebhookError
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from iamport_api.models.payment import Payment

__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "IamporterError",
    "InvalidResponseError",
    "InvalidWebhookError",
    "NetworkError",
    "NotFoundError",
    "PaymentFailedError",
    "PaymentOutcomeUnknownError",
    "PaymentPendingError",
    "PaymentVerificationError",
    "RequestTimeoutError",
    "ServerError",
    "StrictOutcomeUnknownError",
    "ValidationError",
]


class IamporterError(Exception):
    """Base class of every error raised by iamport_client.

    Attributes:
        status: HTTP status of the response, or ``None`` when no response was received.
        message: The server's message when it sent one, else a description of the failure.
        data: The envelope's ``response`` member (or the payment concerned), if any.
        raw: The whole decoded response body (or its text when it was not JSON), if any.
        page: In a paged walk (``iter_*``), the page that failed; ``iter_*(start_page=page)``
            resumes there. ``None`` elsewhere.
    """

    #: Set by the page walkers (``iter_*``) on the error of the page that failed.
    page: int | None = None

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        data: Any = None,
        raw: Any = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.data = data
        self.raw = raw

    def __str__(self) -> str:
        prefix = f"[{self.status}] " if self.status is not None else ""
        return f"{prefix}{self.message}"

    def __repr__(self) -> str:
        # Never the raw body: it is the caller's to inspect, and a log line is no place for it.
        return f"{type(self).__name__}(status={self.status!r}, message={self.message!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # The subclasses take keyword-only arguments, so the default (``cls(*self.args)``)
        # cannot rebuild them: pickle (celery, ProcessPoolExecutor) and copy restore the
        # attributes instead. Chained exceptions and tracebacks are left behind, as usual.
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


def _rebuild(cls: type[IamporterError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class APIError(IamporterError):
    """The service answered with a failure envelope (HTTP error status, or ``code != 0``).

    Attributes:
        code: The envelope's ``code`` (non-zero), or ``None`` when the body had none.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: int | None = None,
        data: Any = None,
        raw: Any = None,
    ) -> None:
        super().__init__(message, status=status, data=data, raw=raw)
        self.code = code


class BadRequestError(APIError):
    """HTTP 400: the request broke a rule of the service; ``message`` says which."""


class AuthenticationError(APIError):
    """HTTP 401, or the credentials were refused when asking for a token."""


class NotFoundError(APIError):
    """HTTP 404: the payment, billing key, schedule or record does not exist."""


class ServerError(APIError):
    """HTTP 5xx: the service or the payment gateway failed."""


class InvalidResponseError(IamporterError):
    """The response is not a valid envelope (HTML page, empty, truncated) or breaks the spec."""


class NetworkError(IamporterError):
    """No response arrived: the connection failed, was reset, or timed out."""


class RequestTimeoutError(NetworkError):
    """The request timed out."""


class PaymentOutcomeUnknownError(IamporterError):
    """A money-moving request may have reached the service but no reliable answer came back.

    The client never resends such a request by itself. Resolve it with
    ``client.resolve_payment(merchant_uid, wait=...)`` (the payment the service recorded, or
    ``NotFoundError`` when it never became one) before deciding whether to try again.

    Attributes:
        merchant_uid: The order to look up (``None`` when the request named only an imp_uid).
        imp_uid: The payment concerned, for cancels by imp_uid.
    """

    def __init__(
        self,
        message: str,
        *,
        merchant_uid: str | None,
        imp_uid: str | None = None,
        status: int | None = None,
        data: Any = None,
        raw: Any = None,
    ) -> None:
        super().__init__(message, status=status, data=data, raw=raw)
        self.merchant_uid = merchant_uid
        self.imp_uid = imp_uid


class StrictOutcomeUnknownError(PaymentOutcomeUnknownError, InvalidResponseError):
    """A money-moving call's answer deviated from the spec and the client is strict.

    Both a :class:`PaymentOutcomeUnknownError` (the answer was not taken as the outcome: look the
    order up) and an :class:`InvalidResponseError` (what ``strict=True`` makes of every
    deviation). Without ``strict`` the same answer would have been a result.
    """


class PaymentPendingError(PaymentOutcomeUnknownError):
    """A payment request was answered, but the payment is still in progress (status ``ready``).

    It is neither approved nor declined yet (a gateway still authenticating, a slow card
    network). Do not charge again: look the order up later with
    ``find_by_merchant_uid(merchant_uid)`` or wait for its webhook.

    Attributes:
        payment: The payment as the service reported it (status ``ready``).
    """

    def __init__(
        self,
        message: str,
        *,
        payment: Payment,
        merchant_uid: str | None,
        imp_uid: str | None = None,
        status: int | None = None,
        raw: Any = None,
    ) -> None:
        super().__init__(
            message, merchant_uid=merchant_uid, imp_uid=imp_uid, status=status, data=payment,
            raw=raw,
        )  # fmt: skip
        self.payment = payment


class PaymentFailedError(IamporterError):
    """The payment was processed and not approved (for example, the card was declined).

    Attributes:
        payment: The returned payment (``data`` holds it too); its ``status`` is not ``paid``.
        fail_reason: The gateway's reason, if it gave one.
    """

    def __init__(
        self,
        message: str,
        *,
        payment: Payment,
        fail_reason: str | None,
        status: int | None = None,
        raw: Any = None,
    ) -> None:
        super().__init__(message, status=status, data=payment, raw=raw)
        self.payment = payment
        self.fail_reason = fail_reason


class PaymentVerificationError(IamporterError):
    """A fetched payment does not match the merchant's order (possible forgery).

    Attributes:
        payment: The payment as the service reports it.
        expected_amount: The amount the merchant expected, as a Decimal.
        expected_status: The states the merchant accepts.
        problems: What did not match, one short sentence each.
    """

    def __init__(
        self,
        message: str,
        *,
        payment: Payment,
        expected_amount: Any,
        expected_status: tuple[str, ...],
        problems: tuple[str, ...] = (),
        status: int | None = None,
        raw: Any = None,
    ) -> None:
        super().__init__(message, status=status, data=payment, raw=raw)
        self.payment = payment
        self.expected_amount = expected_amount
        self.expected_status = expected_status
        self.problems = problems


class ValidationError(IamporterError, ValueError):
    """Bad input, detected before any request was sent.

    Attributes:
        field: The argument at fault.
    """

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


class InvalidWebhookError(ValidationError):
    """A webhook body is not a valid Iamport notification."""
