"""Building HTTP responses: the ``{code, message, response}`` envelope and plain JSON."""

from __future__ import annotations

from starlette.responses import Response

from .errors import ApiError
from .money import dumps

JSON_TYPE = "application/json; charset=utf-8"


def envelope_bytes(
    code: int, message: str | None, response: object, extra: dict[str, object] | None = None
) -> bytes:
    """Serialise an envelope (``extra`` keys follow the three standard ones)."""
    return dumps({"code": code, "message": message, "response": response, **(extra or {})})


def ok(response: object, status: int = 200, message: str | None = None) -> Response:
    """Code 0; HTTP 200 and message null unless told otherwise (207 partial results)."""
    return Response(envelope_bytes(0, message, response), status_code=status, media_type=JSON_TYPE)


def failure(
    status: int, code: int, message: str, extra: dict[str, object] | None = None
) -> Response:
    """An envelope carrying an error (``response`` is null)."""
    return Response(
        envelope_bytes(code, message, None, extra), status_code=status, media_type=JSON_TYPE
    )


def from_error(exc: ApiError) -> Response:
    """The envelope response for an :class:`ApiError`."""
    return failure(exc.http_status, exc.code, exc.message, exc.extra)


def plain_json(payload: object, status: int = 200) -> Response:
    """Un-enveloped JSON (used by the ``/__sandbox`` admin API)."""
    return Response(dumps(payload), status_code=status, media_type=JSON_TYPE)
