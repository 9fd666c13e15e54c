"""The stores built around the core :class:`SandboxState`, grouped for the route modules."""

from __future__ import annotations

from dataclasses import dataclass

from .state import SandboxState
from .state_escrow import Escrows
from .state_kcpquick import Benepia, KcpQuick
from .state_lookup import Lookups
from .state_naver import NaverOrders
from .state_otp import OtpCertifications
from .state_partners import Partners
from .state_receipts import Receipts
from .state_schedules import ScheduleActions
from .state_vbanks import VbankActions


@dataclass(frozen=True)
class Services:
    """Every store; those with data register with ``core`` (reset and dumped with it)."""

    core: SandboxState
    lookups: Lookups
    schedules: ScheduleActions
    vbanks: VbankActions
    receipts: Receipts
    escrows: Escrows
    otp: OtpCertifications
    naver: NaverOrders
    kcpquick: KcpQuick
    benepia: Benepia
    partners: Partners

    @classmethod
    def create(cls, core: SandboxState) -> Services:
        """Build (and register) every store around ``core``."""
        return cls(
            core=core,
            lookups=Lookups(core),
            schedules=ScheduleActions(core),
            vbanks=VbankActions(core),
            receipts=Receipts(core),
            escrows=Escrows(core),
            otp=OtpCertifications(core),
            naver=NaverOrders(core),
            kcpquick=KcpQuick(core),
            benepia=Benepia(core),
            partners=Partners(core),
        )
