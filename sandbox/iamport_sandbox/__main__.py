"""Command line: ``python -m iamport_sandbox [--host H] [--port P] ...``."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from importlib.util import find_spec
from types import FrameType
from typing import Any

EXTRA_MISSING_EXIT = 2


def missing_extra() -> list[str]:
    """The modules of the ``sandbox`` extra that are not installed."""
    return [name for name in ("starlette", "uvicorn") if find_spec(name) is None]


def _http_url(text: str) -> str:
    from .webhooks import http_url_problem

    problem = http_url_problem(text)
    if problem is not None:
        raise argparse.ArgumentTypeError(f"{text!r} {problem}")
    return text


class _Formatter(argparse.HelpFormatter):
    """``Usage:`` capitalised, as the ``iamport`` command's other help pages write it."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "Usage: " if prefix is None else prefix)


def build_parser(prog: str = "python -m iamport_sandbox") -> argparse.ArgumentParser:
    """The CLI argument parser."""
    from .checkout import DEFAULT_MERCHANT_CODE
    from .server import DEFAULT_API_KEY, DEFAULT_API_SECRET

    parser = argparse.ArgumentParser(
        prog=prog,
        description="Local fake of the Iamport V1 REST API.",
        formatter_class=_Formatter,
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--api-key", default=DEFAULT_API_KEY)
    parser.add_argument("--api-secret", default=DEFAULT_API_SECRET)
    parser.add_argument(
        "--webhook-url", default=None, type=_http_url, help="default webhook target (http or https)"
    )
    parser.add_argument("--slow-card-delay", type=float, default=3.0)
    parser.add_argument("--log-level", default="warning")
    parser.add_argument(
        "--merchant-code",
        default=DEFAULT_MERCHANT_CODE,
        help="the code IMP.init() must be given in the browser checkout",
    )
    return parser


def main(argv: Sequence[str] | None = None, prog: str = "iamport-sandbox") -> int:
    """Run the sandbox until SIGINT or SIGTERM (exit 2 when the ``sandbox`` extra is missing)."""
    missing = missing_extra()
    if missing:
        print(
            f"iamport-sandbox: {', '.join(missing)} not installed; the sandbox needs its extra:\n"
            '    pip install "iamport-client[sandbox]"',
            file=sys.stderr,
        )
        return EXTRA_MISSING_EXIT
    from .server import Sandbox

    args = build_parser(prog).parse_args(argv)
    stop = threading.Event()

    def handle(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, handle)
    signal.signal(signal.SIGTERM, handle)
    sandbox = Sandbox(
        host=args.host,
        port=args.port,
        api_key=args.api_key,
        api_secret=args.api_secret,
        webhook_url=args.webhook_url,
        slow_card_delay=args.slow_card_delay,
        log_level=args.log_level,
        merchant_code=args.merchant_code,
    )
    sandbox.start()
    try:
        print(f"iamport-sandbox listening on {sandbox.base_url}", flush=True)
        while not stop.wait(0.2):
            pass
    finally:
        sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
