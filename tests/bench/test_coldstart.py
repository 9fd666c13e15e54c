"""The cold-import measurement runs in the environment a user has (bench/coldstart.py)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from bench import coldstart


def test_the_httpx_site_holds_httpx_and_its_requirements_but_not_its_cli_extras(
    tmp_path: Path,
) -> None:
    site = coldstart.user_site("httpx", tmp_path / "site")
    names = {entry.name for entry in site.iterdir()}
    assert {"httpx", "httpcore", "h11", "idna", "certifi"} <= names
    assert not names & {"click", "pygments", "rich", "iamport_client", "pytest"}


def test_our_site_holds_our_packages_and_runtime_requirements_only(tmp_path: Path) -> None:
    site = coldstart.user_site("iamport_client", tmp_path / "site")
    names = {entry.name for entry in site.iterdir()}
    assert {"iamport_client", "iamport_api", "httpx", "attr", "attrs", "sniffio"} <= names
    assert not names & {"click", "pygments", "rich", "starlette", "uvicorn", "pytest"}


def test_the_child_sees_only_the_user_site_and_reads_cached_bytecode(tmp_path: Path) -> None:
    site = coldstart.user_site("httpx", tmp_path / "site")
    pycache = tmp_path / "pycache"
    ms, cpu, wall = coldstart.cold_once("httpx", site, pycache)
    assert 0 < ms < wall and cpu > 0
    assert any(pycache.rglob("_client*.pyc"))  # the bytecode went to the private cache
    probe = coldstart.command("httpx", site, pycache)
    probe[-1] += "\nimport importlib.util as u\nassert u.find_spec('click') is None\n"
    probe[-1] += (
        "assert u.find_spec('pytest') is None\nassert u.find_spec('iamport_client') is None"
    )
    subprocess.run(probe, check=True, capture_output=True)
