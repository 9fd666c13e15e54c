from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    MAX_EXPONENT,
    MISSING,
    json_money,
    lenient_str,
    masked_members,
    money,
    optional_money,
    unknown_members,
)

T = TypeVar("T", bound="PartnerReceiptItem")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class PartnerReceiptItem:
    """One sub-merchant's part of a payment."""

    business_registration_number: str
    """ Sub-merchant's business number, with hyphens. """

    company_name: str
    """ Sub-merchant's name. """

    amount: Decimal = _attrs_field(converter=money)
    """ Amount sold by the sub-merchant. """

    tax_free: Decimal | None = _attrs_field(default=None, converter=optional_money)
    """ Tax-exempt part (default 0). """

    vat_amount: Decimal | None = _attrs_field(default=None, converter=optional_money)
    """ VAT part (default one eleventh of the amount). """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["business_registration_number"] = self.business_registration_number
        field_dict["company_name"] = self.company_name
        field_dict["amount"] = self.amount
        if self.tax_free is not None:
            field_dict["tax_free"] = self.tax_free
        if self.vat_amount is not None:
            field_dict["vat_amount"] = self.vat_amount
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        business_registration_number = d.pop("business_registration_number", MISSING)
        if type(business_registration_number) is not str:
            business_registration_number = lenient_str(
                business_registration_number, "business_registration_number"
            )
        company_name = d.pop("company_name", MISSING)
        if type(company_name) is not str:
            company_name = lenient_str(company_name, "company_name")
        amount = d.pop("amount", MISSING)
        if type(amount) is not Decimal or not (
            amount.is_finite() and -MAX_EXPONENT <= amount.adjusted() <= MAX_EXPONENT
        ):
            amount = json_money(amount, "amount")
        tax_free = d.pop("tax_free", None)
        if (
            type(tax_free) is not Decimal
            or not (
                tax_free.is_finite()
                and -MAX_EXPONENT <= tax_free.adjusted() <= MAX_EXPONENT
            )
        ) and tax_free is not None:
            tax_free = json_money(tax_free, "tax_free")
        vat_amount = d.pop("vat_amount", None)
        if (
            type(vat_amount) is not Decimal
            or not (
                vat_amount.is_finite()
                and -MAX_EXPONENT <= vat_amount.adjusted() <= MAX_EXPONENT
            )
        ) and vat_amount is not None:
            vat_amount = json_money(vat_amount, "vat_amount")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.business_registration_number = business_registration_number
        model_.company_name = company_name
        model_.amount = amount
        model_.tax_free = tax_free
        model_.vat_amount = vat_amount
        if d:
            unknown_members(d)
        model_.additional_properties = d
        return model_

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
