from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.certification_carrier import CertificationCarrier
from ..models.certification_method import CertificationMethod
from ..types import (
    MISSING,
    enum_mismatch,
    mismatch,
    redacted,
)

T = TypeVar("T", bound="CertificationOtpRequest")


@_attrs_define
class CertificationOtpRequest:
    name: str
    """ Name of the person. """

    phone: str
    """ Mobile number (separators are ignored). """

    birth: str = _attrs_field(repr=redacted)
    """ Date of birth `YYMMDD` (separators are ignored). """

    gender_digit: str
    """ Seventh digit of the resident number (1-4 for nationals, 5-8 for foreigners). """

    carrier: CertificationCarrier
    """ Mobile carrier of the person (budget-carrier users pick the network and set `is_mvno`). """

    is_mvno: bool | None = None
    """ The person uses a budget carrier on the given network (default false). """

    company: str | None = None
    """ Service name or domain shown in the SMS. """

    merchant_uid: str | None = None
    """ The merchant's id for this verification. """

    pg: str | None = None
    """ Gateway as `danal.<merchant id>` (superseded by channel_key). """

    channel_key: str | None = None
    """ Channel to verify with (needed for KCP new module). """

    verification_method: CertificationMethod | None = None
    """ How the code reaches the person (KCP new module only). """

    bypass: str | None = None
    """ Gateway-specific options as JSON text. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["phone"] = self.phone
        field_dict["birth"] = self.birth
        field_dict["gender_digit"] = self.gender_digit
        field_dict["carrier"] = self.carrier.value
        if self.is_mvno is not None:
            field_dict["is_mvno"] = self.is_mvno
        if self.company is not None:
            field_dict["company"] = self.company
        if self.merchant_uid is not None:
            field_dict["merchant_uid"] = self.merchant_uid
        if self.pg is not None:
            field_dict["pg"] = self.pg
        if self.channel_key is not None:
            field_dict["channel_key"] = self.channel_key
        if self.verification_method is not None:
            field_dict["verification_method"] = self.verification_method.value
        if self.bypass is not None:
            field_dict["bypass"] = self.bypass
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        name = d.pop("name", MISSING)
        if not isinstance(name, str):
            raise mismatch("name", "a string", name)
        phone = d.pop("phone", MISSING)
        if not isinstance(phone, str):
            raise mismatch("phone", "a string", phone)
        birth = d.pop("birth", MISSING)
        if not isinstance(birth, str):
            raise mismatch("birth", "a string", birth)
        gender_digit = d.pop("gender_digit", MISSING)
        if not isinstance(gender_digit, str):
            raise mismatch("gender_digit", "a string", gender_digit)
        carrier = d.pop("carrier", MISSING)
        try:
            carrier = CertificationCarrier(carrier)
        except (ValueError, TypeError):
            raise enum_mismatch("carrier", carrier, CertificationCarrier) from None
        is_mvno = d.pop("is_mvno", None)
        if is_mvno is not None:
            if type(is_mvno) is not bool:
                raise mismatch("is_mvno", "a boolean", is_mvno)
        company = d.pop("company", None)
        if company is not None:
            if not isinstance(company, str):
                raise mismatch("company", "a string", company)
        merchant_uid = d.pop("merchant_uid", None)
        if merchant_uid is not None:
            if not isinstance(merchant_uid, str):
                raise mismatch("merchant_uid", "a string", merchant_uid)
        pg = d.pop("pg", None)
        if pg is not None:
            if not isinstance(pg, str):
                raise mismatch("pg", "a string", pg)
        channel_key = d.pop("channel_key", None)
        if channel_key is not None:
            if not isinstance(channel_key, str):
                raise mismatch("channel_key", "a string", channel_key)
        verification_method = d.pop("verification_method", None)
        if verification_method is not None:
            try:
                verification_method = CertificationMethod(verification_method)
            except (ValueError, TypeError):
                raise enum_mismatch(
                    "verification_method", verification_method, CertificationMethod
                ) from None
        bypass = d.pop("bypass", None)
        if bypass is not None:
            if not isinstance(bypass, str):
                raise mismatch("bypass", "a string", bypass)

        certification_otp_request = cls(
            name=name,
            phone=phone,
            birth=birth,
            gender_digit=gender_digit,
            carrier=carrier,
            is_mvno=is_mvno,
            company=company,
            merchant_uid=merchant_uid,
            pg=pg,
            channel_key=channel_key,
            verification_method=verification_method,
            bypass=bypass,
        )
        certification_otp_request.additional_properties = d
        return certification_otp_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
