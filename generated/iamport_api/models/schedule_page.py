from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    DRIFT_SEQ,
    MISSING,
    SpecMismatchError,
    core_int,
    drift_within,
    dumped,
    masked_members,
    mismatch,
    unknown_members,
)

if TYPE_CHECKING:
    from ..models.schedule import Schedule


T = TypeVar("T", bound="SchedulePage")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class SchedulePage:
    """One page of schedules."""

    total: int
    """ Number of matching schedules over all pages. """

    previous: int
    """ Previous page number, 0 when there is none. """

    next_: int
    """ Next page number, 0 when there is none. """

    list_: list[Schedule]
    """ The schedules of this page. """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["total"] = self.total
        field_dict["previous"] = self.previous
        field_dict["next"] = self.next_
        field_dict["list"] = [dumped(item) for item in self.list_]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        total = d.pop("total", MISSING)
        if type(total) is not int:
            total = core_int(total, "total")
        previous = d.pop("previous", MISSING)
        if type(previous) is not int:
            previous = core_int(previous, "previous")
        next_ = d.pop("next", MISSING)
        if type(next_) is not int:
            next_ = core_int(next_, "next")
        list_ = d.pop("list", MISSING)
        if not isinstance(list_, list):
            raise mismatch("list", "an array", list_)
        else:
            list__items: list[Schedule] = []
            for index_0, item_0 in enumerate(list_):
                if not isinstance(item_0, dict):
                    raise mismatch(f"list[{index_0}]", "an object", item_0)
                else:
                    from ..models.schedule import Schedule  # noqa: PLC0415

                    mark_1 = DRIFT_SEQ[0]
                    try:
                        item_0 = Schedule.from_dict(item_0)
                    except SpecMismatchError as exc:
                        raise exc.within(f"list[{index_0}]") from None
                    if DRIFT_SEQ[0] != mark_1:
                        drift_within(mark_1, f"list[{index_0}]")
                list__items.append(item_0)
            list_ = list__items

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.total = total
        model_.previous = previous
        model_.next_ = next_
        model_.list_ = list_
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
