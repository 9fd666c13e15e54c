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

T = TypeVar("T", bound="VbankDeposit")


@_attrs_define
class VbankDeposit:
    """One deposit into a virtual account."""

    amount: Decimal = _attrs_field(converter=money)
    """ Amount deposited. """

    deposited_at: int
    """ When (unix seconds). """

    pg_tid: str | None = None

    depositor_name: str | None = None
    """ Name of the depositor. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["amount"] = self.amount
        field_dict["deposited_at"] = self.deposited_at
        if self.pg_tid is not None:
            field_dict["pg_tid"] = self.pg_tid
        if self.depositor_name is not None:
            field_dict["depositor_name"] = self.depositor_name
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
        deposited_at = d.pop("deposited_at", MISSING)
        if type(deposited_at) is not int:
            deposited_at = json_int(deposited_at, "deposited_at")
        pg_tid = d.pop("pg_tid", None)
        if pg_tid is not None:
            if not isinstance(pg_tid, str):
                raise mismatch("pg_tid", "a string", pg_tid)
        depositor_name = d.pop("depositor_name", None)
        if depositor_name is not None:
            if not isinstance(depositor_name, str):
                raise mismatch("depositor_name", "a string", depositor_name)

        vbank_deposit = cls(
            amount=amount,
            deposited_at=deposited_at,
            pg_tid=pg_tid,
            depositor_name=depositor_name,
        )
        vbank_deposit.additional_properties = d
        return vbank_deposit

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
