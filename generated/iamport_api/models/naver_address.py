from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    mismatch,
)

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

    detail: str | None = None
    """ Rest of the address (building, unit). """

    tel2: str | None = None
    """ Other phone number. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["base"] = self.base
        field_dict["postcode"] = self.postcode
        field_dict["tel1"] = self.tel1
        field_dict["name"] = self.name
        if self.detail is not None:
            field_dict["detail"] = self.detail
        if self.tel2 is not None:
            field_dict["tel2"] = self.tel2
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        base = d.pop("base", MISSING)
        if not isinstance(base, str):
            raise mismatch("base", "a string", base)
        postcode = d.pop("postcode", MISSING)
        if not isinstance(postcode, str):
            raise mismatch("postcode", "a string", postcode)
        tel1 = d.pop("tel1", MISSING)
        if not isinstance(tel1, str):
            raise mismatch("tel1", "a string", tel1)
        name = d.pop("name", MISSING)
        if not isinstance(name, str):
            raise mismatch("name", "a string", name)
        detail = d.pop("detail", None)
        if detail is not None:
            if not isinstance(detail, str):
                raise mismatch("detail", "a string", detail)
        tel2 = d.pop("tel2", None)
        if tel2 is not None:
            if not isinstance(tel2, str):
                raise mismatch("tel2", "a string", tel2)

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
