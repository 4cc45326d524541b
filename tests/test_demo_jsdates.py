"""The portal whose front end writes every date with JavaScript (portal camluong)."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import lxml.html
from conftest import listing_paths, raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import VN_TZ, dmy, parse_local
from dtcrawl.demo.cms.jsdates import APP_JS, LAYOUTS, RENDERED, layout_of, updated_at
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "camluong"
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


def follow(path: str) -> bool:
    parts = urlsplit(path)
    return parts.path == "/" or parts.path.startswith(("/tin-tuc", "/chuyen-muc/"))


def local(moment: datetime) -> datetime:
    """An aware moment as the naive Vietnam time a reader's browser shows (to the second)."""
    return moment.astimezone(VN_TZ).replace(tzinfo=None)


def from_unix(seconds: float) -> datetime:
    return local(datetime.fromtimestamp(seconds, UTC))


def from_iso(text: str) -> datetime:
    return local(datetime.fromisoformat(text.replace("Z", "+00:00")))


def minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def visible_text(document) -> str:
    """The page's text as a browser without script shows it, minus <noscript> (script on)."""
    for node in document.xpath("//script | //noscript | //style"):
        node.drop_tree()
    return text_of(document)


def shown_moment(document, layout: str) -> datetime:
    """The publication moment the article page holds, read the way its layout's script does."""
    meta = document.xpath("//div[@class='post-meta']")[0]
    if layout == "mac-dinh":
        return from_unix(int(meta.xpath("./span[@class='post-date']/@data-time")[0]))
    if layout == "bai-dai":
        return from_iso(meta.xpath("./div[@class='article-date']/@data-date")[0])
    if layout == "tin-anh":
        script = document.xpath("//article//script")[0].text
        return from_unix(int(re.search(r"var publishTime = (\d+);", script).group(1)) / 1000)
    return from_iso(meta.xpath("./time[@class='post-time']/@datetime")[0])


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.94" and portal.domain == "camluong.gov.vn"


def test_every_article_and_listing_page_is_reached_from_the_home_page(demo, site):
    reached = walk_site(demo.base_url(PORTAL), follow)
    assert {site.article_path(it) for it in site.items} <= set(reached)
    assert listing_paths(site) <= set(reached)
    statuses = {it.kind: reached[site.article_path(it)][0] for it in site.items}
    assert statuses == {"article": 200, "missing": 404, "error": 500}
    assert all(
        reached[site.article_path(it)][0] == 200 for it in site.items if it.kind == "article"
    )


def test_every_article_page_shows_its_gold_fields_and_its_moment_only_to_script(demo, site):
    by_key = {it.key: it for it in site.items}
    used = set()
    for article in ARTICLES:
        item = by_key[article.key]
        layout = layout_of(item)
        used.add(layout)
        document = page(demo, site.article_path(item))
        assert document.xpath("//article/@class") == [f"post-detail layout-{layout}"]
        assert text_of(document.xpath("//h1[@class='post-title']")[0]) == article.title
        content = document.xpath("//div[@class='post-content']")[0]
        shown = [text_of(p) for p in content.xpath("./p[not(@class)]")]
        assert shown == list(article.paragraphs), article.key
        caption_path = ".//p[@class='photo-caption']" if layout == "tin-anh" else ".//figcaption"
        captions = [text_of(c) for c in content.xpath(caption_path)]
        assert captions == [image["caption"] for image in article.images], article.key
        authors = [text_of(p) for p in content.xpath("./p[@class='post-author']")]
        assert authors == [a for a in (article.author,) if a]
        sources = [text_of(p) for p in content.xpath("./p[@class='post-source']")]
        assert sources == [f"Nguồn: {s}" for s in (article.source,) if s]
        # The moment, with the seconds the CMS stored, is the publication to the minute.
        published = parse_local(article.published)
        moment = shown_moment(document, layout)
        assert minute(moment) == published, article.key
        # No date of publication is written for a reader whose browser runs the script: the
        # page's text (scripts, <noscript> left out) never has it, nor its time.
        fallback = document.xpath("//noscript/div[@class='article-date']")
        assert [text_of(n) for n in fallback] == (
            [f"{dmy(published)} {published:%H:%M}"] if layout == "bai-dai" else []
        )
        text = visible_text(document)
        assert dmy(published) not in text and f"{published:%H:%M}" not in text, article.key
        # Only og:updated_time, on two templates, and never the publication.
        metas = document.xpath("//meta[contains(@property, 'time')]")
        if layout in ("mac-dinh", "mau-2023"):
            assert [m.get("property") for m in metas] == ["og:updated_time"]
            updated = from_iso(metas[0].get("content"))
            assert updated == updated_at(item) and minute(updated) != published
        else:
            assert metas == []
        assert not document.xpath("//script[@type='application/ld+json']")
    assert used == set(LAYOUTS)


def test_the_photo_template_script_carries_the_update_time_too(demo, site):
    items = [it for it in site.items if it.kind == "article" and layout_of(it) == "tin-anh"]
    assert items
    for item in items:
        document = page(demo, site.article_path(item))
        script = document.xpath("//article//script")[0].text
        update = int(re.search(r"var updateTime = (\d+);", script).group(1))
        assert from_unix(update / 1000) == updated_at(item)
        assert document.xpath("//span[@id='publish-time']")[0].text is None


def test_header_clock_and_today_placeholder_are_empty_until_script(demo, site):
    document = page(demo, site.article_path(site.items[0]))
    today = document.xpath("//span[@id='today-text']")[0]
    assert today.text == "Hôm nay"
    clock = document.xpath("//span[@id='header-clock']")[0]
    assert clock.text is None and from_unix(int(clock.get("data-servertime"))) == RENDERED
    status, headers, script = fetch(demo, "/themes/camluong/js/app.js?v=2.4.1")
    assert status == 200 and headers["Content-Type"].startswith("application/javascript")
    assert script == APP_JS and "data-time" in script and "publishTime" in script


def test_listings_and_boxes_date_their_items_only_in_attributes(demo, site):
    times = {it.number: it for it in site.items}
    for section in [None, *site.sections.values()]:
        items, pages = site.page_of(site.listed(section), 1)
        for n in range(1, pages + 1):
            document = page(demo, site.listing_path(section, n))
            rows = document.xpath("//div[@class='news-item']")
            expected, _ = site.page_of(site.listed(section), n)
            assert len(rows) == len(expected)
            for row, item in zip(rows, expected, strict=True):
                span = row.xpath(".//span[@class='item-date']")[0]
                assert span.text is None
                assert minute(from_unix(int(span.get("data-time")))) == item.published
                fallback = row.xpath(".//noscript/span[@class='date-text']")
                assert bool(fallback) == (section is None)
        status, _, _ = fetch(demo, site.listing_path(section, pages + 1))
        assert status == 404
    home = page(demo, "/")
    stamps = home.xpath("//section[@class='highlight']//time/@datetime")
    assert len(stamps) == 5 and all(from_iso(s) for s in stamps)
    boxes = home.xpath("//section[@class='home-box']//span[@class='box-date']")
    assert len(boxes) >= 15 and all(b.text is None and b.get("data-date") for b in boxes)
    article = page(demo, site.article_path(site.items[5]))
    related = article.xpath("//ul[@class='related-list']//span[@class='rel-date']")
    most_read = article.xpath("//ol[@class='most-read']//span[@class='mr-date']")
    assert related and len(most_read) == 5
    for span in related + most_read:
        link = span.getparent().xpath("./a/@href")[0]
        number = int(re.search(r"-(\d+)\.html$", link).group(1))
        assert minute(from_unix(int(span.get("data-time")))) == times[number].published


def test_pager_links_every_page_and_page_one_bare(demo, site):
    _, pages = site.page_of(site.listed(None), 1)
    assert pages >= 5
    links = site_links(demo.base_url(PORTAL), "/tin-tuc?page=3", fetch(demo, "/tin-tuc?page=3")[2])
    assert "/tin-tuc" in links and "/tin-tuc?page=1" not in links
    assert {"/tin-tuc?page=2", "/tin-tuc?page=4", f"/tin-tuc?page={pages}"} <= set(links)


def test_about_page_has_an_update_time_only_and_sitemap_gives_last_saves(demo, site):
    about = page(demo, "/gioi-thieu")
    assert about.xpath("//meta[@property='og:updated_time']/@content")
    assert not about.xpath("//div[@class='col-main']//*[@data-time or @data-date or self::time]")
    status, _, robots = fetch(demo, "/robots.txt")
    assert status == 200 and "Sitemap: " in robots and "Disallow: /tim-kiem" in robots
    status, _, xml = fetch(demo, "/sitemap.xml")
    assert status == 200
    entries = dict(re.findall(r"<loc>[^<]*?(/tin-tuc/[^<]+)</loc><lastmod>([^<]+)</lastmod>", xml))
    articles = [it for it in site.items if it.kind == "article"]
    assert len(entries) == len(articles)
    for item in articles:
        lastmod = from_iso(entries[site.article_path(item)])
        assert lastmod == updated_at(item) and minute(lastmod) != item.published
    early = [it for it in articles if updated_at(it) < it.published]
    late = [it for it in articles if updated_at(it) > it.published + timedelta(hours=1)]
    assert early and late


def test_boilerplate_and_unknown_pages(demo, site):
    _, headers, body = fetch(demo, site.article_path(site.items[0]))
    assert headers["X-Powered-By"].startswith("PHP")
    for needle in (
        "Kết quả giải quyết TTHC",
        "Thống kê truy cập",
        "Tin đọc nhiều",
        "Tin liên quan",
        "Cơ quan chủ quản",
        ALL_PORTALS[PORTAL].licence,
    ):
        assert needle in body, needle
    for path in (
        "/khong-co",
        "/tin-tuc/kinh-te-so/khong-co-1.html",
        "/chuyen-muc/khong-co",
        "/tim-kiem?tukhoa=chuyen-doi-so",
    ):
        status, _, body = fetch(demo, path)
        assert status == 404 and "Không tìm thấy trang" in body, path
