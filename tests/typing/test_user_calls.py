"""The typed user program runs as written against the sandbox."""

from __future__ import annotations

import asyncio

from iamport_client import AsyncIamporter, Iamporter
from iamport_sandbox import Sandbox
from tests.typing import user_calls


def test_the_typed_user_program_runs(iamporter: Iamporter, sandbox: Sandbox) -> None:
    results = user_calls.ten_resources(iamporter)
    assert all(result is not None for result in results)

    async def run() -> list[object]:
        async with AsyncIamporter(base_url=sandbox.base_url) as client:
            return await user_calls.ten_resources_async(client)

    codes, walked, again = asyncio.run(run())
    assert codes and walked and again
