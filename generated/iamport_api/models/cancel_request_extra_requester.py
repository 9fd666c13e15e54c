from enum import StrEnum


class CancelRequestExtraRequester(StrEnum):
    ADMIN = "admin"
    CUSTOMER = "customer"

    def __str__(self) -> str:
        return str(self.value)
