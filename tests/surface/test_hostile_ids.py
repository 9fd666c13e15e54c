"""Every id argument of every operation, attacked with hostile ids: ``.``/``..`` (a path segment
URL normalisation would turn into another endpoint; an order id no lookup could reach) and
blanks are refused before anything is sent; ids with ``/``, ``?``, ``#`` or percent signs reach
exactly the operation's own route, encoded. Derived from the spec's path parameters and its
``x-iamport.order`` places."""

from __future__ import annotations

import contextlib
from typing import Any
from urllib.parse import quote

import pytest

from iamport_client import Iamporter, IamporterError, ValidationError
from tests.support import spec_ops
from tests.support.fake_iamport import FakeIamport

REFUSED = [".", "..", "", " ", "\t"]
ENCODED = ["a/b", "../x", "a?b=1", "a#b", "%2e%2e", "..%2f", "a b", "주문/1"]


def _path_ids(op: spec_ops.SpecOperation) -> list[Any]:
    return [
        f for f in op.table.fields
        if f.where == "path" and f.code == "str" and not {"enum", "pattern"} & set(f.limits)
    ]  # fmt: skip


def _order_ids(op: spec_ops.SpecOperation) -> list[str]:
    body = {f.name: f.py for f in op.table.fields if f.where == "body"}
    return [body[place] for place in op.table.order if place in body]


WITH_IDS = [op for op in spec_ops.OPERATIONS if _path_ids(op) or _order_ids(op)]


def _method(client: Any, op: spec_ops.SpecOperation) -> Any:
    return getattr(getattr(client, op.resource), op.method)


@pytest.mark.parametrize("op", WITH_IDS, ids=lambda op: op.op_id)
def test_hostile_ids_are_refused_or_stay_inside_their_route(
    client: Iamporter, fake: FakeIamport, op: spec_ops.SpecOperation
) -> None:
    """A path id never leaves its route; an order id (which you look up after a lost answer)
    is one a lookup could reach."""
    baseline = spec_ops.required_arguments(op.table)
    for py in _order_ids(op):
        for bad in (".", ".."):
            with pytest.raises(ValidationError):
                _method(client, op)(**{**baseline, py: bad})
    for f in _path_ids(op):
        for bad in REFUSED:
            with pytest.raises(ValidationError) as caught:
                _method(client, op)(**{**baseline, f.py: bad})
            assert caught.value.field == f.py
    assert fake.count() == 0
    for f in _path_ids(op):
        for odd in ENCODED:
            args = {**baseline, f.py: odd}
            with contextlib.suppress(IamporterError):
                _method(client, op)(**args)
            path = {
                g.name: quote(str(args[g.py]), safe="")
                for g in op.table.fields
                if g.where == "path"
            }
            assert fake.requests[-1].path == op.path.format(**path), odd
