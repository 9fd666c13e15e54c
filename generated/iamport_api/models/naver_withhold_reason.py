from enum import StrEnum


class NaverWithholdReason(StrEnum):
    ETC = "ETC"
    EXTRAFEEE = "EXTRAFEEE"
    RETURN_DELIVERYFEE = "RETURN_DELIVERYFEE"
    RETURN_DELIVERYFEE_AND_EXTRAFEEE = "RETURN_DELIVERYFEE_AND_EXTRAFEEE"
    RETURN_PRODUCT_NOT_DELIVERED = "RETURN_PRODUCT_NOT_DELIVERED"

    def __str__(self) -> str:
        return str(self.value)
