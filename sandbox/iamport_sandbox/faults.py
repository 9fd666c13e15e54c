"""Fault injection: definitions, parsing and the registry of armed faults.

A fault is chosen per request either by the ``X-Sandbox-Fault`` header or by arming
it for the next N requests that match a path prefix (and optionally a method):

* ``delay:SECONDS`` - read the whole request, wait, then answer normally. A client that
  gives up during the wait does not stop the operation (like a slow real service).
* ``http500`` - HTTP 500 with an HTML page; the operation is not performed.
* ``drop`` - perform the operation, then send the headers (with the real
  Content-Length) and only half of the body, and close the connection: the client
  sees a protocol error while the change is stored.
* ``code`` - HTTP 200 envelope ``{"code": 1, "message": "sandbox injected failure"}``;
  the operation is not performed.
* ``empty`` - HTTP 502 with an empty body; the operation is not performed.
* ``truncated`` - perform the operation, answer HTTP 200 with only the first half of
  the JSON (a consistent Content-Length, so only JSON parsing fails).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import Enum
from typing import Any

FAULT_HEADER = "x-sandbox-fault"
MAX_DELAY = 600.0


class FaultKind(Enum):
    """The kinds of injected failure."""

    DELAY = "delay"
    HTTP500 = "http500"
    DROP = "drop"
    CODE = "code"
    EMPTY = "empty"
    TRUNCATED = "truncated"


@dataclass(frozen=True)
class Fault:
    """A parsed fault; ``seconds`` is only used by ``delay``."""

    kind: FaultKind
    seconds: float = 0.0

    def __str__(self) -> str:
        if self.kind is FaultKind.DELAY:
            return f"delay:{self.seconds:g}"
        return str(self.kind.value)

    @property
    def performs_operation(self) -> bool:
        """Whether the API operation still runs under this fault."""
        return self.kind in (FaultKind.DELAY, FaultKind.DROP, FaultKind.TRUNCATED)


def parse_fault(text: str) -> Fault:
    """Parse ``delay:1.5``, ``http500``, ``drop``, ``code``, ``empty`` or ``truncated``."""
    raw = text.strip().lower()
    name, sep, arg = raw.partition(":")
    if name == "delay":
        try:
            seconds = float(arg) if sep else -1.0
        except ValueError:
            seconds = -1.0
        if not 0 <= seconds <= MAX_DELAY:
            raise ValueError(f"delay needs seconds between 0 and {MAX_DELAY:g}: {text!r}")
        return Fault(FaultKind.DELAY, seconds)
    try:
        kind = FaultKind(raw)
    except ValueError:
        names = ", ".join(
            ["delay:SECONDS"] + [k.value for k in FaultKind if k is not FaultKind.DELAY]
        )
        raise ValueError(f"unknown fault {text!r}; use one of {names}") from None
    if kind is FaultKind.DELAY:
        raise ValueError("delay needs seconds, e.g. delay:2")
    return Fault(kind)


@dataclass
class ArmedFault:
    """A fault waiting for matching requests."""

    fault: Fault
    path: str
    method: str | None
    remaining: int

    def to_dict(self) -> dict[str, Any]:
        """JSON form for the admin API."""
        return {
            "fault": str(self.fault),
            "path": self.path,
            "method": self.method,
            "remaining": self.remaining,
        }


class FaultRegistry:
    """Thread-safe list of armed faults, consumed first-armed first."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._armed: list[ArmedFault] = []

    def arm(
        self, fault: Fault | str, path: str = "/", method: str | None = None, times: int = 1
    ) -> ArmedFault:
        """Apply ``fault`` to the next ``times`` requests whose path starts with ``path``."""
        parsed = parse_fault(fault) if isinstance(fault, str) else fault
        if times < 1:
            raise ValueError("times must be at least 1")
        if not path.startswith("/"):
            raise ValueError("path must start with '/'")
        armed = ArmedFault(parsed, path, method.upper() if method else None, times)
        with self._lock:
            self._armed.append(armed)
        return armed

    def take(self, method: str, path: str) -> Fault | None:
        """Consume and return the first armed fault matching this request, if any."""
        with self._lock:
            for armed in self._armed:
                if path.startswith(armed.path) and armed.method in (None, method.upper()):
                    armed.remaining -= 1
                    if armed.remaining <= 0:
                        self._armed.remove(armed)
                    return armed.fault
        return None

    def snapshot(self) -> list[dict[str, Any]]:
        """Armed faults in JSON form."""
        with self._lock:
            return [a.to_dict() for a in self._armed]

    def clear(self) -> None:
        """Disarm everything."""
        with self._lock:
            self._armed.clear()
