"""``AsyncIamporter``: the asynchronous client, with the methods of ``Iamporter`` awaited.

Its request loop is the only code it does not share with ``Iamporter`` (``_client.py``); its
pools, one per event loop, and their in-flight limits load with its first call in a loop
(``_slots.py``).
"""

from __future__ import annotations

import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING, Self, TypeVar

import httpx

from ._client import _NO_AUTH, _cheap_cookies, _ClientBase, _past
from ._core import Call, Kind, body_error, log_response, to_result
from ._defaults import DEFAULT_ASYNC_CONCURRENCY, DEFAULT_WAIT
from ._errors import IamporterError
from ._resource_index import AsyncResources
from ._seeds import AsyncSeeds
from ._transport import (
    DEADLINE,
    BodyTooLargeError,
    UnsupportedEncodingError,
    aread_body,
    async_transport,
)

if TYPE_CHECKING:
    import asyncio

    from iamport_api.client import Client as LowLevelClient
    from iamport_api.models import Payment

    from ._result import AccessToken, IamporterResult
    from ._slots import LoopPool

__all__ = ["AsyncIamporter"]

T = TypeVar("T")


async def _sleep(seconds: float) -> None:
    import asyncio  # only async programs pay for importing asyncio

    await asyncio.sleep(seconds)


def _no_sync_fetch() -> AccessToken:
    raise RuntimeError("AsyncIamporter is asynchronous; use Iamporter in sync code")


class AsyncIamporter(AsyncResources, AsyncSeeds, _ClientBase):
    """Asynchronous Iamport client with the same methods as :class:`Iamporter` (awaitable).

    Share one instance across tasks. At most ``max_concurrency`` requests (default 4) are in
    flight at once; more tasks wait their turn, which is faster than letting them all contend.

    Example::

        async with AsyncIamporter(api_key, secret) as iamporter:
            result = await iamporter.find_by_imp_uid("imp_448280090638")
    """

    def _open(self) -> None:
        from ._auth import TokenAuth, TokenCache  # with the first client, not at import

        self._tokens = TokenCache(_no_sync_fetch, self._fetch_token)
        self._auth = TokenAuth(self._tokens)
        self._concurrency = self._max_concurrency or DEFAULT_ASYNC_CONCURRENCY
        # Sockets, locks and semaphores belong to one event loop. A client reused under another
        # loop (pytest-asyncio's loop per test, asyncio.run per job) gets a pool of its own
        # there, instead of writing to sockets of a loop that is gone.
        self._loops: dict[asyncio.AbstractEventLoop, LoopPool] = {}
        self._loops_lock = threading.Lock()
        self._pool: LoopPool | None = None
        self._spare: httpx.AsyncClient | None = self._new_http()
        self._http = self._spare

    def _new_http(self) -> httpx.AsyncClient:
        http = httpx.AsyncClient(
            base_url=self._settings.base_url,
            auth=self._auth,  # for api_client users; this client's own calls set the token
            headers=self._headers,
            timeout=self._timeout,
            follow_redirects=False,
            transport=async_transport(self._max_retries, self._proxy),
        )
        _cheap_cookies(http)
        return http

    def _after_fork(self) -> None:
        self._tokens.after_fork()
        self._loops_lock = threading.Lock()
        self._loops = {}
        self._pool = None
        self._spare = None if self._closed else self._new_http()
        if self._spare is not None:
            self._http = self._spare

    def _loop_pool(self) -> LoopPool:
        import asyncio  # only async programs pay for importing asyncio

        loop = asyncio.get_running_loop()
        pool = self._pool
        if pool is not None and pool.loop is loop:
            return pool
        with self._loops_lock:  # loops in several threads may arrive at once
            pool = self._loops.get(loop)
            if pool is None:
                for old in [old for old in self._loops if old.is_closed()]:
                    del self._loops[old]  # its sockets died with it
                from ._slots import LoopPool, Slots  # with the first call in a loop

                http, self._spare = self._spare or self._new_http(), None
                pool = LoopPool(loop, http, Slots(loop, self._concurrency))
                self._loops[loop] = pool
        self._pool = pool
        self._http = pool.http
        return pool

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the connection pools (awaitable; same name as ``Iamporter.close``).

        Calls made afterwards raise ``IamporterError``.
        """
        import asyncio

        self._closed = True
        loop = asyncio.get_running_loop()
        pools, self._loops, self._pool = self._loops, {}, None
        spare, self._spare = self._spare, None
        for pool in pools.values():
            if pool.loop is loop:
                await pool.http.aclose()
        if spare is not None:
            await spare.aclose()

    async def aclose(self) -> None:
        """Close the connection pools (the name httpx and asyncio code expect)."""
        await self.close()

    @property
    def api_client(self) -> LowLevelClient:
        """The generated low-level client, sharing this client's connections and tokens.

        For operations this wrapper has no method for: ``await op.asyncio_detailed(client=...)``.
        """
        from iamport_api.client import Client

        return Client(base_url=self._settings.base_url).set_async_httpx_client(self._http)

    async def _fetch_token(self) -> AccessToken:
        call, _ = self._token_call(None, None)
        return (await self._run(call)).data

    async def get_token(
        self, api_key: str | None = None, secret: str | None = None
    ) -> IamporterResult[AccessToken]:
        """Request an access token (the client does this by itself; you rarely need to).

        Args:
            api_key, secret: Other credentials to get a token for; by default this client's.

        Raises:
            AuthenticationError: The credentials were refused (``message`` says why).
        """
        call, own = self._token_call(api_key, secret)
        sent_at = self._tokens.now()
        result = await self._run(call)
        if own:
            self._tokens.store(result.data, sent_at)
        return result

    async def _run(self, call: Call[T]) -> IamporterResult[T]:
        # One coroutine for the whole loop (the sync twin splits it in two functions): every
        # extra coroutine is measurable at thousands of calls per second.
        if self._closed:
            raise self._closed_error()
        pool = self._loop_pool()
        deadline = self._call_deadline()
        request = call.build(pool.http, self._settings.base_url, self._timeout)
        reset = DEADLINE.set(deadline)
        attempt = 0
        replayed = False
        authorized = call.kind is not Kind.TOKEN
        try:
            while True:
                if authorized:  # the token stays in the request: no local of ours shows it
                    # The common case (a valid cached token) creates no coroutine at all.
                    request.headers["Authorization"] = (
                        self._tokens.valid_token() or await self._tokens.aget(deadline)
                    )
                DEADLINE.set(self._attempt_deadline(deadline, time.monotonic()))
                started = time.perf_counter()
                failure: BaseException | None = None
                try:
                    status, content = await self._exchange(pool, request, authorized, deadline)
                except (BodyTooLargeError, UnsupportedEncodingError) as exc:
                    raise body_error(call, None, str(exc)) from None
                except IamporterError:
                    raise  # ours, raised before anything was sent (no free slot in time)
                except Exception as exc:
                    failure = exc
                if failure is not None:
                    error, delay = self._after_failure(call, failure, attempt, deadline)
                    del failure  # no reference to the request (and its headers) survives
                    if error is not None:
                        raise error
                else:
                    log_response(call, status, time.perf_counter() - started)
                    if status == 401 and authorized and not replayed:
                        self._tokens.invalidate(request.headers["Authorization"])
                        replayed = True
                        continue
                    pause = self._retry.after_status(call, status, attempt)
                    if pause is None or _past(deadline, pause):
                        return to_result(call, status, content, self._scrubber(call), self._strict)
                    delay = pause
                attempt += 1
                await _sleep(delay)
        finally:
            DEADLINE.reset(reset)

    async def _exchange(
        self, pool: LoopPool, request: httpx.Request, limited: bool, deadline: float | None
    ) -> tuple[int, bytes]:
        # Token requests go outside the concurrency limit: the tasks holding its slots may be
        # the very ones waiting for this token.
        limit = pool.limit if limited else None
        if limit is not None and not limit.try_acquire():
            await limit.acquire(deadline)
        try:
            response = await pool.http.send(request, auth=_NO_AUTH, stream=True)
            try:
                return response.status_code, await aread_body(response, self._max_bytes)
            finally:
                await response.aclose()
        finally:
            if limit is not None:
                limit.release()

    async def resolve_payment(
        self, merchant_uid: str, *, wait: float = DEFAULT_WAIT
    ) -> IamporterResult[Payment]:
        """What the service recorded for order ``merchant_uid``, after a lost answer.

        The async twin of :meth:`Iamporter.resolve_payment`: the same lookups and pauses.

        Raises:
            NotFoundError: After ``wait`` seconds the service still has no payment for the
                order: a new attempt with the same merchant_uid is safe.
            NetworkError, ServerError: The lookups kept failing; the outcome is still unknown.
            ValidationError: A bad merchant_uid or wait.
        """
        from ._resolve import aresolve

        return await aresolve(self, merchant_uid, wait)
