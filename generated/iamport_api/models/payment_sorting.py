from enum import StrEnum


class PaymentSorting(StrEnum):
    PAID = "paid"
    STARTED = "started"
    UPDATED = "updated"
    VALUE_0 = "-started"
    VALUE_2 = "-paid"
    VALUE_4 = "-updated"

    def __str__(self) -> str:
        return str(self.value)
