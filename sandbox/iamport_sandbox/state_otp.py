"""Identity verification by one-time code (``/certifications/otp/...``).

The sandbox sends no SMS: the code is always :data:`TEST_OTP`. A confirmed verification
becomes an ordinary certification (``GET /certifications/{imp_uid}`` finds it).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from .errors import bad_request, not_found, rejected
from .models import JsonDict

if TYPE_CHECKING:
    from .state import SandboxState

TEST_OTP = "123456"
CARRIERS = ("SKT", "KT", "LGT")
METHODS = ("SMS", "APP")
_PHONE = re.compile(r"01\d{8,9}")
_BIRTH = re.compile(r"\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")


@dataclass(frozen=True)
class OtpRequest:
    """A validated ``POST /certifications/otp/request``."""

    name: str
    phone: str
    birth: str
    gender_digit: str
    carrier: str
    is_mvno: bool = False
    merchant_uid: str | None = None
    pg: str | None = None
    verification_method: str | None = None

    @staticmethod
    def clean_phone(raw: str) -> str:
        """Digits of a mobile number, or a 400."""
        digits = re.sub(r"[-\s.]", "", raw)
        if not _PHONE.fullmatch(digits):
            raise bad_request(
                "phone 파라미터가 올바르지 않습니다: 010으로 시작하는 휴대폰 번호여야 합니다"
            )
        return digits

    @staticmethod
    def clean_birth(raw: str) -> str:
        """``YYMMDD`` without separators, or a 400."""
        digits = re.sub(r"[-\s./]", "", raw)
        if not _BIRTH.fullmatch(digits):
            raise bad_request("birth 파라미터가 올바르지 않습니다: YYMMDD 형식이어야 합니다")
        return digits

    @property
    def birthday(self) -> str:
        """``YYYY-MM-DD``: the century follows the resident-number gender digit."""
        century = "19" if self.gender_digit in "1256" else "20"
        b = self.birth
        return f"{century}{b[:2]}-{b[2:4]}-{b[4:]}"

    @property
    def gender(self) -> str:
        """Odd gender digits are male, even ones female."""
        return "male" if int(self.gender_digit) % 2 else "female"

    @property
    def foreigner(self) -> bool:
        """Digits 5-8 belong to foreign residents."""
        return self.gender_digit in "5678"


class OtpCertifications:
    """Pending one-time-code verifications."""

    name = "otp_certifications"

    def __init__(self, core: SandboxState) -> None:
        self.core = core
        self._pending: dict[str, OtpRequest] = {}
        core.register(self)

    def reset(self) -> None:
        """Forget pending verifications."""
        self._pending.clear()

    def snapshot(self) -> JsonDict:
        """Pending verifications."""
        return {"pending": {uid: asdict(req) for uid, req in self._pending.items()}}

    def request(self, req: OtpRequest) -> JsonDict:
        """Start a verification; the person "receives" :data:`TEST_OTP`."""
        with self.core.lock:
            imp_uid = self.core.new_uid("imps_", self._pending)
            while self.core.certification_exists(imp_uid):
                imp_uid = self.core.new_uid("imps_", self._pending)
            self._pending[imp_uid] = req
            return {"imp_uid": imp_uid}

    def confirm(self, imp_uid: str, otp: str | None) -> JsonDict:
        """Finish a verification with the code; the APP method needs none."""
        with self.core.lock:
            req = self._pending.get(imp_uid)
            if req is None:
                if self.core.certification_exists(imp_uid):
                    raise rejected("이미 완료된 본인인증입니다.")
                raise not_found("인증번호 요청 내역이 존재하지 않습니다.")
            if req.verification_method != "APP":
                if not otp:
                    raise bad_request("otp 파라미터가 누락되었습니다. (otp is required)")
                if otp != TEST_OTP:
                    raise bad_request("인증번호가 일치하지 않습니다.")
            del self._pending[imp_uid]
            provider = (req.pg or "danal").partition(".")[0] or "danal"
            return self.core.add_certification(
                imp_uid=imp_uid,
                merchant_uid=req.merchant_uid,
                name=req.name,
                gender=req.gender,
                birthday=req.birthday,
                phone=req.phone,
                carrier=req.carrier,
                foreigner=req.foreigner,
                pg_provider=provider,
                origin=None,
            )
