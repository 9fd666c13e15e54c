"""The merchant-server kit (``iamport_client.checkout``): verdicts and the ordering rule.

Verdicts are judged on real payments made in the sandbox over HTTP, for every payment status
and every kind of mismatch; the ordering rule is checked on every interleaving of replayed and
out-of-order reports.
"""

from __future__ import annotations

import asyncio
import itertools
from decimal import Decimal

import pytest

from iamport_client import AsyncIamporter, Iamporter, PaymentFailedError
from iamport_client.checkout import (
    CheckoutVerdict,
    OrderState,
    OrderStatus,
    Outcome,
    averify_checkout,
    next_order_state,
    sender_allowed,
    verify_checkout,
)
from iamport_sandbox import DECLINE_CARD, Sandbox
from iamport_sandbox.models import OrderInfo

GOOD_CARD = "4242-4242-4242-4242"
PRICE = 64900
KINDS = ("paid", "failed", "cancelled", "vbank_ready", "card_ready")


def make_payment(kind: str, sandbox: Sandbox, iamporter: Iamporter) -> str:
    """A real sandbox payment of ``kind`` for order ``order-<kind>``; its ``imp_uid``."""
    mid = f"order-{kind}"

    def pay(card: str) -> str:
        return iamporter.pay_onetime(
            merchant_uid=mid, amount=PRICE, card_number=card, expiry="2030-12", birth="900101"
        ).data.imp_uid

    if kind == "paid":
        return pay(GOOD_CARD)
    if kind == "failed":
        with pytest.raises(PaymentFailedError) as declined:
            pay(DECLINE_CARD)
        return str(declined.value.payment.imp_uid)
    if kind == "cancelled":
        imp_uid = pay(GOOD_CARD)
        iamporter.cancel_by_imp_uid(imp_uid, reason="buyer changed their mind")
        return imp_uid
    if kind == "vbank_ready":
        due = sandbox.clock.now() + 86400
        result = iamporter.create_vbank(
            merchant_uid=mid, amount=PRICE, vbank_code="004", vbank_due=due
        )
        return result.data.imp_uid
    # A card payment the gateway has not answered yet (what the slow test card shows).
    with sandbox.state.lock:
        payment = sandbox.state.open_payment(
            merchant_uid=mid,
            amount=Decimal(PRICE),
            order=OrderInfo(name="chair"),
            pay_method="card",
            pg_provider="nice",
            pg_id="nictest04m",
        )
    return payment.imp_uid


EXPECTED_WHEN_MATCHING = {
    "paid": Outcome.PAID,
    "failed": Outcome.FAILED,
    "cancelled": Outcome.CANCELLED,
    "vbank_ready": Outcome.VBANK_ISSUED,
    "card_ready": Outcome.PENDING,  # not a virtual account, whatever its status says
}
MISMATCHES = {
    # name: (merchant_uid of the order, amount, currency) -> outcome
    "none": (None, PRICE, "KRW"),
    "amount": (None, PRICE + 1, "KRW"),
    "amount_lower": (None, 100, "KRW"),
    "currency": (None, PRICE, "USD"),
    "merchant_uid": ("order-someone-else", PRICE, "KRW"),
}


@pytest.mark.parametrize("mismatch", sorted(MISMATCHES))
@pytest.mark.parametrize("kind", KINDS)
def test_verdict_for_every_status_and_mismatch(
    kind: str, mismatch: str, sandbox: Sandbox, iamporter: Iamporter
) -> None:
    imp_uid = make_payment(kind, sandbox, iamporter)
    other_mid, amount, currency = MISMATCHES[mismatch]
    mid = other_mid or f"order-{kind}"
    verdict = verify_checkout(
        iamporter, imp_uid, merchant_uid=mid, amount=amount, currency=currency
    )
    assert verdict.imp_uid == imp_uid
    assert verdict.merchant_uid == mid
    assert verdict.amount == Decimal(PRICE)
    assert verdict.payment is not None
    assert not verdict.forgery_cancelled
    if mismatch == "merchant_uid":
        assert verdict.outcome is Outcome.NOT_THIS_ORDER
        assert verdict.reason == f"the payment belongs to order 'order-{kind}'"
    elif mismatch == "none":
        assert verdict.outcome is EXPECTED_WHEN_MATCHING[kind]
    else:
        assert verdict.outcome is Outcome.FORGED
        assert verdict.reason is not None
        assert mismatch.split("_")[0] in verdict.reason
    assert verdict.succeeded == (verdict.outcome in (Outcome.PAID, Outcome.VBANK_ISSUED))


def test_verdict_details_carry_the_servers_words_and_the_account(
    sandbox: Sandbox, iamporter: Iamporter
) -> None:
    failed = make_payment("failed", sandbox, iamporter)
    verdict = verify_checkout(iamporter, failed, merchant_uid="order-failed", amount=PRICE)
    assert verdict.reason == "[4000] 카드 한도초과"
    cancelled = make_payment("cancelled", sandbox, iamporter)
    verdict = verify_checkout(iamporter, cancelled, merchant_uid="order-cancelled", amount=PRICE)
    assert verdict.reason == "buyer changed their mind"
    vbank = make_payment("vbank_ready", sandbox, iamporter)
    verdict = verify_checkout(iamporter, vbank, merchant_uid="order-vbank_ready", amount=PRICE)
    assert verdict.vbank is not None
    assert verdict.vbank.bank == "KB국민은행"
    assert verdict.vbank.bank_code == "004"
    assert verdict.vbank.number is not None
    assert len(verdict.vbank.number) == 14
    assert verdict.vbank.due == sandbox.state.payment_record(vbank).vbank_date  # type: ignore[union-attr]


def test_amount_is_compared_as_decimal_whatever_its_spelling(
    sandbox: Sandbox, iamporter: Iamporter
) -> None:
    imp_uid = make_payment("paid", sandbox, iamporter)
    for amount in (PRICE, Decimal("64900"), Decimal("64900.00"), "64900", " 64900 "):
        verdict = verify_checkout(iamporter, imp_uid, merchant_uid="order-paid", amount=amount)
        assert verdict.outcome is Outcome.PAID, amount
    with pytest.raises(TypeError, match="never float"):
        verify_checkout(iamporter, imp_uid, merchant_uid="order-paid", amount=64900.0)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not a number"):
        verify_checkout(iamporter, imp_uid, merchant_uid="order-paid", amount="64,900")


def test_unknown_imp_uid_is_not_this_order_with_the_servers_message(iamporter: Iamporter) -> None:
    verdict = verify_checkout(iamporter, "imp_000000000000", merchant_uid="order-1", amount=PRICE)
    assert verdict.outcome is Outcome.NOT_THIS_ORDER
    assert verdict.reason == "존재하지 않는 결제정보입니다."
    assert verdict.payment is None


def test_forged_payment_is_cancelled_only_when_asked(
    sandbox: Sandbox, iamporter: Iamporter
) -> None:
    imp_uid = make_payment("paid", sandbox, iamporter)
    kept = verify_checkout(iamporter, imp_uid, merchant_uid="order-paid", amount=PRICE * 2)
    assert kept.outcome is Outcome.FORGED
    assert not kept.forgery_cancelled
    assert str(iamporter.find_by_imp_uid(imp_uid).data.status) == "paid"

    cancelled = verify_checkout(
        iamporter, imp_uid, merchant_uid="order-paid", amount=PRICE * 2, cancel_forgery=True
    )
    assert cancelled.forgery_cancelled
    assert cancelled.cancel_error is None
    payment = iamporter.find_by_imp_uid(imp_uid).data
    assert str(payment.status) == "cancelled"
    assert str(payment.cancel_reason).startswith("forgery suspected: amount 64900 charged")

    # Asked again (a replayed report): nothing left to refund, no second cancel.
    again = verify_checkout(
        iamporter, imp_uid, merchant_uid="order-paid", amount=PRICE * 2, cancel_forgery=True
    )
    assert again.outcome is Outcome.FORGED
    assert not again.forgery_cancelled
    assert sandbox.request_count("POST", "/payments/cancel") == 1


def test_another_orders_payment_is_never_cancelled(sandbox: Sandbox, iamporter: Iamporter) -> None:
    imp_uid = make_payment("paid", sandbox, iamporter)
    verdict = verify_checkout(
        iamporter, imp_uid, merchant_uid="order-x", amount=1, cancel_forgery=True
    )
    assert verdict.outcome is Outcome.NOT_THIS_ORDER
    assert str(iamporter.find_by_imp_uid(imp_uid).data.status) == "paid"


def test_a_failed_forgery_cancel_is_reported_not_raised(
    sandbox: Sandbox, iamporter: Iamporter
) -> None:
    imp_uid = make_payment("paid", sandbox, iamporter)
    sandbox.faults.arm("code", "/payments/cancel", "POST", 1)
    verdict = verify_checkout(
        iamporter, imp_uid, merchant_uid="order-paid", amount=1, cancel_forgery=True
    )
    assert verdict.outcome is Outcome.FORGED
    assert not verdict.forgery_cancelled
    assert verdict.cancel_error == "sandbox injected failure"  # the server's words


def test_async_twin_gives_the_same_verdicts(sandbox: Sandbox, iamporter: Iamporter) -> None:
    ids = {kind: make_payment(kind, sandbox, iamporter) for kind in KINDS}

    async def main() -> dict[str, CheckoutVerdict]:
        async with AsyncIamporter(base_url=sandbox.base_url) as client:
            return {
                kind: await averify_checkout(
                    client, imp_uid, merchant_uid=f"order-{kind}", amount=PRICE
                )
                for kind, imp_uid in ids.items()
            } | {
                "forged": await averify_checkout(
                    client, ids["paid"], merchant_uid="order-paid", amount=1, cancel_forgery=True
                ),
                "missing": await averify_checkout(
                    client, "imp_000000000000", merchant_uid="order-paid", amount=1
                ),
            }

    verdicts = asyncio.run(main())
    for kind in KINDS:
        assert verdicts[kind].outcome is EXPECTED_WHEN_MATCHING[kind]
    assert verdicts["forged"].forgery_cancelled
    assert verdicts["missing"].outcome is Outcome.NOT_THIS_ORDER


# ---------------------------------------------------------------------------- ordering rule


def v(outcome: Outcome, imp_uid: str, reason: str | None = None) -> CheckoutVerdict:
    return CheckoutVerdict(outcome, imp_uid, "order-1", Decimal(PRICE), reason=reason)


S = OrderStatus
START = OrderState()


@pytest.mark.parametrize(
    ("current", "verdict", "expected"),
    [
        # from awaiting payment
        (START, v(Outcome.PAID, "B"), OrderState(S.PAID, "B")),
        (START, v(Outcome.FAILED, "A", "declined"), OrderState(S.FAILED, "A", "declined")),
        (START, v(Outcome.VBANK_ISSUED, "V"), OrderState(S.AWAITING_DEPOSIT, "V")),
        (START, v(Outcome.FORGED, "F", "amount"), OrderState(S.FORGED, "F", "amount")),
        (START, v(Outcome.PENDING, "P"), START),
        (START, v(Outcome.NOT_THIS_ORDER, "X"), START),
        (START, v(Outcome.CANCELLED, "C"), START),
        # paid is never downgraded; only its own refund cancels it
        (OrderState(S.PAID, "B"), v(Outcome.FAILED, "A"), OrderState(S.PAID, "B")),
        (OrderState(S.PAID, "B"), v(Outcome.VBANK_ISSUED, "V"), OrderState(S.PAID, "B")),
        (OrderState(S.PAID, "B"), v(Outcome.PENDING, "B"), OrderState(S.PAID, "B")),
        (OrderState(S.PAID, "B"), v(Outcome.FORGED, "F"), OrderState(S.PAID, "B")),
        (OrderState(S.PAID, "B"), v(Outcome.PAID, "B"), OrderState(S.PAID, "B")),
        (OrderState(S.PAID, "B"), v(Outcome.CANCELLED, "A"), OrderState(S.PAID, "B")),
        (
            OrderState(S.PAID, "B"),
            v(Outcome.CANCELLED, "B", "refund"),
            OrderState(S.CANCELLED, "B", "refund"),
        ),
        # refunded is final
        (OrderState(S.CANCELLED, "B"), v(Outcome.PAID, "Z"), OrderState(S.CANCELLED, "B")),
        # a failure never replaces an issued account or a forgery
        (
            OrderState(S.AWAITING_DEPOSIT, "V"),
            v(Outcome.FAILED, "A"),
            OrderState(S.AWAITING_DEPOSIT, "V"),
        ),
        (OrderState(S.FORGED, "F", "x"), v(Outcome.FAILED, "A"), OrderState(S.FORGED, "F", "x")),
        (
            OrderState(S.FAILED, "A"),
            v(Outcome.FAILED, "A2", "2nd"),
            OrderState(S.FAILED, "A2", "2nd"),
        ),
        # a genuine payment still pays a failed or forged order; a deposit pays its account
        (OrderState(S.FAILED, "A"), v(Outcome.PAID, "B"), OrderState(S.PAID, "B")),
        (OrderState(S.FORGED, "F"), v(Outcome.PAID, "B"), OrderState(S.PAID, "B")),
        (OrderState(S.AWAITING_DEPOSIT, "V"), v(Outcome.PAID, "V"), OrderState(S.PAID, "V")),
        # a withdrawn or expired account frees the order; another payment's cancel does not
        (
            OrderState(S.AWAITING_DEPOSIT, "V"),
            v(Outcome.CANCELLED, "V", "expired"),
            OrderState(S.FAILED, "V", "expired"),
        ),
        (
            OrderState(S.AWAITING_DEPOSIT, "V"),
            v(Outcome.CANCELLED, "C"),
            OrderState(S.AWAITING_DEPOSIT, "V"),
        ),
    ],
)
def test_next_order_state(
    current: OrderState, verdict: CheckoutVerdict, expected: OrderState
) -> None:
    assert next_order_state(current, verdict) == expected


def interleavings(*histories: list[CheckoutVerdict]) -> set[tuple[CheckoutVerdict, ...]]:
    """Every merge of per-payment histories that keeps each payment's own order."""
    pool = [(i, j) for i, history in enumerate(histories) for j in range(len(history))]
    merged = set()
    for order in itertools.permutations(pool):
        positions = [[j for i, j in order if i == k] for k in range(len(histories))]
        if all(p == sorted(p) for p in positions):
            merged.add(tuple(histories[i][j] for i, j in order))
    return merged


def replay(events: tuple[CheckoutVerdict, ...]) -> OrderState:
    state = START
    for verdict in events:
        state = next_order_state(state, verdict)
    return state


@pytest.mark.parametrize(
    ("histories", "expected"),
    [
        # declined (reported twice), then paid by a second attempt (reported twice)
        (
            [[v(Outcome.FAILED, "A")] * 2, [v(Outcome.PAID, "B")] * 2],
            OrderState(S.PAID, "B"),
        ),
        # a virtual account issued then deposited, plus a declined card attempt
        (
            [
                [v(Outcome.VBANK_ISSUED, "V"), v(Outcome.VBANK_ISSUED, "V"), v(Outcome.PAID, "V")],
                [v(Outcome.FAILED, "A")],
            ],
            OrderState(S.PAID, "V"),
        ),
        # paid, then refunded; a stale failure and another order's payment float around
        (
            [
                [v(Outcome.PAID, "B"), v(Outcome.CANCELLED, "B", "refund")],
                [v(Outcome.FAILED, "A")],
                [v(Outcome.NOT_THIS_ORDER, "X")],
            ],
            OrderState(S.CANCELLED, "B", "refund"),
        ),
        # a tampered attempt (refunded by the kit), then a genuine payment
        (
            [[v(Outcome.FORGED, "F", "amount")] * 2, [v(Outcome.PAID, "B")]],
            OrderState(S.PAID, "B"),
        ),
    ],
    ids=["decline-then-pay", "vbank-and-decline", "refund", "forged-then-genuine"],
)
def test_replayed_and_out_of_order_reports_all_end_in_the_same_state(
    histories: list[list[CheckoutVerdict]], expected: OrderState
) -> None:
    orders = interleavings(*histories)
    assert len(orders) > 1
    for events in orders:
        assert replay(events) == expected, events


def test_sender_allowed() -> None:
    published = ["52.78.100.19", "52.78.48.223", "10.0.0.0/8"]
    assert sender_allowed("52.78.100.19", published)
    assert sender_allowed("10.1.2.3", published)
    assert not sender_allowed("203.0.113.9", published)
    assert not sender_allowed(None, published)
    assert not sender_allowed("not-an-ip", published)
    assert sender_allowed("203.0.113.9", [])  # no list configured: anyone (sandbox, local)
    assert sender_allowed("::1", ["::1/128"])


def test_forged_virtual_account_is_withdrawn_before_any_deposit(
    sandbox: Sandbox, iamporter: Iamporter
) -> None:
    imp_uid = make_payment("vbank_ready", sandbox, iamporter)
    verdict = verify_checkout(
        iamporter, imp_uid, merchant_uid="order-vbank_ready", amount=PRICE * 2, cancel_forgery=True
    )
    assert verdict.outcome is Outcome.FORGED
    assert verdict.forgery_cancelled
    assert str(iamporter.find_by_imp_uid(imp_uid).data.status) == "cancelled"
    assert sandbox.request_count("DELETE", "/vbanks/{imp_uid}") == 1


@pytest.mark.parametrize("kind", ["failed", "cancelled", "card_ready"])
def test_forgery_with_nothing_to_undo_makes_no_call(
    kind: str, sandbox: Sandbox, iamporter: Iamporter
) -> None:
    imp_uid = make_payment(kind, sandbox, iamporter)
    sandbox.reset_counts()
    verdict = verify_checkout(
        iamporter, imp_uid, merchant_uid=f"order-{kind}", amount=1, cancel_forgery=True
    )
    assert verdict.outcome is Outcome.FORGED
    assert not verdict.forgery_cancelled
    assert sandbox.request_count("POST", "/payments/cancel") == 0
    assert sandbox.request_count("DELETE", "/vbanks/{imp_uid}") == 0


@pytest.mark.parametrize("bad", ["", "..", "imp/../x"])
def test_an_imp_uid_that_is_not_an_id_is_not_this_order(bad: str, iamporter: Iamporter) -> None:
    verdict = verify_checkout(iamporter, bad, merchant_uid="order-1", amount=PRICE)
    assert verdict.outcome is Outcome.NOT_THIS_ORDER
    assert verdict.reason


def test_verdict_repr_leaves_the_buyer_out(sandbox: Sandbox, iamporter: Iamporter) -> None:
    imp_uid = iamporter.pay_onetime(
        merchant_uid="order-pii",
        amount=PRICE,
        card_number=GOOD_CARD,
        expiry="2030-12",
        buyer_email="gildong@example.com",
        buyer_tel="010-9876-5432",
    ).data.imp_uid
    verdict = verify_checkout(iamporter, imp_uid, merchant_uid="order-pii", amount=PRICE)
    assert verdict.payment is not None
    text = repr(verdict)
    for secret in ("gildong@example.com", "010-9876-5432", "424242"):
        assert secret not in text
    assert imp_uid in text
