"""The migration guides run against the sandbox, print what they say they print, and state what
the old clients did on a decline and on a 404.

``test_guide_samples.py`` runs every page's samples; this test runs the migration pages again and
also checks their output: on a ``print(...)`` line, a trailing comment is the expected output (the
part after ``->`` when there is one, up to `` (`` for a remark). Such a line must run, and what it
printed must start with that text. So a guide cannot claim ``[4000] 카드 한도초과`` for a decline
the sandbox reports differently, or show an ``except`` branch that never runs.
"""

from __future__ import annotations

import builtins
import re
import sys
import types
from pathlib import Path

import pytest

from iamport_sandbox import Sandbox

from .test_guide_samples import DOCS, extract_samples

MIGRATION_PAGES = sorted(DOCS.glob("migrate-*.md"))
_PRINT = re.compile(r"^\s*print\(.*\)\s*#\s*(?P<comment>.+?)\s*$")


def expectations(page: Path) -> dict[int, str]:
    """Line number in ``page`` -> the output its ``print`` comment promises."""
    found: dict[int, str] = {}
    for sample in extract_samples(page):
        for offset, line in enumerate(sample.code.splitlines()):
            match = _PRINT.match(line)
            if not match:
                continue
            comment = match.group("comment")
            if "->" in comment:
                comment = comment.split("->", 1)[1].strip()
            elif comment.startswith((".", "was")):
                continue  # the old client's code, not an output
            found[sample.line + offset] = comment.split(" (", 1)[0].strip()
    return found


def run_capturing(page: Path, base_url: str) -> dict[int, list[str]]:
    """Run the page's samples; line number -> what each ``print`` there printed."""
    printed: dict[int, list[str]] = {}

    def recording_print(*args: object, sep: str | None = " ", **_: object) -> None:
        frame = sys._getframe(1)
        if frame.f_code.co_filename == str(page):
            text = (sep if sep is not None else " ").join(str(arg) for arg in args)
            printed.setdefault(frame.f_lineno, []).append(text)

    name = f"docs_migration_{page.stem.replace('.', '_').replace('-', '_')}"
    module = types.ModuleType(name)
    module.__file__ = str(page)
    namespace = module.__dict__
    namespace["BASE_URL"] = base_url
    namespace["print"] = recording_print
    sys.modules[name] = module
    original = builtins.print
    try:
        builtins.print = recording_print  # coroutines defined in the page see it too
        for sample in extract_samples(page):
            source = "\n" * (sample.line - 1) + sample.code
            exec(compile(source, str(page), "exec"), namespace)  # noqa: S102
    finally:
        builtins.print = original
        sys.modules.pop(name, None)
    return printed


def test_there_are_migration_guides_in_both_languages() -> None:
    names = {page.name for page in MIGRATION_PAGES}
    assert {"migrate-iamporter.md", "migrate-iamporter.ko.md"} <= names
    assert {"migrate-iamport-rest-client.md", "migrate-iamport-rest-client.ko.md"} <= names


@pytest.mark.parametrize("page", MIGRATION_PAGES, ids=lambda page: page.name)
def test_migration_samples_print_what_they_promise(
    page: Path, docs_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    docs_sandbox.reset()
    monkeypatch.setenv("IAMPORT_BASE_URL", docs_sandbox.base_url)
    monkeypatch.delenv("IAMPORT_API_KEY", raising=False)
    monkeypatch.delenv("IAMPORT_API_SECRET", raising=False)
    monkeypatch.chdir(tmp_path)
    promised = expectations(page)
    assert len(promised) >= 5, f"{page.name}: too few checked outputs"
    printed = run_capturing(page, docs_sandbox.base_url)
    for line, expected in promised.items():
        assert line in printed, f"{page.name}:{line} never ran (promised {expected!r})"
        outputs = printed[line]
        assert any(out.startswith(expected) for out in outputs), (
            f"{page.name}:{line} printed {outputs!r}, the guide says {expected!r}"
        )


@pytest.mark.parametrize("page", MIGRATION_PAGES, ids=lambda page: page.name)
def test_the_decline_and_the_404_are_shown_running(page: Path) -> None:
    promised = expectations(page).values()
    assert any(text.startswith("[4000]") for text in promised), "no decline sample"
    assert any(text == "404" or text.startswith("404 ") for text in promised), "no 404 sample"


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    following = text.find("\n## ", start + len(heading))
    return text[start : following if following != -1 else len(text)]


def test_the_iamporter_guide_says_what_iamporter_did() -> None:
    english = (DOCS / "migrate-iamporter.md").read_text(encoding="utf-8")
    errors = _section(english, "## Errors")
    # iamporter 1.4.2: a decline rejects with IamporterError(fail_reason); a 404 resolves.
    assert re.search(r"declined card.*\*\*rejects\*\*.*fail_reason", errors, re.S)
    assert re.search(r"404.*\*\*resolves\*\*.*status === 404.*data: null", errors, re.S)
    assert "except NotFoundError" in errors
    assert "a fulfilled promise with a failed payment" not in english
    assert ".catch(err => err.status === 404)" not in english
    assert "host" in english and "base_url" in english
    assert "findAllByMerchantUid(id, {status})" in english
    korean = (DOCS / "migrate-iamporter.ko.md").read_text(encoding="utf-8")
    assert "**이행(resolve)**" in korean and "**거부**" in korean
    assert ".catch(err => err.status === 404)" not in korean
    assert "findAllByMerchantUid(id, {status})" in korean


def test_the_official_client_guide_covers_what_changed() -> None:
    for name in ("migrate-iamport-rest-client.md", "migrate-iamport-rest-client.ko.md"):
        text = (DOCS / name).read_text(encoding="utf-8")
        assert "`is_paid(amount, merchant_uid=...)`" in text, name
        assert re.search(r"`pay_again\(\*\*kwargs\)` \| [^\n]*`name`", text), name
        assert re.search(
            r"`pay_foreign\(\*\*kwargs\)` \| [^\n]*\*\*(deprecated|사용 중단 예정)\*\*", text
        )
        assert 'Iamport.HttpError(404, "Not Found")' in text, name
