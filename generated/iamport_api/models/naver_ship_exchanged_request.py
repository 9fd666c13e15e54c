from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.naver_delivery_company import NaverDeliveryCompany
from ..models.naver_delivery_method import NaverDeliveryMethod
from ..types import (
    MISSING,
    enum_mismatch,
    mismatch,
)

T = TypeVar("T", bound="NaverShipExchangedRequest")


@_attrs_define
class NaverShipExchangedRequest:
    delivery_method: NaverDeliveryMethod
    """ How Naver Pay goods are delivered: parcel or registered mail (`DELIVERY`), Goodsflow label
    (`GDFW_ISSUE_SVC`), pick-up (`VISIT_RECEIPT`), hand delivery (`DIRECT_DELIVERY`), courier (`QUICK_SVC`), nothing
    to deliver (`NOTHING`). """

    product_order_id: list[str] | None = None
    """ Product orders to act on; all product orders of the payment when omitted. """

    delivery_company: NaverDeliveryCompany | None = None
    """ Naver Pay's code of the parcel company (`CH1` means any other company). """

    tracking_number: str | None = None
    """ Tracking number (needed with `DELIVERY`). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["delivery_method"] = self.delivery_method.value
        if self.product_order_id is not None:
            field_dict["product_order_id"] = list(self.product_order_id)
        if self.delivery_company is not None:
            field_dict["delivery_company"] = self.delivery_company.value
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
            raise enum_mismatch(
                "delivery_method", delivery_method, NaverDeliveryMethod
            ) from None
        product_order_id = d.pop("product_order_id", None)
        if product_order_id is not None:
            if not isinstance(product_order_id, list):
                raise mismatch("product_order_id", "an array", product_order_id)
            product_order_id_items: list[str] = []
            for index_0, item_0 in enumerate(product_order_id):
                if not isinstance(item_0, str):
                    raise mismatch(f"product_order_id[{index_0}]", "a string", item_0)
                product_order_id_items.append(item_0)
            product_order_id = product_order_id_items
        delivery_company = d.pop("delivery_company", None)
        if delivery_company is not None:
            try:
                delivery_company = NaverDeliveryCompany(delivery_company)
            except (ValueError, TypeError):
                raise enum_mismatch(
                    "delivery_company", delivery_company, NaverDeliveryCompany
                ) from None
        tracking_number = d.pop("tracking_number", None)
        if tracking_number is not None:
            if not isinstance(tracking_number, str):
                raise mismatch("tracking_number", "a string", tracking_number)

        naver_ship_exchanged_request = cls(
            delivery_method=delivery_method,
            product_order_id=product_order_id,
            delivery_company=delivery_company,
            tracking_number=tracking_number,
        )
        naver_ship_exchanged_request.additional_properties = d
        return naver_ship_exchanged_request

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
