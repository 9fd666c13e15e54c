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


T = TypeVar("T", bound="AgainPaymentRequest")


@_attrs_define
class AgainPaymentRequest:
    customer_uid: str
    """ Billing key to charge. """
    merchant_uid: str
    """ New, unique order id for this charge. """
    amount: float
    """ Amount to charge. """
    name: str
    """ Order name. """
    currency: str | Unset = UNSET
    """ ISO currency code (default KRW). """
    tax_free: float | Unset = UNSET
    """ Tax-exempt part of the amount. """
    vat_amount: float | Unset = UNSET
    """ VAT part of the amount. """
    buyer_name: str | Unset = UNSET
    buyer_email: str | Unset = UNSET
    buyer_tel: str | Unset = UNSET
    buyer_addr: str | Unset = UNSET
    buyer_postcode: str | Unset = UNSET
    card_quota: int | Unset = UNSET
    """ Instalment months. """
    interest_free_by_merchant: bool | Unset = UNSET
    """ The merchant pays the instalment interest. """
    use_card_point: bool | Unset = UNSET
    """ Pay partly with card points. """
    custom_data: str | Unset = UNSET
    """ Merchant data stored with the payment. """
    notice_url: list[str] | str | Unset = UNSET
    """ Webhook address (or addresses) notified about this payment. """
    browser_ip: str | Unset = UNSET
    """ Buyer's IP address (required by some gateways). """
    product_type: ProductType | Unset = UNSET
    """ Physical goods (`real`) or digital content (`digital`). """
    product_count: int | Unset = UNSET
    cash_receipt_type: CashReceiptType | Unset = UNSET
    """ Who the cash receipt is issued to. """
    bypass: str | Unset = UNSET
    """ Gateway-specific options as JSON text. """
    extra: SubscribePaymentExtra | Unset = UNSET
    """ Gateway-specific extras. """
    promotion_id: str | Unset = UNSET
    channel_key: str | Unset = UNSET
    vat: float | Unset = UNSET
    """ Older name of vat_amount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_uid = self.customer_uid

        merchant_uid = self.merchant_uid

        amount = self.amount

        name = self.name

        currency = self.currency

        tax_free = self.tax_free

        vat_amount = self.vat_amount

        buyer_name = self.buyer_name

        buyer_email = self.buyer_email

        buyer_tel = self.buyer_tel

        buyer_addr = self.buyer_addr

        buyer_postcode = self.buyer_postcode

        card_quota = self.card_quota

        interest_free_by_merchant = self.interest_free_by_merchant

        use_card_point = self.use_card_point

        custom_data = self.custom_data

        notice_url: list[str] | str | Unset
        if isinstance(self.notice_url, Unset):
            notice_url = UNSET
        elif isinstance(self.notice_url, list):
            notice_url = self.notice_url

        else:
            notice_url = self.notice_url

        browser_ip = self.browser_ip

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type.value

        product_count = self.product_count

        cash_receipt_type: str | Unset = UNSET
        if not isinstance(self.cash_receipt_type, Unset):
            cash_receipt_type = self.cash_receipt_type.value

        bypass = self.bypass

        extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.to_dict()

        promotion_id = self.promotion_id

        channel_key = self.channel_key

        vat = self.vat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_uid": customer_uid,
                "merchant_uid": merchant_uid,
                "amount": amount,
                "name": name,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if tax_free is not UNSET:
            field_dict["tax_free"] = tax_free
        if vat_amount is not UNSET:
            field_dict["vat_amount"] = vat_amount
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
        if card_quota is not UNSET:
            field_dict["card_quota"] = card_quota
        if interest_free_by_merchant is not UNSET:
            field_dict["interest_free_by_merchant"] = interest_free_by_merchant
        if use_card_point is not UNSET:
            field_dict["use_card_point"] = use_card_point
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if notice_url is not UNSET:
            field_dict["notice_url"] = notice_url
        if browser_ip is not UNSET:
            field_dict["browser_ip"] = browser_ip
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if product_count is not UNSET:
            field_dict["product_count"] = product_count
        if cash_receipt_type is not UNSET:
            field_dict["cash_receipt_type"] = cash_receipt_type
        if bypass is not UNSET:
            field_dict["bypass"] = bypass
        if extra is not UNSET:
            field_dict["extra"] = extra
        if promotion_id is not UNSET:
            field_dict["promotion_id"] = promotion_id
        if channel_key is not UNSET:
            field_dict["channel_key"] = channel_key
        if vat is not UNSET:
            field_dict["vat"] = vat

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscribe_payment_extra import SubscribePaymentExtra  # noqa: PLC0415

        d = dict(src_dict)
        customer_uid = d.pop("customer_uid")

        merchant_uid = d.pop("merchant_uid")

        amount = d.pop("amount")

        name = d.pop("name")

        currency = d.pop("currency", UNSET)

        tax_free = d.pop("tax_free", UNSET)

        vat_amount = d.pop("vat_amount", UNSET)

        buyer_name = d.pop("buyer_name", UNSET)

        buyer_email = d.pop("buyer_email", UNSET)

        buyer_tel = d.pop("buyer_tel", UNSET)

        buyer_addr = d.pop("buyer_addr", UNSET)

        buyer_postcode = d.pop("buyer_postcode", UNSET)

        card_quota = d.pop("card_quota", UNSET)

        interest_free_by_merchant = d.pop("interest_free_by_merchant", UNSET)

        use_card_point = d.pop("use_card_point", UNSET)

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

        browser_ip = d.pop("browser_ip", UNSET)

        _product_type = d.pop("product_type", UNSET)
        product_type: ProductType | Unset
        if isinstance(_product_type, Unset):
            product_type = UNSET
        else:
            product_type = ProductType(_product_type)

        product_count = d.pop("product_count", UNSET)

        _cash_receipt_type = d.pop("cash_receipt_type", UNSET)
        cash_receipt_type: CashReceiptType | Unset
        if isinstance(_cash_receipt_type, Unset):
            cash_receipt_type = UNSET
        else:
            cash_receipt_type = CashReceiptType(_cash_receipt_type)

        bypass = d.pop("bypass", UNSET)

        _extra = d.pop("extra", UNSET)
        extra: SubscribePaymentExtra | Unset
        if isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = SubscribePaymentExtra.from_dict(_extra)

        promotion_id = d.pop("promotion_id", UNSET)

        channel_key = d.pop("channel_key", UNSET)

        vat = d.pop("vat", UNSET)

        again_payment_request = cls(
            customer_uid=customer_uid,
            merchant_uid=merchant_uid,
            amount=amount,
            name=name,
            currency=currency,
            tax_free=tax_free,
            vat_amount=vat_amount,
            buyer_name=buyer_name,
            buyer_email=buyer_email,
            buyer_tel=buyer_tel,
            buyer_addr=buyer_addr,
            buyer_postcode=buyer_postcode,
            card_quota=card_quota,
            interest_free_by_merchant=interest_free_by_merchant,
            use_card_point=use_card_point,
            custom_data=custom_data,
            notice_url=notice_url,
            browser_ip=browser_ip,
            product_type=product_type,
            product_count=product_count,
            cash_receipt_type=cash_receipt_type,
            bypass=bypass,
            extra=extra,
            promotion_id=promotion_id,
            channel_key=channel_key,
            vat=vat,
        )

        again_payment_request.additional_properties = d
        return again_payment_request

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
