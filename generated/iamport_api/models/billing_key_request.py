from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    MISSING,
    lenient_str,
    masked_members,
    redacted,
    unknown_members,
)

T = TypeVar("T", bound="BillingKeyRequest")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
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
    """ Card holder's name, for the merchant's records. """

    customer_tel: str | None = None
    """ Card holder's phone number. """

    customer_email: str | None = None
    """ Card holder's e-mail address. """

    customer_addr: str | None = None
    """ Card holder's address. """

    customer_postcode: str | None = None
    """ Card holder's postal code. """

    channel_group_id: str | None = None
    """ Smart-routing group; the key is issued on every active channel of the group. """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

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
        if type(card_number) is not str:
            card_number = lenient_str(card_number, "card_number")
        expiry = d.pop("expiry", MISSING)
        if type(expiry) is not str:
            expiry = lenient_str(expiry, "expiry")
        birth = d.pop("birth", None)
        if type(birth) is not str and birth is not None:
            birth = lenient_str(birth, "birth")
        pwd_2digit = d.pop("pwd_2digit", None)
        if type(pwd_2digit) is not str and pwd_2digit is not None:
            pwd_2digit = lenient_str(pwd_2digit, "pwd_2digit")
        cvc = d.pop("cvc", None)
        if type(cvc) is not str and cvc is not None:
            cvc = lenient_str(cvc, "cvc")
        pg = d.pop("pg", None)
        if type(pg) is not str and pg is not None:
            pg = lenient_str(pg, "pg")
        channel_key = d.pop("channel_key", None)
        if type(channel_key) is not str and channel_key is not None:
            channel_key = lenient_str(channel_key, "channel_key")
        customer_id = d.pop("customer_id", None)
        if type(customer_id) is not str and customer_id is not None:
            customer_id = lenient_str(customer_id, "customer_id")
        customer_name = d.pop("customer_name", None)
        if type(customer_name) is not str and customer_name is not None:
            customer_name = lenient_str(customer_name, "customer_name")
        customer_tel = d.pop("customer_tel", None)
        if type(customer_tel) is not str and customer_tel is not None:
            customer_tel = lenient_str(customer_tel, "customer_tel")
        customer_email = d.pop("customer_email", None)
        if type(customer_email) is not str and customer_email is not None:
            customer_email = lenient_str(customer_email, "customer_email")
        customer_addr = d.pop("customer_addr", None)
        if type(customer_addr) is not str and customer_addr is not None:
            customer_addr = lenient_str(customer_addr, "customer_addr")
        customer_postcode = d.pop("customer_postcode", None)
        if type(customer_postcode) is not str and customer_postcode is not None:
            customer_postcode = lenient_str(customer_postcode, "customer_postcode")
        channel_group_id = d.pop("channel_group_id", None)
        if type(channel_group_id) is not str and channel_group_id is not None:
            channel_group_id = lenient_str(channel_group_id, "channel_group_id")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.card_number = card_number
        model_.expiry = expiry
        model_.birth = birth
        model_.pwd_2digit = pwd_2digit
        model_.cvc = cvc
        model_.pg = pg
        model_.channel_key = channel_key
        model_.customer_id = customer_id
        model_.customer_name = customer_name
        model_.customer_tel = customer_tel
        model_.customer_email = customer_email
        model_.customer_addr = customer_addr
        model_.customer_postcode = customer_postcode
        model_.channel_group_id = channel_group_id
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
