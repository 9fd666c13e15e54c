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
    SpecMismatchError,
    drift_within,
    dumped,
    json_money,
    kept,
    lenient_bool,
    lenient_str,
    masked_members,
    optional_money,
    unknown_members,
)

if TYPE_CHECKING:
    from ..models.cancel_request_extra import CancelRequestExtra


T = TypeVar("T", bound="CancelRequest")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class CancelRequest:
    """Give `imp_uid` or `merchant_uid`."""

    imp_uid: str | None = None
    """ Payment to cancel (wins over merchant_uid). """

    merchant_uid: str | None = None
    """ Order whose payment to cancel. """

    amount: Decimal | None = _attrs_field(default=None, converter=optional_money)
    """ Amount to cancel; missing or 0 cancels the whole remaining balance. """

    tax_free: Decimal | None = _attrs_field(default=None, converter=optional_money)
    """ Tax-exempt part of the cancelled amount. """

    vat_amount: Decimal | None = _attrs_field(default=None, converter=optional_money)
    """ VAT part of the cancelled amount. """

    checksum: Decimal | None = _attrs_field(default=None, converter=optional_money)
    """ The cancellable balance you expect; the cancel is refused when it differs. """

    reason: str | None = None
    """ Why the payment is cancelled. """

    refund_holder: str | None = None
    """ Holder of the refund account (virtual-account payments). """

    refund_bank: str | None = None
    """ Standard bank code of the refund account. """

    refund_account: str | None = None
    """ Refund account number. """

    refund_tel: str | None = None
    """ Phone number of the refund account holder. """

    retain_promotion: bool | None = None
    """ Keep the card-company promotion applied to the remaining balance. """

    enable_webhook: bool | None = None
    """ Also notify the payment's webhook URL about this cancel. """

    extra: CancelRequestExtra | None = None
    """ Gateway-specific extras. """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.imp_uid is not None:
            field_dict["imp_uid"] = self.imp_uid
        if self.merchant_uid is not None:
            field_dict["merchant_uid"] = self.merchant_uid
        if self.amount is not None:
            field_dict["amount"] = self.amount
        if self.tax_free is not None:
            field_dict["tax_free"] = self.tax_free
        if self.vat_amount is not None:
            field_dict["vat_amount"] = self.vat_amount
        if self.checksum is not None:
            field_dict["checksum"] = self.checksum
        if self.reason is not None:
            field_dict["reason"] = self.reason
        if self.refund_holder is not None:
            field_dict["refund_holder"] = self.refund_holder
        if self.refund_bank is not None:
            field_dict["refund_bank"] = self.refund_bank
        if self.refund_account is not None:
            field_dict["refund_account"] = self.refund_account
        if self.refund_tel is not None:
            field_dict["refund_tel"] = self.refund_tel
        if self.retain_promotion is not None:
            field_dict["retain_promotion"] = self.retain_promotion
        if self.enable_webhook is not None:
            field_dict["enable_webhook"] = self.enable_webhook
        if self.extra is not None:
            field_dict["extra"] = dumped(self.extra)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        imp_uid = d.pop("imp_uid", None)
        if type(imp_uid) is not str and imp_uid is not None:
            imp_uid = lenient_str(imp_uid, "imp_uid")
        merchant_uid = d.pop("merchant_uid", None)
        if type(merchant_uid) is not str and merchant_uid is not None:
            merchant_uid = lenient_str(merchant_uid, "merchant_uid")
        amount = d.pop("amount", None)
        if (
            type(amount) is not Decimal
            or not (
                amount.is_finite()
                and -MAX_EXPONENT <= amount.adjusted() <= MAX_EXPONENT
            )
        ) and amount is not None:
            amount = json_money(amount, "amount")
        tax_free = d.pop("tax_free", None)
        if (
            type(tax_free) is not Decimal
            or not (
                tax_free.is_finite()
                and -MAX_EXPONENT <= tax_free.adjusted() <= MAX_EXPONENT
            )
        ) and tax_free is not None:
            tax_free = json_money(tax_free, "tax_free")
        vat_amount = d.pop("vat_amount", None)
        if (
            type(vat_amount) is not Decimal
            or not (
                vat_amount.is_finite()
                and -MAX_EXPONENT <= vat_amount.adjusted() <= MAX_EXPONENT
            )
        ) and vat_amount is not None:
            vat_amount = json_money(vat_amount, "vat_amount")
        checksum = d.pop("checksum", None)
        if (
            type(checksum) is not Decimal
            or not (
                checksum.is_finite()
                and -MAX_EXPONENT <= checksum.adjusted() <= MAX_EXPONENT
            )
        ) and checksum is not None:
            checksum = json_money(checksum, "checksum")
        reason = d.pop("reason", None)
        if type(reason) is not str and reason is not None:
            reason = lenient_str(reason, "reason")
        refund_holder = d.pop("refund_holder", None)
        if type(refund_holder) is not str and refund_holder is not None:
            refund_holder = lenient_str(refund_holder, "refund_holder")
        refund_bank = d.pop("refund_bank", None)
        if type(refund_bank) is not str and refund_bank is not None:
            refund_bank = lenient_str(refund_bank, "refund_bank")
        refund_account = d.pop("refund_account", None)
        if type(refund_account) is not str and refund_account is not None:
            refund_account = lenient_str(refund_account, "refund_account")
        refund_tel = d.pop("refund_tel", None)
        if type(refund_tel) is not str and refund_tel is not None:
            refund_tel = lenient_str(refund_tel, "refund_tel")
        retain_promotion = d.pop("retain_promotion", None)
        if type(retain_promotion) is not bool and retain_promotion is not None:
            retain_promotion = lenient_bool(retain_promotion, "retain_promotion")
        enable_webhook = d.pop("enable_webhook", None)
        if type(enable_webhook) is not bool and enable_webhook is not None:
            enable_webhook = lenient_bool(enable_webhook, "enable_webhook")
        extra = d.pop("extra", None)
        if extra is not None:
            if not isinstance(extra, dict):
                extra = kept(extra, "extra", "an object")
            else:
                from ..models.cancel_request_extra import CancelRequestExtra  # noqa: PLC0415

                mark_0 = DRIFT_SEQ[0]
                try:
                    extra = CancelRequestExtra.from_dict(extra)
                except SpecMismatchError as exc:
                    raise exc.within("extra") from None
                if DRIFT_SEQ[0] != mark_0:
                    drift_within(mark_0, "extra")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.imp_uid = imp_uid
        model_.merchant_uid = merchant_uid
        model_.amount = amount
        model_.tax_free = tax_free
        model_.vat_amount = vat_amount
        model_.checksum = checksum
        model_.reason = reason
        model_.refund_holder = refund_holder
        model_.refund_bank = refund_bank
        model_.refund_account = refund_account
        model_.refund_tel = refund_tel
        model_.retain_promotion = retain_promotion
        model_.enable_webhook = enable_webhook
        model_.extra = extra
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
