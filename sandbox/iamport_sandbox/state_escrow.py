"""Shipping details of escrow payments."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import not_found, rejected
from .models import JsonDict

if TYPE_CHECKING:
    from .state import SandboxState


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

    def snapshot(self) -> JsonDict:
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

    def __init__(self, core: SandboxState) -> None:
        self.core = core
        self._logis: dict[str, LogisRecord] = {}
        core.register(self)

    def reset(self) -> None:
        """Forget every shipment."""
        self._logis.clear()

    def snapshot(self) -> JsonDict:
        """Every shipment with its sender, receiver and products."""
        return {"logis": [r.snapshot() for r in self._logis.values()]}

    def register(self, imp_uid: str, data: LogisInput) -> JsonDict:
        """Register the shipment of a paid payment (once; correct it with :meth:`update`)."""
        with self.core.lock:
            payment = self.core.payment_record(imp_uid)
            if payment is None:
                raise not_found("존재하지 않는 결제정보입니다.")
            if payment.status != "paid":
                raise rejected("결제완료 상태의 결제건만 배송정보를 등록할 수 있습니다.")
            if imp_uid in self._logis:
                raise rejected("이미 배송정보가 등록된 결제건입니다. 수정하려면 PUT을 사용하세요.")
            record = LogisRecord(imp_uid, data, self.core.clock.now())
            self._logis[imp_uid] = record
            return record.to_dict()

    def update(self, imp_uid: str, data: LogisInput) -> JsonDict:
        """Replace registered shipping details."""
        with self.core.lock:
            record = self._logis.get(imp_uid)
            if record is None:
                raise not_found("등록된 배송정보가 없습니다.")
            record.data = data
            record.applied_at = self.core.clock.now()
            return record.to_dict()

    def get(self, imp_uid: str) -> JsonDict:
        """Registered shipping details."""
        with self.core.lock:
            record = self._logis.get(imp_uid)
            if record is None:
                raise not_found("등록된 배송정보가 없습니다.")
            return record.to_dict()
