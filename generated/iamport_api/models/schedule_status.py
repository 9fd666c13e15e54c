from enum import StrEnum


class ScheduleStatus(StrEnum):
    EXECUTED = "executed"
    REVOKED = "revoked"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
