from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    mismatch,
)

T = TypeVar("T", bound="CertificationOtp")


@_attrs_define
class CertificationOtp:
    """A started identity verification, waiting for its code."""

    imp_uid: str
    """ Id of the verification; pass it to `confirm_certification_otp`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["imp_uid"] = self.imp_uid
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        imp_uid = d.pop("imp_uid", MISSING)
        if not isinstance(imp_uid, str):
            raise mismatch("imp_uid", "a string", imp_uid)

        certification_otp = cls(
            imp_uid=imp_uid,
        )
        certification_otp.additional_properties = d
        return certification_otp

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
