"""Routes: standard codes, tiers, PG settings and identity verification by one-time code."""

from __future__ import annotations

import re

from . import codes, params
from .call import Call, RouteSpec
from .errors import bad_request, not_found
from .services import Services
from .state_otp import CARRIERS, METHODS, OtpRequest

_TIER = re.compile(r"[A-Z0-9]{3}")
_GENDER_DIGIT = re.compile(r"[1-8]")


def tier_header(call: Call) -> str | None:
    """The ``Tier`` header (three upper-case letters or digits), or a 400."""
    value = call.headers.get("tier")
    if value is None or value == "":
        return None
    if not _TIER.fullmatch(value):
        raise bad_request("Tier 헤더가 올바르지 않습니다: 영문 대문자 또는 숫자 3자리여야 합니다")
    return value


def _lookup(table: dict[str, str], code: str, what: str) -> object:
    name = table.get(code)
    if name is None:
        raise not_found(f"존재하지 않는 {what} 코드입니다: {code}")
    return {"code": code, "name": name}


def routes(s: Services) -> list[RouteSpec]:
    """``/cards``, ``/banks``, ``/tiers``, ``/users/pg`` and ``/certifications/otp/...``."""

    def cards(call: Call) -> object:
        return codes.standard_codes(codes.CARD_CODES)

    def card(call: Call) -> object:
        return _lookup(codes.CARD_CODES, call.path["card_standard_code"], "카드사")

    def banks(call: Call) -> object:
        return codes.standard_codes(codes.BANK_CODES)

    def bank(call: Call) -> object:
        return _lookup(codes.BANK_CODES, call.path["bank_standard_code"], "은행")

    def tier(call: Call) -> object:
        tier_header(call)
        code = call.path["tier_code"]
        if not _TIER.fullmatch(code):
            raise bad_request(
                "tier_code 파라미터가 올바르지 않습니다: 영문 대문자 또는 숫자 3자리여야 합니다"
            )
        return s.partners.tier(code)

    def pg_settings(call: Call) -> object:
        return s.partners.pg_settings(tier_header(call))

    def otp_request(call: Call) -> object:
        body = call.body
        gender_digit = params.req_str(body, "gender_digit")
        if not _GENDER_DIGIT.fullmatch(gender_digit):
            raise bad_request("gender_digit 파라미터가 올바르지 않습니다: 1~8 중 하나여야 합니다")
        params.opt_str(body, "company")
        params.opt_str(body, "channel_key", 55)
        params.opt_str(body, "bypass")
        req = OtpRequest(
            name=params.req_str(body, "name"),
            phone=OtpRequest.clean_phone(params.req_str(body, "phone")),
            birth=OtpRequest.clean_birth(params.req_str(body, "birth")),
            gender_digit=gender_digit,
            carrier=params.req_choice(body, "carrier", CARRIERS),
            is_mvno=bool(params.opt_bool(body, "is_mvno")),
            merchant_uid=params.opt_str(body, "merchant_uid") or None,
            pg=params.opt_str(body, "pg") or None,
            verification_method=params.opt_choice(body, "verification_method", METHODS),
        )
        return s.otp.request(req)

    def otp_confirm(call: Call) -> object:
        return s.otp.confirm(call.path["imp_uid"], params.opt_str(call.body, "otp"))

    return [
        ("/cards", "GET", cards),
        ("/cards/{card_standard_code}", "GET", card),
        ("/banks", "GET", banks),
        ("/banks/{bank_standard_code}", "GET", bank),
        ("/tiers/{tier_code}", "GET", tier),
        ("/users/pg", "GET", pg_settings),
        ("/certifications/otp/request", "POST", otp_request),
        ("/certifications/otp/confirm/{imp_uid}", "POST", otp_confirm),
    ]
