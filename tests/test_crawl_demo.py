"""End to end: the real spider crawls the demo portals over HTTP into a real SQLite archive.

The demo corpus is the truth: every demo article must be in the archive once, with its
own text and nothing else, its date, and the right relevance label.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections import Counter
from urllib.parse import urlsplit

import pytest
from conftest import crawl_args, query, run_dtcrawl

from dtcrawl.demo.corpus import load_corpus
from dtcrawl.demo.site import article_urls, broken_pages
from dtcrawl.text import normalize
from dtcrawl.urls import url_key

CORPUS = load_corpus()
DEMO_PORTALS = ["lamgiang", "hoason", "namthanh", "sokhcn-lamgiang", "cds-tayphong"]

# Lines that belong to portal templates, never to an article body.
BOILERPLATE = re.compile(
    r"Kết quả giải quyết|Đang truy cập|Đang online|Lượt xem|Lượt truy cập|Hôm nay:|Tất cả:|"
    r"Cơ quan chủ quản|Trưởng Ban biên tập|Giấy phép số|Ghi rõ nguồn|Bản in|Gửi email|"
    r"Về đầu trang|Các tin khác|Tin liên quan|Tin cùng chuyên mục|Xem với cỡ chữ|"
    r"Chào mừng bạn đến|Truy cập nội dung luôn|Ý kiến thăm dò|Đăng nhập"
)


def stored_by_key(db) -> dict[str, sqlite3.Row]:
    """Map every demo article key to its archived row (found through any URL variant)."""
    rows = {}
    for portal in DEMO_PORTALS:
        for key, path in article_urls(portal).items():
            found = query(
                db,
                "select a.* from article_urls u join articles a on a.id = u.article_id "
                "where u.url_key like ? and a.portal = ?",
                (f"%{url_key('http://h' + path).split('/', 1)[1]}", portal),
            )
            if found:
                rows[key] = found[0]
    return rows


@pytest.fixture(scope="module")
def archived(demo_archive):
    return stored_by_key(demo_archive)


def test_every_demo_article_is_archived_once(demo_archive, archived):
    expected = {a.key for p in DEMO_PORTALS for a in CORPUS.get(p, [])}
    assert len(expected) >= 60
    missing = expected - set(archived)
    assert not missing, f"articles not archived: {sorted(missing)}"
    counts = Counter((r["portal"]) for r in query(demo_archive, "select portal from articles"))
    for portal in DEMO_PORTALS:
        assert counts[portal] == len(CORPUS[portal]), f"{portal}: rows {counts[portal]}"
    # One row per article: no two keys share a row, and no row is a print view or tracking URL.
    assert len({r["id"] for r in archived.values()}) == len(archived)
    for (url,) in query(demo_archive, "select url from articles"):
        assert not re.search(r"utm_|jsessionid|sessionid|print", url, re.I), url


def test_bodies_are_the_articles_own_text(archived):
    by_key = {a.key: a for p in DEMO_PORTALS for a in CORPUS[p]}
    for key, row in archived.items():
        gold = by_key[key]
        body = row["body"]
        for line in body.split("\n\n"):
            assert not BOILERPLATE.search(line), f"{key}: boilerplate left: {line[:80]!r}"
        gold_paragraphs = [normalize(p) for p in gold.paragraphs]
        body_paragraphs = [normalize(p) for p in body.split("\n\n") if p.strip()]
        # Every gold paragraph is in the body (lead prefixes such as "CTTĐT - " removed).
        for paragraph in gold_paragraphs:
            assert any(paragraph in got or got in paragraph for got in body_paragraphs), (
                f"{key}: paragraph missing: {paragraph[:80]!r}"
            )
        assert len(body_paragraphs) == len(gold_paragraphs), f"{key}: paragraphs differ"
        if gold.author:
            assert row["author"] == gold.author, key
        for caption in (img["caption"] for img in gold.images):
            assert caption not in body, f"{key}: caption left in body"


def test_dates_and_relevance(archived):
    by_key = {a.key: (p, a) for p in DEMO_PORTALS for a in CORPUS[p]}
    wrong_dates, wrong_relevance = [], []
    for key, row in archived.items():
        portal, gold = by_key[key]
        if (row["published_at"] or "")[:16] != gold.published.isoformat()[:16]:
            wrong_dates.append((key, row["published_at"], gold.published))
        assert (row["published_at"] or "").endswith("+07:00"), row["published_at"]
        expected = True if portal == "cds-tayphong" else gold.relevant
        if bool(row["relevant"]) != expected:
            wrong_relevance.append(key)
    assert not wrong_dates
    assert not wrong_relevance


def test_syndicated_copies_are_linked_to_the_original(archived):
    pairs = [
        (a.key, a.syndicated_from) for p in DEMO_PORTALS for a in CORPUS[p] if a.syndicated_from
    ]
    assert len(pairs) >= 3
    for copy, original in pairs:
        assert archived[copy]["duplicate_of"] == archived[original]["id"], copy
        assert archived[original]["duplicate_of"] is None
    # No false merges: the corpus's traps (different stories opening with the same formula,
    # in the same templates) stay separate stories; only the syndicated copies are linked.
    linked = {key for key, row in archived.items() if row["duplicate_of"] is not None}
    assert linked == {copy for copy, _ in pairs}


def test_broken_pages_are_recorded_with_their_reason(demo_archive):
    errors = query(demo_archive, "select portal, url, reason from fetch_errors")
    recorded = {}
    for row in errors:
        parts = urlsplit(row["url"])
        recorded[parts.path + (f"?{parts.query}" if parts.query else "")] = row["reason"]
    for portal in DEMO_PORTALS:
        for path, kind in broken_pages(portal).items():
            assert path in recorded, f"{portal} {kind} page {path} not in fetch_errors"
    assert all(r["reason"] for r in errors)


def test_crawl_run_is_recorded(demo_archive):
    (run,) = query(demo_archive, "select * from crawl_runs")
    assert run["status"] == "completed"
    assert run["finished_at"] >= run["started_at"]


def _copy_archive(src, dst_dir):
    dst = dst_dir / "archive.db"
    for suffix in ("", "-wal", "-shm"):
        if (src.parent / (src.name + suffix)).exists():
            shutil.copy(src.parent / (src.name + suffix), dst.parent / (dst.name + suffix))
    return dst


def test_second_run_fetches_no_stored_article_and_adds_nothing(
    demo_portals, demo_archive, tmp_path
):
    db = _copy_archive(demo_archive, tmp_path)
    before = query(db, "select count(*) as n from articles")[0]["n"]
    demo_portals.clear_requests()
    run_dtcrawl(*crawl_args(db, demo_portals.registry_path))
    after = query(db, "select count(*) as n from articles")[0]["n"]
    assert after == before
    stored_paths = {path for p in DEMO_PORTALS for path in article_urls(p).values()}
    fetched = [path for _, verb, path, _ in demo_portals.requests if verb == "GET"]
    refetched = [path for path in fetched if path in stored_paths]
    assert not refetched, f"stored articles fetched again: {refetched[:5]}"
    runs = query(db, "select status from crawl_runs order by id")
    assert [r["status"] for r in runs] == ["completed", "completed"]


def test_edited_article_becomes_a_version(demo_portals, demo_archive, tmp_path):
    revised = [a for p in DEMO_PORTALS for a in CORPUS[p] if a.revision]
    assert revised
    db = _copy_archive(demo_archive, tmp_path)
    demo_portals.clear_requests()
    demo_portals.set_revision(1)
    try:
        run_dtcrawl(*crawl_args(db, demo_portals.registry_path, "--set", "DTCRAWL_RECHECK_DAYS=0"))
    finally:
        demo_portals.set_revision(0)
    # The re-check is a conditional GET; unchanged pages answered 304 and were not re-stored.
    stored_paths = {path for p in DEMO_PORTALS for path in article_urls(p).values()}
    conditional = [
        headers
        for _, verb, path, headers in demo_portals.requests
        if verb == "GET" and path in stored_paths
    ]
    assert conditional and all(
        {k.lower() for k in h} & {"if-none-match", "if-modified-since"} for h in conditional
    )
    rows = stored_by_key(db)
    for article in revised:
        row = rows[article.key]
        versions = query(db, "select * from article_versions where article_id = ?", (row["id"],))
        assert len(versions) == 1, article.key
        assert normalize(article.revision["paragraphs"][-1]) in row["body"]
        assert versions[0]["body"] != row["body"]
    # Articles that did not change are not versioned.
    (count,) = query(db, "select count(distinct article_id) as n from article_versions")
    assert count["n"] == len(revised)


def test_second_crawl_at_once_is_refused(demo_portals, demo_archive):
    """While one crawl holds the archive's lock, another exits at once with code 75."""
    import fcntl
    import os

    fd = os.open(f"{demo_archive}.lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        result = run_dtcrawl(*crawl_args(demo_archive, demo_portals.registry_path), check=False)
    finally:
        os.close(fd)
    assert result.returncode == 75
    assert len(result.stderr.strip().splitlines()) == 1
    assert "another dtcrawl crawl" in result.stderr


def test_scrapy_crawl_portal_works_from_the_project_root(demo_portals, tmp_path):
    """`scrapy crawl portal -a portal=ID` is the same crawl, opening its own run."""
    import subprocess
    import sys

    from conftest import ROOT

    db = tmp_path / "scrapy.db"
    result = subprocess.run(
        [
            sys.executable, "-m", "scrapy", "crawl", "portal",
            "-a", "portal=cds-tayphong", "-a", f"portals={demo_portals.registry_path}",
            "-s", f"DTCRAWL_DB={db}", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
            "-s", "LOG_LEVEL=WARNING",
        ],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    titles = {r["title"] for r in query(db, "select title from articles")}
    assert titles == {a.title for a in CORPUS["cds-tayphong"]}
    (run,) = query(db, "select status, portals from crawl_runs")
    assert run["status"] == "completed" and "cds-tayphong" in run["portals"]
