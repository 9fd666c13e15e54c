from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    dumped,
    kept,
    lenient_int,
    lenient_str,
    masked_members,
    unknown_members,
)

T = TypeVar("T", bound="PaymentwallDelivery")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class PaymentwallDelivery:
    """Paymentwall's answer to a delivery report. Without `error_code` the report was accepted."""

    error_code: int | None = None
    """ Paymentwall's error code; absent on success. """

    error: str | None = None
    """ Paymentwall's error message. """

    notices: list[str] | None = None
    """ Further details of the error. """

    success: int | None = None
    """ 1 when the report was accepted. """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.error_code is not None:
            field_dict["error_code"] = self.error_code
        if self.error is not None:
            field_dict["error"] = self.error
        if self.notices is not None:
            field_dict["notices"] = dumped(self.notices)
        if self.success is not None:
            field_dict["success"] = self.success
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        error_code = d.pop("error_code", None)
        if type(error_code) is not int and error_code is not None:
            error_code = lenient_int(error_code, "error_code")
        error = d.pop("error", None)
        if type(error) is not str and error is not None:
            error = lenient_str(error, "error")
        notices = d.pop("notices", None)
        if notices is not None:
            if not isinstance(notices, list):
                notices = kept(notices, "notices", "an array")
            else:
                notices_items: list[str] = []
                for index_0, item_0 in enumerate(notices):
                    if type(item_0) is not str:
                        item_0 = lenient_str(item_0, f"notices[{index_0}]")
                    notices_items.append(item_0)
                notices = notices_items
        success = d.pop("success", None)
        if type(success) is not int and success is not None:
            success = lenient_int(success, "success")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.error_code = error_code
        model_.error = error
        model_.notices = notices
        model_.success = success
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
