"""Realistic Iamport payloads shared by the bench server and the parsing benchmark.

The payment has every property of the vendor's ``PaymentAnnotation`` (54 keys), with the
values a real card payment carries, including the ``null`` and empty-list fields that a
client's models must cope with.
"""

from __future__ import annotations

import json
from typing import Any, Final

IMP_KEY: Final = "imp_apikey"
# Public test credentials published by the vendor (see the reference seeds).
IMP_SECRET: Final = (
    "ekKoeW8RyKuT0zgaZsUtXXTLQ4AhPFW3ZGseDA6bkA5lamv9OqDMnxyeB9wqOsuO9W3Mx9YSJ4dTqJ3f"
)

IMP_UID: Final = "imp_448280090638"
AMOUNT: Final = 64900
PAGE_SIZE_MAX: Final = 1000


def payment(imp_uid: str = IMP_UID, index: int = 0) -> dict[str, Any]:
    """One paid card payment, every ``PaymentAnnotation`` key present."""
    started = 1710480612 + index * 37
    return {
        "imp_uid": imp_uid,
        "merchant_uid": f"order_20240315_{index:06d}",
        "pay_method": "card",
        "channel": "pc",
        "pg_provider": "html5_inicis",
        "emb_pg_provider": None,
        "pg_tid": f"StdpayCARDINIpayTest20240315143012{index:06d}",
        "pg_id": "INIpayTest",
        "sandbox": False,
        "escrow": False,
        "apply_num": "30012345",
        "bank_code": None,
        "bank_name": None,
        "card_code": "361",
        "card_name": "BC카드",
        "card_issuer_code": "361",
        "card_issuer_name": "BC카드",
        "card_publisher_code": "361",
        "card_publisher_name": "BC카드",
        "card_quota": 0,
        "card_number": "910020*********7",
        "card_type": 0,
        "vbank_code": None,
        "vbank_name": None,
        "vbank_num": None,
        "vbank_holder": None,
        "vbank_date": 0,
        "vbank_issued_at": 0,
        "name": "제주 감귤 5kg 한 상자",
        "amount": AMOUNT,
        "cancel_amount": 0,
        "currency": "KRW",
        "buyer_name": "홍길동",
        "buyer_email": "gildong@example.com",
        "buyer_tel": "010-4242-4242",
        "buyer_addr": "서울특별시 강남구 테헤란로 152",
        "buyer_postcode": "06236",
        "custom_data": '{"order_id":123,"coupon":"SPRING24"}',
        "user_agent": (
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            "(KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"
        ),
        "status": "paid",
        "started_at": started,
        "paid_at": started + 28,
        "failed_at": 0,
        "cancelled_at": 0,
        "fail_reason": None,
        "cancel_reason": None,
        "receipt_url": (
            "https://iniweb.inicis.com/DefaultWebApp/mall/cr/cm/mCmReceipt_head.jsp"
            f"?noTid=StdpayCARDINIpayTest20240315143012{index:06d}&noMethod=1"
        ),
        "cancel_history": [],
        "deposit_history": [],
        "cancel_receipt_urls": [],
        "cash_receipt_issued": False,
        "customer_uid": None,
        "customer_uid_usage": None,
        "promotion": None,
    }


def dumps(obj: object) -> bytes:
    """Serialise like the live server: compact, raw UTF-8."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def envelope(response: object, code: int = 0, message: str | None = None) -> bytes:
    return dumps({"code": code, "message": message, "response": response})


def payment_body(imp_uid: str = IMP_UID) -> bytes:
    """``GET /payments/{imp_uid}`` response body."""
    return envelope(payment(imp_uid))


def payment_page(limit: int) -> dict[str, Any]:
    items = [payment(f"imp_{448280090638 + i:012d}", i) for i in range(limit)]
    return {"total": limit, "previous": 0, "next": 0, "list": items}


def payment_page_body(limit: int) -> bytes:
    """``GET /payments/status/paid?limit=N`` response body."""
    return envelope(payment_page(limit))
