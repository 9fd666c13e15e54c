from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_status import PaymentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_cancellation import PaymentCancellation
    from ..models.payment_promotion import PaymentPromotion
    from ..models.vbank_deposit import VbankDeposit


T = TypeVar("T", bound="Payment")


@_attrs_define
class Payment:
    """One payment attempt and everything that happened to it."""

    imp_uid: str
    """ The service's id of this payment. """
    merchant_uid: str
    """ The merchant's order id. """
    amount: float
    """ Amount charged. """
    cancel_amount: float
    """ Total amount cancelled so far. """
    currency: str
    """ ISO currency code, e.g. KRW or USD (open set). """
    status: PaymentStatus
    """ State of a payment: `ready` (waiting, e.g. for a deposit), `paid`, `cancelled` (fully), `failed`. """
    pay_method: None | str | Unset = UNSET
    """ Means of payment; known values include card, trans, vbank, phone, samsung, kpay, kakaopay, payco, lpay,
    ssgpay, tosspay, cultureland, smartculture, happymoney, booknlife, point. """
    channel: None | str | Unset = UNSET
    """ Where the payment was started: pc, mobile or api. """
    pg_provider: None | str | Unset = UNSET
    """ Payment gateway; known values include html5_inicis, inicis, kcp, kcp_billing, uplus, nice, jtnet, kicc,
    bluewalnut, kakaopay, danal, danal_tpay, mobilians, chai, syrup, payco, paypal, eximbay, naverpay, naverco,
    smilepay, alipay, paymentwall, payple, tosspay, smartro, settle. """
    emb_pg_provider: None | str | Unset = UNSET
    """ Easy-pay provider used inside the gateway's window, if any. """
    pg_tid: None | str | Unset = UNSET
    """ The gateway's transaction id. """
    pg_id: None | str | Unset = UNSET
    """ The gateway merchant id that processed the payment. """
    sandbox: bool | None | Unset = UNSET
    """ True for payments made through a test channel. """
    escrow: bool | None | Unset = UNSET
    """ True when the payment is held in escrow. """
    apply_num: None | str | Unset = UNSET
    """ Card approval number. """
    bank_code: None | str | Unset = UNSET
    """ Standard bank code for bank transfers. """
    bank_name: None | str | Unset = UNSET
    """ Bank name for bank transfers. """
    card_code: None | str | Unset = UNSET
    """ Standard card company code (open set). """
    card_name: None | str | Unset = UNSET
    """ Card company name. """
    card_issuer_code: None | str | Unset = UNSET
    """ Issuing company code. """
    card_issuer_name: None | str | Unset = UNSET
    """ Issuing company name. """
    card_publisher_code: None | str | Unset = UNSET
    """ Card brand code. """
    card_publisher_name: None | str | Unset = UNSET
    """ Card brand name. """
    card_quota: int | None | Unset = UNSET
    """ Instalment months (0 means paid in full). """
    card_number: None | str | Unset = UNSET
    """ The card number, masked by the service. """
    card_type: int | None | Unset = UNSET
    """ 0 for a credit card, 1 for a debit card. """
    vbank_code: None | str | Unset = UNSET
    """ Standard bank code of the virtual account. """
    vbank_name: None | str | Unset = UNSET
    """ Bank name of the virtual account. """
    vbank_num: None | str | Unset = UNSET
    """ Virtual account number. """
    vbank_holder: None | str | Unset = UNSET
    """ Holder name shown for the virtual account. """
    vbank_date: int | None | Unset = UNSET
    """ Deposit deadline (unix seconds). """
    vbank_issued_at: int | None | Unset = UNSET
    """ When the virtual account was issued (unix seconds). """
    name: None | str | Unset = UNSET
    """ Order name. """
    buyer_name: None | str | Unset = UNSET
    buyer_email: None | str | Unset = UNSET
    buyer_tel: None | str | Unset = UNSET
    buyer_addr: None | str | Unset = UNSET
    buyer_postcode: None | str | Unset = UNSET
    custom_data: None | str | Unset = UNSET
    """ Merchant data stored with the payment (objects are stored as JSON text). """
    user_agent: None | str | Unset = UNSET
    """ Browser of the buyer, when known. """
    started_at: int | None | Unset = UNSET
    """ When the payment was requested (unix seconds). """
    paid_at: int | None | Unset = UNSET
    """ When it was paid (unix seconds; 0 if not). """
    failed_at: int | None | Unset = UNSET
    """ When it failed (unix seconds; 0 if not). """
    cancelled_at: int | None | Unset = UNSET
    """ When it was last cancelled (unix seconds; 0 if not). """
    fail_reason: None | str | Unset = UNSET
    """ Why the payment failed, in the gateway's words. """
    cancel_reason: None | str | Unset = UNSET
    """ Reason given with the last cancel. """
    receipt_url: None | str | Unset = UNSET
    """ Link to the sales slip. """
    cancel_history: list[PaymentCancellation] | None | Unset = UNSET
    """ Every (partial) cancel, oldest first. """
    deposit_history: list[VbankDeposit] | None | Unset = UNSET
    """ Deposits into a virtual account. """
    cancel_receipt_urls: list[str] | None | Unset = UNSET
    """ Links to the cancel slips (superseded by cancel_history). """
    cash_receipt_issued: bool | None | Unset = UNSET
    """ True when a cash receipt was issued. """
    customer_uid: None | str | Unset = UNSET
    """ Billing key used or issued with this payment. """
    customer_uid_usage: None | str | Unset = UNSET
    """ How the billing key took part: issue, payment or payment.scheduled. """
    promotion: None | PaymentPromotion | Unset = UNSET
    """ Promotion applied to the payment, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_promotion import PaymentPromotion  # noqa: PLC0415

        imp_uid = self.imp_uid

        merchant_uid = self.merchant_uid

        amount = self.amount

        cancel_amount = self.cancel_amount

        currency = self.currency

        status = self.status.value

        pay_method: None | str | Unset
        if isinstance(self.pay_method, Unset):
            pay_method = UNSET
        else:
            pay_method = self.pay_method

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        pg_provider: None | str | Unset
        if isinstance(self.pg_provider, Unset):
            pg_provider = UNSET
        else:
            pg_provider = self.pg_provider

        emb_pg_provider: None | str | Unset
        if isinstance(self.emb_pg_provider, Unset):
            emb_pg_provider = UNSET
        else:
            emb_pg_provider = self.emb_pg_provider

        pg_tid: None | str | Unset
        if isinstance(self.pg_tid, Unset):
            pg_tid = UNSET
        else:
            pg_tid = self.pg_tid

        pg_id: None | str | Unset
        if isinstance(self.pg_id, Unset):
            pg_id = UNSET
        else:
            pg_id = self.pg_id

        sandbox: bool | None | Unset
        if isinstance(self.sandbox, Unset):
            sandbox = UNSET
        else:
            sandbox = self.sandbox

        escrow: bool | None | Unset
        if isinstance(self.escrow, Unset):
            escrow = UNSET
        else:
            escrow = self.escrow

        apply_num: None | str | Unset
        if isinstance(self.apply_num, Unset):
            apply_num = UNSET
        else:
            apply_num = self.apply_num

        bank_code: None | str | Unset
        if isinstance(self.bank_code, Unset):
            bank_code = UNSET
        else:
            bank_code = self.bank_code

        bank_name: None | str | Unset
        if isinstance(self.bank_name, Unset):
            bank_name = UNSET
        else:
            bank_name = self.bank_name

        card_code: None | str | Unset
        if isinstance(self.card_code, Unset):
            card_code = UNSET
        else:
            card_code = self.card_code

        card_name: None | str | Unset
        if isinstance(self.card_name, Unset):
            card_name = UNSET
        else:
            card_name = self.card_name

        card_issuer_code: None | str | Unset
        if isinstance(self.card_issuer_code, Unset):
            card_issuer_code = UNSET
        else:
            card_issuer_code = self.card_issuer_code

        card_issuer_name: None | str | Unset
        if isinstance(self.card_issuer_name, Unset):
            card_issuer_name = UNSET
        else:
            card_issuer_name = self.card_issuer_name

        card_publisher_code: None | str | Unset
        if isinstance(self.card_publisher_code, Unset):
            card_publisher_code = UNSET
        else:
            card_publisher_code = self.card_publisher_code

        card_publisher_name: None | str | Unset
        if isinstance(self.card_publisher_name, Unset):
            card_publisher_name = UNSET
        else:
            card_publisher_name = self.card_publisher_name

        card_quota: int | None | Unset
        if isinstance(self.card_quota, Unset):
            card_quota = UNSET
        else:
            card_quota = self.card_quota

        card_number: None | str | Unset
        if isinstance(self.card_number, Unset):
            card_number = UNSET
        else:
            card_number = self.card_number

        card_type: int | None | Unset
        if isinstance(self.card_type, Unset):
            card_type = UNSET
        else:
            card_type = self.card_type

        vbank_code: None | str | Unset
        if isinstance(self.vbank_code, Unset):
            vbank_code = UNSET
        else:
            vbank_code = self.vbank_code

        vbank_name: None | str | Unset
        if isinstance(self.vbank_name, Unset):
            vbank_name = UNSET
        else:
            vbank_name = self.vbank_name

        vbank_num: None | str | Unset
        if isinstance(self.vbank_num, Unset):
            vbank_num = UNSET
        else:
            vbank_num = self.vbank_num

        vbank_holder: None | str | Unset
        if isinstance(self.vbank_holder, Unset):
            vbank_holder = UNSET
        else:
            vbank_holder = self.vbank_holder

        vbank_date: int | None | Unset
        if isinstance(self.vbank_date, Unset):
            vbank_date = UNSET
        else:
            vbank_date = self.vbank_date

        vbank_issued_at: int | None | Unset
        if isinstance(self.vbank_issued_at, Unset):
            vbank_issued_at = UNSET
        else:
            vbank_issued_at = self.vbank_issued_at

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        buyer_name: None | str | Unset
        if isinstance(self.buyer_name, Unset):
            buyer_name = UNSET
        else:
            buyer_name = self.buyer_name

        buyer_email: None | str | Unset
        if isinstance(self.buyer_email, Unset):
            buyer_email = UNSET
        else:
            buyer_email = self.buyer_email

        buyer_tel: None | str | Unset
        if isinstance(self.buyer_tel, Unset):
            buyer_tel = UNSET
        else:
            buyer_tel = self.buyer_tel

        buyer_addr: None | str | Unset
        if isinstance(self.buyer_addr, Unset):
            buyer_addr = UNSET
        else:
            buyer_addr = self.buyer_addr

        buyer_postcode: None | str | Unset
        if isinstance(self.buyer_postcode, Unset):
            buyer_postcode = UNSET
        else:
            buyer_postcode = self.buyer_postcode

        custom_data: None | str | Unset
        if isinstance(self.custom_data, Unset):
            custom_data = UNSET
        else:
            custom_data = self.custom_data

        user_agent: None | str | Unset
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        else:
            user_agent = self.user_agent

        started_at: int | None | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        paid_at: int | None | Unset
        if isinstance(self.paid_at, Unset):
            paid_at = UNSET
        else:
            paid_at = self.paid_at

        failed_at: int | None | Unset
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        else:
            failed_at = self.failed_at

        cancelled_at: int | None | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        else:
            cancelled_at = self.cancelled_at

        fail_reason: None | str | Unset
        if isinstance(self.fail_reason, Unset):
            fail_reason = UNSET
        else:
            fail_reason = self.fail_reason

        cancel_reason: None | str | Unset
        if isinstance(self.cancel_reason, Unset):
            cancel_reason = UNSET
        else:
            cancel_reason = self.cancel_reason

        receipt_url: None | str | Unset
        if isinstance(self.receipt_url, Unset):
            receipt_url = UNSET
        else:
            receipt_url = self.receipt_url

        cancel_history: list[dict[str, Any]] | None | Unset
        if isinstance(self.cancel_history, Unset):
            cancel_history = UNSET
        elif isinstance(self.cancel_history, list):
            cancel_history = []
            for cancel_history_type_0_item_data in self.cancel_history:
                cancel_history_type_0_item = cancel_history_type_0_item_data.to_dict()
                cancel_history.append(cancel_history_type_0_item)

        else:
            cancel_history = self.cancel_history

        deposit_history: list[dict[str, Any]] | None | Unset
        if isinstance(self.deposit_history, Unset):
            deposit_history = UNSET
        elif isinstance(self.deposit_history, list):
            deposit_history = []
            for deposit_history_type_0_item_data in self.deposit_history:
                deposit_history_type_0_item = deposit_history_type_0_item_data.to_dict()
                deposit_history.append(deposit_history_type_0_item)

        else:
            deposit_history = self.deposit_history

        cancel_receipt_urls: list[str] | None | Unset
        if isinstance(self.cancel_receipt_urls, Unset):
            cancel_receipt_urls = UNSET
        elif isinstance(self.cancel_receipt_urls, list):
            cancel_receipt_urls = self.cancel_receipt_urls

        else:
            cancel_receipt_urls = self.cancel_receipt_urls

        cash_receipt_issued: bool | None | Unset
        if isinstance(self.cash_receipt_issued, Unset):
            cash_receipt_issued = UNSET
        else:
            cash_receipt_issued = self.cash_receipt_issued

        customer_uid: None | str | Unset
        if isinstance(self.customer_uid, Unset):
            customer_uid = UNSET
        else:
            customer_uid = self.customer_uid

        customer_uid_usage: None | str | Unset
        if isinstance(self.customer_uid_usage, Unset):
            customer_uid_usage = UNSET
        else:
            customer_uid_usage = self.customer_uid_usage

        promotion: dict[str, Any] | None | Unset
        if isinstance(self.promotion, Unset):
            promotion = UNSET
        elif isinstance(self.promotion, PaymentPromotion):
            promotion = self.promotion.to_dict()
        else:
            promotion = self.promotion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imp_uid": imp_uid,
                "merchant_uid": merchant_uid,
                "amount": amount,
                "cancel_amount": cancel_amount,
                "currency": currency,
                "status": status,
            }
        )
        if pay_method is not UNSET:
            field_dict["pay_method"] = pay_method
        if channel is not UNSET:
            field_dict["channel"] = channel
        if pg_provider is not UNSET:
            field_dict["pg_provider"] = pg_provider
        if emb_pg_provider is not UNSET:
            field_dict["emb_pg_provider"] = emb_pg_provider
        if pg_tid is not UNSET:
            field_dict["pg_tid"] = pg_tid
        if pg_id is not UNSET:
            field_dict["pg_id"] = pg_id
        if sandbox is not UNSET:
            field_dict["sandbox"] = sandbox
        if escrow is not UNSET:
            field_dict["escrow"] = escrow
        if apply_num is not UNSET:
            field_dict["apply_num"] = apply_num
        if bank_code is not UNSET:
            field_dict["bank_code"] = bank_code
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if card_code is not UNSET:
            field_dict["card_code"] = card_code
        if card_name is not UNSET:
            field_dict["card_name"] = card_name
        if card_issuer_code is not UNSET:
            field_dict["card_issuer_code"] = card_issuer_code
        if card_issuer_name is not UNSET:
            field_dict["card_issuer_name"] = card_issuer_name
        if card_publisher_code is not UNSET:
            field_dict["card_publisher_code"] = card_publisher_code
        if card_publisher_name is not UNSET:
            field_dict["card_publisher_name"] = card_publisher_name
        if card_quota is not UNSET:
            field_dict["card_quota"] = card_quota
        if card_number is not UNSET:
            field_dict["card_number"] = card_number
        if card_type is not UNSET:
            field_dict["card_type"] = card_type
        if vbank_code is not UNSET:
            field_dict["vbank_code"] = vbank_code
        if vbank_name is not UNSET:
            field_dict["vbank_name"] = vbank_name
        if vbank_num is not UNSET:
            field_dict["vbank_num"] = vbank_num
        if vbank_holder is not UNSET:
            field_dict["vbank_holder"] = vbank_holder
        if vbank_date is not UNSET:
            field_dict["vbank_date"] = vbank_date
        if vbank_issued_at is not UNSET:
            field_dict["vbank_issued_at"] = vbank_issued_at
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
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if paid_at is not UNSET:
            field_dict["paid_at"] = paid_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at
        if cancelled_at is not UNSET:
            field_dict["cancelled_at"] = cancelled_at
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
        if cancel_reason is not UNSET:
            field_dict["cancel_reason"] = cancel_reason
        if receipt_url is not UNSET:
            field_dict["receipt_url"] = receipt_url
        if cancel_history is not UNSET:
            field_dict["cancel_history"] = cancel_history
        if deposit_history is not UNSET:
            field_dict["deposit_history"] = deposit_history
        if cancel_receipt_urls is not UNSET:
            field_dict["cancel_receipt_urls"] = cancel_receipt_urls
        if cash_receipt_issued is not UNSET:
            field_dict["cash_receipt_issued"] = cash_receipt_issued
        if customer_uid is not UNSET:
            field_dict["customer_uid"] = customer_uid
        if customer_uid_usage is not UNSET:
            field_dict["customer_uid_usage"] = customer_uid_usage
        if promotion is not UNSET:
            field_dict["promotion"] = promotion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_cancellation import PaymentCancellation  # noqa: PLC0415
        from ..models.payment_promotion import PaymentPromotion  # noqa: PLC0415
        from ..models.vbank_deposit import VbankDeposit  # noqa: PLC0415

        d = dict(src_dict)
        imp_uid = d.pop("imp_uid")

        merchant_uid = d.pop("merchant_uid")

        amount = d.pop("amount")

        cancel_amount = d.pop("cancel_amount")

        currency = d.pop("currency")

        status = PaymentStatus(d.pop("status"))

        def _parse_pay_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pay_method = _parse_pay_method(d.pop("pay_method", UNSET))

        def _parse_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_pg_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pg_provider = _parse_pg_provider(d.pop("pg_provider", UNSET))

        def _parse_emb_pg_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        emb_pg_provider = _parse_emb_pg_provider(d.pop("emb_pg_provider", UNSET))

        def _parse_pg_tid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pg_tid = _parse_pg_tid(d.pop("pg_tid", UNSET))

        def _parse_pg_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pg_id = _parse_pg_id(d.pop("pg_id", UNSET))

        def _parse_sandbox(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sandbox = _parse_sandbox(d.pop("sandbox", UNSET))

        def _parse_escrow(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        escrow = _parse_escrow(d.pop("escrow", UNSET))

        def _parse_apply_num(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apply_num = _parse_apply_num(d.pop("apply_num", UNSET))

        def _parse_bank_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_code = _parse_bank_code(d.pop("bank_code", UNSET))

        def _parse_bank_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_name = _parse_bank_name(d.pop("bank_name", UNSET))

        def _parse_card_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_code = _parse_card_code(d.pop("card_code", UNSET))

        def _parse_card_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_name = _parse_card_name(d.pop("card_name", UNSET))

        def _parse_card_issuer_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_issuer_code = _parse_card_issuer_code(d.pop("card_issuer_code", UNSET))

        def _parse_card_issuer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_issuer_name = _parse_card_issuer_name(d.pop("card_issuer_name", UNSET))

        def _parse_card_publisher_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_publisher_code = _parse_card_publisher_code(
            d.pop("card_publisher_code", UNSET)
        )

        def _parse_card_publisher_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_publisher_name = _parse_card_publisher_name(
            d.pop("card_publisher_name", UNSET)
        )

        def _parse_card_quota(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        card_quota = _parse_card_quota(d.pop("card_quota", UNSET))

        def _parse_card_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_number = _parse_card_number(d.pop("card_number", UNSET))

        def _parse_card_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        card_type = _parse_card_type(d.pop("card_type", UNSET))

        def _parse_vbank_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vbank_code = _parse_vbank_code(d.pop("vbank_code", UNSET))

        def _parse_vbank_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vbank_name = _parse_vbank_name(d.pop("vbank_name", UNSET))

        def _parse_vbank_num(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vbank_num = _parse_vbank_num(d.pop("vbank_num", UNSET))

        def _parse_vbank_holder(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vbank_holder = _parse_vbank_holder(d.pop("vbank_holder", UNSET))

        def _parse_vbank_date(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vbank_date = _parse_vbank_date(d.pop("vbank_date", UNSET))

        def _parse_vbank_issued_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vbank_issued_at = _parse_vbank_issued_at(d.pop("vbank_issued_at", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_buyer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        buyer_name = _parse_buyer_name(d.pop("buyer_name", UNSET))

        def _parse_buyer_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        buyer_email = _parse_buyer_email(d.pop("buyer_email", UNSET))

        def _parse_buyer_tel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        buyer_tel = _parse_buyer_tel(d.pop("buyer_tel", UNSET))

        def _parse_buyer_addr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        buyer_addr = _parse_buyer_addr(d.pop("buyer_addr", UNSET))

        def _parse_buyer_postcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        buyer_postcode = _parse_buyer_postcode(d.pop("buyer_postcode", UNSET))

        def _parse_custom_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_data = _parse_custom_data(d.pop("custom_data", UNSET))

        def _parse_user_agent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_agent = _parse_user_agent(d.pop("user_agent", UNSET))

        def _parse_started_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_paid_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        paid_at = _parse_paid_at(d.pop("paid_at", UNSET))

        def _parse_failed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        failed_at = _parse_failed_at(d.pop("failed_at", UNSET))

        def _parse_cancelled_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at", UNSET))

        def _parse_fail_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fail_reason = _parse_fail_reason(d.pop("fail_reason", UNSET))

        def _parse_cancel_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancel_reason = _parse_cancel_reason(d.pop("cancel_reason", UNSET))

        def _parse_receipt_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receipt_url = _parse_receipt_url(d.pop("receipt_url", UNSET))

        def _parse_cancel_history(
            data: object,
        ) -> list[PaymentCancellation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cancel_history_type_0 = []
                _cancel_history_type_0 = data
                for cancel_history_type_0_item_data in _cancel_history_type_0:
                    cancel_history_type_0_item = PaymentCancellation.from_dict(
                        cancel_history_type_0_item_data
                    )

                    cancel_history_type_0.append(cancel_history_type_0_item)

                return cancel_history_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PaymentCancellation] | None | Unset, data)

        cancel_history = _parse_cancel_history(d.pop("cancel_history", UNSET))

        def _parse_deposit_history(data: object) -> list[VbankDeposit] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                deposit_history_type_0 = []
                _deposit_history_type_0 = data
                for deposit_history_type_0_item_data in _deposit_history_type_0:
                    deposit_history_type_0_item = VbankDeposit.from_dict(
                        deposit_history_type_0_item_data
                    )

                    deposit_history_type_0.append(deposit_history_type_0_item)

                return deposit_history_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VbankDeposit] | None | Unset, data)

        deposit_history = _parse_deposit_history(d.pop("deposit_history", UNSET))

        def _parse_cancel_receipt_urls(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cancel_receipt_urls_type_0 = cast(list[str], data)

                return cancel_receipt_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        cancel_receipt_urls = _parse_cancel_receipt_urls(
            d.pop("cancel_receipt_urls", UNSET)
        )

        def _parse_cash_receipt_issued(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cash_receipt_issued = _parse_cash_receipt_issued(
            d.pop("cash_receipt_issued", UNSET)
        )

        def _parse_customer_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_uid = _parse_customer_uid(d.pop("customer_uid", UNSET))

        def _parse_customer_uid_usage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_uid_usage = _parse_customer_uid_usage(
            d.pop("customer_uid_usage", UNSET)
        )

        def _parse_promotion(data: object) -> None | PaymentPromotion | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                promotion_type_0 = PaymentPromotion.from_dict(data)

                return promotion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentPromotion | Unset, data)

        promotion = _parse_promotion(d.pop("promotion", UNSET))

        payment = cls(
            imp_uid=imp_uid,
            merchant_uid=merchant_uid,
            amount=amount,
            cancel_amount=cancel_amount,
            currency=currency,
            status=status,
            pay_method=pay_method,
            channel=channel,
            pg_provider=pg_provider,
            emb_pg_provider=emb_pg_provider,
            pg_tid=pg_tid,
            pg_id=pg_id,
            sandbox=sandbox,
            escrow=escrow,
            apply_num=apply_num,
            bank_code=bank_code,
            bank_name=bank_name,
            card_code=card_code,
            card_name=card_name,
            card_issuer_code=card_issuer_code,
            card_issuer_name=card_issuer_name,
            card_publisher_code=card_publisher_code,
            card_publisher_name=card_publisher_name,
            card_quota=card_quota,
            card_number=card_number,
            card_type=card_type,
            vbank_code=vbank_code,
            vbank_name=vbank_name,
            vbank_num=vbank_num,
            vbank_holder=vbank_holder,
            vbank_date=vbank_date,
            vbank_issued_at=vbank_issued_at,
            name=name,
            buyer_name=buyer_name,
            buyer_email=buyer_email,
            buyer_tel=buyer_tel,
            buyer_addr=buyer_addr,
            buyer_postcode=buyer_postcode,
            custom_data=custom_data,
            user_agent=user_agent,
            started_at=started_at,
            paid_at=paid_at,
            failed_at=failed_at,
            cancelled_at=cancelled_at,
            fail_reason=fail_reason,
            cancel_reason=cancel_reason,
            receipt_url=receipt_url,
            cancel_history=cancel_history,
            deposit_history=deposit_history,
            cancel_receipt_urls=cancel_receipt_urls,
            cash_receipt_issued=cash_receipt_issued,
            customer_uid=customer_uid,
            customer_uid_usage=customer_uid_usage,
            promotion=promotion,
        )

        payment.additional_properties = d
        return payment

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
