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

T = TypeVar("T", bound="EscrowLogisProduct")


@_attrs_define
class EscrowLogisProduct:
    """One shipped product (needed by Welcome Payments)."""

    id: str
    """ The merchant's product id. """

    name: str

    amount: Decimal = _attrs_field(converter=money)
    """ Unit price. """

    code: str | None = None
    """ Product code. """

    currency: str | None = None
    """ ISO currency code (default KRW). """

    quantity: int | None = None
    """ Number of items (default 1). """

    tag: str | None = None
    """ Product category, e.g. books. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["amount"] = self.amount
        if self.code is not None:
            field_dict["code"] = self.code
        if self.currency is not None:
            field_dict["currency"] = self.currency
        if self.quantity is not None:
            field_dict["quantity"] = self.quantity
        if self.tag is not None:
            field_dict["tag"] = self.tag
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        id = d.pop("id", MISSING)
        if not isinstance(id, str):
            raise mismatch("id", "a string", id)
        name = d.pop("name", MISSING)
        if not isinstance(name, str):
            raise mismatch("name", "a string", name)
        amount = d.pop("amount", MISSING)
        if type(amount) is not Decimal:
            amount = json_money(amount, "amount")
        code = d.pop("code", None)
        if code is not None:
            if not isinstance(code, str):
                raise mismatch("code", "a string", code)
        currency = d.pop("currency", None)
        if currency is not None:
            if not isinstance(currency, str):
                raise mismatch("currency", "a string", currency)
        quantity = d.pop("quantity", None)
        if quantity is not None:
            if type(quantity) is not int:
                quantity = json_int(quantity, "quantity")
        tag = d.pop("tag", None)
        if tag is not None:
            if not isinstance(tag, str):
                raise mismatch("tag", "a string", tag)

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
