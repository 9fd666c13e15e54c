from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KcpQuickMember")


@_attrs_define
class KcpQuickMember:
    """A buyer registered with KCP Quick Pay."""

    member_id: str
    pg_provider: str
    """ Gateway, `kcp_quick`. """
    inserted: int
    """ When the member was registered (unix seconds). """
    updated: int
    """ When the member was last changed (unix seconds). """
    pg_id: None | str | Unset = UNSET
    """ Gateway merchant id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member_id = self.member_id

        pg_provider = self.pg_provider

        inserted = self.inserted

        updated = self.updated

        pg_id: None | str | Unset
        if isinstance(self.pg_id, Unset):
            pg_id = UNSET
        else:
            pg_id = self.pg_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "member_id": member_id,
                "pg_provider": pg_provider,
                "inserted": inserted,
                "updated": updated,
            }
        )
        if pg_id is not UNSET:
            field_dict["pg_id"] = pg_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member_id = d.pop("member_id")

        pg_provider = d.pop("pg_provider")

        inserted = d.pop("inserted")

        updated = d.pop("updated")

        def _parse_pg_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pg_id = _parse_pg_id(d.pop("pg_id", UNSET))

        kcp_quick_member = cls(
            member_id=member_id,
            pg_provider=pg_provider,
            inserted=inserted,
            updated=updated,
            pg_id=pg_id,
        )

        kcp_quick_member.additional_properties = d
        return kcp_quick_member

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
