"""A call builder for any generated operation: its arguments, its envelope, its risk class."""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable, Mapping
from typing import Any, ParamSpec, Protocol, TypeVar

from ._core import Call, Kind
from ._errors import ValidationError

__all__ = ["operation"]

P = ParamSpec("P")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


class Envelope(Protocol[R_co]):
    """A generated success envelope: ``{code, message, response}`` with a typed payload."""

    @property
    def response(self) -> R_co: ...


def operation(
    get_kwargs: Callable[P, dict[str, Any]],
    envelope: Callable[[Mapping[str, Any]], Envelope[R]],
    kind: Kind = Kind.READ,
) -> Callable[P, Call[R]]:
    """Build calls of one generated operation.

    Args:
        get_kwargs: The generated module's ``_get_kwargs`` (its signature becomes the method's).
        envelope: The success envelope's ``from_dict``; the result's ``data`` is its ``response``.
        kind: How safe the request is to resend (``Kind.MONEY`` for money-moving requests).
    """
    module = sys.modules[get_kwargs.__module__]
    signature = inspect.signature(get_kwargs)
    payload = _payload_name(envelope)

    def build(*args: P.args, **kwargs: P.kwargs) -> Call[R]:
        bound = signature.bind(*args, **kwargs).arguments
        for name, value in bound.items():
            # Path and query strings: an empty one would silently address another resource.
            if isinstance(value, str) and not value.strip():
                raise ValidationError(name, "must be a non-empty string")
            if value in (".", ".."):  # URL normalisation would make it another endpoint
                raise ValidationError(name, "may not be '.' or '..'")
        request = get_kwargs(*args, **kwargs)
        body = request.get("json")
        ids = {**(body if isinstance(body, dict) else {}), **bound}
        merchant_uid = ids.get("merchant_uid")
        imp_uid = ids.get("imp_uid")
        return Call(
            request,
            lambda data: envelope(data).response,
            kind,
            merchant_uid if isinstance(merchant_uid, str) else None,
            imp_uid if isinstance(imp_uid, str) else None,
        )

    target: Any = build
    target.__name__ = target.__qualname__ = module.__name__.rsplit(".", 1)[1]
    target.__doc__ = _docstring(module, payload, kind)
    target.__signature__ = signature.replace(return_annotation=f"Call[{payload}]")
    return build


def _payload_name(envelope: Callable[..., Any]) -> str:
    owner = getattr(envelope, "__self__", None)
    annotation = getattr(owner, "__annotations__", {}).get("response", "Any")
    return str(annotation)


def _docstring(module: Any, payload: str, kind: Kind) -> str:
    """The operation's summary and description from the spec, plus what the wrapper adds."""
    text = (module.sync_detailed.__doc__ or "").split("    Args:")[0].rstrip()
    risk = (
        "\n\n    Moves money: never resent after it may have reached the service; a lost answer\n"
        "    raises PaymentOutcomeUnknownError."
        if kind is Kind.MONEY
        else ""
    )
    return (
        f"{text}{risk}\n\n    Returns:\n        IamporterResult[{payload}]\n\n"
        "    Raises:\n        IamporterError: any failure, with the server's status and message.\n"
    )
