from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
    channel_name: None | str | Unset = UNSET
    """ Name the merchant gave the channel. """
    channel_key: None | str | Unset = UNSET
    """ Key of the channel. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pg_provider = self.pg_provider

        pg_id = self.pg_id

        sandbox = self.sandbox

        type_ = self.type_

        channel_name: None | str | Unset
        if isinstance(self.channel_name, Unset):
            channel_name = UNSET
        else:
            channel_name = self.channel_name

        channel_key: None | str | Unset
        if isinstance(self.channel_key, Unset):
            channel_key = UNSET
        else:
            channel_key = self.channel_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pg_provider": pg_provider,
                "pg_id": pg_id,
                "sandbox": sandbox,
                "type": type_,
            }
        )
        if channel_name is not UNSET:
            field_dict["channel_name"] = channel_name
        if channel_key is not UNSET:
            field_dict["channel_key"] = channel_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pg_provider = d.pop("pg_provider")

        pg_id = d.pop("pg_id")

        sandbox = d.pop("sandbox")

        type_ = d.pop("type")

        def _parse_channel_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel_name = _parse_channel_name(d.pop("channel_name", UNSET))

        def _parse_channel_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel_key = _parse_channel_key(d.pop("channel_key", UNSET))

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
