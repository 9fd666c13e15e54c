from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KcpQuickAutopayRequest")


@_attrs_define
class KcpQuickAutopayRequest:
    customer_uid: str
    """ Billing key whose automatic-payment key to charge. """
    merchant_uid: str
    """ New, unique order id. """
    name: str
    """ Order name. """
    buyer_name: str
    amount: float
    notice_url: str | Unset = UNSET
    """ Webhook address notified when the payment is approved. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_uid = self.customer_uid

        merchant_uid = self.merchant_uid

        name = self.name

        buyer_name = self.buyer_name

        amount = self.amount

        notice_url = self.notice_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_uid": customer_uid,
                "merchant_uid": merchant_uid,
                "name": name,
                "buyer_name": buyer_name,
                "amount": amount,
            }
        )
        if notice_url is not UNSET:
            field_dict["notice_url"] = notice_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_uid = d.pop("customer_uid")

        merchant_uid = d.pop("merchant_uid")

        name = d.pop("name")

        buyer_name = d.pop("buyer_name")

        amount = d.pop("amount")

        notice_url = d.pop("notice_url", UNSET)

        kcp_quick_autopay_request = cls(
            customer_uid=customer_uid,
            merchant_uid=merchant_uid,
            name=name,
            buyer_name=buyer_name,
            amount=amount,
            notice_url=notice_url,
        )

        kcp_quick_autopay_request.additional_properties = d
        return kcp_quick_autopay_request

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
