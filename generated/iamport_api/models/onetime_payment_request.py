from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.product_type import ProductType
from ..types import (
    MAX_EXPONENT,
    MISSING,
    dumped,
    json_money,
    kept,
    lenient_bool,
    lenient_enum,
    lenient_int,
    lenient_str,
    masked_members,
    money,
    optional_money,
    redacted,
    unknown_members,
)

T = TypeVar("T", bound="OnetimePaymentRequest")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class OnetimePaymentRequest:
    merchant_uid: str
    """ New, unique order id. """

    amount: Decimal = _attrs_field(converter=money)
    """ Amount to charge. """

    card_number: str = _attrs_field(repr=redacted)
    """ Card number in groups: `dddd-dddd-dddd-dddd` (15-digit cards: `dddd-dddddd-ddddd`). """

    expiry: str
    """ Card expiry as `YYYY-MM`. """

    currency: str | None = None
    """ ISO 4217 currency code, e.g. KRW or USD (default KRW). """

    tax_free: Decimal | None = _attrs_field(default=None, converter=optional_money)
    """ Tax-exempt part of the amount (default 0). """

    vat_amount: Decimal | None = _attrs_field(default=None, converter=optional_money)
    """ VAT part of the amount; when omitted the gateway computes it. """

    birth: str | None = _attrs_field(default=None, repr=redacted)
    """ Holder's birth date `YYMMDD`, or the 10-digit business number for corporate cards. """

    pwd_2digit: str | None = _attrs_field(default=None, repr=redacted)
    """ First two digits of the card password. """

    cvc: str | None = _attrs_field(default=None, repr=redacted)
    """ Card security code (3 digits, 4 for AMEX). """

    customer_uid: str | None = None
    """ When given, also store the card as this billing key. """

    pg: str | None = None
    """ Gateway to charge through, as `provider` or `provider.merchant_id`. """

    channel_key: str | None = None
    """ Key of the channel (gateway setting) to use, from the admin console; newer accounts use it instead of `pg`.
    """

    name: str | None = None
    """ Order name (some gateways require it). """

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

    card_quota: int | None = None
    """ Instalment months; 0 means paid in full. """

    interest_free_by_merchant: bool | None = None
    """ The merchant pays the instalment interest (needs a contract with the gateway). """

    use_card_point: bool | None = None
    """ Pay partly with the card company's points (needs a contract with the gateway). """

    custom_data: str | None = None
    """ Merchant data stored with the payment (an object is stored as JSON text). """

    notice_url: str | list[str] | None = None
    """ Webhook address (or addresses) notified about this payment. """

    browser_ip: str | None = None
    """ Buyer's IP address (some gateways need it; default the caller's IP). """

    product_type: ProductType | None = None
    """ Physical goods (`real`) or digital content (`digital`). """

    promotion_id: str | None = None
    """ Card-company promotion to apply (ids start with `promotion-id-`). """

    bypass: str | None = None
    """ Gateway-specific options passed through unchanged, as JSON text. """

    vat: Decimal | None = _attrs_field(default=None, converter=optional_money)
    """ Older name of vat_amount. """

    channel_group_id: str | None = None
    """ Smart-routing group to pay through. """

    secure_3d_charge_id: str | None = None
    """ 3-D Secure charge id (foreign cards on some gateways). """

    secure_3d_token: str | None = None
    """ 3-D Secure token (foreign cards on some gateways). """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["merchant_uid"] = self.merchant_uid
        field_dict["amount"] = self.amount
        field_dict["card_number"] = self.card_number
        field_dict["expiry"] = self.expiry
        if self.currency is not None:
            field_dict["currency"] = self.currency
        if self.tax_free is not None:
            field_dict["tax_free"] = self.tax_free
        if self.vat_amount is not None:
            field_dict["vat_amount"] = self.vat_amount
        if self.birth is not None:
            field_dict["birth"] = self.birth
        if self.pwd_2digit is not None:
            field_dict["pwd_2digit"] = self.pwd_2digit
        if self.cvc is not None:
            field_dict["cvc"] = self.cvc
        if self.customer_uid is not None:
            field_dict["customer_uid"] = self.customer_uid
        if self.pg is not None:
            field_dict["pg"] = self.pg
        if self.channel_key is not None:
            field_dict["channel_key"] = self.channel_key
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
        if self.card_quota is not None:
            field_dict["card_quota"] = self.card_quota
        if self.interest_free_by_merchant is not None:
            field_dict["interest_free_by_merchant"] = self.interest_free_by_merchant
        if self.use_card_point is not None:
            field_dict["use_card_point"] = self.use_card_point
        if self.custom_data is not None:
            field_dict["custom_data"] = self.custom_data
        if self.notice_url is not None:
            field_dict["notice_url"] = (
                self.notice_url
                if isinstance(self.notice_url, str)
                else list(self.notice_url)
            )
        if self.browser_ip is not None:
            field_dict["browser_ip"] = self.browser_ip
        if self.product_type is not None:
            field_dict["product_type"] = dumped(self.product_type)
        if self.promotion_id is not None:
            field_dict["promotion_id"] = self.promotion_id
        if self.bypass is not None:
            field_dict["bypass"] = self.bypass
        if self.vat is not None:
            field_dict["vat"] = self.vat
        if self.channel_group_id is not None:
            field_dict["channel_group_id"] = self.channel_group_id
        if self.secure_3d_charge_id is not None:
            field_dict["secure_3d_charge_id"] = self.secure_3d_charge_id
        if self.secure_3d_token is not None:
            field_dict["secure_3d_token"] = self.secure_3d_token
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
        amount = d.pop("amount", MISSING)
        if type(amount) is not Decimal or not (
            amount.is_finite() and -MAX_EXPONENT <= amount.adjusted() <= MAX_EXPONENT
        ):
            amount = json_money(amount, "amount")
        card_number = d.pop("card_number", MISSING)
        if type(card_number) is not str:
            card_number = lenient_str(card_number, "card_number")
        expiry = d.pop("expiry", MISSING)
        if type(expiry) is not str:
            expiry = lenient_str(expiry, "expiry")
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
        birth = d.pop("birth", None)
        if type(birth) is not str and birth is not None:
            birth = lenient_str(birth, "birth")
        pwd_2digit = d.pop("pwd_2digit", None)
        if type(pwd_2digit) is not str and pwd_2digit is not None:
            pwd_2digit = lenient_str(pwd_2digit, "pwd_2digit")
        cvc = d.pop("cvc", None)
        if type(cvc) is not str and cvc is not None:
            cvc = lenient_str(cvc, "cvc")
        customer_uid = d.pop("customer_uid", None)
        if type(customer_uid) is not str and customer_uid is not None:
            customer_uid = lenient_str(customer_uid, "customer_uid")
        pg = d.pop("pg", None)
        if type(pg) is not str and pg is not None:
            pg = lenient_str(pg, "pg")
        channel_key = d.pop("channel_key", None)
        if type(channel_key) is not str and channel_key is not None:
            channel_key = lenient_str(channel_key, "channel_key")
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
        card_quota = d.pop("card_quota", None)
        if type(card_quota) is not int and card_quota is not None:
            card_quota = lenient_int(card_quota, "card_quota")
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
        browser_ip = d.pop("browser_ip", None)
        if type(browser_ip) is not str and browser_ip is not None:
            browser_ip = lenient_str(browser_ip, "browser_ip")
        product_type = d.pop("product_type", None)
        if product_type is not None:
            try:
                product_type = ProductType(product_type)
            except (ValueError, TypeError):
                product_type = lenient_enum(product_type, "product_type", ProductType)
        promotion_id = d.pop("promotion_id", None)
        if type(promotion_id) is not str and promotion_id is not None:
            promotion_id = lenient_str(promotion_id, "promotion_id")
        bypass = d.pop("bypass", None)
        if type(bypass) is not str and bypass is not None:
            bypass = lenient_str(bypass, "bypass")
        vat = d.pop("vat", None)
        if (
            type(vat) is not Decimal
            or not (vat.is_finite() and -MAX_EXPONENT <= vat.adjusted() <= MAX_EXPONENT)
        ) and vat is not None:
            vat = json_money(vat, "vat")
        channel_group_id = d.pop("channel_group_id", None)
        if type(channel_group_id) is not str and channel_group_id is not None:
            channel_group_id = lenient_str(channel_group_id, "channel_group_id")
        secure_3d_charge_id = d.pop("secure_3d_charge_id", None)
        if type(secure_3d_charge_id) is not str and secure_3d_charge_id is not None:
            secure_3d_charge_id = lenient_str(
                secure_3d_charge_id, "secure_3d_charge_id"
            )
        secure_3d_token = d.pop("secure_3d_token", None)
        if type(secure_3d_token) is not str and secure_3d_token is not None:
            secure_3d_token = lenient_str(secure_3d_token, "secure_3d_token")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.merchant_uid = merchant_uid
        model_.amount = amount
        model_.card_number = card_number
        model_.expiry = expiry
        model_.currency = currency
        model_.tax_free = tax_free
        model_.vat_amount = vat_amount
        model_.birth = birth
        model_.pwd_2digit = pwd_2digit
        model_.cvc = cvc
        model_.customer_uid = customer_uid
        model_.pg = pg
        model_.channel_key = channel_key
        model_.name = name
        model_.buyer_name = buyer_name
        model_.buyer_email = buyer_email
        model_.buyer_tel = buyer_tel
        model_.buyer_addr = buyer_addr
        model_.buyer_postcode = buyer_postcode
        model_.card_quota = card_quota
        model_.interest_free_by_merchant = interest_free_by_merchant
        model_.use_card_point = use_card_point
        model_.custom_data = custom_data
        model_.notice_url = notice_url
        model_.browser_ip = browser_ip
        model_.product_type = product_type
        model_.promotion_id = promotion_id
        model_.bypass = bypass
        model_.vat = vat
        model_.channel_group_id = channel_group_id
        model_.secure_3d_charge_id = secure_3d_charge_id
        model_.secure_3d_token = secure_3d_token
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
