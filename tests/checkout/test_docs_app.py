"""The webhooks guide's sample application, run for real: uvicorn, the sandbox, its webhooks.

The guide's samples already run in-process (``tests/docs``); this runs the application as a
reader would (``uvicorn app:app``), so that orders can be created and the sandbox's webhooks
reach it over HTTP and are answered 200, not 404.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from iamport_client import Iamporter, PaymentFailedError
from iamport_sandbox import DECLINE_CARD, Sandbox
from tests.checkout._servers import serve
from tests.docs.test_guide_samples import DOCS, extract_samples

GOOD_CARD = "4242-4242-4242-4242"


@pytest.fixture
def docs_app(tmp_path: Path, sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """``app.py`` as the guide tells the reader to save it."""
    block = next(s for s in extract_samples(DOCS / "webhooks.md") if "app = Starlette(" in s.code)
    source = tmp_path / "app.py"
    source.write_text(block.code, encoding="utf-8")
    monkeypatch.setenv("IAMPORT_BASE_URL", sandbox.base_url)
    monkeypatch.delenv("IAMPORT_API_KEY", raising=False)
    monkeypatch.delenv("IAMPORT_API_SECRET", raising=False)
    spec = importlib.util.spec_from_file_location("docs_webhooks_app", source)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "docs_webhooks_app", module)
    spec.loader.exec_module(module)
    return module


def test_the_guides_app_under_uvicorn_gets_its_webhooks(
    docs_app: Any, sandbox: Sandbox, iamporter: Iamporter
) -> None:
    with serve(docs_app.app) as url:
        hook = f"{url}/iamport-webhook"
        mid = httpx.post(f"{url}/orders", json={"product": "chair"}).json()["merchant_uid"]

        def pay(card: str) -> str:
            return iamporter.pay_onetime(
                merchant_uid=mid, amount=64900, card_number=card, expiry="2030-12", notice_url=hook
            ).data.imp_uid

        with pytest.raises(PaymentFailedError):
            pay(DECLINE_CARD)
        paid = pay(GOOD_CARD)
        delivered = sandbox.wait_for_webhooks(2)
        assert [r["body"]["status"] for r in delivered] == ["failed", "paid"]
        assert [r["status_code"] for r in delivered] == [200, 200]
        assert docs_app.ORDERS[mid].state.status == "paid"
        assert docs_app.ORDERS[mid].state.imp_uid == paid
        # The declined attempt's webhook once more, late: still paid.
        late = httpx.post(hook, json=delivered[0]["body"])
        assert late.json()["status"] == "paid"
        page = httpx.get(f"{url}/orders/{mid}")
        assert page.headers["content-type"].startswith("text/html")
        assert "paid" in page.text
