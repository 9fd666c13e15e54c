from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingKeyRequest")


@_attrs_define
class BillingKeyRequest:
    card_number: str
    """ Card number in groups: `dddd-dddd-dddd-dddd` (15-digit cards: `dddd-dddddd-ddddd`). """
    expiry: str
    """ Card expiry as `YYYY-MM`. """
    birth: str | Unset = UNSET
    """ Holder's birth date `YYMMDD`, or the 10-digit business number for corporate cards. """
    pwd_2digit: str | Unset = UNSET
    """ First two digits of the card password. """
    cvc: str | Unset = UNSET
    """ Card security code (3 digits, 4 for AMEX). """
    pg: str | Unset = UNSET
    """ Gateway to issue with, as `provider` or `provider.merchant_id`. """
    channel_key: str | Unset = UNSET
    """ Channel to issue with (newer accounts). """
    customer_id: str | Unset = UNSET
    """ The merchant's id of the buyer. """
    customer_name: str | Unset = UNSET
    customer_tel: str | Unset = UNSET
    customer_email: str | Unset = UNSET
    customer_addr: str | Unset = UNSET
    customer_postcode: str | Unset = UNSET
    channel_group_id: str | Unset = UNSET
    """ Smart-routing group; the key is issued on every active channel of the group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_number = self.card_number

        expiry = self.expiry

        birth = self.birth

        pwd_2digit = self.pwd_2digit

        cvc = self.cvc

        pg = self.pg

        channel_key = self.channel_key

        customer_id = self.customer_id

        customer_name = self.customer_name

        customer_tel = self.customer_tel

        customer_email = self.customer_email

        customer_addr = self.customer_addr

        customer_postcode = self.customer_postcode

        channel_group_id = self.channel_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card_number": card_number,
                "expiry": expiry,
            }
        )
        if birth is not UNSET:
            field_dict["birth"] = birth
        if pwd_2digit is not UNSET:
            field_dict["pwd_2digit"] = pwd_2digit
        if cvc is not UNSET:
            field_dict["cvc"] = cvc
        if pg is not UNSET:
            field_dict["pg"] = pg
        if channel_key is not UNSET:
            field_dict["channel_key"] = channel_key
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if customer_tel is not UNSET:
            field_dict["customer_tel"] = customer_tel
        if customer_email is not UNSET:
            field_dict["customer_email"] = customer_email
        if customer_addr is not UNSET:
            field_dict["customer_addr"] = customer_addr
        if customer_postcode is not UNSET:
            field_dict["customer_postcode"] = customer_postcode
        if channel_group_id is not UNSET:
            field_dict["channel_group_id"] = channel_group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        card_number = d.pop("card_number")

        expiry = d.pop("expiry")

        birth = d.pop("birth", UNSET)

        pwd_2digit = d.pop("pwd_2digit", UNSET)

        cvc = d.pop("cvc", UNSET)

        pg = d.pop("pg", UNSET)

        channel_key = d.pop("channel_key", UNSET)

        customer_id = d.pop("customer_id", UNSET)

        customer_name = d.pop("customer_name", UNSET)

        customer_tel = d.pop("customer_tel", UNSET)

        customer_email = d.pop("customer_email", UNSET)

        customer_addr = d.pop("customer_addr", UNSET)

        customer_postcode = d.pop("customer_postcode", UNSET)

        channel_group_id = d.pop("channel_group_id", UNSET)

        billing_key_request = cls(
            card_number=card_number,
            expiry=expiry,
            birth=birth,
            pwd_2digit=pwd_2digit,
            cvc=cvc,
            pg=pg,
            channel_key=channel_key,
            customer_id=customer_id,
            customer_name=customer_name,
            customer_tel=customer_tel,
            customer_email=customer_email,
            customer_addr=customer_addr,
            customer_postcode=customer_postcode,
            channel_group_id=channel_group_id,
        )

        billing_key_request.additional_properties = d
        return billing_key_request

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
