"""A stateful local fake of the Iamport (PortOne V1) REST API, for tests.

Start one in-process with :func:`run_sandbox` or from a shell with
``python -m iamport_sandbox``. See ``sandbox/README.md`` for routes, test cards,
faults and the ``/__sandbox`` admin API.
"""

from .cards import (
    DECLINE_CARD,
    INSUFFICIENT_FUNDS_CARD,
    SLOW_CARD,
    CardBehaviour,
)
from .clock import Clock
from .faults import Fault, FaultKind, FaultRegistry, parse_fault
from .server import DEFAULT_API_KEY, DEFAULT_API_SECRET, Sandbox, run_sandbox
from .state import SandboxState

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
