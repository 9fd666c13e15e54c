"""The built documentation, looked at in a real browser (headless Chromium).

The site is built once (``tools/docs/build.py``, as ``make docs`` does) and served by the stdlib
static file server on 127.0.0.1; some checks open it straight from disk (``file://``), as a user
who downloaded it would. Chromium's ``--dump-dom`` prints the DOM after the page's scripts ran,
so these checks see what Swagger UI and the search actually rendered.

Chromium is Debian's ``chromium`` package (``/usr/bin/chromium``), installed by ``make test``.
Without it every test here is skipped, loudly.
"""

from __future__ import annotations

import json
import re
import subprocess
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.docs._png import pixel_histogram

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "iamport.yaml"
CHROMIUM = Path("/usr/bin/chromium")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--enable-logging=stderr",
    "--v=0",
)
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason=(
        "!!! CHROMIUM IS NOT INSTALLED (/usr/bin/chromium missing): THE DOCUMENTATION BROWSER "
        "CHECKS DID NOT RUN. Install it with `apt-get install -y chromium` !!!"
    ),
)


def spec_operations() -> list[dict[str, Any]]:
    """``{operation_id, tag, method, path, summary}`` for every operation of the spec."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    found = []
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                found.append(
                    {
                        "operation_id": op["operationId"],
                        "tag": op["tags"][0],
                        "method": method,
                        "path": path,
                        "summary": op.get("summary", ""),
                    }
                )
    return found


@dataclass(frozen=True)
class Chromium:
    """Headless Chromium with one profile for the session (a fresh one costs ~2 s per run)."""

    profile: Path

    def open(self, url: str, *, screenshot: Path | None = None) -> str:
        """The DOM of ``url`` once its scripts ran (and a 1280x2000 PNG of it at ``screenshot``).

        Fails when the page logged a failed resource load or an uncaught script error.
        """
        args = ["--virtual-time-budget=10000", "--dump-dom"]
        if screenshot is not None:
            args += ["--window-size=1280,2000", "--hide-scrollbars", f"--screenshot={screenshot}"]
        proc = subprocess.run(
            [str(CHROMIUM), *FLAGS, f"--user-data-dir={self.profile}", *args, url],
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
        assert proc.returncode == 0, f"chromium failed ({proc.returncode}):\n{proc.stderr[-3000:]}"
        problems = page_problems(proc.stderr)
        assert not problems, "\n".join(problems)
        assert "<html" in proc.stdout, f"no DOM printed for {url}"
        return proc.stdout


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Chromium:
    """Headless Chromium with a fresh profile for this session."""
    return Chromium(tmp_path_factory.mktemp("chromium-profile"))


def page_problems(stderr: str) -> list[str]:
    """Console errors of the page: failed resource loads and uncaught script errors."""
    problems = []
    for line in stderr.splitlines():
        if ":CONSOLE" in line and (
            "Failed to load resource" in line or "Uncaught" in line or "net::ERR" in line
        ):
            problems.append(line)
    return problems


def assert_not_blank(shot: Path) -> None:
    """The screenshot exists, has the window's size, and shows more than one flat colour."""
    width, height, histogram = pixel_histogram(shot.read_bytes())
    assert (width, height) == (1280, 2000)
    sampled = sum(histogram.values())
    (dominant, count), *_ = histogram.most_common(1)
    assert len(histogram) > 50, f"{shot}: only {len(histogram)} colours"
    assert count / sampled < 0.9, f"{shot}: {count / sampled:.0%} of it is #{dominant.hex()}"


def rendered_operations(dom: str) -> set[str]:
    """Operation ids of the operation blocks Swagger UI rendered (``id="operations-TAG-ID"``)."""
    ids = set()
    for op in spec_operations():
        if f'id="operations-{op["tag"]}-{op["operation_id"]}"' in dom:
            ids.add(op["operation_id"])
    return ids


def operation_block(dom: str, tag: str, operation_id: str) -> str:
    """The HTML of one rendered operation (up to the next operation block)."""
    start = dom.index(f'id="operations-{tag}-{operation_id}"')
    following = re.search(r'id="operations-(?!tag-)[^"]+"', dom[start + 20 :])
    end = start + 20 + following.start() if following else len(dom)
    return dom[start:end]


def test_the_reference_opened_from_disk_shows_every_operation_in_full(
    built_site: Path, browser: Chromium
) -> None:
    # As a file (no server), with a deep link that expands one operation: every operation is
    # listed, and the expanded one shows its request body fields and every response.
    dom = browser.open((built_site / "api" / "index.html").as_uri() + "#/payments/cancel_payment")
    expected = {op["operation_id"] for op in spec_operations()}
    assert len(expected) >= 24
    missing = expected - rendered_operations(dom)
    assert not missing, f"operations not rendered: {sorted(missing)}"
    for tag in {op["tag"] for op in spec_operations()}:
        assert f'id="operations-tag-{tag}"' in dom, f"tag section {tag} missing"
    assert "Schemas" in dom  # the schema (model) section at the bottom

    block = operation_block(dom, "payments", "cancel_payment")
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    for field in spec["components"]["schemas"]["CancelRequest"]["properties"]:
        assert f'"{field}"' in block, f"request body field {field} not rendered"
    for code in spec["paths"]["/payments/cancel"]["post"]["responses"]:
        assert f'data-code="{code}"' in block, f"response {code} not rendered"


def test_the_reference_filter_finds_the_cancel_operation(
    site_url: str, browser: Chromium, tmp_path: Path
) -> None:
    # Served over HTTP this time, filtered through the URL, with a screenshot of the result.
    shot = tmp_path / "api-reference-filter-cancel.png"
    dom = browser.open(f"{site_url}/api/index.html?filter=cancel", screenshot=shot)
    shown = rendered_operations(dom)
    assert "cancel_payment" in shown
    unrelated = {
        op["operation_id"]
        for op in spec_operations()
        if "cancel"
        not in " ".join([op["operation_id"], op["path"], op["summary"], op["tag"]]).lower()
    }
    assert "get_token" in unrelated
    assert not shown & unrelated, f"filter 'cancel' still shows {sorted(shown & unrelated)}"
    assert 'value="cancel"' in dom  # the filter box shows what it filters by
    print(f"screenshot: {shot}")
    assert_not_blank(shot)


def test_a_guide_page_renders(site_url: str, browser: Chromium, tmp_path: Path) -> None:
    shot = tmp_path / "guide-webhooks.png"
    dom = browser.open(f"{site_url}/webhooks.html", screenshot=shot)
    assert "Verifying payments and webhooks" in dom
    assert 'class="md-nav' in dom  # the theme's navigation rendered
    print(f"screenshot: {shot}")
    assert_not_blank(shot)


def test_guide_search_works_from_disk(built_site: Path, browser: Chromium) -> None:
    # Material reads ?q= and runs the search; from file:// it goes through the local
    # iframe-worker shim, the part most likely to break offline.
    dom = browser.open((built_site / "index.html").as_uri() + "?q=checksum")
    links = re.findall(r'<a href="([^"]+)" class="md-search-result__link"', dom)
    assert any("timeouts.html" in link for link in links), links


def test_search_index_covers_guide_and_reference(site_url: str) -> None:
    with urllib.request.urlopen(f"{site_url}/search/search_index.json", timeout=10) as response:  # noqa: S310 - our local server
        index = json.load(response)
    text_by_page: dict[str, str] = {}
    for doc in index["docs"]:
        page = doc["location"].split("#")[0]
        text_by_page[page] = text_by_page.get(page, "") + " " + doc["title"] + " " + doc["text"]
    assert "PaymentOutcomeUnknownError" in text_by_page["timeouts.html"]
    assert "verify_payment" in text_by_page["webhooks.html"]
    for op in spec_operations():
        assert op["operation_id"] in text_by_page["reference.html"], op["operation_id"]
