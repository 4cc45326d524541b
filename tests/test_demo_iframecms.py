"""The iframe ASP.NET department-portal demo family (portal stttt-kimthach), served over HTTP."""

from __future__ import annotations

import re
import unicodedata

import lxml.html
from conftest import listing_paths, raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "stttt-kimthach"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
OUTER_ARTICLE = re.compile(r"^/Default\.aspx\?tabid=\d+&newsid=\d+$")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def iframe_src(markup: str) -> str:
    return lxml.html.fromstring(markup).xpath("//iframe[@id='ifrMain']/@src")[0]


def test_portal_is_blind_only():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.host == "127.0.0.45"
    assert portal.registry_cms == "custom"


def test_every_article_is_in_the_iframe_of_its_outer_page(demo):
    paths = demo.sites.article_urls(PORTAL)
    assert len(paths) == len(ARTICLES)
    for article in ARTICLES:
        status, _, outer = fetch(demo, paths[article.key])
        assert status == 200, paths[article.key]
        assert OUTER_ARTICLE.match(paths[article.key])
        # the outer page names the section only, and holds no body text
        assert article.title not in lxml.html.fromstring(outer).findtext(".//title")
        assert article.paragraphs[0] not in outer
        src = iframe_src(outer)
        assert src.startswith("/Modules/News/Detail.aspx?id=")
        status, _, inner = fetch(demo, src)
        assert status == 200
        page = lxml.html.fromstring(inner)
        assert text_of(page.xpath("//h1[@class='detail-title']")[0]) == article.title
        content = page.xpath("//div[@id='divContent']")[0]
        shown = [text_of(p) for p in content.xpath("./p")]
        if article.author:
            assert shown.pop() == article.author
        assert shown == list(article.paragraphs)
        captions = [text_of(c) for c in content.xpath(".//td[@class='image-caption']")]
        assert captions == [img["caption"] for img in article.images]
        date = text_of(page.xpath("//span[@class='detail-date']")[0])
        published = article.published
        assert date.endswith(
            f"ngày {published:%d} tháng {published:%m} năm {published:%Y} - {published:%H:%M}"
        )
        source = page.xpath("//div[@class='detail-source']")
        assert [text_of(s) for s in source] == (
            [f"Nguồn: {article.source}"] if article.source else []
        )


def test_every_listing_page_is_reachable_through_iframes_and_pagers(demo, site):
    reached = walk_site(
        demo.base_url(PORTAL),
        lambda path: (
            path.startswith("/Modules/News/List.aspx")
            or (path.startswith("/Default.aspx?tabid=") and "newsid" not in path)
        ),
        start="/",
        xpath="//a/@href | //iframe/@src",
    )
    expected = listing_paths(site)
    assert expected <= set(reached)
    assert all(reached[path][0] == 200 for path in expected)
    # a long listing shows a window of page numbers, not all of them; dates in words
    news_pages = site.page_of(site.listed(None), 1)[1]
    assert news_pages >= 6
    _, _, first = fetch(demo, site.listing_path(None, 1))
    shown = lxml.html.fromstring(first).xpath("//div[@class='pager']/a/text()")
    assert "2" in shown and str(news_pages - 2) not in shown
    assert re.search(r"<span class=\"news-date\">\d\d tháng \d\d, \d{4}</span>", first)


def test_listing_links_target_the_parent_outer_pages(demo, site):
    _, _, markup = fetch(demo, site.listing_path(None, 1))
    links = lxml.html.fromstring(markup).xpath("//a[@class='news-title']")
    assert links
    assert all(a.get("target") == "_parent" and OUTER_ARTICLE.match(a.get("href")) for a in links)


def test_hazards(demo, site):
    item = site.items[2]
    _, _, inner = fetch(demo, site.detail_path(item))
    page = lxml.html.fromstring(inner)
    # view counter in the title area, javascript: print and mail links, a frame-buster script
    assert re.search(r"Lượt xem: [\d.]+", text_of(page.xpath("//div[@class='detail-info']")[0]))
    tools = page.xpath("//a[@class='detail-tool']/@href")
    assert all(href.startswith("javascript:") for href in tools)
    assert f"Print.aspx?id={item.number}" in tools[0]
    assert "window.location.replace" in inner
    # some related links point at the inner document directly (an alias of the article)
    related = page.xpath("//div[@class='detail-related']//a/@href")
    assert any(href.startswith("Detail.aspx?id=") for href in related)
    assert any(OUTER_ARTICLE.match(href) for href in related)
    # the print view serves the same text
    status, _, printed = fetch(demo, site.print_paths()[item.key])
    assert status == 200 and item.paragraphs[0] in unicodedata.normalize("NFC", printed)
    # cookieless session ids in some outer links, served like the plain path
    _, _, home = fetch(demo, "/")
    sessions = re.findall(r'href="(/\(S\([a-z0-9]{24}\)\)/Default\.aspx\?tabid=\d+[^"]*)"', home)
    assert sessions
    status, _, again = fetch(demo, sessions[0].replace("&amp;", "&"))
    assert status == 200 and "ifrMain" in again


def test_missing_pages_answer_404(demo, site):
    assert fetch(demo, "/Modules/News/Detail.aspx?id=1")[0] == 404
    assert fetch(demo, "/Default.aspx?tabid=51&newsid=1")[0] == 404
    assert fetch(demo, "/Default.aspx?tabid=999")[0] == 404
    assert fetch(demo, "/trang-khong-co.aspx")[0] == 404
    status, _, robots = fetch(demo, "/robots.txt")
    assert status == 200 and "Disallow: /admin/" in robots
