from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    json_int,
    mismatch,
    redacted,
)

T = TypeVar("T", bound="BillingKey")


@_attrs_define
class BillingKey:
    """A card stored under the merchant's `customer_uid`."""

    customer_uid: str
    """ The merchant's id for this card. """

    pg_provider: str | None = None
    """ Gateway that holds the key. """

    pg_id: str | None = None
    """ Gateway merchant id. """

    sandbox: bool | None = None
    """ True for keys issued through a test channel. """

    customer_id: str | None = None
    """ The merchant's id of the buyer. """

    card_name: str | None = None

    card_code: str | None = None

    card_issuer_code: str | None = None

    card_issuer_name: str | None = None

    card_publisher_code: str | None = None

    card_publisher_name: str | None = None

    card_number: str | None = _attrs_field(default=None, repr=redacted)
    """ The card number, masked by the service. """

    card_type: int | None = None
    """ 0 for a credit card, 1 for a debit card. """

    customer_name: str | None = None

    customer_tel: str | None = None

    customer_email: str | None = None

    customer_addr: str | None = None

    customer_postcode: str | None = None

    inserted: int | None = None
    """ When the key was first issued (unix seconds). """

    updated: int | None = None
    """ When the key was last replaced (unix seconds). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["customer_uid"] = self.customer_uid
        if self.pg_provider is not None:
            field_dict["pg_provider"] = self.pg_provider
        if self.pg_id is not None:
            field_dict["pg_id"] = self.pg_id
        if self.sandbox is not None:
            field_dict["sandbox"] = self.sandbox
        if self.customer_id is not None:
            field_dict["customer_id"] = self.customer_id
        if self.card_name is not None:
            field_dict["card_name"] = self.card_name
        if self.card_code is not None:
            field_dict["card_code"] = self.card_code
        if self.card_issuer_code is not None:
            field_dict["card_issuer_code"] = self.card_issuer_code
        if self.card_issuer_name is not None:
            field_dict["card_issuer_name"] = self.card_issuer_name
        if self.card_publisher_code is not None:
            field_dict["card_publisher_code"] = self.card_publisher_code
        if self.card_publisher_name is not None:
            field_dict["card_publisher_name"] = self.card_publisher_name
        if self.card_number is not None:
            field_dict["card_number"] = self.card_number
        if self.card_type is not None:
            field_dict["card_type"] = self.card_type
        if self.customer_name is not None:
            field_dict["customer_name"] = self.customer_name
        if self.customer_tel is not None:
            field_dict["customer_tel"] = self.customer_tel
        if self.customer_email is not None:
            field_dict["customer_email"] = self.customer_email
        if self.customer_addr is not None:
            field_dict["customer_addr"] = self.customer_addr
        if self.customer_postcode is not None:
            field_dict["customer_postcode"] = self.customer_postcode
        if self.inserted is not None:
            field_dict["inserted"] = self.inserted
        if self.updated is not None:
            field_dict["updated"] = self.updated
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        customer_uid = d.pop("customer_uid", MISSING)
        if not isinstance(customer_uid, str):
            raise mismatch("customer_uid", "a string", customer_uid)
        pg_provider = d.pop("pg_provider", None)
        if pg_provider is not None:
            if not isinstance(pg_provider, str):
                raise mismatch("pg_provider", "a string", pg_provider)
        pg_id = d.pop("pg_id", None)
        if pg_id is not None:
            if not isinstance(pg_id, str):
                raise mismatch("pg_id", "a string", pg_id)
        sandbox = d.pop("sandbox", None)
        if sandbox is not None:
            if type(sandbox) is not bool:
                raise mismatch("sandbox", "a boolean", sandbox)
        customer_id = d.pop("customer_id", None)
        if customer_id is not None:
            if not isinstance(customer_id, str):
                raise mismatch("customer_id", "a string", customer_id)
        card_name = d.pop("card_name", None)
        if card_name is not None:
            if not isinstance(card_name, str):
                raise mismatch("card_name", "a string", card_name)
        card_code = d.pop("card_code", None)
        if card_code is not None:
            if not isinstance(card_code, str):
                raise mismatch("card_code", "a string", card_code)
        card_issuer_code = d.pop("card_issuer_code", None)
        if card_issuer_code is not None:
            if not isinstance(card_issuer_code, str):
                raise mismatch("card_issuer_code", "a string", card_issuer_code)
        card_issuer_name = d.pop("card_issuer_name", None)
        if card_issuer_name is not None:
            if not isinstance(card_issuer_name, str):
                raise mismatch("card_issuer_name", "a string", card_issuer_name)
        card_publisher_code = d.pop("card_publisher_code", None)
        if card_publisher_code is not None:
            if not isinstance(card_publisher_code, str):
                raise mismatch("card_publisher_code", "a string", card_publisher_code)
        card_publisher_name = d.pop("card_publisher_name", None)
        if card_publisher_name is not None:
            if not isinstance(card_publisher_name, str):
                raise mismatch("card_publisher_name", "a string", card_publisher_name)
        card_number = d.pop("card_number", None)
        if card_number is not None:
            if not isinstance(card_number, str):
                raise mismatch("card_number", "a string", card_number)
        card_type = d.pop("card_type", None)
        if card_type is not None:
            if type(card_type) is not int:
                card_type = json_int(card_type, "card_type")
        customer_name = d.pop("customer_name", None)
        if customer_name is not None:
            if not isinstance(customer_name, str):
                raise mismatch("customer_name", "a string", customer_name)
        customer_tel = d.pop("customer_tel", None)
        if customer_tel is not None:
            if not isinstance(customer_tel, str):
                raise mismatch("customer_tel", "a string", customer_tel)
        customer_email = d.pop("customer_email", None)
        if customer_email is not None:
            if not isinstance(customer_email, str):
                raise mismatch("customer_email", "a string", customer_email)
        customer_addr = d.pop("customer_addr", None)
        if customer_addr is not None:
            if not isinstance(customer_addr, str):
                raise mismatch("customer_addr", "a string", customer_addr)
        customer_postcode = d.pop("customer_postcode", None)
        if customer_postcode is not None:
            if not isinstance(customer_postcode, str):
                raise mismatch("customer_postcode", "a string", customer_postcode)
        inserted = d.pop("inserted", None)
        if inserted is not None:
            if type(inserted) is not int:
                inserted = json_int(inserted, "inserted")
        updated = d.pop("updated", None)
        if updated is not None:
            if type(updated) is not int:
                updated = json_int(updated, "updated")

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
