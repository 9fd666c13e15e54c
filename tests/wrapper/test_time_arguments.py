"""Arguments the spec marks as unix seconds (`format: unixtime`) also take an aware datetime
(issue #20, point 7): for every such argument of every operation, derived from the spec, the
resource method is typed `int | datetime` and sends the datetime's unix seconds over HTTP; a
naive datetime is a ValidationError and nothing is sent."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qs

import pytest

from iamport_api.types import KST, unix_seconds
from iamport_client import AsyncIamporter, Iamporter, IamporterError, ValidationError
from tests.support import fake_iamport
from tests.support.fake_iamport import FakeIamport
from tests.support.spec_ops import OPERATIONS, SPEC, SpecOperation, required_arguments

MARK = "unixtime"
BASE = 1893423600  # 2030-01-01T00:00:00+09:00


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def marked(node: dict[str, Any]) -> bool:
    return resolve(node).get("format") == MARK


def time_places(op: SpecOperation) -> list[tuple[str, str, str | None, bool]]:
    """(where, wire name, member or None, member of each list item) of every unix-seconds
    argument of an operation: a parameter, a body field, or a member of a body object or of
    each item of a body list."""
    raw_op = SPEC["paths"][op.path][op.http]
    places: list[tuple[str, str, str | None, bool]] = []
    for raw in [*SPEC["paths"][op.path].get("parameters", []), *raw_op.get("parameters", [])]:
        parameter = resolve(raw)
        if marked(parameter["schema"]):
            places.append((parameter["in"], parameter["name"], None, False))
    body = raw_op.get("requestBody")
    if body:
        schema = resolve(body["content"]["application/json"]["schema"])
        for name, prop in (schema.get("properties") or {}).items():
            node = resolve(prop)
            if marked(node):
                places.append(("body", name, None, False))
                continue
            many = "items" in node
            inner = resolve(node["items"]) if many else node
            for member, member_prop in (inner.get("properties") or {}).items():
                if marked(member_prop):
                    places.append(("body", name, member, many))
    return places


TIMED = [op for op in OPERATIONS if time_places(op)]


def test_the_spec_has_time_arguments_of_every_shape() -> None:
    shapes = {(where, member is not None, many) for op in TIMED for where, _, member, many in time_places(op)}  # fmt: skip
    assert shapes == {("query", False, False), ("body", False, False), ("body", True, True), ("body", True, False)}  # fmt: skip


def _arguments(op: SpecOperation, make: Any) -> tuple[dict[str, Any], dict[tuple[str, str | None], int]]:  # fmt: skip
    """Required arguments with every time given as ``make(seconds)``, and the seconds expected
    on the wire at each place."""
    table = op.table
    args = required_arguments(table)
    py = {f.name: f.py for f in table.fields}
    expected: dict[tuple[str, str | None], int] = {}
    for step, (_, name, member, many) in enumerate(time_places(op)):
        seconds = BASE + 60 * step  # a window's start before its end
        if member is None:
            args[py[name]] = make(seconds)
        elif many:
            items = args.get(py[name]) or [{}]
            args[py[name]] = [{**item, member: make(seconds)} for item in items]
        else:
            args[py[name]] = {**(args.get(py[name]) or {}), member: make(seconds)}
        expected[(name, member)] = seconds
    return args, expected


def _sent(fake: FakeIamport, op: SpecOperation) -> tuple[dict[str, Any], dict[str, Any]]:
    """The query and JSON body of the last request (not the token exchange) the fake saw."""
    seen = [r for r in fake.requests if r.path != "/users/getToken"]
    assert seen, f"{op.op_id}: nothing was sent"
    last = seen[-1]
    query = {k: v[-1] for k, v in parse_qs(last.query).items()}
    body = json.loads(last.body) if last.body else {}
    return query, body


def _wire(query: dict[str, Any], body: dict[str, Any], name: str, member: str | None) -> Any:
    if member is None:
        return int(query[name]) if name in query else body[name]
    value = body[name]
    return [item[member] for item in value] if isinstance(value, list) else value[member]


ZONES = {
    "kst": lambda s: datetime.fromtimestamp(s, KST),
    "utc": lambda s: datetime.fromtimestamp(s, UTC),
    "plus-0530": lambda s: datetime.fromtimestamp(s, timezone(timedelta(hours=5, minutes=30))),
    "int": lambda s: s,
}


@pytest.mark.parametrize("zone", sorted(ZONES))
@pytest.mark.parametrize("op", TIMED, ids=lambda op: op.op_id)
def test_every_time_argument_takes_an_aware_datetime(
    fake: FakeIamport, client: Iamporter, op: SpecOperation, zone: str
) -> None:
    method = getattr(getattr(client, op.resource), op.method)
    signature = inspect.signature(method)
    for _, name, member, _ in time_places(op):
        if member is None:
            py = next(f.py for f in op.table.fields if f.name == name)
            assert "datetime" in str(signature.parameters[py].annotation), f"{op.op_id} {name}"
    args, expected = _arguments(op, ZONES[zone])
    # the fake does not know most routes: what matters is what was sent
    with contextlib.suppress(IamporterError):
        method(**args)
    query, body = _sent(fake, op)
    for (name, member), seconds in expected.items():
        wire = _wire(query, body, name, member)
        assert wire == ([seconds] if isinstance(wire, list) else seconds), f"{op.op_id} {name}"


@pytest.mark.parametrize("op", TIMED, ids=lambda op: op.op_id)
def test_a_naive_datetime_is_refused_before_sending(
    fake: FakeIamport, client: Iamporter, op: SpecOperation
) -> None:
    client.get_token()  # so the count below is about the call itself
    before = fake.count()
    args, _ = _arguments(op, lambda s: datetime.fromtimestamp(s, UTC).replace(tzinfo=None))
    with pytest.raises(ValidationError, match="timezone-aware") as caught:
        getattr(getattr(client, op.resource), op.method)(**args)
    assert fake.count() == before
    assert caught.value.field  # names the argument (a member: `schedules[0].schedule_at`)


def test_the_async_twin_and_a_fraction_of_a_second(fake: FakeIamport) -> None:
    moment = datetime(2030, 1, 1, 0, 0, 59, 999999, tzinfo=KST)  # whole seconds are sent

    async def main() -> None:
        async with AsyncIamporter(
            fake_iamport.API_KEY, fake_iamport.API_SECRET, base_url=fake.base_url, timeout=2.0
        ) as client:
            with contextlib.suppress(IamporterError):
                await client.schedules.update("m-1", schedule_at=moment)

    asyncio.run(main())
    seen = [r for r in fake.requests if r.path.startswith("/subscribe/payments/schedule/")]
    assert json.loads(seen[-1].body)["schedule_at"] == BASE + 59


@pytest.mark.parametrize("op", [op for op in TIMED if op.paged], ids=lambda op: op.op_id)
def test_the_page_iterators_send_the_seconds_too(
    fake: FakeIamport, client: Iamporter, op: SpecOperation
) -> None:
    assert op.iterator is not None
    args, expected = _arguments(op, lambda s: datetime.fromtimestamp(s, KST))
    args.pop("page", None)
    with contextlib.suppress(IamporterError):
        next(iter(getattr(getattr(client, op.resource), op.iterator)(**args)), None)
    query, body = _sent(fake, op)
    for (name, member), seconds in expected.items():
        assert _wire(query, body, name, member) == seconds, f"{op.op_id} {name}"


def test_unix_seconds_leaves_everything_else_to_the_validator() -> None:
    aware = datetime(2030, 1, 1, tzinfo=KST)
    assert unix_seconds(aware, "x") == BASE and unix_seconds(BASE, "x") == BASE
    assert unix_seconds("soon", "x") == "soon" and unix_seconds(None, "x") is None
    item = {"merchant_uid": "m", "schedule_at": 1}
    assert unix_seconds([item], "s", ("schedule_at",), many=True) == [item]
    given = ({"schedule_at": aware, "amount": 1}, "not a mapping")
    sent = unix_seconds(given, "s", ("schedule_at",), many=True)
    assert sent == [{"schedule_at": BASE, "amount": 1}, "not a mapping"]
    assert given[0]["schedule_at"] is aware  # the caller's dict is not changed
    assert unix_seconds("text", "s", ("schedule_at",), many=True) == "text"
    assert unix_seconds({"sent_at": aware}, "logis", ("sent_at",)) == {"sent_at": BASE}
    naive = [{"schedule_at": 1}, {"schedule_at": aware.replace(tzinfo=None)}]
    with pytest.raises(ValidationError) as caught:
        unix_seconds(naive, "schedules", ("schedule_at",), many=True)
    assert caught.value.field == "schedules[1].schedule_at"
