"""The district's static FrontPage-era site (portal camkhe), over HTTP."""

from __future__ import annotations

import http.client
import re
import unicodedata
from urllib.parse import urlsplit

import lxml.html
from conftest import walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import parse_local
from dtcrawl.demo.cms.oldstatic import DEAD_LINK, TICKER, date_line, list_date
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "camkhe"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LINKS = "//a/@href | //area/@href"


def get_bytes(demo, path: str) -> tuple[int, dict[str, str], bytes]:
    host, port = urlsplit(demo.base_url(PORTAL)).netloc.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def decoded(body: bytes) -> str:
    """The page as a browser reads it: the charset its <meta> names (the header names none)."""
    match = re.search(rb"charset=([\w-]+)", body[:600])
    charset = match.group(1).decode().lower() if match else "utf-8"
    text = body.decode("cp1258" if charset == "windows-1258" else charset)
    return unicodedata.normalize("NFC", text)


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    status, headers, body = get_bytes(demo, path)
    return status, headers, decoded(body)


def text_of(node) -> str:
    text = unicodedata.normalize("NFC", node.text_content()).replace("\xa0", " ")
    return " ".join(text.split())


def lines_of(cell) -> list[str]:
    """The lines a reader sees in a body cell: paragraphs and <br>-separated lines."""
    for br in cell.xpath(".//br"):
        br.tail = "\n" + (br.tail or "")
    for block in cell.xpath(".//p | .//table"):
        block.tail = "\n" + (block.tail or "")
    raw = unicodedata.normalize("NFC", cell.text_content()).replace("\xa0", " ")
    return [" ".join(line.split()) for line in raw.split("\n") if line.strip()]


def walk(demo) -> dict[str, tuple[int, str]]:
    return walk_site(
        demo.base_url(PORTAL),
        lambda path: urlsplit(path).path.endswith((".htm", "/")),
        xpath=LINKS,
    )


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.80"


def test_every_article_page_shows_title_date_body_captions_and_byline(demo, site):
    by_key = {it.key: it for it in site.items}
    styles = set()
    for article in ARTICLES:
        item = by_key[article.key]
        styles.add(site.body_style(item))
        status, headers, body = fetch(demo, site.article_path(item))
        assert status == 200, article.key
        assert headers["Content-Type"] == "text/html"  # no charset: the <meta> names it
        document = lxml.html.fromstring(body)
        assert not document.xpath("//h1")
        assert document.xpath("//title")[0].text == ALL_PORTALS[PORTAL].name
        title = document.xpath("//font[@size='3']/b")[0]
        assert text_of(title) == article.title
        assert text_of(document.xpath("//td/font[@size='1']/i")[0]) == date_line(
            parse_local(article.published)
        )
        cell = document.xpath("//td[@class='noidung']")[0]
        captions = [text_of(i) for i in cell.xpath(".//table//i")]
        assert captions == [image["caption"] for image in article.images]
        signature = cell.xpath(".//p[@align='right']")
        for table in cell.xpath(".//table"):
            table.drop_tree()
        for p in signature:
            p.drop_tree()
        assert lines_of(cell) == list(article.paragraphs), article.key
        if article.author or article.source:
            shown = lines_of(signature[0])
            wanted = [article.author] if article.author else []
            wanted += [f"Nguồn: {article.source}"] if article.source else []
            assert shown == wanted
            if article.author:
                assert text_of(signature[0].xpath("./b")[0]) == article.author
        else:
            assert not signature
    assert styles == {0, 1, 2}


def test_every_article_is_reached_from_the_home_page_through_links_and_the_image_map(demo, site):
    reached = walk(demo)
    ok = {path for path, (status, _) in reached.items() if status == 200}
    for item in site.items:
        if item.kind == "article":
            assert site.article_path(item) in ok, item.key
    for section in [None, *site.sections.values()]:
        _, pages = site.page_of(site.listed(section), 1)
        for page in range(1, pages + 1):
            assert site.listing_path(section, page) in ok, (section, page)
    # The withdrawn article answers 200 with a notice, the deleted one 404: both linked.
    statuses = {site.article_path(it): reached.get(site.article_path(it), (None,))[0]
                for it in site.items if it.kind != "article"}  # fmt: skip
    assert sorted(statuses.values()) == [200, 404]
    assert reached[DEAD_LINK][0] == 404


def test_sections_are_linked_only_by_images_and_the_image_map(demo, site):
    _, _, home = fetch(demo, "/")
    document = lxml.html.fromstring(home)
    areas = document.xpath("//map[@name='MenuNgang']/area")
    assert len(areas) >= 6 and all(area.get("alt") for area in areas)
    assert document.xpath("//img[@usemap='#MenuNgang']")
    for section in site.sections.values():
        targets = {site.listing_path(section), site.listing_dir(section)}
        anchors = [a for a in document.xpath("//a[@href]") if "/" + a.get("href") in targets]
        assert anchors, section.name
        for anchor in anchors:
            assert not text_of(anchor), (section.name, text_of(anchor))
            assert text_of_alt(anchor) == section.name
    assert "&#7913;" in home or "&#" in home  # FrontPage's numeric references in the raw page


def text_of_alt(anchor) -> str:
    return unicodedata.normalize("NFC", anchor.xpath(".//img/@alt")[0])


def test_links_are_relative_and_the_pager_lists_every_page(demo, site):
    _, _, listing = fetch(demo, "/tintuc/index.htm")
    hrefs = lxml.html.fromstring(listing).xpath("//a/@href")
    assert any(h.startswith("2021/01/tin_") for h in hrefs)
    _, pages = site.page_of(site.listed(None), 1)
    assert pages >= 5
    _, _, middle = fetch(demo, "/tintuc/index_4.htm")
    pager = re.search(r"Trang: (.*?)</TD>", middle).group(1)
    for n in range(1, pages + 1):
        assert f"[{n}]" in pager
    assert "HREF=index.htm>[1]" in pager and "HREF=index_3.htm>&laquo;" in pager
    assert re.search(r'<A HREF=\.\./2021/01/tin_\d{4}\.htm', fetch(demo, site.listing_path(
        next(iter(site.sections.values()))))[2])  # fmt: skip
    status, _, _ = fetch(demo, f"/tintuc/index_{pages + 1}.htm")
    assert status == 404


def test_older_listing_pages_are_windows_1258(demo, site):
    _, pages = site.page_of(site.listed(None), 1)
    for page in range(1, pages + 1):
        status, headers, body = get_bytes(demo, site.listing_path(None, page))
        assert status == 200 and headers["Content-Type"] == "text/html"
        if page >= 3:
            assert b"charset=windows-1258" in body[:600]
            try:
                body.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                raise AssertionError(f"page {page} is not windows-1258 bytes")
        else:
            assert b"charset=utf-8" in body[:600]
            body.decode("utf-8")
        items, _ = site.page_of(site.listed(None), page)
        text = decoded(body)
        for item in items:
            assert item.title in text
            assert list_date(item.published) in text


def test_directories_answer_page_one_and_301_without_their_slash(demo, site):
    section = next(iter(site.sections.values()))
    folder = site.listing_dir(section)
    _, _, page_one = fetch(demo, site.listing_path(section))
    status, _, as_folder = fetch(demo, folder)
    assert status == 200 and as_folder == page_one
    status, headers, _ = fetch(demo, folder.rstrip("/"))
    assert status == 301 and headers["Location"].endswith(folder)


def test_ticker_is_inline_on_the_home_page_and_a_script_elsewhere(demo, site):
    _, _, home = fetch(demo, "/")
    marquee = lxml.html.fromstring(home).xpath("//marquee")[0]
    newest = [it for it in site.items if it.kind == "article"][:6]
    assert [a.get("href") for a in marquee.xpath(".//a")] == [
        site.article_path(it).lstrip("/") for it in newest
    ]
    _, _, article = fetch(demo, site.article_path(newest[-1]))
    assert "<marquee" not in article and "js/tinmoi.js" in article
    status, headers, script = fetch(demo, TICKER)
    assert status == 200 and "javascript" in headers["Content-Type"]
    assert all(f'href="{site.article_path(it)}"' in script for it in newest)


def test_print_view_opens_by_script_and_older_articles_only_are_listed(demo, site):
    articles = [it for it in site.items if it.kind == "article"]
    item = articles[len(articles) // 2]
    _, _, page = fetch(demo, site.article_path(item))
    document = lxml.html.fromstring(page)
    printed = site.print_path(item).rsplit("/", 1)[1]
    assert f"window.open('{printed}'" in page
    assert printed not in document.xpath("//a/@href")
    status, _, view = fetch(demo, site.print_path(item))
    assert status == 200 and "window.print()" in view
    view_text = text_of(lxml.html.fromstring(view))
    assert item.title in view_text and item.paragraphs[-1] in view_text
    older = document.xpath("//b[contains(., 'ĐÃ ĐƯA')]/ancestor::table[1]//a/@href")
    titles = {it.number: it for it in site.items}
    for href in older:
        other = titles[int(re.search(r"tin_(\d+)", href).group(1))]
        assert other.published < item.published and other.section == item.section


def test_boilerplate_counter_footer_and_broken_pages(demo, site):
    item = site.items[0]
    _, headers, page = fetch(demo, site.article_path(item))
    assert headers["Server"] == "Microsoft-IIS/6.0"
    for needle in ("_vti_bin/fpcount.exe", "Hit Counter", "MM_swapImage", "webbot", "spacer.gif"):
        assert needle in page, needle
    text = text_of(lxml.html.fromstring(page))
    assert "Cập nhật lần cuối: 15/08/2019" in text
    assert ALL_PORTALS[PORTAL].licence in text
    withdrawn = [it for it in site.items if it.kind == "withdrawn"][0]
    status, _, body = fetch(demo, site.article_path(withdrawn))
    assert status == 200 and "Page cannot be found" in body and withdrawn.title not in body
    deleted = [it for it in site.items if it.kind == "missing"][0]
    status, _, body = fetch(demo, site.article_path(deleted))
    assert status == 404 and "The page cannot be found" in body
    status, headers, _ = get_bytes(demo, "/lichcongtac/lichtuan.doc")
    assert status == 200 and headers["Content-Type"] == "application/msword"
