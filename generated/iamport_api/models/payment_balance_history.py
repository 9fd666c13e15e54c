from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    DRIFT_SEQ,
    SpecMismatchError,
    drift_within,
    dumped,
    kept,
    kst_time,
    lenient_int,
    masked_members,
    unknown_members,
)

if TYPE_CHECKING:
    from ..models.payment_balance_detail import PaymentBalanceDetail


T = TypeVar("T", bound="PaymentBalanceHistory")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class PaymentBalanceHistory:
    """The breakdown of a payment's amount as it was at one time."""

    cash_receipt: PaymentBalanceDetail | None = None
    """ One part of a payment's amount: covered by the cash receipt (`cash_receipt`), paid by the
    main means such as card or transfer (`primary`), by gateway or card points (`secondary`),
    or discounted by the gateway or card company (`discount`). Refunds are already deducted.
     """

    primary: PaymentBalanceDetail | None = None
    """ One part of a payment's amount: covered by the cash receipt (`cash_receipt`), paid by the
    main means such as card or transfer (`primary`), by gateway or card points (`secondary`),
    or discounted by the gateway or card company (`discount`). Refunds are already deducted.
     """

    secondary: PaymentBalanceDetail | None = None
    """ One part of a payment's amount: covered by the cash receipt (`cash_receipt`), paid by the
    main means such as card or transfer (`primary`), by gateway or card points (`secondary`),
    or discounted by the gateway or card company (`discount`). Refunds are already deducted.
     """

    discount: PaymentBalanceDetail | None = None
    """ One part of a payment's amount: covered by the cash receipt (`cash_receipt`), paid by the
    main means such as card or transfer (`primary`), by gateway or card points (`secondary`),
    or discounted by the gateway or card company (`discount`). Refunds are already deducted.
     """

    created: int | None = None
    """ When this state was recorded (unix seconds). """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.cash_receipt is not None:
            field_dict["cash_receipt"] = dumped(self.cash_receipt)
        if self.primary is not None:
            field_dict["primary"] = dumped(self.primary)
        if self.secondary is not None:
            field_dict["secondary"] = dumped(self.secondary)
        if self.discount is not None:
            field_dict["discount"] = dumped(self.discount)
        if self.created is not None:
            field_dict["created"] = self.created
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        cash_receipt = d.pop("cash_receipt", None)
        if cash_receipt is not None:
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
        primary = d.pop("primary", None)
        if primary is not None:
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
        secondary = d.pop("secondary", None)
        if secondary is not None:
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
        discount = d.pop("discount", None)
        if discount is not None:
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
        created = d.pop("created", None)
        if type(created) is not int and created is not None:
            created = lenient_int(created, "created")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.cash_receipt = cash_receipt
        model_.primary = primary
        model_.secondary = secondary
        model_.discount = discount
        model_.created = created
        if d:
            unknown_members(d)
        model_.additional_properties = d
        return model_

    @property
    def created_kst(self) -> datetime | None:
        """``created`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.created, "created")

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
