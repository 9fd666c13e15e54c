from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    SpecMismatchError,
    json_money,
    mismatch,
    optional_money,
)

if TYPE_CHECKING:
    from ..models.cancel_request_extra import CancelRequestExtra


T = TypeVar("T", bound="CancelRequest")


@_attrs_define
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

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
            field_dict["extra"] = self.extra.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        from ..models.cancel_request_extra import CancelRequestExtra  # noqa: PLC0415

        d = dict(src_dict)
        imp_uid = d.pop("imp_uid", None)
        if imp_uid is not None:
            if not isinstance(imp_uid, str):
                raise mismatch("imp_uid", "a string", imp_uid)
        merchant_uid = d.pop("merchant_uid", None)
        if merchant_uid is not None:
            if not isinstance(merchant_uid, str):
                raise mismatch("merchant_uid", "a string", merchant_uid)
        amount = d.pop("amount", None)
        if amount is not None:
            if type(amount) is not Decimal:
                amount = json_money(amount, "amount")
        tax_free = d.pop("tax_free", None)
        if tax_free is not None:
            if type(tax_free) is not Decimal:
                tax_free = json_money(tax_free, "tax_free")
        vat_amount = d.pop("vat_amount", None)
        if vat_amount is not None:
            if type(vat_amount) is not Decimal:
                vat_amount = json_money(vat_amount, "vat_amount")
        checksum = d.pop("checksum", None)
        if checksum is not None:
            if type(checksum) is not Decimal:
                checksum = json_money(checksum, "checksum")
        reason = d.pop("reason", None)
        if reason is not None:
            if not isinstance(reason, str):
                raise mismatch("reason", "a string", reason)
        refund_holder = d.pop("refund_holder", None)
        if refund_holder is not None:
            if not isinstance(refund_holder, str):
                raise mismatch("refund_holder", "a string", refund_holder)
        refund_bank = d.pop("refund_bank", None)
        if refund_bank is not None:
            if not isinstance(refund_bank, str):
                raise mismatch("refund_bank", "a string", refund_bank)
        refund_account = d.pop("refund_account", None)
        if refund_account is not None:
            if not isinstance(refund_account, str):
                raise mismatch("refund_account", "a string", refund_account)
        refund_tel = d.pop("refund_tel", None)
        if refund_tel is not None:
            if not isinstance(refund_tel, str):
                raise mismatch("refund_tel", "a string", refund_tel)
        retain_promotion = d.pop("retain_promotion", None)
        if retain_promotion is not None:
            if type(retain_promotion) is not bool:
                raise mismatch("retain_promotion", "a boolean", retain_promotion)
        enable_webhook = d.pop("enable_webhook", None)
        if enable_webhook is not None:
            if type(enable_webhook) is not bool:
                raise mismatch("enable_webhook", "a boolean", enable_webhook)
        extra = d.pop("extra", None)
        if extra is not None:
            if not isinstance(extra, dict):
                raise mismatch("extra", "an object", extra)
            try:
                extra = CancelRequestExtra.from_dict(extra)
            except SpecMismatchError as exc:
                raise exc.within("extra") from None

        cancel_request = cls(
            imp_uid=imp_uid,
            merchant_uid=merchant_uid,
            amount=amount,
            tax_free=tax_free,
            vat_amount=vat_amount,
            checksum=checksum,
            reason=reason,
            refund_holder=refund_holder,
            refund_bank=refund_bank,
            refund_account=refund_account,
            refund_tel=refund_tel,
            retain_promotion=retain_promotion,
            enable_webhook=enable_webhook,
            extra=extra,
        )
        cancel_request.additional_properties = d
        return cancel_request

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
