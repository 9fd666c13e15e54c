"""The shop's HTML: the catalogue, and the order page that runs ``IMP.request_pay``."""

from __future__ import annotations

import json
import time
from html import escape

from iamport_client.checkout import OrderStatus

from .settings import Settings
from .store import PRODUCTS, Order

STATUS_LABELS = {
    OrderStatus.AWAITING_PAYMENT: "Awaiting payment",
    OrderStatus.AWAITING_DEPOSIT: "Awaiting your deposit",
    OrderStatus.PAID: "Paid",
    OrderStatus.FAILED: "Payment failed",
    OrderStatus.CANCELLED: "Cancelled and refunded",
    OrderStatus.FORGED: "Payment refused: it did not match the order",
}

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
        message.textContent = rsp.error_msg || "The payment was not completed.";
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


def _page(title: str, body: str, head: str = "") -> str:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{STYLE}</style>{head}</head>"
        f"<body>{body}</body></html>"
    )


def _won(amount: object) -> str:
    return f"{amount:,} KRW"


def index_page(csrf_token: str | None = None) -> str:
    """The catalogue: one form per product that creates an order (Django adds a CSRF token)."""
    token = (
        f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(csrf_token)}">'
        if csrf_token
        else ""
    )
    items = "".join(
        f'<div class="card"><h2>{escape(name)}</h2><p>{_won(price)}</p>'
        f'<form method="post" action="/orders">{token}<input type="hidden" name="product"'
        f' value="{escape(pid)}"><button id="buy-{escape(pid)}">Buy</button></form></div>'
        for pid, (name, price) in PRODUCTS.items()
    )
    return _page("Example shop", f"<h1>Example shop</h1>{items}")


def _kst(ts: int | None) -> str:
    if not ts:
        return ""
    return time.strftime("%Y-%m-%d %H:%M KST", time.gmtime(ts + 9 * 3600))


def order_page(order: Order, settings: Settings, base_url: str, message: str = "") -> str:
    """The order's status and, while it can be paid, the checkout."""
    base = base_url.rstrip("/")
    parts = [
        f'<h1>Order <span id="merchant-uid">{escape(order.merchant_uid)}</span></h1>',
        f'<div class="card"><p>{escape(order.name)}: <b id="order-amount">'
        f"{_won(order.amount)}</b></p>"
        f'<p class="status" id="order-status" data-status="{escape(order.status)}">'
        f"{escape(STATUS_LABELS[order.status])}</p>",
    ]
    if order.reason:
        parts.append(f'<p id="order-reason">{escape(order.reason)}</p>')
    if order.status is OrderStatus.AWAITING_DEPOSIT and order.vbank_num:
        parts.append(
            '<dl id="vbank">'
            f'<dt>Bank</dt><dd id="vbank-bank">{escape(order.vbank_bank or "")}</dd>'
            f'<dt>Account</dt><dd id="vbank-number">{escape(order.vbank_num)}</dd>'
            f'<dt>Holder</dt><dd id="vbank-holder">{escape(order.vbank_holder or "")}</dd>'
            f'<dt>Deposit by</dt><dd id="vbank-due">{escape(_kst(order.vbank_due))}</dd></dl>'
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
        }
        head = f'<script src="{escape(settings.script_url)}"></script>'
        parts.append(
            '<div class="card"><label for="pay-method">Pay with </label>'
            '<select id="pay-method"><option value="card">Card</option>'
            '<option value="vbank">Virtual account (bank transfer)</option></select> '
            f'<input type="hidden" id="amount" value="{escape(str(order.amount))}">'
            '<button id="pay-button" type="button">Pay</button></div>'
            '<script type="application/json" id="checkout-config">'
            + json.dumps(config).replace("<", "\\u003c")
            + f"</script><script>{CHECKOUT_JS}</script>"
        )
    parts.append('<p><a href="/">Back to the shop</a></p>')
    return _page(f"Order {order.merchant_uid}", "".join(parts), head)


def not_found_page(merchant_uid: str) -> str:
    """For an order id we never issued."""
    return _page("Unknown order", f"<h1>No order {escape(merchant_uid)}</h1>")
