"""Shared fixtures: one concept per fixture."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from iamport_client import AsyncIamporter, Iamporter
from iamport_sandbox import Sandbox, run_sandbox
from tests.support import fake_iamport
from tests.support.fake_iamport import FakeIamport

#: Under pytest-xdist (`make test` runs two workers) a test file's tests run on one worker, so its
#: module and session fixtures are built once; every test under these folders shares a scope too,
#: because they share an expensive session fixture (tests/docs: the built site).
SHARED_SCOPES = ("tests/docs/",)

try:
    from xdist.remote import Producer
    from xdist.scheduler import LoadFileScheduling
except ImportError:  # the benchmark environment runs tests/bench without xdist
    pass
else:

    class _SharedBuildScheduling(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            for prefix in SHARED_SCOPES:
                if nodeid.startswith(prefix):
                    return prefix
            return str(super()._split_scope(nodeid))

    def pytest_xdist_make_scheduler(config: pytest.Config, log: Producer) -> _SharedBuildScheduling:
        # xdist's `loadgroup` marks do not group under pytest 9 (the node id it rewrites is no
        # longer read), so the grouping is done by scope here.
        return _SharedBuildScheduling(config, log)


@pytest.fixture(scope="session")
def _fake_server() -> Iterator[FakeIamport]:
    fake, stop = fake_iamport.start()
    yield fake
    stop()


@pytest.fixture
def fake(_fake_server: FakeIamport) -> Iterator[FakeIamport]:
    """The scriptable fake Iamport server, reset for each test."""
    _fake_server.reset()
    yield _fake_server
    _fake_server.reset()


@pytest.fixture
def client(fake: FakeIamport) -> Iterator[Iamporter]:
    """An Iamporter talking to the fake server (short timeouts, fast retries)."""
    with Iamporter(
        fake_iamport.API_KEY, fake_iamport.API_SECRET, base_url=fake.base_url, timeout=2.0
    ) as iamporter:
        yield iamporter


@pytest.fixture
def async_client(fake: FakeIamport) -> AsyncIamporter:
    """An AsyncIamporter talking to the fake server; tests close it inside their loop."""
    return AsyncIamporter(
        fake_iamport.API_KEY, fake_iamport.API_SECRET, base_url=fake.base_url, timeout=2.0
    )


@pytest.fixture(scope="session")
def _sandbox_server() -> Iterator[Sandbox]:
    with run_sandbox(port=0, slow_card_delay=1.5) as sandbox:
        yield sandbox


@pytest.fixture
def sandbox(_sandbox_server: Sandbox) -> Sandbox:
    """The Iamport sandbox over real HTTP, reset to a fresh state for each test."""
    _sandbox_server.reset()
    return _sandbox_server


@pytest.fixture
def iamporter(sandbox: Sandbox) -> Iterator[Iamporter]:
    """An Iamporter talking to the sandbox with the public test credentials."""
    with Iamporter(base_url=sandbox.base_url, timeout=5.0) as client:
        yield client
