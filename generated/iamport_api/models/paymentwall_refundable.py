from enum import StrEnum


class PaymentwallRefundable(StrEnum):
    NO = "no"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)
