"""An example shop on FastAPI: a browser checkout verified on the server.

Run it (``make shop`` does this next to a sandbox)::

    IAMPORT_BASE_URL=http://127.0.0.1:8000 IAMPORT_SCRIPT_URL=http://127.0.0.1:8000/v1/iamport.js \\
        uvicorn --app-dir examples --factory shop_fastapi.app:create_app --port 8080

Against the real service set ``IAMPORT_API_KEY``, ``IAMPORT_API_SECRET`` and
``IAMPORT_MERCHANT_CODE`` and leave the two URLs unset.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import parse_qs

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from iamport_client import AsyncIamporter, IamporterError, InvalidWebhookError, parse_webhook
from iamport_client.checkout import averify_checkout, sender_allowed
from shop_common import flow, pages
from shop_common.settings import Settings
from shop_common.store import PRODUCTS, Store


def create_app(settings: Settings | None = None) -> FastAPI:
    """The shop for ``settings`` (default: from the environment)."""
    config = settings or Settings.from_env()
    store = Store(config.db_path)  # the table is created on start
    clients: list[AsyncIamporter] = []

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # One client for the app's life: it keeps the access token and the connections.
        async with AsyncIamporter(base_url=config.iamport_base_url) as iamporter:
            clients.append(iamporter)
            yield
            clients.clear()

    app = FastAPI(title="Example shop", lifespan=lifespan)

    async def verify(imp_uid: str, merchant_uid: str, source: str) -> flow.Verified | None:
        order = store.get(merchant_uid)
        if order is None:
            return None
        verdict = await averify_checkout(
            clients[0],
            imp_uid,
            merchant_uid=order.merchant_uid,
            amount=order.amount,
            currency=order.currency,
            cancel_forgery=config.cancel_forgery,
        )
        return flow.Verified(flow.record(store, verdict, source), verdict)

    @app.exception_handler(IamporterError)
    async def iamport_unavailable(request: Request, exc: IamporterError) -> Response:
        # Iamport could not be asked: 503, so that a webhook is delivered again later.
        return JSONResponse({"error": exc.message}, status_code=503)

    def language(request: Request) -> str:
        return pages.pick_language(
            request.query_params.get("lang"), request.cookies.get(pages.LANG_COOKIE)
        )

    def localised(request: Request, response: Response) -> Response:
        """Remember a language chosen with ``?lang=`` for the next pages."""
        if request.query_params.get("lang") in pages.LANGUAGES:
            response.set_cookie(pages.LANG_COOKIE, language(request), samesite="lax")
        return response

    @app.get("/", response_class=HTMLResponse)
    async def index(request: Request) -> Response:
        return localised(request, HTMLResponse(pages.index_page(lang=language(request))))

    @app.post("/orders")
    async def create_order(request: Request) -> Response:
        form = parse_qs((await request.body()).decode())
        product = (form.get("product") or [""])[0]
        if product not in PRODUCTS:
            return HTMLResponse(pages.not_found_page(product, language(request)), 404)
        order = store.create_order(product)
        return RedirectResponse(flow.order_location(order.merchant_uid), status_code=303)

    @app.get("/orders/{merchant_uid}", response_class=HTMLResponse)
    async def show_order(request: Request, merchant_uid: str, message: str = "") -> Response:
        order = store.get(merchant_uid)
        if order is None:
            return HTMLResponse(pages.not_found_page(merchant_uid, language(request)), 404)
        page = pages.order_page(order, config, str(request.base_url), message, language(request))
        return localised(request, HTMLResponse(page))

    @app.post("/payments/complete")
    async def payment_complete(request: Request) -> Response:
        """The page's callback reports a payment: check it with Iamport."""
        try:
            ids = flow.ids(await request.json())
        except ValueError:  # not JSON
            ids = None
        if ids is None:
            return JSONResponse({"error": "imp_uid and merchant_uid are required"}, 400)
        verified = await verify(*ids, source="callback")
        if verified is None:
            return JSONResponse({"error": "unknown order"}, status_code=404)
        return JSONResponse(flow.complete_answer(verified))

    @app.get("/payments/complete/mobile")
    async def payment_complete_mobile(
        merchant_uid: str = "", imp_uid: str = "", error_msg: str = ""
    ) -> Response:
        """``m_redirect_url``: verify, then show the order page (never JSON to a phone)."""
        if store.get(merchant_uid) is None:
            return HTMLResponse(pages.not_found_page(merchant_uid), status_code=404)
        if not imp_uid:  # closed before a payment existed; imp_success is never trusted
            return RedirectResponse(flow.order_location(merchant_uid, error_msg), 303)
        try:
            await verify(imp_uid, merchant_uid, source="mobile")
        except IamporterError:  # the webhook will tell us; the phone still gets a page
            return RedirectResponse(flow.order_location(merchant_uid, flow.NOT_CONFIRMED_YET), 303)
        return RedirectResponse(flow.order_location(merchant_uid), status_code=303)

    @app.post("/iamport-webhook")
    async def iamport_webhook(request: Request) -> Response:
        """Iamport says a payment changed; the body is only a hint (it is not signed)."""
        client = request.client.host if request.client else None
        if not sender_allowed(client, config.webhook_allowed_ips):
            return JSONResponse({"error": "forbidden"}, status_code=403)
        try:
            event = parse_webhook(await request.body())  # JSON or form
        except InvalidWebhookError as err:
            return JSONResponse({"error": str(err)}, status_code=400)
        verified = await verify(event.imp_uid, event.merchant_uid, source="webhook")
        if verified is None:
            return JSONResponse({"error": "unknown order"}, status_code=404)
        return JSONResponse(flow.complete_answer(verified))

    return app
