"""The department portal that navigates with JavaScript (portal sxd-kieuson), over HTTP."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import lxml.html
from conftest import raw_get, site_links

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.onclicknav import STYLES, date_line, row_style
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "sxd-kieuson"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
ONCLICK = re.compile(r"^(?:window\.)?location(?:\.href)?\s*=\s*'([^']+)'")
GO_PAGE = re.compile(r"goPage\((\d+)\)")
PREFIX = re.compile(r"function goPage\(p\)\{ window\.location\.href = '([^']+)' \+ p; \}")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def relative(page: str, href: str) -> str:
    url = urlsplit(urljoin("http://x" + page, href))
    return url.path + (f"?{url.query}" if url.query else "")


def script_links(path: str, markup: str) -> list[str]:
    """Where a reader's clicks lead that no ``<a href>`` names: rows' ``onclick`` and
    ``data-href``, and the pager's ``goPage(n)`` built from the page's script prefix."""
    document = lxml.html.fromstring(markup)
    links = []
    for code in document.xpath("//*[not(self::a)]/@onclick"):
        if match := ONCLICK.match(code):
            links.append(relative(path, match.group(1)))
    links += [relative(path, href) for href in document.xpath("//@data-href")]
    prefix = PREFIX.search(markup)
    for code in document.xpath("//a/@onclick"):
        if (match := GO_PAGE.search(code)) and prefix:
            links.append(relative(path, prefix.group(1) + match.group(1)))
    return links


def walk(demo, plain_only: bool) -> dict[str, str]:
    """Every page reached from ``/`` through plain links (and, unless ``plain_only``, through
    the scripted rows and pager): path -> markup of the 200 answers."""
    base = demo.base_url(PORTAL)
    reached: dict[str, str] = {}
    seen: set[str] = set()
    queue = deque(["/"])
    while queue:
        path = queue.popleft()
        if path in seen:
            continue
        seen.add(path)
        status, _, body = raw_get(base, path)
        if status != 200:
            continue
        reached[path] = body
        links = site_links(base, path, body)
        if not plain_only:
            links += script_links(path, body)
        queue.extend(
            link for link in links if link not in seen and urlsplit(link).path.endswith(".aspx")
        )
    return reached


def test_every_article_page_shows_its_title_date_body_captions_and_byline(demo, site):
    for article in ARTICLES:
        item = site.by_key[article.key]
        status, headers, markup = fetch(demo, site.article_path(item))
        assert status == 200 and headers["Server"] == "Microsoft-IIS/8.5"
        document = lxml.html.fromstring(markup)
        assert text_of(document.xpath("//h2[@class='tieudetin']")[0]) == article.title
        shown = [text_of(p) for p in document.xpath("//div[@id='noidung']/p")]
        assert shown == list(article.paragraphs)
        captions = [text_of(c) for c in document.xpath("//p[@class='chuthichanh']")]
        assert captions == [img["caption"] for img in article.images]
        assert text_of(document.xpath("//span[@class='ngaydang']")[0]) == date_line(item.published)
        bylines = [text_of(b) for b in document.xpath("//p[@class='tacgia']")]
        assert bylines == ([article.author] if article.author else [])
        sources = [text_of(b) for b in document.xpath("//p[@class='nguontin']")]
        assert sources == ([f"Nguồn: {article.source}"] if article.source else [])
        alias = fetch(demo, site.alias_path(item))[2]
        assert alias.count(article.paragraphs[-1]) == 1


def test_plain_links_reach_only_part_of_the_site(demo, site):
    plain = walk(demo, plain_only=True)
    articles = {site.article_path(site.by_key[a.key]) for a in ARTICLES}
    reached = {p.split("&")[0] for p in plain if p.startswith("/TinTuc/XemTin.aspx")}
    assert reached and len(reached & articles) < len(articles) // 2
    assert not any("Page=" in p for p in plain)


def test_every_listing_page_and_article_is_reachable_through_the_scripts(demo, site):
    pages = walk(demo, plain_only=False)
    for section in [None, *site.sections.values()]:
        _, count = site.page_of(site.listed(section), 1)
        for n in range(2, count + 1):
            assert site.listing_path(section, n) in pages
        assert site.listing_path(section, 1) in pages
    assert any("&Page=" in p for p in pages)
    reached = {p.split("&")[0] for p in pages if p.startswith("/TinTuc/XemTin.aspx")}
    assert {site.article_path(site.by_key[a.key]) for a in ARTICLES} <= reached


def test_rows_navigate_by_script_in_every_style_and_titles_are_not_links(demo, site):
    boxes = [s.name for s in site.sections.values()] + [site.news.name]
    styles = {row_style(b) for b in boxes} | {row_style("list:" + b) for b in boxes}
    assert styles == set(STYLES)
    _, _, home = fetch(demo, "/")
    assert "onclick=\"window.location.href='/TinTuc/XemTin.aspx?TinID=" in home
    assert "onclick=\"location='/TinTuc/XemTin.aspx?TinID=" in home or 'data-href="' in home
    for section in site.sections.values():
        _, _, listing = fetch(demo, site.listing_path(section))
        document = lxml.html.fromstring(listing)
        titles = document.xpath("//*[@class='dstin']//*[@class='tieude']")
        assert titles and not any(t.xpath("ancestor-or-self::a") for t in titles)
    item = site.by_key[ARTICLES[3].key]
    document = lxml.html.fromstring(fetch(demo, site.article_path(item))[2])
    others = document.xpath("//div[@class='cactindadua']/div[contains(@class, 'tinkhac')]")
    assert others and all(o.get("onclick") or o.get("data-href") for o in others)


def test_pager_is_a_script_with_a_window_of_numbers(demo, site):
    section = max(site.sections.values(), key=lambda s: len(site.listed(s)))
    news_pages = site.page_of(site.listed(None), 1)[1]
    assert news_pages >= 6
    _, _, page = fetch(demo, site.listing_path(None, 3))
    document = lxml.html.fromstring(page)
    pager = text_of(document.xpath("//div[@class='phantrang']")[0])
    assert "Trang sau" in pager and "Trang cuối" in pager and "..." in pager
    assert (
        "function goPage(p){ window.location.href = '/TinTuc/DanhMuc.aspx?MucID=1&Page=' + p; }"
        in page
    )
    assert document.xpath("//div[@class='phantrang']//a/@href") == ["javascript:void(0)"] * len(
        document.xpath("//div[@class='phantrang']//a")
    )
    first = fetch(demo, site.listing_path(section))[2]
    again = fetch(demo, site.listing_path(section) + "&Page=1")[2]
    assert first.count("news-item") == again.count("news-item") > 0


def test_hazards_print_view_back_link_alias_tracking_and_404(demo, site):
    item = site.by_key[ARTICLES[0].key]
    _, _, page = fetch(demo, site.article_path(item))
    assert f"window.open('{site.print_path(item)}','BanIn'" in page
    assert 'href="javascript:history.go(-1)"' in page
    status, _, printed = fetch(demo, site.print_path(item))
    assert status == 200 and ARTICLES[0].paragraphs[-1] in printed and "Tin mới" not in printed
    _, _, home = fetch(demo, "/")
    assert "&amp;ref=trangchu" in home
    tracked = fetch(demo, site.article_path(item) + "&ref=trangchu")
    assert tracked[0] == 200 and ARTICLES[0].paragraphs[0] in tracked[2]
    status, _, missing = fetch(demo, "/TinTuc/XemTin.aspx?TinID=1")
    assert status == 404 and "không tồn tại" in missing
    assert fetch(demo, "/TinTuc/XemTin.aspx?TinID=abc")[0] == 404
    assert fetch(demo, "/TinTuc/DanhMuc.aspx?MucID=1&Page=99")[0] == 404
    assert fetch(demo, "/TinTuc/DanhMuc.aspx?MucID=77")[0] == 404
    status, _, robots = fetch(demo, "/robots.txt")
    assert status == 200 and "Disallow: /Admin/" in robots
    assert fetch(demo, "/sitemap.xml")[0] == 404


def test_portal_is_blind_only_and_gives_no_cms_hint():
    assert PORTAL in ALL_PORTALS and PORTAL not in PORTALS
    assert ALL_PORTALS[PORTAL].registry_cms == "custom"
    assert ALL_PORTALS[PORTAL].host == "127.0.0.70"
