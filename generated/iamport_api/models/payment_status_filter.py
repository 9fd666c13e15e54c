from enum import StrEnum


class PaymentStatusFilter(StrEnum):
    ALL = "all"
    CANCELLED = "cancelled"
    FAILED = "failed"
    PAID = "paid"
    READY = "ready"

    def __str__(self) -> str:
        return str(self.value)
