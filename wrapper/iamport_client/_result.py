"""Result objects: the seed library's ``{status, message, data, raw}``, typed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ._redact import describe

__all__ = ["AccessToken", "IamporterResult"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class IamporterResult(Generic[T]):
    """The outcome of one successful call.

    Attributes:
        status: HTTP status of the response (200).
        message: The server's message (usually ``None`` on success).
        data: The typed payload: a generated model, or a list of them.
        raw: The whole decoded response body.
    """

    status: int
    message: str | None
    data: T
    raw: dict[str, Any] = field(repr=False)

    def __repr__(self) -> str:
        return (
            f"IamporterResult(status={self.status!r}, message={self.message!r}, "
            f"data={describe(self.data)})"
        )


@dataclass(frozen=True, slots=True)
class AccessToken:
    """An access token and its lifetime in the server's clock.

    Attributes:
        access_token: The token to send in ``Authorization``. Never printed by ``repr``.
        now: Server time when it was issued (unix seconds).
        expired_at: Server time when it expires (unix seconds).
    """

    access_token: str = field(repr=False)
    now: int
    expired_at: int

    @property
    def lifetime(self) -> int:
        """Seconds the token stays valid, measured on the server's clock."""
        return self.expired_at - self.now
