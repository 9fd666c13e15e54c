"""Resource ``kcpquick``: KCP Quick Pay members, prepaid money and automatic payments.

Every KCP Quick Pay member id and automatic-payment key is taken to be registered until
it is deleted. An automatic payment for a ``customer_uid`` that is also a sandbox billing
key (``POST /subscribe/customers/...``) charges that card through the ``kcp_quick``
gateway, so the test cards behave as usual.
"""

from __future__ import annotations

import hashlib
import ipaddress
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from .. import params
from ..call import Call, RouteSpec
from ..errors import bad_request, not_found, rejected
from ..models import JsonDict, OrderInfo
from ..money import to_json_number
from .store import Store

if TYPE_CHECKING:
    from . import SandboxState
    from .billing_keys import BillingKeys

KCP_PROVIDER = "kcp_quick"
KCP_PG_ID = "kcp_quick_sandbox"
MSG_NO_MEMBER = "등록되지 않은 KCP 간편결제 회원입니다."
MAX_PREPAID = Decimal(999_999_999)
PAYMENT_BUYER_NAME_MAX = 16  # Payment.buyer_name in the spec


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

    def __init__(self, store: Store, keys: BillingKeys) -> None:
        self.store = store
        self.keys = keys
        self._deleted_members: dict[str, int] = {}
        self._fido_released: set[str] = set()
        self._deleted_autopay: set[str] = set()
        self._prepared: dict[str, KcpPrepare] = {}
        store.register(self)

    def reset(self) -> None:
        """Every member registered again, no prepared transactions."""
        self._deleted_members.clear()
        self._fido_released.clear()
        self._deleted_autopay.clear()
        self._prepared.clear()

    def snapshot(self) -> object:
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
        with self.store.lock:
            self._check_member(member_id)
            now = self.store.clock.now()
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
        with self.store.lock:
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
        with self.store.lock:
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
        with self.store.lock:
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
            payment = self.store.open_payment(
                merchant_uid=merchant_uid,
                amount=amount,
                order=order,
                pay_method="point",
                pg_provider=KCP_PROVIDER,
                pg_id=KCP_PG_ID,
            )
            payment.emb_pg_provider = "kcpmoney"
            self.store.mark_paid(payment)
            return payment.to_dict()

    def pay_autopay(
        self, customer_uid: str, merchant_uid: str, amount: Decimal, order: OrderInfo
    ) -> JsonDict:
        """Charge the automatic-payment key of ``customer_uid`` through KCP Quick Pay.

        When ``customer_uid`` is also a billing key of the sandbox its card is charged (so
        the test cards decline as usual); otherwise the key is a canned, approving one.
        """
        with self.store.lock:
            if customer_uid in self._deleted_autopay:
                raise rejected("KCP 간편결제 자동결제 키가 삭제된 구매자입니다.")
            if self.keys.record(customer_uid) is None:
                payment = self.store.open_payment(
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
                self.store.mark_paid(payment)
                return payment.to_dict()
        return self.keys.pay_again(
            customer_uid, merchant_uid, amount, order, gateway=(KCP_PROVIDER, KCP_PG_ID)
        )

    def delete_autopay(self, customer_uid: str) -> JsonDict:
        """Delete an automatic-payment key (any key exists until deleted; then 404)."""
        with self.store.lock:
            if customer_uid in self._deleted_autopay:
                raise not_found("요청하신 customer_uid로 등록된 자동결제 키가 없습니다.")
            self._deleted_autopay.add(customer_uid)
            return {"customer_uid": customer_uid}


def _kcp_prepare(body: params.Body) -> KcpPrepare:
    cust_ip = params.req_str(body, "cust_ip")
    try:
        ipaddress.IPv4Address(cust_ip)
    except ValueError:
        raise bad_request("cust_ip 파라미터가 올바르지 않습니다: IPv4 주소여야 합니다") from None
    auth = params.opt_choice(body, "prepaid_auth_yn", ("Y", "N"))
    amount = params.opt_money(body, "prepaid_amount")
    if amount is not None:
        params.check_currency_amount("prepaid_amount", amount, "KRW")
        if amount > MAX_PREPAID:
            raise bad_request("prepaid_amount 파라미터가 올바르지 않습니다: 최대 9자리입니다")
    if auth == "Y" and amount is None:
        raise bad_request("prepaid_auth_yn이 Y이면 prepaid_amount가 필수입니다.")
    return KcpPrepare(
        btid=params.req_str(body, "btid", 20),
        cust_ip=cust_ip,
        code_verifier=params.req_str(body, "code_verifier", 200),
        prepaid_auth_yn=auth,
        prepaid_amount=amount,
        vender_type=params.opt_str(body, "vender_type", 20),
        reward_id=params.opt_str(body, "reward_id", 20),
    )


def routes(state: SandboxState) -> list[RouteSpec]:
    """``/kcpquick/...``."""
    kcp = state.kcpquick

    def delete_member(call: Call) -> object:
        query = call.query
        site_code = params.req_str(query, "site_code", 80)
        params.req_str(query, "partner_type", 80)
        params.req_str(query, "partner_subtype", 80)
        return kcp.delete_member(call.path["member_id"], site_code)

    def release_fido(call: Call) -> object:
        params.req_str(call.body, "channel_key", 55)
        return kcp.release_fido(call.path["member_id"])

    def pay_with_money(call: Call) -> object:
        body = call.body
        member_id = params.req_str(body, "member_id", 16)
        params.opt_str(body, "channel_key", 55)
        params.req_str(body, "imp_uid")
        notice_url = params.opt_notice_url(body)
        merchant_uid = params.req_str(body, "merchant_uid", 40)
        order = OrderInfo(
            name=params.req_str(body, "name", 40), notice_urls=[notice_url] if notice_url else []
        )
        amount = params.req_money(body, "amount", "KRW")
        return kcp.pay_with_money(member_id, merchant_uid, amount, order)

    def create_prepare(call: Call) -> object:
        kcp.prepare(call.path["merchant_uid"], _kcp_prepare(call.body), update=False)
        return None

    def update_prepare(call: Call) -> object:
        kcp.prepare(call.path["merchant_uid"], _kcp_prepare(call.body), update=True)
        return None

    def autopay(call: Call) -> object:
        body = call.body
        customer_uid = params.req_str(body, "customer_uid", 80)
        merchant_uid = params.req_str(body, "merchant_uid", 40)
        buyer_name = params.req_str(body, "buyer_name", 20)
        notice_url = params.opt_notice_url(body)
        order = OrderInfo(
            name=params.req_str(body, "name", 40),
            # The request allows 20 characters, a payment holds 16: kept the way a PG truncates.
            buyer_name=buyer_name[:PAYMENT_BUYER_NAME_MAX],
            notice_urls=[notice_url] if notice_url else [],
        )
        amount = params.req_money(body, "amount", "KRW")
        return kcp.pay_autopay(customer_uid, merchant_uid, amount, order)

    def delete_autopay(call: Call) -> object:
        return kcp.delete_autopay(call.path["customer_uid"])

    return [
        RouteSpec("/kcpquick/members/{member_id}", "DELETE", delete_member),
        RouteSpec("/kcpquick/members/{member_id}/fido/release", "POST", release_fido),
        RouteSpec("/kcpquick/payment/money", "POST", pay_with_money),
        RouteSpec("/kcpquick/payment/autopay", "POST", autopay),
        RouteSpec("/kcpquick/prepare/{merchant_uid}", "POST", create_prepare),
        RouteSpec("/kcpquick/prepare/{merchant_uid}", "PUT", update_prepare),
        RouteSpec("/kcpquick/autopay/{customer_uid}", "DELETE", delete_autopay),
    ]
