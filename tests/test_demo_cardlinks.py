"""The card-anchor ASP.NET Core demo family (portal hongdien), served over HTTP."""

from __future__ import annotations

import re
import unicodedata

import lxml.html
from conftest import raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus

PORTAL = "hongdien"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LISTING = re.compile(r"^/(chuyen-muc/[a-z0-9-]+)(\?p=\d+)?$")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def test_every_article_shows_title_sapo_and_every_paragraph(demo, site):
    for article in ARTICLES:
        status, _, markup = fetch(demo, site.article_path(site.by_key[article.key]))
        assert status == 200
        doc = lxml.html.fromstring(markup)
        assert text_of(doc.xpath("//h1[@class='detail-title']")[0]) == article.title
        assert text_of(doc.xpath("//h2[@class='detail-sapo']")[0]) == article.paragraphs[0]
        body = [text_of(p) for p in doc.xpath("//div[@class='detail-content']/p")]
        assert body[: len(article.paragraphs) - 1] == list(article.paragraphs[1:])
        captions = [text_of(c) for c in doc.xpath("//div[@class='detail-content']//figcaption")]
        assert captions == [img["caption"] for img in article.images]
        if article.author:
            assert body[-1] == article.author


def test_listings_reachable_from_home_through_the_pager(demo, site):
    base = demo.base_url(PORTAL)
    reached = walk_site(base, lambda p: p == "/" or bool(LISTING.match(p)))
    assert all(status == 200 for status, _ in reached.values())
    for section in [None, *site.sections.values()]:
        _, pages = site.page_of(site.listed(section), 1)
        for page in range(1, pages + 1):
            assert site.listing_path(section, page) in reached
    assert site.listing_path(None, 3) in reached  # the news listing has several pages
    linked = {
        link.split("?")[0]
        for path, (_, markup) in reached.items()
        for link in site_links(base, path, markup)
    }
    assert set(site.by_path) <= linked


def test_listing_items_are_single_anchors_wrapping_the_card(demo, site):
    _, _, markup = fetch(demo, site.listing_path(None))
    doc = lxml.html.fromstring(markup)
    cards = doc.xpath("//div[contains(@class,'list-news')]//a[@class='card-news']")
    assert len(cards) == site.portal.page_size
    first = site.items[0]
    assert cards[0].get("href") == site.article_path(first)
    text = text_of(cards[0])
    assert text.startswith(first.title)
    assert f"{first.published:%d/%m/%Y %H:%M}" in text
    img = cards[0].xpath(".//img")[0]
    assert img.get("src").startswith("data:image/gif;base64,") and img.get("data-src")
    pager = doc.xpath("//ul[@class='pagination']//a/@href")
    assert "/chuyen-muc/tin-tuc?p=2" in pager


def test_hazards_tracking_alias_javascript_and_view_counter(demo, site):
    _, _, home = fetch(demo, "/")
    hero = lxml.html.fromstring(home).xpath("//div[@class='carousel-inner']//a/@href")
    assert hero and all(h.endswith("?utm_source=trangchu") for h in hero)
    item = site.items[0]
    status, _, page = fetch(demo, site.article_path(item))
    assert "javascript:window.print()" in page
    assert re.search(r'class="detail-view[^"]*"><i class="bi bi-eye"></i> [\d.]+<', page)
    status, _, alias = fetch(demo, f"/tin-tuc/{item.number}.htm")
    assert status == 200 and f"/tin-tuc/{item.number}.htm" in page
    canonical = lxml.html.fromstring(alias).xpath("//link[@rel='canonical']/@href")[0]
    assert canonical.endswith(site.article_path(item))


def test_media_pages_and_404(demo, site):
    _, _, home = fetch(demo, "/")
    media = [
        h
        for h in site_links(demo.base_url(PORTAL), "/", home)
        if h.startswith(("/video/", "/anh/"))
    ]
    assert len(media) == 6
    for path in media:
        assert fetch(demo, path)[0] == 200
    _, _, gallery = fetch(demo, [m for m in media if m.startswith("/anh/")][0])
    assert gallery.count("<figcaption>") == 8
    status, _, body = fetch(demo, "/tin-tuc/khong-co-bai-nay-1.htm")
    assert status == 404 and "không tồn tại" in body
    assert fetch(demo, "/chuyen-muc/khong-co")[0] == 404
    assert fetch(demo, "/chuyen-muc/tin-tuc?p=99")[0] == 404


def test_boilerplate_is_present(demo, site):
    _, _, page = fetch(demo, site.article_path(site.items[3]))
    for text in (
        "Kết quả giải quyết TTHC",
        "Thống kê truy cập",
        "Cơ quan chủ quản",
        "Tin liên quan",
        "Thăm dò ý kiến",
        site.portal.licence,
    ):
        assert text in page
    status, _, robots = fetch(demo, "/robots.txt")
    assert status == 200 and "Disallow: /admin/" in robots
