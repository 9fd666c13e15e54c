from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_balance_detail import PaymentBalanceDetail


T = TypeVar("T", bound="PaymentBalanceHistory")


@_attrs_define
class PaymentBalanceHistory:
    """The breakdown of a payment's amount as it was at one time."""

    cash_receipt: PaymentBalanceDetail | Unset = UNSET
    """ One part of a payment's amount: covered by the cash receipt (`cash_receipt`), paid by the
    main means such as card or transfer (`primary`), by gateway or card points (`secondary`),
    or discounted by the gateway or card company (`discount`). Refunds are already deducted.
     """
    primary: PaymentBalanceDetail | Unset = UNSET
    """ One part of a payment's amount: covered by the cash receipt (`cash_receipt`), paid by the
    main means such as card or transfer (`primary`), by gateway or card points (`secondary`),
    or discounted by the gateway or card company (`discount`). Refunds are already deducted.
     """
    secondary: PaymentBalanceDetail | Unset = UNSET
    """ One part of a payment's amount: covered by the cash receipt (`cash_receipt`), paid by the
    main means such as card or transfer (`primary`), by gateway or card points (`secondary`),
    or discounted by the gateway or card company (`discount`). Refunds are already deducted.
     """
    discount: PaymentBalanceDetail | Unset = UNSET
    """ One part of a payment's amount: covered by the cash receipt (`cash_receipt`), paid by the
    main means such as card or transfer (`primary`), by gateway or card points (`secondary`),
    or discounted by the gateway or card company (`discount`). Refunds are already deducted.
     """
    created: int | None | Unset = UNSET
    """ When this state was recorded (unix seconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cash_receipt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_receipt, Unset):
            cash_receipt = self.cash_receipt.to_dict()

        primary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary, Unset):
            primary = self.primary.to_dict()

        secondary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secondary, Unset):
            secondary = self.secondary.to_dict()

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        created: int | None | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cash_receipt is not UNSET:
            field_dict["cash_receipt"] = cash_receipt
        if primary is not UNSET:
            field_dict["primary"] = primary
        if secondary is not UNSET:
            field_dict["secondary"] = secondary
        if discount is not UNSET:
            field_dict["discount"] = discount
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_balance_detail import PaymentBalanceDetail  # noqa: PLC0415

        d = dict(src_dict)
        _cash_receipt = d.pop("cash_receipt", UNSET)
        cash_receipt: PaymentBalanceDetail | Unset
        if isinstance(_cash_receipt, Unset):
            cash_receipt = UNSET
        else:
            cash_receipt = PaymentBalanceDetail.from_dict(_cash_receipt)

        _primary = d.pop("primary", UNSET)
        primary: PaymentBalanceDetail | Unset
        if isinstance(_primary, Unset):
            primary = UNSET
        else:
            primary = PaymentBalanceDetail.from_dict(_primary)

        _secondary = d.pop("secondary", UNSET)
        secondary: PaymentBalanceDetail | Unset
        if isinstance(_secondary, Unset):
            secondary = UNSET
        else:
            secondary = PaymentBalanceDetail.from_dict(_secondary)

        _discount = d.pop("discount", UNSET)
        discount: PaymentBalanceDetail | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = PaymentBalanceDetail.from_dict(_discount)

        def _parse_created(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        payment_balance_history = cls(
            cash_receipt=cash_receipt,
            primary=primary,
            secondary=secondary,
            discount=discount,
            created=created,
        )

        payment_balance_history.additional_properties = d
        return payment_balance_history

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
