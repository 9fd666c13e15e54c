from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_type import ProductType
from ..models.receipt_identifier_type import ReceiptIdentifierType
from ..models.receipt_type import ReceiptType
from ..types import (
    MISSING,
    enum_mismatch,
    json_money,
    mismatch,
    money,
    optional_money,
)

T = TypeVar("T", bound="ExternalReceiptRequest")


@_attrs_define
class ExternalReceiptRequest:
    name: str
    """ Order name. """

    amount: Decimal = _attrs_field(converter=money)
    """ Amount the receipt covers. """

    identifier: str
    """ Whom the receipt is for - cash-receipt card number, mobile number, resident number or business number. """

    channel_key: str | None = None
    """ Channel whose gateway issues the receipt. """

    identifier_type: ReceiptIdentifierType | None = None
    """ Kind of `identifier`: resident number (`person`), business number (`business`), mobile number (`phone`) or
    cash-receipt card (`taxcard`). """

    type_: ReceiptType | None = None
    """ Purpose of a cash receipt: `person` (income deduction, the default) or `company` (expense proof). """

    product_type: ProductType | None = None
    """ Physical goods (`real`) or digital content (`digital`). """

    pay_method: str | None = None
    """ How the sale was paid, `trans` (transfer) or `vbank` (virtual account); needed by Welcome Payments. """

    buyer_name: str | None = None

    buyer_email: str | None = None

    buyer_tel: str | None = None

    tax_free: Decimal | None = _attrs_field(default=None, converter=optional_money)
    """ Tax-exempt part (default 0). """

    vat_amount: Decimal | None = _attrs_field(default=None, converter=optional_money)
    """ VAT amount, for merchants allowed to set it. """

    corp_reg_no: str | None = None
    """ The merchant's business number (needed by Welcome Payments). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["amount"] = self.amount
        field_dict["identifier"] = self.identifier
        if self.channel_key is not None:
            field_dict["channel_key"] = self.channel_key
        if self.identifier_type is not None:
            field_dict["identifier_type"] = self.identifier_type.value
        if self.type_ is not None:
            field_dict["type"] = self.type_.value
        if self.product_type is not None:
            field_dict["product_type"] = self.product_type.value
        if self.pay_method is not None:
            field_dict["pay_method"] = self.pay_method
        if self.buyer_name is not None:
            field_dict["buyer_name"] = self.buyer_name
        if self.buyer_email is not None:
            field_dict["buyer_email"] = self.buyer_email
        if self.buyer_tel is not None:
            field_dict["buyer_tel"] = self.buyer_tel
        if self.tax_free is not None:
            field_dict["tax_free"] = self.tax_free
        if self.vat_amount is not None:
            field_dict["vat_amount"] = self.vat_amount
        if self.corp_reg_no is not None:
            field_dict["corp_reg_no"] = self.corp_reg_no
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        name = d.pop("name", MISSING)
        if not isinstance(name, str):
            raise mismatch("name", "a string", name)
        amount = d.pop("amount", MISSING)
        if type(amount) is not Decimal:
            amount = json_money(amount, "amount")
        identifier = d.pop("identifier", MISSING)
        if not isinstance(identifier, str):
            raise mismatch("identifier", "a string", identifier)
        channel_key = d.pop("channel_key", None)
        if channel_key is not None:
            if not isinstance(channel_key, str):
                raise mismatch("channel_key", "a string", channel_key)
        identifier_type = d.pop("identifier_type", None)
        if identifier_type is not None:
            try:
                identifier_type = ReceiptIdentifierType(identifier_type)
            except (ValueError, TypeError):
                raise enum_mismatch(
                    "identifier_type", identifier_type, ReceiptIdentifierType
                ) from None
        type_ = d.pop("type", None)
        if type_ is not None:
            try:
                type_ = ReceiptType(type_)
            except (ValueError, TypeError):
                raise enum_mismatch("type", type_, ReceiptType) from None
        product_type = d.pop("product_type", None)
        if product_type is not None:
            try:
                product_type = ProductType(product_type)
            except (ValueError, TypeError):
                raise enum_mismatch("product_type", product_type, ProductType) from None
        pay_method = d.pop("pay_method", None)
        if pay_method is not None:
            if not isinstance(pay_method, str):
                raise mismatch("pay_method", "a string", pay_method)
        buyer_name = d.pop("buyer_name", None)
        if buyer_name is not None:
            if not isinstance(buyer_name, str):
                raise mismatch("buyer_name", "a string", buyer_name)
        buyer_email = d.pop("buyer_email", None)
        if buyer_email is not None:
            if not isinstance(buyer_email, str):
                raise mismatch("buyer_email", "a string", buyer_email)
        buyer_tel = d.pop("buyer_tel", None)
        if buyer_tel is not None:
            if not isinstance(buyer_tel, str):
                raise mismatch("buyer_tel", "a string", buyer_tel)
        tax_free = d.pop("tax_free", None)
        if tax_free is not None:
            if type(tax_free) is not Decimal:
                tax_free = json_money(tax_free, "tax_free")
        vat_amount = d.pop("vat_amount", None)
        if vat_amount is not None:
            if type(vat_amount) is not Decimal:
                vat_amount = json_money(vat_amount, "vat_amount")
        corp_reg_no = d.pop("corp_reg_no", None)
        if corp_reg_no is not None:
            if not isinstance(corp_reg_no, str):
                raise mismatch("corp_reg_no", "a string", corp_reg_no)

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
