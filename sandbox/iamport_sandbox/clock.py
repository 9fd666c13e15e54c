"""A controllable clock: real time plus an adjustable offset (whole seconds on the wire)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

_NS = 1_000_000_000


class Clock:
    """Wall-clock time shifted by an offset that tests can move forwards or backwards.

    Listeners registered with :meth:`subscribe` run (outside the clock's lock) after
    every change, which is how due payment schedules get executed when time jumps.
    """

    def __init__(self) -> None:
        self._offset_ns = 0
        self._lock = threading.Lock()
        self._listeners: list[Callable[[], None]] = []

    def now(self) -> int:
        """Current sandbox time in unix seconds."""
        with self._lock:
            offset = self._offset_ns
        return (time.time_ns() + offset) // _NS

    @property
    def offset(self) -> float:
        """Seconds between sandbox time and real time."""
        with self._lock:
            return self._offset_ns / _NS

    def advance(self, seconds: float) -> int:
        """Move the clock by ``seconds`` (may be fractional) and return the new time."""
        with self._lock:
            self._offset_ns += round(seconds * _NS)
        self._notify()
        return self.now()

    def set(self, timestamp: float) -> int:
        """Jump to the unix time ``timestamp`` and return it."""
        target = round(timestamp * _NS)
        with self._lock:
            self._offset_ns = target - time.time_ns()
        self._notify()
        return self.now()

    def reset(self) -> int:
        """Go back to real time."""
        with self._lock:
            self._offset_ns = 0
        self._notify()
        return self.now()

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call ``listener()`` after each change of the clock."""
        with self._lock:
            self._listeners.append(listener)

    def _notify(self) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener()
