"""Distil the vendor's V1 OpenAPI file into ``spec/vendor-facts.json``: facts only, no prose.

The vendor file lives outside this repository, so nothing in the tests reads it; they read the
committed facts file this script writes. Refresh it when a newer vendor file is at hand::

    python tools/vendor_facts.py PATH/TO/portone-v1-openapi.json

``--check PATH`` fails when the committed file differs from what PATH would give.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FACTS = ROOT / "spec" / "vendor-facts.json"
METHODS = ("get", "post", "put", "delete")


def _type(schema: Any) -> str:
    """A short type word: integer, string, ..., ``array<T>``, or the referenced definition."""
    if not isinstance(schema, dict):  # the vendor file writes some array items as a bare word
        return str(schema)
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    kind = str(schema.get("type", "object"))
    if kind == "array":
        return f"array<{_type(schema.get('items', {}))}>"
    return kind


def _parameter(raw: dict[str, Any]) -> dict[str, Any]:
    fact: dict[str, Any] = {
        "name": raw["name"],
        "in": raw["in"],
        "required": bool(raw.get("required", False)),
    }
    fact["type"] = _type(raw["schema"]) if "schema" in raw else _type(raw)
    if "enum" in raw:
        fact["enum"] = list(raw["enum"])
    return fact


def distil(vendor: dict[str, Any]) -> dict[str, Any]:
    operations = []
    for path, item in sorted(vendor["paths"].items()):
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            operations.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "operationId": op.get("operationId"),
                    "parameters": [_parameter(p) for p in op.get("parameters", [])],
                    "responses": sorted(str(code) for code in op.get("responses", {})),
                }
            )
    definitions = {}
    for name, schema in sorted(vendor["definitions"].items()):
        props = schema.get("properties", {})
        definitions[name] = {
            "required": sorted(schema.get("required", [])),
            "properties": {key: _type(value) for key, value in sorted(props.items())},
        }
    return {
        "about": "Facts distilled from the vendor's V1 OpenAPI file by tools/vendor_facts.py.",
        "operations": operations,
        "definitions": definitions,
    }


def render(vendor: dict[str, Any]) -> str:
    return json.dumps(distil(vendor), ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vendor_file", type=Path, help="the vendor's portone-v1-openapi.json")
    parser.add_argument("--check", action="store_true", help="fail when the facts are stale")
    args = parser.parse_args(argv)
    text = render(json.loads(args.vendor_file.read_text(encoding="utf-8")))
    if args.check:
        if FACTS.read_text(encoding="utf-8") != text:
            print(f"{FACTS.name} is stale: rerun tools/vendor_facts.py", file=sys.stderr)
            return 1
        return 0
    FACTS.write_text(text, encoding="utf-8")
    print(f"wrote {FACTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
