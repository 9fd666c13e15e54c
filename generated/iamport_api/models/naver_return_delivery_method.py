from enum import StrEnum


class NaverReturnDeliveryMethod(StrEnum):
    RETURN_DELIVERY = "RETURN_DELIVERY"
    RETURN_DESIGNATED = "RETURN_DESIGNATED"
    RETURN_INDIVIDUAL = "RETURN_INDIVIDUAL"

    def __str__(self) -> str:
        return str(self.value)
