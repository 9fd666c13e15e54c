"""Resource namespaces of the clients: one attribute per API group beyond the seed set.

``Iamporter().receipts`` is a :class:`Receipts`; ``AsyncIamporter().receipts`` an
:class:`AsyncReceipts` with the same methods, awaitable.
"""

from __future__ import annotations

from . import _operations as ops
from ._binding import AsyncNamespace, SyncNamespace, bind_async, bind_sync


class Schedules(SyncNamespace):
    """Editing, rescheduling and retrying schedules."""

    update = bind_sync(ops.schedules__update)
    reschedule = bind_sync(ops.schedules__reschedule)
    retry = bind_sync(ops.schedules__retry)


class AsyncSchedules(AsyncNamespace):
    """Editing, rescheduling and retrying schedules."""

    update = bind_async(ops.schedules__update)
    reschedule = bind_async(ops.schedules__reschedule)
    retry = bind_async(ops.schedules__retry)


class PreparedPayments(SyncNamespace):
    """Editing a pre-registered amount."""

    update = bind_sync(ops.prepared_payments__update)


class AsyncPreparedPayments(AsyncNamespace):
    """Editing a pre-registered amount."""

    update = bind_async(ops.prepared_payments__update)


class Payments(SyncNamespace):
    """Several payments at once, and the balance of one."""

    get_many = bind_sync(ops.payments__get_many)
    balance = bind_sync(ops.payments__balance)


class AsyncPayments(AsyncNamespace):
    """Several payments at once, and the balance of one."""

    get_many = bind_async(ops.payments__get_many)
    balance = bind_async(ops.payments__balance)


class BillingKeys(SyncNamespace):
    """Several billing keys at once, and the payments and schedules of one."""

    get_many = bind_sync(ops.billing_keys__get_many)
    payments = bind_sync(ops.billing_keys__payments)
    schedules = bind_sync(ops.billing_keys__schedules)


class AsyncBillingKeys(AsyncNamespace):
    """Several billing keys at once, and the payments and schedules of one."""

    get_many = bind_async(ops.billing_keys__get_many)
    payments = bind_async(ops.billing_keys__payments)
    schedules = bind_async(ops.billing_keys__schedules)


class Vbanks(SyncNamespace):
    """Virtual accounts: holder lookup, edit, revoke."""

    holder = bind_sync(ops.vbanks__holder)
    update = bind_sync(ops.vbanks__update)
    revoke = bind_sync(ops.vbanks__revoke)


class AsyncVbanks(AsyncNamespace):
    """Virtual accounts: holder lookup, edit, revoke."""

    holder = bind_async(ops.vbanks__holder)
    update = bind_async(ops.vbanks__update)
    revoke = bind_async(ops.vbanks__revoke)


class Receipts(SyncNamespace):
    """Cash receipts for Iamport payments and for payments made elsewhere."""

    get = bind_sync(ops.receipts__get)
    issue = bind_sync(ops.receipts__issue)
    revoke = bind_sync(ops.receipts__revoke)
    get_external = bind_sync(ops.receipts__get_external)
    issue_external = bind_sync(ops.receipts__issue_external)
    revoke_external = bind_sync(ops.receipts__revoke_external)


class AsyncReceipts(AsyncNamespace):
    """Cash receipts for Iamport payments and for payments made elsewhere."""

    get = bind_async(ops.receipts__get)
    issue = bind_async(ops.receipts__issue)
    revoke = bind_async(ops.receipts__revoke)
    get_external = bind_async(ops.receipts__get_external)
    issue_external = bind_async(ops.receipts__issue_external)
    revoke_external = bind_async(ops.receipts__revoke_external)


class Escrows(SyncNamespace):
    """Escrow shipping (logistics) records."""

    get_logis = bind_sync(ops.escrows__get_logis)
    register_logis = bind_sync(ops.escrows__register_logis)
    update_logis = bind_sync(ops.escrows__update_logis)


class AsyncEscrows(AsyncNamespace):
    """Escrow shipping (logistics) records."""

    get_logis = bind_async(ops.escrows__get_logis)
    register_logis = bind_async(ops.escrows__register_logis)
    update_logis = bind_async(ops.escrows__update_logis)


class Codes(SyncNamespace):
    """Standard card and bank codes."""

    cards = bind_sync(ops.codes__cards)
    card = bind_sync(ops.codes__card)
    banks = bind_sync(ops.codes__banks)
    bank = bind_sync(ops.codes__bank)


class AsyncCodes(AsyncNamespace):
    """Standard card and bank codes."""

    cards = bind_async(ops.codes__cards)
    card = bind_async(ops.codes__card)
    banks = bind_async(ops.codes__banks)
    bank = bind_async(ops.codes__bank)


class Certifications(SyncNamespace):
    """Identity verification by one-time password."""

    request_otp = bind_sync(ops.certifications__request_otp)
    confirm_otp = bind_sync(ops.certifications__confirm_otp)


class AsyncCertifications(AsyncNamespace):
    """Identity verification by one-time password."""

    request_otp = bind_async(ops.certifications__request_otp)
    confirm_otp = bind_async(ops.certifications__confirm_otp)


class Naver(SyncNamespace):
    """Naver Pay order management."""

    get_product_orders = bind_sync(ops.naver__get_product_orders)
    get_product_order = bind_sync(ops.naver__get_product_order)
    get_reviews = bind_sync(ops.naver__get_reviews)
    get_cash_amount = bind_sync(ops.naver__get_cash_amount)
    cancel = bind_sync(ops.naver__cancel)
    approve_cancel = bind_sync(ops.naver__approve_cancel)
    ship = bind_sync(ops.naver__ship)
    ship_exchanged = bind_sync(ops.naver__ship_exchanged)
    collect_exchanged = bind_sync(ops.naver__collect_exchanged)
    place = bind_sync(ops.naver__place)
    request_return = bind_sync(ops.naver__request_return)
    approve_return = bind_sync(ops.naver__approve_return)
    reject_return = bind_sync(ops.naver__reject_return)
    withhold_return = bind_sync(ops.naver__withhold_return)
    resolve_return = bind_sync(ops.naver__resolve_return)
    deposit_point = bind_sync(ops.naver__deposit_point)
    confirm_payment = bind_sync(ops.naver__confirm_payment)


class AsyncNaver(AsyncNamespace):
    """Naver Pay order management."""

    get_product_orders = bind_async(ops.naver__get_product_orders)
    get_product_order = bind_async(ops.naver__get_product_order)
    get_reviews = bind_async(ops.naver__get_reviews)
    get_cash_amount = bind_async(ops.naver__get_cash_amount)
    cancel = bind_async(ops.naver__cancel)
    approve_cancel = bind_async(ops.naver__approve_cancel)
    ship = bind_async(ops.naver__ship)
    ship_exchanged = bind_async(ops.naver__ship_exchanged)
    collect_exchanged = bind_async(ops.naver__collect_exchanged)
    place = bind_async(ops.naver__place)
    request_return = bind_async(ops.naver__request_return)
    approve_return = bind_async(ops.naver__approve_return)
    reject_return = bind_async(ops.naver__reject_return)
    withhold_return = bind_async(ops.naver__withhold_return)
    resolve_return = bind_async(ops.naver__resolve_return)
    deposit_point = bind_async(ops.naver__deposit_point)
    confirm_payment = bind_async(ops.naver__confirm_payment)


class Kcpquick(SyncNamespace):
    """KCP Quick pay members, payments and keys."""

    delete_member = bind_sync(ops.kcpquick__delete_member)
    release_fido = bind_sync(ops.kcpquick__release_fido)
    pay_with_money = bind_sync(ops.kcpquick__pay_with_money)
    create_prepare = bind_sync(ops.kcpquick__create_prepare)
    update_prepare = bind_sync(ops.kcpquick__update_prepare)
    pay_autopay = bind_sync(ops.kcpquick__pay_autopay)
    delete_autopay_key = bind_sync(ops.kcpquick__delete_autopay_key)


class AsyncKcpquick(AsyncNamespace):
    """KCP Quick pay members, payments and keys."""

    delete_member = bind_async(ops.kcpquick__delete_member)
    release_fido = bind_async(ops.kcpquick__release_fido)
    pay_with_money = bind_async(ops.kcpquick__pay_with_money)
    create_prepare = bind_async(ops.kcpquick__create_prepare)
    update_prepare = bind_async(ops.kcpquick__update_prepare)
    pay_autopay = bind_async(ops.kcpquick__pay_autopay)
    delete_autopay_key = bind_async(ops.kcpquick__delete_autopay_key)


class Benepia(SyncNamespace):
    """Benepia points."""

    get_point = bind_sync(ops.benepia__get_point)
    pay = bind_sync(ops.benepia__pay)


class AsyncBenepia(AsyncNamespace):
    """Benepia points."""

    get_point = bind_async(ops.benepia__get_point)
    pay = bind_async(ops.benepia__pay)


class Paymentwall(SyncNamespace):
    """Paymentwall delivery tracking."""

    register_delivery = bind_sync(ops.paymentwall__register_delivery)


class AsyncPaymentwall(AsyncNamespace):
    """Paymentwall delivery tracking."""

    register_delivery = bind_async(ops.paymentwall__register_delivery)


class Cvs(SyncNamespace):
    """Convenience-store payments."""

    issue = bind_sync(ops.cvs__issue)
    revoke = bind_sync(ops.cvs__revoke)


class AsyncCvs(AsyncNamespace):
    """Convenience-store payments."""

    issue = bind_async(ops.cvs__issue)
    revoke = bind_async(ops.cvs__revoke)


class Payco(SyncNamespace):
    """Payco order status."""

    change_order_status = bind_sync(ops.payco__change_order_status)


class AsyncPayco(AsyncNamespace):
    """Payco order status."""

    change_order_status = bind_async(ops.payco__change_order_status)


class Partners(SyncNamespace):
    """Partner (sub-merchant) receipts."""

    register_receipt = bind_sync(ops.partners__register_receipt)


class AsyncPartners(AsyncNamespace):
    """Partner (sub-merchant) receipts."""

    register_receipt = bind_async(ops.partners__register_receipt)


class Tiers(SyncNamespace):
    """Sub-merchant tiers."""

    get = bind_sync(ops.tiers__get)


class AsyncTiers(AsyncNamespace):
    """Sub-merchant tiers."""

    get = bind_async(ops.tiers__get)


class Users(SyncNamespace):
    """The merchant account’s gateway settings."""

    pg_settings = bind_sync(ops.users__pg_settings)


class AsyncUsers(AsyncNamespace):
    """The merchant account’s gateway settings."""

    pg_settings = bind_async(ops.users__pg_settings)
