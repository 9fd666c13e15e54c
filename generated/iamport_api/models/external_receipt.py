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
    json_str,
    kst_time,
    lenient_int,
    lenient_str,
    masked_members,
    money,
    unknown_members,
)

T = TypeVar("T", bound="ExternalReceipt")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class ExternalReceipt:
    """A cash receipt issued for a cash sale made outside the service."""

    merchant_uid: str
    """ The merchant's order id of the sale. """

    apply_num: str
    """ Approval number from the National Tax Service. """

    type_: str
    """ Purpose: person or company (kept as a string so that new values still parse). """

    amount: Decimal = _attrs_field(converter=money)
    """ Amount the receipt covers. """

    vat: Decimal = _attrs_field(converter=money)
    """ VAT part of the amount. """

    applied_at: int
    """ When it was issued (unix seconds). """

    receipt_tid: str | None = None
    """ The gateway's id of the receipt. """

    receipt_url: str | None = None
    """ Link to the receipt. """

    cancelled_at: int | None = None
    """ When it was revoked (unix seconds; 0 if not). """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["merchant_uid"] = self.merchant_uid
        field_dict["apply_num"] = self.apply_num
        field_dict["type"] = self.type_
        field_dict["amount"] = self.amount
        field_dict["vat"] = self.vat
        field_dict["applied_at"] = self.applied_at
        if self.receipt_tid is not None:
            field_dict["receipt_tid"] = self.receipt_tid
        if self.receipt_url is not None:
            field_dict["receipt_url"] = self.receipt_url
        if self.cancelled_at is not None:
            field_dict["cancelled_at"] = self.cancelled_at
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        merchant_uid = d.pop("merchant_uid", MISSING)
        if type(merchant_uid) is not str:
            merchant_uid = json_str(merchant_uid, "merchant_uid")
        apply_num = d.pop("apply_num", MISSING)
        if type(apply_num) is not str:
            apply_num = lenient_str(apply_num, "apply_num")
        type_ = d.pop("type", MISSING)
        if type(type_) is not str:
            type_ = lenient_str(type_, "type")
        amount = d.pop("amount", MISSING)
        if type(amount) is not Decimal or not (
            amount.is_finite() and -MAX_EXPONENT <= amount.adjusted() <= MAX_EXPONENT
        ):
            amount = json_money(amount, "amount")
        vat = d.pop("vat", MISSING)
        if type(vat) is not Decimal or not (
            vat.is_finite() and -MAX_EXPONENT <= vat.adjusted() <= MAX_EXPONENT
        ):
            vat = json_money(vat, "vat")
        applied_at = d.pop("applied_at", MISSING)
        if type(applied_at) is not int:
            applied_at = lenient_int(applied_at, "applied_at")
        receipt_tid = d.pop("receipt_tid", None)
        if type(receipt_tid) is not str and receipt_tid is not None:
            receipt_tid = lenient_str(receipt_tid, "receipt_tid")
        receipt_url = d.pop("receipt_url", None)
        if type(receipt_url) is not str and receipt_url is not None:
            receipt_url = lenient_str(receipt_url, "receipt_url")
        cancelled_at = d.pop("cancelled_at", None)
        if type(cancelled_at) is not int and cancelled_at is not None:
            cancelled_at = lenient_int(cancelled_at, "cancelled_at")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.merchant_uid = merchant_uid
        model_.apply_num = apply_num
        model_.type_ = type_
        model_.amount = amount
        model_.vat = vat
        model_.applied_at = applied_at
        model_.receipt_tid = receipt_tid
        model_.receipt_url = receipt_url
        model_.cancelled_at = cancelled_at
        if d:
            unknown_members(d)
        model_.additional_properties = d
        return model_

    @property
    def applied_at_kst(self) -> datetime | None:
        """``applied_at`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.applied_at, "applied_at")

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
