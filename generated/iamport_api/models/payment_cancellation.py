from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentCancellation")


@_attrs_define
class PaymentCancellation:
    """One cancel of a payment."""

    amount: float
    """ Amount cancelled. """
    cancelled_at: int
    """ When (unix seconds). """
    pg_tid: None | str | Unset = UNSET
    """ The gateway's id of the cancel transaction. """
    reason: None | str | Unset = UNSET
    """ Reason given. """
    cancellation_id: None | str | Unset = UNSET
    """ The service's id of the cancel. """
    receipt_url: None | str | Unset = UNSET
    """ Link to the cancel slip. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        cancelled_at = self.cancelled_at

        pg_tid: None | str | Unset
        if isinstance(self.pg_tid, Unset):
            pg_tid = UNSET
        else:
            pg_tid = self.pg_tid

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        cancellation_id: None | str | Unset
        if isinstance(self.cancellation_id, Unset):
            cancellation_id = UNSET
        else:
            cancellation_id = self.cancellation_id

        receipt_url: None | str | Unset
        if isinstance(self.receipt_url, Unset):
            receipt_url = UNSET
        else:
            receipt_url = self.receipt_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "cancelled_at": cancelled_at,
            }
        )
        if pg_tid is not UNSET:
            field_dict["pg_tid"] = pg_tid
        if reason is not UNSET:
            field_dict["reason"] = reason
        if cancellation_id is not UNSET:
            field_dict["cancellation_id"] = cancellation_id
        if receipt_url is not UNSET:
            field_dict["receipt_url"] = receipt_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        cancelled_at = d.pop("cancelled_at")

        def _parse_pg_tid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pg_tid = _parse_pg_tid(d.pop("pg_tid", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_cancellation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancellation_id = _parse_cancellation_id(d.pop("cancellation_id", UNSET))

        def _parse_receipt_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receipt_url = _parse_receipt_url(d.pop("receipt_url", UNSET))

        payment_cancellation = cls(
            amount=amount,
            cancelled_at=cancelled_at,
            pg_tid=pg_tid,
            reason=reason,
            cancellation_id=cancellation_id,
            receipt_url=receipt_url,
        )

        payment_cancellation.additional_properties = d
        return payment_cancellation

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
