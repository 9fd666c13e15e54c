from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.product_type import ProductType
from ..models.receipt_identifier_type import ReceiptIdentifierType
from ..models.receipt_type import ReceiptType
from ..types import (
    MAX_EXPONENT,
    MISSING,
    dumped,
    json_money,
    lenient_enum,
    lenient_str,
    masked_members,
    optional_money,
    unknown_members,
)

T = TypeVar("T", bound="ReceiptRequest")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class ReceiptRequest:
    identifier: str
    """ Whom the receipt is for - cash-receipt card number, mobile number, resident number or business number. """

    identifier_type: ReceiptIdentifierType | None = None
    """ Kind of `identifier`: resident number (`person`), business number (`business`), mobile number (`phone`) or
    cash-receipt card (`taxcard`). """

    type_: ReceiptType | None = None
    """ Purpose of a cash receipt: `person` (income deduction, the default) or `company` (expense proof). """

    product_type: ProductType | None = None
    """ Physical goods (`real`) or digital content (`digital`). """

    company_tel: str | None = None
    """ The merchant's customer-service number (needed by Kiwoom Pay). """

    company_name: str | None = None
    """ The merchant's business name (needed by Kiwoom Pay). """

    corp_reg_no: str | None = None
    """ The merchant's business number (needed by Kiwoom Pay and Welcome Payments). """

    buyer_name: str | None = None
    """ Recommended, to trace the receipt later. """

    buyer_email: str | None = None
    """ Buyer's e-mail address. """

    buyer_tel: str | None = None
    """ Recommended, to trace the receipt later. """

    tax_free: Decimal | None = _attrs_field(default=None, converter=optional_money)
    """ Tax-exempt part (default 0). VAT is otherwise one eleventh of the rest. """

    vat: Decimal | None = _attrs_field(default=None, converter=optional_money)
    """ VAT amount (deprecated; use tax_free). """

    vat_amount: Decimal | None = _attrs_field(default=None, converter=optional_money)
    """ VAT amount, for merchants allowed to set it. """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["identifier"] = self.identifier
        if self.identifier_type is not None:
            field_dict["identifier_type"] = dumped(self.identifier_type)
        if self.type_ is not None:
            field_dict["type"] = dumped(self.type_)
        if self.product_type is not None:
            field_dict["product_type"] = dumped(self.product_type)
        if self.company_tel is not None:
            field_dict["company_tel"] = self.company_tel
        if self.company_name is not None:
            field_dict["company_name"] = self.company_name
        if self.corp_reg_no is not None:
            field_dict["corp_reg_no"] = self.corp_reg_no
        if self.buyer_name is not None:
            field_dict["buyer_name"] = self.buyer_name
        if self.buyer_email is not None:
            field_dict["buyer_email"] = self.buyer_email
        if self.buyer_tel is not None:
            field_dict["buyer_tel"] = self.buyer_tel
        if self.tax_free is not None:
            field_dict["tax_free"] = self.tax_free
        if self.vat is not None:
            field_dict["vat"] = self.vat
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
        identifier = d.pop("identifier", MISSING)
        if type(identifier) is not str:
            identifier = lenient_str(identifier, "identifier")
        identifier_type = d.pop("identifier_type", None)
        if identifier_type is not None:
            try:
                identifier_type = ReceiptIdentifierType(identifier_type)
            except (ValueError, TypeError):
                identifier_type = lenient_enum(
                    identifier_type, "identifier_type", ReceiptIdentifierType
                )
        type_ = d.pop("type", None)
        if type_ is not None:
            try:
                type_ = ReceiptType(type_)
            except (ValueError, TypeError):
                type_ = lenient_enum(type_, "type", ReceiptType)
        product_type = d.pop("product_type", None)
        if product_type is not None:
            try:
                product_type = ProductType(product_type)
            except (ValueError, TypeError):
                product_type = lenient_enum(product_type, "product_type", ProductType)
        company_tel = d.pop("company_tel", None)
        if type(company_tel) is not str and company_tel is not None:
            company_tel = lenient_str(company_tel, "company_tel")
        company_name = d.pop("company_name", None)
        if type(company_name) is not str and company_name is not None:
            company_name = lenient_str(company_name, "company_name")
        corp_reg_no = d.pop("corp_reg_no", None)
        if type(corp_reg_no) is not str and corp_reg_no is not None:
            corp_reg_no = lenient_str(corp_reg_no, "corp_reg_no")
        buyer_name = d.pop("buyer_name", None)
        if type(buyer_name) is not str and buyer_name is not None:
            buyer_name = lenient_str(buyer_name, "buyer_name")
        buyer_email = d.pop("buyer_email", None)
        if type(buyer_email) is not str and buyer_email is not None:
            buyer_email = lenient_str(buyer_email, "buyer_email")
        buyer_tel = d.pop("buyer_tel", None)
        if type(buyer_tel) is not str and buyer_tel is not None:
            buyer_tel = lenient_str(buyer_tel, "buyer_tel")
        tax_free = d.pop("tax_free", None)
        if (
            type(tax_free) is not Decimal
            or not (
                tax_free.is_finite()
                and -MAX_EXPONENT <= tax_free.adjusted() <= MAX_EXPONENT
            )
        ) and tax_free is not None:
            tax_free = json_money(tax_free, "tax_free")
        vat = d.pop("vat", None)
        if (
            type(vat) is not Decimal
            or not (vat.is_finite() and -MAX_EXPONENT <= vat.adjusted() <= MAX_EXPONENT)
        ) and vat is not None:
            vat = json_money(vat, "vat")
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
        model_.identifier = identifier
        model_.identifier_type = identifier_type
        model_.type_ = type_
        model_.product_type = product_type
        model_.company_tel = company_tel
        model_.company_name = company_name
        model_.corp_reg_no = corp_reg_no
        model_.buyer_name = buyer_name
        model_.buyer_email = buyer_email
        model_.buyer_tel = buyer_tel
        model_.tax_free = tax_free
        model_.vat = vat
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
