from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.naver_delivery_company import NaverDeliveryCompany
from ..models.naver_delivery_method import NaverDeliveryMethod
from ..types import (
    MISSING,
    dumped,
    kept,
    kst_time,
    lenient_enum,
    lenient_int,
    lenient_str,
    masked_members,
    unknown_members,
)

T = TypeVar("T", bound="NaverShipRequest")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class NaverShipRequest:
    delivery_method: NaverDeliveryMethod
    """ How Naver Pay goods are delivered: parcel or registered mail (`DELIVERY`), Goodsflow label
    (`GDFW_ISSUE_SVC`), pick-up (`VISIT_RECEIPT`), hand delivery (`DIRECT_DELIVERY`), courier (`QUICK_SVC`), nothing
    to deliver (`NOTHING`). """

    dispatched_at: int
    """ When the goods were sent (unix seconds). """

    product_order_id: list[str] | None = None
    """ Product orders to act on; all product orders of the payment when omitted. """

    delivery_company: NaverDeliveryCompany | None = None
    """ Naver Pay's code of the parcel company (`CH1` means any other company). """

    tracking_number: str | None = None
    """ Tracking number (needed with `DELIVERY`). """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["delivery_method"] = dumped(self.delivery_method)
        field_dict["dispatched_at"] = self.dispatched_at
        if self.product_order_id is not None:
            field_dict["product_order_id"] = dumped(self.product_order_id)
        if self.delivery_company is not None:
            field_dict["delivery_company"] = dumped(self.delivery_company)
        if self.tracking_number is not None:
            field_dict["tracking_number"] = self.tracking_number
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        delivery_method = d.pop("delivery_method", MISSING)
        try:
            delivery_method = NaverDeliveryMethod(delivery_method)
        except (ValueError, TypeError):
            delivery_method = lenient_enum(
                delivery_method, "delivery_method", NaverDeliveryMethod
            )
        dispatched_at = d.pop("dispatched_at", MISSING)
        if type(dispatched_at) is not int:
            dispatched_at = lenient_int(dispatched_at, "dispatched_at")
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
        delivery_company = d.pop("delivery_company", None)
        if delivery_company is not None:
            try:
                delivery_company = NaverDeliveryCompany(delivery_company)
            except (ValueError, TypeError):
                delivery_company = lenient_enum(
                    delivery_company, "delivery_company", NaverDeliveryCompany
                )
        tracking_number = d.pop("tracking_number", None)
        if type(tracking_number) is not str and tracking_number is not None:
            tracking_number = lenient_str(tracking_number, "tracking_number")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.delivery_method = delivery_method
        model_.dispatched_at = dispatched_at
        model_.product_order_id = product_order_id
        model_.delivery_company = delivery_company
        model_.tracking_number = tracking_number
        if d:
            unknown_members(d)
        model_.additional_properties = d
        return model_

    @property
    def dispatched_at_kst(self) -> datetime | None:
        """``dispatched_at`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.dispatched_at, "dispatched_at")

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
