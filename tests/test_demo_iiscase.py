"""The IIS portal with case-insensitive addresses (portal phukhe), over HTTP."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from urllib.parse import parse_qsl, urlsplit

import lxml.html
from conftest import raw_get, site_links

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import parse_local
from dtcrawl.demo.cms.iiscase import (
    ARTICLE_SPELLINGS,
    ENGLISH_ITEMS,
    LEGACY_ARTICLE,
    TRACKING,
    date_line,
    spell_article,
    spell_listing,
)
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "phukhe"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path.split("#", 1)[0])


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def article_number(path: str) -> int | None:
    """The article number an address names, in any spelling (None if not an article page)."""
    parts = urlsplit(path)
    if parts.path.lower() != ARTICLE_SPELLINGS[0][0].lower():
        return None
    params = {k.lower(): v for k, v in parse_qsl(parts.query)}
    return int(params["baivietid"])


def walk(demo) -> dict[str, str]:
    """Every page reached from ``/`` through links, following no redirect: path -> markup."""
    base = demo.base_url(PORTAL)
    reached: dict[str, str] = {}
    queue = deque(["/"])
    seen: set[str] = set()
    while queue:
        path = queue.popleft()
        if path in seen:
            continue
        seen.add(path)
        status, _, body = raw_get(base, path)
        if status != 200:
            continue
        reached[path] = body
        queue.extend(
            link
            for link in site_links(base, path, body)
            if link not in seen
            and urlsplit(link).path.lower().endswith(".aspx")
            and "/in-bai-viet" not in link.lower()
        )
    return reached


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.72"


def test_every_article_page_shows_title_date_body_captions_and_byline(demo, site):
    by_key = {it.key: it for it in site.items}
    for article in ARTICLES:
        item = by_key[article.key]
        status, headers, body = fetch(demo, site.article_path(item))
        assert status == 200, article.key
        assert headers["Server"].startswith("Microsoft-IIS")
        document = lxml.html.fromstring(body)
        assert not document.xpath("//link[@rel='canonical']")
        assert text_of(document.xpath("//h1[@class='title']")[0]) == article.title
        date = text_of(document.xpath("//div[@class='meta']/span[@class='date']")[0])
        assert date == date_line(parse_local(article.published))
        content = document.xpath("//div[@id='ctl00_cphNoiDung_ucChiTiet_divNoiDung']")[0]
        shown = [text_of(p) for p in content.xpath("./p[not(@class)]")]
        assert shown == list(article.paragraphs)
        captions = [text_of(td) for td in content.xpath(".//td[@class='image-caption']")]
        assert captions == [image["caption"] for image in article.images]
        if article.author:
            assert text_of(content.xpath("./p[@class='author']")[0]) == article.author
        else:
            assert not content.xpath("./p[@class='author']")
        if article.source:
            assert text_of(content.xpath("./p[@class='source']")[0]) == f"Nguồn: {article.source}"


def test_every_article_answers_the_same_page_under_at_least_three_spellings(demo, site):
    for item in site.items:
        _, _, reference = fetch(demo, site.article_path(item))
        title = lxml.html.fromstring(reference).xpath("//h1")[0].text_content()
        spellings = {spell_article(item.number, v) for v in range(len(ARTICLE_SPELLINGS))}
        assert len({s.split("?")[0] for s in spellings}) >= 3
        for spelling in spellings:
            status, _, body = fetch(demo, spelling)
            assert status == 200, spelling
            assert lxml.html.fromstring(body).xpath("//h1")[0].text_content() == title


def test_the_site_itself_links_articles_and_listings_in_several_spellings(demo, site):
    reached = walk(demo)
    numbers = {it.number for it in site.items}
    spellings: dict[int, set[str]] = {}
    for path, body in reached.items():
        for link in site_links(demo.base_url(PORTAL), path, body):
            number = article_number(link)
            if number is not None:
                spellings.setdefault(number, set()).add(link)
    assert set(spellings) == numbers
    assert sum(len(s) >= 3 for s in spellings.values()) >= 20
    listing_paths = {urlsplit(p).path for p in reached if "danh-sach" in p.lower()}
    assert len(listing_paths) >= 3


def test_every_listing_page_is_reached_from_the_home_page_through_the_pager(demo, site):
    reached = walk(demo)
    reached_lower = {p.lower().rstrip("&") for p in reached}
    for section in [None, *site.sections.values()]:
        _, pages = site.page_of(site.listed(section), 1)
        ident = site.section_id(section)
        assert spell_listing(ident, None, 0).lower() in reached_lower
        for page in range(2, pages + 1):
            assert spell_listing(ident, page, 1) in reached, (ident, page)
    reached_numbers = {article_number(p) for p in reached} - {None}
    assert reached_numbers == {it.number for it in site.items}


def test_pager_shows_a_window_with_arrows(demo, site):
    items, pages = site.page_of(site.listed(None), 1)
    assert pages >= 6
    _, _, body = fetch(demo, spell_listing(1, 3, 0))
    pager = lxml.html.fromstring(body).xpath("//div[@class='paging']")[0]
    assert text_of(pager).startswith(f"Trang 3/{pages}:")
    assert pager.xpath(".//span[@class='active']")[0].text == "3"
    assert pager.xpath(".//a[@class='prev']") and pager.xpath(".//a[@class='next']")
    assert pager.xpath(".//span[@class='dots']")
    status, _, _ = fetch(demo, spell_listing(1, pages + 1, 0))
    assert status == 404


def test_home_answers_under_every_spelling_and_english_mirror_is_linked(demo):
    _, _, home = fetch(demo, "/")
    title = lxml.html.fromstring(home).xpath("//title")[0].text
    for path in ("/Default.aspx", "/default.aspx", "/DEFAULT.ASPX"):
        status, _, body = fetch(demo, path)
        assert status == 200
        assert lxml.html.fromstring(body).xpath("//title")[0].text == title
    assert "/EN/Default.aspx" in site_links(demo.base_url(PORTAL), "/", home)
    for path in ("/EN/Default.aspx", "/en/", "/en/default.aspx"):
        status, _, body = fetch(demo, path)
        assert status == 200
        assert all(english in body for english, _ in ENGLISH_ITEMS)


def test_legacy_addresses_answer_301_with_the_current_one(demo, site):
    reached = walk(demo)
    legacy = {
        link
        for path, body in reached.items()
        for link in site_links(demo.base_url(PORTAL), path, body)
        if link.startswith((LEGACY_ARTICLE, "/NewsList.aspx"))
    }
    assert any(link.startswith(LEGACY_ARTICLE) for link in legacy)
    assert any(link.startswith("/NewsList.aspx") for link in legacy)
    for link in legacy:
        status, headers, _ = fetch(demo, link)
        assert status == 301
        target = urlsplit(headers["Location"])
        status, _, _ = fetch(demo, f"{target.path}?{target.query}")
        assert status == 200


def test_boilerplate_tracking_and_print_view(demo, site):
    item = site.items[0]
    _, _, home = fetch(demo, "/")
    assert f"&amp;{TRACKING}" in home
    status, _, body = fetch(demo, f"{site.article_path(item)}&{TRACKING}")
    assert status == 200 and item.title in body
    _, _, page = fetch(demo, site.article_path(item))
    for needle in (
        "__VIEWSTATE",
        "ctl00_",
        "Kết quả giải quyết TTHC",
        "Thống kê truy cập",
        "Cơ quan chủ quản",
        ALL_PORTALS[PORTAL].licence,
        "Các tin khác",
    ):
        assert needle in page, needle
    print_path = re.search(r'href="(/Thong-Tin/In-Bai-Viet\.aspx\?[^"]+)"', page).group(1)
    status, _, printed = fetch(demo, print_path)
    assert status == 200
    printed_text = text_of(lxml.html.fromstring(printed))
    assert item.title in printed_text
    assert all(paragraph in printed_text for paragraph in item.paragraphs)


def test_unknown_pages_answer_404(demo):
    for path in (
        "/Khong-Co.aspx",
        spell_article(1, 0),
        "/NewsDetail.aspx?nid=1",
        spell_listing(77, None, 0),
    ):
        status, _, body = fetch(demo, path)
        assert status == 404, path
        assert "404" in body
