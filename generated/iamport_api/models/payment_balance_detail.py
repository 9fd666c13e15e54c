from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentBalanceDetail")


@_attrs_define
class PaymentBalanceDetail:
    """One part of a payment's amount: covered by the cash receipt (`cash_receipt`), paid by the
    main means such as card or transfer (`primary`), by gateway or card points (`secondary`),
    or discounted by the gateway or card company (`discount`). Refunds are already deducted.

    """

    tax_free: float
    """ Tax-exempt amount. """
    supply: float
    """ Taxable supply amount. """
    vat: float
    """ VAT amount. """
    service: float
    """ Service charge. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_free = self.tax_free

        supply = self.supply

        vat = self.vat

        service = self.service

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tax_free": tax_free,
                "supply": supply,
                "vat": vat,
                "service": service,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tax_free = d.pop("tax_free")

        supply = d.pop("supply")

        vat = d.pop("vat")

        service = d.pop("service")

        payment_balance_detail = cls(
            tax_free=tax_free,
            supply=supply,
            vat=vat,
            service=service,
        )

        payment_balance_detail.additional_properties = d
        return payment_balance_detail

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
