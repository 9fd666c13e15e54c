from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_status import ScheduleStatus
from ..types import (
    MISSING,
    enum_mismatch,
    json_int,
    json_money,
    mismatch,
    money,
)

T = TypeVar("T", bound="Schedule")


@_attrs_define
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

    pg_id: str | None = None

    customer_id: str | None = None

    executed_at: int | None = None
    """ When it ran (unix seconds; 0 if not yet). """

    revoked_at: int | None = None
    """ When it was revoked (unix seconds; 0 if not). """

    currency: str | None = None
    """ ISO currency code (open set). """

    name: str | None = None

    buyer_name: str | None = None

    buyer_email: str | None = None

    buyer_tel: str | None = None

    buyer_addr: str | None = None

    buyer_postcode: str | None = None

    custom_data: str | None = None

    payment_status: str | None = None
    """ State of the payment made when the schedule ran: ready, paid, cancelled or failed (null before it ran). """

    fail_reason: str | None = None
    """ Why the scheduled charge failed. """

    promotion_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["customer_uid"] = self.customer_uid
        field_dict["merchant_uid"] = self.merchant_uid
        field_dict["schedule_at"] = self.schedule_at
        field_dict["amount"] = self.amount
        field_dict["schedule_status"] = self.schedule_status.value
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
        if not isinstance(customer_uid, str):
            raise mismatch("customer_uid", "a string", customer_uid)
        merchant_uid = d.pop("merchant_uid", MISSING)
        if not isinstance(merchant_uid, str):
            raise mismatch("merchant_uid", "a string", merchant_uid)
        schedule_at = d.pop("schedule_at", MISSING)
        if type(schedule_at) is not int:
            schedule_at = json_int(schedule_at, "schedule_at")
        amount = d.pop("amount", MISSING)
        if type(amount) is not Decimal:
            amount = json_money(amount, "amount")
        schedule_status = d.pop("schedule_status", MISSING)
        try:
            schedule_status = ScheduleStatus(schedule_status)
        except (ValueError, TypeError):
            raise enum_mismatch(
                "schedule_status", schedule_status, ScheduleStatus
            ) from None
        imp_uid = d.pop("imp_uid", None)
        if imp_uid is not None:
            if not isinstance(imp_uid, str):
                raise mismatch("imp_uid", "a string", imp_uid)
        pg_provider = d.pop("pg_provider", None)
        if pg_provider is not None:
            if not isinstance(pg_provider, str):
                raise mismatch("pg_provider", "a string", pg_provider)
        pg_id = d.pop("pg_id", None)
        if pg_id is not None:
            if not isinstance(pg_id, str):
                raise mismatch("pg_id", "a string", pg_id)
        customer_id = d.pop("customer_id", None)
        if customer_id is not None:
            if not isinstance(customer_id, str):
                raise mismatch("customer_id", "a string", customer_id)
        executed_at = d.pop("executed_at", None)
        if executed_at is not None:
            if type(executed_at) is not int:
                executed_at = json_int(executed_at, "executed_at")
        revoked_at = d.pop("revoked_at", None)
        if revoked_at is not None:
            if type(revoked_at) is not int:
                revoked_at = json_int(revoked_at, "revoked_at")
        currency = d.pop("currency", None)
        if currency is not None:
            if not isinstance(currency, str):
                raise mismatch("currency", "a string", currency)
        name = d.pop("name", None)
        if name is not None:
            if not isinstance(name, str):
                raise mismatch("name", "a string", name)
        buyer_name = d.pop("buyer_name", None)
        if buyer_name is not None:
            if not isinstance(buyer_name, str):
                raise mismatch("buyer_name", "a string", buyer_name)
        buyer_email = d.pop("buyer_email", None)
        if buyer_email is not None:
            if not isinstance(buyer_email, str):
                raise mismatch("buyer_email", "a string", buyer_email)
        buyer_tel = d.pop("buyer_tel", None)
        if buyer_tel is not None:
            if not isinstance(buyer_tel, str):
                raise mismatch("buyer_tel", "a string", buyer_tel)
        buyer_addr = d.pop("buyer_addr", None)
        if buyer_addr is not None:
            if not isinstance(buyer_addr, str):
                raise mismatch("buyer_addr", "a string", buyer_addr)
        buyer_postcode = d.pop("buyer_postcode", None)
        if buyer_postcode is not None:
            if not isinstance(buyer_postcode, str):
                raise mismatch("buyer_postcode", "a string", buyer_postcode)
        custom_data = d.pop("custom_data", None)
        if custom_data is not None:
            if not isinstance(custom_data, str):
                raise mismatch("custom_data", "a string", custom_data)
        payment_status = d.pop("payment_status", None)
        if payment_status is not None:
            if not isinstance(payment_status, str):
                raise mismatch("payment_status", "a string", payment_status)
        fail_reason = d.pop("fail_reason", None)
        if fail_reason is not None:
            if not isinstance(fail_reason, str):
                raise mismatch("fail_reason", "a string", fail_reason)
        promotion_id = d.pop("promotion_id", None)
        if promotion_id is not None:
            if not isinstance(promotion_id, str):
                raise mismatch("promotion_id", "a string", promotion_id)

        schedule = cls(
            customer_uid=customer_uid,
            merchant_uid=merchant_uid,
            schedule_at=schedule_at,
            amount=amount,
            schedule_status=schedule_status,
            imp_uid=imp_uid,
            pg_provider=pg_provider,
            pg_id=pg_id,
            customer_id=customer_id,
            executed_at=executed_at,
            revoked_at=revoked_at,
            currency=currency,
            name=name,
            buyer_name=buyer_name,
            buyer_email=buyer_email,
            buyer_tel=buyer_tel,
            buyer_addr=buyer_addr,
            buyer_postcode=buyer_postcode,
            custom_data=custom_data,
            payment_status=payment_status,
            fail_reason=fail_reason,
            promotion_id=promotion_id,
        )
        schedule.additional_properties = d
        return schedule

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
