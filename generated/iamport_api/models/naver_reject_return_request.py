from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    mismatch,
)

T = TypeVar("T", bound="NaverRejectReturnRequest")


@_attrs_define
class NaverRejectReturnRequest:
    memo: str
    """ Note to the buyer explaining the refusal. """

    product_order_id: list[str] | None = None
    """ Product orders to act on; all product orders of the payment when omitted. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["memo"] = self.memo
        if self.product_order_id is not None:
            field_dict["product_order_id"] = list(self.product_order_id)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        memo = d.pop("memo", MISSING)
        if not isinstance(memo, str):
            raise mismatch("memo", "a string", memo)
        product_order_id = d.pop("product_order_id", None)
        if product_order_id is not None:
            if not isinstance(product_order_id, list):
                raise mismatch("product_order_id", "an array", product_order_id)
            product_order_id_items: list[str] = []
            for index_0, item_0 in enumerate(product_order_id):
                if not isinstance(item_0, str):
                    raise mismatch(f"product_order_id[{index_0}]", "a string", item_0)
                product_order_id_items.append(item_0)
            product_order_id = product_order_id_items

        naver_reject_return_request = cls(
            memo=memo,
            product_order_id=product_order_id,
        )
        naver_reject_return_request.additional_properties = d
        return naver_reject_return_request

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
