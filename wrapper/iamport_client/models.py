"""The typed models of the Iamport API: what client methods return and accept.

    from iamport_client.models import Payment, PaymentStatus

    payment: Payment = iamporter.find_by_imp_uid("imp_448280090638").data
    if payment.status is PaymentStatus.PAID:
        print(payment.amount)  # Decimal("64900"), exactly as the service sent it

Every model of the spec is here (they are generated into ``iamport_api.models``; this module is
the supported way to import them). Money is ``Decimal``; an optional field that the service
left out or sent as null reads as ``None``. Models load on first use, so importing this module
(or ``iamport_client``) does not load them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import iamport_api.models as _generated

if TYPE_CHECKING:
    from iamport_api.models import *  # noqa: F403
    from iamport_api.types import KST as KST
    from iamport_api.types import SpecMismatchError as SpecMismatchError

__all__ = [*_generated.__all__, "KST", "SpecMismatchError"]


if not TYPE_CHECKING:  # a module __getattr__ would make type checkers accept any name

    def __getattr__(name: str) -> object:
        if name == "SpecMismatchError":
            from iamport_api.types import SpecMismatchError as value
        elif name == "KST":  # the time zone of the models' `*_kst` accessors (UTC+09:00)
            from iamport_api.types import KST as value
        else:
            value = getattr(_generated, name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)
