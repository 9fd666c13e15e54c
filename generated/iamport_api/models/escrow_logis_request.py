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
    drift_within,
    dumped,
    kept,
    lenient_bool,
    masked_members,
    unknown_members,
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

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["sender"] = dumped(self.sender)
        field_dict["receiver"] = dumped(self.receiver)
        field_dict["logis"] = dumped(self.logis)
        if self.products is not None:
            field_dict["products"] = dumped(self.products)
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
            sender = kept(sender, "sender", "an object")
        else:
            from ..models.escrow_logis_sender import EscrowLogisSender  # noqa: PLC0415

            mark_0 = DRIFT_SEQ[0]
            try:
                sender = EscrowLogisSender.from_dict(sender)
            except SpecMismatchError as exc:
                raise exc.within("sender") from None
            if DRIFT_SEQ[0] != mark_0:
                drift_within(mark_0, "sender")
        receiver = d.pop("receiver", MISSING)
        if not isinstance(receiver, dict):
            receiver = kept(receiver, "receiver", "an object")
        else:
            from ..models.escrow_logis_receiver import EscrowLogisReceiver  # noqa: PLC0415

            mark_0 = DRIFT_SEQ[0]
            try:
                receiver = EscrowLogisReceiver.from_dict(receiver)
            except SpecMismatchError as exc:
                raise exc.within("receiver") from None
            if DRIFT_SEQ[0] != mark_0:
                drift_within(mark_0, "receiver")
        logis = d.pop("logis", MISSING)
        if not isinstance(logis, dict):
            logis = kept(logis, "logis", "an object")
        else:
            from ..models.escrow_logis_info import EscrowLogisInfo  # noqa: PLC0415

            mark_0 = DRIFT_SEQ[0]
            try:
                logis = EscrowLogisInfo.from_dict(logis)
            except SpecMismatchError as exc:
                raise exc.within("logis") from None
            if DRIFT_SEQ[0] != mark_0:
                drift_within(mark_0, "logis")
        products = d.pop("products", None)
        if products is not None:
            if not isinstance(products, list):
                products = kept(products, "products", "an array")
            else:
                products_items: list[EscrowLogisProduct] = []
                for index_0, item_0 in enumerate(products):
                    if not isinstance(item_0, dict):
                        item_0 = kept(item_0, f"products[{index_0}]", "an object")
                    else:
                        from ..models.escrow_logis_product import EscrowLogisProduct  # noqa: PLC0415

                        mark_1 = DRIFT_SEQ[0]
                        try:
                            item_0 = EscrowLogisProduct.from_dict(item_0)
                        except SpecMismatchError as exc:
                            raise exc.within(f"products[{index_0}]") from None
                        if DRIFT_SEQ[0] != mark_1:
                            drift_within(mark_1, f"products[{index_0}]")
                    products_items.append(item_0)
                products = products_items
        send_email = d.pop("send_email", None)
        if type(send_email) is not bool and send_email is not None:
            send_email = lenient_bool(send_email, "send_email")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.sender = sender
        model_.receiver = receiver
        model_.logis = logis
        model_.products = products
        model_.send_email = send_email
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
