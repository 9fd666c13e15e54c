"""The wrapper against the sandbox over real HTTP: the seed stories, token rules that depend on
the service's clock, declines, lost answers and faults."""

from __future__ import annotations

import asyncio
import time
from decimal import Decimal

import pytest

from iamport_client import (
    APIError,
    AsyncIamporter,
    Iamporter,
    NotFoundError,
    PaymentFailedError,
    PaymentOutcomeUnknownError,
    PaymentVerificationError,
    ServerError,
)
from iamport_sandbox import Sandbox

CARD = {
    "card_number": "5361-1234-5678-9012",
    "expiry": "2030-11",
    "birth": "620201",
    "pwd_2digit": "99",
}
DECLINE = {**CARD, "card_number": "4000-0000-0000-0002"}
SLOW = {**CARD, "card_number": "4000-0000-0000-0119"}
TOKEN = ("POST", "/users/getToken")


def test_billing_key_lifecycle(iamporter: Iamporter) -> None:
    issued = iamporter.create_subscription(customer_uid="gildong_0001_1234", **CARD).data
    assert issued.customer_uid == "gildong_0001_1234"
    assert issued.card_number is not None and "5678" not in issued.card_number
    assert iamporter.get_subscription("gildong_0001_1234").data.inserted == issued.inserted
    assert (
        iamporter.delete_subscription("gildong_0001_1234").data.customer_uid == "gildong_0001_1234"
    )
    with pytest.raises(NotFoundError) as info:
        iamporter.get_subscription("gildong_0001_1234")
    assert info.value.status == 404
    assert info.value.message  # the sandbox's own words


def test_pay_with_billing_key_then_find_it_every_way(iamporter: Iamporter) -> None:
    iamporter.create_subscription(customer_uid="c1", **CARD)
    paid = iamporter.pay_subscription(
        customer_uid="c1", merchant_uid="order_1", amount=8900, name="월간 이용권"
    ).data
    assert paid.status.value == "paid"
    assert paid.amount == 8900
    assert iamporter.find_by_imp_uid(paid.imp_uid).data.merchant_uid == "order_1"
    assert iamporter.find_by_merchant_uid("order_1").data.imp_uid == paid.imp_uid
    assert iamporter.find_by_merchant_uid("order_1", "paid").data.imp_uid == paid.imp_uid
    with pytest.raises(NotFoundError):
        iamporter.find_by_merchant_uid("order_1", "cancelled")
    page = iamporter.find_all_by_merchant_uid("order_1").data
    assert page.total == 1
    assert page.list_[0].imp_uid == paid.imp_uid
    assert iamporter.find_all_by_status("paid").data.total == 1
    assert iamporter.find_all_by_status("failed").data.total == 0


def test_onetime_with_customer_uid_also_stores_the_key(iamporter: Iamporter) -> None:
    result = iamporter.pay_onetime(merchant_uid="order_2", amount="5000", customer_uid="c2", **CARD)
    assert result.data.customer_uid == "c2"
    assert iamporter.get_subscription("c2").data.customer_uid == "c2"


def test_pay_foreign(iamporter: Iamporter) -> None:
    result = iamporter.pay_foreign(
        merchant_uid="order_f",
        amount=Decimal("12.50"),
        currency="USD",
        card_number=CARD["card_number"],
        expiry="2030-11",
    )
    paid = result.data
    assert type(paid.amount) is Decimal and paid.amount == Decimal("12.50")
    # Cents survive the round trip both ways: a partial refund with a checksum, then the rest.
    part = iamporter.cancel_by_imp_uid(
        paid.imp_uid, amount=Decimal("0.10"), checksum=Decimal("12.50"), reason="cents"
    ).data
    assert part.cancel_amount == Decimal("0.10") and type(part.cancel_amount) is Decimal
    assert part.amount - part.cancel_amount == Decimal("12.40")
    rest = iamporter.cancel_by_imp_uid(paid.imp_uid, checksum=Decimal("12.40"), reason="rest").data
    assert rest.cancel_amount == Decimal("12.50") and rest.status.value == "cancelled"


def test_declined_card_raises_with_the_gateway_reason(iamporter: Iamporter) -> None:
    with pytest.raises(PaymentFailedError) as info:
        iamporter.pay_onetime(merchant_uid="order_3", amount=5000, **DECLINE)
    assert "한도초과" in (info.value.fail_reason or "")
    assert info.value.payment.status.value == "failed"
    # The failed attempt is on record; the order can be retried with another card.
    assert iamporter.find_by_merchant_uid("order_3", "failed").data.fail_reason
    assert (
        iamporter.pay_onetime(merchant_uid="order_3", amount=5000, **CARD).data.status.value
        == "paid"
    )


def test_declining_billing_key_issue_carries_the_server_message(iamporter: Iamporter) -> None:
    with pytest.raises(APIError) as info:
        iamporter.create_subscription(customer_uid="c3", **DECLINE)
    assert info.value.status == 200
    assert info.value.code == 1
    assert "한도초과" in info.value.message


def test_prepared_amount_guards_against_tampering(iamporter: Iamporter) -> None:
    iamporter.create_prepared_payment(merchant_uid="order_4", amount=128900)
    assert iamporter.get_prepared_payment("order_4").data.amount == 128900
    with pytest.raises(APIError) as info:
        iamporter.pay_onetime(merchant_uid="order_4", amount=100, **CARD)
    assert info.value.code == 1
    assert (
        iamporter.pay_onetime(merchant_uid="order_4", amount=128900, **CARD).data.amount == 128900
    )


def test_verify_payment_like_seed_004(iamporter: Iamporter) -> None:
    imp_uid = iamporter.pay_onetime(merchant_uid="order_5", amount=64900, **CARD).data.imp_uid
    assert (
        iamporter.verify_payment(imp_uid, "64900", merchant_uid="order_5").data.status.value
        == "paid"
    )
    with pytest.raises(PaymentVerificationError) as info:
        iamporter.verify_payment(imp_uid, 100, merchant_uid="order_5")
    assert info.value.payment.imp_uid == imp_uid


def test_partial_cancels_with_checksum_then_full(iamporter: Iamporter) -> None:
    imp_uid = iamporter.pay_onetime(merchant_uid="order_6", amount=10000, **CARD).data.imp_uid
    first = iamporter.cancel_by_merchant_uid(
        "order_6", amount=2500, reason="예약 변경", checksum=10000
    ).data
    assert first.cancel_amount == 2500
    assert first.status.value == "paid"
    # The same partial cancel sent again with the old checksum is refused: no double refund.
    with pytest.raises(APIError) as info:
        iamporter.cancel_by_merchant_uid("order_6", amount=2500, checksum=10000)
    assert info.value.code == 1
    with pytest.raises(APIError):
        iamporter.cancel_by_imp_uid(imp_uid, amount=9000)  # above the balance
    rest = iamporter.cancel_by_imp_uid(imp_uid, reason="전액 취소").data
    assert rest.status.value == "cancelled"
    assert rest.cancel_amount == 10000
    assert [c.amount for c in rest.cancel_history or []] == [2500, 7500]


def test_vbank_issue_deposit_and_refund(iamporter: Iamporter, sandbox: Sandbox) -> None:
    due = sandbox.clock.now() + 86400
    issued = iamporter.create_vbank(
        merchant_uid="order_7", amount=30000, vbank_code="004", vbank_due=due, vbank_holder="홍길동"
    ).data
    assert issued.status.value == "ready"
    assert issued.vbank_num
    import httpx

    httpx.post(
        f"{sandbox.base_url}/__sandbox/vbanks/{issued.imp_uid}/deposit", json={}
    ).raise_for_status()
    assert (
        iamporter.verify_payment(issued.imp_uid, 30000, merchant_uid="order_7").data.status.value
        == "paid"
    )
    with pytest.raises(APIError) as info:
        iamporter.cancel_by_imp_uid(issued.imp_uid)  # a paid vbank needs a refund account
    assert "refund" in info.value.message
    refunded = iamporter.cancel_by_imp_uid(
        issued.imp_uid, refund_holder="홍길동", refund_bank="088", refund_account="56211105948400"
    ).data
    assert refunded.status.value == "cancelled"


def test_schedules_run_when_the_clock_passes(iamporter: Iamporter, sandbox: Sandbox) -> None:
    iamporter.create_subscription(customer_uid="c8", **CARD)
    at = sandbox.clock.now() + 30 * 86400
    created = iamporter.schedule_payments(
        customer_uid="c8",
        schedules=[
            {"merchant_uid": "order_8a", "schedule_at": at, "amount": 8900, "name": "월간 이용권"},
            {"merchant_uid": "order_8b", "schedule_at": at + 30 * 86400, "amount": 8900},
        ],
    ).data
    assert [s.schedule_status.value for s in created] == ["scheduled", "scheduled"]
    assert iamporter.get_schedule("order_8a").data.amount == 8900
    window = iamporter.find_schedules(from_=at - 10, to=at + 10).data
    assert [s.merchant_uid for s in window.list_] == ["order_8a"]
    by_customer = iamporter.find_schedules(
        customer_uid="c8", from_=at - 10, to=at + 31 * 86400
    ).data
    assert by_customer.total == 2
    sandbox.clock.advance(30 * 86400 + 5)
    executed = iamporter.get_schedule("order_8a").data
    assert executed.schedule_status.value == "executed"
    assert executed.payment_status == "paid"
    assert executed.imp_uid is not None
    assert (
        iamporter.find_by_imp_uid(executed.imp_uid).data.customer_uid_usage == "payment.scheduled"
    )
    revoked = iamporter.unschedule_payments(customer_uid="c8").data
    assert [s.merchant_uid for s in revoked] == ["order_8b"]


def test_certifications(iamporter: Iamporter) -> None:
    cert = iamporter.get_certification("imps_000000000001").data
    assert cert.imp_uid == "imps_000000000001"
    assert iamporter.delete_certification("imps_000000000001").data.imp_uid == cert.imp_uid
    with pytest.raises(NotFoundError):
        iamporter.get_certification("imps_000000000001")


# ------------------------------------------------------------------ token rules on the service clock


def test_one_token_for_many_calls(iamporter: Iamporter, sandbox: Sandbox) -> None:
    for _ in range(25):
        with pytest.raises(NotFoundError):
            iamporter.find_by_imp_uid("imp_000000000000")
    assert sandbox.request_count(*TOKEN) == 1
    assert sandbox.request_count("GET", "/payments/{imp_uid}") == 25


def test_expired_token_is_refreshed_and_the_call_replayed(
    iamporter: Iamporter, sandbox: Sandbox
) -> None:
    iamporter.create_subscription(customer_uid="c9", **CARD)
    sandbox.clock.advance(3600)  # the service's clock passes the token's expiry; ours does not
    assert iamporter.get_subscription("c9").data.customer_uid == "c9"
    assert sandbox.request_count(*TOKEN) == 2
    assert sandbox.request_count("GET", "/subscribe/customers/{customer_uid}") == 2


def test_async_client_against_the_sandbox(sandbox: Sandbox) -> None:
    async def run() -> list[str]:
        async with AsyncIamporter(base_url=sandbox.base_url) as client:
            await client.create_subscription(customer_uid="c10", **CARD)
            payments = await asyncio.gather(
                *(
                    client.pay_subscription(
                        customer_uid="c10", merchant_uid=f"order_a{i}", amount=1000 + i, name="x"
                    )
                    for i in range(40)
                )
            )
            return [p.data.status.value for p in payments]

    assert asyncio.run(run()) == ["paid"] * 40
    assert sandbox.request_count(*TOKEN) == 1


# ------------------------------------------------------------------ lost answers and faults


def test_slow_payment_times_out_and_the_money_moved_anyway(sandbox: Sandbox) -> None:
    with Iamporter(base_url=sandbox.base_url, timeout=0.5) as client:
        client.get_token()
        with pytest.raises(PaymentOutcomeUnknownError) as info:
            client.pay_onetime(merchant_uid="order_slow", amount=5000, **SLOW)
        assert info.value.merchant_uid == "order_slow"
        assert sandbox.request_count("POST", "/subscribe/payments/onetime") == 1
        time.sleep(1.6)  # the sandbox finishes the slow approval
        # What the error told us to do: look the order up instead of paying again.
        assert client.find_by_merchant_uid("order_slow").data.status.value == "paid"


def test_dropped_answer_to_a_payment_is_not_resent(iamporter: Iamporter, sandbox: Sandbox) -> None:
    iamporter.create_subscription(customer_uid="c11", **CARD)
    sandbox.faults.arm("drop", "/subscribe/payments/again")
    with pytest.raises(PaymentOutcomeUnknownError):
        iamporter.pay_subscription(
            customer_uid="c11", merchant_uid="order_drop", amount=1000, name="x"
        )
    assert sandbox.request_count("POST", "/subscribe/payments/again") == 1
    assert iamporter.find_by_merchant_uid("order_drop").data.status.value == "paid"


def test_html_500_on_a_lookup_is_retried(iamporter: Iamporter, sandbox: Sandbox) -> None:
    iamporter.create_subscription(customer_uid="c12", **CARD)
    sandbox.faults.arm("http500", "/subscribe/customers/c12", "GET", times=1)
    assert iamporter.get_subscription("c12").data.customer_uid == "c12"
    assert sandbox.request_count("GET", "/subscribe/customers/{customer_uid}") == 2
    sandbox.faults.arm("http500", "/subscribe/customers/c12", "GET", times=3)
    with pytest.raises(ServerError) as info:
        iamporter.get_subscription("c12")
    assert "<html" in str(info.value.raw)


def test_code_fault_on_http_200_is_an_error(iamporter: Iamporter, sandbox: Sandbox) -> None:
    sandbox.faults.arm("code", "/payments/prepare", "POST")
    with pytest.raises(APIError) as info:
        iamporter.create_prepared_payment(merchant_uid="order_13", amount=1000)
    assert str(info.value) == "[200] sandbox injected failure"
