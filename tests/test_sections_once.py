"""A news section linked from the home page is read as a listing, never as an article too."""

from __future__ import annotations

import sqlite3
from collections import Counter

from conftest import crawl_args, root_registry, run_dtcrawl

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.server import DemoPortals


def test_home_page_sections_are_fetched_once_and_never_stored(tmp_path):
    # The modern family's home page links "Tin tức" (/vi/tin-tuc) above its newest cards,
    # where the spider also reads article candidates: the section must be queued as a listing
    # only. Queued as an article candidate too, it was fetched twice and, when the cleaner
    # met it early in a first crawl, stored as an article made of the cards' excerpts.
    with DemoPortals(port=0, corpus=demo_corpus(40), portal_ids=["cds-tayphong"]) as portals:
        registry = portals.write_registry(tmp_path / "portals.yaml")
        db = tmp_path / "archive.db"
        run_dtcrawl(*crawl_args(db, registry, "cds-tayphong"))
        fetched = Counter(path for _, verb, path, _ in portals.requests if verb == "GET")
    assert fetched["/vi/tin-tuc"] == 1
    # The pager shows a window (1 2 3 … 9): the pages behind the gap are found from the pages
    # read before them, each fetched once.
    assert [fetched[f"/vi/tin-tuc?page={n}"] for n in range(2, 10)] == [1] * 8
    assert fetched["/vi/tin-tuc?page=10"] == 0
    conn = sqlite3.connect(db)
    urls = [url for (url,) in conn.execute("SELECT url FROM articles")]
    conn.close()
    assert len(urls) == 40
    assert all("/vi/bai-viet/" in url for url in urls)


def test_a_start_url_at_the_site_root_reads_the_home_page_sections(tmp_path):
    # "/" of the ASP.NET family redirects to "/Trang/default.aspx", which no home-address
    # pattern knows: the start URL, the site's root, says it is the home page. Read as a
    # plain listing, only the articles the home page shows were found (22 of 60).
    with DemoPortals(port=0, corpus=demo_corpus(40, "hoason"), portal_ids=["hoason"]) as portals:
        registry = root_registry(tmp_path / "portals.yaml", "hoason", portals.base_url("hoason"))
        db = tmp_path / "archive.db"
        run_dtcrawl(*crawl_args(db, registry, "hoason"))
    conn = sqlite3.connect(db)
    urls = [url for (url,) in conn.execute("SELECT url FROM articles")]
    notes = [reason for (reason,) in conn.execute("SELECT reason FROM fetch_errors")]
    conn.close()
    assert len(urls) == 40
    assert all("ChiTietTinTuc.aspx?nid=" in url for url in urls), urls
    # The root sending visitors to the home page is how sites work, not a registry to update.
    assert not [note for note in notes if "redirects" in note], notes
