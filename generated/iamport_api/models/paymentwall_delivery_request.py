from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.paymentwall_delivery_status import PaymentwallDeliveryStatus
from ..models.paymentwall_product_type import PaymentwallProductType
from ..models.paymentwall_refundable import PaymentwallRefundable
from ..types import (
    MISSING,
    dumped,
    kst_time,
    lenient_enum,
    lenient_int,
    lenient_str,
    masked_members,
    unknown_members,
)

T = TypeVar("T", bound="PaymentwallDeliveryRequest")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class PaymentwallDeliveryRequest:
    imp_uid: str
    """ Payment the delivery is about. """

    merchant_uid: str
    """ Order id of that payment. """

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

    carrier_tracking_id: str | None = None
    """ Tracking number (needed for physical goods). """

    carrier_type: str | None = None
    """ Carrier name (needed for physical goods). """

    reason: str | None = None
    """ Reason for the delivery state. """

    details: str | None = None
    """ Further details. """

    shipping_address_country: str | None = None
    """ Recipient's country (needed for physical goods). """

    shipping_address_city: str | None = None
    """ Recipient's city (needed for physical goods). """

    shipping_address_zip: str | None = None
    """ Recipient's postal code (needed for physical goods). """

    shipping_address_state: str | None = None
    """ State, or `N/A` outside the USA. """

    shipping_address_street: str | None = None
    """ Recipient's street address (needed for physical goods). """

    shipping_address_phone: str | None = None
    """ Recipient's phone number (needed for physical goods). """

    shipping_address_firstname: str | None = None
    """ Recipient's first name (needed for physical goods). """

    shipping_address_lastname: str | None = None
    """ Recipient's last name (needed for physical goods). """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["imp_uid"] = self.imp_uid
        field_dict["merchant_uid"] = self.merchant_uid
        field_dict["type"] = dumped(self.type_)
        field_dict["status"] = dumped(self.status)
        field_dict["estimated_delivery_datetime"] = self.estimated_delivery_datetime
        field_dict["estimated_update_datetime"] = self.estimated_update_datetime
        field_dict["refundable"] = dumped(self.refundable)
        field_dict["shipping_address_email"] = self.shipping_address_email
        if self.carrier_tracking_id is not None:
            field_dict["carrier_tracking_id"] = self.carrier_tracking_id
        if self.carrier_type is not None:
            field_dict["carrier_type"] = self.carrier_type
        if self.reason is not None:
            field_dict["reason"] = self.reason
        if self.details is not None:
            field_dict["details"] = self.details
        if self.shipping_address_country is not None:
            field_dict["shipping_address_country"] = self.shipping_address_country
        if self.shipping_address_city is not None:
            field_dict["shipping_address_city"] = self.shipping_address_city
        if self.shipping_address_zip is not None:
            field_dict["shipping_address_zip"] = self.shipping_address_zip
        if self.shipping_address_state is not None:
            field_dict["shipping_address_state"] = self.shipping_address_state
        if self.shipping_address_street is not None:
            field_dict["shipping_address_street"] = self.shipping_address_street
        if self.shipping_address_phone is not None:
            field_dict["shipping_address_phone"] = self.shipping_address_phone
        if self.shipping_address_firstname is not None:
            field_dict["shipping_address_firstname"] = self.shipping_address_firstname
        if self.shipping_address_lastname is not None:
            field_dict["shipping_address_lastname"] = self.shipping_address_lastname
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        imp_uid = d.pop("imp_uid", MISSING)
        if type(imp_uid) is not str:
            imp_uid = lenient_str(imp_uid, "imp_uid")
        merchant_uid = d.pop("merchant_uid", MISSING)
        if type(merchant_uid) is not str:
            merchant_uid = lenient_str(merchant_uid, "merchant_uid")
        type_ = d.pop("type", MISSING)
        try:
            type_ = PaymentwallProductType(type_)
        except (ValueError, TypeError):
            type_ = lenient_enum(type_, "type", PaymentwallProductType)
        status = d.pop("status", MISSING)
        try:
            status = PaymentwallDeliveryStatus(status)
        except (ValueError, TypeError):
            status = lenient_enum(status, "status", PaymentwallDeliveryStatus)
        estimated_delivery_datetime = d.pop("estimated_delivery_datetime", MISSING)
        if type(estimated_delivery_datetime) is not int:
            estimated_delivery_datetime = lenient_int(
                estimated_delivery_datetime, "estimated_delivery_datetime"
            )
        estimated_update_datetime = d.pop("estimated_update_datetime", MISSING)
        if type(estimated_update_datetime) is not int:
            estimated_update_datetime = lenient_int(
                estimated_update_datetime, "estimated_update_datetime"
            )
        refundable = d.pop("refundable", MISSING)
        try:
            refundable = PaymentwallRefundable(refundable)
        except (ValueError, TypeError):
            refundable = lenient_enum(refundable, "refundable", PaymentwallRefundable)
        shipping_address_email = d.pop("shipping_address_email", MISSING)
        if type(shipping_address_email) is not str:
            shipping_address_email = lenient_str(
                shipping_address_email, "shipping_address_email"
            )
        carrier_tracking_id = d.pop("carrier_tracking_id", None)
        if type(carrier_tracking_id) is not str and carrier_tracking_id is not None:
            carrier_tracking_id = lenient_str(
                carrier_tracking_id, "carrier_tracking_id"
            )
        carrier_type = d.pop("carrier_type", None)
        if type(carrier_type) is not str and carrier_type is not None:
            carrier_type = lenient_str(carrier_type, "carrier_type")
        reason = d.pop("reason", None)
        if type(reason) is not str and reason is not None:
            reason = lenient_str(reason, "reason")
        details = d.pop("details", None)
        if type(details) is not str and details is not None:
            details = lenient_str(details, "details")
        shipping_address_country = d.pop("shipping_address_country", None)
        if (
            type(shipping_address_country) is not str
            and shipping_address_country is not None
        ):
            shipping_address_country = lenient_str(
                shipping_address_country, "shipping_address_country"
            )
        shipping_address_city = d.pop("shipping_address_city", None)
        if type(shipping_address_city) is not str and shipping_address_city is not None:
            shipping_address_city = lenient_str(
                shipping_address_city, "shipping_address_city"
            )
        shipping_address_zip = d.pop("shipping_address_zip", None)
        if type(shipping_address_zip) is not str and shipping_address_zip is not None:
            shipping_address_zip = lenient_str(
                shipping_address_zip, "shipping_address_zip"
            )
        shipping_address_state = d.pop("shipping_address_state", None)
        if (
            type(shipping_address_state) is not str
            and shipping_address_state is not None
        ):
            shipping_address_state = lenient_str(
                shipping_address_state, "shipping_address_state"
            )
        shipping_address_street = d.pop("shipping_address_street", None)
        if (
            type(shipping_address_street) is not str
            and shipping_address_street is not None
        ):
            shipping_address_street = lenient_str(
                shipping_address_street, "shipping_address_street"
            )
        shipping_address_phone = d.pop("shipping_address_phone", None)
        if (
            type(shipping_address_phone) is not str
            and shipping_address_phone is not None
        ):
            shipping_address_phone = lenient_str(
                shipping_address_phone, "shipping_address_phone"
            )
        shipping_address_firstname = d.pop("shipping_address_firstname", None)
        if (
            type(shipping_address_firstname) is not str
            and shipping_address_firstname is not None
        ):
            shipping_address_firstname = lenient_str(
                shipping_address_firstname, "shipping_address_firstname"
            )
        shipping_address_lastname = d.pop("shipping_address_lastname", None)
        if (
            type(shipping_address_lastname) is not str
            and shipping_address_lastname is not None
        ):
            shipping_address_lastname = lenient_str(
                shipping_address_lastname, "shipping_address_lastname"
            )

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.imp_uid = imp_uid
        model_.merchant_uid = merchant_uid
        model_.type_ = type_
        model_.status = status
        model_.estimated_delivery_datetime = estimated_delivery_datetime
        model_.estimated_update_datetime = estimated_update_datetime
        model_.refundable = refundable
        model_.shipping_address_email = shipping_address_email
        model_.carrier_tracking_id = carrier_tracking_id
        model_.carrier_type = carrier_type
        model_.reason = reason
        model_.details = details
        model_.shipping_address_country = shipping_address_country
        model_.shipping_address_city = shipping_address_city
        model_.shipping_address_zip = shipping_address_zip
        model_.shipping_address_state = shipping_address_state
        model_.shipping_address_street = shipping_address_street
        model_.shipping_address_phone = shipping_address_phone
        model_.shipping_address_firstname = shipping_address_firstname
        model_.shipping_address_lastname = shipping_address_lastname
        if d:
            unknown_members(d)
        model_.additional_properties = d
        return model_

    @property
    def estimated_delivery_datetime_kst(self) -> datetime | None:
        """``estimated_delivery_datetime`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.estimated_delivery_datetime, "estimated_delivery_datetime")

    @property
    def estimated_update_datetime_kst(self) -> datetime | None:
        """``estimated_update_datetime`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.estimated_update_datetime, "estimated_update_datetime")

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
