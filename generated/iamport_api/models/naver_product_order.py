from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    DRIFT_SEQ,
    MAX_EXPONENT,
    MISSING,
    SpecMismatchError,
    drift_within,
    dumped,
    json_money,
    kept,
    kst_time,
    lenient_int,
    lenient_str,
    masked_members,
    optional_money,
    unknown_members,
)

if TYPE_CHECKING:
    from ..models.naver_address import NaverAddress
    from ..models.naver_orderer import NaverOrderer


T = TypeVar("T", bound="NaverProductOrder")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class NaverProductOrder:
    """One Naver Pay product order (one kind of product within a payment)."""

    product_order_id: str
    """ Naver Pay product order id. """

    product_order_status: str
    """ State of the product order; known values include PAYMENT_WAITING, PAYED, DELIVERING, DELIVERED,
    PURCHASE_DECIDED, EXCHANGED, CANCELED, RETURNED, CANCELED_BY_NOPAYMENT. """

    product_id: str
    """ Product id. """

    product_name: str
    """ Product name. """

    product_option_id: str | None
    """ Product option id. """

    product_option_name: str | None
    """ Product option name. """

    quantity: int
    """ Number of items. """

    claim_type: str | None = None
    """ Kind of claim on the order (cancel, return, exchange, ...), if any. """

    claim_status: str | None = None
    """ Progress of that claim. """

    product_amount: Decimal | None = _attrs_field(
        default=None, converter=optional_money
    )
    """ Amount of this product order. """

    delivery_amount: Decimal | None = _attrs_field(
        default=None, converter=optional_money
    )
    """ Shipping fee of this product order. """

    orderer: NaverOrderer | None = None
    """ Who ordered. """

    shipping_address: NaverAddress | None = None
    """ Where to ship. """

    shipping_memo: str | None = None
    """ The buyer's note for delivery. """

    shipping_due: int | None = None
    """ Shipping deadline (unix seconds). """

    individual_code: str | None = None
    """ The buyer's personal customs code, for imported goods. """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["product_order_id"] = self.product_order_id
        field_dict["product_order_status"] = self.product_order_status
        field_dict["product_id"] = self.product_id
        field_dict["product_name"] = self.product_name
        field_dict["product_option_id"] = self.product_option_id
        field_dict["product_option_name"] = self.product_option_name
        field_dict["quantity"] = self.quantity
        if self.claim_type is not None:
            field_dict["claim_type"] = self.claim_type
        if self.claim_status is not None:
            field_dict["claim_status"] = self.claim_status
        if self.product_amount is not None:
            field_dict["product_amount"] = self.product_amount
        if self.delivery_amount is not None:
            field_dict["delivery_amount"] = self.delivery_amount
        if self.orderer is not None:
            field_dict["orderer"] = dumped(self.orderer)
        if self.shipping_address is not None:
            field_dict["shipping_address"] = dumped(self.shipping_address)
        if self.shipping_memo is not None:
            field_dict["shipping_memo"] = self.shipping_memo
        if self.shipping_due is not None:
            field_dict["shipping_due"] = self.shipping_due
        if self.individual_code is not None:
            field_dict["individual_code"] = self.individual_code
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        product_order_id = d.pop("product_order_id", MISSING)
        if type(product_order_id) is not str:
            product_order_id = lenient_str(product_order_id, "product_order_id")
        product_order_status = d.pop("product_order_status", MISSING)
        if type(product_order_status) is not str:
            product_order_status = lenient_str(
                product_order_status, "product_order_status"
            )
        product_id = d.pop("product_id", MISSING)
        if type(product_id) is not str:
            product_id = lenient_str(product_id, "product_id")
        product_name = d.pop("product_name", MISSING)
        if type(product_name) is not str:
            product_name = lenient_str(product_name, "product_name")
        product_option_id = d.pop("product_option_id", MISSING)
        if type(product_option_id) is not str and product_option_id is not None:
            product_option_id = lenient_str(product_option_id, "product_option_id")
        product_option_name = d.pop("product_option_name", MISSING)
        if type(product_option_name) is not str and product_option_name is not None:
            product_option_name = lenient_str(
                product_option_name, "product_option_name"
            )
        quantity = d.pop("quantity", MISSING)
        if type(quantity) is not int:
            quantity = lenient_int(quantity, "quantity")
        claim_type = d.pop("claim_type", None)
        if type(claim_type) is not str and claim_type is not None:
            claim_type = lenient_str(claim_type, "claim_type")
        claim_status = d.pop("claim_status", None)
        if type(claim_status) is not str and claim_status is not None:
            claim_status = lenient_str(claim_status, "claim_status")
        product_amount = d.pop("product_amount", None)
        if (
            type(product_amount) is not Decimal
            or not (
                product_amount.is_finite()
                and -MAX_EXPONENT <= product_amount.adjusted() <= MAX_EXPONENT
            )
        ) and product_amount is not None:
            product_amount = json_money(product_amount, "product_amount")
        delivery_amount = d.pop("delivery_amount", None)
        if (
            type(delivery_amount) is not Decimal
            or not (
                delivery_amount.is_finite()
                and -MAX_EXPONENT <= delivery_amount.adjusted() <= MAX_EXPONENT
            )
        ) and delivery_amount is not None:
            delivery_amount = json_money(delivery_amount, "delivery_amount")
        orderer = d.pop("orderer", None)
        if orderer is not None:
            if not isinstance(orderer, dict):
                orderer = kept(orderer, "orderer", "an object")
            else:
                from ..models.naver_orderer import NaverOrderer  # noqa: PLC0415

                mark_0 = DRIFT_SEQ[0]
                try:
                    orderer = NaverOrderer.from_dict(orderer)
                except SpecMismatchError as exc:
                    raise exc.within("orderer") from None
                if DRIFT_SEQ[0] != mark_0:
                    drift_within(mark_0, "orderer")
        shipping_address = d.pop("shipping_address", None)
        if shipping_address is not None:
            if not isinstance(shipping_address, dict):
                shipping_address = kept(
                    shipping_address, "shipping_address", "an object"
                )
            else:
                from ..models.naver_address import NaverAddress  # noqa: PLC0415

                mark_0 = DRIFT_SEQ[0]
                try:
                    shipping_address = NaverAddress.from_dict(shipping_address)
                except SpecMismatchError as exc:
                    raise exc.within("shipping_address") from None
                if DRIFT_SEQ[0] != mark_0:
                    drift_within(mark_0, "shipping_address")
        shipping_memo = d.pop("shipping_memo", None)
        if type(shipping_memo) is not str and shipping_memo is not None:
            shipping_memo = lenient_str(shipping_memo, "shipping_memo")
        shipping_due = d.pop("shipping_due", None)
        if type(shipping_due) is not int and shipping_due is not None:
            shipping_due = lenient_int(shipping_due, "shipping_due")
        individual_code = d.pop("individual_code", None)
        if type(individual_code) is not str and individual_code is not None:
            individual_code = lenient_str(individual_code, "individual_code")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.product_order_id = product_order_id
        model_.product_order_status = product_order_status
        model_.product_id = product_id
        model_.product_name = product_name
        model_.product_option_id = product_option_id
        model_.product_option_name = product_option_name
        model_.quantity = quantity
        model_.claim_type = claim_type
        model_.claim_status = claim_status
        model_.product_amount = product_amount
        model_.delivery_amount = delivery_amount
        model_.orderer = orderer
        model_.shipping_address = shipping_address
        model_.shipping_memo = shipping_memo
        model_.shipping_due = shipping_due
        model_.individual_code = individual_code
        if d:
            unknown_members(d)
        model_.additional_properties = d
        return model_

    @property
    def shipping_due_kst(self) -> datetime | None:
        """``shipping_due`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.shipping_due, "shipping_due")

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
