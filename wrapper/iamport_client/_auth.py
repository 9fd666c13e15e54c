"""Access-token lifecycle as an ``httpx.Auth`` flow.

Rules (see the spec's description of ``POST /users/getToken``):

* one token serves every call until shortly before it expires;
* its lifetime is the server's ``expired_at - now``, counted on this process's monotonic clock
  from the moment the token request was sent, so a skewed wall clock changes nothing;
* it is refreshed ``REFRESH_MARGIN`` seconds early: the service extends a token that has a
  minute or less left, so a refresh inside that minute returns the same token, extended;
* concurrent callers on a cold or expiring client wait for one token request (a lock per
  flavour: ``threading.Lock`` for threads, ``asyncio.Lock`` for tasks); the lock is held only
  while fetching, never across the ``yield`` that sends the caller's request;
* a 401 drops the token (if nobody replaced it meanwhile), fetches a new one and replays the
  request once. A 401 is the service refusing the request before doing anything, so replaying
  is safe even for payments.
"""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from ._result import AccessToken

if TYPE_CHECKING:
    import asyncio

__all__ = ["REFRESH_MARGIN", "TokenAuth", "TokenCache"]

#: Refresh this many seconds before the server-reported expiry.
REFRESH_MARGIN = 30.0
#: Lifetime assumed when the server reports a non-positive one (a 401 still triggers a refresh).
FALLBACK_LIFETIME = 300.0


@dataclass(frozen=True, slots=True)
class _Cached:
    token: str
    refresh_at: float  # monotonic seconds


class TokenCache:
    """Holds the current token and fetches a new one, once, when it is missing or expiring."""

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
        self._alock: asyncio.Lock | None = None
        self._alock_loop: asyncio.AbstractEventLoop | None = None

    def __repr__(self) -> str:
        state = "empty" if self._cached is None else "holding a token"
        return f"TokenCache({state})"

    def now(self) -> float:
        """The cache's monotonic clock (what lifetimes are measured on)."""
        return self._clock()

    def valid_token(self) -> str | None:
        """The cached token if it is not due for refresh, else ``None``."""
        cached = self._cached
        if cached is not None and self._clock() < cached.refresh_at:
            return cached.token
        return None

    def store(self, token: AccessToken, sent_at: float) -> str:
        """Cache ``token``, whose request was sent at monotonic time ``sent_at``."""
        lifetime = float(token.lifetime)
        if lifetime <= 0:
            lifetime = FALLBACK_LIFETIME
        # Never refresh sooner than half way through a (short) lifetime: a server that keeps
        # answering with nearly-expired tokens must not cost a token request per call.
        refresh_in = max(lifetime - REFRESH_MARGIN, lifetime / 2)
        self._cached = _Cached(token.access_token, sent_at + refresh_in)
        return token.access_token

    def invalidate(self, token: str) -> None:
        """Forget ``token`` unless another caller already replaced it."""
        cached = self._cached
        if cached is not None and cached.token == token:
            self._cached = None

    def get(self) -> str:
        """Return a valid token, fetching one (once, for all waiting threads) if needed."""
        token = self.valid_token()
        if token is not None:
            return token
        with self._lock:
            token = self.valid_token()
            if token is not None:
                return token
            sent_at = self._clock()
            return self.store(self._fetch(), sent_at)

    async def aget(self) -> str:
        """Return a valid token, fetching one (once, for all waiting tasks) if needed."""
        token = self.valid_token()
        if token is not None:
            return token
        async with self._async_lock():
            token = self.valid_token()
            if token is not None:
                return token
            sent_at = self._clock()
            return self.store(await self._afetch(), sent_at)

    def _async_lock(self) -> asyncio.Lock:
        import asyncio  # only async programs pay for importing asyncio

        # An asyncio.Lock belongs to one event loop; a client reused under a new loop (as test
        # runners do) gets a fresh lock instead of a RuntimeError.
        loop = asyncio.get_running_loop()
        if self._alock is None or self._alock_loop is not loop:
            self._alock = asyncio.Lock()
            self._alock_loop = loop
        return self._alock


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
