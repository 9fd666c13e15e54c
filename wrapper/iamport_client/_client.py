"""``Iamporter`` and ``AsyncIamporter``: the clients users import.

Both expose the same methods with the same signatures: each method is built once, in
``_calls.py`` (the seed-compatible methods, bound on first use by ``_seeds.py``), or generated
from the spec (the ``_resources`` package: the resource attributes ``client.payments``,
``client.receipts``...). The two request loops below are the only code that differs between
them.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import weakref
from collections.abc import Coroutine
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar
from urllib.parse import urlsplit

import httpx

from ._core import (
    Call,
    Kind,
    RetryPolicy,
    Scrubber,
    body_error,
    error_for_transport,
    log_response,
    to_result,
)
from ._errors import IamporterError, RequestTimeoutError, ValidationError
from ._resource_index import AsyncResources, SyncResources
from ._seeds import AsyncSeeds, SyncSeeds
from ._transport import (
    DEADLINE,
    BodyTooLargeError,
    UnsupportedEncodingError,
    aread_body,
    async_transport,
    is_loopback,
    proxy_for,
    read_body,
    sync_transport,
)
from ._version import __version__

if TYPE_CHECKING:
    import asyncio

    from iamport_api.client import Client as LowLevelClient
    from iamport_api.models import Payment

    from ._auth import TokenCache
    from ._result import AccessToken, IamporterResult

__all__ = ["DEFAULT_BASE_URL", "AsyncIamporter", "Iamporter"]

T = TypeVar("T")

DEFAULT_BASE_URL = "https://api.iamport.kr"
#: The public test credentials published in Iamport's documentation (what the seed library
#: defaults to). They only reach test channels.
TEST_API_KEY = "imp_apikey"
TEST_API_SECRET = "ekKoeW8RyKuT0zgaZsUtXXTLQ4AhPFW3ZGseDA6bkA5lamv9OqDMnxyeB9wqOsuO9W3Mx9YSJ4dTqJ3f"  # noqa: S105
#: Gateways can take many seconds to approve a charge: be patient on reads, quick on connects.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
#: In-flight requests per AsyncIamporter. Beyond a few, httpx's async pool spends more time
#: contending than sending on a small machine (bench/ measures this).
DEFAULT_ASYNC_CONCURRENCY = 4
#: The largest decoded response body accepted (a 1000-payment page is about 2 MB).
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
#: Environment switch for plain http to a named host (a compose service, a CI container).
INSECURE_HTTP_ENV = "IAMPORT_ALLOW_INSECURE_HTTP"
#: Set to 1 to make every client strict about answers that deviate from the spec.
STRICT_ENV = "IAMPORT_STRICT"

logger = logging.getLogger("iamport_client")
INF = float("inf")
#: The calls set their token themselves; an explicit no-op flow spares httpx looking for
#: credentials in the URL on every request (``auth=None`` does that).
_NO_AUTH = httpx.Auth()
_warned_insecure: set[str] = set()

USER_AGENT = f"iamport-client/{__version__} (python; httpx {httpx.__version__})"


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


class _Settings:
    """Credentials and connection settings, resolved once from arguments and environment."""

    def __init__(
        self,
        api_key: str | None,
        secret: str | None,
        base_url: str | None,
        allow_insecure_http: bool,
    ) -> None:
        env = os.environ
        if (api_key is None) != (secret is None):
            raise ValidationError("secret", "give both api_key and secret, or neither")
        if api_key is None:
            env_key, env_secret = env.get("IAMPORT_API_KEY"), env.get("IAMPORT_API_SECRET")
            if bool(env_key) != bool(env_secret):
                raise ValidationError(
                    "IAMPORT_API_SECRET",
                    "set both IAMPORT_API_KEY and IAMPORT_API_SECRET, or neither",
                )
            api_key = env_key or TEST_API_KEY
            secret = env_secret or TEST_API_SECRET
        assert secret is not None
        self.api_key = api_key
        self.secret = secret
        url = base_url or env.get("IAMPORT_BASE_URL") or DEFAULT_BASE_URL
        if not isinstance(url, str) or any(ch.isspace() or ord(ch) < 32 for ch in url):
            raise ValidationError("base_url", "must be a URL without spaces or control characters")
        url = url.rstrip("/")
        try:
            parts = urlsplit(url)
            host = parts.hostname
            parts.port  # noqa: B018 - raises ValueError for a malformed port
            httpx.URL(url)
        except (ValueError, httpx.InvalidURL):
            raise ValidationError("base_url", "is not a valid URL") from None
        if parts.scheme not in ("https", "http") or not host:
            raise ValidationError("base_url", "must be an absolute http(s) URL")
        if parts.query or parts.fragment:
            raise ValidationError("base_url", "must not carry a query or a fragment")
        if parts.username is not None or parts.password is not None:
            # It would be shown by repr() and logs; credentials go in api_key and secret.
            raise ValidationError("base_url", "must not carry a user name or password")
        insecure = allow_insecure_http or env.get(INSECURE_HTTP_ENV, "") in ("1", "true", "yes")
        if parts.scheme == "http" and not is_loopback(host):
            if not insecure:
                raise ValidationError(
                    "base_url",
                    "plain http is refused for non-loopback hosts (tokens and card data would "
                    f"travel in clear); use https, or pass allow_insecure_http=True or set "
                    f"{INSECURE_HTTP_ENV}=1",
                )
            if host not in _warned_insecure:
                _warned_insecure.add(host)
                logger.warning(
                    "plain http to %s is allowed: tokens and card data travel in clear", host
                )
        self.base_url = url
        self.host = host


def _timing(
    timeout: float | httpx.Timeout, max_retries: int, deadline: float | None
) -> tuple[httpx.Timeout, RetryPolicy, float | None, float | None]:
    """Checked timeout, retry policy, per-attempt budget and per-call deadline.

    Raises:
        ValidationError: A value is not usable.
    """
    retry = RetryPolicy(max_retries=_count("max_retries", max_retries, 0))
    if not isinstance(timeout, httpx.Timeout):
        _seconds("timeout", timeout, " (or an httpx.Timeout)")
    checked = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    parts = [t for t in (checked.connect, checked.read) if t is not None]
    attempt = sum(parts) if parts else None
    if deadline is None and attempt is not None:
        deadline = attempt * (max_retries + 1) + retry.total_pause()
    return checked, retry, attempt, None if deadline is None else _seconds("deadline", deadline)


def _count(field: str, value: object, minimum: int) -> int:
    """An int option (never a bool) of at least ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValidationError(field, f"must be an int of at least {minimum}")
    return value


def _seconds(field: str, value: object, alternative: str = "") -> float:
    """A positive, finite number of seconds (never a bool)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < INF:
        raise ValidationError(field, f"must be a positive, finite number of seconds{alternative}")
    return float(value)


#: What a ``with_options`` view holds itself; everything else is the root client's.
_VIEW_OWN = frozenset(
    {"_root", "_timeout", "_retry", "_attempt_budget", "_deadline", "_deadline_given"}
)


class _View:
    """A client seen through other per-call options (``client.with_options(...)``).

    It holds only its timeout, retry policy and deadline: every other attribute (connection
    pools, token cache, settings) is read from, and written to, the root client, so the view
    sees the pool the root uses now (after a fork, in another event loop) and shares its token.
    """

    _root: _ClientBase

    def __getattr__(self, name: str) -> Any:
        return getattr(self.__dict__["_root"], name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _VIEW_OWN:
            object.__setattr__(self, name, value)
        else:
            setattr(self._root, name, value)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._root!r}>"

    # Leaving ``with client.with_options(...) as quick:`` must not close the shared pool: the
    # client owns it (``close()`` on a view does close the client, as on the client itself).
    def __exit__(self, *exc_info: object) -> None:
        return None

    async def __aexit__(self, *exc_info: object) -> None:
        return None


_view_classes: dict[type, type] = {}


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
        if max_concurrency is not None:
            _count("max_concurrency", max_concurrency, 1)
        _count("max_response_bytes", max_response_bytes, 1024)
        self._settings = _Settings(api_key, secret, base_url, allow_insecure_http)
        self._deadline_given = deadline is not None
        self._timeout, self._retry, self._attempt_budget, self._deadline = _timing(
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
        # A view of a view starts from the view's options, not the root's: they compose.
        root: _ClientBase = self.__dict__.get("_root", self)
        given = (
            deadline if deadline is not None else (self._deadline if self._deadline_given else None)
        )
        timing = _timing(
            self._timeout if timeout is None else timeout,
            self._retry.max_retries if max_retries is None else max_retries,
            given,
        )
        cls = _view_classes.get(type(root))
        if cls is None:
            cls = _view_classes[type(root)] = type(
                f"{type(root).__name__}View", (_View, type(root)), {}
            )
        view: Any = object.__new__(cls)
        state = view.__dict__
        state["_root"] = root
        state["_timeout"], state["_retry"], state["_attempt_budget"], state["_deadline"] = timing
        state["_deadline_given"] = given is not None
        result: Self = view
        return result

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

    def resolve_payment(self, merchant_uid: str, *, wait: float = 10.0) -> IamporterResult[Payment]:
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


def _past(deadline: float | None, delay: float) -> bool:
    """Whether waiting ``delay`` seconds would end past ``deadline``."""
    return deadline is not None and time.monotonic() + delay >= deadline


async def _sleep(seconds: float) -> None:
    import asyncio  # only async programs pay for importing asyncio

    await asyncio.sleep(seconds)


class _Slots:
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


class _LoopPool:
    """The connections and the concurrency limit of an AsyncIamporter in one event loop."""

    __slots__ = ("http", "limit", "loop")

    def __init__(
        self, loop: asyncio.AbstractEventLoop, http: httpx.AsyncClient, limit: _Slots
    ) -> None:
        self.loop = loop
        self.http = http
        self.limit = limit


def _no_async_fetch() -> Coroutine[Any, Any, AccessToken]:
    raise RuntimeError("Iamporter is synchronous; use AsyncIamporter in async code")


def _no_sync_fetch() -> AccessToken:
    raise RuntimeError("AsyncIamporter is asynchronous; use Iamporter in sync code")


# ------------------------------------------------------------------------------------ async


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
        self._loops: dict[asyncio.AbstractEventLoop, _LoopPool] = {}
        self._loops_lock = threading.Lock()
        self._pool: _LoopPool | None = None
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

    def _loop_pool(self) -> _LoopPool:
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
                http, self._spare = self._spare or self._new_http(), None
                pool = _LoopPool(loop, http, _Slots(loop, self._concurrency))
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
        self, pool: _LoopPool, request: httpx.Request, limited: bool, deadline: float | None
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
        self, merchant_uid: str, *, wait: float = 10.0
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
