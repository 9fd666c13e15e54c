from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    DRIFT_SEQ,
    MISSING,
    SpecMismatchError,
    drift_within,
    dumped,
    kept,
    masked_members,
    unknown_members,
)

if TYPE_CHECKING:
    from ..models.partner_receipt_item import PartnerReceiptItem


T = TypeVar("T", bound="PartnerReceiptRequest")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class PartnerReceiptRequest:
    data: list[PartnerReceiptItem]
    """ The sub-merchants that took part in the payment and the amount each sold. """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["data"] = dumped(self.data)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        data = d.pop("data", MISSING)
        if not isinstance(data, list):
            data = kept(data, "data", "an array")
        else:
            data_items: list[PartnerReceiptItem] = []
            for index_0, item_0 in enumerate(data):
                if not isinstance(item_0, dict):
                    item_0 = kept(item_0, f"data[{index_0}]", "an object")
                else:
                    from ..models.partner_receipt_item import PartnerReceiptItem  # noqa: PLC0415

                    mark_1 = DRIFT_SEQ[0]
                    try:
                        item_0 = PartnerReceiptItem.from_dict(item_0)
                    except SpecMismatchError as exc:
                        raise exc.within(f"data[{index_0}]") from None
                    if DRIFT_SEQ[0] != mark_1:
                        drift_within(mark_1, f"data[{index_0}]")
                data_items.append(item_0)
            data = data_items

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.data = data
        if d:
            unknown_members(d)
        model_.additional_properties = d
        return model_

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
