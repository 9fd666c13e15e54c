"""Every operation of the spec is callable as ``client.<resource>.<method>(**kwargs)`` with plain
Python values, sync and async, against the sandbox. Resource and method come from the spec's
``x-iamport``; this file only says which arguments to pass."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

from iamport_client import AsyncIamporter, Iamporter, IamporterResult, _client
from iamport_sandbox import Sandbox
from tests.support import spec_ops

TEST_SECRET = _client.TEST_API_SECRET
CARD = {
    "card_number": "5361-1234-5678-9012",
    "expiry": "2030-11",
    "birth": "620201",
    "pwd_2digit": "99",
}
LOGIS = {
    "sender": {
        "name": "아임포트",
        "tel": "02-1234-1234",
        "addr": "서울시 강남구",
        "postcode": "06101",
    },
    "receiver": {
        "name": "홍길동",
        "tel": "010-1234-5678",
        "addr": "서울시 서초구",
        "postcode": "06500",
    },
    "logis": {"company": "CJ", "invoice": "123456789012", "sent_at": 1700000000},
}


class Ctx:
    """Ids created along the way, shared by the calls below."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.now = sandbox.clock.now()
        self.imp_uid = ""
        self.vbank_uid = ""
        # A paid virtual-account payment: cash receipts need one (not a card payment).
        with Iamporter(base_url=sandbox.base_url) as setup:
            self.paid_vbank_uid = setup.create_vbank(
                merchant_uid="order_receipt", amount=20000, vbank_code="004",
                vbank_due=self.now + 86400,
            ).data.imp_uid  # fmt: skip
        httpx.post(f"{sandbox.base_url}/__sandbox/vbanks/{self.paid_vbank_uid}/deposit", json={})
        self.cvs_uid = ""
        self.otp_uid = ""


Args = Callable[[Ctx], dict[str, Any]]

# operationId -> plain keyword arguments, in an order where each call finds what it needs.
# Which method to call comes from the spec (x-iamport), not from this table.
ARGS: dict[str, Args] = {
    "get_token": lambda x: {"imp_key": "imp_apikey", "imp_secret": TEST_SECRET},
    "issue_billing_key": lambda x: {"customer_uid": "cust_1", **CARD},
    "get_billing_key": lambda x: {"customer_uid": "cust_1"},
    "get_billing_keys": lambda x: {"customer_uid": ["cust_1"]},
    "prepare_payment": lambda x: {"merchant_uid": "order_1", "amount": 10000},
    "update_prepared_payment": lambda x: {"merchant_uid": "order_1", "amount": Decimal("12000")},
    "get_prepared_payment": lambda x: {"merchant_uid": "order_1"},
    "pay_again": lambda x: {"customer_uid": "cust_1", "merchant_uid": "order_1", "amount": 12000, "name": "월간 이용권"},
    "pay_onetime": lambda x: {"merchant_uid": "order_2", "amount": "5000", **CARD},
    "pay_foreign": lambda x: {"merchant_uid": "order_3", "amount": 5000, "card_number": CARD["card_number"], "expiry": "2030-11"},
    "get_payment": lambda x: {"imp_uid": x.imp_uid},
    "get_payments": lambda x: {"imp_uid": [x.imp_uid]},
    "get_payment_balance": lambda x: {"imp_uid": x.imp_uid},
    "find_payment_by_merchant_uid": lambda x: {"merchant_uid": "order_1"},
    "find_payment_by_merchant_uid_and_status": lambda x: {"merchant_uid": "order_1", "payment_status": "paid"},
    "find_all_payments_by_merchant_uid": lambda x: {"merchant_uid": "order_1"},
    "find_all_payments_by_merchant_uid_and_status": lambda x: {"merchant_uid": "order_1", "payment_status": "paid"},
    "find_payments_by_status": lambda x: {"payment_status": "paid"},
    "find_billing_key_payments": lambda x: {"customer_uid": "cust_1"},
    "issue_receipt": lambda x: {"imp_uid": x.paid_vbank_uid, "identifier": "01012345678"},
    "get_receipt": lambda x: {"imp_uid": x.paid_vbank_uid},
    "revoke_receipt": lambda x: {"imp_uid": x.paid_vbank_uid},
    "issue_external_receipt": lambda x: {"merchant_uid": "ext_1", "name": "외부 결제", "amount": 3000, "identifier": "01012345678"},
    "get_external_receipt": lambda x: {"merchant_uid": "ext_1"},
    "revoke_external_receipt": lambda x: {"merchant_uid": "ext_1"},
    "escrow_register_logis": lambda x: {"imp_uid": x.imp_uid, **LOGIS},
    "escrow_get_logis": lambda x: {"imp_uid": x.imp_uid},
    "escrow_update_logis": lambda x: {"imp_uid": x.imp_uid, **LOGIS},
    "cancel_payment": lambda x: {"imp_uid": x.imp_uid, "amount": 1000, "reason": "부분 취소"},
    "schedule_payments": lambda x: {"customer_uid": "cust_1", "schedules": [{"merchant_uid": "order_s1", "schedule_at": x.now + 3600, "amount": 8900}, {"merchant_uid": "order_s2", "schedule_at": x.now + 7200, "amount": 8900}]},
    "get_schedule": lambda x: {"merchant_uid": "order_s1"},
    "update_schedule": lambda x: {"merchant_uid": "order_s1", "schedule_at": x.now + 5400},
    "find_schedules": lambda x: {"schedule_from": x.now, "schedule_to": x.now + 86400},
    "find_schedules_by_customer": lambda x: {"customer_uid": "cust_1", "from_": x.now, "to": x.now + 86400},
    "find_billing_key_schedules": lambda x: {"customer_uid": "cust_1", "from_": x.now, "to": x.now + 86400},
    "unschedule_payments": lambda x: {"customer_uid": "cust_1", "merchant_uid": ["order_s1", "order_s2"]},
    "reschedule": lambda x: {"merchant_uid": "order_s2", "schedule_at": x.now + 9000},
    "retry_schedule": lambda x: {"merchant_uid": "order_s1"},
    "create_vbank": lambda x: {"merchant_uid": "order_v", "amount": 30000, "vbank_code": "004", "vbank_due": x.now + 86400, "vbank_holder": "홍길동"},
    "update_vbank": lambda x: {"imp_uid": x.vbank_uid, "amount": 31000},
    "get_vbank_holder": lambda x: {"bank_code": "004", "bank_num": "12345678901234"},
    "revoke_vbank": lambda x: {"imp_uid": x.vbank_uid},
    "get_certification": lambda x: {"imp_uid": "imps_000000000001"},
    "delete_certification": lambda x: {"imp_uid": "imps_000000000001"},
    "request_certification_otp": lambda x: {"name": "홍길동", "phone": "01012345678", "birth": "900101", "gender_digit": "1", "carrier": "SKT"},
    "confirm_certification_otp": lambda x: {"imp_uid": x.otp_uid, "otp": "123456"},
    "get_card_codes": lambda x: {},
    "get_card_code": lambda x: {"card_standard_code": "361"},
    "get_bank_codes": lambda x: {},
    "get_bank_code": lambda x: {"bank_standard_code": "004"},
    "cvs_issue": lambda x: {"merchant_uid": "order_cvs", "amount": 7000},
    "cvs_revoke": lambda x: {"imp_uid": x.cvs_uid},
    "naver_get_product_orders": lambda x: {"imp_uid": x.imp_uid},
    "naver_get_product_order": lambda x: {"product_order_id": "2026112212345678"},
    "naver_get_reviews": lambda x: {"channel_key": "channel-key-1", "from_": x.now - 86400, "to": x.now, "review_type": "general"},
    "naver_get_cash_amount": lambda x: {"imp_uid": x.imp_uid},
    "naver_cancel": lambda x: {"imp_uid": x.imp_uid},
    "naver_approve_cancel": lambda x: {"imp_uid": x.imp_uid},
    "naver_ship": lambda x: {"imp_uid": x.imp_uid, "delivery_method": "DELIVERY", "dispatched_at": x.now, "delivery_company": "CJGLS", "tracking_number": "123456789012"},
    "naver_ship_exchanged": lambda x: {"imp_uid": x.imp_uid, "delivery_method": "DELIVERY", "delivery_company": "CJGLS", "tracking_number": "123456789013"},
    "naver_collect_exchanged": lambda x: {"imp_uid": x.imp_uid},
    "naver_place": lambda x: {"imp_uid": x.imp_uid},
    "naver_request_return": lambda x: {"imp_uid": x.imp_uid, "delivery_method": "RETURN_DESIGNATED"},
    "naver_approve_return": lambda x: {"imp_uid": x.imp_uid},
    "naver_reject_return": lambda x: {"imp_uid": x.imp_uid, "memo": "상품 훼손"},
    "naver_withhold_return": lambda x: {"imp_uid": x.imp_uid, "memo": "반품 배송비 청구"},
    "naver_resolve_return": lambda x: {"imp_uid": x.imp_uid},
    "naver_deposit_point": lambda x: {"imp_uid": x.imp_uid},
    "naver_confirm_payment": lambda x: {"imp_uid": x.imp_uid},
    "kcpquick_create_prepare": lambda x: {"merchant_uid": "order_kq", "btid": "bt_1", "cust_ip": "127.0.0.1", "code_verifier": "verifier"},
    "kcpquick_update_prepare": lambda x: {"merchant_uid": "order_kq", "btid": "bt_2", "cust_ip": "127.0.0.1", "code_verifier": "verifier"},
    "kcpquick_pay_with_money": lambda x: {"member_id": "member_1", "merchant_uid": "order_kq", "name": "충전", "amount": 10000, "imp_uid": "imp_kq"},
    "kcpquick_pay_autopay": lambda x: {"customer_uid": "kq_cust", "merchant_uid": "order_kq2", "name": "정기", "buyer_name": "홍길동", "amount": 10000},
    "kcpquick_delete_autopay_key": lambda x: {"customer_uid": "kq_cust"},
    "kcpquick_release_fido": lambda x: {"member_id": "member_1", "channel_key": "channel-key-1"},
    "kcpquick_delete_member": lambda x: {"member_id": "member_1", "site_code": "SITE1", "partner_type": "01", "partner_subtype": "01"},
    "benepia_get_point": lambda x: {"benepia_user": "user1", "benepia_password": "pw1"},
    "benepia_pay": lambda x: {"benepia_user": "user1", "benepia_password": "pw1", "merchant_uid": "order_bp", "amount": 3000, "name": "포인트 결제"},
    "paymentwall_register_delivery": lambda x: {"imp_uid": x.imp_uid, "merchant_uid": "order_1", "type": "physical", "status": "order_shipped", "estimated_delivery_datetime": x.now + 86400, "estimated_update_datetime": x.now + 3600, "refundable": "yes", "shipping_address_email": "buyer@example.com"},
    "payco_change_order_status": lambda x: {"imp_uid": x.imp_uid, "status": "DELIVERY_START"},
    "partners_register_receipt": lambda x: {"imp_uid": x.imp_uid, "data": [{"business_registration_number": "1234567890", "company_name": "하위상점", "amount": 1000}]},
    "get_tier": lambda x: {"tier_code": "T01"},
    "get_pg_settings": lambda x: {},
    "delete_billing_key": lambda x: {"customer_uid": "cust_1", "reason": "해지"},
}  # fmt: skip


def remember(op: str, result: IamporterResult[Any], ctx: Ctx) -> None:
    data = result.data
    if op == "pay_again":
        ctx.imp_uid = data.imp_uid
    elif op == "create_vbank":
        ctx.vbank_uid = data.imp_uid
    elif op == "cvs_issue":
        ctx.cvs_uid = data.imp_uid
    elif op == "request_certification_otp":
        ctx.otp_uid = data.imp_uid


SPEC_OPS = {op.op_id: op for op in spec_ops.OPERATIONS}


def test_the_table_covers_every_operation_of_the_spec() -> None:
    assert sorted(ARGS) == sorted(SPEC_OPS)


def _method(client: Any, op: str) -> Any:
    facts = SPEC_OPS[op]
    return getattr(getattr(client, facts.resource), facts.method)


def call(client: Any, op: str, ctx: Ctx) -> Any:
    """Call operation ``op`` as ``client.<resource>.<method>(**plain values)``."""
    return _method(client, op)(**ARGS[op](ctx))


def test_every_operation_is_callable_sync(iamporter: Iamporter, sandbox: Sandbox) -> None:
    ctx = Ctx(sandbox)
    for op in ARGS:
        try:
            result = call(iamporter, op, ctx)
        except Exception as exc:  # name the operation that failed
            pytest.fail(f"{op}: {exc!r}")
        assert isinstance(result, IamporterResult), op
        assert result.status in (200, 207), op
        remember(op, result, ctx)


def test_every_operation_is_callable_async(sandbox: Sandbox) -> None:
    async def run() -> None:
        ctx = Ctx(sandbox)
        async with AsyncIamporter(base_url=sandbox.base_url) as client:
            for op in ARGS:
                awaitable = call(client, op, ctx)
                assert inspect.isawaitable(awaitable), op
                try:
                    result = await awaitable
                except Exception as exc:
                    pytest.fail(f"{op}: {exc!r}")
                assert isinstance(result, IamporterResult), op
                remember(op, result, ctx)

    asyncio.run(run())
