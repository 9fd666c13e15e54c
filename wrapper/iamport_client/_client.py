"""``Iamporter``, and ``_ClientBase``: what it shares with ``AsyncIamporter``
(``_async_client.py``), construction, options, deadlines, errors and the token call.

Both expose the same methods with the same signatures: each method is built once, in
``_calls.py`` (the seed-compatible methods, bound on first use by ``_seeds.py``), or generated
from the spec (the ``_resources`` package: the resource attributes ``client.payments``,
``client.receipts``...). The two request loops (``Iamporter._attempts`` here and
``AsyncIamporter._run``) are the only code that differs between them. What a client needs only
once it exists loads with it: its settings (``_settings.py``), its ``with_options`` views
(``_views.py``), the async pools (``_slots.py``).
"""

from __future__ import annotations

import os
import threading
import time
import weakref
from collections.abc import Coroutine
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from ._core import Call, Kind, Scrubber, body_error, error_for_transport, log_response, to_result
from ._defaults import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    DEFAULT_WAIT,
    STRICT_ENV,
    TEST_API_KEY,
    TEST_API_SECRET,
    USER_AGENT,
)
from ._errors import IamporterError, RequestTimeoutError, ValidationError
from ._resource_index import SyncResources
from ._seeds import SyncSeeds
from ._transport import (
    DEADLINE,
    BodyTooLargeError,
    UnsupportedEncodingError,
    proxy_for,
    read_body,
    sync_transport,
)

if TYPE_CHECKING:
    from iamport_api.client import Client as LowLevelClient
    from iamport_api.models import Payment

    from ._auth import TokenCache
    from ._result import AccessToken, IamporterResult

__all__ = ["DEFAULT_BASE_URL", "TEST_API_KEY", "TEST_API_SECRET", "Iamporter"]

T = TypeVar("T")

#: The calls set their token themselves; an explicit no-op flow spares httpx looking for
#: credentials in the URL on every request (``auth=None`` does that).
_NO_AUTH = httpx.Auth()


class _CookiesWhenSet(httpx.Cookies):
    """httpx parses every response for cookies (building urllib request objects: about a tenth
    of a call's CPU time here). Iamport sets none, so parse only when a response sets one."""

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


def _cheap_cookies(client: httpx.Client | httpx.AsyncClient) -> None:
    # No public hook exists for this; skip the optimisation if httpx's internals change.
    if isinstance(getattr(client, "_cookies", None), httpx.Cookies):
        client._cookies = _CookiesWhenSet()


class _ClientBase:
    """Construction and helpers shared by both clients."""

    _tokens: TokenCache

    def __init__(
        self,
        api_key: str | None = None,
        secret: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        max_concurrency: int | None = None,
        tier: str | None = None,
        allow_insecure_http: bool = False,
        deadline: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        proxy: str | None = None,
        trust_env: bool = True,
        strict: bool | None = None,
    ) -> None:
        """Create a client.

        Args:
            api_key: REST API key. With neither ``api_key`` nor ``secret``, the environment
                variables ``IAMPORT_API_KEY``/``IAMPORT_API_SECRET`` are used when set, else
                the public test credentials.
            secret: REST API secret (never shown in repr, errors or logs).
            base_url: Defaults to ``IAMPORT_BASE_URL`` or ``https://api.iamport.kr``. Plain
                ``http://`` is accepted only for loopback hosts unless ``allow_insecure_http``.
            timeout: Seconds, or an ``httpx.Timeout`` (default: 30 s, 5 s to connect).
            max_retries: Retries of failed connects (any request), and of timeouts and 5xx
                for lookups and token requests. Money-moving requests are never resent once
                they may have reached the service.
            max_concurrency: Requests in flight at once (async default: 4; sync: unlimited).
            tier: Sub-merchant code sent as the ``Tier`` header.
            allow_insecure_http: Permit ``http://`` to a non-loopback host (also:
                ``IAMPORT_ALLOW_INSECURE_HTTP=1``); a warning is logged once per host.
            deadline: Seconds one call may take in all: waiting for a token, every attempt,
                the pauses between retries and a slowly trickling answer. Default: room for
                every attempt to use its whole ``timeout`` plus the pauses between them (about
                106 s with the defaults); each attempt is also bounded by its connect plus
                read timeouts in total. A money-moving call that runs out of time raises
                ``PaymentOutcomeUnknownError``.
            max_response_bytes: Largest decoded (decompressed) response body accepted
                (default 32 MiB); a larger one raises ``InvalidResponseError``.
            proxy: Outbound proxy URL. By default (``trust_env``) ``HTTPS_PROXY``/``HTTP_PROXY``/
                ``ALL_PROXY`` and ``NO_PROXY`` are honoured; loopback hosts never use a proxy.
            trust_env: Read proxy settings from the environment.
            strict: Refuse every answer that deviates from the spec (``InvalidResponseError``;
                for a money-moving call, an outcome-unknown error that is also one). By
                default (or ``IAMPORT_STRICT=1``) only the core fields (ids, amounts, currency,
                status, the envelope, the token) are strict and any other deviation is kept
                and logged once on ``iamport_client.drift`` (docs/models.md).

        Raises:
            ValidationError: Inconsistent credentials, an unsafe base URL or a bad option.
        """
        from ._settings import Settings, count, timing  # with the first client, not at import

        if max_concurrency is not None:
            count("max_concurrency", max_concurrency, 1)
        count("max_response_bytes", max_response_bytes, 1024)
        self._settings = Settings(api_key, secret, base_url, allow_insecure_http)
        self._deadline_given = deadline is not None
        self._timeout, self._retry, self._attempt_budget, self._deadline = timing(
            timeout, max_retries, deadline
        )
        self._max_bytes = max_response_bytes
        if strict is None:
            strict = os.environ.get(STRICT_ENV, "").strip().lower() in ("1", "true", "yes")
        elif not isinstance(strict, bool):
            raise ValidationError("strict", "must be True, False or None")
        self._strict = strict
        if proxy is None and trust_env:
            proxy = proxy_for(self._settings.base_url, self._settings.host)
        self._proxy = proxy
        self._headers = {
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            # Only what the body reader decodes under its size limit.
            "Accept-Encoding": "gzip, deflate",
        }
        if tier is not None:
            from ._validation import HEADER_VALUE

            if not isinstance(tier, str) or not HEADER_VALUE.fullmatch(tier):
                raise ValidationError("tier", "must be a non-empty code of visible ASCII")
            self._headers["Tier"] = tier
        self._max_concurrency = max_concurrency
        self._max_retries = max_retries
        self._closed = False
        self._open()
        _reopen_after_fork(self)

    def _open(self) -> None:
        raise NotImplementedError

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Self:
        """This client with other per-call options, sharing its connections and token.

        Example::

            quick = iamporter.with_options(timeout=2.0, max_retries=0)
            quick.payments.get(imp_uid)  # iamporter itself keeps its own options

        Args:
            timeout: Seconds, or an ``httpx.Timeout``, for each attempt of the view's calls.
            max_retries: Retries of reads and token requests after timeouts and 5xx (money
                is still never resent).
            deadline: Seconds one call may take in all; by default the client's own when it
                was given, else room for every attempt and the pauses between them.

        Raises:
            ValidationError: An option is not usable.
        """
        from ._views import view_of  # with the first view, not at import

        view: Self = view_of(self, timeout, max_retries, deadline)
        return view

    def _call_deadline(self) -> float | None:
        """The call's deadline (monotonic), within any outer one (a token fetch's caller)."""
        outer = DEADLINE.get()
        call = None if self._deadline is None else time.monotonic() + self._deadline
        if outer is not None:
            call = outer if call is None else min(call, outer)
        return call

    def _attempt_deadline(self, call: float | None, now: float) -> float | None:
        budget = self._attempt_budget
        if budget is None:
            return call
        attempt = now + budget
        return attempt if call is None else min(call, attempt)

    def _after_failure(
        self, call: Call[Any], failure: BaseException, attempt: int, deadline: float | None
    ) -> tuple[IamporterError | None, float]:
        """After no answer came: the error to raise, or the pause before trying again."""
        delay = (
            self._retry.after_error(call, failure, attempt)
            if isinstance(failure, httpx.RequestError)
            else None
        )
        if delay is None or _past(deadline, delay):
            return error_for_transport(call, failure, self._scrubber(call)), 0.0
        return None, delay

    def _closed_error(self) -> IamporterError:
        return IamporterError(f"this {type(self).__name__} is closed; create a new client")

    def _scrubber(self, call: Call[Any]) -> Scrubber:
        return Scrubber(call, self._tokens.current())

    def _after_fork(self) -> None:
        raise NotImplementedError

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(api_key={self._settings.api_key!r}, "
            f"base_url={self._settings.base_url!r})"
        )

    @property
    def base_url(self) -> str:
        """The API's base URL."""
        return self._settings.base_url

    def _token_call(
        self, api_key: str | None, secret: str | None
    ) -> tuple[Call[AccessToken], bool]:
        from . import _calls  # the builders load on first use, not at import

        if (api_key is None) != (secret is None):
            raise ValidationError("secret", "give both api_key and secret, or neither")
        if api_key is None or secret is None:
            return _calls.get_token(self._settings.api_key, self._settings.secret), True
        own = api_key == self._settings.api_key and secret == self._settings.secret
        return _calls.get_token(api_key, secret), own


def _reopen_after_fork(client: _ClientBase) -> None:
    """Give ``client`` fresh connections in a forked child (gunicorn ``--preload``, celery).

    Parent and child would otherwise share the pooled sockets, and each would read answers
    meant for the other. The child abandons the parent's pool without closing it (closing
    would shut the parent's connections down); the token cache is kept, it is still valid.
    """
    if not hasattr(os, "register_at_fork"):  # not on Windows; there is no fork there
        return
    ref = weakref.ref(client)

    def reopen() -> None:
        alive = ref()
        if alive is not None:
            alive._after_fork()

    os.register_at_fork(after_in_child=reopen)


def _past(deadline: float | None, delay: float) -> bool:
    """Whether waiting ``delay`` seconds would end past ``deadline``."""
    return deadline is not None and time.monotonic() + delay >= deadline


def _no_async_fetch() -> Coroutine[Any, Any, AccessToken]:
    raise RuntimeError("Iamporter is synchronous; use AsyncIamporter in async code")


# ------------------------------------------------------------------------------------ sync


class Iamporter(SyncResources, SyncSeeds, _ClientBase):
    """Synchronous Iamport client. Thread-safe: share one instance across threads.

    Example::

        with Iamporter(api_key, secret) as iamporter:
            result = iamporter.find_by_imp_uid("imp_448280090638")
            print(result.data.amount, result.data.status)
    """

    def _open(self) -> None:
        from ._auth import TokenAuth, TokenCache  # with the first client, not at import

        self._tokens = TokenCache(self._fetch_token, _no_async_fetch)
        self._auth = TokenAuth(self._tokens)
        self._limit = (
            None
            if self._max_concurrency is None
            else threading.BoundedSemaphore(self._max_concurrency)
        )
        self._http = self._new_http()

    def _new_http(self) -> httpx.Client:
        http = httpx.Client(
            base_url=self._settings.base_url,
            auth=self._auth,  # for api_client users; this client's own calls set the token
            headers=self._headers,
            timeout=self._timeout,
            follow_redirects=False,
            # Retries failed *connects* only: nothing was sent, so this is safe for payments.
            transport=sync_transport(self._max_retries, self._proxy),
        )
        _cheap_cookies(http)
        return http

    def _after_fork(self) -> None:
        self._tokens.after_fork()
        if self._max_concurrency is not None:
            self._limit = threading.BoundedSemaphore(self._max_concurrency)
        if not self._closed:
            self._http = self._new_http()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool. Calls made afterwards raise ``IamporterError``."""
        self._closed = True
        self._http.close()

    @property
    def api_client(self) -> LowLevelClient:
        """The generated low-level client, sharing this client's connections and tokens.

        For operations this wrapper has no method for: ``op.sync_detailed(client=...)``.
        """
        from iamport_api.client import Client

        return Client(base_url=self._settings.base_url).set_httpx_client(self._http)

    def _fetch_token(self) -> AccessToken:
        call, _ = self._token_call(None, None)
        return self._run(call).data

    def get_token(
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
        result = self._run(call)
        if own:
            self._tokens.store(result.data, sent_at)
        return result

    def _run(self, call: Call[T]) -> IamporterResult[T]:
        if self._closed:
            raise self._closed_error()
        deadline = self._call_deadline()
        request = call.build(self._http, self._settings.base_url, self._timeout)
        reset = DEADLINE.set(deadline)
        try:
            return self._attempts(call, request, deadline)
        finally:
            DEADLINE.reset(reset)

    def _attempts(
        self, call: Call[T], request: httpx.Request, deadline: float | None
    ) -> IamporterResult[T]:
        attempt = 0
        replayed = False
        while True:
            authorized = call.kind is not Kind.TOKEN
            if authorized:  # the token stays in the request: no local of ours shows it
                request.headers["Authorization"] = self._tokens.get(deadline)
            DEADLINE.set(self._attempt_deadline(deadline, time.monotonic()))
            started = time.perf_counter()
            failure: BaseException | None = None
            try:
                status, content = self._exchange(request, call)
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
                    # Refused before anything was done (the token expired early): safe to
                    # replay once with a fresh token, even for payments.
                    self._tokens.invalidate(request.headers["Authorization"])
                    replayed = True
                    continue
                pause = self._retry.after_status(call, status, attempt)
                if pause is None or _past(deadline, pause):
                    return to_result(call, status, content, self._scrubber(call), self._strict)
                delay = pause
            attempt += 1
            time.sleep(delay)

    def _exchange(self, request: httpx.Request, call: Call[Any]) -> tuple[int, bytes]:
        limit = self._limit
        if limit is None or call.kind is Kind.TOKEN:
            # Token requests must not queue behind the very requests that wait for them.
            return self._send(request)
        deadline = DEADLINE.get()
        wait = -1.0 if deadline is None else max(0.0, deadline - time.monotonic())
        if not limit.acquire(timeout=wait):  # nothing was sent: safe to give up
            raise RequestTimeoutError("timed out waiting for a free connection slot")
        try:
            return self._send(request)
        finally:
            limit.release()

    def _send(self, request: httpx.Request) -> tuple[int, bytes]:
        response = self._http.send(request, auth=_NO_AUTH, stream=True)
        try:
            return response.status_code, read_body(response, self._max_bytes)
        finally:
            response.close()

    def resolve_payment(
        self, merchant_uid: str, *, wait: float = DEFAULT_WAIT
    ) -> IamporterResult[Payment]:
        """What the service recorded for order ``merchant_uid``, after a lost answer.

        Looks the order up, pausing longer after each miss (0.2 s, doubling, at most 2 s), for
        at most ``wait`` seconds: the recipe after :class:`PaymentOutcomeUnknownError`.

        Returns:
            The order's latest payment, whatever its status (``paid``, ``failed``, ``ready``,
            ``cancelled``): check ``data.status`` and ``data.amount``.

        Raises:
            NotFoundError: After ``wait`` seconds the service still has no payment for the
                order: it was never made, and a new attempt with the same merchant_uid is safe.
            NetworkError, ServerError: The lookups kept failing; the outcome is still unknown.
            ValidationError: A bad merchant_uid or wait (0 to 3600 seconds).
        """
        from ._resolve import resolve

        return resolve(self, merchant_uid, wait)
