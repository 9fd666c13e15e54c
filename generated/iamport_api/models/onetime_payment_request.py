from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_type import ProductType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OnetimePaymentRequest")


@_attrs_define
class OnetimePaymentRequest:
    merchant_uid: str
    """ New, unique order id. """
    amount: float
    card_number: str
    """ Card number in groups: `dddd-dddd-dddd-dddd` (15-digit cards: `dddd-dddddd-ddddd`). """
    expiry: str
    """ Card expiry as `YYYY-MM`. """
    currency: str | Unset = UNSET
    tax_free: float | Unset = UNSET
    vat_amount: float | Unset = UNSET
    birth: str | Unset = UNSET
    """ Holder's birth date `YYMMDD`, or the 10-digit business number for corporate cards. """
    pwd_2digit: str | Unset = UNSET
    """ First two digits of the card password. """
    cvc: str | Unset = UNSET
    """ Card security code (3 digits, 4 for AMEX). """
    customer_uid: str | Unset = UNSET
    """ When given, also store the card as this billing key. """
    pg: str | Unset = UNSET
    channel_key: str | Unset = UNSET
    name: str | Unset = UNSET
    buyer_name: str | Unset = UNSET
    buyer_email: str | Unset = UNSET
    buyer_tel: str | Unset = UNSET
    buyer_addr: str | Unset = UNSET
    buyer_postcode: str | Unset = UNSET
    card_quota: int | Unset = UNSET
    interest_free_by_merchant: bool | Unset = UNSET
    use_card_point: bool | Unset = UNSET
    custom_data: str | Unset = UNSET
    notice_url: list[str] | str | Unset = UNSET
    """ Webhook address (or addresses) notified about this payment. """
    browser_ip: str | Unset = UNSET
    product_type: ProductType | Unset = UNSET
    """ Physical goods (`real`) or digital content (`digital`). """
    promotion_id: str | Unset = UNSET
    bypass: str | Unset = UNSET
    vat: float | Unset = UNSET
    """ Older name of vat_amount. """
    channel_group_id: str | Unset = UNSET
    """ Smart-routing group to pay through. """
    secure_3d_charge_id: str | Unset = UNSET
    """ 3-D Secure charge id (foreign cards on some gateways). """
    secure_3d_token: str | Unset = UNSET
    """ 3-D Secure token (foreign cards on some gateways). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_uid = self.merchant_uid

        amount = self.amount

        card_number = self.card_number

        expiry = self.expiry

        currency = self.currency

        tax_free = self.tax_free

        vat_amount = self.vat_amount

        birth = self.birth

        pwd_2digit = self.pwd_2digit

        cvc = self.cvc

        customer_uid = self.customer_uid

        pg = self.pg

        channel_key = self.channel_key

        name = self.name

        buyer_name = self.buyer_name

        buyer_email = self.buyer_email

        buyer_tel = self.buyer_tel

        buyer_addr = self.buyer_addr

        buyer_postcode = self.buyer_postcode

        card_quota = self.card_quota

        interest_free_by_merchant = self.interest_free_by_merchant

        use_card_point = self.use_card_point

        custom_data = self.custom_data

        notice_url: list[str] | str | Unset
        if isinstance(self.notice_url, Unset):
            notice_url = UNSET
        elif isinstance(self.notice_url, list):
            notice_url = self.notice_url

        else:
            notice_url = self.notice_url

        browser_ip = self.browser_ip

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type.value

        promotion_id = self.promotion_id

        bypass = self.bypass

        vat = self.vat

        channel_group_id = self.channel_group_id

        secure_3d_charge_id = self.secure_3d_charge_id

        secure_3d_token = self.secure_3d_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merchant_uid": merchant_uid,
                "amount": amount,
                "card_number": card_number,
                "expiry": expiry,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if tax_free is not UNSET:
            field_dict["tax_free"] = tax_free
        if vat_amount is not UNSET:
            field_dict["vat_amount"] = vat_amount
        if birth is not UNSET:
            field_dict["birth"] = birth
        if pwd_2digit is not UNSET:
            field_dict["pwd_2digit"] = pwd_2digit
        if cvc is not UNSET:
            field_dict["cvc"] = cvc
        if customer_uid is not UNSET:
            field_dict["customer_uid"] = customer_uid
        if pg is not UNSET:
            field_dict["pg"] = pg
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
        if card_quota is not UNSET:
            field_dict["card_quota"] = card_quota
        if interest_free_by_merchant is not UNSET:
            field_dict["interest_free_by_merchant"] = interest_free_by_merchant
        if use_card_point is not UNSET:
            field_dict["use_card_point"] = use_card_point
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if notice_url is not UNSET:
            field_dict["notice_url"] = notice_url
        if browser_ip is not UNSET:
            field_dict["browser_ip"] = browser_ip
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if promotion_id is not UNSET:
            field_dict["promotion_id"] = promotion_id
        if bypass is not UNSET:
            field_dict["bypass"] = bypass
        if vat is not UNSET:
            field_dict["vat"] = vat
        if channel_group_id is not UNSET:
            field_dict["channel_group_id"] = channel_group_id
        if secure_3d_charge_id is not UNSET:
            field_dict["secure_3d_charge_id"] = secure_3d_charge_id
        if secure_3d_token is not UNSET:
            field_dict["secure_3d_token"] = secure_3d_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_uid = d.pop("merchant_uid")

        amount = d.pop("amount")

        card_number = d.pop("card_number")

        expiry = d.pop("expiry")

        currency = d.pop("currency", UNSET)

        tax_free = d.pop("tax_free", UNSET)

        vat_amount = d.pop("vat_amount", UNSET)

        birth = d.pop("birth", UNSET)

        pwd_2digit = d.pop("pwd_2digit", UNSET)

        cvc = d.pop("cvc", UNSET)

        customer_uid = d.pop("customer_uid", UNSET)

        pg = d.pop("pg", UNSET)

        channel_key = d.pop("channel_key", UNSET)

        name = d.pop("name", UNSET)

        buyer_name = d.pop("buyer_name", UNSET)

        buyer_email = d.pop("buyer_email", UNSET)

        buyer_tel = d.pop("buyer_tel", UNSET)

        buyer_addr = d.pop("buyer_addr", UNSET)

        buyer_postcode = d.pop("buyer_postcode", UNSET)

        card_quota = d.pop("card_quota", UNSET)

        interest_free_by_merchant = d.pop("interest_free_by_merchant", UNSET)

        use_card_point = d.pop("use_card_point", UNSET)

        custom_data = d.pop("custom_data", UNSET)

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

        browser_ip = d.pop("browser_ip", UNSET)

        _product_type = d.pop("product_type", UNSET)
        product_type: ProductType | Unset
        if isinstance(_product_type, Unset):
            product_type = UNSET
        else:
            product_type = ProductType(_product_type)

        promotion_id = d.pop("promotion_id", UNSET)

        bypass = d.pop("bypass", UNSET)

        vat = d.pop("vat", UNSET)

        channel_group_id = d.pop("channel_group_id", UNSET)

        secure_3d_charge_id = d.pop("secure_3d_charge_id", UNSET)

        secure_3d_token = d.pop("secure_3d_token", UNSET)

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
