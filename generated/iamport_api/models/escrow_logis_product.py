from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EscrowLogisProduct")


@_attrs_define
class EscrowLogisProduct:
    """One shipped product (needed by Welcome Payments)."""

    id: str
    """ The merchant's product id. """
    name: str
    amount: float
    """ Unit price. """
    code: str | Unset = UNSET
    """ Product code. """
    currency: str | Unset = UNSET
    """ ISO currency code (default KRW). """
    quantity: int | Unset = UNSET
    """ Number of items (default 1). """
    tag: str | Unset = UNSET
    """ Product category, e.g. books. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        amount = self.amount

        code = self.code

        currency = self.currency

        quantity = self.quantity

        tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "amount": amount,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if currency is not UNSET:
            field_dict["currency"] = currency
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if tag is not UNSET:
            field_dict["tag"] = tag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        amount = d.pop("amount")

        code = d.pop("code", UNSET)

        currency = d.pop("currency", UNSET)

        quantity = d.pop("quantity", UNSET)

        tag = d.pop("tag", UNSET)

        escrow_logis_product = cls(
            id=id,
            name=name,
            amount=amount,
            code=code,
            currency=currency,
            quantity=quantity,
            tag=tag,
        )

        escrow_logis_product.additional_properties = d
        return escrow_logis_product

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
