"""Charging a card: shared by card payments, billing keys, schedules and the checkout.

A card comes either from the request (:class:`CardInput`) or from a stored billing key;
either way it becomes a :class:`CardSource`, whose test-card behaviour
(:mod:`iamport_sandbox.cards`) decides approval or decline. The slow test card waits
outside the lock, so other requests carry on meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from .. import cards, params
from ..cards import CardBehaviour, CardProfile, normalize_card_number, normalize_expiry
from ..errors import bad_request, rejected
from ..models import Customer, JsonDict, OrderInfo, Payment
from .store import (
    DEFAULT_PG_ID,
    DEFAULT_PG_PROVIDER,
    MSG_ALREADY_PAID,
    RECEIPT_BASE,
    Store,
    random_digits,
)

# Gateways the service knows (the `pg` request field names one, optionally `.merchant_id`).
KNOWN_PG_PROVIDERS = frozenset(
    {
        "html5_inicis", "inicis", "kcp", "kcp_billing", "kcp_quick", "uplus", "tosspayments",
        "nice", "nice_v2", "jtnet", "kicc", "bluewalnut", "kakaopay", "danal", "danal_tpay",
        "mobilians", "chai", "syrup", "payco", "paypal", "eximbay", "naverpay", "naverco",
        "smilepay", "alipay", "paymentwall", "payple", "tosspay", "smartro", "smartro_v2",
        "settle", "settle_acc", "settle_firm", "ksnet", "welcome", "daou",
    }
)  # fmt: skip


@dataclass(frozen=True)
class CardInput:
    """Card details of a request (validated; digits only)."""

    digits: str
    expiry: str
    birth: str | None = None
    pwd_2digit: str | None = None
    cvc: str | None = None
    pg: str | None = None


@dataclass(frozen=True)
class CardSource:
    """The card a payment is charged to, and the gateway it goes through."""

    masked: str
    profile: CardProfile
    behaviour: CardBehaviour
    pg_provider: str
    pg_id: str
    expiry: str | None = None


def card_input(body: params.Body, *, required: bool = True) -> CardInput | None:
    """The card fields of a request body (``None`` when optional and absent), or a 400."""
    raw_number = params.opt_str(body, "card_number")
    if not raw_number:
        if required:
            params.req_str(body, "card_number")
        return None
    digits = normalize_card_number(raw_number)
    if digits is None:
        raise bad_request(
            "card_number 파라미터가 올바르지 않습니다: dddd-dddd-dddd-dddd 형식이어야 합니다"
        )
    expiry = normalize_expiry(params.req_str(body, "expiry"))
    if expiry is None:
        raise bad_request("expiry 파라미터가 올바르지 않습니다: YYYY-MM 형식이어야 합니다")
    return CardInput(
        digits=digits,
        expiry=expiry,
        birth=params.digits_field(body, "birth", (6, 10)),
        pwd_2digit=params.digits_field(body, "pwd_2digit", (2,)),
        cvc=params.digits_field(body, "cvc", (3, 4)),
        pg=params.opt_str(body, "pg") or None,
    )


def required_card(body: params.Body) -> CardInput:
    """The card fields of a request body that must have them."""
    card = card_input(body, required=True)
    assert card is not None
    return card


def split_pg(pg: str | None) -> tuple[str, str]:
    """``(provider, merchant id)`` of a ``pg`` request field (the default gateway if empty)."""
    if not pg:
        return DEFAULT_PG_PROVIDER, DEFAULT_PG_ID
    provider, _, mid = pg.partition(".")
    if provider not in KNOWN_PG_PROVIDERS:
        raise bad_request("pg 파라미터가 올바르지 않습니다: 지원하지 않는 PG사입니다")
    if not mid:
        mid = DEFAULT_PG_ID if provider == DEFAULT_PG_PROVIDER else f"{provider}_sandbox"
    return provider, mid


def source_from_card(store: Store, card: CardInput) -> CardSource:
    """The card of a request (an expired one behaves as :attr:`CardBehaviour.EXPIRED`)."""
    provider, pg_id = split_pg(card.pg)
    expired = cards.is_expired(card.expiry, store.clock.now())
    return CardSource(
        masked=cards.mask_card_number(card.digits),
        profile=cards.profile_of(card.digits),
        behaviour=CardBehaviour.EXPIRED if expired else cards.behaviour_of(card.digits),
        pg_provider=provider,
        pg_id=pg_id,
        expiry=card.expiry,
    )


def source_from_customer(store: Store, customer: Customer) -> CardSource:
    """The card of a billing key."""
    expired = cards.is_expired(customer.card_expiry, store.clock.now())
    return CardSource(
        masked=customer.card_number,
        profile=CardProfile(customer.card_code, customer.card_name, customer.card_type, ""),
        behaviour=CardBehaviour.EXPIRED if expired else customer.behaviour,
        pg_provider=customer.pg_provider,
        pg_id=customer.pg_id,
        expiry=customer.card_expiry,
    )


def refuse_at_issue(source: CardSource) -> None:
    """A declined or expired card gets no billing key (code 1, the gateway's reason)."""
    if cards.refused_at_issue(source.behaviour):
        reason = cards.decline_reason(source.behaviour)
        raise rejected(f"카드정보 인증에 실패했습니다. {reason}")


def apply_card(payment: Payment, source: CardSource) -> None:
    """Write the card's company, type and masked number onto ``payment``."""
    payment.card_code = source.profile.code
    payment.card_name = source.profile.name
    payment.card_type = source.profile.card_type
    payment.card_number = source.masked


def settle_card(
    store: Store, payment: Payment, behaviour: CardBehaviour, notify: bool = True
) -> None:
    """Approve or decline a ``ready`` card payment as the test card says."""
    now = store.clock.now()
    reason = cards.decline_reason(behaviour)
    if reason is not None:
        payment.status = "failed"
        payment.failed_at = now
        payment.fail_reason = reason
    else:
        payment.status = "paid"
        payment.paid_at = now
        payment.apply_num = random_digits(8)
        payment.receipt_url = f"{RECEIPT_BASE}/{payment.imp_uid}"
    payment.updated_at = now
    if notify:
        store.notify_payment(payment)


def charge_now(
    store: Store,
    *,
    merchant_uid: str,
    amount: Decimal,
    order: OrderInfo,
    source: CardSource,
    customer_uid: str | None,
    usage: str | None,
) -> Payment:
    """Store and settle a card payment at once (no slow-card wait; call with the lock held)."""
    payment = store.new_payment(
        merchant_uid=merchant_uid,
        amount=amount,
        order=order,
        pay_method="card",
        pg_provider=source.pg_provider,
        pg_id=source.pg_id,
        customer_uid=customer_uid,
        usage=usage,
    )
    apply_card(payment, source)
    settle_card(store, payment, source.behaviour)
    return payment


def charge(
    store: Store,
    *,
    merchant_uid: str,
    amount: Decimal,
    order: OrderInfo,
    source: CardSource,
    customer_uid: str | None,
    usage: str | None,
    before: Callable[[], None] | None = None,
) -> JsonDict:
    """Approve (or decline) a card payment; the slow card waits outside the lock.

    ``before`` runs with the lock held once the payment rules passed (storing a billing key).
    """
    delay = store.slow_card_delay if source.behaviour is CardBehaviour.SLOW else 0.0
    with store.lock:
        store.precheck(merchant_uid, amount)
        if before is not None:
            before()
        payment = store.new_payment(
            merchant_uid=merchant_uid,
            amount=amount,
            order=order,
            pay_method="card",
            pg_provider=source.pg_provider,
            pg_id=source.pg_id,
            customer_uid=customer_uid,
            usage=usage,
        )
        apply_card(payment, source)
        if delay <= 0:
            settle_card(store, payment, source.behaviour)
            return payment.to_dict()
    # The slow card: the payment is visible as "ready" while we wait.
    store.stopping.wait(delay)
    with store.lock:
        still_stored = store.payment_record(payment.imp_uid) is payment
        if store.paid_elsewhere(payment):
            # A virtual account of the order was paid meanwhile: one paid payment only.
            store.fail_payment(payment, MSG_ALREADY_PAID, notify=still_stored)
        else:
            settle_card(store, payment, source.behaviour, notify=still_stored)
        return payment.to_dict()
