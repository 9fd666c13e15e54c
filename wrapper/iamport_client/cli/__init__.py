"""The operator command line ``iamport`` (``pip install "iamport-client[cli]"``).

Credentials come from ``IAMPORT_API_KEY``/``IAMPORT_API_SECRET`` (and ``IAMPORT_BASE_URL``)
or a profile file, never from the command line. Exit codes: see :data:`EXIT_CODES`.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time as _time
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeVar

import click

from .. import _calls
from .._client import Iamporter
from .._errors import ValidationError
from .._version import __version__
from ._common import EXIT_API, EXIT_DECLINED, EXIT_OK, EXIT_USAGE, AmountType, MomentType
from ._common import EXIT_CODES as EXIT_CODES
from ._common import exit_code as _exit_code  # noqa: F401 - the error catalogue's test reads it
from ._common import fail as _fail
from ._common import open_client as _client
from ._common import response_body as _response
from ._export import Progress, accepts, destination, walk, windows
from ._operator import listen, trigger
from ._output import (
    BILLING_KEY_COLUMNS,
    PAYMENT_COLUMNS,
    SCHEDULE_COLUMNS,
    message,
    money,
    money_text,
    render,
    table,
    timestamp,
    to_json,
    write_csv,
    write_json_array,
    write_jsonl,
    write_xlsx,
)

__all__ = ["EXIT_CODES", "cli", "run"]

FORMATS = click.Choice(["table", "json", "csv"])
EXPORT_FORMATS = click.Choice(["table", "json", "jsonl", "csv", "xlsx"])
#: Digits after the point each currency allows (ISO 4217 minor units); any other allows 2.
MINOR_UNITS = {
    **dict.fromkeys(
        ("KRW", "JPY", "VND", "CLP", "ISK", "PYG", "UGX", "XAF", "XOF", "KMF", "GNF", "RWF"), 0
    ),
    **dict.fromkeys(("BHD", "KWD", "OMR", "JOD", "TND", "IQD", "LYD"), 3),
}
T = TypeVar("T")


def _check_minor_units(amount: Decimal, currency: str) -> None:
    digits = MINOR_UNITS.get(currency.upper(), 2)
    exponent = amount.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if places > digits:
        unit = "whole numbers" if digits == 0 else f"at most {digits} digits after the point"
        _fail(f"{currency} amounts are {unit}: {amount} refused, nothing was sent", EXIT_USAGE)


def _validated(build: Callable[[], T]) -> T:
    """Run one of the library's request builders (its own validator); a refusal is exit 2."""
    try:
        return build()
    except ValidationError as exc:
        _fail(f"{exc} (nothing was sent)", EXIT_USAGE)


def _show(
    ctx: click.Context, fetch: Callable[[Iamporter], Any], columns: Sequence[str], fmt: str
) -> None:
    """Print the one record that ``fetch`` gets."""
    with _client(ctx) as client:
        body = _response(fetch(client))
    click.echo(render([body], columns, fmt, single=True))


def _export(
    ctx: click.Context,
    rows: Callable[[Iamporter], Iterator[dict[str, Any]]],
    columns: Sequence[str],
    options: Mapping[str, Any],
    label: str,
) -> None:
    """Write every record ``rows(client)`` yields, streaming (except ``table``)."""
    fmt, output, excel = options["fmt"], options["output"], options["excel"]
    if fmt == "xlsx" and output in (None, "-") and sys.stdout.isatty():
        _fail("xlsx is a binary file: give --output FILE or redirect stdout", EXIT_USAGE)
    if excel and fmt != "csv":
        _fail("--excel applies to --format csv", EXIT_USAGE)
    if output not in (None, "-"):
        folder = os.path.dirname(os.path.abspath(output))
        if not os.path.isdir(folder) or not os.access(folder, os.W_OK):
            _fail(f"cannot write {output}: {folder} is no writable folder", EXIT_USAGE)
        if os.path.isdir(output):
            _fail(f"cannot write {output}: it is a folder", EXIT_USAGE)
    try:
        with (
            _client(ctx) as client,
            Progress(options["progress"], label) as counter,
            destination(output, binary=fmt == "xlsx") as out,
        ):
            _write(fmt, counter.wrap(rows(client)), columns, out, excel)
    except BrokenPipeError:
        # the reader went away (`| head`): stop quietly, as other command-line tools do
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(EXIT_OK)
    except OSError as exc:
        _fail(f"cannot write {output or 'stdout'}: {exc.strerror or exc}", EXIT_API)


def _write(
    fmt: str, stream: Iterator[dict[str, Any]], columns: Sequence[str], out: Any, excel: bool
) -> None:
    if fmt == "csv":
        write_csv(stream, columns, out, bom=excel)
    elif fmt == "jsonl":
        write_jsonl(stream, out)
    elif fmt == "json":
        write_json_array(stream, out)
    elif fmt == "xlsx":
        write_xlsx(stream, columns, out)
    else:
        everything = list(stream)  # a table needs every width first: it is for people
        if everything:
            out.write(table(everything, columns) + "\n")


def _export_options(f: Callable[..., T]) -> Callable[..., T]:
    f = click.option(
        "--excel",
        is_flag=True,
        help="CSV for Excel: start with a UTF-8 byte order mark (Korean Excel then reads it).",
    )(f)
    f = click.option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write to FILE atomically (complete, or the old file untouched) instead of stdout.",
    )(f)
    f = click.option(
        "--progress/--no-progress",
        default=None,
        help="A progress bar on a terminal, else a summary line on stderr; --no-progress: none.",
    )(f)
    return click.option(
        "--format",
        "fmt",
        type=EXPORT_FORMATS,
        default="table",
        show_default=True,
        help="Output format (xlsx needs --output FILE or a redirect).",
    )(f)


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
    profile file (IAMPORT_CONFIG, default ~/.config/iamport/config.toml, mode 600) with
    [NAME] sections holding api_key, api_secret and optionally base_url. Never on the
    command line. With none of them and a loopback IAMPORT_BASE_URL (a sandbox), the
    public test pair is used. Money is printed exactly; times in Korean time (+09:00).
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
    _validated(lambda: _calls.find_by_imp_uid(imp_uid))
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
    _validated(lambda: _calls.find_by_merchant_uid(merchant_uid, status))
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
@click.option(
    "--to", type=MomentType(end_of_day=True), help="End (a date is 23:59:59 KST; default now)."
)
@click.option(
    "--sorting",
    type=click.Choice(["-started", "started", "-paid", "paid", "-updated", "updated"]),
    help="Server-side order (default -started).",
)
@click.option("--page-size", type=click.IntRange(1, 1000), default=100, show_default=True)
@click.option(
    "--concurrency",
    type=click.IntRange(1, 32),
    help="Pages fetched at once (passed to the library's iter_by_status when it supports it).",
)
@_export_options
@click.pass_context
def payments_list(
    ctx: click.Context,
    /,
    status: Any,
    from_: int | None,
    to: int | None,
    sorting: Any,
    page_size: int,
    concurrency: int | None,
    **options: Any,
) -> None:
    """List every payment in a window, fetching all pages.

    A window longer than the service's 90 days is cut into 90-day windows whose results are
    merged in order.
    """
    if from_ is not None and to is None:
        to = int(_time.time())
    if from_ is not None and to is not None and to < from_:
        _fail("--to is before --from", EXIT_USAGE)
    newest_first = sorting is None or str(sorting).startswith("-")
    spans: list[tuple[int | None, int | None]] = (
        list(windows(from_, to, newest_first))
        if from_ is not None and to is not None
        else [(from_, to)]
    )

    def rows(client: Iamporter) -> Iterator[dict[str, Any]]:
        for start, end in spans:
            if concurrency is not None:
                walker = client.payments.iter_by_status
                if accepts(walker, "concurrency"):
                    extra: dict[str, Any] = {"concurrency": concurrency}
                    for item in walker(
                        status, from_=start, to=end, sorting=sorting, limit=page_size, **extra
                    ):
                        yield item.to_dict()
                    continue
                click.echo(
                    "iamport: warning: this iamport-client fetches pages one at a time "
                    "(--concurrency ignored)",
                    err=True,
                )

            def fetch(page: int, start: int | None = start, end: int | None = end) -> Any:
                return _response(
                    client.find_all_by_status(
                        status, page=page, limit=page_size, from_=start, to=end, sorting=sorting
                    )
                )

            yield from walk(fetch, "imp_uid")

    _export(ctx, rows, PAYMENT_COLUMNS, options, "payments")


def _refund_entry(before: Mapping[str, Any], after: Mapping[str, Any]) -> Mapping[str, Any]:
    """The cancel_history entry this refund added, by the answer: the newest one."""
    history = [h for h in after.get("cancel_history") or [] if isinstance(h, Mapping)]
    if not history:
        return {}
    known = len(before.get("cancel_history") or [])
    added = history[known:] if len(history) > known else history[-1:]

    def when(entry: Mapping[str, Any]) -> int:
        at = entry.get("cancelled_at")
        return at if isinstance(at, int) and not isinstance(at, bool) else 0

    return max(added, key=when)


@payments.command("cancel")
@click.argument("imp_uid")
@click.option("--amount", type=AmountType(), help="Refund this much (default: all that is left).")
@click.option("--reason", help="Why (shown to the buyer by some gateways).")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@click.option("--dry-run", is_flag=True, help="Show the request that would be sent; send nothing.")
@_format_option
@click.pass_context
def payments_cancel(
    ctx: click.Context,
    imp_uid: str,
    amount: Decimal | None,
    reason: str | None,
    yes: bool,
    dry_run: bool,
    fmt: str,
) -> None:
    """Cancel (refund) the payment IMP_UID, fully or by --amount.

    The balance still refundable is read first and sent as the cancel's checksum: if anyone
    refunds this payment in between, the service refuses instead of refunding twice.
    """
    _validated(lambda: _calls.cancel_by_imp_uid(imp_uid, amount=amount, reason=reason))
    with _client(ctx) as client:
        before = _response(client.find_by_imp_uid(imp_uid))
        currency = str(before.get("currency") or "KRW")
        try:
            paid = money(before.get("amount", 0))
            left = paid - money(before.get("cancel_amount", 0))
        except TypeError:
            _fail("the service sent an amount that is no amount: nothing was sent", EXIT_API)
        if amount is not None:
            _check_minor_units(amount, currency)
            if amount > left:
                _fail(
                    f"{money_text(amount)} {currency} is more than the {money_text(left)} "
                    f"{currency} left to refund: nothing was sent",
                    EXIT_USAGE,
                )
        refund = amount if amount is not None else left
        call = _validated(
            lambda: _calls.cancel_by_imp_uid(
                imp_uid, amount=amount, checksum=left, reason=reason, currency=currency
            )
        )
        if dry_run:
            click.echo(f"{call.request['method'].upper()} {client.base_url}{call.request['url']}")
            click.echo(to_json(call.request.get("json") or {}))
            click.echo("dry run: nothing was sent", err=True)
            return
        if not yes:
            question = (
                f"Refund {money_text(refund)} {currency} of payment {imp_uid} "
                f"(order {before.get('merchant_uid')}, {before.get('status')}, "
                f"paid {money_text(paid)} {currency}, {money_text(left)} {currency} "
                "not yet refunded)?"
            )
            try:
                agreed = click.confirm(message(question), default=False, err=True)
            except click.Abort:
                click.echo("", err=True)
                _fail("no answer at the prompt: nothing was sent", EXIT_DECLINED)
            if not agreed:
                _fail("not cancelled", EXIT_DECLINED)
        after = _response(
            client.cancel_by_imp_uid(
                imp_uid, amount=amount, checksum=left, reason=reason, currency=currency
            )
        )
    if fmt != "table":
        click.echo(render([after], PAYMENT_COLUMNS, fmt, single=True))
        return
    entry = _refund_entry(before, after)
    refunded: object = entry.get("amount")
    if refunded is None:
        try:
            refunded = money(after.get("cancel_amount", 0)) - money(before.get("cancel_amount", 0))
        except TypeError:
            refunded = None
    try:
        remaining: object = money(after.get("amount", 0)) - money(after.get("cancel_amount", 0))
    except TypeError:
        remaining = None
    summary = {
        "refunded": f"{money_text(refunded)} {after.get('currency') or currency}",
        "imp_uid": after.get("imp_uid"),
        "merchant_uid": after.get("merchant_uid"),
        "status": after.get("status"),
        "amount": after.get("amount"),
        "cancel_amount": after.get("cancel_amount"),
        "remaining": remaining,
        "reason": entry.get("reason"),
        "cancelled_at": entry.get("cancelled_at") or after.get("cancelled_at"),
        "receipt_url": entry.get("receipt_url"),
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
    _validated(lambda: _calls.get_subscription(customer_uid))
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
    _validated(lambda: _calls.get_schedule(merchant_uid))
    _show(ctx, lambda client: client.get_schedule(merchant_uid), SCHEDULE_COLUMNS, fmt)


@schedules.command("list")
@click.option("--from", "from_", type=MomentType(), required=True, help="Start of schedule_at.")
@click.option("--to", type=MomentType(end_of_day=True), required=True, help="End of schedule_at.")
@click.option("--customer-uid", help="Only this billing key's schedules.")
@click.option("--status", type=click.Choice(["scheduled", "executed", "revoked"]))
@_export_options
@click.pass_context
def schedules_list(
    ctx: click.Context,
    /,
    from_: int,
    to: int,
    customer_uid: str | None,
    status: Any,
    **options: Any,
) -> None:
    """List the schedules due in a window (at most about three months), all pages."""

    def rows(client: Iamporter) -> Iterator[dict[str, Any]]:
        def fetch(page: int) -> Any:
            return _response(
                client.find_schedules(
                    from_=from_, to=to + 1, customer_uid=customer_uid, status=status, page=page
                )
            )

        yield from walk(fetch, "merchant_uid")

    _export(ctx, rows, SCHEDULE_COLUMNS, options, "schedules")


@cli.command()
@click.pass_context
def token(ctx: click.Context) -> None:
    """Check the credentials by getting an access token (prints nothing secret)."""
    with _client(ctx) as client:
        issued = client.get_token().data
        url = client.base_url
    click.echo(f"credentials accepted by {url} (from {ctx.obj['source']})")
    click.echo(f"token valid for {issued.lifetime} s, until {timestamp(issued.expired_at)}")


@cli.command(
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
    add_help_option=False,
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def sandbox(args: tuple[str, ...]) -> None:
    """Start a local sandbox and print its URL (needs the sandbox extra; Ctrl-C stops it).

    Takes every option of iamport-sandbox (--port, --webhook-url, --merchant-code, ...;
    see iamport sandbox --help). Its credentials are the public test pair; point the client
    at it with IAMPORT_BASE_URL.
    """
    from iamport_sandbox.__main__ import main as sandbox_main

    sys.exit(sandbox_main(list(args), prog="iamport sandbox"))


cli.add_command(listen)
cli.add_command(trigger)


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
