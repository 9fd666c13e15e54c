from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.kcp_quick_prepaid_auth import KcpQuickPrepaidAuth
from ..types import (
    MAX_EXPONENT,
    MISSING,
    dumped,
    json_money,
    lenient_enum,
    lenient_str,
    masked_members,
    optional_money,
    unknown_members,
)

T = TypeVar("T", bound="KcpQuickPrepareRequest")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class KcpQuickPrepareRequest:
    btid: str
    """ Transaction registration number made by the merchant. """

    cust_ip: str
    """ Buyer's IP address. """

    code_verifier: str
    """ Random string proving the caller's identity. """

    prepaid_auth_yn: KcpQuickPrepaidAuth | None = None
    """ Whether prepaid-money authentication is used (`Y` or `N`). """

    prepaid_amount: Decimal | None = _attrs_field(
        default=None, converter=optional_money
    )
    """ Prepaid-money amount; needed when `prepaid_auth_yn` is `Y`. """

    vender_type: str | None = None
    """ Barcode issuer type for offline use, e.g. VID2. """

    reward_id: str | None = None
    """ Franchise reward policy id for offline use. """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["btid"] = self.btid
        field_dict["cust_ip"] = self.cust_ip
        field_dict["code_verifier"] = self.code_verifier
        if self.prepaid_auth_yn is not None:
            field_dict["prepaid_auth_yn"] = dumped(self.prepaid_auth_yn)
        if self.prepaid_amount is not None:
            field_dict["prepaid_amount"] = self.prepaid_amount
        if self.vender_type is not None:
            field_dict["vender_type"] = self.vender_type
        if self.reward_id is not None:
            field_dict["reward_id"] = self.reward_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        btid = d.pop("btid", MISSING)
        if type(btid) is not str:
            btid = lenient_str(btid, "btid")
        cust_ip = d.pop("cust_ip", MISSING)
        if type(cust_ip) is not str:
            cust_ip = lenient_str(cust_ip, "cust_ip")
        code_verifier = d.pop("code_verifier", MISSING)
        if type(code_verifier) is not str:
            code_verifier = lenient_str(code_verifier, "code_verifier")
        prepaid_auth_yn = d.pop("prepaid_auth_yn", None)
        if prepaid_auth_yn is not None:
            try:
                prepaid_auth_yn = KcpQuickPrepaidAuth(prepaid_auth_yn)
            except (ValueError, TypeError):
                prepaid_auth_yn = lenient_enum(
                    prepaid_auth_yn, "prepaid_auth_yn", KcpQuickPrepaidAuth
                )
        prepaid_amount = d.pop("prepaid_amount", None)
        if (
            type(prepaid_amount) is not Decimal
            or not (
                prepaid_amount.is_finite()
                and -MAX_EXPONENT <= prepaid_amount.adjusted() <= MAX_EXPONENT
            )
        ) and prepaid_amount is not None:
            prepaid_amount = json_money(prepaid_amount, "prepaid_amount")
        vender_type = d.pop("vender_type", None)
        if type(vender_type) is not str and vender_type is not None:
            vender_type = lenient_str(vender_type, "vender_type")
        reward_id = d.pop("reward_id", None)
        if type(reward_id) is not str and reward_id is not None:
            reward_id = lenient_str(reward_id, "reward_id")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.btid = btid
        model_.cust_ip = cust_ip
        model_.code_verifier = code_verifier
        model_.prepaid_auth_yn = prepaid_auth_yn
        model_.prepaid_amount = prepaid_amount
        model_.vender_type = vender_type
        model_.reward_id = reward_id
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
