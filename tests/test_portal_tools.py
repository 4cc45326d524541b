"""Adding a portal: probe, try, extract, fixture and portals --check against the demo portals."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
import yaml
from conftest import ROOT, query, run_dtcrawl

from dtcrawl.demo.corpus import load_corpus
from dtcrawl.demo.site import article_urls, render

CMS = {
    "lamgiang": "sharepoint",
    "hoason": "aspnet",
    "namthanh": "liferay",
    "sokhcn-lamgiang": "nukeviet",
}
# The digital-transformation section each portal's menu links (path fragment).
SECTIONS = {
    "lamgiang": "/Chuyen-doi-so.html",
    "hoason": "cat=12",
    "namthanh": "/chinh-quyen-so",
    "sokhcn-lamgiang": "/Chuyen-doi-so/",
    "cds-tayphong": "/chuyen-muc/chuyen-doi-so",
}


def _home(demo_portals, portal: str) -> str:
    return demo_portals.base_url(portal) + "/"


@pytest.mark.parametrize("portal", sorted(SECTIONS))
def test_probe_recognises_the_cms_family_and_the_section(demo_portals, portal):
    result = run_dtcrawl("probe", _home(demo_portals, portal))
    text = result.stdout
    if portal in CMS:
        assert f"# CMS family: {CMS[portal]}" in text
    assert re.search(r"# digital-transformation section: \S*" + re.escape(SECTIONS[portal]), text)
    entry = yaml.safe_load(text)["portals"][0]
    assert SECTIONS[portal] in entry["start_urls"][0]
    assert entry["relevance"] == "all"
    assert entry["verified"] is False
    assert entry["name"] and "TODO" not in entry["name"]


def test_probe_reports_the_sections_pagination(demo_portals):
    text = run_dtcrawl("probe", _home(demo_portals, "lamgiang")).stdout
    assert re.search(r"#   page: \S+/PhanTrang/1753/2/Chuyen-doi-so\.html", text)


def test_probe_entry_can_be_crawled_as_is(demo_portals, tmp_path):
    """A portal added from probe output alone is crawled: its section's articles are found."""
    text = run_dtcrawl("probe", _home(demo_portals, "sokhcn-lamgiang"), "--id", "new-portal").stdout
    entry = yaml.safe_load(text)["portals"][0]
    entry["province"] = "Lam Giang"
    registry = tmp_path / "new.yaml"
    registry.write_text(yaml.safe_dump({"portals": [entry]}, allow_unicode=True), "utf-8")
    db = tmp_path / "new.db"
    run_dtcrawl(
        "crawl", "--db", str(db), "--portals", str(registry), "--set", "DOWNLOAD_DELAY=0",
        "--set", "AUTOTHROTTLE_ENABLED=False",
    )  # fmt: skip
    section = [a for a in load_corpus()["sokhcn-lamgiang"] if a.category == "Chuyển đổi số"]
    titles = {r["title"] for r in query(db, "select title from articles")}
    assert {a.title for a in section} <= titles


def test_try_shows_what_would_be_archived(demo_portals):
    result = run_dtcrawl(
        "try", "sokhcn-lamgiang", "--pages", "40", "--portals", str(demo_portals.registry_path)
    )
    out = result.stdout
    expected = len(load_corpus()["sokhcn-lamgiang"])
    assert f"Articles that would be archived: {expected}" in out
    assert re.search(r"Listing pages followed: 3\b", out)
    assert "/vi/news/page-2" in out
    assert "Links not followed:" in out
    assert "no article text found" in out  # the empty article shell, with its reason


def test_extract_on_a_saved_page_equals_what_the_crawl_stored(demo_portals, demo_archive, tmp_path):
    key = "namthanh-05"
    path = article_urls("namthanh")[key]
    url = demo_portals.base_url("namthanh") + path
    (row,) = query(
        demo_archive,
        "select a.* from article_urls u join articles a on a.id = u.article_id where u.url = ?",
        (url,),
    )
    page = tmp_path / "page.html"
    page.write_bytes(render("namthanh", path, base_url=demo_portals.base_url("namthanh")).body)
    result = run_dtcrawl(
        "extract", str(page), "--url", url, "--portal", "namthanh",
        "--portals", str(demo_portals.registry_path), "--db", str(demo_archive), "--json",
    )  # fmt: skip
    data = json.loads(result.stdout)
    for column in ("title", "body", "published_at", "author", "source", "relevant", "url"):
        assert data[column] == row[column], column
    assert data["content_hash"] == row["content_hash"]
    assert data["dropped"] and all(d["reason"] for d in data["dropped"])


def test_fixture_saves_the_page_and_a_passing_test_stub(demo_portals, tmp_path):
    path = article_urls("cds-tayphong")["cds-tayphong-03"]
    url = demo_portals.base_url("cds-tayphong") + path
    run_dtcrawl(
        "fixture", url, "cds-tayphong", "--portals", str(demo_portals.registry_path),
        "--tests-dir", str(tmp_path),
    )  # fmt: skip
    pages = list((tmp_path / "fixtures" / "portals" / "cds-tayphong").glob("*.html"))
    assert len(pages) == 1
    assert pages[0].with_suffix(".headers.json").exists()
    (stub,) = tmp_path.glob("test_fixture_*.py")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(stub)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout[-2000:]
    for check in (["check"], ["format", "--check"]):  # `make test` lints kept fixtures too
        lint = subprocess.run(
            [sys.executable, "-m", "ruff", *check, str(stub)], capture_output=True, text=True
        )
        assert lint.returncode == 0, lint.stdout


def test_portals_check_passes_on_the_demo_portals(demo_portals):
    result = run_dtcrawl(
        "portals", "--check", "--portals", str(demo_portals.registry_path), check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    rows = {
        line.split()[0]: line.split()
        for line in result.stdout.splitlines()
        if line.split() and line.split()[0] in SECTIONS
    }
    for portal in SECTIONS:
        _, verdict, status, articles, pager, *_ = rows[portal]
        assert (verdict, status) == ("ok", "200"), rows[portal]
        assert int(articles) >= 5, rows[portal]
        if portal != "cds-tayphong":  # its home page shows the newest five, without a pager
            assert int(pager) >= 1, rows[portal]
    assert "add it to sitemaps" in result.stdout  # cds-tayphong names its sitemap in robots.txt
