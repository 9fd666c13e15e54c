"""ASGI middleware in front of the API: raw-path routing, request counting and fault injection.

Paths under ``/__sandbox`` (the admin API) are neither counted nor faulted.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .counting import RequestCounter
from .envelope import envelope_bytes
from .faults import FAULT_HEADER, Fault, FaultKind, FaultRegistry, drift_body, parse_fault

ADMIN_PREFIX = "/__sandbox"
INJECTED_MESSAGE = "sandbox injected failure"
_HTML_500 = (
    b"<html><head><title>500 Internal Server Error</title></head>"
    b"<body><h1>Internal Server Error</h1><p>sandbox injected fault</p></body></html>"
)
_DROP_LOG_MESSAGE = "ASGI callable returned without completing response."
DECODED_PATH_KEY = "iamport_sandbox.decoded_path"
_SAFE_PATH_BYTES = frozenset(range(0x21, 0x7F))


class DropFaultLogFilter(logging.Filter):
    """Hide uvicorn's complaint about the response we cut short on purpose (``drop``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Reject only the incomplete-response message."""
        return record.getMessage() != _DROP_LOG_MESSAGE


def install_log_filter() -> None:
    """Attach :class:`DropFaultLogFilter` to uvicorn's error logger (once)."""
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, DropFaultLogFilter) for f in logger.filters):
        logger.addFilter(DropFaultLogFilter())


def routing_path(raw_path: bytes) -> str:
    """The request path as sent, still percent-encoded (``%2F`` stays inside a segment).

    Bytes outside printable ASCII (never sent by a well-behaved client) are encoded.
    """
    return "".join(chr(b) if b in _SAFE_PATH_BYTES else f"%{b:02X}" for b in raw_path)


class RawPathRouting:
    """Route on the raw path so that an encoded slash stays part of an id.

    Servers hand the app ``scope["path"]`` already percent-decoded, so
    ``/payments/find/order%2Fpaid`` would be routed as ``/payments/find/order/paid``.
    This middleware puts the still-encoded path in ``scope["path"]`` (the decoded one is
    kept under :data:`DECODED_PATH_KEY`); handlers decode each path parameter once,
    after routing (:func:`iamport_sandbox.call.path_params`).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry point."""
        raw = scope.get("raw_path")
        if scope["type"] == "http" and isinstance(raw, bytes):
            scope = {**scope, DECODED_PATH_KEY: scope["path"], "path": routing_path(raw)}
        await self.app(scope, receive, send)


def _decoded_path(scope: Scope) -> str:
    return str(scope.get(DECODED_PATH_KEY, scope["path"]))


async def _buffered(receive: Receive) -> Receive:
    """Read the whole request body now; replay it, then defer to ``receive``.

    Used before a ``delay`` fault: the request has fully arrived, so a client that gives
    up during the wait does not stop the operation (like a slow real service).
    """
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            pending = [message]  # gone before the body was complete: replay the disconnect
            break
        chunks.append(bytes(message.get("body", b"")))
        if not message.get("more_body", False):
            pending = [{"type": "http.request", "body": b"".join(chunks)}]
            break

    async def replay() -> Message:
        if pending:
            return pending.pop()
        return await receive()

    return replay


class _Captured:
    def __init__(self) -> None:
        self.status = 500
        self.headers: list[tuple[bytes, bytes]] = []
        self.chunks: list[bytes] = []

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status = int(message["status"])
            self.headers = list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            self.chunks.append(bytes(message.get("body", b"")))

    @property
    def body(self) -> bytes:
        return b"".join(self.chunks)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


async def _send_simple(send: Send, status: int, body: bytes, content_type: bytes | None) -> None:
    headers = [(b"content-length", str(len(body)).encode())]
    if content_type is not None:
        headers.append((b"content-type", content_type))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class SandboxMiddleware:
    """Counts API requests by route template and applies injected faults."""

    def __init__(
        self,
        app: ASGIApp,
        routes: Sequence[BaseRoute],
        faults: FaultRegistry,
        counter: RequestCounter,
    ) -> None:
        self.app = app
        self.routes = routes
        self.faults = faults
        self.counter = counter

    def template_for(self, scope: Scope) -> str:
        """The route template (``/payments/{imp_uid}``) or the raw path when unrouted.

        A route matching path and method wins over one matching the path only.
        """
        partial: str | None = None
        for route in self.routes:
            match, _ = route.matches(scope)
            path = getattr(route, "path", None)
            if match is Match.NONE or not isinstance(path, str):
                continue
            if match is Match.FULL:
                return path
            partial = partial or path
        return partial or _decoded_path(scope)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry point."""
        if scope["type"] != "http" or _decoded_path(scope).startswith(ADMIN_PREFIX):
            await self.app(scope, receive, send)
            return
        method = str(scope["method"])
        self.counter.hit(method, self.template_for(scope))
        requested = _header(scope, FAULT_HEADER.encode())
        try:
            fault = (
                parse_fault(requested)
                if requested
                else self.faults.take(method, _decoded_path(scope))
            )
        except ValueError as exc:
            body = envelope_bytes(-1, f"X-Sandbox-Fault: {exc}", None)
            await _send_simple(send, 400, body, b"application/json; charset=utf-8")
            return
        if fault is None:
            await self.app(scope, receive, send)
            return
        await self._apply(fault, scope, receive, send)

    async def _apply(self, fault: Fault, scope: Scope, receive: Receive, send: Send) -> None:
        kind = fault.kind
        if kind is FaultKind.DELAY:
            receive = await _buffered(receive)
            await asyncio.sleep(fault.seconds)
            await self.app(scope, receive, send)
        elif kind is FaultKind.HTTP500:
            await _send_simple(send, 500, _HTML_500, b"text/html; charset=utf-8")
        elif kind is FaultKind.CODE:
            body = envelope_bytes(1, INJECTED_MESSAGE, None)
            await _send_simple(send, 200, body, b"application/json; charset=utf-8")
        elif kind is FaultKind.EMPTY:
            await _send_simple(send, 502, b"", None)
        elif kind is FaultKind.DRIFT:
            captured = _Captured()
            await self.app(scope, receive, captured.send)
            await _send_simple(
                send, captured.status, drift_body(captured.body), b"application/json; charset=utf-8"
            )
        elif kind is FaultKind.TRUNCATED:
            captured = _Captured()
            await self.app(scope, receive, captured.send)
            full = captured.body
            await _send_simple(
                send, 200, full[: len(full) // 2], b"application/json; charset=utf-8"
            )
        else:  # DROP
            captured = _Captured()
            await self.app(scope, receive, captured.send)
            full = captured.body
            headers = [(k, v) for k, v in captured.headers if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(full)).encode()))
            await send(
                {"type": "http.response.start", "status": captured.status, "headers": headers}
            )
            await send(
                {"type": "http.response.body", "body": full[: len(full) // 2], "more_body": True}
            )
            # Returning without finishing the body makes the server close the connection.
