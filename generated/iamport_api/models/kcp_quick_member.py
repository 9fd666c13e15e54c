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

T = TypeVar("T", bound="KcpQuickMember")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class KcpQuickMember:
    """A buyer registered with KCP Quick Pay."""

    member_id: str
    """ The buyer's KCP Quick Pay member id. """

    pg_provider: str
    """ Gateway, `kcp_quick`. """

    inserted: int
    """ When the member was registered (unix seconds). """

    updated: int
    """ When the member was last changed (unix seconds). """

    pg_id: str | None = None
    """ Gateway merchant id. """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["member_id"] = self.member_id
        field_dict["pg_provider"] = self.pg_provider
        field_dict["inserted"] = self.inserted
        field_dict["updated"] = self.updated
        if self.pg_id is not None:
            field_dict["pg_id"] = self.pg_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        member_id = d.pop("member_id", MISSING)
        if type(member_id) is not str:
            member_id = lenient_str(member_id, "member_id")
        pg_provider = d.pop("pg_provider", MISSING)
        if type(pg_provider) is not str:
            pg_provider = lenient_str(pg_provider, "pg_provider")
        inserted = d.pop("inserted", MISSING)
        if type(inserted) is not int:
            inserted = lenient_int(inserted, "inserted")
        updated = d.pop("updated", MISSING)
        if type(updated) is not int:
            updated = lenient_int(updated, "updated")
        pg_id = d.pop("pg_id", None)
        if type(pg_id) is not str and pg_id is not None:
            pg_id = lenient_str(pg_id, "pg_id")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.member_id = member_id
        model_.pg_provider = pg_provider
        model_.inserted = inserted
        model_.updated = updated
        model_.pg_id = pg_id
        if d:
            unknown_members(d)
        model_.additional_properties = d
        return model_

    @property
    def inserted_kst(self) -> datetime | None:
        """``inserted`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.inserted, "inserted")

    @property
    def updated_kst(self) -> datetime | None:
        """``updated`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.updated, "updated")

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
