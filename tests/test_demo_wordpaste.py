"""The district portal whose staff paste their articles from Word (portal huyen-laclong), over
HTTP: every article reached from the home page, each page showing its gold text as a browser
shows it (Word's comments, conditionals and unknown elements read as a browser reads them)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import urlsplit

import lxml.html
from conftest import listing_paths, raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import parse_local
from dtcrawl.demo.cms.wordpaste import (
    LEGACY,
    PRINT,
    STALE_FEED,
    date_line,
    gold_corpus,
    report_blocks,
    typed_byline,
)
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "huyen-laclong"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
GOLD = {article.key: article for article in gold_corpus(CORPUS)[PORTAL]}
BODY_ID = "ctl00_ContentPlaceHolder1_ucChiTietTin_divNoiDung"
LEAKED = "Normal 0 false false false EN-US X-NONE X-NONE"

_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tbody"}
_BLOCKS |= {"hr", "br", "blockquote"}
_HIDDEN = {"script", "style", "title", "head"}


class Shown(HTMLParser):
    """The lines a browser shows for a fragment of HTML: comments, processing instructions
    (``<?xml:namespace …>``) and Word's downlevel-revealed marks (``<![if !supportLists]>``) are
    no text, the text between them is; unknown elements (``o:p``, ``st1:place``, ``w:View``)
    are transparent; block elements end a line; a table row is one line, its cells joined by
    " | "; whitespace and no-break spaces collapse to one space. A Word list's bullet (an
    ``mso-list:Ignore`` span of no letter or digit) is the list's drawing, as the gold reads it;
    its number ("1.", "a)") is text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.hidden = 0
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.marker: list[str] | None = None  # the text of a Word list's marker span
        self.marker_depth = 0

    def flush(self) -> None:
        text = " ".join("".join(self.current).replace("\xa0", " ").split())
        self.current = []
        if text:
            (self.cell if self.cell is not None else self.lines).append(text)

    def handle_starttag(self, tag, attrs):
        if self.marker is not None and tag == "span":
            self.marker_depth += 1
            return
        style = (dict(attrs).get("style") or "").replace(" ", "").lower()
        if tag == "span" and "mso-list:ignore" in style:
            self.marker, self.marker_depth = [], 1
            return
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "tr":
            self.flush()
            self.row = []
        elif tag in ("td", "th"):
            self.flush()
            self.cell = []
        elif tag in _BLOCKS:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCKS:
            self.flush()

    def handle_endtag(self, tag):
        if self.marker is not None and tag == "span":
            self.marker_depth -= 1
            if not self.marker_depth:
                marker = "".join(self.marker)
                if any(ch.isalnum() for ch in marker):
                    self.current.append(marker)
                self.marker = None
            return
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in ("td", "th"):
            self.flush()
            if self.row is not None:
                self.row.append(" ".join(self.cell or []))
            self.cell = None
        elif tag == "tr":
            self.flush()
            cells = [cell for cell in self.row or [] if cell]
            if cells:
                self.lines.append(" | ".join(cells))
            self.row = None
        elif tag in _BLOCKS:
            self.flush()

    def handle_data(self, data):
        if self.marker is not None:
            self.marker.append(data)
        elif not self.hidden:
            self.current.append(data)


def shown_lines(markup: str) -> list[str]:
    reader = Shown()
    reader.feed(markup)
    reader.close()
    reader.flush()
    return reader.lines


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def body_markup(page: str) -> str:
    """The article's content cell: the text, the CMS's author and source fields, up to the
    tools under them."""
    start = page.index(f'<div id="{BODY_ID}"')
    return page[start : page.index('<div class="congcu">', start)]


def expected_lines(item, page: str) -> list[str]:
    """What the content cell shows: the gold paragraphs with the captions after the paragraphs
    their photos follow, the author's typed line before the footnotes (or the CMS's author field
    after the text), the source field, and Word's leaked settings above all in a few pastes."""
    gold = GOLD[item.key]
    lines = list(gold.paragraphs)
    for image in reversed(gold.images):
        lines.insert(image["after"] + 1, image["caption"])
    notes = len(report_blocks(item.key, item.paragraphs, item.published).notes)
    if item.extra.get("typed_byline"):
        lines.insert(len(lines) - notes, typed_byline(item))
    elif item.author:
        lines.append(item.author)
    if item.source:
        lines.append(f"Nguồn: {item.source}")
    if item.extra.get("leak"):
        lines.insert(0, LEAKED)
    return lines


def walk(demo) -> dict[str, tuple[int, str]]:
    """Pages reached from ``/`` through links: the site's pages, not print views or feeds."""
    return walk_site(
        demo.base_url(PORTAL),
        lambda path: (
            urlsplit(path).path.lower().endswith(".aspx")
            and not urlsplit(path).path.lower().startswith(PRINT.lower())
        ),
    )


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.97" and portal.domain == "laclong.gov.vn"


def test_every_article_and_listing_page_is_reached_from_the_home_page(demo, site):
    reached = walk(demo)
    ok = {path for path, (status, _) in reached.items() if status == 200}
    for item in site.items:
        assert site.article_path(item) in reached, item.key
    assert listing_paths(site) <= ok
    broken = {site.article_path(it): it.kind for it in site.items if it.kind != "article"}
    assert {reached[path][0] for path in broken} == {404, 500}


def test_every_article_page_shows_its_gold_text_title_date_and_byline(demo, site):
    for item in site.items:
        if item.kind != "article":
            continue
        status, headers, page = fetch(demo, site.article_path(item))
        assert status == 200, item.key
        assert headers["Server"] == "Microsoft-IIS/7.5"
        document = lxml.html.fromstring(page)
        title = document.xpath("//h2[@class='tieude-tin']")[0].text_content().strip()
        assert title == item.title
        stamp = document.xpath("//span[@class='ngaydang']")[0].text_content()
        assert stamp == date_line(parse_local(item.published))
        assert shown_lines(body_markup(page)) == expected_lines(item, page), item.key


def test_two_thirds_of_the_articles_are_word_pastes_of_three_word_versions(site):
    styles = [it.extra["style"] for it in site.items if it.kind == "article"]
    assert 0.25 <= styles.count("clean") / len(styles) <= 0.4
    assert {"word2003", "word2010", "word2016"} <= set(styles)


def test_word_markup_is_there_as_word_writes_it(demo, site):
    pages = {
        it.key: fetch(demo, site.article_path(it))[2] for it in site.items if it.kind == "article"
    }
    markup = "\n".join(body_markup(page) for page in pages.values())
    flat = " ".join(markup.split())  # Word 2003's line breaks are spaces
    for needle in (
        "<p class=MsoNormal style='",
        '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt',
        '<span lang="EN-US" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;',
        "<o:p></o:p>",
        "<o:p>&nbsp;</o:p>",
        "<?xml:namespace prefix = o",
        "<!--[if gte mso 9]><xml>",
        "<![if !supportLists]>",
        "<!--[if !supportLists]-->",
        "<span style='mso-list:Ignore'>",
        "MsoListParagraphCxSpFirst",
        '<st1:place w:st="on">',
        "mso-spacerun",
        "mso-tab-count",
        "<!--[if gte vml 1]><v:shape",
        "<![if !vml]><img",
        "<!--[if !vml]--><img",
        'href="#_ftn1" name="_ftnref1"',
        "mso-element:footnote-list",
        'id="ftn1"',
        "class=MsoNormalTable",
        'class="MsoTableGrid"',
        "<h1 style=",
        "class=Section1",
        'class="WordSection1"',
        "<!--StartFragment-->",
        '<p style="text-align: justify;">',
    ):
        assert needle in flat, needle
    # Word 2003's lines are hard-wrapped: a line break stands for a space, in tags too.
    assert re.search(r"font-family:\"Times\nNew Roman\"|font-family:\"Times New\nRoman\"", markup)


def test_list_markers_footnotes_and_tables_are_in_the_gold(site):
    paragraphs = [p for article in GOLD.values() for p in article.paragraphs]
    for marker in (r"1\. ", r"a\) ", r"\+ ", r"I\. "):
        assert any(re.match(marker, p) for p in paragraphs), marker
    # A Word list's bullet is no text of its item's (the list's drawing, as an <li>'s dot).
    assert not any(p.startswith("- ") for p in paragraphs)
    assert any(re.search(r"\.\[1\]( |$)", p) for p in paragraphs)
    assert any(re.match(r"\[2\] ", p) for p in paragraphs)
    assert any(p.startswith("TT | Chỉ tiêu | Đơn vị tính | Kết quả") for p in paragraphs)
    for article in GOLD.values():
        notes = [p for p in article.paragraphs if re.match(r"\[\d\] ", p)]
        assert article.paragraphs[len(article.paragraphs) - len(notes) :] == tuple(notes)


def test_body_headings_are_h1s_while_the_page_title_is_not(demo, site):
    with_h1 = 0
    for item in site.items:
        if item.kind != "article":
            continue
        page = fetch(demo, site.article_path(item))[2]
        document = lxml.html.fromstring(page)
        h1s = document.xpath("//h1")
        assert all(h1.xpath(f"ancestor::div[@id='{BODY_ID}']") for h1 in h1s)
        with_h1 += bool(h1s)
    assert with_h1 >= 3


def test_leaked_word_settings_show_above_some_texts_and_bylines_stand_before_footnotes(demo, site):
    leaked = [it for it in site.items if it.extra.get("leak")]
    assert len(leaked) >= 2
    for item in leaked:
        page = fetch(demo, site.article_path(item))[2]
        assert shown_lines(body_markup(page))[0] == LEAKED
    typed = [
        it
        for it in site.items
        if it.extra.get("typed_byline") and report_blocks(it.key, it.paragraphs, it.published).notes
    ]
    assert typed
    for item in typed:
        page = fetch(demo, site.article_path(item))[2]
        lines = shown_lines(body_markup(page))
        signed = [n for n, line in enumerate(lines) if line.endswith(item.author)]
        first_note = min(n for n, line in enumerate(lines) if line.startswith("[1] "))
        assert signed and signed[0] < first_note
        assert '<div class="tacgia">' not in page


def test_pager_and_case_insensitive_addresses(demo, site):
    _, pages = site.page_of(site.listed(None), 1)
    assert pages >= 5
    news = site.listing_path(None)
    page = fetch(demo, f"{news}?Page=3")[2]
    pager = lxml.html.fromstring(page).xpath("//div[@class='phantrang']")[0]
    assert pager.xpath(".//span[@class='current']")[0].text == "3"
    labels = [a.text_content() for a in pager.xpath(".//a")]
    assert labels[:2] == ["Trang đầu", "«"] and labels[-2:] == ["»", "Trang cuối"]
    assert f"{news}?Page=2" in site_links(demo.base_url(PORTAL), news, page)
    for variant in (news.upper(), f"{news}?page=3", f"{news}?PAGE=3"):
        status, _, body = fetch(demo, variant)
        assert status == 200
    # Past the last page ASP.NET shows an empty list, not an error.
    status, _, body = fetch(demo, f"{news}?Page={pages + 1}")
    assert status == 200 and "Chưa có tin bài" in body
    item = next(it for it in site.items if it.kind == "article")
    status, _, body = fetch(demo, site.article_path(item).upper())
    assert status == 200 and item.title in body


def test_rss_feeds_link_the_unrewritten_article_pages(demo, site):
    _, _, home = fetch(demo, "/")
    assert 'type="application/rss+xml"' in home and "/RSS.aspx" in home
    _, _, rss_page = fetch(demo, "/RSS.aspx")
    feeds = [
        link for link in site_links(demo.base_url(PORTAL), "/RSS.aspx", rss_page) if ".rss" in link
    ]
    assert len(feeds) == 7 and STALE_FEED in feeds
    assert fetch(demo, STALE_FEED)[0] == 404
    status, headers, xml = fetch(demo, site.feed_path(None))
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    links = [node.text for node in ET.fromstring(xml).iter("link")][1:]
    assert len(links) == 15
    for link in links[:5]:
        path = link[len(demo.base_url(PORTAL)) :]
        assert path.startswith(f"{LEGACY}?id=")
        item = site.by_number[int(path.rsplit("=", 1)[1])]
        assert path in site.article_aliases(item)
        status, _, page = fetch(demo, path)
        if item.kind == "article":
            assert status == 200 and shown_lines(body_markup(page)) == expected_lines(item, page)


def test_print_view_boilerplate_and_errors(demo, site):
    item = next(it for it in site.items if it.kind == "article")
    _, _, page = fetch(demo, site.article_path(item))
    for needle in (
        "__VIEWSTATE",
        "Kết quả giải quyết TTHC",
        "Thống kê truy cập",
        "Tin đọc nhiều",
        "Các tin khác",
        "Cơ quan chủ quản",
        ALL_PORTALS[PORTAL].licence,
    ):
        assert needle in page, needle
    status, _, printed = fetch(demo, site.print_path(item))
    assert status == 200 and item.title in printed
    assert GOLD[item.key].paragraphs[0] in " ".join(shown_lines(printed))
    deleted, failing = (it for it in site.items if it.kind != "article")
    assert fetch(demo, site.article_path(deleted))[0] in (404, 500)
    statuses = {fetch(demo, site.article_path(it))[0] for it in (deleted, failing)}
    assert statuses == {404, 500}
    assert "Runtime Error" in next(
        fetch(demo, site.article_path(it))[2]
        for it in (deleted, failing)
        if fetch(demo, site.article_path(it))[0] == 500
    )
    for path in ("/tin-tuc/khong-co-1.aspx", "/chuyen-muc/khong-co-99.aspx", "/Khong.aspx"):
        assert fetch(demo, path)[0] == 404, path
