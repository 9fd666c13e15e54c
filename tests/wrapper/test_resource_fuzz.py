"""Every method's string, integer and money arguments, fuzzed with values the spec forbids:
each raises ``ValidationError`` naming the argument, and the server sees nothing at all (not
even a token request). The constraints come from the spec, through the generated tables."""

from __future__ import annotations

import asyncio
import contextlib
import re
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iamport_client import AsyncIamporter, Iamporter, IamporterError, ValidationError
from iamport_client._resource import F
from tests.support import fake_iamport, spec_ops
from tests.support.fake_iamport import FakeIamport

FUZZED = ("str", "int", "money")
OPERATIONS = [op for op in spec_ops.OPERATIONS if any(f.code in FUZZED for f in op.table.fields)]

not_text = st.one_of(st.integers(), st.floats(), st.binary(min_size=1), st.booleans())
not_int = st.one_of(st.floats(), st.booleans(), st.text(max_size=5), st.decimals(places=2))
not_money = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.text(alphabet="abcxyz, ", min_size=1, max_size=8),
    st.sampled_from([Decimal("NaN"), Decimal("Infinity"), "1e999999", [], {}]),
)


def bad_values(f: F) -> st.SearchStrategy[Any]:
    """Values that break the field's type or one of its constraints."""
    limits = f.limits
    options: list[st.SearchStrategy[Any]] = []
    if f.code == "str":
        options.append(not_text)
        if "enum" in limits:
            options.append(st.text(max_size=12).filter(lambda s: s not in limits["enum"]))
        if "maxLength" in limits:
            top = limits["maxLength"]
            options.append(st.text(min_size=top + 1, max_size=top + 20))
        if "pattern" in limits:
            pattern = re.compile(limits["pattern"])
            options.append(st.text(max_size=30).filter(lambda s: not pattern.search(s)))
        if limits.get("minLength"):
            options.append(st.sampled_from(["", " ", "\t"]))
    elif f.code == "int":
        options.append(not_int)
        if "minimum" in limits:
            options.append(st.integers(max_value=int(limits["minimum"]) - 1))
        if "maximum" in limits:
            options.append(st.integers(min_value=int(limits["maximum"]) + 1))
    else:
        options.append(not_money)
        low = limits.get("minimum", limits.get("exclusiveMinimum"))
        if low is not None:
            top = Decimal(str(low)) - (Decimal(0) if "exclusiveMinimum" in limits else 1)
            options.append(st.decimals(max_value=top, allow_nan=False, places=0))
    return st.one_of(options)


def _method(client: Any, op: spec_ops.SpecOperation) -> Any:
    return getattr(getattr(client, op.resource), op.method)


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.op_id)
def test_out_of_spec_arguments_are_refused_before_anything_is_sent(
    fake: FakeIamport, op: spec_ops.SpecOperation
) -> None:
    fields = [f for f in op.table.fields if f.code in FUZZED]
    baseline = spec_ops.required_arguments(op.table)
    with Iamporter(fake_iamport.API_KEY, fake_iamport.API_SECRET, base_url=fake.base_url) as c:
        method = _method(c, op)

        @settings(
            max_examples=20,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture],
        )
        @given(data=st.data())
        def refused(data: st.DataObject) -> None:
            f = data.draw(st.sampled_from(fields), label="field")
            value = data.draw(bad_values(f), label="value")
            with pytest.raises(ValidationError) as caught:
                method(**{**baseline, f.py: value})
            assert caught.value.field.split("[")[0] == f.py

        refused()
        assert fake.count() == 0, f"{op.op_id}: a refused call reached the server"
        # The same call with only in-spec values is sent: the refusals above were the values'.
        with contextlib.suppress(IamporterError):
            method(**baseline)
    assert fake.count() > 0


def test_the_async_client_refuses_the_same_values(fake: FakeIamport) -> None:
    async def run() -> None:
        async with AsyncIamporter(
            fake_iamport.API_KEY, fake_iamport.API_SECRET, base_url=fake.base_url
        ) as client:
            for op in OPERATIONS:
                for f in op.table.fields:
                    if f.code in FUZZED:
                        bad = {"str": 12, "int": "12", "money": 1.5}[f.code]
                        args = {**spec_ops.required_arguments(op.table), f.py: bad}
                        with pytest.raises(ValidationError):
                            await _method(client, op)(**args)

    asyncio.run(run())
    assert fake.count() == 0


def test_a_missing_required_argument_names_itself(fake: FakeIamport) -> None:
    with Iamporter(fake_iamport.API_KEY, fake_iamport.API_SECRET, base_url=fake.base_url) as c:
        for op in spec_ops.OPERATIONS:
            baseline = spec_ops.required_arguments(op.table)
            for name in baseline:
                args = {k: v for k, v in baseline.items() if k != name}
                with pytest.raises((ValidationError, TypeError)) as caught:
                    _method(c, op)(**args)
                if isinstance(caught.value, ValidationError):
                    assert caught.value.field == name
    assert fake.count() == 0
