"""The sandbox's API, one module per resource of the spec (``x-iamport.resource``).

Each resource module holds that resource's state (its data and rules) and, below it, its
route handlers: ``routes(state)`` returns the resource's :class:`~iamport_sandbox.call.RouteSpec`
list, one per operation of the spec with that resource. A new operation's handler goes in
the module named by its ``x-iamport.resource`` (a new resource gets a new module, listed in
:data:`RESOURCES`); ``tests/house/test_sandbox_layout.py`` checks the modules against the spec.

Two core modules serve them all: :mod:`.store` (the lock, the clock, the payment records and
their life cycle) and :mod:`.charge` (charging a card). :class:`SandboxState` composes the
store with every resource's state.
"""

from __future__ import annotations

from decimal import Decimal
from types import ModuleType

from ..call import RouteSpec
from ..clock import Clock
from ..models import CustomerInfo, JsonDict, OrderInfo
from . import (
    auth,
    benepia,
    billing_keys,
    certifications,
    codes,
    cvs,
    escrows,
    kcpquick,
    naver,
    partners,
    payco,
    payments,
    paymentwall,
    prepared_payments,
    receipts,
    schedules,
    tiers,
    users,
    vbanks,
)
from .charge import CardInput
from .store import Notifier, Store

__all__ = ["RESOURCES", "CardInput", "SandboxState", "route_specs"]

#: Every resource module, each named after its ``x-iamport.resource``.
RESOURCES: tuple[ModuleType, ...] = (
    auth,
    billing_keys,
    payments,
    prepared_payments,
    schedules,
    vbanks,
    certifications,
    receipts,
    escrows,
    codes,
    tiers,
    users,
    naver,
    kcpquick,
    benepia,
    cvs,
    paymentwall,
    payco,
    partners,
)


class SandboxState(Store):
    """Everything the fake service remembers: the store plus each resource's state.

    ``state.payments``, ``state.billing_keys``, ``state.schedules``, ... are the resources'
    states (named as the resources are). The methods below are the shortcuts tests, the
    admin API and the browser checkout use.
    """

    def __init__(
        self,
        clock: Clock,
        api_key: str,
        api_secret: str,
        notifier: Notifier | None = None,
        slow_card_delay: float = 3.0,
    ) -> None:
        super().__init__(clock, notifier, slow_card_delay)
        # Registration order is the order of the admin dump (GET /__sandbox/state).
        self.auth = auth.Tokens(self, api_key, api_secret)
        self.register_payment_records()
        self.billing_keys = billing_keys.BillingKeys(self)
        self.schedules = schedules.Schedules(self, self.billing_keys)
        self.prepared_payments = prepared_payments.PreparedPayments(self)
        self.certifications = certifications.Certifications(self)
        self.receipts = receipts.Receipts(self)
        self.escrows = escrows.Escrows(self)
        self.otp = certifications.OtpCertifications(self, self.certifications)
        self.naver = naver.NaverOrders(self)
        self.kcpquick = kcpquick.KcpQuick(self, self.billing_keys)
        self.benepia = benepia.Benepia(self)
        self.cvs = cvs.ConvenienceStores(self)
        self.paymentwall = paymentwall.Deliveries(self)
        self.payco = payco.PaycoOrders(self)
        self.partners = partners.PartnerReceipts(self)
        self.payments = payments.Payments(self, self.billing_keys)
        self.vbanks = vbanks.Vbanks(self)
        #: Store a certification (for tests; see :meth:`.certifications.Certifications.add`).
        self.add_certification = self.certifications.add
        clock.subscribe(self.tick)

    # ------------------------------------------------------------------ shortcuts

    def add_credentials(self, api_key: str, api_secret: str) -> None:
        """Accept another REST API key/secret pair."""
        self.auth.add_credentials(api_key, api_secret)

    def issue_token(self, imp_key: str | None, imp_secret: str | None) -> JsonDict:
        """``POST /users/getToken``."""
        return self.auth.issue(imp_key, imp_secret)

    def authenticate(self, authorization: str | None) -> None:
        """Check an ``Authorization`` header (bare token or ``Bearer <token>``)."""
        self.auth.authenticate(authorization)

    def tick(self) -> None:
        """Execute every schedule that is due by the sandbox clock."""
        self.schedules.tick()

    def pay_onetime(
        self,
        card: CardInput,
        merchant_uid: str,
        amount: Decimal,
        order: OrderInfo,
        customer_uid: str | None = None,
        info: CustomerInfo | None = None,
    ) -> JsonDict:
        """Charge card details (``POST /subscribe/payments/onetime``)."""
        return self.payments.pay_onetime(card, merchant_uid, amount, order, customer_uid, info)

    def create_vbank(
        self,
        merchant_uid: str,
        amount: Decimal,
        order: OrderInfo,
        vbank_code: str,
        vbank_due: int,
        vbank_holder: str | None = None,
    ) -> JsonDict:
        """Issue a virtual account (``POST /vbanks``)."""
        return self.vbanks.create(merchant_uid, amount, order, vbank_code, vbank_due, vbank_holder)

    def deposit_vbank(
        self, imp_uid: str, amount: Decimal | None = None, depositor_name: str | None = None
    ) -> JsonDict:
        """The buyer pays into a virtual account (see :meth:`.vbanks.Vbanks.deposit`)."""
        return self.vbanks.deposit(imp_uid, amount, depositor_name)


def route_specs(state: SandboxState) -> list[RouteSpec]:
    """Every API route of every resource, in :data:`RESOURCES` order."""
    return [spec for module in RESOURCES for spec in module.routes(state)]
