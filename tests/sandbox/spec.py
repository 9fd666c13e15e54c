"""Compare payload keys with the vendor's published schema when it is available."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_SPEC = Path("/work/shared/reference/portone-v1-openapi.json")

# Fallback copies of the property names, used when the reference file is absent.
_FALLBACK: dict[str, set[str]] = {
    "CustomerAnnotation": set(
        "customer_uid pg_provider pg_id sandbox customer_id card_name card_code card_issuer_code "
        "card_issuer_name card_publisher_code card_publisher_name card_number card_type "
        "customer_name customer_tel customer_email customer_addr customer_postcode inserted "
        "updated".split()
    ),
}


@cache
def properties(definition: str) -> set[str] | None:
    """Property names of a definition in the vendor file (``None`` when unavailable)."""
    if _SPEC.exists():
        data = json.loads(_SPEC.read_text(encoding="utf-8"))
        return set(data["definitions"][definition]["properties"])
    return _FALLBACK.get(definition)


def assert_keys(payload: dict[str, Any], definition: str) -> None:
    """Every property of ``definition`` is present, and nothing else."""
    expected = properties(definition)
    if expected is not None:
        assert set(payload) == expected
