"""The measurements. Everything runs in one process against one server, interleaved.

Each phase goes round by round; inside a round every candidate runs once, in an order rotated
from round to round, so slow drift of the machine hits all candidates alike. Values are kept per
round; reports give the median of the rounds, their min-max, and ratios computed round by round
(candidate / reference in the same round) and then taken as a median.
"""

from __future__ import annotations

import asyncio
import gc
import itertools
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Final, TypeVar

from bench import candidates as cands
from bench import coldstart, fixtures
from bench.server import COUNT_KINDS, ServerHandle

T = TypeVar("T")

PHASES: Final = ("seq", "conc", "sweep", "cold", "parse", "export")


@dataclass
class Config:
    rounds: int = 3
    seq_calls: int = 2000
    seq_warmup: int = 200
    conc_calls: int = 3000
    conc_warmup: int = 300
    async_tasks: int = 64
    threads: int = 16
    sweep_levels: tuple[int, ...] = (1, 2, 4, 8, 16, 32, 64)
    sweep_calls: int = 1000
    sweep_warmup_min: int = 50  # warm-up calls per sweep point: max(2 * tasks, this)
    cold_runs: int = 10
    parse_iters: int = 2000
    parse_page_iters: int = 20
    page_size: int = 1000
    export_rows: int = 100_000
    export_latency: float = 0.020  # seconds added to every page request by the sandbox
    export_limit: int = 50  # payments per page (the service's default is 20, its most 1000)
    export_concurrency: int = 16  # pages in flight for the concurrent walks
    export_big_limit: int = 1000  # the same export in the largest pages the service serves,
    export_big_concurrency: int = 4  # with the default concurrency
    phases: tuple[str, ...] = PHASES
    only: tuple[str, ...] = ()  # candidate keys; empty = all
    smoke: bool = False

    @classmethod
    def smoke_config(cls) -> Config:
        return cls(
            rounds=1,
            seq_calls=20,
            seq_warmup=5,
            conc_calls=128,
            conc_warmup=64,
            sweep_calls=64,
            sweep_warmup_min=0,
            cold_runs=2,
            parse_iters=20,
            parse_page_iters=2,
            export_rows=240,
            export_latency=0.005,
            export_limit=20,
            export_concurrency=4,
            export_big_limit=60,
            export_big_concurrency=2,
            smoke=True,
        )


@dataclass
class Series:
    """One candidate in one measurement, value per round."""

    key: str
    label: str
    unit: str
    status: str = "ok"  # ok | unavailable | failed
    reason: str = ""
    rounds: list[float] = field(default_factory=list)
    requests: dict[str, int] = field(default_factory=dict)
    calls: int = 0
    ratios: dict[str, float] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "ok" and bool(self.rounds)

    @property
    def median(self) -> float | None:
        return statistics.median(self.rounds) if self.rounds else None

    @property
    def requests_per_call(self) -> float | None:
        if not self.calls:
            return None
        return sum(self.requests.get(k, 0) for k in COUNT_KINDS) / self.calls

    def add_counts(self, counts: dict[str, int], calls: int) -> None:
        for key, value in counts.items():
            self.requests[key] = self.requests.get(key, 0) + value
        self.calls += calls

    def mark(self, exc: BaseException) -> None:
        if isinstance(exc, cands.CandidateUnavailable):
            self.status, self.reason = "unavailable", str(exc)
        else:
            self.status, self.reason = "failed", f"{type(exc).__name__}: {exc}"
        self.rounds.clear()

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["median"] = self.median
        data["min"] = min(self.rounds) if self.rounds else None
        data["max"] = max(self.rounds) if self.rounds else None
        data["requests_per_call"] = self.requests_per_call
        return data


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _rotate(items: Sequence[T], n: int) -> list[T]:
    if not items:
        return []
    n %= len(items)
    return [*items[n:], *items[:n]]


def _check_payment(payment: Any) -> None:
    """The candidate must return the decoded payment (a dict or a model object)."""

    def get(name: str) -> Any:
        if isinstance(payment, dict):
            return payment.get(name)
        return getattr(payment, name, None)

    imp_uid, amount = get("imp_uid"), get("amount")
    if imp_uid != fixtures.IMP_UID or amount != fixtures.AMOUNT:
        raise RuntimeError(f"unexpected payment returned: imp_uid={imp_uid!r} amount={amount!r}")


def _selected(key: str, cfg: Config) -> bool:
    return not cfg.only or key in cfg.only


def _round_ratios(series: Series, ref: Series | None) -> float | None:
    if ref is None or not series.ok or not ref.ok:
        return None
    pairs = [a / b for a, b in zip(series.rounds, ref.rounds, strict=False) if b]
    return statistics.median(pairs) if pairs else None


def _set_ratio(series: Series, name: str, ref: Series | None) -> None:
    value = _round_ratios(series, ref)
    if value is not None:
        series.ratios[name] = value


# ------------------------------------------------------------------------ 1. sequential


@dataclass
class _SeqRound:
    us_per_call: float
    samples_ns: list[int]
    counts: dict[str, int]


def _seq_sync_round(cand: cands.SyncCandidate, server: ServerHandle, cfg: Config) -> _SeqRound:
    call = cand.factory(server.base_url)
    try:
        uid = fixtures.IMP_UID
        result: Any = None
        for _ in range(cfg.seq_warmup):
            result = call(uid)
        _check_payment(result if cfg.seq_warmup else call(uid))
        gc.collect()
        server.reset_counts()
        clock = time.perf_counter_ns
        samples: list[int] = []
        append = samples.append
        start = clock()
        for _ in range(cfg.seq_calls):
            t0 = clock()
            call(uid)
            append(clock() - t0)
        total = clock() - start
        counts = server.counts()
    finally:
        call.close()
    return _SeqRound(total / cfg.seq_calls / 1000, samples, counts)


async def _seq_async_round(
    cand: cands.AsyncCandidate, server: ServerHandle, cfg: Config
) -> _SeqRound:
    call = await cand.factory(server.base_url)
    try:
        uid = fixtures.IMP_UID
        result: Any = None
        for _ in range(cfg.seq_warmup):
            result = await call(uid)
        _check_payment(result if cfg.seq_warmup else await call(uid))
        gc.collect()
        server.reset_counts()
        clock = time.perf_counter_ns
        samples: list[int] = []
        append = samples.append
        start = clock()
        for _ in range(cfg.seq_calls):
            t0 = clock()
            await call(uid)
            append(clock() - t0)
        total = clock() - start
        counts = server.counts()
    finally:
        await call.aclose()
    return _SeqRound(total / cfg.seq_calls / 1000, samples, counts)


def _percentile(sorted_values: Sequence[int], q: float) -> float:
    idx = min(len(sorted_values) - 1, max(0, round(q * (len(sorted_values) - 1))))
    return float(sorted_values[idx])


def phase_sequential(server: ServerHandle, cfg: Config) -> list[Series]:
    everything: list[cands.SyncCandidate | cands.AsyncCandidate] = [
        *cands.SYNC_CANDIDATES,
        *cands.ASYNC_CANDIDATES,
    ]
    entries = [c for c in everything if _selected(c.key, cfg)]
    series = {c.key: Series(c.key, c.label, "µs/call") for c in entries}
    samples: dict[str, list[int]] = {c.key: [] for c in entries}
    for rnd in range(cfg.rounds):
        for cand in _rotate(entries, rnd):
            s = series[cand.key]
            if s.status != "ok":
                continue
            try:
                if isinstance(cand, cands.SyncCandidate):
                    res = _seq_sync_round(cand, server, cfg)
                else:
                    res = asyncio.run(_seq_async_round(cand, server, cfg))
            except Exception as exc:
                s.mark(exc)
                _log(f"[seq] {cand.key}: {s.status}: {s.reason}")
                continue
            s.rounds.append(res.us_per_call)
            s.add_counts(res.counts, cfg.seq_calls)
            samples[cand.key].extend(res.samples_ns)
            _log(f"[seq {rnd + 1}/{cfg.rounds}] {cand.key}: {res.us_per_call:.1f} µs/call")
    for key, s in series.items():
        if s.ok:
            ordered = sorted(samples[key])
            s.extra["p50_us"] = _percentile(ordered, 0.50) / 1000
            s.extra["p99_us"] = _percentile(ordered, 0.99) / 1000
    by_key = {s.key: s for s in series.values()}
    for s in series.values():
        _set_ratio(s, "httpx", by_key.get("httpx"))
        _set_ratio(s, "http.client", by_key.get("http.client"))
        _set_ratio(s, "official", by_key.get("official"))
    return list(series.values())


# ------------------------------------------------------------------------ 3. concurrency


async def _async_workers(call: cands.AsyncCall, total: int, tasks: int) -> float:
    remaining = total
    uid = fixtures.IMP_UID

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await call(uid)

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(tasks)))
    return time.perf_counter() - start


async def _async_conc_round(
    cand: cands.AsyncCandidate, server: ServerHandle, tasks: int, calls: int, warmup: int
) -> tuple[float, dict[str, int]]:
    call = await cand.factory(server.base_url)
    try:
        _check_payment(await call(fixtures.IMP_UID))
        await _async_workers(call, max(warmup, tasks), tasks)
        gc.collect()
        server.reset_counts()
        elapsed = await _async_workers(call, calls, tasks)
        counts = server.counts()
    finally:
        await call.aclose()
    return calls / elapsed, counts


def _thread_workers(call: cands.SyncCall, total: int, threads: int) -> float:
    counter = itertools.count()  # next() on a count is atomic under the GIL
    uid = fixtures.IMP_UID

    def worker() -> None:
        while next(counter) < total:
            call(uid)

    with ThreadPoolExecutor(max_workers=threads) as pool:
        start = time.perf_counter()
        futures = [pool.submit(worker) for _ in range(threads)]
        for fut in futures:
            fut.result()
        return time.perf_counter() - start


def _thread_conc_round(
    cand: cands.SyncCandidate, server: ServerHandle, threads: int, calls: int, warmup: int
) -> tuple[float, dict[str, int]]:
    call = cand.factory(server.base_url)
    try:
        _check_payment(call(fixtures.IMP_UID))
        _thread_workers(call, max(warmup, threads), threads)
        gc.collect()
        server.reset_counts()
        elapsed = _thread_workers(call, calls, threads)
        counts = server.counts()
    finally:
        call.close()
    return calls / elapsed, counts


def phase_concurrency(server: ServerHandle, cfg: Config) -> list[Series]:
    entries: list[tuple[str, cands.SyncCandidate | cands.AsyncCandidate]] = []
    for a in cands.ASYNC_CANDIDATES:
        if _selected(a.key, cfg):
            entries.append((f"{a.key}@{cfg.async_tasks}tasks", a))
    for c in cands.SYNC_CANDIDATES:
        if c.thread_safe and _selected(c.key, cfg):
            entries.append((f"{c.key}@{cfg.threads}threads", c))
    series: dict[str, Series] = {}
    for key, cand in entries:
        mode = (
            f"{cfg.async_tasks} tasks"
            if isinstance(cand, cands.AsyncCandidate)
            else f"{cfg.threads} threads"
        )
        series[key] = Series(
            key, cand.label, "calls/s", extra={"mode": mode, "candidate": cand.key}
        )
    for rnd in range(cfg.rounds):
        for key, cand in _rotate(entries, rnd):
            s = series[key]
            if s.status != "ok":
                continue
            try:
                if isinstance(cand, cands.AsyncCandidate):
                    rate, counts = asyncio.run(
                        _async_conc_round(
                            cand, server, cfg.async_tasks, cfg.conc_calls, cfg.conc_warmup
                        )
                    )
                else:
                    rate, counts = _thread_conc_round(
                        cand, server, cfg.threads, cfg.conc_calls, cfg.conc_warmup
                    )
            except Exception as exc:
                s.mark(exc)
                _log(f"[conc] {key}: {s.status}: {s.reason}")
                continue
            s.rounds.append(rate)
            s.add_counts(counts, cfg.conc_calls)
            _log(f"[conc {rnd + 1}/{cfg.rounds}] {key}: {rate:.0f} calls/s")
    async_ref = series.get(f"httpx-async@{cfg.async_tasks}tasks")
    thread_ref = series.get(f"httpx@{cfg.threads}threads")
    official = series.get(f"official@{cfg.threads}threads")
    for key, s in series.items():
        is_async = key.endswith("tasks")
        _set_ratio(s, "httpx_same_mode", async_ref if is_async else thread_ref)
        _set_ratio(s, "official", official)
    return list(series.values())


def phase_sweep(server: ServerHandle, cfg: Config) -> list[Series]:
    entries = [
        (f"{a.key}@{level}", a, level)
        for a in cands.ASYNC_CANDIDATES
        if _selected(a.key, cfg)
        for level in cfg.sweep_levels
    ]
    series = {
        key: Series(key, a.label, "calls/s", extra={"candidate": a.key, "tasks": level})
        for key, a, level in entries
    }
    broken: dict[str, Series] = {}
    for rnd in range(cfg.rounds):
        for key, cand, level in _rotate(entries, rnd):
            s = series[key]
            if cand.key in broken:
                continue
            try:
                rate, counts = asyncio.run(
                    _async_conc_round(
                        cand,
                        server,
                        level,
                        cfg.sweep_calls,
                        max(2 * level, cfg.sweep_warmup_min),
                    )
                )
            except Exception as exc:
                s.mark(exc)
                broken[cand.key] = s
                _log(f"[sweep] {cand.key}: {s.status}: {s.reason}")
                continue
            s.rounds.append(rate)
            s.add_counts(counts, cfg.sweep_calls)
            _log(f"[sweep {rnd + 1}/{cfg.rounds}] {key}: {rate:.0f} calls/s")
    for s in series.values():
        if cand_broken := broken.get(str(s.extra["candidate"])):
            s.status, s.reason, s.rounds = cand_broken.status, cand_broken.reason, []
    return list(series.values())


# ------------------------------------------------------------------------ 4. cold start


def _cold_once(module: str, site: Path, pycache: Path) -> tuple[float, float, float]:
    """Import ``module`` as a user would (bench/coldstart.py); (import ms, process wall ms)."""
    try:
        return coldstart.cold_once(module, site, pycache)
    except (RuntimeError, LookupError) as exc:
        raise cands.CandidateUnavailable(str(exc)) from None


def phase_cold(cfg: Config) -> list[Series]:
    modules = list(cands.COLD_START_MODULES)
    series = {m: Series(m, f"import {m}", "ms") for m in modules}
    walls: dict[str, list[float]] = {m: [] for m in modules}
    cpus: dict[str, dict[int, float]] = {m: {} for m in modules}
    with tempfile.TemporaryDirectory(prefix="bench-cold-") as tmp:
        pycache, sites = Path(tmp) / "pycache", {}
        for m in modules:  # its user site, then an unmeasured run that writes the bytecode
            try:
                sites[m] = coldstart.user_site(m, Path(tmp) / f"site-{m}")
                _cold_once(m, sites[m], pycache)
            except Exception as exc:
                series[m].mark(exc)
        for rnd in range(cfg.cold_runs):
            for m in _rotate(modules, rnd):
                s = series[m]
                if s.status != "ok":
                    continue
                try:
                    ms, cpu, wall = _cold_once(m, sites[m], pycache)
                except Exception as exc:
                    s.mark(exc)
                    continue
                s.rounds.append(ms)
                walls[m].append(wall)
                cpus[m][rnd] = cpu
    for m, s in series.items():
        if walls[m]:
            s.extra["process_wall_ms_median"] = statistics.median(walls[m])
            s.extra["cpu_ms_median"] = statistics.median(cpus[m].values())
            # The same ratio in CPU time: on a loaded machine it moves much less.
            ref = cpus.get("httpx", {})
            pairs = [v / ref[r] for r, v in cpus[m].items() if ref.get(r)]
            if pairs:
                s.ratios["httpx_cpu"] = statistics.median(pairs)
        _set_ratio(s, "httpx", series.get("httpx"))
        _log(
            f"[cold] {m}: "
            + (f"{s.median:.1f} ms" if s.median is not None else f"{s.status}: {s.reason}")
        )
    return list(series.values())


# ------------------------------------------------------------------------ 5. parsing


def _time_parse(
    parser: Callable[[bytes, cands.PayloadKind], Any], body: bytes, kind: cands.PayloadKind, n: int
) -> float:
    gc.collect()
    start = time.perf_counter_ns()
    for _ in range(n):
        parser(body, kind)
    return (time.perf_counter_ns() - start) / n / 1000


def phase_parse(cfg: Config) -> list[Series]:
    payloads: list[tuple[cands.PayloadKind, bytes, int, str]] = [
        ("payment", fixtures.payment_body(), cfg.parse_iters, "1 payment"),
        (
            "payment_page",
            fixtures.payment_page_body(cfg.page_size),
            cfg.parse_page_iters,
            f"{cfg.page_size}-payment page",
        ),
    ]
    parsers: list[tuple[str, Callable[[bytes, cands.PayloadKind], Any]]] = [
        ("json.loads", cands.parse_with_json),
        ("models", cands.parse_with_models),
    ]
    series: dict[tuple[str, str], Series] = {}
    for kind, body, _, what in payloads:
        for pname, parser in parsers:
            s = Series(
                f"{kind}:{pname}",
                f"{what}: {pname}",
                "µs",
                extra={"payload": kind, "parser": pname, "bytes": len(body)},
            )
            try:
                parser(body, kind)  # availability and warm-up
            except Exception as exc:
                s.mark(exc)
            series[(kind, pname)] = s
    entries = [
        (kind, body, n, pname, parser) for kind, body, n, _ in payloads for pname, parser in parsers
    ]
    for rnd in range(cfg.rounds):
        for kind, body, n, pname, parser in _rotate(entries, rnd):
            s = series[(kind, pname)]
            if s.status != "ok":
                continue
            try:
                s.rounds.append(_time_parse(parser, body, kind, n))
            except Exception as exc:
                s.mark(exc)
    for (payload_kind, _), s in series.items():
        _set_ratio(s, "json.loads", series.get((payload_kind, "json.loads")))
        _log(
            f"[parse] {s.key}: "
            + (f"{s.median:.1f} µs" if s.median is not None else f"{s.status}: {s.reason}")
        )
    return list(series.values())


# ------------------------------------------------------------------------ 6. export


def phase_export(
    cfg: Config, server_cpu: int | None, client_cpus: list[int] | None
) -> list[Series]:
    """Export ``cfg.export_rows`` payments from the sandbox: sequential vs concurrent paging."""
    from bench import export

    small, big = cfg.export_limit, cfg.export_big_limit
    conc, big_conc = cfg.export_concurrency, cfg.export_big_concurrency
    walks = [
        ("sync", 1, small, "sequential (concurrency=1)"),
        ("sync", conc, small, f"concurrent (concurrency={conc})"),
        ("async", conc, small, f"async concurrent (concurrency={conc})"),
        ("sync", 1, big, "sequential (concurrency=1)"),
        ("sync", big_conc, big, f"concurrent (concurrency={big_conc})"),
    ]
    series = {
        export_key(mode, c, limit): Series(
            export_key(mode, c, limit),
            label,
            "rows/s",
            extra={"mode": mode, "concurrency": c, "limit": limit},
        )
        for mode, c, limit, label in walks
    }
    sandbox = export.start_sandbox(server_cpu)
    try:
        started = time.perf_counter()
        sandbox.admin("POST", "/payments/bulk", {"count": cfg.export_rows})
        _log(f"[export] stored {cfg.export_rows} payments in {time.perf_counter() - started:.1f} s")
        if cfg.export_latency > 0:
            sandbox.admin(
                "POST",
                "/faults",
                {
                    "fault": f"delay:{cfg.export_latency}",
                    "path": "/payments/status",
                    "times": 10**9,
                },
            )
        for rnd in range(cfg.rounds if cfg.smoke else 1):
            for mode, c, limit, _ in _rotate(walks, rnd):
                s = series[export_key(mode, c, limit)]
                if s.status != "ok":
                    continue
                try:
                    if cfg.smoke and (mode, c, limit) != walks[0][:3]:
                        # A smoke run checks the harness: one walk in its own process (the
                        # real path), the others in this one (quicker; memory figures moot).
                        result = export.walk(sandbox.base_url, mode, limit, c, cfg.export_rows)
                    else:
                        result = export.run_walk(
                            sandbox.base_url, mode, limit, c, cfg.export_rows, client_cpus
                        )
                except Exception as exc:
                    s.mark(exc)
                    _log(f"[export] {s.key}: {s.status}: {s.reason}")
                    continue
                rate = result["rows"] / result["seconds"]
                s.rounds.append(rate)
                s.extra.setdefault("seconds", []).append(result["seconds"])
                peak = max(s.extra.get("peak_growth_mib", 0.0), result["peak_growth_mib"])
                s.extra["peak_growth_mib"] = peak
                s.calls += result["rows"]
                _log(
                    f"[export] {s.key}: {result['seconds']:.1f} s, {rate:,.0f} rows/s, "
                    f"peak +{result['peak_growth_mib']:.1f} MiB"
                )
    finally:
        sandbox.stop()
    for s in series.values():
        # rows/s over the sequential walk's rows/s with the same pages: the speed-up
        _set_ratio(s, "sequential", series[export_key("sync", 1, int(s.extra["limit"]))])
    return list(series.values())


def export_key(mode: str, concurrency: int, limit: int) -> str:
    """The series key of one export walk."""
    return f"export:{mode}@{concurrency}/{limit}"


# ------------------------------------------------------------------------ machine info


class CpuWatch:
    """How much CPU did *other* processes use while we ran? (Linux ``/proc/stat``.)

    Machine-wide busy time minus our own (this process plus its waited-for children: the server
    and the cold-start interpreters), as a share of all cores over the wall time.
    """

    def __init__(self) -> None:
        self._busy0 = self._machine_busy()
        self._ours0 = self._ours()
        self._wall0 = time.monotonic()
        self._load0 = os.getloadavg()[0] if hasattr(os, "getloadavg") else None

    @staticmethod
    def _machine_busy() -> float | None:
        try:
            with open("/proc/stat", encoding="ascii") as fh:
                fields = [int(x) for x in fh.readline().split()[1:9]]
        except (OSError, ValueError):
            return None
        user, nice, system, _idle, _iowait, irq, softirq, steal = fields
        return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")

    @staticmethod
    def _ours() -> float:
        t = os.times()
        return t.user + t.system + t.children_user + t.children_system

    def result(self) -> dict[str, float | None]:
        """Call after the server has been stopped (so its CPU time is counted as ours)."""
        busy = self._machine_busy()
        wall = time.monotonic() - self._wall0
        share = None
        if busy is not None and self._busy0 is not None and wall > 0:
            foreign = (busy - self._busy0) - (self._ours() - self._ours0)
            share = max(0.0, foreign / (wall * (os.cpu_count() or 1)))
        return {"other_processes_cpu_share": share, "loadavg_1min_at_start": self._load0}


def _version(dist: str) -> str | None:
    from importlib import metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def machine_info(
    server_cpu: int | None,
    client_cpus: Sequence[int] | None,
    busy: dict[str, float | None] | None = None,
) -> dict[str, Any]:
    import platform

    cpu_model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu_model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {
        "date": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
        "cpu_count": os.cpu_count(),
        "cpu_model": cpu_model,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "server_cpu": server_cpu,
        "client_cpus": list(client_cpus) if client_cpus is not None else None,
        **(busy or {}),
        "packages": {
            name: _version(name)
            for name in (
                "httpx",
                "httpcore",
                "anyio",
                "sniffio",
                "requests",
                "iamport-rest-client",
                "iamport-client",
            )
        },
    }


def choose_cpus() -> tuple[int | None, list[int] | None]:
    """(server core, client cores): the last allowed core for the server, the rest for us."""
    if not hasattr(os, "sched_getaffinity"):
        return None, None
    allowed = sorted(os.sched_getaffinity(0))
    if len(allowed) < 2:
        return None, None
    return allowed[-1], allowed[:-1]
