"""`make demo` keeps working: run the demo script and read its trail."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DEMO = Path(__file__).resolve().parents[1] / "examples" / "demo.py"


def test_demo_runs_the_seed_stories_end_to_end() -> None:
    proc = subprocess.run(
        [sys.executable, str(DEMO)], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for step in (
        "billing key issued",
        "charged the billing key",
        "webhook received",
        "verified against the order",
        "next month scheduled",
        "PaymentFailedError",
        "partial refund",
        "deposit arrived (webhook)",
        "schedule revoked",
        "billing key deleted",
        "sandbox stopped",
    ):
        assert step in out, step
    assert "token requests for the whole run   1" in out
