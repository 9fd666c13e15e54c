"""``python -m bench [--smoke] [...]``: run every measurement in one process and report."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from bench import harness, report
from bench.server import start_server

DEFAULT_OUT = Path(__file__).resolve().parent / "results"


def _ints(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part.strip())


def _names(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def parse_args(argv: list[str] | None = None) -> tuple[harness.Config, Path, bool]:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    p.add_argument(
        "--smoke", action="store_true", help="tiny counts, 1 round: checks the harness, not speed"
    )
    p.add_argument("--rounds", type=int, help="interleaved rounds (default 3)")
    p.add_argument(
        "--calls", type=int, help="sequential timed calls per candidate per round (default 2000)"
    )
    p.add_argument("--warmup", type=int, help="sequential warm-up calls (default 200)")
    p.add_argument(
        "--conc-calls", type=int, help="calls per concurrency measurement (default 3000)"
    )
    p.add_argument("--tasks", type=int, help="concurrent async tasks (default 64)")
    p.add_argument("--threads", type=int, help="threads sharing one sync client (default 16)")
    p.add_argument(
        "--sweep", type=_ints, help="async task counts for the sweep (default 1,2,4,8,16,32,64)"
    )
    p.add_argument("--sweep-calls", type=int, help="calls per sweep point (default 1000)")
    p.add_argument(
        "--cold-runs", type=int, help="fresh processes per module for cold start (default 10)"
    )
    p.add_argument(
        "--parse-iters", type=int, help="decodes of one payment per round (default 2000)"
    )
    p.add_argument("--export-rows", type=int, help="payments the export walks (default 100000)")
    p.add_argument("--export-limit", type=int, help="payments per page in the export (default 50)")
    p.add_argument(
        "--export-concurrency", type=int, help="pages in flight in the concurrent export (16)"
    )
    p.add_argument("--export-latency", type=float, help="seconds added to each page request (0.02)")
    p.add_argument(
        "--phases",
        type=_names,
        help=f"comma list out of {','.join(harness.PHASES)} (default all)",
    )
    p.add_argument(
        "--only", type=_names, help="comma list of candidate keys (e.g. http.client,httpx,official)"
    )
    p.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where latest.json / latest.md go")
    p.add_argument(
        "--no-pin", action="store_true", help="do not pin server and client to separate cores"
    )
    args = p.parse_args(argv)

    cfg = harness.Config.smoke_config() if args.smoke else harness.Config()
    overrides: dict[str, Any] = {
        "rounds": args.rounds,
        "seq_calls": args.calls,
        "seq_warmup": args.warmup,
        "conc_calls": args.conc_calls,
        "async_tasks": args.tasks,
        "threads": args.threads,
        "sweep_levels": args.sweep,
        "sweep_calls": args.sweep_calls,
        "cold_runs": args.cold_runs,
        "parse_iters": args.parse_iters,
        "export_rows": args.export_rows,
        "export_limit": args.export_limit,
        "export_concurrency": args.export_concurrency,
        "export_latency": args.export_latency,
        "phases": args.phases,
        "only": args.only,
    }
    for name, value in overrides.items():
        if value is not None:
            setattr(cfg, name, value)
    unknown = set(cfg.phases) - set(harness.PHASES)
    if unknown:
        p.error(f"unknown phase(s): {', '.join(sorted(unknown))}")
    return cfg, args.out, args.no_pin


def main(argv: list[str] | None = None) -> int:
    cfg, out_dir, no_pin = parse_args(argv)
    server_cpu, client_cpus = (None, None) if no_pin else harness.choose_cpus()
    results: dict[str, list[harness.Series]] = {}
    needs_server = any(ph in cfg.phases for ph in ("seq", "conc", "sweep"))
    watch = harness.CpuWatch()
    server = start_server(server_cpu) if needs_server else None
    if client_cpus is not None:
        os.sched_setaffinity(0, set(client_cpus))
    try:
        if server is not None:
            if "seq" in cfg.phases:
                results["sequential"] = harness.phase_sequential(server, cfg)
            if "conc" in cfg.phases:
                results["concurrency"] = harness.phase_concurrency(server, cfg)
            if "sweep" in cfg.phases:
                results["sweep"] = harness.phase_sweep(server, cfg)
        if "cold" in cfg.phases:
            results["cold"] = harness.phase_cold(cfg)
        if "parse" in cfg.phases:
            results["parse"] = harness.phase_parse(cfg)
        if "export" in cfg.phases:
            results["export"] = harness.phase_export(cfg, server_cpu, client_cpus)
    finally:
        if server is not None:
            server.stop()
    machine = harness.machine_info(
        server_cpu if server is not None else None, client_cpus, watch.result()
    )
    print(report.text_report(results, machine, cfg))
    json_path, md_path = report.write_files(out_dir, results, machine, cfg)
    print(f"\nwrote {json_path} and {md_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
