"""The shop's HTML: the catalogue, and the order page that runs ``IMP.request_pay``.

Korean by default, as a Korean merchant's customers see it; every page has a switch to English
(``?lang=en``, remembered in the ``shop_lang`` cookie by the apps), which also asks the payment
window for English (``language: "en"``).
"""

from __future__ import annotations

import json
import time
from html import escape

from iamport_client.checkout import OrderStatus

from .settings import Settings
from .store import PRODUCTS, Order

LANGUAGES = ("ko", "en")
DEFAULT_LANGUAGE = "ko"
LANG_COOKIE = "shop_lang"

STATUS_LABELS = {
    "en": {
        OrderStatus.AWAITING_PAYMENT: "Awaiting payment",
        OrderStatus.AWAITING_DEPOSIT: "Awaiting your deposit",
        OrderStatus.PAID: "Paid",
        OrderStatus.FAILED: "Payment failed",
        OrderStatus.CANCELLED: "Cancelled and refunded",
        OrderStatus.FORGED: "Payment refused: it did not match the order",
    },
    "ko": {
        OrderStatus.AWAITING_PAYMENT: "결제 대기 중",
        OrderStatus.AWAITING_DEPOSIT: "입금 대기 중",
        OrderStatus.PAID: "결제 완료",
        OrderStatus.FAILED: "결제 실패",
        OrderStatus.CANCELLED: "취소 및 환불 완료",
        OrderStatus.FORGED: "결제 거부: 주문과 일치하지 않습니다",
    },
}
PRODUCT_NAMES = {"ko": {"chair": "노르웨이 회전 의자", "lamp": "책상 조명"}, "en": {}}
TEXT = {
    "en": {
        "shop": "Example shop",
        "buy": "Buy",
        "order": "Order",
        "bank": "Bank",
        "account": "Account",
        "holder": "Holder",
        "due": "Deposit by",
        "pay_with": "Pay with",
        "card": "Card",
        "vbank": "Virtual account (bank transfer)",
        "pay": "Pay",
        "back": "Back to the shop",
        "unknown": "Unknown order",
        "no_order": "No order",
        "not_completed": "The payment was not completed.",
        "switch": "한국어",
    },
    "ko": {
        "shop": "예제 쇼핑몰",
        "buy": "구매하기",
        "order": "주문",
        "bank": "은행",
        "account": "계좌번호",
        "holder": "예금주",
        "due": "입금 기한",
        "pay_with": "결제 수단",
        "card": "신용카드",
        "vbank": "가상계좌(무통장입금)",
        "pay": "결제하기",
        "back": "쇼핑몰로 돌아가기",
        "unknown": "없는 주문",
        "no_order": "주문이 없습니다:",
        "not_completed": "결제가 완료되지 않았습니다.",
        "switch": "English",
    },
}


def pick_language(asked: str | None, remembered: str | None = None) -> str:
    """``?lang=`` when it names a language, else the remembered one, else Korean."""
    for choice in (asked, remembered):
        if choice in LANGUAGES:
            return str(choice)
    return DEFAULT_LANGUAGE


STYLE = """
body { font-family: system-ui, sans-serif; max-width: 640px; margin: 40px auto; padding: 0 16px;
       color: #1d2030; }
.card { border: 1px solid #d5d8e8; border-radius: 10px; padding: 16px 20px; margin: 16px 0; }
.status { font-size: 22px; font-weight: 700; }
.status[data-status=paid] { color: #2e7d32; }
.status[data-status=failed], .status[data-status=forged] { color: #c62828; }
button { padding: 10px 18px; font-size: 16px; border: 0; border-radius: 6px; background: #3f51b5;
         color: #fff; cursor: pointer; }
#message { color: #c62828; }
"""

# The checkout itself: what a merchant page does with the browser SDK. The amount is read
# from the page (a buyer can edit it: the server checks the payment, not this number).
CHECKOUT_JS = """
(function () {
  "use strict";
  var cfg = JSON.parse(document.getElementById("checkout-config").textContent);
  var button = document.getElementById("pay-button");
  var message = document.getElementById("message");
  if (!button) { return; }
  button.addEventListener("click", function () {
    var params = {
      language: cfg.language,
      pg: cfg.pg,
      pay_method: document.getElementById("pay-method").value,
      merchant_uid: cfg.merchant_uid,
      name: cfg.name,
      amount: Number(document.getElementById("amount").value),
      currency: cfg.currency,
      buyer_name: cfg.buyer_name,
      buyer_email: cfg.buyer_email,
      buyer_tel: cfg.buyer_tel,
      notice_url: cfg.notice_url
    };
    if (/Mobi|Android|iPhone|iPad/i.test(navigator.userAgent)) {
      params.m_redirect_url = cfg.m_redirect_url;  // mobile gateways leave this page
    }
    button.disabled = true;
    message.textContent = "";
    IMP.init(cfg.merchant_code);
    IMP.request_pay(params, function (rsp) {
      if (!rsp.imp_uid) {  // closed, or could not start: there is no payment to check
        message.textContent = rsp.error_msg || cfg.not_completed;
        button.disabled = false;
        return;
      }
      fetch(cfg.complete_url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ imp_uid: rsp.imp_uid, merchant_uid: rsp.merchant_uid })
      })
        .then(function (response) { return response.json(); })
        .then(function () { window.location.assign(cfg.order_url); })
        .catch(function (err) {
          message.textContent = String(err);
          button.disabled = false;
        });
    });
  });
})();
"""


def _page(title: str, body: str, lang: str, head: str = "") -> str:
    other = "en" if lang == "ko" else "ko"
    switch = (
        f'<nav><a id="lang-switch" href="?lang={other}" lang="{other}" hreflang="{other}">'
        f"{TEXT[lang]['switch']}</a></nav>"
    )
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{STYLE}</style>{head}</head>"
        f"<body>{switch}{body}</body></html>"
    )


def _won(amount: object, lang: str = DEFAULT_LANGUAGE) -> str:
    return f"{amount:,}원" if lang == "ko" else f"{amount:,} KRW"


def index_page(csrf_token: str | None = None, lang: str = DEFAULT_LANGUAGE) -> str:
    """The catalogue: one form per product that creates an order (Django adds a CSRF token)."""
    token = (
        f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(csrf_token)}">'
        if csrf_token
        else ""
    )
    text = TEXT[lang]
    items = "".join(
        f'<div class="card"><h2>{escape(PRODUCT_NAMES[lang].get(pid, name))}</h2>'
        f"<p>{_won(price, lang)}</p>"
        f'<form method="post" action="/orders">{token}<input type="hidden" name="product"'
        f' value="{escape(pid)}"><button id="buy-{escape(pid)}">{text["buy"]}</button></form>'
        "</div>"
        for pid, (name, price) in PRODUCTS.items()
    )
    return _page(text["shop"], f"<h1>{text['shop']}</h1>{items}", lang)


def _kst(ts: int | None) -> str:
    if not ts:
        return ""
    return time.strftime("%Y-%m-%d %H:%M KST", time.gmtime(ts + 9 * 3600))


def order_page(
    order: Order,
    settings: Settings,
    base_url: str,
    message: str = "",
    lang: str = DEFAULT_LANGUAGE,
) -> str:
    """The order's status and, while it can be paid, the checkout."""
    base = base_url.rstrip("/")
    text = TEXT[lang]
    parts = [
        f'<h1>{text["order"]} <span id="merchant-uid">{escape(order.merchant_uid)}</span></h1>',
        f'<div class="card"><p>{escape(order.name)}: <b id="order-amount">'
        f"{_won(order.amount, lang)}</b></p>"
        f'<p class="status" id="order-status" data-status="{escape(order.status)}">'
        f"{escape(STATUS_LABELS[lang][order.status])}</p>",
    ]
    if order.reason:
        parts.append(f'<p id="order-reason">{escape(order.reason)}</p>')
    if order.status is OrderStatus.AWAITING_DEPOSIT and order.vbank_num:
        parts.append(
            '<dl id="vbank">'
            f'<dt>{text["bank"]}</dt><dd id="vbank-bank">{escape(order.vbank_bank or "")}</dd>'
            f'<dt>{text["account"]}</dt><dd id="vbank-number">{escape(order.vbank_num)}</dd>'
            f"<dt>{text['holder']}</dt>"
            f'<dd id="vbank-holder">{escape(order.vbank_holder or "")}</dd>'
            f'<dt>{text["due"]}</dt><dd id="vbank-due">{escape(_kst(order.vbank_due))}</dd></dl>'
        )
    parts.append("</div>")
    parts.append(f'<p id="message" role="alert">{escape(message)}</p>')
    head = ""
    if order.payable:
        config = {
            "merchant_code": settings.merchant_code,
            "pg": settings.pg,
            "merchant_uid": order.merchant_uid,
            "name": order.name,
            "currency": order.currency,
            "buyer_name": order.buyer_name,
            "buyer_email": order.buyer_email,
            "buyer_tel": order.buyer_tel,
            "notice_url": f"{base}/iamport-webhook",
            "m_redirect_url": f"{base}/payments/complete/mobile",
            "complete_url": f"{base}/payments/complete",
            "order_url": f"{base}/orders/{order.merchant_uid}",
            "language": lang,
            "not_completed": text["not_completed"],
        }
        head = f'<script src="{escape(settings.script_url)}"></script>'
        parts.append(
            f'<div class="card"><label for="pay-method">{text["pay_with"]} </label>'
            f'<select id="pay-method"><option value="card">{text["card"]}</option>'
            f'<option value="vbank">{text["vbank"]}</option></select> '
            f'<input type="hidden" id="amount" value="{escape(str(order.amount))}">'
            f'<button id="pay-button" type="button">{text["pay"]}</button></div>'
            '<script type="application/json" id="checkout-config">'
            + json.dumps(config).replace("<", "\\u003c")
            + f"</script><script>{CHECKOUT_JS}</script>"
        )
    parts.append(f'<p><a href="/">{text["back"]}</a></p>')
    return _page(f"{text['order']} {order.merchant_uid}", "".join(parts), lang, head)


def not_found_page(merchant_uid: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """For an order id we never issued."""
    text = TEXT[lang]
    return _page(text["unknown"], f"<h1>{text['no_order']} {escape(merchant_uid)}</h1>", lang)
