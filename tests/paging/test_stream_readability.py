"""The async streams answer the pool's "is this idle connection readable?" from a socket they
look up once: the answer must still follow the real socket (a server that closed an idle
keep-alive connection makes it readable, and the pool must then drop it)."""

from __future__ import annotations

import asyncio
import socket

import httpcore

from iamport_client._deadline_backend import _AsyncStream
from tests.support.fake_iamport import FakeIamport, Reply, envelope


def test_an_idle_stream_turns_readable_when_the_server_closes_it() -> None:
    async def run() -> tuple[bool, bool, bool]:
        listener = socket.create_server(("127.0.0.1", 0))
        port = listener.getsockname()[1]
        inner = await httpcore.AnyIOBackend().connect_tcp("127.0.0.1", port)
        stream = _AsyncStream(inner)
        accepted, _ = listener.accept()
        before = stream.get_extra_info("is_readable")
        same = stream.get_extra_info("socket") is inner.get_extra_info("socket")
        accepted.close()  # the server ends the idle connection
        listener.close()
        await asyncio.sleep(0.05)
        after = stream.get_extra_info("is_readable")
        await stream.aclose()
        return before, after, same

    before, after, same = asyncio.run(run())
    assert before is False
    assert after is True
    assert same


def test_a_connection_the_server_closed_is_not_reused(fake: FakeIamport) -> None:
    from iamport_client import AsyncIamporter
    from tests.support import fake_iamport

    async def run() -> list[str]:
        async with AsyncIamporter(
            fake_iamport.API_KEY, fake_iamport.API_SECRET, base_url=fake.base_url, max_retries=0
        ) as client:
            found = []
            for uid in ("imp_1", "imp_2", "imp_3"):
                found.append((await client.payments.get(uid)).data.imp_uid)
            return found

    closing = Reply(200, envelope(fake_iamport.payment("imp_1")), headers={"Connection": "close"})
    fake.script("GET", "/payments/imp_1", closing)
    assert asyncio.run(run()) == ["imp_1", "imp_2", "imp_3"]
