from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    MISSING,
    core_int,
    json_str,
    kst_time,
    masked_members,
    redacted,
    unknown_members,
)

T = TypeVar("T", bound="Token")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class Token:
    """An access token and its lifetime, both in the server's clock."""

    access_token: str = _attrs_field(repr=redacted)
    """ Send this, bare, in the `Authorization` header. """

    now: int
    """ Server time when the token was returned (unix seconds). """

    expired_at: int
    """ Server time when the token stops working (unix seconds). """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["access_token"] = self.access_token
        field_dict["now"] = self.now
        field_dict["expired_at"] = self.expired_at
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        access_token = d.pop("access_token", MISSING)
        if type(access_token) is not str:
            access_token = json_str(access_token, "access_token")
        now = d.pop("now", MISSING)
        if type(now) is not int:
            now = core_int(now, "now")
        expired_at = d.pop("expired_at", MISSING)
        if type(expired_at) is not int:
            expired_at = core_int(expired_at, "expired_at")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.access_token = access_token
        model_.now = now
        model_.expired_at = expired_at
        if d:
            unknown_members(d)
        model_.additional_properties = d
        return model_

    @property
    def now_kst(self) -> datetime | None:
        """``now`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.now, "now")

    @property
    def expired_at_kst(self) -> datetime | None:
        """``expired_at`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.expired_at, "expired_at")

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
