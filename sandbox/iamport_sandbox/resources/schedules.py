"""Resource ``schedules``: payments scheduled on a billing key, run by the sandbox clock."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from .. import params
from ..call import Call, RouteSpec
from ..errors import ApiError, bad_request, not_found, rejected
from ..models import CustomerInfo, JsonDict, OrderInfo, Payment, Schedule
from .charge import (
    CardInput,
    card_input,
    charge_now,
    refuse_at_issue,
    source_from_card,
    source_from_customer,
)
from .store import MSG_ALREADY_PAID, Store, paginate

if TYPE_CHECKING:
    from . import SandboxState
    from .billing_keys import BillingKeys

SCHEDULE_STATUSES = ("scheduled", "executed", "revoked")
SCHEDULE_WINDOW_DAYS = 92
MSG_NO_SCHEDULE = "결제예약 정보가 존재하지 않습니다."


@dataclass(frozen=True)
class ScheduleEntry:
    """One element of ``schedules[]`` in a schedule request."""

    merchant_uid: str
    schedule_at: int
    amount: Decimal
    order: OrderInfo


def _failed(schedule: Schedule) -> bool:
    return schedule.schedule_status == "executed" and schedule.payment_status == "failed"


class Schedules:
    """Every schedule, and the newest one of each ``merchant_uid``."""

    name = "schedules"

    def __init__(self, store: Store, keys: BillingKeys) -> None:
        self.store = store
        self.keys = keys
        self._schedules: list[Schedule] = []
        self._by_mid: dict[str, Schedule] = {}
        store.register(self)

    def reset(self) -> None:
        """Forget every schedule."""
        self._schedules.clear()
        self._by_mid.clear()

    def snapshot(self) -> object:
        """Every schedule with the live status of its payment."""
        return [self.render(s) for s in self._schedules]

    def render(self, schedule: Schedule) -> JsonDict:
        """Wire form of a schedule with the live status of its payment."""
        payment = self.store.payment_record(schedule.imp_uid) if schedule.imp_uid else None
        return schedule.to_dict(payment)

    def _add(self, schedule: Schedule) -> None:
        self._schedules.append(schedule)
        self._by_mid[schedule.merchant_uid] = schedule

    def _get(self, merchant_uid: str) -> Schedule:
        schedule = self._by_mid.get(merchant_uid)
        if schedule is None:
            raise not_found(MSG_NO_SCHEDULE)
        return schedule

    def _check_future(self, schedule_at: int) -> None:
        now = self.store.clock.now()
        if schedule_at < now:
            raise rejected(
                f"결제 예정 시각(schedule_at={schedule_at})이 현재 시각({now})보다 과거입니다."
            )

    # ------------------------------------------------------------------ registering

    def schedule(
        self,
        customer_uid: str,
        entries: Sequence[ScheduleEntry],
        card: CardInput | None = None,
        info: CustomerInfo | None = None,
    ) -> list[JsonDict]:
        """``POST /subscribe/payments/schedule``: all entries are accepted or none."""
        if not entries:
            raise bad_request("schedules 파라미터가 누락되었습니다. (schedules is required)")
        with self.store.lock:
            now = self.store.clock.now()
            seen: set[str] = set()
            for entry in entries:
                mid = entry.merchant_uid
                if mid in seen:
                    raise rejected(f"요청에 같은 merchant_uid가 두 번 있습니다: {mid}")
                seen.add(mid)
                existing = self._by_mid.get(mid)
                if existing is not None and existing.schedule_status == "scheduled":
                    raise rejected(f"이미 예약된 merchant_uid입니다: {mid}")
                if self.store.merchant_paid(mid):
                    raise rejected(f"{MSG_ALREADY_PAID} ({mid})")
                if entry.schedule_at < now:
                    raise rejected(
                        f"결제 예정 시각(schedule_at={entry.schedule_at})이 "
                        f"현재 시각({now})보다 과거입니다."
                    )
            customer = self.keys.record(customer_uid)
            if customer is None:  # no key yet: the request's card becomes one (or a refusal)
                if card is None:
                    customer = self.keys.require(customer_uid)
                else:
                    source = source_from_card(self.store, card)
                    refuse_at_issue(source)
                    customer = self.keys.store_card(
                        customer_uid, source, info or CustomerInfo(), card.pg is not None
                    )
            created: list[Schedule] = []
            for entry in entries:
                schedule = Schedule(
                    seq=self.store.next_seq(),
                    customer_uid=customer_uid,
                    merchant_uid=entry.merchant_uid,
                    schedule_at=entry.schedule_at,
                    amount=entry.amount,
                    order=entry.order,
                    pg_provider=customer.pg_provider,
                    pg_id=customer.pg_id,
                    customer_id=customer.info.customer_id,
                )
                self._add(schedule)
                created.append(schedule)
            return [self.render(s) for s in created]

    def unschedule(self, customer_uid: str | None, merchant_uids: Sequence[str]) -> list[JsonDict]:
        """``POST /subscribe/payments/unschedule``: revoke schedules still pending."""
        if not customer_uid and not merchant_uids:
            raise bad_request("customer_uid 또는 merchant_uid 중 하나는 필수입니다.")
        with self.store.lock:
            if merchant_uids:
                targets = [
                    s
                    for mid in dict.fromkeys(merchant_uids)
                    if (s := self._by_mid.get(mid)) is not None
                    and s.schedule_status == "scheduled"
                    and (not customer_uid or s.customer_uid == customer_uid)
                ]
            else:
                targets = [
                    s
                    for s in self._schedules
                    if s.customer_uid == customer_uid and s.schedule_status == "scheduled"
                ]
            if not targets:
                raise rejected("취소할 예약결제 기록이 존재하지 않습니다.")
            now = self.store.clock.now()
            for schedule in targets:
                schedule.schedule_status = "revoked"
                schedule.revoked_at = now
            return [self.render(s) for s in targets]

    # ------------------------------------------------------------------ reading

    def get(self, merchant_uid: str) -> JsonDict:
        """``GET /subscribe/payments/schedule/{merchant_uid}`` (newest record)."""
        with self.store.lock:
            return self.render(self._get(merchant_uid))

    def find(
        self,
        start: int,
        end: int,
        status: str | None,
        page: int,
        limit: int,
        customer_uid: str | None = None,
    ) -> JsonDict:
        """Schedules with ``start <= schedule_at < end``, oldest first, paged."""
        with self.store.lock:
            found = sorted(
                (
                    s
                    for s in self._schedules
                    if start <= s.schedule_at < end
                    and (status is None or s.schedule_status == status)
                    and (customer_uid is None or s.customer_uid == customer_uid)
                ),
                key=lambda s: (s.schedule_at, s.seq),
            )
            return paginate(found, page, limit, self.render)

    # ------------------------------------------------------------------ running

    def tick(self) -> None:
        """Execute every schedule that is due by the sandbox clock."""
        with self.store.lock:
            now = self.store.clock.now()
            due = sorted(
                (
                    s
                    for s in self._schedules
                    if s.schedule_status == "scheduled" and s.schedule_at <= now
                ),
                key=lambda s: (s.schedule_at, s.seq),
            )
            for schedule in due:
                schedule.schedule_status = "executed"
                schedule.executed_at = now
                try:
                    self.charge(schedule)
                except ApiError as exc:
                    schedule.payment_status = "failed"
                    schedule.fail_reason = exc.message

    def charge(self, schedule: Schedule) -> Payment:
        """Charge a schedule's billing key now and record the outcome on the schedule.

        Raises :class:`ApiError` (nothing charged, schedule untouched) when the key is gone
        or the ``merchant_uid`` cannot be paid. Call with the lock held.
        """
        customer = self.keys.require(schedule.customer_uid)
        self.store.precheck(schedule.merchant_uid, schedule.amount)
        payment = charge_now(
            self.store,
            merchant_uid=schedule.merchant_uid,
            amount=schedule.amount,
            order=schedule.order,
            source=source_from_customer(self.store, customer),
            customer_uid=schedule.customer_uid,
            usage="payment.scheduled",
        )
        schedule.schedule_status = "executed"
        schedule.executed_at = payment.updated_at
        schedule.imp_uid = payment.imp_uid
        schedule.payment_status = payment.status
        schedule.fail_reason = payment.fail_reason
        return payment

    # ------------------------------------------------------------------ changing

    def update(self, merchant_uid: str, schedule_at: int) -> JsonDict:
        """Move a pending schedule to ``schedule_at`` (not in the past)."""
        with self.store.lock:
            schedule = self._get(merchant_uid)
            if schedule.schedule_status != "scheduled":
                raise rejected(
                    "실행 대기 중인 결제예약만 변경할 수 있습니다. "
                    f"(schedule_status: {schedule.schedule_status})"
                )
            self._check_future(schedule_at)
            schedule.schedule_at = schedule_at
            return self.render(schedule)

    def reschedule(self, merchant_uid: str, schedule_at: int) -> JsonDict:
        """Register a failed or revoked schedule again, as a new pending schedule."""
        with self.store.lock:
            old = self._get(merchant_uid)
            if old.schedule_status != "revoked" and not _failed(old):
                raise rejected("실패했거나 취소된 결제예약만 다시 예약할 수 있습니다.")
            self._check_future(schedule_at)
            if self.store.merchant_paid(merchant_uid):
                raise rejected(f"{MSG_ALREADY_PAID} ({merchant_uid})")
            schedule = Schedule(
                seq=self.store.next_seq(),
                customer_uid=old.customer_uid,
                merchant_uid=old.merchant_uid,
                schedule_at=schedule_at,
                amount=old.amount,
                order=old.order,
                pg_provider=old.pg_provider,
                pg_id=old.pg_id,
                customer_id=old.customer_id,
            )
            self._add(schedule)
            return self.render(schedule)

    def retry(self, merchant_uid: str) -> JsonDict:
        """Charge a failed or revoked schedule's billing key now; the schedule records it.

        A declined card gives a ``failed`` payment (HTTP 200, code 0). A deleted key or an
        already paid ``merchant_uid`` is refused (code 1) and nothing changes.
        """
        with self.store.lock:
            schedule = self._get(merchant_uid)
            if schedule.schedule_status != "revoked" and not _failed(schedule):
                raise rejected("실패했거나 취소된 결제예약만 재시도할 수 있습니다.")
            return self.charge(schedule).to_dict()


def customer_schedules(schedules: Schedules, call: Call) -> object:
    """A customer's schedules (``from``, ``to``, ``schedule-status``); two routes serve it."""
    query = call.query
    start = params.query_req_int(query, "from")
    end = params.query_req_int(query, "to")
    params.check_window("from", start, "to", end, SCHEDULE_WINDOW_DAYS)
    status = params.choice(query, "schedule-status", SCHEDULE_STATUSES, None)
    page, limit = params.page_and_limit(query)
    return schedules.find(start, end, status, page, limit, call.path["customer_uid"])


def _entries(raw: object) -> list[ScheduleEntry]:
    if raw is None or raw == [] or raw == "":
        raise bad_request("schedules 파라미터가 누락되었습니다. (schedules is required)")
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        raise bad_request("schedules 파라미터가 올바르지 않습니다: 객체의 배열이어야 합니다")
    entries: list[ScheduleEntry] = []
    for index, item in enumerate(raw):
        try:
            merchant_uid, amount, order = params.payment_fields(item, name_required=False)
            entries.append(
                ScheduleEntry(merchant_uid, params.req_int(item, "schedule_at"), amount, order)
            )
        except ApiError as exc:
            raise bad_request(f"schedules[{index}]: {exc.message}") from None
    return entries


def routes(state: SandboxState) -> list[RouteSpec]:
    """``/subscribe/payments/schedule...`` and ``POST /subscribe/payments/unschedule``."""
    schedules = state.schedules

    def schedule(call: Call) -> object:
        body = call.body
        customer_uid = params.req_str(body, "customer_uid", 80)
        entries = _entries(body.get("schedules"))
        card = card_input(body, required=False)
        return schedules.schedule(customer_uid, entries, card, params.customer_info(body))

    def unschedule(call: Call) -> object:
        body = call.body
        return schedules.unschedule(
            params.opt_str(body, "customer_uid") or None, params.str_list(body, "merchant_uid")
        )

    def by_merchant_uid(call: Call) -> object:
        return schedules.get(call.path["merchant_uid"])

    def by_range(call: Call) -> object:
        query = call.query
        start = params.query_req_int(query, "schedule_from")
        end = params.query_req_int(query, "schedule_to")
        params.check_window("schedule_from", start, "schedule_to", end, SCHEDULE_WINDOW_DAYS)
        status = params.choice(query, "schedule_status", SCHEDULE_STATUSES, None)
        page, limit = params.page_and_limit(query)
        return schedules.find(start, end, status, page, limit)

    def by_customer(call: Call) -> object:
        return customer_schedules(schedules, call)

    def update(call: Call) -> object:
        at = params.req_int(call.body, "schedule_at")
        return schedules.update(call.path["merchant_uid"], at)

    def reschedule(call: Call) -> object:
        at = params.req_int(call.body, "schedule_at")
        return schedules.reschedule(call.path["merchant_uid"], at)

    def retry(call: Call) -> object:
        return schedules.retry(call.path["merchant_uid"])

    base = "/subscribe/payments/schedule"
    return [
        RouteSpec(base, "POST", schedule),
        RouteSpec(base, "GET", by_range),
        RouteSpec("/subscribe/payments/unschedule", "POST", unschedule),
        RouteSpec(f"{base}/customers/{{customer_uid}}", "GET", by_customer),
        RouteSpec(f"{base}/{{merchant_uid}}", "GET", by_merchant_uid),
        RouteSpec(f"{base}/{{merchant_uid}}", "PUT", update),
        RouteSpec(f"{base}/{{merchant_uid}}/reschedule", "POST", reschedule),
        RouteSpec(f"{base}/{{merchant_uid}}/retry", "POST", retry),
    ]
