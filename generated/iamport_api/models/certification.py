from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    json_int,
    mismatch,
)

T = TypeVar("T", bound="Certification")


@_attrs_define
class Certification:
    """The result of an identity verification."""

    imp_uid: str

    merchant_uid: str | None = None

    pg_tid: str | None = None

    pg_provider: str | None = None

    name: str | None = None
    """ Verified name. """

    gender: str | None = None
    """ male or female. """

    birthday: str | None = None
    """ Date of birth, YYYY-MM-DD. """

    foreigner: bool | None = None

    foreigner_v2: bool | None = None

    phone: str | None = None

    carrier: str | None = None
    """ Mobile carrier (SKT, KT, LGT, and their budget brands). """

    certified: bool | None = None

    certified_at: int | None = None
    """ When (unix seconds). """

    unique_key: str | None = None
    """ Person identifier shared across merchants (CI). """

    unique_in_site: str | None = None
    """ Person identifier specific to this merchant (DI). """

    origin: str | None = None
    """ Page the verification started from. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["imp_uid"] = self.imp_uid
        if self.merchant_uid is not None:
            field_dict["merchant_uid"] = self.merchant_uid
        if self.pg_tid is not None:
            field_dict["pg_tid"] = self.pg_tid
        if self.pg_provider is not None:
            field_dict["pg_provider"] = self.pg_provider
        if self.name is not None:
            field_dict["name"] = self.name
        if self.gender is not None:
            field_dict["gender"] = self.gender
        if self.birthday is not None:
            field_dict["birthday"] = self.birthday
        if self.foreigner is not None:
            field_dict["foreigner"] = self.foreigner
        if self.foreigner_v2 is not None:
            field_dict["foreigner_v2"] = self.foreigner_v2
        if self.phone is not None:
            field_dict["phone"] = self.phone
        if self.carrier is not None:
            field_dict["carrier"] = self.carrier
        if self.certified is not None:
            field_dict["certified"] = self.certified
        if self.certified_at is not None:
            field_dict["certified_at"] = self.certified_at
        if self.unique_key is not None:
            field_dict["unique_key"] = self.unique_key
        if self.unique_in_site is not None:
            field_dict["unique_in_site"] = self.unique_in_site
        if self.origin is not None:
            field_dict["origin"] = self.origin
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        imp_uid = d.pop("imp_uid", MISSING)
        if not isinstance(imp_uid, str):
            raise mismatch("imp_uid", "a string", imp_uid)
        merchant_uid = d.pop("merchant_uid", None)
        if merchant_uid is not None:
            if not isinstance(merchant_uid, str):
                raise mismatch("merchant_uid", "a string", merchant_uid)
        pg_tid = d.pop("pg_tid", None)
        if pg_tid is not None:
            if not isinstance(pg_tid, str):
                raise mismatch("pg_tid", "a string", pg_tid)
        pg_provider = d.pop("pg_provider", None)
        if pg_provider is not None:
            if not isinstance(pg_provider, str):
                raise mismatch("pg_provider", "a string", pg_provider)
        name = d.pop("name", None)
        if name is not None:
            if not isinstance(name, str):
                raise mismatch("name", "a string", name)
        gender = d.pop("gender", None)
        if gender is not None:
            if not isinstance(gender, str):
                raise mismatch("gender", "a string", gender)
        birthday = d.pop("birthday", None)
        if birthday is not None:
            if not isinstance(birthday, str):
                raise mismatch("birthday", "a string", birthday)
        foreigner = d.pop("foreigner", None)
        if foreigner is not None:
            if type(foreigner) is not bool:
                raise mismatch("foreigner", "a boolean", foreigner)
        foreigner_v2 = d.pop("foreigner_v2", None)
        if foreigner_v2 is not None:
            if type(foreigner_v2) is not bool:
                raise mismatch("foreigner_v2", "a boolean", foreigner_v2)
        phone = d.pop("phone", None)
        if phone is not None:
            if not isinstance(phone, str):
                raise mismatch("phone", "a string", phone)
        carrier = d.pop("carrier", None)
        if carrier is not None:
            if not isinstance(carrier, str):
                raise mismatch("carrier", "a string", carrier)
        certified = d.pop("certified", None)
        if certified is not None:
            if type(certified) is not bool:
                raise mismatch("certified", "a boolean", certified)
        certified_at = d.pop("certified_at", None)
        if certified_at is not None:
            if type(certified_at) is not int:
                certified_at = json_int(certified_at, "certified_at")
        unique_key = d.pop("unique_key", None)
        if unique_key is not None:
            if not isinstance(unique_key, str):
                raise mismatch("unique_key", "a string", unique_key)
        unique_in_site = d.pop("unique_in_site", None)
        if unique_in_site is not None:
            if not isinstance(unique_in_site, str):
                raise mismatch("unique_in_site", "a string", unique_in_site)
        origin = d.pop("origin", None)
        if origin is not None:
            if not isinstance(origin, str):
                raise mismatch("origin", "a string", origin)

        certification = cls(
            imp_uid=imp_uid,
            merchant_uid=merchant_uid,
            pg_tid=pg_tid,
            pg_provider=pg_provider,
            name=name,
            gender=gender,
            birthday=birthday,
            foreigner=foreigner,
            foreigner_v2=foreigner_v2,
            phone=phone,
            carrier=carrier,
            certified=certified,
            certified_at=certified_at,
            unique_key=unique_key,
            unique_in_site=unique_in_site,
            origin=origin,
        )
        certification.additional_properties = d
        return certification

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
