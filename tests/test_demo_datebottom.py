"""The district PHP portal dated only at the end of its articles (portal huyen-khetruc), over HTTP."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import datetime

import lxml.html
from conftest import raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import dmy, iso_vn
from dtcrawl.demo.cms.datebottom import (
    LAYOUTS,
    TODAY,
    created_of,
    gold_record,
    layout_of,
    place_date,
    signed_of,
    stamp,
)
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "huyen-khetruc"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LISTING = re.compile(r"^/(tin-tuc|chuyen-muc/[a-z0-9-]+-c\d+)/(trang-\d+/)?$")


def article_part(markup: str) -> str:
    """The article column of a page (the sidebars' numbers change from URL to URL)."""
    return markup[markup.index('<div class="chi-tiet">') : markup.index('<div id="cot-phai">')]


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def test_every_layout_occurs_and_gold_published_is_the_corpus_time(site):
    assert set(Counter(layout_of(a.key) for a in ARTICLES)) == set(LAYOUTS)
    for article in ARTICLES:
        gold = gold_record(site, article.key)
        assert gold["published"] == iso_vn(article.published)
        assert gold["title"] == article.title
        assert "\n\n".join(article.paragraphs) in gold["body"]
        if gold["modified"]:
            assert gold["modified"] > gold["published"]
        if gold["layout"] in ("updated", "letter"):
            assert gold["modified"] is None
        if gold["layout"] == "stamps":
            assert gold["modified"] is not None


def test_article_pages_show_the_gold_body_and_dates_only_at_the_end(demo, site):
    for article in ARTICLES:
        item = site.by_key[article.key]
        gold = gold_record(site, article.key)
        status, _, markup = fetch(demo, site.article_path(item))
        assert status == 200
        document = lxml.html.fromstring(markup)
        assert text_of(document.xpath("//h1[@class='tieu-de-bai']")[0]) == article.title
        shown = [text_of(p) for p in document.xpath("//div[@class='noi-dung-bai']/p")]
        assert shown == gold["body"].split("\n\n")
        assert [text_of(c) for c in document.xpath("//td[@class='image_desc']")] == gold["captions"]
        top = markup[: markup.index('<div class="noi-dung-bai">')]
        top = top[top.index('<div id="cot-trai">') :]
        assert dmy(item.published) not in top
        dates = text_of(document.xpath("//div[@class='ngay-gio']")[0])
        published, layout = item.published, gold["layout"]
        if layout == "updated":
            assert dates == f"(Cập nhật lúc {published:%H:%M} ngày {dmy(published)})"
        elif layout == "stamps":
            modified = datetime.fromisoformat(gold["modified"]).replace(tzinfo=None)
            assert dates == (
                f"Ngày tạo: {stamp(created_of(item))} | Ngày xuất bản: {stamp(published)} | "
                f"Ngày cập nhật: {stamp(modified)}"
            )
            assert created_of(item) < published
        else:
            assert dates.startswith(f"Ngày đăng: {stamp(published)}")
            assert ("Ngày cập nhật" in dates) == (gold["modified"] is not None)
        if layout == "letter":
            assert place_date(signed_of(item)) in markup
            assert signed_of(item) <= published
            assert not document.xpath("//p[@class='tac-gia']")
        else:
            bylines = [text_of(b) for b in document.xpath("//p[@class='tac-gia']")]
            assert bylines == ([article.author] if article.author else [])


def test_listings_are_all_reachable_through_the_pagers(demo, site):
    pages = walk_site(demo.base_url(PORTAL), lambda path: LISTING.match(path) is not None)
    found = {path for path, (status, _) in pages.items() if status == 200}
    for section in [None, *site.sections.values()]:
        _, count = site.page_of(site.listed(section), 1)
        assert count >= 1
        for n in range(1, count + 1):
            assert site.listing_path(section, n) in found
    assert any("trang-" in path for path in found)
    listed = "".join(body for _, body in pages.values())
    for article in ARTICLES:
        assert site.article_path(site.by_key[article.key]) in listed


def test_pages_are_full_of_dates_that_are_not_the_articles(demo, site):
    item = site.by_key[ARTICLES[5].key]
    _, _, markup = fetch(demo, site.article_path(item))
    assert f"Hôm nay: Thứ Ba,\n{dmy(TODAY)}" in markup
    assert "Lịch công tác tuần" in markup and "Sự kiện sắp diễn ra" in markup
    assert "Tin liên quan" in markup and re.search(r"\(\d\d/\d\d/\d{4}\)", markup)
    status, _, calendar = fetch(demo, "/lich-cong-tac/")
    assert status == 200 and dmy(TODAY) in calendar
    letters = [a for a in ARTICLES if layout_of(a.key) == "letter"]
    letter = gold_record(site, letters[0].key)["body"]
    assert re.search(r"Quyết định số \d+/QĐ-UBND ngày \d+/\d+/\d{4}", letter)
    assert re.search(r"từ ngày \d+/\d+/\d{4} đến ngày \d+/\d+/\d{4}", letter)


def test_hazards_alias_print_tracking_javascript_and_404(demo, site):
    item = site.by_key[ARTICLES[0].key]
    _, _, page = fetch(demo, site.article_path(item))
    status, _, legacy = fetch(demo, site.legacy_path(item))
    assert status == 200 and article_part(legacy) == article_part(page)
    assert site.legacy_path(item).replace("&", "&amp;") in "".join(
        fetch(demo, site.article_path(site.by_key[a.key]))[2] for a in ARTICLES
    )
    status, _, printed = fetch(demo, site.print_path(item))
    assert status == 200 and ARTICLES[0].paragraphs[-1] in printed
    assert "Lịch công tác tuần" not in printed
    _, _, home = fetch(demo, "/")
    assert "?utm_source=trangchu&amp;utm_medium=box" in home and 'href="javascript:' in home
    tracked = fetch(demo, site.article_path(item) + "?utm_source=trangchu&utm_medium=box")[2]
    assert article_part(tracked) == article_part(page)
    status, _, missing = fetch(demo, "/tin-bai/khong-co-a1.html")
    assert status == 404 and "Không tìm thấy" in missing
    assert fetch(demo, "/index.php?m=tinbai&id=abc")[0] == 404
    assert fetch(demo, "/tin-tuc/trang-99/")[0] == 404
    status, _, robots = fetch(demo, "/robots.txt")
    assert status == 200 and "Disallow: /admin/" in robots


def test_portal_is_blind_only_and_gives_no_cms_hint():
    assert PORTAL in ALL_PORTALS and PORTAL not in PORTALS
    assert ALL_PORTALS[PORTAL].registry_cms == "custom"
    assert ALL_PORTALS[PORTAL].host == "127.0.0.61"
