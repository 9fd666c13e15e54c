"""Fixtures of the documentation tests: the built site, a static server for it, a sandbox."""

from __future__ import annotations

import functools
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from iamport_sandbox import Sandbox, run_sandbox

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "tools" / "docs" / "build.py"


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built once per session by the same command as ``make docs``."""
    site = tmp_path_factory.mktemp("docs") / "site"
    proc = subprocess.run(
        [sys.executable, str(BUILD), "--site-dir", str(site), "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,  # a busy machine; alone it takes well under a minute
        check=False,
    )
    assert proc.returncode == 0, f"docs build failed:\n{proc.stdout}\n{proc.stderr}"
    return site


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """``http://127.0.0.1:<port>``: the built site behind the stdlib static file server."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="docs-site", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture(scope="session")
def docs_sandbox() -> Iterator[Sandbox]:
    """The sandbox the guide's samples talk to (reset before each page)."""
    with run_sandbox(port=0) as sandbox:
        yield sandbox


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that need the built site may wait for the build: give them time on a busy machine."""
    for item in items:
        names = getattr(item, "fixturenames", ())
        if "built_site" in names or "site_url" in names:
            item.add_marker(pytest.mark.timeout(900))
            # One worker builds the site once (`make test` runs pytest with xdist's loadgroup).
            item.add_marker(pytest.mark.xdist_group("docs-site"))
