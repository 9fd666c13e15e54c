from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.schedule_status import ScheduleStatus
from ..types import (
    MAX_EXPONENT,
    MISSING,
    dumped,
    json_money,
    json_str,
    kst_time,
    lenient_enum,
    lenient_int,
    lenient_str,
    masked_members,
    money,
    unknown_members,
)

T = TypeVar("T", bound="Schedule")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class Schedule:
    """A charge registered to run later, and what became of it."""

    customer_uid: str
    """ Billing key to charge. """

    merchant_uid: str
    """ Order id the charge will use. """

    schedule_at: int
    """ When the charge runs (unix seconds). """

    amount: Decimal = _attrs_field(converter=money)
    """ Amount to charge. """

    schedule_status: ScheduleStatus
    """ State of a schedule: `scheduled` (pending), `executed` (a charge was attempted), `revoked`. """

    imp_uid: str | None = None
    """ Id of the payment made when the schedule ran. """

    pg_provider: str | None = None
    """ Gateway that charges the billing key. """

    pg_id: str | None = None
    """ Gateway merchant id (MID) that charges it. """

    customer_id: str | None = None
    """ The merchant's id of the buyer. """

    executed_at: int | None = None
    """ When it ran (unix seconds; 0 if not yet). """

    revoked_at: int | None = None
    """ When it was revoked (unix seconds; 0 if not). """

    currency: str | None = None
    """ ISO currency code (open set). """

    name: str | None = None
    """ Order name the charge will use. """

    buyer_name: str | None = None
    """ Buyer's name. """

    buyer_email: str | None = None
    """ Buyer's e-mail address. """

    buyer_tel: str | None = None
    """ Buyer's phone number. """

    buyer_addr: str | None = None
    """ Buyer's address. """

    buyer_postcode: str | None = None
    """ Buyer's postal code. """

    custom_data: str | None = None
    """ Merchant data stored with the schedule and copied to the payment. """

    payment_status: str | None = None
    """ State of the payment made when the schedule ran: ready, paid, cancelled or failed (null before it ran). """

    fail_reason: str | None = None
    """ Why the scheduled charge failed. """

    promotion_id: str | None = None
    """ Card-company promotion applied to the charge. """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["customer_uid"] = self.customer_uid
        field_dict["merchant_uid"] = self.merchant_uid
        field_dict["schedule_at"] = self.schedule_at
        field_dict["amount"] = self.amount
        field_dict["schedule_status"] = dumped(self.schedule_status)
        if self.imp_uid is not None:
            field_dict["imp_uid"] = self.imp_uid
        if self.pg_provider is not None:
            field_dict["pg_provider"] = self.pg_provider
        if self.pg_id is not None:
            field_dict["pg_id"] = self.pg_id
        if self.customer_id is not None:
            field_dict["customer_id"] = self.customer_id
        if self.executed_at is not None:
            field_dict["executed_at"] = self.executed_at
        if self.revoked_at is not None:
            field_dict["revoked_at"] = self.revoked_at
        if self.currency is not None:
            field_dict["currency"] = self.currency
        if self.name is not None:
            field_dict["name"] = self.name
        if self.buyer_name is not None:
            field_dict["buyer_name"] = self.buyer_name
        if self.buyer_email is not None:
            field_dict["buyer_email"] = self.buyer_email
        if self.buyer_tel is not None:
            field_dict["buyer_tel"] = self.buyer_tel
        if self.buyer_addr is not None:
            field_dict["buyer_addr"] = self.buyer_addr
        if self.buyer_postcode is not None:
            field_dict["buyer_postcode"] = self.buyer_postcode
        if self.custom_data is not None:
            field_dict["custom_data"] = self.custom_data
        if self.payment_status is not None:
            field_dict["payment_status"] = self.payment_status
        if self.fail_reason is not None:
            field_dict["fail_reason"] = self.fail_reason
        if self.promotion_id is not None:
            field_dict["promotion_id"] = self.promotion_id
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
            customer_uid = json_str(customer_uid, "customer_uid")
        merchant_uid = d.pop("merchant_uid", MISSING)
        if type(merchant_uid) is not str:
            merchant_uid = json_str(merchant_uid, "merchant_uid")
        schedule_at = d.pop("schedule_at", MISSING)
        if type(schedule_at) is not int:
            schedule_at = lenient_int(schedule_at, "schedule_at")
        amount = d.pop("amount", MISSING)
        if type(amount) is not Decimal or not (
            amount.is_finite() and -MAX_EXPONENT <= amount.adjusted() <= MAX_EXPONENT
        ):
            amount = json_money(amount, "amount")
        schedule_status = d.pop("schedule_status", MISSING)
        try:
            schedule_status = ScheduleStatus(schedule_status)
        except (ValueError, TypeError):
            schedule_status = lenient_enum(
                schedule_status, "schedule_status", ScheduleStatus
            )
        imp_uid = d.pop("imp_uid", None)
        if type(imp_uid) is not str and imp_uid is not None:
            imp_uid = json_str(imp_uid, "imp_uid")
        pg_provider = d.pop("pg_provider", None)
        if type(pg_provider) is not str and pg_provider is not None:
            pg_provider = lenient_str(pg_provider, "pg_provider")
        pg_id = d.pop("pg_id", None)
        if type(pg_id) is not str and pg_id is not None:
            pg_id = lenient_str(pg_id, "pg_id")
        customer_id = d.pop("customer_id", None)
        if type(customer_id) is not str and customer_id is not None:
            customer_id = lenient_str(customer_id, "customer_id")
        executed_at = d.pop("executed_at", None)
        if type(executed_at) is not int and executed_at is not None:
            executed_at = lenient_int(executed_at, "executed_at")
        revoked_at = d.pop("revoked_at", None)
        if type(revoked_at) is not int and revoked_at is not None:
            revoked_at = lenient_int(revoked_at, "revoked_at")
        currency = d.pop("currency", None)
        if type(currency) is not str and currency is not None:
            currency = json_str(currency, "currency")
        name = d.pop("name", None)
        if type(name) is not str and name is not None:
            name = lenient_str(name, "name")
        buyer_name = d.pop("buyer_name", None)
        if type(buyer_name) is not str and buyer_name is not None:
            buyer_name = lenient_str(buyer_name, "buyer_name")
        buyer_email = d.pop("buyer_email", None)
        if type(buyer_email) is not str and buyer_email is not None:
            buyer_email = lenient_str(buyer_email, "buyer_email")
        buyer_tel = d.pop("buyer_tel", None)
        if type(buyer_tel) is not str and buyer_tel is not None:
            buyer_tel = lenient_str(buyer_tel, "buyer_tel")
        buyer_addr = d.pop("buyer_addr", None)
        if type(buyer_addr) is not str and buyer_addr is not None:
            buyer_addr = lenient_str(buyer_addr, "buyer_addr")
        buyer_postcode = d.pop("buyer_postcode", None)
        if type(buyer_postcode) is not str and buyer_postcode is not None:
            buyer_postcode = lenient_str(buyer_postcode, "buyer_postcode")
        custom_data = d.pop("custom_data", None)
        if type(custom_data) is not str and custom_data is not None:
            custom_data = lenient_str(custom_data, "custom_data")
        payment_status = d.pop("payment_status", None)
        if type(payment_status) is not str and payment_status is not None:
            payment_status = lenient_str(payment_status, "payment_status")
        fail_reason = d.pop("fail_reason", None)
        if type(fail_reason) is not str and fail_reason is not None:
            fail_reason = lenient_str(fail_reason, "fail_reason")
        promotion_id = d.pop("promotion_id", None)
        if type(promotion_id) is not str and promotion_id is not None:
            promotion_id = lenient_str(promotion_id, "promotion_id")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.customer_uid = customer_uid
        model_.merchant_uid = merchant_uid
        model_.schedule_at = schedule_at
        model_.amount = amount
        model_.schedule_status = schedule_status
        model_.imp_uid = imp_uid
        model_.pg_provider = pg_provider
        model_.pg_id = pg_id
        model_.customer_id = customer_id
        model_.executed_at = executed_at
        model_.revoked_at = revoked_at
        model_.currency = currency
        model_.name = name
        model_.buyer_name = buyer_name
        model_.buyer_email = buyer_email
        model_.buyer_tel = buyer_tel
        model_.buyer_addr = buyer_addr
        model_.buyer_postcode = buyer_postcode
        model_.custom_data = custom_data
        model_.payment_status = payment_status
        model_.fail_reason = fail_reason
        model_.promotion_id = promotion_id
        if d:
            unknown_members(d)
        model_.additional_properties = d
        return model_

    @property
    def schedule_at_kst(self) -> datetime | None:
        """``schedule_at`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.schedule_at, "schedule_at")

    @property
    def executed_at_kst(self) -> datetime | None:
        """``executed_at`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.executed_at, "executed_at")

    @property
    def revoked_at_kst(self) -> datetime | None:
        """``revoked_at`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.revoked_at, "revoked_at")

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
