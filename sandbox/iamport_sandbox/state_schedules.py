"""Changing schedules after the fact: move, schedule again, retry now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import not_found, rejected
from .models import JsonDict, Schedule

if TYPE_CHECKING:
    from .state import SandboxState

MSG_NO_SCHEDULE = "결제예약 정보가 존재하지 않습니다."


def _failed(schedule: Schedule) -> bool:
    return schedule.schedule_status == "executed" and schedule.payment_status == "failed"


class ScheduleActions:
    """``PUT /subscribe/payments/schedule/{merchant_uid}``, ``.../reschedule``, ``.../retry``."""

    def __init__(self, core: SandboxState) -> None:
        self.core = core

    def _get(self, merchant_uid: str) -> Schedule:
        schedule = self.core.schedule_record(merchant_uid)
        if schedule is None:
            raise not_found(MSG_NO_SCHEDULE)
        return schedule

    def _check_future(self, schedule_at: int) -> None:
        now = self.core.clock.now()
        if schedule_at < now:
            raise rejected(
                f"결제 예정 시각(schedule_at={schedule_at})이 현재 시각({now})보다 과거입니다."
            )

    def update(self, merchant_uid: str, schedule_at: int) -> JsonDict:
        """Move a pending schedule to ``schedule_at`` (not in the past)."""
        with self.core.lock:
            schedule = self._get(merchant_uid)
            if schedule.schedule_status != "scheduled":
                raise rejected(
                    "실행 대기 중인 결제예약만 변경할 수 있습니다. "
                    f"(schedule_status: {schedule.schedule_status})"
                )
            self._check_future(schedule_at)
            schedule.schedule_at = schedule_at
            return self.core.render_schedule(schedule)

    def reschedule(self, merchant_uid: str, schedule_at: int) -> JsonDict:
        """Register a failed or revoked schedule again, as a new pending schedule."""
        with self.core.lock:
            old = self._get(merchant_uid)
            if old.schedule_status != "revoked" and not _failed(old):
                raise rejected("실패했거나 취소된 결제예약만 다시 예약할 수 있습니다.")
            self._check_future(schedule_at)
            if self.core.merchant_paid(merchant_uid):
                raise rejected(f"이미 결제된 merchant_uid입니다. ({merchant_uid})")
            schedule = Schedule(
                seq=self.core.next_seq(),
                customer_uid=old.customer_uid,
                merchant_uid=old.merchant_uid,
                schedule_at=schedule_at,
                amount=old.amount,
                order=old.order,
                pg_provider=old.pg_provider,
                pg_id=old.pg_id,
                customer_id=old.customer_id,
            )
            self.core.add_schedule(schedule)
            return self.core.render_schedule(schedule)

    def retry(self, merchant_uid: str) -> JsonDict:
        """Charge a failed or revoked schedule's billing key now; the schedule records it.

        A declined card gives a ``failed`` payment (HTTP 200, code 0). A deleted key or an
        already paid ``merchant_uid`` is refused (code 1) and nothing changes.
        """
        with self.core.lock:
            schedule = self._get(merchant_uid)
            if schedule.schedule_status != "revoked" and not _failed(schedule):
                raise rejected("실패했거나 취소된 결제예약만 재시도할 수 있습니다.")
            return self.core.charge_schedule(schedule).to_dict()
