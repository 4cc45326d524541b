"""The sloppy PHP portal whose pager, tokens, sort links and relative links are traps (lacvan)."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qsl, urljoin, urlsplit

import lxml.html
from conftest import raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import parse_local, view_count
from dtcrawl.demo.cms.loosepager import ARTICLE, date_line, pager_query, raw_page
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "lacvan"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def titles(body: str) -> list[str]:
    """The titles of a listing page's main list, in order."""
    document = lxml.html.fromstring(body)
    return [text_of(a) for a in document.xpath("//div[@class='news-list']//h4/a")]


def clean(path: str, pages: int = 8) -> bool:
    """A link a careful walker keeps: no token, no sort, no nesting, no page past ``pages``."""
    parts = urlsplit(path)
    params = dict(parse_qsl(parts.query))
    if set(params) - {"page"} or raw_page(params.get("page", "1")) > pages:
        return False
    if parts.path.startswith("/chuyen-muc/") and parts.path.count("/") != 3:
        return False
    return not parts.path.startswith(("/admin", "/tim-kiem"))


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.81"
    assert portal.domain == "lacvan.gov.vn"


def test_every_article_page_shows_title_date_body_captions_author_and_source(demo, site):
    by_key = {it.key: it for it in site.items}
    for article in ARTICLES:
        item = by_key[article.key]
        status, headers, body = fetch(demo, site.article_path(item))
        assert status == 200, article.key
        assert headers["X-Powered-By"].startswith("PHP/") and "ETag" not in headers
        document = lxml.html.fromstring(body)
        assert not document.xpath("//link[@rel='canonical']")
        assert text_of(document.xpath("//h1[@class='news-title']")[0]) == article.title
        meta = document.xpath("//div[@class='news-meta']")[0]
        assert text_of(meta.xpath("./span[@class='date']")[0]) == date_line(
            parse_local(article.published)
        )
        content = document.xpath("//div[@class='news-content']")[0]
        assert [text_of(p) for p in content.xpath("./p")] == list(article.paragraphs)
        captions = [text_of(c) for c in content.xpath(".//figcaption")]
        assert captions == [image["caption"] for image in article.images]
        authors = meta.xpath("./span[@class='author']")
        if article.author:
            assert text_of(authors[0]) == f"Tác giả: {article.author}"
        else:
            assert not authors
        sources = document.xpath("//div[@class='news-source']")
        if article.source:
            assert text_of(sources[0]) == f"Nguồn: {article.source}"
        else:
            assert not sources


def test_every_article_is_reached_from_the_home_page_and_from_its_sections_list(demo, site):
    base = demo.base_url(PORTAL)
    # A careful walker keeps to the real pages of every list, however far the pager offers to go.
    _, most = site.page_of(site.listed(None), 1)
    reached = walk_site(base, lambda path: clean(path, most))
    assert len({p for p in reached if p.startswith("/chuyen-muc/")}) >= 6 + most
    paths = {site.article_path(it) for it in site.items}
    assert paths <= set(reached)
    for it in site.items:
        expected = 404 if it.kind == "missing" else 200
        assert reached[site.article_path(it)][0] == expected
    for section in [None, *site.sections.values()]:
        listed = set()
        _, pages = site.page_of(site.listed(section), 1)
        for page in range(1, pages + 1):
            path = site.listing_path(section, page)
            status, body = reached[path] if path in reached else fetch(demo, path)[::2]
            assert status == 200
            listed |= {link for link in site_links(base, path, body) if ARTICLE.match(link)}
        assert {site.article_path(it) for it in site.listed(section)} <= listed


def test_the_pager_goes_on_past_the_end_with_the_last_pages_items(demo, site):
    section = max(site.sections.values(), key=lambda s: len(site.listed(s)))
    items, pages = site.page_of(site.listed(section), 1)
    assert pages >= 2
    last = [it.title for it in site.page_of(site.listed(section), pages)[0]]
    first = [it.title for it in items]
    path = site.listing_path(section)
    _, _, body = fetch(demo, f"{path}?page={pages}")
    pager = lxml.html.fromstring(body).xpath("//ul[@class='pagination']")[0]
    links = {text_of(a): a.get("href") for a in pager.xpath(".//a")}
    assert links["Trang sau »"] == f"?page={pages + 1}"
    assert links["Trang cuối"] == f"?page={pages}"
    for page in (pages + 1, pages + 7, 999):
        status, _, body = fetch(demo, f"{path}?page={page}")
        assert status == 200 and titles(body) == last
        pager = lxml.html.fromstring(body).xpath("//ul[@class='pagination']")[0]
        hrefs = {text_of(a): a.get("href") for a in pager.xpath(".//a")}
        assert hrefs["Trang sau »"] == f"?page={page + 1}"
    for junk in ("0", "-3", "abc"):
        status, _, body = fetch(demo, f"{path}?page={junk}")
        assert status == 200 and titles(body) == first
    assert pager_query("asc", 2) == "?sort=asc&page=2"


def test_tin_moi_and_breadcrumb_links_change_at_every_render(demo, site):
    item = site.items[5]
    first, second = fetch(demo, site.article_path(item))[2], None
    site.clock = lambda: 1_700_000_000.123
    try:
        second = fetch(demo, site.article_path(item))[2]
    finally:
        import time

        site.clock = time.time
    fresh = [
        lxml.html.fromstring(b).xpath("//div[contains(@class,'box-tinmoi')]//a/@href")
        for b in (first, second)
    ]
    assert all(re.search(r"\.html\?_=\d{13}$", href) for href in fresh[0] + fresh[1])
    assert fresh[1][0].endswith("?_=1700000000123") and fresh[0][0] != fresh[1][0]
    crumbs = [
        lxml.html.fromstring(b).xpath("//ol[@class='breadcrumb']//a/@href") for b in (first, second)
    ]
    assert crumbs[0][0].startswith("/index.php?t=")
    assert crumbs[0][1].startswith(site.listing_path(item.section) + "?t=")
    assert crumbs[0] != crumbs[1]
    # The article answers under its tokens, and the main list's links are clean.
    newest = next(it for it in site.items if it.kind == "article")
    status, _, body = fetch(demo, fresh[0][0])
    assert fresh[0][0].startswith(site.article_path(newest) + "?_=")
    assert status == 200 and text_of(lxml.html.fromstring(body).xpath("//h1")[0]) == newest.title
    _, _, listing = fetch(demo, site.listing_path(None))
    main = lxml.html.fromstring(listing).xpath("//div[@class='news-list']//a/@href")
    assert main and all("?" not in href for href in main)
    _, _, listing2 = fetch(demo, site.listing_path(None, 2))
    assert "?page=2&amp;t=" in listing2


def test_sort_links_reorder_the_same_list(demo, site):
    path = site.listing_path(None)
    _, _, body = fetch(demo, path)
    sort_links = lxml.html.fromstring(body).xpath("//ul[@class='dropdown-menu']//a/@href")
    assert sort_links == ["?sort=desc", "?sort=asc", "?sort=views"]
    everything = [it.title for it in site.listed(None)]
    size = site.portal.page_size
    assert titles(fetch(demo, path + "?sort=desc")[2]) == everything[:size]
    oldest = fetch(demo, path + "?sort=asc")[2]
    assert titles(oldest) == everything[::-1][:size]
    assert 'href="?sort=asc&amp;page=2"' in oldest
    by_views = sorted(site.listed(None), key=lambda it: -view_count(it.key))
    assert titles(fetch(demo, path + "?sort=views")[2]) == [it.title for it in by_views[:size]]


def test_relative_sidebar_links_nest_deeper_from_every_listing(demo, site):
    base = demo.base_url(PORTAL)
    section = site.sections["Xã hội số"]
    path = site.listing_path(section)
    _, _, body = fetch(demo, path)
    document = lxml.html.fromstring(body)
    relative = document.xpath("//div[contains(@class,'box-chuyenmuc')]//a/@href")
    assert relative and all(href.startswith("chuyen-muc/") for href in relative)
    assert document.xpath("//a[@class='logo']/@href") == ["index.php"]
    expected = titles(body)
    current = path
    for _ in range(3):
        target = urlsplit(urljoin(base + current, relative[-1])).path
        assert target.startswith(current) and target != current
        status, _, nested = fetch(demo, target)
        assert status == 200 and titles(nested) == expected
        current = target
    assert current.count("/chuyen-muc/") == 4
    # From the home page and from articles the same links are right.
    _, _, home = fetch(demo, "/")
    assert all(
        link.count("/chuyen-muc/") <= 1
        for link in site_links(base, "/", home)
        if "chuyen-muc" in link
    )
    status, _, _ = fetch(demo, "/chuyen-muc/xa-hoi-so/index.php")
    assert status == 200


def test_boilerplate_static_pages_and_errors(demo, site):
    item = site.items[0]
    _, headers, page = fetch(demo, site.article_path(item))
    assert headers["Expires"] == "Thu, 19 Nov 1981 08:52:00 GMT"
    for needle in (
        "Kết quả giải quyết TTHC",
        "Thống kê truy cập",
        "Thăm dò ý kiến",
        "Cơ quan chủ quản",
        ALL_PORTALS[PORTAL].licence,
        "Tin liên quan",
        "Lượt xem",
    ):
        assert needle in page, needle
    for path in ("/gioi-thieu.html", "/lien-he.html", "/index.php", "/trang-chu.html"):
        assert fetch(demo, path)[0] == 200, path
    for path in ("/khong-co.php", "/chuyen-muc/khong-co/", "/bai-viet-1.html", "/chuyen-muc/"):
        status, _, body = fetch(demo, path)
        assert status == 404 and "không tồn tại" in body, path
