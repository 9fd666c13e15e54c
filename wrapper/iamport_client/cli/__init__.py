"""The operator command line ``iamport`` (``pip install "iamport-client[cli]"``).

Credentials come from ``IAMPORT_API_KEY``/``IAMPORT_API_SECRET`` (and ``IAMPORT_BASE_URL``)
or a profile file, never from the command line. Exit codes: see :data:`EXIT_CODES`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from .._client import Iamporter
from .._errors import (
    AuthenticationError,
    IamporterError,
    NetworkError,
    NotFoundError,
    PaymentOutcomeUnknownError,
    ValidationError,
)
from .._version import __version__
from ._config import ConfigError, load_credentials
from ._output import (
    BILLING_KEY_COLUMNS,
    KST,
    PAYMENT_COLUMNS,
    SCHEDULE_COLUMNS,
    money,
    render,
    timestamp,
)

__all__ = ["EXIT_CODES", "cli", "run"]

EXIT_OK = 0
EXIT_API = 1
EXIT_USAGE = 2
EXIT_CREDENTIALS = 3
EXIT_NOT_FOUND = 4
EXIT_DECLINED = 5
EXIT_NETWORK = 6

EXIT_CODES = {
    EXIT_OK: "success",
    EXIT_API: "the API refused the request (its message is printed)",
    EXIT_USAGE: "bad command line or input, or a missing extra",
    EXIT_CREDENTIALS: "no credentials, unreadable profile, or credentials refused",
    EXIT_NOT_FOUND: "no such payment, billing key or schedule",
    EXIT_DECLINED: "you answered no at the confirmation prompt: nothing was changed",
    EXIT_NETWORK: "no answer from the service; for a cancel, the outcome is unknown",
}

if TYPE_CHECKING:
    _MomentBase = click.ParamType[int]
    _AmountBase = click.ParamType[Decimal]
else:  # ParamType is generic only in newer click
    _MomentBase = _AmountBase = click.ParamType

FORMATS = click.Choice(["table", "json", "csv"])
T = TypeVar("T")


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"iamport: {message}", err=True)
    sys.exit(code)


def _exit_code(exc: IamporterError) -> int:
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
def _client(ctx: click.Context) -> Iterator[Iamporter]:
    """An ``Iamporter`` from the resolved credentials; API errors become exit codes."""
    try:
        creds = load_credentials(ctx.obj.get("profile"))
        client = Iamporter(creds.api_key, creds.api_secret, base_url=creds.base_url)
    except (ConfigError, ValidationError) as exc:
        _fail(str(exc), EXIT_CREDENTIALS)
    ctx.obj["source"] = creds.source
    try:
        with client:
            yield client
    except PaymentOutcomeUnknownError as exc:
        _fail(
            f"{exc}\nthe outcome is unknown: look the payment up before trying again", EXIT_NETWORK
        )
    except IamporterError as exc:
        _fail(str(exc), _exit_code(exc))


def _response(result: Any) -> dict[str, Any]:
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
        if text.isdigit():
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
    """A positive exact amount (never a float)."""

    name = "AMOUNT"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> Decimal:
        """The amount as a Decimal."""
        try:
            amount = Decimal(str(value).replace(",", ""))
        except InvalidOperation:
            self.fail(f"{value!r} is not an amount", param, ctx)
        if not amount.is_finite() or amount <= 0:
            self.fail(f"{value!r} must be a positive amount", param, ctx)
        return amount


def _progress(enabled: bool | None, label: str) -> Callable[[int, int], None]:
    """A one-line counter on stderr (only on a terminal unless asked for)."""
    show = sys.stderr.isatty() if enabled is None else enabled

    def update(done: int, total: int) -> None:
        if show:
            end = "\n" if done >= total else ""
            click.echo(f"\r{label}: {done}/{total}", err=True, nl=False)
            if end:
                click.echo("", err=True)

    return update


def _pages(
    fetch: Callable[[int], dict[str, Any]], progress: Callable[[int, int], None]
) -> list[dict[str, Any]]:
    """Every record of a paged lookup (``{total, next, list}``), page after page."""
    rows: list[dict[str, Any]] = []
    page = 1
    while True:
        body = fetch(page)
        items = body.get("list") or []
        rows.extend(items)
        total = int(body.get("total") or 0)
        progress(len(rows), max(total, len(rows)))
        following = int(body.get("next") or 0)
        if not items or following <= page:
            return rows
        page = following


def _show(
    ctx: click.Context, fetch: Callable[[Iamporter], Any], columns: Sequence[str], fmt: str
) -> None:
    """Print the one record that ``fetch`` gets."""
    with _client(ctx) as client:
        body = _response(fetch(client))
    click.echo(render([body], columns, fmt, single=True))


def _export(
    ctx: click.Context,
    fetch: Callable[[Iamporter, int], Any],
    columns: Sequence[str],
    fmt: str,
    progress: bool | None,
    label: str,
) -> None:
    """Print every record of a paged lookup (``fetch(client, page)``)."""
    with _client(ctx) as client:
        rows = _pages(lambda page: _response(fetch(client, page)), _progress(progress, label))
    if rows or fmt != "table":
        click.echo(render(rows, columns, fmt, single=False))


# ---------------------------------------------------------------------------- commands


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog="Exit codes: " + "; ".join(f"{code} {text}" for code, text in EXIT_CODES.items()) + ".",
)
@click.option(
    "--profile",
    metavar="NAME",
    help="Use this profile of the profile file (default: environment, then [default]).",
)
@click.version_option(__version__, prog_name="iamport")
@click.pass_context
def cli(ctx: click.Context, profile: str | None) -> None:
    """Look up, cancel and export Iamport payments from a shell.

    Credentials: IAMPORT_API_KEY and IAMPORT_API_SECRET (and IAMPORT_BASE_URL), or a
    profile file (IAMPORT_CONFIG, default ~/.config/iamport/config.toml) with
    [NAME] sections holding api_key, api_secret and optionally base_url. Never on the
    command line. Money is printed exactly; times in Korean time (+09:00).
    """
    ctx.ensure_object(dict)
    ctx.obj["profile"] = profile


@cli.group()
def payments() -> None:
    """Payments: get, find, list (export), cancel."""


def _format_option(f: Callable[..., T]) -> Callable[..., T]:
    return click.option(
        "--format", "fmt", type=FORMATS, default="table", show_default=True, help="Output format."
    )(f)


@payments.command("get")
@click.argument("imp_uid")
@_format_option
@click.pass_context
def payments_get(ctx: click.Context, imp_uid: str, fmt: str) -> None:
    """Show the payment IMP_UID."""
    _show(ctx, lambda client: client.find_by_imp_uid(imp_uid), PAYMENT_COLUMNS, fmt)


@payments.command("find")
@click.argument("merchant_uid")
@click.option(
    "--status", type=click.Choice(["ready", "paid", "cancelled", "failed"]), help="Only in status."
)
@_format_option
@click.pass_context
def payments_find(ctx: click.Context, merchant_uid: str, status: Any, fmt: str) -> None:
    """Show the latest payment of the order MERCHANT_UID."""
    _show(
        ctx, lambda client: client.find_by_merchant_uid(merchant_uid, status), PAYMENT_COLUMNS, fmt
    )


@payments.command("list")
@click.option(
    "--status",
    type=click.Choice(["all", "ready", "paid", "cancelled", "failed"]),
    default="all",
    show_default=True,
)
@click.option("--from", "from_", type=MomentType(), help="Start (a date is 00:00 KST).")
@click.option("--to", type=MomentType(end_of_day=True), help="End (a date is 23:59:59 KST).")
@click.option(
    "--sorting",
    type=click.Choice(["-started", "started", "-paid", "paid", "-updated", "updated"]),
    help="Server-side order (default -started).",
)
@click.option("--page-size", type=click.IntRange(1, 1000), default=100, show_default=True)
@click.option(
    "--progress/--no-progress", default=None, help="Count on stderr (default: on a terminal)."
)
@_format_option
@click.pass_context
def payments_list(
    ctx: click.Context,
    status: Any,
    from_: int | None,
    to: int | None,
    sorting: Any,
    page_size: int,
    progress: bool | None,
    fmt: str,
) -> None:
    """List every payment in a window, fetching all pages (at most 90 days per window)."""

    def fetch(client: Iamporter, page: int) -> Any:
        return client.find_all_by_status(
            status, page=page, limit=page_size, from_=from_, to=to, sorting=sorting
        )

    _export(ctx, fetch, PAYMENT_COLUMNS, fmt, progress, "payments")


@payments.command("cancel")
@click.argument("imp_uid")
@click.option("--amount", type=AmountType(), help="Refund this much (default: all that is left).")
@click.option("--reason", help="Why (shown to the buyer by some gateways).")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@_format_option
@click.pass_context
def payments_cancel(
    ctx: click.Context,
    imp_uid: str,
    amount: Decimal | None,
    reason: str | None,
    yes: bool,
    fmt: str,
) -> None:
    """Cancel (refund) the payment IMP_UID, fully or by --amount."""
    with _client(ctx) as client:
        before = _response(client.find_by_imp_uid(imp_uid))
        paid = money(before.get("amount", 0))
        left = paid - money(before.get("cancel_amount", 0))
        currency = before.get("currency") or ""
        refund = amount if amount is not None else left
        if not yes:
            question = (
                f"Refund {refund} {currency} of payment {imp_uid} "
                f"(order {before.get('merchant_uid')}, {before.get('status')}, "
                f"paid {paid} {currency}, {left} {currency} not yet refunded)?"
            )
            if not click.confirm(question, default=False, err=True):
                _fail("not cancelled", EXIT_DECLINED)
        after = _response(client.cancel_by_imp_uid(imp_uid, amount=amount, reason=reason))
    if fmt != "table":
        click.echo(render([after], PAYMENT_COLUMNS, fmt, single=True))
        return
    refunded = money(after.get("cancel_amount", 0)) - money(before.get("cancel_amount", 0))
    history = after.get("cancel_history") or []
    last = history[-1] if history else {}
    summary = {
        "refunded": f"{refunded} {currency}",
        "imp_uid": after.get("imp_uid"),
        "merchant_uid": after.get("merchant_uid"),
        "status": after.get("status"),
        "amount": after.get("amount"),
        "cancel_amount": after.get("cancel_amount"),
        "remaining": money(after.get("amount", 0)) - money(after.get("cancel_amount", 0)),
        "reason": last.get("reason"),
        "cancelled_at": timestamp(last.get("cancelled_at")),
        "receipt_url": last.get("receipt_url"),
    }
    click.echo(render([summary], list(summary), "table", single=True))


@cli.group("billing-keys")
def billing_keys() -> None:
    """Billing keys (customer_uid) of recurring payments."""


@billing_keys.command("get")
@click.argument("customer_uid")
@_format_option
@click.pass_context
def billing_keys_get(ctx: click.Context, customer_uid: str, fmt: str) -> None:
    """Show the billing key CUSTOMER_UID (the card number comes masked)."""
    _show(ctx, lambda client: client.get_subscription(customer_uid), BILLING_KEY_COLUMNS, fmt)


@cli.group()
def schedules() -> None:
    """Scheduled payments of billing keys."""


@schedules.command("get")
@click.argument("merchant_uid")
@_format_option
@click.pass_context
def schedules_get(ctx: click.Context, merchant_uid: str, fmt: str) -> None:
    """Show the schedule of the order MERCHANT_UID."""
    _show(ctx, lambda client: client.get_schedule(merchant_uid), SCHEDULE_COLUMNS, fmt)


@schedules.command("list")
@click.option("--from", "from_", type=MomentType(), required=True, help="Start of schedule_at.")
@click.option("--to", type=MomentType(end_of_day=True), required=True, help="End of schedule_at.")
@click.option("--customer-uid", help="Only this billing key's schedules.")
@click.option("--status", type=click.Choice(["scheduled", "executed", "revoked"]))
@click.option(
    "--progress/--no-progress", default=None, help="Count on stderr (default: on a terminal)."
)
@_format_option
@click.pass_context
def schedules_list(
    ctx: click.Context,
    from_: int,
    to: int,
    customer_uid: str | None,
    status: Any,
    progress: bool | None,
    fmt: str,
) -> None:
    """List the schedules due in a window (at most about three months), all pages."""

    def fetch(client: Iamporter, page: int) -> Any:
        return client.find_schedules(
            from_=from_, to=to + 1, customer_uid=customer_uid, status=status, page=page
        )

    _export(ctx, fetch, SCHEDULE_COLUMNS, fmt, progress, "schedules")


@cli.command()
@click.pass_context
def token(ctx: click.Context) -> None:
    """Check the credentials by getting an access token (prints nothing secret)."""
    with _client(ctx) as client:
        issued = client.get_token().data
        url = client.base_url
    click.echo(f"credentials accepted by {url} (from {ctx.obj['source']})")
    click.echo(f"token valid for {issued.lifetime} s, until {timestamp(issued.expired_at)}")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=0, show_default=True, help="0 picks a free port.")
def sandbox(host: str, port: int) -> None:
    """Start a local sandbox and print its URL (needs the sandbox extra; Ctrl-C stops it).

    Its credentials are the public test pair; point the client at it with
    IAMPORT_BASE_URL.
    """
    from iamport_sandbox.__main__ import main as sandbox_main

    sys.exit(sandbox_main(["--host", host, "--port", str(port)]))


def run(argv: Sequence[str] | None = None) -> int:
    """Run ``iamport`` and return its exit code."""
    code = EXIT_OK
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="iamport")
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else EXIT_API
    return code


from .doctor import doctor  # noqa: E402 - registered last: it imports this package's helpers

cli.add_command(doctor)
