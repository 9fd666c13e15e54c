from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NaverAddress")


@_attrs_define
class NaverAddress:
    """A shipping address of a Naver Pay order."""

    base: str
    """ Street address. """
    postcode: str
    tel1: str
    """ Main phone number. """
    name: str
    """ Recipient. """
    detail: None | str | Unset = UNSET
    """ Rest of the address (building, unit). """
    tel2: None | str | Unset = UNSET
    """ Other phone number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base = self.base

        postcode = self.postcode

        tel1 = self.tel1

        name = self.name

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        tel2: None | str | Unset
        if isinstance(self.tel2, Unset):
            tel2 = UNSET
        else:
            tel2 = self.tel2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "postcode": postcode,
                "tel1": tel1,
                "name": name,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if tel2 is not UNSET:
            field_dict["tel2"] = tel2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base = d.pop("base")

        postcode = d.pop("postcode")

        tel1 = d.pop("tel1")

        name = d.pop("name")

        def _parse_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        def _parse_tel2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tel2 = _parse_tel2(d.pop("tel2", UNSET))

        naver_address = cls(
            base=base,
            postcode=postcode,
            tel1=tel1,
            name=name,
            detail=detail,
            tel2=tel2,
        )

        naver_address.additional_properties = d
        return naver_address

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
