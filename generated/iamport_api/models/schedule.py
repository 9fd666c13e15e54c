from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_status import ScheduleStatus
from ..types import UNSET, Unset

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
    amount: float
    """ Amount to charge. """
    schedule_status: ScheduleStatus
    """ State of a schedule: `scheduled` (pending), `executed` (a charge was attempted), `revoked`. """
    imp_uid: None | str | Unset = UNSET
    """ Id of the payment made when the schedule ran. """
    pg_provider: None | str | Unset = UNSET
    pg_id: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    executed_at: int | None | Unset = UNSET
    """ When it ran (unix seconds; 0 if not yet). """
    revoked_at: int | None | Unset = UNSET
    """ When it was revoked (unix seconds; 0 if not). """
    currency: None | str | Unset = UNSET
    """ ISO currency code (open set). """
    name: None | str | Unset = UNSET
    buyer_name: None | str | Unset = UNSET
    buyer_email: None | str | Unset = UNSET
    buyer_tel: None | str | Unset = UNSET
    buyer_addr: None | str | Unset = UNSET
    buyer_postcode: None | str | Unset = UNSET
    custom_data: None | str | Unset = UNSET
    payment_status: None | str | Unset = UNSET
    """ State of the payment made when the schedule ran: ready, paid, cancelled or failed (null before it ran). """
    fail_reason: None | str | Unset = UNSET
    """ Why the scheduled charge failed. """
    promotion_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_uid = self.customer_uid

        merchant_uid = self.merchant_uid

        schedule_at = self.schedule_at

        amount = self.amount

        schedule_status = self.schedule_status.value

        imp_uid: None | str | Unset
        if isinstance(self.imp_uid, Unset):
            imp_uid = UNSET
        else:
            imp_uid = self.imp_uid

        pg_provider: None | str | Unset
        if isinstance(self.pg_provider, Unset):
            pg_provider = UNSET
        else:
            pg_provider = self.pg_provider

        pg_id: None | str | Unset
        if isinstance(self.pg_id, Unset):
            pg_id = UNSET
        else:
            pg_id = self.pg_id

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        executed_at: int | None | Unset
        if isinstance(self.executed_at, Unset):
            executed_at = UNSET
        else:
            executed_at = self.executed_at

        revoked_at: int | None | Unset
        if isinstance(self.revoked_at, Unset):
            revoked_at = UNSET
        else:
            revoked_at = self.revoked_at

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        buyer_name: None | str | Unset
        if isinstance(self.buyer_name, Unset):
            buyer_name = UNSET
        else:
            buyer_name = self.buyer_name

        buyer_email: None | str | Unset
        if isinstance(self.buyer_email, Unset):
            buyer_email = UNSET
        else:
            buyer_email = self.buyer_email

        buyer_tel: None | str | Unset
        if isinstance(self.buyer_tel, Unset):
            buyer_tel = UNSET
        else:
            buyer_tel = self.buyer_tel

        buyer_addr: None | str | Unset
        if isinstance(self.buyer_addr, Unset):
            buyer_addr = UNSET
        else:
            buyer_addr = self.buyer_addr

        buyer_postcode: None | str | Unset
        if isinstance(self.buyer_postcode, Unset):
            buyer_postcode = UNSET
        else:
            buyer_postcode = self.buyer_postcode

        custom_data: None | str | Unset
        if isinstance(self.custom_data, Unset):
            custom_data = UNSET
        else:
            custom_data = self.custom_data

        payment_status: None | str | Unset
        if isinstance(self.payment_status, Unset):
            payment_status = UNSET
        else:
            payment_status = self.payment_status

        fail_reason: None | str | Unset
        if isinstance(self.fail_reason, Unset):
            fail_reason = UNSET
        else:
            fail_reason = self.fail_reason

        promotion_id: None | str | Unset
        if isinstance(self.promotion_id, Unset):
            promotion_id = UNSET
        else:
            promotion_id = self.promotion_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_uid": customer_uid,
                "merchant_uid": merchant_uid,
                "schedule_at": schedule_at,
                "amount": amount,
                "schedule_status": schedule_status,
            }
        )
        if imp_uid is not UNSET:
            field_dict["imp_uid"] = imp_uid
        if pg_provider is not UNSET:
            field_dict["pg_provider"] = pg_provider
        if pg_id is not UNSET:
            field_dict["pg_id"] = pg_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if executed_at is not UNSET:
            field_dict["executed_at"] = executed_at
        if revoked_at is not UNSET:
            field_dict["revoked_at"] = revoked_at
        if currency is not UNSET:
            field_dict["currency"] = currency
        if name is not UNSET:
            field_dict["name"] = name
        if buyer_name is not UNSET:
            field_dict["buyer_name"] = buyer_name
        if buyer_email is not UNSET:
            field_dict["buyer_email"] = buyer_email
        if buyer_tel is not UNSET:
            field_dict["buyer_tel"] = buyer_tel
        if buyer_addr is not UNSET:
            field_dict["buyer_addr"] = buyer_addr
        if buyer_postcode is not UNSET:
            field_dict["buyer_postcode"] = buyer_postcode
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
        if promotion_id is not UNSET:
            field_dict["promotion_id"] = promotion_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_uid = d.pop("customer_uid")

        merchant_uid = d.pop("merchant_uid")

        schedule_at = d.pop("schedule_at")

        amount = d.pop("amount")

        schedule_status = ScheduleStatus(d.pop("schedule_status"))

        def _parse_imp_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        imp_uid = _parse_imp_uid(d.pop("imp_uid", UNSET))

        def _parse_pg_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pg_provider = _parse_pg_provider(d.pop("pg_provider", UNSET))

        def _parse_pg_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pg_id = _parse_pg_id(d.pop("pg_id", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_executed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        executed_at = _parse_executed_at(d.pop("executed_at", UNSET))

        def _parse_revoked_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_buyer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        buyer_name = _parse_buyer_name(d.pop("buyer_name", UNSET))

        def _parse_buyer_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        buyer_email = _parse_buyer_email(d.pop("buyer_email", UNSET))

        def _parse_buyer_tel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        buyer_tel = _parse_buyer_tel(d.pop("buyer_tel", UNSET))

        def _parse_buyer_addr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        buyer_addr = _parse_buyer_addr(d.pop("buyer_addr", UNSET))

        def _parse_buyer_postcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        buyer_postcode = _parse_buyer_postcode(d.pop("buyer_postcode", UNSET))

        def _parse_custom_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_data = _parse_custom_data(d.pop("custom_data", UNSET))

        def _parse_payment_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_status = _parse_payment_status(d.pop("payment_status", UNSET))

        def _parse_fail_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fail_reason = _parse_fail_reason(d.pop("fail_reason", UNSET))

        def _parse_promotion_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        promotion_id = _parse_promotion_id(d.pop("promotion_id", UNSET))

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
