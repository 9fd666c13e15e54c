"""Fixtures of the checkout tests: headless Chromium (Playwright) and the example shops."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from iamport_sandbox import Sandbox
from tests.checkout._servers import serve

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "examples"))  # shop_common, shop_fastapi, shop_django

from shop_common.settings import Settings  # noqa: E402
from shop_common.store import Store  # noqa: E402

CHROMIUM = "/usr/bin/chromium"  # Debian's package (make chromium); no `playwright install`
#: Screenshots of the browser tests: one folder per shop, kept after the run for people.
SCREENSHOTS = ROOT / "build" / "checkout-screenshots"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Headless Chromium, driven by Playwright.

    Module-scoped: Playwright's sync API keeps an event loop running in this thread while it
    is open, and tests elsewhere call ``asyncio.run``.
    """
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-dev-shm-usage"]
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A desktop page (fresh context)."""
    context = browser.new_context(viewport={"width": 1100, "height": 800})
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    """A phone-sized page with a mobile user agent (the shop then sets ``m_redirect_url``)."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        user_agent=(
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/126.0 Mobile Safari/537.36"
        ),
        is_mobile=True,
        has_touch=True,
    )
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


@dataclass
class Shop:
    """A running example shop and its order table."""

    kind: str
    url: str
    store: Store
    screenshots: Path


def _fastapi_app(settings: Settings) -> Any:
    from shop_fastapi.app import create_app

    return create_app(settings)


def _django_app(settings: Settings) -> Any:
    from shop_django.app import create_app

    return create_app(settings)


SHOP_FACTORIES: dict[str, Callable[[Settings], Any]] = {
    "fastapi": _fastapi_app,
    "django": _django_app,
}


@pytest.fixture(scope="session", params=sorted(SHOP_FACTORIES))
def _shop_server(
    request: pytest.FixtureRequest,
    _sandbox_server: Sandbox,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Shop]:
    kind = str(request.param)
    settings = Settings(
        db_path=str(tmp_path_factory.mktemp(f"shop-{kind}") / "shop.sqlite3"),
        iamport_base_url=_sandbox_server.base_url,
        merchant_code=_sandbox_server.merchant_code,
        script_url=f"{_sandbox_server.base_url}/v1/iamport.js",
    )
    app = SHOP_FACTORIES[kind](settings)
    folder = SCREENSHOTS / kind
    folder.mkdir(parents=True, exist_ok=True)
    with serve(app) as url:
        yield Shop(kind, url, Store(settings.db_path), folder)


@pytest.fixture
def shop(_shop_server: Shop, sandbox: Sandbox) -> Shop:
    """An example shop (FastAPI, then Django) talking to a freshly reset sandbox."""
    return _shop_server
