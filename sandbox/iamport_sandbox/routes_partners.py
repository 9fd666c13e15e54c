"""Routes: KCP Quick Pay, Benepia, Paymentwall, convenience stores, PAYCO, partner receipts."""

from __future__ import annotations

import ipaddress
from decimal import Decimal
from typing import Any

from . import params
from .call import Call, RouteSpec
from .errors import ApiError, bad_request
from .models import OrderInfo
from .routes_reference import tier_header
from .services import Services
from .state_kcpquick import KcpPrepare

PAYMENTWALL_TYPES = ("physical", "digital")
PAYMENTWALL_STATUSES = ("order_placed", "order_shipped", "delivering", "delivered")
PAYCO_STATUSES = ("DELIVERY_START", "PURCHASE_DECISION", "CANCELED")
MAX_PREPAID = Decimal(999_999_999)
PAYMENT_BUYER_NAME_MAX = 16  # Payment.buyer_name in the spec


def _order(body: params.Body, *, name_required: bool) -> tuple[str, Decimal, OrderInfo]:
    merchant_uid = params.req_str(body, "merchant_uid", 40)
    params.opt_str(body, "name", 40)
    order = params.order_info(body, name_required=name_required)
    return merchant_uid, params.req_money(body, "amount", order.currency), order


def _kcp_prepare(body: params.Body) -> KcpPrepare:
    cust_ip = params.req_str(body, "cust_ip")
    try:
        ipaddress.IPv4Address(cust_ip)
    except ValueError:
        raise bad_request("cust_ip 파라미터가 올바르지 않습니다: IPv4 주소여야 합니다") from None
    auth = params.opt_choice(body, "prepaid_auth_yn", ("Y", "N"))
    amount = params.opt_money(body, "prepaid_amount")
    if amount is not None:
        params.check_currency_amount("prepaid_amount", amount, "KRW")
        if amount > MAX_PREPAID:
            raise bad_request("prepaid_amount 파라미터가 올바르지 않습니다: 최대 9자리입니다")
    if auth == "Y" and amount is None:
        raise bad_request("prepaid_auth_yn이 Y이면 prepaid_amount가 필수입니다.")
    return KcpPrepare(
        btid=params.req_str(body, "btid", 20),
        cust_ip=cust_ip,
        code_verifier=params.req_str(body, "code_verifier", 200),
        prepaid_auth_yn=auth,
        prepaid_amount=amount,
        vender_type=params.opt_str(body, "vender_type", 20),
        reward_id=params.opt_str(body, "reward_id", 20),
    )


def _partner_items(body: params.Body) -> list[dict[str, Any]]:
    items = params.obj_list(body, "data")
    if not items:
        raise bad_request("data 파라미터가 누락되었습니다. (data is required)")
    result: list[dict[str, Any]] = []
    for index, item in enumerate(items):
        try:
            amount = params.req_money(item, "amount", "KRW")
            tax_free = params.opt_money(item, "tax_free")
            if tax_free is not None and tax_free > amount:
                raise bad_request(
                    "tax_free 파라미터가 올바르지 않습니다: amount보다 클 수 없습니다"
                )
            result.append(
                {
                    "business_registration_number": params.req_str(
                        item, "business_registration_number"
                    ),
                    "company_name": params.req_str(item, "company_name"),
                    "amount": amount,
                    "tax_free": tax_free,
                    "vat_amount": params.opt_money(item, "vat_amount"),
                }
            )
        except ApiError as exc:
            raise bad_request(f"data[{index}]: {exc.message}") from None
    return result


def routes(s: Services) -> list[RouteSpec]:
    """``/kcpquick/...``, ``/benepia/...``, ``/paymentwall/delivery``, ``/cvs``, ``/payco``,
    ``/partners/receipts``."""

    def delete_member(call: Call) -> object:
        query = call.query
        site_code = params.req_str(query, "site_code", 80)
        params.req_str(query, "partner_type", 80)
        params.req_str(query, "partner_subtype", 80)
        return s.kcpquick.delete_member(call.path["member_id"], site_code)

    def release_fido(call: Call) -> object:
        params.req_str(call.body, "channel_key", 55)
        return s.kcpquick.release_fido(call.path["member_id"])

    def pay_with_money(call: Call) -> object:
        body = call.body
        member_id = params.req_str(body, "member_id", 16)
        params.opt_str(body, "channel_key", 55)
        params.req_str(body, "imp_uid")
        notice_url = params.opt_notice_url(body)
        merchant_uid = params.req_str(body, "merchant_uid", 40)
        order = OrderInfo(
            name=params.req_str(body, "name", 40), notice_urls=[notice_url] if notice_url else []
        )
        amount = params.req_money(body, "amount", "KRW")
        return s.kcpquick.pay_with_money(member_id, merchant_uid, amount, order)

    def create_prepare(call: Call) -> object:
        s.kcpquick.prepare(call.path["merchant_uid"], _kcp_prepare(call.body), update=False)
        return None

    def update_prepare(call: Call) -> object:
        s.kcpquick.prepare(call.path["merchant_uid"], _kcp_prepare(call.body), update=True)
        return None

    def autopay(call: Call) -> object:
        body = call.body
        customer_uid = params.req_str(body, "customer_uid", 80)
        merchant_uid = params.req_str(body, "merchant_uid", 40)
        buyer_name = params.req_str(body, "buyer_name", 20)
        notice_url = params.opt_notice_url(body)
        order = OrderInfo(
            name=params.req_str(body, "name", 40),
            # The request allows 20 characters, a payment holds 16: kept the way a PG truncates.
            buyer_name=buyer_name[:PAYMENT_BUYER_NAME_MAX],
            notice_urls=[notice_url] if notice_url else [],
        )
        amount = params.req_money(body, "amount", "KRW")
        return s.kcpquick.pay_autopay(customer_uid, merchant_uid, amount, order)

    def delete_autopay(call: Call) -> object:
        return s.kcpquick.delete_autopay(call.path["customer_uid"])

    def benepia_point(call: Call) -> object:
        body = call.body
        params.req_str(body, "benepia_password")
        params.opt_str(body, "channel_key", 55)
        return s.benepia.point(params.req_str(body, "benepia_user"))

    def benepia_pay(call: Call) -> object:
        body = call.body
        user = params.req_str(body, "benepia_user")
        params.req_str(body, "benepia_password")
        params.opt_str(body, "benepia_member_code")
        params.opt_str(body, "channel_key", 55)
        merchant_uid, amount, order = _order(body, name_required=True)
        return s.benepia.pay(user, merchant_uid, amount, order)

    def paymentwall(call: Call) -> object:
        body = call.body
        fields: dict[str, Any] = {
            "imp_uid": params.req_str(body, "imp_uid", 40),
            "merchant_uid": params.req_str(body, "merchant_uid", 40),
            "type": params.req_choice(body, "type", PAYMENTWALL_TYPES),
            "status": params.req_choice(body, "status", PAYMENTWALL_STATUSES),
            "estimated_delivery_datetime": params.req_int(body, "estimated_delivery_datetime"),
            "estimated_update_datetime": params.req_int(body, "estimated_update_datetime"),
            "refundable": params.req_choice(body, "refundable", ("yes", "no")),
            "shipping_address_email": params.req_str(body, "shipping_address_email", 50),
        }
        for key, limit in (
            ("carrier_tracking_id", 64), ("carrier_type", 64), ("reason", 64), ("details", 400),
            ("shipping_address_country", 40), ("shipping_address_city", 40),
            ("shipping_address_zip", 40), ("shipping_address_state", 40),
            ("shipping_address_street", 40), ("shipping_address_phone", 40),
            ("shipping_address_firstname", 40), ("shipping_address_lastname", 40),
        ):  # fmt: skip
            fields[key] = params.opt_str(body, key, limit)
        return s.partners.paymentwall_delivery(fields)

    def cvs_issue(call: Call) -> object:
        body = call.body
        params.opt_str(body, "channel_key", 55)
        merchant_uid, amount, order = _order(body, name_required=False)
        return s.partners.issue_cvs(
            merchant_uid,
            amount,
            order,
            params.opt_str(body, "barcode") or None,
            params.opt_int(body, "expired_at"),
            params.opt_str(body, "confirm_url") or None,
        )

    def cvs_revoke(call: Call) -> object:
        return s.partners.revoke_cvs(call.path["imp_uid"])

    def payco(call: Call) -> object:
        status = params.req_choice(call.body, "status", PAYCO_STATUSES)
        return s.partners.payco_status(call.path["imp_uid"], status)

    def partner_receipt(call: Call) -> object:
        tier_header(call)
        return s.partners.partner_receipt(call.path["imp_uid"], _partner_items(call.body))

    return [
        ("/kcpquick/members/{member_id}", "DELETE", delete_member),
        ("/kcpquick/members/{member_id}/fido/release", "POST", release_fido),
        ("/kcpquick/payment/money", "POST", pay_with_money),
        ("/kcpquick/payment/autopay", "POST", autopay),
        ("/kcpquick/prepare/{merchant_uid}", "POST", create_prepare),
        ("/kcpquick/prepare/{merchant_uid}", "PUT", update_prepare),
        ("/kcpquick/autopay/{customer_uid}", "DELETE", delete_autopay),
        ("/benepia/point", "POST", benepia_point),
        ("/benepia/payment", "POST", benepia_pay),
        ("/paymentwall/delivery", "POST", paymentwall),
        ("/cvs", "POST", cvs_issue),
        ("/cvs/{imp_uid}", "DELETE", cvs_revoke),
        ("/payco/orders/status/{imp_uid}", "POST", payco),
        ("/partners/receipts/{imp_uid}", "POST", partner_receipt),
    ]
