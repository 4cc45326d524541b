"""The Django + Wagtail CMS demo family (portal cds-bichgiang), served over HTTP."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import timedelta

import lxml.html
from conftest import listing_paths, raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import dmy, iso_vn, parse_local
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "cds-bichgiang"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
ARTICLE = re.compile(r"^/tin-tuc/(\d{4})/(\d\d)/(\d\d)/([a-z0-9-]+)/$")
LISTING = re.compile(r"^/tin-tuc/(chuyen-muc/[a-z0-9-]+/)?(\?page=\d+)?$")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    """GET ``path`` of this portal without following redirects: status, headers, text."""
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def test_portal_is_blind_only():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.host == "127.0.0.39"
    assert portal.registry_cms == "custom"


def test_every_article_shows_title_and_every_paragraph(demo, site):
    for article in ARTICLES:
        path = site.article_path(site.by_key[article.key])
        assert ARTICLE.match(path), path
        status, _, markup = fetch(demo, path)
        assert status == 200, article.key
        document = lxml.html.fromstring(markup)
        assert text_of(document.xpath("//h1")[0]) == article.title
        detail = document.xpath("//article[contains(@class, 'article-detail')]")[0]
        paragraphs = [
            text_of(p)
            for p in detail.xpath(
                ".//div[contains(@class, 'article-intro')]/p"
                " | .//div[contains(@class, 'block-paragraph')]//p"
            )
        ]
        assert paragraphs == list(article.paragraphs)
        captions = [text_of(c) for c in detail.xpath(".//div[@class='block-image']//figcaption")]
        assert captions == [img["caption"] for img in article.images]
        if article.author:
            assert text_of(detail.xpath(".//div[contains(@class, 'article-author')]")[0]) == (
                article.author
            )
        assert "Chia sẻ:" in text_of(detail.xpath(".//div[contains(@class, 'share-block')]")[0])
        related = document.xpath("//section[contains(@class, 'related-posts')]")[0]
        assert "Bài viết liên quan" in text_of(related)


def test_date_folder_is_the_utc_date_and_slug_is_cut_at_50(demo, site):
    early = 0
    for article in ARTICLES:
        local = parse_local(article.published)
        match = ARTICLE.match(site.article_path(site.by_key[article.key]))
        folder = "-".join(match.group(1, 2, 3))
        assert folder == (local - timedelta(hours=7)).strftime("%Y-%m-%d")
        assert len(match.group(4)) <= 50
        if local.hour < 7:
            early += 1
            assert folder != local.strftime("%Y-%m-%d")
    assert early, "the corpus should have articles published before 07:00"
    assert any(len(ARTICLE.match(p).group(4)) == 50 for p in site.by_path if ARTICLE.match(p))


def test_dates_in_utc_attribute_local_text_and_json_ld(demo, site):
    for article in ARTICLES[:10]:
        local = parse_local(article.published)
        _, _, markup = fetch(demo, site.article_path(site.by_key[article.key]))
        document = lxml.html.fromstring(markup)
        time = document.xpath("//div[contains(@class, 'article-meta')]/time")[0]
        utc = local - timedelta(hours=7)
        assert time.get("datetime") == utc.strftime("%Y-%m-%dT%H:%M:%SZ")
        assert time.text_content() == dmy(local)
        ld = json.loads(document.xpath("//script[@type='application/ld+json']/text()")[0])
        assert ld["@type"] == "NewsArticle"
        assert ld["datePublished"] == iso_vn(local)
        meta = document.xpath("//meta[@property='article:published_time']/@content")
        assert meta == [iso_vn(local)]


def test_listings_page_only_through_link_rel_next(demo, site):
    base = demo.base_url(PORTAL)
    wanted = listing_paths(site)
    reached = walk_site(
        base,
        lambda p: bool(LISTING.match(p)) or p == "/",
        start="/",
        xpath="//a/@href | //link[@rel='next']/@href",
    )
    assert wanted <= set(reached)
    for path in wanted:
        status, body = reached[path]
        assert status == 200
        # No anchor leads to a further page: the visible "Xem thêm" is a button.
        assert not any("page=" in link for link in site_links(base, path, body))
    by_anchors = walk_site(base, lambda p: bool(LISTING.match(p)) or p == "/", start="/")
    assert not any("page=" in p for p in by_anchors)
    _, _, first = fetch(demo, "/tin-tuc/")
    button = lxml.html.fromstring(first).xpath("//button[@id='load-more']")[0]
    assert button.get("data-next-page") == "?page=2"
    assert "Xem thêm" in text_of(button)
    _, _, second = fetch(demo, "/tin-tuc/?page=2")
    assert lxml.html.fromstring(second).xpath("//link[@rel='prev']/@href") == ["/tin-tuc/"]


def test_every_article_is_listed(demo, site):
    base = demo.base_url(PORTAL)
    listed = set()
    for path in listing_paths(site):
        _, _, body = fetch(demo, path)
        listed |= {p for p in site_links(base, path, body) if ARTICLE.match(p)}
    assert {site.article_path(site.by_key[a.key]) for a in ARTICLES} <= listed


def test_page_one_is_the_bare_listing_and_past_the_end_is_the_last(demo, site):
    def cards(path):
        _, _, body = fetch(demo, path)
        return lxml.html.fromstring(body).xpath("//div[@id='post-list']//h3/a/@href")

    assert cards("/tin-tuc/?page=1") == cards("/tin-tuc/")
    _, pages = site.page_of(site.listed(None), 1)
    assert cards(f"/tin-tuc/?page={pages + 7}") == cards(f"/tin-tuc/?page={pages}")
    _, _, body = fetch(demo, "/tin-tuc/?page=1")
    canonical = lxml.html.fromstring(body).xpath("//link[@rel='canonical']/@href")[0]
    assert canonical.endswith("/tin-tuc/")


def test_append_slash_redirects(demo, site):
    path = site.article_path(site.by_key[ARTICLES[0].key])
    status, headers, _ = fetch(demo, path.rstrip("/"))
    assert status == 301 and headers["Location"] == path
    assert fetch(demo, "/tin-tuc")[0] == 301
    assert fetch(demo, "/khong-co-trang-nay")[0] == 404


def test_tracking_links_and_search_form(demo, site):
    _, _, home = fetch(demo, "/")
    links = site_links(demo.base_url(PORTAL), "/", home)
    tracked = [link for link in links if "utm_source=" in link]
    assert tracked
    status, _, markup = fetch(demo, tracked[0])
    assert status == 200
    assert "article-detail" in markup
    assert not any(link.startswith("/tim-kiem/") for link in links)
    form = lxml.html.fromstring(home).xpath("//form[@role='search']")[0]
    assert form.get("action") == "/tim-kiem/" and form.xpath(".//input/@name") == ["query"]
    word = ARTICLES[0].title.split()[0]
    _, _, results = fetch(demo, f"/tim-kiem/?query={word}")
    assert site.article_path(site.by_key[ARTICLES[0].key]) in results


def test_streamfield_embeds_and_boilerplate(demo, site):
    embeds = 0
    for article in ARTICLES:
        _, _, markup = fetch(demo, site.article_path(site.by_key[article.key]))
        document = lxml.html.fromstring(markup)
        embeds += len(document.xpath("//div[@class='block-embed']//iframe"))
        assert not document.xpath("//div[contains(@class, 'article-body')]//h2")
    assert embeds
    _, _, page = fetch(demo, "/tin-tuc/")
    for words in ("Kết quả giải quyết TTHC", "Cơ quan chủ quản", "Giấy phép", "Tin nổi bật"):
        assert words in page


def test_404_sitemap_and_robots(demo, site):
    status, _, body = fetch(demo, "/tin-tuc/2020/01/01/khong-ton-tai/")
    assert status == 404 and "Không tìm thấy trang" in body
    broken = site.by_key["cds-bichgiang-broken-missing"]
    assert fetch(demo, site.article_path(broken))[0] == 404
    status, _, robots = fetch(demo, "/robots.txt")
    assert status == 200 and "Sitemap:" in robots
    status, _, sitemap = fetch(demo, "/sitemap.xml")
    assert status == 200 and "<sitemapindex" not in sitemap
    for article in ARTICLES:
        assert site.article_path(site.by_key[article.key]) in sitemap
