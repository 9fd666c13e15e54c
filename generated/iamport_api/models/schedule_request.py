from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    SpecMismatchError,
    json_money,
    mismatch,
    optional_money,
    redacted,
)

if TYPE_CHECKING:
    from ..models.schedule_item import ScheduleItem


T = TypeVar("T", bound="ScheduleRequest")


@_attrs_define
class ScheduleRequest:
    customer_uid: str
    """ Billing key to charge. """

    schedules: list[ScheduleItem]

    customer_id: str | None = None

    checking_amount: Decimal | None = _attrs_field(
        default=None, converter=optional_money
    )
    """ Amount approved and voided at once to check the card (0 skips the check). """

    card_number: str | None = _attrs_field(default=None, repr=redacted)
    """ Card number in groups: `dddd-dddd-dddd-dddd` (15-digit cards: `dddd-dddddd-ddddd`). """

    expiry: str | None = None
    """ Card expiry as `YYYY-MM`. """

    birth: str | None = _attrs_field(default=None, repr=redacted)
    """ Holder's birth date `YYMMDD`, or the 10-digit business number for corporate cards. """

    pwd_2digit: str | None = _attrs_field(default=None, repr=redacted)
    """ First two digits of the card password. """

    cvc: str | None = _attrs_field(default=None, repr=redacted)
    """ Card security code (3 digits, 4 for AMEX). """

    pg: str | None = None

    channel_key: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["customer_uid"] = self.customer_uid
        field_dict["schedules"] = [item.to_dict() for item in self.schedules]
        if self.customer_id is not None:
            field_dict["customer_id"] = self.customer_id
        if self.checking_amount is not None:
            field_dict["checking_amount"] = self.checking_amount
        if self.card_number is not None:
            field_dict["card_number"] = self.card_number
        if self.expiry is not None:
            field_dict["expiry"] = self.expiry
        if self.birth is not None:
            field_dict["birth"] = self.birth
        if self.pwd_2digit is not None:
            field_dict["pwd_2digit"] = self.pwd_2digit
        if self.cvc is not None:
            field_dict["cvc"] = self.cvc
        if self.pg is not None:
            field_dict["pg"] = self.pg
        if self.channel_key is not None:
            field_dict["channel_key"] = self.channel_key
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        from ..models.schedule_item import ScheduleItem  # noqa: PLC0415

        d = dict(src_dict)
        customer_uid = d.pop("customer_uid", MISSING)
        if not isinstance(customer_uid, str):
            raise mismatch("customer_uid", "a string", customer_uid)
        schedules = d.pop("schedules", MISSING)
        if not isinstance(schedules, list):
            raise mismatch("schedules", "an array", schedules)
        schedules_items: list[ScheduleItem] = []
        for index_0, item_0 in enumerate(schedules):
            if not isinstance(item_0, dict):
                raise mismatch(f"schedules[{index_0}]", "an object", item_0)
            try:
                item_0 = ScheduleItem.from_dict(item_0)
            except SpecMismatchError as exc:
                raise exc.within(f"schedules[{index_0}]") from None
            schedules_items.append(item_0)
        schedules = schedules_items
        customer_id = d.pop("customer_id", None)
        if customer_id is not None:
            if not isinstance(customer_id, str):
                raise mismatch("customer_id", "a string", customer_id)
        checking_amount = d.pop("checking_amount", None)
        if checking_amount is not None:
            if type(checking_amount) is not Decimal:
                checking_amount = json_money(checking_amount, "checking_amount")
        card_number = d.pop("card_number", None)
        if card_number is not None:
            if not isinstance(card_number, str):
                raise mismatch("card_number", "a string", card_number)
        expiry = d.pop("expiry", None)
        if expiry is not None:
            if not isinstance(expiry, str):
                raise mismatch("expiry", "a string", expiry)
        birth = d.pop("birth", None)
        if birth is not None:
            if not isinstance(birth, str):
                raise mismatch("birth", "a string", birth)
        pwd_2digit = d.pop("pwd_2digit", None)
        if pwd_2digit is not None:
            if not isinstance(pwd_2digit, str):
                raise mismatch("pwd_2digit", "a string", pwd_2digit)
        cvc = d.pop("cvc", None)
        if cvc is not None:
            if not isinstance(cvc, str):
                raise mismatch("cvc", "a string", cvc)
        pg = d.pop("pg", None)
        if pg is not None:
            if not isinstance(pg, str):
                raise mismatch("pg", "a string", pg)
        channel_key = d.pop("channel_key", None)
        if channel_key is not None:
            if not isinstance(channel_key, str):
                raise mismatch("channel_key", "a string", channel_key)

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
