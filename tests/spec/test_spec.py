"""The hand-maintained spec is valid, complete for its operations, and free of vendor defects;
the generated models round-trip realistic payloads without loss."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

import iamport_api
from iamport_api import models
from iamport_client import _json
from tests.support.fake_iamport import payment

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "iamport.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
METHODS = ("get", "post", "put", "delete", "patch")
OPERATIONS = [
    (path, method, op)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if method in METHODS
]
OP_IDS = [op["operationId"] for _, _, op in OPERATIONS]

# The operations the seed documents use (pipeline issue), as (METHOD, path).
SEED_OPERATIONS = {
    ("POST", "/users/getToken"),
    ("POST", "/subscribe/customers/{customer_uid}"),
    ("GET", "/subscribe/customers/{customer_uid}"),
    ("DELETE", "/subscribe/customers/{customer_uid}"),
    ("POST", "/subscribe/payments/again"),
    ("POST", "/subscribe/payments/onetime"),
    ("POST", "/subscribe/payments/foreign"),
    ("POST", "/subscribe/payments/schedule"),
    ("POST", "/subscribe/payments/unschedule"),
    ("GET", "/subscribe/payments/schedule/{merchant_uid}"),
    ("GET", "/subscribe/payments/schedule"),
    ("GET", "/subscribe/payments/schedule/customers/{customer_uid}"),
    ("GET", "/payments/{imp_uid}"),
    ("GET", "/payments/find/{merchant_uid}"),
    ("GET", "/payments/find/{merchant_uid}/{payment_status}"),
    ("GET", "/payments/findAll/{merchant_uid}"),
    ("GET", "/payments/findAll/{merchant_uid}/{payment_status}"),
    ("GET", "/payments/status/{payment_status}"),
    ("POST", "/payments/cancel"),
    ("POST", "/payments/prepare"),
    ("GET", "/payments/prepare/{merchant_uid}"),
    ("GET", "/certifications/{imp_uid}"),
    ("DELETE", "/certifications/{imp_uid}"),
    ("POST", "/vbanks"),
}


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local $ref."""
    while "$ref" in node:
        parts = node["$ref"].removeprefix("#/").split("/")
        target: Any = SPEC
        for part in parts:
            target = target[part]
        node = target
    return node


def walk(node: Any, where: str = "") -> list[tuple[str, dict[str, Any]]]:
    """Every mapping in the spec, with a path for messages."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        found.append((where, node))
        for key, value in node.items():
            found += walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += walk(value, f"{where}/{i}")
    return found


def test_spec_is_valid_openapi_3_1() -> None:
    assert SPEC["openapi"].startswith("3.1")
    validate(SPEC)


def test_covers_every_seed_operation() -> None:
    present = {(m.upper(), p) for p, m, _ in OPERATIONS}
    assert present >= SEED_OPERATIONS
    assert len(OPERATIONS) == len(present)


def test_operation_ids_are_unique_snake_case_module_names() -> None:
    assert len(OP_IDS) == len(set(OP_IDS))
    for op_id in OP_IDS:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", op_id), op_id


@pytest.mark.parametrize(("path", "method", "op"), OPERATIONS, ids=OP_IDS)
def test_operation_quality_bar(path: str, method: str, op: dict[str, Any]) -> None:
    assert op.get("tags"), "needs a tag"
    assert op.get("summary") and op.get("description")
    # Two POSTs take no body at all (the vendor defines no field for them).
    bodiless = {("post", "/payments/{imp_uid}/naver/point"),
                ("post", "/subscribe/payments/schedule/{merchant_uid}/retry")}  # fmt: skip
    if (method, path) in bodiless:
        assert "requestBody" not in op
    elif method in ("post", "put"):
        body = op["requestBody"]
        assert body["required"] is True
        assert list(body["content"]) == ["application/json"], "JSON only (no form+JSON mix)"
        schema = resolve(body["content"]["application/json"]["schema"])
        assert schema["type"] == "object" and schema["properties"]
    for param in op.get("parameters", []) + SPEC["paths"][path].get("parameters", []):
        param = resolve(param)
        assert param["in"] in ("path", "query", "header")
        assert "schema" in param
    responses = op["responses"]
    ok = resolve(responses["200"])
    # HTTP 200 carries the typed success envelope, or a failure envelope with code != 0.
    success, failure = ok["content"]["application/json"]["schema"]["anyOf"]
    assert failure == {"$ref": "#/components/schemas/ErrorEnvelope"}
    envelope = resolve(success)
    assert set(envelope["required"]) == {"code", "message", "response"}
    assert {"code", "message", "response"} <= set(envelope["properties"])
    payload = envelope["properties"]["response"]
    assert "$ref" in payload or "$ref" in payload.get("items", {}), "typed payload"
    for status in ("400", "401", "404", "500"):
        error = resolve(responses[status])
        schema = error["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/ErrorEnvelope"}, status


def test_security_is_global_and_get_token_is_exempt() -> None:
    scheme = SPEC["components"]["securitySchemes"]["ApiToken"]
    assert scheme == {**scheme, "type": "apiKey", "in": "header", "name": "Authorization"}
    assert SPEC["security"] == [{"ApiToken": []}]
    assert SPEC["servers"][0]["url"] == "https://api.iamport.kr"
    for path, method, op in OPERATIONS:
        if path == "/users/getToken":
            assert op["security"] == []
        else:
            assert "security" not in op, f"{method} {path} overrides security"


def test_none_of_the_vendor_defects() -> None:
    for where, node in walk(SPEC):
        for key in ("maxLength", "minLength", "minimum", "maximum", "minItems"):
            if key in node and isinstance(node.get(key), str | int):
                assert isinstance(node[key], int), f"{where}: {key} must be an integer"
        if node.get("type") == "array" or (
            isinstance(node.get("type"), list) and "array" in node["type"]
        ):
            assert "items" in node, f"{where}: array without items"
        if "required" in node and isinstance(node["required"], list) and "properties" in node:
            missing = set(node["required"]) - set(node["properties"])
            assert not missing, f"{where}: required names unknown fields {missing}"
        assert node.get("in") != "formData", where
    # Naming drift the vendor file has: camelCase twins of snake_case fields.
    text = SPEC_PATH.read_text(encoding="utf-8")
    assert "channelGroupId" not in text
    assert "extra[requester]" not in text


def test_money_is_typed_consistently() -> None:
    money_fields = {"amount", "cancel_amount", "tax_free", "vat_amount", "checksum"}
    for where, node in walk(SPEC["components"]["schemas"]):
        for name, prop in (node.get("properties") or {}).items():
            if name in money_fields and isinstance(prop, dict) and "type" in prop:
                kinds = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
                assert "number" in kinds, f"{where}/{name} must be a number"
                assert "integer" not in kinds, f"{where}/{name}"


def test_closed_enums_only_for_closed_sets() -> None:
    open_sets = {"pay_method", "pg_provider", "currency", "card_code", "vbank_code", "channel"}
    for where, node in walk(SPEC):
        for name, prop in (node.get("properties") or {}).items():
            if name in open_sets and isinstance(prop, dict):
                assert "enum" not in prop and "$ref" not in prop, f"{where}/{name} is an open set"
    assert SPEC["components"]["schemas"]["PaymentStatus"]["enum"] == [
        "ready",
        "paid",
        "cancelled",
        "failed",
    ]


def test_card_field_patterns() -> None:
    schemas = SPEC["components"]["schemas"]
    card = re.compile(schemas["CardNumber"]["pattern"])
    assert card.fullmatch("1234-1234-1234-1234")
    assert card.fullmatch("3782-822463-10005")
    assert not card.fullmatch("1234123412341234")
    expiry = re.compile(schemas["CardExpiry"]["pattern"])
    assert expiry.fullmatch("2030-11") and not expiry.fullmatch("2030-13")
    birth = re.compile(schemas["CardBirth"]["pattern"])
    assert birth.fullmatch("620201") and birth.fullmatch("1234567890")
    assert not birth.fullmatch("6202011")
    assert re.compile(schemas["CardPassword2"]["pattern"]).fullmatch("99")


def test_payment_covers_every_vendor_field() -> None:
    vendor = {
        "imp_uid", "merchant_uid", "pay_method", "channel", "pg_provider", "emb_pg_provider",
        "pg_tid", "pg_id", "sandbox", "escrow", "apply_num", "bank_code", "bank_name", "card_code",
        "card_name", "card_issuer_code", "card_issuer_name", "card_publisher_code",
        "card_publisher_name", "card_quota", "card_number", "card_type", "vbank_code",
        "vbank_name", "vbank_num", "vbank_holder", "vbank_date", "vbank_issued_at", "name",
        "amount", "cancel_amount", "currency", "buyer_name", "buyer_email", "buyer_tel",
        "buyer_addr", "buyer_postcode", "custom_data", "user_agent", "status", "started_at",
        "paid_at", "failed_at", "cancelled_at", "fail_reason", "cancel_reason", "receipt_url",
        "cancel_history", "deposit_history", "cancel_receipt_urls", "cash_receipt_issued",
        "customer_uid", "customer_uid_usage", "promotion",
    }  # fmt: skip
    assert vendor <= set(SPEC["components"]["schemas"]["Payment"]["properties"])


# --------------------------------------------------------------------------- generated models

SEED_BILLING_KEY = {
    "customer_uid": "gildong_0001_1234",
    "pg_provider": "nice",
    "pg_id": "nictest04m",
    "sandbox": True,
    "customer_id": None,
    "card_name": "신한카드",
    "card_code": "366",
    "card_issuer_code": None,
    "card_issuer_name": None,
    "card_publisher_code": None,
    "card_publisher_name": None,
    "card_number": "451842*********3",
    "card_type": 0,
    "customer_name": "홍길동",
    "customer_tel": "01012345678",
    "customer_email": "gildong@gmail.com",
    "customer_addr": "서울특별시 강남구 신사동",
    "customer_postcode": "01181",
    "inserted": 1519862400,
    "updated": 0,
}
SEED_SCHEDULE = {
    "customer_uid": "gildong_0001_1234",
    "merchant_uid": "order_monthly_0001",
    "imp_uid": None,
    "pg_provider": "nice",
    "pg_id": "nictest04m",
    "customer_id": None,
    "schedule_at": 1519862400,
    "executed_at": 0,
    "revoked_at": 0,
    "amount": 8900,
    "currency": "KRW",
    "name": "월간 이용권 정기결제",
    "buyer_name": "홍길동",
    "buyer_email": "gildong@gmail.com",
    "buyer_tel": "01012345678",
    "buyer_addr": None,
    "buyer_postcode": None,
    "custom_data": None,
    "schedule_status": "scheduled",
    "payment_status": None,
    "fail_reason": None,
    "promotion_id": None,
}
CANCELLED = payment(
    "imp_448280090638",
    status="cancelled",
    cancel_amount=64900,
    cancelled_at=1519862500,
    cancel_reason="제품 상태 불량",
    cancel_history=[
        {
            "pg_tid": "c1",
            "amount": 2500,
            "cancelled_at": 1519862450,
            "reason": "예약 변경",
            "cancellation_id": "x1",
            "receipt_url": None,
        },
        {
            "pg_tid": "c2",
            "amount": 62400,
            "cancelled_at": 1519862500,
            "reason": "제품 상태 불량",
            "cancellation_id": "x2",
            "receipt_url": "https://example.test/r",
        },
    ],
    cancel_receipt_urls=["https://example.test/r"],
    promotion={"id": "promo_1", "discount": 1000},
)

ROUND_TRIPS = [
    ("Payment", payment()),
    ("Payment", CANCELLED),
    ("Payment", payment(currency="USD", amount=12.34, cancel_amount=0.5)),
    ("BillingKey", SEED_BILLING_KEY),
    ("Schedule", SEED_SCHEDULE),
    ("Schedule", {**SEED_SCHEDULE, "schedule_status": "executed", "payment_status": "paid"}),
    ("Token", {"access_token": "a9ace025c90c0da2161075da6ddd3492a2fca776", "now": 1512446940, "expired_at": 1512448740}),
    ("PreparedPayment", {"merchant_uid": "merchant_1448280088556", "amount": 128900, "currency": None}),
    ("PaymentPage", {"total": 2, "previous": 0, "next": 0, "list": [payment(), CANCELLED]}),
    ("ErrorEnvelope", {"code": -1, "message": "이니시스 빌링결제는 상품명이 필수입니다.", "response": None}),
]  # fmt: skip


# A JSON number and its key, as written in the text.
NUMBER = re.compile(r'"(\w+)":(-?\d[\d.eE+-]*)')


def without_nulls(value: Any) -> Any:
    """JSON with every null-valued key dropped (to_dict() leaves out optional fields that are None)."""
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


def round_trip(cls: Any, text: str) -> tuple[Any, str]:
    """Parse JSON text as the client does, then write the model back as the client does."""
    parsed = cls.from_dict(_json.loads(text))
    return parsed, _json.dumps(parsed.to_dict()).decode()


@pytest.mark.parametrize(("model", "data"), ROUND_TRIPS, ids=[m for m, _ in ROUND_TRIPS])
def test_realistic_payloads_round_trip_without_loss(model: str, data: dict[str, Any]) -> None:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    _, written = round_trip(getattr(models, model), text)
    # Same keys (less nulls), same values, and every number written exactly as it came.
    assert _json.loads(written) == without_nulls(_json.loads(text))
    assert sorted(NUMBER.findall(written)) == sorted(
        NUMBER.findall(json.dumps(without_nulls(data), separators=(",", ":")))
    )


def test_usd_payment_with_cents_parses_to_exact_decimals() -> None:
    text = (
        '{"code":0,"message":null,"response":'
        + json.dumps(payment(currency="USD"))
        .replace('"amount": 64900', '"amount": 10.50')
        .replace('"cancel_amount": 0', '"cancel_amount": 0.10')
        + "}"
    )
    parsed, written = round_trip(models.PaymentEnvelope, text)
    assert type(parsed.response.amount) is Decimal and str(parsed.response.amount) == "10.50"
    assert str(parsed.response.cancel_amount) == "0.10"
    assert '"amount":10.50' in written and '"cancel_amount":0.10' in written
    krw, written = round_trip(
        models.PaymentEnvelope, '{"code":0,"message":null,"response":' + json.dumps(payment()) + "}"
    )
    assert krw.response.amount == Decimal(64900) and str(krw.response.amount) == "64900"
    assert '"amount":64900' in written


def test_envelope_parses_seed_response() -> None:
    body = {"code": 0, "message": None, "response": payment()}
    parsed = models.PaymentEnvelope.from_dict(body)
    assert parsed.response.status is models.PaymentStatus.PAID
    assert parsed.response.amount == Decimal(64900) and type(parsed.response.amount) is Decimal
    assert parsed.response.vbank_num is None  # JSON null
    assert parsed.to_dict() == {**without_nulls(body), "message": None}  # message is required


def test_generated_package_imports_every_module() -> None:
    names = [m.name for m in pkgutil.walk_packages(iamport_api.__path__, "iamport_api.")]
    assert len(names) > 50
    for name in names:
        importlib.import_module(name)
    api_modules = [n for n in names if n.count(".") == 3 and n.startswith("iamport_api.api.")]
    assert sorted(n.rsplit(".", 1)[1] for n in api_modules) == sorted(OP_IDS)
