from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    json_money,
    mismatch,
    optional_money,
)

T = TypeVar("T", bound="PaymentPromotion")


@_attrs_define
class PaymentPromotion:
    """A card-company promotion applied to a payment."""

    id: str | None = None
    """ Promotion id. """

    discount: Decimal | None = _attrs_field(default=None, converter=optional_money)
    """ Amount discounted. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.discount is not None:
            field_dict["discount"] = self.discount
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        id = d.pop("id", None)
        if id is not None:
            if not isinstance(id, str):
                raise mismatch("id", "a string", id)
        discount = d.pop("discount", None)
        if discount is not None:
            if type(discount) is not Decimal:
                discount = json_money(discount, "discount")

        payment_promotion = cls(
            id=id,
            discount=discount,
        )
        payment_promotion.additional_properties = d
        return payment_promotion

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
