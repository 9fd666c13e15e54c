"""Exports: page walking that always ends, 90-day windows, progress, atomic files."""

from __future__ import annotations

import contextlib
import inspect
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import click

#: The longest window the service answers for payment lists (``from`` .. ``to``).
MAX_WINDOW_SECONDS = 90 * 86400


class PagingError(Exception):
    """The service's pages do not add up (a page repeated, more pages than it announced)."""


def windows(start: int, end: int, newest_first: bool) -> list[tuple[int, int]]:
    """``[start, end]`` (inclusive unix seconds) cut into windows of at most 90 days.

    The pieces do not overlap and leave no second out; newest first when the listing is.
    """
    pieces = []
    low = start
    while True:
        high = min(end, low + MAX_WINDOW_SECONDS)
        pieces.append((low, high))
        if high >= end:
            break
        low = high + 1
    return pieces[::-1] if newest_first else pieces


def walk(fetch: Callable[[int], Mapping[str, Any]], key: str) -> Iterator[dict[str, Any]]:
    """Every record of a paged lookup (``{total, next, list}``), one page in memory at a time.

    Ends when the service says there is no next page, when it has handed out the ``total`` it
    announced on the first page, or raises :class:`PagingError` when a page repeats the one
    before or the pages run past what ``total`` allows: an export never loops forever.
    """
    page = 1
    seen = 0
    previous: tuple[Any, ...] | None = None
    announced: int | None = None
    while True:
        body = fetch(page)
        items = body.get("list") or []
        if not isinstance(items, list):
            raise PagingError(f"page {page} holds no list")
        ids = tuple(item.get(key) if isinstance(item, dict) else None for item in items)
        if items and ids == previous:
            raise PagingError(f"the service sent page {page} twice; stopped after {seen} records")
        previous = ids
        total = body.get("total")
        if announced is None and isinstance(total, int) and not isinstance(total, bool):
            announced = max(total, 0)
        for item in items:
            if isinstance(item, dict):
                yield item
        seen += len(items)
        following = body.get("next")
        if not items or not isinstance(following, int) or following <= page:
            return
        if announced is not None and seen >= announced:
            return  # everything announced has come: a further "next" would only repeat
        page = following


def accepts(method: Callable[..., Any], name: str) -> bool:
    """Whether ``method`` takes the keyword argument ``name``."""
    try:
        parameters = inspect.signature(method).parameters
    except (TypeError, ValueError):
        return False
    return name in parameters or any(
        p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()
    )


class Progress:
    """A progress bar on a terminal (rich), else one summary line at the end; or nothing."""

    def __init__(self, enabled: bool | None, label: str) -> None:
        self.label = label
        self.count = 0
        self.enabled = enabled is not False
        self.bar = self.enabled and sys.stderr.isatty()
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> Progress:
        if self.bar:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                console=Console(stderr=True),
                transient=False,
                redirect_stdout=False,  # the data goes to stdout untouched
                redirect_stderr=False,
            )
            self._progress.start()
            self._task = self._progress.add_task(self.label, total=None)
        return self

    def step(self) -> None:
        """One more record."""
        self.count += 1
        if self._progress is not None and (self.count % 50 == 0):
            self._progress.update(self._task, completed=self.count)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.update(self._task, completed=self.count, total=self.count)
            self._progress.stop()
        elif self.enabled and exc[0] is None:
            click.echo(f"{self.label}: {self.count} exported", err=True)

    def wrap(self, rows: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """``rows``, counting each."""
        for row in rows:
            self.step()
            yield row


@contextlib.contextmanager
def destination(path: str | None, binary: bool) -> Iterator[IO[Any]]:
    """Where an export goes: stdout, or ``path`` written atomically.

    A file is written beside its final name and renamed over it only when the export ended
    well; on any failure the old file (if any) is untouched and the partial one removed.
    """
    if path is None or path == "-":
        if binary:
            yield sys.stdout.buffer
            sys.stdout.buffer.flush()
        else:
            yield sys.stdout
            sys.stdout.flush()
        return
    final = Path(path)
    handle, temp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=final.parent)
    try:
        mode = "wb" if binary else "w"
        options: dict[str, Any] = {} if binary else {"encoding": "utf-8", "newline": ""}
        with os.fdopen(handle, mode, **options) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, final)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
