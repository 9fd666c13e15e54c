from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.naver_address import NaverAddress
    from ..models.naver_orderer import NaverOrderer


T = TypeVar("T", bound="NaverProductOrder")


@_attrs_define
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
    product_option_id: None | str
    """ Product option id. """
    product_option_name: None | str
    """ Product option name. """
    quantity: int
    """ Number of items. """
    claim_type: None | str | Unset = UNSET
    """ Kind of claim on the order (cancel, return, exchange, ...), if any. """
    claim_status: None | str | Unset = UNSET
    """ Progress of that claim. """
    product_amount: float | None | Unset = UNSET
    """ Amount of this product order. """
    delivery_amount: float | None | Unset = UNSET
    """ Shipping fee of this product order. """
    orderer: NaverOrderer | None | Unset = UNSET
    """ Who ordered. """
    shipping_address: NaverAddress | None | Unset = UNSET
    """ Where to ship. """
    shipping_memo: None | str | Unset = UNSET
    """ The buyer's note for delivery. """
    shipping_due: int | None | Unset = UNSET
    """ Shipping deadline (unix seconds). """
    individual_code: None | str | Unset = UNSET
    """ The buyer's personal customs code, for imported goods. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.naver_address import NaverAddress  # noqa: PLC0415
        from ..models.naver_orderer import NaverOrderer  # noqa: PLC0415

        product_order_id = self.product_order_id

        product_order_status = self.product_order_status

        product_id = self.product_id

        product_name = self.product_name

        product_option_id: None | str
        product_option_id = self.product_option_id

        product_option_name: None | str
        product_option_name = self.product_option_name

        quantity = self.quantity

        claim_type: None | str | Unset
        if isinstance(self.claim_type, Unset):
            claim_type = UNSET
        else:
            claim_type = self.claim_type

        claim_status: None | str | Unset
        if isinstance(self.claim_status, Unset):
            claim_status = UNSET
        else:
            claim_status = self.claim_status

        product_amount: float | None | Unset
        if isinstance(self.product_amount, Unset):
            product_amount = UNSET
        else:
            product_amount = self.product_amount

        delivery_amount: float | None | Unset
        if isinstance(self.delivery_amount, Unset):
            delivery_amount = UNSET
        else:
            delivery_amount = self.delivery_amount

        orderer: dict[str, Any] | None | Unset
        if isinstance(self.orderer, Unset):
            orderer = UNSET
        elif isinstance(self.orderer, NaverOrderer):
            orderer = self.orderer.to_dict()
        else:
            orderer = self.orderer

        shipping_address: dict[str, Any] | None | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        elif isinstance(self.shipping_address, NaverAddress):
            shipping_address = self.shipping_address.to_dict()
        else:
            shipping_address = self.shipping_address

        shipping_memo: None | str | Unset
        if isinstance(self.shipping_memo, Unset):
            shipping_memo = UNSET
        else:
            shipping_memo = self.shipping_memo

        shipping_due: int | None | Unset
        if isinstance(self.shipping_due, Unset):
            shipping_due = UNSET
        else:
            shipping_due = self.shipping_due

        individual_code: None | str | Unset
        if isinstance(self.individual_code, Unset):
            individual_code = UNSET
        else:
            individual_code = self.individual_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_order_id": product_order_id,
                "product_order_status": product_order_status,
                "product_id": product_id,
                "product_name": product_name,
                "product_option_id": product_option_id,
                "product_option_name": product_option_name,
                "quantity": quantity,
            }
        )
        if claim_type is not UNSET:
            field_dict["claim_type"] = claim_type
        if claim_status is not UNSET:
            field_dict["claim_status"] = claim_status
        if product_amount is not UNSET:
            field_dict["product_amount"] = product_amount
        if delivery_amount is not UNSET:
            field_dict["delivery_amount"] = delivery_amount
        if orderer is not UNSET:
            field_dict["orderer"] = orderer
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if shipping_memo is not UNSET:
            field_dict["shipping_memo"] = shipping_memo
        if shipping_due is not UNSET:
            field_dict["shipping_due"] = shipping_due
        if individual_code is not UNSET:
            field_dict["individual_code"] = individual_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.naver_address import NaverAddress  # noqa: PLC0415
        from ..models.naver_orderer import NaverOrderer  # noqa: PLC0415

        d = dict(src_dict)
        product_order_id = d.pop("product_order_id")

        product_order_status = d.pop("product_order_status")

        product_id = d.pop("product_id")

        product_name = d.pop("product_name")

        def _parse_product_option_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        product_option_id = _parse_product_option_id(d.pop("product_option_id"))

        def _parse_product_option_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        product_option_name = _parse_product_option_name(d.pop("product_option_name"))

        quantity = d.pop("quantity")

        def _parse_claim_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        claim_type = _parse_claim_type(d.pop("claim_type", UNSET))

        def _parse_claim_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        claim_status = _parse_claim_status(d.pop("claim_status", UNSET))

        def _parse_product_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        product_amount = _parse_product_amount(d.pop("product_amount", UNSET))

        def _parse_delivery_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        delivery_amount = _parse_delivery_amount(d.pop("delivery_amount", UNSET))

        def _parse_orderer(data: object) -> NaverOrderer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                orderer_type_0 = NaverOrderer.from_dict(data)

                return orderer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NaverOrderer | None | Unset, data)

        orderer = _parse_orderer(d.pop("orderer", UNSET))

        def _parse_shipping_address(data: object) -> NaverAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_address_type_0 = NaverAddress.from_dict(data)

                return shipping_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NaverAddress | None | Unset, data)

        shipping_address = _parse_shipping_address(d.pop("shipping_address", UNSET))

        def _parse_shipping_memo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_memo = _parse_shipping_memo(d.pop("shipping_memo", UNSET))

        def _parse_shipping_due(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        shipping_due = _parse_shipping_due(d.pop("shipping_due", UNSET))

        def _parse_individual_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        individual_code = _parse_individual_code(d.pop("individual_code", UNSET))

        naver_product_order = cls(
            product_order_id=product_order_id,
            product_order_status=product_order_status,
            product_id=product_id,
            product_name=product_name,
            product_option_id=product_option_id,
            product_option_name=product_option_name,
            quantity=quantity,
            claim_type=claim_type,
            claim_status=claim_status,
            product_amount=product_amount,
            delivery_amount=delivery_amount,
            orderer=orderer,
            shipping_address=shipping_address,
            shipping_memo=shipping_memo,
            shipping_due=shipping_due,
            individual_code=individual_code,
        )

        naver_product_order.additional_properties = d
        return naver_product_order

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
