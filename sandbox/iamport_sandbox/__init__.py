"""A stateful local fake of the Iamport (PortOne V1) REST API, for tests.

Start one in-process with :func:`run_sandbox` or from a shell with
``iamport-sandbox`` (``python -m iamport_sandbox``). See ``sandbox/README.md`` for routes,
test cards, faults and the ``/__sandbox`` admin API. Needs the ``sandbox`` extra
(starlette, uvicorn); names are imported on first use so that the pytest plugin and the
command line can say so instead of failing at import.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cards import (
        DECLINE_CARD,
        INSUFFICIENT_FUNDS_CARD,
        SLOW_CARD,
        CardBehaviour,
    )
    from .clock import Clock
    from .faults import Fault, FaultKind, FaultRegistry, parse_fault
    from .resources import SandboxState
    from .server import DEFAULT_API_KEY, DEFAULT_API_SECRET, Sandbox, run_sandbox

_HOMES = {
    "DECLINE_CARD": "cards",
    "INSUFFICIENT_FUNDS_CARD": "cards",
    "SLOW_CARD": "cards",
    "CardBehaviour": "cards",
    "Clock": "clock",
    "Fault": "faults",
    "FaultKind": "faults",
    "FaultRegistry": "faults",
    "parse_fault": "faults",
    "DEFAULT_API_KEY": "server",
    "DEFAULT_API_SECRET": "server",
    "Sandbox": "server",
    "run_sandbox": "server",
    "SandboxState": "resources",
}

__all__ = [
    "DECLINE_CARD",
    "DEFAULT_API_KEY",
    "DEFAULT_API_SECRET",
    "INSUFFICIENT_FUNDS_CARD",
    "SLOW_CARD",
    "CardBehaviour",
    "Clock",
    "Fault",
    "FaultKind",
    "FaultRegistry",
    "Sandbox",
    "SandboxState",
    "parse_fault",
    "run_sandbox",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'iamport_sandbox' has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value
