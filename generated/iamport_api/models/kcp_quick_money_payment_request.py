from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    MAX_EXPONENT,
    MISSING,
    json_money,
    lenient_str,
    masked_members,
    money,
    unknown_members,
)

T = TypeVar("T", bound="KcpQuickMoneyPaymentRequest")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class KcpQuickMoneyPaymentRequest:
    member_id: str
    """ The buyer's KCP prepaid-money member id. """

    merchant_uid: str
    """ New, unique order id. """

    name: str
    """ Order name. """

    amount: Decimal = _attrs_field(converter=money)
    """ Amount to charge. """

    imp_uid: str
    """ The transaction whose PIN check was done. """

    channel_key: str | None = None
    """ Key of the KCP prepaid-money channel. """

    notice_url: str | None = None
    """ Webhook address notified when the payment is approved. """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["member_id"] = self.member_id
        field_dict["merchant_uid"] = self.merchant_uid
        field_dict["name"] = self.name
        field_dict["amount"] = self.amount
        field_dict["imp_uid"] = self.imp_uid
        if self.channel_key is not None:
            field_dict["channel_key"] = self.channel_key
        if self.notice_url is not None:
            field_dict["notice_url"] = self.notice_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        member_id = d.pop("member_id", MISSING)
        if type(member_id) is not str:
            member_id = lenient_str(member_id, "member_id")
        merchant_uid = d.pop("merchant_uid", MISSING)
        if type(merchant_uid) is not str:
            merchant_uid = lenient_str(merchant_uid, "merchant_uid")
        name = d.pop("name", MISSING)
        if type(name) is not str:
            name = lenient_str(name, "name")
        amount = d.pop("amount", MISSING)
        if type(amount) is not Decimal or not (
            amount.is_finite() and -MAX_EXPONENT <= amount.adjusted() <= MAX_EXPONENT
        ):
            amount = json_money(amount, "amount")
        imp_uid = d.pop("imp_uid", MISSING)
        if type(imp_uid) is not str:
            imp_uid = lenient_str(imp_uid, "imp_uid")
        channel_key = d.pop("channel_key", None)
        if type(channel_key) is not str and channel_key is not None:
            channel_key = lenient_str(channel_key, "channel_key")
        notice_url = d.pop("notice_url", None)
        if type(notice_url) is not str and notice_url is not None:
            notice_url = lenient_str(notice_url, "notice_url")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.member_id = member_id
        model_.merchant_uid = merchant_uid
        model_.name = name
        model_.amount = amount
        model_.imp_uid = imp_uid
        model_.channel_key = channel_key
        model_.notice_url = notice_url
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
