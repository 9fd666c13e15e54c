"""Our spec covers the vendor's whole V1 API: every path and method, plus the two operations the
vendor file lacks, and every field of the main payloads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "iamport.yaml").read_text(encoding="utf-8"))
VENDOR_FILE = ROOT.parent / "shared" / "reference" / "portone-v1-openapi.json"
METHODS = ("get", "post", "put", "delete")

# Our spec splits the vendor's optional trailing path segment into two paths.
SPLIT = {
    "/payments/find/{merchant_uid}/{payment_status}": "/payments/find/{merchant_uid}",
    "/payments/findAll/{merchant_uid}/{payment_status}": "/payments/findAll/{merchant_uid}",
}
EXTRA = {("GET", "/vbanks/holder"), ("POST", "/subscribe/payments/foreign")}

# Our payload schema -> the vendor definition whose every property it must carry.
PAYLOADS = {
    "Payment": "PaymentAnnotation",
    "BillingKey": "CustomerAnnotation",
    "Schedule": "ScheduleResultAnnotation",
    "Certification": "CertificationAnnotation",
    "Receipt": "ReceiptAnnotation",
    "ExternalReceipt": "ExternalReceiptAnnotation",
    "EscrowLogis": "EscrowLogisAnnotation",
    "PaymentCancellation": "PaymentCancelAnnotation",
    "VbankDeposit": "VbankDepositAnnotation",
    "Token": "AuthAnnotation",
}


@pytest.fixture(scope="module")
def vendor() -> dict[str, Any]:
    if not VENDOR_FILE.is_file():  # pragma: no cover - shared/ sits beside every checkout here
        pytest.fail(f"reference file missing: {VENDOR_FILE}")
    data: dict[str, Any] = json.loads(VENDOR_FILE.read_text(encoding="utf-8"))
    return data


def ours() -> set[tuple[str, str]]:
    return {
        (method.upper(), path)
        for path, item in SPEC["paths"].items()
        for method in item
        if method in METHODS
    }


def api_operations() -> set[tuple[str, str]]:
    """Our operations, counting each split pair once (as the vendor does)."""
    return {(m, p) for m, p in ours() if p not in SPLIT.values()}


def test_every_vendor_operation_is_in_our_spec(vendor: dict[str, Any]) -> None:
    theirs = {
        (method.upper(), path)
        for path, item in vendor["paths"].items()
        for method in item
        if method in METHODS
    }
    assert theirs
    assert theirs - ours() == set()


def test_the_api_is_the_vendors_operations_and_ours_named_extra(vendor: dict[str, Any]) -> None:
    theirs = {(m.upper(), p) for p, item in vendor["paths"].items() for m in item if m in METHODS}
    assert api_operations() == theirs | EXTRA
    assert SPEC["paths"]["/subscribe/payments/foreign"]["post"]["deprecated"] is True


@pytest.mark.parametrize(("schema", "definition"), sorted(PAYLOADS.items()))
def test_payloads_carry_every_vendor_field(
    vendor: dict[str, Any], schema: str, definition: str
) -> None:
    theirs = set(vendor["definitions"][definition].get("properties", {}))
    mine = set(SPEC["components"]["schemas"][schema]["properties"])
    assert theirs - mine == set(), f"{schema} lacks {sorted(theirs - mine)}"


def test_tier_header_is_modelled() -> None:
    tier = SPEC["components"]["parameters"]["TierHeader"]
    assert (tier["in"], tier["name"]) == ("header", "Tier")
