from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    dumped,
    kept,
    lenient_str,
    masked_members,
    unknown_members,
)

T = TypeVar("T", bound="NaverProductOrdersRequest")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class NaverProductOrdersRequest:
    product_order_id: list[str] | None = None
    """ Product orders to act on; all product orders of the payment when omitted. """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.product_order_id is not None:
            field_dict["product_order_id"] = dumped(self.product_order_id)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        product_order_id = d.pop("product_order_id", None)
        if product_order_id is not None:
            if not isinstance(product_order_id, list):
                product_order_id = kept(
                    product_order_id, "product_order_id", "an array"
                )
            else:
                product_order_id_items: list[str] = []
                for index_0, item_0 in enumerate(product_order_id):
                    if type(item_0) is not str:
                        item_0 = lenient_str(item_0, f"product_order_id[{index_0}]")
                    product_order_id_items.append(item_0)
                product_order_id = product_order_id_items

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.product_order_id = product_order_id
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
