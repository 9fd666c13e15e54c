from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_balance_detail import PaymentBalanceDetail
    from ..models.payment_balance_history import PaymentBalanceHistory


T = TypeVar("T", bound="PaymentBalance")


@_attrs_define
class PaymentBalance:
    """How the amount of a payment splits by means of payment, now and over time."""

    amount: float
    """ Original total amount of the payment. """
    cash_receipt: PaymentBalanceDetail
    """ One part of a payment's amount: covered by the cash receipt (`cash_receipt`), paid by the
    main means such as card or transfer (`primary`), by gateway or card points (`secondary`),
    or discounted by the gateway or card company (`discount`). Refunds are already deducted.
     """
    primary: PaymentBalanceDetail
    """ One part of a payment's amount: covered by the cash receipt (`cash_receipt`), paid by the
    main means such as card or transfer (`primary`), by gateway or card points (`secondary`),
    or discounted by the gateway or card company (`discount`). Refunds are already deducted.
     """
    secondary: PaymentBalanceDetail
    """ One part of a payment's amount: covered by the cash receipt (`cash_receipt`), paid by the
    main means such as card or transfer (`primary`), by gateway or card points (`secondary`),
    or discounted by the gateway or card company (`discount`). Refunds are already deducted.
     """
    discount: PaymentBalanceDetail
    """ One part of a payment's amount: covered by the cash receipt (`cash_receipt`), paid by the
    main means such as card or transfer (`primary`), by gateway or card points (`secondary`),
    or discounted by the gateway or card company (`discount`). Refunds are already deducted.
     """
    histories: list[PaymentBalanceHistory] | None | Unset = UNSET
    """ Earlier states of the breakdown, one per change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        cash_receipt = self.cash_receipt.to_dict()

        primary = self.primary.to_dict()

        secondary = self.secondary.to_dict()

        discount = self.discount.to_dict()

        histories: list[dict[str, Any]] | None | Unset
        if isinstance(self.histories, Unset):
            histories = UNSET
        elif isinstance(self.histories, list):
            histories = []
            for histories_type_0_item_data in self.histories:
                histories_type_0_item = histories_type_0_item_data.to_dict()
                histories.append(histories_type_0_item)

        else:
            histories = self.histories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "cash_receipt": cash_receipt,
                "primary": primary,
                "secondary": secondary,
                "discount": discount,
            }
        )
        if histories is not UNSET:
            field_dict["histories"] = histories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_balance_detail import PaymentBalanceDetail  # noqa: PLC0415
        from ..models.payment_balance_history import PaymentBalanceHistory  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount")

        cash_receipt = PaymentBalanceDetail.from_dict(d.pop("cash_receipt"))

        primary = PaymentBalanceDetail.from_dict(d.pop("primary"))

        secondary = PaymentBalanceDetail.from_dict(d.pop("secondary"))

        discount = PaymentBalanceDetail.from_dict(d.pop("discount"))

        def _parse_histories(
            data: object,
        ) -> list[PaymentBalanceHistory] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                histories_type_0 = []
                _histories_type_0 = data
                for histories_type_0_item_data in _histories_type_0:
                    histories_type_0_item = PaymentBalanceHistory.from_dict(
                        histories_type_0_item_data
                    )

                    histories_type_0.append(histories_type_0_item)

                return histories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PaymentBalanceHistory] | None | Unset, data)

        histories = _parse_histories(d.pop("histories", UNSET))

        payment_balance = cls(
            amount=amount,
            cash_receipt=cash_receipt,
            primary=primary,
            secondary=secondary,
            discount=discount,
            histories=histories,
        )

        payment_balance.additional_properties = d
        return payment_balance

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
