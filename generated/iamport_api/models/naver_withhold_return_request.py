from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.naver_withhold_reason import NaverWithholdReason
from ..types import (
    MAX_EXPONENT,
    MISSING,
    dumped,
    json_money,
    kept,
    lenient_enum,
    lenient_str,
    masked_members,
    optional_money,
    unknown_members,
)

T = TypeVar("T", bound="NaverWithholdReturnRequest")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class NaverWithholdReturnRequest:
    memo: str
    """ Note to the buyer explaining the hold. """

    product_order_id: list[str] | None = None
    """ Product orders to act on; all product orders of the payment when omitted. """

    reason: NaverWithholdReason | None = None
    """ Reason for holding a Naver Pay return; an unknown code is treated as ETC (the default). The spelling
    `EXTRAFEEE` is the service's. """

    extra_charge: Decimal | None = _attrs_field(default=None, converter=optional_money)
    """ Extra cost charged to the buyer (default 0). """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["memo"] = self.memo
        if self.product_order_id is not None:
            field_dict["product_order_id"] = dumped(self.product_order_id)
        if self.reason is not None:
            field_dict["reason"] = dumped(self.reason)
        if self.extra_charge is not None:
            field_dict["extra_charge"] = self.extra_charge
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        memo = d.pop("memo", MISSING)
        if type(memo) is not str:
            memo = lenient_str(memo, "memo")
        product_order_id = d.pop("product_order_id", None)
        if product_order_id is not None:
            if not isinstance(product_order_id, list):
                product_order_id = kept(
                    product_order_id, "product_order_id", "an array"
                )
            else:
                product_order_id_items: list[str] = []
                for index_0, item_0 in enumerate(product_order_id):
                    if type(item_0) is not str:
                        item_0 = lenient_str(item_0, f"product_order_id[{index_0}]")
                    product_order_id_items.append(item_0)
                product_order_id = product_order_id_items
        reason = d.pop("reason", None)
        if reason is not None:
            try:
                reason = NaverWithholdReason(reason)
            except (ValueError, TypeError):
                reason = lenient_enum(reason, "reason", NaverWithholdReason)
        extra_charge = d.pop("extra_charge", None)
        if (
            type(extra_charge) is not Decimal
            or not (
                extra_charge.is_finite()
                and -MAX_EXPONENT <= extra_charge.adjusted() <= MAX_EXPONENT
            )
        ) and extra_charge is not None:
            extra_charge = json_money(extra_charge, "extra_charge")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.memo = memo
        model_.product_order_id = product_order_id
        model_.reason = reason
        model_.extra_charge = extra_charge
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
