from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    mismatch,
)

T = TypeVar("T", bound="Tier")


@_attrs_define
class Tier:
    """A sub-merchant of a master account."""

    tier_code: str
    """ Three upper-case letters or digits. """

    tier_name: str
    """ Name given to the sub-merchant. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["tier_code"] = self.tier_code
        field_dict["tier_name"] = self.tier_name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        tier_code = d.pop("tier_code", MISSING)
        if not isinstance(tier_code, str):
            raise mismatch("tier_code", "a string", tier_code)
        tier_name = d.pop("tier_name", MISSING)
        if not isinstance(tier_name, str):
            raise mismatch("tier_name", "a string", tier_name)

        tier = cls(
            tier_code=tier_code,
            tier_name=tier_name,
        )
        tier.additional_properties = d
        return tier

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
