"""The district PHP portal whose editors paste bodies from PDF and Word (huyen-kimsa), over HTTP."""

from __future__ import annotations

import html
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit

import lxml.html
from conftest import raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.pdfpaste import LAYOUTS, SPELLINGS

PORTAL = "huyen-kimsa"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LISTING = re.compile(r"^/danh-sach-tin/group/\d+(/trang/\d+)?$")
SID = re.compile(r"PHPSESSID=([a-z0-9]{26})")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def without_sid(path: str) -> str:
    parts = urlsplit(path)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "PHPSESSID"]
    return parts.path + (f"?{urlencode(query)}" if query else "")


def seen(node) -> str:
    """What a reader reads of ``node``: a ``<br>`` is a line end (a space), entities decoded,
    NFC, spaces (``&nbsp;`` too) collapsed."""
    for br in node.iter("br"):
        br.tail = " " + (br.tail or "")
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def test_every_article_shows_its_title_date_and_every_paragraph_in_order(demo, site):
    for article in ARTICLES:
        item = site.by_key[article.key]
        status, headers, markup = fetch(demo, site.article_path(item))
        assert status == 200 and "utf-8" in headers["Content-Type"]
        document = lxml.html.fromstring(markup)
        assert seen(document.xpath("//h1[@class='tieude-chitiet']")[0]) == article.title
        stamp = article.published.strftime("Ngày đăng: %d/%m/%Y %H:%M")
        assert stamp in seen(document.xpath("//div[@class='thongtin-tin']")[0])
        body = seen(document.xpath("//div[@class='noidung-chitiet']")[0])
        position = 0
        for paragraph in article.paragraphs:
            found = body.find(paragraph, position)
            assert found >= position, (item.extra, paragraph[:60])
            position = found + len(paragraph)
        for image in article.images:
            assert image["caption"] in body
        if article.author:
            assert body.endswith(article.author) or f"{article.author} Nguồn:" in body


def test_bodies_are_pasted_every_way_the_family_pastes(demo, site):
    ways = set()
    for article in ARTICLES:
        item = site.by_key[article.key]
        _, _, markup = fetch(demo, site.article_path(item))
        body = markup[markup.index('<div class="noidung-chitiet">') : markup.index("congcu")]
        layout, spelling = item.extra["layout"], item.extra["spelling"]
        ways.add((layout, spelling))
        if layout.startswith("pdf"):
            # Lines end mid-sentence: a <br> right after a letter, not after a full stop.
            assert re.search(r"\w ?<br ?/?>\n?\w", body)
        else:
            assert 'class="MsoNormal"' in body and '<font face="Times New Roman"' in body
            assert "&nbsp;" in body and "<o:p></o:p>" in body
        if item.extra["table"]:
            assert body.count("<table") >= 1 + len(article.images)
        words = body.split('<div class="noidung-chitiet">')[1]
        has_marks = any(unicodedata.combining(c) for c in words)
        if spelling in ("numeric", "named"):
            assert re.search(r"&#\d{4};", words) and not re.search("[ạ-ỹ]", words)
        if spelling == "named":
            assert "&agrave;" in words or "&ecirc;" in words or "&ocirc;" in words
        assert has_marks == (spelling in ("nfd", "tones"))
        heading = markup.split('<h1 class="tieude-chitiet">')[1].split("</h1>")[0]
        assert any(unicodedata.combining(c) for c in heading) == has_marks
        if spelling == "tones":
            assert "ê" in words or "ô" in words or "ơ" in words or "ư" in words
    assert {layout for layout, _ in ways} == set(LAYOUTS)
    assert {spelling for _, spelling in ways} == set(SPELLINGS)


def test_every_listing_page_is_reachable_from_the_home_page_through_the_pager(demo, site):
    pages = walk_site(demo.base_url(PORTAL), lambda path: LISTING.match(without_sid(path)))
    found = {without_sid(path) for path, (status, _) in pages.items() if status == 200}
    for section in [None, *site.sections.values()]:
        _, count = site.page_of(site.listed(section), 1)
        assert count >= 2 or section is not None
        for n in range(1, count + 1):
            assert site.listing_path(section, n) in found
    listed = "".join(body for _, body in pages.values())
    for article in ARTICLES:
        assert html.escape(site.article_path(site.by_key[article.key])) in listed
    # One session id, carried from the home page through every page it leads to.
    assert len({sid for path in pages for sid in SID.findall(path)}) == 1


def test_hazards_session_ids_print_view_short_slugs_and_404(demo, site):
    item = site.by_key[ARTICLES[0].key]
    _, _, home = fetch(demo, "/")
    hrefs = lxml.html.fromstring(home).xpath("//a/@href")
    internal = [h for h in hrefs if h.startswith("/")]
    assert internal and all(SID.search(h) for h in internal)
    assert "javascript:" in home and "Kết quả giải quyết TTHC" in home
    given = "a" * 26
    _, _, page = fetch(demo, site.article_path(item) + f"?PHPSESSID={given}")
    assert set(SID.findall(page)) == {given}
    assert html.escape(site.print_path(item)) in page
    status, headers, printed = fetch(demo, site.print_path(item))
    assert status == 200 and "window.print()" in printed
    assert "charset=windows-1258" in printed and "charset=utf-8" in headers["Content-Type"]
    assert ARTICLES[0].paragraphs[-1] in seen(lxml.html.fromstring(printed))
    long_titles = [it for it in site.items if site.article_aliases(it)]
    assert long_titles
    alias = site.article_aliases(long_titles[0])[0]
    bodies = [
        seen(lxml.html.fromstring(fetch(demo, path)[2]).xpath("//div[@class='noidung-chitiet']")[0])
        for path in (alias, site.article_path(long_titles[0]))
    ]
    assert bodies[0] == bodies[1] and long_titles[0].paragraphs[0] in bodies[0]
    assert fetch(demo, "/chi-tiet-tin/group/184/nid/1/khong-co")[0] == 404
    assert fetch(demo, "/danh-sach-tin/group/184/trang/99")[0] == 404
    assert fetch(demo, "/khong-co-trang-nay.html")[0] == 404
    status, _, robots = fetch(demo, "/robots.txt")
    assert status == 200 and "Disallow: /admin/" in robots
    assert fetch(demo, "/trang/gioi-thieu")[0] == 200
