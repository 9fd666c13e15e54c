from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
    content: None | str | Unset = UNSET
    """ Text of a premium review (none for general reviews). """
    product_option_name: None | str | Unset = UNSET
    modified_at: int | None | Unset = UNSET
    """ When it was last edited (unix seconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        review_id = self.review_id

        score = self.score

        title = self.title

        product_order_id = self.product_order_id

        product_id = self.product_id

        product_name = self.product_name

        writer = self.writer

        created_at = self.created_at

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        product_option_name: None | str | Unset
        if isinstance(self.product_option_name, Unset):
            product_option_name = UNSET
        else:
            product_option_name = self.product_option_name

        modified_at: int | None | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        else:
            modified_at = self.modified_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "review_id": review_id,
                "score": score,
                "title": title,
                "product_order_id": product_order_id,
                "product_id": product_id,
                "product_name": product_name,
                "writer": writer,
                "created_at": created_at,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if product_option_name is not UNSET:
            field_dict["product_option_name"] = product_option_name
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        review_id = d.pop("review_id")

        score = d.pop("score")

        title = d.pop("title")

        product_order_id = d.pop("product_order_id")

        product_id = d.pop("product_id")

        product_name = d.pop("product_name")

        writer = d.pop("writer")

        created_at = d.pop("created_at")

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_product_option_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_option_name = _parse_product_option_name(
            d.pop("product_option_name", UNSET)
        )

        def _parse_modified_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        modified_at = _parse_modified_at(d.pop("modified_at", UNSET))

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
