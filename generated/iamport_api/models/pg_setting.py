from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    mismatch,
)

T = TypeVar("T", bound="PgSetting")


@_attrs_define
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

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        if not isinstance(pg_provider, str):
            raise mismatch("pg_provider", "a string", pg_provider)
        pg_id = d.pop("pg_id", MISSING)
        if not isinstance(pg_id, str):
            raise mismatch("pg_id", "a string", pg_id)
        sandbox = d.pop("sandbox", MISSING)
        if type(sandbox) is not bool:
            raise mismatch("sandbox", "a boolean", sandbox)
        type_ = d.pop("type", MISSING)
        if not isinstance(type_, str):
            raise mismatch("type", "a string", type_)
        channel_name = d.pop("channel_name", None)
        if channel_name is not None:
            if not isinstance(channel_name, str):
                raise mismatch("channel_name", "a string", channel_name)
        channel_key = d.pop("channel_key", None)
        if channel_key is not None:
            if not isinstance(channel_key, str):
                raise mismatch("channel_key", "a string", channel_key)

        pg_setting = cls(
            pg_provider=pg_provider,
            pg_id=pg_id,
            sandbox=sandbox,
            type_=type_,
            channel_name=channel_name,
            channel_key=channel_key,
        )
        pg_setting.additional_properties = d
        return pg_setting

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
