"""What the generated resource classes (``_resources/``) import: the resource base classes,
and (from the modules that hold them) the operation tables' types, the one validator and
request builder, the answer checks and the page walkers (``iter_*``).

Hand-written and small; everything operation-specific lives in the spec and reaches the
runtime through the generated :class:`Op` tables:

* ``_op.py``: :class:`Op` and :class:`F`, the tables' types (a leaf);
* ``_build.py``: :func:`build`, the one validator every path uses, and the request builder;
* ``_answers.py``: the answer checks (``check: paid``/``issued``/``cancelled``);
* ``_paging.py``: :func:`pages` and :func:`apages`, the page walkers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from . import _validation as v
from ._answers import require_order, require_paid
from ._build import build
from ._op import F, Op
from ._paging import DEFAULT_PAGE_CONCURRENCY, MAX_PAGES, apages, pages

if TYPE_CHECKING:
    from ._binding import AsyncRunner, SyncRunner
    from ._core import Call
    from ._result import IamporterResult

__all__ = [
    "DEFAULT_PAGE_CONCURRENCY",
    "MAX_PAGES",
    "Amount",
    "AsyncResource",
    "F",
    "Op",
    "SyncResource",
    "apages",
    "build",
    "pages",
    "require_order",
    "require_paid",
]

Amount = v.Amount
T = TypeVar("T")


class SyncResource:
    """A group of operations of an ``Iamporter`` (``iamporter.payments``, ...)."""

    def __init__(self, client: SyncRunner) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def _run(self, call: Call[T]) -> IamporterResult[T]:
        return self._client._run(call)


class AsyncResource:
    """A group of operations of an ``AsyncIamporter``, awaitable."""

    def __init__(self, client: AsyncRunner) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    async def _run(self, call: Call[T]) -> IamporterResult[T]:
        return await self._client._run(call)
