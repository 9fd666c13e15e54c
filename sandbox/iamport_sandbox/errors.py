"""Errors raised by the sandbox domain layer and turned into API envelopes."""

from __future__ import annotations


class ApiError(Exception):
    """A failure that the API reports to the caller inside the usual envelope.

    ``http_status`` is the HTTP status of the response and ``code`` the value of the
    envelope's ``code`` field (``-1`` for transport-level errors such as 400/401/404,
    ``1`` for business-rule failures that the real service reports with HTTP 200).
    ``extra`` adds keys next to ``code``/``message``/``response`` (KCP's ``error``).
    """

    def __init__(
        self,
        http_status: int,
        code: int,
        message: str,
        extra: dict[str, object] | None = None,
    ) -> None:
        super().__init__(message)
        self.http_status = http_status
        self.code = code
        self.message = message
        self.extra = extra or {}


def bad_request(message: str) -> ApiError:
    """Invalid input: HTTP 400, code -1."""
    return ApiError(400, -1, message)


def unauthorized(message: str = "Unauthorized") -> ApiError:
    """Missing, unknown or expired credentials: HTTP 401, code -1."""
    return ApiError(401, -1, message)


def not_found(message: str) -> ApiError:
    """Unknown resource: HTTP 404, code -1."""
    return ApiError(404, -1, message)


def rejected(message: str, extra: dict[str, object] | None = None) -> ApiError:
    """Business-rule failure reported with HTTP 200 and code 1, like the real service."""
    return ApiError(200, 1, message, extra)
