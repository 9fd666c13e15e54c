from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    SpecMismatchError,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.partner_receipt_item import PartnerReceiptItem


T = TypeVar("T", bound="PartnerReceiptRequest")


@_attrs_define
class PartnerReceiptRequest:
    data: list[PartnerReceiptItem]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["data"] = [item.to_dict() for item in self.data]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        from ..models.partner_receipt_item import PartnerReceiptItem  # noqa: PLC0415

        d = dict(src_dict)
        data = d.pop("data", MISSING)
        if not isinstance(data, list):
            raise mismatch("data", "an array", data)
        data_items: list[PartnerReceiptItem] = []
        for index_0, item_0 in enumerate(data):
            if not isinstance(item_0, dict):
                raise mismatch(f"data[{index_0}]", "an object", item_0)
            try:
                item_0 = PartnerReceiptItem.from_dict(item_0)
            except SpecMismatchError as exc:
                raise exc.within(f"data[{index_0}]") from None
            data_items.append(item_0)
        data = data_items

        partner_receipt_request = cls(
            data=data,
        )
        partner_receipt_request.additional_properties = d
        return partner_receipt_request

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
