from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cancel_request_extra_requester import CancelRequestExtraRequester
from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelRequestExtra")


@_attrs_define
class CancelRequestExtra:
    """Gateway-specific extras."""

    requester: CancelRequestExtraRequester | Unset = UNSET
    """ Who asked for the cancel (Naver Pay). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requester: str | Unset = UNSET
        if not isinstance(self.requester, Unset):
            requester = self.requester.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if requester is not UNSET:
            field_dict["requester"] = requester

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _requester = d.pop("requester", UNSET)
        requester: CancelRequestExtraRequester | Unset
        if isinstance(_requester, Unset):
            requester = UNSET
        else:
            requester = CancelRequestExtraRequester(_requester)

        cancel_request_extra = cls(
            requester=requester,
        )

        cancel_request_extra.additional_properties = d
        return cancel_request_extra

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
