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
    redacted,
    unknown_members,
)

T = TypeVar("T", bound="BillingKey")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
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
    """ Name of the card company of the stored card. """

    card_code: str | None = None
    """ Standard code of the card company of the stored card. """

    card_issuer_code: str | None = None
    """ Standard code of the issuing company (some gateways only). """

    card_issuer_name: str | None = None
    """ Name of the issuing company (some gateways only). """

    card_publisher_code: str | None = None
    """ Standard code of the card brand (some gateways only). """

    card_publisher_name: str | None = None
    """ Name of the card brand (some gateways only). """

    card_number: str | None = _attrs_field(default=None, repr=redacted)
    """ The card number, masked by the service. """

    card_type: int | None = None
    """ 0 for a credit card, 1 for a debit card. """

    customer_name: str | None = None
    """ Card holder's name, for the merchant's records. """

    customer_tel: str | None = None
    """ Card holder's phone number. """

    customer_email: str | None = None
    """ Card holder's e-mail address. """

    customer_addr: str | None = None
    """ Card holder's address. """

    customer_postcode: str | None = None
    """ Card holder's postal code. """

    inserted: int | None = None
    """ When the key was first issued (unix seconds). """

    updated: int | None = None
    """ When the key was last replaced (unix seconds). """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

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
        if type(customer_uid) is not str:
            customer_uid = json_str(customer_uid, "customer_uid")
        pg_provider = d.pop("pg_provider", None)
        if type(pg_provider) is not str and pg_provider is not None:
            pg_provider = lenient_str(pg_provider, "pg_provider")
        pg_id = d.pop("pg_id", None)
        if type(pg_id) is not str and pg_id is not None:
            pg_id = lenient_str(pg_id, "pg_id")
        sandbox = d.pop("sandbox", None)
        if type(sandbox) is not bool and sandbox is not None:
            sandbox = lenient_bool(sandbox, "sandbox")
        customer_id = d.pop("customer_id", None)
        if type(customer_id) is not str and customer_id is not None:
            customer_id = lenient_str(customer_id, "customer_id")
        card_name = d.pop("card_name", None)
        if type(card_name) is not str and card_name is not None:
            card_name = lenient_str(card_name, "card_name")
        card_code = d.pop("card_code", None)
        if type(card_code) is not str and card_code is not None:
            card_code = lenient_str(card_code, "card_code")
        card_issuer_code = d.pop("card_issuer_code", None)
        if type(card_issuer_code) is not str and card_issuer_code is not None:
            card_issuer_code = lenient_str(card_issuer_code, "card_issuer_code")
        card_issuer_name = d.pop("card_issuer_name", None)
        if type(card_issuer_name) is not str and card_issuer_name is not None:
            card_issuer_name = lenient_str(card_issuer_name, "card_issuer_name")
        card_publisher_code = d.pop("card_publisher_code", None)
        if type(card_publisher_code) is not str and card_publisher_code is not None:
            card_publisher_code = lenient_str(
                card_publisher_code, "card_publisher_code"
            )
        card_publisher_name = d.pop("card_publisher_name", None)
        if type(card_publisher_name) is not str and card_publisher_name is not None:
            card_publisher_name = lenient_str(
                card_publisher_name, "card_publisher_name"
            )
        card_number = d.pop("card_number", None)
        if type(card_number) is not str and card_number is not None:
            card_number = lenient_str(card_number, "card_number")
        card_type = d.pop("card_type", None)
        if type(card_type) is not int and card_type is not None:
            card_type = lenient_int(card_type, "card_type")
        customer_name = d.pop("customer_name", None)
        if type(customer_name) is not str and customer_name is not None:
            customer_name = lenient_str(customer_name, "customer_name")
        customer_tel = d.pop("customer_tel", None)
        if type(customer_tel) is not str and customer_tel is not None:
            customer_tel = lenient_str(customer_tel, "customer_tel")
        customer_email = d.pop("customer_email", None)
        if type(customer_email) is not str and customer_email is not None:
            customer_email = lenient_str(customer_email, "customer_email")
        customer_addr = d.pop("customer_addr", None)
        if type(customer_addr) is not str and customer_addr is not None:
            customer_addr = lenient_str(customer_addr, "customer_addr")
        customer_postcode = d.pop("customer_postcode", None)
        if type(customer_postcode) is not str and customer_postcode is not None:
            customer_postcode = lenient_str(customer_postcode, "customer_postcode")
        inserted = d.pop("inserted", None)
        if type(inserted) is not int and inserted is not None:
            inserted = lenient_int(inserted, "inserted")
        updated = d.pop("updated", None)
        if type(updated) is not int and updated is not None:
            updated = lenient_int(updated, "updated")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.customer_uid = customer_uid
        model_.pg_provider = pg_provider
        model_.pg_id = pg_id
        model_.sandbox = sandbox
        model_.customer_id = customer_id
        model_.card_name = card_name
        model_.card_code = card_code
        model_.card_issuer_code = card_issuer_code
        model_.card_issuer_name = card_issuer_name
        model_.card_publisher_code = card_publisher_code
        model_.card_publisher_name = card_publisher_name
        model_.card_number = card_number
        model_.card_type = card_type
        model_.customer_name = customer_name
        model_.customer_tel = customer_tel
        model_.customer_email = customer_email
        model_.customer_addr = customer_addr
        model_.customer_postcode = customer_postcode
        model_.inserted = inserted
        model_.updated = updated
        if d:
            unknown_members(d)
        model_.additional_properties = d
        return model_

    @property
    def inserted_kst(self) -> datetime | None:
        """``inserted`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.inserted, "inserted")

    @property
    def updated_kst(self) -> datetime | None:
        """``updated`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.updated, "updated")

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
