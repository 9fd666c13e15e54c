from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_type import ProductType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VbankRequest")


@_attrs_define
class VbankRequest:
    merchant_uid: str
    """ New, unique order id. """
    amount: float
    """ Amount to be deposited. """
    vbank_code: str
    """ Standard bank code of the account to issue (open set, e.g. 004, 088). """
    vbank_due: int
    """ Deposit deadline (unix seconds). """
    vbank_holder: str | Unset = UNSET
    """ Holder name to show. """
    channel_key: str | Unset = UNSET
    name: str | Unset = UNSET
    buyer_name: str | Unset = UNSET
    buyer_email: str | Unset = UNSET
    buyer_tel: str | Unset = UNSET
    buyer_addr: str | Unset = UNSET
    buyer_postcode: str | Unset = UNSET
    notice_url: list[str] | str | Unset = UNSET
    """ Webhook address (or addresses) notified about this payment. """
    custom_data: str | Unset = UNSET
    tax_free: float | Unset = UNSET
    vat_amount: float | Unset = UNSET
    product_type: ProductType | Unset = UNSET
    """ Physical goods (`real`) or digital content (`digital`). """
    product_count: int | Unset = UNSET
    vbank_num: str | Unset = UNSET
    """ A fixed account number agreed with the gateway. """
    vbank_key: str | Unset = UNSET
    """ Key of a fixed account agreed with the gateway. """
    business_registration_number: str | Unset = UNSET
    """ The buyer's business number (used for escrow registration). """
    escrow_password: str | Unset = UNSET
    """ Escrow password for fixed accounts of some gateways. """
    fixed_unlimited_vbank: bool | Unset = UNSET
    """ Issue a fixed account without a deposit limit (some gateways). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_uid = self.merchant_uid

        amount = self.amount

        vbank_code = self.vbank_code

        vbank_due = self.vbank_due

        vbank_holder = self.vbank_holder

        channel_key = self.channel_key

        name = self.name

        buyer_name = self.buyer_name

        buyer_email = self.buyer_email

        buyer_tel = self.buyer_tel

        buyer_addr = self.buyer_addr

        buyer_postcode = self.buyer_postcode

        notice_url: list[str] | str | Unset
        if isinstance(self.notice_url, Unset):
            notice_url = UNSET
        elif isinstance(self.notice_url, list):
            notice_url = self.notice_url

        else:
            notice_url = self.notice_url

        custom_data = self.custom_data

        tax_free = self.tax_free

        vat_amount = self.vat_amount

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type.value

        product_count = self.product_count

        vbank_num = self.vbank_num

        vbank_key = self.vbank_key

        business_registration_number = self.business_registration_number

        escrow_password = self.escrow_password

        fixed_unlimited_vbank = self.fixed_unlimited_vbank

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merchant_uid": merchant_uid,
                "amount": amount,
                "vbank_code": vbank_code,
                "vbank_due": vbank_due,
            }
        )
        if vbank_holder is not UNSET:
            field_dict["vbank_holder"] = vbank_holder
        if channel_key is not UNSET:
            field_dict["channel_key"] = channel_key
        if name is not UNSET:
            field_dict["name"] = name
        if buyer_name is not UNSET:
            field_dict["buyer_name"] = buyer_name
        if buyer_email is not UNSET:
            field_dict["buyer_email"] = buyer_email
        if buyer_tel is not UNSET:
            field_dict["buyer_tel"] = buyer_tel
        if buyer_addr is not UNSET:
            field_dict["buyer_addr"] = buyer_addr
        if buyer_postcode is not UNSET:
            field_dict["buyer_postcode"] = buyer_postcode
        if notice_url is not UNSET:
            field_dict["notice_url"] = notice_url
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if tax_free is not UNSET:
            field_dict["tax_free"] = tax_free
        if vat_amount is not UNSET:
            field_dict["vat_amount"] = vat_amount
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if product_count is not UNSET:
            field_dict["product_count"] = product_count
        if vbank_num is not UNSET:
            field_dict["vbank_num"] = vbank_num
        if vbank_key is not UNSET:
            field_dict["vbank_key"] = vbank_key
        if business_registration_number is not UNSET:
            field_dict["business_registration_number"] = business_registration_number
        if escrow_password is not UNSET:
            field_dict["escrow_password"] = escrow_password
        if fixed_unlimited_vbank is not UNSET:
            field_dict["fixed_unlimited_vbank"] = fixed_unlimited_vbank

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_uid = d.pop("merchant_uid")

        amount = d.pop("amount")

        vbank_code = d.pop("vbank_code")

        vbank_due = d.pop("vbank_due")

        vbank_holder = d.pop("vbank_holder", UNSET)

        channel_key = d.pop("channel_key", UNSET)

        name = d.pop("name", UNSET)

        buyer_name = d.pop("buyer_name", UNSET)

        buyer_email = d.pop("buyer_email", UNSET)

        buyer_tel = d.pop("buyer_tel", UNSET)

        buyer_addr = d.pop("buyer_addr", UNSET)

        buyer_postcode = d.pop("buyer_postcode", UNSET)

        def _parse_notice_url(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_notice_url_type_1 = cast(list[str], data)

                return componentsschemas_notice_url_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        notice_url = _parse_notice_url(d.pop("notice_url", UNSET))

        custom_data = d.pop("custom_data", UNSET)

        tax_free = d.pop("tax_free", UNSET)

        vat_amount = d.pop("vat_amount", UNSET)

        _product_type = d.pop("product_type", UNSET)
        product_type: ProductType | Unset
        if isinstance(_product_type, Unset):
            product_type = UNSET
        else:
            product_type = ProductType(_product_type)

        product_count = d.pop("product_count", UNSET)

        vbank_num = d.pop("vbank_num", UNSET)

        vbank_key = d.pop("vbank_key", UNSET)

        business_registration_number = d.pop("business_registration_number", UNSET)

        escrow_password = d.pop("escrow_password", UNSET)

        fixed_unlimited_vbank = d.pop("fixed_unlimited_vbank", UNSET)

        vbank_request = cls(
            merchant_uid=merchant_uid,
            amount=amount,
            vbank_code=vbank_code,
            vbank_due=vbank_due,
            vbank_holder=vbank_holder,
            channel_key=channel_key,
            name=name,
            buyer_name=buyer_name,
            buyer_email=buyer_email,
            buyer_tel=buyer_tel,
            buyer_addr=buyer_addr,
            buyer_postcode=buyer_postcode,
            notice_url=notice_url,
            custom_data=custom_data,
            tax_free=tax_free,
            vat_amount=vat_amount,
            product_type=product_type,
            product_count=product_count,
            vbank_num=vbank_num,
            vbank_key=vbank_key,
            business_registration_number=business_registration_number,
            escrow_password=escrow_password,
            fixed_unlimited_vbank=fixed_unlimited_vbank,
        )

        vbank_request.additional_properties = d
        return vbank_request

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
