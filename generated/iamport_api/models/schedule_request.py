from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_item import ScheduleItem


T = TypeVar("T", bound="ScheduleRequest")


@_attrs_define
class ScheduleRequest:
    customer_uid: str
    """ Billing key to charge. """
    schedules: list[ScheduleItem]
    customer_id: str | Unset = UNSET
    checking_amount: int | Unset = UNSET
    """ Amount approved and voided at once to check the card (0 skips the check). """
    card_number: str | Unset = UNSET
    """ Card number in groups: `dddd-dddd-dddd-dddd` (15-digit cards: `dddd-dddddd-ddddd`). """
    expiry: str | Unset = UNSET
    """ Card expiry as `YYYY-MM`. """
    birth: str | Unset = UNSET
    """ Holder's birth date `YYMMDD`, or the 10-digit business number for corporate cards. """
    pwd_2digit: str | Unset = UNSET
    """ First two digits of the card password. """
    cvc: str | Unset = UNSET
    """ Card security code (3 digits, 4 for AMEX). """
    pg: str | Unset = UNSET
    channel_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_uid = self.customer_uid

        schedules = []
        for schedules_item_data in self.schedules:
            schedules_item = schedules_item_data.to_dict()
            schedules.append(schedules_item)

        customer_id = self.customer_id

        checking_amount = self.checking_amount

        card_number = self.card_number

        expiry = self.expiry

        birth = self.birth

        pwd_2digit = self.pwd_2digit

        cvc = self.cvc

        pg = self.pg

        channel_key = self.channel_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_uid": customer_uid,
                "schedules": schedules,
            }
        )
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if checking_amount is not UNSET:
            field_dict["checking_amount"] = checking_amount
        if card_number is not UNSET:
            field_dict["card_number"] = card_number
        if expiry is not UNSET:
            field_dict["expiry"] = expiry
        if birth is not UNSET:
            field_dict["birth"] = birth
        if pwd_2digit is not UNSET:
            field_dict["pwd_2digit"] = pwd_2digit
        if cvc is not UNSET:
            field_dict["cvc"] = cvc
        if pg is not UNSET:
            field_dict["pg"] = pg
        if channel_key is not UNSET:
            field_dict["channel_key"] = channel_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule_item import ScheduleItem  # noqa: PLC0415

        d = dict(src_dict)
        customer_uid = d.pop("customer_uid")

        schedules = []
        _schedules = d.pop("schedules")
        for schedules_item_data in _schedules:
            schedules_item = ScheduleItem.from_dict(schedules_item_data)

            schedules.append(schedules_item)

        customer_id = d.pop("customer_id", UNSET)

        checking_amount = d.pop("checking_amount", UNSET)

        card_number = d.pop("card_number", UNSET)

        expiry = d.pop("expiry", UNSET)

        birth = d.pop("birth", UNSET)

        pwd_2digit = d.pop("pwd_2digit", UNSET)

        cvc = d.pop("cvc", UNSET)

        pg = d.pop("pg", UNSET)

        channel_key = d.pop("channel_key", UNSET)

        schedule_request = cls(
            customer_uid=customer_uid,
            schedules=schedules,
            customer_id=customer_id,
            checking_amount=checking_amount,
            card_number=card_number,
            expiry=expiry,
            birth=birth,
            pwd_2digit=pwd_2digit,
            cvc=cvc,
            pg=pg,
            channel_key=channel_key,
        )

        schedule_request.additional_properties = d
        return schedule_request

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
