"""Run every benchmark and write ``BENCHMARKS.md`` with the machine they ran on.

Run: ``python -m dtcrawl.bench.run_all [--quick] [--output BENCHMARKS.md] [--only NAME ...]``
(``make bench`` / ``make bench QUICK=1``).

Each benchmark module runs in its own child process, one after the other (so they do not
share the CPUs with each other); its printed table goes into the report verbatim, with its
exit status (0: its targets are met), wall time and peak RSS (the child's rusage).
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


@dataclass(frozen=True)
class Benchmark:
    """One benchmark module and what it measures against what."""

    name: str
    module: str
    quick_args: tuple[str, ...]  # arguments with --quick
    full_args: tuple[str, ...]  # arguments without
    about: str


BENCHMARKS = [
    Benchmark(
        "extraction",
        "dtcrawl.bench.extraction",
        (),
        (),
        "Article cleaning: body precision/recall/F1 and ms per page on the gold pages, against "
        "plain trafilatura on the same pages.",
    ),
    Benchmark(
        "relevance",
        "dtcrawl.bench.relevance",
        (),
        (),
        "Digital-transformation relevance classifier: precision/recall/F1 on the labelled "
        "set, against a keyword baseline.",
    ),
    Benchmark(
        "indicators",
        "dtcrawl.bench.indicators",
        (),
        (),
        "Figures in article bodies: extraction scores on the gold sentences, against a naive "
        "number-and-unit baseline.",
    ),
    Benchmark(
        "dedup",
        "dtcrawl.bench.dedup",
        # Its full sizes (10k/50k/200k, issue 4's target) took 14 minutes on 2 cores while each
        # save rewrote ~32 pages of the band index; since schema 6 they take about 7.
        ("--quick",),
        (),
        "Deduplicating inserts into a growing archive: time per 1,000 inserts at each size "
        "against the smallest size, precision/recall of the story links (10k/50k/200k; "
        "2k/5k/10k with QUICK=1).",
    ),
    Benchmark(
        "crawl",
        "dtcrawl.bench.crawl",
        ("--quick",),
        (),
        "Crawl throughput of the full pipeline against a bare Scrapy spider fetching the same "
        "URLs with the same settings (the ceiling on this machine), and the pages and time of "
        "an incremental run against the first crawl.",
    ),
    Benchmark(
        "archive",
        "dtcrawl.bench.archive",
        ("--quick",),
        (),
        "Archive size per article against the body text's own bytes, and Datasette search "
        "latency over HTTP at the larger size against the smaller.",
    ),
]


@dataclass
class Result:
    """What one benchmark child printed and used."""

    benchmark: Benchmark
    command: list[str]
    returncode: int
    seconds: float
    peak_rss_mb: float
    output: str

    @property
    def verdict(self) -> str:
        """The benchmark's own line about its targets (the last line mentioning one)."""
        lines = [line for line in self.output.splitlines() if "target" in line.lower()]
        return lines[-1].strip() if lines else ""


def run_benchmark(benchmark: Benchmark, quick: bool) -> Result:
    """Run one benchmark module in a child process; echo its output as it comes."""
    args = benchmark.quick_args if quick else benchmark.full_args
    command = [sys.executable, "-m", benchmark.module, *args]
    print(f"== {benchmark.name}: {' '.join(command[1:])}", flush=True)
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    lines = []
    assert process.stdout is not None
    for line in process.stdout:
        lines.append(line)
        print(line, end="", flush=True)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return Result(
        benchmark,
        command,
        process.returncode,
        time.perf_counter() - started,
        usage.ru_maxrss / 1024,
        "".join(lines),
    )


def machine() -> dict[str, str]:
    """Facts about the machine and software the benchmarks ran on."""
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 2**20:.1f} GiB"
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return {
        "CPU": cpu,
        "cores": f"{os.cpu_count()} (usable by this process: {usable})",
        "RAM": ram,
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "load average at start": load,
        "commit": _git_commit(),
    }


def _git_commit() -> str:
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        return "?"
    return f"{commit}{' (with uncommitted changes)' if dirty else ''}" if commit else "?"


def render(results: list[Result], facts: dict[str, str], quick: bool, started: str) -> str:
    """The markdown report."""
    mode = "`make bench QUICK=1` (quick sizes)" if quick else "`make bench` (full sizes)"
    total = sum(r.seconds for r in results)
    out = [
        "# Benchmarks",
        "",
        f"Measured by {mode}, started {started}, {total / 60:.1f} minutes in all. Reproduce with "
        "`make bench` (full sizes) or `make bench QUICK=1`; one benchmark with "
        "`make bench-<name>` or `python -m dtcrawl.bench.<name>`. Every figure is compared "
        "with a baseline measured in the same run (the *ratio* columns). Timings depend on "
        "the machine and on what else runs on it (the load average below): compare ratios, "
        "not absolute times, across machines.",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        *(f"| {key} | {value} |" for key, value in facts.items()),
        "",
        "## Summary",
        "",
        "| benchmark | exit | wall s | peak RSS MiB | targets (the benchmark's own verdict) |",
        "|---|---|---|---|---|",
    ]
    for r in results:
        verdict = r.verdict.replace("|", "\\|") or "(no stated target)"
        out.append(
            f"| [{r.benchmark.name}](#{r.benchmark.name}) | {r.returncode} | {r.seconds:.0f} | "
            f"{r.peak_rss_mb:,.0f} | {verdict} |"
        )
    out += ["", "Exit 0: the benchmark's targets are met; 1: some are not (see its table).", ""]
    for r in results:
        out += [
            f"## {r.benchmark.name}",
            "",
            r.benchmark.about,
            "",
            f"`{' '.join(['python', *r.command[1:]])}` — exit {r.returncode}, "
            f"{r.seconds:.0f} s, peak RSS {r.peak_rss_mb:,.0f} MiB.",
            "",
            "```text",
            r.output.rstrip(),
            "```",
            "",
        ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes (QUICK=1)")
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument(
        "--only", nargs="+", choices=[b.name for b in BENCHMARKS], help="run only these"
    )
    args = parser.parse_args(argv)
    started = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    facts = machine()
    chosen = [b for b in BENCHMARKS if not args.only or b.name in args.only]
    results = [run_benchmark(b, args.quick) for b in chosen]
    args.output.write_text(render(results, facts, args.quick, started) + "\n", encoding="utf-8")
    print(f"\nwrote {args.output}")
    for r in results:
        print(f"  {r.benchmark.name:<11} exit {r.returncode}  {r.seconds:>5.0f} s  {r.verdict}")
    # Targets not met are findings, not failures of `make bench`: exit 0 when every
    # benchmark ran (exit 0 or 1), 2 if one crashed.
    return 0 if all(r.returncode in (0, 1) for r in results) else 2


if __name__ == "__main__":
    raise SystemExit(main())
