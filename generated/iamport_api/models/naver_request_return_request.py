from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.naver_delivery_company import NaverDeliveryCompany
from ..models.naver_return_delivery_method import NaverReturnDeliveryMethod
from ..models.naver_return_reason import NaverReturnReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="NaverRequestReturnRequest")


@_attrs_define
class NaverRequestReturnRequest:
    delivery_method: NaverReturnDeliveryMethod
    """ How returned goods travel: parcel booked by the seller (`RETURN_DESIGNATED`), ordinary parcel
    (`RETURN_DELIVERY`), sent back by the buyer (`RETURN_INDIVIDUAL`). """
    product_order_id: list[str] | Unset = UNSET
    """ Product orders to act on; all product orders of the payment when omitted. """
    reason: NaverReturnReason | Unset = UNSET
    """ Reason for a Naver Pay return; an unknown code is treated as INTENT_CHANGED (the default). """
    delivery_company: NaverDeliveryCompany | Unset = UNSET
    """ Naver Pay's code of the parcel company (`CH1` means any other company). """
    tracking_number: str | Unset = UNSET
    """ Tracking number (needed with `RETURN_DELIVERY`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_method = self.delivery_method.value

        product_order_id: list[str] | Unset = UNSET
        if not isinstance(self.product_order_id, Unset):
            product_order_id = self.product_order_id

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.value

        delivery_company: str | Unset = UNSET
        if not isinstance(self.delivery_company, Unset):
            delivery_company = self.delivery_company.value

        tracking_number = self.tracking_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivery_method": delivery_method,
            }
        )
        if product_order_id is not UNSET:
            field_dict["product_order_id"] = product_order_id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if delivery_company is not UNSET:
            field_dict["delivery_company"] = delivery_company
        if tracking_number is not UNSET:
            field_dict["tracking_number"] = tracking_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delivery_method = NaverReturnDeliveryMethod(d.pop("delivery_method"))

        product_order_id = cast(list[str], d.pop("product_order_id", UNSET))

        _reason = d.pop("reason", UNSET)
        reason: NaverReturnReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = NaverReturnReason(_reason)

        _delivery_company = d.pop("delivery_company", UNSET)
        delivery_company: NaverDeliveryCompany | Unset
        if isinstance(_delivery_company, Unset):
            delivery_company = UNSET
        else:
            delivery_company = NaverDeliveryCompany(_delivery_company)

        tracking_number = d.pop("tracking_number", UNSET)

        naver_request_return_request = cls(
            delivery_method=delivery_method,
            product_order_id=product_order_id,
            reason=reason,
            delivery_company=delivery_company,
            tracking_number=tracking_number,
        )

        naver_request_return_request.additional_properties = d
        return naver_request_return_request

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
