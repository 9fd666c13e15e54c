from enum import StrEnum


class NaverReviewType(StrEnum):
    GENERAL = "general"
    PREMIUM = "premium"

    def __str__(self) -> str:
        return str(self.value)
