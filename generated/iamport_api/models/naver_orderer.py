from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    mismatch,
)

T = TypeVar("T", bound="NaverOrderer")


@_attrs_define
class NaverOrderer:
    """The buyer of a Naver Pay order."""

    name: str

    id: str
    """ Naver id, masked. """

    tel: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["id"] = self.id
        field_dict["tel"] = self.tel
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        name = d.pop("name", MISSING)
        if not isinstance(name, str):
            raise mismatch("name", "a string", name)
        id = d.pop("id", MISSING)
        if not isinstance(id, str):
            raise mismatch("id", "a string", id)
        tel = d.pop("tel", MISSING)
        if not isinstance(tel, str):
            raise mismatch("tel", "a string", tel)

        naver_orderer = cls(
            name=name,
            id=id,
            tel=tel,
        )
        naver_orderer.additional_properties = d
        return naver_orderer

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
