from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BenepiaPaymentRequest")


@_attrs_define
class BenepiaPaymentRequest:
    benepia_user: str
    """ The member's Benepia login id. """
    benepia_password: str
    """ The member's Benepia password. Never log it. """
    merchant_uid: str
    """ New, unique order id. """
    amount: float
    name: str
    """ Order name. """
    benepia_member_code: str | Unset = UNSET
    """ Member-company code assigned by Benepia; without it the payment is a test. """
    buyer_name: str | Unset = UNSET
    buyer_email: str | Unset = UNSET
    buyer_tel: str | Unset = UNSET
    buyer_addr: str | Unset = UNSET
    buyer_postcode: str | Unset = UNSET
    channel_key: str | Unset = UNSET
    notice_url: list[str] | str | Unset = UNSET
    """ Webhook address (or addresses) notified about this payment. """
    custom_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        benepia_user = self.benepia_user

        benepia_password = self.benepia_password

        merchant_uid = self.merchant_uid

        amount = self.amount

        name = self.name

        benepia_member_code = self.benepia_member_code

        buyer_name = self.buyer_name

        buyer_email = self.buyer_email

        buyer_tel = self.buyer_tel

        buyer_addr = self.buyer_addr

        buyer_postcode = self.buyer_postcode

        channel_key = self.channel_key

        notice_url: list[str] | str | Unset
        if isinstance(self.notice_url, Unset):
            notice_url = UNSET
        elif isinstance(self.notice_url, list):
            notice_url = self.notice_url

        else:
            notice_url = self.notice_url

        custom_data = self.custom_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "benepia_user": benepia_user,
                "benepia_password": benepia_password,
                "merchant_uid": merchant_uid,
                "amount": amount,
                "name": name,
            }
        )
        if benepia_member_code is not UNSET:
            field_dict["benepia_member_code"] = benepia_member_code
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
        if channel_key is not UNSET:
            field_dict["channel_key"] = channel_key
        if notice_url is not UNSET:
            field_dict["notice_url"] = notice_url
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        benepia_user = d.pop("benepia_user")

        benepia_password = d.pop("benepia_password")

        merchant_uid = d.pop("merchant_uid")

        amount = d.pop("amount")

        name = d.pop("name")

        benepia_member_code = d.pop("benepia_member_code", UNSET)

        buyer_name = d.pop("buyer_name", UNSET)

        buyer_email = d.pop("buyer_email", UNSET)

        buyer_tel = d.pop("buyer_tel", UNSET)

        buyer_addr = d.pop("buyer_addr", UNSET)

        buyer_postcode = d.pop("buyer_postcode", UNSET)

        channel_key = d.pop("channel_key", UNSET)

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

        custom_data = d.pop("custom_data", UNSET)

        benepia_payment_request = cls(
            benepia_user=benepia_user,
            benepia_password=benepia_password,
            merchant_uid=merchant_uid,
            amount=amount,
            name=name,
            benepia_member_code=benepia_member_code,
            buyer_name=buyer_name,
            buyer_email=buyer_email,
            buyer_tel=buyer_tel,
            buyer_addr=buyer_addr,
            buyer_postcode=buyer_postcode,
            channel_key=channel_key,
            notice_url=notice_url,
            custom_data=custom_data,
        )

        benepia_payment_request.additional_properties = d
        return benepia_payment_request

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
