from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NaverRejectReturnRequest")


@_attrs_define
class NaverRejectReturnRequest:
    memo: str
    """ Note to the buyer explaining the refusal. """
    product_order_id: list[str] | Unset = UNSET
    """ Product orders to act on; all product orders of the payment when omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        memo = self.memo

        product_order_id: list[str] | Unset = UNSET
        if not isinstance(self.product_order_id, Unset):
            product_order_id = self.product_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "memo": memo,
            }
        )
        if product_order_id is not UNSET:
            field_dict["product_order_id"] = product_order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        memo = d.pop("memo")

        product_order_id = cast(list[str], d.pop("product_order_id", UNSET))

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
