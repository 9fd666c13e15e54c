from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.naver_delivery_company import NaverDeliveryCompany
from ..models.naver_delivery_method import NaverDeliveryMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="NaverShipRequest")


@_attrs_define
class NaverShipRequest:
    delivery_method: NaverDeliveryMethod
    """ How Naver Pay goods are delivered: parcel or registered mail (`DELIVERY`), Goodsflow label
    (`GDFW_ISSUE_SVC`), pick-up (`VISIT_RECEIPT`), hand delivery (`DIRECT_DELIVERY`), courier (`QUICK_SVC`), nothing
    to deliver (`NOTHING`). """
    dispatched_at: int
    """ When the goods were sent (unix seconds). """
    product_order_id: list[str] | Unset = UNSET
    """ Product orders to act on; all product orders of the payment when omitted. """
    delivery_company: NaverDeliveryCompany | Unset = UNSET
    """ Naver Pay's code of the parcel company (`CH1` means any other company). """
    tracking_number: str | Unset = UNSET
    """ Tracking number (needed with `DELIVERY`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_method = self.delivery_method.value

        dispatched_at = self.dispatched_at

        product_order_id: list[str] | Unset = UNSET
        if not isinstance(self.product_order_id, Unset):
            product_order_id = self.product_order_id

        delivery_company: str | Unset = UNSET
        if not isinstance(self.delivery_company, Unset):
            delivery_company = self.delivery_company.value

        tracking_number = self.tracking_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivery_method": delivery_method,
                "dispatched_at": dispatched_at,
            }
        )
        if product_order_id is not UNSET:
            field_dict["product_order_id"] = product_order_id
        if delivery_company is not UNSET:
            field_dict["delivery_company"] = delivery_company
        if tracking_number is not UNSET:
            field_dict["tracking_number"] = tracking_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delivery_method = NaverDeliveryMethod(d.pop("delivery_method"))

        dispatched_at = d.pop("dispatched_at")

        product_order_id = cast(list[str], d.pop("product_order_id", UNSET))

        _delivery_company = d.pop("delivery_company", UNSET)
        delivery_company: NaverDeliveryCompany | Unset
        if isinstance(_delivery_company, Unset):
            delivery_company = UNSET
        else:
            delivery_company = NaverDeliveryCompany(_delivery_company)

        tracking_number = d.pop("tracking_number", UNSET)

        naver_ship_request = cls(
            delivery_method=delivery_method,
            dispatched_at=dispatched_at,
            product_order_id=product_order_id,
            delivery_company=delivery_company,
            tracking_number=tracking_number,
        )

        naver_ship_request.additional_properties = d
        return naver_ship_request

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
