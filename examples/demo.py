"""The seed stories end to end, against a local Iamport sandbox (``make demo``).

Starts the sandbox on a free loopback port and a tiny webhook receiver, then walks what a
subscription merchant does: issue a billing key, pre-register an amount, charge the key, schedule
next month's charge, verify the payment the way a checkout server must, partly refund it, issue a
virtual account and watch its deposit arrive by webhook, look everything up, revoke the schedule
and delete the key. Prints a short trail and exits 0; stops everything it started.
"""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

from iamport_client import Iamporter, PaymentFailedError, WebhookEvent, parse_webhook

CARD = {
    "card_number": "5361-1234-5678-9012",
    "expiry": "2030-11",
    "birth": "620201",
    "pwd_2digit": "99",
}
DECLINING_CARD = {**CARD, "card_number": "4000-0000-0000-0002"}
MONTH = 30 * 24 * 3600


def say(step: str, detail: str = "") -> None:
    """One line of the trail."""
    print(f"  {step:<34} {detail}", flush=True)


def won(amount: Decimal | int) -> str:
    return f"₩{int(amount):,}"


@contextmanager
def sandbox() -> Iterator[str]:
    """Run ``python -m iamport_sandbox`` on a free port; yield its base URL; stop it."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "iamport_sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        if "listening on " not in line:
            raise SystemExit(f"sandbox did not start: {line!r}")
        yield line.rsplit(" ", 1)[-1]
    finally:
        proc.terminate()
        proc.wait(10)


@contextmanager
def webhook_receiver() -> Iterator[tuple[str, queue.Queue[WebhookEvent]]]:
    """A merchant's webhook endpoint: parses each notification and queues it."""
    received: queue.Queue[WebhookEvent] = queue.Queue()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            received.put(parse_webhook(body))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/iamport-webhook", received
    finally:
        server.shutdown()
        server.server_close()


def next_webhook(
    received: queue.Queue[WebhookEvent], merchant_uid: str, status: str
) -> WebhookEvent:
    """Wait for the notification about ``merchant_uid`` reaching ``status`` (others skipped)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        event = received.get(timeout=max(0.1, deadline - time.monotonic()))
        if (event.merchant_uid, event.status) == (merchant_uid, status):
            return event
    raise SystemExit(f"no {status!r} webhook arrived for {merchant_uid}")


def main() -> int:
    started = time.monotonic()
    print("iamport-client demo: the seed stories against a local sandbox\n")
    with sandbox() as base_url, webhook_receiver() as (hook_url, hooks):
        admin = httpx.Client(base_url=f"{base_url}/__sandbox")
        say("sandbox", base_url)
        with Iamporter(base_url=base_url) as iamporter:  # the public test credentials
            key = iamporter.create_subscription(customer_uid="gildong_0001_1234", **CARD).data
            say("1. billing key issued", f"{key.customer_uid} card {key.card_number}")

            prepared = iamporter.create_prepared_payment(
                merchant_uid="order_monthly_0001", amount=8900
            ).data
            say("2. amount pre-registered", f"{prepared.merchant_uid} {won(prepared.amount)}")

            paid = iamporter.pay_subscription(
                customer_uid=key.customer_uid,
                merchant_uid="order_monthly_0001",
                amount=8900,
                name="월간 이용권 정기결제",
                notice_url=hook_url,
            ).data
            say(
                "3. charged the billing key",
                f"{paid.imp_uid} {won(paid.amount)} {paid.status.value}",
            )
            event = next_webhook(hooks, "order_monthly_0001", "paid")
            say("   webhook received", f"{event.imp_uid} {event.status}")

            # Seed 004: never trust the browser; fetch the payment and compare with the order.
            verified = iamporter.verify_payment(
                event.imp_uid, expected_amount=8900, merchant_uid="order_monthly_0001"
            ).data
            say("4. verified against the order", f"{won(verified.amount)} {verified.status.value}")

            next_month = admin.get("/clock").json()["now"] + MONTH
            schedules = iamporter.schedule_payments(
                customer_uid=key.customer_uid,
                schedules=[
                    {
                        "merchant_uid": "order_monthly_0002",
                        "schedule_at": next_month,
                        "amount": 8900,
                        "name": "월간 이용권 정기결제",
                    },
                ],
            ).data
            say(
                "5. next month scheduled",
                f"{schedules[0].merchant_uid} {schedules[0].schedule_status.value}",
            )

            try:
                iamporter.pay_onetime(
                    merchant_uid="order_declined_0001", amount=5000, **DECLINING_CARD
                )
            except PaymentFailedError as declined:
                say("6. a declined card raises", f"PaymentFailedError: {declined.fail_reason}")

            refund = iamporter.cancel_by_merchant_uid(
                "order_monthly_0001", amount=2500, reason="부분 환불", checksum=8900
            ).data
            left = won(refund.amount - refund.cancel_amount)
            say(
                "7. partial refund",
                f"{won(refund.cancel_amount)} refunded, {left} left, {refund.status.value}",
            )

            vbank = iamporter.create_vbank(
                merchant_uid="order_vbank_0001",
                amount=30000,
                vbank_code="004",
                vbank_due=next_month,
                vbank_holder="홍길동",
                notice_url=hook_url,
            ).data
            say(
                "8. virtual account issued",
                f"{vbank.vbank_name} {vbank.vbank_num} {won(vbank.amount)} {vbank.status.value}",
            )
            admin.post(
                f"/vbanks/{vbank.imp_uid}/deposit", json={"depositor_name": "홍길동"}
            ).raise_for_status()
            event = next_webhook(hooks, "order_vbank_0001", "paid")
            deposited = iamporter.verify_payment(
                event.imp_uid, 30000, merchant_uid="order_vbank_0001"
            ).data
            say("   deposit arrived (webhook)", f"{deposited.imp_uid} {deposited.status.value}")

            found = iamporter.find_by_merchant_uid("order_monthly_0001").data
            say("9. look-ups", f"order_monthly_0001 -> {found.imp_uid} {found.status.value}")
            paid_page = iamporter.find_all_by_status("paid").data
            say("", f"paid payments: {paid_page.total}")
            schedule = iamporter.get_schedule("order_monthly_0002").data
            say("", f"schedule order_monthly_0002: {schedule.schedule_status.value}")

            revoked = iamporter.unschedule_payments(
                customer_uid=key.customer_uid, merchant_uids=["order_monthly_0002"]
            ).data
            say(
                "10. schedule revoked",
                f"{revoked[0].merchant_uid} {revoked[0].schedule_status.value}",
            )
            deleted = iamporter.delete_subscription(key.customer_uid).data
            say("11. billing key deleted", deleted.customer_uid)

            counts = admin.get("/requests").json()["counts"]
            say("token requests for the whole run", str(counts.get("POST /users/getToken", 0)))
        admin.close()
    print(f"\ndone in {time.monotonic() - started:.1f} s; sandbox stopped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
