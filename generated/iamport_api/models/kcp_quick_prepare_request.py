from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kcp_quick_prepaid_auth import KcpQuickPrepaidAuth
from ..types import UNSET, Unset

T = TypeVar("T", bound="KcpQuickPrepareRequest")


@_attrs_define
class KcpQuickPrepareRequest:
    btid: str
    """ Transaction registration number made by the merchant. """
    cust_ip: str
    """ Buyer's IP address. """
    code_verifier: str
    """ Random string proving the caller's identity. """
    prepaid_auth_yn: KcpQuickPrepaidAuth | Unset = UNSET
    """ Whether prepaid-money authentication is used (`Y` or `N`). """
    prepaid_amount: float | Unset = UNSET
    """ Prepaid-money amount; needed when `prepaid_auth_yn` is `Y`. """
    vender_type: str | Unset = UNSET
    """ Barcode issuer type for offline use, e.g. VID2. """
    reward_id: str | Unset = UNSET
    """ Franchise reward policy id for offline use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        btid = self.btid

        cust_ip = self.cust_ip

        code_verifier = self.code_verifier

        prepaid_auth_yn: str | Unset = UNSET
        if not isinstance(self.prepaid_auth_yn, Unset):
            prepaid_auth_yn = self.prepaid_auth_yn.value

        prepaid_amount = self.prepaid_amount

        vender_type = self.vender_type

        reward_id = self.reward_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "btid": btid,
                "cust_ip": cust_ip,
                "code_verifier": code_verifier,
            }
        )
        if prepaid_auth_yn is not UNSET:
            field_dict["prepaid_auth_yn"] = prepaid_auth_yn
        if prepaid_amount is not UNSET:
            field_dict["prepaid_amount"] = prepaid_amount
        if vender_type is not UNSET:
            field_dict["vender_type"] = vender_type
        if reward_id is not UNSET:
            field_dict["reward_id"] = reward_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        btid = d.pop("btid")

        cust_ip = d.pop("cust_ip")

        code_verifier = d.pop("code_verifier")

        _prepaid_auth_yn = d.pop("prepaid_auth_yn", UNSET)
        prepaid_auth_yn: KcpQuickPrepaidAuth | Unset
        if isinstance(_prepaid_auth_yn, Unset):
            prepaid_auth_yn = UNSET
        else:
            prepaid_auth_yn = KcpQuickPrepaidAuth(_prepaid_auth_yn)

        prepaid_amount = d.pop("prepaid_amount", UNSET)

        vender_type = d.pop("vender_type", UNSET)

        reward_id = d.pop("reward_id", UNSET)

        kcp_quick_prepare_request = cls(
            btid=btid,
            cust_ip=cust_ip,
            code_verifier=code_verifier,
            prepaid_auth_yn=prepaid_auth_yn,
            prepaid_amount=prepaid_amount,
            vender_type=vender_type,
            reward_id=reward_id,
        )

        kcp_quick_prepare_request.additional_properties = d
        return kcp_quick_prepare_request

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
