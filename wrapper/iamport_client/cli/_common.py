"""What every command of ``iamport`` shares (the commands in ``__init__.py``, ``listen`` and
``trigger`` in ``_operator.py``): the exit codes, failing with one, the client made from the
resolved credentials, the answer's ``response`` object, and the date and amount parameters.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NoReturn

import click

from .. import _validation as v
from .._client import Iamporter
from .._errors import (
    AuthenticationError,
    IamporterError,
    NetworkError,
    NotFoundError,
    PaymentOutcomeUnknownError,
    ValidationError,
)
from ._config import ConfigError, load_credentials
from ._export import PagingError
from ._output import KST, message

__all__ = [
    "EXIT_API",
    "EXIT_CODES",
    "EXIT_CREDENTIALS",
    "EXIT_DECLINED",
    "EXIT_DRIFT",
    "EXIT_NETWORK",
    "EXIT_NOT_FOUND",
    "EXIT_OK",
    "EXIT_USAGE",
    "AmountType",
    "MomentType",
    "exit_code",
    "fail",
    "open_client",
    "response_body",
]

EXIT_OK = 0
EXIT_API = 1
EXIT_USAGE = 2
EXIT_CREDENTIALS = 3
EXIT_NOT_FOUND = 4
EXIT_DECLINED = 5
EXIT_NETWORK = 6
EXIT_DRIFT = 7  # iamport doctor: the service's answers differ from the spec

EXIT_CODES = {
    EXIT_OK: "success",
    EXIT_API: "the API refused the request (its message is printed)",
    EXIT_USAGE: "bad command line or input (nothing was sent), or a missing extra",
    EXIT_CREDENTIALS: "no credentials, unreadable or unsafe profile, or credentials refused",
    EXIT_NOT_FOUND: "no such payment, billing key or schedule",
    EXIT_DECLINED: "you answered no at the prompt, or nobody answered: nothing was sent",
    EXIT_NETWORK: "no answer from the service; for a cancel, the outcome is unknown",
    EXIT_DRIFT: "iamport doctor found answers that differ from the spec (the fields are listed)",
}

if TYPE_CHECKING:
    _MomentBase = click.ParamType[int]
    _AmountBase = click.ParamType[Decimal]
else:  # ParamType is generic only in newer click
    _MomentBase = _AmountBase = click.ParamType


_AMOUNT_SYNTAX = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def fail(text: str, code: int) -> NoReturn:
    click.echo(f"iamport: {message(text)}", err=True)
    sys.exit(code)


def exit_code(exc: IamporterError) -> int:
    if isinstance(exc, AuthenticationError):
        return EXIT_CREDENTIALS
    if isinstance(exc, NotFoundError):
        return EXIT_NOT_FOUND
    if isinstance(exc, NetworkError | PaymentOutcomeUnknownError):
        return EXIT_NETWORK
    if isinstance(exc, ValidationError):
        return EXIT_USAGE
    return EXIT_API


@contextmanager
def open_client(ctx: click.Context) -> Iterator[Iamporter]:
    """An ``Iamporter`` from the resolved credentials; API errors become exit codes."""
    try:
        creds = load_credentials(ctx.obj.get("profile"))
        for warning in creds.warnings:
            click.echo(f"iamport: warning: {warning}", err=True)
        client = Iamporter(creds.api_key, creds.api_secret, base_url=creds.base_url)
    except (ConfigError, ValidationError) as exc:
        fail(str(exc), EXIT_CREDENTIALS)
    ctx.obj["source"] = creds.source
    try:
        with client:
            yield client
    except PaymentOutcomeUnknownError as exc:
        fail(
            f"{exc}\nthe outcome is unknown: look the payment up before trying again", EXIT_NETWORK
        )
    except IamporterError as exc:
        fail(str(exc), exit_code(exc))
    except PagingError as exc:
        fail(str(exc), EXIT_API)


def response_body(result: Any) -> dict[str, Any]:
    body = result.raw.get("response")
    return body if isinstance(body, dict) else {}


class MomentType(_MomentBase):
    """``YYYY-MM-DD`` (Korean time), an ISO 8601 date-time, or unix seconds."""

    name = "DATE"

    def __init__(self, end_of_day: bool = False) -> None:
        self.end_of_day = end_of_day

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        """Unix seconds."""
        if isinstance(value, int):
            return value
        text = str(value).strip()
        if text.isascii() and text.isdigit() and len(text) <= 12:
            return int(text)
        try:
            day = date.fromisoformat(text)
        except ValueError:
            pass
        else:
            moment = datetime.combine(day, time.max if self.end_of_day else time.min, KST)
            return int(moment.timestamp())
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            self.fail(f"{text!r} is not a date (2026-11-30), date-time or unix time", param, ctx)
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=KST)
        return int(parsed.timestamp())


class AmountType(_AmountBase):
    """A positive exact amount: digits with at most one decimal point, never a float.

    No thousands separators and no decimal comma: ``12,50`` is refused rather than read as
    1250 or 12.50. The library's own validator then checks it; the digits allowed after the
    point are checked against the payment's currency once it is known.
    """

    name = "AMOUNT"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> Decimal:
        """The amount as a Decimal."""
        if isinstance(value, Decimal):
            return value
        text = str(value).strip()
        if not _AMOUNT_SYNTAX.fullmatch(text):
            self.fail(
                f"{value!r} is not an amount: write digits with at most one '.' "
                "(no commas, signs or exponents), e.g. 2500 or 10.50",
                param,
                ctx,
            )
        try:
            amount = v.to_decimal("amount", text)
        except ValidationError as exc:
            self.fail(f"{value!r} is not an amount: {exc}", param, ctx)
        if amount <= 0:
            self.fail(f"{value!r} must be a positive amount", param, ctx)
        return amount
