from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_type import ProductType
from ..types import (
    MISSING,
    enum_mismatch,
    json_int,
    json_money,
    mismatch,
    money,
    optional_money,
    redacted,
)

T = TypeVar("T", bound="OnetimePaymentRequest")


@_attrs_define
class OnetimePaymentRequest:
    merchant_uid: str
    """ New, unique order id. """

    amount: Decimal = _attrs_field(converter=money)

    card_number: str = _attrs_field(repr=redacted)
    """ Card number in groups: `dddd-dddd-dddd-dddd` (15-digit cards: `dddd-dddddd-ddddd`). """

    expiry: str
    """ Card expiry as `YYYY-MM`. """

    currency: str | None = None

    tax_free: Decimal | None = _attrs_field(default=None, converter=optional_money)

    vat_amount: Decimal | None = _attrs_field(default=None, converter=optional_money)

    birth: str | None = _attrs_field(default=None, repr=redacted)
    """ Holder's birth date `YYMMDD`, or the 10-digit business number for corporate cards. """

    pwd_2digit: str | None = _attrs_field(default=None, repr=redacted)
    """ First two digits of the card password. """

    cvc: str | None = _attrs_field(default=None, repr=redacted)
    """ Card security code (3 digits, 4 for AMEX). """

    customer_uid: str | None = None
    """ When given, also store the card as this billing key. """

    pg: str | None = None

    channel_key: str | None = None

    name: str | None = None

    buyer_name: str | None = None

    buyer_email: str | None = None

    buyer_tel: str | None = None

    buyer_addr: str | None = None

    buyer_postcode: str | None = None

    card_quota: int | None = None

    interest_free_by_merchant: bool | None = None

    use_card_point: bool | None = None

    custom_data: str | None = None

    notice_url: str | list[str] | None = None
    """ Webhook address (or addresses) notified about this payment. """

    browser_ip: str | None = None

    product_type: ProductType | None = None
    """ Physical goods (`real`) or digital content (`digital`). """

    promotion_id: str | None = None

    bypass: str | None = None

    vat: Decimal | None = _attrs_field(default=None, converter=optional_money)
    """ Older name of vat_amount. """

    channel_group_id: str | None = None
    """ Smart-routing group to pay through. """

    secure_3d_charge_id: str | None = None
    """ 3-D Secure charge id (foreign cards on some gateways). """

    secure_3d_token: str | None = None
    """ 3-D Secure token (foreign cards on some gateways). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["merchant_uid"] = self.merchant_uid
        field_dict["amount"] = self.amount
        field_dict["card_number"] = self.card_number
        field_dict["expiry"] = self.expiry
        if self.currency is not None:
            field_dict["currency"] = self.currency
        if self.tax_free is not None:
            field_dict["tax_free"] = self.tax_free
        if self.vat_amount is not None:
            field_dict["vat_amount"] = self.vat_amount
        if self.birth is not None:
            field_dict["birth"] = self.birth
        if self.pwd_2digit is not None:
            field_dict["pwd_2digit"] = self.pwd_2digit
        if self.cvc is not None:
            field_dict["cvc"] = self.cvc
        if self.customer_uid is not None:
            field_dict["customer_uid"] = self.customer_uid
        if self.pg is not None:
            field_dict["pg"] = self.pg
        if self.channel_key is not None:
            field_dict["channel_key"] = self.channel_key
        if self.name is not None:
            field_dict["name"] = self.name
        if self.buyer_name is not None:
            field_dict["buyer_name"] = self.buyer_name
        if self.buyer_email is not None:
            field_dict["buyer_email"] = self.buyer_email
        if self.buyer_tel is not None:
            field_dict["buyer_tel"] = self.buyer_tel
        if self.buyer_addr is not None:
            field_dict["buyer_addr"] = self.buyer_addr
        if self.buyer_postcode is not None:
            field_dict["buyer_postcode"] = self.buyer_postcode
        if self.card_quota is not None:
            field_dict["card_quota"] = self.card_quota
        if self.interest_free_by_merchant is not None:
            field_dict["interest_free_by_merchant"] = self.interest_free_by_merchant
        if self.use_card_point is not None:
            field_dict["use_card_point"] = self.use_card_point
        if self.custom_data is not None:
            field_dict["custom_data"] = self.custom_data
        if self.notice_url is not None:
            field_dict["notice_url"] = (
                self.notice_url
                if isinstance(self.notice_url, str)
                else list(self.notice_url)
            )
        if self.browser_ip is not None:
            field_dict["browser_ip"] = self.browser_ip
        if self.product_type is not None:
            field_dict["product_type"] = self.product_type.value
        if self.promotion_id is not None:
            field_dict["promotion_id"] = self.promotion_id
        if self.bypass is not None:
            field_dict["bypass"] = self.bypass
        if self.vat is not None:
            field_dict["vat"] = self.vat
        if self.channel_group_id is not None:
            field_dict["channel_group_id"] = self.channel_group_id
        if self.secure_3d_charge_id is not None:
            field_dict["secure_3d_charge_id"] = self.secure_3d_charge_id
        if self.secure_3d_token is not None:
            field_dict["secure_3d_token"] = self.secure_3d_token
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        merchant_uid = d.pop("merchant_uid", MISSING)
        if not isinstance(merchant_uid, str):
            raise mismatch("merchant_uid", "a string", merchant_uid)
        amount = d.pop("amount", MISSING)
        if type(amount) is not Decimal:
            amount = json_money(amount, "amount")
        card_number = d.pop("card_number", MISSING)
        if not isinstance(card_number, str):
            raise mismatch("card_number", "a string", card_number)
        expiry = d.pop("expiry", MISSING)
        if not isinstance(expiry, str):
            raise mismatch("expiry", "a string", expiry)
        currency = d.pop("currency", None)
        if currency is not None:
            if not isinstance(currency, str):
                raise mismatch("currency", "a string", currency)
        tax_free = d.pop("tax_free", None)
        if tax_free is not None:
            if type(tax_free) is not Decimal:
                tax_free = json_money(tax_free, "tax_free")
        vat_amount = d.pop("vat_amount", None)
        if vat_amount is not None:
            if type(vat_amount) is not Decimal:
                vat_amount = json_money(vat_amount, "vat_amount")
        birth = d.pop("birth", None)
        if birth is not None:
            if not isinstance(birth, str):
                raise mismatch("birth", "a string", birth)
        pwd_2digit = d.pop("pwd_2digit", None)
        if pwd_2digit is not None:
            if not isinstance(pwd_2digit, str):
                raise mismatch("pwd_2digit", "a string", pwd_2digit)
        cvc = d.pop("cvc", None)
        if cvc is not None:
            if not isinstance(cvc, str):
                raise mismatch("cvc", "a string", cvc)
        customer_uid = d.pop("customer_uid", None)
        if customer_uid is not None:
            if not isinstance(customer_uid, str):
                raise mismatch("customer_uid", "a string", customer_uid)
        pg = d.pop("pg", None)
        if pg is not None:
            if not isinstance(pg, str):
                raise mismatch("pg", "a string", pg)
        channel_key = d.pop("channel_key", None)
        if channel_key is not None:
            if not isinstance(channel_key, str):
                raise mismatch("channel_key", "a string", channel_key)
        name = d.pop("name", None)
        if name is not None:
            if not isinstance(name, str):
                raise mismatch("name", "a string", name)
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
        buyer_addr = d.pop("buyer_addr", None)
        if buyer_addr is not None:
            if not isinstance(buyer_addr, str):
                raise mismatch("buyer_addr", "a string", buyer_addr)
        buyer_postcode = d.pop("buyer_postcode", None)
        if buyer_postcode is not None:
            if not isinstance(buyer_postcode, str):
                raise mismatch("buyer_postcode", "a string", buyer_postcode)
        card_quota = d.pop("card_quota", None)
        if card_quota is not None:
            if type(card_quota) is not int:
                card_quota = json_int(card_quota, "card_quota")
        interest_free_by_merchant = d.pop("interest_free_by_merchant", None)
        if interest_free_by_merchant is not None:
            if type(interest_free_by_merchant) is not bool:
                raise mismatch(
                    "interest_free_by_merchant", "a boolean", interest_free_by_merchant
                )
        use_card_point = d.pop("use_card_point", None)
        if use_card_point is not None:
            if type(use_card_point) is not bool:
                raise mismatch("use_card_point", "a boolean", use_card_point)
        custom_data = d.pop("custom_data", None)
        if custom_data is not None:
            if not isinstance(custom_data, str):
                raise mismatch("custom_data", "a string", custom_data)
        notice_url = d.pop("notice_url", None)
        if notice_url is not None:
            if not isinstance(notice_url, str) and not (
                isinstance(notice_url, list)
                and all(isinstance(url, str) for url in notice_url)
            ):
                raise mismatch(
                    "notice_url", "a string or an array of strings", notice_url
                )
        browser_ip = d.pop("browser_ip", None)
        if browser_ip is not None:
            if not isinstance(browser_ip, str):
                raise mismatch("browser_ip", "a string", browser_ip)
        product_type = d.pop("product_type", None)
        if product_type is not None:
            try:
                product_type = ProductType(product_type)
            except (ValueError, TypeError):
                raise enum_mismatch("product_type", product_type, ProductType) from None
        promotion_id = d.pop("promotion_id", None)
        if promotion_id is not None:
            if not isinstance(promotion_id, str):
                raise mismatch("promotion_id", "a string", promotion_id)
        bypass = d.pop("bypass", None)
        if bypass is not None:
            if not isinstance(bypass, str):
                raise mismatch("bypass", "a string", bypass)
        vat = d.pop("vat", None)
        if vat is not None:
            if type(vat) is not Decimal:
                vat = json_money(vat, "vat")
        channel_group_id = d.pop("channel_group_id", None)
        if channel_group_id is not None:
            if not isinstance(channel_group_id, str):
                raise mismatch("channel_group_id", "a string", channel_group_id)
        secure_3d_charge_id = d.pop("secure_3d_charge_id", None)
        if secure_3d_charge_id is not None:
            if not isinstance(secure_3d_charge_id, str):
                raise mismatch("secure_3d_charge_id", "a string", secure_3d_charge_id)
        secure_3d_token = d.pop("secure_3d_token", None)
        if secure_3d_token is not None:
            if not isinstance(secure_3d_token, str):
                raise mismatch("secure_3d_token", "a string", secure_3d_token)

        onetime_payment_request = cls(
            merchant_uid=merchant_uid,
            amount=amount,
            card_number=card_number,
            expiry=expiry,
            currency=currency,
            tax_free=tax_free,
            vat_amount=vat_amount,
            birth=birth,
            pwd_2digit=pwd_2digit,
            cvc=cvc,
            customer_uid=customer_uid,
            pg=pg,
            channel_key=channel_key,
            name=name,
            buyer_name=buyer_name,
            buyer_email=buyer_email,
            buyer_tel=buyer_tel,
            buyer_addr=buyer_addr,
            buyer_postcode=buyer_postcode,
            card_quota=card_quota,
            interest_free_by_merchant=interest_free_by_merchant,
            use_card_point=use_card_point,
            custom_data=custom_data,
            notice_url=notice_url,
            browser_ip=browser_ip,
            product_type=product_type,
            promotion_id=promotion_id,
            bypass=bypass,
            vat=vat,
            channel_group_id=channel_group_id,
            secure_3d_charge_id=secure_3d_charge_id,
            secure_3d_token=secure_3d_token,
        )
        onetime_payment_request.additional_properties = d
        return onetime_payment_request

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
