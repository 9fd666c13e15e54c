"""Resource ``codes``: the standard card and bank codes (``/cards``, ``/banks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..call import Call, RouteSpec
from ..errors import not_found
from ..models import JsonDict

if TYPE_CHECKING:
    from . import SandboxState

CARD_CODES: dict[str, str] = {
    "361": "BC카드",
    "364": "광주카드",
    "365": "삼성카드",
    "366": "신한카드",
    "367": "현대카드",
    "368": "롯데카드",
    "369": "수협카드",
    "370": "씨티카드",
    "371": "NH카드",
    "372": "전북카드",
    "373": "제주카드",
    "374": "하나카드",
    "381": "KB국민카드",
    "041": "우리카드",
}

BANK_CODES: dict[str, str] = {
    "004": "KB국민은행",
    "088": "신한은행",
    "020": "우리은행",
    "081": "하나은행",
    "011": "NH농협은행",
    "003": "IBK기업은행",
    "023": "SC제일은행",
    "032": "부산은행",
    "090": "카카오뱅크",
    "092": "토스뱅크",
}


def standard_codes(table: dict[str, str]) -> list[JsonDict]:
    """``[{code, name}]`` of a code table, in table order."""
    return [{"code": code, "name": name} for code, name in table.items()]


def _lookup(table: dict[str, str], code: str, what: str) -> object:
    name = table.get(code)
    if name is None:
        raise not_found(f"존재하지 않는 {what} 코드입니다: {code}")
    return {"code": code, "name": name}


def routes(state: SandboxState) -> list[RouteSpec]:
    """``/cards``, ``/cards/{code}``, ``/banks`` and ``/banks/{code}`` (fixed tables)."""

    def cards(call: Call) -> object:
        return standard_codes(CARD_CODES)

    def card(call: Call) -> object:
        return _lookup(CARD_CODES, call.path["card_standard_code"], "카드사")

    def banks(call: Call) -> object:
        return standard_codes(BANK_CODES)

    def bank(call: Call) -> object:
        return _lookup(BANK_CODES, call.path["bank_standard_code"], "은행")

    return [
        RouteSpec("/cards", "GET", cards),
        RouteSpec("/cards/{card_standard_code}", "GET", card),
        RouteSpec("/banks", "GET", banks),
        RouteSpec("/banks/{bank_standard_code}", "GET", bank),
    ]
