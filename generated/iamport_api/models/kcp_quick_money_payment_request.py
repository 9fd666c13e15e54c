from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KcpQuickMoneyPaymentRequest")


@_attrs_define
class KcpQuickMoneyPaymentRequest:
    member_id: str
    """ The buyer's KCP prepaid-money member id. """
    merchant_uid: str
    """ New, unique order id. """
    name: str
    """ Order name. """
    amount: float
    imp_uid: str
    """ The transaction whose PIN check was done. """
    channel_key: str | Unset = UNSET
    notice_url: str | Unset = UNSET
    """ Webhook address notified when the payment is approved. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member_id = self.member_id

        merchant_uid = self.merchant_uid

        name = self.name

        amount = self.amount

        imp_uid = self.imp_uid

        channel_key = self.channel_key

        notice_url = self.notice_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "member_id": member_id,
                "merchant_uid": merchant_uid,
                "name": name,
                "amount": amount,
                "imp_uid": imp_uid,
            }
        )
        if channel_key is not UNSET:
            field_dict["channel_key"] = channel_key
        if notice_url is not UNSET:
            field_dict["notice_url"] = notice_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member_id = d.pop("member_id")

        merchant_uid = d.pop("merchant_uid")

        name = d.pop("name")

        amount = d.pop("amount")

        imp_uid = d.pop("imp_uid")

        channel_key = d.pop("channel_key", UNSET)

        notice_url = d.pop("notice_url", UNSET)

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
