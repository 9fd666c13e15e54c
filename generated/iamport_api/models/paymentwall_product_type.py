from enum import StrEnum


class PaymentwallProductType(StrEnum):
    DIGITAL = "digital"
    PHYSICAL = "physical"

    def __str__(self) -> str:
        return str(self.value)
