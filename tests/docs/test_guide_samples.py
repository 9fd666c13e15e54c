"""Every Python sample of the user guide (``docs/*.md``) runs, against the sandbox.

The convention the samples are written to (stated for readers in ``docs/index.md``, "About the
code samples"):

* Every fenced ``python`` block of a page is a sample. A page's samples run in order in one
  fresh module namespace, like the cells of a notebook, with an empty temporary folder as the
  working directory.
* ``BASE_URL`` is predefined: the address of a running sandbox, reset before each page. The
  environment has ``IAMPORT_BASE_URL`` set to the same address and ``IAMPORT_API_KEY`` /
  ``IAMPORT_API_SECRET`` unset, so ``Iamporter()`` reaches the sandbox with the public test
  credentials.
* A block whose first line is ``# file: NAME`` is written to ``NAME`` in that folder instead of
  being run. After the page, when it wrote a ``conftest.py`` or ``test_*.py``, ``pytest`` runs
  in the folder (a separate process) and must pass.
* A block right after a ``<!-- not-tested: REASON -->`` line is skipped; ``NOT_TESTED`` below
  must list each such block, so skipping stays rare and deliberate.

A failing sample fails its page's test; the traceback names ``docs/PAGE.md`` and the line.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import types
from dataclasses import dataclass
from pathlib import Path

import pytest

from iamport_sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"

#: Blocks that are deliberately not run: (page, first line of the block). Keep this tiny.
NOT_TESTED: set[tuple[str, str]] = set()

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\s`]*)")
_NOT_TESTED = re.compile(r"^\s*<!--\s*not-tested:\s*(?P<reason>.+?)\s*-->\s*$")
_FILE = re.compile(r"^#\s*file:\s*(?P<name>[\w./-]+)\s*$")


@dataclass(frozen=True)
class Sample:
    """One fenced ``python`` block of a page."""

    page: Path
    line: int  # 1-based line number of the block's first code line
    code: str
    skipped_because: str | None

    @property
    def file_name(self) -> str | None:
        first = self.code.split("\n", 1)[0]
        match = _FILE.match(first)
        return match.group("name") if match else None

    @property
    def first_line(self) -> str:
        return self.code.split("\n", 1)[0]


def extract_samples(page: Path) -> list[Sample]:
    """Every fenced ``python``/``py`` block of ``page``, indentation removed."""
    lines = page.read_text(encoding="utf-8").splitlines()
    samples = []
    index = 0
    while index < len(lines):
        match = _FENCE.match(lines[index])
        if not match:
            index += 1
            continue
        indent, fence, info = match.group("indent"), match.group("fence"), match.group("info")
        body_start = index + 1
        end = body_start
        closing = re.compile(rf"^{re.escape(indent)}{re.escape(fence[0])}{{{len(fence)},}}\s*$")
        while end < len(lines) and not closing.match(lines[end]):
            end += 1
        if info.lower() in ("python", "py"):
            body = [
                line[len(indent) :] if line.startswith(indent) else line
                for line in lines[body_start:end]
            ]
            previous = lines[index - 1] if index > 0 else ""
            marker = _NOT_TESTED.match(previous)
            samples.append(
                Sample(
                    page=page,
                    line=body_start + 1,
                    code="\n".join(body) + "\n",
                    skipped_because=marker.group("reason") if marker else None,
                )
            )
        index = end + 1
    return samples


def guide_pages() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


def pages_with_samples() -> list[Path]:
    return [page for page in guide_pages() if extract_samples(page)]


def test_the_guide_has_samples_and_the_extractor_finds_them() -> None:
    counts = {page.name: len(extract_samples(page)) for page in guide_pages()}
    assert sum(counts.values()) >= 30, counts
    for name in ("quickstart.md", "errors.md", "declines.md", "timeouts.md", "webhooks.md"):
        assert counts.get(name, 0) > 0, f"{name} has no samples"


def test_only_listed_blocks_are_skipped() -> None:
    skipped = {
        (sample.page.name, sample.first_line)
        for page in guide_pages()
        for sample in extract_samples(page)
        if sample.skipped_because is not None
    }
    assert skipped == NOT_TESTED


@pytest.fixture
def page_environment(
    docs_sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A fresh sandbox, the documented environment, and an empty working folder."""
    docs_sandbox.reset()
    monkeypatch.setenv("IAMPORT_BASE_URL", docs_sandbox.base_url)
    monkeypatch.delenv("IAMPORT_API_KEY", raising=False)
    monkeypatch.delenv("IAMPORT_API_SECRET", raising=False)
    monkeypatch.chdir(tmp_path)
    logger = logging.getLogger("iamport_client")
    monkeypatch.setattr(logger, "level", logger.level)  # a sample may change it
    return tmp_path


# Starlette's TestClient (webhooks.md) now prefers the httpx2 package; plain httpx still works.
@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient` is deprecated")
@pytest.mark.parametrize("page", pages_with_samples(), ids=lambda page: page.stem)
def test_page_samples_run(page: Path, page_environment: Path, docs_sandbox: Sandbox) -> None:
    name = f"docs_sample_{page.stem}"
    module = types.ModuleType(name)
    module.__file__ = str(page)
    module.BASE_URL = docs_sandbox.base_url  # type: ignore[attr-defined]
    sys.modules[name] = module  # dataclasses and pickling look their module up here
    written: list[str] = []
    try:
        for sample in extract_samples(page):
            if sample.skipped_because is not None:
                continue
            if sample.file_name is not None:
                target = page_environment / sample.file_name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(sample.code, encoding="utf-8")
                written.append(sample.file_name)
                continue
            # Pad with blank lines so that tracebacks point at the line in the Markdown file.
            source = "\n" * (sample.line - 1) + sample.code
            exec(compile(source, str(page), "exec"), module.__dict__)  # noqa: S102
    finally:
        sys.modules.pop(name, None)
    if any(Path(n).name == "conftest.py" or Path(n).name.startswith("test_") for n in written):
        run_written_tests(page_environment)


def run_written_tests(folder: Path) -> None:
    """Run ``pytest`` on the files a page wrote; they must collect and pass."""
    (folder / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")  # stop config lookup here
    env = {k: v for k, v in os.environ.items() if not k.startswith(("IAMPORT_", "PYTEST_"))}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(folder)],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"the page's tests failed:\n{output}"
    assert re.search(r"\b\d+ passed\b", output), output
