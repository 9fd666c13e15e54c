"""Reading and validating request fields (JSON or form bodies, query strings).

Every helper raises :func:`errors.bad_request` with a message naming the field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .errors import bad_request
from .models import CustomerInfo, OrderInfo
from .money import is_whole, loads, to_decimal

Body = Mapping[str, Any]
Query = Mapping[str, str]

_CURRENCY = re.compile(r"[A-Z]{3}")
# Amounts the sandbox accepts: below a trillion, at most 8 decimal places (exact arithmetic).
MAX_AMOUNT = Decimal(10**12)
MAX_DECIMALS = 8
_DIGITS = re.compile(r"\d+")


def _missing(key: str) -> Exception:
    return bad_request(f"{key} 파라미터가 누락되었습니다. ({key} is required)")


def _invalid(key: str, why: str) -> Exception:
    return bad_request(f"{key} 파라미터가 올바르지 않습니다: {why}")


def opt_str(body: Body, key: str, max_len: int | None = None) -> str | None:
    """An optional string field (numbers are accepted and turned into text)."""
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)):
        raise _invalid(key, "문자열이어야 합니다")
    text = str(value)
    if max_len is not None and len(text) > max_len:
        raise _invalid(key, f"최대 {max_len}자까지 허용됩니다")
    return text


def req_str(body: Body, key: str, max_len: int | None = None) -> str:
    """A required, non-empty string field."""
    text = opt_str(body, key, max_len)
    if text is None or text == "":
        raise _missing(key)
    return text


def opt_money(body: Body, key: str) -> Decimal | None:
    """An optional non-negative amount."""
    value = body.get(key)
    if value is None or value == "":
        return None
    amount = to_decimal(value)
    if amount is None:
        raise _invalid(key, "숫자여야 합니다")
    if amount < 0:
        raise _invalid(key, "0 이상이어야 합니다")
    if amount >= MAX_AMOUNT:
        raise _invalid(key, f"{MAX_AMOUNT:,}보다 작아야 합니다")
    exponent = amount.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_DECIMALS:
        raise _invalid(key, f"소수점 이하 {MAX_DECIMALS}자리까지 허용됩니다")
    return amount


def req_money(body: Body, key: str, currency: str = "KRW") -> Decimal:
    """A required amount greater than zero (whole number for KRW)."""
    amount = opt_money(body, key)
    if amount is None:
        raise _missing(key)
    if amount <= 0:
        raise _invalid(key, "0보다 커야 합니다")
    check_currency_amount(key, amount, currency)
    return amount


def check_currency_amount(key: str, amount: Decimal, currency: str) -> None:
    """KRW has no minor unit: reject fractional KRW amounts."""
    if currency == "KRW" and not is_whole(amount):
        raise _invalid(key, "KRW 금액은 정수여야 합니다")


def opt_int(body: Body, key: str) -> int | None:
    """An optional integer (a string of digits is accepted too)."""
    value = body.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise _invalid(key, "정수여야 합니다")
    if isinstance(value, int):
        return value
    if isinstance(value, Decimal) and is_whole(value):
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"-?\d+", value.strip()):
        return int(value.strip())
    raise _invalid(key, "정수여야 합니다")


def req_int(body: Body, key: str) -> int:
    """A required integer."""
    value = opt_int(body, key)
    if value is None:
        raise _missing(key)
    return value


def str_list(body: Body, key: str) -> list[str]:
    """A field that may be a string or a list of strings (``notice_url``, ``merchant_uid``)."""
    value = body.get(key)
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v for v in value if v]
    raise _invalid(key, "문자열 또는 문자열 배열이어야 합니다")


def currency(body: Body) -> str:
    """The ``currency`` field, default KRW."""
    text = opt_str(body, "currency")
    if text is None or text == "":
        return "KRW"
    if not _CURRENCY.fullmatch(text):
        raise _invalid("currency", "KRW, USD 같은 3자리 통화 코드여야 합니다")
    return text


def custom_data(body: Body) -> str | None:
    """``custom_data``: kept as text; a JSON object or array is stored serialised."""
    value = body.get("custom_data")
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def order_info(body: Body, *, name_required: bool = False) -> OrderInfo:
    """Order fields shared by payment requests (name, currency, buyer, notice_url...)."""
    cur = currency(body)
    name = req_str(body, "name") if name_required else opt_str(body, "name")
    tax_free = opt_money(body, "tax_free")
    quota = opt_int(body, "card_quota")
    if quota is not None and not 0 <= quota <= 36:
        raise _invalid("card_quota", "0~36 사이여야 합니다")
    return OrderInfo(
        name=name,
        currency=cur,
        tax_free=tax_free,
        buyer_name=opt_str(body, "buyer_name"),
        buyer_email=opt_str(body, "buyer_email"),
        buyer_tel=opt_str(body, "buyer_tel"),
        buyer_addr=opt_str(body, "buyer_addr"),
        buyer_postcode=opt_str(body, "buyer_postcode"),
        custom_data=custom_data(body),
        card_quota=quota or 0,
        notice_urls=notice_urls(body),
    )


def notice_urls(body: Body, key: str = "notice_url") -> list[str]:
    """``notice_url``: one or more absolute http(s) URLs (a space or ``javascript:`` is refused)."""
    from .webhooks import http_url_problem

    urls = str_list(body, key)
    for url in urls:
        problem = http_url_problem(url)
        if problem is not None:
            raise _invalid(key, f"http(s) URL이어야 합니다 ({problem})")
    return urls


def opt_notice_url(body: Body, key: str = "notice_url") -> str | None:
    """An optional single ``notice_url``, checked like :func:`notice_urls`."""
    url = opt_str(body, key)
    return notice_urls({key: url}, key)[0] if url else None


def customer_info(body: Body) -> CustomerInfo:
    """Billing-key owner fields."""
    return CustomerInfo(
        customer_id=opt_str(body, "customer_id"),
        customer_name=opt_str(body, "customer_name"),
        customer_tel=opt_str(body, "customer_tel"),
        customer_email=opt_str(body, "customer_email"),
        customer_addr=opt_str(body, "customer_addr"),
        customer_postcode=opt_str(body, "customer_postcode"),
    )


def digits_field(body: Body, key: str, lengths: tuple[int, ...]) -> str | None:
    """An optional all-digit field with one of the allowed lengths (birth, pwd_2digit, cvc)."""
    text = opt_str(body, key)
    if text is None or text == "":
        return None
    if not _DIGITS.fullmatch(text) or len(text) not in lengths:
        allowed = " 또는 ".join(str(n) for n in lengths)
        raise _invalid(key, f"{allowed}자리 숫자여야 합니다")
    return text


def query_int(
    query: Query, key: str, default: int | None, lo: int | None = None, hi: int | None = None
) -> int | None:
    """An integer query parameter with optional bounds."""
    raw = query.get(key)
    if raw is None or raw == "":
        return default
    if not re.fullmatch(r"-?\d+", raw.strip()):
        raise _invalid(key, "정수여야 합니다")
    value = int(raw)
    if lo is not None and value < lo:
        raise _invalid(key, f"{lo} 이상이어야 합니다")
    if hi is not None and value > hi:
        raise _invalid(key, f"{hi} 이하여야 합니다")
    return value


def query_req_int(query: Query, key: str) -> int:
    """A required integer query parameter."""
    value = query_int(query, key, None)
    if value is None:
        raise _missing(key)
    return value


def page_and_limit(query: Query, default_limit: int = 20) -> tuple[int, int]:
    """``page`` (>= 1, default 1) and ``limit`` (1..1000, default 20)."""
    page = query_int(query, "page", 1, lo=1)
    limit = query_int(query, "limit", default_limit, lo=1, hi=1000)
    assert page is not None
    assert limit is not None
    return page, limit


def choice(query: Query, key: str, allowed: tuple[str, ...], default: str | None) -> str | None:
    """A query parameter restricted to ``allowed`` values."""
    raw = query.get(key)
    if raw is None or raw == "":
        return default
    if raw not in allowed:
        raise _invalid(key, f"허용되는 값: {', '.join(allowed)}")
    return raw


def check_window(start_key: str, start: int, end_key: str, end: int, max_days: int) -> None:
    """Reject an inverted window or one longer than ``max_days``."""
    if end < start:
        raise _invalid(end_key, f"{start_key}보다 작을 수 없습니다")
    if end - start > max_days * 86400:
        raise _invalid(end_key, f"조회 기간은 최대 {max_days}일입니다")


def opt_choice(
    body: Body, key: str, allowed: tuple[str, ...], default: str | None = None
) -> str | None:
    """An optional body field restricted to ``allowed`` values."""
    text = opt_str(body, key)
    if text is None or text == "":
        return default
    if text not in allowed:
        raise _invalid(key, f"허용되는 값: {', '.join(allowed)}")
    return text


def req_choice(body: Body, key: str, allowed: tuple[str, ...]) -> str:
    """A required body field restricted to ``allowed`` values."""
    value = opt_choice(body, key, allowed)
    if value is None:
        raise _missing(key)
    return value


def opt_bool(body: Body, key: str) -> bool | None:
    """An optional boolean (``true``/``false`` text from forms is accepted)."""
    value = body.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise _invalid(key, "true 또는 false여야 합니다")


def opt_obj(body: Body, key: str) -> dict[str, Any] | None:
    """An optional nested object (a form field may carry it as JSON text)."""
    value = body.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = loads(value)
        except ValueError:
            raise _invalid(key, "JSON 객체여야 합니다") from None
    if not isinstance(value, dict):
        raise _invalid(key, "객체여야 합니다")
    return value


def req_obj(body: Body, key: str) -> dict[str, Any]:
    """A required nested object."""
    value = opt_obj(body, key)
    if value is None:
        raise _missing(key)
    return value


def obj_list(body: Body, key: str) -> list[dict[str, Any]]:
    """An optional array of objects (or its JSON text); empty when missing."""
    value = body.get(key)
    if value is None or value == "":
        return []
    if isinstance(value, str):
        try:
            value = loads(value)
        except ValueError:
            raise _invalid(key, "객체의 배열이어야 합니다") from None
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise _invalid(key, "객체의 배열이어야 합니다")
    return value


def whole_money(body: Body, key: str, *, required: bool = True) -> Decimal | None:
    """A KRW amount greater than zero (``None`` when optional and missing)."""
    if not required and opt_money(body, key) is None:
        return None
    return req_money(body, key, "KRW")


def digits_only(key: str, text: str, lengths: range, separators: str = "- ") -> str:
    """``text`` without separators; all digits and of an allowed length, or a 400."""
    cleaned = "".join(ch for ch in text if ch not in separators)
    if not _DIGITS.fullmatch(cleaned) or len(cleaned) not in lengths:
        raise _invalid(key, f"{lengths.start}~{lengths.stop - 1}자리 숫자여야 합니다")
    return cleaned


def payment_fields(body: Body, *, name_required: bool) -> tuple[str, Decimal, OrderInfo]:
    """``merchant_uid``, ``amount`` and the order details of a payment request."""
    merchant_uid = req_str(body, "merchant_uid", 40)
    order = order_info(body, name_required=name_required)
    amount = req_money(body, "amount", order.currency)
    if order.tax_free is not None and order.tax_free > amount:
        raise _invalid("tax_free", "amount보다 클 수 없습니다")
    return merchant_uid, amount, order


def named_order(body: Body, *, name_required: bool) -> tuple[str, Decimal, OrderInfo]:
    """``merchant_uid``, ``amount`` (KRW unless ``currency``) and the order of a partner call."""
    merchant_uid = req_str(body, "merchant_uid", 40)
    opt_str(body, "name", 40)
    order = order_info(body, name_required=name_required)
    return merchant_uid, req_money(body, "amount", order.currency), order
