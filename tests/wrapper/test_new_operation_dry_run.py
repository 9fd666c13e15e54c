"""A recorded dry run of "the vendor added an operation": a spec-only change, run through the
generator step into a temporary folder, gives a typed, validated method on both clients and a
row in the docs' tables, with no hand-written wrapper line."""

from __future__ import annotations

import asyncio
import copy
import importlib.util
import inspect
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

import iamport_client
from iamport_client import AsyncIamporter, Iamporter, NotFoundError, ValidationError
from tests.support import fake_iamport, spec_ops
from tests.support.fake_iamport import FakeIamport


def _by_path(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


resources = _by_path("_dry_run_generator", spec_ops.ROOT / "generator" / "resources.py")
hooks = _by_path("_dry_run_docs_hooks", spec_ops.ROOT / "tools" / "docs" / "hooks.py")

MEMO = {
    "get": {
        "operationId": "get_payment_memo",
        "tags": ["payments"],
        "summary": "Get the memo of a payment",
        "x-iamport": {"resource": "memos", "method": "get", "kind": "read"},
        "parameters": [
            {"$ref": "#/components/parameters/ImpUidPath"},
            {"name": "lang", "in": "query", "schema": {"type": "string", "enum": ["ko", "en"]}},
        ],
        "responses": {"200": {"$ref": "#/components/responses/PaymentOk"}},
    },
    "post": {
        "operationId": "pay_with_memo",
        "tags": ["payments"],
        "summary": "Charge an order with a memo",
        "x-iamport": {
            "resource": "payments",
            "method": "pay_with_memo",
            "kind": "money",
            "check": "paid",
            "order": "merchant_uid",
        },
        "parameters": [{"$ref": "#/components/parameters/ImpUidPath"}],
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/PrepareRequest"}}
            },
        },
        "responses": {"200": {"$ref": "#/components/responses/PaymentOk"}},
    },
}


@pytest.fixture(scope="module")
def changed_spec(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    spec = copy.deepcopy(spec_ops.SPEC)
    spec["paths"]["/payments/{imp_uid}/memo"] = MEMO
    folder = tmp_path_factory.mktemp("dry_run")
    path = folder / "iamport.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    resources.write(path, folder)
    return spec, folder


def _load(folder: Path, name: str) -> ModuleType:
    # Loaded as a module of the iamport_client package, so its relative imports resolve.
    spec = importlib.util.spec_from_file_location(f"iamport_client.{name}", folder / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # not registered in sys.modules: the real one stays
    return module


PACKAGE = "iamport_client._resources"


@pytest.fixture
def dry(
    changed_spec: tuple[dict[str, Any], Path], monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[type[Iamporter], type[AsyncIamporter], ModuleType]]:
    """Clients built on the regenerated modules (the real ones are restored afterwards)."""
    _, folder = changed_spec
    spec = importlib.util.spec_from_file_location(
        PACKAGE,
        folder / "_resources" / "__init__.py",
        submodule_search_locations=[str(folder / "_resources")],
    )
    assert spec is not None and spec.loader is not None
    generated = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generated)
    index = _load(folder, "_resource_index")
    before = set(sys.modules)
    # The regenerated package stands in for the real one: its resource modules load from it.
    for name in [m for m in sys.modules if m.startswith(PACKAGE + ".")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, PACKAGE, generated)
    monkeypatch.setattr(iamport_client, "_resources", generated)
    sync_cls = type("DryIamporter", (index.SyncResources, Iamporter), {})
    async_cls = type("DryAsyncIamporter", (index.AsyncResources, AsyncIamporter), {})
    yield sync_cls, async_cls, generated
    for name in set(sys.modules) - before:
        if name.startswith(PACKAGE + "."):
            del sys.modules[name]  # the regenerated resource modules go with their package


def test_the_regenerated_modules_differ_only_by_the_new_operation(
    changed_spec: tuple[dict[str, Any], Path],
) -> None:
    _, folder = changed_spec
    before = resources.generate()
    after = {
        str(path.relative_to(folder)): path.read_text(encoding="utf-8")
        for path in [*folder.glob("_resources/*.py"), folder / "_resource_index.py"]
    }
    assert after.keys() - before.keys() == {"_resources/memos.py"}  # one module per resource
    changed = {name for name in before if after[name] != before[name]}
    assert changed == {"_resources/__init__.py", "_resources/payments.py", "_resource_index.py"}
    assert "get_payment_memo" in after["_resources/memos.py"]
    assert "def pay_with_memo(" in after["_resources/payments.py"]
    assert "'get_payment_memo': 'memos'" in after["_resources/__init__.py"].replace('"', "'")
    assert "memos: lazy_resource[Memos]" in after["_resource_index.py"]


def test_the_new_methods_are_typed_on_both_clients(
    dry: tuple[type[Iamporter], type[AsyncIamporter], ModuleType],
) -> None:
    _, _, generated = dry
    sync_get = inspect.signature(generated.Memos.get)
    assert str(sync_get.parameters["imp_uid"].annotation) == "str"
    assert str(sync_get.parameters["lang"].annotation) == "Literal['ko', 'en'] | None"
    assert sync_get.return_annotation == "IamporterResult[Payment]"
    assert inspect.iscoroutinefunction(generated.AsyncMemos.get)
    pay = inspect.signature(generated.Payments.pay_with_memo)
    assert str(pay.parameters["amount"].annotation) == "Amount"
    assert pay.parameters["merchant_uid"].kind is inspect.Parameter.KEYWORD_ONLY
    assert "Moves money" in (generated.Payments.pay_with_memo.__doc__ or "")
    assert inspect.iscoroutinefunction(generated.AsyncPayments.pay_with_memo)


def test_the_new_methods_are_callable_and_validated(
    dry: tuple[type[Iamporter], type[AsyncIamporter], ModuleType], fake: FakeIamport
) -> None:
    sync_cls, async_cls, _ = dry
    keys = (fake_iamport.API_KEY, fake_iamport.API_SECRET)
    with sync_cls(*keys, base_url=fake.base_url) as client:
        client.memos.get("imp_1", lang="ko")  # type: ignore[attr-defined]
        with pytest.raises(ValidationError):
            client.memos.get("imp_1", lang="fr")  # type: ignore[attr-defined]
        with pytest.raises(ValidationError):
            client.payments.pay_with_memo("imp_1", merchant_uid="o", amount=1.5)  # type: ignore[attr-defined]
        with pytest.raises(NotFoundError):  # the fake has no such route: a 404, sent once
            client.payments.pay_with_memo("imp_1", merchant_uid="o", amount=1000)  # type: ignore[attr-defined]

    async def run() -> None:
        async with async_cls(*keys, base_url=fake.base_url) as client:
            await client.memos.get(imp_uid="imp_2")  # type: ignore[attr-defined]

    asyncio.run(run())
    assert fake.count("GET", "/payments/imp_1/memo") == 1
    assert fake.count("GET", "/payments/imp_2/memo") == 1
    assert fake.count("POST", "/payments/imp_1/memo") == 1


def test_the_new_operation_is_listed_in_the_docs(
    changed_spec: tuple[dict[str, Any], Path],
) -> None:
    spec, _ = changed_spec
    assert "| `memos` | [`get`](api/index.html#/payments/get_payment_memo" in (
        hooks.resources_markdown(spec)
    )
    table = hooks.operations_markdown(spec)
    assert "`memos.get`" in table and "`payments.pay_with_memo`" in table
    count = len(spec_ops.operations(spec))
    assert f"**{count} operations**" in table
