from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.escrow_logis_info import EscrowLogisInfo
    from ..models.escrow_logis_product import EscrowLogisProduct
    from ..models.escrow_logis_receiver import EscrowLogisReceiver
    from ..models.escrow_logis_sender import EscrowLogisSender


T = TypeVar("T", bound="EscrowLogisUpdateRequest")


@_attrs_define
class EscrowLogisUpdateRequest:
    sender: EscrowLogisSender
    """ Who sends the goods. Which fields are needed depends on the gateway. """
    receiver: EscrowLogisReceiver
    """ Who receives the goods. Which fields are needed depends on the gateway. """
    logis: EscrowLogisInfo
    """ The shipment. """
    products: list[EscrowLogisProduct] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender = self.sender.to_dict()

        receiver = self.receiver.to_dict()

        logis = self.logis.to_dict()

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sender": sender,
                "receiver": receiver,
                "logis": logis,
            }
        )
        if products is not UNSET:
            field_dict["products"] = products

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.escrow_logis_info import EscrowLogisInfo  # noqa: PLC0415
        from ..models.escrow_logis_product import EscrowLogisProduct  # noqa: PLC0415
        from ..models.escrow_logis_receiver import EscrowLogisReceiver  # noqa: PLC0415
        from ..models.escrow_logis_sender import EscrowLogisSender  # noqa: PLC0415

        d = dict(src_dict)
        sender = EscrowLogisSender.from_dict(d.pop("sender"))

        receiver = EscrowLogisReceiver.from_dict(d.pop("receiver"))

        logis = EscrowLogisInfo.from_dict(d.pop("logis"))

        _products = d.pop("products", UNSET)
        products: list[EscrowLogisProduct] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = EscrowLogisProduct.from_dict(products_item_data)

                products.append(products_item)

        escrow_logis_update_request = cls(
            sender=sender,
            receiver=receiver,
            logis=logis,
            products=products,
        )

        escrow_logis_update_request.additional_properties = d
        return escrow_logis_update_request

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
