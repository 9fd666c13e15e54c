from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_type import ProductType
from ..models.receipt_identifier_type import ReceiptIdentifierType
from ..models.receipt_type import ReceiptType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalReceiptRequest")


@_attrs_define
class ExternalReceiptRequest:
    name: str
    """ Order name. """
    amount: float
    """ Amount the receipt covers. """
    identifier: str
    """ Whom the receipt is for - cash-receipt card number, mobile number, resident number or business number. """
    channel_key: str | Unset = UNSET
    """ Channel whose gateway issues the receipt. """
    identifier_type: ReceiptIdentifierType | Unset = UNSET
    """ Kind of `identifier`: resident number (`person`), business number (`business`), mobile number (`phone`) or
    cash-receipt card (`taxcard`). """
    type_: ReceiptType | Unset = UNSET
    """ Purpose of a cash receipt: `person` (income deduction, the default) or `company` (expense proof). """
    product_type: ProductType | Unset = UNSET
    """ Physical goods (`real`) or digital content (`digital`). """
    pay_method: str | Unset = UNSET
    """ How the sale was paid, `trans` (transfer) or `vbank` (virtual account); needed by Welcome Payments. """
    buyer_name: str | Unset = UNSET
    buyer_email: str | Unset = UNSET
    buyer_tel: str | Unset = UNSET
    tax_free: float | Unset = UNSET
    """ Tax-exempt part (default 0). """
    vat_amount: float | Unset = UNSET
    """ VAT amount, for merchants allowed to set it. """
    corp_reg_no: str | Unset = UNSET
    """ The merchant's business number (needed by Welcome Payments). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        amount = self.amount

        identifier = self.identifier

        channel_key = self.channel_key

        identifier_type: str | Unset = UNSET
        if not isinstance(self.identifier_type, Unset):
            identifier_type = self.identifier_type.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type.value

        pay_method = self.pay_method

        buyer_name = self.buyer_name

        buyer_email = self.buyer_email

        buyer_tel = self.buyer_tel

        tax_free = self.tax_free

        vat_amount = self.vat_amount

        corp_reg_no = self.corp_reg_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "amount": amount,
                "identifier": identifier,
            }
        )
        if channel_key is not UNSET:
            field_dict["channel_key"] = channel_key
        if identifier_type is not UNSET:
            field_dict["identifier_type"] = identifier_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if pay_method is not UNSET:
            field_dict["pay_method"] = pay_method
        if buyer_name is not UNSET:
            field_dict["buyer_name"] = buyer_name
        if buyer_email is not UNSET:
            field_dict["buyer_email"] = buyer_email
        if buyer_tel is not UNSET:
            field_dict["buyer_tel"] = buyer_tel
        if tax_free is not UNSET:
            field_dict["tax_free"] = tax_free
        if vat_amount is not UNSET:
            field_dict["vat_amount"] = vat_amount
        if corp_reg_no is not UNSET:
            field_dict["corp_reg_no"] = corp_reg_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        amount = d.pop("amount")

        identifier = d.pop("identifier")

        channel_key = d.pop("channel_key", UNSET)

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

        pay_method = d.pop("pay_method", UNSET)

        buyer_name = d.pop("buyer_name", UNSET)

        buyer_email = d.pop("buyer_email", UNSET)

        buyer_tel = d.pop("buyer_tel", UNSET)

        tax_free = d.pop("tax_free", UNSET)

        vat_amount = d.pop("vat_amount", UNSET)

        corp_reg_no = d.pop("corp_reg_no", UNSET)

        external_receipt_request = cls(
            name=name,
            amount=amount,
            identifier=identifier,
            channel_key=channel_key,
            identifier_type=identifier_type,
            type_=type_,
            product_type=product_type,
            pay_method=pay_method,
            buyer_name=buyer_name,
            buyer_email=buyer_email,
            buyer_tel=buyer_tel,
            tax_free=tax_free,
            vat_amount=vat_amount,
            corp_reg_no=corp_reg_no,
        )

        external_receipt_request.additional_properties = d
        return external_receipt_request

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
