"""The portal whose vendors' templates date articles in many shapes (portal thanhnguyen)."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from urllib.parse import urlsplit

import lxml.html
from conftest import listing_paths, raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import parse_local
from dtcrawl.demo.cms.datemix import (
    TODAY,
    clock12,
    comments_of,
    edited_at,
    template_of,
    utc_z,
    v1_stamp,
    v2_stamp,
    v3_stamp,
)
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "thanhnguyen"
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
    return parts.path.endswith(".html") or parts.path in ("/", "/index.php")


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.74" and portal.domain == "thanhnguyen.gov.vn"


def test_every_article_and_listing_page_is_reached_from_the_home_page(demo, site):
    reached = walk_site(demo.base_url(PORTAL), follow)
    articles = {site.article_path(it) for it in site.items}
    assert articles <= set(reached)
    assert listing_paths(site) <= set(reached)
    missing = [site.article_path(it) for it in site.items if it.kind == "missing"]
    assert missing and all(reached[path][0] == 404 for path in missing)
    assert all(
        reached[site.article_path(it)][0] == 200 for it in site.items if it.kind == "article"
    )


def test_every_template_is_used_and_shows_the_gold_fields(demo, site):
    by_key = {it.key: it for it in site.items}
    used = set()
    for article in ARTICLES:
        item = by_key[article.key]
        template = template_of(item.number)
        used.add(template)
        document = page(demo, site.article_path(item))
        assert text_of(document.xpath("//title")[0]).startswith(article.title)
        published = parse_local(article.published)
        if template == "v1":
            assert text_of(document.xpath("//h2[@class='tieude']")[0]) == article.title
            content = document.xpath("//div[@class='noidung']")[0]
            shown = [text_of(p) for p in content.xpath("./p[@style='text-align: justify;']")]
            captions = [text_of(td) for td in content.xpath(".//td[@class='image_desc']")]
            stamp = text_of(document.xpath("//span[@class='ngayxb']")[0])
            assert stamp.startswith(f"Ngày xuất bản: {dmy_clock(published)}")
            right = [text_of(p) for p in content.xpath("./p[@style='text-align: right;']")]
            assert right == [a for a in (article.author,) if a] + [
                f"Nguồn: {s}" for s in (article.source,) if s
            ]
        elif template == "v2":
            assert text_of(document.xpath("//h1[@class='article-title']")[0]) == article.title
            content = document.xpath("//div[@class='article-content']")[0]
            shown = [text_of(p) for p in content.xpath("./p")]
            captions = [text_of(f) for f in content.xpath(".//figcaption")]
            assert text_of(document.xpath("//span[@class='date']")[0]) == v2_stamp(published)
            meta = document.xpath("//meta[@property='article:published_time']/@content")
            assert meta == [utc_z(published)] and meta[0].endswith("Z")
            if article.author:
                tacgia = text_of(document.xpath("//div[@class='tacgia']")[0])
                assert tacgia == f"Tác giả: {article.author}"
        else:
            assert text_of(document.xpath("//h1[@class='title-detail']")[0]) == article.title
            lead = [text_of(d) for d in document.xpath("//div[@class='sapo']")]
            content = document.xpath("//div[@class='detail-content']")[0]
            shown = lead + [text_of(p) for p in content.xpath("./p")]
            captions = [text_of(p) for p in content.xpath(".//p[@class='img-caption']")]
            stamp = text_of(document.xpath("//span[@class='time-detail']")[0])
            assert stamp == f"Cập nhật: {v3_stamp(published)}"
            if article.source:
                source = text_of(document.xpath("//div[@class='news-source']")[0])
                assert source == f"Theo {article.source}"
        assert shown == list(article.paragraphs), article.key
        assert captions == [image["caption"] for image in article.images], article.key
    assert used == {"v1", "v2", "v3"}


def dmy_clock(moment: datetime) -> str:
    return v1_stamp(moment, 0).rsplit(":", 1)[0]  # the seconds left out


def test_twelve_hour_clock_and_utc_metadata_hazards_are_there(demo, site):
    assert clock12(datetime(2021, 1, 6, 0, 19), 30) == "12:19:30 SA"
    midnight = [
        it for it in site.items
        if it.kind == "article" and template_of(it.number) == "v1" and it.published.hour == 0
    ]  # fmt: skip
    assert midnight, "a v1 article published just after midnight shows '12:… SA'"
    document = page(demo, site.article_path(midnight[0]))
    stamp = text_of(document.xpath("//span[@class='ngayxb']")[0])
    assert re.fullmatch(r"Ngày xuất bản: \d\d/\d\d/\d{4} 12:\d\d:\d\d SA", stamp)
    afternoon = [
        it for it in site.items
        if it.kind == "article" and template_of(it.number) == "v1" and it.published.hour > 12
    ]  # fmt: skip
    stamp = text_of(page(demo, site.article_path(afternoon[0])).xpath("//span[@class='ngayxb']")[0])
    assert stamp.endswith(" CH") and f"{afternoon[0].published.hour - 12}:" in stamp
    # A v2 article published before 07:00 local has its UTC metadata on the day before.
    early = [
        it for it in site.items
        if it.kind == "article" and template_of(it.number) == "v2" and it.published.hour < 7
    ]  # fmt: skip
    assert early
    meta = page(demo, site.article_path(early[0])).xpath(
        "//meta[@property='article:published_time']/@content"
    )[0]
    assert meta[:10] < early[0].published.strftime("%Y-%m-%d")


def test_edit_dates_come_before_the_publication_date(demo, site):
    edited = {t: [] for t in ("v1", "v2")}
    for it in site.items:
        if it.kind == "article" and edited_at(it) and template_of(it.number) in edited:
            edited[template_of(it.number)].append(it)
    assert all(len(items) >= 2 for items in edited.values())
    for it in edited["v1"]:
        line = text_of(page(demo, site.article_path(it)).xpath("//div[@class='ngaydang']")[0])
        assert line.index("Ngày sửa:") < line.index("Ngày xuất bản:")
    for it in edited["v2"]:
        document = page(demo, site.article_path(it))
        line = text_of(document.xpath("//div[@class='article-meta']")[0])
        assert line.startswith(f"Cập nhật lần cuối: {v2_stamp(it.modified)} | ")
        assert document.xpath("//meta[@property='article:modified_time']/@content") == [
            utc_z(it.modified)
        ]


def test_other_dates_around_the_article(demo, site):
    today = f"{TODAY:%d/%m/%Y}"
    with_comments = [it for it in site.items if it.kind == "article" and comments_of(it)]
    assert len(with_comments) >= 5
    for it in site.items[:12]:
        if it.kind != "article":
            continue
        _, _, body = fetch(demo, site.article_path(it))
        document = lxml.html.fromstring(body)
        assert text_of(document.xpath("//span[@class='ngay-hien-tai']")[0]).endswith(today)
        assert f"Cập nhật lần cuối: {today}" in text_of(document.xpath("//p[@class='capnhat']")[0])
        boxes = document.xpath("//ul[@class='list-tinmoi']//span[@class='ngay']")
        assert boxes and all(re.fullmatch(r"\(\d\d/\d\d/\d{4}, \d\d:\d\d\)", b.text) for b in boxes)
        assert document.xpath("//div[@class='box box-lichcongtac']")
        assert document.xpath("//div[@class='tin-cung-chuyen-muc']//span[@class='ngay']")
    v1 = next(it for it in site.items if it.kind == "article" and template_of(it.number) == "v1")
    _, _, body = fetch(demo, site.article_path(v1))
    assert body.index('id="col-left"') < body.index('class="tieude"')  # "Tin mới" first
    item = with_comments[0]
    document = page(demo, site.article_path(item))
    times = [text_of(t) for t in document.xpath("//span[@class='cmt-time']")]
    assert times == [f"{m:%d/%m/%Y %H:%M}" for _, m, _ in comments_of(item)]


def test_legacy_links_redirect_and_feed_times_are_labelled_gmt(demo, site):
    v1 = next(it for it in site.items if it.kind == "article" and template_of(it.number) == "v1")
    links = site_links(
        demo.base_url(PORTAL), site.article_path(v1), fetch(demo, site.article_path(v1))[2]
    )
    legacy = [link for link in links if link.startswith("/index.php?mod=news&id=")]
    assert legacy
    status, headers, _ = fetch(demo, legacy[0])
    assert status == 301 and urlsplit(headers["Location"]).path.startswith("/tin-tuc/")
    status, headers, feed = fetch(demo, "/rss.aspx")
    assert status == 200 and headers["Content-Type"].startswith("text/xml")
    newest = site.items[0]
    assert f"{newest.published:%d %b %Y %H:%M}:00 GMT" in feed  # local time, labelled GMT


def test_pager_and_print_views(demo, site):
    _, pages = site.page_of(site.listed(None), 1)
    assert pages == 6  # 41 items, 8 a page
    document = page(demo, "/tin-tuc-su-kien/trang-3.html")
    pager = document.xpath("//div[@class='pager']")[0]
    assert pager.xpath("./span[@class='current']")[0].text == "3"
    assert [a.text for a in pager.xpath("./a")][:2] == ["Trang đầu", "«"]
    assert fetch(demo, "/tin-tuc-su-kien/trang-7.html")[0] == 404
    assert fetch(demo, "/tin-tuc-su-kien/trang-1.html")[0] == 404
    for key, path in list(site.print_paths().items())[:5]:
        article = next(a for a in ARTICLES if a.key == key)
        status, _, body = fetch(demo, path)
        assert status == 200 and article.paragraphs[-1] in lxml.html.fromstring(body).text_content()
    for path in ("/lich-cong-tac.html", "/gioi-thieu.html", "/lien-he.html", "/Default.aspx"):
        assert fetch(demo, path)[0] == 200
