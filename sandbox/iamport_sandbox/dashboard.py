"""``GET /__sandbox``: a browsable page of what the sandbox holds, with a few buttons.

Payments (a *Deposit* button on unpaid virtual accounts), billing keys, schedules, and webhook
deliveries with the receiver's answer (a *Resend* button each); a form moves the clock. The
page is self-contained (no external resources); its buttons call the admin API.
``POST /__sandbox/webhooks/{index}/resend`` (added here) sends a logged webhook again.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Route

from .envelope import plain_json
from .resources import SandboxState
from .webhooks import WebhookDispatcher

KST = timezone(timedelta(hours=9))

Row = dict[str, Any]
Column = tuple[str, Callable[[Row], str]]


def _when(value: object) -> str:
    if not isinstance(value, int | float) or isinstance(value, bool) or not value:
        return ""
    return datetime.fromtimestamp(value, KST).strftime("%Y-%m-%d %H:%M:%S")


def _field(name: str) -> Callable[[Row], str]:
    def get(row: Row) -> str:
        value = row.get(name)
        return "" if value is None else html.escape(str(value))

    return get


def _time(name: str) -> Callable[[Row], str]:
    return lambda row: _when(row.get(name))


def _status(row: Row) -> str:
    status = html.escape(str(row.get("status") or row.get("schedule_status") or ""))
    return f'<span class="st st-{status}">{status}</span>'


def _button(action: str, url: str, label: str, payload: object = None) -> str:
    body = html.escape(json.dumps(payload if payload is not None else {}), quote=True)
    return (
        f'<button type="button" data-action="{action}" data-url="{html.escape(url, quote=True)}"'
        f' data-body="{body}">{label}</button>'
    )


def _deposit(row: Row) -> str:
    if row.get("pay_method") == "vbank" and row.get("status") == "ready":
        imp_uid = str(row["imp_uid"])
        return _button("deposit", f"/__sandbox/vbanks/{imp_uid}/deposit", "Deposit")
    return ""


def _table(title: str, anchor: str, rows: Sequence[Row], columns: Sequence[Column]) -> str:
    head = "".join(f"<th>{html.escape(name)}</th>" for name, _ in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{render(row)}</td>" for _, render in columns) + "</tr>"
        for row in rows
    )
    empty = "" if rows else f'<p class="empty">No {html.escape(title.lower())} yet.</p>'
    return (
        f'<section id="{anchor}"><h2>{html.escape(title)} <small>({len(rows)})</small></h2>'
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{empty}</section>"
    )


PAYMENTS: list[Column] = [
    ("imp_uid", _field("imp_uid")),
    ("merchant_uid", _field("merchant_uid")),
    ("status", _status),
    ("method", _field("pay_method")),
    ("amount", _field("amount")),
    ("cancelled", _field("cancel_amount")),
    ("name", _field("name")),
    ("buyer", _field("buyer_name")),
    (
        "virtual account",
        lambda r: html.escape(" ".join(filter(None, [r.get("vbank_name"), r.get("vbank_num")]))),
    ),
    ("started", _time("started_at")),
    ("paid", _time("paid_at")),
    ("", _deposit),
]
BILLING_KEYS: list[Column] = [
    ("customer_uid", _field("customer_uid")),
    ("pg", _field("pg_provider")),
    ("card", _field("card_name")),
    ("card number", _field("card_number")),
    ("customer", _field("customer_name")),
    ("issued", _time("inserted")),
]
SCHEDULES: list[Column] = [
    ("merchant_uid", _field("merchant_uid")),
    ("customer_uid", _field("customer_uid")),
    ("status", _status),
    ("due", _time("schedule_at")),
    ("amount", _field("amount")),
    ("name", _field("name")),
    ("imp_uid", _field("imp_uid")),
    ("payment", _field("payment_status")),
    ("fail reason", _field("fail_reason")),
]


def _webhook_columns() -> list[Column]:
    def answer(row: Row) -> str:
        if row.get("error"):
            return f'<span class="error">{html.escape(str(row["error"]))}</span>'
        return (
            f"{row.get('status_code')} <code>{html.escape(str(row.get('response') or ''))}</code>"
        )

    def body(row: Row) -> str:
        return f"<code>{html.escape(json.dumps(row.get('body'), ensure_ascii=False))}</code>"

    def resend(row: Row) -> str:
        return _button("resend", f"/__sandbox/webhooks/{row['index']}/resend", "Resend")

    return [
        ("#", _field("index")),
        ("sent", _time("at")),
        ("url", _field("url")),
        ("body", body),
        ("answer", answer),
        ("", resend),
    ]


STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#222}
h1{font-size:1.4rem;margin:0 0 .5rem}h2{font-size:1.1rem;margin:1.5rem 0 .4rem}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;
text-align:left;vertical-align:top}th{background:#f4f4f6}code{font-size:12px;word-break:break-all}
.st{padding:0 .4rem;border-radius:3px;background:#eee}.st-paid,.st-executed{background:#d7f5dd}
.st-ready,.st-scheduled{background:#fff3c4}.st-cancelled,.st-failed,.st-revoked{background:#fadcdc}
.error{color:#b00020}.empty{color:#777}#clock form{display:inline}#message{min-height:1.2em}
button{cursor:pointer}
"""

SCRIPT = """
document.addEventListener('click', async (event) => {
  const button = event.target.closest('button[data-action]');
  if (!button) return;
  button.disabled = true;
  let body = button.dataset.body;
  if (button.dataset.action === 'advance') {
    body = JSON.stringify({advance: Number(document.getElementById('seconds').value)});
  }
  const message = document.getElementById('message');
  try {
    const response = await fetch(button.dataset.url, {
      method: 'POST', headers: {'Content-Type': 'application/json'}, body});
    const answer = await response.json();
    if (!response.ok) throw new Error(answer.error || response.status);
    location.reload();
  } catch (error) {
    message.textContent = button.dataset.action + ' failed: ' + error.message;
    message.className = 'error';
    button.disabled = false;
  }
});
document.getElementById('advance').addEventListener('submit', (event) => {
  event.preventDefault();
  document.getElementById('advance-button').click();
});
"""


def render_page(state: SandboxState, webhooks: WebhookDispatcher) -> str:
    """The whole page as HTML."""
    snapshot = state.snapshot()
    deliveries = [{**record, "index": i} for i, record in enumerate(webhooks.snapshot())]
    deliveries.reverse()  # newest first
    payments = sorted(snapshot["payments"], key=lambda p: p.get("started_at") or 0, reverse=True)
    clock = state.clock
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>iamport sandbox</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{STYLE}</style></head><body>
<h1>iamport sandbox</h1>
<p id="clock">Sandbox time <strong id="now">{_when(clock.now())}</strong> (KST),
{clock.offset:+.0f} s from real time{" (frozen)" if clock.frozen else ""}.
<form id="advance"><label>Advance the clock by
<input id="seconds" type="number" min="1" value="3600" size="8"> seconds</label>
<button id="advance-button" type="button" data-action="advance" data-url="/__sandbox/clock"
data-body="{{}}">Advance</button></form></p>
<p id="message"></p>
{_table("Payments", "payments", payments, PAYMENTS)}
{_table("Billing keys", "billing-keys", snapshot["customers"], BILLING_KEYS)}
{_table("Schedules", "schedules", snapshot["schedules"], SCHEDULES)}
{_table("Webhook deliveries", "webhooks", deliveries, _webhook_columns())}
<script>{SCRIPT}</script>
</body></html>
"""


def dashboard_routes(state: SandboxState, webhooks: WebhookDispatcher) -> list[BaseRoute]:
    """``GET /__sandbox`` and ``POST /__sandbox/webhooks/{index}/resend``."""

    async def page(request: Request) -> Response:
        return HTMLResponse(render_page(state, webhooks))

    async def resend(request: Request) -> Response:
        records = webhooks.snapshot()
        try:
            record = records[int(request.path_params["index"])]
        except (ValueError, IndexError):
            return plain_json({"error": "no such webhook delivery"}, 404)
        webhooks.notify([record["url"]], record["body"])
        return plain_json({"resent": {"url": record["url"], "body": record["body"]}})

    return [
        Route("/__sandbox", page, methods=["GET"], name="sandbox page"),
        Route("/__sandbox/", page, methods=["GET"], name="sandbox page /"),
        Route("/__sandbox/webhooks/{index}/resend", resend, methods=["POST"], name="resend"),
    ]
