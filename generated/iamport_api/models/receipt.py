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

T = TypeVar("T", bound="Receipt")


@_attrs_define
class Receipt:
    """A cash receipt issued for a payment made through the service."""

    imp_uid: str
    """ Payment the receipt belongs to. """

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

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["imp_uid"] = self.imp_uid
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
        imp_uid = d.pop("imp_uid", MISSING)
        if not isinstance(imp_uid, str):
            raise mismatch("imp_uid", "a string", imp_uid)
        apply_num = d.pop("apply_num", MISSING)
        if not isinstance(apply_num, str):
            raise mismatch("apply_num", "a string", apply_num)
        type_ = d.pop("type", MISSING)
        if not isinstance(type_, str):
            raise mismatch("type", "a string", type_)
        amount = d.pop("amount", MISSING)
        if type(amount) is not Decimal:
            amount = json_money(amount, "amount")
        vat = d.pop("vat", MISSING)
        if type(vat) is not Decimal:
            vat = json_money(vat, "vat")
        applied_at = d.pop("applied_at", MISSING)
        if type(applied_at) is not int:
            applied_at = json_int(applied_at, "applied_at")
        receipt_tid = d.pop("receipt_tid", None)
        if receipt_tid is not None:
            if not isinstance(receipt_tid, str):
                raise mismatch("receipt_tid", "a string", receipt_tid)
        receipt_url = d.pop("receipt_url", None)
        if receipt_url is not None:
            if not isinstance(receipt_url, str):
                raise mismatch("receipt_url", "a string", receipt_url)
        cancelled_at = d.pop("cancelled_at", None)
        if cancelled_at is not None:
            if type(cancelled_at) is not int:
                cancelled_at = json_int(cancelled_at, "cancelled_at")

        receipt = cls(
            imp_uid=imp_uid,
            apply_num=apply_num,
            type_=type_,
            amount=amount,
            vat=vat,
            applied_at=applied_at,
            receipt_tid=receipt_tid,
            receipt_url=receipt_url,
            cancelled_at=cancelled_at,
        )
        receipt.additional_properties = d
        return receipt

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
