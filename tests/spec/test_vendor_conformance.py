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
# Facts distilled from the vendor's reference by tools/vendor_facts.py (the vendor file itself
# lives outside the repository, and the tests never read outside it).
FACTS_FILE = ROOT / "spec" / "vendor-facts.json"
METHODS = ("get", "post", "put", "delete")

# Our spec splits the vendor's optional trailing path segment into two paths.
SPLIT = {
    "/payments/find/{merchant_uid}/{payment_status}": "/payments/find/{merchant_uid}",
    "/payments/findAll/{merchant_uid}/{payment_status}": "/payments/findAll/{merchant_uid}",
}
EXTRA = {("GET", "/vbanks/holder"), ("POST", "/subscribe/payments/foreign")}
# Vendor parameters we leave out on purpose: the query key `extra[requester]` on a billing-key
# deletion is naming drift in the vendor file (the cancel body's `extra.requester` is the real one).
DEFECTS = {("DELETE", "/subscribe/customers/{customer_uid}", "extra[requester]")}

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
    data: dict[str, Any] = json.loads(FACTS_FILE.read_text(encoding="utf-8"))
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
    theirs = {(op["method"], op["path"]) for op in vendor["operations"]}
    assert theirs
    assert theirs - ours() == set()


def test_the_api_is_the_vendors_operations_and_ours_named_extra(vendor: dict[str, Any]) -> None:
    theirs = {(op["method"], op["path"]) for op in vendor["operations"]}
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


def _our_parameters(path: str, method: str) -> set[str]:
    item = SPEC["paths"][path]
    names = set()
    for raw in [*item.get("parameters", []), *item[method].get("parameters", [])]:
        if "$ref" in raw:
            raw = SPEC["components"]["parameters"][raw["$ref"].rsplit("/", 1)[-1]]
        if raw["in"] in ("path", "query"):
            names.add(raw["name"])
    return names


@pytest.mark.parametrize("where", ["path", "query"])
def test_every_vendor_path_and_query_parameter_is_ours(vendor: dict[str, Any], where: str) -> None:
    missing = []
    for op in vendor["operations"]:
        path = SPLIT.get(op["path"], op["path"])
        mine = _our_parameters(path, op["method"].lower())
        if op["path"] in SPLIT:
            mine |= _our_parameters(op["path"], op["method"].lower())
        for param in op["parameters"]:
            if (op["method"], op["path"], param["name"]) in DEFECTS:
                continue
            if param["in"] == where and param["name"] not in mine:
                missing.append(f"{op['method']} {op['path']}: {param['name']}")
    assert missing == []


def test_nothing_under_test_reads_outside_the_repository() -> None:
    """The repository tests alone: no test, tool, Makefile or CI file names a sibling folder."""
    sibling = "shared"  # the folder beside a checkout; spelled apart so this test names none
    needles = (f"../{sibling}", f'/ "{sibling}"', f'parent / "{sibling}')
    files = [ROOT / "Makefile"] + [
        file
        for folder in ("tests", "tools", "generator", ".ci")
        for file in (ROOT / folder).rglob("*")
        if file.is_file() and file.suffix in {".py", ".sh", ".cfg", ".toml", ".yaml", ""}
    ]
    hits = [
        str(file.relative_to(ROOT))
        for file in files
        if any(n in file.read_text(encoding="utf-8", errors="replace") for n in needles)
    ]
    assert hits == []
