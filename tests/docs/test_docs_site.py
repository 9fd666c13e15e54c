"""The built site in headless Chromium: the new pages, Korean search, the API reference's
fixes, no failed request or console error, and no horizontal overflow on a phone.

Driven over the DevTools pipe (``tests/support/cdp.py``); this module also listens to the
``Log`` and ``Network`` domains, so a missing file (``/ko/sitemap.xml``) fails a test too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from tests.support.cdp import Browser

from .test_docs_browser import CHROMIUM

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="!!! CHROMIUM IS NOT INSTALLED: THE SITE CHECKS DID NOT RUN !!!"
)

NEW_PAGES = {
    "v1-v2": ("V1 and V2", "V1과 V2"),
    "go-live": ("Go-live checklist", "운영 전환 체크리스트"),
    "faq": ("FAQ", "자주 묻는 질문"),
    "webhook-events": ("Webhook events", "웹훅 이벤트"),
    "errors-catalogue": ("Error catalogue", "오류 목록"),
    "changelog": ("Changelog", "변경 기록"),
    "python-api": ("Python API reference", "파이썬 API 레퍼런스"),
}
H1 = "document.querySelector('article h1').firstChild.textContent.trim()"


class WatchfulBrowser(Browser):
    """A :class:`Browser` that also records console messages and failed requests."""

    def __init__(self, profile: Path) -> None:
        self.problems: list[str] = []
        super().__init__(profile)
        self.call("Log.enable", session=True)
        self.call("Network.enable", session=True)

    def _read(self) -> dict[str, Any]:
        message = super()._read()
        method, params = message.get("method"), message.get("params", {})
        if method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
            entry = params["entry"]
            self.problems.append(f"console: {entry.get('text')} {entry.get('url', '')}")
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning"):
            self.problems.append(f"console.{params['type']}: {json.dumps(params['args'])[:300]}")
        elif method == "Network.responseReceived" and params["response"]["status"] >= 400:
            self.problems.append(
                f"HTTP {params['response']['status']}: {params['response']['url']}"
            )
        elif method == "Network.loadingFailed" and not params.get("canceled"):
            self.problems.append(f"failed: {params.get('errorText')}")
        return message

    def settle(self) -> None:
        """Let late requests (the search worker, the sitemap) finish."""
        self.wait_for("document.readyState === 'complete'")
        self.evaluate("new Promise(resolve => setTimeout(resolve, 400))")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WatchfulBrowser]:
    chromium = WatchfulBrowser(tmp_path_factory.mktemp("chromium-site"))
    try:
        yield chromium
    finally:
        chromium.close()


@pytest.fixture
def watch(browser: WatchfulBrowser) -> Iterator[WatchfulBrowser]:
    browser.problems.clear()
    browser.console.clear()
    yield browser
    assert browser.console == [], browser.console
    assert browser.problems == [], browser.problems


@pytest.mark.parametrize("stem", NEW_PAGES)
def test_the_new_pages_render_in_both_languages(
    site_url: str, watch: WatchfulBrowser, stem: str
) -> None:
    english, korean = NEW_PAGES[stem]
    watch.open(f"{site_url}/{stem}.html")
    assert watch.evaluate(H1) == english
    assert watch.evaluate("document.documentElement.lang") == "en"
    watch.open(f"{site_url}/ko/{stem}.html")
    assert watch.evaluate(H1) == korean
    assert watch.evaluate("document.documentElement.lang") == "ko"
    nav = watch.evaluate("document.querySelector('nav.md-nav--primary').innerText")
    assert korean in nav
    watch.settle()


def _search(browser: WatchfulBrowser, url: str) -> list[dict[str, str]]:
    browser.open(url)
    browser.wait_for("document.querySelectorAll('.md-search-result__item').length > 0", timeout=30)
    result: list[dict[str, str]] = browser.evaluate(
        "[...document.querySelectorAll('.md-search-result__item')].map(li => ({"
        "href: li.querySelector('a').href, text: li.innerText}))"
    )
    return result


def test_korean_search_finds_partial_cancel_without_the_space(
    site_url: str, watch: WatchfulBrowser
) -> None:
    results = _search(watch, f"{site_url}/ko/index.html?q={quote('부분취소')}")
    links = [r["href"] for r in results]
    assert all("/ko/" in link for link in links), links  # the Korean index only
    pages = {link.rsplit("/", 1)[-1].split("#")[0].split("?")[0] for link in links}
    assert pages & {"quickstart.html", "faq.html", "operations.html", "timeouts.html"}, pages
    spaced = _search(watch, f"{site_url}/ko/index.html?q={quote('부분 취소')}")
    assert all("/ko/" in r["href"] for r in spaced)
    watch.settle()


def test_english_search_stays_in_english(site_url: str, watch: WatchfulBrowser) -> None:
    results = _search(watch, f"{site_url}/index.html?q=webhook")
    assert results and not any("/ko/" in r["href"] for r in results), results[:5]
    watch.settle()


def test_the_api_reference_has_no_leftovers(site_url: str, watch: WatchfulBrowser) -> None:
    # An English reader, whatever language an earlier test left remembered in the browser.
    watch.open(f"{site_url}/api/index.html?lang=en")
    watch.wait_for("document.querySelectorAll('.opblock').length > 50", timeout=30)
    placeholder = watch.evaluate(
        "document.querySelector('.operation-filter-input').getAttribute('placeholder')"
    )
    assert "tag" in placeholder and placeholder != "Filter by tag" and "취소" in placeholder
    # Typing re-renders the filter; the placeholder stays.
    watch.evaluate("document.querySelector('.operation-filter-input').focus()")
    watch.call("Input.insertText", session=True, text="x")
    watch.evaluate("new Promise(resolve => setTimeout(resolve, 300))")
    again = watch.evaluate(
        "document.querySelector('.operation-filter-input').getAttribute('placeholder')"
    )
    assert again == placeholder
    assert (
        watch.evaluate("document.querySelectorAll('.authorize, .authorization__btn').length") == 0
    )
    home = watch.evaluate("document.querySelector('.iamport-bar__home').getAttribute('href')")
    assert home == "../reference.html"
    watch.settle()


def test_the_guide_link_goes_back_in_the_readers_language(
    site_url: str, watch: WatchfulBrowser
) -> None:
    watch.open(f"{site_url}/ko/reference.html")  # remembers Korean
    watch.open(f"{site_url}/api/index.html")
    watch.wait_for("document.querySelectorAll('.opblock').length > 50", timeout=30)
    home = watch.evaluate("document.querySelector('.iamport-bar__home')")
    href = watch.evaluate("document.querySelector('.iamport-bar__home').getAttribute('href')")
    assert home is not None and href == "../ko/reference.html"
    assert "가이드" in watch.evaluate("document.querySelector('.iamport-bar__home').innerText")
    watch.open(f"{site_url}/errors.html")  # back to English
    watch.open(f"{site_url}/api/index.html?lang=en")
    href = watch.evaluate("document.querySelector('.iamport-bar__home').getAttribute('href')")
    assert href == "../reference.html"
    watch.settle()


MOBILE_PAGES = (
    "migrate-iamporter",
    "migrate-iamport-rest-client",
    "v1-v2",
    "errors-catalogue",
    "configuration",
    "webhook-events",
    "operations",
)


@pytest.mark.parametrize("prefix", ["", "ko/"])
def test_no_horizontal_overflow_on_a_phone(
    site_url: str, watch: WatchfulBrowser, prefix: str
) -> None:
    watch.call(
        "Emulation.setDeviceMetricsOverride",
        session=True,
        width=390,
        height=844,
        deviceScaleFactor=1,
        mobile=True,
    )
    try:
        for stem in MOBILE_PAGES:
            watch.open(f"{site_url}/{prefix}{stem}.html")
            page_width = watch.evaluate("document.documentElement.scrollWidth")
            assert page_width <= 390, f"{prefix}{stem}: the page is {page_width}px wide"
            wide = watch.evaluate(
                "[...document.querySelectorAll('article table')]"
                ".filter(t => t.offsetWidth > document.querySelector('article').clientWidth + 1)"
                ".map(t => t.querySelector('th, td').innerText + ': ' + t.offsetWidth"
                " + ' > ' + document.querySelector('article').clientWidth)"
            )
            assert wide == [], f"{prefix}{stem}: tables wider than the screen: {wide}"
    finally:
        watch.call("Emulation.clearDeviceMetricsOverride", session=True)
    watch.settle()
