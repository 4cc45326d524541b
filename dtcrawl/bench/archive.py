"""Benchmark: archive size and Datasette search latency at 100k and 1M articles.

Run: ``python -m dtcrawl.bench.archive [--quick]`` (quick: 10k and 50k articles);
``--no-search`` measures the size only, ``--page-size N`` builds with another page size than
``dtcrawl.storage.PAGE_SIZE`` (to compare them).

Each archive is built in a temporary directory: :class:`dtcrawl.storage.Archive` creates the
schema (and chooses the page size), then synthetic articles (:mod:`dtcrawl.bench.synthetic`,
400-800 words) are bulk inserted, one transaction per batch, into every table a crawl fills
for a new article: ``articles`` (all columns), ``articles_fts`` (folded title and body, as the
storage module writes them), ``article_urls`` (one URL each) and ``dedup_bands`` (the
archive's only deduplication table since schema 5: 32 LSH keys per article of 25 words or
more, as ``dtcrawl.dedup.lsh_keys`` makes them: random signed 32-bit integers, which is what
hash keys look like to the index, inserted in random order as a crawl does). Deduplication
itself is not run (``dtcrawl.bench.dedup`` measures it); ``indicators`` and ``legal_refs`` stay
empty.

Reported, each against a baseline of the same run:

- size: database bytes per article against the body's own bytes (UTF-8), the overhead per
  article beyond the body, and the share of the full-text index (``dbstat``);
- search: the real Datasette (``dtcrawl.serve.datasette_command``: the project's metadata,
  plugins and settings) over HTTP on this machine, 200 mixed queries (unaccented, accented,
  quoted phrases, filtered by province; common and rare terms), p50/p95 per endpoint:
  ``/-/search?q=`` (the journalists' search page) and ``/<db>/articles.json?_search=``
  (Datasette's table search); the larger archive's latencies as a ratio of the smaller's.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from dtcrawl.bench.dedup import OBJECTS, SUBJECTS
from dtcrawl.bench.synthetic import (
    ARTICLE_COLUMNS,
    PROVINCES,
    ParagraphPool,
    archive_rows,
    commune,
)
from dtcrawl.text import fold

BATCH = 5_000
QUERIES = 200
#: Bytes per article beyond the body text (issue 8: "under 2 KB").
OVERHEAD_TARGET = 2_000


@dataclass
class Build:
    """An archive built for the benchmark."""

    path: Path
    articles: int
    seconds: float
    body_bytes: int
    sizes: dict[str, int] = field(default_factory=dict)  # table/index name -> bytes (dbstat)
    file_bytes: int = 0
    added: int = 0  # articles inserted by this growth step (timed by ``seconds``)
    page_size: int = 0

    @property
    def fts_bytes(self) -> int:
        return sum(size for name, size in self.sizes.items() if name.startswith("articles_fts"))


def grow_archive(
    path: Path, target: int, pool: ParagraphPool, out=sys.stdout, page_size: int | None = None
) -> Build:
    """Grow the archive at ``path`` (created if missing) to ``target`` synthetic articles.

    Articles are added by batched bulk inserts, one transaction per :data:`BATCH` articles;
    the returned :class:`Build` describes the whole archive, ``seconds`` the whole growth.
    ``page_size``: create the archive with this page size instead of the storage module's.
    """
    from dtcrawl import dedup, storage

    if page_size is not None and not path.exists():
        saved, storage.PAGE_SIZE = storage.PAGE_SIZE, page_size
        try:
            storage.Archive(path).close()
        finally:
            storage.PAGE_SIZE = saved
    storage.Archive(path).close()  # the schema, exactly as the crawler creates it
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA cache_size = -1048576")  # 1 GiB: the random band keys
    have = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    rng = random.Random(target)
    insert_article = (
        f"INSERT INTO articles({', '.join(ARTICLE_COLUMNS)}) "
        f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})"
    )
    word_count = ARTICLE_COLUMNS.index("word_count")
    started = time.perf_counter()
    batch: list = []

    def flush() -> None:
        conn.execute("BEGIN")
        conn.executemany(insert_article, [row.values for row in batch])
        conn.executemany(
            "INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)",
            [(row.values[0], row.folded_title, row.folded_body) for row in batch],
        )
        conn.executemany(
            "INSERT INTO article_urls(url, url_key, article_id, first_seen_at) VALUES (?,?,?,?)",
            [(row.values[1], row.url_key, row.values[0], row.values[19]) for row in batch],
        )
        conn.executemany(
            "INSERT INTO dedup_bands(band_key, article_id) VALUES (?, ?)",
            [
                (rng.getrandbits(32) - 2**31, row.values[0])
                for row in batch
                if row.values[word_count] >= dedup.MIN_WORDS
                for _ in range(dedup.BANDS)
            ],
        )
        conn.execute("COMMIT")
        batch.clear()

    for count, row in enumerate(archive_rows(target - have, pool, start_id=have + 1), start=1):
        batch.append(row)
        if len(batch) == BATCH:
            flush()
            if count % 100_000 == 0:
                rate = count / (time.perf_counter() - started)
                print(f"  … {have + count:,} articles ({rate:,.0f}/s)", file=out, flush=True)
    if batch:
        flush()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    seconds = time.perf_counter() - started
    body_bytes = conn.execute("SELECT sum(length(CAST(body AS BLOB))) FROM articles").fetchone()[0]
    build = Build(path, target, seconds, body_bytes, table_sizes(conn), added=target - have)
    build.page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    build.file_bytes = path.stat().st_size
    return build


def table_sizes(conn: sqlite3.Connection) -> dict[str, int]:
    """Bytes used by each table and index (the ``dbstat`` virtual table)."""
    try:
        rows = conn.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name").fetchall()
    except sqlite3.OperationalError:  # SQLite built without dbstat: page counts are not exposed
        return {}
    return {name: int(size) for name, size in rows}


# --- queries ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Query:
    """One search: the text typed, its kind, and an optional province filter."""

    kind: str
    text: str
    province: str = ""


def make_queries(n: int = QUERIES, seed: int = 5) -> list[Query]:
    """``n`` mixed queries: a quarter each unaccented, accented, quoted phrases, by province.

    Half the terms are common (the vocabulary's objects and agencies: in most articles), half
    rare (made-up commune names: a few articles each, or none).

    >>> [q.kind for q in make_queries(8)]
    ['unaccented', 'accented', 'phrase', 'province', 'unaccented', 'accented', 'phrase', 'province']
    """
    rng = random.Random(seed)
    provinces = list(PROVINCES)
    queries = []
    for i in range(n):
        kind = ("unaccented", "accented", "phrase", "province")[i % 4]
        term = rng.choice(OBJECTS + SUBJECTS) if i % 8 < 4 else commune(rng)
        if kind == "unaccented":
            queries.append(Query(kind, fold(term)))
        elif kind == "accented":
            queries.append(Query(kind, term))
        elif kind == "phrase":
            queries.append(Query(kind, f'"{term}"'))
        else:
            queries.append(Query(kind, rng.choice([term, fold(term)]), rng.choice(provinces)))
    return queries


def endpoints(db_name: str, query: Query) -> dict[str, str]:
    """The search URLs (path and query string) for ``query``: the page, the table, no count."""
    page = {"q": query.text, **({"province": query.province} if query.province else {})}
    table = {"_search": query.text, "_size": "20"}
    if query.province:
        table["province"] = query.province
    table_url = f"/{db_name}/articles.json?" + urllib.parse.urlencode(table)
    return {
        "search page /-/search": "/-/search?" + urllib.parse.urlencode(page),
        "table search articles.json": table_url,
        # suggest_facets is off in dtcrawl.serve, so _nosuggest=1 changes nothing; _nocount=1
        # skips Datasette's count of every match
        "same, _nocount=1": table_url + "&_nocount=1",
    }


# --- Datasette --------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Datasette:
    """The project's Datasette on an archive, in a child process (context manager)."""

    def __init__(self, db_path: Path):
        from dtcrawl.serve import datasette_command

        self.port = free_port()
        self.command = datasette_command(db_path, port=self.port)
        self.base = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Datasette:
        import httpx

        self.process = subprocess.Popen(
            self.command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"datasette exited: {self.process.stderr.read().decode()}")
            try:
                httpx.get(self.base + "/-/versions.json", timeout=2).raise_for_status()
                return self
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError("datasette did not start within 120 s")

    def __exit__(self, *exc: object) -> None:
        assert self.process is not None
        self.process.terminate()
        self.process.wait(timeout=30)

    def peak_rss_mb(self) -> float:
        """VmHWM of the running server (its peak resident memory so far)."""
        assert self.process is not None
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return 0.0


@dataclass
class Latencies:
    """Per-endpoint request times (seconds), with failures counted."""

    times: dict[str, list[float]] = field(default_factory=dict)
    failures: dict[str, int] = field(default_factory=dict)
    by_kind: dict[tuple[str, str], list[float]] = field(default_factory=dict)
    hits: list[int] = field(default_factory=list)
    limited: int = 0  # table searches bounded to the newest 1,000 articles with the words
    cpu: dict[str, list[float]] = field(default_factory=dict)  # server CPU s per request
    queries: int = 0


def percentile(values: list[float], p: float) -> float:
    """The ``p``-th percentile (nearest rank).

    >>> percentile([1, 2, 3, 4], 50), percentile([1, 2, 3, 4], 95)
    (2, 4)
    """
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))
    return ordered[int(rank) - 1]


def server_cpu_seconds(pid: int) -> float:
    """CPU time used so far by every thread of process ``pid`` (Linux schedstat), seconds.

    Wall time on a machine shared with other jobs swings 2-3x; the server's own CPU time per
    request does not.
    """
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            pass
    return total / 1e9


def measure_search(
    base: str, db_name: str, queries: list[Query], budget: float, pid: int | None = None
) -> Latencies:
    """Time every query on every endpoint over one keep-alive HTTP connection.

    Stops after ``budget`` seconds (the queries alternate kinds, so any prefix is a mix).
    """
    import httpx

    result = Latencies()
    started = time.perf_counter()
    with httpx.Client(base_url=base, timeout=120) as client:
        for query in queries[:3]:  # warm-up: first connection, template compilation
            for url in endpoints(db_name, query).values():
                client.get(url)
        for query in queries:
            if time.perf_counter() - started > budget:
                break
            result.queries += 1
            for name, url in endpoints(db_name, query).items():
                cpu_before = server_cpu_seconds(pid) if pid else 0.0
                before = time.perf_counter()
                response = client.get(url)
                elapsed = time.perf_counter() - before
                if pid:
                    result.cpu.setdefault(name, []).append(server_cpu_seconds(pid) - cpu_before)
                result.times.setdefault(name, []).append(elapsed)
                result.by_kind.setdefault((name, query.kind), []).append(elapsed)
                ok = response.status_code == 200
                if ok and name.startswith("table"):
                    data = response.json()
                    ok = not data.get("error")
                    result.hits.append(data.get("filtered_table_rows_count") or 0)
                    result.limited += bool(data["query"]["params"].get("dtcrawl_limited"))
                if not ok:
                    result.failures[name] = result.failures.get(name, 0) + 1
    return result


# --- report -----------------------------------------------------------------------------------


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(
    sizes: list[int],
    pool_size: int,
    budget: float,
    out=sys.stdout,
    search: bool = True,
    page_size: int | None = None,
) -> int:
    """Grow one archive through ``sizes``; at each, measure its size and search latency."""
    pool = ParagraphPool.generate(pool_size)
    queries = make_queries()
    builds: list[Build] = []
    searches: list[tuple[Latencies, float]] = []
    with tempfile.TemporaryDirectory(prefix="dtcrawl-bench-archive-") as tmp:
        path = Path(tmp) / "bench.db"
        for n in sizes:
            print(f"growing the archive to {n:,} articles …", file=out, flush=True)
            added = n - (builds[-1].articles if builds else 0)
            build = grow_archive(path, n, pool, out=out, page_size=page_size)
            builds.append(build)
            print(
                f"  {build.seconds:.0f} s ({added / build.seconds:,.0f} articles/s), "
                f"{build.file_bytes / 2**20:,.0f} MiB" + ("; searching …" if search else ""),
                file=out,
                flush=True,
            )
            if not search:
                continue
            with Datasette(path) as server:
                assert server.process is not None
                latencies = measure_search(
                    server.base, path.stem, queries, budget, pid=server.process.pid
                )
                searches.append((latencies, server.peak_rss_mb()))
        print(file=out)
        ok = _print_sizes(builds, out)
        if search:
            print(file=out)
            ok = _print_search(builds, searches, out) and ok
    return 0 if ok else 1


def _print_sizes(builds: list[Build], out) -> bool:
    print(
        "Archive size (dbstat; body = the article text's own UTF-8 bytes, the baseline)",
        file=out,
    )
    head = (
        f"{'articles':>9} {'grow s':>8} {'art/s':>7} {'db MiB':>8} {'body B/art':>10} "
        f"{'db B/art':>9} {'db/body':>8} {'overhead B/art':>14} {'FTS B/art':>9} "
        f"{'FTS/body':>8} {'bands B/art':>11}"
    )
    print(head, file=out)
    for b in builds:
        per = b.file_bytes / b.articles
        body = b.body_bytes / b.articles
        bands = sum(v for k, v in b.sizes.items() if k.startswith("dedup_bands")) / b.articles
        print(
            f"{b.articles:>9,} {b.seconds:>8.0f} {b.added / b.seconds:>7,.0f} "
            f"{b.file_bytes / 2**20:>8,.0f} {body:>10,.0f} {per:>9,.0f} {per / body:>8.2f} "
            f"{per - body:>14,.0f} {b.fts_bytes / b.articles:>9,.0f} "
            f"{b.fts_bytes / b.body_bytes:>8.2f} {bands:>11,.0f}",
            file=out,
        )
    largest = builds[-1]
    print(
        f"bytes per article by table/index at {largest.articles:,} "
        f"(page size {largest.page_size:,}):",
        file=out,
    )
    for name, size in sorted(largest.sizes.items(), key=lambda kv: -kv[1]):
        if size >= largest.articles:  # 1 B/article or more
            print(f"  {name:<32} {size / largest.articles:>9,.0f}", file=out)
    overhead = (largest.file_bytes - largest.body_bytes) / largest.articles
    ok = overhead < OVERHEAD_TARGET
    print(
        f"size target at {largest.articles:,}: overhead < {OVERHEAD_TARGET:,} B/article "
        f"({overhead:,.0f} B): {'met' if ok else 'NOT met'}",
        file=out,
    )
    return ok


def _print_search(builds: list[Build], searches: list[tuple[Latencies, float]], out) -> bool:
    print(
        "Datasette search latency over HTTP, the same mixed queries on every endpoint "
        f"(ms; ratio = p95 / p95 at {builds[0].articles:,})",
        file=out,
    )
    print(
        f"{'articles':>9} {'endpoint':<28} {'queries':>7} {'p50':>7} {'p95':>7} {'max':>7} "
        f"{'ratio':>6} {'fail':>5} {'server RSS MiB':>14}",
        file=out,
    )
    base_p95 = {name: percentile(t, 95) for name, t in searches[0][0].times.items()}
    for build, (lat, rss) in zip(builds, searches, strict=True):
        for name, times in lat.times.items():
            p95 = percentile(times, 95)
            print(
                f"{build.articles:>9,} {name:<28} {len(times):>7} "
                f"{1000 * percentile(times, 50):>7.1f} "
                f"{1000 * p95:>7.1f} {1000 * max(times):>7.1f} {p95 / base_p95[name]:>6.2f} "
                f"{lat.failures.get(name, 0):>5} {rss:>14,.0f}",
                file=out,
            )
    largest, (lat, _) = builds[-1], searches[-1]
    print(f"p95 by query kind at {largest.articles:,} (ms):", file=out)
    kinds = sorted({kind for _, kind in lat.by_kind})
    print(f"  {'endpoint':<28} " + " ".join(f"{k:>10}" for k in kinds), file=out)
    for name in lat.times:
        cells = " ".join(f"{1000 * percentile(lat.by_kind[(name, k)], 95):>10.1f}" for k in kinds)
        print(f"  {name:<28} {cells}", file=out)
    if lat.cpu:
        print("server CPU per request at the largest size (ms, all threads):", file=out)
        for name, seconds in lat.cpu.items():
            print(
                f"  {name:<28} p50 {1000 * percentile(seconds, 50):7.1f} "
                f"p95 {1000 * percentile(seconds, 95):7.1f}",
                file=out,
            )
    hits = lat.hits
    if hits:
        print(
            f"  rows per table search (bounded set): median {statistics.median(hits):,.0f}, "
            f"max {max(hits):,}; bounded (more articles held the words): "
            f"{lat.limited} of {len(hits)}",
            file=out,
        )
    worst_p95 = max(percentile(t, 95) for n, t in lat.times.items() if not n.startswith("same"))
    overhead = largest.file_bytes / largest.articles - largest.body_bytes / largest.articles
    ok = worst_p95 < 0.100 and overhead < OVERHEAD_TARGET and not any(lat.failures.values())
    print(
        f"targets at {largest.articles:,}: p95 < 100 ms ({1000 * worst_p95:.0f} ms worst "
        f"endpoint), overhead < {OVERHEAD_TARGET:,} B/article ({overhead:,.0f} B): "
        f"{'met' if ok else 'NOT met'}",
        file=out,
    )
    print(f"bench process peak RSS {peak_rss_mb():,.0f} MiB", file=out)
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="10k and 50k articles")
    parser.add_argument("--sizes", help="comma-separated article counts (overrides --quick)")
    parser.add_argument(
        "--budget", type=float, help="seconds of searching per size (default 150; quick 45)"
    )
    parser.add_argument("--no-search", action="store_true", help="measure the size only")
    parser.add_argument("--page-size", type=int, help="page size of the archive (to compare)")
    args = parser.parse_args(argv)
    sizes = [10_000, 50_000] if args.quick else [100_000, 1_000_000]
    if args.sizes:
        sizes = [int(s) for s in args.sizes.split(",")]
    print(f"archive benchmark: {', '.join(f'{n:,}' for n in sizes)} synthetic articles; "
          f"{os.cpu_count()} CPUs")  # fmt: skip
    budget = args.budget or (45.0 if args.quick else 150.0)
    if not args.no_search:
        print(f"searching: up to {QUERIES} queries or {budget:.0f} s per size, whichever first")
    return run(
        sizes,
        pool_size=20_000 if max(sizes) > 50_000 else 5_000,
        budget=budget,
        search=not args.no_search,
        page_size=args.page_size,
    )


if __name__ == "__main__":
    raise SystemExit(main())
