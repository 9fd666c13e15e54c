"""Each test sees the drift log as a fresh process would: every deviation not yet reported."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from iamport_client._core import forget_reported_drift


@pytest.fixture(autouse=True)
def _fresh_drift_log() -> Iterator[None]:
    forget_reported_drift()
    yield
    forget_reported_drift()
