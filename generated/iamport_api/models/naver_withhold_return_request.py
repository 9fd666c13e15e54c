from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.naver_withhold_reason import NaverWithholdReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="NaverWithholdReturnRequest")


@_attrs_define
class NaverWithholdReturnRequest:
    memo: str
    """ Note to the buyer explaining the hold. """
    product_order_id: list[str] | Unset = UNSET
    """ Product orders to act on; all product orders of the payment when omitted. """
    reason: NaverWithholdReason | Unset = UNSET
    """ Reason for holding a Naver Pay return; an unknown code is treated as ETC (the default). The spelling
    `EXTRAFEEE` is the service's. """
    extra_charge: float | Unset = UNSET
    """ Extra cost charged to the buyer (default 0). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        memo = self.memo

        product_order_id: list[str] | Unset = UNSET
        if not isinstance(self.product_order_id, Unset):
            product_order_id = self.product_order_id

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.value

        extra_charge = self.extra_charge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "memo": memo,
            }
        )
        if product_order_id is not UNSET:
            field_dict["product_order_id"] = product_order_id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if extra_charge is not UNSET:
            field_dict["extra_charge"] = extra_charge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        memo = d.pop("memo")

        product_order_id = cast(list[str], d.pop("product_order_id", UNSET))

        _reason = d.pop("reason", UNSET)
        reason: NaverWithholdReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = NaverWithholdReason(_reason)

        extra_charge = d.pop("extra_charge", UNSET)

        naver_withhold_return_request = cls(
            memo=memo,
            product_order_id=product_order_id,
            reason=reason,
            extra_charge=extra_charge,
        )

        naver_withhold_return_request.additional_properties = d
        return naver_withhold_return_request

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
