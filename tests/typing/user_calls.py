"""A user's program calling ten operations of ten resources, checked by ``mypy --strict``
(``make typecheck``) and run against the sandbox (``tests/typing/test_user_calls.py``).

Plain Python values only: no generated request model, no ``Unset``, money as int, Decimal or
a decimal string.
"""

from __future__ import annotations

import time
from decimal import Decimal

from iamport_api.models import (
    BillingKey,
    ExternalReceipt,
    Payment,
    PaymentPage,
    PaymentStatus,
    PgSetting,
    PreparedPayment,
    Schedule,
    StandardCode,
    Tier,
    VbankHolder,
)
from iamport_client import AsyncIamporter, BuyerDetails, CardDetails, Iamporter

#: The recurring argument groups, typed once and spread into any method that takes them.
CARD: CardDetails = {"card_number": "5361-1234-5678-9012", "expiry": "2030-11", "birth": "620201"}
BUYER: BuyerDetails = {"buyer_name": "홍길동", "buyer_email": "gildong@example.com"}


def ten_resources(client: Iamporter) -> list[object]:
    """One call on each of ten resources; returns what came back, typed."""
    now = int(time.time())
    key: BillingKey = client.billing_keys.create(
        "typed_cust", card_number="5361-1234-5678-9012", expiry="2030-11", birth="620201"
    ).data
    paid: Payment = client.billing_keys.pay(
        customer_uid=key.customer_uid, merchant_uid="typed_1", amount=Decimal("8900"), name="n"
    ).data
    page: PaymentPage = client.payments.list_by_status("paid", limit=10, sorting="-started").data
    prepared: PreparedPayment = client.prepared_payments.create(
        merchant_uid="typed_2", amount="12000"
    ).data
    schedules: list[Schedule] = client.schedules.create(
        customer_uid=key.customer_uid,
        schedules=[{"merchant_uid": "typed_3", "schedule_at": now + 3600, "amount": 8900}],
    ).data
    vbank: Payment = client.vbanks.create(
        merchant_uid="typed_4", amount=30000, vbank_code="004", vbank_due=now + 86400
    ).data
    holder: VbankHolder = client.vbanks.holder(bank_code="004", bank_num="12345678901234").data
    receipt: ExternalReceipt = client.receipts.issue_external(
        "typed_5", name="n", amount=3000, identifier="01012345678"
    ).data
    banks: list[StandardCode] = client.codes.banks().data
    tier: Tier = client.tiers.get("T01").data
    settings: list[PgSetting] = client.users.pg_settings().data
    # A generated enum member is as good as its string.
    found: Payment = client.payments.find_by_status(paid.merchant_uid, PaymentStatus.PAID).data
    assert found.imp_uid == paid.imp_uid
    # The card and buyer groups spread into a seed method and its resource twin alike.
    once: Payment = client.pay_onetime(merchant_uid="typed_6", amount=1000, **CARD, **BUYER).data
    twice: Payment = client.payments.pay_onetime(
        merchant_uid="typed_7", amount=1000, **CARD, **BUYER
    ).data
    assert once.status == twice.status == PaymentStatus.PAID
    cancelled: Payment = client.payments.cancel(imp_uid=paid.imp_uid, amount=1000).data
    walked = [p.imp_uid for p in client.payments.iter_by_status("all", max_items=5)]
    return [
        vbank,
        key,
        page,
        prepared,
        schedules,
        holder,
        receipt,
        banks,
        tier,
        settings,
        cancelled,
        walked,
    ]


async def ten_resources_async(client: AsyncIamporter) -> list[object]:
    """The same resources on the async client."""
    key: BillingKey = (
        await client.billing_keys.create(
            "typed_async", card_number="5361-1234-5678-9012", expiry="2030-11", birth="620201"
        )
    ).data
    paid: Payment = (
        await client.billing_keys.pay(
            customer_uid=key.customer_uid, merchant_uid="typed_a1", amount=8900, name="n"
        )
    ).data
    codes: list[StandardCode] = (await client.codes.cards()).data
    walked = [p.imp_uid async for p in client.payments.iter_by_status("paid", limit=2)]
    quick = client.with_options(timeout=5.0)
    again: Payment = (await quick.payments.get(paid.imp_uid)).data
    return [codes, walked, again]
