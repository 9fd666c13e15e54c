"""An example shop on Django, in one file: a browser checkout verified on the server.

Run it (the settings are the FastAPI shop's, from the environment)::

    IAMPORT_BASE_URL=http://127.0.0.1:8000 IAMPORT_SCRIPT_URL=http://127.0.0.1:8000/v1/iamport.js \\
        uvicorn --app-dir examples --factory shop_django.app:create_app --port 8080

Django is configured in code (no project folder); a real project puts the views below in an
app and the order table in a model. The views are plain sync Django views.
"""

from __future__ import annotations

import json
import os
import secrets
from typing import Any

import django
from django.conf import settings as django_settings
from django.core.handlers.asgi import ASGIHandler
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseNotAllowed,
    HttpResponseRedirect,
    JsonResponse,
)
from django.middleware.csrf import get_token
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from iamport_client import Iamporter, IamporterError, InvalidWebhookError, parse_webhook
from iamport_client.checkout import sender_allowed, verify_checkout
from shop_common import flow, pages
from shop_common.settings import Settings
from shop_common.store import PRODUCTS, Store


class _Shop:
    """What the views need; set once by :func:`create_app`."""

    def __init__(self, config: Settings) -> None:
        self.config = config
        self.store = Store(config.db_path)  # the table is created on start
        # One client for the process: it keeps the access token and the connections.
        self.iamporter = Iamporter(base_url=config.iamport_base_url)

    def verify(self, imp_uid: str, merchant_uid: str, source: str) -> flow.Verified | None:
        order = self.store.get(merchant_uid)
        if order is None:
            return None
        verdict = verify_checkout(
            self.iamporter,
            imp_uid,
            merchant_uid=order.merchant_uid,
            amount=order.amount,
            currency=order.currency,
            cancel_forgery=self.config.cancel_forgery,
        )
        return flow.Verified(flow.record(self.store, verdict, source), verdict)


_shop: _Shop | None = None


def _current() -> _Shop:
    assert _shop is not None, "call create_app() first"
    return _shop


def _base_url(request: HttpRequest) -> str:
    return f"{request.scheme}://{request.get_host()}/"


def _language(request: HttpRequest) -> str:
    return pages.pick_language(request.GET.get("lang"), request.COOKIES.get(pages.LANG_COOKIE))


def _localised(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """Remember a language chosen with ``?lang=`` for the next pages."""
    if request.GET.get("lang") in pages.LANGUAGES:
        response.set_cookie(pages.LANG_COOKIE, _language(request), samesite="Lax")
    return response


def index(request: HttpRequest) -> HttpResponse:
    """The catalogue (its forms carry Django's CSRF token)."""
    page = pages.index_page(csrf_token=get_token(request), lang=_language(request))
    return _localised(request, HttpResponse(page))


def create_order(request: HttpRequest) -> HttpResponse:
    """``POST /orders``: a new order at the catalogue price."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    product = request.POST.get("product", "")
    if product not in PRODUCTS:
        return HttpResponse(pages.not_found_page(product, _language(request)), status=404)
    order = _current().store.create_order(product)
    return HttpResponseRedirect(flow.order_location(order.merchant_uid), status=303)


def show_order(request: HttpRequest, merchant_uid: str) -> HttpResponse:
    """The order page: status, virtual account, and the checkout while payable."""
    shop = _current()
    order = shop.store.get(merchant_uid)
    if order is None:
        return HttpResponse(pages.not_found_page(merchant_uid, _language(request)), status=404)
    message = request.GET.get("message", "")
    page = pages.order_page(order, shop.config, _base_url(request), message, _language(request))
    return _localised(request, HttpResponse(page))


def payment_complete(request: HttpRequest) -> HttpResponse:
    """``POST /payments/complete``: the page's callback reports a payment."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        ids = flow.ids(json.loads(request.body or b"null"))
    except ValueError:
        ids = None
    if ids is None:
        return JsonResponse({"error": "imp_uid and merchant_uid are required"}, status=400)
    verified = _current().verify(*ids, source="callback")
    if verified is None:
        return JsonResponse({"error": "unknown order"}, status=404)
    return JsonResponse(flow.complete_answer(verified))


def payment_complete_mobile(request: HttpRequest) -> HttpResponse:
    """``m_redirect_url``: verify, then show the order page (never JSON to a phone)."""
    shop = _current()
    merchant_uid = request.GET.get("merchant_uid", "")
    imp_uid = request.GET.get("imp_uid", "")
    if shop.store.get(merchant_uid) is None:
        return HttpResponse(pages.not_found_page(merchant_uid), status=404)
    if not imp_uid:  # closed before a payment existed; imp_success is never trusted
        message = request.GET.get("error_msg", "")
        return HttpResponseRedirect(flow.order_location(merchant_uid, message), status=303)
    try:
        shop.verify(imp_uid, merchant_uid, source="mobile")
    except IamporterError:  # the webhook will tell us; the phone still gets a page
        location = flow.order_location(merchant_uid, flow.NOT_CONFIRMED_YET)
        return HttpResponseRedirect(location, status=303)
    return HttpResponseRedirect(flow.order_location(merchant_uid), status=303)


def iamport_webhook(request: HttpRequest) -> HttpResponse:
    """``POST /iamport-webhook``: a hint that a payment changed (the body is not signed)."""
    shop = _current()
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not sender_allowed(request.META.get("REMOTE_ADDR"), shop.config.webhook_allowed_ips):
        return JsonResponse({"error": "forbidden"}, status=403)
    try:
        event = parse_webhook(request.body)  # JSON or form
    except InvalidWebhookError as err:
        return JsonResponse({"error": str(err)}, status=400)
    verified = shop.verify(event.imp_uid, event.merchant_uid, source="webhook")
    if verified is None:
        return JsonResponse({"error": "unknown order"}, status=404)
    return JsonResponse(flow.complete_answer(verified))


class IamportUnavailable:
    """Middleware: Iamport could not be asked, answer 503 so a webhook comes again later."""

    def __init__(self, get_response: Any) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exc: Exception) -> HttpResponse | None:
        if isinstance(exc, IamporterError):
            return JsonResponse({"error": exc.message}, status=503)
        return None


urlpatterns = [
    path("", index),
    path("orders", create_order),
    path("orders/<str:merchant_uid>", show_order),
    path("payments/complete", csrf_exempt(payment_complete)),  # JSON from our own page
    path("payments/complete/mobile", payment_complete_mobile),
    path("iamport-webhook", csrf_exempt(iamport_webhook)),  # posted by Iamport's servers
]


def create_app(settings: Settings | None = None) -> ASGIHandler:
    """Configure Django (once per process) and return the ASGI application."""
    global _shop
    config = settings or Settings.from_env()
    if not django_settings.configured:
        django_settings.configure(
            DEBUG=False,
            SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(32),
            ROOT_URLCONF=__name__,
            ALLOWED_HOSTS=os.environ.get("SHOP_ALLOWED_HOSTS", "127.0.0.1,localhost").split(","),
            MIDDLEWARE=[
                "django.middleware.security.SecurityMiddleware",
                "django.middleware.csrf.CsrfViewMiddleware",
                f"{__name__}.IamportUnavailable",
            ],
            INSTALLED_APPS=[],
            USE_TZ=True,
        )
        django.setup()
    _shop = _Shop(config)
    return ASGIHandler()
