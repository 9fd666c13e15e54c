from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.schedule import Schedule


T = TypeVar("T", bound="SchedulePage")


@_attrs_define
class SchedulePage:
    """One page of schedules."""

    total: int
    previous: int
    next_: int
    list_: list[Schedule]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        previous = self.previous

        next_ = self.next_

        list_ = []
        for list_item_data in self.list_:
            list_item = list_item_data.to_dict()
            list_.append(list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "previous": previous,
                "next": next_,
                "list": list_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule import Schedule  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        previous = d.pop("previous")

        next_ = d.pop("next")

        list_ = []
        _list_ = d.pop("list")
        for list_item_data in _list_:
            list_item = Schedule.from_dict(list_item_data)

            list_.append(list_item)

        schedule_page = cls(
            total=total,
            previous=previous,
            next_=next_,
            list_=list_,
        )

        schedule_page.additional_properties = d
        return schedule_page

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
