"""The pytest plugin: auto-registered through its entry point, fixtures, reset, overrides."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from iamport_client import Iamporter
from iamport_sandbox import Sandbox

USER_TESTS = """
import asyncio

import httpx
import pytest

CARD = dict(card_number="4242-4242-4242-4242", expiry="2030-12", birth="900101")


def test_session_sandbox(iamport_sandbox):
    assert httpx.get(iamport_sandbox.base_url + "/__sandbox/clock").status_code == 200


def test_pays_with_the_bound_client(iamporter, iamport_sandbox):
    assert iamporter.base_url == iamport_sandbox.base_url
    paid = iamporter.pay_onetime(merchant_uid="order_1", amount=1000, **CARD)
    assert paid.data.status == "paid"


def test_data_survives_without_reset(iamporter):
    assert iamporter.find_by_merchant_uid("order_1").data.amount == 1000


@pytest.mark.iamport_reset
def test_marker_resets(iamporter):
    assert iamporter.find_all_by_status("all").data.total == 0
    iamporter.pay_onetime(merchant_uid="order_2", amount=2000, **CARD)


def test_reset_fixture(iamport_reset, iamporter):
    assert iamport_reset.state.payment_records() == []


def test_async_client(async_iamporter):
    async def run():
        async with async_iamporter:
            paid = await async_iamporter.pay_onetime(merchant_uid="order_3", amount=3000, **CARD)
            return paid.data.amount

    assert asyncio.run(run()) == 3000


def test_async_client_left_open(async_iamporter):
    async def run():
        return (await async_iamporter.find_by_merchant_uid("order_3")).data.status

    assert asyncio.run(run()) == "paid"
"""


def run_pytest(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run pytest of the dev environment in ``project`` (plugin autoload left on)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "IAMPORT_"))}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        capture_output=True,
        text=True,
        cwd=project,
        env=env,
        timeout=120,
    )


def test_fixtures_need_no_pytest_plugins_line(tmp_path: Path) -> None:
    (tmp_path / "test_shop.py").write_text(USER_TESTS)
    result = run_pytest(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "7 passed" in result.stdout, result.stdout


def test_naming_the_plugin_too_still_works(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["iamport_sandbox.pytest_plugin"]\n')
    (tmp_path / "test_one.py").write_text(
        "def test_it(iamporter):\n    assert iamporter.get_token().data.access_token\n"
    )
    result = run_pytest(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_marker_is_registered_for_strict_markers(tmp_path: Path) -> None:
    (tmp_path / "test_one.py").write_text(
        "import pytest\n\n@pytest.mark.iamport_reset\ndef test_it(iamport_sandbox):\n"
        "    assert iamport_sandbox.state.payment_records() == []\n"
    )
    result = run_pytest(tmp_path, "--strict-markers", "--markers")
    assert "@pytest.mark.iamport_reset" in result.stdout
    assert run_pytest(tmp_path, "--strict-markers").returncode == 0


def test_plugin_can_be_disabled(tmp_path: Path) -> None:
    (tmp_path / "test_one.py").write_text("def test_it(iamport_sandbox):\n    pass\n")
    result = run_pytest(tmp_path, "-p", "no:iamport_sandbox.pytest_plugin")
    assert result.returncode != 0
    assert "fixture 'iamport_sandbox' not found" in result.stdout


def test_this_repo_loads_the_plugin_and_its_conftest_wins(
    request: pytest.FixtureRequest, iamporter: Iamporter, sandbox: Sandbox
) -> None:
    # tests/conftest.py defines `iamporter` (bound to its own `sandbox`): it overrides the plugin's.
    assert request.config.pluginmanager.has_plugin("iamport_sandbox.pytest_plugin")
    assert iamporter.base_url == sandbox.base_url
    fixture_defs = request._fixturemanager.getfixturedefs("iamporter", request.node)
    assert fixture_defs is not None
    assert fixture_defs[-1].baseid == "tests"
    assert any(d.func.__module__ == "iamport_sandbox.pytest_plugin" for d in fixture_defs)


def test_user_tests_are_valid_python() -> None:
    compile(textwrap.dedent(USER_TESTS), "user_tests", "exec")
