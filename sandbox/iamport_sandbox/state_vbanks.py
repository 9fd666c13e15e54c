"""Virtual-account changes and account-holder lookups."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from . import codes
from .errors import bad_request, not_found, rejected
from .models import JsonDict
from .money import ZERO, to_json_number
from .params import check_currency_amount

if TYPE_CHECKING:
    from .state import SandboxState

ACCOUNT_DIGITS = range(10, 17)


class VbankActions:
    """``PUT /vbanks/{imp_uid}`` and ``GET /vbanks/holder``."""

    def __init__(self, core: SandboxState) -> None:
        self.core = core

    def update(self, imp_uid: str, amount: Decimal | None, vbank_due: int | None) -> JsonDict:
        """Change the amount and/or deadline of a virtual account still waiting for money."""
        if amount is None and vbank_due is None:
            raise bad_request("amount 또는 vbank_due 중 하나는 필수입니다.")
        with self.core.lock:
            payment = self.core.payment_record(imp_uid)
            if payment is None or payment.pay_method != "vbank":
                raise not_found("존재하지 않는 가상계좌 결제정보입니다.")
            if payment.status != "ready":
                raise rejected("입금 대기 중인 가상계좌만 변경할 수 있습니다.")
            now = self.core.clock.now()
            if vbank_due is not None and vbank_due <= now:
                raise bad_request(
                    "vbank_due 파라미터가 올바르지 않습니다: 현재 시각 이후여야 합니다"
                )
            if amount is not None:
                if amount <= 0:
                    raise bad_request("amount 파라미터가 올바르지 않습니다: 0보다 커야 합니다")
                check_currency_amount("amount", amount, payment.order.currency)
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
        return {"bank_holder": codes.holder_name(bank_code, digits)}
