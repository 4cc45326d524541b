"""The vendor portal whose page heads lie while its pages read right (portal ngocdong), over
HTTP."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from datetime import timedelta
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
from conftest import listing_paths, raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.badmeta import (
    BUILD_DATE,
    JSONLD_AUTHOR,
    NEWS_PATH,
    SITE_DESCRIPTION,
    STAGING,
    TODAY,
    WEBMASTER,
    era_of,
    new_date_line,
    old_date_line,
    rss_build_date,
    stale_og,
    ticker_date,
)
from dtcrawl.demo.cms.common import parse_local
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "ngocdong"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def page(demo, path: str):
    status, _, body = fetch(demo, path)
    assert status == 200, path
    return lxml.html.fromstring(body)


def meta(document, attribute: str, name: str) -> str:
    (value,) = document.xpath(f"//meta[@{attribute}='{name}']/@content")
    return value


def follow(path: str) -> bool:
    return not path.startswith(("/rss/", "/admin/", "/tim-kiem"))


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.91"


def test_every_article_is_reached_from_the_home_page_by_links(demo, site):
    reached = walk_site(demo.base_url(PORTAL), follow)
    for item in site.items:
        path = site.article_path(item)
        assert path in reached, path
        assert reached[path][0] == {"missing": 404, "error": 500}.get(item.kind, 200)
    assert listing_paths(site) <= set(reached)
    # The ticker links the newest articles through the unrewritten address, same page.
    raw = [p for p in reached if p.startswith("/index.php?mod=tintuc")]
    assert len(raw) >= 6 and all(reached[p][0] == 200 for p in raw)


def test_every_article_page_shows_title_date_body_captions_author_and_source(demo, site):
    for article in ARTICLES:
        item = site.by_key[article.key]
        document = page(demo, site.article_path(item))
        published = parse_local(article.published)
        images = [image["caption"] for image in article.images]
        if era_of(item) == "cu":
            assert not document.xpath("//h1")
            assert text_of(document.xpath("//h2[@class='tieude']")[0]) == article.title
            date = text_of(document.xpath("//div[@class='ngaydang']")[0])
            assert date.startswith(old_date_line(published) + " | Lượt xem:")
            content = document.xpath("//div[@class='noidung']")[0]
            shown = [text_of(p) for p in content.xpath("./p[not(@class)]")]
            captions = [text_of(td) for td in content.xpath(".//td/em")]
            author = content.xpath("./p[@class='tacgia']")
            source = content.xpath("./p[@class='nguon']")
        else:
            (title,) = document.xpath("//h1")
            assert title.get("class") == "news-title" and text_of(title) == article.title
            line = document.xpath("//div[@class='news-meta']")[0]
            assert text_of(line.xpath("./span[@class='date']")[0]) == new_date_line(published)
            content = document.xpath("//div[@class='news-content']")[0]
            shown = [text_of(p) for p in content.xpath("./p")]
            captions = [text_of(c) for c in content.xpath(".//figcaption")]
            author = line.xpath("./span[@class='author']")
            source = document.xpath("//p[@class='news-source']")
        assert shown == list(article.paragraphs), article.key
        assert captions == images
        prefix = "" if era_of(item) == "cu" else "Tác giả: "
        assert [text_of(a) for a in author] == ([prefix + article.author] if article.author else [])
        expected = [f"Nguồn: {article.source}"] if article.source else []
        assert [text_of(s) for s in source] == expected


def test_canonical_links_never_name_the_article(demo, site):
    base = demo.base_url(PORTAL)
    eras = Counter()
    for item in site.items:
        if item.kind != "article":
            continue
        era = era_of(item)
        eras[era] += 1
        document = page(demo, site.article_path(item))
        (canonical,) = document.xpath("//link[@rel='canonical']/@href")
        assert canonical != base + site.article_path(item)
        expected = {
            "cu": base + "/",
            "seo1": base + site.listing_path(item.section),
            "seo2": STAGING + site.article_path(item),
        }[era]
        assert canonical == expected
        ld = json.loads(document.xpath("//script[@type='application/ld+json']/text()")[0])
        assert ld["mainEntityOfPage"]["@id"] == canonical
    assert min(eras.values()) >= 5, eras
    # A listing's later pages name its first; the home page names the staging host.
    section = site.sections["Chuyển đổi số"]
    document = page(demo, site.listing_path(section, 2))
    assert document.xpath("//link[@rel='canonical']/@href") == [base + site.listing_path(section)]
    assert page(demo, "/").xpath("//link[@rel='canonical']/@href") == [STAGING + "/"]


def test_titles_open_graph_and_descriptions_lie(demo, site):
    base = demo.base_url(PORTAL)
    portal = ALL_PORTALS[PORTAL]
    healthy = [it for it in site.items if it.kind == "article"]
    stale = 0
    for index, item in enumerate(healthy):
        document = page(demo, site.article_path(item))
        assert document.get("lang") == "en"
        title = document.xpath("//title")[0].text
        assert title == (portal.name if era_of(item) == "cu" else "Tin tức")
        assert meta(document, "name", "description") == SITE_DESCRIPTION
        assert meta(document, "name", "author") == WEBMASTER
        assert meta(document, "property", "og:type") == "website"
        og_title = meta(document, "property", "og:title")
        ld = json.loads(document.xpath("//script[@type='application/ld+json']/text()")[0])
        assert ld["headline"] == og_title
        if stale_og(item) and index + 1 < len(healthy):
            stale += 1
            assert og_title == healthy[index + 1].title != item.title
        else:
            assert og_title == item.title
        og_url = meta(document, "property", "og:url")
        assert og_url.endswith(f"-{item.section.id}.html")
        status, _, _ = fetch(demo, urlsplit(og_url).path)
        assert status == 404
        assert og_url.startswith(base)
    assert stale >= 8


def test_machine_dates_are_wrong_and_the_visible_one_is_right(demo, site):
    stamps = Counter()
    for item in site.items:
        if item.kind != "article":
            continue
        document = page(demo, site.article_path(item))
        ld = json.loads(document.xpath("//script[@type='application/ld+json']/text()")[0])
        assert ld["@type"] == "NewsArticle"
        assert ld["author"] == {"@type": "Person", "name": JSONLD_AUTHOR}
        if era_of(item) == "cu":
            assert ld["datePublished"] == BUILD_DATE
        else:
            assert ld["datePublished"].startswith(TODAY.strftime("%Y-%m-%dT"))
        stamps[ld["datePublished"]] += 1
        published = meta(document, "property", "article:published_time")
        shifted = (item.published - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S")
        assert published == shifted + "+07:00"
    assert stamps[BUILD_DATE] >= 5
    early = [it for it in site.items if it.kind == "article" and it.published.hour < 7]
    assert early  # whose labelled time falls on the day before


def test_ticker_above_the_title_shows_other_articles_and_dates(demo, site):
    item = site.items[-1]
    _, _, body = fetch(demo, site.article_path(item))
    shown = body[body.index("<body>") :]
    assert shown.index("Tin mới cập nhật") < shown.index(f">{item.title}</h")
    document = lxml.html.fromstring(body)
    rows = document.xpath("//ul[@class='ticker-list']/li")
    newest = [it for it in site.items if it.kind == "article"][:6]
    assert [text_of(r.xpath("./a")[0]) for r in rows] == [it.title for it in newest]
    assert [text_of(r.xpath("./span")[0]) for r in rows] == [
        ticker_date(it.published) for it in newest
    ]
    assert item.title not in [it.title for it in newest]
    for needle in (
        "Kết quả giải quyết TTHC",
        "Thống kê truy cập",
        "Tin đọc nhiều",
        "Tin liên quan",
        "Cơ quan chủ quản",
        ALL_PORTALS[PORTAL].licence,
    ):
        assert needle in body, needle


def test_pager_pages_through_every_listing_and_ends(demo, site):
    items, pages = site.page_of(site.listed(None), 1)
    assert pages >= 6
    document = page(demo, f"{NEWS_PATH}?page=3")
    pager = document.xpath("//div[@class='pagination']")[0]
    assert pager.xpath(".//span[@class='current']")[0].text == "3"
    assert pager.xpath(".//a[@class='prev']") and pager.xpath(".//a[@class='next']")
    assert pager.xpath(".//a[@class='last']/@href") == [f"{NEWS_PATH}?page={pages}"]
    status, _, _ = fetch(demo, f"{NEWS_PATH}?page={pages + 1}")
    assert status == 404
    first = page(demo, f"{NEWS_PATH}?page=1")
    assert [text_of(a) for a in first.xpath("//h3[@class='news-item-title']/a")] == [
        it.title for it in items
    ]


def test_rss_items_carry_the_feed_build_time(demo, site):
    status, headers, body = fetch(demo, "/rss/tin-tuc.rss")
    assert status == 200 and "rss" in headers["Content-Type"]
    feed = lxml.etree.fromstring(body.encode("utf-8"))
    dates = feed.xpath("//item/pubDate/text()")
    assert len(dates) == 20 and set(dates) == {rss_build_date()}
    links = [urlsplit(link).path for link in feed.xpath("//item/link/text()")]
    assert links == [site.article_path(it) for it in site.items if it.kind == "article"][:20]
    for section in site.sections.values():
        status, _, _ = fetch(demo, site.feed_path(section))
        assert status == 200


def test_any_slug_answers_and_broken_pages_fail(demo, site):
    item = site.items[0]
    status, _, body = fetch(demo, f"/tin-tuc/khac-{item.number}.html")
    assert status == 200 and item.title in body
    kinds = {it.kind: site.article_path(it) for it in site.items if it.kind != "article"}
    status, _, body = fetch(demo, kinds["missing"])
    assert status == 404 and "không tồn tại" in body
    status, _, body = fetch(demo, kinds["error"])
    assert status == 500 and "mysqli_connect" in body
    for path in ("/khong-co.html", "/tin-tuc/abc-1.html", "/chuyen-muc/khong-co.html"):
        assert fetch(demo, path)[0] == 404, path
