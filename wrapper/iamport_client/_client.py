"""``Iamporter`` and ``AsyncIamporter``: the clients users import.

Both expose the same methods with the same signatures: each method is built once, in
``_calls.py`` (or ``_operations.py`` for the resource namespaces), and bound here by
``bind_sync`` or ``bind_async``. The two request loops below are the only code that differs
between them.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Coroutine
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar
from urllib.parse import urlsplit

import httpx

from . import _calls
from ._auth import TokenAuth, TokenCache
from ._binding import bind_async, bind_sync, lazy_namespace
from ._core import Call, Kind, RetryPolicy, log_response, to_result
from ._errors import ValidationError
from ._result import AccessToken, IamporterResult
from ._version import __version__

if TYPE_CHECKING:
    import asyncio

    from iamport_api.client import Client as LowLevelClient

    from . import _namespaces as ns

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

USER_AGENT = f"iamport-client/{__version__} (python; httpx {httpx.__version__})"


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


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
        url = (base_url or env.get("IAMPORT_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        parts = urlsplit(url)
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise ValidationError("base_url", "must be an absolute http(s) URL")
        if parts.scheme == "http" and not (allow_insecure_http or _is_loopback(parts.hostname)):
            raise ValidationError(
                "base_url",
                "plain http is refused for non-loopback hosts (tokens and card data would "
                "travel in clear); use https, or pass allow_insecure_http=True",
            )
        self.base_url = url


class _ClientBase:
    """Construction and helpers shared by both clients."""

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
            allow_insecure_http: Permit ``http://`` to a non-loopback host.

        Raises:
            ValidationError: Inconsistent credentials or an unsafe base URL.
        """
        if max_retries < 0:
            raise ValidationError("max_retries", "must not be negative")
        if max_concurrency is not None and max_concurrency < 1:
            raise ValidationError("max_concurrency", "must be at least 1")
        self._settings = _Settings(api_key, secret, base_url, allow_insecure_http)
        self._retry = RetryPolicy(max_retries=max_retries)
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        if tier is not None:
            self._headers["Tier"] = tier
        self._max_concurrency = max_concurrency
        self._max_retries = max_retries
        self._open()

    def _open(self) -> None:
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
        if (api_key is None) != (secret is None):
            raise ValidationError("secret", "give both api_key and secret, or neither")
        if api_key is None or secret is None:
            return _calls.get_token(self._settings.api_key, self._settings.secret), True
        own = api_key == self._settings.api_key and secret == self._settings.secret
        return _calls.get_token(api_key, secret), own


# ------------------------------------------------------------------------------------ sync


class Iamporter(_ClientBase):
    """Synchronous Iamport client. Thread-safe: share one instance across threads.

    Example::

        with Iamporter(api_key, secret) as iamporter:
            result = iamporter.find_by_imp_uid("imp_448280090638")
            print(result.data.amount, result.data.status)
    """

    def _open(self) -> None:
        self._tokens = TokenCache(self._fetch_token, _no_async_fetch)
        self._auth = TokenAuth(self._tokens)
        self._limit = (
            None
            if self._max_concurrency is None
            else threading.BoundedSemaphore(self._max_concurrency)
        )
        self._http = httpx.Client(
            base_url=self._settings.base_url,
            auth=self._auth,
            headers=self._headers,
            timeout=self._timeout,
            follow_redirects=False,
            # Retries failed *connects* only: nothing was sent, so this is safe for payments.
            transport=httpx.HTTPTransport(retries=self._max_retries),
        )
        _cheap_cookies(self._http)

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
        """Close the connection pool."""
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
        request = call.build(self._http, self._settings.base_url)
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                response = self._send(request, call)
            except httpx.RequestError as exc:
                delay = self._retry.after_error(call, exc, attempt)
            else:
                log_response(call, response, time.perf_counter() - started)
                retry_in = self._retry.after_status(call, response.status_code, attempt)
                if retry_in is None:
                    return to_result(call, response)
                delay = retry_in
            attempt += 1
            time.sleep(delay)

    def _send(self, request: httpx.Request, call: Call[Any]) -> httpx.Response:
        if call.kind is Kind.TOKEN:
            # Token requests carry credentials, not a token; and they must not queue behind the
            # very requests that wait for them.
            return self._http.send(request, auth=None)
        if self._limit is None:
            return self._http.send(request)
        with self._limit:
            return self._http.send(request)

    create_subscription = bind_sync(_calls.create_subscription)
    get_subscription = bind_sync(_calls.get_subscription)
    delete_subscription = bind_sync(_calls.delete_subscription)
    pay_subscription = bind_sync(_calls.pay_subscription)
    pay_onetime = bind_sync(_calls.pay_onetime)
    pay_foreign = bind_sync(_calls.pay_foreign)
    cancel = bind_sync(_calls.cancel)
    cancel_by_imp_uid = bind_sync(_calls.cancel_by_imp_uid)
    cancel_by_merchant_uid = bind_sync(_calls.cancel_by_merchant_uid)
    find_by_imp_uid = bind_sync(_calls.find_by_imp_uid)
    find_by_merchant_uid = bind_sync(_calls.find_by_merchant_uid)
    find_all_by_merchant_uid = bind_sync(_calls.find_all_by_merchant_uid)
    find_all_by_status = bind_sync(_calls.find_all_by_status)
    verify_payment = bind_sync(_calls.verify_payment)
    create_prepared_payment = bind_sync(_calls.create_prepared_payment)
    get_prepared_payment = bind_sync(_calls.get_prepared_payment)
    get_certification = bind_sync(_calls.get_certification)
    delete_certification = bind_sync(_calls.delete_certification)
    create_vbank = bind_sync(_calls.create_vbank)
    schedule_payments = bind_sync(_calls.schedule_payments)
    unschedule_payments = bind_sync(_calls.unschedule_payments)
    get_schedule = bind_sync(_calls.get_schedule)
    find_schedules = bind_sync(_calls.find_schedules)

    # Every other operation, grouped by resource (loaded on first use).
    payments: lazy_namespace[ns.Payments] = lazy_namespace("Payments")
    prepared_payments: lazy_namespace[ns.PreparedPayments] = lazy_namespace("PreparedPayments")
    schedules: lazy_namespace[ns.Schedules] = lazy_namespace("Schedules")
    billing_keys: lazy_namespace[ns.BillingKeys] = lazy_namespace("BillingKeys")
    vbanks: lazy_namespace[ns.Vbanks] = lazy_namespace("Vbanks")
    receipts: lazy_namespace[ns.Receipts] = lazy_namespace("Receipts")
    escrows: lazy_namespace[ns.Escrows] = lazy_namespace("Escrows")
    codes: lazy_namespace[ns.Codes] = lazy_namespace("Codes")
    certifications: lazy_namespace[ns.Certifications] = lazy_namespace("Certifications")
    naver: lazy_namespace[ns.Naver] = lazy_namespace("Naver")
    kcpquick: lazy_namespace[ns.Kcpquick] = lazy_namespace("Kcpquick")
    benepia: lazy_namespace[ns.Benepia] = lazy_namespace("Benepia")
    paymentwall: lazy_namespace[ns.Paymentwall] = lazy_namespace("Paymentwall")
    cvs: lazy_namespace[ns.Cvs] = lazy_namespace("Cvs")
    payco: lazy_namespace[ns.Payco] = lazy_namespace("Payco")
    partners: lazy_namespace[ns.Partners] = lazy_namespace("Partners")
    tiers: lazy_namespace[ns.Tiers] = lazy_namespace("Tiers")
    users: lazy_namespace[ns.Users] = lazy_namespace("Users")


async def _sleep(seconds: float) -> None:
    import asyncio  # only async programs pay for importing asyncio

    await asyncio.sleep(seconds)


def _no_async_fetch() -> Coroutine[Any, Any, AccessToken]:
    raise RuntimeError("Iamporter is synchronous; use AsyncIamporter in async code")


def _no_sync_fetch() -> AccessToken:
    raise RuntimeError("AsyncIamporter is asynchronous; use Iamporter in sync code")


# ------------------------------------------------------------------------------------ async


class AsyncIamporter(_ClientBase):
    """Asynchronous Iamport client with the same methods as :class:`Iamporter` (awaitable).

    Share one instance across tasks. At most ``max_concurrency`` requests (default 4) are in
    flight at once; more tasks wait their turn, which is faster than letting them all contend.

    Example::

        async with AsyncIamporter(api_key, secret) as iamporter:
            result = await iamporter.find_by_imp_uid("imp_448280090638")
    """

    def _open(self) -> None:
        self._tokens = TokenCache(_no_sync_fetch, self._fetch_token)
        self._auth = TokenAuth(self._tokens)
        self._concurrency = self._max_concurrency or DEFAULT_ASYNC_CONCURRENCY
        self._limit: asyncio.Semaphore | None = None
        self._limit_loop: asyncio.AbstractEventLoop | None = None
        self._http = httpx.AsyncClient(
            base_url=self._settings.base_url,
            auth=self._auth,
            headers=self._headers,
            timeout=self._timeout,
            follow_redirects=False,
            transport=httpx.AsyncHTTPTransport(retries=self._max_retries),
        )
        _cheap_cookies(self._http)

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
        """Close the connection pool (awaitable; same name as ``Iamporter.close``)."""
        await self._http.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (the name httpx and asyncio code expect)."""
        await self._http.aclose()

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
        request = call.build(self._http, self._settings.base_url)
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                response = await self._send(request, call)
            except httpx.RequestError as exc:
                delay = self._retry.after_error(call, exc, attempt)
            else:
                log_response(call, response, time.perf_counter() - started)
                retry_in = self._retry.after_status(call, response.status_code, attempt)
                if retry_in is None:
                    return to_result(call, response)
                delay = retry_in
            attempt += 1
            await _sleep(delay)

    async def _send(self, request: httpx.Request, call: Call[Any]) -> httpx.Response:
        if call.kind is Kind.TOKEN:
            # Outside the concurrency limit: the tasks holding its slots may be the very ones
            # waiting for this token.
            return await self._http.send(request, auth=None)
        async with self._semaphore():
            return await self._http.send(request)

    def _semaphore(self) -> asyncio.Semaphore:
        import asyncio

        # A semaphore belongs to one event loop; a client reused under a new loop gets a new one.
        loop = asyncio.get_running_loop()
        if self._limit is None or self._limit_loop is not loop:
            self._limit = asyncio.Semaphore(self._concurrency)
            self._limit_loop = loop
        return self._limit

    create_subscription = bind_async(_calls.create_subscription)
    get_subscription = bind_async(_calls.get_subscription)
    delete_subscription = bind_async(_calls.delete_subscription)
    pay_subscription = bind_async(_calls.pay_subscription)
    pay_onetime = bind_async(_calls.pay_onetime)
    pay_foreign = bind_async(_calls.pay_foreign)
    cancel = bind_async(_calls.cancel)
    cancel_by_imp_uid = bind_async(_calls.cancel_by_imp_uid)
    cancel_by_merchant_uid = bind_async(_calls.cancel_by_merchant_uid)
    find_by_imp_uid = bind_async(_calls.find_by_imp_uid)
    find_by_merchant_uid = bind_async(_calls.find_by_merchant_uid)
    find_all_by_merchant_uid = bind_async(_calls.find_all_by_merchant_uid)
    find_all_by_status = bind_async(_calls.find_all_by_status)
    verify_payment = bind_async(_calls.verify_payment)
    create_prepared_payment = bind_async(_calls.create_prepared_payment)
    get_prepared_payment = bind_async(_calls.get_prepared_payment)
    get_certification = bind_async(_calls.get_certification)
    delete_certification = bind_async(_calls.delete_certification)
    create_vbank = bind_async(_calls.create_vbank)
    schedule_payments = bind_async(_calls.schedule_payments)
    unschedule_payments = bind_async(_calls.unschedule_payments)
    get_schedule = bind_async(_calls.get_schedule)
    find_schedules = bind_async(_calls.find_schedules)

    # Every other operation, grouped by resource (loaded on first use).
    payments: lazy_namespace[ns.AsyncPayments] = lazy_namespace("AsyncPayments")
    prepared_payments: lazy_namespace[ns.AsyncPreparedPayments] = lazy_namespace(
        "AsyncPreparedPayments"
    )
    schedules: lazy_namespace[ns.AsyncSchedules] = lazy_namespace("AsyncSchedules")
    billing_keys: lazy_namespace[ns.AsyncBillingKeys] = lazy_namespace("AsyncBillingKeys")
    vbanks: lazy_namespace[ns.AsyncVbanks] = lazy_namespace("AsyncVbanks")
    receipts: lazy_namespace[ns.AsyncReceipts] = lazy_namespace("AsyncReceipts")
    escrows: lazy_namespace[ns.AsyncEscrows] = lazy_namespace("AsyncEscrows")
    codes: lazy_namespace[ns.AsyncCodes] = lazy_namespace("AsyncCodes")
    certifications: lazy_namespace[ns.AsyncCertifications] = lazy_namespace("AsyncCertifications")
    naver: lazy_namespace[ns.AsyncNaver] = lazy_namespace("AsyncNaver")
    kcpquick: lazy_namespace[ns.AsyncKcpquick] = lazy_namespace("AsyncKcpquick")
    benepia: lazy_namespace[ns.AsyncBenepia] = lazy_namespace("AsyncBenepia")
    paymentwall: lazy_namespace[ns.AsyncPaymentwall] = lazy_namespace("AsyncPaymentwall")
    cvs: lazy_namespace[ns.AsyncCvs] = lazy_namespace("AsyncCvs")
    payco: lazy_namespace[ns.AsyncPayco] = lazy_namespace("AsyncPayco")
    partners: lazy_namespace[ns.AsyncPartners] = lazy_namespace("AsyncPartners")
    tiers: lazy_namespace[ns.AsyncTiers] = lazy_namespace("AsyncTiers")
    users: lazy_namespace[ns.AsyncUsers] = lazy_namespace("AsyncUsers")
