from enum import StrEnum


class PaymentStatus(StrEnum):
    CANCELLED = "cancelled"
    FAILED = "failed"
    PAID = "paid"
    READY = "ready"

    def __str__(self) -> str:
        return str(self.value)
