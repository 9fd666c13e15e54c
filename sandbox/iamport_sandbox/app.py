"""The Starlette application: the API routes of every resource, plus the sandbox's own pages.

The API routes come from the resource modules (:mod:`iamport_sandbox.resources`); this
module only runs them: each handler gets a :class:`Call` in a worker thread (the state is
synchronous and thread-safe) after the due schedules ran and the token was checked, and
every answer is an envelope. The admin API, the page and the browser checkout are added
beside them.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from . import envelope
from .admin import admin_routes
from .call import Call, Handler, Reply, RouteSpec, parse_body, path_params
from .checkout import DEFAULT_MERCHANT_CODE, CheckoutDesk, checkout_routes
from .counting import RequestCounter
from .dashboard import dashboard_routes
from .errors import ApiError
from .faults import FaultRegistry
from .middleware import RawPathRouting, SandboxMiddleware
from .resources import SandboxState, route_specs
from .webhooks import WebhookDispatcher

__all__ = ["Call", "Handler", "Reply", "api_routes", "create_app", "parse_body"]

logger = logging.getLogger("iamport_sandbox")


def _endpoint(
    state: SandboxState, handler: Handler, auth: bool
) -> Callable[[Request], Awaitable[Response]]:
    def run(call: Call) -> object:
        state.tick()
        if auth:
            state.authenticate(call.headers.get("authorization"))
        return handler(call)

    async def endpoint(request: Request) -> Response:
        try:
            call = Call(
                raw_body=await request.body(),
                content_type=request.headers.get("content-type", ""),
                query=request.query_params,
                path=path_params(request),
                headers=request.headers,
            )
            result = await run_in_threadpool(run, call)
        except ApiError as exc:
            return envelope.from_error(exc)
        except ClientDisconnect:
            # The client left before its body arrived: nobody to answer, nothing to log.
            return Response(status_code=400)
        except Exception as exc:
            return internal_error(exc)
        if isinstance(result, Reply):
            return envelope.ok(result.response, result.status, result.message)
        return envelope.ok(result)

    return endpoint


def _specificity(spec: RouteSpec) -> tuple[int, ...]:
    """Literal path segments before parameters, position by position.

    ``/payments/find/{merchant_uid}`` sorts before ``/payments/{imp_uid}/balance``, so a
    request both could match (``/payments/find/balance``) reaches the more specific one.
    """
    return tuple(int(part.startswith("{")) for part in spec.path.strip("/").split("/"))


def api_routes(state: SandboxState) -> list[BaseRoute]:
    """Every API route, the more specific paths first (a stable sort keeps module order)."""
    return [
        Route(
            spec.path,
            _endpoint(state, spec.handler, spec.auth),
            methods=[spec.method],
            name=f"{spec.method} {spec.path}",
        )
        for spec in sorted(route_specs(state), key=_specificity)
    ]


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    messages = {
        404: f"요청하신 API 경로를 찾을 수 없습니다: {request.url.path}",
        405: f"허용되지 않는 HTTP 메서드입니다: {request.method} {request.url.path}",
    }
    return envelope.failure(status, -1, messages.get(status, "요청을 처리할 수 없습니다."))


def internal_error(exc: Exception) -> Response:
    """A 500 envelope for a sandbox bug, logged with its traceback; the connection stays open.

    Returning a response (instead of letting the exception reach Starlette's outermost
    handler, which re-raises it) keeps the keep-alive connection usable for the next request.
    """
    logger.error("sandbox internal error", exc_info=exc)
    return envelope.failure(500, -1, f"sandbox internal error: {type(exc).__name__}: {exc}")


async def _server_error(request: Request, exc: Exception) -> Response:
    return internal_error(exc)


def create_app(
    state: SandboxState,
    webhooks: WebhookDispatcher,
    faults: FaultRegistry,
    counter: RequestCounter,
    reset: Callable[[], None],
    merchant_code: str = DEFAULT_MERCHANT_CODE,
) -> Starlette:
    """Build the ASGI app (API routes, ``/__sandbox`` admin routes, counting and faults).

    The browser checkout (``/v1/iamport.js``, ``/checkout``) accepts ``merchant_code``.
    """
    api = api_routes(state)
    routes = api + admin_routes(state, webhooks, faults, counter, reset)
    routes += dashboard_routes(state, webhooks)  # GET /__sandbox: the browsable page
    routes += checkout_routes(CheckoutDesk(state, merchant_code))
    return Starlette(
        routes=routes,
        middleware=[
            Middleware(RawPathRouting),
            Middleware(SandboxMiddleware, routes=api, faults=faults, counter=counter),
        ],
        exception_handlers={HTTPException: _http_error, Exception: _server_error},
    )
