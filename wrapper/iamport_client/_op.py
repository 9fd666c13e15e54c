"""The types of the operation tables the generator writes (``_resources/``): one :class:`Op`
per operation of the spec, one :class:`F` per argument.

A leaf: it imports nothing of the package, so the validator, the drift report and the tests
can all read the tables without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

__all__ = ["F", "Op"]


class F(NamedTuple):
    """One argument: wire name, Python name, location, required, type code, constraints.

    ``limits`` holds the spec's constraints; a list's ``items`` and an object's ``props`` are
    nested ``{"code": ..., **constraints}`` entries checked the same way.
    """

    name: str
    py: str
    where: str  # path, query, header, body
    required: bool
    code: str  # str, int, bool, money, array, object, str_or_array, any
    limits: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Op:
    """One operation of the spec, as the generated methods see it.

    ``order`` says where the request names its order(s) (``merchant_uid``,
    ``schedules[].merchant_uid``, ``imp_uid``) so a lost answer names them; ``require_any``
    lists groups of which at least one member must be given; ``together`` groups given all
    or none; ``ascending`` pairs that must increase (a window's start and end); ``currency``
    is the currency of amounts when the request names none (``None``: the payment's own,
    unknown here).
    """

    op_id: str
    http: str
    path: str
    kind: str
    envelope_module: str
    envelope: str
    fields: tuple[F, ...]
    check: str | None = None
    order: tuple[str, ...] = ()
    require_any: tuple[tuple[str, ...], ...] = ()
    together: tuple[tuple[str, ...], ...] = ()
    ascending: tuple[tuple[str, ...], ...] = ()
    currency: str | None = "KRW"

    @property
    def method(self) -> str:
        """The HTTP method, upper case."""
        return self.http.upper()
