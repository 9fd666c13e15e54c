"""Resource ``tiers``: the account's sub-merchants (``GET /tiers/{tier_code}``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..call import Call, RouteSpec
from ..errors import bad_request, not_found
from ..models import JsonDict

if TYPE_CHECKING:
    from . import SandboxState

TIER_CODE = re.compile(r"[A-Z0-9]{3}")

TIERS: dict[str, str] = {
    "T01": "샌드박스 하위상점 1",
    "ABC": "샌드박스 하위상점 A",
    "XYZ": "샌드박스 하위상점 X",
}


def tier_header(call: Call) -> str | None:
    """The ``Tier`` header (three upper-case letters or digits), or a 400."""
    value = call.headers.get("tier")
    if value is None or value == "":
        return None
    if not TIER_CODE.fullmatch(value):
        raise bad_request("Tier 헤더가 올바르지 않습니다: 영문 대문자 또는 숫자 3자리여야 합니다")
    return value


def tier(tier_code: str) -> JsonDict:
    """A seeded sub-merchant (``T01``, ``ABC``, ``XYZ``)."""
    name = TIERS.get(tier_code)
    if name is None:
        raise not_found(f"존재하지 않는 하위가맹점입니다: {tier_code}")
    return {"tier_code": tier_code, "tier_name": name}


def routes(state: SandboxState) -> list[RouteSpec]:
    """``GET /tiers/{tier_code}``."""

    def get(call: Call) -> object:
        tier_header(call)
        code = call.path["tier_code"]
        if not TIER_CODE.fullmatch(code):
            raise bad_request(
                "tier_code 파라미터가 올바르지 않습니다: 영문 대문자 또는 숫자 3자리여야 합니다"
            )
        return tier(code)

    return [RouteSpec("/tiers/{tier_code}", "GET", get)]
