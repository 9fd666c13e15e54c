"""The house rules of ``iamport_client``: what ``import iamport_client`` loads, no import cycles
between its modules, and files small enough for one reader."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

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
