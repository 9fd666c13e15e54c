from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
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
    kst_time,
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

T = TypeVar("T", bound="VbankRequest")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class VbankRequest:
    merchant_uid: str
    """ New, unique order id. """

    amount: Decimal = _attrs_field(converter=money)
    """ Amount to be deposited. """

    vbank_code: str
    """ Standard bank code of the account to issue (open set, e.g. 004, 088). """

    vbank_due: int
    """ Deposit deadline (unix seconds). """

    vbank_holder: str | None = None
    """ Holder name to show. """

    channel_key: str | None = None
    """ Key of the channel to issue the account with. """

    name: str | None = None
    """ Order name. """

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

    notice_url: str | list[str] | None = None
    """ Webhook address (or addresses) notified about this payment. """

    custom_data: str | None = None
    """ Merchant data stored with the payment (an object is stored as JSON text). """

    tax_free: Decimal | None = _attrs_field(default=None, converter=optional_money)
    """ Tax-exempt part of the amount (default 0). """

    vat_amount: Decimal | None = _attrs_field(default=None, converter=optional_money)
    """ VAT part of the amount; when omitted the gateway computes it. """

    product_type: ProductType | None = None
    """ Physical goods (`real`) or digital content (`digital`). """

    product_count: int | None = None
    """ Number of items (default 1). """

    vbank_num: str | None = None
    """ A fixed account number agreed with the gateway. """

    vbank_key: str | None = None
    """ Key of a fixed account agreed with the gateway. """

    business_registration_number: str | None = None
    """ The buyer's business number (used for escrow registration). """

    escrow_password: str | None = _attrs_field(default=None, repr=redacted)
    """ Escrow password for fixed accounts of some gateways. """

    fixed_unlimited_vbank: bool | None = None
    """ Issue a fixed account without a deposit limit (some gateways). """

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
        field_dict["vbank_code"] = self.vbank_code
        field_dict["vbank_due"] = self.vbank_due
        if self.vbank_holder is not None:
            field_dict["vbank_holder"] = self.vbank_holder
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
        if self.notice_url is not None:
            field_dict["notice_url"] = (
                self.notice_url
                if isinstance(self.notice_url, str)
                else list(self.notice_url)
            )
        if self.custom_data is not None:
            field_dict["custom_data"] = self.custom_data
        if self.tax_free is not None:
            field_dict["tax_free"] = self.tax_free
        if self.vat_amount is not None:
            field_dict["vat_amount"] = self.vat_amount
        if self.product_type is not None:
            field_dict["product_type"] = dumped(self.product_type)
        if self.product_count is not None:
            field_dict["product_count"] = self.product_count
        if self.vbank_num is not None:
            field_dict["vbank_num"] = self.vbank_num
        if self.vbank_key is not None:
            field_dict["vbank_key"] = self.vbank_key
        if self.business_registration_number is not None:
            field_dict["business_registration_number"] = (
                self.business_registration_number
            )
        if self.escrow_password is not None:
            field_dict["escrow_password"] = self.escrow_password
        if self.fixed_unlimited_vbank is not None:
            field_dict["fixed_unlimited_vbank"] = self.fixed_unlimited_vbank
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
        vbank_code = d.pop("vbank_code", MISSING)
        if type(vbank_code) is not str:
            vbank_code = lenient_str(vbank_code, "vbank_code")
        vbank_due = d.pop("vbank_due", MISSING)
        if type(vbank_due) is not int:
            vbank_due = lenient_int(vbank_due, "vbank_due")
        vbank_holder = d.pop("vbank_holder", None)
        if type(vbank_holder) is not str and vbank_holder is not None:
            vbank_holder = lenient_str(vbank_holder, "vbank_holder")
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
        notice_url = d.pop("notice_url", None)
        if notice_url is not None:
            if not isinstance(notice_url, str) and not (
                isinstance(notice_url, list)
                and all(isinstance(url, str) for url in notice_url)
            ):
                notice_url = kept(
                    notice_url, "notice_url", "a string or an array of strings"
                )
        custom_data = d.pop("custom_data", None)
        if type(custom_data) is not str and custom_data is not None:
            custom_data = lenient_str(custom_data, "custom_data")
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
        product_type = d.pop("product_type", None)
        if product_type is not None:
            try:
                product_type = ProductType(product_type)
            except (ValueError, TypeError):
                product_type = lenient_enum(product_type, "product_type", ProductType)
        product_count = d.pop("product_count", None)
        if type(product_count) is not int and product_count is not None:
            product_count = lenient_int(product_count, "product_count")
        vbank_num = d.pop("vbank_num", None)
        if type(vbank_num) is not str and vbank_num is not None:
            vbank_num = lenient_str(vbank_num, "vbank_num")
        vbank_key = d.pop("vbank_key", None)
        if type(vbank_key) is not str and vbank_key is not None:
            vbank_key = lenient_str(vbank_key, "vbank_key")
        business_registration_number = d.pop("business_registration_number", None)
        if (
            type(business_registration_number) is not str
            and business_registration_number is not None
        ):
            business_registration_number = lenient_str(
                business_registration_number, "business_registration_number"
            )
        escrow_password = d.pop("escrow_password", None)
        if type(escrow_password) is not str and escrow_password is not None:
            escrow_password = lenient_str(escrow_password, "escrow_password")
        fixed_unlimited_vbank = d.pop("fixed_unlimited_vbank", None)
        if (
            type(fixed_unlimited_vbank) is not bool
            and fixed_unlimited_vbank is not None
        ):
            fixed_unlimited_vbank = lenient_bool(
                fixed_unlimited_vbank, "fixed_unlimited_vbank"
            )

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.merchant_uid = merchant_uid
        model_.amount = amount
        model_.vbank_code = vbank_code
        model_.vbank_due = vbank_due
        model_.vbank_holder = vbank_holder
        model_.channel_key = channel_key
        model_.name = name
        model_.buyer_name = buyer_name
        model_.buyer_email = buyer_email
        model_.buyer_tel = buyer_tel
        model_.buyer_addr = buyer_addr
        model_.buyer_postcode = buyer_postcode
        model_.notice_url = notice_url
        model_.custom_data = custom_data
        model_.tax_free = tax_free
        model_.vat_amount = vat_amount
        model_.product_type = product_type
        model_.product_count = product_count
        model_.vbank_num = vbank_num
        model_.vbank_key = vbank_key
        model_.business_registration_number = business_registration_number
        model_.escrow_password = escrow_password
        model_.fixed_unlimited_vbank = fixed_unlimited_vbank
        if d:
            unknown_members(d)
        model_.additional_properties = d
        return model_

    @property
    def vbank_due_kst(self) -> datetime | None:
        """``vbank_due`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.vbank_due, "vbank_due")

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
