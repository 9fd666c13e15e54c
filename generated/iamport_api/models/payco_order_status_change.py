from enum import StrEnum


class PaycoOrderStatusChange(StrEnum):
    CANCELED = "CANCELED"
    DELIVERY_START = "DELIVERY_START"
    PURCHASE_DECISION = "PURCHASE_DECISION"

    def __str__(self) -> str:
        return str(self.value)
