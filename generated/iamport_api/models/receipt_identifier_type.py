from enum import StrEnum


class ReceiptIdentifierType(StrEnum):
    BUSINESS = "business"
    PERSON = "person"
    PHONE = "phone"
    TAXCARD = "taxcard"

    def __str__(self) -> str:
        return str(self.value)
