"""The district-portal ASP.NET WebForms demo family (portal huyen-donglu), served over HTTP."""

from __future__ import annotations

import re
import unicodedata

import lxml.html
from conftest import listing_paths, raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "huyen-donglu"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LISTING = re.compile(r"^/tin-tuc(/[a-z0-9-]+)?\.aspx(\?p=\d+)?$")
DOC_LISTING = re.compile(r"^/van-ban\.aspx(\?page=\d+)?$")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def test_portal_is_blind_only():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.host == "127.0.0.43"
    assert portal.registry_cms == "custom"


def test_every_article_shows_title_date_and_every_gold_paragraph(demo, site):
    paths = demo.sites.article_urls(PORTAL)
    assert len(paths) == len(ARTICLES)
    for article in ARTICLES:
        status, headers, body = fetch(demo, paths[article.key])
        assert status == 200, paths[article.key]
        page = lxml.html.fromstring(body)
        assert text_of(page.xpath("//h1[@class='title-detail']")[0]) == article.title
        content = page.xpath("//div[@class='content-detail']")[0]
        shown = [text_of(p) for p in content.xpath("./p[not(img) and not(em)]")]
        if article.author:
            assert shown.pop() == article.author
        assert shown == list(article.paragraphs)
        meta = text_of(page.xpath("//span[@class='ngay-dang']")[0])
        assert meta.startswith("Ngày xuất bản: " + article.published.strftime("%d/%m/%Y"))
        assert re.search(r"\d{1,2}:\d\d:\d\d (SA|CH)$", meta)


def test_alias_and_print_views_show_the_same_article(demo, site):
    item = site.items[3]
    _, _, canonical = fetch(demo, site.article_path(item))
    status, _, alias = fetch(demo, f"/ChiTiet.aspx?ItemID={item.number}")
    assert status == 200

    def content(markup: str) -> str:
        return text_of(lxml.html.fromstring(markup).xpath("//div[@class='content-detail']")[0])

    assert content(alias) == content(canonical)
    status, _, printed = fetch(demo, f"/InTin.aspx?ItemID={item.number}")
    assert status == 200 and item.paragraphs[-1][:60] in printed and "window.print()" in printed
    assert f'href="/InTin.aspx?ItemID={item.number}"' in canonical


def test_every_listing_page_is_reachable_from_home(demo, site):
    reached = walk_site(
        demo.base_url(PORTAL), lambda p: p == "/" or bool(LISTING.match(p)), start="/"
    )
    assert listing_paths(site) <= set(reached)
    assert any("?p=" in p for p in reached)
    assert all(status == 200 for status, _ in reached.values())


def test_legal_documents_are_paged_with_details_and_pdfs(demo, site):
    reached = walk_site(
        demo.base_url(PORTAL), lambda p: bool(DOC_LISTING.match(p)), "/van-ban.aspx"
    )
    assert {"/van-ban.aspx", "/van-ban.aspx?page=2", "/van-ban.aspx?page=3"} <= set(reached)
    assert len(site.documents) == 30
    numbers = [d["number"] for d in site.documents]
    assert len(set(numbers)) == 30
    assert all(re.match(r"^\d+/(\d{4}/)?[A-ZĐ]+-[A-ZĐ]+$", n) for n in numbers)
    doc = next(d for d in site.documents if d["viewer"])
    status, _, body = fetch(demo, f"/van-ban/chi-tiet.aspx?id={doc['id']}")
    assert status == 200 and doc["number"] in body and "<iframe" in body
    for label in ("Số hiệu", "Loại văn bản", "Cơ quan ban hành", "Người ký", "Ngày hiệu lực"):
        assert label in body
    status, headers, pdf = fetch(demo, f"/Uploads/VanBan/{doc['file']}")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert pdf.startswith("%PDF-")


def test_notices_and_schedule_are_linked_from_home(demo, site):
    _, _, home = fetch(demo, "/")
    for heading in ("Văn bản mới", "Thông báo", "Lịch công tác tuần"):
        assert heading in home
    notice = site.notices[0]
    assert site.notice_path(notice) in home
    status, _, body = fetch(demo, site.notice_path(notice))
    assert status == 200 and notice["text"][0] in body and ".pdf" in body
    week = site.week_path(site.weeks[0])
    assert week.replace("&", "&amp;") in home
    status, _, body = fetch(demo, week)
    assert status == 200 and "Tuần trước" in body and "tbl-lich" in body
    oldest = site.week_path(site.weeks[-1])
    _, _, last = fetch(demo, oldest)
    assert "Tuần trước" not in last  # the schedule is a fixed run of weeks, not an endless one


def test_hazards_tracking_parameters_and_postbacks(demo, site):
    _, _, home = fetch(demo, "/")
    assert "utm_source=trangchu" in home
    assert "javascript:__doPostBack(" in home
    assert "/ChiTiet.aspx?ItemID=" in home
    status, _, tracked = fetch(demo, site.article_path(site.items[0]) + "?utm_source=trangchu")
    assert status == 200 and site.items[0].title in tracked


def test_unknown_pages_answer_404_and_robots(demo):
    for path in ("/khong-co.aspx", "/ChiTiet.aspx?ItemID=1", "/van-ban.aspx?page=99"):
        status, _, body = fetch(demo, path)
        assert status == 404, path
    status, _, robots = fetch(demo, "/robots.txt")
    assert status == 200 and "Disallow: /Admin/" in robots
