from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    MAX_EXPONENT,
    MISSING,
    json_money,
    kst_time,
    lenient_int,
    lenient_str,
    masked_members,
    money,
    unknown_members,
)

T = TypeVar("T", bound="VbankDeposit")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class VbankDeposit:
    """One deposit into a virtual account."""

    amount: Decimal = _attrs_field(converter=money)
    """ Amount deposited. """

    deposited_at: int
    """ When (unix seconds). """

    pg_tid: str | None = None
    """ The gateway's id of the deposit. """

    depositor_name: str | None = None
    """ Name of the depositor. """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["amount"] = self.amount
        field_dict["deposited_at"] = self.deposited_at
        if self.pg_tid is not None:
            field_dict["pg_tid"] = self.pg_tid
        if self.depositor_name is not None:
            field_dict["depositor_name"] = self.depositor_name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        amount = d.pop("amount", MISSING)
        if type(amount) is not Decimal or not (
            amount.is_finite() and -MAX_EXPONENT <= amount.adjusted() <= MAX_EXPONENT
        ):
            amount = json_money(amount, "amount")
        deposited_at = d.pop("deposited_at", MISSING)
        if type(deposited_at) is not int:
            deposited_at = lenient_int(deposited_at, "deposited_at")
        pg_tid = d.pop("pg_tid", None)
        if type(pg_tid) is not str and pg_tid is not None:
            pg_tid = lenient_str(pg_tid, "pg_tid")
        depositor_name = d.pop("depositor_name", None)
        if type(depositor_name) is not str and depositor_name is not None:
            depositor_name = lenient_str(depositor_name, "depositor_name")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.amount = amount
        model_.deposited_at = deposited_at
        model_.pg_tid = pg_tid
        model_.depositor_name = depositor_name
        if d:
            unknown_members(d)
        model_.additional_properties = d
        return model_

    @property
    def deposited_at_kst(self) -> datetime | None:
        """``deposited_at`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.deposited_at, "deposited_at")

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
