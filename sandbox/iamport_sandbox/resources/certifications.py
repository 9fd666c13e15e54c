"""Resource ``certifications``: identity verifications, also by one-time code.

Three certifications are seeded (and come back on reset). The one-time-code flow
(``/certifications/otp/...``) sends no SMS: the code is always :data:`TEST_OTP`. A
confirmed verification becomes an ordinary certification (``GET /certifications/{imp_uid}``
finds it).
"""

from __future__ import annotations

import hashlib
import re
from base64 import b64encode
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from .. import params
from ..call import Call, RouteSpec
from ..errors import bad_request, not_found, rejected
from ..models import Certification, JsonDict
from .store import Store, random_digits

if TYPE_CHECKING:
    from . import SandboxState

TEST_OTP = "123456"
CARRIERS = ("SKT", "KT", "LGT")
METHODS = ("SMS", "APP")
MSG_NO_CERTIFICATION = "존재하지 않는 본인인증 정보입니다."
_PHONE = re.compile(r"01\d{8,9}")
_BIRTH = re.compile(r"\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")
_GENDER_DIGIT = re.compile(r"[1-8]")


class Certifications:
    """Stored certifications by ``imp_uid``."""

    name = "certifications"

    def __init__(self, store: Store) -> None:
        self.store = store
        self._certifications: dict[str, Certification] = {}
        self._seed()
        store.register(self)

    def reset(self) -> None:
        """Back to the three seeded records."""
        self._certifications.clear()
        self._seed()

    def snapshot(self) -> object:
        """Every certification."""
        return [c.to_dict() for c in self._certifications.values()]

    def _seed(self) -> None:
        seeds = (
            ("홍길동", "male", "1990-01-01", "01012345678", "SKT"),
            ("김영희", "female", "1985-05-15", "01023456789", "KT"),
            ("이민준", "male", "2001-12-31", "01034567890", "LGT"),
        )
        for n, (name, gender, birthday, phone, carrier) in enumerate(seeds, start=1):
            self.add(
                imp_uid=f"imps_{n:012d}",
                merchant_uid=f"cert_seed_{n}",
                name=name,
                gender=gender,
                birthday=birthday,
                phone=phone,
                carrier=carrier,
                certified_at=1_700_000_000 + n * 3600,
            )

    def exists(self, imp_uid: str) -> bool:
        """Whether a certification ``imp_uid`` is stored."""
        return imp_uid in self._certifications

    def add(
        self,
        *,
        imp_uid: str | None = None,
        merchant_uid: str | None = None,
        name: str | None = "홍길동",
        gender: str | None = "male",
        birthday: str | None = "1990-01-01",
        phone: str | None = "01012345678",
        carrier: str | None = "SKT",
        foreigner: bool = False,
        certified: bool = True,
        certified_at: int | None = None,
        pg_provider: str = "danal",
        origin: str | None = "https://shop.example.com/signup",
    ) -> JsonDict:
        """Store a certification (for tests) and return its wire form."""
        with self.store.lock:
            uid = imp_uid or self.store.new_uid("imps_", self._certifications)
            seed = f"{name}|{birthday}|{phone}".encode()
            record = Certification(
                imp_uid=uid,
                merchant_uid=merchant_uid,
                pg_tid=f"danal{random_digits(14)}",
                pg_provider=pg_provider,
                name=name,
                gender=gender,
                birthday=birthday,
                foreigner=foreigner,
                phone=phone,
                carrier=carrier,
                certified=certified,
                certified_at=certified_at if certified_at is not None else self.store.clock.now(),
                unique_key=b64encode(hashlib.sha512(seed).digest()).decode(),
                unique_in_site=b64encode(hashlib.sha256(seed + b"|site").digest()).decode(),
                origin=origin,
                foreigner_v2=foreigner,
            )
            self._certifications[uid] = record
            return record.to_dict()

    def get(self, imp_uid: str) -> JsonDict:
        """``GET /certifications/{imp_uid}``."""
        with self.store.lock:
            record = self._certifications.get(imp_uid)
            if record is None:
                raise not_found(MSG_NO_CERTIFICATION)
            return record.to_dict()

    def delete(self, imp_uid: str) -> JsonDict:
        """``DELETE /certifications/{imp_uid}``: returns the removed record."""
        with self.store.lock:
            record = self._certifications.pop(imp_uid, None)
            if record is None:
                raise not_found(MSG_NO_CERTIFICATION)
            return record.to_dict()


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

    def __init__(self, store: Store, certifications: Certifications) -> None:
        self.store = store
        self.certifications = certifications
        self._pending: dict[str, OtpRequest] = {}
        store.register(self)

    def reset(self) -> None:
        """Forget pending verifications."""
        self._pending.clear()

    def snapshot(self) -> object:
        """Pending verifications."""
        return {"pending": {uid: asdict(req) for uid, req in self._pending.items()}}

    def request(self, req: OtpRequest) -> JsonDict:
        """Start a verification; the person "receives" :data:`TEST_OTP`."""
        with self.store.lock:
            imp_uid = self.store.new_uid("imps_", self._pending)
            while self.certifications.exists(imp_uid):
                imp_uid = self.store.new_uid("imps_", self._pending)
            self._pending[imp_uid] = req
            return {"imp_uid": imp_uid}

    def confirm(self, imp_uid: str, otp: str | None) -> JsonDict:
        """Finish a verification with the code; the APP method needs none."""
        with self.store.lock:
            req = self._pending.get(imp_uid)
            if req is None:
                if self.certifications.exists(imp_uid):
                    raise rejected("이미 완료된 본인인증입니다.")
                raise not_found("인증번호 요청 내역이 존재하지 않습니다.")
            if req.verification_method != "APP":
                if not otp:
                    raise bad_request("otp 파라미터가 누락되었습니다. (otp is required)")
                if otp != TEST_OTP:
                    raise bad_request("인증번호가 일치하지 않습니다.")
            del self._pending[imp_uid]
            provider = (req.pg or "danal").partition(".")[0] or "danal"
            return self.certifications.add(
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


def routes(state: SandboxState) -> list[RouteSpec]:
    """``/certifications/{imp_uid}`` and ``/certifications/otp/...``."""
    certifications = state.certifications
    otp = state.otp

    def get(call: Call) -> object:
        return certifications.get(call.path["imp_uid"])

    def delete(call: Call) -> object:
        return certifications.delete(call.path["imp_uid"])

    def otp_request(call: Call) -> object:
        body = call.body
        gender_digit = params.req_str(body, "gender_digit")
        if not _GENDER_DIGIT.fullmatch(gender_digit):
            raise bad_request("gender_digit 파라미터가 올바르지 않습니다: 1~8 중 하나여야 합니다")
        params.opt_str(body, "company")
        params.opt_str(body, "channel_key", 55)
        params.opt_str(body, "bypass")
        req = OtpRequest(
            name=params.req_str(body, "name"),
            phone=OtpRequest.clean_phone(params.req_str(body, "phone")),
            birth=OtpRequest.clean_birth(params.req_str(body, "birth")),
            gender_digit=gender_digit,
            carrier=params.req_choice(body, "carrier", CARRIERS),
            is_mvno=bool(params.opt_bool(body, "is_mvno")),
            merchant_uid=params.opt_str(body, "merchant_uid") or None,
            pg=params.opt_str(body, "pg") or None,
            verification_method=params.opt_choice(body, "verification_method", METHODS),
        )
        return otp.request(req)

    def otp_confirm(call: Call) -> object:
        return otp.confirm(call.path["imp_uid"], params.opt_str(call.body, "otp"))

    return [
        RouteSpec("/certifications/otp/request", "POST", otp_request),
        RouteSpec("/certifications/otp/confirm/{imp_uid}", "POST", otp_confirm),
        RouteSpec("/certifications/{imp_uid}", "GET", get),
        RouteSpec("/certifications/{imp_uid}", "DELETE", delete),
    ]
