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
    json_money,
    kst_time,
    lenient_int,
    masked_members,
    optional_money,
    unknown_members,
)

T = TypeVar("T", bound="VbankUpdateRequest")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class VbankUpdateRequest:
    """Give `amount`, `vbank_due`, or both."""

    amount: Decimal | None = _attrs_field(default=None, converter=optional_money)
    """ New amount to deposit. """

    vbank_due: int | None = None
    """ New deposit deadline (unix seconds). """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.amount is not None:
            field_dict["amount"] = self.amount
        if self.vbank_due is not None:
            field_dict["vbank_due"] = self.vbank_due
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        amount = d.pop("amount", None)
        if (
            type(amount) is not Decimal
            or not (
                amount.is_finite()
                and -MAX_EXPONENT <= amount.adjusted() <= MAX_EXPONENT
            )
        ) and amount is not None:
            amount = json_money(amount, "amount")
        vbank_due = d.pop("vbank_due", None)
        if type(vbank_due) is not int and vbank_due is not None:
            vbank_due = lenient_int(vbank_due, "vbank_due")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.amount = amount
        model_.vbank_due = vbank_due
        if d:
            unknown_members(d)
        model_.additional_properties = d
        return model_

    @property
    def vbank_due_kst(self) -> datetime | None:
        """``vbank_due`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.vbank_due, "vbank_due")

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
