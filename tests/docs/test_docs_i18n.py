"""The guide in English and Korean, and Korean summaries in the API reference.

Sources: every ``docs/PAGE.md`` has a ``docs/PAGE.ko.md`` with the very same code blocks (the
samples of both run in ``test_guide_samples.py``), every navigation title is translated, and
every operation of the spec has a Korean summary (``x-summary-ko``). The built site is checked
in headless Chromium driven over the DevTools pipe: the language switch, a Korean page, the
API reference's filter with Korean words, and the guide's search in Korean.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import yaml

from tests.docs.test_docs_browser import spec_operations
from tests.support.cdp import Browser, launched

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
HANGUL = re.compile(r"[\uac00-\ud7a3]")
H1 = "document.querySelector('h1').firstChild.textContent.trim()"
FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})", re.M)


def english_pages() -> list[Path]:
    return sorted(p for p in DOCS.glob("*.md") if not p.name.endswith(".ko.md"))


def code_blocks(page: Path) -> list[str]:
    """The fenced blocks of a page, fences included, in order."""
    lines = page.read_text(encoding="utf-8").splitlines()
    blocks, index = [], 0
    while index < len(lines):
        match = FENCE.match(lines[index])
        if not match:
            index += 1
            continue
        end = index + 1
        while end < len(lines) and lines[end].strip() != match.group(1):
            end += 1
        blocks.append("\n".join(line.strip() for line in lines[index : end + 1]))
        index = end + 1
    return blocks


# A comment after code or at the start of a line: `# ...` (Python, shell, TOML) or `// ...` (JS).
_COMMENT = re.compile(r"(^|\s)(?:#|//)\s.*$")
_FILE_MARKER = re.compile(r"^#\s*file:\s*\S+$")
#: Comments in Korean code blocks that are program output (English because the program prints it).
OUTPUT_COMMENTS = {
    "forged amount 100 charged, 64900 expected True",
    "secret: give both api_key and secret, or neither",
    "amount: expected a number, got a string",
    "cancelled, 5000 of 5000 refunded",
}


def without_comments(block: str) -> str:
    """A code block with its comments removed (``# file:`` markers kept): the code itself."""
    kept = []
    for line in block.splitlines():
        if not _FILE_MARKER.match(line):
            line = _COMMENT.sub("", line).rstrip()
        if line:
            kept.append(line)
    return "\n".join(kept)


def block_comments(page: Path) -> list[str]:
    """The text of every comment inside the page's code blocks."""
    found = []
    for block in code_blocks(page):
        for line in block.splitlines()[1:-1]:
            match = re.search(r"(?:^|\s)(?:#|//)\s(.*)$", line)
            if match and not _FILE_MARKER.match(line):
                found.append(match.group(1).strip())
    return found


def headings(page: Path) -> list[int]:
    """The level of every Markdown heading of the page, in order (code blocks left out)."""
    return [len(m.group(1)) for m in re.finditer(r"^(#{1,6}) \S", prose(page), re.M)]


def linked_pages(page: Path) -> set[str]:
    """The guide pages a page links to (anchors left out)."""
    return set(re.findall(r"\]\(([\w-]+\.md)(?:#[^)]*)?\)", prose(page)))


def prose(page: Path) -> str:
    """The page without its code blocks."""
    return re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)


def mkdocs_config() -> dict[str, Any]:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    config: dict[str, Any] = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=Loader)  # noqa: S506 - SafeLoader subclass
    return config


def nav_titles(nav: list[Any]) -> set[str]:
    titles: set[str] = set()
    for entry in nav:
        for title, value in entry.items():
            titles.add(title)
            if isinstance(value, list):
                titles |= nav_titles(value)
    return titles


@pytest.mark.parametrize("page", english_pages(), ids=lambda p: p.stem)
def test_every_page_has_a_korean_twin_with_the_same_code(page: Path) -> None:
    korean = page.with_name(page.stem + ".ko.md")
    assert korean.is_file(), f"{korean.name} is missing"
    # The same samples: identical code, comments aside (the Korean page's are in Korean).
    assert [without_comments(b) for b in code_blocks(korean)] == [
        without_comments(b) for b in code_blocks(page)
    ]
    # The same sections: one heading for each, at the same level, in the same order.
    assert headings(korean) == headings(page), "the two languages have different sections"
    # The same links to other pages: a bullet, a table row or a cross-reference missing on one
    # side shows up here.
    assert linked_pages(korean) == linked_pages(page)
    assert len(HANGUL.findall(prose(korean))) > 100, f"{korean.name} is hardly Korean"
    # Links to other pages point at pages that exist (MkDocs picks the Korean twin).
    for target in re.findall(r"\]\(([\w-]+\.md)(?:#[^)]*)?\)", korean.read_text(encoding="utf-8")):
        assert (DOCS / target).is_file(), target


@pytest.mark.parametrize("page", sorted(DOCS.glob("*.ko.md")), ids=lambda p: p.stem)
def test_korean_pages_comment_their_code_in_korean(page: Path) -> None:
    english = [
        comment
        for comment in block_comments(page)
        if not HANGUL.search(comment)
        and re.search(r"[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}", comment)
        and not re.search(r"[(){}=\[\]]|=>", comment)  # code of the old clients, quoted
        and comment not in OUTPUT_COMMENTS
    ]
    assert english == [], f"{page.name}: English comments in a Korean page"


_SEED = re.compile(r"seed|시드", re.IGNORECASE)


@pytest.mark.parametrize(
    "page",
    [ROOT / "README.md", *sorted(DOCS.glob("*.md"))],
    ids=lambda p: p.name,
)
def test_no_internal_words_in_user_docs(page: Path) -> None:
    # The spec key `seed` (named once, in backticks, where the spec's keys are listed) is allowed.
    text = page.read_text(encoding="utf-8").replace("`seed`", "")
    hits = [line for line in text.splitlines() if _SEED.search(line)]
    assert hits == [], f"{page.name} speaks of seeds: {hits}"


def test_no_korean_page_without_an_english_one() -> None:
    for korean in DOCS.glob("*.ko.md"):
        assert (DOCS / korean.name.replace(".ko.md", ".md")).is_file()


def test_every_navigation_title_is_translated_and_korean_comes_first() -> None:
    config = mkdocs_config()
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    languages = i18n["languages"]
    assert [lang["locale"] for lang in languages] == ["ko", "en"]
    assert languages[1]["default"] is True
    translations = languages[0]["nav_translations"]
    assert nav_titles(config["nav"]) <= set(translations)
    assert all(HANGUL.search(title) for title in translations.values())


def test_every_operation_has_a_korean_summary() -> None:
    spec = yaml.safe_load((ROOT / "spec" / "iamport.yaml").read_text(encoding="utf-8"))
    missing = [
        op["operationId"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if isinstance(op, dict)
        and "operationId" in op
        and not HANGUL.search(op.get("x-summary-ko", ""))
    ]
    assert missing == []
    cancel = spec["paths"]["/payments/cancel"]["post"]["x-summary-ko"]
    assert "취소" in cancel


def test_both_builds_are_complete_and_offline(built_site: Path) -> None:
    for page in english_pages():
        english = (built_site / f"{page.stem}.html").read_text(encoding="utf-8")
        korean = (built_site / "ko" / f"{page.stem}.html").read_text(encoding="utf-8")
        assert '<html lang="en"' in english and '<html lang="ko"' in korean
        assert 'hreflang="ko"' in english and 'hreflang="en"' in korean
    reference = (built_site / "ko" / "reference.html").read_text(encoding="utf-8")
    for op in spec_operations():
        assert op["operation_id"] in reference
    assert "결제 취소(전액 또는 부분 환불)" in reference
    for path in built_site.rglob("*.html"):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert not re.search(r"<(?:script|img|iframe)\b[^>]*\ssrc=\"(?:https?:)?//", text), path
        assert not re.search(r"<link\b[^>]*stylesheet[^>]*href=\"(?:https?:)?//", text), path


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    with launched(tmp_path_factory.mktemp("chromium-i18n")) as browser:
        yield browser


def test_switching_language_renders_the_korean_page(site_url: str, chromium: Browser) -> None:
    chromium.open(f"{site_url}/errors.html")
    assert chromium.evaluate("document.documentElement.lang") == "en"
    assert chromium.evaluate(H1) == "Errors"
    # The language menu of the header: click 한국어.
    chromium.evaluate("document.querySelector('a.md-select__link[hreflang=ko]').click()")
    chromium.wait_for(
        "location.pathname.endsWith('/ko/errors.html') && document.readyState === 'complete'"
    )
    assert chromium.evaluate("document.documentElement.lang") == "ko"
    assert chromium.evaluate(H1) == "오류 처리"
    text = chromium.evaluate("document.querySelector('article').innerText")
    assert "처리할 수 있는 구체적인 오류를 잡고" in text
    assert "이미 전액 취소된 결제건입니다" in text  # the (shared) sample shows the service's words
    nav = chromium.evaluate("document.querySelector('nav.md-nav--primary').innerText")
    assert "결제 검증과 웹훅" in nav and "iamport-rest-client(파이썬)에서" in nav
    # ...and back.
    chromium.evaluate("document.querySelector('a.md-select__link[hreflang=en]').click()")
    chromium.wait_for(
        "location.pathname.endsWith('/errors.html') && !location.pathname.includes('/ko/')"
    )
    assert chromium.evaluate("document.documentElement.lang") == "en"
    assert chromium.console == []


def _shown_operations(chromium: Browser) -> set[str]:
    ids = chromium.evaluate("[...document.querySelectorAll('.opblock')].map(e => e.id)")
    return {i.rsplit("-", 1)[-1] for i in ids}


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("취소", {"cancel_payment", "unschedule_payments", "revoke_vbank"}),
        ("빌링키", {"issue_billing_key", "pay_again", "get_billing_key"}),
        ("가상계좌", {"create_vbank", "update_vbank", "revoke_vbank"}),
        ("예약", {"schedule_payments", "get_schedule", "find_schedules"}),
    ],
)
def test_api_reference_finds_operations_by_korean_words(
    site_url: str, chromium: Browser, word: str, expected: set[str]
) -> None:
    chromium.open(f"{site_url}/api/index.html")
    chromium.wait_for("document.querySelectorAll('.opblock').length > 50")
    # Type the word into the filter box, as a reader would.
    chromium.evaluate("document.querySelector('.operation-filter-input').focus()")
    chromium.call("Input.insertText", session=True, text=word)
    chromium.wait_for("document.querySelectorAll('.opblock').length < 40")
    shown = _shown_operations(chromium)
    assert expected <= shown
    spec = {op["operation_id"]: op for op in spec_operations()}
    summaries = yaml.safe_load((ROOT / "spec" / "iamport.yaml").read_text(encoding="utf-8"))
    korean = {
        op["operationId"]: op.get("x-summary-ko", "")
        for item in summaries["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    for op_id in shown:
        assert word in korean[op_id] or word in spec[op_id]["tag"], op_id
    assert {op for op, text in korean.items() if word in text} <= shown
    block = chromium.evaluate(
        "document.querySelector('.opblock .opblock-summary-description').innerText"
    )
    assert HANGUL.search(block)


def test_korean_guide_search_finds_korean_pages(site_url: str, chromium: Browser) -> None:
    chromium.open(f"{site_url}/ko/index.html?q={quote('빌링키')}")
    chromium.wait_for("document.querySelectorAll('.md-search-result__item').length > 0", timeout=20)
    links = chromium.evaluate(
        "[...document.querySelectorAll('a.md-search-result__link')].map(a => a.href)"
    )
    assert any("/ko/" in link for link in links), json.dumps(links)
