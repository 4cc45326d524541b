"""Benchmark: crawl throughput against a bare Scrapy spider, and the cost of an incremental run.

Run: ``python -m dtcrawl.bench.crawl [--quick] [--inline] [--profile FILE]`` (quick: 500
articles).

A synthetic portal of 5,000 articles (:func:`dtcrawl.bench.synthetic.demo_corpus`, 400-800
words each) is served in the "modern" CMS family's templates by
:class:`dtcrawl.demo.server.DemoPortals` as ``cds-tayphong`` (home page, section listings five
cards a page, robots.txt, sitemaps). Politeness is off for every run (:data:`SETTINGS`).
Three crawls run one after the other, each in its own child process:

1. **full pipeline**: ``dtcrawl crawl`` into a fresh archive (fetch, extract, relevance,
   dedup, store);
2. **bare spider** (the ceiling on this machine): a Scrapy spider that fetches the very URLs
   the full crawl fetched (taken from the server's request log) and discards them, with the
   same settings and middlewares, no item pipeline;
3. **incremental**: ``dtcrawl crawl`` again into the same archive, nothing new on the portal.

Pages are counted in the server's own request log. The server runs in this process (threads)
and shares the machine's CPUs with the crawler child under test, the same way for every run.
Times: wall time of the child process (interpreter start and imports included) and Scrapy's
``elapsed_time_seconds`` (the crawl itself); peak RSS and CPU time from the child's rusage.
The crawl cleans pages in a worker process of its own (``DTCRAWL_CLEANING_WORKERS``, 1 by
default on a multi-core machine), which it reaps before it exits: the child's CPU time holds
the worker's, and its peak RSS is the larger of the two processes. The worker's own figures
come from the crawl's stats and are printed below the table. ``--inline`` adds a full crawl
with the worker off (``DTCRAWL_CLEANING_WORKERS=0``), for a same-run comparison.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PORTAL = "cds-tayphong"
SETTINGS = {
    "DOWNLOAD_DELAY": "0",
    "RANDOMIZE_DOWNLOAD_DELAY": "False",
    "AUTOTHROTTLE_ENABLED": "False",
    "CONCURRENT_REQUESTS": "16",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "RETRY_TIMES": "1",
    "LOG_LEVEL": "INFO",
}
_ELAPSED = re.compile(r"'elapsed_time_seconds': ([0-9.]+)")
# The cleaning worker process's own usage, from the crawl's stats (dtcrawl.pipelines).
_WORKER_CPU = re.compile(r"'cleaning_worker/cpu_seconds': ([0-9.]+)")
_WORKER_RSS = re.compile(r"'cleaning_worker/max_rss_mib': ([0-9.]+)")
# Article pages cleaned with trafilatura ("slow") and with the portal's learnt layout ("fast").
_EXTRACT = re.compile(r"'dtcrawl/extract_(fast|slow|checked|disagreed)': (\d+)")


@dataclass
class Run:
    """One crawl child: what it fetched, how long it took, what it used."""

    name: str
    pages: int
    wall: float
    crawl_seconds: float | None
    cpu_seconds: float
    peak_rss_mb: float
    server_cpu_seconds: float
    returncode: int
    worker_cpu_seconds: float | None = None  # the cleaning worker's share of cpu_seconds
    worker_rss_mb: float | None = None
    extraction: dict[str, int] | None = None  # dtcrawl/extract_* stats (dtcrawl.layout)

    @property
    def pages_per_second(self) -> float:
        return self.pages / (self.crawl_seconds or self.wall)

    @property
    def pages_per_wall_second(self) -> float:
        return self.pages / self.wall


def run_child(
    name: str, command: list[str], portals, log_path: Path, stats_log: Path | None = None
) -> Run:
    """Run ``command`` to completion; count the server's requests made meanwhile."""
    portals.clear_requests()
    self_before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    with open(log_path, "ab") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    self_after = resource.getrusage(resource.RUSAGE_SELF)
    server_cpu = (self_after.ru_utime + self_after.ru_stime) - (
        self_before.ru_utime + self_before.ru_stime
    )
    pages = sum(1 for _, verb, _, _ in portals.requests if verb == "GET")
    text = (stats_log or log_path).read_text(encoding="utf-8", errors="replace")
    elapsed = _ELAPSED.findall(text)
    worker_cpu, worker_rss = _WORKER_CPU.findall(text), _WORKER_RSS.findall(text)
    return Run(
        name=name,
        pages=pages,
        wall=wall,
        crawl_seconds=float(elapsed[-1]) if elapsed else None,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        peak_rss_mb=usage.ru_maxrss / 1024,
        server_cpu_seconds=server_cpu,
        returncode=process.returncode,
        worker_cpu_seconds=float(worker_cpu[-1]) if worker_cpu else None,
        worker_rss_mb=float(worker_rss[-1]) if worker_rss else None,
        extraction={kind: int(n) for kind, n in _EXTRACT.findall(text)} or None,
    )


def set_args(settings: dict[str, str]) -> list[str]:
    """``--set NAME=VALUE`` arguments for ``dtcrawl crawl``."""
    return [arg for name, value in settings.items() for arg in ("--set", f"{name}={value}")]


def crawl_command(
    db: Path, registry: Path, profile: Path | None = None, extra: dict[str, str] | None = None
) -> list[str]:
    """The ``dtcrawl crawl`` child for the benchmark portal (under pyinstrument if profiling)."""
    runner = [sys.executable, "-m", "dtcrawl.cli"]
    if profile is not None:
        runner = [sys.executable, "-m", "pyinstrument", "-o", str(profile), "-m", "dtcrawl.cli"]
    return [*runner, "crawl", "--db", str(db), "--portals", str(registry), "-q",
            *set_args({**SETTINGS, **(extra or {})}), PORTAL]  # fmt: skip


# --- the bare spider (runs in the child: python -m dtcrawl.bench.crawl --bare URLS) ----------


def bare_crawl(urls_file: Path) -> None:
    """Fetch every URL of ``urls_file`` with dtcrawl's settings and no pipeline; discard pages."""
    import scrapy
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    urls = urls_file.read_text(encoding="utf-8").split()

    class BareSpider(scrapy.Spider):
        name = "bare"

        async def start(self):
            for url in urls:
                yield scrapy.Request(url, callback=self.parse, dont_filter=True)

        def parse(self, response):
            return None  # fetched, decoded by Scrapy's middlewares, discarded

    settings = Settings()
    settings.setmodule("dtcrawl.settings", priority="project")
    settings.update(SETTINGS, priority="cmdline")
    settings.set("ITEM_PIPELINES", {}, priority="cmdline")
    # dtcrawl's own middlewares (WARC capture) are part of the pipeline under test, not of
    # fetching: only Scrapy's stock middlewares run here.
    settings.set("DOWNLOADER_MIDDLEWARES", {}, priority="cmdline")
    settings.set("SPIDER_MIDDLEWARES", {}, priority="cmdline")
    process = CrawlerProcess(settings)
    process.crawl(BareSpider)
    process.start()


# --- the benchmark -------------------------------------------------------------------------


def run(
    n: int, profile: Path | None, nodelay: bool = True, inline: bool = False, out=sys.stdout
) -> int:
    from dtcrawl.bench.synthetic import demo_corpus
    from dtcrawl.demo.server import DemoPortals

    corpus = demo_corpus(n, PORTAL)
    if nodelay:
        # The demo server writes a response's headers and body in two writes: with Nagle's
        # algorithm on, every keep-alive response waits for the client's delayed ACK (~40 ms
        # on Linux), and the crawl measures that wait, not the crawler. TCP_NODELAY (the
        # socketserver flag) removes it; the demo server should set it itself.
        from dtcrawl.demo import server as demo_server

        demo_server._Handler.disable_nagle_algorithm = True
    with (
        DemoPortals(port=0, corpus=corpus, portal_ids=[PORTAL]) as portals,
        tempfile.TemporaryDirectory(prefix="dtcrawl-bench-crawl-") as tmp,
    ):
        folder = Path(tmp)
        registry = portals.write_registry(folder / "portals.yaml")
        db = folder / "archive" / "bench.db"
        base = portals.base_url(PORTAL)
        portals.sites.site(PORTAL)  # build the site model before timing anything

        stats_log = db.parent / "logs" / "dtcrawl.log"  # where dtcrawl crawl logs Scrapy's stats
        full = run_child(
            "full pipeline", crawl_command(db, registry), portals, folder / "full.log", stats_log
        )
        fetched = [path for _, verb, path, _ in portals.requests if verb == "GET"]
        urls = folder / "urls.txt"
        urls.write_text("\n".join(base + path for path in fetched), encoding="utf-8")
        bare = run_child(
            "bare spider",
            [sys.executable, "-m", "dtcrawl.bench.crawl", "--bare", str(urls)],
            portals,
            folder / "bare.log",
        )
        again = run_child(
            "incremental", crawl_command(db, registry), portals, folder / "again.log", stats_log
        )
        again_paths = [path for _, verb, path, _ in portals.requests if verb == "GET"]
        stored = _count_articles(db)
        profiled = None
        if profile is not None:
            profiled_db = folder / "profiled" / "bench.db"
            profiled = run_child(
                "full pipeline (profiled)",
                crawl_command(profiled_db, registry, profile),
                portals,
                folder / "p.log",
                profiled_db.parent / "logs" / "dtcrawl.log",
            )
        inline_run = None
        if inline:
            inline_db = folder / "inline" / "bench.db"
            inline_run = run_child(
                "full pipeline (inline)",
                crawl_command(inline_db, registry, extra={"DTCRAWL_CLEANING_WORKERS": "0"}),
                portals,
                folder / "inline.log",
                inline_db.parent / "logs" / "dtcrawl.log",
            )
        runs = (full, bare, again, profiled, inline_run)
        failed = [r for r in runs if r is not None and r.returncode]
        for r in failed:
            log = folder / {
                "full pipeline": "full.log",
                "bare spider": "bare.log",
                "full pipeline (inline)": "inline.log",
            }.get(r.name, "again.log")
            print(f"{r.name} exited {r.returncode}:\n{log.read_text()[-3000:]}", file=out)
    _report(n, full, bare, again, stored, profiled, profile, out, inline_run)
    print(f"pages fetched by the incremental run, by kind: {_kinds(again_paths)}", file=out)
    return 1 if failed else _verdict(full, bare, again, out)


def _kinds(paths: list[str]) -> str:
    """Count fetched paths of the modern family by kind ("article 3, listing 12, ...")."""
    kinds: dict[str, int] = {}
    for path in paths:
        if path.startswith("/vi/bai-viet/"):
            kind = "article"
        elif path.endswith(".xml") or path == "/robots.txt":
            kind = "robots/sitemap"
        elif "?page=" in path:
            kind = "listing page 2+"
        else:
            kind = "home/section"
        kinds[kind] = kinds.get(kind, 0) + 1
    return ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items()))


def _count_articles(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]


def _report(n, full, bare, again, stored, profiled, profile, out, inline=None) -> None:
    print(
        f"crawl benchmark: synthetic '{PORTAL}' portal, {n:,} articles; politeness off "
        f"({', '.join(f'{k}={v}' for k, v in SETTINGS.items() if k != 'LOG_LEVEL')}); "
        f"server threads in the bench process, sharing the {os.cpu_count()} CPUs",
        file=out,
    )
    print(f"articles stored by the full crawl: {stored:,} of {n:,}", file=out)
    head = (
        f"{'run':<26} {'pages':>6} {'crawl s':>8} {'pages/s':>8} {'ratio':>6} {'wall s':>7} "
        f"{'pages/wall s':>12} {'ratio':>6} {'CPU s':>6} {'server CPU s':>12} {'peak RSS MiB':>12}"
    )
    print(head, file=out)
    for r in (bare, full, inline, profiled):
        if r is None:
            continue
        print(
            f"{r.name:<26} {r.pages:>6,} {r.crawl_seconds or 0:>8.1f} {r.pages_per_second:>8.1f} "
            f"{r.pages_per_second / bare.pages_per_second:>6.2f} {r.wall:>7.1f} "
            f"{r.pages_per_wall_second:>12.1f} "
            f"{r.pages_per_wall_second / bare.pages_per_wall_second:>6.2f} "
            f"{r.cpu_seconds:>6.1f} {r.server_cpu_seconds:>12.1f} {r.peak_rss_mb:>12,.0f}",
            file=out,
        )
    print("(ratio: against the bare spider of the same run)", file=out)
    for r in (full, inline, profiled):
        if r is not None and r.worker_cpu_seconds is not None:
            print(
                f"{r.name}: cleaning worker process {r.worker_cpu_seconds:.1f} CPU s of the "
                f"{r.cpu_seconds:.1f} (the crawl process reaps its worker, so the child's CPU s "
                f"holds both; the crawl process alone: "
                f"{r.cpu_seconds - r.worker_cpu_seconds:.1f}); worker peak RSS "
                f"{r.worker_rss_mb or 0:,.0f} MiB (the peak RSS column is the larger of the two "
                f"processes, not their sum)",
                file=out,
            )
    for r in (full, inline, profiled):
        if r is not None and r.extraction:
            counts = ", ".join(f"{kind} {n:,}" for kind, n in r.extraction.items())
            print(f"{r.name}: article pages extracted ({counts}; dtcrawl.layout)", file=out)
    print(file=out)
    print("incremental run (nothing new on the portal), against the first full crawl:", file=out)
    print(
        f"{'run':<26} {'pages':>6} {'of first':>8} {'wall s':>7} {'of first':>8} "
        f"{'crawl s':>8} {'of first':>8} {'peak RSS MiB':>12}",
        file=out,
    )
    for r in (full, again):
        print(
            f"{r.name:<26} {r.pages:>6,} {r.pages / full.pages:>8.1%} {r.wall:>7.1f} "
            f"{r.wall / full.wall:>8.1%} {r.crawl_seconds or 0:>8.1f} "
            f"{(r.crawl_seconds or 0) / (full.crawl_seconds or 1):>8.1%} {r.peak_rss_mb:>12,.0f}",
            file=out,
        )
    if profile is not None:
        print(f"profile of a third full crawl (pyinstrument): {profile}", file=out)


def _verdict(full: Run, bare: Run, again: Run, out) -> int:
    throughput = full.pages_per_second / bare.pages_per_second
    incremental = again.pages / full.pages
    ok = throughput >= 0.5 and incremental < 0.05
    print(
        f"targets: full pipeline >= 50% of the bare spider ({throughput:.0%}); incremental "
        f"run < 5% of the pages ({incremental:.1%}): {'met' if ok else 'NOT met'}",
        file=out,
    )
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="500 articles instead of 5,000")
    parser.add_argument("--articles", type=int, help="number of articles (overrides --quick)")
    parser.add_argument("--profile", type=Path, help="also profile a full crawl into this file")
    parser.add_argument(
        "--nagle", action="store_true", help="leave the demo server's sockets as they are"
    )
    parser.add_argument(
        "--inline",
        action="store_true",
        help="also crawl with DTCRAWL_CLEANING_WORKERS=0 (cleaning in the crawl process)",
    )
    parser.add_argument("--bare", type=Path, help=argparse.SUPPRESS)  # the child's mode
    args = parser.parse_args(argv)
    if args.bare:
        bare_crawl(args.bare)
        return 0
    n = args.articles or (500 if args.quick else 5_000)
    profile = args.profile.resolve() if args.profile else None
    return run(n, profile, nodelay=not args.nagle, inline=args.inline)


if __name__ == "__main__":
    raise SystemExit(main())
