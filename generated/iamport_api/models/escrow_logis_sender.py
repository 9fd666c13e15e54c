from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    SpecMismatchError,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.escrow_formed_address import EscrowFormedAddress


T = TypeVar("T", bound="EscrowLogisSender")


@_attrs_define
class EscrowLogisSender:
    """Who sends the goods. Which fields are needed depends on the gateway."""

    name: str | None = None

    tel: str | None = None

    addr: str | None = None

    postcode: str | None = None

    relationship: str | None = None
    """ Relationship of the sender to the buyer (needed by Kiwoom Pay). """

    formed_address: EscrowFormedAddress | None = None
    """ An address in two lines (needed by Smartro new module instead of `addr`). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        if self.relationship is not None:
            field_dict["relationship"] = self.relationship
        if self.formed_address is not None:
            field_dict["formed_address"] = self.formed_address.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        from ..models.escrow_formed_address import EscrowFormedAddress  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", None)
        if name is not None:
            if not isinstance(name, str):
                raise mismatch("name", "a string", name)
        tel = d.pop("tel", None)
        if tel is not None:
            if not isinstance(tel, str):
                raise mismatch("tel", "a string", tel)
        addr = d.pop("addr", None)
        if addr is not None:
            if not isinstance(addr, str):
                raise mismatch("addr", "a string", addr)
        postcode = d.pop("postcode", None)
        if postcode is not None:
            if not isinstance(postcode, str):
                raise mismatch("postcode", "a string", postcode)
        relationship = d.pop("relationship", None)
        if relationship is not None:
            if not isinstance(relationship, str):
                raise mismatch("relationship", "a string", relationship)
        formed_address = d.pop("formed_address", None)
        if formed_address is not None:
            if not isinstance(formed_address, dict):
                raise mismatch("formed_address", "an object", formed_address)
            try:
                formed_address = EscrowFormedAddress.from_dict(formed_address)
            except SpecMismatchError as exc:
                raise exc.within("formed_address") from None

        escrow_logis_sender = cls(
            name=name,
            tel=tel,
            addr=addr,
            postcode=postcode,
            relationship=relationship,
            formed_address=formed_address,
        )
        escrow_logis_sender.additional_properties = d
        return escrow_logis_sender

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
