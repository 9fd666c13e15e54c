"""Running a sandbox command as a child process."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator, Sequence
from contextlib import contextmanager


@contextmanager
def serving(command: Sequence[str]) -> Iterator[str]:
    """Start ``command``, wait for its "listening on URL" line, yield a loopback URL, stop it."""
    proc = subprocess.Popen(
        list(command), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        match = re.fullmatch(r"iamport-sandbox listening on http://([\d.]+):(\d+)\n", line)
        assert match, line + (proc.stderr.read() if proc.stderr and proc.poll() is not None else "")
        yield f"http://127.0.0.1:{match.group(2)}"
    finally:
        proc.terminate()
        proc.wait(10)
    assert proc.returncode == 0
