from enum import StrEnum


class ProductType(StrEnum):
    DIGITAL = "digital"
    REAL = "real"

    def __str__(self) -> str:
        return str(self.value)
