"""What the benchmark compares.

Each sync candidate is a factory ``(base_url) -> call`` where ``call(imp_uid)`` performs one
logical "get one payment" and returns the decoded payment (a dict or a model); ``call.close()``
releases its connections. Async candidates are async factories (created inside the running
event loop) returning an awaitable ``call(imp_uid)`` with ``await call.aclose()``.

A factory raises :class:`CandidateUnavailable` when it cannot run here (package missing, hook not
filled in yet); the harness reports it as "unavailable: <why>" and goes on.

Places the lead fills in are marked ``LEAD:``.
"""

from __future__ import annotations

import asyncio
import http.client
import importlib
import inspect
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Final, Literal
from urllib.parse import urlsplit

from bench.fixtures import IMP_KEY, IMP_SECRET


class CandidateUnavailable(Exception):
    """This candidate cannot run in this environment; the message says why."""


def _import(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise CandidateUnavailable(f"import {name} failed: {exc}") from exc


def _noop() -> None:
    return None


class SyncCall:
    """``call(imp_uid) -> payment`` plus ``close()``."""

    __slots__ = ("_close", "_fn")

    def __init__(self, fn: Callable[[str], Any], close: Callable[[], object] = _noop) -> None:
        self._fn = fn
        self._close = close

    def __call__(self, imp_uid: str) -> Any:
        return self._fn(imp_uid)

    def close(self) -> None:
        self._close()


async def _anoop() -> None:
    return None


class AsyncCall:
    """``await call(imp_uid) -> payment`` plus ``await aclose()``."""

    __slots__ = ("_aclose", "_fn")

    def __init__(
        self,
        fn: Callable[[str], Awaitable[Any]],
        aclose: Callable[[], Awaitable[object]] = _anoop,
    ) -> None:
        self._fn = fn
        self._aclose = aclose

    def __call__(self, imp_uid: str) -> Awaitable[Any]:
        return self._fn(imp_uid)

    async def aclose(self) -> None:
        await self._aclose()


def _fetch_token(base_url: str) -> str:
    """One getToken over a throw-away connection (for the candidates with a fixed header)."""
    parts = urlsplit(base_url)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80, timeout=30)
    try:
        body = json.dumps({"imp_key": IMP_KEY, "imp_secret": IMP_SECRET})
        conn.request("POST", "/users/getToken", body, {"Content-Type": "application/json"})
        resp = conn.getresponse()
        data = json.loads(resp.read())
    finally:
        conn.close()
    if resp.status != 200 or data.get("code") != 0:
        raise RuntimeError(f"getToken failed: HTTP {resp.status} {data!r}")
    return str(data["response"]["access_token"])


def _envelope_payload(data: Any) -> Any:
    if data.get("code") != 0:
        raise RuntimeError(f"API error {data.get('code')}: {data.get('message')}")
    return data["response"]


# --------------------------------------------------------------------------- sync candidates


def make_http_client(base_url: str) -> SyncCall:
    """``http.client`` keep-alive, fixed Authorization header, ``json.loads``: the Python floor."""
    token = _fetch_token(base_url)
    parts = urlsplit(base_url)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80, timeout=30)
    headers = {"Authorization": token}
    loads = json.loads

    def call(imp_uid: str) -> Any:
        conn.request("GET", "/payments/" + imp_uid, headers=headers)
        resp = conn.getresponse()
        body = resp.read()
        if resp.status != 200:
            raise RuntimeError(f"HTTP {resp.status}: {body[:200]!r}")
        return _envelope_payload(loads(body))

    return SyncCall(call, conn.close)


def make_httpx(base_url: str) -> SyncCall:
    """Bare ``httpx.Client``, fixed Authorization header, ``.json()``: the httpx floor."""
    httpx = _import("httpx")
    token = _fetch_token(base_url)
    client = httpx.Client(headers={"Authorization": token})
    prefix = base_url + "/payments/"

    def call(imp_uid: str) -> Any:
        resp = client.get(prefix + imp_uid)
        resp.raise_for_status()
        return _envelope_payload(resp.json())

    return SyncCall(call, client.close)


def make_official(base_url: str) -> SyncCall:
    """The official ``iamport-rest-client`` 0.9.0: ``Iamport(...).find(imp_uid=...)``.

    Its URLs are ``'{}payments/{}'.format(imp_url, ...)``, so ``imp_url`` needs the trailing
    slash. It calls getToken before every request (2 HTTP requests per logical call). One
    instance is shared, as an application would keep one; its ``requests`` pool holds 10
    connections, so with 16 threads some connections are discarded and reopened (urllib3 logs a
    warning for each, silenced here).
    """
    module = _import("iamport")
    logging.getLogger("urllib3.connectionpool").setLevel(logging.ERROR)
    client = module.Iamport(imp_key=IMP_KEY, imp_secret=IMP_SECRET, imp_url=base_url + "/")

    def call(imp_uid: str) -> Any:
        return client.find(imp_uid=imp_uid)

    return SyncCall(call, client.requests_session.close)


def _close_of(obj: object) -> Callable[[], object]:
    close = getattr(obj, "close", None)
    return close if callable(close) else _noop


def make_ours(base_url: str) -> SyncCall:
    """OUR wrapper: ``Iamporter(...).find_by_imp_uid(imp_uid).data``."""
    module = _import("iamport_client")
    client = module.Iamporter(IMP_KEY, IMP_SECRET, base_url=base_url)

    def call(imp_uid: str) -> Any:
        return client.find_by_imp_uid(imp_uid).data

    return SyncCall(call, _close_of(client))


def make_generated(base_url: str) -> SyncCall:
    """OUR generated low-level call alone: ``get_payment.sync(client=..., imp_uid=...)`` on an
    ``iamport_api.Client`` with a fixed Authorization header (no token logic, no envelope check).
    """
    api = _import("iamport_api")
    get_payment = _import("iamport_api.api.payments.get_payment")
    client = api.Client(base_url=base_url, headers={"Authorization": _fetch_token(base_url)})

    def call(imp_uid: str) -> Any:
        return get_payment.sync(client=client, imp_uid=imp_uid).response

    return SyncCall(call, client.get_httpx_client().close)


# -------------------------------------------------------------------------- async candidates


async def make_httpx_async(base_url: str) -> AsyncCall:
    """Bare ``httpx.AsyncClient``, fixed Authorization header, no cap on in-flight requests."""
    httpx = _import("httpx")
    token = _fetch_token(base_url)
    client = httpx.AsyncClient(headers={"Authorization": token})
    prefix = base_url + "/payments/"

    async def call(imp_uid: str) -> Any:
        resp = await client.get(prefix + imp_uid)
        resp.raise_for_status()
        return _envelope_payload(resp.json())

    return AsyncCall(call, client.aclose)


ASYNC_CAP: Final = 4


async def make_httpx_async_capped(base_url: str) -> AsyncCall:
    """``httpx.AsyncClient``, at most ``ASYNC_CAP`` requests in flight (``asyncio.Semaphore``)."""
    httpx = _import("httpx")
    token = _fetch_token(base_url)
    client = httpx.AsyncClient(headers={"Authorization": token})
    prefix = base_url + "/payments/"
    sem = asyncio.Semaphore(ASYNC_CAP)

    async def call(imp_uid: str) -> Any:
        async with sem:
            resp = await client.get(prefix + imp_uid)
        resp.raise_for_status()
        return _envelope_payload(resp.json())

    return AsyncCall(call, client.aclose)


def _aclose_of(obj: object) -> Callable[[], Awaitable[object]]:
    closer = getattr(obj, "aclose", None) or getattr(obj, "close", None)

    async def aclose() -> None:
        if callable(closer):
            result = closer()
            if inspect.isawaitable(result):
                await result

    return aclose


async def make_ours_async(base_url: str) -> AsyncCall:
    """OUR async wrapper: ``await AsyncIamporter(...).find_by_imp_uid(imp_uid)`` -> ``.data``."""
    module = _import("iamport_client")
    if not hasattr(module, "AsyncIamporter"):
        raise CandidateUnavailable("iamport_client has no AsyncIamporter yet")
    client = module.AsyncIamporter(IMP_KEY, IMP_SECRET, base_url=base_url)

    async def call(imp_uid: str) -> Any:
        return (await client.find_by_imp_uid(imp_uid)).data

    return AsyncCall(call, _aclose_of(client))


# ------------------------------------------------------------------------------- registry

Role = Literal["floor_httpclient", "floor_httpx", "official", "floor_httpx_async", ""]


@dataclass(frozen=True)
class SyncCandidate:
    key: str
    label: str
    factory: Callable[[str], SyncCall]
    role: Role = ""
    thread_safe: bool = True  # may one instance be shared by many threads?


@dataclass(frozen=True)
class AsyncCandidate:
    key: str
    label: str
    factory: Callable[[str], Awaitable[AsyncCall]]
    role: Role = ""


SYNC_CANDIDATES: Final[tuple[SyncCandidate, ...]] = (
    SyncCandidate(
        "http.client",
        "http.client keep-alive (Python floor)",
        make_http_client,
        "floor_httpclient",
        False,
    ),
    SyncCandidate("httpx", "bare httpx.Client (httpx floor)", make_httpx, "floor_httpx"),
    SyncCandidate("official", "official iamport-rest-client 0.9.0", make_official, "official"),
    SyncCandidate("ours", "ours: Iamporter.find_by_imp_uid", make_ours),
    SyncCandidate("generated", "ours: generated low-level call", make_generated),
)

ASYNC_CANDIDATES: Final[tuple[AsyncCandidate, ...]] = (
    AsyncCandidate(
        "httpx-async", "bare httpx.AsyncClient (no cap)", make_httpx_async, "floor_httpx_async"
    ),
    AsyncCandidate(
        "httpx-async-cap4", f"httpx.AsyncClient + Semaphore({ASYNC_CAP})", make_httpx_async_capped
    ),
    AsyncCandidate("ours-async", "ours: AsyncIamporter.find_by_imp_uid", make_ours_async),
)

# Modules whose cold import time is measured (fresh interpreter each time).
COLD_START_MODULES: Final[tuple[str, ...]] = ("httpx", "iamport", "iamport_client", "iamport_api")


# ------------------------------------------------------------------------------- parsing

PayloadKind = Literal["payment", "payment_page"]


def parse_with_json(body: bytes, kind: PayloadKind) -> Any:
    """The floor: ``json.loads`` of the whole envelope."""
    return json.loads(body)


def parse_with_models(body: bytes, kind: PayloadKind) -> Any:
    """Decode an envelope into OUR models (what ``Iamporter`` does after the HTTP exchange).

    ``kind == "payment"``: the body of ``GET /payments/{imp_uid}`` (envelope around one payment);
    ``kind == "payment_page"``: the body of ``GET /payments/status/paid?limit=1000``.
    """
    models = _import("iamport_api.models")
    envelope = models.PaymentEnvelope if kind == "payment" else models.PaymentPageEnvelope
    # As the client decodes: fractions as Decimal (money is exact).
    return envelope.from_dict(_import("iamport_client._json").loads(body)).response
