"""Counting API requests per (method, path template)."""

from __future__ import annotations

import threading
from collections import Counter


class RequestCounter:
    """Thread-safe request counts keyed by method and route template."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: Counter[tuple[str, str]] = Counter()

    def hit(self, method: str, template: str) -> None:
        """Record one request."""
        with self._lock:
            self._counts[(method.upper(), template)] += 1

    def count(self, method: str, template: str) -> int:
        """Requests seen for ``method`` and ``template`` (e.g. ``/payments/{imp_uid}``)."""
        with self._lock:
            return self._counts[(method.upper(), template)]

    def total(self) -> int:
        """All counted requests."""
        with self._lock:
            return sum(self._counts.values())

    def snapshot(self) -> dict[str, int]:
        """Counts keyed ``"METHOD /template"``."""
        with self._lock:
            return {f"{m} {t}": n for (m, t), n in sorted(self._counts.items())}

    def reset(self) -> None:
        """Start counting from zero."""
        with self._lock:
            self._counts.clear()
