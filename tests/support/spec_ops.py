"""The spec's operations and their generated argument tables, for tests that walk all of them.

Nothing here restates an operation fact: names, kinds, paths and constraints come from
``spec/iamport.yaml`` (``x-iamport``) and from the tables generated from it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, find, settings
from hypothesis import strategies as st

from iamport_client import _resources
from iamport_client._resource import F, Op

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "iamport.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
HTTP_METHODS = ("get", "post", "put", "delete", "patch")


@dataclass(frozen=True)
class SpecOperation:
    """One path-operation of the spec with its ``x-iamport`` facts."""

    op_id: str
    http: str
    path: str
    resource: str
    method: str
    kind: str
    paged: bool
    check: str | None
    summary: str
    seed: tuple[str, ...]

    @property
    def table(self) -> Op:
        """The generated argument table of this operation."""
        table: Op = getattr(_resources, f"_{self.op_id.upper()}")
        return table

    @property
    def iterator(self) -> str | None:
        """The name of the page iterator of a paged list, else ``None``."""
        if not self.paged:
            return None
        name = "iter_" + self.method.removeprefix("list_").removeprefix("list")
        return name.rstrip("_") if name != "iter_" else "iter"


def operations(spec: dict[str, Any] = SPEC) -> list[SpecOperation]:
    """Every path-operation of ``spec``, in spec order."""
    found = []
    for path, item in spec["paths"].items():
        for http in HTTP_METHODS:
            if http in item:
                op = item[http]
                facts = op["x-iamport"]
                found.append(
                    SpecOperation(
                        op["operationId"],
                        http,
                        path,
                        facts["resource"],
                        facts["method"],
                        facts["kind"],
                        bool(facts.get("paged")),
                        facts.get("check"),
                        op.get("summary", ""),
                        tuple(facts.get("seed", ())),
                    )
                )
    return found


OPERATIONS = operations()
RESOURCES = sorted({op.resource for op in OPERATIONS})
#: The seed-compatible client methods, as the spec names them.
SEED_METHODS = {name for op in OPERATIONS for name in op.seed}


def sample(f: F) -> Any:
    """A value that satisfies the field's constraints (for fields a test does not care about)."""
    limits = f.limits
    code = f.code
    if "enum" in limits:
        return limits["enum"][0]
    if code == "str":
        pattern = limits.get("pattern")
        return "x" if pattern is None else _matching(pattern)
    if code == "int":
        return max(1, int(limits.get("minimum", 1)))
    if code == "money":
        return Decimal(1000)
    if code == "bool":
        return True
    if code in ("array", "str_or_array"):
        items = limits.get("items")
        if items is None:
            return ["x"]
        return [sample(F(f.name, f.py, f.where, True, items["code"], items))]
    if code == "object":
        props = limits.get("props", {})
        return {
            name: sample(F(name, name, f.where, True, props[name]["code"], props[name]))
            for name in limits.get("required", ())
        }
    return "x"


@functools.cache
def _matching(pattern: str) -> str:
    """A (simplest) string matching ``pattern``."""
    found: str = find(
        st.from_regex(pattern, fullmatch=True),
        lambda _: True,
        settings=settings(database=None, suppress_health_check=list(HealthCheck)),
    )
    return found


def required_arguments(table: Op) -> dict[str, Any]:
    """Sample values for every required argument of an operation."""
    wanted = {f.name for f in table.fields if f.required}
    wanted |= {group[0] for group in table.require_any}  # "give imp_uid or merchant_uid"
    args = {f.py: sample(f) for f in table.fields if f.name in wanted}
    py = {f.name: f.py for f in table.fields}
    for group in table.ascending:  # a window's start before its end
        for step, name in enumerate(group):
            if py[name] in args:
                args[py[name]] += step
    return args
