from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    MISSING,
    kst_time,
    lenient_int,
    lenient_str,
    masked_members,
    unknown_members,
)

T = TypeVar("T", bound="EscrowLogis")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class EscrowLogis:
    """Shipping details registered for an escrow payment."""

    company: str
    """ Parcel company code (open set; see the vendor's code table). """

    invoice: str
    """ Tracking number. """

    sent_at: int
    """ When the goods were sent (unix seconds). """

    applied_at: int
    """ When the details were registered (unix seconds). """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["company"] = self.company
        field_dict["invoice"] = self.invoice
        field_dict["sent_at"] = self.sent_at
        field_dict["applied_at"] = self.applied_at
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        company = d.pop("company", MISSING)
        if type(company) is not str:
            company = lenient_str(company, "company")
        invoice = d.pop("invoice", MISSING)
        if type(invoice) is not str:
            invoice = lenient_str(invoice, "invoice")
        sent_at = d.pop("sent_at", MISSING)
        if type(sent_at) is not int:
            sent_at = lenient_int(sent_at, "sent_at")
        applied_at = d.pop("applied_at", MISSING)
        if type(applied_at) is not int:
            applied_at = lenient_int(applied_at, "applied_at")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.company = company
        model_.invoice = invoice
        model_.sent_at = sent_at
        model_.applied_at = applied_at
        if d:
            unknown_members(d)
        model_.additional_properties = d
        return model_

    @property
    def sent_at_kst(self) -> datetime | None:
        """``sent_at`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.sent_at, "sent_at")

    @property
    def applied_at_kst(self) -> datetime | None:
        """``applied_at`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.applied_at, "applied_at")

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
