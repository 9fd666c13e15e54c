"""Static reference data: standard card and bank codes, account holders, tiers, PG settings."""

from __future__ import annotations

import hashlib

from .models import JsonDict

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

# Holder names handed out by GET /vbanks/holder (picked by a hash of bank code + number).
HOLDER_NAMES = (
    "김민준", "이서연", "박지훈", "최수아", "정도윤",
    "강하은", "조시우", "윤지민", "장예준", "임서윤",
)  # fmt: skip

TIERS: dict[str, str] = {
    "T01": "샌드박스 하위상점 1",
    "ABC": "샌드박스 하위상점 A",
    "XYZ": "샌드박스 하위상점 X",
}

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


def standard_codes(table: dict[str, str]) -> list[JsonDict]:
    """``[{code, name}]`` of a code table, in table order."""
    return [{"code": code, "name": name} for code, name in table.items()]


def holder_name(bank_code: str, bank_num: str) -> str:
    """The (fake) holder of an account: always the same name for the same account."""
    digest = hashlib.sha256(f"{bank_code}:{bank_num}".encode()).digest()
    return HOLDER_NAMES[int.from_bytes(digest[:4], "big") % len(HOLDER_NAMES)]
