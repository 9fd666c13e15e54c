"""The seed methods (``client.pay_onetime``, ``client.cancel_by_merchant_uid``...) are thin
aliases of their resource twins: on hostile input derived from the spec they raise the same
``ValidationError`` (under the seed's argument name), and on good input they send the same
request. Twins come from the spec's ``x-iamport.seed``; the hostile values from the twin's
constraints (``_hostile.py``).
"""

from __future__ import annotations

import contextlib
import inspect
import json
from collections.abc import Callable
from typing import Any

import pytest

from iamport_client import Iamporter, IamporterError, ValidationError
from tests.support import fake_iamport, spec_ops
from tests.support.fake_iamport import FakeIamport
from tests.surface._hostile import cases

#: The seed methods' own names for a twin's arguments (twin name -> seed name).
RENAMES: dict[str, dict[str, str]] = {
    "get_token": {"imp_key": "api_key", "imp_secret": "secret"},
    "find_schedules": {"schedule_from": "from_", "schedule_to": "to", "schedule_status": "status"},
    "find_by_merchant_uid": {"payment_status": "status"},
    "find_all_by_merchant_uid": {"payment_status": "status"},
    "find_all_by_status": {"payment_status": "status"},
    "unschedule_payments": {"merchant_uid": "merchant_uids"},
}
#: What a seed method needs beyond its twin's arguments (verify_payment checks an order).
SEED_ONLY = {"verify_payment": {"expected_amount": 1000, "merchant_uid": "order_1"}}

PAIRS = [(op, seed) for op in spec_ops.OPERATIONS for seed in op.seed]


def _twin_args(op: spec_ops.SpecOperation, seed_params: set[str], names: dict[str, str]) -> Any:
    args = spec_ops.required_arguments(op.table)
    py = {f.name: f.py for f in op.table.fields}
    for group in op.table.require_any:  # pick a member of the group the seed method takes
        taken = [py[n] for n in group if names.get(py[n], py[n]) in seed_params]
        if taken and not any(k in args for k in taken):
            args[taken[0]] = args.pop(next(py[n] for n in group if py[n] in args))
    return args


def _setup(op: spec_ops.SpecOperation, seed: str) -> tuple[dict[str, str], Any, Callable[..., Any]]:
    names = RENAMES.get(seed, {})
    params = set(inspect.signature(getattr(Iamporter, seed)).parameters)
    baseline = _twin_args(op, params, names)

    def as_seed(args: dict[str, Any]) -> dict[str, Any]:
        return {**{names.get(k, k): v for k, v in args.items()}, **SEED_ONLY.get(seed, {})}

    return names, baseline, as_seed


def _request(fake: FakeIamport, call: Callable[[], Any]) -> tuple[str, str, str, Any]:
    before = len(fake.requests)
    with contextlib.suppress(IamporterError):
        call()
    sent = [r for r in fake.requests[before:] if r.path != "/users/getToken"] or fake.requests[
        before:
    ]
    seen = sent[-1]
    return seen.method, seen.path, seen.query, json.loads(seen.body) if seen.body else None


@pytest.mark.parametrize(("op", "seed"), PAIRS, ids=[f"{s}->{op.op_id}" for op, s in PAIRS])
def test_a_seed_method_refuses_what_its_twin_refuses_with_the_same_words(
    fake: FakeIamport, op: spec_ops.SpecOperation, seed: str
) -> None:
    names, baseline, as_seed = _setup(op, seed)
    params = set(inspect.signature(getattr(Iamporter, seed)).parameters)
    compared = 0
    with Iamporter(fake_iamport.API_KEY, fake_iamport.API_SECRET, base_url=fake.base_url) as c:
        twin = getattr(getattr(c, op.resource), op.method)
        method = getattr(c, seed)
        for f, name, value in cases(op.table):
            own = names.get(f.py, f.py)
            if own not in params:
                continue  # an argument the seed method does not take
            args = {**baseline, f.py: value}
            with pytest.raises(ValidationError) as by_twin:
                twin(**args)
            with pytest.raises(ValidationError) as by_seed:
                method(**as_seed(args))
            expected = str(by_twin.value)
            if own != f.py:
                expected = own + expected[len(f.py) :]
            assert str(by_seed.value) == expected, (seed, f.py, name)
            compared += 1
    assert fake.count() == 0, f"{seed}: a refused call reached the server"
    assert compared or not [f for f in op.table.fields if f.limits or f.code != "str"]


@pytest.mark.parametrize(("op", "seed"), PAIRS, ids=[f"{s}->{op.op_id}" for op, s in PAIRS])
def test_a_seed_method_sends_what_its_twin_sends(
    fake: FakeIamport, op: spec_ops.SpecOperation, seed: str
) -> None:
    _, baseline, as_seed = _setup(op, seed)
    with Iamporter(fake_iamport.API_KEY, fake_iamport.API_SECRET, base_url=fake.base_url) as c:
        twin = getattr(getattr(c, op.resource), op.method)
        by_twin = _request(fake, lambda: twin(**baseline))
        by_seed = _request(fake, lambda: getattr(c, seed)(**as_seed(baseline)))
    assert by_seed == by_twin
