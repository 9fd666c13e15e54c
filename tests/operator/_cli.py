"""Running ``iamport`` in-process (click's runner) with chosen credentials."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from click.testing import CliRunner, Result

from iamport_client.cli import cli
from tests.support import fake_iamport
from tests.support.fake_iamport import FakeIamport, Reply, envelope


def invoke(base_url: str, args: Sequence[str], input: str | None = None, **env: str) -> Result:
    """``iamport ARGS`` against ``base_url`` with the public test pair (stdout, stderr apart)."""
    environment = {
        "IAMPORT_API_KEY": fake_iamport.API_KEY,
        "IAMPORT_API_SECRET": fake_iamport.API_SECRET,
        "IAMPORT_BASE_URL": base_url,
        "IAMPORT_PROFILE": "",
        "HOME": "/nonexistent-home",
        "IAMPORT_CONFIG": "/nonexistent-home/config.toml",
        **env,
    }
    return CliRunner().invoke(cli, list(args), input=input, env=environment)


def page(items: list[dict[str, Any]], total: int, next_: int) -> Reply:
    """One page of a payment list."""
    return Reply(200, envelope({"total": total, "previous": 0, "next": next_, "list": items}))


def posted(fake: FakeIamport, path: str) -> list[dict[str, Any]]:
    """The JSON bodies POSTed to ``path``."""
    return [json.loads(r.body) for r in fake.requests if r.method == "POST" and r.path == path]
