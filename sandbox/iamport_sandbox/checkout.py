"""The browser checkout: ``/v1/iamport.js`` and the payment window it opens.

A merchant page loads ``{sandbox}/v1/iamport.js`` instead of ``https://cdn.iamport.kr/v1/iamport.js``
and calls ``IMP.init(code)`` and ``IMP.request_pay(params, callback)`` as usual. The script
form-posts the params to ``POST /checkout``, which opens a session and shows the buyer a page
(in an overlay on PC, full page when ``m_redirect_url`` is set) with stable element ids:
``#card-number``, ``#card-expiry``, ``#vbank-code``, ``#pay`` and ``#cancel``.

Paying goes through :class:`~iamport_sandbox.resources.SandboxState` exactly like the REST API
(``pay_onetime`` for cards, ``create_vbank`` for virtual accounts), so the test cards, the
pre-registered amounts, the one-paid-payment-per-order rule and the ``notice_url`` webhooks
all apply. The result goes back as the SDK's ``rsp`` object (``postMessage`` to the merchant
page) or as the query string of ``m_redirect_url``.
"""

from __future__ import annotations

import calendar
import html
import json
import re
import secrets
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from string import Template
from typing import Any
from urllib.parse import parse_qsl, urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from . import params
from .cards import normalize_card_number, normalize_expiry
from .envelope import plain_json
from .errors import ApiError
from .models import JsonDict, OrderInfo
from .money import loads
from .resources import CardInput, SandboxState
from .resources.vbanks import VBANK_NAMES
from .webhooks import http_url_problem

__all__ = ["CHECKOUT_LIFETIME", "DEFAULT_MERCHANT_CODE", "CheckoutDesk", "checkout_routes"]

DEFAULT_MERCHANT_CODE = "imp00000000"
PAY_METHODS = ("card", "vbank")
DEFAULT_VBANK_DAYS = 7
KST = 9 * 3600
#: How long an opened payment window can be paid or closed, in sandbox seconds (its clock).
CHECKOUT_LIFETIME = 30 * 60

# Error codes of the sandbox's rsp objects (the sandbox's own; the real SDK's vary by gateway).
E_REQUEST = "F0001"  # the request could not start (merchant code, parameters)
E_DECLINED = "F1001"  # the gateway refused the payment (declined card, amount rule)
E_CLOSED = "F1002"  # the buyer closed the payment window
E_EXPIRED = "F1003"  # the window was left open longer than CHECKOUT_LIFETIME

MSG_CLOSED = "[결제포기] 사용자가 결제를 취소하셨습니다"
MSG_FINISHED = "이미 완료된 결제창입니다."
MSG_EXPIRED = f"결제창 유효시간({CHECKOUT_LIFETIME // 60}분)이 지났습니다. 다시 시도해 주세요."
MSG_BAD_REDIRECT = "m_redirect_url은 http 또는 https URL이어야 합니다"

#: The payment window's words: Korean by default, English with ``language: "en"`` in
#: ``request_pay`` or ``?lang=en`` on the window's URL (the switch link on the page).
WINDOW_TEXT = {
    "ko": {
        "title": "아임포트 샌드박스 결제창",
        "heading": "아임포트 샌드박스",
        "order": "주문번호",
        "card_number": "카드 번호",
        "expiry": "유효기간 (YYYY-MM)",
        "declined": "승인 거절",
        "insufficient": "잔액 부족",
        "slow": "승인 지연",
        "approved": "그 밖의 올바른 번호: 승인",
        "bank": "가상계좌 은행",
        "pay": "결제하기",
        "close": "닫기",
        "switch": "English",
        "done": "결제가 완료되었습니다.",
        "not_paid": "결제되지 않았습니다.",
        "error": "오류가 발생했습니다.",
        "won": "원",
    },
    "en": {
        "title": "Iamport sandbox checkout",
        "heading": "Iamport sandbox",
        "order": "order",
        "card_number": "Card number",
        "expiry": "Expiry (YYYY-MM)",
        "declined": "declined",
        "insufficient": "insufficient funds",
        "slow": "slow approval",
        "approved": "any other well-formed number: approved",
        "bank": "Bank for the virtual account",
        "pay": "Pay",
        "close": "Close",
        "switch": "한국어",
        "done": "Done.",
        "not_paid": "Not paid.",
        "error": "error",
        "won": " KRW",
    },
}


def window_language(asked: object, requested: object) -> str:
    """``?lang=`` of the window's URL, else ``language`` of ``request_pay``, else Korean."""
    for choice in (asked, requested):
        if choice in WINDOW_TEXT:
            return str(choice)
    return "ko"


RSP_FIELDS = (
    "imp_uid", "merchant_uid", "pay_method", "pg_provider", "emb_pg_provider", "pg_tid",
    "name", "currency", "buyer_name", "buyer_email", "buyer_tel", "buyer_addr",
    "buyer_postcode", "status", "paid_at", "receipt_url", "apply_num", "card_name",
    "card_number", "card_quota", "vbank_code", "vbank_num", "vbank_name", "vbank_holder",
    "vbank_date",
)  # fmt: skip


@dataclass
class Session:
    """One opened payment window."""

    sid: str
    mode: str  # "pc" or "mobile"
    raw: dict[str, Any]
    merchant_uid: str
    amount: Decimal
    order: OrderInfo
    pay_method: str
    pg: str | None
    vbank_due: int
    m_redirect_url: str | None
    opened_at: float = 0.0
    finished: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)


def _asset(name: str) -> str:
    return resources.files("iamport_sandbox").joinpath(name).read_text(encoding="utf-8")


def parse_vbank_due(value: object, now: int) -> int:
    """``vbank_due`` of ``request_pay`` (``YYYYMMDD[hhmm]`` or ``YYYY-MM-DD[ hh:mm]``, KST)."""
    if value is None or value == "":
        return now + DEFAULT_VBANK_DAYS * 86400
    digits = re.sub(r"[-: ]", "", str(value))
    if not re.fullmatch(r"\d{8}(\d{4})?", digits):
        raise ApiError(
            400, -1, "vbank_due 파라미터가 올바르지 않습니다: YYYYMMDDhhmm 형식이어야 합니다"
        )
    hour, minute = (int(digits[8:10]), int(digits[10:12])) if len(digits) == 12 else (23, 59)
    try:
        moment = time.strptime(digits[:8], "%Y%m%d")
    except ValueError:
        raise ApiError(400, -1, "vbank_due 파라미터가 올바르지 않습니다: 없는 날짜입니다") from None
    return calendar.timegm(moment) + hour * 3600 + minute * 60 - KST


def safe_redirect(url: object) -> str | None:
    """``url`` when it is an absolute http(s) URL a browser may be sent to, else None."""
    return url if isinstance(url, str) and http_url_problem(url) is None else None


def _redirect_target(base: str, query: Mapping[str, str]) -> str:
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}{urlencode(query)}"


class CheckoutDesk:
    """Payment windows opened by ``IMP.request_pay`` (a state extension: reset with it)."""

    name = "checkout"

    def __init__(self, state: SandboxState, merchant_code: str = DEFAULT_MERCHANT_CODE) -> None:
        self.state = state
        self.merchant_code = merchant_code
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()
        state.register(self)

    def reset(self) -> None:
        """Forget every session."""
        with self._lock:
            self._sessions.clear()

    def snapshot(self) -> JsonDict:
        """Open and finished sessions (ids and orders only)."""
        with self._lock:
            return {
                s.sid: {"merchant_uid": s.merchant_uid, "mode": s.mode, "finished": s.finished}
                for s in self._sessions.values()
            }

    # ------------------------------------------------------------------ opening

    def open(self, user_code: str, raw_params: str, mode: str) -> Session:
        """Check the merchant code and the params; raise :class:`ApiError` when unusable."""
        if user_code != self.merchant_code:
            raise ApiError(400, -1, f"등록되지 않은 가맹점 식별코드입니다: {user_code}")
        try:
            data = loads(raw_params or "{}")
        except ValueError:
            raise ApiError(400, -1, "결제 요청 파라미터가 올바른 JSON이 아닙니다.") from None
        if not isinstance(data, dict):
            raise ApiError(400, -1, "결제 요청 파라미터는 객체여야 합니다.")
        merchant_uid = params.req_str(data, "merchant_uid", 40)
        order = params.order_info(data)
        amount = params.req_money(data, "amount", order.currency)
        pay_method = params.opt_str(data, "pay_method") or "card"
        if pay_method not in PAY_METHODS:
            raise ApiError(
                400, -1, f"샌드박스 결제창은 pay_method {', '.join(PAY_METHODS)}만 지원합니다."
            )
        redirect = params.opt_str(data, "m_redirect_url") or None
        if redirect is not None and safe_redirect(redirect) is None:
            raise ApiError(400, -1, f"{MSG_BAD_REDIRECT}: {redirect[:80]!r}")
        params.notice_urls(data)
        session = Session(
            sid=secrets.token_urlsafe(12),
            mode="mobile" if mode == "mobile" and redirect else "pc",
            raw=data,
            merchant_uid=merchant_uid,
            amount=amount,
            order=order,
            pay_method=pay_method,
            pg=params.opt_str(data, "pg") or None,
            vbank_due=parse_vbank_due(data.get("vbank_due"), self.state.clock.now()),
            m_redirect_url=redirect,
            opened_at=self.state.clock.now(),
        )
        with self._lock:
            self._sessions[session.sid] = session
        return session

    def get(self, sid: str) -> Session | None:
        """The session ``sid``."""
        with self._lock:
            return self._sessions.get(sid)

    def expired(self, session: Session) -> bool:
        """Whether ``session`` was opened more than :data:`CHECKOUT_LIFETIME` ago (sandbox time)."""
        return self.state.clock.now() - session.opened_at > CHECKOUT_LIFETIME

    def _finish_unless_expired(self, session: Session) -> JsonDict | None:
        """Close ``session`` for good; the failure rsp when it had expired, else None."""
        with session.lock:
            if session.finished:
                raise ApiError(409, -1, MSG_FINISHED)
            session.finished = True
        if self.expired(session):
            return self.failure_rsp(session.merchant_uid, E_EXPIRED, MSG_EXPIRED)
        return None

    # ------------------------------------------------------------------ results

    def rsp_for_payment(self, session: Session, payment: JsonDict) -> JsonDict:
        """The SDK's callback object for a stored payment."""
        rsp: JsonDict = {key: payment.get(key) for key in RSP_FIELDS}
        rsp["paid_amount"] = payment.get("amount")
        rsp["custom_data"] = session.raw.get("custom_data")
        ok = payment.get("status") in ("paid", "ready")
        rsp["success"] = ok
        rsp["error_code"] = None if ok else E_DECLINED
        rsp["error_msg"] = None if ok else payment.get("fail_reason")
        return rsp

    @staticmethod
    def failure_rsp(merchant_uid: str | None, code: str, message: str) -> JsonDict:
        """A callback object for a payment that did not happen."""
        return {
            "success": False,
            "imp_uid": None,
            "merchant_uid": merchant_uid,
            "error_code": code,
            "error_msg": message,
        }

    @staticmethod
    def redirect_for(redirect: str | None, rsp: JsonDict) -> str | None:
        """``m_redirect_url`` with the gateway's query string, for mobile sessions."""
        if not redirect or safe_redirect(redirect) is None:
            return None  # never javascript:, data: or anything but http(s)
        query = {
            "imp_uid": rsp.get("imp_uid") or "",
            "merchant_uid": rsp.get("merchant_uid") or "",
            "imp_success": "true" if rsp.get("success") else "false",
        }
        if not rsp.get("success"):
            query["error_code"] = str(rsp.get("error_code") or "")
            query["error_msg"] = str(rsp.get("error_msg") or "")
        return _redirect_target(redirect, query)

    def pay(self, session: Session, body: Mapping[str, Any]) -> JsonDict:
        """Run the payment of ``session`` (blocking: the slow card waits)."""
        card: CardInput | None = None
        vbank_code = ""
        if session.pay_method == "card":
            digits = normalize_card_number(str(body.get("card_number") or ""))
            if digits is None:
                raise ApiError(400, -1, "카드번호 형식이 올바르지 않습니다 (dddd-dddd-dddd-dddd).")
            expiry = normalize_expiry(str(body.get("expiry") or ""))
            if expiry is None:
                raise ApiError(400, -1, "유효기간 형식이 올바르지 않습니다 (YYYY-MM).")
            card = CardInput(digits=digits, expiry=expiry, pg=session.pg)
        else:
            vbank_code = str(body.get("vbank_code") or "")
            if vbank_code not in VBANK_NAMES:
                raise ApiError(400, -1, "입금할 은행을 선택하세요.")
        expired = self._finish_unless_expired(session)
        if expired is not None:
            return expired
        try:
            if card is not None:
                payment = self.state.pay_onetime(
                    card, session.merchant_uid, session.amount, session.order
                )
            else:
                payment = self.state.create_vbank(
                    session.merchant_uid,
                    session.amount,
                    session.order,
                    vbank_code,
                    session.vbank_due,
                    params.opt_str(session.raw, "vbank_holder", 16),
                )
        except ApiError as exc:  # nothing was stored: the window closes with the reason
            return self.failure_rsp(session.merchant_uid, E_DECLINED, exc.message)
        return self.rsp_for_payment(session, payment)

    def close(self, session: Session) -> JsonDict:
        """The buyer closed the window: nothing is charged."""
        expired = self._finish_unless_expired(session)
        if expired is not None:
            return expired
        return self.failure_rsp(session.merchant_uid, E_CLOSED, MSG_CLOSED)


# ---------------------------------------------------------------------------- pages


def _json_for_script(value: object) -> str:
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c")


def _result_page(rsp: JsonDict, redirect: str | None, status: int = 200) -> HTMLResponse:
    """A page that hands ``rsp`` back at once (the window cannot open, or has expired)."""
    page = Template(_asset("templates/result.html")).substitute(
        message=html.escape(str(rsp.get("error_msg") or "")),
        result=_json_for_script({"rsp": rsp, "redirect": safe_redirect(redirect)}),
    )
    return HTMLResponse(page, status_code=status)


def _checkout_page(desk: CheckoutDesk, session: Session, asked: str | None) -> HTMLResponse:
    lang = window_language(asked, session.raw.get("language"))
    text = WINDOW_TEXT[lang]
    year = time.gmtime(desk.state.clock.now()).tm_year + 4
    banks = "\n".join(
        f'<option value="{code}">{html.escape(name)}</option>' for code, name in VBANK_NAMES.items()
    )
    config = {
        "mode": session.mode,
        "pay_url": f"/checkout/{session.sid}/pay",
        "cancel_url": f"/checkout/{session.sid}/cancel",
        "text": {key: text[key] for key in ("done", "not_paid", "error")},
    }
    order = session.order
    if order.currency == "KRW":
        amount = f"{session.amount:,}{text['won']}"
    else:
        amount = f"{session.amount:,} {order.currency}"
    page = Template(_asset("templates/checkout.html")).substitute(
        name=html.escape(order.name or session.merchant_uid),
        amount=html.escape(amount),
        merchant_uid=html.escape(session.merchant_uid),
        buyer=html.escape(order.buyer_name or ""),
        card_hidden="" if session.pay_method == "card" else "hidden",
        vbank_hidden="" if session.pay_method == "vbank" else "hidden",
        expiry=f"{year}-12",
        banks=banks,
        config=_json_for_script(config),
        lang=lang,
        other_lang="en" if lang == "ko" else "ko",
        **{f"t_{key}": html.escape(value) for key, value in text.items()},
    )
    return HTMLResponse(page, headers={"Cache-Control": "no-store"})


def checkout_routes(desk: CheckoutDesk) -> list[BaseRoute]:
    """``/v1/iamport.js`` and the ``/checkout`` pages."""
    script = _asset("static/iamport.js")

    async def iamport_js(request: Request) -> Response:
        return Response(
            script,
            media_type="application/javascript; charset=utf-8",
            headers={"Cache-Control": "no-store"},
        )

    async def open_session(request: Request) -> Response:
        form = dict(parse_qsl((await request.body()).decode("utf-8", "replace")))
        mode = form.get("mode", "pc")
        try:
            session = desk.open(form.get("user_code", ""), form.get("params", ""), mode)
        except ApiError as exc:
            guess: dict[str, Any] = {}
            try:
                loaded = json.loads(form.get("params") or "{}")
                guess = loaded if isinstance(loaded, dict) else {}
            except ValueError:
                pass
            mid = guess.get("merchant_uid")
            rsp = desk.failure_rsp(mid if isinstance(mid, str) else None, E_REQUEST, exc.message)
            redirect = guess.get("m_redirect_url") if mode == "mobile" else None
            target = desk.redirect_for(redirect if isinstance(redirect, str) else None, rsp)
            if target is not None:
                return RedirectResponse(target, status_code=303)
            return _result_page(rsp, None)
        return RedirectResponse(f"/checkout/{session.sid}", status_code=303)

    def _session(request: Request) -> Session:
        session = desk.get(str(request.path_params["sid"]))
        if session is None:
            raise ApiError(404, -1, "결제창 세션을 찾을 수 없습니다.")
        return session

    async def show(request: Request) -> Response:
        try:
            session = _session(request)
        except ApiError as exc:
            return HTMLResponse(f"<p>{html.escape(exc.message)}</p>", status_code=404)
        if desk.expired(session) and not session.finished:
            rsp = desk.close(session)  # the expired failure: handed back to the merchant page
            return _result_page(rsp, desk.redirect_for(session.m_redirect_url, rsp), 410)
        return _checkout_page(desk, session, request.query_params.get("lang"))

    async def pay(request: Request) -> Response:
        try:
            session = _session(request)
            body = loads(await request.body() or b"{}")
            if not isinstance(body, dict):
                raise ApiError(400, -1, "요청 본문은 JSON 객체여야 합니다.")
            rsp = await run_in_threadpool(desk.pay, session, body)
        except ApiError as exc:
            return plain_json({"error": exc.message}, exc.http_status)
        except ValueError:
            return plain_json({"error": "요청 본문이 올바른 JSON이 아닙니다."}, 400)
        return plain_json({"rsp": rsp, "redirect": desk.redirect_for(session.m_redirect_url, rsp)})

    async def cancel(request: Request) -> Response:
        try:
            session = _session(request)
            rsp = desk.close(session)
        except ApiError as exc:
            return plain_json({"error": exc.message}, exc.http_status)
        return plain_json({"rsp": rsp, "redirect": desk.redirect_for(session.m_redirect_url, rsp)})

    return [
        Route("/v1/iamport.js", iamport_js, methods=["GET"], name="checkout script"),
        Route("/checkout", open_session, methods=["POST"], name="checkout open"),
        Route("/checkout/{sid}", show, methods=["GET"], name="checkout page"),
        Route("/checkout/{sid}/pay", pay, methods=["POST"], name="checkout pay"),
        Route("/checkout/{sid}/cancel", cancel, methods=["POST"], name="checkout cancel"),
    ]
