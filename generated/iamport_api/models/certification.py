from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    MISSING,
    json_str,
    kst_time,
    lenient_bool,
    lenient_int,
    lenient_str,
    masked_members,
    unknown_members,
)

T = TypeVar("T", bound="Certification")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class Certification:
    """The result of an identity verification."""

    imp_uid: str
    """ The service's id of the verification. """

    merchant_uid: str | None = None
    """ The merchant's id of the verification, if given. """

    pg_tid: str | None = None
    """ The gateway's id of the verification. """

    pg_provider: str | None = None
    """ Verification provider, e.g. `danal`. """

    name: str | None = None
    """ Verified name. """

    gender: str | None = None
    """ male or female. """

    birthday: str | None = None
    """ Date of birth, YYYY-MM-DD. """

    foreigner: bool | None = None
    """ True for a foreign national; always false unless that check was added to the Danal contract. """

    foreigner_v2: bool | None = None
    """ True for a foreign national, false for a national; null unless that check was added to the Danal contract.
    """

    phone: str | None = None
    """ Verified mobile number, digits only (only with the carrier's prior approval). """

    carrier: str | None = None
    """ Mobile carrier (SKT, KT, LGT, and their budget brands). """

    certified: bool | None = None
    """ True when the verification succeeded. """

    certified_at: int | None = None
    """ When (unix seconds). """

    unique_key: str | None = None
    """ Person identifier shared across merchants (CI). """

    unique_in_site: str | None = None
    """ Person identifier specific to this merchant (DI). """

    origin: str | None = None
    """ Page the verification started from. """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

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
        if type(imp_uid) is not str:
            imp_uid = json_str(imp_uid, "imp_uid")
        merchant_uid = d.pop("merchant_uid", None)
        if type(merchant_uid) is not str and merchant_uid is not None:
            merchant_uid = json_str(merchant_uid, "merchant_uid")
        pg_tid = d.pop("pg_tid", None)
        if type(pg_tid) is not str and pg_tid is not None:
            pg_tid = lenient_str(pg_tid, "pg_tid")
        pg_provider = d.pop("pg_provider", None)
        if type(pg_provider) is not str and pg_provider is not None:
            pg_provider = lenient_str(pg_provider, "pg_provider")
        name = d.pop("name", None)
        if type(name) is not str and name is not None:
            name = lenient_str(name, "name")
        gender = d.pop("gender", None)
        if type(gender) is not str and gender is not None:
            gender = lenient_str(gender, "gender")
        birthday = d.pop("birthday", None)
        if type(birthday) is not str and birthday is not None:
            birthday = lenient_str(birthday, "birthday")
        foreigner = d.pop("foreigner", None)
        if type(foreigner) is not bool and foreigner is not None:
            foreigner = lenient_bool(foreigner, "foreigner")
        foreigner_v2 = d.pop("foreigner_v2", None)
        if type(foreigner_v2) is not bool and foreigner_v2 is not None:
            foreigner_v2 = lenient_bool(foreigner_v2, "foreigner_v2")
        phone = d.pop("phone", None)
        if type(phone) is not str and phone is not None:
            phone = lenient_str(phone, "phone")
        carrier = d.pop("carrier", None)
        if type(carrier) is not str and carrier is not None:
            carrier = lenient_str(carrier, "carrier")
        certified = d.pop("certified", None)
        if type(certified) is not bool and certified is not None:
            certified = lenient_bool(certified, "certified")
        certified_at = d.pop("certified_at", None)
        if type(certified_at) is not int and certified_at is not None:
            certified_at = lenient_int(certified_at, "certified_at")
        unique_key = d.pop("unique_key", None)
        if type(unique_key) is not str and unique_key is not None:
            unique_key = lenient_str(unique_key, "unique_key")
        unique_in_site = d.pop("unique_in_site", None)
        if type(unique_in_site) is not str and unique_in_site is not None:
            unique_in_site = lenient_str(unique_in_site, "unique_in_site")
        origin = d.pop("origin", None)
        if type(origin) is not str and origin is not None:
            origin = lenient_str(origin, "origin")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.imp_uid = imp_uid
        model_.merchant_uid = merchant_uid
        model_.pg_tid = pg_tid
        model_.pg_provider = pg_provider
        model_.name = name
        model_.gender = gender
        model_.birthday = birthday
        model_.foreigner = foreigner
        model_.foreigner_v2 = foreigner_v2
        model_.phone = phone
        model_.carrier = carrier
        model_.certified = certified
        model_.certified_at = certified_at
        model_.unique_key = unique_key
        model_.unique_in_site = unique_in_site
        model_.origin = origin
        if d:
            unknown_members(d)
        model_.additional_properties = d
        return model_

    @property
    def certified_at_kst(self) -> datetime | None:
        """``certified_at`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.certified_at, "certified_at")

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
