"""Network streams that bound every connect, read and write by the call's deadline.

The deadline (monotonic seconds) is the context variable ``DEADLINE`` of ``_deadline.py``, set
by the clients around each attempt. httpx builds its httpcore pool itself, so the wrapped
backend is put in place after the transport is made (:func:`install_deadlines`).
"""

from __future__ import annotations

import select
import socket
import time
from collections.abc import Coroutine, Iterable
from types import MethodType
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


_UNKNOWN: Any = object()


def _readable(sock: socket.socket | None) -> bool:
    """Whether reading ``sock`` would not block (for an idle connection: the server closed it)."""
    fd = None if sock is None else sock.fileno()
    if fd is None or fd < 0:
        return True
    if not hasattr(select, "poll"):  # Windows
        return bool(select.select([fd], [], [], 0)[0])
    poll = select.poll()
    poll.register(fd, select.POLLIN)
    return bool(poll.poll(0))


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
        self._socket: Any = _UNKNOWN

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
        # The pool asks every idle connection "is_readable" (and so for its socket) each time
        # it hands out or takes back a connection; anyio builds a dict of attribute getters
        # for every such question. The socket of a stream never changes: ask once.
        if info in ("socket", "is_readable"):
            sock = self._socket
            if sock is _UNKNOWN:
                sock = self._socket = self._inner.get_extra_info("socket")
            return sock if info == "socket" else _readable(sock)
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
    if httpcore.__version__.startswith("1.0.") and all(
        hasattr(pool, name)
        for name in ("_connections", "_requests", "_max_connections", "_max_keepalive_connections")
    ):
        pool._assign_requests_to_connections = MethodType(_assign_requests, pool)


def _assign_requests(pool: Any) -> list[Any]:
    """httpcore 1.0's ``_assign_requests_to_connections``, without its quadratic work.

    The pool runs it whenever a request arrives or finishes. The original builds, for every idle
    connection, a list of every connection only to take its length, and lists every available
    and idle connection for every queued request: with 16 connections (a walk fetching pages
    ahead) that was a fifth of an async walk's CPU time. Same decisions, in the same order.
    """
    closing = []
    connections = pool._connections
    for connection in list(connections):
        if connection.is_closed():
            connections.remove(connection)
        elif connection.has_expired() or (
            connection.is_idle() and len(connections) > pool._max_keepalive_connections
        ):
            connections.remove(connection)
            closing.append(connection)
    for pool_request in [request for request in pool._requests if request.is_queued()]:
        origin = pool_request.request.url.origin
        available = next(
            (c for c in connections if c.can_handle_request(origin) and c.is_available()), None
        )
        if available is not None:
            pool_request.assign_to_connection(available)
            continue
        if len(connections) >= pool._max_connections:
            idle = next((c for c in connections if c.is_idle()), None)
            if idle is None:
                continue
            connections.remove(idle)
            closing.append(idle)
        connection = pool.create_connection(origin)
        connections.append(connection)
        pool_request.assign_to_connection(connection)
    return closing


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
