"""The house rules of ``iamport_client``: what ``import iamport_client`` loads, no import cycles
between its modules, and files small enough for one reader."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.support import spec_ops

ROOT = Path(__file__).resolve().parents[2]
WRAPPER = ROOT / "wrapper" / "iamport_client"
GENERATOR = ROOT / "generator" / "resources.py"

LEFT_FOR_FIRST_USE = (
    "iamport_client._calls",
    "iamport_client._resources",
    "iamport_client._resource",
    "iamport_client._auth",
    "iamport_client._webhook",
    "iamport_client.models",
    "iamport_client.checkout",
    "iamport_client.cli",
    "iamport_api",
    "attrs",
    "asyncio",
)


def _run(code: str) -> str:
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return proc.stdout


def test_import_loads_the_clients_and_leaves_the_rest_for_first_use() -> None:
    out = _run("import sys, iamport_client\nimport json\nprint(json.dumps(sorted(sys.modules)))\n")
    loaded = json.loads(out)
    assert "iamport_client._client" in loaded
    for name in LEFT_FOR_FIRST_USE:
        assert not [m for m in loaded if m == name or m.startswith(name + ".")], name


def test_lazy_names_load_on_first_use_and_are_the_real_objects() -> None:
    out = _run(
        "import sys, iamport_client as ic\n"
        "from iamport_client import Iamporter\n"
        "method = Iamporter.find_by_imp_uid\n"  # the seed methods bind on first access
        "print('iamport_client._calls' in sys.modules, method.__name__)\n"
        "from iamport_client._calls import ScheduledPayment, find_by_imp_uid\n"
        "print(ic.ScheduledPayment is ScheduledPayment, Iamporter.find_by_imp_uid is method)\n"
        "from iamport_client._webhook import parse_webhook\n"
        "print(ic.parse_webhook is parse_webhook, 'WebhookEvent' in dir(ic))\n"
        "print('iamport_client._resources' in sys.modules)\n"
    )
    assert out.split() == ["True", "find_by_imp_uid", "True", "True", "True", "True", "False"]


def test_unknown_names_still_raise_attribute_error() -> None:
    import iamport_client

    with pytest.raises(AttributeError, match="no_such_name"):
        iamport_client.no_such_name  # type: ignore[attr-defined]  # noqa: B018


# ------------------------------------------------------------------ generated modules


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("_house_generator", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_check_generated_covers_every_resource_module_and_finds_leftovers(
    tmp_path: Path,
) -> None:
    resources = _generator()
    expected = resources.generate()
    # One module per resource of the spec, and nothing else in the package.
    spec_resources = {op.resource for op in spec_ops.OPERATIONS}
    assert {f"_resources/{name}.py" for name in spec_resources} | {
        "_resources/__init__.py",
        "_resource_index.py",
    } == expected.keys()
    for name in expected:  # a copy of the committed tree is up to date...
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(WRAPPER / name, tmp_path / name)
    assert resources.stale(out_dir=tmp_path) == []
    # ...and stops being so with a left-over module, the old single file, or one missing.
    (tmp_path / "_resources" / "memos.py").write_text("", encoding="utf-8")
    (tmp_path / "_resources.py").write_text("", encoding="utf-8")
    (tmp_path / "_resources" / "users.py").unlink()
    assert sorted(resources.stale(out_dir=tmp_path)) == [
        "_resources.py",
        "_resources/memos.py",
        "_resources/users.py",
    ]
    resources.write(out_dir=tmp_path)  # `make generate` repairs all three
    assert resources.stale(out_dir=tmp_path) == []
