"""What a route handler sees (:class:`Call`) and may return (:class:`Reply`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple
from urllib.parse import parse_qs, unquote

from starlette.datastructures import Headers, QueryParams
from starlette.requests import Request

from .errors import bad_request, not_found
from .money import loads


@dataclass
class Call:
    """One API request as seen by a handler."""

    raw_body: bytes
    content_type: str
    query: QueryParams
    path: Mapping[str, str]
    headers: Headers
    _body: dict[str, Any] | None = None

    @property
    def body(self) -> dict[str, Any]:
        """The request body as a dict (JSON, or a flat urlencoded form)."""
        if self._body is None:
            self._body = parse_body(self.raw_body, self.content_type)
        return self._body

    def query_list(self, key: str) -> list[str]:
        """Every value of a repeated query key, accepting ``key[]`` and ``key``."""
        return [v for v in self.query.getlist(f"{key}[]") + self.query.getlist(key) if v]


@dataclass(frozen=True)
class Reply:
    """A handler result that needs a status or message other than ``200`` / ``null``."""

    response: object
    status: int = 200
    message: str | None = None


Handler = Callable[[Call], object]


class RouteSpec(NamedTuple):
    """One API route: its path template, method and handler; ``auth``: needs a token."""

    path: str
    method: str
    handler: Handler
    auth: bool = True


def path_params(request: Request) -> dict[str, str]:
    """The route's path parameters, each percent-decoded once (routing saw them encoded).

    ``order%2Fpaid`` is the id ``order/paid``; bytes that are not UTF-8 are a 400.
    """
    decoded: dict[str, str] = {}
    for key, value in request.path_params.items():
        try:
            decoded[key] = unquote(str(value), encoding="utf-8", errors="strict")
        except UnicodeDecodeError:
            raise bad_request(f"{key} 경로 값이 올바른 UTF-8이 아닙니다.") from None
    return decoded


def parse_body(raw: bytes, content_type: str) -> dict[str, Any]:
    """Decode a JSON or ``application/x-www-form-urlencoded`` body into a dict."""
    if not raw.strip():
        return {}
    if "application/x-www-form-urlencoded" in content_type.lower():
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise bad_request("요청 본문이 UTF-8이 아닙니다.") from None
        form: dict[str, Any] = {}
        for key, values in parse_qs(text, keep_blank_values=True).items():
            if key.endswith("[]"):
                form[key[:-2]] = values
            else:
                form[key] = values[0] if len(values) == 1 else values
        return form
    try:
        data = loads(raw)
    except (ValueError, UnicodeDecodeError):  # also nesting too deep: a 400, not a crash
        raise bad_request("요청 본문을 JSON으로 해석할 수 없습니다.") from None
    if not isinstance(data, dict):
        raise bad_request("요청 본문은 JSON 객체여야 합니다.")
    return data


def partial_result(found: list[Any], missing: list[str], what: str) -> object:
    """200 with everything, 207 (naming the missing ids) with some, 404 with none."""
    if not found:
        raise not_found(f"요청하신 {what}를 찾을 수 없습니다: {', '.join(missing)}")
    if missing:
        return Reply(found, 207, f"일부 {what}를 찾을 수 없습니다: {', '.join(missing)}")
    return found
