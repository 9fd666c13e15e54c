"""Write the clients' resource classes from the spec's ``x-iamport`` facts.

Every operation of ``spec/iamport.yaml`` carries ``x-iamport: {resource, method, kind}`` (and
optionally ``check``, ``paged``). This step turns them into wrapper modules:

- ``wrapper/iamport_client/_resources/<resource>.py``, one module per resource: its sync class
  and its async class, one method per operation whose keyword arguments are the operation's
  path, query, header and body fields typed from their schemas, and one ``Op`` table per
  operation holding the constraints that the runtime validator (``_resource.py``) checks before
  anything is sent;
- ``wrapper/iamport_client/_resources/__init__.py``: which module holds which class and table
  (it imports none of them);
- ``wrapper/iamport_client/_resource_index.py``: the clients' typed, lazily loading resource
  attributes.

Run by ``generator/generate.py`` (``make generate``; ``make check-generated`` compares it byte for
byte), or alone::

    python generator/resources.py [--spec PATH] [--out-dir DIR]
"""

from __future__ import annotations

import argparse
import keyword
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "iamport.yaml"
WRAPPER = ROOT / "wrapper" / "iamport_client"
#: one module per resource, and an ``__init__`` saying where each name lives
OUT_DIR = WRAPPER / "_resources"
INDEX = WRAPPER / "_resource_index.py"
#: generated files of earlier layouts: ``write`` deletes them, ``stale`` reports them
LEGACY = ("_resources.py",)
LINE_LENGTH = 100  # pyproject.toml [tool.ruff]
METHODS = ("get", "post", "put", "delete", "patch")
KINDS = ("read", "write", "money", "token")
#: The JSON Schema keywords the runtime validator enforces.
CONSTRAINTS = (
    "maxLength",
    "minLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "minItems",
    "maxItems",
)
#: ``x-iamport: {check: ...}``: how a money operation's answer is checked (see _resource.py).
CHECKS = ("paid", "issued", "cancelled")
#: Regular-expression escapes that match non-ASCII text in Python (``\\d`` is any Unicode digit).
UNICODE_CLASSES = re.compile(r"\\[dDwWsSbB]")
#: The spec's mark of unix seconds: such an argument also takes an aware datetime.
TIME = "unixtime"
#: The ``concurrency=`` default of every ``iter_*`` (``_resource.DEFAULT_PAGE_CONCURRENCY``).
PAGE_CONCURRENCY = 4


@dataclass
class Field:
    """One argument of a method: where it goes on the wire and what it may hold."""

    name: str  # wire name
    py: str  # Python keyword
    where: str  # path, query, header, body
    required: bool
    type: str  # Python annotation
    code: str  # runtime type code: str, int, bool, money, array, object, any
    description: str = ""
    limits: dict[str, Any] = field(default_factory=dict)
    times: tuple[str, ...] = ()  # unix-seconds members (of each item when ``many``)
    many: bool = False


@dataclass
class Operation:
    """One operation of the spec and everything the generated method needs."""

    op_id: str
    http: str
    path: str
    resource: str
    method: str
    kind: str
    summary: str
    fields: list[Field]
    envelope: str  # generated model of the success envelope
    payload: str  # annotation of the result's data
    body_model: str | None
    check: str | None
    paged: bool
    item: str | None
    seed: tuple[str, ...] = ()
    order: tuple[str, ...] = ()
    require_any: tuple[tuple[str, ...], ...] = ()
    together: tuple[tuple[str, ...], ...] = ()
    ascending: tuple[tuple[str, ...], ...] = ()
    currency: str | None = "KRW"
    item_ids: tuple[str, ...] = ()  # the fields that tell a page's items apart


class Spec:
    """The spec with ``$ref`` resolution."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def ref(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            parts = node["$ref"].removeprefix("#/").split("/")
            target: Any = self.doc
            for part in parts:
                target = target[part]
            node = target
        return node

    @staticmethod
    def ref_name(node: Any) -> str | None:
        if isinstance(node, dict) and "$ref" in node:
            return str(node["$ref"]).rsplit("/", 1)[1]
        return None


def py_name(name: str) -> str:
    text = re.sub(r"\W+", "_", name.removesuffix("[]")).strip("_")  # extra[requester]
    return f"{text}_" if keyword.iskeyword(text) else text


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def typing_of(spec: Spec, node: Any, depth: int = 0) -> tuple[str, str, dict[str, Any]]:
    """(annotation, runtime code, constraints) of a schema.

    The constraints are a tree the runtime validator walks: ``items`` for a list's items,
    ``props`` (and ``required``) for an object's members, each with its own ``code``.
    """
    schema = spec.ref(node)
    if depth > 8:
        return "Any", "any", {}
    limits: dict[str, Any] = {}
    for key in CONSTRAINTS:
        if key in schema:
            limits[key] = schema[key]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if "enum" in schema:
        values = [v for v in schema["enum"] if v is not None]
        limits["enum"] = values
        literal = "Literal[" + ", ".join(repr(v) for v in values) + "]"
        named = spec.ref_name(node)
        if named is not None and kind == "string":
            # A named enum is also a generated StrEnum: its members are accepted as well.
            return f"{literal} | {named}", "str", limits
        return literal, "str", limits
    if schema.get("x-money") or schema.get("format") == "decimal" or kind == "number":
        # Money, whatever its JSON type: an integer-typed amount is money in whole units.
        if kind == "integer":
            limits["integer"] = True
        return "Amount", "money", limits
    if kind == "string":
        return "str", "str", limits
    if kind == "integer":
        return ("int | datetime" if schema.get("format") == TIME else "int"), "int", limits
    if kind == "boolean":
        return "bool", "bool", limits
    if kind == "array":
        inner, code, inner_limits = typing_of(spec, schema.get("items", {}), depth + 1)
        limits["items"] = {"code": code, **inner_limits}
        return f"Sequence[{inner}]", "array", limits
    if kind == "object":
        props = schema.get("properties")
        if isinstance(props, dict) and props:
            members = {}
            for name, prop in props.items():
                _, code, inner_limits = typing_of(spec, prop, depth + 1)
                members[name] = {"code": code, **inner_limits}
            limits["props"] = members
            if schema.get("required"):
                limits["required"] = list(schema["required"])
            if schema.get("additionalProperties") is False:
                limits["closed"] = True
        return "Mapping[str, Any]", "object", limits
    for key in ("anyOf", "oneOf"):
        if key in schema:
            parts = [typing_of(spec, s, depth + 1) for s in schema[key]]
            codes = {code for _, code, _ in parts}
            annotation = " | ".join(dict.fromkeys(a for a, _, _ in parts))
            if codes <= {"str", "array"} and "str" in codes:  # "a URL or a list of URLs"
                both: dict[str, Any] = {}
                for _, code, inner_limits in parts:
                    both.update(inner_limits if code == "array" else {"text": inner_limits})
                return annotation, "str_or_array", both
            return annotation, "any", {}
    return "Any", "any", limits


def times_of(spec: Spec, node: Any) -> tuple[tuple[str, ...], bool]:
    """The unix-seconds members of an object argument, or of each item of a list argument."""
    schema = spec.ref(node)
    many = "items" in schema
    members = (spec.ref(schema["items"]) if many else schema).get("properties") or {}
    names = tuple(name for name, prop in members.items() if spec.ref(prop).get("format") == TIME)
    return names, many and bool(names)


def time_arg(f: Field) -> str:
    """The expression passing argument ``f`` on, aware datetimes made unix seconds."""
    if f.type == "int | datetime" or f.times:
        more = f", {f.times!r}, many={f.many}" if f.times else ""
        return f"unix_seconds({f.py}, {f.py!r}{more})"
    return f.py


def load(spec_path: Path) -> list[Operation]:
    spec = Spec(yaml.safe_load(spec_path.read_text(encoding="utf-8")))
    ops: list[Operation] = []
    for path, item in spec.doc["paths"].items():
        shared = item.get("parameters", [])
        for http in METHODS:
            if http not in item:
                continue
            op = item[http]
            facts = op.get("x-iamport")
            if not isinstance(facts, dict):
                raise SystemExit(f"{op.get('operationId')}: no x-iamport")
            fields: list[Field] = []
            for raw in [*shared, *op.get("parameters", [])]:
                param = spec.ref(raw)
                annotation, code, limits = typing_of(spec, param.get("schema", {}))
                where = param["in"]
                required = bool(param.get("required")) or where == "path"
                if where == "path":
                    limits.setdefault("minLength", 1)
                fields.append(
                    Field(
                        param["name"],
                        py_name(param["name"]),
                        where,
                        required,
                        annotation,
                        code,
                        (param.get("description") or "").strip(),
                        limits,
                    )
                )
            body_model = None
            if "requestBody" in op:
                schema_node = op["requestBody"]["content"]["application/json"]["schema"]
                body_model = spec.ref_name(schema_node)
                schema = spec.ref(schema_node)
                required_names = set(schema.get("required", []))
                for name, prop in schema.get("properties", {}).items():
                    annotation, code, limits = typing_of(spec, prop)
                    described = spec.ref(prop).get("description") or prop.get("description") or ""
                    times, many = times_of(spec, prop)
                    fields.append(
                        Field(
                            name,
                            py_name(name),
                            "body",
                            name in required_names,
                            annotation,
                            code,
                            described.strip(),
                            limits,
                            times,
                            many,
                        )
                    )
            names = [f.py for f in fields]
            if len(names) != len(set(names)) or "extra_body" in names:
                raise SystemExit(f"{op['operationId']}: two arguments share a Python name")
            envelope, payload, item_name = response_of(spec, op)
            kind = facts["kind"]
            if kind not in KINDS:
                raise SystemExit(f"{op['operationId']}: kind {kind!r} is not one of {KINDS}")
            paged = bool(facts.get("paged"))
            check, order = facts.get("check"), facts.get("order", ())
            order = (order,) if isinstance(order, str) else tuple(order)
            wire = {f.name for f in fields}
            if check is not None and check not in CHECKS:
                raise SystemExit(f"{op['operationId']}: check {check!r} is not one of {CHECKS}")
            if kind == "money" and not order:
                raise SystemExit(f"{op['operationId']}: a money operation names no order")
            if kind == "money" and payload == "Payment" and check is None:
                raise SystemExit(f"{op['operationId']}: a payment answer with no check")
            groups = {
                key: tuple(tuple(group) for group in facts.get(key, ()))
                for key in ("require_any", "together", "ascending")
            }
            named = [p.split("[]")[0] for p in order] + [
                n for g in groups.values() for group in g for n in group
            ]
            if not set(named) <= wire:
                raise SystemExit(f"{op['operationId']}: x-iamport names unknown fields {named}")
            for f in fields:
                pattern = f.limits.get("pattern")
                if isinstance(pattern, str) and UNICODE_CLASSES.search(pattern):
                    raise SystemExit(f"{op['operationId']}.{f.name}: {pattern} is not ASCII-only")
            if paged and (item_name is None or "page" not in names):
                raise SystemExit(f"{op['operationId']}: paged, but no page argument or list")
            item_ids = item_ids_of(spec, item_name) if paged and item_name else ()
            ops.append(
                Operation(
                    op_id=op["operationId"],
                    http=http,
                    path=path,
                    resource=facts["resource"],
                    method=facts["method"],
                    kind=kind,
                    summary=(op.get("summary") or "").strip(),
                    fields=fields,
                    envelope=envelope,
                    payload=payload,
                    body_model=body_model,
                    check=check,
                    paged=paged,
                    item=item_name if paged else None,
                    seed=tuple(facts.get("seed", ())),
                    order=order,
                    require_any=groups["require_any"],
                    together=groups["together"],
                    ascending=groups["ascending"],
                    currency=facts.get("currency", "KRW"),
                    item_ids=item_ids,
                )
            )
    return ops


def item_ids_of(spec: Spec, item: str) -> tuple[str, ...]:
    """The fields that identify an item of a page: its required, non-null ``*_uid`` and
    ``*_at`` fields (a payment's ``imp_uid``..., a schedule's ``customer_uid``,
    ``merchant_uid`` and ``schedule_at``). The page walker skips items it has handed out."""
    schema = spec.ref({"$ref": f"#/components/schemas/{item}"})
    ids = tuple(
        name
        for name in schema.get("required", [])
        if name.endswith(("_uid", "_at"))
        and "null" not in spec.ref(schema["properties"][name]).get("type", [])
        and spec.ref(schema["properties"][name]).get("type") in ("string", "integer")
    )
    if not ids:
        raise SystemExit(f"{item}: a page item needs a required *_uid or *_at field")
    return ids


def response_of(spec: Spec, op: dict[str, Any]) -> tuple[str, str, str | None]:
    """The success envelope's model, the payload annotation and a page's item model."""
    for status, response in op["responses"].items():
        if not str(status).startswith("2"):
            continue
        schema = spec.ref(response)["content"]["application/json"]["schema"]
        options = schema.get("anyOf", [schema])
        envelope = spec.ref_name(options[0])
        if envelope is None:
            raise SystemExit(f"{op['operationId']}: the success envelope is not a named schema")
        payload_node = spec.ref(options[0])["properties"]["response"]
        name = spec.ref_name(payload_node)
        item = None
        if name is not None and isinstance(spec.ref(payload_node).get("type"), list):
            payload = "Any"  # a nullable payload: the generated code makes no class of it
        elif name is not None:
            payload = name
            target = spec.ref(payload_node)
            listed = target.get("properties", {}).get("list")
            if target.get("type") == "object" and listed is not None:
                item = spec.ref_name(listed.get("items"))
        elif payload_node.get("type") == "array" and spec.ref_name(payload_node.get("items")):
            payload = f"builtins.list[{spec.ref_name(payload_node['items'])}]"
        else:
            payload = "Any"
        return envelope, payload, item
    raise SystemExit(f"{op['operationId']}: no 2xx response")


# --------------------------------------------------------------------------- rendering


def op_const(op: Operation) -> str:
    return f"_{op.op_id.upper()}"


def enum_models(annotation: str) -> list[str]:
    """The generated enum classes an annotation names (``Literal[...] | PaymentStatus``)."""
    return [
        part
        for part in annotation.split(" | ")
        if re.fullmatch(r"[A-Z]\w*", part) and part not in ("Amount", "Any")
    ]


def render_op(op: Operation) -> str:
    fields = []
    for f in op.fields:
        limits = ", ".join(f"{k!r}: {v!r}" for k, v in sorted(f.limits.items()))
        fields.append(
            f"        F({f.name!r}, {f.py!r}, {f.where!r}, {f.required!r}, {f.code!r}, "
            f"{{{limits}}}),"
        )
    check = f"{op.check!r}" if op.check else "None"
    facts = ""
    if op.order:
        facts += f"    order={op.order!r},\n"
    if op.require_any:
        facts += f"    require_any={op.require_any!r},\n"
    if op.together:
        facts += f"    together={op.together!r},\n"
    if op.ascending:
        facts += f"    ascending={op.ascending!r},\n"
    if op.currency != "KRW":
        facts += f"    currency={op.currency!r},\n"
    return (
        f"{op_const(op)} = Op(\n"
        f"    {op.op_id!r},\n"
        f"    {op.http!r},\n"
        f"    {op.path!r},\n"
        f"    {op.kind!r},\n"
        f"    {snake(op.envelope)!r},\n"
        f"    {op.envelope!r},\n"
        f"    (\n" + "\n".join(fields) + "\n    ),\n"
        f"    check={check},\n" + facts + ")\n"
    )


def signature(op: Operation) -> tuple[str, list[str]]:
    """The parameter list after ``self`` and the names passed on."""
    positional = [f for f in op.fields if f.where == "path"]
    required = [f for f in op.fields if f.where != "path" and f.required]
    optional = [f for f in op.fields if f.where != "path" and not f.required]
    parts = [f"{f.py}: {f.type}" for f in positional]
    keywords = [f"{f.py}: {f.type}" for f in required]
    keywords += [f"{f.py}: {f.type} | None = None" for f in optional]
    if op.body_model is not None:
        keywords.append(f"extra_body: Mapping[str, Any] | {op.body_model} | None = None")
    if keywords:
        parts.append("*")
        parts.extend(keywords)
    names = [f.py for f in op.fields]
    return ", ".join(parts), names


def docstring(op: Operation, indent: str, iterator: bool = False) -> str:
    lines = [op.summary.rstrip(".") + "." if op.summary else f"``{op.op_id}``."]
    if iterator:
        lines[0] = f"Every item of ``{op.method}`` across pages, fetched lazily ({op.summary})."
        lines.append("")
        lines += [
            "Ends at the last page (never past ``total``); skips items already handed out;",
            "raises ``InvalidResponseError`` on a repeated page, a runaway walk or an empty",
            "last page ``total`` contradicts. A failed page's error has its ``page``.",
        ]
    lines.append("")
    lines.append(f"``{op.http.upper()} {op.path}`` (``{op.op_id}``, kind ``{op.kind}``).")
    if op.kind == "money":
        lines.append(
            "Moves money: never resent after it may have reached the service; a lost answer"
        )
        lines.append("raises ``PaymentOutcomeUnknownError`` naming the order.")
    if op.check == "paid":
        lines.append("A declined payment raises ``PaymentFailedError``; a pending one")
        lines.append("``PaymentPendingError``.")
    elif op.check == "issued":
        lines.append("A failed issue raises ``PaymentFailedError``.")
    elif op.check == "cancelled":
        lines.append("An answer about another payment raises ``PaymentOutcomeUnknownError``.")
    if op.seed and not iterator:
        names = ", ".join(f"``client.{name}``" for name in op.seed)
        lines.append(f"Also reached through the client-level method(s) {names}.")
    documented = [f for f in op.fields if f.description]
    if documented or op.body_model:
        lines.append("")
        lines.append("Args:")
        for f in op.fields:
            if iterator and f.py == "page":
                continue  # the iterator walks the pages itself
            text = " ".join(f.description.split()) or "(see the spec)"
            if f.type == "int | datetime" or f.times:
                each = " of each item" if f.many else ""
                named = f" ({', '.join(f.times)}{each})" if f.times else ""
                text += f" An aware ``datetime``{named} is sent as its unix seconds."
            need = "" if f.required else " Optional."
            wrapped = textwrap.wrap(f"{f.py}: {text}{need}", 84 - len(indent))
            lines.append(f"    {wrapped[0]}")
            lines.extend(f"        {rest}" for rest in wrapped[1:])
        if op.body_model and not iterator:
            lines.append(
                f"    extra_body: More body fields (a mapping or a ``{op.body_model}``); the"
            )
            lines.append("        keyword arguments win over it.")
    if iterator:
        lines.append("    max_items: Stop after this many items. Optional.")
        lines.append(
            "    start_page: The page to begin with (resume a failed walk at its ``page``)."
        )
        lines.append("    concurrency: Pages held at once, fetched ahead concurrently and handed")
        lines.append("        out in order (1: one page at a time).")
    lines.append("")
    lines.append("Raises:")
    lines.append("    ValidationError: an argument breaks the spec (nothing is sent).")
    lines.append("    IamporterError: any other failure, with the server's status and message.")
    body = "\n".join((indent + line) if line else "" for line in lines)
    return f'{indent}"""{body.lstrip()}\n{indent}"""\n'


def render_method(op: Operation, is_async: bool) -> str:
    params, names = signature(op)
    by_py = {f.py: f for f in op.fields}
    args = ", ".join(f"{n!r}: {time_arg(by_py[n])}" for n in names)
    extra = "extra_body" if op.body_model is not None else "None"
    result = f"IamporterResult[{op.payload}]"
    head = "async def" if is_async else "def"
    wait = "await " if is_async else ""
    sep = ", " if params else ""
    out = f"    {head} {op.method}(self{sep}{params}) -> {result}:\n"
    out += docstring(op, "        ")
    out += f"        call = build({op_const(op)}, {{{args}}}, {extra})\n"
    out += f"        return {wait}self._run(call)\n"
    if op.paged and op.item is not None:
        plain = [f for f in op.fields if f.py not in ("page", "limit")]
        kept = [f for f in op.fields if f.py == "limit"]
        fake = Operation(**{**op.__dict__, "fields": [*plain, *kept]})
        params2, names2 = signature(fake)
        args2 = ", ".join(f"{n!r}: {time_arg(by_py[n])}" for n in names2)
        extra2 = "extra_body" if op.body_model is not None else "None"
        kind = "AsyncIterator" if is_async else "Iterator"
        helper = "apages" if is_async else "pages"
        sep2 = ", " if params2 else ""
        star = "" if "*" in params2.split(", ") else ", *"
        if not params2:
            star = ", *"
        out += "\n"
        name = "iter_" + op.method.removeprefix("list_").removeprefix("list")
        name = name.rstrip("_") if name != "iter_" else "iter"
        out += (
            f"    {head} {name}(self{sep2}{params2}{star}, max_items: int | None = None, "
            f"start_page: int = 1, concurrency: int = {PAGE_CONCURRENCY}"
            f") -> {kind}[{op.item}]:\n"
        )
        out += docstring(op, "        ", iterator=True)
        src = (
            f"{helper}(self, {op_const(op)}, {{{args2}}}, {extra2}, "
            f"{op.resource + '.' + name!r}, {op.item_ids!r}, max_items=max_items, "
            "start_page=start_page, concurrency=concurrency)"
        )
        if is_async:
            # Closed with the loop that leaves early, so its fetches ahead stop at once.
            out += f"        walk = {src}\n"
            out += "        try:\n            async for item in walk:\n                yield item\n"
            out += "        finally:\n            await walk.aclose()\n"
        else:
            out += f"        yield from {src}\n"
    return out


def by_resource(ops: list[Operation]) -> dict[str, list[Operation]]:
    """The operations grouped by resource, in spec order; a method name used twice is an error."""
    grouped: dict[str, list[Operation]] = {}
    seen: set[tuple[str, str]] = set()
    for op in ops:
        key = (op.resource, op.method)
        if key in seen:
            raise SystemExit(f"{op.resource}.{op.method} is named twice")
        seen.add(key)
        grouped.setdefault(op.resource, []).append(op)
    return grouped


def models_of(ops: list[Operation]) -> list[str]:
    """The generated models that the methods of ``ops`` name in their annotations."""
    return sorted(
        {op.body_model for op in ops if op.body_model}
        | {
            re.sub(r"^builtins\.list\[(.*)\]$", r"\1", op.payload)
            for op in ops
            if op.payload != "Any"
        }
        | {op.item for op in ops if op.item}
        | {name for op in ops for f in op.fields for name in enum_models(f.type)}
    )


def render_resource(resource: str, members: list[Operation]) -> str:
    """One resource's module: its operations' tables, its sync class and its async class."""
    out: list[str] = []
    out.append(
        f'"""``client.{resource}``: {len(members)} operation(s) of the spec, sync and async.\n\n'
        "GENERATED by generator/resources.py from spec/iamport.yaml: do not edit by hand;\n"
        "run `make generate`. Loaded on the first use of the resource attribute.\n"
        '"""\n\n'
    )
    out.append("from __future__ import annotations\n\nimport builtins\n")
    out.append("from collections.abc import AsyncIterator, Iterator, Mapping, Sequence\n")
    out.append("from datetime import datetime\n")
    out.append("from typing import TYPE_CHECKING, Any, Literal\n\n")
    out.append(
        "from .._resource import Amount, AsyncResource, F, Op, SyncResource, apages, build, pages\n"
    )
    out.append("from iamport_api.types import unix_seconds\n")
    out.append("\nif TYPE_CHECKING:\n")
    models = models_of(members)
    if models:
        out.append("    from iamport_api.models import (\n")
        out.extend(f"        {model},\n" for model in models)
        out.append("    )\n\n")
    out.append("    from .._result import IamporterResult\n\n")
    sync_cls, async_cls = camel(resource), "Async" + camel(resource)
    out.append(f"__all__ = [{async_cls!r}, {sync_cls!r}]\n\n")
    # The header imports what any resource may need; ruff drops what this one does not use.
    for op in members:
        out.append(render_op(op) + "\n")
    for is_async in (False, True):
        cls = async_cls if is_async else sync_cls
        base = "AsyncResource" if is_async else "SyncResource"
        out.append(f"\nclass {cls}({base}):\n")
        awaitable = ", awaitable" if is_async else ""
        out.append(f'    """``client.{resource}``: {len(members)} operations{awaitable}."""\n\n')
        out.append("\n".join(render_method(op, is_async) for op in members))
        out.append("\n")
    return "".join(out)


def render_package(ops: list[Operation]) -> str:
    """``_resources/__init__.py``: where each resource class and operation table lives."""
    grouped = by_resource(ops)
    out = [
        '"""The resource classes of the clients: one module per resource of the spec.\n\n'
        "GENERATED by generator/resources.py from spec/iamport.yaml: do not edit by hand;\n"
        "run `make generate`. Importing this package imports no resource module: the clients'\n"
        "resource attributes (``_resource_index.py``) load theirs on first access, and a name\n"
        "read here (``Payments``, ``AsyncPayments``, or an operation's table such as\n"
        "``_GET_PAYMENT``) loads the module that defines it.\n"
        '"""\n\n',
        "from __future__ import annotations\n\n",
        "from typing import TYPE_CHECKING, Any\n\n",
        '__all__ = ["OPERATIONS", "RESOURCES"]\n\n',
        "#: resource attribute (and module of this package) -> (sync class, async class) names\n",
        "RESOURCES: dict[str, tuple[str, str]] = {\n",
    ]
    for resource in grouped:
        out.append(f"    {resource!r}: ({camel(resource)!r}, {'Async' + camel(resource)!r}),\n")
    out.append("}\n\n#: operationId -> the resource (the module here) holding its table\n")
    out.append("OPERATIONS: dict[str, str] = {\n")
    for op in ops:
        out.append(f"    {op.op_id!r}: {op.resource!r},\n")
    out.append("}\n\n")
    out.append(
        "_HOMES: dict[str, str] = {\n"
        "    **{name: resource for resource, names in RESOURCES.items() for name in names},\n"
        '    **{f"_{op.upper()}": resource for op, resource in OPERATIONS.items()},\n'
        "}\n\n"
        "if not TYPE_CHECKING:  # a visible module __getattr__ would make any name type-check\n\n"
        "    def __getattr__(name: str) -> Any:\n"
        "        home = _HOMES.get(name)\n"
        "        if home is None:\n"
        '            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n'
        "        from importlib import import_module\n\n"
        '        value = getattr(import_module(f"{__name__}.{home}"), name)\n'
        "        globals()[name] = value\n"
        "        return value\n"
    )
    return "".join(out)


def render_index(ops: list[Operation]) -> str:
    """The clients' resource attributes: typed, each importing its module only on use."""
    grouped = by_resource(ops)
    out = [
        '"""The resource attributes of ``Iamporter`` and ``AsyncIamporter``.\n\n'
        "GENERATED by generator/resources.py from spec/iamport.yaml: do not edit by hand;\n"
        "run `make generate`. Importing this module imports no resource module: each\n"
        "attribute loads its own (``_resources/<resource>.py``) on first access.\n"
        '"""\n\n',
        "from __future__ import annotations\n\n",
        "from typing import TYPE_CHECKING\n\n",
        "from ._binding import lazy_resource\n\n",
        "if TYPE_CHECKING:\n",
    ]
    for resource in grouped:
        out.append(
            f"    from ._resources.{resource} import "
            f"{'Async' + camel(resource)}, {camel(resource)}\n"
        )
    out.append('\n__all__ = ["AsyncResources", "SyncResources"]\n\n')
    for is_async in (False, True):
        prefix = "Async" if is_async else ""
        client = "AsyncIamporter" if is_async else "Iamporter"
        out.append(f"\nclass {prefix or 'Sync'}Resources:\n")
        out.append(f'    """Every resource of the spec, as attributes of ``{client}``."""\n\n')
        for resource in grouped:
            cls = prefix + camel(resource)
            out.append(
                f"    {resource}: lazy_resource[{cls}] = lazy_resource({resource!r}, {cls!r})\n"
            )
    return "".join(out)


def format_source(text: str, target: Path = OUT_DIR / "__init__.py") -> str:
    """Format with the pinned ruff (so reruns are byte-identical and ``ruff format`` agrees)."""
    ruff = str(Path(sys.executable).parent / "ruff")
    steps = (
        [ruff, "check", "--fix", "--select", "F401,I,RUF022", "--stdin-filename", str(target)],
        [ruff, "format", "--quiet", "--stdin-filename", str(target)],
    )
    for step in steps:
        proc = subprocess.run(
            [*step, "-"], input=text, capture_output=True, text=True, check=False, cwd=ROOT
        )
        if proc.returncode != 0:
            raise SystemExit(f"ruff failed on {target.name}:\n{proc.stderr}")
        text = proc.stdout
    return text


def generate(spec_path: Path = SPEC) -> dict[str, str]:
    """Path (relative to the wrapper package) -> source of every generated wrapper module."""
    ops = load(spec_path)
    base = OUT_DIR.relative_to(WRAPPER)
    files = {str(base / "__init__.py"): render_package(ops)}
    for resource, members in by_resource(ops).items():
        files[str(base / f"{resource}.py")] = render_resource(resource, members)
    files[INDEX.name] = render_index(ops)
    return {
        name: _long_lines_allowed(format_source(text, WRAPPER / name))
        for name, text in files.items()
    }


def _long_lines_allowed(text: str) -> str:
    """Mark a module whose spec-given text (patterns, enums) runs past the line length."""
    if all(len(line) <= LINE_LENGTH for line in text.splitlines()):
        return text
    docstring_end = text.index('"""\n', 3) + 4
    return f"{text[:docstring_end]}\n# ruff: noqa: E501\n{text[docstring_end:]}"


def _leftovers(out_dir: Path, expected: dict[str, str]) -> list[str]:
    """Generated-looking files in ``out_dir`` that the spec no longer makes."""
    package = out_dir / OUT_DIR.relative_to(WRAPPER)
    found = [str(path.relative_to(out_dir)) for path in sorted(package.glob("*.py"))]
    found += [name for name in LEGACY if (out_dir / name).exists()]
    return [name for name in found if name not in expected]


def write(spec_path: Path = SPEC, out_dir: Path = WRAPPER) -> list[Path]:
    """Write the generated modules into ``out_dir`` and delete stale ones; return the paths."""
    expected = generate(spec_path)
    for name in _leftovers(out_dir, expected):
        (out_dir / name).unlink()
    written = []
    for name, text in expected.items():
        target = out_dir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


def stale(spec_path: Path = SPEC, out_dir: Path = WRAPPER) -> list[str]:
    """The generated modules that are missing, differ from what the spec makes, or are left
    over (a resource the spec no longer has, the old single ``_resources.py``)."""
    expected = generate(spec_path)
    differing = [
        name
        for name, text in expected.items()
        if not (out_dir / name).is_file() or (out_dir / name).read_text(encoding="utf-8") != text
    ]
    return differing + _leftovers(out_dir, expected)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--out-dir", type=Path, default=WRAPPER)
    args = parser.parse_args(argv)
    for path in write(args.spec, args.out_dir):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
