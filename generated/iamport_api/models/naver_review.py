from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    json_int,
    mismatch,
)

T = TypeVar("T", bound="NaverReview")


@_attrs_define
class NaverReview:
    """A buyer's review on Naver Pay."""

    review_id: str

    score: str
    """ Satisfaction from "1" to "5". """

    title: str
    """ Text of a general review, or title of a premium one. """

    product_order_id: str

    product_id: str

    product_name: str

    writer: str
    """ Naver id of the author. """

    created_at: int
    """ When it was written (unix seconds). """

    content: str | None = None
    """ Text of a premium review (none for general reviews). """

    product_option_name: str | None = None

    modified_at: int | None = None
    """ When it was last edited (unix seconds). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        if not isinstance(review_id, str):
            raise mismatch("review_id", "a string", review_id)
        score = d.pop("score", MISSING)
        if not isinstance(score, str):
            raise mismatch("score", "a string", score)
        title = d.pop("title", MISSING)
        if not isinstance(title, str):
            raise mismatch("title", "a string", title)
        product_order_id = d.pop("product_order_id", MISSING)
        if not isinstance(product_order_id, str):
            raise mismatch("product_order_id", "a string", product_order_id)
        product_id = d.pop("product_id", MISSING)
        if not isinstance(product_id, str):
            raise mismatch("product_id", "a string", product_id)
        product_name = d.pop("product_name", MISSING)
        if not isinstance(product_name, str):
            raise mismatch("product_name", "a string", product_name)
        writer = d.pop("writer", MISSING)
        if not isinstance(writer, str):
            raise mismatch("writer", "a string", writer)
        created_at = d.pop("created_at", MISSING)
        if type(created_at) is not int:
            created_at = json_int(created_at, "created_at")
        content = d.pop("content", None)
        if content is not None:
            if not isinstance(content, str):
                raise mismatch("content", "a string", content)
        product_option_name = d.pop("product_option_name", None)
        if product_option_name is not None:
            if not isinstance(product_option_name, str):
                raise mismatch("product_option_name", "a string", product_option_name)
        modified_at = d.pop("modified_at", None)
        if modified_at is not None:
            if type(modified_at) is not int:
                modified_at = json_int(modified_at, "modified_at")

        naver_review = cls(
            review_id=review_id,
            score=score,
            title=title,
            product_order_id=product_order_id,
            product_id=product_id,
            product_name=product_name,
            writer=writer,
            created_at=created_at,
            content=content,
            product_option_name=product_option_name,
            modified_at=modified_at,
        )
        naver_review.additional_properties = d
        return naver_review

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
