"""The wire under the clients: a deadline on every socket operation, bounded response bodies,
and the proxy for the base URL.

httpx bounds each socket operation (``timeout``) but not a whole call: a server trickling one
byte at a time keeps a call alive forever. The clients set a deadline (monotonic seconds) in a
context variable (``DEADLINE``, in ``_deadline.py``) around each attempt; the network streams
cap every connect, read and write at what is left of it, so a call ends on time however the
bytes arrive. A context variable is per thread and per asyncio task, which is exactly the scope
of one call. The streams live in ``_deadline_backend.py``, imported when the first client is
made (httpcore costs import time).
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Iterator

import httpx

from ._deadline import DEADLINE

__all__ = [
    "DEADLINE",
    "BodyTooLargeError",
    "UnsupportedEncodingError",
    "aread_body",
    "async_transport",
    "is_loopback",
    "proxy_for",
    "read_body",
    "sync_transport",
]


class BodyTooLargeError(Exception):
    """The decoded response body exceeded the client's ``max_response_bytes``."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the response body exceeds the limit of {limit} bytes")
        self.limit = limit


class UnsupportedEncodingError(Exception):
    """The response used a content coding this client did not ask for."""


def sync_transport(retries: int, proxy: str | None) -> httpx.HTTPTransport:
    """An ``httpx.HTTPTransport`` that retries failed connects and honours call deadlines."""
    from ._deadline_backend import install_deadlines

    transport = httpx.HTTPTransport(retries=retries, proxy=proxy)
    install_deadlines(transport, retries)
    return transport


def async_transport(retries: int, proxy: str | None) -> httpx.AsyncHTTPTransport:
    """The asynchronous twin of :func:`sync_transport`."""
    from ._deadline_backend import install_deadlines

    transport = httpx.AsyncHTTPTransport(retries=retries, proxy=proxy)
    install_deadlines(transport, retries)
    return transport


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine (``localhost``, 127.0.0.0/8, ``::1``)."""
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def proxy_for(base_url: str, host: str) -> str | None:
    """The outbound proxy the environment names for ``base_url`` (``HTTPS_PROXY``, ``NO_PROXY``...).

    A custom transport turns off httpx's own reading of the proxy environment, so it is read here,
    once: the client only ever talks to its base URL. Loopback hosts never go through a proxy.
    """
    import urllib.request  # only when a client is made: it costs import time

    if is_loopback(host) or urllib.request.proxy_bypass(host):
        return None
    proxies = urllib.request.getproxies()
    scheme = base_url.split(":", 1)[0]
    return proxies.get(scheme) or proxies.get("all")


# ----------------------------------------------------------------------------- bounded bodies


class _Decoder:
    """Decode gzip/deflate chunk by chunk, never producing more than the limit allows."""

    def __init__(self, encoding: str, limit: int) -> None:
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self._zlib = None
        elif encoding in ("gzip", "x-gzip", "deflate"):
            # 47: zlib or gzip header, detected automatically; deflate servers vary.
            self._zlib = zlib.decompressobj(47)
        else:
            raise UnsupportedEncodingError(f"unsupported content-encoding {encoding!r}")
        self._limit = limit
        self._size = 0
        self._chunks: list[bytes] = []

    def feed(self, data: bytes) -> None:
        if self._zlib is not None:
            try:
                data = self._zlib.decompress(data, self._limit - self._size + 1)
            except zlib.error as exc:
                raise UnsupportedEncodingError(f"corrupt compressed body ({exc})") from None
            if self._zlib.unconsumed_tail:
                raise BodyTooLargeError(self._limit)
        self._size += len(data)
        if self._size > self._limit:
            raise BodyTooLargeError(self._limit)
        self._chunks.append(data)

    def result(self) -> bytes:
        return b"".join(self._chunks)


def _decoder(response: httpx.Response, limit: int) -> _Decoder:
    length = response.headers.get("content-length")
    encoding = response.headers.get("content-encoding", "")
    if not encoding and length is not None and length.isdigit() and int(length) > limit:
        raise BodyTooLargeError(limit)
    return _Decoder(encoding, limit)


def _already_read(response: httpx.Response, limit: int) -> bytes | None:
    # A user's response event hook may have read the body already (httpx decoded it then).
    if not response.is_stream_consumed:
        return None
    if len(response.content) > limit:
        raise BodyTooLargeError(limit)
    return response.content


def read_body(response: httpx.Response, limit: int) -> bytes:
    """Read a streamed response's decoded body, refusing more than ``limit`` bytes of it."""
    content = _already_read(response, limit)
    if content is not None:
        return content
    decoder = _decoder(response, limit)
    chunks: Iterator[bytes] = response.iter_raw()
    for chunk in chunks:
        decoder.feed(chunk)
    return decoder.result()


async def aread_body(response: httpx.Response, limit: int) -> bytes:
    """The asynchronous twin of :func:`read_body`."""
    content = _already_read(response, limit)
    if content is not None:
        return content
    decoder = _decoder(response, limit)
    chunks: AsyncIterator[bytes] = response.aiter_raw()
    async for chunk in chunks:
        decoder.feed(chunk)
    return decoder.result()
