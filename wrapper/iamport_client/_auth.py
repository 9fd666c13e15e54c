"""Access-token lifecycle as an ``httpx.Auth`` flow.

Rules (see the spec's description of ``POST /users/getToken``):

* one token serves every call until shortly before it expires;
* its lifetime is the server's ``expired_at - now``, counted on this process's monotonic clock
  from the moment the token request was sent, so a skewed wall clock changes nothing;
* it is refreshed ``REFRESH_MARGIN`` seconds early: the service extends a token that has a
  minute or less left, so a refresh inside that minute returns the same token, extended;
* concurrent callers on a cold or expiring client wait for one token request and share its
  outcome: the token, or its error at once (a failed fetch is not repeated by every waiter);
  no lock is held while fetching or across the ``yield`` that sends the caller's request;
* a 401 drops the token (if nobody replaced it meanwhile), fetches a new one and replays the
  request once. A 401 is the service refusing the request before doing anything, so replaying
  is safe even for payments.
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from ._errors import IamporterError, NetworkError, RequestTimeoutError
from ._result import AccessToken

if TYPE_CHECKING:
    import asyncio

__all__ = ["REFRESH_MARGIN", "TokenAuth", "TokenCache"]

#: Refresh this many seconds before the server-reported expiry.
REFRESH_MARGIN = 30.0
#: Lifetime assumed when the server reports a non-positive one (a 401 still triggers a refresh).
FALLBACK_LIFETIME = 300.0
#: After a failed token request, callers get its error at once for this many seconds.
FAILURE_BACKOFF = 1.0


@dataclass(frozen=True, slots=True)
class _Cached:
    token: str
    refresh_at: float  # monotonic seconds


class _Flight:
    """One token request in progress; everyone who needs a token waits for its outcome."""

    __slots__ = ("done", "error", "loop", "token")

    def __init__(self, done: threading.Event | asyncio.Event, loop: object = None) -> None:
        self.done = done
        self.loop = loop
        self.token: str | None = None
        self.error: IamporterError | None = None


class TokenCache:
    """Holds the current token and fetches a new one, once, when it is missing or expiring.

    Callers that find no valid token share one fetch: one of them sends the token request and
    the others wait for its outcome, token or error. A failed fetch is remembered for
    ``FAILURE_BACKOFF`` seconds, during which callers get that error at once instead of
    sending a token request each (no retry storm while the service or the network is down).
    """

    def __init__(
        self,
        fetch: Callable[[], AccessToken],
        afetch: Callable[[], Awaitable[AccessToken]],
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch = fetch
        self._afetch = afetch
        self._clock = clock
        self._cached: _Cached | None = None
        self._lock = threading.Lock()
        self._flight: _Flight | None = None
        self._failure: IamporterError | None = None
        self._failed_until = 0.0

    def __repr__(self) -> str:
        state = "empty" if self._cached is None else "holding a token"
        return f"TokenCache({state})"

    def after_fork(self) -> None:
        """In a forked child: forget a fetch in flight in the parent (its thread is gone)."""
        self._lock = threading.Lock()
        self._flight = None

    def now(self) -> float:
        """The cache's monotonic clock (what lifetimes are measured on)."""
        return self._clock()

    def valid_token(self) -> str | None:
        """The cached token if it is not due for refresh, else ``None``."""
        cached = self._cached
        if cached is not None and self._clock() < cached.refresh_at:
            return cached.token
        return None

    def current(self) -> str | None:
        """The cached token, even if due for refresh (to scrub it from echoed text)."""
        cached = self._cached
        return None if cached is None else cached.token

    def store(self, token: AccessToken, sent_at: float) -> str:
        """Cache ``token``, whose request was sent at monotonic time ``sent_at``."""
        lifetime = float(token.lifetime)
        if lifetime <= 0:
            lifetime = FALLBACK_LIFETIME
        # Never refresh sooner than half way through a (short) lifetime: a server that keeps
        # answering with nearly-expired tokens must not cost a token request per call.
        refresh_in = max(lifetime - REFRESH_MARGIN, lifetime / 2)
        self._cached = _Cached(token.access_token, sent_at + refresh_in)
        self._failure = None
        return token.access_token

    def invalidate(self, token: str) -> None:
        """Forget ``token`` unless another caller already replaced it."""
        cached = self._cached
        if cached is not None and cached.token == token:
            self._cached = None

    def _join(self, loop: object) -> tuple[_Flight | None, bool]:
        """Under the lock: the flight to wait for (and whether the caller leads it)."""
        failure = self._failure
        if failure is not None and self._clock() < self._failed_until:
            raise copy.copy(failure)
        flight = self._flight
        if flight is not None and flight.loop is loop:
            return flight, False
        return None, True

    def _land(self, flight: _Flight, token: str | None, error: IamporterError | None) -> None:
        flight.token, flight.error = token, error
        if error is not None:
            self._failure = error
            self._failed_until = self._clock() + FAILURE_BACKOFF
        with self._lock:
            if self._flight is flight:
                self._flight = None

    def get(self, deadline: float | None = None) -> str:
        """Return a valid token, fetching one (once, for all waiting threads) if needed.

        Args:
            deadline: Monotonic time after which a caller stops waiting for another's fetch.

        Raises:
            IamporterError: The fetch failed (every waiting caller gets a copy of its error).
        """
        token = self.valid_token()
        if token is not None:
            return token
        with self._lock:
            token = self.valid_token()
            if token is not None:
                return token
            flight, lead = self._join(None)
            if lead:
                flight = self._flight = _Flight(threading.Event())
        assert flight is not None
        if lead:
            return self._lead(flight)
        done = flight.done
        assert isinstance(done, threading.Event)
        wait = None if deadline is None else max(0.0, deadline - time.monotonic())
        if not done.wait(wait):
            raise RequestTimeoutError("timed out waiting for an access token")
        return self._outcome(flight)

    def _lead(self, flight: _Flight) -> str:
        error: IamporterError | None = None
        token: str | None = None
        try:
            sent_at = self._clock()
            token = self.store(self._fetch(), sent_at)
        except IamporterError as exc:
            error = exc
            raise
        finally:
            if token is None and error is None:  # interrupted: waiters must not hang
                error = NetworkError("the token request was interrupted")
            self._land(flight, token, error)
            flight.done.set()
        assert token is not None
        return token

    @staticmethod
    def _outcome(flight: _Flight) -> str:
        if flight.error is not None:
            raise copy.copy(flight.error)
        assert flight.token is not None
        return flight.token

    async def aget(self, deadline: float | None = None) -> str:
        """Return a valid token, fetching one (once, for all waiting tasks) if needed."""
        import asyncio  # only async programs pay for importing asyncio

        token = self.valid_token()
        if token is not None:
            return token
        loop = asyncio.get_running_loop()
        with self._lock:  # never held across an await
            token = self.valid_token()
            if token is not None:
                return token
            flight, lead = self._join(loop)
            if lead:
                flight = self._flight = _Flight(asyncio.Event(), loop)
        assert flight is not None
        if lead:
            return await self._alead(flight)
        done = flight.done
        assert isinstance(done, asyncio.Event)
        wait = None if deadline is None else max(0.0, deadline - time.monotonic())
        try:
            await asyncio.wait_for(done.wait(), wait)
        except TimeoutError:
            raise RequestTimeoutError("timed out waiting for an access token") from None
        return self._outcome(flight)

    async def _alead(self, flight: _Flight) -> str:
        error: IamporterError | None = None
        token: str | None = None
        try:
            sent_at = self._clock()
            token = self.store(await self._afetch(), sent_at)
        except IamporterError as exc:
            error = exc
            raise
        finally:
            if token is None and error is None:  # cancelled: waiters must not hang
                error = NetworkError("the token request was interrupted")
            self._land(flight, token, error)
            flight.done.set()
        assert token is not None
        return token


class TokenAuth(httpx.Auth):
    """Puts the bare token in ``Authorization``; on 401 refreshes and replays once."""

    def __init__(self, cache: TokenCache) -> None:
        self._cache = cache

    def __repr__(self) -> str:
        return "TokenAuth()"

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        """Authenticate a request sent by ``httpx.Client``."""
        token = self._cache.get()
        request.headers["Authorization"] = token
        response = yield request
        if response.status_code == 401:
            self._cache.invalidate(token)
            request.headers["Authorization"] = self._cache.get()
            yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authenticate a request sent by ``httpx.AsyncClient``."""
        # The common case (a valid cached token) creates no coroutine at all.
        token = self._cache.valid_token() or await self._cache.aget()
        request.headers["Authorization"] = token
        response = yield request
        if response.status_code == 401:
            self._cache.invalidate(token)
            request.headers["Authorization"] = await self._cache.aget()
            yield request
