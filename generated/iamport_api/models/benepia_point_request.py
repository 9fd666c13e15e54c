from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BenepiaPointRequest")


@_attrs_define
class BenepiaPointRequest:
    benepia_user: str
    """ The member's Benepia login id. """
    benepia_password: str
    """ The member's Benepia password. Never log it. """
    channel_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        benepia_user = self.benepia_user

        benepia_password = self.benepia_password

        channel_key = self.channel_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "benepia_user": benepia_user,
                "benepia_password": benepia_password,
            }
        )
        if channel_key is not UNSET:
            field_dict["channel_key"] = channel_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        benepia_user = d.pop("benepia_user")

        benepia_password = d.pop("benepia_password")

        channel_key = d.pop("channel_key", UNSET)

        benepia_point_request = cls(
            benepia_user=benepia_user,
            benepia_password=benepia_password,
            channel_key=channel_key,
        )

        benepia_point_request.additional_properties = d
        return benepia_point_request

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
