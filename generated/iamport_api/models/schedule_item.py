from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cash_receipt_type import CashReceiptType
from ..models.product_type import ProductType
from ..types import UNSET, Unset

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
    amount: float
    currency: str | Unset = UNSET
    tax_free: float | Unset = UNSET
    vat_amount: float | Unset = UNSET
    name: str | Unset = UNSET
    buyer_name: str | Unset = UNSET
    buyer_email: str | Unset = UNSET
    buyer_tel: str | Unset = UNSET
    buyer_addr: str | Unset = UNSET
    buyer_postcode: str | Unset = UNSET
    custom_data: str | Unset = UNSET
    notice_url: list[str] | str | Unset = UNSET
    """ Webhook address (or addresses) notified about this payment. """
    card_quota: int | Unset = UNSET
    product_type: ProductType | Unset = UNSET
    """ Physical goods (`real`) or digital content (`digital`). """
    extra: SubscribePaymentExtra | Unset = UNSET
    """ Gateway-specific extras. """
    interest_free_by_merchant: bool | Unset = UNSET
    use_card_point: bool | Unset = UNSET
    product_count: int | Unset = UNSET
    cash_receipt_type: CashReceiptType | Unset = UNSET
    """ Who the cash receipt is issued to. """
    browser_ip: str | Unset = UNSET
    bypass: str | Unset = UNSET
    """ Gateway-specific options as JSON text. """
    promotion_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_uid = self.merchant_uid

        schedule_at = self.schedule_at

        amount = self.amount

        currency = self.currency

        tax_free = self.tax_free

        vat_amount = self.vat_amount

        name = self.name

        buyer_name = self.buyer_name

        buyer_email = self.buyer_email

        buyer_tel = self.buyer_tel

        buyer_addr = self.buyer_addr

        buyer_postcode = self.buyer_postcode

        custom_data = self.custom_data

        notice_url: list[str] | str | Unset
        if isinstance(self.notice_url, Unset):
            notice_url = UNSET
        elif isinstance(self.notice_url, list):
            notice_url = self.notice_url

        else:
            notice_url = self.notice_url

        card_quota = self.card_quota

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type.value

        extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.to_dict()

        interest_free_by_merchant = self.interest_free_by_merchant

        use_card_point = self.use_card_point

        product_count = self.product_count

        cash_receipt_type: str | Unset = UNSET
        if not isinstance(self.cash_receipt_type, Unset):
            cash_receipt_type = self.cash_receipt_type.value

        browser_ip = self.browser_ip

        bypass = self.bypass

        promotion_id = self.promotion_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merchant_uid": merchant_uid,
                "schedule_at": schedule_at,
                "amount": amount,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if tax_free is not UNSET:
            field_dict["tax_free"] = tax_free
        if vat_amount is not UNSET:
            field_dict["vat_amount"] = vat_amount
        if name is not UNSET:
            field_dict["name"] = name
        if buyer_name is not UNSET:
            field_dict["buyer_name"] = buyer_name
        if buyer_email is not UNSET:
            field_dict["buyer_email"] = buyer_email
        if buyer_tel is not UNSET:
            field_dict["buyer_tel"] = buyer_tel
        if buyer_addr is not UNSET:
            field_dict["buyer_addr"] = buyer_addr
        if buyer_postcode is not UNSET:
            field_dict["buyer_postcode"] = buyer_postcode
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if notice_url is not UNSET:
            field_dict["notice_url"] = notice_url
        if card_quota is not UNSET:
            field_dict["card_quota"] = card_quota
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if extra is not UNSET:
            field_dict["extra"] = extra
        if interest_free_by_merchant is not UNSET:
            field_dict["interest_free_by_merchant"] = interest_free_by_merchant
        if use_card_point is not UNSET:
            field_dict["use_card_point"] = use_card_point
        if product_count is not UNSET:
            field_dict["product_count"] = product_count
        if cash_receipt_type is not UNSET:
            field_dict["cash_receipt_type"] = cash_receipt_type
        if browser_ip is not UNSET:
            field_dict["browser_ip"] = browser_ip
        if bypass is not UNSET:
            field_dict["bypass"] = bypass
        if promotion_id is not UNSET:
            field_dict["promotion_id"] = promotion_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscribe_payment_extra import SubscribePaymentExtra  # noqa: PLC0415

        d = dict(src_dict)
        merchant_uid = d.pop("merchant_uid")

        schedule_at = d.pop("schedule_at")

        amount = d.pop("amount")

        currency = d.pop("currency", UNSET)

        tax_free = d.pop("tax_free", UNSET)

        vat_amount = d.pop("vat_amount", UNSET)

        name = d.pop("name", UNSET)

        buyer_name = d.pop("buyer_name", UNSET)

        buyer_email = d.pop("buyer_email", UNSET)

        buyer_tel = d.pop("buyer_tel", UNSET)

        buyer_addr = d.pop("buyer_addr", UNSET)

        buyer_postcode = d.pop("buyer_postcode", UNSET)

        custom_data = d.pop("custom_data", UNSET)

        def _parse_notice_url(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_notice_url_type_1 = cast(list[str], data)

                return componentsschemas_notice_url_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        notice_url = _parse_notice_url(d.pop("notice_url", UNSET))

        card_quota = d.pop("card_quota", UNSET)

        _product_type = d.pop("product_type", UNSET)
        product_type: ProductType | Unset
        if isinstance(_product_type, Unset):
            product_type = UNSET
        else:
            product_type = ProductType(_product_type)

        _extra = d.pop("extra", UNSET)
        extra: SubscribePaymentExtra | Unset
        if isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = SubscribePaymentExtra.from_dict(_extra)

        interest_free_by_merchant = d.pop("interest_free_by_merchant", UNSET)

        use_card_point = d.pop("use_card_point", UNSET)

        product_count = d.pop("product_count", UNSET)

        _cash_receipt_type = d.pop("cash_receipt_type", UNSET)
        cash_receipt_type: CashReceiptType | Unset
        if isinstance(_cash_receipt_type, Unset):
            cash_receipt_type = UNSET
        else:
            cash_receipt_type = CashReceiptType(_cash_receipt_type)

        browser_ip = d.pop("browser_ip", UNSET)

        bypass = d.pop("bypass", UNSET)

        promotion_id = d.pop("promotion_id", UNSET)

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
