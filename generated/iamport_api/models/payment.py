from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.payment_status import PaymentStatus
from ..types import (
    DRIFT_SEQ,
    MAX_EXPONENT,
    MISSING,
    SpecMismatchError,
    drift_within,
    dumped,
    enum_mismatch,
    json_money,
    json_str,
    kept,
    kst_time,
    lenient_bool,
    lenient_int,
    lenient_str,
    masked_members,
    money,
    redacted,
    unknown_members,
)

if TYPE_CHECKING:
    from ..models.payment_cancellation import PaymentCancellation
    from ..models.payment_promotion import PaymentPromotion
    from ..models.vbank_deposit import VbankDeposit


T = TypeVar("T", bound="Payment")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class Payment:
    """One payment attempt and everything that happened to it."""

    imp_uid: str
    """ The service's id of this payment. """

    merchant_uid: str
    """ The merchant's order id. """

    amount: Decimal = _attrs_field(converter=money)
    """ Amount charged. """

    cancel_amount: Decimal = _attrs_field(converter=money)
    """ Total amount cancelled so far. """

    currency: str
    """ ISO currency code, e.g. KRW or USD (open set). """

    status: PaymentStatus
    """ State of a payment: `ready` (waiting, e.g. for a deposit), `paid`, `cancelled` (fully), `failed`. """

    pay_method: str | None = None
    """ Means of payment; known values include card, trans, vbank, phone, samsung, kpay, kakaopay, payco, lpay,
    ssgpay, tosspay, cultureland, smartculture, happymoney, booknlife, point. """

    channel: str | None = None
    """ Where the payment was started: pc, mobile or api. """

    pg_provider: str | None = None
    """ Payment gateway; known values include html5_inicis, inicis, kcp, kcp_billing, uplus, nice, jtnet, kicc,
    bluewalnut, kakaopay, danal, danal_tpay, mobilians, chai, syrup, payco, paypal, eximbay, naverpay, naverco,
    smilepay, alipay, paymentwall, payple, tosspay, smartro, settle. """

    emb_pg_provider: str | None = None
    """ Easy-pay provider used inside the gateway's window, if any. """

    pg_tid: str | None = None
    """ The gateway's transaction id. """

    pg_id: str | None = None
    """ The gateway merchant id that processed the payment. """

    sandbox: bool | None = None
    """ True for payments made through a test channel. """

    escrow: bool | None = None
    """ True when the payment is held in escrow. """

    apply_num: str | None = None
    """ Card approval number. """

    bank_code: str | None = None
    """ Standard bank code for bank transfers. """

    bank_name: str | None = None
    """ Bank name for bank transfers. """

    card_code: str | None = None
    """ Standard card company code (open set). """

    card_name: str | None = None
    """ Card company name. """

    card_issuer_code: str | None = None
    """ Issuing company code. """

    card_issuer_name: str | None = None
    """ Issuing company name. """

    card_publisher_code: str | None = None
    """ Card brand code. """

    card_publisher_name: str | None = None
    """ Card brand name. """

    card_quota: int | None = None
    """ Instalment months (0 means paid in full). """

    card_number: str | None = _attrs_field(default=None, repr=redacted)
    """ The card number, masked by the service. """

    card_type: int | None = None
    """ 0 for a credit card, 1 for a debit card. """

    vbank_code: str | None = None
    """ Standard bank code of the virtual account. """

    vbank_name: str | None = None
    """ Bank name of the virtual account. """

    vbank_num: str | None = None
    """ Virtual account number. """

    vbank_holder: str | None = None
    """ Holder name shown for the virtual account. """

    vbank_date: int | None = None
    """ Deposit deadline (unix seconds). """

    vbank_issued_at: int | None = None
    """ When the virtual account was issued (unix seconds). """

    name: str | None = None
    """ Order name. """

    buyer_name: str | None = None
    """ Buyer's name as given with the payment. """

    buyer_email: str | None = None
    """ Buyer's e-mail address as given with the payment. """

    buyer_tel: str | None = None
    """ Buyer's phone number as given with the payment. """

    buyer_addr: str | None = None
    """ Buyer's address as given with the payment. """

    buyer_postcode: str | None = None
    """ Buyer's postal code as given with the payment. """

    custom_data: str | None = None
    """ Merchant data stored with the payment (objects are stored as JSON text). """

    user_agent: str | None = None
    """ Browser of the buyer, when known. """

    started_at: int | None = None
    """ When the payment was requested (unix seconds). """

    paid_at: int | None = None
    """ When it was paid (unix seconds; 0 if not). """

    failed_at: int | None = None
    """ When it failed (unix seconds; 0 if not). """

    cancelled_at: int | None = None
    """ When it was last cancelled (unix seconds; 0 if not). """

    fail_reason: str | None = None
    """ Why the payment failed, in the gateway's words. """

    cancel_reason: str | None = None
    """ Reason given with the last cancel. """

    receipt_url: str | None = None
    """ Link to the sales slip. """

    cancel_history: list[PaymentCancellation] | None = None
    """ Every (partial) cancel, oldest first. """

    deposit_history: list[VbankDeposit] | None = None
    """ Deposits into a virtual account. """

    cancel_receipt_urls: list[str] | None = None
    """ Links to the cancel slips (superseded by cancel_history). """

    cash_receipt_issued: bool | None = None
    """ True when a cash receipt was issued. """

    customer_uid: str | None = None
    """ Billing key used or issued with this payment. """

    customer_uid_usage: str | None = None
    """ How the billing key took part: issue, payment or payment.scheduled. """

    promotion: PaymentPromotion | None = None
    """ Promotion applied to the payment, if any. """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["imp_uid"] = self.imp_uid
        field_dict["merchant_uid"] = self.merchant_uid
        field_dict["amount"] = self.amount
        field_dict["cancel_amount"] = self.cancel_amount
        field_dict["currency"] = self.currency
        field_dict["status"] = self.status.value
        if self.pay_method is not None:
            field_dict["pay_method"] = self.pay_method
        if self.channel is not None:
            field_dict["channel"] = self.channel
        if self.pg_provider is not None:
            field_dict["pg_provider"] = self.pg_provider
        if self.emb_pg_provider is not None:
            field_dict["emb_pg_provider"] = self.emb_pg_provider
        if self.pg_tid is not None:
            field_dict["pg_tid"] = self.pg_tid
        if self.pg_id is not None:
            field_dict["pg_id"] = self.pg_id
        if self.sandbox is not None:
            field_dict["sandbox"] = self.sandbox
        if self.escrow is not None:
            field_dict["escrow"] = self.escrow
        if self.apply_num is not None:
            field_dict["apply_num"] = self.apply_num
        if self.bank_code is not None:
            field_dict["bank_code"] = self.bank_code
        if self.bank_name is not None:
            field_dict["bank_name"] = self.bank_name
        if self.card_code is not None:
            field_dict["card_code"] = self.card_code
        if self.card_name is not None:
            field_dict["card_name"] = self.card_name
        if self.card_issuer_code is not None:
            field_dict["card_issuer_code"] = self.card_issuer_code
        if self.card_issuer_name is not None:
            field_dict["card_issuer_name"] = self.card_issuer_name
        if self.card_publisher_code is not None:
            field_dict["card_publisher_code"] = self.card_publisher_code
        if self.card_publisher_name is not None:
            field_dict["card_publisher_name"] = self.card_publisher_name
        if self.card_quota is not None:
            field_dict["card_quota"] = self.card_quota
        if self.card_number is not None:
            field_dict["card_number"] = self.card_number
        if self.card_type is not None:
            field_dict["card_type"] = self.card_type
        if self.vbank_code is not None:
            field_dict["vbank_code"] = self.vbank_code
        if self.vbank_name is not None:
            field_dict["vbank_name"] = self.vbank_name
        if self.vbank_num is not None:
            field_dict["vbank_num"] = self.vbank_num
        if self.vbank_holder is not None:
            field_dict["vbank_holder"] = self.vbank_holder
        if self.vbank_date is not None:
            field_dict["vbank_date"] = self.vbank_date
        if self.vbank_issued_at is not None:
            field_dict["vbank_issued_at"] = self.vbank_issued_at
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
        if self.user_agent is not None:
            field_dict["user_agent"] = self.user_agent
        if self.started_at is not None:
            field_dict["started_at"] = self.started_at
        if self.paid_at is not None:
            field_dict["paid_at"] = self.paid_at
        if self.failed_at is not None:
            field_dict["failed_at"] = self.failed_at
        if self.cancelled_at is not None:
            field_dict["cancelled_at"] = self.cancelled_at
        if self.fail_reason is not None:
            field_dict["fail_reason"] = self.fail_reason
        if self.cancel_reason is not None:
            field_dict["cancel_reason"] = self.cancel_reason
        if self.receipt_url is not None:
            field_dict["receipt_url"] = self.receipt_url
        if self.cancel_history is not None:
            field_dict["cancel_history"] = dumped(self.cancel_history)
        if self.deposit_history is not None:
            field_dict["deposit_history"] = dumped(self.deposit_history)
        if self.cancel_receipt_urls is not None:
            field_dict["cancel_receipt_urls"] = dumped(self.cancel_receipt_urls)
        if self.cash_receipt_issued is not None:
            field_dict["cash_receipt_issued"] = self.cash_receipt_issued
        if self.customer_uid is not None:
            field_dict["customer_uid"] = self.customer_uid
        if self.customer_uid_usage is not None:
            field_dict["customer_uid_usage"] = self.customer_uid_usage
        if self.promotion is not None:
            field_dict["promotion"] = dumped(self.promotion)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        imp_uid = d.pop("imp_uid", MISSING)
        if type(imp_uid) is not str:
            imp_uid = json_str(imp_uid, "imp_uid")
        merchant_uid = d.pop("merchant_uid", MISSING)
        if type(merchant_uid) is not str:
            merchant_uid = json_str(merchant_uid, "merchant_uid")
        amount = d.pop("amount", MISSING)
        if type(amount) is not Decimal or not (
            amount.is_finite() and -MAX_EXPONENT <= amount.adjusted() <= MAX_EXPONENT
        ):
            amount = json_money(amount, "amount")
        cancel_amount = d.pop("cancel_amount", MISSING)
        if type(cancel_amount) is not Decimal or not (
            cancel_amount.is_finite()
            and -MAX_EXPONENT <= cancel_amount.adjusted() <= MAX_EXPONENT
        ):
            cancel_amount = json_money(cancel_amount, "cancel_amount")
        currency = d.pop("currency", MISSING)
        if type(currency) is not str:
            currency = json_str(currency, "currency")
        status = d.pop("status", MISSING)
        try:
            status = PaymentStatus(status)
        except (ValueError, TypeError):
            raise enum_mismatch("status", status, PaymentStatus) from None
        pay_method = d.pop("pay_method", None)
        if type(pay_method) is not str and pay_method is not None:
            pay_method = lenient_str(pay_method, "pay_method")
        channel = d.pop("channel", None)
        if type(channel) is not str and channel is not None:
            channel = lenient_str(channel, "channel")
        pg_provider = d.pop("pg_provider", None)
        if type(pg_provider) is not str and pg_provider is not None:
            pg_provider = lenient_str(pg_provider, "pg_provider")
        emb_pg_provider = d.pop("emb_pg_provider", None)
        if type(emb_pg_provider) is not str and emb_pg_provider is not None:
            emb_pg_provider = lenient_str(emb_pg_provider, "emb_pg_provider")
        pg_tid = d.pop("pg_tid", None)
        if type(pg_tid) is not str and pg_tid is not None:
            pg_tid = lenient_str(pg_tid, "pg_tid")
        pg_id = d.pop("pg_id", None)
        if type(pg_id) is not str and pg_id is not None:
            pg_id = lenient_str(pg_id, "pg_id")
        sandbox = d.pop("sandbox", None)
        if type(sandbox) is not bool and sandbox is not None:
            sandbox = lenient_bool(sandbox, "sandbox")
        escrow = d.pop("escrow", None)
        if type(escrow) is not bool and escrow is not None:
            escrow = lenient_bool(escrow, "escrow")
        apply_num = d.pop("apply_num", None)
        if type(apply_num) is not str and apply_num is not None:
            apply_num = lenient_str(apply_num, "apply_num")
        bank_code = d.pop("bank_code", None)
        if type(bank_code) is not str and bank_code is not None:
            bank_code = lenient_str(bank_code, "bank_code")
        bank_name = d.pop("bank_name", None)
        if type(bank_name) is not str and bank_name is not None:
            bank_name = lenient_str(bank_name, "bank_name")
        card_code = d.pop("card_code", None)
        if type(card_code) is not str and card_code is not None:
            card_code = lenient_str(card_code, "card_code")
        card_name = d.pop("card_name", None)
        if type(card_name) is not str and card_name is not None:
            card_name = lenient_str(card_name, "card_name")
        card_issuer_code = d.pop("card_issuer_code", None)
        if type(card_issuer_code) is not str and card_issuer_code is not None:
            card_issuer_code = lenient_str(card_issuer_code, "card_issuer_code")
        card_issuer_name = d.pop("card_issuer_name", None)
        if type(card_issuer_name) is not str and card_issuer_name is not None:
            card_issuer_name = lenient_str(card_issuer_name, "card_issuer_name")
        card_publisher_code = d.pop("card_publisher_code", None)
        if type(card_publisher_code) is not str and card_publisher_code is not None:
            card_publisher_code = lenient_str(
                card_publisher_code, "card_publisher_code"
            )
        card_publisher_name = d.pop("card_publisher_name", None)
        if type(card_publisher_name) is not str and card_publisher_name is not None:
            card_publisher_name = lenient_str(
                card_publisher_name, "card_publisher_name"
            )
        card_quota = d.pop("card_quota", None)
        if type(card_quota) is not int and card_quota is not None:
            card_quota = lenient_int(card_quota, "card_quota")
        card_number = d.pop("card_number", None)
        if type(card_number) is not str and card_number is not None:
            card_number = lenient_str(card_number, "card_number")
        card_type = d.pop("card_type", None)
        if type(card_type) is not int and card_type is not None:
            card_type = lenient_int(card_type, "card_type")
        vbank_code = d.pop("vbank_code", None)
        if type(vbank_code) is not str and vbank_code is not None:
            vbank_code = lenient_str(vbank_code, "vbank_code")
        vbank_name = d.pop("vbank_name", None)
        if type(vbank_name) is not str and vbank_name is not None:
            vbank_name = lenient_str(vbank_name, "vbank_name")
        vbank_num = d.pop("vbank_num", None)
        if type(vbank_num) is not str and vbank_num is not None:
            vbank_num = lenient_str(vbank_num, "vbank_num")
        vbank_holder = d.pop("vbank_holder", None)
        if type(vbank_holder) is not str and vbank_holder is not None:
            vbank_holder = lenient_str(vbank_holder, "vbank_holder")
        vbank_date = d.pop("vbank_date", None)
        if type(vbank_date) is not int and vbank_date is not None:
            vbank_date = lenient_int(vbank_date, "vbank_date")
        vbank_issued_at = d.pop("vbank_issued_at", None)
        if type(vbank_issued_at) is not int and vbank_issued_at is not None:
            vbank_issued_at = lenient_int(vbank_issued_at, "vbank_issued_at")
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
        user_agent = d.pop("user_agent", None)
        if type(user_agent) is not str and user_agent is not None:
            user_agent = lenient_str(user_agent, "user_agent")
        started_at = d.pop("started_at", None)
        if type(started_at) is not int and started_at is not None:
            started_at = lenient_int(started_at, "started_at")
        paid_at = d.pop("paid_at", None)
        if type(paid_at) is not int and paid_at is not None:
            paid_at = lenient_int(paid_at, "paid_at")
        failed_at = d.pop("failed_at", None)
        if type(failed_at) is not int and failed_at is not None:
            failed_at = lenient_int(failed_at, "failed_at")
        cancelled_at = d.pop("cancelled_at", None)
        if type(cancelled_at) is not int and cancelled_at is not None:
            cancelled_at = lenient_int(cancelled_at, "cancelled_at")
        fail_reason = d.pop("fail_reason", None)
        if type(fail_reason) is not str and fail_reason is not None:
            fail_reason = lenient_str(fail_reason, "fail_reason")
        cancel_reason = d.pop("cancel_reason", None)
        if type(cancel_reason) is not str and cancel_reason is not None:
            cancel_reason = lenient_str(cancel_reason, "cancel_reason")
        receipt_url = d.pop("receipt_url", None)
        if type(receipt_url) is not str and receipt_url is not None:
            receipt_url = lenient_str(receipt_url, "receipt_url")
        cancel_history = d.pop("cancel_history", None)
        if cancel_history is not None:
            if not isinstance(cancel_history, list):
                cancel_history = kept(cancel_history, "cancel_history", "an array")
            else:
                cancel_history_items: list[PaymentCancellation] = []
                for index_0, item_0 in enumerate(cancel_history):
                    if not isinstance(item_0, dict):
                        item_0 = kept(item_0, f"cancel_history[{index_0}]", "an object")
                    else:
                        from ..models.payment_cancellation import PaymentCancellation  # noqa: PLC0415

                        mark_1 = DRIFT_SEQ[0]
                        try:
                            item_0 = PaymentCancellation.from_dict(item_0)
                        except SpecMismatchError as exc:
                            raise exc.within(f"cancel_history[{index_0}]") from None
                        if DRIFT_SEQ[0] != mark_1:
                            drift_within(mark_1, f"cancel_history[{index_0}]")
                    cancel_history_items.append(item_0)
                cancel_history = cancel_history_items
        deposit_history = d.pop("deposit_history", None)
        if deposit_history is not None:
            if not isinstance(deposit_history, list):
                deposit_history = kept(deposit_history, "deposit_history", "an array")
            else:
                deposit_history_items: list[VbankDeposit] = []
                for index_0, item_0 in enumerate(deposit_history):
                    if not isinstance(item_0, dict):
                        item_0 = kept(
                            item_0, f"deposit_history[{index_0}]", "an object"
                        )
                    else:
                        from ..models.vbank_deposit import VbankDeposit  # noqa: PLC0415

                        mark_1 = DRIFT_SEQ[0]
                        try:
                            item_0 = VbankDeposit.from_dict(item_0)
                        except SpecMismatchError as exc:
                            raise exc.within(f"deposit_history[{index_0}]") from None
                        if DRIFT_SEQ[0] != mark_1:
                            drift_within(mark_1, f"deposit_history[{index_0}]")
                    deposit_history_items.append(item_0)
                deposit_history = deposit_history_items
        cancel_receipt_urls = d.pop("cancel_receipt_urls", None)
        if cancel_receipt_urls is not None:
            if not isinstance(cancel_receipt_urls, list):
                cancel_receipt_urls = kept(
                    cancel_receipt_urls, "cancel_receipt_urls", "an array"
                )
            else:
                cancel_receipt_urls_items: list[str] = []
                for index_0, item_0 in enumerate(cancel_receipt_urls):
                    if type(item_0) is not str:
                        item_0 = lenient_str(item_0, f"cancel_receipt_urls[{index_0}]")
                    cancel_receipt_urls_items.append(item_0)
                cancel_receipt_urls = cancel_receipt_urls_items
        cash_receipt_issued = d.pop("cash_receipt_issued", None)
        if type(cash_receipt_issued) is not bool and cash_receipt_issued is not None:
            cash_receipt_issued = lenient_bool(
                cash_receipt_issued, "cash_receipt_issued"
            )
        customer_uid = d.pop("customer_uid", None)
        if type(customer_uid) is not str and customer_uid is not None:
            customer_uid = lenient_str(customer_uid, "customer_uid")
        customer_uid_usage = d.pop("customer_uid_usage", None)
        if type(customer_uid_usage) is not str and customer_uid_usage is not None:
            customer_uid_usage = lenient_str(customer_uid_usage, "customer_uid_usage")
        promotion = d.pop("promotion", None)
        if promotion is not None:
            if not isinstance(promotion, dict):
                promotion = kept(promotion, "promotion", "an object")
            else:
                from ..models.payment_promotion import PaymentPromotion  # noqa: PLC0415

                mark_0 = DRIFT_SEQ[0]
                try:
                    promotion = PaymentPromotion.from_dict(promotion)
                except SpecMismatchError as exc:
                    raise exc.within("promotion") from None
                if DRIFT_SEQ[0] != mark_0:
                    drift_within(mark_0, "promotion")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.imp_uid = imp_uid
        model_.merchant_uid = merchant_uid
        model_.amount = amount
        model_.cancel_amount = cancel_amount
        model_.currency = currency
        model_.status = status
        model_.pay_method = pay_method
        model_.channel = channel
        model_.pg_provider = pg_provider
        model_.emb_pg_provider = emb_pg_provider
        model_.pg_tid = pg_tid
        model_.pg_id = pg_id
        model_.sandbox = sandbox
        model_.escrow = escrow
        model_.apply_num = apply_num
        model_.bank_code = bank_code
        model_.bank_name = bank_name
        model_.card_code = card_code
        model_.card_name = card_name
        model_.card_issuer_code = card_issuer_code
        model_.card_issuer_name = card_issuer_name
        model_.card_publisher_code = card_publisher_code
        model_.card_publisher_name = card_publisher_name
        model_.card_quota = card_quota
        model_.card_number = card_number
        model_.card_type = card_type
        model_.vbank_code = vbank_code
        model_.vbank_name = vbank_name
        model_.vbank_num = vbank_num
        model_.vbank_holder = vbank_holder
        model_.vbank_date = vbank_date
        model_.vbank_issued_at = vbank_issued_at
        model_.name = name
        model_.buyer_name = buyer_name
        model_.buyer_email = buyer_email
        model_.buyer_tel = buyer_tel
        model_.buyer_addr = buyer_addr
        model_.buyer_postcode = buyer_postcode
        model_.custom_data = custom_data
        model_.user_agent = user_agent
        model_.started_at = started_at
        model_.paid_at = paid_at
        model_.failed_at = failed_at
        model_.cancelled_at = cancelled_at
        model_.fail_reason = fail_reason
        model_.cancel_reason = cancel_reason
        model_.receipt_url = receipt_url
        model_.cancel_history = cancel_history
        model_.deposit_history = deposit_history
        model_.cancel_receipt_urls = cancel_receipt_urls
        model_.cash_receipt_issued = cash_receipt_issued
        model_.customer_uid = customer_uid
        model_.customer_uid_usage = customer_uid_usage
        model_.promotion = promotion
        if d:
            unknown_members(d)
        model_.additional_properties = d
        return model_

    @property
    def vbank_date_kst(self) -> datetime | None:
        """``vbank_date`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.vbank_date, "vbank_date")

    @property
    def vbank_issued_at_kst(self) -> datetime | None:
        """``vbank_issued_at`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.vbank_issued_at, "vbank_issued_at")

    @property
    def started_at_kst(self) -> datetime | None:
        """``started_at`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.started_at, "started_at")

    @property
    def paid_at_kst(self) -> datetime | None:
        """``paid_at`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.paid_at, "paid_at")

    @property
    def failed_at_kst(self) -> datetime | None:
        """``failed_at`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.failed_at, "failed_at")

    @property
    def cancelled_at_kst(self) -> datetime | None:
        """``cancelled_at`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.cancelled_at, "cancelled_at")

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
