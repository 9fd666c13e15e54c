"""Webhook delivery from a background worker thread, with a log of every attempt."""

from __future__ import annotations

import json
import logging
import queue
import re
import threading
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from .clock import Clock

WebhookRecord = dict[str, Any]
RESPONSE_LIMIT = 2000
logger = logging.getLogger("iamport_sandbox")
_UNSAFE_URL_CHARACTER = re.compile(r"[\s\x00-\x1f\x7f-\x9f]")


def http_url_problem(url: object) -> str | None:
    """Why ``url`` is no absolute http(s) URL a request may be sent or redirected to, or None.

    Refuses other schemes (``javascript:``, ``data:``, ``file:``...), whitespace and control
    characters anywhere (``http.client`` would raise ``InvalidURL``), a missing host and a
    malformed port.
    """
    if not isinstance(url, str) or not url:
        return "must be a non-empty string"
    if _UNSAFE_URL_CHARACTER.search(url):
        return "must not contain spaces or control characters"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError:
        return "is not a valid URL"
    if parts.scheme.lower() not in ("http", "https"):
        return "must be an http or https URL"
    if not parts.hostname:
        return "must name a host"
    return None


def _text(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


class WebhookDispatcher:
    """Queues ``POST {imp_uid, merchant_uid, status}`` notifications and sends them.

    Each attempt (one per URL, no retries) is appended to :attr:`records` as
    ``{"url", "body", "status_code", "error", "response", "at"}`` where ``at`` is sandbox time.
    """

    def __init__(self, clock: Clock, default_url: str | None = None, timeout: float = 10.0) -> None:
        self.clock = clock
        self.default_url = default_url
        self.timeout = timeout
        self.records: list[WebhookRecord] = []
        self._cond = threading.Condition()
        self._queue: queue.Queue[tuple[int, str, dict[str, str]] | None] = queue.Queue()
        self._generation = 0  # bumped by clear(): older queued deliveries are not logged
        self._thread: threading.Thread | None = None
        self._closed = False
        # Never route webhooks through an HTTP proxy from the environment.
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def notify(self, urls: Sequence[str], body: Mapping[str, str]) -> None:
        """Queue a delivery to ``urls``, or to the default URL when ``urls`` is empty."""
        targets = list(urls) or ([self.default_url] if self.default_url else [])
        if not targets:
            return
        with self._cond:
            if self._closed:
                return
            generation = self._generation
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="iamport-sandbox-webhooks", daemon=True
                )
                self._thread.start()
        for url in targets:
            self._queue.put((generation, url, dict(body)))

    def wait_for(self, count: int, timeout: float = 5.0) -> list[WebhookRecord]:
        """Block until at least ``count`` attempts are recorded; raise ``TimeoutError``."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self.records) >= count, timeout):
                raise TimeoutError(
                    f"expected {count} webhook deliveries, got {len(self.records)} in {timeout}s"
                )
            return list(self.records)

    def snapshot(self) -> list[WebhookRecord]:
        """A copy of the delivery log."""
        with self._cond:
            return list(self.records)

    def clear(self) -> None:
        """Forget the delivery log; deliveries queued earlier still happen but are not logged."""
        with self._cond:
            self._generation += 1
            self.records.clear()

    def open(self) -> None:
        """Accept deliveries again after :meth:`close`."""
        with self._cond:
            self._closed = False

    def close(self, timeout: float = 2.0) -> None:
        """Stop the worker after the deliveries already queued."""
        with self._cond:
            self._closed = True
            thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(None)
            thread.join(timeout)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            generation, url, body = item
            try:
                record = self._deliver(url, body)
            except Exception as exc:  # one bad delivery never stops the rest
                logger.exception("webhook delivery to %r failed", url)
                record = {
                    "url": url,
                    "body": body,
                    "status_code": None,
                    "error": f"{type(exc).__name__}: {exc}",
                    "response": None,
                    "at": self.clock.now(),
                }
            with self._cond:
                if generation == self._generation:
                    self.records.append(record)
                    self._cond.notify_all()

    def _deliver(self, url: str, body: dict[str, str]) -> WebhookRecord:
        record: WebhookRecord = {
            "url": url,
            "body": body,
            "status_code": None,
            "error": None,
            "response": None,  # the receiver's answer, its first RESPONSE_LIMIT characters
            "at": self.clock.now(),
        }
        problem = http_url_problem(url)
        if problem is not None:
            record["error"] = f"ValueError: webhook URL {problem}"
            return record
        request = urllib.request.Request(  # noqa: S310 - scheme checked above
            url,
            data=json.dumps(body, ensure_ascii=False).encode("utf-8"),
            headers={"Content-Type": "application/json", "User-Agent": "iamport-sandbox-webhook"},
            method="POST",
        )
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                record["status_code"] = response.status
                record["response"] = _text(response.read(RESPONSE_LIMIT))
        except urllib.error.HTTPError as exc:
            record["status_code"] = exc.code
            record["response"] = _text(exc.read(RESPONSE_LIMIT))
        except Exception as exc:  # InvalidURL, OSError, ValueError...: logged
            record["error"] = f"{type(exc).__name__}: {exc}"
        return record
