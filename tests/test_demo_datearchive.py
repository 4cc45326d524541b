"""The vendor portal whose listings stop after two pages (portal honglac), over HTTP."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from urllib.parse import urlsplit

import lxml.html
from conftest import raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import dmy, parse_local
from dtcrawl.demo.cms.datearchive import (
    MAX_PAGES,
    OLDER_COUNT,
    archive_link,
    day_link,
    post_time,
)
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "honglac"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
DAY_PAGES = "/tin-da-dua.html"


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def document(demo, path: str) -> lxml.html.HtmlElement:
    status, _, body = fetch(demo, path)
    assert status == 200, path
    return lxml.html.fromstring(body)


def article_paths(site) -> dict[str, str]:
    return {site.article_path(it): it.key for it in site.items if it.kind == "article"}


def walk(demo, skip: tuple[str, ...] = (DAY_PAGES, "/in-tin-bai", "/quan-tri/")):
    """Every page reached from ``/`` through links, leaving out the paths starting with ``skip``
    (by default the day pages of the calendar, print views and the login page)."""
    return walk_site(demo.base_url(PORTAL), lambda path: not path.startswith(skip))


def linked_articles(demo, site, pages: dict[str, tuple[int, str]]) -> set[str]:
    """The article paths the given pages link to."""
    known = article_paths(site)
    return {
        link
        for path, (status, body) in pages.items()
        if status == 200
        for link in site_links(demo.base_url(PORTAL), path, body)
        if link in known
    }


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.79" and portal.domain == "honglac.gov.vn"
    assert portal.page_size == 3


def test_every_article_page_shows_its_gold_fields(demo, site):
    for article in ARTICLES:
        page = document(demo, site.article_path(site.by_key[article.key]))
        assert text_of(page.xpath("//h1[@class='detail-title']")[0]) == article.title
        shown = text_of(page.xpath("//span[@class='post-date']")[0])
        assert shown == post_time(parse_local(article.published))
        (content,) = page.xpath("//div[@id='noidungchitiet']")
        justified = content.xpath("./p[@style='text-align: justify;']")
        assert [text_of(p) for p in justified] == list(article.paragraphs), article.key
        assert justified[0].xpath("./strong")  # the lead in bold
        captions = [text_of(em) for em in content.xpath("./p[@style='text-align: center;']/em")]
        assert captions == [image["caption"] for image in article.images]
        signed = content.xpath("./p[@style='text-align: right;']")
        assert [text_of(p) for p in signed] == ([article.author] if article.author else [])
        source = page.xpath("//div[@class='nguon-tin']")
        if article.source:
            assert text_of(source[0]) == f"Nguồn: {article.source}"
        else:
            assert not source


def test_listings_stop_after_two_pages_and_past_them_are_empty(demo, site):
    for section in [None, *site.sections.values()]:
        listed = site.listed(section)
        shown = site.shown_pages(section)
        assert shown == min(MAX_PAGES, -(-len(listed) // 3))
        for page in range(1, shown + 1):
            body = document(demo, site.listing_path(section, page))
            hrefs = body.xpath("//ul[@class='pagination']//a/@href")
            assert site.listing_path(section, shown + 1) not in hrefs
            titles = [text_of(a) for a in body.xpath("//h3[@class='news-title']/a")]
            assert titles == [it.title for it in listed[(page - 1) * 3 : page * 3]]
        beyond = document(demo, site.listing_path(section, shown + 1))
        assert not beyond.xpath("//h3[@class='news-title']")
        assert "Không có dữ liệu" in text_of(beyond)
    biggest = max(site.sections.values(), key=lambda s: len(site.listed(s)))
    assert len(site.listed(biggest)) > 3 * MAX_PAGES + 3


def test_a_third_of_the_articles_are_reached_only_through_the_archive(demo, site):
    # Home, menus, listings and their pagers (no archive, no day page, no article page read).
    plain = walk_site(
        demo.base_url(PORTAL),
        lambda path: (
            not path.startswith(("/luu-tru", DAY_PAGES, "/in-tin-bai", "/quan-tri/"))
            and path not in article_paths(site)
        ),
    )
    seen = linked_articles(demo, site, plain)
    hidden = set(article_paths(site)) - seen
    assert 10 <= len(hidden) <= 16, len(hidden)
    # The monthly archive alone links every one of them; so do the "Các tin đã đưa" lists.
    archive = walk_site(
        demo.base_url(PORTAL),
        lambda path: path == "/" or path.startswith("/luu-tru"),
    )
    assert linked_articles(demo, site, archive) == set(article_paths(site))
    assert any("trang=" in path for path in archive)


def test_every_article_is_reachable_from_the_root_without_the_calendar(demo, site):
    reached = walk(demo)
    assert set(article_paths(site)) <= set(reached)
    assert all(reached[path][0] == 200 for path in article_paths(site))
    assert not [path for path in reached if path.startswith(DAY_PAGES)]
    missing = site.by_key["honglac-broken-missing"]
    assert reached[site.article_path(missing)][0] == 404


def test_archive_box_and_monthly_listings(demo, site):
    home = document(demo, "/")
    box = home.xpath("//div[contains(@class, 'box-luutru')]")[0]
    assert f"Tháng 01/2021 ({len(site.items)})" in text_of(box)
    assert archive_link(2021, 1) in box.xpath(".//a/@href")
    pages = -(-len(site.items) // 10)
    keys = []
    for page in range(1, pages + 1):
        body = document(demo, archive_link(2021, 1, page=page))
        keys += [text_of(a) for a in body.xpath("//h3[@class='news-title']/a")]
    assert keys == [it.title for it in site.items]
    assert fetch(demo, archive_link(2021, 1, page=pages + 1))[0] == 404
    section = next(iter(site.sections.values()))
    body = document(demo, archive_link(2021, 1, section))
    titles = [text_of(a) for a in body.xpath("//h3[@class='news-title']/a")]
    assert titles == [it.title for it in site.listed(section)][:10]
    empty = document(demo, archive_link(2019, 5))
    assert "Không có tin bài nào trong tháng này" in text_of(empty)


def test_older_news_under_each_article_are_of_its_section_with_dates(demo, site):
    for item in site.items:
        if item.kind != "article":
            continue
        page = document(demo, site.article_path(item))
        heads = page.xpath("//h3[@class='tin-khac-title'][.='Các tin đã đưa']")
        older = [it for it in site.listed(item.section) if it.published < item.published]
        if not older:
            assert not heads
            continue
        rows = heads[0].getparent().xpath(".//li")
        expected = older[:OLDER_COUNT]
        assert [r.xpath("./a/@href")[0] for r in rows] == [site.article_path(it) for it in expected]
        assert [text_of(r.xpath("./span")[0]) for r in rows] == [
            f"({dmy(it.published)})" for it in expected
        ]


def test_calendar_links_every_day_of_several_years(demo, site):
    home = document(demo, "/")
    (grid,) = home.xpath("//table[@class='calendar']")
    today = site.today
    days = grid.xpath(".//td/a/@href")
    month_days = (today.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    assert len(days) == month_days.day
    assert day_link(today, padded=False) in days
    assert grid.xpath(".//td[@class='co-tin']")
    # The arrows go back month by month to January four years back, and no further.
    path = grid.xpath(".//a[@class='cal-prev']/@href")[0]
    months = 0
    while True:
        (grid,) = document(demo, path).xpath("//table[@class='calendar']")
        months += 1
        arrows = grid.xpath(".//a[@class='cal-prev']/@href")
        if not arrows:
            break
        path = arrows[0]
        assert months < 100
    assert (
        text_of(grid.xpath(".//span[@class='cal-month']")[0]) == f"Tháng 01/{site.first_day.year}"
    )
    assert months >= 12 * 4
    assert (today - site.first_day).days > 1400
    # A day years back: an empty listing answered 200, its neighbours linked.
    old = document(demo, day_link(date(site.first_day.year + 1, 3, 14), padded=False))
    assert "Không có tin bài nào được đăng trong ngày này" in text_of(old)
    assert old.xpath("//a[@class='ngay-truoc']") and old.xpath("//a[@class='ngay-sau']")


def test_day_pages_and_the_form_list_one_day_in_two_spellings(demo, site):
    home = document(demo, "/")
    (form,) = home.xpath("//form[@class='form-tindadua']")
    assert form.get("method") == "get" and form.get("action") == DAY_PAGES
    assert form.xpath(".//input[@name='ngay']") and form.xpath(".//select[@name='cm']")
    day = site.items[-1].published.date()
    expected = [it.title for it in site.items if it.published.date() == day]
    for path in (
        day_link(day),
        day_link(day, padded=False),
        f"{DAY_PAGES}?ngay={day:%d}%2F{day:%m}%2F{day:%Y}",
    ):
        titles = [text_of(a) for a in document(demo, path).xpath("//h3[@class='news-title']/a")]
        assert titles == expected, path
    section = site.items[-1].section
    titles = [
        text_of(a)
        for a in document(demo, day_link(day, section=section)).xpath("//h3[@class='news-title']/a")
    ]
    assert titles == [it.title for it in site.listed(section) if it.published.date() == day]
    assert "dd/mm/yyyy" in text_of(document(demo, f"{DAY_PAGES}?ngay=hom-qua"))


def test_boilerplate_print_view_and_no_feeds(demo, site):
    _, _, robots = fetch(demo, "/robots.txt")
    assert "Sitemap" not in robots and "Disallow: /tim-kiem.html" in robots
    for path in ("/sitemap.xml", "/rss", "/rss.xml", "/feed"):
        assert fetch(demo, path)[0] == 404, path
    item = site.items[0]
    status, headers, body = fetch(demo, site.article_path(item))
    assert headers["Server"].startswith("Microsoft-IIS")
    for needle in (
        "Kết quả giải quyết TTHC",
        "Thống kê truy cập",
        "Thăm dò ý kiến",
        "Lịch tin bài",
        "Lưu trữ tin bài",
        "Tin đọc nhiều",
        "Cơ quan chủ quản",
        ALL_PORTALS[PORTAL].licence,
        "Lượt xem",
    ):
        assert needle in body, needle
    print_path = re.search(r'href="(/in-tin-bai\.html\?id=\d+)"', body).group(1)
    printed = text_of(document(demo, print_path))
    assert item.title in printed and all(p in printed for p in item.paragraphs)
    assert fetch(demo, "/tin-tuc/bat-ky-" + str(item.number) + ".html")[0] == 200


def test_unknown_pages_answer_404(demo, site):
    for path in (
        "/khong-co.html",
        "/tin-tuc/khong-co-1.html",
        "/chuyen-muc/khong-co-99.html",
        "/luu-tru/2021/13",
        "/luu-tru/2021/01?cm=99",
        f"{site.listing_path(None)[:-5]}/trang-1.html",
    ):
        status, _, body = fetch(demo, path)
        assert status == 404, path
        assert "Không tìm thấy trang" in body
    assert urlsplit(site.listing_path(None)).path.endswith(".html")
