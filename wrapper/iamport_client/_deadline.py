"""The deadline of the current attempt: a context variable the clients set around each attempt
and the network streams (``_deadline_backend.py``) read. A leaf module, so that both the
transport and the streams can import it without importing each other."""

from __future__ import annotations

from contextvars import ContextVar

__all__ = ["DEADLINE"]

#: Monotonic time by which the current attempt must be over (``None``: no deadline).
DEADLINE: ContextVar[float | None] = ContextVar("iamport_client_deadline", default=None)
