"""pytest plugin: ``pytest_plugins = ["iamport_sandbox.pytest_plugin"]``.

Provides the session-scoped fixture ``iamport_sandbox`` (a running :class:`Sandbox`
with the public test credentials). Call ``iamport_sandbox.reset()`` between tests
when they must not see each other's data.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .server import Sandbox, run_sandbox


@pytest.fixture(scope="session")
def iamport_sandbox() -> Iterator[Sandbox]:
    """A sandbox server running for the whole test session."""
    with run_sandbox(port=0) as sandbox:
        yield sandbox
