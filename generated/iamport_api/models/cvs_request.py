from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    MAX_EXPONENT,
    MISSING,
    json_money,
    kept,
    kst_time,
    lenient_int,
    lenient_str,
    masked_members,
    money,
    unknown_members,
)

T = TypeVar("T", bound="CvsRequest")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class CvsRequest:
    merchant_uid: str
    """ New, unique order id. """

    amount: Decimal = _attrs_field(converter=money)
    """ Amount to collect at the store. """

    channel_key: str | None = None
    """ Key of the convenience-store payment channel. """

    barcode: str | None = None
    """ The merchant's own barcode number, to register instead of having one issued. """

    expired_at: int | None = None
    """ Payment deadline (unix seconds; default from the contract). """

    name: str | None = None
    """ Order name. """

    buyer_name: str | None = None
    """ Buyer's name. """

    buyer_email: str | None = None
    """ Buyer's e-mail address. """

    buyer_tel: str | None = None
    """ Buyer's phone number. """

    buyer_addr: str | None = None
    """ Buyer's address. """

    buyer_postcode: str | None = None
    """ Buyer's postal code. """

    confirm_url: str | None = None
    """ Address asked, when the buyer pays at the store, whether the payment may go through (an HTTP 200 answer
    allows it). """

    notice_url: str | list[str] | None = None
    """ Webhook address (or addresses) notified about this payment. """

    custom_data: str | None = None
    """ Merchant data stored with the payment (an object is stored as JSON text). """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["merchant_uid"] = self.merchant_uid
        field_dict["amount"] = self.amount
        if self.channel_key is not None:
            field_dict["channel_key"] = self.channel_key
        if self.barcode is not None:
            field_dict["barcode"] = self.barcode
        if self.expired_at is not None:
            field_dict["expired_at"] = self.expired_at
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
        if self.confirm_url is not None:
            field_dict["confirm_url"] = self.confirm_url
        if self.notice_url is not None:
            field_dict["notice_url"] = (
                self.notice_url
                if isinstance(self.notice_url, str)
                else list(self.notice_url)
            )
        if self.custom_data is not None:
            field_dict["custom_data"] = self.custom_data
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
        if type(merchant_uid) is not str:
            merchant_uid = lenient_str(merchant_uid, "merchant_uid")
        amount = d.pop("amount", MISSING)
        if type(amount) is not Decimal or not (
            amount.is_finite() and -MAX_EXPONENT <= amount.adjusted() <= MAX_EXPONENT
        ):
            amount = json_money(amount, "amount")
        channel_key = d.pop("channel_key", None)
        if type(channel_key) is not str and channel_key is not None:
            channel_key = lenient_str(channel_key, "channel_key")
        barcode = d.pop("barcode", None)
        if type(barcode) is not str and barcode is not None:
            barcode = lenient_str(barcode, "barcode")
        expired_at = d.pop("expired_at", None)
        if type(expired_at) is not int and expired_at is not None:
            expired_at = lenient_int(expired_at, "expired_at")
        name = d.pop("name", None)
        if type(name) is not str and name is not None:
            name = lenient_str(name, "name")
        buyer_name = d.pop("buyer_name", None)
        if type(buyer_name) is not str and buyer_name is not None:
            buyer_name = lenient_str(buyer_name, "buyer_name")
        buyer_email = d.pop("buyer_email", None)
        if type(buyer_email) is not str and buyer_email is not None:
            buyer_email = lenient_str(buyer_email, "buyer_email")
        buyer_tel = d.pop("buyer_tel", None)
        if type(buyer_tel) is not str and buyer_tel is not None:
            buyer_tel = lenient_str(buyer_tel, "buyer_tel")
        buyer_addr = d.pop("buyer_addr", None)
        if type(buyer_addr) is not str and buyer_addr is not None:
            buyer_addr = lenient_str(buyer_addr, "buyer_addr")
        buyer_postcode = d.pop("buyer_postcode", None)
        if type(buyer_postcode) is not str and buyer_postcode is not None:
            buyer_postcode = lenient_str(buyer_postcode, "buyer_postcode")
        confirm_url = d.pop("confirm_url", None)
        if type(confirm_url) is not str and confirm_url is not None:
            confirm_url = lenient_str(confirm_url, "confirm_url")
        notice_url = d.pop("notice_url", None)
        if notice_url is not None:
            if not isinstance(notice_url, str) and not (
                isinstance(notice_url, list)
                and all(isinstance(url, str) for url in notice_url)
            ):
                notice_url = kept(
                    notice_url, "notice_url", "a string or an array of strings"
                )
        custom_data = d.pop("custom_data", None)
        if type(custom_data) is not str and custom_data is not None:
            custom_data = lenient_str(custom_data, "custom_data")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.merchant_uid = merchant_uid
        model_.amount = amount
        model_.channel_key = channel_key
        model_.barcode = barcode
        model_.expired_at = expired_at
        model_.name = name
        model_.buyer_name = buyer_name
        model_.buyer_email = buyer_email
        model_.buyer_tel = buyer_tel
        model_.buyer_addr = buyer_addr
        model_.buyer_postcode = buyer_postcode
        model_.confirm_url = confirm_url
        model_.notice_url = notice_url
        model_.custom_data = custom_data
        if d:
            unknown_members(d)
        model_.additional_properties = d
        return model_

    @property
    def expired_at_kst(self) -> datetime | None:
        """``expired_at`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.expired_at, "expired_at")

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
