"""The Next.js server-rendered demo family (portal linhhai), served over HTTP."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, urlsplit

import lxml.html
from conftest import listing_paths, raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.nextjs import ARTICLE_PATH
from dtcrawl.demo.portals import ALL_PORTALS
from dtcrawl.demo.site import DemoSites

PORTAL = "linhhai"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
HASHED = re.compile(
    r"^(?:[A-Z][A-Za-z]*_[A-Za-z]+__[A-Za-z0-9]{5}|css-[a-z0-9]{7}|sc-[A-Za-z0-9]{6}|[A-Za-z0-9]{5})$"
)


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    """GET ``path`` of this portal without following redirects: status, headers, text."""
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def links(markup: str) -> list[str]:
    return [h for h in lxml.html.fromstring(markup).xpath("//a/@href") if h.startswith("/")]


def next_data(markup: str) -> dict:
    script = lxml.html.fromstring(markup).xpath('//script[@id="__NEXT_DATA__"]')[0]
    assert script.get("type") == "application/json"
    return json.loads(script.text)


def test_every_article_shows_title_and_every_paragraph(demo, site):
    urls = demo.sites.article_urls(PORTAL)
    assert len(urls) == len(ARTICLES)
    for article in ARTICLES:
        path = urls[article.key]
        assert ARTICLE_PATH.match(path)
        status, headers, body = fetch(demo, path)
        assert status == 200 and headers["X-Powered-By"] == "Next.js"
        tree = lxml.html.fromstring(body)
        assert text_of(tree.xpath("//h1")[0]) == article.title
        page_text = text_of(tree)
        for paragraph in article.paragraphs:
            assert paragraph in page_text
        body_divs = tree.xpath('//div[starts-with(@class, "Article_body__")]')[0]
        assert not body_divs.xpath(".//p")  # a div per paragraph, never <p>
        for image in article.images:
            caps = tree.xpath('//span[starts-with(@class, "css-")]/text()')
            assert image["caption"] in caps


def test_listings_reachable_from_home_through_pagers(demo, site):
    reached = walk_site(demo.base_url(PORTAL), lambda path: path.startswith("/chuyen-muc/"))
    assert all(status == 200 for status, _ in reached.values())
    seen = set(reached)
    expected = listing_paths(site, site.news)
    assert expected <= seen
    news_pages = -(-len(ARTICLES) // ALL_PORTALS[PORTAL].page_size)
    assert news_pages >= 4
    assert fetch(demo, site.listing_path(None, news_pages + 1))[0] == 404


def test_long_listing_pager_is_a_window():
    big = DemoSites(demo_corpus(120, PORTAL))
    site = big.site(PORTAL)
    tree = lxml.html.fromstring(big.render(PORTAL, site.listing_path(None)).text())
    pager = tree.xpath('//nav[starts-with(@class, "Pager_root__")]')[0]
    assert "…" in text_of(pager)
    hrefs = pager.xpath(".//a/@href")
    assert site.listing_path(None, 12) in hrefs and site.listing_path(None, 8) not in hrefs


def test_pager_has_window_and_load_more_link(demo, site):
    _status, _headers, body = fetch(demo, site.listing_path(None, 2))
    tree = lxml.html.fromstring(body)
    more = [a.get("href") for a in tree.xpath("//a") if text_of(a) == "Xem thêm"]
    assert more == [site.listing_path(None, 3)]
    assert tree.xpath('//span[@aria-current="page"]/text()') == ["2"]


def test_not_found_page(demo):
    status, _headers, body = fetch(demo, "/trang-khong-co")
    assert status == 404 and "Không tìm thấy trang" in body
    assert fetch(demo, "/tin-tuc/bai-khong-co-999999")[0] == 404
    assert fetch(demo, "/chuyen-muc/khong-co")[0] == 404


def test_only_hashed_class_names_and_no_ids_but_next(demo, site):
    _status, _headers, body = fetch(demo, site.article_path(site.items[0]))
    tree = lxml.html.fromstring(body)
    classes = {c for value in tree.xpath("//@class") for c in value.split()}
    assert classes and all(HASHED.match(c) for c in classes), sorted(classes)
    assert set(tree.xpath("//@id")) == {"__next", "__NEXT_DATA__"}
    assert "/_next/static/chunks/" in body


def test_next_data_holds_article_html_and_utc_times(demo, site):
    item = site.items[3]
    _status, _headers, body = fetch(demo, site.article_path(item))
    data = next_data(body)["props"]["pageProps"]["article"]
    assert data["title"] == item.title and data["id"] == item.number
    assert item.paragraphs[-1] in lxml.html.fromstring(data["content"]).text_content()
    utc = (item.published - timedelta(hours=7)).replace(tzinfo=UTC)
    assert data["publishedAt"] == utc.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    tree = lxml.html.fromstring(body)
    stamp = tree.xpath("//time/@datetime")[0]
    assert datetime.fromisoformat(stamp.replace("Z", "+00:00")) == utc
    assert f"{item.published:%d/%m/%Y %H:%M}" in text_of(tree)


def test_paragraphs_joined_by_br_in_some_divs(demo, site):
    joined = 0
    for item in site.items:
        _status, _headers, body = fetch(demo, site.article_path(item))
        tree = lxml.html.fromstring(body)
        div = tree.xpath('//div[starts-with(@class, "Article_body__")]')[0]
        joined += len(div.xpath("./div[br]"))
    assert joined > 0


def test_hazards_alias_tracking_menu_twice_javascript_cookie(demo, site):
    item = site.items[5]
    alias = site.alias_path(item)
    assert alias != site.article_path(item)
    status, _headers, aliased = fetch(demo, alias)
    assert status == 200 and item.paragraphs[-1] in aliased
    bodies = [fetch(demo, site.article_path(it))[2] for it in site.items[:12]]
    hrefs = [h for b in bodies for h in links(b)]
    assert any("utm_source=" in h for h in hrefs)
    canonical = {site.article_path(it) for it in site.items}
    assert any(ARTICLE_PATH.match(h) and h not in canonical for h in hrefs)  # alias links
    _status, _headers, home = fetch(demo, "/")
    tree = lxml.html.fromstring(home)
    section_link = site.listing_path(site.sections["Kinh tế số"])
    assert tree.xpath("//a/@href").count(section_link) >= 2
    assert any(h.startswith("javascript:") for h in tree.xpath("//a/@href"))
    assert "chính sách cookie" in text_of(tree)
    image = [s for s in tree.xpath("//img/@src") if s.startswith("/_next/image?")][0]
    assert dict(parse_qsl(urlsplit(image).query))["q"] == "75"
    assert fetch(demo, image)[0] == 200


def test_robots_disallows_search(demo):
    status, _headers, body = fetch(demo, "/robots.txt")
    assert status == 200 and "Disallow: /tim-kiem" in body
