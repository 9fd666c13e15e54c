from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalReceipt")


@_attrs_define
class ExternalReceipt:
    """A cash receipt issued for a cash sale made outside the service."""

    merchant_uid: str
    """ The merchant's order id of the sale. """
    apply_num: str
    """ Approval number from the National Tax Service. """
    type_: str
    """ Purpose: person or company (kept as a string so that new values still parse). """
    amount: float
    """ Amount the receipt covers. """
    vat: float
    """ VAT part of the amount. """
    applied_at: int
    """ When it was issued (unix seconds). """
    receipt_tid: None | str | Unset = UNSET
    """ The gateway's id of the receipt. """
    receipt_url: None | str | Unset = UNSET
    """ Link to the receipt. """
    cancelled_at: int | None | Unset = UNSET
    """ When it was revoked (unix seconds; 0 if not). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_uid = self.merchant_uid

        apply_num = self.apply_num

        type_ = self.type_

        amount = self.amount

        vat = self.vat

        applied_at = self.applied_at

        receipt_tid: None | str | Unset
        if isinstance(self.receipt_tid, Unset):
            receipt_tid = UNSET
        else:
            receipt_tid = self.receipt_tid

        receipt_url: None | str | Unset
        if isinstance(self.receipt_url, Unset):
            receipt_url = UNSET
        else:
            receipt_url = self.receipt_url

        cancelled_at: int | None | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        else:
            cancelled_at = self.cancelled_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merchant_uid": merchant_uid,
                "apply_num": apply_num,
                "type": type_,
                "amount": amount,
                "vat": vat,
                "applied_at": applied_at,
            }
        )
        if receipt_tid is not UNSET:
            field_dict["receipt_tid"] = receipt_tid
        if receipt_url is not UNSET:
            field_dict["receipt_url"] = receipt_url
        if cancelled_at is not UNSET:
            field_dict["cancelled_at"] = cancelled_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_uid = d.pop("merchant_uid")

        apply_num = d.pop("apply_num")

        type_ = d.pop("type")

        amount = d.pop("amount")

        vat = d.pop("vat")

        applied_at = d.pop("applied_at")

        def _parse_receipt_tid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receipt_tid = _parse_receipt_tid(d.pop("receipt_tid", UNSET))

        def _parse_receipt_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receipt_url = _parse_receipt_url(d.pop("receipt_url", UNSET))

        def _parse_cancelled_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at", UNSET))

        external_receipt = cls(
            merchant_uid=merchant_uid,
            apply_num=apply_num,
            type_=type_,
            amount=amount,
            vat=vat,
            applied_at=applied_at,
            receipt_tid=receipt_tid,
            receipt_url=receipt_url,
            cancelled_at=cancelled_at,
        )

        external_receipt.additional_properties = d
        return external_receipt

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
