"""Build the documentation site (``make docs``): ``python tools/docs/build.py [--site-dir DIR]``.

Runs ``mkdocs build --strict`` with ``mkdocs.yml`` (guide from ``docs/``, API reference from
``spec/iamport.yaml`` through ``tools/docs/hooks.py``), then checks that the result works offline:
no page loads a script, style, font, image or frame from another host. Prints where the site is,
how long the build took and how big the site is.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "mkdocs.yml"
DEFAULT_SITE = ROOT / "site"

# Anything the browser fetches by itself: <script src>, <link href> (styles, icons, preloads),
# <img src>, <iframe src>, <source src>, and url(...)/@import in CSS.
_HTML_FETCH = re.compile(
    r"<(?:script|img|iframe|source|audio|video|embed)\b[^>]*?\ssrc\s*=\s*[\"']?\s*((?:https?:)?//[^\"'\s>]+)"
    r"|<link\b(?=[^>]*\srel\s*=\s*[\"']?(?:stylesheet|preload|preconnect|modulepreload|icon|"
    r"dns-prefetch|manifest))[^>]*?\shref\s*=\s*[\"']?\s*((?:https?:)?//[^\"'\s>]+)",
    re.IGNORECASE,
)
_CSS_FETCH = re.compile(
    r"(?:url\(\s*[\"']?|@import\s+[\"'])\s*((?:https?:)?//[^\"')\s]+)", re.IGNORECASE
)


def external_fetches(site: Path) -> list[str]:
    """``file: url`` for every resource in ``site`` that a browser would fetch from the network."""
    found = []
    for path in sorted(site.rglob("*")):
        if path.suffix == ".html":
            pattern = _HTML_FETCH
        elif path.suffix == ".css":
            pattern = _CSS_FETCH
        else:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in pattern.finditer(text):
            url = next(group for group in match.groups() if group)
            if "www.w3.org/2000/svg" in url:  # an XML namespace inside data: URLs, not a fetch
                continue
            found.append(f"{path.relative_to(site)}: {url}")
    return found


def site_size(site: Path) -> int:
    """Total bytes of the files in ``site``."""
    return sum(path.stat().st_size for path in site.rglob("*") if path.is_file())


def build(site_dir: Path, *, quiet: bool = False) -> Path:
    """Build the site into ``site_dir`` and check it is self-contained.

    Raises:
        subprocess.CalledProcessError: mkdocs failed (broken link, missing page, warning).
        RuntimeError: a page would load something from the network.
    """
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "--clean",
        "--config-file",
        str(CONFIG),
        "--site-dir",
        str(site_dir),
    ]
    if quiet:
        command.append("--quiet")
    # Material for MkDocs prints a banner on every build: it is maintained until May 2027, with
    # Zensical as its successor. Known; keep the build output to what matters.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(command, check=True, cwd=ROOT, env=env)  # noqa: S603 - our interpreter
    offenders = external_fetches(site_dir)
    if offenders:
        raise RuntimeError(
            "the site would fetch these from the network (it must work offline):\n  "
            + "\n  ".join(offenders)
        )
    return site_dir


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--site-dir", type=Path, default=DEFAULT_SITE, help="output folder (default: site/)"
    )
    parser.add_argument("--quiet", action="store_true", help="only print mkdocs warnings")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    site = args.site_dir.resolve()
    try:
        build(site, quiet=args.quiet)
    except subprocess.CalledProcessError as exc:
        print(f"docs: mkdocs build failed (exit {exc.returncode})", file=sys.stderr)
        return 1
    except RuntimeError as exc:
        print(f"docs: {exc}", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    size = site_size(site) / 1_000_000
    print(f"docs: built {site} in {elapsed:.1f} s ({size:.1f} MB); open {site / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
