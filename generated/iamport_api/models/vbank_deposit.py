from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VbankDeposit")


@_attrs_define
class VbankDeposit:
    """One deposit into a virtual account."""

    amount: float
    """ Amount deposited. """
    deposited_at: int
    """ When (unix seconds). """
    pg_tid: None | str | Unset = UNSET
    depositor_name: None | str | Unset = UNSET
    """ Name of the depositor. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        deposited_at = self.deposited_at

        pg_tid: None | str | Unset
        if isinstance(self.pg_tid, Unset):
            pg_tid = UNSET
        else:
            pg_tid = self.pg_tid

        depositor_name: None | str | Unset
        if isinstance(self.depositor_name, Unset):
            depositor_name = UNSET
        else:
            depositor_name = self.depositor_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "deposited_at": deposited_at,
            }
        )
        if pg_tid is not UNSET:
            field_dict["pg_tid"] = pg_tid
        if depositor_name is not UNSET:
            field_dict["depositor_name"] = depositor_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        deposited_at = d.pop("deposited_at")

        def _parse_pg_tid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pg_tid = _parse_pg_tid(d.pop("pg_tid", UNSET))

        def _parse_depositor_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        depositor_name = _parse_depositor_name(d.pop("depositor_name", UNSET))

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
