"""The Starlette application: API routes of the fake Iamport V1 service.

Handlers parse and validate the request, then call :class:`SandboxState` in a worker
thread (the state is synchronous and thread-safe). Every response is an envelope.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from decimal import Decimal

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from . import (
    envelope,
    params,
    routes_naver,
    routes_partners,
    routes_payments,
    routes_receipts,
    routes_reference,
)
from .admin import admin_routes
from .call import Call, Handler, Reply, RouteSpec, parse_body, path_params
from .cards import normalize_card_number, normalize_expiry
from .checkout import DEFAULT_MERCHANT_CODE, CheckoutDesk, checkout_routes
from .counting import RequestCounter
from .dashboard import dashboard_routes
from .errors import ApiError, bad_request
from .faults import FaultRegistry
from .middleware import RawPathRouting, SandboxMiddleware
from .models import OrderInfo
from .services import Services
from .state import (
    PAYMENT_STATUSES,
    SCHEDULE_STATUSES,
    SORTINGS,
    CancelRequest,
    CardInput,
    SandboxState,
    ScheduleEntry,
)
from .webhooks import WebhookDispatcher

__all__ = ["Call", "Handler", "Reply", "api_routes", "create_app", "parse_body"]

logger = logging.getLogger("iamport_sandbox")

STATUS_WINDOW_DAYS = 90
SCHEDULE_WINDOW_DAYS = 92


def _card(body: params.Body, *, required: bool = True) -> CardInput | None:
    raw_number = params.opt_str(body, "card_number")
    if not raw_number:
        if required:
            params.req_str(body, "card_number")
        return None
    digits = normalize_card_number(raw_number)
    if digits is None:
        raise bad_request(
            "card_number 파라미터가 올바르지 않습니다: dddd-dddd-dddd-dddd 형식이어야 합니다"
        )
    expiry = normalize_expiry(params.req_str(body, "expiry"))
    if expiry is None:
        raise bad_request("expiry 파라미터가 올바르지 않습니다: YYYY-MM 형식이어야 합니다")
    return CardInput(
        digits=digits,
        expiry=expiry,
        birth=params.digits_field(body, "birth", (6, 10)),
        pwd_2digit=params.digits_field(body, "pwd_2digit", (2,)),
        cvc=params.digits_field(body, "cvc", (3, 4)),
        pg=params.opt_str(body, "pg") or None,
    )


def _required_card(body: params.Body) -> CardInput:
    card = _card(body, required=True)
    assert card is not None
    return card


def _payment_fields(body: params.Body, *, name_required: bool) -> tuple[str, Decimal, OrderInfo]:
    merchant_uid = params.req_str(body, "merchant_uid", 40)
    order = params.order_info(body, name_required=name_required)
    amount = params.req_money(body, "amount", order.currency)
    if order.tax_free is not None and order.tax_free > amount:
        raise bad_request("tax_free 파라미터가 올바르지 않습니다: amount보다 클 수 없습니다")
    return merchant_uid, amount, order


def _status_path(call: Call) -> str | None:
    status = call.path.get("payment_status")
    if status is None:
        return None
    if status not in PAYMENT_STATUSES:
        raise bad_request(
            "payment_status 값이 올바르지 않습니다: "
            f"{', '.join(PAYMENT_STATUSES)} 중 하나여야 합니다"
        )
    return status


def _sorting(call: Call) -> str:
    sorting = params.choice(call.query, "sorting", SORTINGS, "-started")
    assert sorting is not None
    return sorting


class Api:
    """Request handlers; each takes a :class:`Call` and returns the ``response`` value."""

    def __init__(self, state: SandboxState) -> None:
        self.state = state

    # --- auth
    def get_token(self, call: Call) -> object:
        """``POST /users/getToken``."""
        body = call.body
        return self.state.issue_token(
            params.opt_str(body, "imp_key"), params.opt_str(body, "imp_secret")
        )

    # --- billing keys
    def customer_save(self, call: Call) -> object:
        """``POST /subscribe/customers/{customer_uid}``."""
        uid = call.path["customer_uid"]
        if len(uid) > 80:
            raise bad_request("customer_uid 파라미터가 올바르지 않습니다: 최대 80자까지 허용됩니다")
        body = call.body
        return self.state.issue_customer(uid, _required_card(body), params.customer_info(body))

    def customer_view(self, call: Call) -> object:
        """``GET /subscribe/customers/{customer_uid}``."""
        return self.state.get_customer(call.path["customer_uid"])

    def customer_delete(self, call: Call) -> object:
        """``DELETE /subscribe/customers/{customer_uid}``."""
        return self.state.delete_customer(call.path["customer_uid"])

    def customer_payments(self, call: Call) -> object:
        """``GET /subscribe/customers/{customer_uid}/payments``."""
        page, limit = params.page_and_limit(call.query)
        return self.state.customer_payments(call.path["customer_uid"], page, limit)

    # --- payments
    def again(self, call: Call) -> object:
        """``POST /subscribe/payments/again``."""
        body = call.body
        customer_uid = params.req_str(body, "customer_uid", 80)
        merchant_uid, amount, order = _payment_fields(body, name_required=True)
        return self.state.pay_again(customer_uid, merchant_uid, amount, order)

    def onetime(self, call: Call) -> object:
        """``POST /subscribe/payments/onetime`` and ``/subscribe/payments/foreign``."""
        body = call.body
        merchant_uid, amount, order = _payment_fields(body, name_required=False)
        card = _required_card(body)
        customer_uid = params.opt_str(body, "customer_uid", 80) or None
        return self.state.pay_onetime(
            card, merchant_uid, amount, order, customer_uid, params.customer_info(body)
        )

    def create_vbank(self, call: Call) -> object:
        """``POST /vbanks``."""
        body = call.body
        merchant_uid, amount, order = _payment_fields(body, name_required=False)
        vbank_code = params.req_str(body, "vbank_code")
        vbank_due = params.req_int(body, "vbank_due")
        holder = params.opt_str(body, "vbank_holder", 16)
        return self.state.create_vbank(merchant_uid, amount, order, vbank_code, vbank_due, holder)

    def revoke_vbank(self, call: Call) -> object:
        """``DELETE /vbanks/{imp_uid}``."""
        return self.state.revoke_vbank(call.path["imp_uid"])

    def payment(self, call: Call) -> object:
        """``GET /payments/{imp_uid}``."""
        return self.state.get_payment(call.path["imp_uid"])

    def find(self, call: Call) -> object:
        """``GET /payments/find/{merchant_uid}[/{payment_status}]``."""
        status = _status_path(call)
        return self.state.find_payment(call.path["merchant_uid"], status, _sorting(call))

    def find_all(self, call: Call) -> object:
        """``GET /payments/findAll/{merchant_uid}[/{payment_status}]``."""
        status = _status_path(call)
        page, limit = params.page_and_limit(call.query)
        return self.state.find_all_payments(
            call.path["merchant_uid"], status, _sorting(call), page, limit
        )

    def by_status(self, call: Call) -> object:
        """``GET /payments/status/{payment_status}``."""
        status = call.path["payment_status"]
        if status != "all" and status not in PAYMENT_STATUSES:
            raise bad_request(
                "payment_status 값이 올바르지 않습니다: "
                "all, ready, paid, cancelled, failed 중 하나여야 합니다"
            )
        page, limit = params.page_and_limit(call.query)
        end = params.query_int(call.query, "to", None)
        start = params.query_int(call.query, "from", None)
        if end is None:
            end = self.state.clock.now()
        if start is None:
            start = end - STATUS_WINDOW_DAYS * 86400
        params.check_window("from", start, "to", end, STATUS_WINDOW_DAYS)
        return self.state.payments_by_status(status, start, end, _sorting(call), page, limit)

    def cancel(self, call: Call) -> object:
        """``POST /payments/cancel``."""
        body = call.body
        return self.state.cancel_payment(
            CancelRequest(
                imp_uid=params.opt_str(body, "imp_uid") or None,
                merchant_uid=params.opt_str(body, "merchant_uid") or None,
                amount=params.opt_money(body, "amount"),
                tax_free=params.opt_money(body, "tax_free"),
                checksum=params.opt_money(body, "checksum"),
                reason=params.opt_str(body, "reason"),
                refund_holder=params.opt_str(body, "refund_holder") or None,
                refund_bank=params.opt_str(body, "refund_bank") or None,
                refund_account=params.opt_str(body, "refund_account") or None,
            )
        )

    # --- prepare
    def _prepare_fields(self, call: Call) -> tuple[str, Decimal, str]:
        body = call.body
        merchant_uid = params.req_str(body, "merchant_uid", 40)
        currency = params.currency(body)
        return merchant_uid, params.req_money(body, "amount", currency), currency

    def prepare(self, call: Call) -> object:
        """``POST /payments/prepare``."""
        return self.state.prepare(*self._prepare_fields(call))

    def prepare_update(self, call: Call) -> object:
        """``PUT /payments/prepare``."""
        return self.state.update_prepared(*self._prepare_fields(call))

    def prepared(self, call: Call) -> object:
        """``GET /payments/prepare/{merchant_uid}``."""
        return self.state.get_prepared(call.path["merchant_uid"])

    # --- schedules
    def schedule(self, call: Call) -> object:
        """``POST /subscribe/payments/schedule``."""
        body = call.body
        customer_uid = params.req_str(body, "customer_uid", 80)
        raw = body.get("schedules")
        if raw is None or raw == [] or raw == "":
            raise bad_request("schedules 파라미터가 누락되었습니다. (schedules is required)")
        if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
            raise bad_request("schedules 파라미터가 올바르지 않습니다: 객체의 배열이어야 합니다")
        entries: list[ScheduleEntry] = []
        for index, item in enumerate(raw):
            try:
                merchant_uid, amount, order = _payment_fields(item, name_required=False)
                entries.append(
                    ScheduleEntry(merchant_uid, params.req_int(item, "schedule_at"), amount, order)
                )
            except ApiError as exc:
                raise bad_request(f"schedules[{index}]: {exc.message}") from None
        card = _card(body, required=False)
        return self.state.schedule(customer_uid, entries, card, params.customer_info(body))

    def unschedule(self, call: Call) -> object:
        """``POST /subscribe/payments/unschedule``."""
        body = call.body
        return self.state.unschedule(
            params.opt_str(body, "customer_uid") or None, params.str_list(body, "merchant_uid")
        )

    def schedule_by_mid(self, call: Call) -> object:
        """``GET /subscribe/payments/schedule/{merchant_uid}``."""
        return self.state.get_schedule(call.path["merchant_uid"])

    def schedules_by_range(self, call: Call) -> object:
        """``GET /subscribe/payments/schedule``."""
        query = call.query
        start = params.query_req_int(query, "schedule_from")
        end = params.query_req_int(query, "schedule_to")
        params.check_window("schedule_from", start, "schedule_to", end, SCHEDULE_WINDOW_DAYS)
        status = params.choice(query, "schedule_status", SCHEDULE_STATUSES, None)
        page, limit = params.page_and_limit(query)
        return self.state.find_schedules(start, end, status, page, limit)

    def schedules_by_customer(self, call: Call) -> object:
        """``GET /subscribe/payments/schedule/customers/{customer_uid}`` (``schedule-status``)."""
        query = call.query
        start = params.query_req_int(query, "from")
        end = params.query_req_int(query, "to")
        params.check_window("from", start, "to", end, SCHEDULE_WINDOW_DAYS)
        status = params.choice(query, "schedule-status", SCHEDULE_STATUSES, None)
        page, limit = params.page_and_limit(query)
        return self.state.find_schedules(start, end, status, page, limit, call.path["customer_uid"])

    # --- certifications
    def certification(self, call: Call) -> object:
        """``GET /certifications/{imp_uid}``."""
        return self.state.get_certification(call.path["imp_uid"])

    def certification_delete(self, call: Call) -> object:
        """``DELETE /certifications/{imp_uid}``."""
        return self.state.delete_certification(call.path["imp_uid"])


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


EXTENSION_ROUTES: tuple[Callable[[Services], list[RouteSpec]], ...] = (
    routes_payments.routes,
    routes_receipts.routes,
    routes_reference.routes,
    routes_naver.routes,
    routes_partners.routes,
)


def api_routes(state: SandboxState, services: Services | None = None) -> list[BaseRoute]:
    """All API routes. Fixed paths come before ``/payments/{imp_uid}``-style ones."""
    api = Api(state)
    services = services or Services.create(state)

    def route(path: str, method: str, handler: Handler, auth: bool = True) -> Route:
        return Route(
            path, _endpoint(state, handler, auth), methods=[method], name=f"{method} {path}"
        )

    extensions = [
        route(path, method, handler)
        for build in EXTENSION_ROUTES
        for path, method, handler in build(services)
    ]
    return [
        route("/users/getToken", "POST", api.get_token, auth=False),
        route("/subscribe/customers/{customer_uid}", "POST", api.customer_save),
        route("/subscribe/customers/{customer_uid}", "GET", api.customer_view),
        route("/subscribe/customers/{customer_uid}", "DELETE", api.customer_delete),
        route("/subscribe/customers/{customer_uid}/payments", "GET", api.customer_payments),
        route("/subscribe/customers/{customer_uid}/schedules", "GET", api.schedules_by_customer),
        route("/subscribe/payments/again", "POST", api.again),
        route("/subscribe/payments/onetime", "POST", api.onetime),
        route("/subscribe/payments/foreign", "POST", api.onetime),
        route("/subscribe/payments/schedule", "POST", api.schedule),
        route("/subscribe/payments/schedule", "GET", api.schedules_by_range),
        route("/subscribe/payments/unschedule", "POST", api.unschedule),
        route(
            "/subscribe/payments/schedule/customers/{customer_uid}",
            "GET",
            api.schedules_by_customer,
        ),
        route("/subscribe/payments/schedule/{merchant_uid}", "GET", api.schedule_by_mid),
        route("/payments/cancel", "POST", api.cancel),
        route("/payments/prepare", "POST", api.prepare),
        route("/payments/prepare", "PUT", api.prepare_update),
        route("/payments/prepare/{merchant_uid}", "GET", api.prepared),
        route("/payments/find/{merchant_uid}", "GET", api.find),
        route("/payments/find/{merchant_uid}/{payment_status}", "GET", api.find),
        route("/payments/findAll/{merchant_uid}", "GET", api.find_all),
        route("/payments/findAll/{merchant_uid}/{payment_status}", "GET", api.find_all),
        route("/payments/status/{payment_status}", "GET", api.by_status),
        route("/payments/{imp_uid}", "GET", api.payment),
        route("/vbanks", "POST", api.create_vbank),
        route("/vbanks/{imp_uid}", "DELETE", api.revoke_vbank),
        route("/certifications/{imp_uid}", "GET", api.certification),
        route("/certifications/{imp_uid}", "DELETE", api.certification_delete),
        *extensions,
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
    services: Services | None = None,
    merchant_code: str = DEFAULT_MERCHANT_CODE,
) -> Starlette:
    """Build the ASGI app (API routes, ``/__sandbox`` admin routes, counting and faults).

    The browser checkout (``/v1/iamport.js``, ``/checkout``) accepts ``merchant_code``.
    """
    services = services or Services.create(state)
    api = api_routes(state, services)
    routes = api + admin_routes(state, webhooks, faults, counter, reset, services)
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
