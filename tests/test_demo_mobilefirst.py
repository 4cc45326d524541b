"""The mobile-first Laravel CMS demo family (portal cds-tanngan), served over HTTP."""

from __future__ import annotations

import json
import re
import unicodedata
from urllib.parse import urlsplit

import lxml.html
from conftest import raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import iso_vn, parse_local
from dtcrawl.demo.cms.mobilefirst import VISIBLE_PARAGRAPHS, base36
from dtcrawl.demo.portals import ALL_PORTALS

PORTAL = "cds-tanngan"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LISTING = re.compile(r"^/(tin-tuc|chuyen-muc/[a-z0-9-]+)(\?page=\d+)?$")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    """GET ``path`` of this portal without following redirects: status, headers, text."""
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def test_every_article_shows_title_and_every_paragraph(demo, site):
    for article in ARTICLES:
        item = site.by_key[article.key]
        status, headers, markup = fetch(demo, site.article_path(item))
        assert status == 200, article.key
        document = lxml.html.fromstring(markup)
        assert text_of(document.xpath("//h1")[0]) == article.title
        content = document.xpath("//div[@id='postContent']")[0]
        paragraphs = [text_of(p) for p in content.xpath(".//p")]
        assert paragraphs == list(article.paragraphs)


def test_long_bodies_are_collapsed_after_three_paragraphs(demo, site):
    long = [a for a in ARTICLES if len(a.paragraphs) > VISIBLE_PARAGRAPHS]
    short = [a for a in ARTICLES if len(a.paragraphs) <= VISIBLE_PARAGRAPHS]
    assert long
    for article in long:
        _, _, markup = fetch(demo, site.article_path(site.by_key[article.key]))
        content = lxml.html.fromstring(markup).xpath("//div[@id='postContent']")[0]
        hidden = content.xpath("./div[contains(@class, 'collapse')]")[0]
        assert "display:none" in hidden.get("style")
        visible = [text_of(p) for p in content.xpath("./p")]
        assert visible == list(article.paragraphs[:VISIBLE_PARAGRAPHS])
        assert [text_of(p) for p in hidden.xpath(".//p")] == list(
            article.paragraphs[VISIBLE_PARAGRAPHS:]
        )
        assert "Xem toàn bộ bài viết ▼" in text_of(content)
    for article in short:
        _, _, markup = fetch(demo, site.article_path(site.by_key[article.key]))
        assert "Xem toàn bộ bài viết" not in markup


def test_images_are_lazy_with_captions(demo, site):
    with_images = [a for a in ARTICLES if a.images]
    assert with_images
    for article in with_images:
        _, _, markup = fetch(demo, site.article_path(site.by_key[article.key]))
        content = lxml.html.fromstring(markup).xpath("//div[@id='postContent']")[0]
        figures = content.xpath(".//figure")
        assert [text_of(f.xpath("figcaption")[0]) for f in figures] == [
            img["caption"] for img in article.images
        ]
        for img in content.xpath(".//figure/img"):
            assert img.get("src").startswith("data:image/gif;base64,")
            assert img.get("data-src").startswith("/storage/")
            assert fetch(demo, img.get("data-src"))[0] == 200


def test_byline_on_top_and_json_ld_author_is_the_site(demo, site):
    for article in ARTICLES:
        _, _, markup = fetch(demo, site.article_path(site.by_key[article.key]))
        document = lxml.html.fromstring(markup)
        ld = json.loads(document.xpath("//script[@type='application/ld+json']")[0].text)
        assert ld["datePublished"] == iso_vn(parse_local(article.published))
        assert ld["author"]["name"] == ALL_PORTALS[PORTAL].name
        authors = document.xpath("//div[@class='post-detail-meta']/div[@class='post-author']")
        if article.author:
            assert text_of(authors[0]) == f"Tác giả: {article.author}"
            assert markup.index("post-author") < markup.index('id="postContent"')
        else:
            assert not authors
        if article.source:
            assert f"Nguồn: {article.source}" in text_of(document)


def test_amp_twin_and_mobile_links(demo, site):
    mobile_links = 0
    for article in ARTICLES:
        item = site.by_key[article.key]
        path = site.article_path(item)
        _, _, markup = fetch(demo, path)
        document = lxml.html.fromstring(markup)
        amp = document.xpath("//link[@rel='amphtml']/@href")[0]
        assert urlsplit(amp).path == "/amp" + path
        mobile_links += "/amp" + path in site_links(demo.base_url(PORTAL), path, markup)
        status, _, amp_markup = fetch(demo, "/amp" + path)
        assert status == 200
        amp_doc = lxml.html.fromstring(amp_markup)
        assert urlsplit(amp_doc.xpath("//link[@rel='canonical']/@href")[0]).path == path
        body = amp_doc.xpath("//div[@class='content']")[0]
        assert [text_of(p) for p in body.xpath(".//p")] == list(article.paragraphs)
        assert len(body.xpath(".//amp-img")) == len(article.images)
    assert 0 < mobile_links < len(ARTICLES)


def test_short_links_redirect_to_articles(demo, site):
    status, _, markup = fetch(demo, "/")
    ticker = lxml.html.fromstring(markup).xpath("//ul[@class='ticker-list']//a/@href")
    assert ticker and all(href.startswith("/t/") for href in ticker)
    for article in ARTICLES:
        item = site.by_key[article.key]
        status, headers, _ = fetch(demo, f"/t/{base36(item.number)}")
        assert status == 301
        assert urlsplit(headers["Location"]).path == site.article_path(item)
    assert fetch(demo, "/t/zzzzzz")[0] == 404


def test_listings_reachable_through_load_more_and_pager(demo, site):
    base = demo.base_url(PORTAL)
    reached = walk_site(base, LISTING.match)
    assert all(status == 200 for status, _ in reached.values())
    seen = set(reached) - {"/"}
    articles = {
        link
        for path, (_, markup) in reached.items()
        for link in site_links(base, path, markup)
        if link.startswith("/tin-tuc/") and link.endswith(".html")
    }
    expected = set(site.by_path)
    assert expected <= articles
    # every listing page of every section (12 a page) was reached
    for section in [None, *site.sections.values()]:
        count = len(site.listed(section))
        pages = max(1, -(-count // 12))
        for page in range(2, pages + 1):
            assert site.listing_path(section, page) in seen


def test_load_more_is_a_plain_link_to_the_next_page(demo, site):
    status, _, markup = fetch(demo, "/tin-tuc")
    document = lxml.html.fromstring(markup)
    assert len(document.xpath("//div[@id='postList']/div[contains(@class, 'post-item')]")) == 12
    more = document.xpath("//a[contains(@class, 'btn-load-more')]")[0]
    assert more.get("href") == "?page=2" and text_of(more) == "Tải thêm"


def test_missing_page_and_404(demo, site):
    broken = [it for it in site.items if it.kind == "missing"]
    assert broken
    assert fetch(demo, site.article_path(broken[0]))[0] == 404
    status, _, markup = fetch(demo, "/khong-co-trang-nay")
    assert status == 404 and "404" in markup
    assert fetch(demo, "/tin-tuc?page=99")[0] == 404


def test_boilerplate_is_present(demo, site):
    item = site.by_key[ARTICLES[0].key]
    _, _, markup = fetch(demo, site.article_path(item))
    for marker in (
        "sticky-top",
        "bottom-nav",
        "cookie-consent",
        "Chia sẻ:",
        "Tin liên quan",
        "Cơ quan chủ quản:",
        "Kết quả giải quyết TTHC",
        "Tin nổi bật",
    ):
        assert marker in markup
    status, _, robots = fetch(demo, "/robots.txt")
    assert status == 200 and "Disallow: /admin/" in robots
