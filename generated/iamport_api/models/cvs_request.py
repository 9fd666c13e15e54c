from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CvsRequest")


@_attrs_define
class CvsRequest:
    merchant_uid: str
    """ New, unique order id. """
    amount: float
    channel_key: str | Unset = UNSET
    barcode: str | Unset = UNSET
    """ The merchant's own barcode number, to register instead of having one issued. """
    expired_at: int | Unset = UNSET
    """ Payment deadline (unix seconds; default from the contract). """
    name: str | Unset = UNSET
    buyer_name: str | Unset = UNSET
    buyer_email: str | Unset = UNSET
    buyer_tel: str | Unset = UNSET
    buyer_addr: str | Unset = UNSET
    buyer_postcode: str | Unset = UNSET
    confirm_url: str | Unset = UNSET
    """ Address asked, when the buyer pays at the store, whether the payment may go through (an HTTP 200 answer
    allows it). """
    notice_url: list[str] | str | Unset = UNSET
    """ Webhook address (or addresses) notified about this payment. """
    custom_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_uid = self.merchant_uid

        amount = self.amount

        channel_key = self.channel_key

        barcode = self.barcode

        expired_at = self.expired_at

        name = self.name

        buyer_name = self.buyer_name

        buyer_email = self.buyer_email

        buyer_tel = self.buyer_tel

        buyer_addr = self.buyer_addr

        buyer_postcode = self.buyer_postcode

        confirm_url = self.confirm_url

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
                "merchant_uid": merchant_uid,
                "amount": amount,
            }
        )
        if channel_key is not UNSET:
            field_dict["channel_key"] = channel_key
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if name is not UNSET:
            field_dict["name"] = name
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
        if confirm_url is not UNSET:
            field_dict["confirm_url"] = confirm_url
        if notice_url is not UNSET:
            field_dict["notice_url"] = notice_url
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_uid = d.pop("merchant_uid")

        amount = d.pop("amount")

        channel_key = d.pop("channel_key", UNSET)

        barcode = d.pop("barcode", UNSET)

        expired_at = d.pop("expired_at", UNSET)

        name = d.pop("name", UNSET)

        buyer_name = d.pop("buyer_name", UNSET)

        buyer_email = d.pop("buyer_email", UNSET)

        buyer_tel = d.pop("buyer_tel", UNSET)

        buyer_addr = d.pop("buyer_addr", UNSET)

        buyer_postcode = d.pop("buyer_postcode", UNSET)

        confirm_url = d.pop("confirm_url", UNSET)

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

        cvs_request = cls(
            merchant_uid=merchant_uid,
            amount=amount,
            channel_key=channel_key,
            barcode=barcode,
            expired_at=expired_at,
            name=name,
            buyer_name=buyer_name,
            buyer_email=buyer_email,
            buyer_tel=buyer_tel,
            buyer_addr=buyer_addr,
            buyer_postcode=buyer_postcode,
            confirm_url=confirm_url,
            notice_url=notice_url,
            custom_data=custom_data,
        )

        cvs_request.additional_properties = d
        return cvs_request

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
