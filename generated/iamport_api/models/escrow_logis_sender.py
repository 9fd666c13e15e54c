from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.escrow_formed_address import EscrowFormedAddress


T = TypeVar("T", bound="EscrowLogisSender")


@_attrs_define
class EscrowLogisSender:
    """Who sends the goods. Which fields are needed depends on the gateway."""

    name: str | Unset = UNSET
    tel: str | Unset = UNSET
    addr: str | Unset = UNSET
    postcode: str | Unset = UNSET
    relationship: str | Unset = UNSET
    """ Relationship of the sender to the buyer (needed by Kiwoom Pay). """
    formed_address: EscrowFormedAddress | Unset = UNSET
    """ An address in two lines (needed by Smartro new module instead of `addr`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tel = self.tel

        addr = self.addr

        postcode = self.postcode

        relationship = self.relationship

        formed_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.formed_address, Unset):
            formed_address = self.formed_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if tel is not UNSET:
            field_dict["tel"] = tel
        if addr is not UNSET:
            field_dict["addr"] = addr
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if relationship is not UNSET:
            field_dict["relationship"] = relationship
        if formed_address is not UNSET:
            field_dict["formed_address"] = formed_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.escrow_formed_address import EscrowFormedAddress  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        tel = d.pop("tel", UNSET)

        addr = d.pop("addr", UNSET)

        postcode = d.pop("postcode", UNSET)

        relationship = d.pop("relationship", UNSET)

        _formed_address = d.pop("formed_address", UNSET)
        formed_address: EscrowFormedAddress | Unset
        if isinstance(_formed_address, Unset):
            formed_address = UNSET
        else:
            formed_address = EscrowFormedAddress.from_dict(_formed_address)

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
