"""The ASP.NET MVC portal whose article pages load the rest of the text under a "Xem tiếp" button
(portal kimdan), over HTTP."""

from __future__ import annotations

import re
import unicodedata

import lxml.etree
import lxml.html
from conftest import listing_paths, raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import parse_local
from dtcrawl.demo.cms.xemtiep import (
    AJAX_FRAGMENT,
    ARTICLE_PATH,
    SCRIPT_SECTIONS,
    date_line,
    fragment_url,
    gold_corpus,
    parts_of,
)
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "kimdan"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
GOLD = {article.key: article for article in gold_corpus(CORPUS)[PORTAL]}
LOAD_SCRIPT = re.compile(r'\$\("#noidung-tiep"\)\.load\("([^"]+)"')


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def follow(path: str) -> bool:
    return path == "/" or path.startswith(("/tin-tuc", "/chuyen-muc/"))


def walk(demo) -> dict[str, tuple[int, str]]:
    return walk_site(demo.base_url(PORTAL), follow)


def read_like_a_reader(demo, path: str) -> dict:
    """The article as a reader has it after clicking every "Xem tiếp": the page's part, then each
    fragment its button (``data-url``) or its inline script (``.load("…")``) brings."""
    status, _, page = fetch(demo, path)
    assert status == 200, path
    document = lxml.html.fromstring(page)
    blocks = [text_of(node) for node in document.xpath("//div[@class='chitiet-sapo']")]
    container = document.xpath("//div[@id='chitiet-noidung'] | //div[@id='noidung']")[0]
    nodes = list(container)
    fragments = []
    loaded = LOAD_SCRIPT.findall(page)
    if loaded:
        fragments.append(loaded[0])
    while nodes or fragments:
        if not nodes:
            fragment = fragments.pop(0)
            status, _, markup = fetch(demo, fragment)
            assert status == 200, fragment
            assert "<html" not in markup and "<body" not in markup, fragment
            nodes = list(lxml.html.fragment_fromstring(markup, create_parent="div"))
            continue
        node = nodes.pop(0)
        buttons = node.xpath("self::div[contains(@class, 'xemtiep-wrap')]//button/@data-url")
        if buttons:
            fragments.append(buttons[0])
            continue
        blocks.append(node)
    paragraphs, captions = [], []
    for block in blocks:
        if isinstance(block, str):
            paragraphs.append(block)
        elif block.tag == "p":
            paragraphs.append(text_of(block))
        else:
            captions += [
                text_of(c) for c in block.xpath(".//figcaption | .//td[@class='image-caption']")
            ]
    return {"document": document, "page": page, "paragraphs": paragraphs, "captions": captions}


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.82" and portal.domain == "kimdan.gov.vn"


def test_every_article_and_listing_page_is_reached_from_home_through_links(demo, site):
    reached = walk(demo)
    urls = demo.sites.article_urls(PORTAL)
    assert set(urls.values()) <= set(reached)
    assert all(reached[path][0] == 200 for path in urls.values())
    assert listing_paths(site, site.news) <= set(reached)
    broken = demo.sites.broken_pages(PORTAL)
    assert broken and all(reached[path][0] == 404 for path in broken)
    # No <a> anywhere leads to a fragment: they are named only in data-url and in scripts.
    links = {
        link
        for path, (status, body) in reached.items()
        if status == 200
        for link in site_links(demo.base_url(PORTAL), path, body)
    }
    assert not [link for link in links if "/Ajax/" in link or "/noi-dung/" in link]


def test_page_and_fragments_together_give_the_whole_article(demo, site):
    urls = demo.sites.article_urls(PORTAL)
    for article in ARTICLES:
        gold = GOLD[article.key]
        read = read_like_a_reader(demo, urls[article.key])
        document = read["document"]
        assert text_of(document.xpath("//h1")[0]) == article.title
        published = parse_local(article.published)
        if article.category in SCRIPT_SECTIONS:
            date = text_of(document.xpath("//span[@class='date']")[0])
            assert date == f"Ngày đăng: {published:%d/%m/%Y %H:%M}"
        else:
            assert text_of(document.xpath("//div[@class='chitiet-ngay']")[0]) == date_line(
                published
            )
        byline = []
        if article.author:
            byline.append(
                f"Tác giả: {article.author}"
                if article.category in SCRIPT_SECTIONS
                else article.author
            )
        if article.source:
            byline.append(f"Nguồn: {article.source}")
        paragraphs = read["paragraphs"]
        assert paragraphs == [*article.paragraphs, *byline], article.key
        assert read["captions"] == [image["caption"] for image in gold.images], article.key


def test_long_articles_show_only_their_beginning_and_short_ones_all_of_it(demo, site):
    urls = demo.sites.article_urls(PORTAL)
    styles = {"button": 0, "script": 0, "whole": 0, "three parts": 0}
    for article in ARTICLES:
        script = article.category in SCRIPT_SECTIONS
        parts = parts_of(len(article.paragraphs), script)
        _, _, page = fetch(demo, urls[article.key])
        document = lxml.html.fromstring(page)
        description = document.xpath("//meta[@name='description']/@content")[0]
        assert description == article.paragraphs[0]
        shown = [text_of(p) for p in document.xpath("//div[@class='chitiet-sapo'] | //p")]
        last = article.paragraphs[-1]
        number = int(ARTICLE_PATH.match(urls[article.key]).group(1))
        if len(parts) == 1:
            styles["whole"] += 1
            assert last in shown and "Xem tiếp" not in page and "Đọc tiếp" not in page
            continue
        assert last not in shown and article.paragraphs[len(parts[0]) - 1] in shown
        assert len(parts[0]) in (2, 3)
        if script:
            styles["script"] += 1
            assert f'.load("{fragment_url(number, 2, True)}"' in page
            assert document.xpath("//a[@id='xemtiep']")[0].get("href") == "#"
        else:
            styles["button"] += 1
            urls_in_buttons = document.xpath(
                "//button[@class='btn btn-default btn-xemtiep']/@data-url"
            )
            assert urls_in_buttons == [fragment_url(number, 2, False)]
            styles["three parts"] += len(parts) == 3
    assert min(styles.values()) >= 2, styles


def test_fragments_are_bare_markup_and_their_errors_are_mvcs(demo, site):
    item = next(it for it in site.items if it.kind == "article" and len(site.parts(it, 0)) == 3)
    status, headers, body = fetch(demo, fragment_url(item.number, 2, False))
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert body.lstrip().startswith("<p") and "<html" not in body and "<head" not in body
    assert f"{AJAX_FRAGMENT}?id={item.number}&amp;phan=3" in body
    status, _, body = fetch(demo, fragment_url(item.number, 4, False))
    assert status == 200 and body == ""
    # Either endpoint answers any article (the id is all they read).
    status, _, body = fetch(demo, fragment_url(item.number, 2, True))
    assert status == 200 and item.paragraphs[3] in body
    assert fetch(demo, fragment_url(1, 2, False))[0] == 404
    assert fetch(demo, f"{AJAX_FRAGMENT}?phan=2")[0] == 500
    assert fetch(demo, f"{AJAX_FRAGMENT}?id=abc&phan=2")[0] == 500
    # The view counter takes only POSTs.
    _, _, page = fetch(demo, site.article_path(item))
    assert '$.post("/Ajax/CapNhatLuotXem"' in page
    assert fetch(demo, "/Ajax/CapNhatLuotXem")[0] == 404
    status, headers, script = fetch(demo, "/Scripts/portal.js?v=20190614")
    assert status == 200 and "javascript" in headers["Content-Type"]
    assert '$(document).on("click", ".btn-xemtiep"' in script and "replaceWith" in script


def test_any_slug_serves_the_article(demo, site):
    item = site.items[0]
    status, _, body = fetch(demo, f"/tin-tuc/bai-viet-{item.number}.html")
    assert status == 200 and item.title in body
    assert fetch(demo, "/tin-tuc/khong-co-bai-nay-1.html")[0] == 404


def test_pagedlist_pager(demo, site):
    _, pages = site.page_of(site.listed(None), 1)
    assert pages >= 6
    _, _, body = fetch(demo, "/tin-tuc?page=3")
    pager = lxml.html.fromstring(body).xpath("//ul[@class='pagination']")[0]
    assert pager.xpath("./li[@class='active']/a")[0].text == "3"
    assert pager.xpath("./li[@class='PagedList-skipToNext']/a/@href") == ["/tin-tuc?page=4"]
    assert pager.xpath("./li[@class='PagedList-skipToPrevious']/a/@href") == ["/tin-tuc?page=2"]
    assert pager.xpath("./li[@class='PagedList-skipToFirst']/a/@href") == ["/tin-tuc?page=1"]
    assert pager.xpath("./li[contains(@class, 'PagedList-ellipses')]")
    assert fetch(demo, "/tin-tuc?page=1")[2].count("tin-item media") == site.portal.page_size
    assert fetch(demo, f"/tin-tuc?page={pages + 1}")[0] == 404
    section = next(iter(site.sections.values()))
    status, _, body = fetch(demo, f"/chuyen-muc/{section.slug}?page=2")
    assert status == 200 and "PagedList-skipToPrevious" in body
    assert fetch(demo, "/chuyen-muc/khong-co")[0] == 404


def test_feeds_list_the_newest_articles_with_their_lead(demo, site):
    _, _, index = fetch(demo, "/rss")
    feeds = [
        link for link in site_links(demo.base_url(PORTAL), "/rss", index) if link.endswith(".rss")
    ]
    assert len(feeds) == 1 + len(site.sections)
    urls = set(demo.sites.article_urls(PORTAL).values())
    for feed in feeds:
        status, headers, body = fetch(demo, feed)
        assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
        channel = lxml.etree.fromstring(body.encode("utf-8"))
        links = channel.xpath("//item/link/text()")
        assert links and all(link.startswith(demo.base_url(PORTAL)) for link in links)
        assert {link[len(demo.base_url(PORTAL)) :] for link in links} <= urls


def test_boilerplate_of_every_page(demo, site):
    _, _, page = fetch(demo, site.article_path(site.items[0]))
    for needle in (
        "Kết quả giải quyết TTHC",
        "Thống kê truy cập",
        "Tin xem nhiều",
        "Thăm dò ý kiến",
        "__RequestVerificationToken",
        "Cơ quan chủ quản",
        ALL_PORTALS[PORTAL].licence,
        "javascript:window.print();",
    ):
        assert needle in page, needle
    _, headers, _ = fetch(demo, "/")
    assert headers["Server"].startswith("Microsoft-IIS") and headers["X-AspNetMvc-Version"]
    for path in ("/gioi-thieu", "/lien-he", "/tim-kiem?tukhoa=s%E1%BB%91"):
        assert fetch(demo, path)[0] == 200, path
    status, _, robots = fetch(demo, "/robots.txt")
    assert status == 200 and "Disallow: /tim-kiem" in robots and "/Ajax" not in robots
