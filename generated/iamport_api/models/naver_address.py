from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    MISSING,
    lenient_str,
    masked_members,
    unknown_members,
)

T = TypeVar("T", bound="NaverAddress")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class NaverAddress:
    """A shipping address of a Naver Pay order."""

    base: str
    """ Street address. """

    postcode: str
    """ Postal code. """

    tel1: str
    """ Main phone number. """

    name: str
    """ Recipient. """

    detail: str | None = None
    """ Rest of the address (building, unit). """

    tel2: str | None = None
    """ Other phone number. """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["base"] = self.base
        field_dict["postcode"] = self.postcode
        field_dict["tel1"] = self.tel1
        field_dict["name"] = self.name
        if self.detail is not None:
            field_dict["detail"] = self.detail
        if self.tel2 is not None:
            field_dict["tel2"] = self.tel2
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        base = d.pop("base", MISSING)
        if type(base) is not str:
            base = lenient_str(base, "base")
        postcode = d.pop("postcode", MISSING)
        if type(postcode) is not str:
            postcode = lenient_str(postcode, "postcode")
        tel1 = d.pop("tel1", MISSING)
        if type(tel1) is not str:
            tel1 = lenient_str(tel1, "tel1")
        name = d.pop("name", MISSING)
        if type(name) is not str:
            name = lenient_str(name, "name")
        detail = d.pop("detail", None)
        if type(detail) is not str and detail is not None:
            detail = lenient_str(detail, "detail")
        tel2 = d.pop("tel2", None)
        if type(tel2) is not str and tel2 is not None:
            tel2 = lenient_str(tel2, "tel2")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.base = base
        model_.postcode = postcode
        model_.tel1 = tel1
        model_.name = name
        model_.detail = detail
        model_.tel2 = tel2
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
