from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cash_receipt_type import CashReceiptType
from ..models.product_type import ProductType
from ..types import (
    MISSING,
    SpecMismatchError,
    enum_mismatch,
    json_int,
    json_money,
    mismatch,
    money,
    optional_money,
)

if TYPE_CHECKING:
    from ..models.subscribe_payment_extra import SubscribePaymentExtra


T = TypeVar("T", bound="ScheduleItem")


@_attrs_define
class ScheduleItem:
    """One charge to schedule."""

    merchant_uid: str
    """ New, unique order id the charge will use. """

    schedule_at: int
    """ When to charge (unix seconds, in the future). """

    amount: Decimal = _attrs_field(converter=money)

    currency: str | None = None

    tax_free: Decimal | None = _attrs_field(default=None, converter=optional_money)

    vat_amount: Decimal | None = _attrs_field(default=None, converter=optional_money)

    name: str | None = None

    buyer_name: str | None = None

    buyer_email: str | None = None

    buyer_tel: str | None = None

    buyer_addr: str | None = None

    buyer_postcode: str | None = None

    custom_data: str | None = None

    notice_url: str | list[str] | None = None
    """ Webhook address (or addresses) notified about this payment. """

    card_quota: int | None = None

    product_type: ProductType | None = None
    """ Physical goods (`real`) or digital content (`digital`). """

    extra: SubscribePaymentExtra | None = None
    """ Gateway-specific extras. """

    interest_free_by_merchant: bool | None = None

    use_card_point: bool | None = None

    product_count: int | None = None

    cash_receipt_type: CashReceiptType | None = None
    """ Who the cash receipt is issued to. """

    browser_ip: str | None = None

    bypass: str | None = None
    """ Gateway-specific options as JSON text. """

    promotion_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["merchant_uid"] = self.merchant_uid
        field_dict["schedule_at"] = self.schedule_at
        field_dict["amount"] = self.amount
        if self.currency is not None:
            field_dict["currency"] = self.currency
        if self.tax_free is not None:
            field_dict["tax_free"] = self.tax_free
        if self.vat_amount is not None:
            field_dict["vat_amount"] = self.vat_amount
        if self.name is not None:
            field_dict["name"] = self.name
        if self.buyer_name is not None:
            field_dict["buyer_name"] = self.buyer_name
        if self.buyer_email is not None:
            field_dict["buyer_email"] = self.buyer_email
        if self.buyer_tel is not None:
            field_dict["buyer_tel"] = self.buyer_tel
        if self.buyer_addr is not None:
            field_dict["buyer_addr"] = self.buyer_addr
        if self.buyer_postcode is not None:
            field_dict["buyer_postcode"] = self.buyer_postcode
        if self.custom_data is not None:
            field_dict["custom_data"] = self.custom_data
        if self.notice_url is not None:
            field_dict["notice_url"] = (
                self.notice_url
                if isinstance(self.notice_url, str)
                else list(self.notice_url)
            )
        if self.card_quota is not None:
            field_dict["card_quota"] = self.card_quota
        if self.product_type is not None:
            field_dict["product_type"] = self.product_type.value
        if self.extra is not None:
            field_dict["extra"] = self.extra.to_dict()
        if self.interest_free_by_merchant is not None:
            field_dict["interest_free_by_merchant"] = self.interest_free_by_merchant
        if self.use_card_point is not None:
            field_dict["use_card_point"] = self.use_card_point
        if self.product_count is not None:
            field_dict["product_count"] = self.product_count
        if self.cash_receipt_type is not None:
            field_dict["cash_receipt_type"] = self.cash_receipt_type.value
        if self.browser_ip is not None:
            field_dict["browser_ip"] = self.browser_ip
        if self.bypass is not None:
            field_dict["bypass"] = self.bypass
        if self.promotion_id is not None:
            field_dict["promotion_id"] = self.promotion_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        from ..models.subscribe_payment_extra import SubscribePaymentExtra  # noqa: PLC0415

        d = dict(src_dict)
        merchant_uid = d.pop("merchant_uid", MISSING)
        if not isinstance(merchant_uid, str):
            raise mismatch("merchant_uid", "a string", merchant_uid)
        schedule_at = d.pop("schedule_at", MISSING)
        if type(schedule_at) is not int:
            schedule_at = json_int(schedule_at, "schedule_at")
        amount = d.pop("amount", MISSING)
        if type(amount) is not Decimal:
            amount = json_money(amount, "amount")
        currency = d.pop("currency", None)
        if currency is not None:
            if not isinstance(currency, str):
                raise mismatch("currency", "a string", currency)
        tax_free = d.pop("tax_free", None)
        if tax_free is not None:
            if type(tax_free) is not Decimal:
                tax_free = json_money(tax_free, "tax_free")
        vat_amount = d.pop("vat_amount", None)
        if vat_amount is not None:
            if type(vat_amount) is not Decimal:
                vat_amount = json_money(vat_amount, "vat_amount")
        name = d.pop("name", None)
        if name is not None:
            if not isinstance(name, str):
                raise mismatch("name", "a string", name)
        buyer_name = d.pop("buyer_name", None)
        if buyer_name is not None:
            if not isinstance(buyer_name, str):
                raise mismatch("buyer_name", "a string", buyer_name)
        buyer_email = d.pop("buyer_email", None)
        if buyer_email is not None:
            if not isinstance(buyer_email, str):
                raise mismatch("buyer_email", "a string", buyer_email)
        buyer_tel = d.pop("buyer_tel", None)
        if buyer_tel is not None:
            if not isinstance(buyer_tel, str):
                raise mismatch("buyer_tel", "a string", buyer_tel)
        buyer_addr = d.pop("buyer_addr", None)
        if buyer_addr is not None:
            if not isinstance(buyer_addr, str):
                raise mismatch("buyer_addr", "a string", buyer_addr)
        buyer_postcode = d.pop("buyer_postcode", None)
        if buyer_postcode is not None:
            if not isinstance(buyer_postcode, str):
                raise mismatch("buyer_postcode", "a string", buyer_postcode)
        custom_data = d.pop("custom_data", None)
        if custom_data is not None:
            if not isinstance(custom_data, str):
                raise mismatch("custom_data", "a string", custom_data)
        notice_url = d.pop("notice_url", None)
        if notice_url is not None:
            if not isinstance(notice_url, str) and not (
                isinstance(notice_url, list)
                and all(isinstance(url, str) for url in notice_url)
            ):
                raise mismatch(
                    "notice_url", "a string or an array of strings", notice_url
                )
        card_quota = d.pop("card_quota", None)
        if card_quota is not None:
            if type(card_quota) is not int:
                card_quota = json_int(card_quota, "card_quota")
        product_type = d.pop("product_type", None)
        if product_type is not None:
            try:
                product_type = ProductType(product_type)
            except (ValueError, TypeError):
                raise enum_mismatch("product_type", product_type, ProductType) from None
        extra = d.pop("extra", None)
        if extra is not None:
            if not isinstance(extra, dict):
                raise mismatch("extra", "an object", extra)
            try:
                extra = SubscribePaymentExtra.from_dict(extra)
            except SpecMismatchError as exc:
                raise exc.within("extra") from None
        interest_free_by_merchant = d.pop("interest_free_by_merchant", None)
        if interest_free_by_merchant is not None:
            if type(interest_free_by_merchant) is not bool:
                raise mismatch(
                    "interest_free_by_merchant", "a boolean", interest_free_by_merchant
                )
        use_card_point = d.pop("use_card_point", None)
        if use_card_point is not None:
            if type(use_card_point) is not bool:
                raise mismatch("use_card_point", "a boolean", use_card_point)
        product_count = d.pop("product_count", None)
        if product_count is not None:
            if type(product_count) is not int:
                product_count = json_int(product_count, "product_count")
        cash_receipt_type = d.pop("cash_receipt_type", None)
        if cash_receipt_type is not None:
            try:
                cash_receipt_type = CashReceiptType(cash_receipt_type)
            except (ValueError, TypeError):
                raise enum_mismatch(
                    "cash_receipt_type", cash_receipt_type, CashReceiptType
                ) from None
        browser_ip = d.pop("browser_ip", None)
        if browser_ip is not None:
            if not isinstance(browser_ip, str):
                raise mismatch("browser_ip", "a string", browser_ip)
        bypass = d.pop("bypass", None)
        if bypass is not None:
            if not isinstance(bypass, str):
                raise mismatch("bypass", "a string", bypass)
        promotion_id = d.pop("promotion_id", None)
        if promotion_id is not None:
            if not isinstance(promotion_id, str):
                raise mismatch("promotion_id", "a string", promotion_id)

        schedule_item = cls(
            merchant_uid=merchant_uid,
            schedule_at=schedule_at,
            amount=amount,
            currency=currency,
            tax_free=tax_free,
            vat_amount=vat_amount,
            name=name,
            buyer_name=buyer_name,
            buyer_email=buyer_email,
            buyer_tel=buyer_tel,
            buyer_addr=buyer_addr,
            buyer_postcode=buyer_postcode,
            custom_data=custom_data,
            notice_url=notice_url,
            card_quota=card_quota,
            product_type=product_type,
            extra=extra,
            interest_free_by_merchant=interest_free_by_merchant,
            use_card_point=use_card_point,
            product_count=product_count,
            cash_receipt_type=cash_receipt_type,
            browser_ip=browser_ip,
            bypass=bypass,
            promotion_id=promotion_id,
        )
        schedule_item.additional_properties = d
        return schedule_item

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
