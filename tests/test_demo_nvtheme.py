"""The NukeViet 4 portal in a theme shop's theme (portal ngoclinh), over HTTP."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
from conftest import listing_paths, raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import parse_local
from dtcrawl.demo.cms.nvtheme import nv_date, php_t_stamp
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "ngoclinh"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
PREFIX = ALL_PORTALS[PORTAL].lead_prefix
SKIPPED = ("/vi/news/print/", "/vi/news/savefile/", "/vi/news/rss/", "/uploads/", "/vi/users/")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def document_of(demo, path: str) -> lxml.html.HtmlElement:
    status, _, body = fetch(demo, path)
    assert status == 200, path
    return lxml.html.fromstring(body)


def walk(demo) -> dict[str, tuple[int, str]]:
    """Every page reached from ``/`` through links and same-site redirects (old ``index.php``
    links included), no print, savefile, feed, banner or upload."""

    def follow(path: str) -> bool:
        return (
            not path.startswith(SKIPPED) and "nv=banners" not in path and "nv=comment" not in path
        )

    return walk_site(demo.base_url(PORTAL), follow)


def article_fields(document) -> dict:
    """What a reader copies from an article page: lead, text, captions, author, source."""
    (hometext,) = document.xpath("//div[contains(@class,'hometext')]")
    (body,) = document.xpath("//div[@id='news-bodyhtml']")
    header_author = document.xpath("//div[contains(@class,'meta-detail')]/span[@class='author']")
    paragraphs = [text_of(p) for p in body.xpath("./p") if text_of(p)]
    captions = [
        text_of(c)
        for c in document.xpath("//figcaption") + body.xpath("./p[@style='text-align: center;']/em")
    ]
    signed = [p for p in body.xpath("./p[@style='text-align: right;']")]
    source = document.xpath("//p[@class='h5 text-right']")
    return {
        "hometext": text_of(hometext),
        "paragraphs": [
            p for p in paragraphs if p not in captions and p not in [text_of(s) for s in signed]
        ],
        "captions": captions,
        "header_author": text_of(header_author[0]) if header_author else None,
        "signature": text_of(signed[0]) if signed else None,
        "source": text_of(source[0]) if source else None,
    }


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.77" and portal.domain == "ngoclinh.gov.vn"


def test_every_article_and_listing_page_is_reachable_from_the_root(demo, site):
    reached = walk(demo)
    articles = {site.article_path(site.by_key[a.key]) for a in ARTICLES}
    assert articles <= set(reached)
    assert all(reached[path][0] == 200 for path in articles)
    assert listing_paths(site) <= set(reached)
    assert "/vi/news/Tin-tuc-Su-kien/page-7" in reached
    assert fetch(demo, "/vi/news/Tin-tuc-Su-kien/page-8")[0] == 404
    # Tag, topic and group pages are linked and paged too.
    assert any(p.startswith("/vi/news/tag/") for p in reached)
    assert any(p.startswith("/vi/news/topic/") for p in reached)
    assert "/vi/news/groups/Tin-noi-bat/page-2" in reached
    # The deliberately missing article is listed and answers 404.
    (missing,) = [it for it in site.items if it.kind == "missing"]
    assert reached[site.article_path(missing)][0] == 404


def test_every_article_page_shows_its_gold_fields(demo, site):
    for article in ARTICLES:
        item = site.by_key[article.key]
        document = document_of(demo, site.article_path(item))
        assert text_of(document.xpath("//h1[@itemprop='headline']")[0]) == article.title
        shown = text_of(document.xpath("//span[@class='publtime']")[0])
        assert shown == nv_date(parse_local(article.published))
        fields = article_fields(document)
        lead = fields["hometext"].removeprefix(PREFIX.strip()).strip()
        assert lead == article.paragraphs[0], article.key
        paragraphs = fields["paragraphs"]
        if paragraphs and paragraphs[0] == article.paragraphs[0]:
            paragraphs = paragraphs[1:]  # the lead pasted again at the top of the text
        assert paragraphs == list(article.paragraphs[1:]), article.key
        assert fields["captions"] == [image["caption"] for image in article.images]
        authors = [fields["header_author"], fields["signature"]]
        if article.author:
            assert sum(a is not None for a in authors) == 1, article.key
            assert any(a and a.endswith(article.author) for a in authors), article.key
        else:
            assert authors == [None, None]
        assert fields["source"] == (f"Nguồn tin: {article.source}" if article.source else None)


def test_the_leads_bylines_and_photos_vary_as_editors_left_them(demo, site):
    tagged = twice = in_header = signed = 0
    photo_kinds = set()
    for article in ARTICLES:
        document = document_of(demo, site.article_path(site.by_key[article.key]))
        fields = article_fields(document)
        tagged += fields["hometext"].startswith(PREFIX.strip())
        twice += bool(fields["paragraphs"]) and fields["paragraphs"][0] == article.paragraphs[0]
        in_header += fields["header_author"] is not None
        signed += fields["signature"] is not None
        if document.xpath("//figure[@class='article center']"):
            photo_kinds.add("home image")
        if document.xpath("//div[@id='news-bodyhtml']//figure[@class='image']"):
            photo_kinds.add("ckeditor")
        if document.xpath("//div[@id='news-bodyhtml']/p[@style='text-align: center;']/img"):
            photo_kinds.add("centred paragraph")
    assert 10 <= tagged <= 30 and 3 <= twice <= 15
    assert in_header >= 5 and signed >= 5
    assert photo_kinds == {"home image", "ckeditor", "centred paragraph"}


def test_article_pages_carry_nukeviet_meta_and_the_theme_s_boxes(demo, site):
    comments = 0
    for article in ARTICLES[:20]:
        item = site.by_key[article.key]
        document = document_of(demo, site.article_path(item))
        (published,) = document.xpath("//meta[@property='article:published_time']/@content")
        assert published == php_t_stamp(parse_local(article.published))
        assert published[10:13] == "+07"  # PHP's date('Y-m-dTH:i:s')
        assert document.xpath("//link[@rel='canonical']/@href")[0].endswith(site.article_path(item))
        text = text_of(document)
        for needle in ("Đánh giá bài viết", "Ý kiến bạn đọc", "Kết quả giải quyết TTHC",
                       "Thống kê truy cập", "Xem theo ngày", "Tin đọc nhiều"):  # fmt: skip
            assert needle in text, needle
        headings = [
            text_of(h)
            for h in document.xpath("//div[contains(@class,'other-news')]/p[@class='h3']")
        ]
        assert set(headings) <= {"Các tin khác", "Tin mới hơn", "Tin cũ hơn"} and headings
        for row in document.xpath("//div[contains(@class,'other-news')]//li"):
            assert re.search(r"\(\d\d/\d\d/\d{4}\)$", text_of(row))
        shown = document.xpath("//div[@id='showcomment']/div[contains(@class,'comment-box')]")
        comments += len(shown)
        for box in shown:
            assert re.search(r"\(\d\d/\d\d/\d{4} \d\d:\d\d\)", text_of(box))
        # The ticker and the "Tin mới" marquee print old index.php links.
        assert document.xpath(
            "//marquee/a[starts-with(@href,'/index.php?language=vi&nv=news&op=')]"
        )
    assert comments >= 3


def test_old_links_and_wrong_addresses_answer_301_with_the_canonical_one(demo, site):
    item = site.by_key[ARTICLES[7].key]
    canonical = site.article_path(item)
    status, headers, _ = fetch(demo, site.old_link(item))
    assert status == 301 and urlsplit(headers["Location"]).path == canonical
    wrong = canonical.replace(f"/{item.section.slug}/", "/Tin-tuc-Su-kien/")
    status, headers, _ = fetch(demo, wrong)
    assert status == 301 and urlsplit(headers["Location"]).path == canonical
    status, headers, _ = fetch(demo, f"/index.php?language=vi&nv=news&op={item.section.slug}")
    assert status == 301 and urlsplit(headers["Location"]).path == site.listing_path(item.section)
    status, headers, _ = fetch(demo, "/index.php?language=vi&nv=banners&op=click&id=1")
    assert status == 302 and headers["Location"].startswith("https://dichvucong.gov.vn/")


def test_print_savefile_and_sendmail(demo, site):
    article = ARTICLES[3]
    item = site.by_key[article.key]
    document = document_of(demo, site.article_path(item))
    links = site_links(
        demo.base_url(PORTAL),
        site.article_path(item),
        lxml.html.tostring(document, encoding="unicode"),
    )
    assert site.tool_path("print", item) in links and site.tool_path("savefile", item) in links
    assert site.tool_path("sendmail", item) not in links  # opened by script only
    assert (
        site.tool_path("sendmail", item)
        in document.xpath("//a[@title='Gửi bài viết qua email']/@onclick")[0]
    )
    status, _, printed = fetch(demo, site.tool_path("print", item))
    printed = unicodedata.normalize("NFC", printed)
    assert status == 200 and all(p in printed for p in article.paragraphs)
    status, headers, saved = fetch(demo, site.tool_path("savefile", item))
    assert status == 200 and headers["Content-Disposition"].startswith("attachment;")
    assert article.paragraphs[-1] in unicodedata.normalize("NFC", saved)
    status, _, mail = fetch(demo, site.tool_path("sendmail", item))
    assert status == 200 and article.title in unicodedata.normalize("NFC", mail)
    assert article.paragraphs[1] not in unicodedata.normalize("NFC", mail)


def test_modules_feeds_sitemaps_and_robots(demo, site):
    reached = walk(demo)
    laws = [p for p in reached if p.startswith("/vi/laws/detail/")]
    assert len(laws) == 5
    law = document_of(demo, laws[0])
    (issued,) = law.xpath("//th[.='Ngày ban hành']/following-sibling::td")
    assert re.fullmatch(r"\d\d/\d\d/\d{4}", text_of(issued))
    assert (
        fetch(demo, law.xpath("//a[contains(@href,'.pdf')]/@href")[0])[1]["Content-Type"]
        == "application/pdf"
    )
    assert "/vi/page/Gioi-thieu-chung.html" in reached
    status, headers, feed = fetch(demo, "/vi/news/rss/")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    channel = lxml.etree.fromstring(feed.encode("utf-8"))
    assert len(channel.xpath("//item")) == 20
    assert fetch(demo, "/vi/news/rss/An-toan-thong-tin/")[0] == 200
    robots = fetch(demo, "/robots.txt")[2]
    assert "Sitemap: " in robots and "/sitemap.xml" in robots
    index = lxml.etree.fromstring(fetch(demo, "/sitemap.xml")[2].encode("utf-8"))
    locs = [urlsplit(loc).path for loc in index.xpath("//*[local-name()='loc']/text()")]
    assert "/vi/news/sitemap.xml" in locs
    news = lxml.etree.fromstring(fetch(demo, "/vi/news/sitemap.xml")[2].encode("utf-8"))
    paths = {urlsplit(loc).path for loc in news.xpath("//*[local-name()='loc']/text()")}
    assert {site.article_path(site.by_key[a.key]) for a in ARTICLES} <= paths
    found = document_of(demo, "/vi/news/search/?from_date=05/01/2021&to_date=05/01/2021&catid=0")
    assert found.xpath("//div[@class='news-item clearfix']")


def test_unknown_pages_are_404(demo):
    assert fetch(demo, "/vi/news/Chuyen-doi-so/khong-co-bai-nay-1.html")[0] == 404
    assert fetch(demo, "/vi/news/Khong-co-chuyen-muc/")[0] == 404
    assert fetch(demo, "/vi/news/tag/khong-co")[0] == 404
    assert fetch(demo, "/vi/news/print/Chuyen-doi-so/x-1.html")[0] == 404
    assert fetch(demo, "/vi/page/Khong-co.html")[0] == 404
