from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnscheduleRequest")


@_attrs_define
class UnscheduleRequest:
    """Give `customer_uid`, `merchant_uid`, or both."""

    customer_uid: str | Unset = UNSET
    """ Revoke all pending schedules of this billing key (when no merchant_uid is given). """
    merchant_uid: list[str] | str | Unset = UNSET
    """ Order id, or list of order ids, whose schedules to revoke. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_uid = self.customer_uid

        merchant_uid: list[str] | str | Unset
        if isinstance(self.merchant_uid, Unset):
            merchant_uid = UNSET
        elif isinstance(self.merchant_uid, list):
            merchant_uid = self.merchant_uid

        else:
            merchant_uid = self.merchant_uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_uid is not UNSET:
            field_dict["customer_uid"] = customer_uid
        if merchant_uid is not UNSET:
            field_dict["merchant_uid"] = merchant_uid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_uid = d.pop("customer_uid", UNSET)

        def _parse_merchant_uid(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                merchant_uid_type_1 = cast(list[str], data)

                return merchant_uid_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        merchant_uid = _parse_merchant_uid(d.pop("merchant_uid", UNSET))

        unschedule_request = cls(
            customer_uid=customer_uid,
            merchant_uid=merchant_uid,
        )

        unschedule_request.additional_properties = d
        return unschedule_request

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
