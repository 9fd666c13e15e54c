from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Certification")


@_attrs_define
class Certification:
    """The result of an identity verification."""

    imp_uid: str
    merchant_uid: None | str | Unset = UNSET
    pg_tid: None | str | Unset = UNSET
    pg_provider: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    """ Verified name. """
    gender: None | str | Unset = UNSET
    """ male or female. """
    birthday: None | str | Unset = UNSET
    """ Date of birth, YYYY-MM-DD. """
    foreigner: bool | None | Unset = UNSET
    foreigner_v2: bool | None | Unset = UNSET
    phone: None | str | Unset = UNSET
    carrier: None | str | Unset = UNSET
    """ Mobile carrier (SKT, KT, LGT, and their budget brands). """
    certified: bool | None | Unset = UNSET
    certified_at: int | None | Unset = UNSET
    """ When (unix seconds). """
    unique_key: None | str | Unset = UNSET
    """ Person identifier shared across merchants (CI). """
    unique_in_site: None | str | Unset = UNSET
    """ Person identifier specific to this merchant (DI). """
    origin: None | str | Unset = UNSET
    """ Page the verification started from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        imp_uid = self.imp_uid

        merchant_uid: None | str | Unset
        if isinstance(self.merchant_uid, Unset):
            merchant_uid = UNSET
        else:
            merchant_uid = self.merchant_uid

        pg_tid: None | str | Unset
        if isinstance(self.pg_tid, Unset):
            pg_tid = UNSET
        else:
            pg_tid = self.pg_tid

        pg_provider: None | str | Unset
        if isinstance(self.pg_provider, Unset):
            pg_provider = UNSET
        else:
            pg_provider = self.pg_provider

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        birthday: None | str | Unset
        if isinstance(self.birthday, Unset):
            birthday = UNSET
        else:
            birthday = self.birthday

        foreigner: bool | None | Unset
        if isinstance(self.foreigner, Unset):
            foreigner = UNSET
        else:
            foreigner = self.foreigner

        foreigner_v2: bool | None | Unset
        if isinstance(self.foreigner_v2, Unset):
            foreigner_v2 = UNSET
        else:
            foreigner_v2 = self.foreigner_v2

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        carrier: None | str | Unset
        if isinstance(self.carrier, Unset):
            carrier = UNSET
        else:
            carrier = self.carrier

        certified: bool | None | Unset
        if isinstance(self.certified, Unset):
            certified = UNSET
        else:
            certified = self.certified

        certified_at: int | None | Unset
        if isinstance(self.certified_at, Unset):
            certified_at = UNSET
        else:
            certified_at = self.certified_at

        unique_key: None | str | Unset
        if isinstance(self.unique_key, Unset):
            unique_key = UNSET
        else:
            unique_key = self.unique_key

        unique_in_site: None | str | Unset
        if isinstance(self.unique_in_site, Unset):
            unique_in_site = UNSET
        else:
            unique_in_site = self.unique_in_site

        origin: None | str | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        else:
            origin = self.origin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imp_uid": imp_uid,
            }
        )
        if merchant_uid is not UNSET:
            field_dict["merchant_uid"] = merchant_uid
        if pg_tid is not UNSET:
            field_dict["pg_tid"] = pg_tid
        if pg_provider is not UNSET:
            field_dict["pg_provider"] = pg_provider
        if name is not UNSET:
            field_dict["name"] = name
        if gender is not UNSET:
            field_dict["gender"] = gender
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if foreigner is not UNSET:
            field_dict["foreigner"] = foreigner
        if foreigner_v2 is not UNSET:
            field_dict["foreigner_v2"] = foreigner_v2
        if phone is not UNSET:
            field_dict["phone"] = phone
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if certified is not UNSET:
            field_dict["certified"] = certified
        if certified_at is not UNSET:
            field_dict["certified_at"] = certified_at
        if unique_key is not UNSET:
            field_dict["unique_key"] = unique_key
        if unique_in_site is not UNSET:
            field_dict["unique_in_site"] = unique_in_site
        if origin is not UNSET:
            field_dict["origin"] = origin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        imp_uid = d.pop("imp_uid")

        def _parse_merchant_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        merchant_uid = _parse_merchant_uid(d.pop("merchant_uid", UNSET))

        def _parse_pg_tid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pg_tid = _parse_pg_tid(d.pop("pg_tid", UNSET))

        def _parse_pg_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pg_provider = _parse_pg_provider(d.pop("pg_provider", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_birthday(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        birthday = _parse_birthday(d.pop("birthday", UNSET))

        def _parse_foreigner(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        foreigner = _parse_foreigner(d.pop("foreigner", UNSET))

        def _parse_foreigner_v2(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        foreigner_v2 = _parse_foreigner_v2(d.pop("foreigner_v2", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_carrier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        carrier = _parse_carrier(d.pop("carrier", UNSET))

        def _parse_certified(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        certified = _parse_certified(d.pop("certified", UNSET))

        def _parse_certified_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        certified_at = _parse_certified_at(d.pop("certified_at", UNSET))

        def _parse_unique_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unique_key = _parse_unique_key(d.pop("unique_key", UNSET))

        def _parse_unique_in_site(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unique_in_site = _parse_unique_in_site(d.pop("unique_in_site", UNSET))

        def _parse_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin = _parse_origin(d.pop("origin", UNSET))

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
