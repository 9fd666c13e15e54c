from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingKey")


@_attrs_define
class BillingKey:
    """A card stored under the merchant's `customer_uid`."""

    customer_uid: str
    """ The merchant's id for this card. """
    pg_provider: None | str | Unset = UNSET
    """ Gateway that holds the key. """
    pg_id: None | str | Unset = UNSET
    """ Gateway merchant id. """
    sandbox: bool | None | Unset = UNSET
    """ True for keys issued through a test channel. """
    customer_id: None | str | Unset = UNSET
    """ The merchant's id of the buyer. """
    card_name: None | str | Unset = UNSET
    card_code: None | str | Unset = UNSET
    card_issuer_code: None | str | Unset = UNSET
    card_issuer_name: None | str | Unset = UNSET
    card_publisher_code: None | str | Unset = UNSET
    card_publisher_name: None | str | Unset = UNSET
    card_number: None | str | Unset = UNSET
    """ The card number, masked by the service. """
    card_type: int | None | Unset = UNSET
    """ 0 for a credit card, 1 for a debit card. """
    customer_name: None | str | Unset = UNSET
    customer_tel: None | str | Unset = UNSET
    customer_email: None | str | Unset = UNSET
    customer_addr: None | str | Unset = UNSET
    customer_postcode: None | str | Unset = UNSET
    inserted: int | None | Unset = UNSET
    """ When the key was first issued (unix seconds). """
    updated: int | None | Unset = UNSET
    """ When the key was last replaced (unix seconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_uid = self.customer_uid

        pg_provider: None | str | Unset
        if isinstance(self.pg_provider, Unset):
            pg_provider = UNSET
        else:
            pg_provider = self.pg_provider

        pg_id: None | str | Unset
        if isinstance(self.pg_id, Unset):
            pg_id = UNSET
        else:
            pg_id = self.pg_id

        sandbox: bool | None | Unset
        if isinstance(self.sandbox, Unset):
            sandbox = UNSET
        else:
            sandbox = self.sandbox

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        card_name: None | str | Unset
        if isinstance(self.card_name, Unset):
            card_name = UNSET
        else:
            card_name = self.card_name

        card_code: None | str | Unset
        if isinstance(self.card_code, Unset):
            card_code = UNSET
        else:
            card_code = self.card_code

        card_issuer_code: None | str | Unset
        if isinstance(self.card_issuer_code, Unset):
            card_issuer_code = UNSET
        else:
            card_issuer_code = self.card_issuer_code

        card_issuer_name: None | str | Unset
        if isinstance(self.card_issuer_name, Unset):
            card_issuer_name = UNSET
        else:
            card_issuer_name = self.card_issuer_name

        card_publisher_code: None | str | Unset
        if isinstance(self.card_publisher_code, Unset):
            card_publisher_code = UNSET
        else:
            card_publisher_code = self.card_publisher_code

        card_publisher_name: None | str | Unset
        if isinstance(self.card_publisher_name, Unset):
            card_publisher_name = UNSET
        else:
            card_publisher_name = self.card_publisher_name

        card_number: None | str | Unset
        if isinstance(self.card_number, Unset):
            card_number = UNSET
        else:
            card_number = self.card_number

        card_type: int | None | Unset
        if isinstance(self.card_type, Unset):
            card_type = UNSET
        else:
            card_type = self.card_type

        customer_name: None | str | Unset
        if isinstance(self.customer_name, Unset):
            customer_name = UNSET
        else:
            customer_name = self.customer_name

        customer_tel: None | str | Unset
        if isinstance(self.customer_tel, Unset):
            customer_tel = UNSET
        else:
            customer_tel = self.customer_tel

        customer_email: None | str | Unset
        if isinstance(self.customer_email, Unset):
            customer_email = UNSET
        else:
            customer_email = self.customer_email

        customer_addr: None | str | Unset
        if isinstance(self.customer_addr, Unset):
            customer_addr = UNSET
        else:
            customer_addr = self.customer_addr

        customer_postcode: None | str | Unset
        if isinstance(self.customer_postcode, Unset):
            customer_postcode = UNSET
        else:
            customer_postcode = self.customer_postcode

        inserted: int | None | Unset
        if isinstance(self.inserted, Unset):
            inserted = UNSET
        else:
            inserted = self.inserted

        updated: int | None | Unset
        if isinstance(self.updated, Unset):
            updated = UNSET
        else:
            updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_uid": customer_uid,
            }
        )
        if pg_provider is not UNSET:
            field_dict["pg_provider"] = pg_provider
        if pg_id is not UNSET:
            field_dict["pg_id"] = pg_id
        if sandbox is not UNSET:
            field_dict["sandbox"] = sandbox
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if card_name is not UNSET:
            field_dict["card_name"] = card_name
        if card_code is not UNSET:
            field_dict["card_code"] = card_code
        if card_issuer_code is not UNSET:
            field_dict["card_issuer_code"] = card_issuer_code
        if card_issuer_name is not UNSET:
            field_dict["card_issuer_name"] = card_issuer_name
        if card_publisher_code is not UNSET:
            field_dict["card_publisher_code"] = card_publisher_code
        if card_publisher_name is not UNSET:
            field_dict["card_publisher_name"] = card_publisher_name
        if card_number is not UNSET:
            field_dict["card_number"] = card_number
        if card_type is not UNSET:
            field_dict["card_type"] = card_type
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if customer_tel is not UNSET:
            field_dict["customer_tel"] = customer_tel
        if customer_email is not UNSET:
            field_dict["customer_email"] = customer_email
        if customer_addr is not UNSET:
            field_dict["customer_addr"] = customer_addr
        if customer_postcode is not UNSET:
            field_dict["customer_postcode"] = customer_postcode
        if inserted is not UNSET:
            field_dict["inserted"] = inserted
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_uid = d.pop("customer_uid")

        def _parse_pg_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pg_provider = _parse_pg_provider(d.pop("pg_provider", UNSET))

        def _parse_pg_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pg_id = _parse_pg_id(d.pop("pg_id", UNSET))

        def _parse_sandbox(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sandbox = _parse_sandbox(d.pop("sandbox", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_card_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_name = _parse_card_name(d.pop("card_name", UNSET))

        def _parse_card_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_code = _parse_card_code(d.pop("card_code", UNSET))

        def _parse_card_issuer_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_issuer_code = _parse_card_issuer_code(d.pop("card_issuer_code", UNSET))

        def _parse_card_issuer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_issuer_name = _parse_card_issuer_name(d.pop("card_issuer_name", UNSET))

        def _parse_card_publisher_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_publisher_code = _parse_card_publisher_code(
            d.pop("card_publisher_code", UNSET)
        )

        def _parse_card_publisher_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_publisher_name = _parse_card_publisher_name(
            d.pop("card_publisher_name", UNSET)
        )

        def _parse_card_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_number = _parse_card_number(d.pop("card_number", UNSET))

        def _parse_card_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        card_type = _parse_card_type(d.pop("card_type", UNSET))

        def _parse_customer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_name = _parse_customer_name(d.pop("customer_name", UNSET))

        def _parse_customer_tel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_tel = _parse_customer_tel(d.pop("customer_tel", UNSET))

        def _parse_customer_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_email = _parse_customer_email(d.pop("customer_email", UNSET))

        def _parse_customer_addr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_addr = _parse_customer_addr(d.pop("customer_addr", UNSET))

        def _parse_customer_postcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_postcode = _parse_customer_postcode(d.pop("customer_postcode", UNSET))

        def _parse_inserted(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        inserted = _parse_inserted(d.pop("inserted", UNSET))

        def _parse_updated(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        updated = _parse_updated(d.pop("updated", UNSET))

        billing_key = cls(
            customer_uid=customer_uid,
            pg_provider=pg_provider,
            pg_id=pg_id,
            sandbox=sandbox,
            customer_id=customer_id,
            card_name=card_name,
            card_code=card_code,
            card_issuer_code=card_issuer_code,
            card_issuer_name=card_issuer_name,
            card_publisher_code=card_publisher_code,
            card_publisher_name=card_publisher_name,
            card_number=card_number,
            card_type=card_type,
            customer_name=customer_name,
            customer_tel=customer_tel,
            customer_email=customer_email,
            customer_addr=customer_addr,
            customer_postcode=customer_postcode,
            inserted=inserted,
            updated=updated,
        )

        billing_key.additional_properties = d
        return billing_key

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
