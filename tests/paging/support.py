"""Every paged operation of the spec, ready to be walked against the scriptable fake server.

Nothing here names an operation: the paged operations, their arguments, their paths and the
shape of their items come from ``spec/iamport.yaml`` and the tables generated from it.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from iamport_client import AsyncIamporter, Iamporter
from iamport_client._resource import build
from tests.support import fake_iamport, spec_ops
from tests.support.fake_iamport import FakeIamport, Reply, envelope


def _ref(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec_ops.SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def item_schema(op: spec_ops.SpecOperation) -> dict[str, Any]:
    """The schema of one item of the operation's page (from its 200 answer)."""
    answer = spec_ops.SPEC["paths"][op.path][op.http]["responses"]
    ok = next(v for k, v in answer.items() if str(k).startswith("2"))
    schema = _ref(_ref(ok)["content"]["application/json"]["schema"])
    envelope_schema = _ref(schema.get("anyOf", [schema])[0])
    page = _ref(envelope_schema["properties"]["response"])
    return _ref(page["properties"]["list"]["items"])


def _value(name: str, prop: dict[str, Any], n: int) -> Any:
    prop = _ref(prop)
    if "enum" in prop:
        return next(v for v in prop["enum"] if v is not None)
    kind = prop.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "string":
        return f"{name[:3]}_{n}"
    if kind == "integer":
        return 1_700_000_000 + n
    if kind == "number":
        return 1000
    if kind == "boolean":
        return False
    if kind == "array":
        return []
    return None


def make_item(schema: dict[str, Any], n: int) -> dict[str, Any]:
    """A valid item numbered ``n``: its required fields, each telling it apart from others."""
    return {name: _value(name, schema["properties"][name], n) for name in schema["required"]}


@dataclass
class Target:
    """One paged operation: its iterator, arguments, concrete path and item maker."""

    op: spec_ops.SpecOperation
    args: dict[str, Any]
    path: str
    item_fields: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.op.resource}.{self.op.iterator}"

    def item(self, n: int) -> dict[str, Any]:
        return make_item(self.item_fields, n)

    def key(self, model: Any) -> Any:
        """The number an item was made with (read back from the parsed model)."""
        first = self.item_fields["required"][0]
        text = str(getattr(model, first))
        return int(text.rsplit("_", 1)[-1]) if "_" in text else int(text) - 1_700_000_000


def targets() -> list[Target]:
    found = []
    for op in spec_ops.OPERATIONS:
        if not op.paged:
            continue
        table = op.table
        args = {
            py: value
            for py, value in spec_ops.required_arguments(table).items()
            if py not in ("page", "limit")
        }
        url = str(build(table, {**args, "page": 1}).request["url"])
        found.append(Target(op, args, url, item_schema(op)))
    return found


TARGETS = targets()


def page(items: list[dict[str, Any]], total: int, following: int) -> Reply:
    return Reply(200, envelope({"total": total, "previous": 0, "next": following, "list": items}))


@dataclass
class PagedServer:
    """A page-numbered list served by the fake: ``pages[n]`` answers page ``n``.

    Records the pages requested (in order), how many requests were in flight at most, and the
    highest page requested so far; after ``guard`` requests it answers HTTP 500, so that a walker
    that would loop forever ends (with an error the tests then see).
    """

    answer: Callable[[int], Reply]
    delay: Callable[[int], float] = lambda page: 0.0
    guard: int = 60
    requested: list[int] = field(default_factory=list)
    in_flight: int = 0
    max_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def highest(self) -> int:
        with self.lock:
            return max(self.requested, default=0)

    def __call__(self, query: dict[str, str]) -> Reply:
        number = int(query.get("page", "1"))
        with self.lock:
            self.requested.append(number)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            runaway = len(self.requested) > self.guard
        try:
            time.sleep(self.delay(number))
            if runaway:
                return Reply(500, envelope(None, -1, "guard: the walk does not end"))
            return self.answer(number)
        finally:
            with self.lock:
                self.in_flight -= 1


def serve(fake: FakeIamport, target: Target, server: PagedServer) -> PagedServer:
    fake.serve("GET", target.path, server)
    return server


def sync_client(fake: FakeIamport, **options: Any) -> Iamporter:
    return Iamporter(
        fake_iamport.API_KEY,
        fake_iamport.API_SECRET,
        base_url=fake.base_url,
        timeout=5.0,
        **options,
    )


def async_client(fake: FakeIamport, **options: Any) -> AsyncIamporter:
    return AsyncIamporter(
        fake_iamport.API_KEY,
        fake_iamport.API_SECRET,
        base_url=fake.base_url,
        timeout=5.0,
        **options,
    )


@dataclass
class Outcome:
    """What a walk handed out before it ended, and how it ended."""

    items: list[Any]
    error: BaseException | None


def walk(
    mode: str,
    fake: FakeIamport,
    target: Target,
    client_options: dict[str, Any] | None = None,
    on_item: Callable[[Any], None] | None = None,
    **paging: Any,
) -> Outcome:
    """Walk ``target``'s iterator to its end with the sync or the async client."""
    name = target.op.iterator
    assert name is not None
    items: list[Any] = []
    if mode == "sync":
        with sync_client(fake, **(client_options or {})) as client:
            resource = getattr(client, target.op.resource)
            try:
                for item in getattr(resource, name)(**target.args, **paging):
                    items.append(item)
                    if on_item is not None:
                        on_item(item)
            except Exception as exc:
                return Outcome(items, exc)
        return Outcome(items, None)

    async def run() -> Outcome:
        async with async_client(fake, **(client_options or {})) as client:
            resource = getattr(client, target.op.resource)
            try:
                async for item in getattr(resource, name)(**target.args, **paging):
                    items.append(item)
                    if on_item is not None:
                        on_item(item)
            except Exception as exc:
                return Outcome(items, exc)
        return Outcome(items, None)

    return asyncio.run(run())
