"""Tables for stdout and markdown, and the JSON / markdown result files."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.harness import Config, Series

Row = list[str]


def fmt_num(value: float | None) -> str:
    if value is None:
        return "—"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def fmt_ratio(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}×"


def fmt_range(s: Series) -> str:
    if not s.rounds:
        return "—"
    return f"{fmt_num(min(s.rounds))}–{fmt_num(max(s.rounds))}"


def fmt_rpc(s: Series) -> str:
    rpc = s.requests_per_call
    return "—" if rpc is None else f"{rpc:.2f}"


def _status_row(s: Series, width: int) -> Row:
    return [s.label, f"{s.status}: {s.reason}", *([""] * (width - 2))]


def render(headers: Sequence[str], rows: Sequence[Row], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
        lines += [
            "| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows
        ]
        return "\n".join(lines)
    # Plain text: a status message may be long; it is the last cell of its row: let it overflow.
    widths = [len(h) for h in headers]
    for row in rows:
        if len(row) > 1 and row[1].startswith(("unavailable:", "failed:")):
            widths[0] = max(widths[0], len(row[0]))
            continue
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))

    def line(row: Sequence[str]) -> str:
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=False)
        ]
        return "  ".join(cells).rstrip()

    out = [line(headers), "  ".join("-" * w for w in widths)]
    for row in rows:
        if len(row) > 1 and row[1].startswith(("unavailable:", "failed:")):
            out.append(row[0].ljust(widths[0]) + "  " + row[1])
        else:
            out.append(line(row))
    return "\n".join(out)


def sequential_table(series: Sequence[Series], markdown: bool) -> str:
    headers = [
        "get one payment (sequential)",
        "µs/call",
        "min–max",
        "p99 µs",
        "× bare httpx",
        "× http.client",
        "× official",
        "HTTP req/call",
    ]
    rows: list[Row] = []
    for s in series:
        if not s.ok:
            rows.append(_status_row(s, len(headers)))
            continue
        rows.append(
            [
                s.label,
                fmt_num(s.median),
                fmt_range(s),
                fmt_num(s.extra.get("p99_us")),
                fmt_ratio(s.ratios.get("httpx")),
                fmt_ratio(s.ratios.get("http.client")),
                fmt_ratio(s.ratios.get("official")),
                fmt_rpc(s),
            ]
        )
    return render(headers, rows, markdown)


def concurrency_table(series: Sequence[Series], markdown: bool) -> str:
    headers = [
        "get one payment (concurrent)",
        "mode",
        "calls/s",
        "min–max",
        "× bare httpx same mode",
        "× official",
        "HTTP req/call",
    ]
    rows: list[Row] = []
    for s in series:
        label = s.label
        if not s.ok:
            rows.append(_status_row(s, len(headers)))
            continue
        rows.append(
            [
                label,
                str(s.extra.get("mode", "")),
                fmt_num(s.median),
                fmt_range(s),
                fmt_ratio(s.ratios.get("httpx_same_mode")),
                fmt_ratio(s.ratios.get("official")),
                fmt_rpc(s),
            ]
        )
    return render(headers, rows, markdown)


def sweep_table(series: Sequence[Series], levels: Sequence[int], markdown: bool) -> str:
    headers = ["calls/s by concurrent tasks", *(str(level) for level in levels)]
    by_cand: dict[str, dict[int, Series]] = {}
    labels: dict[str, str] = {}
    for s in series:
        cand = str(s.extra["candidate"])
        by_cand.setdefault(cand, {})[int(s.extra["tasks"])] = s
        labels[cand] = s.label
    rows: list[Row] = []
    for cand, per_level in by_cand.items():
        first = next(iter(per_level.values()))
        if not first.ok:
            rows.append(_status_row(first, len(headers)))
            continue
        rows.append(
            [
                labels[cand],
                *(fmt_num(per_level[lv].median) if lv in per_level else "—" for lv in levels),
            ]
        )
    return render(headers, rows, markdown)


def cold_table(series: Sequence[Series], markdown: bool) -> str:
    headers = [
        "cold import (fresh process)",
        "ms",
        "min–max",
        "× httpx",
        "CPU ms",
        "× httpx (CPU)",
        "process wall ms",
    ]
    rows: list[Row] = []
    for s in series:
        if not s.ok:
            rows.append(_status_row(s, len(headers)))
            continue
        rows.append(
            [
                s.label,
                fmt_num(s.median),
                fmt_range(s),
                fmt_ratio(s.ratios.get("httpx")),
                fmt_num(s.extra.get("cpu_ms_median")),
                fmt_ratio(s.ratios.get("httpx_cpu")),
                fmt_num(s.extra.get("process_wall_ms_median")),
            ]
        )
    return render(headers, rows, markdown)


def parse_table(series: Sequence[Series], markdown: bool) -> str:
    headers = ["decode", "µs", "min–max", "× json.loads"]
    rows: list[Row] = []
    for s in series:
        if not s.ok:
            rows.append(_status_row(s, len(headers)))
            continue
        rows.append(
            [s.label, fmt_num(s.median), fmt_range(s), fmt_ratio(s.ratios.get("json.loads"))]
        )
    return render(headers, rows, markdown)


def machine_line(machine: dict[str, Any]) -> str:
    pkgs = machine.get("packages", {})
    versions = ", ".join(f"{k} {v}" for k, v in pkgs.items() if v)
    missing = [k for k, v in pkgs.items() if not v]
    pin = (
        f"server pinned to CPU {machine['server_cpu']}, client to {machine['client_cpus']}"
        if machine.get("server_cpu") is not None
        else "no CPU pinning"
    )
    text = (
        f"{machine['date']}; {machine['cpu_count']} CPUs "
        f"({machine.get('cpu_model') or 'unknown model'}); "
        f"{machine['implementation']} {machine['python']} on {machine['platform']}; {pin}.\n"
        f"Packages: {versions}."
    )
    if missing:
        text += f" Not installed: {', '.join(missing)}."
    share = machine.get("other_processes_cpu_share")
    if share is not None:
        text += f"\nOther processes used {share:.0%} of the machine's CPU during the run"
        load = machine.get("loadavg_1min_at_start")
        text += f" (1-min load average at start: {load:.2f})." if load is not None else "."
    return text


BUSY_WARNING_SHARE = 0.05


def busy_warning(machine: dict[str, Any]) -> str | None:
    share = machine.get("other_processes_cpu_share")
    if share is not None and share > BUSY_WARNING_SHARE:
        return (
            f"WARNING: other processes used {share:.0%} of the CPU during this run; "
            "absolute figures are inflated and noisy: rerun on a quiet machine."
        )
    return None


def config_line(cfg: Config) -> str:
    return (
        f"{cfg.rounds} round(s), interleaved; sequential {cfg.seq_calls} calls "
        f"after {cfg.seq_warmup} warm-up; concurrent {cfg.conc_calls} calls "
        f"({cfg.async_tasks} async tasks / {cfg.threads} threads); "
        f"sweep {cfg.sweep_calls} calls per point; cold start {cfg.cold_runs} processes"
        + (" — SMOKE RUN, numbers meaningless" if cfg.smoke else "")
    )


#: The project's performance goals: (phase, series key, measure, goal, "<=" or ">=", bound).
#: The measure is a ratio key of the series, or ``rows/s`` (its median) or ``MiB`` (its peak
#: memory growth); a bound of ``None`` reports the figure without a goal.
TARGETS: tuple[tuple[str, str, str, str, str, float | None], ...] = (
    ("sequential", "ours", "httpx", "sequential call vs bare httpx", "<=", 1.15),
    ("concurrency", "ours-async@64tasks", "official", "async, 64 tasks, vs official", ">=", 2.0),
    (
        "concurrency",
        "ours-async@64tasks",
        "httpx_same_mode",
        "async, 64 tasks, vs bare httpx",
        ">=",
        1.0,
    ),
    ("cold", "iamport_client", "httpx", "import iamport_client vs import httpx", "<=", 1.10),
    ("parse", "payment:models", "json.loads", "one payment into models vs json.loads", "<=", 2.5),
    ("parse", "payment_page:models", "json.loads", "1000-payment page vs json.loads", "<=", 2.5),
    ("export", "export:sync@{c}/{l}", "sequential", "export: concurrent vs sequential", ">=", 6.0),
    ("export", "export:sync@{c}/{l}", "rows/s", "export: rows per second, concurrent", ">=", None),
    ("export", "export:sync@{c}/{l}", "MiB", "export: peak memory growth, concurrent", "<=", 64.0),
    ("export", "export:async@{c}/{l}", "sequential", "export: async vs sequential", ">=", None),
    ("export", "export:async@{c}/{l}", "MiB", "export: peak memory growth, async", "<=", 64.0),
    (
        "export",
        "export:sync@{bc}/{bl}",
        "sequential",
        "export, big pages: vs sequential",
        ">=",
        None,
    ),
    ("export", "export:sync@{bc}/{bl}", "rows/s", "export, big pages: rows per second", ">=", None),
    ("export", "export:sync@{bc}/{bl}", "MiB", "export, big pages: peak memory growth", "<=", 64.0),
)


def _measure(series: Series | None, measure: str) -> float | None:
    if series is None or not series.ok:
        return None
    if measure == "rows/s":
        return series.median
    if measure == "MiB":
        value = series.extra.get("peak_growth_mib")
        return float(value) if value is not None else None
    return series.ratios.get(measure)


def _shown(value: float | None, measure: str) -> str:
    if measure == "rows/s":
        return "—" if value is None else f"{fmt_num(value)} rows/s"
    if measure == "MiB":
        return "—" if value is None else f"{value:.1f} MiB"
    return fmt_ratio(value)


def targets_table(results: dict[str, Any], markdown: bool, cfg: Config | None = None) -> str:
    """Each goal with its measured value, its bound and whether this run met it."""
    headers = ["goal", "measured", "target", "met"]
    rows: list[Row] = []
    names = (
        {
            "c": cfg.export_concurrency,
            "l": cfg.export_limit,
            "bc": cfg.export_big_concurrency,
            "bl": cfg.export_big_limit,
        }
        if cfg is not None
        else {}
    )
    for phase, key, measure, goal, op, bound in TARGETS:
        series = {s.key: s for s in results.get(phase, [])}.get(key.format_map(names))
        value = _measure(series, measure)
        if bound is None:
            met, target = ("reported" if value is not None else "not measured"), "—"
        elif value is None:
            met, target = "not measured", ""
        else:
            met = "yes" if (value <= bound if op == "<=" else value >= bound) else "NO"
        if bound is not None:
            target = f"{op} {_shown(bound, measure)}"
        rows.append([goal, _shown(value, measure), target, met])
    return render(headers, rows, markdown)


def export_table(series: Sequence[Series], markdown: bool) -> str:
    headers = ["export walk", "payments/page", "seconds", "rows/s", "× sequential", "peak MiB"]
    rows: list[Row] = []
    for s in series:
        if not s.ok:
            rows.append(_status_row(s, len(headers)))
            continue
        seconds = s.extra.get("seconds") or []
        rows.append(
            [
                s.label,
                str(s.extra.get("limit", "")),
                fmt_num(min(seconds)) if seconds else "—",
                fmt_num(s.median),
                fmt_ratio(s.ratios.get("sequential")),
                f"{float(s.extra.get('peak_growth_mib', 0.0)):.1f}",
            ]
        )
    return render(headers, rows, markdown)


def build_sections(results: dict[str, Any], cfg: Config, markdown: bool) -> list[tuple[str, str]]:
    sections: list[tuple[str, str]] = [("Targets", targets_table(results, markdown, cfg))]
    if "sequential" in results:
        sections.append(
            (
                "Sequential latency (lower is better)",
                sequential_table(results["sequential"], markdown),
            )
        )
    if "concurrency" in results:
        sections.append(
            ("Concurrency (higher is better)", concurrency_table(results["concurrency"], markdown))
        )
    if "sweep" in results:
        sections.append(
            (
                "Async scaling sweep (calls/s, higher is better)",
                sweep_table(results["sweep"], cfg.sweep_levels, markdown),
            )
        )
    if "cold" in results:
        sections.append(("Cold start (lower is better)", cold_table(results["cold"], markdown)))
    if "parse" in results:
        sections.append(("Parsing (lower is better)", parse_table(results["parse"], markdown)))
    if "export" in results:
        sections.append(
            (
                f"Export of {cfg.export_rows:,} payments, {cfg.export_latency * 1000:g} ms "
                "added to each page request (rows/s, higher is better; big pages: "
                f"{cfg.export_big_limit} a page)",
                export_table(results["export"], markdown),
            )
        )
    return sections


def text_report(results: dict[str, Any], machine: dict[str, Any], cfg: Config) -> str:
    parts = [machine_line(machine), config_line(cfg)]
    if not machine.get("packages", {}).get("sniffio") and machine.get("packages", {}).get("httpx"):
        parts.append(
            "WARNING: sniffio is not installed; async httpx figures are depressed "
            "(see bench/README.md)."
        )
    if warning := busy_warning(machine):
        parts.append(warning)
    for title, table in build_sections(results, cfg, markdown=False):
        parts += ["", f"== {title}", table]
    return "\n".join(parts)


def markdown_report(results: dict[str, Any], machine: dict[str, Any], cfg: Config) -> str:
    parts = [
        "<!-- generated by `python -m bench`; do not edit by hand -->",
        "## Benchmark results",
        "",
        machine_line(machine).replace("\n", "  \n"),
        "",
        *([w, ""] if (w := busy_warning(machine)) else []),
        config_line(cfg)
        + ". Medians of the rounds; ratios are taken within each round, then the median.",
    ]
    for title, table in build_sections(results, cfg, markdown=True):
        parts += ["", f"### {title}", "", table]
    return "\n".join(parts) + "\n"


def write_files(
    out_dir: Path, results: dict[str, Any], machine: dict[str, Any], cfg: Config
) -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    payload: dict[str, Any] = {
        "schema": 1,
        "machine": machine,
        "config": {k: (list(v) if isinstance(v, tuple) else v) for k, v in vars(cfg).items()},
    }
    for key, value in results.items():
        payload[key] = [s.to_json() for s in value]
    json_path = out_dir / "latest.json"
    md_path = out_dir / "latest.md"
    json_path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    md_path.write_text(markdown_report(results, machine, cfg), encoding="utf-8")
    return json_path, md_path
