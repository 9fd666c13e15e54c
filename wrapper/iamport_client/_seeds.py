"""The seed-compatible methods of both clients (``find_by_imp_uid``, ``cancel``, ...).

Each is built once in ``_calls.py`` and bound to ``Iamporter`` by :func:`bind_sync` and to
``AsyncIamporter`` by :func:`bind_async`, so both have the same signatures and docstrings. The
builders (and the resource tables they use) load on the first access to any of these methods,
not at ``import iamport_client``: a type checker sees the bound methods (the ``TYPE_CHECKING``
branches below), the interpreter sees :class:`lazy_method` until first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._binding import lazy_method

if TYPE_CHECKING:
    from . import _calls
    from ._binding import bind_async, bind_sync

__all__ = ["SEED_METHODS", "AsyncSeeds", "SyncSeeds"]

#: The names of the seed methods (each a builder of the same name in ``_calls.py``).
SEED_METHODS = (
    "create_subscription",
    "get_subscription",
    "delete_subscription",
    "pay_subscription",
    "pay_onetime",
    "pay_foreign",
    "cancel",
    "cancel_by_imp_uid",
    "cancel_by_merchant_uid",
    "find_by_imp_uid",
    "find_by_merchant_uid",
    "find_all_by_merchant_uid",
    "find_all_by_status",
    "verify_payment",
    "create_prepared_payment",
    "get_prepared_payment",
    "get_certification",
    "delete_certification",
    "create_vbank",
    "schedule_payments",
    "unschedule_payments",
    "get_schedule",
    "find_schedules",
)


class SyncSeeds:
    """The seed methods of ``Iamporter``."""

    if TYPE_CHECKING:
        create_subscription = bind_sync(_calls.create_subscription)
        get_subscription = bind_sync(_calls.get_subscription)
        delete_subscription = bind_sync(_calls.delete_subscription)
        pay_subscription = bind_sync(_calls.pay_subscription)
        pay_onetime = bind_sync(_calls.pay_onetime)
        pay_foreign = bind_sync(_calls.pay_foreign)
        cancel = bind_sync(_calls.cancel)
        cancel_by_imp_uid = bind_sync(_calls.cancel_by_imp_uid)
        cancel_by_merchant_uid = bind_sync(_calls.cancel_by_merchant_uid)
        find_by_imp_uid = bind_sync(_calls.find_by_imp_uid)
        find_by_merchant_uid = bind_sync(_calls.find_by_merchant_uid)
        find_all_by_merchant_uid = bind_sync(_calls.find_all_by_merchant_uid)
        find_all_by_status = bind_sync(_calls.find_all_by_status)
        verify_payment = bind_sync(_calls.verify_payment)
        create_prepared_payment = bind_sync(_calls.create_prepared_payment)
        get_prepared_payment = bind_sync(_calls.get_prepared_payment)
        get_certification = bind_sync(_calls.get_certification)
        delete_certification = bind_sync(_calls.delete_certification)
        create_vbank = bind_sync(_calls.create_vbank)
        schedule_payments = bind_sync(_calls.schedule_payments)
        unschedule_payments = bind_sync(_calls.unschedule_payments)
        get_schedule = bind_sync(_calls.get_schedule)
        find_schedules = bind_sync(_calls.find_schedules)


class AsyncSeeds:
    """The seed methods of ``AsyncIamporter``, awaitable."""

    if TYPE_CHECKING:
        create_subscription = bind_async(_calls.create_subscription)
        get_subscription = bind_async(_calls.get_subscription)
        delete_subscription = bind_async(_calls.delete_subscription)
        pay_subscription = bind_async(_calls.pay_subscription)
        pay_onetime = bind_async(_calls.pay_onetime)
        pay_foreign = bind_async(_calls.pay_foreign)
        cancel = bind_async(_calls.cancel)
        cancel_by_imp_uid = bind_async(_calls.cancel_by_imp_uid)
        cancel_by_merchant_uid = bind_async(_calls.cancel_by_merchant_uid)
        find_by_imp_uid = bind_async(_calls.find_by_imp_uid)
        find_by_merchant_uid = bind_async(_calls.find_by_merchant_uid)
        find_all_by_merchant_uid = bind_async(_calls.find_all_by_merchant_uid)
        find_all_by_status = bind_async(_calls.find_all_by_status)
        verify_payment = bind_async(_calls.verify_payment)
        create_prepared_payment = bind_async(_calls.create_prepared_payment)
        get_prepared_payment = bind_async(_calls.get_prepared_payment)
        get_certification = bind_async(_calls.get_certification)
        delete_certification = bind_async(_calls.delete_certification)
        create_vbank = bind_async(_calls.create_vbank)
        schedule_payments = bind_async(_calls.schedule_payments)
        unschedule_payments = bind_async(_calls.unschedule_payments)
        get_schedule = bind_async(_calls.get_schedule)
        find_schedules = bind_async(_calls.find_schedules)


if not TYPE_CHECKING:
    for _name in SEED_METHODS:
        lazy_method.install(SyncSeeds, _name, "bind_sync")
        lazy_method.install(AsyncSeeds, _name, "bind_async")
    del _name
