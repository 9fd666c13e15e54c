"""The pages the guide must have (V1 and V2, go-live checklist, FAQ, webhook events, error
catalogue, changelog) are in the navigation of both languages, and ``CHANGELOG.md`` keeps the
Keep a Changelog format with the versioning and deprecation policy.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import iamport_client

from .test_docs_i18n import mkdocs_config

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
CHANGELOG = ROOT / "CHANGELOG.md"
REQUIRED = ("v1-v2", "go-live", "faq", "webhook-events", "errors-catalogue", "changelog")


def nav_files(nav: list[object]) -> set[str]:
    found: set[str] = set()
    for entry in nav:
        assert isinstance(entry, dict)
        for value in entry.values():
            if isinstance(value, str):
                found.add(value)
            else:
                found |= nav_files(value)
    return found


@pytest.mark.parametrize("stem", REQUIRED)
def test_the_page_exists_in_both_languages_and_in_the_navigation(stem: str) -> None:
    assert (DOCS / f"{stem}.md").is_file()
    assert (DOCS / f"{stem}.ko.md").is_file()
    assert f"{stem}.md" in nav_files(mkdocs_config()["nav"])


@pytest.mark.parametrize("stem", REQUIRED)
def test_the_built_pages_render(built_site: Path, stem: str) -> None:
    for prefix in ("", "ko/"):
        page = (built_site / prefix / f"{stem}.html").read_text(encoding="utf-8")
        assert "<!-- iamport:" not in page, f"{prefix}{stem}: a marker was left unfilled"
        assert re.search(r"<h1[^>]*>", page)


def test_the_changelog_keeps_a_changelog() -> None:
    text = CHANGELOG.read_text(encoding="utf-8")
    assert text.startswith("# Changelog\n")
    assert "Keep a Changelog" in text and "Semantic Versioning" in text
    releases = re.findall(r"^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$", text, re.M)
    assert releases[0] == ("Unreleased", "")
    versions = [version for version, _ in releases[1:]]
    assert iamport_client.__version__ in versions, "the current version has no entry"
    assert all(date for _, date in releases[1:]), "every release has a date"
    allowed = {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}
    assert set(re.findall(r"^### (\w+)$", text, re.M)) <= allowed
    # pay_foreign is deprecated in the code's docstrings, so the changelog says so.
    assert re.search(r"### Deprecated\n\n- `pay_foreign`", text)


def _bullets(text: str, heading: str) -> int:
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return len(re.findall(r"^- ", text[start:end], re.M))


def test_the_policy_is_the_same_in_korean() -> None:
    english = _bullets(CHANGELOG.read_text(encoding="utf-8"), "## Versioning and deprecation")
    korean = _bullets((DOCS / "changelog.ko.md").read_text(encoding="utf-8"), "## 버전과 사용 중단")
    assert english == korean >= 5


def test_the_built_changelog_shows_the_policy_and_the_releases(built_site: Path) -> None:
    page = (built_site / "changelog.html").read_text(encoding="utf-8")
    assert "deprecat" in page.lower() and iamport_client.__version__ in page
    korean = (built_site / "ko" / "changelog.html").read_text(encoding="utf-8")
    assert iamport_client.__version__ in korean and "사용 중단" in korean
