"""Every operation of the spec is callable through the wrapper, sync and async, against the
sandbox: 82 API operations (84 path-operations: find and findAll each have two paths)."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from iamport_api import models as m
from iamport_api.models import NaverReviewType
from iamport_client import AsyncIamporter, Iamporter, IamporterResult
from iamport_sandbox import Sandbox

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "spec" / "iamport.yaml").read_text())
OPERATION_IDS = [
    op["operationId"]
    for item in SPEC["paths"].values()
    for method, op in item.items()
    if method in ("get", "post", "put", "delete")
]
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


Call = Callable[[Any, Ctx], Any]

# operationId -> how to call it through the wrapper (flat seed methods, or namespaces).
CALLS: dict[str, Call] = {
    "get_token": lambda c, x: c.get_token(),
    "issue_billing_key": lambda c, x: c.create_subscription(customer_uid="cust_1", **CARD),
    "get_billing_key": lambda c, x: c.get_subscription("cust_1"),
    "get_billing_keys": lambda c, x: c.billing_keys.get_many(customer_uid=["cust_1"]),
    "prepare_payment": lambda c, x: c.create_prepared_payment(merchant_uid="order_1", amount=10000),
    "update_prepared_payment": lambda c, x: c.prepared_payments.update(body=m.PrepareRequest(merchant_uid="order_1", amount=12000)),
    "get_prepared_payment": lambda c, x: c.get_prepared_payment("order_1"),
    "pay_again": lambda c, x: c.pay_subscription(customer_uid="cust_1", merchant_uid="order_1", amount=12000, name="월간 이용권"),
    "pay_onetime": lambda c, x: c.pay_onetime(merchant_uid="order_2", amount=5000, **CARD),
    "pay_foreign": lambda c, x: c.pay_foreign(merchant_uid="order_3", amount=5000, card_number=CARD["card_number"], expiry="2030-11"),
    "get_payment": lambda c, x: c.find_by_imp_uid(x.imp_uid),
    "get_payments": lambda c, x: c.payments.get_many(imp_uid=[x.imp_uid]),
    "get_payment_balance": lambda c, x: c.payments.balance(x.imp_uid),
    "find_payment_by_merchant_uid": lambda c, x: c.find_by_merchant_uid("order_1"),
    "find_payment_by_merchant_uid_and_status": lambda c, x: c.find_by_merchant_uid("order_1", "paid"),
    "find_all_payments_by_merchant_uid": lambda c, x: c.find_all_by_merchant_uid("order_1"),
    "find_all_payments_by_merchant_uid_and_status": lambda c, x: c.find_all_by_merchant_uid("order_1", "paid"),
    "find_payments_by_status": lambda c, x: c.find_all_by_status("paid"),
    "find_billing_key_payments": lambda c, x: c.billing_keys.payments("cust_1"),
    "issue_receipt": lambda c, x: c.receipts.issue(x.paid_vbank_uid, body=m.ReceiptRequest(identifier="01012345678")),
    "get_receipt": lambda c, x: c.receipts.get(x.paid_vbank_uid),
    "revoke_receipt": lambda c, x: c.receipts.revoke(x.paid_vbank_uid),
    "issue_external_receipt": lambda c, x: c.receipts.issue_external("ext_1", body=m.ExternalReceiptRequest(name="외부 결제", amount=3000, identifier="01012345678")),
    "get_external_receipt": lambda c, x: c.receipts.get_external("ext_1"),
    "revoke_external_receipt": lambda c, x: c.receipts.revoke_external("ext_1"),
    "escrow_register_logis": lambda c, x: c.escrows.register_logis(x.imp_uid, body=m.EscrowLogisRequest.from_dict(LOGIS)),
    "escrow_get_logis": lambda c, x: c.escrows.get_logis(x.imp_uid),
    "escrow_update_logis": lambda c, x: c.escrows.update_logis(x.imp_uid, body=m.EscrowLogisUpdateRequest.from_dict(LOGIS)),
    "cancel_payment": lambda c, x: c.cancel_by_imp_uid(x.imp_uid, amount=1000, reason="부분 취소"),
    "schedule_payments": lambda c, x: c.schedule_payments(customer_uid="cust_1", schedules=[{"merchant_uid": "order_s1", "schedule_at": x.now + 3600, "amount": 8900}, {"merchant_uid": "order_s2", "schedule_at": x.now + 7200, "amount": 8900}]),
    "get_schedule": lambda c, x: c.get_schedule("order_s1"),
    "update_schedule": lambda c, x: c.schedules.update("order_s1", body=m.ScheduleAtRequest(schedule_at=x.now + 5400)),
    "find_schedules": lambda c, x: c.find_schedules(from_=x.now, to=x.now + 86400),
    "find_schedules_by_customer": lambda c, x: c.find_schedules(customer_uid="cust_1", from_=x.now, to=x.now + 86400),
    "find_billing_key_schedules": lambda c, x: c.billing_keys.schedules("cust_1", from_=x.now, to=x.now + 86400),
    "unschedule_payments": lambda c, x: c.unschedule_payments(customer_uid="cust_1", merchant_uids=["order_s1", "order_s2"]),
    "reschedule": lambda c, x: c.schedules.reschedule("order_s2", body=m.ScheduleAtRequest(schedule_at=x.now + 9000)),
    "retry_schedule": lambda c, x: c.schedules.retry("order_s1"),
    "create_vbank": lambda c, x: c.create_vbank(merchant_uid="order_v", amount=30000, vbank_code="004", vbank_due=x.now + 86400, vbank_holder="홍길동"),
    "update_vbank": lambda c, x: c.vbanks.update(x.vbank_uid, body=m.VbankUpdateRequest.from_dict({"amount": 31000})),
    "get_vbank_holder": lambda c, x: c.vbanks.holder(bank_code="004", bank_num="12345678901234"),
    "revoke_vbank": lambda c, x: c.vbanks.revoke(x.vbank_uid),
    "get_certification": lambda c, x: c.get_certification("imps_000000000001"),
    "delete_certification": lambda c, x: c.delete_certification("imps_000000000001"),
    "request_certification_otp": lambda c, x: c.certifications.request_otp(body=m.CertificationOtpRequest.from_dict({"name": "홍길동", "phone": "01012345678", "birth": "900101", "gender_digit": "1", "carrier": "SKT"})),
    "confirm_certification_otp": lambda c, x: c.certifications.confirm_otp(x.otp_uid, body=m.CertificationOtpConfirmRequest.from_dict({"otp": "123456"})),
    "get_card_codes": lambda c, x: c.codes.cards(),
    "get_card_code": lambda c, x: c.codes.card("361"),
    "get_bank_codes": lambda c, x: c.codes.banks(),
    "get_bank_code": lambda c, x: c.codes.bank("004"),
    "cvs_issue": lambda c, x: c.cvs.issue(body=m.CvsRequest.from_dict({"merchant_uid": "order_cvs", "amount": 7000})),
    "cvs_revoke": lambda c, x: c.cvs.revoke(x.cvs_uid),
    "naver_get_product_orders": lambda c, x: c.naver.get_product_orders(x.imp_uid),
    "naver_get_product_order": lambda c, x: c.naver.get_product_order("2026112212345678"),
    "naver_get_reviews": lambda c, x: c.naver.get_reviews(channel_key="channel-key-1", from_=x.now - 86400, to=x.now, review_type=NaverReviewType.GENERAL),
    "naver_get_cash_amount": lambda c, x: c.naver.get_cash_amount(x.imp_uid),
    "naver_cancel": lambda c, x: c.naver.cancel(x.imp_uid, body=m.NaverCancelRequest.from_dict({})),
    "naver_approve_cancel": lambda c, x: c.naver.approve_cancel(x.imp_uid, body=m.NaverProductOrdersRequest.from_dict({})),
    "naver_ship": lambda c, x: c.naver.ship(x.imp_uid, body=m.NaverShipRequest.from_dict({"delivery_method": "DELIVERY", "dispatched_at": x.now, "delivery_company": "CJGLS", "tracking_number": "123456789012"})),
    "naver_ship_exchanged": lambda c, x: c.naver.ship_exchanged(x.imp_uid, body=m.NaverShipExchangedRequest.from_dict({"delivery_method": "DELIVERY", "delivery_company": "CJGLS", "tracking_number": "123456789013"})),
    "naver_collect_exchanged": lambda c, x: c.naver.collect_exchanged(x.imp_uid, body=m.NaverProductOrdersRequest.from_dict({})),
    "naver_place": lambda c, x: c.naver.place(x.imp_uid, body=m.NaverProductOrdersRequest.from_dict({})),
    "naver_request_return": lambda c, x: c.naver.request_return(x.imp_uid, body=m.NaverRequestReturnRequest.from_dict({"delivery_method": "RETURN_DESIGNATED"})),
    "naver_approve_return": lambda c, x: c.naver.approve_return(x.imp_uid, body=m.NaverApproveReturnRequest.from_dict({})),
    "naver_reject_return": lambda c, x: c.naver.reject_return(x.imp_uid, body=m.NaverRejectReturnRequest.from_dict({"memo": "상품 훼손"})),
    "naver_withhold_return": lambda c, x: c.naver.withhold_return(x.imp_uid, body=m.NaverWithholdReturnRequest.from_dict({"memo": "반품 배송비 청구"})),
    "naver_resolve_return": lambda c, x: c.naver.resolve_return(x.imp_uid, body=m.NaverProductOrdersRequest.from_dict({})),
    "naver_deposit_point": lambda c, x: c.naver.deposit_point(x.imp_uid),
    "naver_confirm_payment": lambda c, x: c.naver.confirm_payment(x.imp_uid, body=m.NaverConfirmRequest.from_dict({})),
    "kcpquick_create_prepare": lambda c, x: c.kcpquick.create_prepare("order_kq", body=m.KcpQuickPrepareRequest.from_dict({"btid": "bt_1", "cust_ip": "127.0.0.1", "code_verifier": "verifier"})),
    "kcpquick_update_prepare": lambda c, x: c.kcpquick.update_prepare("order_kq", body=m.KcpQuickPrepareRequest.from_dict({"btid": "bt_2", "cust_ip": "127.0.0.1", "code_verifier": "verifier"})),
    "kcpquick_pay_with_money": lambda c, x: c.kcpquick.pay_with_money(body=m.KcpQuickMoneyPaymentRequest.from_dict({"member_id": "member_1", "merchant_uid": "order_kq", "name": "충전", "amount": 10000, "imp_uid": "imp_kq"})),
    "kcpquick_pay_autopay": lambda c, x: c.kcpquick.pay_autopay(body=m.KcpQuickAutopayRequest.from_dict({"customer_uid": "kq_cust", "merchant_uid": "order_kq2", "name": "정기", "buyer_name": "홍길동", "amount": 10000})),
    "kcpquick_delete_autopay_key": lambda c, x: c.kcpquick.delete_autopay_key("kq_cust"),
    "kcpquick_release_fido": lambda c, x: c.kcpquick.release_fido("member_1", body=m.KcpQuickFidoReleaseRequest.from_dict({"channel_key": "channel-key-1"})),
    "kcpquick_delete_member": lambda c, x: c.kcpquick.delete_member("member_1", site_code="SITE1", partner_type="01", partner_subtype="01"),
    "benepia_get_point": lambda c, x: c.benepia.get_point(body=m.BenepiaPointRequest.from_dict({"benepia_user": "user1", "benepia_password": "pw1"})),
    "benepia_pay": lambda c, x: c.benepia.pay(body=m.BenepiaPaymentRequest.from_dict({"benepia_user": "user1", "benepia_password": "pw1", "merchant_uid": "order_bp", "amount": 3000, "name": "포인트 결제"})),
    "paymentwall_register_delivery": lambda c, x: c.paymentwall.register_delivery(body=m.PaymentwallDeliveryRequest.from_dict({"imp_uid": x.imp_uid, "merchant_uid": "order_1", "type": "physical", "status": "order_shipped", "estimated_delivery_datetime": x.now + 86400, "estimated_update_datetime": x.now + 3600, "refundable": "yes", "shipping_address_email": "buyer@example.com"})),
    "payco_change_order_status": lambda c, x: c.payco.change_order_status(x.imp_uid, body=m.PaycoOrderStatusRequest.from_dict({"status": "DELIVERY_START"})),
    "partners_register_receipt": lambda c, x: c.partners.register_receipt(x.imp_uid, body=m.PartnerReceiptRequest.from_dict({"data": [{"business_registration_number": "1234567890", "company_name": "하위상점", "amount": 1000}]})),
    "get_tier": lambda c, x: c.tiers.get("T01"),
    "get_pg_settings": lambda c, x: c.users.pg_settings(),
    "delete_billing_key": lambda c, x: c.delete_subscription("cust_1", reason="해지"),
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


def test_the_table_covers_every_operation_of_the_spec() -> None:
    assert sorted(CALLS) == sorted(OPERATION_IDS)
    assert len(OPERATION_IDS) == 84  # 82 API operations; find and findAll have two paths each


def test_every_operation_is_callable_sync(iamporter: Iamporter, sandbox: Sandbox) -> None:
    ctx = Ctx(sandbox)
    for op in CALLS:
        try:
            result = CALLS[op](iamporter, ctx)
        except Exception as exc:  # name the operation that failed
            pytest.fail(f"{op}: {exc!r}")
        assert isinstance(result, IamporterResult), op
        assert result.status in (200, 207), op
        remember(op, result, ctx)


def test_every_operation_is_callable_async(sandbox: Sandbox) -> None:
    async def run() -> None:
        ctx = Ctx(sandbox)
        async with AsyncIamporter(base_url=sandbox.base_url) as client:
            for op in CALLS:
                awaitable = CALLS[op](client, ctx)
                assert inspect.isawaitable(awaitable), op
                try:
                    result = await awaitable
                except Exception as exc:
                    pytest.fail(f"{op}: {exc!r}")
                remember(op, result, ctx)

    asyncio.run(run())
