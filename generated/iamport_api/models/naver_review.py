from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..types import (
    MISSING,
    kst_time,
    lenient_int,
    lenient_str,
    masked_members,
    unknown_members,
)

T = TypeVar("T", bound="NaverReview")


# No conversion on assignment (type checkers hold assignments to the annotations): attrs then
# adds no __setattr__ hook, which would slow every assignment in __init__ and from_dict.
@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class NaverReview:
    """A buyer's review on Naver Pay."""

    review_id: str
    """ Review id. """

    score: str
    """ Satisfaction from "1" to "5". """

    title: str
    """ Text of a general review, or title of a premium one. """

    product_order_id: str
    """ Product order the review is about. """

    product_id: str
    """ Product id. """

    product_name: str
    """ Product name. """

    writer: str
    """ Naver id of the author. """

    created_at: int
    """ When it was written (unix seconds). """

    content: str | None = None
    """ Text of a premium review (none for general reviews). """

    product_option_name: str | None = None
    """ Product option name. """

    modified_at: int | None = None
    """ When it was last edited (unix seconds). """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=masked_members
    )

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON-ready dict (money stays Decimal; optional fields that are None
        are left out)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["review_id"] = self.review_id
        field_dict["score"] = self.score
        field_dict["title"] = self.title
        field_dict["product_order_id"] = self.product_order_id
        field_dict["product_id"] = self.product_id
        field_dict["product_name"] = self.product_name
        field_dict["writer"] = self.writer
        field_dict["created_at"] = self.created_at
        if self.content is not None:
            field_dict["content"] = self.content
        if self.product_option_name is not None:
            field_dict["product_option_name"] = self.product_option_name
        if self.modified_at is not None:
            field_dict["modified_at"] = self.modified_at
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every value against the spec.

        Raises:
            SpecMismatchError: A value has the wrong JSON type or a required key is missing
                (the message names the field).
        """
        d = dict(src_dict)
        review_id = d.pop("review_id", MISSING)
        if type(review_id) is not str:
            review_id = lenient_str(review_id, "review_id")
        score = d.pop("score", MISSING)
        if type(score) is not str:
            score = lenient_str(score, "score")
        title = d.pop("title", MISSING)
        if type(title) is not str:
            title = lenient_str(title, "title")
        product_order_id = d.pop("product_order_id", MISSING)
        if type(product_order_id) is not str:
            product_order_id = lenient_str(product_order_id, "product_order_id")
        product_id = d.pop("product_id", MISSING)
        if type(product_id) is not str:
            product_id = lenient_str(product_id, "product_id")
        product_name = d.pop("product_name", MISSING)
        if type(product_name) is not str:
            product_name = lenient_str(product_name, "product_name")
        writer = d.pop("writer", MISSING)
        if type(writer) is not str:
            writer = lenient_str(writer, "writer")
        created_at = d.pop("created_at", MISSING)
        if type(created_at) is not int:
            created_at = lenient_int(created_at, "created_at")
        content = d.pop("content", None)
        if type(content) is not str and content is not None:
            content = lenient_str(content, "content")
        product_option_name = d.pop("product_option_name", None)
        if type(product_option_name) is not str and product_option_name is not None:
            product_option_name = lenient_str(
                product_option_name, "product_option_name"
            )
        modified_at = d.pop("modified_at", None)
        if type(modified_at) is not int and modified_at is not None:
            modified_at = lenient_int(modified_at, "modified_at")

        # Every value is checked (and money converted) above: set the fields directly, which
        # is faster than __init__ with its converters.
        model_ = cls.__new__(cls)
        model_.review_id = review_id
        model_.score = score
        model_.title = title
        model_.product_order_id = product_order_id
        model_.product_id = product_id
        model_.product_name = product_name
        model_.writer = writer
        model_.created_at = created_at
        model_.content = content
        model_.product_option_name = product_option_name
        model_.modified_at = modified_at
        if d:
            unknown_members(d)
        model_.additional_properties = d
        return model_

    @property
    def created_at_kst(self) -> datetime | None:
        """``created_at`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.created_at, "created_at")

    @property
    def modified_at_kst(self) -> datetime | None:
        """``modified_at`` as an aware datetime in Korea Standard Time (UTC+09:00); None when it is 0
        ("not yet") or absent. ``.astimezone(timezone.utc)`` gives the same moment in UTC."""
        return kst_time(self.modified_at, "modified_at")

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
