from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    json_money,
    mismatch,
    money,
)

T = TypeVar("T", bound="KcpQuickMoneyPaymentRequest")


@_attrs_define
class KcpQuickMoneyPaymentRequest:
    member_id: str
    """ The buyer's KCP prepaid-money member id. """

    merchant_uid: str
    """ New, unique order id. """

    name: str
    """ Order name. """

    amount: Decimal = _attrs_field(converter=money)

    imp_uid: str
    """ The transaction whose PIN check was done. """

    channel_key: str | None = None

    notice_url: str | None = None
    """ Webhook address notified when the payment is approved. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        if not isinstance(member_id, str):
            raise mismatch("member_id", "a string", member_id)
        merchant_uid = d.pop("merchant_uid", MISSING)
        if not isinstance(merchant_uid, str):
            raise mismatch("merchant_uid", "a string", merchant_uid)
        name = d.pop("name", MISSING)
        if not isinstance(name, str):
            raise mismatch("name", "a string", name)
        amount = d.pop("amount", MISSING)
        if type(amount) is not Decimal:
            amount = json_money(amount, "amount")
        imp_uid = d.pop("imp_uid", MISSING)
        if not isinstance(imp_uid, str):
            raise mismatch("imp_uid", "a string", imp_uid)
        channel_key = d.pop("channel_key", None)
        if channel_key is not None:
            if not isinstance(channel_key, str):
                raise mismatch("channel_key", "a string", channel_key)
        notice_url = d.pop("notice_url", None)
        if notice_url is not None:
            if not isinstance(notice_url, str):
                raise mismatch("notice_url", "a string", notice_url)

        kcp_quick_money_payment_request = cls(
            member_id=member_id,
            merchant_uid=merchant_uid,
            name=name,
            amount=amount,
            imp_uid=imp_uid,
            channel_key=channel_key,
            notice_url=notice_url,
        )
        kcp_quick_money_payment_request.additional_properties = d
        return kcp_quick_money_payment_request

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
