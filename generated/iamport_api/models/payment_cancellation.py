from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    json_int,
    json_money,
    mismatch,
    money,
)

T = TypeVar("T", bound="PaymentCancellation")


@_attrs_define
class PaymentCancellation:
    """One cancel of a payment."""

    amount: Decimal = _attrs_field(converter=money)
    """ Amount cancelled. """

    cancelled_at: int
    """ When (unix seconds). """

    pg_tid: str | None = None
    """ The gateway's id of the cancel transaction. """

    reason: str | None = None
    """ Reason given. """

    cancellation_id: str | None = None
    """ The service's id of the cancel. """

    receipt_url: str | None = None
    """ Link to the cancel slip. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["amount"] = self.amount
        field_dict["cancelled_at"] = self.cancelled_at
        if self.pg_tid is not None:
            field_dict["pg_tid"] = self.pg_tid
        if self.reason is not None:
            field_dict["reason"] = self.reason
        if self.cancellation_id is not None:
            field_dict["cancellation_id"] = self.cancellation_id
        if self.receipt_url is not None:
            field_dict["receipt_url"] = self.receipt_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        amount = d.pop("amount", MISSING)
        if type(amount) is not Decimal:
            amount = json_money(amount, "amount")
        cancelled_at = d.pop("cancelled_at", MISSING)
        if type(cancelled_at) is not int:
            cancelled_at = json_int(cancelled_at, "cancelled_at")
        pg_tid = d.pop("pg_tid", None)
        if pg_tid is not None:
            if not isinstance(pg_tid, str):
                raise mismatch("pg_tid", "a string", pg_tid)
        reason = d.pop("reason", None)
        if reason is not None:
            if not isinstance(reason, str):
                raise mismatch("reason", "a string", reason)
        cancellation_id = d.pop("cancellation_id", None)
        if cancellation_id is not None:
            if not isinstance(cancellation_id, str):
                raise mismatch("cancellation_id", "a string", cancellation_id)
        receipt_url = d.pop("receipt_url", None)
        if receipt_url is not None:
            if not isinstance(receipt_url, str):
                raise mismatch("receipt_url", "a string", receipt_url)

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
