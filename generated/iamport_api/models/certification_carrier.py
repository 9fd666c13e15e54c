from enum import StrEnum


class CertificationCarrier(StrEnum):
    KT = "KT"
    LGT = "LGT"
    SKT = "SKT"

    def __str__(self) -> str:
        return str(self.value)
