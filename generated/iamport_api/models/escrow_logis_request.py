from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    MISSING,
    SpecMismatchError,
    json_bool,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.escrow_logis_info import EscrowLogisInfo
    from ..models.escrow_logis_product import EscrowLogisProduct
    from ..models.escrow_logis_receiver import EscrowLogisReceiver
    from ..models.escrow_logis_sender import EscrowLogisSender


T = TypeVar("T", bound="EscrowLogisRequest")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class EscrowLogisRequest:
    sender: EscrowLogisSender
    """ Who sends the goods. Which fields are needed depends on the gateway. """

    receiver: EscrowLogisReceiver
    """ Who receives the goods. Which fields are needed depends on the gateway. """

    logis: EscrowLogisInfo
    """ The shipment. """

    products: list[EscrowLogisProduct] | None = None
    """ The goods shipped (id, name, code, price, quantity, category). """

    send_email: bool | None = None
    """ E-mail the buyer when the purchase is confirmed (default true; NICE new module). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["sender"] = self.sender.to_dict()
        field_dict["receiver"] = self.receiver.to_dict()
        field_dict["logis"] = self.logis.to_dict()
        if self.products is not None:
            field_dict["products"] = [item.to_dict() for item in self.products]
        if self.send_email is not None:
            field_dict["send_email"] = self.send_email
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        sender = d.pop("sender", MISSING)
        if not isinstance(sender, dict):
            raise mismatch("sender", "an object", sender)
        from ..models.escrow_logis_sender import EscrowLogisSender  # noqa: PLC0415

        try:
            sender = EscrowLogisSender.from_dict(sender)
        except SpecMismatchError as exc:
            raise exc.within("sender") from None
        receiver = d.pop("receiver", MISSING)
        if not isinstance(receiver, dict):
            raise mismatch("receiver", "an object", receiver)
        from ..models.escrow_logis_receiver import EscrowLogisReceiver  # noqa: PLC0415

        try:
            receiver = EscrowLogisReceiver.from_dict(receiver)
        except SpecMismatchError as exc:
            raise exc.within("receiver") from None
        logis = d.pop("logis", MISSING)
        if not isinstance(logis, dict):
            raise mismatch("logis", "an object", logis)
        from ..models.escrow_logis_info import EscrowLogisInfo  # noqa: PLC0415

        try:
            logis = EscrowLogisInfo.from_dict(logis)
        except SpecMismatchError as exc:
            raise exc.within("logis") from None
        products = d.pop("products", None)
        if products is not None:
            if not isinstance(products, list):
                raise mismatch("products", "an array", products)
            products_items: list[EscrowLogisProduct] = []
            for index_0, item_0 in enumerate(products):
                if not isinstance(item_0, dict):
                    raise mismatch(f"products[{index_0}]", "an object", item_0)
                from ..models.escrow_logis_product import EscrowLogisProduct  # noqa: PLC0415

                try:
                    item_0 = EscrowLogisProduct.from_dict(item_0)
                except SpecMismatchError as exc:
                    raise exc.within(f"products[{index_0}]") from None
                products_items.append(item_0)
            products = products_items
        send_email = d.pop("send_email", None)
        if type(send_email) is not bool and send_email is not None:
            send_email = json_bool(send_email, "send_email")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.sender = sender
        model_.receiver = receiver
        model_.logis = logis
        model_.products = products
        model_.send_email = send_email
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
