from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    DRIFT_SEQ,
    MAX_EXPONENT,
    MISSING,
    SpecMismatchError,
    drift_within,
    dumped,
    json_money,
    kept,
    lenient_str,
    masked_members,
    optional_money,
    redacted,
    unknown_members,
)

if TYPE_CHECKING:
    from ..models.schedule_item import ScheduleItem


T = TypeVar("T", bound="ScheduleRequest")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class ScheduleRequest:
    customer_uid: str
    """ Billing key to charge. """

    schedules: list[ScheduleItem]
    """ The charges to schedule, each with its own `merchant_uid` and `schedule_at`. """

    customer_id: str | None = None
    """ The merchant's id of the buyer. """

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
    """ Gateway to issue the billing key with, when card details are given. """

    channel_key: str | None = None
    """ Key of the channel (gateway setting) to use, from the admin console; newer accounts use it instead of `pg`.
    """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["customer_uid"] = self.customer_uid
        field_dict["schedules"] = dumped(self.schedules)
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
        d = dict(src_dict)
        customer_uid = d.pop("customer_uid", MISSING)
        if type(customer_uid) is not str:
            customer_uid = lenient_str(customer_uid, "customer_uid")
        schedules = d.pop("schedules", MISSING)
        if not isinstance(schedules, list):
            schedules = kept(schedules, "schedules", "an array")
        else:
            schedules_items: list[ScheduleItem] = []
            for index_0, item_0 in enumerate(schedules):
                if not isinstance(item_0, dict):
                    item_0 = kept(item_0, f"schedules[{index_0}]", "an object")
                else:
                    from ..models.schedule_item import ScheduleItem  # noqa: PLC0415

                    mark_1 = DRIFT_SEQ[0]
                    try:
                        item_0 = ScheduleItem.from_dict(item_0)
                    except SpecMismatchError as exc:
                        raise exc.within(f"schedules[{index_0}]") from None
                    if DRIFT_SEQ[0] != mark_1:
                        drift_within(mark_1, f"schedules[{index_0}]")
                schedules_items.append(item_0)
            schedules = schedules_items
        customer_id = d.pop("customer_id", None)
        if type(customer_id) is not str and customer_id is not None:
            customer_id = lenient_str(customer_id, "customer_id")
        checking_amount = d.pop("checking_amount", None)
        if (
            type(checking_amount) is not Decimal
            or not (
                checking_amount.is_finite()
                and -MAX_EXPONENT <= checking_amount.adjusted() <= MAX_EXPONENT
            )
        ) and checking_amount is not None:
            checking_amount = json_money(checking_amount, "checking_amount")
        card_number = d.pop("card_number", None)
        if type(card_number) is not str and card_number is not None:
            card_number = lenient_str(card_number, "card_number")
        expiry = d.pop("expiry", None)
        if type(expiry) is not str and expiry is not None:
            expiry = lenient_str(expiry, "expiry")
        birth = d.pop("birth", None)
        if type(birth) is not str and birth is not None:
            birth = lenient_str(birth, "birth")
        pwd_2digit = d.pop("pwd_2digit", None)
        if type(pwd_2digit) is not str and pwd_2digit is not None:
            pwd_2digit = lenient_str(pwd_2digit, "pwd_2digit")
        cvc = d.pop("cvc", None)
        if type(cvc) is not str and cvc is not None:
            cvc = lenient_str(cvc, "cvc")
        pg = d.pop("pg", None)
        if type(pg) is not str and pg is not None:
            pg = lenient_str(pg, "pg")
        channel_key = d.pop("channel_key", None)
        if type(channel_key) is not str and channel_key is not None:
            channel_key = lenient_str(channel_key, "channel_key")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.customer_uid = customer_uid
        model_.schedules = schedules
        model_.customer_id = customer_id
        model_.checking_amount = checking_amount
        model_.card_number = card_number
        model_.expiry = expiry
        model_.birth = birth
        model_.pwd_2digit = pwd_2digit
        model_.cvc = cvc
        model_.pg = pg
        model_.channel_key = channel_key
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
