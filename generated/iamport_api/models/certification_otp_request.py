from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.certification_carrier import CertificationCarrier
from ..models.certification_method import CertificationMethod
from ..types import (
    MISSING,
    dumped,
    lenient_bool,
    lenient_enum,
    lenient_str,
    masked_members,
    redacted,
    unknown_members,
)

T = TypeVar("T", bound="CertificationOtpRequest")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
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

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["phone"] = self.phone
        field_dict["birth"] = self.birth
        field_dict["gender_digit"] = self.gender_digit
        field_dict["carrier"] = dumped(self.carrier)
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
            field_dict["verification_method"] = dumped(self.verification_method)
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
        if type(name) is not str:
            name = lenient_str(name, "name")
        phone = d.pop("phone", MISSING)
        if type(phone) is not str:
            phone = lenient_str(phone, "phone")
        birth = d.pop("birth", MISSING)
        if type(birth) is not str:
            birth = lenient_str(birth, "birth")
        gender_digit = d.pop("gender_digit", MISSING)
        if type(gender_digit) is not str:
            gender_digit = lenient_str(gender_digit, "gender_digit")
        carrier = d.pop("carrier", MISSING)
        try:
            carrier = CertificationCarrier(carrier)
        except (ValueError, TypeError):
            carrier = lenient_enum(carrier, "carrier", CertificationCarrier)
        is_mvno = d.pop("is_mvno", None)
        if type(is_mvno) is not bool and is_mvno is not None:
            is_mvno = lenient_bool(is_mvno, "is_mvno")
        company = d.pop("company", None)
        if type(company) is not str and company is not None:
            company = lenient_str(company, "company")
        merchant_uid = d.pop("merchant_uid", None)
        if type(merchant_uid) is not str and merchant_uid is not None:
            merchant_uid = lenient_str(merchant_uid, "merchant_uid")
        pg = d.pop("pg", None)
        if type(pg) is not str and pg is not None:
            pg = lenient_str(pg, "pg")
        channel_key = d.pop("channel_key", None)
        if type(channel_key) is not str and channel_key is not None:
            channel_key = lenient_str(channel_key, "channel_key")
        verification_method = d.pop("verification_method", None)
        if verification_method is not None:
            try:
                verification_method = CertificationMethod(verification_method)
            except (ValueError, TypeError):
                verification_method = lenient_enum(
                    verification_method, "verification_method", CertificationMethod
                )
        bypass = d.pop("bypass", None)
        if type(bypass) is not str and bypass is not None:
            bypass = lenient_str(bypass, "bypass")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.name = name
        model_.phone = phone
        model_.birth = birth
        model_.gender_digit = gender_digit
        model_.carrier = carrier
        model_.is_mvno = is_mvno
        model_.company = company
        model_.merchant_uid = merchant_uid
        model_.pg = pg
        model_.channel_key = channel_key
        model_.verification_method = verification_method
        model_.bypass = bypass
        if d:
            unknown_members(d)
        model_.additional_properties = d
        return model_

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
