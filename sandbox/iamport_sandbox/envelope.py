"""Building HTTP responses: the ``{code, message, response}`` envelope and plain JSON."""

from __future__ import annotations

from starlette.responses import Response

from .errors import ApiError
from .money import dumps

JSON_TYPE = "application/json; charset=utf-8"


def envelope_bytes(code: int, message: str | None, response: object) -> bytes:
    """Serialise an envelope."""
    return dumps({"code": code, "message": message, "response": response})


def ok(response: object) -> Response:
    """HTTP 200, code 0, message null."""
    return Response(envelope_bytes(0, None, response), status_code=200, media_type=JSON_TYPE)


def failure(status: int, code: int, message: str) -> Response:
    """An envelope carrying an error (``response`` is null)."""
    return Response(envelope_bytes(code, message, None), status_code=status, media_type=JSON_TYPE)


def from_error(exc: ApiError) -> Response:
    """The envelope response for an :class:`ApiError`."""
    return failure(exc.http_status, exc.code, exc.message)


def plain_json(payload: object, status: int = 200) -> Response:
    """Un-enveloped JSON (used by the ``/__sandbox`` admin API)."""
    return Response(dumps(payload), status_code=status, media_type=JSON_TYPE)
