"""KCP Quick Pay (members, prepaid money, automatic payments) and Benepia points.

Every KCP Quick Pay member id and automatic-payment key is taken to be registered until
it is deleted. An automatic payment for a ``customer_uid`` that is also a sandbox billing
key (``POST /subscribe/customers/...``) charges that card through the ``kcp_quick``
gateway, so the test cards behave as usual. Benepia members hold a
fixed starting balance derived from their login; payments spend it.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from .errors import not_found, rejected
from .models import JsonDict, OrderInfo
from .money import to_json_number

if TYPE_CHECKING:
    from .state import SandboxState

KCP_PROVIDER = "kcp_quick"
KCP_PG_ID = "kcp_quick_sandbox"
BENEPIA_PROVIDER = "kcp"
BENEPIA_PG_ID = "benepia_sandbox"
MSG_NO_MEMBER = "등록되지 않은 KCP 간편결제 회원입니다."


def _hash_int(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


@dataclass(frozen=True)
class KcpPrepare:
    """A pre-registered prepaid-money transaction."""

    btid: str
    cust_ip: str
    code_verifier: str
    prepaid_auth_yn: str | None = None
    prepaid_amount: Decimal | None = None
    vender_type: str | None = None
    reward_id: str | None = None


class KcpQuick:
    """``/kcpquick/...``."""

    name = "kcpquick"

    def __init__(self, core: SandboxState) -> None:
        self.core = core
        self._deleted_members: dict[str, int] = {}
        self._fido_released: set[str] = set()
        self._deleted_autopay: set[str] = set()
        self._prepared: dict[str, KcpPrepare] = {}
        core.register(self)

    def reset(self) -> None:
        """Every member registered again, no prepared transactions."""
        self._deleted_members.clear()
        self._fido_released.clear()
        self._deleted_autopay.clear()
        self._prepared.clear()

    def snapshot(self) -> JsonDict:
        """Deleted members and keys, released FIDO, prepared transactions."""
        return {
            "deleted_members": sorted(self._deleted_members),
            "fido_released": sorted(self._fido_released),
            "deleted_autopay_keys": sorted(self._deleted_autopay),
            "prepared": {
                mid: {k: v for k, v in asdict(p).items() if k != "code_verifier"}
                for mid, p in self._prepared.items()
            },
        }

    def _check_member(self, member_id: str) -> None:
        if member_id in self._deleted_members:
            raise not_found(MSG_NO_MEMBER)

    def delete_member(self, member_id: str, site_code: str) -> JsonDict:
        """Delete a member (a second delete is a 404)."""
        with self.core.lock:
            self._check_member(member_id)
            now = self.core.clock.now()
            self._deleted_members[member_id] = now
            return {
                "member_id": member_id,
                "pg_provider": KCP_PROVIDER,
                "pg_id": site_code,
                "inserted": 1_600_000_000 + _hash_int(member_id) % 100_000_000,
                "updated": now,
            }

    def release_fido(self, member_id: str) -> JsonDict:
        """Turn off biometrics; a second release is refused with KCP's ``error`` details."""
        with self.core.lock:
            self._check_member(member_id)
            if member_id in self._fido_released:
                raise rejected(
                    "생체인증이 등록되어 있지 않은 회원입니다.",
                    extra={"error": {"code": "8107", "message": "FIDO 미등록 회원"}},
                )
            self._fido_released.add(member_id)
            return {"member_id": member_id}

    def prepare(self, merchant_uid: str, data: KcpPrepare, *, update: bool) -> None:
        """Register (``update=False``, once) or replace (``update=True``) a transaction."""
        with self.core.lock:
            exists = merchant_uid in self._prepared
            if update and not exists:
                raise not_found("사전 등록된 거래 정보가 없습니다.")
            if not update and exists:
                raise rejected("이미 사전 등록된 merchant_uid입니다.")
            self._prepared[merchant_uid] = data

    def pay_with_money(
        self, member_id: str, merchant_uid: str, amount: Decimal, order: OrderInfo
    ) -> JsonDict:
        """Charge prepaid money: a new ``paid`` payment (``pay_method`` ``point``)."""
        with self.core.lock:
            self._check_member(member_id)
            prepared = self._prepared.get(merchant_uid)
            if (
                prepared is not None
                and prepared.prepaid_amount is not None
                and prepared.prepaid_amount != amount
            ):
                raise rejected(
                    f"결제 금액이 사전 등록된 금액({to_json_number(prepared.prepaid_amount)})과 "
                    "다릅니다."
                )
            payment = self.core.open_payment(
                merchant_uid=merchant_uid,
                amount=amount,
                order=order,
                pay_method="point",
                pg_provider=KCP_PROVIDER,
                pg_id=KCP_PG_ID,
            )
            payment.emb_pg_provider = "kcpmoney"
            self.core.mark_paid(payment)
            return payment.to_dict()

    def pay_autopay(
        self, customer_uid: str, merchant_uid: str, amount: Decimal, order: OrderInfo
    ) -> JsonDict:
        """Charge the automatic-payment key of ``customer_uid`` through KCP Quick Pay.

        When ``customer_uid`` is also a billing key of the sandbox its card is charged (so
        the test cards decline as usual); otherwise the key is a canned, approving one.
        """
        with self.core.lock:
            if customer_uid in self._deleted_autopay:
                raise rejected("KCP 간편결제 자동결제 키가 삭제된 구매자입니다.")
            if self.core.customer_record(customer_uid) is None:
                payment = self.core.open_payment(
                    merchant_uid=merchant_uid,
                    amount=amount,
                    order=order,
                    pay_method="card",
                    pg_provider=KCP_PROVIDER,
                    pg_id=KCP_PG_ID,
                    customer_uid=customer_uid,
                    usage="payment",
                )
                payment.card_name = "KCP 퀵페이"
                self.core.mark_paid(payment)
                return payment.to_dict()
        return self.core.pay_again(
            customer_uid, merchant_uid, amount, order, gateway=(KCP_PROVIDER, KCP_PG_ID)
        )

    def delete_autopay(self, customer_uid: str) -> JsonDict:
        """Delete an automatic-payment key (any key exists until deleted; then 404)."""
        with self.core.lock:
            if customer_uid in self._deleted_autopay:
                raise not_found("요청하신 customer_uid로 등록된 자동결제 키가 없습니다.")
            self._deleted_autopay.add(customer_uid)
            return {"customer_uid": customer_uid}


class Benepia:
    """``/benepia/point`` and ``/benepia/payment``."""

    name = "benepia"

    def __init__(self, core: SandboxState) -> None:
        self.core = core
        self._points: dict[str, Decimal] = {}
        core.register(self)

    def reset(self) -> None:
        """Every member back to the starting balance."""
        self._points.clear()

    def snapshot(self) -> JsonDict:
        """Balances of members that were looked up or paid."""
        return {"points": dict(self._points)}

    def _balance(self, user: str) -> Decimal:
        if user not in self._points:
            self._points[user] = Decimal(50_000 + (_hash_int(user) % 20) * 5_000)
        return self._points[user]

    def point(self, user: str) -> JsonDict:
        """The member's balance (50,000-145,000 at the start, fixed per login)."""
        with self.core.lock:
            return {"point": self._balance(user)}

    def pay(self, user: str, merchant_uid: str, amount: Decimal, order: OrderInfo) -> JsonDict:
        """Spend points: a new ``paid`` payment; not enough points is refused (code 1)."""
        with self.core.lock:
            balance = self._balance(user)
            if amount > balance:
                raise rejected(
                    f"베네피아 포인트 잔액이 부족합니다. (잔액: {to_json_number(balance)})"
                )
            payment = self.core.open_payment(
                merchant_uid=merchant_uid,
                amount=amount,
                order=order,
                pay_method="point",
                pg_provider=BENEPIA_PROVIDER,
                pg_id=BENEPIA_PG_ID,
            )
            payment.emb_pg_provider = "benepia"
            self._points[user] = balance - amount
            self.core.mark_paid(payment)
            return payment.to_dict()
