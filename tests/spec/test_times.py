"""Unix times are one fact of the spec (`format: unixtime`), and every model derives its KST
accessors from it (issue #20, point 7).

- every integer field and parameter described as "unix seconds" carries the mark, and nothing
  else does; the vendor's reference and the wrapper's argument tables agree where they can;
- every marked field `x` of every schema generates a read-only `x_kst -> datetime | None` that
  can clash with no field of any schema, and no unmarked field has one;
- built from a dict, every marked field reads back as the same moment in KST (+09:00), `0` and
  null as None, a fraction with its microseconds; a kept non-time raises a SpecMismatchError.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pickle
import pkgutil
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

import iamport_client._resources
from iamport_api import models
from iamport_api.types import KST, SpecMismatchError, kst_time, reading
from iamport_client import IamporterError
from iamport_client._resource import F, Op
from tests.spec.test_models import SCHEMAS, example, kinds, model_class, properties
from tests.spec.test_spec import OPERATIONS, SPEC, resolve

ROOT = Path(__file__).resolve().parents[2]
VENDOR: dict[str, Any] = json.loads((ROOT / "spec" / "vendor-facts.json").read_text("utf-8"))
MARK = "unixtime"
SUFFIX = "_kst"

# Our schema -> the vendor definition describing the same object.
VENDOR_DEFINITIONS = {
    "Token": "AuthAnnotation",
    "Payment": "PaymentAnnotation",
    "PaymentCancellation": "PaymentCancelAnnotation",
    "VbankDeposit": "VbankDepositAnnotation",
    "BillingKey": "CustomerAnnotation",
    "Schedule": "ScheduleResultAnnotation",
    "ScheduleItem": "ScheduleAnnotation",
    "Certification": "CertificationAnnotation",
    "PaymentBalanceHistory": "PaymentBalanceHistoriesAnnotation",
    "Receipt": "ReceiptAnnotation",
    "ExternalReceipt": "ExternalReceiptAnnotation",
    "EscrowLogis": "EscrowLogisAnnotation",
    "EscrowLogisInfo": "EscrowLogisInfoAnnotation",
    "NaverProductOrder": "NaverProductOrderAnnotation",
    "NaverReview": "NaverReviewAnnotation",
    "KcpQuickMember": "KcpQuickMemberAnnotation",
}
# Integers of the vendor's that are counts, codes or flags, not moments.
NOT_TIMES = {
    "card_quota", "card_type", "quantity", "product_count", "total", "next", "previous", "code",
    "error_code", "success", "page", "limit",
}  # fmt: skip


def says_unix_seconds(node: dict[str, Any]) -> bool:
    return "unix seconds" in (node.get("description") or "").lower()


def marked(node: dict[str, Any]) -> bool:
    return resolve(node).get("format") == MARK


def parameters() -> list[tuple[str, str, dict[str, Any]]]:
    """(METHOD path, name, parameter) for every parameter of every operation."""
    found = []
    for path, method, op in OPERATIONS:
        for raw in [*SPEC["paths"][path].get("parameters", []), *op.get("parameters", [])]:
            parameter = resolve(raw)
            found.append((f"{method.upper()} {path}", parameter["name"], parameter))
    return found


def body_fields(path: str, method: str) -> dict[str, dict[str, Any]]:
    """The top-level properties of an operation's JSON body."""
    body = SPEC["paths"][path][method].get("requestBody")
    if not body:
        return {}
    schema = resolve(resolve(body)["content"]["application/json"]["schema"])
    return {name: resolve(prop) for name, prop in (schema.get("properties") or {}).items()}


MARKED_FIELDS = sorted(
    (class_name, name) for class_name, name, prop, _ in properties() if marked(prop)
)
MARKED_PARAMETERS = sorted((where, name) for where, name, p in parameters() if marked(p["schema"]))


# ----------------------------------------------------------------------------- the mark


def test_every_unix_seconds_field_carries_the_mark_and_nothing_else_does() -> None:
    for _, _name, prop, where in properties():
        node = resolve(prop)
        if says_unix_seconds(node):
            assert marked(node), f"{where} is unix seconds: give it `format: {MARK}`"
        if marked(node):
            assert says_unix_seconds(node), f"{where}: `format: {MARK}` but not unix seconds"
            assert kinds(node) - {"null"} == {"integer"}, f"{where}: a unix time is an integer"
            # the Korean text says it too
            assert "UNIX 타임스탬프" in node.get("x-description-ko", ""), where
    for where, name, parameter in parameters():
        schema = parameter["schema"]
        assert says_unix_seconds(parameter) == marked(schema), f"{where} {name}"
        if marked(schema):
            assert kinds(schema) == {"integer"}, f"{where} {name}"
            assert schema.get("minimum") == 0, f"{where} {name}: a window starts at 0 or later"
    # anywhere else in the document (response headers, inline schemas): no stray marks
    stray = []

    def visit(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if node.get("format") == MARK and kinds(node) - {"null"} != {"integer"}:
                stray.append(where)
            for key, value in node.items():
                visit(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                visit(value, f"{where}[{index}]")

    visit(SPEC, "")
    assert stray == []
    assert MARKED_FIELDS and MARKED_PARAMETERS
    assert ("Payment", "paid_at") in MARKED_FIELDS and ("Token", "now") in MARKED_FIELDS
    assert f"format: {MARK}" in SPEC["info"]["description"]  # the mark is explained to readers


def test_time_named_integers_are_marked() -> None:
    """A field named like a moment (`*_at`, `*_date`, `*_due`, `*_datetime`, `now`, `inserted`,
    `updated`, `created`) that is an integer is unix seconds: its description must say so."""
    for _, name, prop, where in properties():
        node = resolve(prop)
        time_like = name.endswith(("_at", "_date", "_due", "_datetime")) or name in {
            "now", "inserted", "updated", "created",
        }  # fmt: skip
        if time_like and "integer" in kinds(node):
            assert marked(node), f"{where} looks like a moment: is it unix seconds?"
        if time_like and "string" in kinds(node):  # e.g. `receiving_at`: a `YYYYMMDD` text
            assert not marked(node), where


def test_the_vendor_agrees_where_it_can() -> None:
    definitions = VENDOR["definitions"]
    compared = 0
    for ours, theirs in VENDOR_DEFINITIONS.items():
        their_types = definitions[theirs]["properties"]
        for name, prop in SCHEMAS[ours]["properties"].items():
            if name not in their_types:
                continue
            compared += 1
            if marked(prop):
                assert their_types[name] == "integer", f"{ours}.{name}: vendor {their_types[name]}"
            elif their_types[name] == "integer":  # one of their integers we do not call a time
                assert name in NOT_TIMES or resolve(prop).get("format") == "decimal", (
                    f"{ours}.{name} is an integer in {theirs}: a time left unmarked?"
                )
    assert compared
    # the vendor's operations: a marked parameter or body field is an integer there too
    ops = {(op["method"], op["path"]): op for op in VENDOR["operations"]}
    checked = 0
    for path, method, _ in OPERATIONS:
        vendor_op = ops.get((method.upper(), path))
        if vendor_op is None:
            continue
        where = f"{method.upper()} {path}"
        arguments = {name: p["schema"] for w, name, p in parameters() if w == where}
        arguments |= body_fields(path, method)
        for param in vendor_op["parameters"]:
            mine = arguments.get(param["name"])
            if mine is None:
                continue
            if marked(mine):
                assert param["type"] == "integer", f"{method} {path} {param['name']}"
                checked += 1
            elif param["type"] == "integer":
                assert param["name"] in NOT_TIMES or resolve(mine).get("format") == "decimal", (
                    f"{method} {path} {param['name']}: a time left unmarked?"
                )
    assert checked


def _wrapper_ops() -> list[Op]:
    found = []
    for info in pkgutil.iter_modules(iamport_client._resources.__path__):
        module = importlib.import_module(f"iamport_client._resources.{info.name}")
        found += [value for value in vars(module).values() if isinstance(value, Op)]
    return found


def _codes(limits: dict[str, Any], spec: dict[str, Any], where: str) -> list[str]:
    """Each marked leaf of a spec schema, checked against the wrapper's nested code table."""
    spec = resolve(spec)
    seen = []
    for name, prop in (spec.get("properties") or {}).items():
        entry = (limits.get("props") or {}).get(name)
        node = resolve(prop)
        if marked(node):
            assert entry is not None and entry["code"] == "int", f"{where}.{name}: {entry}"
            seen.append(f"{where}.{name}")
        elif entry is not None and "object" in kinds(node):
            seen += _codes(entry, node, f"{where}.{name}")
    if "items" in spec and "items" in limits:
        seen += _codes(limits["items"], spec["items"], f"{where}[]")
    return seen


def test_the_wrapper_takes_every_marked_argument_as_an_int() -> None:
    """The wrapper's argument tables (generated from the same spec) check unix times as ints."""
    by_route = {(op.http, op.path): op for op in _wrapper_ops()}
    wanted = set(MARKED_PARAMETERS)
    seen_parameters = set()
    seen_body = []
    for path, method, _ in OPERATIONS:
        op = by_route[(method, path)]
        fields: dict[str, F] = {f.name: f for f in op.fields}
        where = f"{method.upper()} {path}"
        for w, name, parameter in parameters():
            if w == where and marked(parameter["schema"]):
                assert fields[name].code == "int", f"{where} {name}"
                seen_parameters.add((where, name))
        for name, prop in body_fields(path, method).items():
            if name not in fields:
                continue
            if marked(prop):
                assert fields[name].code == "int", f"{where} {name}"
                seen_body.append(f"{where} {name}")
            elif fields[name].code in ("array", "object"):
                seen_body += _codes(fields[name].limits, prop, f"{where} {name}")
    assert seen_parameters == wanted
    assert any("schedules[].schedule_at" in seen for seen in seen_body)
    assert any(seen.endswith(" vbank_due") for seen in seen_body)


# ----------------------------------------------------------------------------- the accessors


def _model_fields() -> dict[str, set[str]]:
    """Every generated model's attrs field names."""
    found = {}
    for name in models.__all__:
        cls = getattr(models, name)
        if attrs.has(cls):
            found[name] = {field.name for field in attrs.fields(cls)}
    return found


def test_every_marked_field_has_an_accessor_that_clashes_with_nothing() -> None:
    fields = _model_fields()
    every_field = set().union(*fields.values())
    spec_names = {name for _, name, _, _ in properties()} | {n for _, n, _ in parameters()}
    assert not [n for n in spec_names if n.endswith(SUFFIX)], "a spec name ends in _kst"
    for class_name, name in MARKED_FIELDS:
        cls = model_class(class_name)
        accessor = name + SUFFIX
        assert accessor not in every_field, f"{accessor} is a field of some model"
        assert accessor not in spec_names
        member = inspect.getattr_static(cls, accessor)
        assert isinstance(member, property) and member.fset is None, f"{class_name}.{accessor}"
        assert member.fget is not None
        assert member.fget.__annotations__["return"] == "datetime | None"
        assert cls.__annotations__[name] in ("int", "int | None"), "the raw field stays an int"
    # ...and no model has an accessor the spec does not ask for
    wanted = {(model_class(c).__name__, n + SUFFIX) for c, n in MARKED_FIELDS}
    for model_name in fields:
        cls = getattr(models, model_name)
        for attr in vars(cls):
            if attr.endswith(SUFFIX):
                assert (model_name, attr) in wanted, f"{model_name}.{attr} is not asked for"
    assert len(wanted) == len(MARKED_FIELDS)


def _owner(class_name: str) -> dict[str, Any]:
    schema: dict[str, Any] | None = SCHEMAS.get(class_name)
    assert schema is not None, f"{class_name}: a marked field inside an inline object"
    return schema


MOMENT = 1764600000  # 2025-12-01T14:40:00Z, 23:40 in Seoul


@pytest.mark.parametrize(("class_name", "name"), MARKED_FIELDS)
def test_every_marked_field_reads_as_kst(class_name: str, name: str) -> None:
    schema = _owner(class_name)
    cls = model_class(class_name)
    accessor = name + SUFFIX
    data = example(schema, full=True)
    core = name in schema.get("x-iamport-core", [])

    data[name] = MOMENT
    model = cls.from_dict(data)
    moment = getattr(model, accessor)
    assert getattr(model, name) == MOMENT  # the raw field is unchanged
    assert moment == datetime(2025, 12, 1, 14, 40, tzinfo=UTC)
    assert moment.utcoffset() == timedelta(hours=9) and moment.tzname() == "KST"
    assert moment.isoformat() == "2025-12-01T23:40:00+09:00"
    assert moment.timestamp() == MOMENT
    assert moment.astimezone(UTC).isoformat() == "2025-12-01T14:40:00+00:00"

    data[name] = 0  # Iamport's "not yet"
    assert getattr(cls.from_dict(data), accessor) is None
    assert getattr(cls.from_dict(data), name) == 0
    if name not in schema.get("required", []):
        del data[name]
        assert getattr(cls.from_dict(data), accessor) is None
    if "null" in kinds(schema["properties"][name]):
        data[name] = None
        assert getattr(cls.from_dict(data), accessor) is None

    # a fraction on the wire: the tolerant reader keeps its whole second
    data[name] = Decimal("1764600000.75")
    with reading(strict=False):
        parsed = cls.from_dict(data)
    assert getattr(parsed, name) == MOMENT
    assert getattr(parsed, accessor).isoformat() == "2025-12-01T23:40:00+09:00"
    # a fraction set by hand keeps its microseconds
    parsed_any: Any = parsed
    parsed_any.__setattr__(name, 1764600000.25)
    assert getattr(parsed, accessor).isoformat() == "2025-12-01T23:40:00.250000+09:00"

    # something that is no moment: kept by the tolerant reader outside the core, and then the
    # accessor refuses it naming the field; the strict core refuses it while parsing
    data[name] = "tomorrow"
    with reading(strict=False):
        if core:
            with pytest.raises(SpecMismatchError, match=name):
                cls.from_dict(data)
            return
        kept = cls.from_dict(data)
    with pytest.raises(SpecMismatchError) as caught:
        getattr(kept, accessor)
    assert isinstance(caught.value, IamporterError)
    assert caught.value.path == name and "unix seconds" in str(caught.value)
    assert "tomorrow" not in str(caught.value)  # only its type is named
    again = pickle.loads(pickle.dumps(caught.value))
    assert type(again) is SpecMismatchError and str(again) == str(caught.value)


def test_kst_is_a_fixed_nine_hours_named_kst() -> None:
    assert KST.utcoffset(None) == timedelta(hours=9) and KST.tzname(None) == "KST"
    assert timezone(timedelta(hours=9)) == KST
    # summer and winter alike: Korea keeps no daylight saving time
    for month in (1, 7):
        moment = kst_time(datetime(2026, month, 1, tzinfo=UTC).timestamp(), "x")
        assert moment is not None and moment.hour == 9 and moment.utcoffset() == timedelta(hours=9)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        (0, None),
        (0.0, None),
        (Decimal(0), None),
        (1, "1970-01-01T09:00:01+09:00"),
        (-1, "1970-01-01T08:59:59+09:00"),
        (MOMENT, "2025-12-01T23:40:00+09:00"),
        (1764600000.123, "2025-12-01T23:40:00.123000+09:00"),
        (Decimal("1764600000.000001"), "2025-12-01T23:40:00.000001+09:00"),
        (Decimal("1764600000.1234565"), "2025-12-01T23:40:00.123456+09:00"),
        (253402268399, "9999-12-31T23:59:59+09:00"),  # the last second a datetime holds
    ],
)
def test_kst_time_values(value: object, expected: str | None) -> None:
    moment = kst_time(value, "paid_at")
    assert (None if moment is None else moment.isoformat()) == expected


@pytest.mark.parametrize(
    "value",
    [
        "1764600000", True, False, [1], {}, float("nan"), float("inf"), Decimal("NaN"),
        Decimal("1e40"), 253402268400, -62135629201, 10**40,
    ],
)  # fmt: skip
def test_kst_time_refuses_what_is_no_moment(value: object) -> None:
    with pytest.raises(SpecMismatchError) as caught:
        kst_time(value, "paid_at")
    assert caught.value.path == "paid_at" and isinstance(caught.value, IamporterError)


def test_the_zone_is_importable_where_users_import_models() -> None:
    import iamport_client.models as user_models

    assert user_models.KST is KST and "KST" in user_models.__all__
    assert KST.utcoffset(None) == timedelta(hours=9) and KST.tzname(None) == "KST"
