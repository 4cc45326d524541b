"""The AMP-first provincial portal (portal tanhai), over HTTP."""

from __future__ import annotations

import json
import unicodedata
from urllib.parse import urlsplit

import lxml.html
from conftest import listing_paths, raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.ampfirst import SCENES, ago, gold_corpus, utc_stamp
from dtcrawl.demo.cms.common import dmy, iso_vn, parse_local, weekday
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "tanhai"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
GOLD = {g.key: g for g in gold_corpus(CORPUS)[PORTAL]}


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def follow(path: str) -> bool:
    return not path.startswith(("/api/", "/tim-kiem", "/thong-ke/", "/rss/")) and not path.endswith(
        ".xml"
    )


def reached(demo) -> dict[str, tuple[int, str]]:
    return walk_site(demo.base_url(PORTAL), follow)


def page(demo, site, item):
    status, headers, body = fetch(demo, site.article_path(item))
    assert status == 200, item.key
    return headers, body, lxml.html.fromstring(body)


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.93"


def test_every_article_and_listing_page_is_reached_from_the_home_page(demo, site):
    pages = reached(demo)
    ok = {path for path, (status, _) in pages.items() if status == 200}
    for item in site.items:
        path = site.article_path(item)
        assert path in pages, item.key
        if item.kind == "article":
            assert path in ok, item.key
    assert listing_paths(site) <= ok
    # The pager leads through every page of the general listing (7 pages of 6).
    _, count = site.page_of(site.listed(None), 1)
    assert count == 7


def test_every_article_page_shows_its_gold_fields(demo, site):
    by_key = {it.key: it for it in site.items}
    for article in ARTICLES:
        item = by_key[article.key]
        gold = GOLD[article.key]
        headers, body, document = page(demo, site, item)
        assert body.startswith('<!doctype html>\n<html ⚡ lang="vi">')
        assert headers["Server"].startswith("nginx")
        (post,) = document.xpath("//article[@class='post']")
        assert text_of(post.xpath("./h1[@class='post-title']")[0]) == article.title
        published = parse_local(article.published)
        (timeago,) = post.xpath("./div[@class='post-meta']/amp-timeago")
        assert timeago.get("datetime") == utc_stamp(published)
        assert timeago.text == ago(site.now, published)
        (ld,) = [
            json.loads(s.text)
            for s in document.xpath("//script[@type='application/ld+json']")
            if json.loads(s.text)["@type"] == "NewsArticle"
        ]
        assert ld["datePublished"] == iso_vn(published)
        assert ld["headline"] == article.title
        shown = [text_of(post.xpath("./div[@class='post-sapo']")[0])]
        shown += [text_of(p) for p in post.xpath("./div[@class='post-content']/p")]
        assert shown == list(article.paragraphs), article.key
        captions = [
            text_of(node)
            for node in post.xpath(
                ".//div[@class='post-content']//figcaption"
                " | .//div[@class='post-content']//div[@class='slide-caption']"
            )
        ]
        assert captions == [image["caption"] for image in gold.images], article.key
        assert not post.xpath(".//figure[@class='post-thumbnail']/figcaption")
        author = post.xpath("./p[@class='post-author']")
        assert [text_of(a) for a in author] == ([article.author] if article.author else [])
        source = post.xpath("./p[@class='post-source']")
        assert [text_of(s) for s in source] == (
            [f"Nguồn: {article.source}"] if article.source else []
        )
        # Only AMP pictures: an <img> only inside a <noscript> fallback.
        assert all(img.getparent().tag == "noscript" for img in document.xpath("//img"))


def test_dates_are_relative_with_the_absolute_one_only_on_some_pages(demo, site):
    kinds = {"ago": 0, "absolute": 0, "updated": 0}
    for item in site.items:
        if item.kind != "article":
            continue
        plan = site.plans[item.key]
        kinds[plan.meta] += 1
        _, _, document = page(demo, site, item)
        meta = text_of(document.xpath("//div[@class='post-meta']")[0])
        stamp = item.published
        absolute = f"{weekday(stamp)}, {dmy(stamp)} - {stamp:%H:%M}"
        if plan.meta == "ago":
            assert meta == ago(site.now, stamp)
        elif plan.meta == "absolute":
            assert meta.endswith(absolute)
        else:
            edit = item.modified
            assert edit > stamp
            assert meta.endswith(f"Cập nhật lúc {edit:%H:%M} ngày {dmy(edit)}")
            assert f"{dmy(stamp)} - {stamp:%H:%M}" not in meta
            ld = json.loads(document.xpath("//script[@type='application/ld+json']")[0].text)
            assert ld["dateModified"] == iso_vn(edit) != ld["datePublished"]
    assert all(count >= 4 for count in kinds.values()), kinds
    phrases = {ago(site.now, it.published).split()[1] for it in site.items}
    assert {"giờ", "ngày"} <= phrases


def test_galleries_noscript_fallbacks_and_related_cards(demo, site):
    styles = set()
    noscript = 0
    for item in site.items:
        if item.kind != "article":
            continue
        _, body, document = page(demo, site, item)
        plan = site.plans[item.key]
        carousels = document.xpath("//div[@class='post-content']//amp-carousel[@type='slides']")
        assert len(carousels) == (1 if plan.gallery else 0)
        if plan.gallery:
            styles.add(plan.gallery_style)
            slides = carousels[0].xpath("./*")
            assert len(slides) == len(plan.gallery) >= 3
            assert all(caption in SCENES for caption in plan.gallery)
            thumbs = document.xpath("//amp-selector[@class='thumbs']/amp-img")
            assert len(thumbs) == len(plan.gallery)
        noscript += bool(document.xpath("//amp-img/noscript/img"))
        # The related cards' figcaptions are other stories' titles.
        cards = document.xpath("//section[@class='related']//figcaption")
        assert cards and item.title not in [text_of(c) for c in cards]
        titles = {it.title for it in site.items}
        assert all(text_of(c) in titles for c in cards)
        assert "<amp-next-page>" in body
    assert styles == {"figure", "div"}
    assert 8 <= noscript <= 32


def test_amp_components_and_the_latest_box_outside_the_html(demo, site):
    status, _, home = fetch(demo, "/")
    assert status == 200
    document = lxml.html.fromstring(home)
    assert document.xpath("//style[@amp-custom]") and document.xpath("//style[@amp-boilerplate]")
    sources = [s.get("src") for s in document.xpath("//script[@src]")]
    assert sources and all(src.startswith("https://cdn.ampproject.org/") for src in sources)
    assert not [s for s in document.xpath("//script[not(@src)]") if "json" not in s.get("type")]
    assert document.xpath("/html/body/amp-sidebar//a[@href='/tin-tuc/']")
    assert document.xpath("//amp-carousel[@id='hero']/a")
    (latest,) = document.xpath("//amp-list[@src='/api/tin-moi.json']")
    assert latest.xpath("./template[@type='amp-mustache']")
    assert not [a for a in latest.xpath(".//a") if "{{" not in a.get("href")]
    _, _, article = fetch(demo, site.article_path(site.latest(1)[0]))
    assert article.count("<amp-social-share") == 8
    for needle in (
        "<amp-ad ",
        "<amp-analytics",
        "Kết quả giải quyết TTHC",
        "Thống kê truy cập",
        "Cơ quan chủ quản",
        ALL_PORTALS[PORTAL].licence,
    ):
        assert needle in home, needle
    status, _, robots = fetch(demo, "/robots.txt")
    assert "Disallow: /api/" in robots and "Sitemap: " in robots
    status, headers, api = fetch(demo, "/api/tin-moi.json")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    items = json.loads(api)["items"]
    assert [i["url"] for i in items] == [site.article_path(it) for it in site.latest(8)]
    status, _, banner = fetch(demo, "/api/quang-cao/trong-bai.json")
    assert status == 200 and json.loads(banner)["items"]
    assert fetch(demo, "/thong-ke/ghi-nhan?site=tanhai&r=1")[0] == 204


def test_pager_redirects_and_broken_pages(demo, site):
    _, pages = site.page_of(site.listed(None), 1)
    _, _, body = fetch(demo, "/tin-tuc/trang-4/")
    pager = lxml.html.fromstring(body).xpath("//nav[@class='pagination']")[0]
    assert pager.xpath("./span[@class='current']")[0].text == "4"
    assert pager.xpath("./a[@class='prev']/@href") == ["/tin-tuc/trang-3/"]
    assert pager.xpath("./a[@class='next']/@href") == ["/tin-tuc/trang-5/"]
    assert fetch(demo, f"/tin-tuc/trang-{pages + 1}/")[0] == 404
    status, headers, _ = fetch(demo, "/chuyen-doi-so")
    assert status == 301 and urlsplit(headers["Location"]).path == "/chuyen-doi-so/"
    status, headers, _ = fetch(demo, "/tin-tuc/trang-1/")
    assert status == 301 and urlsplit(headers["Location"]).path == "/tin-tuc/"
    kinds = {}
    for item in site.items:
        if item.kind != "article":
            kinds[item.kind] = fetch(demo, site.article_path(item))[0]
    assert kinds == {"missing": 404, "error": 500}
    for path in ("/khong-co/", "/chuyen-doi-so/khong-co-1.html", "/api/quang-cao/x.json"):
        assert fetch(demo, path)[0] == 404, path


def test_feeds_sitemaps_and_undated_pages(demo, site):
    base = demo.base_url(PORTAL)
    status, _, index = fetch(demo, "/sitemap.xml")
    assert status == 200 and f"{base}/sitemap-bai-viet.xml" in index
    _, _, articles = fetch(demo, "/sitemap-bai-viet.xml")
    for item in site.items:
        assert (base + site.article_path(item) in articles) == (item.kind != "missing")
    status, _, feed = fetch(demo, "/rss/tin-moi.rss")
    assert status == 200 and feed.count("<item>") == 20
    _, _, home = fetch(demo, "/")
    assert "/gioi-thieu/" in site_links(base, "/", home)
    status, _, about = fetch(demo, "/gioi-thieu/")
    assert status == 200 and "NewsArticle" not in about and "<amp-timeago" not in about
