"""The headless-CMS portal whose older articles are reached only through its sitemaps (portal
hoanglam), over HTTP."""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from datetime import timedelta
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
from conftest import raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import parse_local
from dtcrawl.demo.cms.newssitemap import (
    GONE_PAGES,
    NEWS_SITEMAP,
    STALE_SITEMAP,
    TEXT_PAGES,
    UTM_NEWS,
    UTM_SITEMAP,
    date_line,
)
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "hoanglam"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def fetch_bytes(demo, path: str) -> tuple[int, dict[str, str], bytes]:
    import http.client

    host, port = urlsplit(demo.base_url(PORTAL)).netloc.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def local(demo, url: str) -> str | None:
    """The path and query of ``url`` if it names the running portal itself, else None."""
    parts = urlsplit(url)
    if f"{parts.scheme}://{parts.netloc}" != demo.base_url(PORTAL):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def sitemap_xml(demo, path: str) -> lxml.etree._Element:
    status, headers, body = fetch_bytes(demo, path)
    assert status == 200, path
    if path.endswith(".gz"):
        assert headers["Content-Type"] in ("application/gzip", "application/x-gzip"), headers
        assert "Content-Encoding" not in headers
        body = gzip.decompress(body)
    else:
        assert headers["Content-Type"].startswith("application/xml")
    return lxml.etree.fromstring(body)


def all_sitemap_urls(demo) -> dict[str, list[tuple[str, lxml.etree._Element]]]:
    """Every <url> of every sitemap robots.txt names (through the index): sitemap -> entries."""
    _, _, robots = fetch(demo, "/robots.txt")
    queue = [
        line.split(":", 1)[1].strip() for line in robots.splitlines() if line.startswith("Sitemap:")
    ]
    found: dict[str, list[tuple[str, lxml.etree._Element]]] = {}
    while queue:
        url = queue.pop(0)
        path = local(demo, url)
        if path is None or path in found or path == STALE_SITEMAP:
            continue
        root = sitemap_xml(demo, path)
        if root.tag == f"{SM}sitemapindex":
            queue += [loc.text for loc in root.iter(f"{SM}loc")]
            found[path] = []
        else:
            found[path] = [(u.find(f"{SM}loc").text, u) for u in root.iter(f"{SM}url")]
    return found


def article_of(site, path: str):
    """The item an address names (any spelling the site serves), or None."""
    bare = urlsplit(path).path.rstrip("/")
    return next((it for it in site.items if site.article_path(it) == bare), None)


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.89"


def test_robots_names_three_sitemaps_one_gone_and_disallows_the_api(demo):
    status, headers, robots = fetch(demo, "/robots.txt")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    named = [
        line.split(":", 1)[1].strip() for line in robots.splitlines() if line.startswith("Sitemap:")
    ]
    assert len(named) == 3
    statuses = [fetch(demo, local(demo, url))[0] for url in named]
    assert statuses == [200, 200, 404]
    assert "Disallow: /api/" in robots.splitlines()


def test_the_index_names_monthly_files_some_gzipped_and_the_news_sitemap(demo, site):
    root = sitemap_xml(demo, "/sitemap.xml")
    assert root.tag == f"{SM}sitemapindex"
    locs = [loc.text for loc in root.iter(f"{SM}loc")]
    monthly = [u for u in locs if "/sitemaps/posts-" in u]
    assert len(monthly) >= 3
    assert any(u.endswith(".xml.gz") for u in monthly) and any(u.endswith(".xml") for u in monthly)
    # the Google News sitemap under the generator's https address (robots.txt has the http one)
    assert [u for u in locs if u.endswith(NEWS_SITEMAP)] == [
        demo.base_url(PORTAL).replace("http://", "https://") + NEWS_SITEMAP
    ]
    types = {
        fetch_bytes(demo, local(demo, u))[1]["Content-Type"]
        for u in locs
        if u.endswith(".gz") and local(demo, u)
    }
    assert types == {"application/gzip", "application/x-gzip"}


def test_every_article_is_in_a_monthly_sitemap_under_an_address_that_serves_it(demo, site):
    found = all_sitemap_urls(demo)
    monthly = {p: entries for p, entries in found.items() if p.startswith("/sitemaps/posts-")}
    listed: dict[str, list[str]] = {}
    for entries in monthly.values():
        for url, _ in entries:
            item = article_of(site, local(demo, url))
            assert item is not None, url
            listed.setdefault(item.key, []).append(url)
    assert set(listed) == {it.key for it in site.items}
    for article in ARTICLES:
        (url,) = listed[article.key]
        status, _, body = fetch(demo, local(demo, url))
        assert status == 200, url
        assert article.title in body
    spellings = [urlsplit(u) for urls in listed.values() for u in urls]
    assert any(s.path.endswith("/") for s in spellings)
    assert any(s.query == UTM_SITEMAP for s in spellings)
    # the withdrawn article: a file of its own month, a 404
    (gone,) = [it for it in site.items if it.kind == "missing"]
    (url,) = listed[gone.key]
    assert fetch(demo, local(demo, url))[0] == 404


def test_lastmod_is_the_last_save_often_after_publication(demo, site):
    found = all_sitemap_urls(demo)
    later = 0
    for path, entries in found.items():
        if not path.startswith("/sitemaps/posts-"):
            continue
        for url, node in entries:
            item = article_of(site, local(demo, url))
            lastmod = parse_local(node.find(f"{SM}lastmod").text)
            assert lastmod >= item.published
            later += lastmod - item.published > timedelta(hours=1)
    assert later >= 15


def test_the_news_sitemap_gives_publication_dates_titles_and_other_spellings(demo, site):
    root = sitemap_xml(demo, NEWS_SITEMAP)
    urls = list(root.iter(f"{SM}url"))
    assert 10 <= len(urls) < len(ARTICLES)
    by_title = {a.title: a for a in ARTICLES}
    spellings = set()
    for node in urls:
        title = node.find(f".//{NEWS}title").text
        article = by_title[title]
        published = node.find(f".//{NEWS}publication_date").text
        assert published == f"{article.published.isoformat()}+07:00"
        loc = urlsplit(node.find(f"{SM}loc").text)
        assert article_of(site, loc.path).title == title
        if loc.scheme == "https":
            spellings.add("https")
        elif loc.netloc.startswith("www."):
            spellings.add("www")
        elif loc.query == UTM_NEWS:
            spellings.add("utm")
        elif loc.path.endswith("/"):
            spellings.add("slash")
    assert spellings == {"https", "www", "utm", "slash"}


def test_older_articles_are_linked_from_no_page(demo, site):
    def follow(path: str) -> bool:
        return not path.startswith(("/api/", "/tim-kiem", "/_nuxt/")) and "." not in path

    reached = walk_site(demo.base_url(PORTAL), follow)
    linked = {article_of(site, p).key for p in reached if article_of(site, p)}
    hidden = [a.key for a in ARTICLES if a.key not in linked]
    assert len(hidden) >= 4, hidden
    assert not any(p.startswith("/api/") for p in reached)
    # no pager anywhere: the lists end with the script's button
    for path in reached:
        assert "page=" not in path, path


def test_every_article_page_shows_title_date_body_captions_and_byline(demo, site):
    by_key = {it.key: it for it in site.items}
    for article in ARTICLES:
        status, headers, body = fetch(demo, site.article_path(by_key[article.key]))
        assert status == 200, article.key
        assert headers["Server"].startswith("nginx")
        document = lxml.html.fromstring(body)
        assert text_of(document.xpath("//h1[@class='post-detail__title']")[0]) == article.title
        time = document.xpath("//time[@class='post-detail__time']")[0]
        assert text_of(time) == date_line(parse_local(article.published))
        assert time.get("datetime").endswith("Z")
        sapo = text_of(document.xpath("//div[@class='post-detail__sapo']")[0])
        content = document.xpath("//div[contains(@class,'post-detail__content')]")[0]
        paragraphs = [sapo] + [text_of(p) for p in content.xpath("./p")]
        assert paragraphs == list(article.paragraphs)
        captions = [text_of(c) for c in content.xpath(".//figcaption")]
        assert captions == [image["caption"] for image in article.images]
        author = document.xpath("//p[@class='post-detail__author']")
        assert [text_of(a) for a in author] == ([article.author] if article.author else [])
        source = document.xpath("//p[@class='post-detail__source']")
        expected = [f"Nguồn: {article.source}"] if article.source else []
        assert [text_of(s) for s in source] == expected
        related = document.xpath("//section[contains(@class,'related-posts')]//a")
        others = [it for it in site.listed(by_key[article.key].section) if it.kind == "article"]
        assert len(related) == min(6, len(others) - 1)
        assert "Tin đọc nhiều" in body and "Kết quả giải quyết TTHC" in body
        assert "Thống kê truy cập" in body and "__NUXT_DATA__" in body


def test_other_spellings_serve_the_same_page_with_its_canonical_link(demo, site):
    item = site.items[3]
    path = site.article_path(item)
    for alias in site.article_aliases(item):
        status, _, body = fetch(demo, alias)
        assert status == 200, alias
        canonical = lxml.html.fromstring(body).xpath("//link[@rel='canonical']/@href")
        assert canonical == [demo.base_url(PORTAL) + path]


def test_lists_render_six_items_and_continue_only_through_the_disallowed_api(demo, site):
    for section in [None, *site.sections.values()]:
        path = site.section_path(section)
        status, _, body = fetch(demo, path)
        assert status == 200
        document = lxml.html.fromstring(body)
        cards = document.xpath(
            "//div[contains(@class,'post-list')]/div[contains(@class,'post-card')]"
        )
        listed = [it for it in site.listed(section) if it.kind == "article"]
        assert len(cards) == min(6, len(listed))
        if len(listed) > 6:
            button = document.xpath("//button[contains(@class,'load-more__btn')]")[0]
            assert button.get("data-page") == "2"
            assert not button.get("href")
    status, headers, body = fetch(demo, "/api/v1/posts?category=an-toan-thong-tin&page=2&limit=6")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    payload = json.loads(body)
    assert payload["meta"]["pagination"]["page"] == 2
    assert all(entry["url"].startswith("/tin-tuc/an-toan-thong-tin/") for entry in payload["data"])
    assert fetch(demo, "/api/v1/posts?page=x")[0] == 400
    assert fetch(demo, "/api/v1/khong-co")[0] == 404


def test_tag_pages_are_empty_shells_and_pages_of_text_have_no_date(demo, site):
    found = all_sitemap_urls(demo)
    tags = [url for url, _ in found["/sitemaps/tags.xml.gz"]]
    assert len(tags) >= 8
    for url in tags:
        path = local(demo, url)
        status, _, body = fetch(demo, path)
        assert status == 200
        links = site_links(demo.base_url(PORTAL), path, body, "//div[@class='col-main']//a/@href")
        assert not [link for link in links if article_of(site, link)], path
    pages = [u for u, _ in found["/sitemaps/pages.xml"]]
    assert any(urlsplit(u).scheme == "https" for u in pages)
    for path in TEXT_PAGES:
        status, _, body = fetch(demo, path)
        assert status == 200
        main = lxml.html.fromstring(body).xpath("//main")[0]
        assert not re.search(r"\d{2}/\d{2}/\d{4}", text_of(main)), path
    for path in GONE_PAGES:
        assert any(local(demo, u) == path for u in pages)
        assert fetch(demo, path)[0] == 404


def test_unknown_pages_answer_404(demo):
    for path in (
        "/tin-tuc/khong-co",
        "/tin-tuc/chuyen-doi-so/khong-co-bai-nay",
        "/tag/khong-co",
        "/sitemaps/posts-2019-01-1.xml",
        "/sitemaps/posts-2021-01-3.xml.gz",
        STALE_SITEMAP,
    ):
        status, _, body = fetch(demo, path)
        assert status == 404, path
        assert "404" in body
