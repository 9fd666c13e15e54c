from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    MAX_EXPONENT,
    MISSING,
    json_money,
    lenient_int,
    lenient_str,
    masked_members,
    money,
    unknown_members,
)

T = TypeVar("T", bound="EscrowLogisProduct")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class EscrowLogisProduct:
    """One shipped product (needed by Welcome Payments)."""

    id: str
    """ The merchant's product id. """

    name: str
    """ Product name. """

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

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

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
        if type(id) is not str:
            id = lenient_str(id, "id")
        name = d.pop("name", MISSING)
        if type(name) is not str:
            name = lenient_str(name, "name")
        amount = d.pop("amount", MISSING)
        if type(amount) is not Decimal or not (
            amount.is_finite() and -MAX_EXPONENT <= amount.adjusted() <= MAX_EXPONENT
        ):
            amount = json_money(amount, "amount")
        code = d.pop("code", None)
        if type(code) is not str and code is not None:
            code = lenient_str(code, "code")
        currency = d.pop("currency", None)
        if type(currency) is not str and currency is not None:
            currency = lenient_str(currency, "currency")
        quantity = d.pop("quantity", None)
        if type(quantity) is not int and quantity is not None:
            quantity = lenient_int(quantity, "quantity")
        tag = d.pop("tag", None)
        if type(tag) is not str and tag is not None:
            tag = lenient_str(tag, "tag")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.id = id
        model_.name = name
        model_.amount = amount
        model_.code = code
        model_.currency = currency
        model_.quantity = quantity
        model_.tag = tag
        if d:
            unknown_members(d)
        model_.additional_properties = d
        return model_

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
