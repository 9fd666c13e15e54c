"""The strict core is what the spec marks, for every field of every answer (derived, #17-2).

For each schema an answer can hold and each of its properties, a valid object is built from
the spec, that one property is given a value of the wrong JSON type, and the generated model
parses it: with the tolerant reader a core property (``x-iamport-core``, or money) is refused
and any other is kept and recorded under its own path; with a strict reader every one is
refused. A new field or schema is covered without editing this file.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml

from iamport_api.types import SpecMismatchError, reading

SPEC = yaml.safe_load((Path(__file__).parents[2] / "spec" / "iamport.yaml").read_text("utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]


def _ref(node: dict[str, Any]) -> str | None:
    ref = node.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _answer_schemas() -> list[str]:
    seen: set[str] = set()
    todo = [name for name in SCHEMAS if name.endswith("Envelope")]

    def refs(node: Any) -> list[str]:
        if isinstance(node, dict):
            found = [r] if (r := _ref(node)) else []
            return found + [x for v in node.values() for x in refs(v)]
        if isinstance(node, list):
            return [x for v in node for x in refs(v)]
        return []

    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo += refs(SCHEMAS[name])
    return sorted(n for n in seen if "properties" in SCHEMAS[n])


def _types(node: dict[str, Any]) -> list[str]:
    kind = node.get("type")
    return [kind] if isinstance(kind, str) else list(kind or [])


def _valid(node: dict[str, Any], depth: int = 0) -> Any:
    """A value the spec accepts for ``node``."""
    name = _ref(node)
    if name:
        return _valid(SCHEMAS[name], depth)
    for option in node.get("oneOf") or node.get("anyOf") or []:
        if "null" not in _types(option):
            return _valid(option, depth)
    if "enum" in node:
        return node["enum"][0]
    types = [t for t in _types(node) if t != "null"]
    kind = types[0] if types else None
    if kind == "object" or "properties" in node:
        return {
            key: _valid(prop, depth + 1)
            for key, prop in (node.get("properties") or {}).items()
            if key in (node.get("required") or [])
        }
    return {"string": "x", "integer": 1, "number": 1, "boolean": True, "array": []}.get(
        kind or "", "x"
    )


def _wrong(node: dict[str, Any]) -> Any:
    """A value of a JSON type the spec does not allow for ``node``, or None if any goes."""
    name = _ref(node)
    target = SCHEMAS[name] if name else node
    types = set(_types(target))
    for option in node.get("oneOf") or []:
        types |= set(_types(SCHEMAS[_ref(option)] if _ref(option) else option))
    if not types and "enum" not in target and "properties" not in target:
        return None  # no type: anything is valid
    return "a string" if "array" in types else ["not", "this"]


def _module_of(schema: str) -> Any:
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", schema).lower()
    return importlib.import_module(f"iamport_api.models.{snake}")


CASES = [
    (schema, prop)
    for schema in _answer_schemas()
    for prop, node in SCHEMAS[schema]["properties"].items()
    if _wrong(node) is not None
]


def test_the_walk_covers_the_answers() -> None:
    covered = {schema for schema, _ in CASES}
    assert {"Payment", "BillingKey", "Token", "PaymentEnvelope", "Schedule"} <= covered
    assert len(CASES) > 100


@pytest.mark.parametrize(("schema", "prop"), CASES, ids=[f"{s}.{p}" for s, p in CASES])
def test_core_is_refused_and_the_rest_kept(schema: str, prop: str) -> None:
    spec = SCHEMAS[schema]
    node = spec["properties"][prop]
    model = getattr(_module_of(schema), schema)
    body = _valid(spec)
    body[prop] = _wrong(node)
    core = prop in spec.get("x-iamport-core", []) or node.get("format") == "decimal"
    with reading(False) as reader:
        if core:
            with pytest.raises(SpecMismatchError) as caught:
                model.from_dict(body)
            assert caught.value.path.split(".")[0].split("[")[0] == prop
            return
        parsed = model.from_dict(body)
    assert [r[0] for r in reader.found] == [prop], reader.found
    names = {name.rstrip("_"): name for name in attrs.fields_dict(model)}
    assert getattr(parsed, names[prop]) == body[prop]  # kept as sent
    with reading(True), pytest.raises(SpecMismatchError) as caught:
        model.from_dict(body)
    assert caught.value.drift and caught.value.path == prop
