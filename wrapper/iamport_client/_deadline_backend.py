"""Network streams that bound every connect, read and write by the call's deadline.

The deadline (monotonic seconds) is the context variable ``DEADLINE`` of ``_deadline.py``, set
by the clients around each attempt. httpx builds its httpcore pool itself, so the wrapped
backend is put in place after the transport is made (:func:`install_deadlines`).
"""

from __future__ import annotations

import time
from collections.abc import Coroutine, Iterable
from typing import Any

import httpcore
import httpx

from ._deadline import DEADLINE

__all__ = ["install_deadlines"]


def _left(timeout: float | None, error: type[Exception]) -> float | None:
    """The socket timeout: the caller's, capped at what is left of the deadline."""
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the call's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        bounded = _left(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _left(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, bounded, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        bounded = _left(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    # Plain methods handing back the inner stream's coroutine: no extra coroutine per
    # socket operation (several per request).
    def read(self, max_bytes: int, timeout: float | None = None) -> Coroutine[Any, Any, bytes]:
        return self._inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> Coroutine[Any, Any, None]:
        return self._inner.write(buffer, _left(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        bounded = _left(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        bounded = _left(timeout, httpcore.ConnectTimeout)
        stream = await self._inner.connect_tcp(host, port, bounded, local_address, socket_options)
        return _AsyncStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        bounded = _left(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_unix_socket(path, bounded, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def _install(pool: Any, backend: Any, retries: int) -> None:
    # httpx builds the httpcore pool itself and offers no hook for its network backend, nor passes
    # ``retries`` to a proxy pool. Both attributes are checked so an httpx upgrade that renames
    # them fails loudly here (and in the deadline tests) instead of silently losing deadlines.
    if not hasattr(pool, "_network_backend") or not hasattr(pool, "_retries"):
        raise RuntimeError("unsupported httpcore version: no _network_backend/_retries on pool")
    pool._network_backend = backend
    pool._retries = retries


def install_deadlines(
    transport: httpx.HTTPTransport | httpx.AsyncHTTPTransport, retries: int
) -> None:
    """Put the deadline-bounded network backend under ``transport``'s pool."""
    pool: Any = transport._pool
    backend: Any = (
        _Backend(pool._network_backend)
        if isinstance(transport, httpx.HTTPTransport)
        else _AsyncBackend(pool._network_backend)
    )
    _install(pool, backend, retries)
