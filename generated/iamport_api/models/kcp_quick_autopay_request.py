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

    amount: Decimal = _attrs_field(converter=money)

    notice_url: str | None = None
    """ Webhook address notified when the payment is approved. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["customer_uid"] = self.customer_uid
        field_dict["merchant_uid"] = self.merchant_uid
        field_dict["name"] = self.name
        field_dict["buyer_name"] = self.buyer_name
        field_dict["amount"] = self.amount
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
        customer_uid = d.pop("customer_uid", MISSING)
        if not isinstance(customer_uid, str):
            raise mismatch("customer_uid", "a string", customer_uid)
        merchant_uid = d.pop("merchant_uid", MISSING)
        if not isinstance(merchant_uid, str):
            raise mismatch("merchant_uid", "a string", merchant_uid)
        name = d.pop("name", MISSING)
        if not isinstance(name, str):
            raise mismatch("name", "a string", name)
        buyer_name = d.pop("buyer_name", MISSING)
        if not isinstance(buyer_name, str):
            raise mismatch("buyer_name", "a string", buyer_name)
        amount = d.pop("amount", MISSING)
        if type(amount) is not Decimal:
            amount = json_money(amount, "amount")
        notice_url = d.pop("notice_url", None)
        if notice_url is not None:
            if not isinstance(notice_url, str):
                raise mismatch("notice_url", "a string", notice_url)

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
