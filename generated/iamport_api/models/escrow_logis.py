from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EscrowLogis")


@_attrs_define
class EscrowLogis:
    """Shipping details registered for an escrow payment."""

    company: str
    """ Parcel company code (open set; see the vendor's code table). """
    invoice: str
    """ Tracking number. """
    sent_at: int
    """ When the goods were sent (unix seconds). """
    applied_at: int
    """ When the details were registered (unix seconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company = self.company

        invoice = self.invoice

        sent_at = self.sent_at

        applied_at = self.applied_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company": company,
                "invoice": invoice,
                "sent_at": sent_at,
                "applied_at": applied_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company = d.pop("company")

        invoice = d.pop("invoice")

        sent_at = d.pop("sent_at")

        applied_at = d.pop("applied_at")

        escrow_logis = cls(
            company=company,
            invoice=invoice,
            sent_at=sent_at,
            applied_at=applied_at,
        )

        escrow_logis.additional_properties = d
        return escrow_logis

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
