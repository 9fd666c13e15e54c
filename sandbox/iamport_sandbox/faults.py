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
* ``drift`` - perform the operation, then answer as a service that drifted from the spec
  would, in fields outside the client's strict core: every non-zero ``*_at`` time and the
  token's ``now`` in fractional seconds (``1764600000.123``), ``card_type`` as the string
  ``"card"``, an unknown value (``"sandbox_drift"``) in ``schedule_status``, and an unknown
  member ``sandbox_drift`` in every object of the answer. Failure envelopes pass unchanged.
"""

from __future__ import annotations

import json
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
    DRIFT = "drift"


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
        return self.kind in (
            FaultKind.DELAY,
            FaultKind.DROP,
            FaultKind.TRUNCATED,
            FaultKind.DRIFT,
        )


def parse_fault(text: str) -> Fault:
    """Parse ``delay:1.5``, ``http500``, ``drop``, ``code``, ``empty``, ``truncated`` or
    ``drift``."""
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


#: What the ``drift`` fault writes: the fraction added to times, the string put in
#: ``card_type``, the value put in ``schedule_status`` and the name of the unknown member.
DRIFT_FRACTION = ".123"
DRIFT_CARD_TYPE = "card"
DRIFT_MEMBER = "sandbox_drift"


def drift_body(body: bytes) -> bytes:
    """A success envelope rewritten the way the ``drift`` fault answers (see the module doc)."""
    try:
        data = json.loads(body)
    except ValueError:
        return body
    if not isinstance(data, dict) or data.get("code") != 0 or data.get("response") is None:
        return body
    data["response"] = _drifted(data["response"])
    return json.dumps(data, ensure_ascii=False).encode()


def _drifted(node: object) -> object:
    if isinstance(node, list):
        return [_drifted(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, object] = {}
    for key, value in node.items():
        plain_int = isinstance(value, int) and not isinstance(value, bool)
        if (key.endswith("_at") or key == "now") and plain_int and value:
            # A float whose shortest repr is the exact text: 1764600000 -> 1764600000.123.
            out[key] = float(f"{value}{DRIFT_FRACTION}")
        elif key == "card_type" and plain_int:
            out[key] = DRIFT_CARD_TYPE
        elif key == "schedule_status" and isinstance(value, str):
            out[key] = DRIFT_MEMBER
        else:
            out[key] = _drifted(value)
    out[DRIFT_MEMBER] = True
    return out


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
