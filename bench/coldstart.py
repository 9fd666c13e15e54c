"""Cold import as a user pays it: a fresh interpreter, the import statement alone, timed inside,
with only what ``pip install <the module's distribution>`` puts on the path.

Two things on a development machine make ``import X`` cost what no user pays:

- **Optional packages.** ``httpx`` imports its command line (``click``, ``pygments``, ``rich``)
  whenever they are installed, which adds tens of milliseconds to ``import httpx``. This venv has
  them (the sandbox needs ``click``, pytest brings ``pygments``); a user of iamport-client does
  not get them: they are no requirement of it, nor of httpx.
- **Bytecode.** This machine sets ``PYTHONDONTWRITEBYTECODE=1``, and our package is installed in
  editable mode, so without care its import is timed compiling its sources, while the wheels
  (httpx) bring their ``.pyc``. A user's ``pip install`` compiles every module once.

So each measured module gets a *user site*: a temporary folder of links to exactly the packages
of its distribution and of the distributions it requires (their non-extra requirements, markers
evaluated, followed transitively). The child interpreter runs isolated (``-I -S``: no
site-packages, no ``.pth`` files, no ``PYTHON*`` variables) with that folder and the standard
library on its path, and reads bytecode from one private cache (``-X pycache_prefix``) written by
an unmeasured priming run, like the ``.pyc`` files of an installed wheel.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Final

__all__ = ["CODE", "cold_once", "distribution_of", "requirements_closure", "user_site"]

CODE: Final = (
    "import sys\n"
    "sys.path.insert(0, {site!r})\n"
    "import time\n"
    "t, c = time.perf_counter(), time.process_time()\n"
    "import {module}\n"
    "sys.stdout.write(f'{{time.perf_counter() - t!r}} {{time.process_time() - c!r}}')\n"
)

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def distribution_of(module: str) -> metadata.Distribution:
    """The installed distribution that provides top-level module ``module``."""
    top = module.partition(".")[0]
    for dist_name in metadata.packages_distributions().get(top, []):
        return metadata.distribution(dist_name)
    # An editable install names no packages in its RECORD, only its .pth file.
    origin = importlib.util.find_spec(top)
    where = Path(origin.origin or "").resolve() if origin is not None else None
    for dist in metadata.distributions():
        for folder in _pth_folders(dist):
            if where is not None and folder in where.parents:
                return dist
    raise LookupError(f"no installed distribution provides {module!r}")


def _pth_folders(dist: metadata.Distribution) -> Iterator[Path]:
    for file in dist.files or []:
        if file.suffix == ".pth":
            for line in file.read_text().splitlines():
                line = line.strip()
                if line and not line.startswith(("#", "import ")):
                    yield Path(line).resolve()


def _wanted(requirement: str) -> str | None:
    """The distribution name of a requirement a plain install pulls in, else ``None``."""
    name_match = _NAME.match(requirement)
    if name_match is None:
        return None
    name = name_match.group(0)
    if ";" in requirement:
        marker = requirement.split(";", 1)[1]
        if "extra" in marker:
            return None
        try:
            from packaging.markers import Marker
        except ImportError:  # pragma: no cover - pip's vendored copy is not importable
            return name
        if not Marker(marker).evaluate({"extra": ""}):
            return None
    return name


def requirements_closure(dist: metadata.Distribution) -> list[metadata.Distribution]:
    """``dist`` and every distribution its plain install requires, transitively."""
    found: dict[str, metadata.Distribution] = {}
    todo = [dist]
    while todo:
        current = todo.pop()
        key = _canonical(current.metadata["Name"])
        if key in found:
            continue
        found[key] = current
        for requirement in current.requires or []:
            name = _wanted(requirement)
            if name is not None and _canonical(name) not in found:
                try:
                    todo.append(metadata.distribution(name))
                except metadata.PackageNotFoundError:
                    continue  # not installed here: a user would have it, we cannot time it
    return list(found.values())


def _top_level(dist: metadata.Distribution) -> set[str]:
    names: set[str] = set()
    for file in dist.files or []:
        first = file.parts[0]
        if first in ("..", "__pycache__") or first.endswith((".dist-info", ".data")):
            continue
        if len(file.parts) > 1:
            names.add(first)
        elif file.suffix in (".py", ".so", ".pyd"):
            names.add(first.split(".")[0])
    for folder in _pth_folders(dist):
        for entry in folder.iterdir():
            if (entry / "__init__.py").is_file():
                names.add(entry.name)
    return {n for n in names if n.isidentifier()}


def user_site(module: str, folder: Path) -> Path:
    """Fill ``folder`` with links to what installing ``module``'s distribution installs."""
    folder.mkdir(parents=True, exist_ok=True)
    for dist in requirements_closure(distribution_of(module)):
        for name in sorted(_top_level(dist)):
            spec = importlib.util.find_spec(name)
            if spec is None:
                continue
            if spec.submodule_search_locations:
                # A regular package (the folder with __init__.py); a bare data folder of the
                # same name (an editable install's force-included files) is skipped.
                source = next(
                    (
                        Path(p)
                        for p in spec.submodule_search_locations
                        if (Path(p) / "__init__.py").is_file()
                    ),
                    None,
                )
            else:
                source = Path(spec.origin) if spec.origin else None
            link = folder / (source.name if source is not None else name)
            if source is not None and not link.exists():
                link.symlink_to(source.resolve(), target_is_directory=source.is_dir())
    return folder


def command(module: str, site: Path, pycache: Path) -> list[str]:
    """The isolated interpreter that imports ``module`` from ``site`` and prints seconds."""
    return [
        sys.executable,
        "-I",
        "-S",
        "-X",
        f"pycache_prefix={pycache}",
        "-c",
        CODE.format(site=str(site), module=module),
    ]


def cold_once(module: str, site: Path, pycache: Path) -> tuple[float, float, float]:
    """Import ``module`` in a fresh interpreter: (import ms and its CPU ms, measured inside;
    process wall ms). The CPU time is what the import itself computed, which other processes
    on a loaded machine disturb far less than the elapsed time."""
    import time

    start = time.perf_counter()
    proc = subprocess.run(
        command(module, site, pycache),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"PATH": os.environ.get("PATH", "")},
    )
    wall = (time.perf_counter() - start) * 1000
    if proc.returncode != 0:
        lines = proc.stderr.strip().splitlines()
        raise RuntimeError(lines[-1] if lines else f"exit status {proc.returncode}")
    elapsed, cpu = proc.stdout.split()
    return float(elapsed) * 1000, float(cpu) * 1000, wall
