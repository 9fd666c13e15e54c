"""Regenerate the typed low-level client from ``spec/iamport.yaml``.

Usage::

    python generator/generate.py            # rewrite generated/iamport_api
    python generator/generate.py --check    # regenerate into a temp dir, fail on any difference

It then writes the wrapper's resource classes from the spec's ``x-iamport`` facts
(``generator/resources.py``: the package ``wrapper/iamport_client/_resources/``, one module per
resource, and ``_resource_index.py``), deleting modules the spec no longer makes; ``--check``
compares those too, and fails on a missing, different or left-over module.

The generator is openapi-python-client, pinned in pyproject.toml; its configuration is
``generator/config.yaml``. Any warning the generator prints fails the run: a warning means part of
the spec was skipped or misread, and the committed client would silently lack it.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "iamport.yaml"
CONFIG = ROOT / "generator" / "config.yaml"
# Only templates that had to change (docs/regenerating.md says why): lazy models/__init__.py,
# models with Decimal money, None for absent fields, type checks, the tolerant reader with its
# strict core (x-iamport-core) and redacted secrets (model.py, types.py), None-defaulted
# optional parameters (endpoint_macros.py), and one error type for the low-level client
# (endpoint_module.py, errors.py).
TEMPLATES = ROOT / "generator" / "templates"
TARGET = ROOT / "generated" / "iamport_api"
# Written after generation: --meta none does not emit the PEP 561 marker.
PY_TYPED = "# Marker file for PEP 561: this package ships type information.\n"


def generate_into(output: Path) -> None:
    """Run the generator and write the package to ``output`` (which must not exist)."""
    bin_dir = Path(sys.executable).parent
    env = dict(os.environ)
    # The post hooks call `ruff`: use the pinned one from this interpreter's environment.
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env["RUFF_NO_CACHE"] = "true"
    exe = bin_dir / "openapi-python-client"
    cmd = [
        str(exe),
        "generate",
        "--path",
        str(SPEC),
        "--config",
        str(CONFIG),
        "--meta",
        "none",
        "--output-path",
        str(output),
        "--custom-template-path",
        str(TEMPLATES),
    ]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    text = proc.stdout + proc.stderr
    if proc.returncode != 0 or "warning" in text.lower() or "error" in text.lower():
        sys.stderr.write(text)
        raise SystemExit(f"generation failed or warned (exit {proc.returncode})")
    shutil.rmtree(output / ".ruff_cache", ignore_errors=True)
    (output / "py.typed").write_text(PY_TYPED, encoding="utf-8")


def _differences(expected: Path, actual: Path) -> list[str]:
    """List human-readable differences between two package trees."""
    out: list[str] = []

    def walk(cmp: filecmp.dircmp[str], rel: Path) -> None:
        for name in sorted(cmp.left_only):
            out.append(f"only in regenerated output: {rel / name}")
        for name in sorted(cmp.right_only):
            out.append(f"only in committed tree: {rel / name}")
        for name in sorted(cmp.diff_files):
            a = (Path(cmp.left) / name).read_text(encoding="utf-8").splitlines(keepends=True)
            b = (Path(cmp.right) / name).read_text(encoding="utf-8").splitlines(keepends=True)
            where = rel / name
            diff = difflib.unified_diff(b, a, f"committed/{where}", f"regenerated/{where}")
            out.append("".join(diff))
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, rel / name)

    ignore = ["__pycache__", ".ruff_cache", ".mypy_cache"]
    walk(filecmp.dircmp(str(expected), str(actual), ignore=ignore), Path())
    return out


def main(argv: list[str] | None = None) -> int:
    """Entry point: regenerate, or check that the committed tree is up to date."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ is stale")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import resources

    if args.check:
        stale = resources.stale()
        if stale:
            print(f"wrapper modules missing, different or left over: {stale}", file=sys.stderr)
            print("run `make generate` and commit the result", file=sys.stderr)
            return 1
        print("wrapper/iamport_client/_resources/ and _resource_index.py are up to date")
    else:
        for path in resources.write():
            print(f"wrote {path.relative_to(ROOT)}")
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "iamport_api"
        generate_into(fresh)
        if args.check:
            if not TARGET.is_dir():
                print(f"{TARGET} is missing: run `make generate`", file=sys.stderr)
                return 1
            # Compare byte for byte (filecmp's shallow mode trusts size+mtime; force content).
            filecmp.clear_cache()
            diffs = _differences(fresh, TARGET)
            if diffs:
                print("generated/ differs from what the generator makes:", file=sys.stderr)
                for d in diffs:
                    print(d, file=sys.stderr)
                print("run `make generate` and commit the result", file=sys.stderr)
                return 1
            print("generated/iamport_api is up to date")
            return 0
        if TARGET.exists():
            shutil.rmtree(TARGET)
        TARGET.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, TARGET)
        print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
