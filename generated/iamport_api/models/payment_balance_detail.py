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

T = TypeVar("T", bound="PaymentBalanceDetail")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class PaymentBalanceDetail:
    """One part of a payment's amount: covered by the cash receipt (`cash_receipt`), paid by the
    main means such as card or transfer (`primary`), by gateway or card points (`secondary`),
    or discounted by the gateway or card company (`discount`). Refunds are already deducted.

    """

    tax_free: Decimal = _attrs_field(converter=money)
    """ Tax-exempt amount. """

    supply: Decimal = _attrs_field(converter=money)
    """ Taxable supply amount. """

    vat: Decimal = _attrs_field(converter=money)
    """ VAT amount. """

    service: Decimal = _attrs_field(converter=money)
    """ Service charge. """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["tax_free"] = self.tax_free
        field_dict["supply"] = self.supply
        field_dict["vat"] = self.vat
        field_dict["service"] = self.service
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        tax_free = d.pop("tax_free", MISSING)
        if type(tax_free) is not Decimal or not (
            tax_free.is_finite()
            and -MAX_EXPONENT <= tax_free.adjusted() <= MAX_EXPONENT
        ):
            tax_free = json_money(tax_free, "tax_free")
        supply = d.pop("supply", MISSING)
        if type(supply) is not Decimal or not (
            supply.is_finite() and -MAX_EXPONENT <= supply.adjusted() <= MAX_EXPONENT
        ):
            supply = json_money(supply, "supply")
        vat = d.pop("vat", MISSING)
        if type(vat) is not Decimal or not (
            vat.is_finite() and -MAX_EXPONENT <= vat.adjusted() <= MAX_EXPONENT
        ):
            vat = json_money(vat, "vat")
        service = d.pop("service", MISSING)
        if type(service) is not Decimal or not (
            service.is_finite() and -MAX_EXPONENT <= service.adjusted() <= MAX_EXPONENT
        ):
            service = json_money(service, "service")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.tax_free = tax_free
        model_.supply = supply
        model_.vat = vat
        model_.service = service
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
