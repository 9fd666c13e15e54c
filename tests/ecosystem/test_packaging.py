"""The built wheel and sdist: contents, a clean install, the README quickstart, a user project."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tarfile
import textwrap
import venv
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from ._process import serving

# The wheel and its virtual environments are built once, on one xdist worker.
pytestmark = pytest.mark.xdist_group("packaging")

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Dist:
    wheel: Path
    sdist: Path


@dataclass(frozen=True)
class Env:
    """A clean virtual environment with the built wheel installed."""

    root: Path

    def bin(self, name: str) -> str:
        return str(self.root / "bin" / name)

    def run(
        self, *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        clean = {k: v for k, v in os.environ.items() if not k.startswith(("IAMPORT_", "PYTEST_"))}
        clean.pop("PYTHONPATH", None)
        return subprocess.run(
            [self.bin(args[0]), *args[1:]],
            capture_output=True,
            text=True,
            cwd=cwd or self.root,
            env=clean | (env or {}),
            timeout=180,
        )


def _build(out: Path, source: Path, *kinds: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", *kinds, "-o", str(out), str(source)],
        check=True,
        capture_output=True,
        timeout=300,
    )


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Dist:
    out = tmp_path_factory.mktemp("dist")
    _build(out, ROOT, "--sdist", "--wheel")
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return Dist(wheel, sdist)


def _venv(path: Path, *requirements: str) -> Env:
    venv.create(path, with_pip=True, clear=True)
    env = Env(path)
    result = env.run("python", "-m", "pip", "install", "--quiet", *requirements)
    assert result.returncode == 0, result.stderr[-3000:]
    return env


@pytest.fixture(scope="session")
def bare_env(dist: Dist, tmp_path_factory: pytest.TempPathFactory) -> Env:
    """The wheel without extras (plus pytest, as a user's test environment would have)."""
    return _venv(tmp_path_factory.mktemp("bare") / "venv", str(dist.wheel), "pytest")


@pytest.fixture(scope="session")
def full_env(dist: Dist, tmp_path_factory: pytest.TempPathFactory) -> Env:
    return _venv(tmp_path_factory.mktemp("full") / "venv", f"{dist.wheel}[sandbox,cli]", "pytest")


# ---------------------------------------------------------------------------- contents


def test_wheel_carries_spec_license_readme_and_entry_points(dist: Dist) -> None:
    with zipfile.ZipFile(dist.wheel) as wheel:
        names = set(wheel.namelist())
        spec = wheel.read("iamport_client/spec/iamport.yaml")
        entry_points = wheel.read(
            next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        ).decode()
        license_text = wheel.read(
            next(n for n in names if n.endswith(".dist-info/licenses/LICENSE"))
        ).decode()
        readme = wheel.read("iamport_sandbox/README.md").decode()
    assert spec == (ROOT / "spec" / "iamport.yaml").read_bytes()
    assert license_text.startswith("MIT License")
    assert readme == (ROOT / "sandbox" / "README.md").read_text(encoding="utf-8")
    assert "iamport = iamport_client._cli_entry:main" in entry_points
    assert "iamport-sandbox = iamport_sandbox.__main__:main" in entry_points
    assert "[pytest11]" in entry_points
    assert "iamport_sandbox.pytest_plugin = iamport_sandbox.pytest_plugin" in entry_points
    tops = {n.split("/")[0] for n in names}
    assert tops == {
        "iamport_api",
        "iamport_client",
        "iamport_sandbox",
        "iamport_client-0.1.0.dist-info",
    }
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_sdist_ships_only_what_builds_the_wheel(dist: Dist, tmp_path: Path) -> None:
    with tarfile.open(dist.sdist) as sdist:
        names = [n.split("/", 1)[1] for n in sdist.getnames() if "/" in n]
        sdist.extractall(tmp_path, filter="data")
    tops = {n.split("/")[0] for n in names}
    assert tops == {
        "generated", "wrapper", "sandbox", "spec", "README.md", "LICENSE", "pyproject.toml",
        "PKG-INFO", ".gitignore",
    }  # fmt: skip
    assert not [n for n in names if n.startswith(("tests", "docs", "bench", "generator"))]
    assert "spec/iamport.yaml" in names
    # ...and that is enough to build the very same wheel.
    (source,) = tmp_path.iterdir()
    _build(tmp_path / "out", source, "--wheel")
    (rebuilt,) = (tmp_path / "out").glob("*.whl")
    with zipfile.ZipFile(rebuilt) as a, zipfile.ZipFile(dist.wheel) as b:
        assert sorted(a.namelist()) == sorted(b.namelist())


# ---------------------------------------------------------------------------- without extras


def test_sandbox_without_its_extra_names_the_extra_and_exits_2(bare_env: Env) -> None:
    result = bare_env.run("iamport-sandbox")
    assert result.returncode == 2
    assert result.stdout == ""
    assert 'pip install "iamport-client[sandbox]"' in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_without_its_extra_names_the_extra_and_exits_2(bare_env: Env) -> None:
    result = bare_env.run("iamport", "--help")
    assert result.returncode == 2
    assert 'pip install "iamport-client[cli]"' in result.stderr


def test_spec_path_and_client_work_without_extras(bare_env: Env) -> None:
    code = (
        "import iamport_client; p = iamport_client.spec_path(); print(p); print(p.stat().st_size)"
    )
    result = bare_env.run("python", "-c", code)
    assert result.returncode == 0, result.stderr
    path, size = result.stdout.split()
    assert path.startswith(str(bare_env.root)) and path.endswith("iamport_client/spec/iamport.yaml")
    assert int(size) == (ROOT / "spec" / "iamport.yaml").stat().st_size


def test_plugin_without_the_extra_leaves_other_tests_alone(bare_env: Env, tmp_path: Path) -> None:
    (tmp_path / "test_mixed.py").write_text(
        "def test_plain():\n    assert True\n\n\ndef test_wants_sandbox(iamport_sandbox):\n    pass\n"
    )
    result = bare_env.run("python", "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=tmp_path)
    assert result.returncode == 1, result.stdout
    assert "1 passed, 1 error" in result.stdout
    assert 'pip install "iamport-client[sandbox]"' in result.stdout


# ---------------------------------------------------------------------------- with extras


@pytest.fixture
def sandbox_process(full_env: Env) -> Iterator[str]:
    """The Dockerfile's command, run from the clean environment; yields the base URL."""
    dockerfile = (ROOT / "Dockerfile").read_text()
    entrypoint = json.loads(re.search(r"^ENTRYPOINT (\[.*\])$", dockerfile, re.M).group(1))  # type: ignore[union-attr]
    command = json.loads(re.search(r"^CMD (\[.*\])$", dockerfile, re.M).group(1))  # type: ignore[union-attr]
    assert entrypoint == ["iamport-sandbox"]
    assert command == ["--host", "0.0.0.0", "--port", "8000"]
    assert f"its command is `{' '.join(entrypoint + command)}`" in README
    # The same command; only the port is left to the OS so that parallel runs cannot collide.
    with serving([full_env.bin(entrypoint[0]), *command, "--port", "0"]) as url:
        yield url


def _python_block_after(heading: str) -> str:
    section = README.split(heading, 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)  # type: ignore[union-attr]


def test_readme_quickstart_in_a_clean_venv(
    full_env: Env, sandbox_process: str, tmp_path: Path
) -> None:
    assert 'pip install "dist/iamport_client-0.1.0-py3-none-any.whl[sandbox,cli]"' in README
    assert "pypi" not in README.lower()
    script = tmp_path / "quickstart.py"
    script.write_text(_python_block_after("## Quickstart"), encoding="utf-8")
    result = full_env.run("python", str(script), env={"IAMPORT_BASE_URL": sandbox_process})
    assert result.returncode == 0, result.stderr
    assert result.stdout == "paid order_monthly_0001\n"


def test_cli_installed_from_the_wheel(full_env: Env, sandbox_process: str) -> None:
    assert full_env.run("iamport", "--help").returncode == 0
    token = full_env.run(
        "iamport",
        "token",
        env={
            "IAMPORT_API_KEY": "imp_apikey",
            "IAMPORT_API_SECRET": "ekKoeW8RyKuT0zgaZsUtXXTLQ4AhPFW3ZGseDA6bkA5lamv9OqDMnxyeB9wqOsuO9W3Mx9YSJ4dTqJ3f",
            "IAMPORT_BASE_URL": sandbox_process,
        },
    )
    assert token.returncode == 0, token.stderr
    assert token.stdout.startswith(f"credentials accepted by {sandbox_process}")


TINY_PROJECT_TESTS = """
import asyncio

import pytest

from iamport_client import PaymentFailedError

CARD = dict(card_number="4242-4242-4242-4242", expiry="2030-12", birth="900101")


def test_checkout(iamporter):
    paid = iamporter.pay_onetime(merchant_uid="order_1", amount=1000, **CARD)
    assert paid.data.status == "paid"


def test_declined_card(iamporter):
    with pytest.raises(PaymentFailedError) as info:
        iamporter.pay_onetime(merchant_uid="order_2", amount=1000, card_number="4000-0000-0000-0002",
                              expiry="2030-12", birth="900101")
    assert "한도초과" in info.value.message


@pytest.mark.iamport_reset
def test_starts_empty(iamporter):
    assert iamporter.find_all_by_status("all").data.total == 0


def test_clock_moves_schedules(iamport_reset, iamporter):
    iamporter.create_subscription(customer_uid="c1", **CARD)
    now = int(iamport_reset.clock.now())
    iamporter.schedule_payments(customer_uid="c1", schedules=[
        {"merchant_uid": "s1", "schedule_at": now + 3600, "amount": 8900, "name": "월간"}])
    iamport_reset.clock.advance(3601)
    iamport_reset.state.tick()
    assert iamporter.get_schedule("s1").data.schedule_status == "executed"


def test_async(async_iamporter):
    async def main():
        async with async_iamporter:
            return (await async_iamporter.get_token()).data.lifetime

    assert 0 < asyncio.run(main()) <= 1800  # the token may be one issued a moment ago
"""


def test_tiny_project_uses_only_the_auto_registered_fixtures(full_env: Env, tmp_path: Path) -> None:
    project = tmp_path / "shop"
    (project / "tests").mkdir(parents=True)
    (project / "pyproject.toml").write_text(
        '[project]\nname = "shop"\nversion = "0"\n\n[tool.pytest.ini_options]\n'
        'testpaths = ["tests"]\naddopts = "--strict-markers"\n'
    )
    (project / "tests" / "test_shop.py").write_text(textwrap.dedent(TINY_PROJECT_TESTS))
    assert "pytest_plugins" not in TINY_PROJECT_TESTS and not (project / "conftest.py").exists()
    result = full_env.run("python", "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 passed" in result.stdout
