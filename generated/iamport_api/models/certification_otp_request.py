from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.certification_carrier import CertificationCarrier
from ..models.certification_method import CertificationMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="CertificationOtpRequest")


@_attrs_define
class CertificationOtpRequest:
    name: str
    """ Name of the person. """
    phone: str
    """ Mobile number (separators are ignored). """
    birth: str
    """ Date of birth `YYMMDD` (separators are ignored). """
    gender_digit: str
    """ Seventh digit of the resident number (1-4 for nationals, 5-8 for foreigners). """
    carrier: CertificationCarrier
    """ Mobile carrier of the person (budget-carrier users pick the network and set `is_mvno`). """
    is_mvno: bool | Unset = UNSET
    """ The person uses a budget carrier on the given network (default false). """
    company: str | Unset = UNSET
    """ Service name or domain shown in the SMS. """
    merchant_uid: str | Unset = UNSET
    """ The merchant's id for this verification. """
    pg: str | Unset = UNSET
    """ Gateway as `danal.<merchant id>` (superseded by channel_key). """
    channel_key: str | Unset = UNSET
    """ Channel to verify with (needed for KCP new module). """
    verification_method: CertificationMethod | Unset = UNSET
    """ How the code reaches the person (KCP new module only). """
    bypass: str | Unset = UNSET
    """ Gateway-specific options as JSON text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        phone = self.phone

        birth = self.birth

        gender_digit = self.gender_digit

        carrier = self.carrier.value

        is_mvno = self.is_mvno

        company = self.company

        merchant_uid = self.merchant_uid

        pg = self.pg

        channel_key = self.channel_key

        verification_method: str | Unset = UNSET
        if not isinstance(self.verification_method, Unset):
            verification_method = self.verification_method.value

        bypass = self.bypass

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "phone": phone,
                "birth": birth,
                "gender_digit": gender_digit,
                "carrier": carrier,
            }
        )
        if is_mvno is not UNSET:
            field_dict["is_mvno"] = is_mvno
        if company is not UNSET:
            field_dict["company"] = company
        if merchant_uid is not UNSET:
            field_dict["merchant_uid"] = merchant_uid
        if pg is not UNSET:
            field_dict["pg"] = pg
        if channel_key is not UNSET:
            field_dict["channel_key"] = channel_key
        if verification_method is not UNSET:
            field_dict["verification_method"] = verification_method
        if bypass is not UNSET:
            field_dict["bypass"] = bypass

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        phone = d.pop("phone")

        birth = d.pop("birth")

        gender_digit = d.pop("gender_digit")

        carrier = CertificationCarrier(d.pop("carrier"))

        is_mvno = d.pop("is_mvno", UNSET)

        company = d.pop("company", UNSET)

        merchant_uid = d.pop("merchant_uid", UNSET)

        pg = d.pop("pg", UNSET)

        channel_key = d.pop("channel_key", UNSET)

        _verification_method = d.pop("verification_method", UNSET)
        verification_method: CertificationMethod | Unset
        if isinstance(_verification_method, Unset):
            verification_method = UNSET
        else:
            verification_method = CertificationMethod(_verification_method)

        bypass = d.pop("bypass", UNSET)

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
