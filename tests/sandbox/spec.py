"""Expected payload keys, checked also against the facts distilled from the vendor's schema."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

# Written by tools/vendor_facts.py from the vendor's reference file (which lives outside the repo).
_FACTS = Path(__file__).resolve().parents[2] / "spec" / "vendor-facts.json"


def _words(text: str) -> list[str]:
    return text.split()


_KEYS: dict[str, frozenset[str]] = {
    "PaymentAnnotation": frozenset(
        _words(
            """
            imp_uid merchant_uid pay_method channel pg_provider emb_pg_provider pg_tid pg_id
            sandbox escrow apply_num bank_code bank_name card_code card_name
            card_issuer_code card_issuer_name card_publisher_code card_publisher_name
            card_quota card_number card_type vbank_code vbank_name vbank_num vbank_holder
            vbank_date vbank_issued_at name amount cancel_amount currency buyer_name
            buyer_email buyer_tel buyer_addr buyer_postcode custom_data user_agent status
            started_at paid_at failed_at cancelled_at fail_reason cancel_reason receipt_url
            cancel_history deposit_history cancel_receipt_urls cash_receipt_issued
            customer_uid customer_uid_usage promotion
            """
        )
    ),
    "CustomerAnnotation": frozenset(
        _words(
            """
            customer_uid pg_provider pg_id sandbox customer_id card_name card_code
            card_issuer_code card_issuer_name card_publisher_code card_publisher_name
            card_number card_type customer_name customer_tel customer_email customer_addr
            customer_postcode inserted updated
            """
        )
    ),
    "ScheduleResultAnnotation": frozenset(
        _words(
            """
            customer_uid merchant_uid imp_uid pg_provider pg_id customer_id schedule_at
            executed_at revoked_at amount currency name buyer_name buyer_email buyer_tel
            buyer_addr buyer_postcode custom_data schedule_status payment_status fail_reason
            promotion_id
            """
        )
    ),
    "CertificationAnnotation": frozenset(
        _words(
            """
            imp_uid merchant_uid pg_tid pg_provider name gender birthday foreigner phone
            carrier certified certified_at unique_key unique_in_site origin foreigner_v2
            """
        )
    ),
}


@cache
def _vendor_properties(definition: str) -> frozenset[str]:
    data = json.loads(_FACTS.read_text(encoding="utf-8"))
    return frozenset(data["definitions"][definition]["properties"])


def assert_keys(payload: dict[str, Any], definition: str) -> None:
    """Exactly the properties of ``definition`` are present (every key, nothing extra)."""
    assert set(payload) == _KEYS[definition]
    assert set(payload) == _vendor_properties(definition)
