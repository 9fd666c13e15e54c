from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cancel_request_extra import CancelRequestExtra


T = TypeVar("T", bound="CancelRequest")


@_attrs_define
class CancelRequest:
    """Give `imp_uid` or `merchant_uid`."""

    imp_uid: str | Unset = UNSET
    """ Payment to cancel (wins over merchant_uid). """
    merchant_uid: str | Unset = UNSET
    """ Order whose payment to cancel. """
    amount: float | Unset = UNSET
    """ Amount to cancel; missing or 0 cancels the whole remaining balance. """
    tax_free: float | Unset = UNSET
    """ Tax-exempt part of the cancelled amount. """
    vat_amount: float | Unset = UNSET
    """ VAT part of the cancelled amount. """
    checksum: float | Unset = UNSET
    """ The cancellable balance you expect; the cancel is refused when it differs. """
    reason: str | Unset = UNSET
    """ Why the payment is cancelled. """
    refund_holder: str | Unset = UNSET
    """ Holder of the refund account (virtual-account payments). """
    refund_bank: str | Unset = UNSET
    """ Standard bank code of the refund account. """
    refund_account: str | Unset = UNSET
    """ Refund account number. """
    refund_tel: str | Unset = UNSET
    """ Phone number of the refund account holder. """
    retain_promotion: bool | Unset = UNSET
    """ Keep the card-company promotion applied to the remaining balance. """
    enable_webhook: bool | Unset = UNSET
    """ Also notify the payment's webhook URL about this cancel. """
    extra: CancelRequestExtra | Unset = UNSET
    """ Gateway-specific extras. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        imp_uid = self.imp_uid

        merchant_uid = self.merchant_uid

        amount = self.amount

        tax_free = self.tax_free

        vat_amount = self.vat_amount

        checksum = self.checksum

        reason = self.reason

        refund_holder = self.refund_holder

        refund_bank = self.refund_bank

        refund_account = self.refund_account

        refund_tel = self.refund_tel

        retain_promotion = self.retain_promotion

        enable_webhook = self.enable_webhook

        extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if imp_uid is not UNSET:
            field_dict["imp_uid"] = imp_uid
        if merchant_uid is not UNSET:
            field_dict["merchant_uid"] = merchant_uid
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax_free is not UNSET:
            field_dict["tax_free"] = tax_free
        if vat_amount is not UNSET:
            field_dict["vat_amount"] = vat_amount
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        if reason is not UNSET:
            field_dict["reason"] = reason
        if refund_holder is not UNSET:
            field_dict["refund_holder"] = refund_holder
        if refund_bank is not UNSET:
            field_dict["refund_bank"] = refund_bank
        if refund_account is not UNSET:
            field_dict["refund_account"] = refund_account
        if refund_tel is not UNSET:
            field_dict["refund_tel"] = refund_tel
        if retain_promotion is not UNSET:
            field_dict["retain_promotion"] = retain_promotion
        if enable_webhook is not UNSET:
            field_dict["enable_webhook"] = enable_webhook
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cancel_request_extra import CancelRequestExtra  # noqa: PLC0415

        d = dict(src_dict)
        imp_uid = d.pop("imp_uid", UNSET)

        merchant_uid = d.pop("merchant_uid", UNSET)

        amount = d.pop("amount", UNSET)

        tax_free = d.pop("tax_free", UNSET)

        vat_amount = d.pop("vat_amount", UNSET)

        checksum = d.pop("checksum", UNSET)

        reason = d.pop("reason", UNSET)

        refund_holder = d.pop("refund_holder", UNSET)

        refund_bank = d.pop("refund_bank", UNSET)

        refund_account = d.pop("refund_account", UNSET)

        refund_tel = d.pop("refund_tel", UNSET)

        retain_promotion = d.pop("retain_promotion", UNSET)

        enable_webhook = d.pop("enable_webhook", UNSET)

        _extra = d.pop("extra", UNSET)
        extra: CancelRequestExtra | Unset
        if isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = CancelRequestExtra.from_dict(_extra)

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
