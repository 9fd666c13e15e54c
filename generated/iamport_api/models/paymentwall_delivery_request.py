from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.paymentwall_delivery_status import PaymentwallDeliveryStatus
from ..models.paymentwall_product_type import PaymentwallProductType
from ..models.paymentwall_refundable import PaymentwallRefundable
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentwallDeliveryRequest")


@_attrs_define
class PaymentwallDeliveryRequest:
    imp_uid: str
    merchant_uid: str
    type_: PaymentwallProductType
    """ Physical goods or digital content. """
    status: PaymentwallDeliveryStatus
    """ Delivery state reported to Paymentwall. """
    estimated_delivery_datetime: int
    """ Expected arrival (unix seconds; "now" is fine for digital goods). """
    estimated_update_datetime: int
    """ Expected next status update (unix seconds; "now" is fine for digital goods). """
    refundable: PaymentwallRefundable
    """ Whether the order can still be refunded. """
    shipping_address_email: str
    """ Recipient's e-mail address. """
    carrier_tracking_id: str | Unset = UNSET
    """ Tracking number (needed for physical goods). """
    carrier_type: str | Unset = UNSET
    """ Carrier name (needed for physical goods). """
    reason: str | Unset = UNSET
    details: str | Unset = UNSET
    shipping_address_country: str | Unset = UNSET
    """ Recipient's country (needed for physical goods). """
    shipping_address_city: str | Unset = UNSET
    shipping_address_zip: str | Unset = UNSET
    shipping_address_state: str | Unset = UNSET
    """ State, or `N/A` outside the USA. """
    shipping_address_street: str | Unset = UNSET
    shipping_address_phone: str | Unset = UNSET
    shipping_address_firstname: str | Unset = UNSET
    shipping_address_lastname: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        imp_uid = self.imp_uid

        merchant_uid = self.merchant_uid

        type_ = self.type_.value

        status = self.status.value

        estimated_delivery_datetime = self.estimated_delivery_datetime

        estimated_update_datetime = self.estimated_update_datetime

        refundable = self.refundable.value

        shipping_address_email = self.shipping_address_email

        carrier_tracking_id = self.carrier_tracking_id

        carrier_type = self.carrier_type

        reason = self.reason

        details = self.details

        shipping_address_country = self.shipping_address_country

        shipping_address_city = self.shipping_address_city

        shipping_address_zip = self.shipping_address_zip

        shipping_address_state = self.shipping_address_state

        shipping_address_street = self.shipping_address_street

        shipping_address_phone = self.shipping_address_phone

        shipping_address_firstname = self.shipping_address_firstname

        shipping_address_lastname = self.shipping_address_lastname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imp_uid": imp_uid,
                "merchant_uid": merchant_uid,
                "type": type_,
                "status": status,
                "estimated_delivery_datetime": estimated_delivery_datetime,
                "estimated_update_datetime": estimated_update_datetime,
                "refundable": refundable,
                "shipping_address_email": shipping_address_email,
            }
        )
        if carrier_tracking_id is not UNSET:
            field_dict["carrier_tracking_id"] = carrier_tracking_id
        if carrier_type is not UNSET:
            field_dict["carrier_type"] = carrier_type
        if reason is not UNSET:
            field_dict["reason"] = reason
        if details is not UNSET:
            field_dict["details"] = details
        if shipping_address_country is not UNSET:
            field_dict["shipping_address_country"] = shipping_address_country
        if shipping_address_city is not UNSET:
            field_dict["shipping_address_city"] = shipping_address_city
        if shipping_address_zip is not UNSET:
            field_dict["shipping_address_zip"] = shipping_address_zip
        if shipping_address_state is not UNSET:
            field_dict["shipping_address_state"] = shipping_address_state
        if shipping_address_street is not UNSET:
            field_dict["shipping_address_street"] = shipping_address_street
        if shipping_address_phone is not UNSET:
            field_dict["shipping_address_phone"] = shipping_address_phone
        if shipping_address_firstname is not UNSET:
            field_dict["shipping_address_firstname"] = shipping_address_firstname
        if shipping_address_lastname is not UNSET:
            field_dict["shipping_address_lastname"] = shipping_address_lastname

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        imp_uid = d.pop("imp_uid")

        merchant_uid = d.pop("merchant_uid")

        type_ = PaymentwallProductType(d.pop("type"))

        status = PaymentwallDeliveryStatus(d.pop("status"))

        estimated_delivery_datetime = d.pop("estimated_delivery_datetime")

        estimated_update_datetime = d.pop("estimated_update_datetime")

        refundable = PaymentwallRefundable(d.pop("refundable"))

        shipping_address_email = d.pop("shipping_address_email")

        carrier_tracking_id = d.pop("carrier_tracking_id", UNSET)

        carrier_type = d.pop("carrier_type", UNSET)

        reason = d.pop("reason", UNSET)

        details = d.pop("details", UNSET)

        shipping_address_country = d.pop("shipping_address_country", UNSET)

        shipping_address_city = d.pop("shipping_address_city", UNSET)

        shipping_address_zip = d.pop("shipping_address_zip", UNSET)

        shipping_address_state = d.pop("shipping_address_state", UNSET)

        shipping_address_street = d.pop("shipping_address_street", UNSET)

        shipping_address_phone = d.pop("shipping_address_phone", UNSET)

        shipping_address_firstname = d.pop("shipping_address_firstname", UNSET)

        shipping_address_lastname = d.pop("shipping_address_lastname", UNSET)

        paymentwall_delivery_request = cls(
            imp_uid=imp_uid,
            merchant_uid=merchant_uid,
            type_=type_,
            status=status,
            estimated_delivery_datetime=estimated_delivery_datetime,
            estimated_update_datetime=estimated_update_datetime,
            refundable=refundable,
            shipping_address_email=shipping_address_email,
            carrier_tracking_id=carrier_tracking_id,
            carrier_type=carrier_type,
            reason=reason,
            details=details,
            shipping_address_country=shipping_address_country,
            shipping_address_city=shipping_address_city,
            shipping_address_zip=shipping_address_zip,
            shipping_address_state=shipping_address_state,
            shipping_address_street=shipping_address_street,
            shipping_address_phone=shipping_address_phone,
            shipping_address_firstname=shipping_address_firstname,
            shipping_address_lastname=shipping_address_lastname,
        )

        paymentwall_delivery_request.additional_properties = d
        return paymentwall_delivery_request

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
