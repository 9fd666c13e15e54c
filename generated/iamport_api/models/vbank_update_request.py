from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VbankUpdateRequest")


@_attrs_define
class VbankUpdateRequest:
    """Give `amount`, `vbank_due`, or both."""

    amount: float | Unset = UNSET
    """ New amount to deposit. """
    vbank_due: int | Unset = UNSET
    """ New deposit deadline (unix seconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        vbank_due = self.vbank_due

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if vbank_due is not UNSET:
            field_dict["vbank_due"] = vbank_due

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        vbank_due = d.pop("vbank_due", UNSET)

        vbank_update_request = cls(
            amount=amount,
            vbank_due=vbank_due,
        )

        vbank_update_request.additional_properties = d
        return vbank_update_request

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
