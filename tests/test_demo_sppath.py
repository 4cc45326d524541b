"""The SharePoint publishing portal with a vendor's web parts (portal bichson), over HTTP."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

import lxml.html
from conftest import raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import parse_local
from dtcrawl.demo.cms.sppath import (
    AUTHENTICATE,
    GONE_ITEM,
    HOME,
    LEGACY,
    page_slug,
    sp_datetime,
)
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "bichson"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
PREFIX = ALL_PORTALS[PORTAL].lead_prefix


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def visible_text(node) -> str:
    """Text of ``node`` without its display:none parts and zero-width spaces."""
    copy = lxml.html.fromstring(lxml.html.tostring(node, encoding="unicode"))
    for hidden in copy.xpath(".//*[contains(@style, 'display:none')]"):
        hidden.drop_tree()
    return text_of(copy).replace("\u200b", "").strip()


def follow(path: str) -> bool:
    lowered = urlsplit(path).path.lower()
    return not (
        lowered.endswith((".jpg", ".png", ".gif", ".ico", ".css", ".js"))
        or lowered.startswith(("/portal/_layouts/", "/_layouts/", "/portal/lists/"))
        or lowered == "/portal/pages/print.aspx"
    )


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.75"


def test_root_redirects_to_the_publishing_home(demo):
    for path in ("/", "/portal", "/portal/"):
        status, headers, _ = fetch(demo, path)
        assert status == 302
        assert headers["Location"] == demo.base_url(PORTAL) + HOME
    status, headers, body = fetch(demo, HOME)
    assert status == 200 and headers["MicrosoftSharePointTeamServices"].startswith("15.")
    assert 'id="s4-workspace"' in body


def test_every_article_and_listing_page_is_reached_from_the_root(demo, site):
    reached = walk_site(demo.base_url(PORTAL), follow)
    ok = {path for path, (status, _) in reached.items() if status == 200}
    for item in site.items:
        if item.kind != "article":
            continue
        addresses = {site.article_path(item), *site.article_aliases(item)}
        assert addresses & ok, item.key
    # Canonical addresses of all articles, through the listings.
    assert {site.article_path(it) for it in site.items if it.kind == "article"} <= ok
    for section in [None, *site.sections.values()]:
        _, pages = site.page_of(site.listed(section), 1)
        assert site.listing_path(section) in ok
        for page in range(2, pages + 1):
            assert site.pager_path(section, page) in ok, (section, page)
    # The deleted page is linked and answers 404.
    (broken,) = [it for it in site.items if it.kind == "missing"]
    assert reached[site.article_path(broken)][0] == 404


def test_article_paths_are_date_folders_with_a_cut_slug_and_a_suffix(site):
    for item in site.items:
        path = site.article_path(item)
        moment = item.published
        folder = f"/portal/Pages/{moment.year}-{moment.month}-{moment.day}/"
        assert path.startswith(folder)
        name = path[len(folder) : -len(".aspx")]
        slug = page_slug(item.title)
        assert name.startswith(slug) and len(name) == len(slug) + 6
        assert len(slug) <= 40
    cut = [it for it in site.items if len(page_slug(it.title)) == 40]
    assert cut  # long titles are cut, some in the middle of a word


def test_every_article_page_shows_title_date_lead_body_caption_and_byline(demo, site):
    by_key = {it.key: it for it in site.items}
    for article in ARTICLES:
        item = by_key[article.key]
        status, _, body = fetch(demo, site.article_path(item))
        assert status == 200, article.key
        document = lxml.html.fromstring(body)
        assert not document.xpath("//link[@rel='canonical']")
        assert text_of(document.xpath("//h1[@class='bs-article-title']")[0]) == article.title
        date = text_of(document.xpath("//span[@class='bs-dateline']")[0])
        assert date == f"Ngày đăng: {sp_datetime(parse_local(article.published))}"
        summary = document.xpath("//div[@class='bs-summary']")[0]
        assert visible_text(summary) == PREFIX.strip() + " " + article.paragraphs[0]
        content = document.xpath(
            "//div[@id='ctl00_PlaceHolderMain_PageContent__ControlWrapper_RichHtmlField']"
        )[0]
        shown = [text_of(p) for p in content.xpath("./p")]
        assert shown[:-1] == list(article.paragraphs[1:])
        assert shown[-1] == "\u200b"
        assert "Nội dung trang" in text_of(document.xpath("//div[@class='bs-content']")[0])
        captions = [visible_text(c) for c in document.xpath("//div[@class='caption']")]
        assert captions == [image["caption"] for image in article.images]
        authors = [text_of(a) for a in document.xpath("//div[@class='bs-author']")]
        assert authors == ([article.author] if article.author else [])
        sources = [text_of(s) for s in document.xpath("//div[@class='bs-source']")]
        assert sources == ([f"Nguồn: {article.source}"] if article.source else [])


def test_sp_datetime_uses_the_twelve_hour_clock_of_the_vietnamese_culture():
    hours = {parse_local(a.published).hour for a in ARTICLES}
    assert any(h >= 12 for h in hours) and any(h < 12 for h in hours)
    afternoon = next(a for a in ARTICLES if parse_local(a.published).hour > 12)
    assert sp_datetime(parse_local(afternoon.published)).endswith(" CH")


def test_pager_has_image_arrows_blocks_and_a_next_arrow_past_the_end(demo, site):
    _, pages = site.page_of(site.listed(None), 1)
    assert pages > 5
    _, _, body = fetch(demo, site.pager_path(None, 3))
    pager = lxml.html.fromstring(body).xpath("//div[@class='bs-pager']")[0]
    arrows = pager.xpath(".//a[img]")
    assert [a.get("title") for a in arrows] == [
        "Trang đầu",
        "Trang trước",
        "Trang sau",
        "Trang cuối",
    ]
    assert all(not text_of(a) for a in arrows)
    assert pager.xpath(".//span[@class='bs-pager-current']")[0].text == "3"
    dots = pager.xpath(".//a[text()='...']")
    assert [a.get("href") for a in dots] == [site.pager_path(None, 6)]
    # The last page still has a "next" arrow, to a page that lists nothing.
    _, _, last = fetch(demo, site.pager_path(None, pages))
    next_href = lxml.html.fromstring(last).xpath("//a[@title='Trang sau']/@href")[0]
    assert next_href == site.pager_path(None, pages + 1)
    status, _, empty = fetch(demo, next_href)
    assert status == 200
    document = lxml.html.fromstring(empty)
    assert text_of(document.xpath("//div[@class='bs-empty']")[0]).startswith("Chưa có tin bài")
    assert not document.xpath("//div[@class='bs-pager']")
    assert not document.xpath("//div[@class='bs-news-item']")


def test_first_listing_page_has_two_addresses(demo, site):
    section = next(iter(site.sections.values()))
    _, _, menu = fetch(demo, site.listing_path(section))
    _, _, pager = fetch(demo, site.pager_path(section, 1))
    titles = [
        [text_of(a) for a in lxml.html.fromstring(b).xpath("//a[@class='bs-title']")]
        for b in (menu, pager)
    ]
    assert titles[0] == titles[1] and titles[0]
    assert site.listing_path(section) != site.pager_path(section, 1)
    # The rewrite ignores the slug and the case.
    status, _, _ = fetch(
        demo, site.pager_path(section, 1).lower().replace(section.slug.lower(), "x")
    )
    assert status == 200


def test_old_detail_page_shows_the_same_article_and_a_gone_id_a_message(demo, site):
    reached = walk_site(demo.base_url(PORTAL), follow)
    legacy = {p for p in reached if p.startswith(LEGACY)}
    assert any("&l=Tintrongtinh&lv=4" in p for p in legacy)
    assert any(p.endswith(tuple(f"ItemID={it.number}" for it in site.items)) for p in legacy)
    for item in site.items[:6]:
        if item.kind != "article":
            continue
        _, _, canonical = fetch(demo, site.article_path(item))
        for alias in site.article_aliases(item):
            status, _, body = fetch(demo, alias)
            assert status == 200
            a, b = lxml.html.fromstring(canonical), lxml.html.fromstring(body)
            for xpath in ("//h1", "//div[@class='bs-summary']", "//div[@class='bs-content']"):
                assert text_of(a.xpath(xpath)[0]) == text_of(b.xpath(xpath)[0])
    gone = f"{LEGACY}?ItemID={GONE_ITEM[0]}&l=Tintrongtinh&lv=4"
    assert gone in legacy
    status, _, body = fetch(demo, gone)
    assert status == 200 and "Tin bài không tồn tại" in body
    assert not lxml.html.fromstring(body).xpath("//h1")


def test_broken_pieces_missing_image_and_locked_list_forms(demo, site):
    assert site.missing_image
    owner = next(
        it
        for it in site.items
        if it.images and site.photo(it, 0, 6).lower().startswith(site.missing_image)
    )
    _, _, page = fetch(demo, site.article_path(owner))
    src = lxml.html.fromstring(page).xpath("//div[@class='image']//img/@src")[0]
    status, _, _ = fetch(demo, src)
    assert status == 404
    other = next(it for it in site.items if it.images and it is not owner)
    assert fetch(demo, site.photo(other, 0, 6))[0] == 200
    _, _, home = fetch(demo, HOME)
    links = site_links(demo.base_url(PORTAL), HOME, home)
    login = [link for link in links if link.startswith(AUTHENTICATE)]
    assert login and fetch(demo, login[0])[0] == 401
    locked = [link for link in links if link.lower().startswith("/portal/lists/")]
    assert len(locked) >= 3 and all(fetch(demo, link)[0] == 401 for link in locked)
    _, _, robots = fetch(demo, "/robots.txt")
    assert "Disallow: /portal/_layouts/" in robots and "Disallow: /portal/Lists/" in robots


def test_sharepoint_markup_and_vendor_boxes(demo, site):
    item = next(it for it in site.items if it.kind == "article")
    _, _, page = fetch(demo, site.article_path(item))
    for needle in (
        'id="s4-workspace"',
        'id="s4-ribbonrow"',
        "__VIEWSTATE",
        "__REQUESTDIGEST",
        "_spPageContextInfo",
        "ctl00_PlaceHolderMain_",
        "ms-webpart-titleText",
        "Kết quả giải quyết TTHC",
        "Thống kê truy cập",
        "Tin đọc nhiều",
        "Tin liên quan",
        "Liên kết website",
        "Cơ quan chủ quản",
        "°C",
        "ngày 24/11/2025",
        "&#8203;",
    ):
        assert needle in page, needle
    document = lxml.html.fromstring(page)
    related = document.xpath("//ul[@class='bs-lienquan']/li")
    assert related and all(re.search(r"\(\d\d/\d\d/\d{4}\)", text_of(li)) for li in related)
    options = document.xpath("//select[contains(@id, 'ddlLienKet')]/option/@value")
    assert len(options) > 5 and all(v == "0" or v.startswith("http") for v in options)


def test_home_slider_and_boxes_link_articles(demo, site):
    _, _, home = fetch(demo, HOME)
    document = lxml.html.fromstring(home)
    slides = document.xpath("//div[@id='slider']/a/@href")
    with_photos = [it for it in site.items if it.kind == "article" and it.images]
    assert slides == [site.article_path(it) for it in with_photos[:5]]
    assert "no-image" not in "".join(document.xpath("//div[@id='slider']//img/@src"))
    captions = document.xpath("//div[@class='nivo-html-caption']/a/@href")
    assert captions == slides
    links = site_links(demo.base_url(PORTAL), HOME, home)
    assert any(link.startswith(LEGACY) and "&l=" not in link for link in links)


def test_print_view_glues_the_title_to_the_lead(demo, site):
    item = next(it for it in site.items if it.kind == "article")
    _, _, page = fetch(demo, site.article_path(item))
    href = lxml.html.fromstring(page).xpath("//div[contains(@class,'bs-tools')]/a/@href")[0]
    assert href == site.print_path(item)
    status, _, printed = fetch(demo, href)
    assert status == 200
    text = text_of(lxml.html.fromstring(printed))
    assert item.title + item.paragraphs[0] in text
    assert all(p in text for p in item.paragraphs)


def test_unknown_pages_answer_sharepoint_404(demo):
    for path in (
        "/portal/Pages/Khong-co.aspx",
        "/portal/ChuyenMuc/9999/X.html",
        "/portal/pages/print.aspx?p=1",
    ):
        status, _, body = fetch(demo, path)
        assert status == 404, path
        assert "Rất tiếc, đã có sự cố" in body
