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
    masked_members,
    money,
    unknown_members,
)

T = TypeVar("T", bound="NaverCashAmount")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class NaverCashAmount:
    """How much of a Naver Pay payment a cash receipt may cover."""

    amount_total: Decimal = _attrs_field(converter=money)
    """ Total eligible amount. """

    amount_by_npoint: Decimal = _attrs_field(converter=money)
    """ Part paid with Naver points. """

    amount_by_primary: Decimal = _attrs_field(converter=money)
    """ Part paid with the main means (card, transfer, ...). """

    amount_supply: Decimal = _attrs_field(converter=money)
    """ Supply value part. """

    amount_vat: Decimal = _attrs_field(converter=money)
    """ VAT part. """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["amount_total"] = self.amount_total
        field_dict["amount_by_npoint"] = self.amount_by_npoint
        field_dict["amount_by_primary"] = self.amount_by_primary
        field_dict["amount_supply"] = self.amount_supply
        field_dict["amount_vat"] = self.amount_vat
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        amount_total = d.pop("amount_total", MISSING)
        if type(amount_total) is not Decimal or not (
            amount_total.is_finite()
            and -MAX_EXPONENT <= amount_total.adjusted() <= MAX_EXPONENT
        ):
            amount_total = json_money(amount_total, "amount_total")
        amount_by_npoint = d.pop("amount_by_npoint", MISSING)
        if type(amount_by_npoint) is not Decimal or not (
            amount_by_npoint.is_finite()
            and -MAX_EXPONENT <= amount_by_npoint.adjusted() <= MAX_EXPONENT
        ):
            amount_by_npoint = json_money(amount_by_npoint, "amount_by_npoint")
        amount_by_primary = d.pop("amount_by_primary", MISSING)
        if type(amount_by_primary) is not Decimal or not (
            amount_by_primary.is_finite()
            and -MAX_EXPONENT <= amount_by_primary.adjusted() <= MAX_EXPONENT
        ):
            amount_by_primary = json_money(amount_by_primary, "amount_by_primary")
        amount_supply = d.pop("amount_supply", MISSING)
        if type(amount_supply) is not Decimal or not (
            amount_supply.is_finite()
            and -MAX_EXPONENT <= amount_supply.adjusted() <= MAX_EXPONENT
        ):
            amount_supply = json_money(amount_supply, "amount_supply")
        amount_vat = d.pop("amount_vat", MISSING)
        if type(amount_vat) is not Decimal or not (
            amount_vat.is_finite()
            and -MAX_EXPONENT <= amount_vat.adjusted() <= MAX_EXPONENT
        ):
            amount_vat = json_money(amount_vat, "amount_vat")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.amount_total = amount_total
        model_.amount_by_npoint = amount_by_npoint
        model_.amount_by_primary = amount_by_primary
        model_.amount_supply = amount_supply
        model_.amount_vat = amount_vat
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
