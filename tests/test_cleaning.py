"""Cleaning in a worker process (dtcrawl.cleaning, DTCRAWL_CLEANING_WORKERS): the worker and the
inline cleaner store the same articles; a page the cleaner cannot read is recorded and the run
goes on; a worker that dies loses no page."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pytest
from conftest import ROOT, crawl_args, query, run_dtcrawl

from dtcrawl import cleaning
from dtcrawl.cleaning import PortalCleaner, build_record, clean_article
from dtcrawl.reextract import page_item
from dtcrawl.registry import Portal, load_registry, select_portals
from dtcrawl.template import PortalTemplate
from dtcrawl.warc import read_capture

PORTAL = "lamgiang"

# Replays pages into the real ArchivePipeline through a real Scrapy engine, without HTTP: a
# spider that yields the given items in order (so every run sees the same sequence), with
# DTCRAWL_CLEANING_WORKERS as given; optionally kills the worker before the item ``kill_at``.
HARNESS = r"""
import json, os, signal, sys
import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from dtcrawl.registry import Portal, load_registry, select_portals


def main(items_file, db, workers, registry, portal_id, kill_at):
    items = json.loads(open(items_file, encoding="utf-8").read())

    class ReplaySpider(scrapy.Spider):
        name = "replay"
        portal = select_portals(load_registry(registry), [portal_id])[0]

        async def start(self):
            for n, item in enumerate(items):
                if n == int(kill_at):
                    from dtcrawl.pipelines import _WORKER

                    for pid in list(_WORKER.executor._processes):
                        os.kill(pid, signal.SIGKILL)
                yield item

    settings = Settings()
    settings.setmodule("dtcrawl.settings", priority="project")
    settings.update({
        "DTCRAWL_DB": db,
        "DTCRAWL_CLEANING_WORKERS": workers,
        "DOWNLOADER_MIDDLEWARES": {},
        "SPIDER_MIDDLEWARES": {},
        "ITEM_PIPELINES": {"dtcrawl.pipelines.ArchivePipeline": 500},
        "LOG_LEVEL": "WARNING",
        "TELNETCONSOLE_ENABLED": False,
    }, priority="cmdline")
    process = CrawlerProcess(settings)
    process.crawl(ReplaySpider)
    process.start()


if __name__ == "__main__":  # a spawned worker imports the main module again
    main(*sys.argv[1:])
"""


@pytest.fixture(scope="module")
def pages(demo_archive) -> list[dict]:
    """The demo crawl's pages of one portal, in the order they were fetched, as spider items;
    plus two article items the cleaner cannot read (no text at all; no fetch time)."""
    conn = sqlite3.connect(demo_archive)
    rows = conn.execute(
        "SELECT id, url, requested_url, redirects, fetched_at, role FROM captures"
        " WHERE portal = ? AND role IN ('listing', 'article') ORDER BY id",
        (PORTAL,),
    ).fetchall()
    items = []
    for row in rows:
        page = read_capture(conn, row[0], demo_archive.parent)
        if row[5] == "listing":
            items.append({"kind": "page", "portal": PORTAL, "url": page.url, "html": page.text()})
        else:
            items.append(page_item(page, row[:5]))
    conn.close()
    unreadable = {"kind": "article", "url": "http://127.0.0.11/khong-doc-duoc", "html": None}
    undated = {**next(i for i in items[20:] if i["kind"] == "article")}
    undated["url"] = undated["url"] + "-ban-sao"
    del undated["fetched_at"]
    items[3:3] = [unreadable]  # while pages are held back for the template's warm-up
    items[25:25] = [undated]  # after it
    return items


def replay(pages, demo_portals, folder: Path, workers: int, kill_at: int = -1) -> Path:
    """Run the harness over ``pages`` into a fresh archive; return the archive's path."""
    folder.mkdir()
    items_file = folder / "items.json"
    items_file.write_text(json.dumps(pages, ensure_ascii=False), encoding="utf-8")
    db = folder / "archive.db"
    args = [str(items_file), str(db), str(workers), str(demo_portals.registry_path), PORTAL]
    result = subprocess.run(
        [sys.executable, "-c", HARNESS, *args, str(kill_at)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-5000:]
    return db


ARTICLE_COLUMNS = (
    "a.url, a.title, a.published_at, a.modified_at, a.author, a.source, a.captions, a.body,"
    " a.relevant, a.relevance_score, a.relevance_terms, a.content_hash, a.word_count,"
    " d.url AS duplicate_of"
)


def rows(db: Path, sql: str) -> list[tuple]:
    """The rows of ``sql`` as tuples, sorted (NULLs too)."""
    return sorted((tuple(row) for row in query(db, sql)), key=repr)


def archived(db: Path) -> dict:
    """Everything a run stored, keyed so that two archives can be compared."""
    return {
        "articles": rows(
            db,
            f"SELECT {ARTICLE_COLUMNS} FROM articles a"
            " LEFT JOIN articles d ON d.id = a.duplicate_of",
        ),
        "legal_refs": rows(
            db,
            "SELECT a.url, r.raw, r.key FROM legal_refs r JOIN articles a ON a.id = r.article_id",
        ),
        "indicators": rows(
            db,
            "SELECT a.url, i.value, i.unit, i.indicator, i.sentence FROM indicators i"
            " JOIN articles a ON a.id = i.article_id",
        ),
        "errors": rows(db, "SELECT url, reason FROM fetch_errors"),
        "counts": json.loads(query(db, "SELECT stats FROM crawl_runs")[0]["stats"])[PORTAL],
        "template": rows(
            db,
            "SELECT pages_seen, (SELECT count(*) FROM template_blocks) FROM template_stats",
        ),
    }


@pytest.fixture(scope="module")
def runs(pages, demo_portals, tmp_path_factory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("cleaning")
    return {
        "inline": archived(replay(pages, demo_portals, folder / "inline", workers=0)),
        "worker": archived(replay(pages, demo_portals, folder / "worker", workers=1)),
        "killed": archived(replay(pages, demo_portals, folder / "killed", workers=1, kill_at=15)),
    }


def test_worker_stores_exactly_what_inline_cleaning_stores(runs, pages):
    inline, worker = runs["inline"], runs["worker"]
    assert len(inline["articles"]) >= 15
    assert inline["indicators"] and inline["legal_refs"]
    for key in ("articles", "legal_refs", "indicators", "errors", "counts", "template"):
        assert worker[key] == inline[key], key
    assert worker["counts"]["pages_fetched"] == len(pages)


def test_a_page_the_cleaner_cannot_read_is_recorded_and_the_run_goes_on(runs, pages):
    for name in ("inline", "worker", "killed"):
        errors = dict(runs[name]["errors"])
        assert errors["http://127.0.0.11/khong-doc-duoc"].startswith(
            "extraction failed: TypeError: "
        ), name
        undated = next(url for url in errors if url.endswith("-ban-sao"))
        assert errors[undated] == "extraction failed: KeyError: 'fetched_at'", name
        assert runs[name]["counts"]["extraction_failures"] == 2, name
        # Every other article page was stored.
        assert runs[name]["counts"]["new"] + runs[name]["counts"].get("duplicate", 0) == len(
            runs[name]["articles"]
        )
    assert "cleaning_worker_lost" not in runs["worker"]["counts"]


def test_a_dead_worker_loses_no_page(runs):
    killed, inline = runs["killed"], runs["inline"]
    assert killed["counts"]["cleaning_worker_lost"] == 1
    # The same pages are stored, each once (cleaned again in the crawl process, with the
    # template the worker had learnt lost, so a text may differ in its template lines).
    assert [row[:3] for row in killed["articles"]] == [row[:3] for row in inline["articles"]]
    for key in ("new", "duplicate", "pages_fetched", "extraction_failures"):
        assert killed["counts"].get(key) == inline["counts"].get(key), key


# --- the functions themselves -------------------------------------------------------------


def test_article_pages_are_held_until_the_template_has_seen_the_warm_up_pages(pages, demo_portals):
    portal = select_portals(load_registry(demo_portals.registry_path), [PORTAL])[0]
    articles = [item for item in pages if item["kind"] == "article" and item.get("html")]
    cleaner = PortalCleaner(portal, PortalTemplate(), warmup=4)
    released: list = []
    seq = 0
    while not released:  # (a page reached at two addresses is one page for the template)
        assert cleaner.template.pages_seen < 4
        seq += 1
        released = cleaner.article(seq, articles[seq - 1])
    assert cleaner.template.pages_seen == 4
    assert [page.seq for page in released] == list(range(1, seq + 1))
    assert all(page.outcome == "article" for page in released)
    (fifth,) = cleaner.article(99, articles[seq])  # warmed up: cleaned at once
    assert fifth.seq == 99
    # What a cleaned page holds is what the archive is given.
    record, _, variants = build_record(articles[seq], portal, cleaner.template)
    assert fifth.record == record and fifth.url_variants == variants
    assert fifth.fingerprint.content_hash and fifth.fingerprint.word_count > 40
    again = clean_article(articles[seq], portal, cleaner.template, 99)
    assert again.record == fifth.record and again.indicators == fifth.indicators
    assert again.fingerprint.band_keys == fifth.fingerprint.band_keys


def test_the_worker_process_keeps_each_portals_template_and_hands_it_back(pages, demo_portals):
    portal = select_portals(load_registry(demo_portals.registry_path), [PORTAL])[0]
    inline = PortalCleaner(portal, PortalTemplate(), warmup=8)
    expected = []
    with ProcessPoolExecutor(
        1, mp_context=get_context("spawn"), initializer=cleaning.worker_init
    ) as pool:
        pool.submit(cleaning.open_portal, portal, PortalTemplate(), 8)
        futures = []
        for seq, item in enumerate(pages[:40]):
            if item["kind"] == "page":
                expected += inline.page(item["html"], item["url"])
                futures.append(
                    pool.submit(cleaning.observe_page, PORTAL, item["html"], item["url"])
                )
            else:
                expected += inline.article(seq, item)
                futures.append(pool.submit(cleaning.take_article, PORTAL, seq, item))
        got = [page for future in futures for page in future.result()]
        last, template, usage = pool.submit(cleaning.close_portal, PORTAL).result()
    expected += inline.finish()
    got += last
    assert [p.seq for p in got] == [p.seq for p in expected]
    assert [(p.outcome, p.record) for p in got] == [(p.outcome, p.record) for p in expected]
    assert template.pages_seen == inline.template.pages_seen > 8
    assert usage["cpu_seconds"] > 0 and usage["max_rss_mib"] > 10
    # The worker's portal learnt its layout exactly as the inline cleaner did.
    assert {k: v for k, v in usage.items() if k.startswith("extract_")} == (
        inline.extraction_counts
    )
    assert 0 < usage["extract_fast"] + usage["extract_slow"] <= len(expected)
    counts = {fp: (seen.sample, seen.page_count) for fp, seen in template.blocks.items()}
    assert counts == {fp: (s.sample, s.page_count) for fp, s in inline.template.blocks.items()}


# --- the real crawl over the demo portals ---------------------------------------------------


def test_a_crawl_with_and_without_the_worker_archives_the_same_stories(
    demo_portals, demo_archive, tmp_path
):
    stories = "select portal, title, relevant, duplicate_of is null as story from articles"
    results = {}
    for workers in (0, 1):
        db = tmp_path / f"workers-{workers}.db"
        run_dtcrawl(
            *crawl_args(
                db, demo_portals.registry_path, "--set", f"DTCRAWL_CLEANING_WORKERS={workers}"
            )
        )
        results[workers] = sorted(tuple(row) for row in query(db, stories))
        (run,) = query(db, "select status from crawl_runs")
        assert run["status"] == "completed"
    assert results[0] == results[1]
    assert results[1] == sorted(tuple(row) for row in query(demo_archive, stories))


def test_once_a_portals_layout_is_learnt_pages_skip_trafilatura_and_store_the_same_records():
    from dtcrawl.bench.synthetic import demo_corpus
    from dtcrawl.demo.site import DemoSites
    from dtcrawl.registry import Portal

    sites = DemoSites(demo_corpus(40, "cds-tayphong"))
    items = [
        {"url": "http://127.0.0.15" + path, "html": sites.render("cds-tayphong", path).text()}
        for path in sites.article_urls("cds-tayphong").values()
    ]
    portal = Portal(
        id="cds-tayphong",
        name="Tây Phong",
        province="Tây Phong",
        start_urls=("http://127.0.0.15/",),
        relevance="all",
    )
    learning = PortalCleaner(portal, PortalTemplate(), warmup=8)
    slow = PortalCleaner(portal, PortalTemplate(), warmup=8, learn_layout=False)
    got, expected = [], []
    for seq, item in enumerate(items):
        item = {**item, "fetched_at": "2026-11-23T08:00:00+07:00"}
        got += learning.article(seq, item)
        expected += slow.article(seq, item)
    got += learning.finish()
    expected += slow.finish()
    assert len(got) == len(items) == 40
    assert [(p.outcome, p.record) for p in got] == [(p.outcome, p.record) for p in expected]
    assert all(page.outcome == "article" for page in got)
    counts = learning.extraction_counts
    assert counts["extract_fast"] >= 20 and counts["extract_disagreed"] == 0
    assert counts["extract_fast"] + counts["extract_slow"] == 40
    assert slow.extraction_counts["extract_fast"] == 0


UNDATED_PAGE = (
    "<html><head><title>Giới thiệu chung về tỉnh Vân Trạch</title></head><body>"
    "<h1>Giới thiệu chung về tỉnh Vân Trạch</h1><div class='noidung'>"
    "<p>Tỉnh Vân Trạch nằm ở vùng trung du, có địa hình chuyển tiếp từ đồi núi thấp xuống đồng "
    "bằng ven sông, với diện tích tự nhiên hơn năm nghìn ki-lô-mét vuông.</p>"
    "<p>Toàn tỉnh có chín đơn vị hành chính cấp huyện, dân số khoảng một triệu hai trăm nghìn "
    "người, trong đó đồng bào dân tộc thiểu số chiếm gần một phần năm.</p>"
    "<p>Tỉnh xác định chuyển đổi số là động lực phát triển, ưu tiên hạ tầng số, dữ liệu số và "
    "kỹ năng số cho người dân ở các xã vùng cao.</p></div></body></html>"
)


@pytest.mark.parametrize(
    ("in_listing", "discovered_from", "outcome"),
    [
        (False, "http://vantrach.example/", "static"),  # a box of links on the home page
        (False, "sitemap", "static"),
        (True, "http://vantrach.example/?cn=230", "article"),  # a listing lists it: news
        (False, "feed", "article"),
        (False, "start", "article"),
    ],
)
def test_an_undated_page_no_listing_lists_is_the_portals_own(in_listing, discovered_from, outcome):
    portal = Portal(
        id="vantrach",
        name="Vân Trạch",
        province="Vân Trạch",
        start_urls=("http://vantrach.example/",),
    )
    item = {
        "url": "http://vantrach.example/?cn=201",
        "html": UNDATED_PAGE,
        "fetched_at": "2025-01-01T00:00:00+07:00",
        "in_listing": in_listing,
        "discovered_from": discovered_from,
    }
    assert clean_article(item, portal, None).outcome == outcome


def test_a_page_in_english_is_not_stored_nor_an_error():
    # A province's English site for investors: an article's shape, another language.
    portal = Portal(
        id="vonghai", name="Vọng Hải", province="Vọng Hải", start_urls=("http://vonghai.example/",)
    )
    english = (
        "<html><head><title>Vong Hai opens its digital government centre</title></head><body>"
        "<h1>Vong Hai opens its digital government centre</h1><p>Posted on January 7, 2021</p>"
        "<div class='content'><p>The provincial People's Committee of Vong Hai has opened a "
        "centre for digital government, which will monitor the public services of the province "
        "and its districts in one place.</p><p>The centre is connected to the national data "
        "platform and is expected to shorten the time needed for the handling of applications "
        "by a third in the first year.</p></div></body></html>"
    )
    item = {
        "url": "http://vonghai.example/en/news/centre-12.html",
        "html": english,
        "fetched_at": "2025-01-01T00:00:00+07:00",
        "in_listing": True,
        "discovered_from": "http://vonghai.example/en/news",
    }
    assert clean_article(item, portal, None).outcome == "foreign"
    item["html"] = UNDATED_PAGE
    assert clean_article(item, portal, None).outcome == "article"  # listed, Vietnamese


def test_an_article_page_without_a_date_takes_its_listings_date():
    # An old portal shows an article's date only beside it in the listings.
    portal = Portal(
        id="vantrach", name="Vân Trạch", province="Vân Trạch", start_urls=("http://vt.example/",)
    )
    item = {
        "url": "http://vt.example/index.php?module=news&op=detail&id=7",
        "html": UNDATED_PAGE,
        "fetched_at": "2025-01-01T00:00:00+07:00",
        "in_listing": True,
        "discovered_from": "http://vt.example/index.php?module=news&cat=3",
        "listed_text": "Giới thiệu chung về tỉnh Vân Trạch (05/01/2021 08:25)",
    }
    page = clean_article(item, portal, None)
    assert (page.outcome, page.record["published_at"]) == ("article", "2021-01-05T08:25:00+07:00")
    item["html"] = UNDATED_PAGE.replace("</h1>", "</h1><p>Ngày đăng: 07/01/2021 10:00</p>")
    assert clean_article(item, portal, None).record["published_at"].startswith("2021-01-07T10:00")
