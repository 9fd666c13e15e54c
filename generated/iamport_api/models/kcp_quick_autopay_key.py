from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KcpQuickAutopayKey")


@_attrs_define
class KcpQuickAutopayKey:
    """The billing key whose KCP Quick Pay automatic-payment key was deleted."""

    customer_uid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_uid: None | str | Unset
        if isinstance(self.customer_uid, Unset):
            customer_uid = UNSET
        else:
            customer_uid = self.customer_uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_uid is not UNSET:
            field_dict["customer_uid"] = customer_uid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_customer_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_uid = _parse_customer_uid(d.pop("customer_uid", UNSET))

        kcp_quick_autopay_key = cls(
            customer_uid=customer_uid,
        )

        kcp_quick_autopay_key.additional_properties = d
        return kcp_quick_autopay_key

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
