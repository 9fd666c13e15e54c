from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.cash_receipt_type import CashReceiptType
from ..models.product_type import ProductType
from ..types import (
    DRIFT_SEQ,
    MAX_EXPONENT,
    MISSING,
    SpecMismatchError,
    drift_within,
    dumped,
    json_money,
    kept,
    kst_time,
    lenient_bool,
    lenient_enum,
    lenient_int,
    lenient_str,
    money,
    optional_money,
)

if TYPE_CHECKING:
    from ..models.subscribe_payment_extra import SubscribePaymentExtra


T = TypeVar("T", bound="ScheduleItem")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class ScheduleItem:
    """One charge to schedule."""

    merchant_uid: str
    """ New, unique order id the charge will use. """

    schedule_at: int
    """ When to charge (unix seconds, in the future). """

    amount: Decimal = _attrs_field(converter=money)
    """ Amount to charge. """

    currency: str | None = None
    """ ISO 4217 currency code, e.g. KRW or USD (default KRW). """

    tax_free: Decimal | None = _attrs_field(default=None, converter=optional_money)
    """ Tax-exempt part of the amount (default 0). """

    vat_amount: Decimal | None = _attrs_field(default=None, converter=optional_money)
    """ VAT part of the amount; when omitted the gateway computes it. """

    name: str | None = None
    """ Order name shown to the buyer and on the gateway's records. """

    buyer_name: str | None = None
    """ Buyer's name. """

    buyer_email: str | None = None
    """ Buyer's e-mail address. """

    buyer_tel: str | None = None
    """ Buyer's phone number. """

    buyer_addr: str | None = None
    """ Buyer's address. """

    buyer_postcode: str | None = None
    """ Buyer's postal code. """

    custom_data: str | None = None
    """ Merchant data stored with the payment (an object is stored as JSON text). """

    notice_url: str | list[str] | None = None
    """ Webhook address (or addresses) notified about this payment. """

    card_quota: int | None = None
    """ Instalment months; 0 means paid in full. """

    product_type: ProductType | None = None
    """ Physical goods (`real`) or digital content (`digital`). """

    extra: SubscribePaymentExtra | None = None
    """ Gateway-specific extras. """

    interest_free_by_merchant: bool | None = None
    """ The merchant pays the instalment interest (needs a contract with the gateway). """

    use_card_point: bool | None = None
    """ Pay partly with the card company's points (needs a contract with the gateway). """

    product_count: int | None = None
    """ Number of items (default 1). """

    cash_receipt_type: CashReceiptType | None = None
    """ Who the cash receipt is issued to. """

    browser_ip: str | None = None
    """ Buyer's IP address (some gateways need it; default the caller's IP). """

    bypass: str | None = None
    """ Gateway-specific options as JSON text. """

    promotion_id: str | None = None
    """ Card-company promotion to apply (ids start with `promotion-id-`). """

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
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
            field_dict["product_type"] = dumped(self.product_type)
        if self.extra is not None:
            field_dict["extra"] = dumped(self.extra)
        if self.interest_free_by_merchant is not None:
            field_dict["interest_free_by_merchant"] = self.interest_free_by_merchant
        if self.use_card_point is not None:
            field_dict["use_card_point"] = self.use_card_point
        if self.product_count is not None:
            field_dict["product_count"] = self.product_count
        if self.cash_receipt_type is not None:
            field_dict["cash_receipt_type"] = dumped(self.cash_receipt_type)
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
        d = dict(src_dict)
        merchant_uid = d.pop("merchant_uid", MISSING)
        if type(merchant_uid) is not str:
            merchant_uid = lenient_str(merchant_uid, "merchant_uid")
        schedule_at = d.pop("schedule_at", MISSING)
        if type(schedule_at) is not int:
            schedule_at = lenient_int(schedule_at, "schedule_at")
        amount = d.pop("amount", MISSING)
        if type(amount) is not Decimal or not (
            amount.is_finite() and -MAX_EXPONENT <= amount.adjusted() <= MAX_EXPONENT
        ):
            amount = json_money(amount, "amount")
        currency = d.pop("currency", None)
        if type(currency) is not str and currency is not None:
            currency = lenient_str(currency, "currency")
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
        name = d.pop("name", None)
        if type(name) is not str and name is not None:
            name = lenient_str(name, "name")
        buyer_name = d.pop("buyer_name", None)
        if type(buyer_name) is not str and buyer_name is not None:
            buyer_name = lenient_str(buyer_name, "buyer_name")
        buyer_email = d.pop("buyer_email", None)
        if type(buyer_email) is not str and buyer_email is not None:
            buyer_email = lenient_str(buyer_email, "buyer_email")
        buyer_tel = d.pop("buyer_tel", None)
        if type(buyer_tel) is not str and buyer_tel is not None:
            buyer_tel = lenient_str(buyer_tel, "buyer_tel")
        buyer_addr = d.pop("buyer_addr", None)
        if type(buyer_addr) is not str and buyer_addr is not None:
            buyer_addr = lenient_str(buyer_addr, "buyer_addr")
        buyer_postcode = d.pop("buyer_postcode", None)
        if type(buyer_postcode) is not str and buyer_postcode is not None:
            buyer_postcode = lenient_str(buyer_postcode, "buyer_postcode")
        custom_data = d.pop("custom_data", None)
        if type(custom_data) is not str and custom_data is not None:
            custom_data = lenient_str(custom_data, "custom_data")
        notice_url = d.pop("notice_url", None)
        if notice_url is not None:
            if not isinstance(notice_url, str) and not (
                isinstance(notice_url, list)
                and all(isinstance(url, str) for url in notice_url)
            ):
                notice_url = kept(
                    notice_url, "notice_url", "a string or an array of strings"
                )
        card_quota = d.pop("card_quota", None)
        if type(card_quota) is not int and card_quota is not None:
            card_quota = lenient_int(card_quota, "card_quota")
        product_type = d.pop("product_type", None)
        if product_type is not None:
            try:
                product_type = ProductType(product_type)
            except (ValueError, TypeError):
                product_type = lenient_enum(product_type, "product_type", ProductType)
        extra = d.pop("extra", None)
        if extra is not None:
            if not isinstance(extra, dict):
                extra = kept(extra, "extra", "an object")
            else:
                from ..models.subscribe_payment_extra import SubscribePaymentExtra  # noqa: PLC0415

                mark_0 = DRIFT_SEQ[0]
                try:
                    extra = SubscribePaymentExtra.from_dict(extra)
                except SpecMismatchError as exc:
                    raise exc.within("extra") from None
                if DRIFT_SEQ[0] != mark_0:
                    drift_within(mark_0, "extra")
        interest_free_by_merchant = d.pop("interest_free_by_merchant", None)
        if (
            type(interest_free_by_merchant) is not bool
            and interest_free_by_merchant is not None
        ):
            interest_free_by_merchant = lenient_bool(
                interest_free_by_merchant, "interest_free_by_merchant"
            )
        use_card_point = d.pop("use_card_point", None)
        if type(use_card_point) is not bool and use_card_point is not None:
            use_card_point = lenient_bool(use_card_point, "use_card_point")
        product_count = d.pop("product_count", None)
        if type(product_count) is not int and product_count is not None:
            product_count = lenient_int(product_count, "product_count")
        cash_receipt_type = d.pop("cash_receipt_type", None)
        if cash_receipt_type is not None:
            try:
                cash_receipt_type = CashReceiptType(cash_receipt_type)
            except (ValueError, TypeError):
                cash_receipt_type = lenient_enum(
                    cash_receipt_type, "cash_receipt_type", CashReceiptType
                )
        browser_ip = d.pop("browser_ip", None)
        if type(browser_ip) is not str and browser_ip is not None:
            browser_ip = lenient_str(browser_ip, "browser_ip")
        bypass = d.pop("bypass", None)
        if type(bypass) is not str and bypass is not None:
            bypass = lenient_str(bypass, "bypass")
        promotion_id = d.pop("promotion_id", None)
        if type(promotion_id) is not str and promotion_id is not None:
            promotion_id = lenient_str(promotion_id, "promotion_id")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.merchant_uid = merchant_uid
        model_.schedule_at = schedule_at
        model_.amount = amount
        model_.currency = currency
        model_.tax_free = tax_free
        model_.vat_amount = vat_amount
        model_.name = name
        model_.buyer_name = buyer_name
        model_.buyer_email = buyer_email
        model_.buyer_tel = buyer_tel
        model_.buyer_addr = buyer_addr
        model_.buyer_postcode = buyer_postcode
        model_.custom_data = custom_data
        model_.notice_url = notice_url
        model_.card_quota = card_quota
        model_.product_type = product_type
        model_.extra = extra
        model_.interest_free_by_merchant = interest_free_by_merchant
        model_.use_card_point = use_card_point
        model_.product_count = product_count
        model_.cash_receipt_type = cash_receipt_type
        model_.browser_ip = browser_ip
        model_.bypass = bypass
        model_.promotion_id = promotion_id
        return model_

    @property
    def schedule_at_kst(self) -> datetime | None:
        """``schedule_at`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.schedule_at, "schedule_at")
