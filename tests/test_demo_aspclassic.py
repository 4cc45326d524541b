"""The classic-ASP capital-title demo family (portal hakhe), served over HTTP."""

from __future__ import annotations

import re
import unicodedata

import lxml.html
from conftest import listing_paths, raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.aspclassic import article_date

PORTAL = "hakhe"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LISTING = re.compile(r"^/tintuc\.asp(\?chuyenmuc=\d+)?([?&]trang=\d+)?$")
ARTICLE = re.compile(r"^/chitiet\.asp\?id=\d+&chuyenmuc=\d+$")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def test_every_article_shows_capital_title_kicker_date_and_every_paragraph(demo, site):
    styles = set()
    for article in ARTICLES:
        item = site.by_key[article.key]
        path = site.article_path(item)
        assert ARTICLE.match(path), path
        status, _, markup = fetch(demo, path)
        assert status == 200, article.key
        document = lxml.html.fromstring(markup)
        full = f"{article.title} - Cổng thông tin điện tử tỉnh Hà Khê"
        assert text_of(document.xpath("//title")[0]) == full
        assert document.xpath("//meta[@property='og:title']/@content") == [full]
        heading = document.xpath("//h1[@class='tieude']")[0]
        kicker = text_of(heading.xpath("./span[@class='kicker']")[0])
        assert kicker == f"[{article.category}]"
        assert text_of(heading) == f"{kicker} {article.title.upper()}"
        assert article.title.upper() != article.title
        paragraphs = document.xpath("//td[@class='noidung']/p[@align='justify']")
        shown = [text_of(p) for p in paragraphs]
        assert shown == list(article.paragraphs)
        assert paragraphs[0].xpath("./font/b/i") and not paragraphs[1].xpath(".//i")
        assert "&nbsp;&nbsp;&nbsp;" + article.paragraphs[1][:30] in markup
        date = text_of(document.xpath("//td[@class='ngaydang']")[0]).split(" | ")[0]
        assert date in (article_date(item.published, 0), article_date(item.published, 1))
        styles.add(date.startswith("Cập nhật ngày: "))
        for image in article.images:
            assert image["caption"] in [text_of(c) for c in document.xpath("//font[@size='1']/i")]
        if article.author:
            byline = document.xpath("//td[@class='noidung']/p[@align='right']/font/b")
            assert text_of(byline[0]) == article.author
    assert styles == {True, False}


def test_listings_reachable_through_pagers_and_list_every_article(demo, site):
    reached = walk_site(
        demo.base_url(PORTAL), lambda path: path == "/" or bool(LISTING.match(path))
    )
    listings = {p for p in reached if LISTING.match(p)}
    assert listing_paths(site) <= listings
    pages = -(-len(site.items) // site.portal.page_size)
    assert pages > 5 and f"/tintuc.asp?trang={pages}" in listings
    assert "/tintuc.asp?trang=2" in listings
    linked = set()
    for path in listings:
        status, body = reached[path]
        assert status == 200, path
        linked |= set(re.findall(r'href="(/chitiet\.asp\?[^"]+)"', body.replace("&amp;", "&")))
    assert {site.article_path(site.by_key[a.key]) for a in ARTICLES} <= linked
    _, _, first = fetch(demo, "/tintuc.asp?trang=3")
    numbers = re.findall(r'href="/tintuc\.asp\?trang=(\d+)"', first)
    assert "..." in first and len(set(numbers)) < pages  # a window, not every page


def test_missing_pages_answer_404(demo, site):
    assert fetch(demo, "/khongco.asp")[0] == 404
    assert fetch(demo, "/chitiet.asp?id=1")[0] == 404
    assert fetch(demo, "/tintuc.asp?chuyenmuc=999")[0] == 404
    item = site.by_key[ARTICLES[0].key]
    assert fetch(demo, f"/chitiet.asp?id={item.number}&chuyenmuc=999")[0] == 404
    status, _, markup = fetch(demo, "/tintuc.asp?trang=999")
    assert status == 404 and "không tồn tại" in markup


def test_hazards_alias_print_view_tracking_and_javascript_links(demo, site):
    item = site.by_key[ARTICLES[0].key]
    _, _, canonical = fetch(demo, site.article_path(item))
    alias = f"/chitiet.asp?id={item.number}"
    assert site.article_aliases(item) == [alias]
    status, _, aliased = fetch(demo, alias)
    assert status == 200 and item.title.upper() in aliased
    _, _, home = fetch(demo, "/")
    assert 'href="/chitiet.asp?id=' in home and "&amp;ref=trangchu" in home
    assert fetch(demo, "/default.asp")[2].count("ref=trangchu") == home.count("ref=trangchu")
    assert f'href="/inbai.asp?id={item.number}"' in canonical
    status, _, printed = fetch(demo, f"/inbai.asp?id={item.number}")
    assert status == 200 and ARTICLES[0].paragraphs[-1][:40] in printed
    assert "Cơ quan chủ quản" not in printed and "Cơ quan chủ quản" in canonical
    assert "href=\"javascript:openWindow('/guibai.asp" in canonical
    assert "Lượt xem: " in canonical and "KẾT QUẢ GIẢI QUYẾT TTHC" in canonical
    assert "Disallow: /guibai.asp" in fetch(demo, "/robots.txt")[2]
