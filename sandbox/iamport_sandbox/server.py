"""Starting and stopping the sandbox: uvicorn in a background thread."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType

import uvicorn
from starlette.applications import Starlette

from .app import create_app
from .checkout import DEFAULT_MERCHANT_CODE
from .clock import Clock
from .counting import RequestCounter
from .faults import FaultRegistry
from .middleware import install_log_filter
from .resources import SandboxState
from .webhooks import WebhookDispatcher, WebhookRecord

DEFAULT_API_KEY = "imp_apikey"
# The vendor's public test credentials (published in its own examples; not a secret).
DEFAULT_API_SECRET = (
    "ekKoeW8RyKuT0zgaZsUtXXTLQ4AhPFW3ZGseDA6bkA5lamv9OqDMnxyeB9wqOsuO9W3Mx9YSJ4dTqJ3f"  # noqa: S105
)
TICK_INTERVAL = 0.5


class Sandbox:
    """A running (or startable) fake Iamport V1 server and handles on its internals.

    ``clock``, ``state``, ``faults`` and ``webhooks`` (the live delivery log) can be used
    directly from tests in the same process.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str = DEFAULT_API_KEY,
        api_secret: str = DEFAULT_API_SECRET,
        webhook_url: str | None = None,
        slow_card_delay: float = 3.0,
        log_level: str = "warning",
        merchant_code: str = DEFAULT_MERCHANT_CODE,
    ) -> None:
        self.host = host
        self.merchant_code = merchant_code
        self.port = port
        self.log_level = log_level
        self.clock = Clock()
        self.dispatcher = WebhookDispatcher(self.clock, webhook_url)
        self.state = SandboxState(
            self.clock,
            api_key,
            api_secret,
            notifier=self.dispatcher,
            slow_card_delay=slow_card_delay,
        )
        self.faults = FaultRegistry()
        self.counter = RequestCounter()
        self.app: Starlette = create_app(
            self.state,
            self.dispatcher,
            self.faults,
            self.counter,
            self.reset,
            merchant_code,
        )
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._ticker: threading.Thread | None = None
        self._stop_ticker = threading.Event()
        self._socket: socket.socket | None = None

    # ------------------------------------------------------------------ conveniences

    @property
    def base_url(self) -> str:
        """``http://host:port`` of the running server."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def webhooks(self) -> list[WebhookRecord]:
        """The live list of webhook delivery attempts."""
        return self.dispatcher.records

    @property
    def slow_card_delay(self) -> float:
        """Seconds the slow test card waits before completing."""
        return self.state.slow_card_delay

    @slow_card_delay.setter
    def slow_card_delay(self, value: float) -> None:
        self.state.slow_card_delay = value

    @property
    def webhook_url(self) -> str | None:
        """Default webhook URL used when a request gives no ``notice_url``."""
        return self.dispatcher.default_url

    @webhook_url.setter
    def webhook_url(self, value: str | None) -> None:
        self.dispatcher.default_url = value

    def wait_for_webhooks(self, count: int, timeout: float = 5.0) -> list[WebhookRecord]:
        """Wait until ``count`` webhook attempts are logged and return the log."""
        return self.dispatcher.wait_for(count, timeout)

    def request_count(self, method: str, path_template: str) -> int:
        """Requests seen for e.g. ``("POST", "/users/getToken")`` since the last reset."""
        return self.counter.count(method, path_template)

    def reset_counts(self) -> None:
        """Zero the request counters."""
        self.counter.reset()

    def reset(self) -> None:
        """Back to a fresh sandbox: data, tokens, webhook log, counts, faults and clock."""
        self.faults.clear()
        self.state.reset()
        self.clock.reset()
        self.dispatcher.clear()
        self.counter.reset()

    # ------------------------------------------------------------------ lifecycle

    def start(self, timeout: float = 10.0) -> Sandbox:
        """Bind, start uvicorn in a background thread and wait until it accepts connections."""
        if self._thread is not None:
            raise RuntimeError("sandbox already started")
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on accepted sockets whose
        # proto is TCP, and without it keep-alive responses stall ~40 ms (Nagle + delayed ACK).
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self.port))
        except OSError:
            sock.close()
            raise
        self._socket = sock
        self.port = int(sock.getsockname()[1])
        self.state.resume()
        self.dispatcher.open()
        config = uvicorn.Config(
            self.app,
            lifespan="off",
            access_log=False,
            log_level=self.log_level,
            timeout_keep_alive=5,
            timeout_graceful_shutdown=2,
        )
        install_log_filter()
        server = uvicorn.Server(config)
        self._server = server
        self._thread = threading.Thread(
            target=server.run,
            kwargs={"sockets": [sock]},
            name="iamport-sandbox-server",
            daemon=True,
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("iamport sandbox failed to start")
            time.sleep(0.005)
        self._stop_ticker.clear()
        self._ticker = threading.Thread(
            target=self._tick_loop, name="iamport-sandbox-ticker", daemon=True
        )
        self._ticker.start()
        return self

    def _tick_loop(self) -> None:
        while not self._stop_ticker.wait(TICK_INTERVAL):
            self.state.tick()

    def stop(self) -> None:
        """Stop the server and the background threads."""
        self._stop_ticker.set()
        self.state.shutdown()
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
        if self._ticker is not None:
            self._ticker.join(2)
        self.dispatcher.close()
        if self._socket is not None:
            self._socket.close()
        self._server = None
        self._thread = None
        self._ticker = None
        self._socket = None

    def __enter__(self) -> Sandbox:
        return self.start() if self._thread is None else self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


@contextmanager
def run_sandbox(
    port: int = 0,
    api_key: str = DEFAULT_API_KEY,
    api_secret: str = DEFAULT_API_SECRET,
    webhook_url: str | None = None,
    host: str = "127.0.0.1",
    slow_card_delay: float = 3.0,
    merchant_code: str = DEFAULT_MERCHANT_CODE,
) -> Iterator[Sandbox]:
    """Run a sandbox for the duration of a ``with`` block and yield it."""
    sandbox = Sandbox(
        host=host,
        port=port,
        api_key=api_key,
        api_secret=api_secret,
        webhook_url=webhook_url,
        slow_card_delay=slow_card_delay,
        merchant_code=merchant_code,
    )
    sandbox.start()
    try:
        yield sandbox
    finally:
        sandbox.stop()
