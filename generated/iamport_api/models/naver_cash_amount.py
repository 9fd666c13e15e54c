from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NaverCashAmount")


@_attrs_define
class NaverCashAmount:
    """How much of a Naver Pay payment a cash receipt may cover."""

    amount_total: float
    """ Total eligible amount. """
    amount_by_npoint: float
    """ Part paid with Naver points. """
    amount_by_primary: float
    """ Part paid with the main means (card, transfer, ...). """
    amount_supply: float
    """ Supply value part. """
    amount_vat: float
    """ VAT part. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_total = self.amount_total

        amount_by_npoint = self.amount_by_npoint

        amount_by_primary = self.amount_by_primary

        amount_supply = self.amount_supply

        amount_vat = self.amount_vat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_total": amount_total,
                "amount_by_npoint": amount_by_npoint,
                "amount_by_primary": amount_by_primary,
                "amount_supply": amount_supply,
                "amount_vat": amount_vat,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_total = d.pop("amount_total")

        amount_by_npoint = d.pop("amount_by_npoint")

        amount_by_primary = d.pop("amount_by_primary")

        amount_supply = d.pop("amount_supply")

        amount_vat = d.pop("amount_vat")

        naver_cash_amount = cls(
            amount_total=amount_total,
            amount_by_npoint=amount_by_npoint,
            amount_by_primary=amount_by_primary,
            amount_supply=amount_supply,
            amount_vat=amount_vat,
        )

        naver_cash_amount.additional_properties = d
        return naver_cash_amount

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
