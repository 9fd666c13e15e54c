"""The Python API reference (``python-api.md``, both languages) is built by mkdocstrings from the
docstrings, offline, and covers the clients, every resource and method of the spec, the results,
webhooks, the checkout kit, every exception and every model.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

import iamport_api.models
import iamport_client
from iamport_client import Iamporter, checkout

ROOT = Path(__file__).resolve().parents[2]


def anchors(site: Path, prefix: str) -> set[str]:
    page = (site / prefix / "python-api.html").read_text(encoding="utf-8")
    return set(re.findall(r'\sid="([^"]+)"', page))


def spec_methods() -> list[tuple[str, str]]:
    spec = yaml.safe_load((ROOT / "spec" / "iamport.yaml").read_text(encoding="utf-8"))
    found = []
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "x-iamport" in op:
                facts = op["x-iamport"]
                found.append((facts["resource"], facts["method"]))
    return found


def test_the_reference_is_built_offline() -> None:
    from .test_docs_i18n import mkdocs_config

    plugins = [p for p in mkdocs_config()["plugins"] if isinstance(p, dict)]
    handler = next(p["mkdocstrings"] for p in plugins if "mkdocstrings" in p)["handlers"]["python"]
    assert "inventories" not in handler and "import" not in handler  # nothing to download


@pytest.mark.parametrize("prefix", ["", "ko/"])
def test_every_public_object_has_its_entry(built_site: Path, prefix: str) -> None:
    found = anchors(built_site, prefix)
    assert "iamport_client.Iamporter" in found and "iamport_client.AsyncIamporter" in found
    bound = [
        name
        for klass in Iamporter.__mro__
        for name, value in vars(klass).items()
        if getattr(value, "__module__", "") == "iamport_client._binding"
        and type(value).__name__ != "lazy_resource"
    ]
    assert len(bound) >= 20
    missing = [name for name in bound if f"iamport_client._calls.{name}" not in found]
    assert missing == [], "client methods without an entry"
    missing = []
    for resource, method in spec_methods():
        cls = "".join(part.capitalize() for part in resource.split("_"))
        if f"iamport_client._resources.{resource}.{cls}.{method}" not in found:
            missing.append(f"{resource}.{method}")
    assert missing == [], "resource methods without an entry"
    for name in ("IamporterResult", "AccessToken", "ScheduledPayment", "parse_webhook"):
        assert f"iamport_client.{name}" in found, name
    for name in checkout.__all__:
        assert f"iamport_client.checkout.{name}" in found, name
    for name in iamport_client.__all__:
        value = getattr(iamport_client, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert f"iamport_client._errors.{name}" in found, name
    for name in iamport_api.models.__all__:
        assert name.lower() in found, name


def test_entries_carry_the_docstrings(built_site: Path) -> None:
    page = (built_site / "python-api.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", " ", page)
    # pay_onetime's own docstring, its Raises section and a model field's spec description.
    first_line = (Iamporter.pay_onetime.__doc__ or "").strip().splitlines()[0]
    assert " ".join(first_line.replace("``", "").split()[:4]) in " ".join(text.split())
    assert "PaymentOutcomeUnknownError" in text
    korean = (built_site / "ko" / "python-api.html").read_text(encoding="utf-8")
    assert "파이썬 API 레퍼런스" in korean and "iamport_client._calls.pay_onetime" in korean


@pytest.mark.parametrize("prefix", ["", "ko/"])
def test_no_internal_words_in_the_built_reference(built_site: Path, prefix: str) -> None:
    for name in ("python-api.html", "reference.html", "operations.html"):
        text = re.sub(r"<[^>]+>", " ", (built_site / prefix / name).read_text(encoding="utf-8"))
        assert not re.search(r"\bseed", text, re.IGNORECASE), f"{prefix}{name} speaks of seeds"
