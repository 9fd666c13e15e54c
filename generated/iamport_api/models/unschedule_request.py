from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    mismatch,
)

T = TypeVar("T", bound="UnscheduleRequest")


@_attrs_define
class UnscheduleRequest:
    """Give `customer_uid`, `merchant_uid`, or both."""

    customer_uid: str | None = None
    """ Revoke all pending schedules of this billing key (when no merchant_uid is given). """

    merchant_uid: str | list[str] | None = None
    """ Order id, or list of order ids, whose schedules to revoke. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.customer_uid is not None:
            field_dict["customer_uid"] = self.customer_uid
        if self.merchant_uid is not None:
            field_dict["merchant_uid"] = (
                self.merchant_uid
                if isinstance(self.merchant_uid, str)
                else list(self.merchant_uid)
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        customer_uid = d.pop("customer_uid", None)
        if customer_uid is not None:
            if not isinstance(customer_uid, str):
                raise mismatch("customer_uid", "a string", customer_uid)
        merchant_uid = d.pop("merchant_uid", None)
        if merchant_uid is not None:
            if not isinstance(merchant_uid, str) and not (
                isinstance(merchant_uid, list)
                and all(isinstance(url, str) for url in merchant_uid)
            ):
                raise mismatch(
                    "merchant_uid", "a string or an array of strings", merchant_uid
                )

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
