from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerReceiptItem")


@_attrs_define
class PartnerReceiptItem:
    """One sub-merchant's part of a payment."""

    business_registration_number: str
    """ Sub-merchant's business number, with hyphens. """
    company_name: str
    """ Sub-merchant's name. """
    amount: float
    """ Amount sold by the sub-merchant. """
    tax_free: float | Unset = UNSET
    """ Tax-exempt part (default 0). """
    vat_amount: float | Unset = UNSET
    """ VAT part (default one eleventh of the amount). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_registration_number = self.business_registration_number

        company_name = self.company_name

        amount = self.amount

        tax_free = self.tax_free

        vat_amount = self.vat_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "business_registration_number": business_registration_number,
                "company_name": company_name,
                "amount": amount,
            }
        )
        if tax_free is not UNSET:
            field_dict["tax_free"] = tax_free
        if vat_amount is not UNSET:
            field_dict["vat_amount"] = vat_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        business_registration_number = d.pop("business_registration_number")

        company_name = d.pop("company_name")

        amount = d.pop("amount")

        tax_free = d.pop("tax_free", UNSET)

        vat_amount = d.pop("vat_amount", UNSET)

        partner_receipt_item = cls(
            business_registration_number=business_registration_number,
            company_name=company_name,
            amount=amount,
            tax_free=tax_free,
            vat_amount=vat_amount,
        )

        partner_receipt_item.additional_properties = d
        return partner_receipt_item

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
