"""A controllable clock: real time plus an adjustable offset, optionally frozen."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

_NS = 1_000_000_000


class Clock:
    """Wall-clock time shifted by an offset that tests can move forwards or backwards.

    The clock can also be frozen (it then only moves through :meth:`advance` and
    :meth:`set`), which keeps time-sensitive assertions exact. Listeners registered
    with :meth:`subscribe` run (outside the clock's lock) after every change; this is
    how due payment schedules get executed when time jumps.
    """

    def __init__(self) -> None:
        self._offset_ns = 0
        self._frozen_ns: int | None = None
        self._lock = threading.Lock()
        self._listeners: list[Callable[[], None]] = []

    def _now_ns(self) -> int:
        if self._frozen_ns is not None:
            return self._frozen_ns
        return time.time_ns() + self._offset_ns

    def now(self) -> int:
        """Current sandbox time in unix seconds."""
        with self._lock:
            return self._now_ns() // _NS

    @property
    def offset(self) -> float:
        """Seconds between sandbox time and real time."""
        with self._lock:
            return (self._now_ns() - time.time_ns()) / _NS

    @property
    def frozen(self) -> bool:
        """Whether the clock stands still between explicit moves."""
        with self._lock:
            return self._frozen_ns is not None

    def advance(self, seconds: float) -> int:
        """Move the clock by ``seconds`` (may be fractional) and return the new time."""
        delta = round(seconds * _NS)
        with self._lock:
            if self._frozen_ns is not None:
                self._frozen_ns += delta
            else:
                self._offset_ns += delta
        self._notify()
        return self.now()

    def set(self, timestamp: float) -> int:
        """Jump to the unix time ``timestamp`` and return it."""
        target = round(timestamp * _NS)
        with self._lock:
            if self._frozen_ns is not None:
                self._frozen_ns = target
            else:
                self._offset_ns = target - time.time_ns()
        self._notify()
        return self.now()

    def freeze(self) -> int:
        """Stop the clock at the current sandbox time (whole second) and return it."""
        with self._lock:
            self._frozen_ns = self._now_ns() // _NS * _NS
        return self.now()

    def unfreeze(self) -> int:
        """Let the clock run again from where it stands."""
        with self._lock:
            if self._frozen_ns is not None:
                self._offset_ns = self._frozen_ns - time.time_ns()
                self._frozen_ns = None
        return self.now()

    def reset(self) -> int:
        """Go back to real, running time."""
        with self._lock:
            self._offset_ns = 0
            self._frozen_ns = None
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
