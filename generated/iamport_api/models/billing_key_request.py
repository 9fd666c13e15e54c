from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    mismatch,
    redacted,
)

T = TypeVar("T", bound="BillingKeyRequest")


@_attrs_define
class BillingKeyRequest:
    card_number: str = _attrs_field(repr=redacted)
    """ Card number in groups: `dddd-dddd-dddd-dddd` (15-digit cards: `dddd-dddddd-ddddd`). """

    expiry: str
    """ Card expiry as `YYYY-MM`. """

    birth: str | None = _attrs_field(default=None, repr=redacted)
    """ Holder's birth date `YYMMDD`, or the 10-digit business number for corporate cards. """

    pwd_2digit: str | None = _attrs_field(default=None, repr=redacted)
    """ First two digits of the card password. """

    cvc: str | None = _attrs_field(default=None, repr=redacted)
    """ Card security code (3 digits, 4 for AMEX). """

    pg: str | None = None
    """ Gateway to issue with, as `provider` or `provider.merchant_id`. """

    channel_key: str | None = None
    """ Channel to issue with (newer accounts). """

    customer_id: str | None = None
    """ The merchant's id of the buyer. """

    customer_name: str | None = None

    customer_tel: str | None = None

    customer_email: str | None = None

    customer_addr: str | None = None

    customer_postcode: str | None = None

    channel_group_id: str | None = None
    """ Smart-routing group; the key is issued on every active channel of the group. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["card_number"] = self.card_number
        field_dict["expiry"] = self.expiry
        if self.birth is not None:
            field_dict["birth"] = self.birth
        if self.pwd_2digit is not None:
            field_dict["pwd_2digit"] = self.pwd_2digit
        if self.cvc is not None:
            field_dict["cvc"] = self.cvc
        if self.pg is not None:
            field_dict["pg"] = self.pg
        if self.channel_key is not None:
            field_dict["channel_key"] = self.channel_key
        if self.customer_id is not None:
            field_dict["customer_id"] = self.customer_id
        if self.customer_name is not None:
            field_dict["customer_name"] = self.customer_name
        if self.customer_tel is not None:
            field_dict["customer_tel"] = self.customer_tel
        if self.customer_email is not None:
            field_dict["customer_email"] = self.customer_email
        if self.customer_addr is not None:
            field_dict["customer_addr"] = self.customer_addr
        if self.customer_postcode is not None:
            field_dict["customer_postcode"] = self.customer_postcode
        if self.channel_group_id is not None:
            field_dict["channel_group_id"] = self.channel_group_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        card_number = d.pop("card_number", MISSING)
        if not isinstance(card_number, str):
            raise mismatch("card_number", "a string", card_number)
        expiry = d.pop("expiry", MISSING)
        if not isinstance(expiry, str):
            raise mismatch("expiry", "a string", expiry)
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
        pg = d.pop("pg", None)
        if pg is not None:
            if not isinstance(pg, str):
                raise mismatch("pg", "a string", pg)
        channel_key = d.pop("channel_key", None)
        if channel_key is not None:
            if not isinstance(channel_key, str):
                raise mismatch("channel_key", "a string", channel_key)
        customer_id = d.pop("customer_id", None)
        if customer_id is not None:
            if not isinstance(customer_id, str):
                raise mismatch("customer_id", "a string", customer_id)
        customer_name = d.pop("customer_name", None)
        if customer_name is not None:
            if not isinstance(customer_name, str):
                raise mismatch("customer_name", "a string", customer_name)
        customer_tel = d.pop("customer_tel", None)
        if customer_tel is not None:
            if not isinstance(customer_tel, str):
                raise mismatch("customer_tel", "a string", customer_tel)
        customer_email = d.pop("customer_email", None)
        if customer_email is not None:
            if not isinstance(customer_email, str):
                raise mismatch("customer_email", "a string", customer_email)
        customer_addr = d.pop("customer_addr", None)
        if customer_addr is not None:
            if not isinstance(customer_addr, str):
                raise mismatch("customer_addr", "a string", customer_addr)
        customer_postcode = d.pop("customer_postcode", None)
        if customer_postcode is not None:
            if not isinstance(customer_postcode, str):
                raise mismatch("customer_postcode", "a string", customer_postcode)
        channel_group_id = d.pop("channel_group_id", None)
        if channel_group_id is not None:
            if not isinstance(channel_group_id, str):
                raise mismatch("channel_group_id", "a string", channel_group_id)

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
