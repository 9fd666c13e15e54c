"""Resource ``billing_keys``: cards stored under a ``customer_uid`` and charged later."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from .. import params
from ..call import Call, RouteSpec, partial_result
from ..errors import bad_request, not_found, rejected
from ..models import Customer, CustomerInfo, JsonDict, OrderInfo, Payment
from .charge import (
    CardInput,
    CardSource,
    charge,
    refuse_at_issue,
    required_card,
    source_from_card,
    source_from_customer,
)
from .schedules import customer_schedules
from .store import Store, paginate, sort_payments

if TYPE_CHECKING:
    from . import SandboxState

MSG_UNKNOWN_CUSTOMER = "등록되지 않은 구매자입니다."
MSG_NO_KEY = "요청하신 customer_uid로 등록된 정보를 찾을 수 없습니다."


class BillingKeys:
    """Billing keys by ``customer_uid``."""

    name = "customers"

    def __init__(self, store: Store) -> None:
        self.store = store
        self._customers: dict[str, Customer] = {}
        store.register(self)

    def reset(self) -> None:
        """Forget every billing key."""
        self._customers.clear()

    def snapshot(self) -> object:
        """Every billing key (masked card numbers only)."""
        return [c.to_dict() for c in self._customers.values()]

    def record(self, customer_uid: str) -> Customer | None:
        """The billing key ``customer_uid``."""
        return self._customers.get(customer_uid)

    def store_card(
        self, customer_uid: str, source: CardSource, info: CustomerInfo, pg_given: bool
    ) -> Customer:
        """Issue or replace a billing key (call with the lock held)."""
        now = self.store.clock.now()
        existing = self._customers.get(customer_uid)
        if existing is None:
            customer = Customer(
                customer_uid=customer_uid,
                pg_provider=source.pg_provider,
                pg_id=source.pg_id,
                card_number=source.masked,
                card_code=source.profile.code,
                card_name=source.profile.name,
                card_type=source.profile.card_type,
                behaviour=source.behaviour,
                info=info,
                inserted=now,
                updated=now,
                card_expiry=source.expiry,
            )
            self._customers[customer_uid] = customer
            return customer
        existing.card_number = source.masked
        existing.card_code = source.profile.code
        existing.card_name = source.profile.name
        existing.card_type = source.profile.card_type
        existing.behaviour = source.behaviour
        existing.card_expiry = source.expiry
        if pg_given:
            existing.pg_provider, existing.pg_id = source.pg_provider, source.pg_id
        for field_name in vars(info):
            value = getattr(info, field_name)
            if value is not None:
                setattr(existing.info, field_name, value)
        existing.updated = now
        return existing

    def issue(self, customer_uid: str, card: CardInput, info: CustomerInfo) -> JsonDict:
        """``POST /subscribe/customers/{customer_uid}``: issue or replace a billing key."""
        source = source_from_card(self.store, card)
        refuse_at_issue(source)
        with self.store.lock:
            customer = self.store_card(customer_uid, source, info, card.pg is not None)
            return customer.to_dict()

    def get(self, customer_uid: str) -> JsonDict:
        """``GET /subscribe/customers/{customer_uid}``."""
        with self.store.lock:
            customer = self._customers.get(customer_uid)
            if customer is None:
                raise not_found(MSG_NO_KEY)
            return customer.to_dict()

    def delete(self, customer_uid: str) -> JsonDict:
        """``DELETE /subscribe/customers/{customer_uid}``: returns the deleted key."""
        with self.store.lock:
            customer = self._customers.pop(customer_uid, None)
            if customer is None:
                raise not_found(MSG_NO_KEY)
            return customer.to_dict()

    def lookup(self, customer_uids: Sequence[str]) -> tuple[list[JsonDict], list[str]]:
        """Billing keys by ``customer_uid``: those found and the ids not found."""
        if not customer_uids:
            raise bad_request(
                "customer_uid[] 파라미터가 누락되었습니다. (customer_uid[] is required)"
            )
        with self.store.lock:
            found: dict[str, JsonDict] = {}
            missing: list[str] = []
            for uid in customer_uids:
                customer = self._customers.get(uid)
                if customer is None:
                    missing.append(uid)
                elif uid not in found:
                    found[uid] = customer.to_dict()
            return list(found.values()), missing

    def payments(self, customer_uid: str, page: int, limit: int) -> JsonDict:
        """``GET /subscribe/customers/{customer_uid}/payments``: newest first."""
        with self.store.lock:
            found = [p for p in self.store.all_payments() if p.customer_uid == customer_uid]
            return paginate(sort_payments(found, "-started"), page, limit, Payment.to_dict)

    def require(self, customer_uid: str) -> Customer:
        """The billing key ``customer_uid``, or a refusal (code 1) naming it unknown."""
        customer = self._customers.get(customer_uid)
        if customer is None:
            raise rejected(MSG_UNKNOWN_CUSTOMER)
        return customer

    def pay_again(
        self,
        customer_uid: str,
        merchant_uid: str,
        amount: Decimal,
        order: OrderInfo,
        gateway: tuple[str, str] | None = None,
    ) -> JsonDict:
        """``POST /subscribe/payments/again``: charge a stored billing key.

        ``gateway`` (provider, merchant id) overrides the key's own gateway (KCP Quick Pay).
        """
        with self.store.lock:
            source = source_from_customer(self.store, self.require(customer_uid))
            if gateway is not None:
                source = replace(source, pg_provider=gateway[0], pg_id=gateway[1])
        return charge(
            self.store,
            merchant_uid=merchant_uid,
            amount=amount,
            order=order,
            source=source,
            customer_uid=customer_uid,
            usage="payment",
        )

    def storing(
        self, customer_uid: str, source: CardSource, info: CustomerInfo, pg_given: bool
    ) -> Callable[[], None]:
        """A callback storing the card as ``customer_uid`` (run once a payment may proceed)."""

        def store_it() -> None:
            self.store_card(customer_uid, source, info, pg_given)

        return store_it


def routes(state: SandboxState) -> list[RouteSpec]:
    """``/subscribe/customers...`` and ``POST /subscribe/payments/again``."""
    keys = state.billing_keys

    def save(call: Call) -> object:
        uid = call.path["customer_uid"]
        if len(uid) > 80:
            raise bad_request("customer_uid 파라미터가 올바르지 않습니다: 최대 80자까지 허용됩니다")
        body = call.body
        return keys.issue(uid, required_card(body), params.customer_info(body))

    def view(call: Call) -> object:
        return keys.get(call.path["customer_uid"])

    def delete(call: Call) -> object:
        return keys.delete(call.path["customer_uid"])

    def lookup(call: Call) -> object:
        found, missing = keys.lookup(call.query_list("customer_uid"))
        return partial_result(found, missing, "빌링키 정보")

    def payments(call: Call) -> object:
        page, limit = params.page_and_limit(call.query)
        return keys.payments(call.path["customer_uid"], page, limit)

    def schedules(call: Call) -> object:
        return customer_schedules(state.schedules, call)

    def again(call: Call) -> object:
        body = call.body
        customer_uid = params.req_str(body, "customer_uid", 80)
        merchant_uid, amount, order = params.payment_fields(body, name_required=True)
        return keys.pay_again(customer_uid, merchant_uid, amount, order)

    return [
        RouteSpec("/subscribe/customers", "GET", lookup),
        RouteSpec("/subscribe/customers/{customer_uid}", "POST", save),
        RouteSpec("/subscribe/customers/{customer_uid}", "GET", view),
        RouteSpec("/subscribe/customers/{customer_uid}", "DELETE", delete),
        RouteSpec("/subscribe/customers/{customer_uid}/payments", "GET", payments),
        RouteSpec("/subscribe/customers/{customer_uid}/schedules", "GET", schedules),
        RouteSpec("/subscribe/payments/again", "POST", again),
    ]
