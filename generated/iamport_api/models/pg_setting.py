from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    MISSING,
    lenient_bool,
    lenient_str,
    masked_members,
    unknown_members,
)

T = TypeVar("T", bound="PgSetting")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class PgSetting:
    """One gateway setting (channel) of the account."""

    pg_provider: str
    """ Gateway code (open set), e.g. html5_inicis. """

    pg_id: str
    """ Gateway merchant id. """

    sandbox: bool
    """ True for a test channel. """

    type_: str
    """ Use of the setting: payment (payment window), api_payment (API and key-in payments) or certification
    (identity verification). """

    channel_name: str | None = None
    """ Name the merchant gave the channel. """

    channel_key: str | None = None
    """ Key of the channel. """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["pg_provider"] = self.pg_provider
        field_dict["pg_id"] = self.pg_id
        field_dict["sandbox"] = self.sandbox
        field_dict["type"] = self.type_
        if self.channel_name is not None:
            field_dict["channel_name"] = self.channel_name
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
        pg_provider = d.pop("pg_provider", MISSING)
        if type(pg_provider) is not str:
            pg_provider = lenient_str(pg_provider, "pg_provider")
        pg_id = d.pop("pg_id", MISSING)
        if type(pg_id) is not str:
            pg_id = lenient_str(pg_id, "pg_id")
        sandbox = d.pop("sandbox", MISSING)
        if type(sandbox) is not bool:
            sandbox = lenient_bool(sandbox, "sandbox")
        type_ = d.pop("type", MISSING)
        if type(type_) is not str:
            type_ = lenient_str(type_, "type")
        channel_name = d.pop("channel_name", None)
        if type(channel_name) is not str and channel_name is not None:
            channel_name = lenient_str(channel_name, "channel_name")
        channel_key = d.pop("channel_key", None)
        if type(channel_key) is not str and channel_key is not None:
            channel_key = lenient_str(channel_key, "channel_key")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.pg_provider = pg_provider
        model_.pg_id = pg_id
        model_.sandbox = sandbox
        model_.type_ = type_
        model_.channel_name = channel_name
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
