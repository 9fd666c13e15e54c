"""pytest plugin, loaded automatically once ``iamport-client`` is installed (entry point
``pytest11``); nothing to name in ``pytest_plugins``.

Fixtures:

``iamport_sandbox``
    A sandbox server for the whole session (public test credentials).
``iamporter`` / ``async_iamporter``
    An :class:`~iamport_client.Iamporter` / :class:`~iamport_client.AsyncIamporter` bound to it.
``iamport_reset``
    Resets the sandbox before the test and returns it (or mark the test
    ``@pytest.mark.iamport_reset``).

Fixtures of the same names in a ``conftest.py`` win over these. Disable the plugin with
``-p no:iamport_sandbox.pytest_plugin``. Nothing starts until a test asks for one of the fixtures.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from iamport_client import AsyncIamporter, Iamporter

    from .server import Sandbox

MARKER = "iamport_reset"
EXTRA_HINT = 'the iamport sandbox needs its extra: pip install "iamport-client[sandbox]"'


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``iamport_reset`` marker."""
    config.addinivalue_line(
        "markers", f"{MARKER}: reset the iamport sandbox (data, clock, webhooks) before the test"
    )


@pytest.fixture(scope="session")
def iamport_sandbox() -> Iterator[Sandbox]:
    """A sandbox server running on 127.0.0.1 for the whole test session."""
    try:
        from .server import run_sandbox
    except ModuleNotFoundError as exc:  # starlette/uvicorn missing
        pytest.fail(f"{EXTRA_HINT} ({exc})", pytrace=False)
    with run_sandbox(port=0) as sandbox:
        yield sandbox


@pytest.fixture
def iamport_reset(iamport_sandbox: Sandbox) -> Sandbox:
    """The session sandbox, reset to a fresh state for this test."""
    iamport_sandbox.reset()
    return iamport_sandbox


@pytest.fixture(autouse=True)
def _iamport_reset_marker(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker(MARKER) is not None:
        request.getfixturevalue("iamport_reset")


def _credentials() -> tuple[str, str]:
    from .server import DEFAULT_API_KEY, DEFAULT_API_SECRET

    return DEFAULT_API_KEY, DEFAULT_API_SECRET


@pytest.fixture
def iamporter(iamport_sandbox: Sandbox) -> Iterator[Iamporter]:
    """An ``Iamporter`` talking to the session sandbox."""
    from iamport_client import Iamporter

    key, secret = _credentials()
    with Iamporter(key, secret, base_url=iamport_sandbox.base_url, timeout=10.0) as client:
        yield client


@pytest.fixture
def async_iamporter(iamport_sandbox: Sandbox) -> Iterator[AsyncIamporter]:
    """An ``AsyncIamporter`` talking to the session sandbox.

    Use it inside your test's event loop (``async with async_iamporter:`` closes it there);
    a client left open is closed after the test.
    """
    from iamport_client import AsyncIamporter

    key, secret = _credentials()
    client = AsyncIamporter(key, secret, base_url=iamport_sandbox.base_url, timeout=10.0)
    yield client
    try:
        asyncio.run(client.aclose())
    except RuntimeError as exc:
        # Connections opened under the test's own event loop, which has ended: that loop
        # owned their transports, and nothing more can be closed from here.
        if "Event loop is closed" not in str(exc):
            raise
