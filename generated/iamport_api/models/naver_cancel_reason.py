from enum import StrEnum


class NaverCancelReason(StrEnum):
    COLOR_AND_SIZE = "COLOR_AND_SIZE"
    DELAYED_DELIVERY = "DELAYED_DELIVERY"
    INCORRECT_INFO = "INCORRECT_INFO"
    INTENT_CHANGED = "INTENT_CHANGED"
    PRODUCT_UNSATISFIED = "PRODUCT_UNSATISFIED"
    SOLD_OUT = "SOLD_OUT"
    WRONG_ORDER = "WRONG_ORDER"

    def __str__(self) -> str:
        return str(self.value)
