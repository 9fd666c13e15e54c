"""``iamport listen`` and ``iamport trigger``: exercise a merchant's webhook handler.

``listen --forward-to URL`` receives the sandbox's webhooks (it points the sandbox's default
webhook URL at a receiver of its own while it runs) and forwards each to the local handler, or,
against any service, polls a window of payments and forwards a webhook for every payment whose
status changed. Each delivery and the handler's answer are printed.

``trigger EVENT`` makes the sandbox do something that sends a webhook: a paid or failed card
payment, a cancel, a virtual account issued or deposited.
"""

from __future__ import annotations

__all__ = ["listen", "trigger"]

import contextlib
import json
import queue
import secrets
import sys
import threading
import time
from collections.abc import Callable
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import click
import httpx

from .._errors import PaymentFailedError
from .._transport import is_loopback
from ._common import EXIT_API, EXIT_USAGE, AmountType, MomentType, fail, open_client, response_body
from ._config import ConfigError, load_credentials
from ._export import walk, windows
from ._output import KST, for_terminal

EVENTS = ("paid", "failed", "cancelled", "vbank-issued", "vbank-deposited")
TEST_CARD = "4242-4242-4242-4242"
DECLINED_CARD = "4000-0000-0000-0002"
ANSWER_SHOWN = 200
BODY_LIMIT = 64 * 1024


def _clock() -> str:
    return datetime.now(KST).strftime("%H:%M:%S")


def _sandbox_admin(base_url: str) -> httpx.Client | None:
    """An admin client of the sandbox at ``base_url``, or None when it is no local sandbox."""
    parts = urlsplit(base_url)
    if not is_loopback(parts.hostname or ""):
        return None
    client = httpx.Client(base_url=base_url, timeout=5.0, trust_env=False)
    try:
        answer = client.get("/__sandbox/config")
    except httpx.HTTPError:
        client.close()
        return None
    if answer.status_code != 200:
        client.close()
        return None
    return client


def _forward(
    target: str, body: bytes, content_type: str, client: httpx.Client
) -> tuple[int | None, str]:
    """POST ``body`` to the handler; its status and the start of its answer (terminal-safe)."""
    try:
        answer = client.post(target, content=body, headers={"Content-Type": content_type})
    except httpx.HTTPError as exc:
        return None, f"{type(exc).__name__}: {exc}"
    return answer.status_code, for_terminal(answer.text[:ANSWER_SHOWN])


def _describe(body: bytes) -> str:
    try:
        data = json.loads(body)
    except ValueError:
        return for_terminal(body[:ANSWER_SHOWN].decode("utf-8", "replace"))
    if not isinstance(data, dict):
        return "(not a JSON object)"
    return for_terminal(
        " ".join(f"{k}={data.get(k)}" for k in ("status", "imp_uid", "merchant_uid") if k in data)
    )


def _report(event: str, status: int | None, answer: str) -> None:
    outcome = f"[{status}]" if status is not None else "[no answer]"
    click.echo(f"{_clock()}  {event}  --> {outcome} {answer}".rstrip())


class _Receiver:
    """A webhook endpoint on 127.0.0.1 that hands each delivery to ``handle`` and answers with
    the handler's status (so the sandbox's delivery log shows what the merchant's handler said).
    """

    def __init__(self, handle: Callable[[bytes, str], int | None]) -> None:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = min(int(self.headers.get("Content-Length") or 0), BODY_LIMIT)
                body = self.rfile.read(length)
                status = outer.handle(body, self.headers.get("Content-Type") or "")
                code = status if status is not None and 200 <= status < 600 else 502
                self.send_response(code)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.handle = handle
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/webhook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _listen_sandbox(
    admin: httpx.Client, target: str, max_events: int | None, forwarder: httpx.Client
) -> int:
    done: queue.Queue[None] = queue.Queue()
    lock = threading.Lock()
    count = 0

    def handle(body: bytes, content_type: str) -> int | None:
        nonlocal count
        status, answer = _forward(target, body, content_type or "application/json", forwarder)
        with lock:
            count += 1
            _report(_describe(body), status, answer)
            if max_events is not None and count >= max_events:
                done.put(None)
        return status

    receiver = _Receiver(handle)
    previous = admin.get("/__sandbox/config").json().get("webhook_url")
    admin.post("/__sandbox/config", json={"webhook_url": receiver.url})
    click.echo(
        f"Ready: the sandbox's webhooks (requests without notice_url) are forwarded to "
        f"{for_terminal(target)} (Ctrl-C to stop)",
    )
    sys.stdout.flush()
    try:
        while True:
            try:
                done.get(timeout=0.5)
                return 0
            except queue.Empty:
                continue
    except KeyboardInterrupt:
        return 0
    finally:
        admin.post("/__sandbox/config", json={"webhook_url": previous})
        receiver.close()


def _listen_poll(
    ctx: click.Context,
    target: str,
    since: int,
    interval: float,
    max_events: int | None,
    forwarder: httpx.Client,
) -> int:
    seen: dict[str, str] = {}
    count = 0
    click.echo(
        f"Ready: polling payments every {interval:g} s and forwarding changes to "
        f"{for_terminal(target)} (Ctrl-C to stop)"
    )
    sys.stdout.flush()
    with open_client(ctx) as client:
        try:
            while True:
                now = int(time.time())
                changes: list[dict[str, Any]] = []
                for start, end in windows(since, now, newest_first=False):

                    def fetch(page: int, start: int = start, end: int = end) -> Any:
                        return response_body(
                            client.find_all_by_status(
                                "all", page=page, limit=100, from_=start, to=end, sorting="updated"
                            )
                        )

                    changes.extend(walk(fetch, "imp_uid"))
                for item in changes:  # oldest change first
                    imp_uid, status = str(item.get("imp_uid")), str(item.get("status"))
                    if seen.get(imp_uid) == status:
                        continue
                    seen[imp_uid] = status
                    body = {
                        "imp_uid": imp_uid,
                        "merchant_uid": item.get("merchant_uid"),
                        "status": status,
                    }
                    raw = json.dumps(body, ensure_ascii=False).encode()
                    code, answer = _forward(target, raw, "application/json", forwarder)
                    _report(_describe(raw), code, answer)
                    count += 1
                    if max_events is not None and count >= max_events:
                        return 0
                time.sleep(interval)
        except KeyboardInterrupt:
            return 0


@click.command()
@click.option(
    "--forward-to", required=True, metavar="URL", help="Your webhook handler (http or https)."
)
@click.option(
    "--poll",
    "interval",
    type=click.FloatRange(0.1, 3600),
    help="Poll the payments every SECONDS instead of receiving the sandbox's webhooks "
    "(the only way against the real service).",
)
@click.option(
    "--from",
    "from_",
    help="With --poll: payments started since this date/time (default: one day ago).",
)
@click.option("--max-events", type=click.IntRange(1), help="Stop after this many deliveries.")
@click.pass_context
def listen(
    ctx: click.Context,
    forward_to: str,
    interval: float | None,
    from_: str | None,
    max_events: int | None,
) -> None:
    """Forward webhooks to a local handler and print each delivery and its answer."""
    parts = urlsplit(forward_to)
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in forward_to:
        fail(f"--forward-to must be an http(s) URL, not {forward_to!r}", EXIT_USAGE)
    since = (
        MomentType().convert(from_, None, ctx) if from_ is not None else int(time.time()) - 86400
    )
    with httpx.Client(timeout=10.0, trust_env=False) as forwarder:
        if interval is None:
            try:
                base_url = load_credentials(ctx.obj.get("profile")).base_url or ""
            except ConfigError:
                base_url = ""
            admin = _sandbox_admin(base_url) if base_url else None
            if admin is None:
                fail(
                    "receiving webhooks needs a local sandbox as IAMPORT_BASE_URL; "
                    "against the real service use --poll SECONDS",
                    EXIT_USAGE,
                )
            try:
                code = _listen_sandbox(admin, forward_to, max_events, forwarder)
            finally:
                admin.close()
            sys.exit(code)
        sys.exit(_listen_poll(ctx, forward_to, since, interval, max_events, forwarder))


@click.command()
@click.argument("event", type=click.Choice(EVENTS))
@click.option("--notice-url", metavar="URL", help="Webhook URL (default: the sandbox's own).")
@click.option("--merchant-uid", help="Order id (default: a new trigger_... id).")
@click.option("--amount", default="1000", show_default=True, help="Amount in KRW.")
@click.pass_context
def trigger(
    ctx: click.Context,
    event: str,
    notice_url: str | None,
    merchant_uid: str | None,
    amount: str,
) -> None:
    """Make the sandbox send the webhook of EVENT (only against a local sandbox).

    paid and failed are card payments (4242... and the declined 4000-0000-0000-0002),
    cancelled pays then refunds, vbank-issued issues a virtual account, vbank-deposited
    also deposits into it. The sandbox delivers to --notice-url, else to its default
    webhook URL (iamport sandbox --webhook-url, or a running iamport listen).
    """
    value = AmountType().convert(amount, None, ctx)
    mid = merchant_uid or f"trigger_{secrets.token_hex(6)}"
    urls = [notice_url] if notice_url else None
    with open_client(ctx) as client:
        admin = _sandbox_admin(client.base_url)
        if admin is None:
            fail("trigger works only against a local sandbox (IAMPORT_BASE_URL)", EXIT_USAGE)
        with contextlib.closing(admin):
            before = len(admin.get("/__sandbox/webhooks").json()["webhooks"])
            imp_uid = None
            if event in ("paid", "failed", "cancelled"):
                card = DECLINED_CARD if event == "failed" else TEST_CARD
                try:
                    paid = client.pay_onetime(
                        merchant_uid=mid,
                        amount=value,
                        card_number=card,
                        expiry="2099-12",
                        name=f"iamport trigger {event}",
                        notice_url=urls,
                    )
                    imp_uid = paid.data.imp_uid
                except PaymentFailedError as exc:
                    imp_uid = exc.payment.imp_uid
                if event == "cancelled" and imp_uid:
                    client.cancel_by_imp_uid(imp_uid, reason="iamport trigger")
            else:
                issued = client.create_vbank(
                    merchant_uid=mid,
                    amount=value,
                    vbank_code="004",
                    vbank_due=int(time.time()) + 7 * 86400,
                    name="iamport trigger vbank",
                    notice_url=urls,
                )
                imp_uid = issued.data.imp_uid
                if event == "vbank-deposited":
                    deposit = admin.post(f"/__sandbox/vbanks/{imp_uid}/deposit", json={})
                    if deposit.status_code != 200:
                        fail(f"deposit refused: {deposit.text[:200]}", EXIT_API)
            click.echo(f"triggered {event}: imp_uid={imp_uid} merchant_uid={mid}")
            _print_deliveries(admin, before, str(imp_uid))


def _print_deliveries(admin: httpx.Client, before: int, imp_uid: str) -> None:
    """Wait a little for the sandbox's deliveries of ``imp_uid`` and print each."""
    deadline = time.monotonic() + 10
    shown = 0
    while time.monotonic() < deadline:
        records = admin.get("/__sandbox/webhooks").json()["webhooks"][before:]
        mine = [r for r in records if (r.get("body") or {}).get("imp_uid") == imp_uid]
        for record in mine[shown:]:
            body = record.get("body") or {}
            status = record.get("status_code")
            answer = record.get("error") or record.get("response") or ""
            click.echo(
                f"webhook {for_terminal(str(body.get('status')))} -> "
                f"{for_terminal(str(record.get('url')))}: "
                f"{'[' + str(status) + ']' if status else '[no answer]'} "
                f"{for_terminal(str(answer)[:ANSWER_SHOWN])}".rstrip()
            )
        shown = len(mine)
        if shown and time.monotonic() > deadline - 8:
            return  # the deliveries of one event come together
        time.sleep(0.2)
    if not shown:
        click.echo(
            "no webhook delivered (give --notice-url or start the sandbox with --webhook-url)"
        )
