from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EscrowLogisInfo")


@_attrs_define
class EscrowLogisInfo:
    """The shipment."""

    company: str
    """ Parcel company code (open set; see the vendor's code table). """
    invoice: str
    """ Tracking number. """
    sent_at: int
    """ When the goods were sent (unix seconds). """
    receiving_at: str | Unset = UNSET
    """ Expected receipt date `YYYYMMDD` (needed by Kiwoom Pay). """
    address: str | Unset = UNSET
    """ Address shipped from (needed by Kiwoom Pay). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company = self.company

        invoice = self.invoice

        sent_at = self.sent_at

        receiving_at = self.receiving_at

        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company": company,
                "invoice": invoice,
                "sent_at": sent_at,
            }
        )
        if receiving_at is not UNSET:
            field_dict["receiving_at"] = receiving_at
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company = d.pop("company")

        invoice = d.pop("invoice")

        sent_at = d.pop("sent_at")

        receiving_at = d.pop("receiving_at", UNSET)

        address = d.pop("address", UNSET)

        escrow_logis_info = cls(
            company=company,
            invoice=invoice,
            sent_at=sent_at,
            receiving_at=receiving_at,
            address=address,
        )

        escrow_logis_info.additional_properties = d
        return escrow_logis_info

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
