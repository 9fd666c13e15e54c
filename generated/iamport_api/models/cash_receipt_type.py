from enum import StrEnum


class CashReceiptType(StrEnum):
    ANONYMOUS = "anonymous"
    COMPANY = "company"
    PERSON = "person"

    def __str__(self) -> str:
        return str(self.value)
