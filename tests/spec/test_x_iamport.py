"""Every operation states its client facts once, in the spec's ``x-iamport``: the resource and
method it is on, and how safe it is to send twice. Everything else (the generated resource
classes, the docs' operation table, the test walks) reads them from here."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.support.spec_ops import HTTP_METHODS, SPEC, SPEC_PATH, operations

SPEC_TEXT = SPEC_PATH.read_text(encoding="utf-8")
SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")
KINDS = {"read", "write", "money", "token"}
FACTS = {
    "resource", "method", "kind", "check", "paged", "seed",
    "order", "require_any", "together", "ascending", "currency",
}  # fmt: skip
#: paid: approved or PaymentFailedError (ready: PaymentPendingError); issued: a virtual account
#: or store code (ready is success, failed is PaymentFailedError); cancelled: the answer must
#: describe the payment asked for.
CHECKS = {"paid", "issued", "cancelled"}
ALL = [
    (path, http, op) for path, item in SPEC["paths"].items() for http in HTTP_METHODS
    if (op := item.get(http)) is not None
]  # fmt: skip


@pytest.mark.parametrize(("path", "http", "op"), ALL, ids=lambda v: v if isinstance(v, str) else "")
def test_every_operation_says_where_it_lives_and_how_risky_it_is(
    path: str, http: str, op: dict[str, Any]
) -> None:
    facts = op.get("x-iamport")
    assert isinstance(facts, dict), f"{op['operationId']} has no x-iamport"
    assert set(facts) <= FACTS, facts
    assert all(SNAKE.match(name) for name in facts.get("seed", [])), facts
    assert SNAKE.match(facts["resource"]) and SNAKE.match(facts["method"]), facts
    assert not facts["method"].startswith("iter"), "iter_* names belong to the page iterators"
    assert facts["kind"] in KINDS
    if http == "get":
        assert facts["kind"] == "read", f"{op['operationId']}: a GET is a read"
    else:
        assert facts["kind"] != "read", f"{op['operationId']}: only GETs are reads"
    if facts.get("check") is not None:
        assert facts["check"] in CHECKS and facts["kind"] == "money"
    if facts.get("paged"):
        names = [p.get("name") or p["$ref"].rsplit("/", 1)[1].lower() for p in op["parameters"]]
        assert http == "get" and "page" in names


def test_method_names_are_unique_per_resource() -> None:
    seen: dict[tuple[str, str], str] = {}
    for op in operations():
        key = (op.resource, op.method)
        assert key not in seen, f"{op.op_id} and {seen[key]} are both {key}"
        seen[key] = op.op_id


def test_only_the_token_exchange_is_a_token_call() -> None:
    tokens = [op.op_id for op in operations() if op.kind == "token"]
    assert tokens == ["get_token"]


#: Bodies that name an amount without moving it: the expected amount of an order, a receipt.
NOT_A_CHARGE = re.compile(r"prepare|receipt")


def _charges(op: dict[str, Any]) -> bool:
    """A POST whose body requires an amount, other than an expectation or a receipt."""
    content = op.get("requestBody", {}).get("content", {}).get("application/json", {})
    ref = content.get("schema", {}).get("$ref", "")
    schema = SPEC["components"]["schemas"].get(ref.rsplit("/", 1)[-1], {}) if ref else {}
    required = schema.get("required", [])
    return "amount" in required and not NOT_A_CHARGE.search(op["operationId"])


def test_calls_that_charge_an_amount_are_money() -> None:
    charging = [(op["operationId"], op["x-iamport"]["kind"]) for _, _, op in ALL if _charges(op)]
    assert charging  # the rule is about the spec's own operations, whatever they are
    for op_id, kind in charging:
        assert kind == "money", f"{op_id} charges an amount: kind must be money"


def test_cancels_and_schedule_retries_are_money() -> None:
    refunds = re.compile(r"(^|_)cancel(_payment)?$|approve_cancel|approve_return|retry_schedule")
    found = [op for _, http, op in ALL if http == "post" and refunds.search(op["operationId"])]
    assert found
    for op in found:
        assert op["x-iamport"]["kind"] == "money", op["operationId"]


def _payment_answer(op: dict[str, Any]) -> bool:
    """Whether the success answer's payload is a ``Payment``."""
    ok = op["responses"].get("200", {})
    ref = ok.get("$ref", "").rsplit("/", 1)[-1]
    response = SPEC["components"]["responses"].get(ref, ok)
    schema = response["content"]["application/json"]["schema"]
    first = schema.get("anyOf", [schema])[0]["$ref"].rsplit("/", 1)[-1]
    payload = SPEC["components"]["schemas"][first]["properties"]["response"]
    return bool(payload.get("$ref", "").endswith("/Payment"))


MONEY = [op for _, _, op in ALL if op["x-iamport"]["kind"] == "money"]


@pytest.mark.parametrize("op", MONEY, ids=lambda op: op["operationId"])
def test_every_money_operation_answering_a_payment_checks_it(op: dict[str, Any]) -> None:
    """A declined charge answered with code 0 must be impossible to miss: the spec says how."""
    if _payment_answer(op):
        assert op["x-iamport"].get("check") in CHECKS, f"{op['operationId']}: no check"


def _wire_names(op: dict[str, Any]) -> set[str]:
    names = set()
    for param in op.get("parameters", []):
        if "$ref" in param:
            param = SPEC["components"]["parameters"][param["$ref"].rsplit("/", 1)[-1]]
        names.add(param["name"])
    content = op.get("requestBody", {}).get("content", {}).get("application/json", {})
    ref = content.get("schema", {}).get("$ref", "")
    if ref:
        names |= set(SPEC["components"]["schemas"][ref.rsplit("/", 1)[-1]].get("properties", {}))
    return names


@pytest.mark.parametrize("op", MONEY, ids=lambda op: op["operationId"])
def test_every_money_operation_says_where_its_order_id_lives(op: dict[str, Any]) -> None:
    """So a lost answer always names the order(s) to look up."""
    order = op["x-iamport"].get("order")
    assert order, f"{op['operationId']}: no order"
    places = [order] if isinstance(order, str) else order
    for place in places:
        assert place.split("[].")[0] in _wire_names(op), place
        assert place.rsplit(".", 1)[-1] in ("merchant_uid", "imp_uid"), place


def test_groups_name_fields_of_their_operation() -> None:
    for _, _, op in ALL:
        for key in ("require_any", "together", "ascending"):
            for group in op["x-iamport"].get(key, []):
                assert len(group) >= 2 and set(group) <= _wire_names(op), (op["operationId"], group)


def test_spec_patterns_are_ascii_and_anchored() -> None:
    """Python's ``\\d`` is any Unicode digit: the spec's patterns say ``[0-9]``."""
    found = re.findall(r'pattern: "(.*)"', SPEC_TEXT)
    assert found
    for pattern in found:
        assert not re.search(r"\\\\[dDwWsSbB]", pattern), pattern
        assert pattern.startswith("^") and pattern.endswith("$"), pattern
