"""The ``/__sandbox`` admin API (no authentication; plain JSON, no envelope).

======================================  ==================================================
route                                   effect
======================================  ==================================================
``GET  /__sandbox/clock``               ``{"now", "offset", "frozen"}``
``POST /__sandbox/clock``               ``{"advance": N}``, ``{"set": ts}``, ``{"freeze": bool}``,
                                        or ``{"reset": true}`` (real running time)
``POST /__sandbox/reset``               forget everything (certifications re-seeded)
``GET|DELETE /__sandbox/webhooks``      delivery log / clear it
``GET|DELETE /__sandbox/requests``      request counts per (method, template) / zero them
``GET|POST|DELETE /__sandbox/faults``   list / arm ``{fault, path, method, times}`` / clear
``POST /__sandbox/vbanks/{imp_uid}/deposit``  pay a virtual account ``{amount?, depositor_name?}``
``POST /__sandbox/cvs/{imp_uid}/pay``   the buyer pays a convenience-store barcode
``POST /__sandbox/certifications``      add a certification (fields of ``add_certification``)
``GET|POST /__sandbox/config``          ``{slow_card_delay, webhook_url}``
``POST /__sandbox/payments/bulk``       store ``{count, amount?, prefix?}`` paid card payments
                                        at once (paging benchmarks; no webhooks are sent)
``GET  /__sandbox/state``               dump of everything stored
======================================  ==================================================
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from .call import path_params
from .counting import RequestCounter
from .envelope import plain_json
from .errors import ApiError
from .faults import FaultRegistry
from .models import OrderInfo
from .money import loads, to_decimal
from .resources import SandboxState
from .webhooks import WebhookDispatcher, http_url_problem

PREFIX = "/__sandbox"
#: The most payments one bulk request stores (a month-end export is about 100,000).
MAX_BULK = 1_000_000
logger = logging.getLogger("iamport_sandbox")


class AdminError(Exception):
    """A bad admin request."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


async def _json(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        data = loads(raw)
    except ValueError:  # UnicodeDecodeError and too-deep nesting are ValueErrors too
        raise AdminError("body must be JSON (UTF-8, not nested too deeply)") from None
    if not isinstance(data, dict):
        raise AdminError("body must be a JSON object")
    return data


def _number(data: dict[str, Any], key: str) -> float:
    value = to_decimal(data.get(key))
    if value is None:
        raise AdminError(f"{key} must be a number")
    return float(value)


AdminHandler = Callable[[Request], Awaitable[object]]


def _wrap(handler: AdminHandler) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        try:
            return plain_json(await handler(request))
        except AdminError as exc:
            return plain_json({"error": str(exc)}, exc.status)
        except ApiError as exc:
            status = exc.http_status if exc.http_status != 200 else 409
            return plain_json({"error": exc.message}, status)
        except Exception as exc:
            logger.error("sandbox admin error", exc_info=exc)
            return plain_json({"error": f"{type(exc).__name__}: {exc}"}, 500)

    return endpoint


def admin_routes(
    state: SandboxState,
    webhooks: WebhookDispatcher,
    faults: FaultRegistry,
    counter: RequestCounter,
    reset: Callable[[], None],
) -> list[BaseRoute]:
    """Routes under ``/__sandbox``."""
    clock = state.clock

    async def get_clock(request: Request) -> object:
        return {"now": clock.now(), "offset": clock.offset, "frozen": clock.frozen}

    async def move_clock(request: Request) -> object:
        data = await _json(request)
        if "advance" in data:
            now = clock.advance(_number(data, "advance"))
        elif "set" in data:
            now = clock.set(_number(data, "set"))
        elif data.get("reset"):
            now = clock.reset()
        elif "freeze" in data:
            now = clock.freeze() if data["freeze"] else clock.unfreeze()
        else:
            raise AdminError(
                'use {"advance": seconds}, {"set": unix_time}, {"freeze": bool} or {"reset": true}'
            )
        return {"now": now, "offset": clock.offset, "frozen": clock.frozen}

    async def do_reset(request: Request) -> object:
        reset()
        return {"ok": True, "now": clock.now()}

    async def get_webhooks(request: Request) -> object:
        return {"webhooks": webhooks.snapshot()}

    async def clear_webhooks(request: Request) -> object:
        webhooks.clear()
        return {"ok": True}

    async def get_requests(request: Request) -> object:
        return {"counts": counter.snapshot(), "total": counter.total()}

    async def clear_requests(request: Request) -> object:
        counter.reset()
        return {"ok": True}

    async def get_faults(request: Request) -> object:
        return {"faults": faults.snapshot()}

    async def arm_fault(request: Request) -> object:
        data = await _json(request)
        fault = data.get("fault")
        path = data.get("path", "/")
        method = data.get("method")
        times = data.get("times", 1)
        if not isinstance(fault, str) or not isinstance(path, str):
            raise AdminError("fault and path must be strings")
        if method is not None and not isinstance(method, str):
            raise AdminError("method must be a string")
        if not isinstance(times, int) or isinstance(times, bool):
            raise AdminError("times must be an integer")
        try:
            armed = faults.arm(fault, path, method, times)
        except ValueError as exc:
            raise AdminError(str(exc)) from None
        return {"armed": armed.to_dict(), "faults": faults.snapshot()}

    async def clear_faults(request: Request) -> object:
        faults.clear()
        return {"ok": True}

    async def deposit(request: Request) -> object:
        data = await _json(request)
        amount = None
        if data.get("amount") is not None:
            amount = to_decimal(data["amount"])
            if amount is None:
                raise AdminError("amount must be a number")
        name = data.get("depositor_name")
        return state.deposit_vbank(
            path_params(request)["imp_uid"], amount, name if isinstance(name, str) else None
        )

    async def pay_cvs(request: Request) -> object:
        return state.cvs.pay(path_params(request)["imp_uid"])

    async def add_certification(request: Request) -> object:
        data = await _json(request)
        try:
            return state.add_certification(**data)
        except TypeError as exc:
            raise AdminError(str(exc)) from None

    async def get_config(request: Request) -> object:
        return {"slow_card_delay": state.slow_card_delay, "webhook_url": webhooks.default_url}

    async def set_config(request: Request) -> object:
        data = await _json(request)
        if "slow_card_delay" in data:
            delay = _number(data, "slow_card_delay")
            if delay < 0:
                raise AdminError("slow_card_delay must be >= 0")
            state.slow_card_delay = delay
        if "webhook_url" in data:
            url = data["webhook_url"]
            if url is not None and not isinstance(url, str):
                raise AdminError("webhook_url must be a string or null")
            problem = http_url_problem(url) if url else None
            if problem is not None:
                raise AdminError(f"webhook_url {problem}")
            webhooks.default_url = url or None
        return await get_config(request)

    async def bulk_payments(request: Request) -> object:
        data = await _json(request)
        count = data.get("count")
        prefix = data.get("prefix", "bulk_")
        if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_BULK:
            raise AdminError(f"count must be an integer from 1 to {MAX_BULK}")
        if not isinstance(prefix, str) or not prefix:
            raise AdminError("prefix must be a non-empty string")
        amount = to_decimal(data.get("amount", 1000))
        if amount is None or amount <= 0:
            raise AdminError("amount must be a positive number")
        order = OrderInfo(name="bulk")
        with state.lock:
            for i in range(count):
                payment = state.open_payment(
                    merchant_uid=f"{prefix}{i}",
                    amount=amount,
                    order=order,
                    pay_method="card",
                    pg_provider="nice",
                    pg_id="nictest04m",
                )
                now = clock.now()
                payment.status, payment.paid_at, payment.updated_at = "paid", now, now
        return {"stored": count}

    async def dump_state(request: Request) -> object:
        return state.snapshot()

    table: list[tuple[str, str, AdminHandler]] = [
        ("/clock", "GET", get_clock),
        ("/clock", "POST", move_clock),
        ("/reset", "POST", do_reset),
        ("/webhooks", "GET", get_webhooks),
        ("/webhooks", "DELETE", clear_webhooks),
        ("/requests", "GET", get_requests),
        ("/requests", "DELETE", clear_requests),
        ("/faults", "GET", get_faults),
        ("/faults", "POST", arm_fault),
        ("/faults", "DELETE", clear_faults),
        ("/vbanks/{imp_uid}/deposit", "POST", deposit),
        ("/cvs/{imp_uid}/pay", "POST", pay_cvs),
        ("/certifications", "POST", add_certification),
        ("/config", "GET", get_config),
        ("/config", "POST", set_config),
        ("/state", "GET", dump_state),
        ("/payments/bulk", "POST", bulk_payments),
    ]
    return [
        Route(PREFIX + path, _wrap(handler), methods=[method], name=f"admin {method} {path}")
        for path, method, handler in table
    ]
