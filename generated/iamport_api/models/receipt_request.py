from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_type import ProductType
from ..models.receipt_identifier_type import ReceiptIdentifierType
from ..models.receipt_type import ReceiptType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceiptRequest")


@_attrs_define
class ReceiptRequest:
    identifier: str
    """ Whom the receipt is for - cash-receipt card number, mobile number, resident number or business number. """
    identifier_type: ReceiptIdentifierType | Unset = UNSET
    """ Kind of `identifier`: resident number (`person`), business number (`business`), mobile number (`phone`) or
    cash-receipt card (`taxcard`). """
    type_: ReceiptType | Unset = UNSET
    """ Purpose of a cash receipt: `person` (income deduction, the default) or `company` (expense proof). """
    product_type: ProductType | Unset = UNSET
    """ Physical goods (`real`) or digital content (`digital`). """
    company_tel: str | Unset = UNSET
    """ The merchant's customer-service number (needed by Kiwoom Pay). """
    company_name: str | Unset = UNSET
    """ The merchant's business name (needed by Kiwoom Pay). """
    corp_reg_no: str | Unset = UNSET
    """ The merchant's business number (needed by Kiwoom Pay and Welcome Payments). """
    buyer_name: str | Unset = UNSET
    """ Recommended, to trace the receipt later. """
    buyer_email: str | Unset = UNSET
    buyer_tel: str | Unset = UNSET
    """ Recommended, to trace the receipt later. """
    tax_free: float | Unset = UNSET
    """ Tax-exempt part (default 0). VAT is otherwise one eleventh of the rest. """
    vat: float | Unset = UNSET
    """ VAT amount (deprecated; use tax_free). """
    vat_amount: float | Unset = UNSET
    """ VAT amount, for merchants allowed to set it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        identifier_type: str | Unset = UNSET
        if not isinstance(self.identifier_type, Unset):
            identifier_type = self.identifier_type.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type.value

        company_tel = self.company_tel

        company_name = self.company_name

        corp_reg_no = self.corp_reg_no

        buyer_name = self.buyer_name

        buyer_email = self.buyer_email

        buyer_tel = self.buyer_tel

        tax_free = self.tax_free

        vat = self.vat

        vat_amount = self.vat_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
            }
        )
        if identifier_type is not UNSET:
            field_dict["identifier_type"] = identifier_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if company_tel is not UNSET:
            field_dict["company_tel"] = company_tel
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if corp_reg_no is not UNSET:
            field_dict["corp_reg_no"] = corp_reg_no
        if buyer_name is not UNSET:
            field_dict["buyer_name"] = buyer_name
        if buyer_email is not UNSET:
            field_dict["buyer_email"] = buyer_email
        if buyer_tel is not UNSET:
            field_dict["buyer_tel"] = buyer_tel
        if tax_free is not UNSET:
            field_dict["tax_free"] = tax_free
        if vat is not UNSET:
            field_dict["vat"] = vat
        if vat_amount is not UNSET:
            field_dict["vat_amount"] = vat_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifier = d.pop("identifier")

        _identifier_type = d.pop("identifier_type", UNSET)
        identifier_type: ReceiptIdentifierType | Unset
        if isinstance(_identifier_type, Unset):
            identifier_type = UNSET
        else:
            identifier_type = ReceiptIdentifierType(_identifier_type)

        _type_ = d.pop("type", UNSET)
        type_: ReceiptType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ReceiptType(_type_)

        _product_type = d.pop("product_type", UNSET)
        product_type: ProductType | Unset
        if isinstance(_product_type, Unset):
            product_type = UNSET
        else:
            product_type = ProductType(_product_type)

        company_tel = d.pop("company_tel", UNSET)

        company_name = d.pop("company_name", UNSET)

        corp_reg_no = d.pop("corp_reg_no", UNSET)

        buyer_name = d.pop("buyer_name", UNSET)

        buyer_email = d.pop("buyer_email", UNSET)

        buyer_tel = d.pop("buyer_tel", UNSET)

        tax_free = d.pop("tax_free", UNSET)

        vat = d.pop("vat", UNSET)

        vat_amount = d.pop("vat_amount", UNSET)

        receipt_request = cls(
            identifier=identifier,
            identifier_type=identifier_type,
            type_=type_,
            product_type=product_type,
            company_tel=company_tel,
            company_name=company_name,
            corp_reg_no=corp_reg_no,
            buyer_name=buyer_name,
            buyer_email=buyer_email,
            buyer_tel=buyer_tel,
            tax_free=tax_free,
            vat=vat,
            vat_amount=vat_amount,
        )

        receipt_request.additional_properties = d
        return receipt_request

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
