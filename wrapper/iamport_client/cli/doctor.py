"""``iamport doctor``: does the service answer the way the spec says?

It calls a fixed set of read-only operations with the user's credentials (or, with none set
and a loopback ``IAMPORT_BASE_URL``, the public test pair against a local sandbox), reads
every answer with the tolerant reader while collecting every deviation from the spec (what
``strict=True`` would refuse, reported all at once instead of stopping at the first), and
prints a report of shapes only: operation, field path, the type the spec gives and the type
that came. Never a value, an id or a secret, so it can be pasted into a bug report.

Exit 0 when every answer matches the spec, :data:`EXIT_DRIFT` when one deviates (the report
names the fields), other codes as for every command (credentials refused, no answer).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import click

from .._client import Iamporter
from .._core import DRIFT_COLLECTOR, Deviation
from .._defaults import TEST_API_KEY, TEST_API_SECRET
from .._errors import AuthenticationError, IamporterError, ValidationError
from .._transport import is_loopback
from ._common import EXIT_API, EXIT_CREDENTIALS, EXIT_DRIFT
from ._config import ConfigError, load_credentials

__all__ = ["EXIT_DRIFT", "doctor", "run_checks"]


@dataclass
class Check:
    """One operation checked: what it found, or why it could not run."""

    operation: str
    deviations: list[Deviation]
    error: str | None = None
    skipped: str | None = None


def _read_only_checks(client: Iamporter, key: str, secret: str) -> Iterator[tuple[str, Any]]:
    """(operationId, a thunk making the call) for every check, in order; later checks use
    ids an earlier answer gave (a listed payment), never printed."""
    yield "get_token", lambda: client.auth.get_token(imp_key=key, imp_secret=secret)
    yield "get_card_codes", lambda: client.codes.cards()
    yield "get_bank_codes", lambda: client.codes.banks()
    yield "get_pg_settings", lambda: client.users.pg_settings()
    listed: list[Any] = []

    def listing() -> Any:
        result = client.payments.list_by_status(payment_status="all", limit=20)
        page = result.data
        listed.extend(getattr(page, "list_", None) or [])
        return result

    yield "find_payments_by_status", listing
    first = listed[0] if listed else None
    imp_uid = getattr(first, "imp_uid", None)
    merchant_uid = getattr(first, "merchant_uid", None)
    customer_uids = [getattr(p, "customer_uid", None) for p in listed]
    customer_uid = next((c for c in customer_uids if isinstance(c, str) and c), None)
    yield (
        "get_payment",
        None if not isinstance(imp_uid, str) else (lambda: client.payments.get(imp_uid)),
    )
    yield (
        "find_payment_by_merchant_uid",
        None if not isinstance(merchant_uid, str) else (lambda: client.payments.find(merchant_uid)),
    )
    yield (
        "get_billing_key",
        None if customer_uid is None else (lambda: client.billing_keys.get(customer_uid)),
    )


@contextmanager
def _quiet_drift_log() -> Iterator[None]:
    """The report says it all: no drift WARNING lines on stderr meanwhile."""
    log = logging.getLogger("iamport_client.drift")
    was = log.disabled
    log.disabled = True
    try:
        yield
    finally:
        log.disabled = was


def run_checks(client: Iamporter, key: str, secret: str) -> list[Check]:
    """Run every check with ``client``; deviations are collected, nothing is raised."""
    checks: list[Check] = []
    with _quiet_drift_log():
        for operation, thunk in _read_only_checks(client, key, secret):
            if thunk is None:
                checks.append(Check(operation, [], skipped="no record to look at"))
                continue
            found: list[Deviation] = []
            reset = DRIFT_COLLECTOR.set(found)
            error: str | None = None
            try:
                thunk()
            except AuthenticationError:
                raise
            except IamporterError as exc:
                # Only the kind and status: a message may quote an id.
                status = f" (HTTP {exc.status})" if exc.status is not None else ""
                error = None if found else f"{type(exc).__name__}{status}"
            finally:
                DRIFT_COLLECTOR.reset(reset)
            unique = list(dict.fromkeys(found))
            checks.append(Check(operation, unique, error=error))
    return checks


def report(checks: list[Check]) -> str:
    """The shapes-only report."""
    lines = ["iamport doctor: the service's answers compared with the spec (shapes only)"]
    width = max(len(c.operation) for c in checks)
    for check in checks:
        name = check.operation.ljust(width)
        if check.skipped:
            lines.append(f"  skip   {name}  {check.skipped}")
        elif check.error:
            lines.append(f"  error  {name}  {check.error}")
        elif not check.deviations:
            lines.append(f"  ok     {name}")
        for d in check.deviations:
            lines.append(
                f"  DRIFT  {name}  {d.path}: the spec says {d.expected}, the service sent "
                f"{d.observed}"
            )
    drifted = sum(len(c.deviations) for c in checks)
    ran = sum(1 for c in checks if not c.skipped)
    if drifted:
        fields = sorted({d.path for c in checks for d in c.deviations})
        lines.append(
            f"{drifted} deviation(s) from the spec in {ran} operation(s) checked; fields: "
            + ", ".join(fields)
        )
    else:
        lines.append(f"no deviation from the spec in {ran} operation(s) checked")
    return "\n".join(lines)


def _credentials(profile: str | None) -> tuple[str, str, str | None]:
    try:
        creds = load_credentials(profile)
    except ConfigError as exc:
        url = os.environ.get("IAMPORT_BASE_URL", "")
        host = urlsplit(url).hostname if url else None
        if host and is_loopback(host):  # a local sandbox: the public test pair
            return TEST_API_KEY, TEST_API_SECRET, url
        raise click.ClickException(str(exc)) from None
    return creds.api_key, creds.api_secret, creds.base_url


@click.command()
@click.pass_context
def doctor(ctx: click.Context) -> None:
    """Check that the service answers as the spec says (read-only calls; shapes only).

    Prints, for each operation, every field whose answer deviates from the spec: its path,
    the type the spec gives and the type that came; never a value, id or secret. Exit 0 when
    everything matches, 7 when something deviates.
    """
    profile = ctx.obj.get("profile") if isinstance(ctx.obj, dict) else None
    try:
        key, secret, url = _credentials(profile)
    except click.ClickException as exc:
        click.echo(f"iamport: {exc.message}", err=True)
        ctx.exit(EXIT_CREDENTIALS)
    try:
        with Iamporter(key, secret, base_url=url) as client:
            checks = run_checks(client, key, secret)
    except AuthenticationError as exc:
        status = f" (HTTP {exc.status})" if exc.status is not None else ""
        click.echo(f"iamport: the credentials were refused{status}", err=True)
        ctx.exit(EXIT_CREDENTIALS)
    except ValidationError as exc:
        click.echo(f"iamport: {exc}", err=True)
        ctx.exit(EXIT_CREDENTIALS)
    click.echo(report(checks))
    if any(c.deviations for c in checks):
        ctx.exit(EXIT_DRIFT)
    if any(c.error for c in checks):
        ctx.exit(EXIT_API)
