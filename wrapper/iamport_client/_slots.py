"""The in-flight limit of an ``AsyncIamporter`` in one event loop, and that loop's pool.
Loaded with the first async call in a loop (only async programs pay for it).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from ._errors import RequestTimeoutError

if TYPE_CHECKING:
    import asyncio

    import httpx

__all__ = ["LoopPool", "Slots"]


class Slots:
    """The in-flight limit of one event loop: a FIFO semaphore whose waits end at deadlines.

    ``asyncio.Semaphore`` under ``asyncio.timeout`` puts a timer per waiting call on the loop's
    heap (measurably slower with dozens of tasks). Here one sweep timer per limit, armed only
    while calls wait, fails the waits whose deadline has passed, to within ``SWEEP`` seconds.
    Nothing was sent for a call that gives up here, so giving up is always safe.
    """

    SWEEP = 0.05

    __slots__ = ("_free", "_loop", "_timer", "_waiters")

    def __init__(self, loop: asyncio.AbstractEventLoop, size: int) -> None:
        from collections import deque

        self._loop = loop
        self._free = size
        self._waiters: deque[tuple[asyncio.Future[None], float | None]] = deque()
        self._timer: asyncio.TimerHandle | None = None

    def try_acquire(self) -> bool:
        """Take a free slot at once, if there is one and nobody is queued before us."""
        if self._free > 0 and not self._waiters:
            self._free -= 1
            return True
        return False

    async def acquire(self, deadline: float | None) -> None:
        """Wait for a slot handed over by :meth:`release`, until ``deadline`` at most."""
        import asyncio

        waiter: asyncio.Future[None] = self._loop.create_future()
        self._waiters.append((waiter, deadline))
        if deadline is not None and self._timer is None:
            self._timer = self._loop.call_later(self.SWEEP, self._sweep)
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                self.release()  # handed a slot while being cancelled: pass it on
            raise

    def release(self) -> None:
        """Hand the slot to the first caller still waiting, or free it."""
        while self._waiters:
            waiter, _ = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return
        self._free += 1

    def _sweep(self) -> None:
        self._timer = None
        now = time.monotonic()
        waiting = [(w, d) for w, d in self._waiters if not w.done()]
        for waiter, deadline in waiting:
            if deadline is not None and now >= deadline:
                waiter.set_exception(
                    RequestTimeoutError("timed out waiting for a free connection slot")
                )
        self._waiters.clear()
        self._waiters.extend((w, d) for w, d in waiting if not w.done())
        if any(d is not None for _, d in self._waiters):
            self._timer = self._loop.call_later(self.SWEEP, self._sweep)


class LoopPool:
    """The connections and the concurrency limit of an AsyncIamporter in one event loop."""

    __slots__ = ("http", "limit", "loop")

    def __init__(
        self, loop: asyncio.AbstractEventLoop, http: httpx.AsyncClient, limit: Slots
    ) -> None:
        self.loop = loop
        self.http = http
        self.limit = limit
