from enum import StrEnum


class CertificationMethod(StrEnum):
    APP = "APP"
    SMS = "SMS"

    def __str__(self) -> str:
        return str(self.value)
