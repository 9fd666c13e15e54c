from __future__ import annotations

from collections.abc import Mapping
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
    masked_members,
    money,
    unknown_members,
)

if TYPE_CHECKING:
    from ..models.payment_balance_detail import PaymentBalanceDetail
    from ..models.payment_balance_history import PaymentBalanceHistory


T = TypeVar("T", bound="PaymentBalance")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class PaymentBalance:
    """How the amount of a payment splits by means of payment, now and over time."""

    amount: Decimal = _attrs_field(converter=money)
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

    histories: list[PaymentBalanceHistory] | None = None
    """ Earlier states of the breakdown, one per change. """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["amount"] = self.amount
        field_dict["cash_receipt"] = dumped(self.cash_receipt)
        field_dict["primary"] = dumped(self.primary)
        field_dict["secondary"] = dumped(self.secondary)
        field_dict["discount"] = dumped(self.discount)
        if self.histories is not None:
            field_dict["histories"] = dumped(self.histories)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        amount = d.pop("amount", MISSING)
        if type(amount) is not Decimal or not (
            amount.is_finite() and -MAX_EXPONENT <= amount.adjusted() <= MAX_EXPONENT
        ):
            amount = json_money(amount, "amount")
        cash_receipt = d.pop("cash_receipt", MISSING)
        if not isinstance(cash_receipt, dict):
            cash_receipt = kept(cash_receipt, "cash_receipt", "an object")
        else:
            from ..models.payment_balance_detail import PaymentBalanceDetail  # noqa: PLC0415

            mark_0 = DRIFT_SEQ[0]
            try:
                cash_receipt = PaymentBalanceDetail.from_dict(cash_receipt)
            except SpecMismatchError as exc:
                raise exc.within("cash_receipt") from None
            if DRIFT_SEQ[0] != mark_0:
                drift_within(mark_0, "cash_receipt")
        primary = d.pop("primary", MISSING)
        if not isinstance(primary, dict):
            primary = kept(primary, "primary", "an object")
        else:
            from ..models.payment_balance_detail import PaymentBalanceDetail  # noqa: PLC0415

            mark_0 = DRIFT_SEQ[0]
            try:
                primary = PaymentBalanceDetail.from_dict(primary)
            except SpecMismatchError as exc:
                raise exc.within("primary") from None
            if DRIFT_SEQ[0] != mark_0:
                drift_within(mark_0, "primary")
        secondary = d.pop("secondary", MISSING)
        if not isinstance(secondary, dict):
            secondary = kept(secondary, "secondary", "an object")
        else:
            from ..models.payment_balance_detail import PaymentBalanceDetail  # noqa: PLC0415

            mark_0 = DRIFT_SEQ[0]
            try:
                secondary = PaymentBalanceDetail.from_dict(secondary)
            except SpecMismatchError as exc:
                raise exc.within("secondary") from None
            if DRIFT_SEQ[0] != mark_0:
                drift_within(mark_0, "secondary")
        discount = d.pop("discount", MISSING)
        if not isinstance(discount, dict):
            discount = kept(discount, "discount", "an object")
        else:
            from ..models.payment_balance_detail import PaymentBalanceDetail  # noqa: PLC0415

            mark_0 = DRIFT_SEQ[0]
            try:
                discount = PaymentBalanceDetail.from_dict(discount)
            except SpecMismatchError as exc:
                raise exc.within("discount") from None
            if DRIFT_SEQ[0] != mark_0:
                drift_within(mark_0, "discount")
        histories = d.pop("histories", None)
        if histories is not None:
            if not isinstance(histories, list):
                histories = kept(histories, "histories", "an array")
            else:
                histories_items: list[PaymentBalanceHistory] = []
                for index_0, item_0 in enumerate(histories):
                    if not isinstance(item_0, dict):
                        item_0 = kept(item_0, f"histories[{index_0}]", "an object")
                    else:
                        from ..models.payment_balance_history import (
                            PaymentBalanceHistory,  # noqa: PLC0415
                        )

                        mark_1 = DRIFT_SEQ[0]
                        try:
                            item_0 = PaymentBalanceHistory.from_dict(item_0)
                        except SpecMismatchError as exc:
                            raise exc.within(f"histories[{index_0}]") from None
                        if DRIFT_SEQ[0] != mark_1:
                            drift_within(mark_1, f"histories[{index_0}]")
                    histories_items.append(item_0)
                histories = histories_items

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.amount = amount
        model_.cash_receipt = cash_receipt
        model_.primary = primary
        model_.secondary = secondary
        model_.discount = discount
        model_.histories = histories
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
