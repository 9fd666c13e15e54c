"""The spec is written out: every property and parameter is described in English and Korean,
every operation shows a success example (and a request example when it takes a body) and its
failures, every example is valid against its schema, and the generated docstrings carry the
descriptions."""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from iamport_api import models
from iamport_client import _json, _resources

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "iamport.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
METHODS = ("get", "post", "put", "delete", "patch")
OPERATIONS = [
    (path, method, op)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if method in METHODS
]
HANGUL = re.compile("[\uac00-\ud7a3]")
# Calques the Korean pages must not use (issue 20): the natural terms are in parentheses.
CALQUES = {
    "당신": "가맹점/구매자",
    "돈이 움직이는": "금액이 오가는",
    "응답 봉투": "공통 응답 형식",
    "하위 상점": "하위 가맹점",
    "자원": "리소스",
}

SPEC_URI = "urn:iamport-spec"
REGISTRY: Registry = Registry().with_resource(
    SPEC_URI, Resource.from_contents(SPEC, default_specification=DRAFT202012)
)


def pointer(*parts: object) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def validator(*location: object) -> Draft202012Validator:
    """A validator for the schema at `location` in the spec; its `#/components/...` refs resolve
    inside the spec."""
    return Draft202012Validator({"$ref": f"{SPEC_URI}#{pointer(*location)}"}, registry=REGISTRY)


# ----------------------------------------------------------------------------- descriptions


def properties(where: str, schema: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The properties of a schema, and those of the inline objects inside it."""
    for prop, node in (schema.get("properties") or {}).items():
        yield f"{where}.{prop}", node
        yield from properties(f"{where}.{prop}", node)
    if isinstance(schema.get("items"), dict):
        yield from properties(f"{where}[]", schema["items"])


def described_nodes() -> Iterator[tuple[str, dict[str, Any]]]:
    for name, schema in SCHEMAS.items():
        yield from properties(name, schema)
    for name, param in SPEC["components"].get("parameters", {}).items():
        yield f"parameters.{name}", param
    for _, _, op in OPERATIONS:
        for param in op.get("parameters") or []:
            if "$ref" not in param:
                yield f"{op['operationId']}.{param['name']}", param


DESCRIBED = list(described_nodes())


def test_the_spec_has_properties_and_parameters_to_describe() -> None:
    # Guards the parametrised tests below against an empty walk.
    assert any("." in where and not where.startswith("parameters.") for where, _ in DESCRIBED)
    assert any(where.startswith("parameters.") for where, _ in DESCRIBED)


@pytest.mark.parametrize(("where", "node"), DESCRIBED, ids=[w for w, _ in DESCRIBED])
def test_every_property_and_parameter_is_described_in_english_and_korean(
    where: str, node: dict[str, Any]
) -> None:
    english = node.get("description")
    korean = node.get("x-description-ko")
    assert isinstance(english, str) and english.strip(), f"{where}: no English description"
    assert not HANGUL.search(english), f"{where}: the English description is Korean"
    assert isinstance(korean, str) and korean.strip(), f"{where}: no x-description-ko"
    assert HANGUL.search(korean), f"{where}: x-description-ko has no Korean text"
    for calque, better in CALQUES.items():
        assert calque not in korean, f"{where}: {calque!r} (write {better!r})"


@pytest.mark.parametrize("name", [n for n, s in SCHEMAS.items() if s.get("description")], ids=str)
def test_every_described_schema_is_described_in_korean_too(name: str) -> None:
    korean = SCHEMAS[name].get("x-description-ko")
    assert isinstance(korean, str) and HANGUL.search(korean), f"{name}: no x-description-ko"


# ----------------------------------------------------------------------------- examples


def media_types() -> Iterator[tuple[str, tuple[object, ...], dict[str, Any]]]:
    """Every media type object with a schema, with its location in the spec."""
    for path, method, op in OPERATIONS:
        body = op.get("requestBody", {}).get("content", {})
        for mt, media in body.items():
            yield (
                f"{op['operationId']} request",
                ("paths", path, method, "requestBody", "content", mt),
                media,
            )
        for status, response in op["responses"].items():
            for mt, media in response.get("content", {}).items():
                loc = ("paths", path, method, "responses", status, "content", mt)
                yield f"{op['operationId']} {status}", loc, media
    for name, response in SPEC["components"].get("responses", {}).items():
        for mt, media in response.get("content", {}).items():
            yield f"responses.{name}", ("components", "responses", name, "content", mt), media


def branch(media: dict[str, Any], loc: tuple[object, ...], value: Any) -> tuple[object, ...]:
    """The schema an example must satisfy. A response that may carry either the success
    envelope or the failure envelope (`anyOf`) is checked against the one its `code` selects:
    any envelope passes as a failure envelope, so validating against the `anyOf` proves little."""
    schema = media["schema"]
    if "anyOf" not in schema or not isinstance(value, dict):
        return (*loc, "schema")
    error_ref = "#/components/schemas/ErrorEnvelope"
    for i, option in enumerate(schema["anyOf"]):
        if (option.get("$ref") == error_ref) == (value.get("code") != 0):
            return (*loc, "schema", "anyOf", i)
    raise AssertionError(f"no anyOf branch of {loc} fits code {value.get('code')!r}")


def example_cases() -> Iterator[tuple[str, tuple[object, ...], Any]]:
    for where, loc, media in media_types():
        if "example" in media:
            yield where, branch(media, loc, media["example"]), media["example"]
        for name, example in (media.get("examples") or {}).items():
            yield f"{where} {name}", branch(media, loc, example["value"]), example["value"]
    for name, schema in SCHEMAS.items():
        for i, example in enumerate(schema.get("examples") or []):
            yield f"schemas.{name}[{i}]", ("components", "schemas", name), example
        if "example" in schema:
            yield f"schemas.{name}", ("components", "schemas", name), schema["example"]


EXAMPLES = list(example_cases())


@pytest.mark.parametrize(("where", "location", "value"), EXAMPLES, ids=[w for w, _, _ in EXAMPLES])
def test_every_example_is_valid_against_its_schema(
    where: str, location: tuple[object, ...], value: Any
) -> None:
    errors = sorted(validator(*location).iter_errors(value), key=lambda e: list(e.path))
    assert not errors, f"{where}: " + "; ".join(
        f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]
    )


def test_the_validation_catches_a_wrong_example() -> None:
    # The check above is only worth something if a bad payment is refused.
    path, method, op = next(
        (p, m, o) for p, m, o in OPERATIONS if o["operationId"] == "get_payment"
    )
    media = op["responses"]["200"]["content"]["application/json"]
    good = media["examples"]["success"]["value"]
    loc = branch(
        media, ("paths", path, method, "responses", "200", "content", "application/json"), good
    )
    assert not list(validator(*loc).iter_errors(good))
    bad = {**good, "response": {**good["response"], "status": "refunded"}}
    assert list(validator(*loc).iter_errors(bad))
    missing = {**good, "response": {k: v for k, v in good["response"].items() if k != "imp_uid"}}
    assert list(validator(*loc).iter_errors(missing))


def resolve_response(response: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in response:
        return SPEC["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    return response


def examples_of(response: dict[str, Any]) -> list[Any]:
    media = resolve_response(response).get("content", {}).get("application/json", {})
    found = [e["value"] for e in (media.get("examples") or {}).values()]
    if "example" in media:
        found.append(media["example"])
    return found


@pytest.mark.parametrize(
    ("path", "method", "op"), OPERATIONS, ids=[op["operationId"] for _, _, op in OPERATIONS]
)
def test_every_operation_shows_success_request_and_failure_examples(
    path: str, method: str, op: dict[str, Any]
) -> None:
    op_id = op["operationId"]
    success = [
        value
        for status, response in op["responses"].items()
        if str(status).startswith("2")
        for value in examples_of(response)
        if value.get("code") == 0
    ]
    assert success, f"{op_id}: no success example (code 0) on its 2xx responses"
    assert any(value.get("response") is not None for value in success), f"{op_id}: empty success"
    if "requestBody" in op:
        media = op["requestBody"]["content"]["application/json"]
        assert "example" in media or media.get("examples"), f"{op_id}: no request example"
    failures = [
        value
        for response in op["responses"].values()
        for value in examples_of(response)
        if value.get("code") not in (0, None)
    ]
    assert failures, f"{op_id}: no failure example"
    for value in failures:
        assert value["response"] is None
        assert HANGUL.search(value["message"]), (
            f"{op_id}: {value['message']!r} is not the service's Korean"
        )


def test_error_envelope_examples_carry_real_failures() -> None:
    examples = SCHEMAS["ErrorEnvelope"].get("examples")
    assert examples, "ErrorEnvelope has no examples (Swagger UI would show code: 0)"
    for example in examples:
        assert example["code"] != 0
        assert HANGUL.search(example["message"])
    for name in ("BadRequest", "Unauthorized", "NotFound", "ServerError"):
        values = examples_of(SPEC["components"]["responses"][name])
        assert values, f"{name}: no examples"
        assert all(v["code"] != 0 and HANGUL.search(v["message"]) for v in values), name


def test_the_common_korean_messages_are_shown() -> None:
    text = SPEC_PATH.read_text(encoding="utf-8")
    for message in ("이미 전액 취소된 결제건입니다", "존재하지 않는 결제정보입니다"):
        assert message in text


# ----------------------------------------------------------------------------- docstrings


def test_no_generated_docstring_sends_the_reader_to_the_spec() -> None:
    source = Path(inspect.getfile(_resources)).read_text(encoding="utf-8")
    assert "(see the spec)" not in source


def camel(resource: str) -> str:
    return "".join(part.capitalize() for part in resource.split("_"))


@pytest.mark.parametrize(
    ("path", "method", "op"),
    [o for o in OPERATIONS if "requestBody" in o[2] or o[2].get("parameters")],
    ids=[
        op["operationId"] for _, _, op in OPERATIONS if "requestBody" in op or op.get("parameters")
    ],
)
def test_help_shows_each_arguments_description(path: str, method: str, op: dict[str, Any]) -> None:
    facts = op["x-iamport"]
    cls = getattr(_resources, camel(facts["resource"]))
    doc = inspect.getdoc(getattr(cls, facts["method"])) or ""
    texts: list[str] = []
    for raw in op.get("parameters") or []:
        param = raw
        if "$ref" in raw:
            param = SPEC["components"]["parameters"][raw["$ref"].rsplit("/", 1)[1]]
        if param["in"] != "header":
            texts.append(param["description"])
    if "requestBody" in op:
        ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        schema = SCHEMAS[ref.rsplit("/", 1)[1]]
        for prop in (schema.get("properties") or {}).values():
            target = prop
            if "$ref" in prop:
                target = SCHEMAS[prop["$ref"].rsplit("/", 1)[1]]
            texts.append(target.get("description") or prop["description"])
    flat = "".join(doc.split())  # the docstring is wrapped, also at hyphens
    for text in texts:
        assert "".join(text.split()) in flat, f"{op['operationId']}: {text!r} not in its docstring"


@pytest.mark.parametrize(
    ("path", "method", "op"), OPERATIONS, ids=[op["operationId"] for _, _, op in OPERATIONS]
)
def test_success_examples_parse_into_the_generated_models(
    path: str, method: str, op: dict[str, Any]
) -> None:
    # The examples are what a client really reads: the generated envelope model accepts each
    # one, read from JSON text as the client reads it (money as exact decimals).
    parsed_any = False
    for status, response in op["responses"].items():
        if not str(status).startswith("2"):
            continue
        schema = resolve_response(response)["content"]["application/json"]["schema"]
        envelope = schema.get("anyOf", [schema])[0]["$ref"].rsplit("/", 1)[1]
        model = getattr(models, envelope)
        for value in examples_of(response):
            if value.get("code") != 0:
                continue
            text = json.dumps(value, ensure_ascii=False).encode()
            parsed = model.from_dict(_json.loads(text))
            assert parsed.code == 0
            assert parsed.response is not None
            parsed_any = True
    assert parsed_any, op["operationId"]
