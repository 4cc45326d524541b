"""Unattended runs against misbehaving portals: the run completes, healthy pages are archived,
every bad URL is recorded with its reason; a killed crawl resumes without losses or duplicates."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import unicodedata

import pytest
from conftest import ROOT, crawl_args, query, run_dtcrawl

from dtcrawl.demo.faulty import faulty_articles
from dtcrawl.demo.server import DemoPortals
from dtcrawl.demo.site import DemoSites


@pytest.fixture(scope="module")
def faulty_run(tmp_path_factory):
    """One crawl of the faulty portal, with a short download timeout."""
    tmp = tmp_path_factory.mktemp("faulty")
    with DemoPortals(port=0, portal_ids=["faulty"], faulty=True, hang_seconds=20) as portals:
        registry = portals.write_registry(tmp / "portals.yaml")
        db = tmp / "faulty.db"
        result = run_dtcrawl(
            *crawl_args(db, registry, "--set", "DOWNLOAD_TIMEOUT=2", "--set", "RETRY_TIMES=1"),
            timeout=240,
        )
        behaviours = DemoSites({}).site("faulty").behaviours()
        yield {
            "db": db,
            "result": result,
            "behaviours": behaviours,
            "requests": list(portals.requests),
        }


def _error_for(db, path: str) -> str | None:
    rows = query(db, "select reason from fetch_errors where url like ?", (f"%{path}",))
    return rows[0]["reason"] if rows else None


def test_run_completes_and_healthy_pages_are_archived(faulty_run):
    assert faulty_run["result"].returncode == 0
    titles = {row["title"]: row for row in query(faulty_run["db"], "select * from articles")}
    truncated = {p for p, k in faulty_run["behaviours"].items() if k == "truncated"}
    assert truncated
    healthy = [a for a in faulty_articles()]
    archived = [a for a in healthy if a.title in titles]
    # Every healthy article is archived (the flaky one after a retry, the ones with a wrong
    # or missing charset decoded), with its own text in NFC.
    assert len(archived) == len(healthy) == 5, sorted(titles)
    for article in archived:
        body = titles[article.title]["body"]
        assert unicodedata.is_normalized("NFC", body)
        assert body.split("\n\n")[0] == unicodedata.normalize("NFC", article.paragraphs[0])


@pytest.mark.parametrize(
    "kind, reason",
    [
        ("hang", r"(?i)timeout|timed out"),
        ("redirect-loop", r"(?i)redirect"),
        ("huge", r"(?i)size|maxsize|cancel"),
        ("pdf-as-html", r"(?i)PDF"),
        ("reset", r"(?i)connection|lost|reset|data ?loss"),
        ("truncated", r"(?i)truncated"),
        ("robots-disallowed", r"(?i)robots"),
    ],
)
def test_each_bad_url_is_recorded_with_its_reason(faulty_run, kind, reason):
    import re

    (path,) = [p for p, k in faulty_run["behaviours"].items() if k == kind]
    recorded = _error_for(faulty_run["db"], path.split("?")[0])
    assert recorded is not None, f"{kind} page {path} not in fetch_errors"
    assert re.search(reason, recorded), recorded


def test_robots_disallowed_page_is_never_fetched(faulty_run):
    (path,) = [p for p, k in faulty_run["behaviours"].items() if k == "robots-disallowed"]
    assert not [r for r in faulty_run["requests"] if r[2].startswith(path)]


def test_wrong_or_missing_charset_is_repaired(faulty_run):
    db = faulty_run["db"]
    for kind in ("wrong-charset", "missing-charset"):
        (path,) = [p for p, k in faulty_run["behaviours"].items() if k == kind]
        rows = query(
            db,
            "select a.body, a.title from article_urls u join articles a on a.id = u.article_id "
            "where u.url_key like ?",
            (f"%{path}",),
        )
        assert rows, f"{kind} article not archived"
        text = rows[0]["title"] + rows[0]["body"]
        assert "\ufffd" not in text
        assert unicodedata.is_normalized("NFC", text)
        assert any(ch in text for ch in "ếệểễốộổỗớợờởỡứựừửữ"), text[:80]


def test_flaky_page_is_archived_after_a_retry(faulty_run):
    (path,) = [p for p, k in faulty_run["behaviours"].items() if k == "flaky"]
    gets = [r for r in faulty_run["requests"] if r[2] == path and r[1] == "GET"]
    assert len(gets) == 2
    rows = query(
        faulty_run["db"],
        "select a.id from article_urls u join articles a on a.id = u.article_id "
        "where u.url_key like ?",
        (f"%{path}",),
    )
    assert rows


def test_killed_crawl_resumes_without_losses_or_duplicates(demo_portals, demo_archive, tmp_path):
    """SIGKILL a crawl once it has stored some articles; the next run completes the archive."""
    db = tmp_path / "killed.db"
    args = [sys.executable, "-m", "dtcrawl.cli", *crawl_args(db, demo_portals.registry_path)]
    # Slow the crawl down so that it is surely killed halfway.
    args += ["--set", "DOWNLOAD_DELAY=0.05", "--set", "CONCURRENT_REQUESTS_PER_DOMAIN=1"]
    child = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while time.monotonic() < deadline and child.poll() is None:
            if db.exists():
                try:
                    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
                    stored = conn.execute("select count(*) from articles").fetchone()[0]
                    conn.close()
                except sqlite3.Error:
                    stored = 0
            if stored >= 15:
                break
            time.sleep(0.05)  # polling the archive for a condition, not synchronising by time
        assert child.poll() is None, "the crawl finished before it could be killed"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    conn = sqlite3.connect(db)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    conn.close()

    run_dtcrawl(*crawl_args(db, demo_portals.registry_path))
    # The same stories, each once (which address of a page is stored first may differ).
    story = "select portal, title, duplicate_of is null as story from articles"
    expected = sorted(tuple(r) for r in query(demo_archive, story))
    got = sorted(tuple(r) for r in query(db, story))
    assert got == expected
    urls = [r["url"] for r in query(db, "select url from articles")]
    assert len(set(urls)) == len(urls)
    (fts,) = query(db, "select count(*) as n from articles_fts")
    assert fts["n"] == len(got)
    statuses = [r["status"] for r in query(db, "select status from crawl_runs order by id")]
    assert statuses[-1] == "completed"


def test_a_portal_that_keeps_failing_is_given_up_and_the_others_go_on(demo_portals, tmp_path):
    import socket

    import yaml

    with socket.socket() as sock:  # a port nobody listens on: every connection is refused
        sock.bind(("127.0.0.1", 0))
        dead_port = sock.getsockname()[1]
    registry = yaml.safe_load(demo_portals.registry_path.read_text("utf-8"))
    alive = next(p for p in registry["portals"] if p["id"] == "hoason")
    dead = {
        "id": "dead-portal",
        "name": "Cổng đã ngừng hoạt động",
        "province": "Lam Giang",
        "start_urls": [f"http://127.0.0.1:{dead_port}/tin-tuc/trang-{i}" for i in range(1, 6)],
    }
    path = tmp_path / "portals.yaml"
    path.write_text(yaml.safe_dump({"portals": [dead, alive]}, allow_unicode=True), "utf-8")
    db = tmp_path / "given-up.db"
    result = run_dtcrawl(
        *crawl_args(db, path, "--set", "DTCRAWL_GIVE_UP_AFTER=3", "--set", "RETRY_TIMES=0")
    )
    assert result.returncode == 0
    reasons = [r["reason"] for r in query(db, "select reason from fetch_errors where portal = ?",
                                           ("dead-portal",))]  # fmt: skip
    assert any(r.startswith("portal given up for this run after 3 failures") for r in reasons)
    (run,) = query(db, "select status, stats from crawl_runs")
    assert run["status"] == "completed"
    stats = json.loads(run["stats"])
    assert stats["dead-portal"]["given_up"] == 1
    assert stats["hoason"]["new"] >= 10  # the other portal was crawled in full
    health = run_dtcrawl("health", "--db", str(db), check=False)
    assert health.returncode == 1
    assert "dead-portal" in health.stdout and "unreachable" in health.stdout
