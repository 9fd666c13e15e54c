"""The export scenario: walk 100,000 payments out of the sandbox, page by page, with latency.

:func:`phase_export` starts the sandbox in its own process (pinned to the server core), stores
the payments at once (``POST /__sandbox/payments/bulk``), arms a ``delay`` fault on the listing
so that every page request waits the simulated round trip, then runs each walk in a fresh
process (``python -m bench.export``), so that its peak memory is its own. Each walk streams the
rows (counts them and sums their amounts; no list of all rows) through
``payments.iter_by_status("all", limit=...)``:

* sequential: ``concurrency=1``;
* concurrent: ``concurrency=N`` (sync: worker threads; async: tasks, with ``max_concurrency=N``).

Reported: seconds, rows per second, peak memory growth of the walking process (VmHWM after the
walk minus VmRSS before it, with the peak reset before the walk) and the speed-up of the
concurrent walks over the sequential one, measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from decimal import Decimal
from typing import Any


def _status_mib(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def _reset_peak() -> None:
    try:  # Linux: "5" resets the peak resident set size (VmHWM) to the current one
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
    except OSError:
        pass


def walk(base_url: str, mode: str, limit: int, concurrency: int, rows: int) -> dict[str, Any]:
    """Export every payment once; return the measurements (in this process)."""
    import asyncio
    import gc

    from iamport_client import AsyncIamporter, Iamporter

    gc.collect()
    if mode == "sync":
        client = Iamporter(base_url=base_url, timeout=120.0)
        client.get_token()  # not part of the export
        _reset_peak()
        baseline = _status_mib("VmRSS")
        count, total = 0, Decimal(0)
        start = time.perf_counter()
        walk = client.payments.iter_by_status("all", limit=limit, concurrency=concurrency)
        for count, payment in enumerate(walk, 1):  # noqa: B007 - the count is the result
            total += payment.amount
        seconds = time.perf_counter() - start
        client.close()
    else:

        async def run() -> tuple[float, float, int, Decimal]:
            async with AsyncIamporter(
                base_url=base_url, timeout=120.0, max_concurrency=max(concurrency, 1)
            ) as client:
                await client.get_token()
                _reset_peak()
                baseline = _status_mib("VmRSS")
                count, total = 0, Decimal(0)
                start = time.perf_counter()
                async for payment in client.payments.iter_by_status(
                    "all", limit=limit, concurrency=concurrency
                ):
                    count += 1
                    total += payment.amount
                return baseline, time.perf_counter() - start, count, total

        baseline, seconds, count, total = asyncio.run(run())
    if count != rows:
        raise RuntimeError(f"exported {count} rows, expected {rows}")
    return {
        "seconds": seconds,
        "rows": count,
        "amount": str(total),
        "baseline_mib": baseline,
        "peak_growth_mib": max(0.0, _status_mib("VmHWM") - baseline),
    }


# ----------------------------------------------------------------------------- orchestration


@dataclass
class SandboxProcess:
    process: subprocess.Popen[str]
    base_url: str

    def admin(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        import httpx

        response = httpx.request(
            method, self.base_url + "/__sandbox" + path, json=body, timeout=600.0
        )
        response.raise_for_status()
        return response.json()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)


def start_sandbox(cpu: int | None) -> SandboxProcess:
    def pin() -> None:
        if cpu is not None:
            os.sched_setaffinity(0, {cpu})

    process = subprocess.Popen(
        [sys.executable, "-m", "iamport_sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        preexec_fn=pin if cpu is not None else None,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    if "http://" not in line:
        process.kill()
        raise RuntimeError(f"the sandbox did not start: {line!r}")
    return SandboxProcess(process, line[line.index("http://") :].strip())


def run_walk(
    base_url: str, mode: str, limit: int, concurrency: int, rows: int, cpus: list[int] | None
) -> dict[str, Any]:
    """One walk in a fresh process (its own peak memory)."""
    command = [sys.executable, "-m", "bench.export", base_url, mode, str(limit)]
    command += [str(concurrency), str(rows)]

    def pin() -> None:
        if cpus is not None:
            os.sched_setaffinity(0, set(cpus))

    proc = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
        preexec_fn=pin if cpus is not None else None,
    )
    if proc.returncode != 0:
        lines = proc.stderr.strip().splitlines()
        raise RuntimeError(lines[-1] if lines else f"exit status {proc.returncode}")
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.export", description=__doc__)
    parser.add_argument("base_url")
    parser.add_argument("mode", choices=("sync", "async"))
    parser.add_argument("limit", type=int)
    parser.add_argument("concurrency", type=int)
    parser.add_argument("rows", type=int)
    args = parser.parse_args(argv)
    result = walk(args.base_url, args.mode, args.limit, args.concurrency, args.rows)
    sys.stdout.write(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
