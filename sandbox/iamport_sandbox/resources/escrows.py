"""Resource ``escrows``: shipping details of escrow payments (``/escrows/logis/{imp_uid}``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from .. import params
from ..call import Call, RouteSpec
from ..errors import ApiError, bad_request, not_found, rejected
from ..models import JsonDict
from .store import MSG_PAYMENT_NOT_FOUND, Store

if TYPE_CHECKING:
    from . import SandboxState

T = TypeVar("T")
PARTY_FIELDS = ("name", "tel", "addr", "postcode")


@dataclass(frozen=True)
class LogisInput:
    """A validated register/update request."""

    company: str
    invoice: str
    sent_at: int
    sender: dict[str, Any] = field(default_factory=dict)
    receiver: dict[str, Any] = field(default_factory=dict)
    logis: dict[str, Any] = field(default_factory=dict)
    products: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class LogisRecord:
    """Shipping details registered for a payment."""

    imp_uid: str
    data: LogisInput
    applied_at: int

    def to_dict(self) -> JsonDict:
        """Wire form (``EscrowLogis``)."""
        return {
            "company": self.data.company,
            "invoice": self.data.invoice,
            "sent_at": self.data.sent_at,
            "applied_at": self.applied_at,
        }

    def snapshot(self) -> object:
        """Everything that was sent, for the admin dump."""
        return {
            "imp_uid": self.imp_uid,
            **self.to_dict(),
            "sender": self.data.sender,
            "receiver": self.data.receiver,
            "logis": self.data.logis,
            "products": self.data.products,
        }


class Escrows:
    """``/escrows/logis/{imp_uid}``.

    The sandbox makes no escrow payments of its own, so any ``paid`` payment accepts
    shipping details.
    """

    name = "escrows"

    def __init__(self, store: Store) -> None:
        self.store = store
        self._logis: dict[str, LogisRecord] = {}
        store.register(self)

    def reset(self) -> None:
        """Forget every shipment."""
        self._logis.clear()

    def snapshot(self) -> object:
        """Every shipment with its sender, receiver and products."""
        return {"logis": [r.snapshot() for r in self._logis.values()]}

    def register(self, imp_uid: str, data: LogisInput) -> JsonDict:
        """Register the shipment of a paid payment (once; correct it with :meth:`update`)."""
        with self.store.lock:
            payment = self.store.payment_record(imp_uid)
            if payment is None:
                raise not_found(MSG_PAYMENT_NOT_FOUND)
            if payment.status != "paid":
                raise rejected("결제완료 상태의 결제건만 배송정보를 등록할 수 있습니다.")
            if imp_uid in self._logis:
                raise rejected("이미 배송정보가 등록된 결제건입니다. 수정하려면 PUT을 사용하세요.")
            record = LogisRecord(imp_uid, data, self.store.clock.now())
            self._logis[imp_uid] = record
            return record.to_dict()

    def update(self, imp_uid: str, data: LogisInput) -> JsonDict:
        """Replace registered shipping details."""
        with self.store.lock:
            record = self._logis.get(imp_uid)
            if record is None:
                raise not_found("등록된 배송정보가 없습니다.")
            record.data = data
            record.applied_at = self.store.clock.now()
            return record.to_dict()

    def get(self, imp_uid: str) -> JsonDict:
        """Registered shipping details."""
        with self.store.lock:
            record = self._logis.get(imp_uid)
            if record is None:
                raise not_found("등록된 배송정보가 없습니다.")
            return record.to_dict()


def _within(prefix: str, parse: Callable[[], T]) -> T:
    """Run ``parse``; a 400 it raises names the enclosing field."""
    try:
        return parse()
    except ApiError as exc:
        raise bad_request(f"{prefix}: {exc.message}") from None


def _party(body: params.Body, key: str, extra: tuple[str, ...] = ()) -> dict[str, Any]:
    obj = params.req_obj(body, key)

    def check() -> None:
        for name in PARTY_FIELDS + extra:
            params.opt_str(obj, name)
        address = params.opt_obj(obj, "formed_address")
        if address is not None:
            params.opt_str(address, "address_line_1")
            params.opt_str(address, "address_line_2")

    _within(key, check)
    return obj


def _logis_input(body: params.Body) -> LogisInput:
    sender = _party(body, "sender", ("relationship",))
    receiver = _party(body, "receiver")
    logis = params.req_obj(body, "logis")
    company, invoice, sent_at = _within(
        "logis",
        lambda: (
            params.req_str(logis, "company"),
            params.req_str(logis, "invoice"),
            params.req_int(logis, "sent_at"),
        ),
    )
    _within(
        "logis", lambda: (params.opt_str(logis, "receiving_at"), params.opt_str(logis, "address"))
    )
    products = params.obj_list(body, "products")
    for index, product in enumerate(products):

        def check(item: dict[str, Any] = product) -> None:
            params.req_str(item, "id")
            params.req_str(item, "name")
            if params.opt_money(item, "amount") is None:
                raise bad_request("amount 파라미터가 누락되었습니다. (amount is required)")
            quantity = params.opt_int(item, "quantity")
            if quantity is not None and quantity < 1:
                raise bad_request("quantity 파라미터가 올바르지 않습니다: 1 이상이어야 합니다")
            for name in ("code", "currency", "tag"):
                params.opt_str(item, name)

        _within(f"products[{index}]", check)
    params.opt_bool(body, "send_email")
    return LogisInput(company, invoice, sent_at, sender, receiver, logis, products)


def routes(state: SandboxState) -> list[RouteSpec]:
    """``/escrows/logis/{imp_uid}``: read, register, correct."""
    escrows = state.escrows

    def get(call: Call) -> object:
        return escrows.get(call.path["imp_uid"])

    def register(call: Call) -> object:
        return escrows.register(call.path["imp_uid"], _logis_input(call.body))

    def update(call: Call) -> object:
        return escrows.update(call.path["imp_uid"], _logis_input(call.body))

    return [
        RouteSpec("/escrows/logis/{imp_uid}", "GET", get),
        RouteSpec("/escrows/logis/{imp_uid}", "POST", register),
        RouteSpec("/escrows/logis/{imp_uid}", "PUT", update),
    ]
