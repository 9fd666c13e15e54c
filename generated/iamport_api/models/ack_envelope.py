from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    DRIFT_SEQ,
    MISSING,
    SpecMismatchError,
    core_int,
    drift_within,
    dumped,
    json_str,
    masked_members,
    mismatch,
    unknown_members,
)

if TYPE_CHECKING:
    from ..models.ack_payload_type_0 import AckPayloadType0


T = TypeVar("T", bound="AckEnvelope")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class AckEnvelope:
    """The envelope of a call that returns no documented payload; `code` tells the outcome."""

    code: int
    """ `0` when the call succeeded; any other value means it failed and `message` says why. """

    message: str | None
    """ The service's explanation when `code` is not 0 (usually Korean); often null on success. """

    response: AckPayloadType0 | None
    """ Payload of a call that documents none; usually null, otherwise kept as received. """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["code"] = self.code
        field_dict["message"] = self.message
        field_dict["response"] = (
            None if self.response is None else dumped(self.response)
        )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        code = d.pop("code", MISSING)
        if type(code) is not int:
            code = core_int(code, "code")
        message = d.pop("message", MISSING)
        if type(message) is not str and message is not None:
            message = json_str(message, "message")
        response = d.pop("response", MISSING)
        if response is not None:
            if not isinstance(response, dict):
                raise mismatch("response", "an object", response)
            else:
                from ..models.ack_payload_type_0 import AckPayloadType0  # noqa: PLC0415

                mark_0 = DRIFT_SEQ[0]
                try:
                    response = AckPayloadType0.from_dict(response)
                except SpecMismatchError as exc:
                    raise exc.within("response") from None
                if DRIFT_SEQ[0] != mark_0:
                    drift_within(mark_0, "response")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.code = code
        model_.message = message
        model_.response = response
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
