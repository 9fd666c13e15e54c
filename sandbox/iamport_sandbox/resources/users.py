"""Resource ``users``: the account's PG settings (``GET /users/pg``).

The access token (``POST /users/getToken``) is the ``auth`` resource (:mod:`.auth`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..call import Call, RouteSpec
from ..errors import not_found
from ..models import JsonDict
from .tiers import TIERS, tier_header

if TYPE_CHECKING:
    from . import SandboxState


PG_SETTINGS: tuple[JsonDict, ...] = (
    {
        "pg_provider": "nice",
        "pg_id": "nictest04m",
        "sandbox": True,
        "type": "api_payment",
        "channel_name": "나이스 정기결제",
        "channel_key": "channel-key-sandbox-nice-0001",
    },
    {
        "pg_provider": "html5_inicis",
        "pg_id": "INIpayTest",
        "sandbox": True,
        "type": "payment",
        "channel_name": "이니시스 결제창",
        "channel_key": "channel-key-sandbox-inicis-0001",
    },
    {
        "pg_provider": "kcp_quick",
        "pg_id": "kcp_quick_sandbox",
        "sandbox": True,
        "type": "api_payment",
        "channel_name": "KCP 퀵페이",
        "channel_key": "channel-key-sandbox-kcpquick-0001",
    },
    {
        "pg_provider": "danal",
        "pg_id": "danal_sandbox",
        "sandbox": True,
        "type": "certification",
        "channel_name": "다날 본인인증",
        "channel_key": "channel-key-sandbox-danal-0001",
    },
)

TIER_PG_SETTINGS: tuple[JsonDict, ...] = (
    {
        "pg_provider": "html5_inicis",
        "pg_id": "INIpayTest",
        "sandbox": True,
        "type": "payment",
        "channel_name": None,
        "channel_key": None,
    },
)


def pg_settings(tier_code: str | None) -> list[JsonDict]:
    """The account's PG settings, or a sub-merchant's with a ``Tier`` header."""
    if tier_code is None:
        return [dict(s) for s in PG_SETTINGS]
    if tier_code not in TIERS:
        raise not_found(f"존재하지 않는 하위가맹점입니다: {tier_code}")
    return [dict(s) for s in TIER_PG_SETTINGS]


def routes(state: SandboxState) -> list[RouteSpec]:
    """``GET /users/pg`` (a ``Tier`` header asks for a sub-merchant's)."""

    def get(call: Call) -> object:
        return pg_settings(tier_header(call))

    return [RouteSpec("/users/pg", "GET", get)]
