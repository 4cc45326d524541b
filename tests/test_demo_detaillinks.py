"""The JSP department portal whose listings link articles only through a "Xem chi tiết" cell
(portal sct-sonquynh), over HTTP."""

from __future__ import annotations

import re
import unicodedata

import lxml.html
from conftest import raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.detaillinks import detail_stamp

PORTAL = "sct-sonquynh"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LISTING = re.compile(r"^/pages/tintuc\.jsp\?idcm=\d+(&pg=\d+)?$")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def test_every_article_shows_title_date_and_every_paragraph(demo, site):
    for article in ARTICLES:
        item = site.by_key[article.key]
        status, _, markup = fetch(demo, site.article_path(item))
        assert status == 200
        document = lxml.html.fromstring(markup)
        assert text_of(document.xpath("//td[@class='title']")[0]) == article.title
        assert detail_stamp(item.published) in text_of(document.xpath("//td[@class='ngaydang']")[0])
        shown = [text_of(p) for p in document.xpath("//td[@class='noidung']/p")]
        for paragraph in article.paragraphs:
            assert " ".join(paragraph.split()) in shown
        captions = [text_of(c) for c in document.xpath("//td[@class='chuthich']")]
        assert captions == [image["caption"] for image in article.images]
        if article.author:
            assert article.author in shown
        if article.source:
            assert f"Nguồn: {article.source}" in shown
        # The page title is the page type, never the article's title.
        assert article.title not in text_of(document.xpath("//title")[0])


def test_every_listing_page_is_reachable_and_titles_are_not_links(demo, site):
    pages = walk_site(demo.base_url(PORTAL), lambda path: LISTING.match(path) is not None)
    found = {path for path, (status, _) in pages.items() if status == 200}
    for section in [None, *site.sections.values()]:
        _, count = site.page_of(site.listed(section), 1)
        for n in range(1, count + 1):
            assert site.listing_path(section, n) in found or site.pager_path(section, n) in found
    listed_titles: set[str] = set()
    linked_paths: set[str] = set()
    wordings: set[str] = set()
    for path, (_, body) in pages.items():
        if not path.startswith("/pages/tintuc.jsp"):
            continue
        document = lxml.html.fromstring(body)
        for row in document.xpath("//table[@class='tbl_dstin']/tr[td[@class='tieude_tin']]"):
            title_cell = row.xpath("td[@class='tieude_tin']")[0]
            assert not title_cell.xpath(".//a")
            listed_titles.add(text_of(title_cell.xpath("b")[0]))
            last = row.xpath("td[last()]/a")[0]
            wordings.add(text_of(last) or "icon:" + last.xpath("img/@alt")[0])
            linked_paths.add(last.get("href"))
    assert listed_titles == {a.title for a in ARTICLES}
    assert linked_paths == {site.article_path(site.by_key[a.key]) for a in ARTICLES}
    assert wordings == {"Xem chi tiết", "Chi tiết »", "icon:"}


def test_pager_shows_a_window_with_next_link(demo, site):
    _, _, markup = fetch(demo, site.listing_path(None))
    pager = text_of(lxml.html.fromstring(markup).xpath("//div[@class='phantrang']")[0])
    _, pages = site.page_of(site.listed(None), 1)
    assert pages > 5
    assert pager == f"Trang: 1 2 3 ... {pages} Sau »"
    assert fetch(demo, site.listing_path(None, pages + 1))[0] == 404


def test_hazards_session_ids_tracking_print_view_counters_javascript_and_404(demo, site):
    item = site.by_key[ARTICLES[0].key]
    status, headers, home = fetch(demo, "/")
    assert status == 200 and headers["Set-Cookie"].startswith("JSESSIONID=")
    session = headers["Set-Cookie"].split(";")[0].split("=")[1]
    assert f"/pages/chitiet.jsp;jsessionid={session}?idtin=" in home
    assert "&amp;ref=tinmoi" in home and 'href="javascript:' in home
    sessioned = f"/pages/chitiet.jsp;jsessionid={session}?idtin={item.number}"
    status, _, markup = fetch(demo, sessioned)
    title = lxml.html.fromstring(markup).xpath("//td[@class='title']")[0]
    assert status == 200 and text_of(title) == ARTICLES[0].title
    _, _, article = fetch(demo, site.article_path(item))
    assert "Lượt xem: " in article and "javascript:guiEmail(" in article
    assert site.print_path(item) in article
    status, _, printed = fetch(demo, site.print_path(item))
    shown = [text_of(p) for p in lxml.html.fromstring(printed).xpath("//td[@class='noidung']/p")]
    assert status == 200 and " ".join(ARTICLES[0].paragraphs[-1].split()) in shown
    assert fetch(demo, "/pages/chitiet.jsp?idtin=1")[0] == 404
    assert fetch(demo, "/pages/khongco.jsp")[0] == 404
    assert "Disallow: /admin/" in fetch(demo, "/robots.txt")[2]
