from enum import StrEnum


class NaverDeliveryMethod(StrEnum):
    DELIVERY = "DELIVERY"
    DIRECT_DELIVERY = "DIRECT_DELIVERY"
    GDFW_ISSUE_SVC = "GDFW_ISSUE_SVC"
    NOTHING = "NOTHING"
    QUICK_SVC = "QUICK_SVC"
    VISIT_RECEIPT = "VISIT_RECEIPT"

    def __str__(self) -> str:
        return str(self.value)
