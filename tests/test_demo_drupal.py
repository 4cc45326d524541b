"""The Drupal demo family (sokhcn-bachson): its pages, pager, aliases and hazards, over HTTP."""

from __future__ import annotations

import re
import unicodedata
import urllib.error
import urllib.request
from datetime import timedelta
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

import lxml.html
import pytest

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.drupal import DrupalSite, utc_stamp
from dtcrawl.demo.server import DemoPortals
from dtcrawl.demo.site import DemoSites

PORTAL = "sokhcn-bachson"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]


@pytest.fixture(scope="module")
def site() -> DrupalSite:
    return DemoSites(CORPUS).site(PORTAL)


def fetch(demo: DemoPortals, path: str) -> tuple[int, str]:
    """Status and body text of ``path`` (errors included)."""
    try:
        with urllib.request.urlopen(demo.base_url(PORTAL) + path, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def text_of(markup: str) -> str:
    """Visible text in NFC with whitespace collapsed."""
    text = lxml.html.fromstring(markup).text_content()
    return " ".join(unicodedata.normalize("NFC", text).split())


def hrefs(markup: str, page_path: str) -> list[str]:
    """Every link of a page resolved against its path (``?page=2`` included), as path+query."""
    found = []
    for href in lxml.html.fromstring(markup).xpath("//a/@href"):
        if href.startswith(("javascript:", "#", "mailto:")):
            continue
        parts = urlsplit(urljoin(f"http://x{page_path}", href))
        if parts.netloc == "x":
            found.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def listing_key(path: str) -> str:
    """``/tin-tuc?page=0`` and ``/tin-tuc`` are the same page."""
    return re.sub(r"\?page=0$", "", path)


def test_every_article_page_answers_with_its_title_and_every_gold_paragraph(demo, site):
    urls = DemoSites(CORPUS).article_urls(PORTAL)
    assert len(urls) == len(ARTICLES)
    for article in ARTICLES:
        status, body = fetch(demo, urls[article.key])
        assert status == 200, urls[article.key]
        text = text_of(body)
        assert article.title in text
        for paragraph in article.paragraphs:
            assert " ".join(paragraph.split()) in text, (article.key, paragraph[:40])
        document = lxml.html.fromstring(body)
        body_field = document.xpath("//div[contains(@class, 'field--name-body')]")[0]
        captions = [c.text_content() for c in body_field.xpath(".//figcaption")]
        assert captions == [img["caption"] for img in article.images]


def test_article_urls_are_pathauto_aliases_under_the_section_slug(site):
    for item in site.items:
        alias = site.article_path(item)
        assert re.fullmatch(r"/[a-z0-9-]+/[a-z0-9-]+", alias), alias
        assert alias.split("/")[1] == item.section.slug
        assert len(alias.split("/")[2]) <= 100


def test_every_listing_page_and_article_is_reachable_from_the_home_page(demo, site):
    wanted = {site.listing_path(None, p) for p in range(1, 6)}
    for section in site.sections.values():
        pages = -(-len(site.listed(section)) // site.portal.page_size)
        wanted |= {site.listing_path(section, p) for p in range(1, pages + 1)}
    listing = re.compile(r"^(/tin-tuc|/chuyen-muc/[a-z-]+)(\?page=\d+)?$")
    seen: set[str] = set()
    articles: set[str] = set()
    queue = [site.start_paths()[0]]
    assert queue == ["/"]
    while queue:
        path = queue.pop()
        status, body = fetch(demo, path)
        assert status == 200, path
        for link in hrefs(body, path):
            if link.split("?")[0] in site.by_path:
                articles.add(link.split("?")[0])
            key = listing_key(link)
            if listing.match(key) and key not in seen:
                seen.add(key)
                queue.append(key)
    assert wanted <= seen
    assert set(site.by_path) <= articles


def test_pager_is_zero_based_query_only_windowed_and_walks_a_long_listing():
    big = demo_corpus(160, PORTAL)
    sites = DemoSites(big)
    site = sites.site(PORTAL)
    pages = -(-len(site.items) // site.portal.page_size)
    assert pages == 17
    first = sites.render(PORTAL, "/tin-tuc").text()
    pager = lxml.html.fromstring(first).xpath("//nav[@class='pager']//a/@href")
    assert all(href.startswith("?page=") for href in pager)
    numbers = lxml.html.fromstring(first).xpath("//li[@class='pager__item']/a/@href")
    assert f"?page={pages - 1}" not in numbers  # outside the window: only "Cuối »" reaches it
    assert "pager__item--ellipsis" in first and f'href="?page={pages - 1}"' in first
    # Follow "Sau ›" from the first page to the last, collecting every item.
    seen, path = [], "/tin-tuc"
    while path:
        document = lxml.html.fromstring(sites.render(PORTAL, path).text())
        seen += document.xpath(
            "//div[contains(@class,'view-id-tin_tuc')]//div[@class='views-row']//a/@href"
        )
        nxt = document.xpath("//li[contains(@class,'pager__item--next')]/a/@href")
        path = "/tin-tuc" + nxt[0] if nxt else None
    assert {site.article_path(it) for it in site.items} <= set(seen)


def test_page_past_the_end_is_clamped_to_the_last_page(demo, site):
    status, body = fetch(demo, "/tin-tuc?page=99")
    assert status == 200
    last = site.items[-1]
    assert last.title in text_of(body)
    assert fetch(demo, "/tin-tuc?page=4")[1].count("views-row") == body.count("views-row")


def test_trailing_slash_serves_the_same_page(demo, site):
    item = site.items[1]
    status, body = fetch(demo, site.article_path(item) + "/")
    assert status == 200 and item.title in text_of(body)
    assert fetch(demo, "/tin-tuc/?page=1")[0] == 200


def test_missing_pages_answer_404_in_the_site_frame(demo, site):
    status, body = fetch(demo, "/khong-co-trang-nay")
    assert status == 404 and "Không tìm thấy trang" in body
    assert fetch(demo, "/node/999999")[0] == 404
    assert fetch(demo, "/chuyen-muc/khong-co")[0] == 404
    broken = DemoSites(CORPUS).broken_pages(PORTAL)
    assert list(broken.values()) == ["missing"]
    assert fetch(demo, next(iter(broken)))[0] == 404


def test_node_path_serves_the_article_with_canonical_and_shortlink(demo, site):
    item = site.by_key[ARTICLES[3].key]
    status, body = fetch(demo, f"/node/{item.number}")
    assert status == 200
    assert ARTICLES[3].paragraphs[-1].split()[0] in body
    document = lxml.html.fromstring(body)
    base = demo.base_url(PORTAL)
    assert document.xpath("//link[@rel='canonical']/@href") == [base + site.article_path(item)]
    assert document.xpath("//link[@rel='shortlink']/@href") == [f"{base}/node/{item.number}"]


def test_sidebar_links_node_paths_some_with_utm_and_home_slides_carry_utm(demo, site):
    status, body = fetch(demo, site.article_path(site.items[5]))
    box = lxml.html.fromstring(body).xpath("//div[@id='block-views-block-tin-noi-bat-block-1']")[0]
    links = box.xpath(".//a/@href")
    assert links and all(link.startswith("/node/") for link in links)
    assert any("utm_source=" in link for link in links)
    assert any("utm_" not in link for link in links)
    home = fetch(demo, "/")[1]
    assert re.search(r'href="/[a-z-]+/[a-z0-9-]+\?utm_source=trangchu&amp;utm_medium=slide"', home)


def test_print_view_has_the_whole_text(demo, site):
    article = ARTICLES[0]
    path = DemoSites(CORPUS).print_urls(PORTAL)[article.key]
    assert re.fullmatch(r"/node/\d+/printable/print", path)
    status, body = fetch(demo, path)
    assert status == 200
    text = text_of(body)
    assert all(" ".join(p.split()) in text for p in article.paragraphs)
    assert f'href="{path}"' in fetch(demo, site.article_path(site.by_key[article.key]))[1]


def test_submitted_line_shows_account_and_utc_time_while_byline_ends_the_body(demo, site):
    article = next(a for a in ARTICLES if a.author)
    item = site.by_key[article.key]
    body = fetch(demo, site.article_path(item))[1]
    document = lxml.html.fromstring(body)
    stamp = document.xpath("//footer[@class='node__meta']//time/@datetime")[0]
    assert stamp == utc_stamp(article.published) and stamp.endswith("Z")
    assert stamp == (article.published - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")
    shown = document.xpath("//footer[@class='node__meta']//time")[0].text_content()
    assert article.published.strftime("%d/%m/%Y - %H:%M") in shown
    submitted = document.xpath("//div[@class='node__submitted']")[0].text_content()
    assert article.author not in submitted
    last = document.xpath("//div[contains(@class,'field--name-body')]/p[last()]")[0]
    assert last.text_content() == article.author and last.get("style") == "text-align:right"


def test_login_link_carries_the_current_path_and_robots_misses_it(demo, site):
    path = site.article_path(site.items[2])
    body = fetch(demo, path)[1]
    assert f'href="/user/login?destination=/node/{site.items[2].number}"' in body
    robots = fetch(demo, "/robots.txt")[1]
    assert "Disallow: /user/login/" in robots
    assert fetch(demo, f"/user/login?destination={path}")[0] == 200


def test_term_path_and_alias_serve_the_same_listing_and_feeds_parse(demo, site):
    section = site.sections["Chuyển đổi số"]
    by_alias = lxml.html.fromstring(fetch(demo, site.listing_path(section))[1])
    by_term = lxml.html.fromstring(fetch(demo, f"/taxonomy/term/{section.id}")[1])
    main = "//main"
    assert by_alias.xpath(main)[0].text_content() == by_term.xpath(main)[0].text_content()
    assert site.listed(section)[0].title in by_term.xpath(main)[0].text_content()
    home = fetch(demo, "/")[1]
    assert f'href="/taxonomy/term/{section.id}"' in home
    for feed in ("/rss.xml", f"/taxonomy/term/{section.id}/feed"):
        status, xml = fetch(demo, feed)
        assert status == 200
        links = [e.text for e in ElementTree.fromstring(xml.encode()).iter("link")][1:]
        assert links and all(urlsplit(link).path in site.by_path for link in links)
