"""The generated models keep the promises of issue #11, for every schema of the spec.

- every money field of the spec is marked `format: decimal`, and generates as `Decimal`;
- every secret field is marked `format: password`, and no model's repr shows one;
- no public annotation of a model mentions `Unset`; absent and null read as `None`;
- every schema round-trips a complete example through JSON text without losing a digit;
- the pinned generator is the one the templates in `generator/templates/` were written for.
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib.metadata
import inspect
import re
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import openapi_python_client
import pytest

import iamport_api.types
from iamport_api import models
from iamport_client import _json
from iamport_client import models as public_models
from tests.spec.test_spec import OPERATIONS, SPEC, resolve

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
SECRETS = {
    "card_number", "cvc", "birth", "pwd_2digit", "imp_secret", "benepia_password", "pg_api_key",
    "access_token", "escrow_password",
}  # fmt: skip
# Names that say "money" in this API (amounts, taxes, fees, balances, points, discounts).
MONEY_NAME = re.compile(
    r"amount|tax_free|(^|_)vat($|_)|checksum|balance|deposit|(^|_)point$|discount|supply"
    r"|^service$|charge|price"
)
NOT_MONEY = re.compile(r"(_at|_date|_due|_count|_id)$")  # times, counts and ids named after money


def is_money_name(name: str) -> bool:
    return bool(MONEY_NAME.search(name)) and not NOT_MONEY.search(name)


def kinds(node: dict[str, Any]) -> set[str]:
    kind = resolve(node).get("type")
    return set(kind) if isinstance(kind, list) else {kind} if kind else set()


def properties() -> list[tuple[str, str, dict[str, Any], str]]:
    """(class name, property name, property schema, where) for every property of every object
    schema, inline objects included (named as the generator names them)."""
    found: list[tuple[str, str, dict[str, Any], str]] = []

    def visit(class_name: str, node: dict[str, Any], where: str) -> None:
        for name, prop in (node.get("properties") or {}).items():
            found.append((class_name, name, prop, f"{where}.{name}"))
            if "properties" in prop:  # an inline object: the generator names it Parent + Name
                pascal = "".join(part.title() for part in name.split("_"))
                visit(class_name + pascal, prop, f"{where}.{name}")

    for schema_name, schema in SCHEMAS.items():
        visit(schema_name, schema, schema_name)
    return found


def model_class(class_name: str) -> Any:
    """The generated class of a schema (a nullable object schema generates `<Name>Type0`)."""
    cls = getattr(models, class_name, None) or getattr(models, class_name + "Type0", None)
    assert cls is not None, f"no generated model for {class_name}"
    return cls


def model_schemas() -> list[str]:
    return [name for name, schema in SCHEMAS.items() if "object" in kinds(schema)]


# ----------------------------------------------------------------------------- money


def test_every_money_field_of_the_spec_is_marked_decimal() -> None:
    checked = []
    for _, name, prop, where in properties():
        scalar = kinds(prop) & {"number", "integer"}
        if "number" in scalar or (scalar and is_money_name(name)):
            assert prop.get("format") == "decimal", f"{where} is money: give it `format: decimal`"
            checked.append(where)
        if prop.get("format") == "decimal":
            assert scalar, f"{where}: `format: decimal` marks JSON numbers only"
    for where, parameter in [
        (f"{path} {method} {p.get('name')}", resolve(p))
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict)
        for p in op.get("parameters", [])
    ]:
        schema = parameter.get("schema", {})
        if "number" in kinds(schema) or is_money_name(parameter["name"]):
            assert schema.get("format") == "decimal", f"{where} is money"
    assert "Payment.amount" in checked and "CancelRequest.checksum" in checked
    assert "decimal" in SPEC["info"]["description"]  # the marker is explained to readers


def test_every_marked_field_generates_as_decimal_and_no_model_has_a_float() -> None:
    marked = [(c, n) for c, n, prop, _ in properties() if prop.get("format") == "decimal"]
    assert marked
    for class_name, name in marked:
        annotation = model_class(class_name).__annotations__[name]
        assert annotation in ("Decimal", "Decimal | None"), f"{class_name}.{name}: {annotation}"
    for name in models.__all__:
        for field, annotation in getattr(getattr(models, name), "__annotations__", {}).items():
            assert "float" not in annotation, f"{name}.{field} is a float"


def test_money_converts_exactly_and_refuses_floats() -> None:
    request = models.PrepareRequest(merchant_uid="m1", amount=8900)
    assert request.amount == Decimal(8900) and type(request.amount) is Decimal
    assert models.PrepareRequest(merchant_uid="m1", amount="10.50").amount == Decimal("10.50")
    assert _json.dumps(models.PrepareRequest("m1", Decimal("10.50")).to_dict()) == (
        b'{"merchant_uid":"m1","amount":10.50}'
    )
    assert _json.dumps(request.to_dict()) == b'{"merchant_uid":"m1","amount":8900}'
    with pytest.raises(TypeError, match="not float"):
        models.PrepareRequest(merchant_uid="m1", amount=10.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="decimal number"):
        models.PrepareRequest(merchant_uid="m1", amount="ten")
    with pytest.raises(ValueError, match="finite"):
        models.PrepareRequest(merchant_uid="m1", amount="NaN")


# ----------------------------------------------------------------------------- examples


def example(node: dict[str, Any], name: str = "", *, full: bool = True) -> Any:
    """A JSON value (as the client decodes it: money with a fraction as Decimal) that the spec
    allows; secrets are recognisable strings."""
    node = resolve(node)
    if "oneOf" in node:  # the last choice for full examples (a list of URLs), else the first
        choices = [choice for choice in node["oneOf"] if kinds(choice) != {"null"}]
        return example(choices[-1] if full else choices[0], name, full=full)
    kind = (kinds(node) - {"null"} or {"any"}).pop()
    if kind == "object":
        required = set(node.get("required", []))
        props = node.get("properties") or {}
        if not props:
            return {"kept_as_received": "x"}
        return {
            key: example(prop, key, full=full)
            for key, prop in props.items()
            if full or key in required
        }
    if kind == "array":
        return [example(node["items"], name, full=full)]
    if node.get("format") == "decimal":
        return Decimal("10.50") if kind == "number" else 8900
    if kind == "string":
        if "enum" in node:
            return node["enum"][-1]
        return f"SECRET-{name}-7391" if name in SECRETS else f"{name or 'text'}-1"
    return {"integer": 1700000000, "number": 1.25, "boolean": True}.get(kind, {"any": "x"})


def secrets_in(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for item in value.values() for s in secrets_in(item)]
    if isinstance(value, list):
        return [s for item in value for s in secrets_in(item)]
    return [value] if isinstance(value, str) and value.startswith("SECRET-") else []


JSON_NUMBER = re.compile(r'"(\w+)":(-?\d[\d.eE+-]*)')


@pytest.mark.parametrize("schema_name", model_schemas())
@pytest.mark.parametrize("full", [True, False], ids=["every-field", "required-only"])
def test_every_schema_round_trips_through_json_text(schema_name: str, full: bool) -> None:
    text = _json.dumps(example(SCHEMAS[schema_name], full=full))
    parsed = model_class(schema_name).from_dict(_json.loads(text))
    written = _json.dumps(parsed.to_dict())
    assert _json.loads(written) == _json.loads(text)
    assert sorted(JSON_NUMBER.findall(written.decode())) == sorted(
        JSON_NUMBER.findall(text.decode())
    )


# ----------------------------------------------------------------------------- secrets


def test_every_secret_field_of_the_spec_is_marked_password() -> None:
    named = {name for _, name, _, _ in properties()}
    assert SECRETS - named == {"pg_api_key"}  # a query parameter, not a field of any model
    for _, name, prop, where in properties():
        if name in SECRETS:
            assert prop.get("format") == "password", f"{where} is a secret: `format: password`"


@pytest.mark.parametrize("schema_name", model_schemas())
def test_no_repr_shows_a_secret(schema_name: str) -> None:
    data = example(SCHEMAS[schema_name])
    secrets = secrets_in(data)
    parsed = model_class(schema_name).from_dict(data)
    shown = repr(parsed) + str(parsed)
    for secret in secrets:
        assert secret not in shown, f"{schema_name} shows {secret}"
    if secrets:
        assert "'<redacted>'" in shown


def test_models_with_secrets_are_the_ones_the_hardening_issue_names() -> None:
    with_secrets = {
        name
        for name in model_schemas()
        if secrets_in(example(SCHEMAS[name])) and "Envelope" not in name
    }
    assert {
        "OnetimePaymentRequest",
        "TokenRequest",
        "BillingKeyRequest",
        "ScheduleRequest",
    } <= with_secrets


# ----------------------------------------------------------------------------- None, not Unset


def public_annotations(cls: Any) -> list[str]:
    texts = [str(inspect.signature(cls.__init__))]
    texts += [str(inspect.signature(getattr(cls, m))) for m in ("to_dict", "from_dict")]
    texts += [str(a) for a in cls.__annotations__.values()]
    return texts


def test_no_model_annotation_mentions_unset() -> None:
    assert not hasattr(iamport_api.types, "Unset") and not hasattr(iamport_api.types, "UNSET")
    for name in models.__all__:
        cls = getattr(models, name)
        if attrs.has(cls):
            for text in public_annotations(cls):
                assert "Unset" not in text, f"{name}: {text}"
            for field in attrs.fields(cls):
                if field.default is not attrs.NOTHING and field.name != "additional_properties":
                    assert field.default is None, f"{name}.{field.name}"


def test_absent_and_null_both_read_as_none_and_to_dict_leaves_them_out() -> None:
    body = example(SCHEMAS["Payment"], full=False)
    absent = models.Payment.from_dict(body)
    null = models.Payment.from_dict({**body, "vbank_num": None, "promotion": None})
    assert absent.vbank_num is None and null.vbank_num is None and null.promotion is None
    assert absent == null
    assert "vbank_num" not in null.to_dict() and "promotion" not in null.to_dict()
    # A required field that may be null is sent as null.
    assert (
        models.PaymentEnvelope.from_dict({"code": 0, "message": None, "response": body}).to_dict()[
            "message"
        ]
        is None
    )


def test_users_import_every_model_from_the_client_package() -> None:
    assert set(models.__all__) <= set(public_models.__all__)
    assert public_models.Payment is models.Payment
    assert public_models.PaymentStatus.PAID.value == "paid"
    assert public_models.SpecMismatchError.__name__ == "SpecMismatchError"
    with pytest.raises(AttributeError):
        _ = public_models.NoSuchModel  # type: ignore[attr-defined]


# ----------------------------------------------------------------------------- the generator


# sha256 of the generator's own templates that generator/templates/ replaces or builds on. Our
# templates use the generator's internal objects (Property classes, ModelProperty.data), which are
# not a stable API: when the pinned version changes, re-read these upstream templates, carry their
# changes over, and update the hashes and the pin together.
UPSTREAM_TEMPLATES = {
    "model.py.jinja": "fd1c79680d51c06cfbb89809ad123750ba9add98b688036c04cabbf1f8ba40a0",
    "types.py.jinja": "93df9d75883a4eafac77dd21bc6907f3ef612e3f7841e08656618dcf6c4ce494",
    "models_init.py.jinja": "4f64a3d6e1b15a561be5573c1b7702eb928c0e4fa6b67107d20e57a74c44d51a",
    "endpoint_macros.py.jinja": "58edb8b4913db6ed4863c633fb39365364494398c8156c77151c6676f1b28fee",
    "helpers.jinja": "4e6ada7b7a8806e739faa7b1f330c1db2b924180a3003df0a4e048edcb549f02",
    "endpoint_module.py.jinja": "c1b2628053eb4875ba59566baa5ae907666f9cbfafa308d93f970a4404b7cd52",
    "errors.py.jinja": "b6ba7ea79aa7d7f24b47119985d1ed20268d3da0ab70309ee138088a106b6af9",
}
PINNED = "0.29.1"


def test_generator_is_the_version_the_templates_were_written_for() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert (
        f"openapi-python-client=={PINNED}" in pyproject["project"]["optional-dependencies"]["dev"]
    )
    installed = importlib.metadata.version("openapi-python-client")
    assert installed == PINNED, (
        f"openapi-python-client {installed} is installed but generator/templates/ was written "
        f"for {PINNED}: review the overridden templates before changing the pin"
    )
    upstream = Path(openapi_python_client.__file__).parent / "templates"
    for name, digest in UPSTREAM_TEMPLATES.items():
        actual = hashlib.sha256((upstream / name).read_bytes()).hexdigest()
        assert actual == digest, f"the generator's {name} changed: port it to generator/templates/"
    overridden = {p.name for p in (ROOT / "generator" / "templates").glob("*.jinja")}
    assert overridden <= set(UPSTREAM_TEMPLATES) and (upstream / "helpers.jinja").exists()


def test_no_client_method_signature_mentions_unset() -> None:
    from iamport_client import AsyncIamporter, Iamporter

    checked = 0
    for client_cls in (Iamporter, AsyncIamporter):
        client = client_cls("key", "secret", base_url="http://127.0.0.1:9")
        try:
            for name in dir(client):
                if name.startswith("_"):
                    continue
                value = getattr(client, name)
                methods = [value] if callable(value) else []
                if type(value).__module__.startswith("iamport_client._resources."):
                    methods = [getattr(value, m) for m in dir(value) if not m.startswith("_")]
                for method in methods:
                    text = str(inspect.signature(method))
                    assert "Unset" not in text, f"{client_cls.__name__}.{name}: {text}"
                    checked += 1
        finally:
            if isinstance(client, AsyncIamporter):
                asyncio.run(client.aclose())
            else:
                client.close()
    assert checked >= len(OPERATIONS)  # every operation has a method or a namespace operation
