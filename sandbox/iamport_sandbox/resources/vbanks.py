"""Resource ``vbanks``: virtual accounts (issue, change, revoke, holder lookups).

A virtual account is a ``ready`` payment (``pay_method`` ``vbank``) until the buyer pays
into it; the admin API's deposit (:meth:`Vbanks.deposit`) plays the buyer.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import TYPE_CHECKING

from .. import params
from ..call import Call, RouteSpec
from ..errors import bad_request, not_found, rejected
from ..models import DepositRecord, JsonDict, OrderInfo, Payment
from ..money import ZERO, to_json_number
from . import codes
from .store import (
    DEFAULT_PG_ID,
    DEFAULT_PG_PROVIDER,
    MSG_PAYMENT_NOT_FOUND,
    RECEIPT_BASE,
    Store,
    fmt,
    random_digits,
)

if TYPE_CHECKING:
    from . import SandboxState

DEFAULT_VBANK_HOLDER = "샌드박스상점"
ACCOUNT_DIGITS = range(10, 17)
MSG_VBANK_OVERDUE = "입금 기한이 지난 가상계좌입니다."
MSG_NO_VBANK = "존재하지 않는 가상계좌 결제정보입니다."

VBANK_NAMES: dict[str, str] = {
    "004": "KB국민은행",
    "088": "신한은행",
    "020": "우리은행",
    "081": "하나은행",
    "011": "NH농협은행",
    "003": "IBK기업은행",
}
# Holder names handed out by GET /vbanks/holder (picked by a hash of bank code + number).
HOLDER_NAMES = (
    "김민준", "이서연", "박지훈", "최수아", "정도윤",
    "강하은", "조시우", "윤지민", "장예준", "임서윤",
)  # fmt: skip


def holder_name(bank_code: str, bank_num: str) -> str:
    """The (fake) holder of an account: always the same name for the same account."""
    digest = hashlib.sha256(f"{bank_code}:{bank_num}".encode()).digest()
    return HOLDER_NAMES[int.from_bytes(digest[:4], "big") % len(HOLDER_NAMES)]


class Vbanks:
    """Virtual accounts (payments with ``pay_method`` ``vbank``; no data of their own)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _waiting(self, imp_uid: str, refusal: str) -> Payment:
        payment = self.store.payment_record(imp_uid)
        if payment is None or payment.pay_method != "vbank":
            raise not_found(MSG_NO_VBANK)
        if payment.status != "ready":
            raise rejected(refusal)
        return payment

    def create(
        self,
        merchant_uid: str,
        amount: Decimal,
        order: OrderInfo,
        vbank_code: str,
        vbank_due: int,
        vbank_holder: str | None = None,
    ) -> JsonDict:
        """``POST /vbanks``: issue a virtual account (payment ``ready`` until deposit)."""
        with self.store.lock:
            now = self.store.clock.now()
            if vbank_due <= now:
                raise bad_request(
                    "vbank_due 파라미터가 올바르지 않습니다: 현재 시각 이후여야 합니다"
                )
            payment = self.store.open_payment(
                merchant_uid=merchant_uid,
                amount=amount,
                order=order,
                pay_method="vbank",
                pg_provider=DEFAULT_PG_PROVIDER,
                pg_id=DEFAULT_PG_ID,
            )
            payment.vbank_code = vbank_code
            payment.vbank_name = VBANK_NAMES.get(vbank_code)
            payment.vbank_num = random_digits(14)
            payment.vbank_holder = vbank_holder or DEFAULT_VBANK_HOLDER
            payment.vbank_date = vbank_due
            payment.vbank_issued_at = now
            self.store.notify_payment(payment)
            return payment.to_dict()

    def revoke(self, imp_uid: str) -> JsonDict:
        """``DELETE /vbanks/{imp_uid}``: withdraw a virtual account that was not paid."""
        with self.store.lock:
            payment = self._waiting(imp_uid, "입금 대기 중인 가상계좌만 발급 취소할 수 있습니다.")
            self.store.revoke_payment(payment)
            return payment.to_dict()

    def update(self, imp_uid: str, amount: Decimal | None, vbank_due: int | None) -> JsonDict:
        """``PUT /vbanks/{imp_uid}``: change the amount and/or deadline of a waiting account."""
        if amount is None and vbank_due is None:
            raise bad_request("amount 또는 vbank_due 중 하나는 필수입니다.")
        with self.store.lock:
            payment = self._waiting(imp_uid, "입금 대기 중인 가상계좌만 변경할 수 있습니다.")
            now = self.store.clock.now()
            if vbank_due is not None and vbank_due <= now:
                raise bad_request(
                    "vbank_due 파라미터가 올바르지 않습니다: 현재 시각 이후여야 합니다"
                )
            if amount is not None:
                if amount <= 0:
                    raise bad_request("amount 파라미터가 올바르지 않습니다: 0보다 커야 합니다")
                params.check_currency_amount("amount", amount, payment.order.currency)
                deposited = sum((d.amount for d in payment.deposit_history), ZERO)
                if amount <= deposited:
                    raise bad_request(
                        "amount 파라미터가 올바르지 않습니다: 이미 입금된 금액"
                        f"({to_json_number(deposited)})보다 커야 합니다"
                    )
                payment.amount = amount
            if vbank_due is not None:
                payment.vbank_date = vbank_due
            payment.updated_at = now
            return payment.to_dict()

    def deposit(
        self, imp_uid: str, amount: Decimal | None = None, depositor_name: str | None = None
    ) -> JsonDict:
        """Simulate the buyer paying into a virtual account (admin API).

        Refused (code 1; the admin API answers 409) after ``vbank_due`` by the sandbox
        clock, and once another payment of the same ``merchant_uid`` is ``paid`` (a card
        approved while this account was waiting, or another virtual account): an order
        is paid at most once. The refused account stays ``ready``; revoke it with
        ``DELETE /vbanks/{imp_uid}``.
        """
        with self.store.lock:
            payment = self.store.payment_record(imp_uid)
            if payment is None:
                raise not_found(MSG_PAYMENT_NOT_FOUND)
            if payment.pay_method != "vbank" or payment.status != "ready":
                raise rejected("입금 대기 중인 가상계좌가 아닙니다.")
            self.store.check_payable(payment)
            if payment.vbank_date and self.store.clock.now() > payment.vbank_date:
                raise rejected(f"{MSG_VBANK_OVERDUE} (vbank_due={payment.vbank_date})")
            deposited = sum((d.amount for d in payment.deposit_history), ZERO)
            remaining = payment.amount - deposited
            value = remaining if amount is None else amount
            if value <= 0 or value > remaining:
                raise bad_request(
                    f"amount 파라미터가 올바르지 않습니다: 0 < amount <= {fmt(remaining)}"
                )
            now = self.store.clock.now()
            payment.deposit_history.append(
                DepositRecord(
                    payment.pg_tid, value, depositor_name or payment.order.buyer_name, now
                )
            )
            payment.updated_at = now
            if value == remaining:
                payment.status = "paid"
                payment.paid_at = now
                payment.receipt_url = f"{RECEIPT_BASE}/{payment.imp_uid}"
                self.store.notify_payment(payment)
            return payment.to_dict()

    @staticmethod
    def holder(bank_code: str, bank_num: str) -> JsonDict:
        """The holder of an account: a fixed fake name per (bank, number).

        ``bank_num`` must be 10-16 digits (hyphens and spaces are ignored); an account
        number of only zeros does not exist (404), nor does an unknown bank code.
        """
        digits = "".join(ch for ch in bank_num if ch not in "- ")
        if not digits.isascii() or not digits.isdigit() or len(digits) not in ACCOUNT_DIGITS:
            raise bad_request("bank_num 파라미터가 올바르지 않습니다: 10~16자리 숫자여야 합니다")
        if bank_code not in codes.BANK_CODES:
            raise not_found(f"존재하지 않는 은행코드입니다: {bank_code}")
        if set(digits) == {"0"}:
            raise not_found("계좌 정보를 찾을 수 없습니다.")
        return {"bank_holder": holder_name(bank_code, digits)}


def routes(state: SandboxState) -> list[RouteSpec]:
    """``/vbanks``, ``/vbanks/holder`` and ``/vbanks/{imp_uid}``."""
    vbanks = state.vbanks

    def create(call: Call) -> object:
        body = call.body
        merchant_uid, amount, order = params.payment_fields(body, name_required=False)
        vbank_code = params.req_str(body, "vbank_code")
        vbank_due = params.req_int(body, "vbank_due")
        holder = params.opt_str(body, "vbank_holder", 16)
        return vbanks.create(merchant_uid, amount, order, vbank_code, vbank_due, holder)

    def holder(call: Call) -> object:
        bank_code = params.req_str(call.query, "bank_code")
        bank_num = params.req_str(call.query, "bank_num")
        return vbanks.holder(bank_code, bank_num)

    def update(call: Call) -> object:
        body = call.body
        return vbanks.update(
            call.path["imp_uid"],
            params.opt_money(body, "amount"),
            params.opt_int(body, "vbank_due"),
        )

    def revoke(call: Call) -> object:
        return vbanks.revoke(call.path["imp_uid"])

    return [
        RouteSpec("/vbanks", "POST", create),
        RouteSpec("/vbanks/holder", "GET", holder),
        RouteSpec("/vbanks/{imp_uid}", "PUT", update),
        RouteSpec("/vbanks/{imp_uid}", "DELETE", revoke),
    ]
