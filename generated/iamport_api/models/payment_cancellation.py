from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    MAX_EXPONENT,
    MISSING,
    json_money,
    kst_time,
    lenient_int,
    lenient_str,
    masked_members,
    money,
    unknown_members,
)

T = TypeVar("T", bound="PaymentCancellation")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
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

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

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
        if type(amount) is not Decimal or not (
            amount.is_finite() and -MAX_EXPONENT <= amount.adjusted() <= MAX_EXPONENT
        ):
            amount = json_money(amount, "amount")
        cancelled_at = d.pop("cancelled_at", MISSING)
        if type(cancelled_at) is not int:
            cancelled_at = lenient_int(cancelled_at, "cancelled_at")
        pg_tid = d.pop("pg_tid", None)
        if type(pg_tid) is not str and pg_tid is not None:
            pg_tid = lenient_str(pg_tid, "pg_tid")
        reason = d.pop("reason", None)
        if type(reason) is not str and reason is not None:
            reason = lenient_str(reason, "reason")
        cancellation_id = d.pop("cancellation_id", None)
        if type(cancellation_id) is not str and cancellation_id is not None:
            cancellation_id = lenient_str(cancellation_id, "cancellation_id")
        receipt_url = d.pop("receipt_url", None)
        if type(receipt_url) is not str and receipt_url is not None:
            receipt_url = lenient_str(receipt_url, "receipt_url")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.amount = amount
        model_.cancelled_at = cancelled_at
        model_.pg_tid = pg_tid
        model_.reason = reason
        model_.cancellation_id = cancellation_id
        model_.receipt_url = receipt_url
        if d:
            unknown_members(d)
        model_.additional_properties = d
        return model_

    @property
    def cancelled_at_kst(self) -> datetime | None:
        """``cancelled_at`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.cancelled_at, "cancelled_at")

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
