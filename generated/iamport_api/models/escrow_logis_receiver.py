from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    DRIFT_SEQ,
    SpecMismatchError,
    drift_within,
    dumped,
    kept,
    lenient_str,
    masked_members,
    unknown_members,
)

if TYPE_CHECKING:
    from ..models.escrow_formed_address import EscrowFormedAddress


T = TypeVar("T", bound="EscrowLogisReceiver")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class EscrowLogisReceiver:
    """Who receives the goods. Which fields are needed depends on the gateway."""

    name: str | None = None
    """ Receiver's name. """

    tel: str | None = None
    """ Receiver's phone number. """

    addr: str | None = None
    """ Receiver's address. """

    postcode: str | None = None
    """ Receiver's postal code. """

    formed_address: EscrowFormedAddress | None = None
    """ An address in two lines (needed by Smartro new module instead of `addr`). """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name
        if self.tel is not None:
            field_dict["tel"] = self.tel
        if self.addr is not None:
            field_dict["addr"] = self.addr
        if self.postcode is not None:
            field_dict["postcode"] = self.postcode
        if self.formed_address is not None:
            field_dict["formed_address"] = dumped(self.formed_address)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        name = d.pop("name", None)
        if type(name) is not str and name is not None:
            name = lenient_str(name, "name")
        tel = d.pop("tel", None)
        if type(tel) is not str and tel is not None:
            tel = lenient_str(tel, "tel")
        addr = d.pop("addr", None)
        if type(addr) is not str and addr is not None:
            addr = lenient_str(addr, "addr")
        postcode = d.pop("postcode", None)
        if type(postcode) is not str and postcode is not None:
            postcode = lenient_str(postcode, "postcode")
        formed_address = d.pop("formed_address", None)
        if formed_address is not None:
            if not isinstance(formed_address, dict):
                formed_address = kept(formed_address, "formed_address", "an object")
            else:
                from ..models.escrow_formed_address import EscrowFormedAddress  # noqa: PLC0415

                mark_0 = DRIFT_SEQ[0]
                try:
                    formed_address = EscrowFormedAddress.from_dict(formed_address)
                except SpecMismatchError as exc:
                    raise exc.within("formed_address") from None
                if DRIFT_SEQ[0] != mark_0:
                    drift_within(mark_0, "formed_address")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.name = name
        model_.tel = tel
        model_.addr = addr
        model_.postcode = postcode
        model_.formed_address = formed_address
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
