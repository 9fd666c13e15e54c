"""Every operation x every constrained argument, attacked with values its spec constraints
forbid (edges, Unicode digits, trailing newlines, floats and NaN as money, lists too long or
empty, nested members, free-form JSON that is no JSON): each is a ``ValidationError`` naming
the argument, raised before anything is sent, identical on the sync and async clients.

The cases come from the generated tables (``_hostile.py``): a new operation or constraint in
the spec is attacked here without editing this file.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
from typing import Any

import pytest

from iamport_client import AsyncIamporter, Iamporter, IamporterError, ValidationError, _resources
from tests.support import fake_iamport, spec_ops
from tests.support.fake_iamport import FakeIamport
from tests.surface._hostile import cases, head

OPERATIONS = spec_ops.OPERATIONS


def _method(client: Any, op: spec_ops.SpecOperation) -> Any:
    return getattr(getattr(client, op.resource), op.method)


def _refusal(call: Any) -> str:
    with pytest.raises(ValidationError) as caught:
        call()
    return str(caught.value)


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.op_id)
def test_every_constrained_argument_refuses_what_the_spec_forbids(
    fake: FakeIamport, op: spec_ops.SpecOperation
) -> None:
    baseline = spec_ops.required_arguments(op.table)
    with Iamporter(fake_iamport.API_KEY, fake_iamport.API_SECRET, base_url=fake.base_url) as c:
        method = _method(c, op)
        for f, name, value in cases(op.table):
            with pytest.raises(ValidationError) as caught:
                method(**{**baseline, f.py: value})
            assert head(caught.value.field) == f.py, (op.op_id, f.py, name, caught.value)
        assert fake.count() == 0, f"{op.op_id}: a refused call reached the server"
        # The baseline alone is sent: the refusals were the hostile values'.
        with contextlib.suppress(IamporterError):
            method(**baseline)
    assert fake.count() > 0


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.op_id)
def test_the_edges_the_spec_allows_are_sent(fake: FakeIamport, op: spec_ops.SpecOperation) -> None:
    """The longest string, the smallest amount: allowed values at the edge go out unchanged."""
    edges: dict[str, Any] = {}
    for f in op.table.fields:
        limits = f.limits
        if f.code == "str" and "maxLength" in limits and not {"pattern", "enum"} & set(limits):
            edges[f.py] = "가" * limits["maxLength"]  # Unicode is fine where no pattern forbids it
        elif f.code == "money" and not limits.get("integer"):
            edges[f.py] = "1" if limits.get("exclusiveMinimum") == 0 else 0
    baseline = {**spec_ops.required_arguments(op.table), **edges}
    with Iamporter(fake_iamport.API_KEY, fake_iamport.API_SECRET, base_url=fake.base_url) as c:
        with contextlib.suppress(IamporterError):
            _method(c, op)(**baseline)
    assert fake.count() >= 1
    # And the same call with one of each hostile values is not sent (the walk above).
    fake.reset()
    with Iamporter(fake_iamport.API_KEY, fake_iamport.API_SECRET, base_url=fake.base_url) as c:
        for f, _, value in cases(op.table):
            with pytest.raises(ValidationError):
                _method(c, op)(**{**baseline, f.py: value})
    assert fake.count() == 0


def test_the_async_client_refuses_the_same_values_with_the_same_words(fake: FakeIamport) -> None:
    with Iamporter(fake_iamport.API_KEY, fake_iamport.API_SECRET, base_url=fake.base_url) as c:
        expected = {
            (op.op_id, f.py, name): _refusal(
                lambda op=op, f=f, value=value: _method(c, op)(
                    **{**spec_ops.required_arguments(op.table), f.py: value}
                )
            )
            for op in OPERATIONS
            for f, name, value in cases(op.table)
        }
    assert expected

    async def run() -> dict[tuple[str, str, str], str]:
        found = {}
        async with AsyncIamporter(
            fake_iamport.API_KEY, fake_iamport.API_SECRET, base_url=fake.base_url
        ) as client:
            for op in OPERATIONS:
                for f, name, value in cases(op.table):
                    args = {**spec_ops.required_arguments(op.table), f.py: value}
                    with pytest.raises(ValidationError) as caught:
                        await _method(client, op)(**args)
                    found[(op.op_id, f.py, name)] = str(caught.value)
        return found

    assert asyncio.run(run()) == expected
    assert fake.count() == 0


@pytest.mark.parametrize(
    "op", [op for op in OPERATIONS if op.table.require_any], ids=lambda op: op.op_id
)
def test_one_of_requirements_from_the_spec_are_enforced(
    client: Iamporter, fake: FakeIamport, op: spec_ops.SpecOperation
) -> None:
    """``x-iamport.require_any``: a cancel names imp_uid or merchant_uid, never neither."""
    py = {f.name: f.py for f in op.table.fields}
    for group in op.table.require_any:
        args = spec_ops.required_arguments(op.table)
        for name in group:
            args.pop(py[name], None)
        with pytest.raises(ValidationError) as caught:
            _method(client, op)(**args)
        assert caught.value.field in {py[name] for name in group}
    assert fake.count() == 0


@pytest.mark.parametrize(
    "op", [op for op in OPERATIONS if op.table.together], ids=lambda op: op.op_id
)
def test_fields_the_spec_groups_are_given_together(
    client: Iamporter, fake: FakeIamport, op: spec_ops.SpecOperation
) -> None:
    py = {f.name: f.py for f in op.table.fields}
    for group in op.table.together:
        args = {**spec_ops.required_arguments(op.table), py[group[0]]: "x"}
        with pytest.raises(ValidationError):
            _method(client, op)(**args)
    assert fake.count() == 0


def _takes_extra_body(op: spec_ops.SpecOperation) -> bool:
    sync_class = getattr(_resources, _resources.RESOURCES[op.resource][0])
    return "extra_body" in inspect.signature(getattr(sync_class, op.method)).parameters


BODIED = [op for op in OPERATIONS if _takes_extra_body(op)]
NOT_JSON = [
    {"x": float("nan")},
    {"x": float("inf")},
    {"x": __import__("decimal").Decimal("NaN")},
    {1: "a"},
    {0: []},
    {"x": {1, 2}},
    {"x": object()},
    {"x": {"y": [{2: "z"}]}},
    "not a mapping",
]


@pytest.mark.parametrize("op", BODIED, ids=lambda op: op.op_id)
def test_extra_body_is_checked_like_an_argument(
    client: Iamporter, fake: FakeIamport, op: spec_ops.SpecOperation
) -> None:
    """String keys, JSON values, finite numbers: anything else is a ValidationError."""
    baseline = spec_ops.required_arguments(op.table)
    for extra in NOT_JSON:
        with pytest.raises(ValidationError) as caught:
            _method(client, op)(**baseline, extra_body=extra)
        assert caught.value.field.startswith("extra_body"), caught.value
    assert fake.count() == 0


@pytest.mark.parametrize("extra", NOT_JSON[:-1])
def test_a_seed_cancel_extra_is_checked_like_an_argument(
    client: Iamporter, fake: FakeIamport, extra: Any
) -> None:
    with pytest.raises(ValidationError, match="extra"):
        client.cancel(imp_uid="imp_1", extra=extra)
    assert fake.count() == 0


def test_a_header_value_with_a_line_break_is_a_validation_error(
    client: Iamporter, fake: FakeIamport
) -> None:
    """Every header argument of the spec: CR/LF never reaches the wire as a NetworkError."""
    headed = [
        (op, f) for op in OPERATIONS for f in op.table.fields if f.where == "header"
    ]  # fmt: skip
    assert headed
    for op, f in headed:
        for value in ("AB1\n", "AB1\r\nX-Evil: 1", "A B"):
            args = {**spec_ops.required_arguments(op.table), f.py: value}
            with pytest.raises(ValidationError) as caught:
                _method(client, op)(**args)
            assert caught.value.field == f.py
    assert fake.count() == 0
