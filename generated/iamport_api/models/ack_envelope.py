from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ack_payload_type_0 import AckPayloadType0


T = TypeVar("T", bound="AckEnvelope")


@_attrs_define
class AckEnvelope:
    """The envelope of a call that returns no documented payload; `code` tells the outcome."""

    code: int
    message: None | str
    response: AckPayloadType0 | None
    """ Payload of a call that documents none; usually null, otherwise kept as received. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ack_payload_type_0 import AckPayloadType0  # noqa: PLC0415

        code = self.code

        message: None | str
        message = self.message

        response: dict[str, Any] | None
        if isinstance(self.response, AckPayloadType0):
            response = self.response.to_dict()
        else:
            response = self.response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ack_payload_type_0 import AckPayloadType0  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        message = _parse_message(d.pop("message"))

        def _parse_response(data: object) -> AckPayloadType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ack_payload_type_0 = AckPayloadType0.from_dict(data)

                return componentsschemas_ack_payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AckPayloadType0 | None, data)

        response = _parse_response(d.pop("response"))

        ack_envelope = cls(
            code=code,
            message=message,
            response=response,
        )

        ack_envelope.additional_properties = d
        return ack_envelope

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
