"""The portal whose news is reached through hub pages of sub-section boxes (portal vinhdan),
served over HTTP."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

import lxml.html
from conftest import raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import parse_local
from dtcrawl.demo.cms.hubnav import BOX_ITEMS, HUBS, SUBS, detail_time
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "vinhdan"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
ARTICLE_PATH = re.compile(r"/[a-z0-9-]+/[a-z0-9-]+/[a-z0-9-]+-\d{5}\.html(\?cat=\d+)?")
LINKS = "//a/@href | //area/@href"


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def document(demo, path: str) -> lxml.html.HtmlElement:
    status, _, body = fetch(demo, path)
    assert status == 200, path
    return lxml.html.fromstring(body)


def walk(demo) -> dict[str, tuple[int, str]]:
    """Every page reached from ``/`` through links and image-map areas (no print views)."""

    def follow(path: str) -> bool:
        return not urlsplit(path).path.startswith(("/print/", "/tim-kiem", "/Account/"))

    return walk_site(demo.base_url(PORTAL), follow, xpath=LINKS)


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.78" and portal.domain == "vinhdan.gov.vn"


def test_every_article_is_reachable_from_the_root_through_hubs_and_pages(demo, site):
    reached = walk(demo)
    for article in ARTICLES:
        path = site.article_path(site.by_key[article.key])
        assert reached.get(path, (0,))[0] == 200, article.key
    # Each sub-section's every page, and its first page under ?page=1 too.
    for sub in SUBS:
        _, pages = site.page_of(site.in_sub[sub.id], 1)
        assert site.sub_path(sub) in reached
        for n in range(2, pages + 1):
            assert site.sub_path(sub, n) in reached, (sub.slug, n)
        if pages > 1:
            assert site.sub_path(sub, 1) in reached
    assert any(site.sub_path(sub, 3) in reached for sub in SUBS)
    # The deleted article is still listed, and answers 404.
    (broken,) = [it for it in site.items if it.kind == "missing"]
    assert reached[site.article_path(broken)][0] == 404


def test_hubs_are_only_in_the_mega_menu_and_the_image_map(demo):
    home = document(demo, "/")
    hubs = {f"/{hub.slug}" for hub in HUBS}
    areas = home.xpath("//map[@name='Map_ChuyenMuc']/area/@href")
    assert hubs <= set(areas)
    assert home.xpath("//img[@usemap='#Map_ChuyenMuc']")
    outside = [
        href for href in home.xpath("//a[not(ancestor::nav)]/@href") if href.rstrip("/") in hubs
    ]
    assert not outside
    # The mega-menu: first-level headings are no pages; hubs, then their sub-sections, below.
    first = home.xpath("//ul[contains(@class,'navbar-mega')]/li[contains(@class,'has-mega')]/a")
    assert [text_of(a) for a in first] == ["Giới thiệu", "Tin tức", "Chính quyền"]
    assert {a.get("href") for a in first} == {"javascript:void(0)"}
    news = first[1].getparent()
    assert [a.get("href") for a in news.xpath(".//a[@class='mega-title']")] == [
        f"/{hub.slug}" for hub in HUBS
    ]
    assert [a.get("href") for a in news.xpath(".//ul[@class='mega-lv3']/li/a")] == [
        f"/{sub.hub.slug}/{sub.slug}" for sub in SUBS
    ]


def test_hub_pages_are_boxes_of_their_sub_sections_without_a_list(demo, site):
    for hub in HUBS:
        page = document(demo, f"/{hub.slug}")
        assert not page.xpath("//ul[@class='pagination']")
        boxes = page.xpath("//div[@class='hub-box']")
        subs = [sub for sub in SUBS if sub.hub is hub]
        assert len(boxes) == len(subs)
        for box, sub in zip(boxes, subs, strict=True):
            assert text_of(box.xpath(".//h2")[0]) == sub.name
            (more,) = box.xpath(".//a[@class='view-all']")
            assert text_of(more) == "Xem tất cả »" and more.get("href") == site.sub_path(sub)
            listed = site.in_sub[sub.id][:BOX_ITEMS]
            links = [a.get("href") for a in box.xpath(".//h3/a | .//ul[@class='box-list']/li/a")]
            assert links == [site.link_in(it, sub) for it in listed]
            if listed:
                assert box.xpath(".//div[@class='box-first']//img")
                assert len(box.xpath(".//img")) == 1


def test_sub_sections_page_with_a_real_pager(demo, site):
    sub = max(SUBS, key=lambda s: len(site.in_sub[s.id]))
    items = site.in_sub[sub.id]
    assert len(items) > 2 * ALL_PORTALS[PORTAL].page_size
    page2 = document(demo, site.sub_path(sub, 2))
    hrefs = page2.xpath("//ul[@class='pagination']//a/@href")
    assert site.sub_path(sub, 1) in hrefs and site.sub_path(sub, 3) in hrefs
    assert page2.xpath("//ul[@class='pagination']/li[@class='active']/a[not(@href)]")
    shown = page2.xpath("//div[@class='news-list']//h3/a/@href")
    size = ALL_PORTALS[PORTAL].page_size
    assert shown == [site.link_in(it, sub) for it in items[size : 2 * size]]
    first = document(demo, site.sub_path(sub))
    again = document(demo, site.sub_path(sub, 1))
    assert first.xpath("//h3/a/@href") == again.xpath("//h3/a/@href")
    past = document(demo, site.sub_path(sub, 40))
    assert not past.xpath("//div[@class='news-list']//h3") and past.xpath("//p[@class='empty']")


def test_cross_listed_articles_have_one_address_linked_with_cat(demo, site):
    crossed = [it for it in site.items if site.article_aliases(it)]
    assert 10 <= len(crossed) <= 30
    for item in crossed:
        second = site.secondary[item.key]
        (alias,) = site.article_aliases(item)
        assert alias == f"{site.article_path(item)}?cat={second.id}"
        listing = site.in_sub[second.id]
        page = listing.index(item) // ALL_PORTALS[PORTAL].page_size + 1
        status, _, body = fetch(demo, site.sub_path(second, page))
        links = site_links(demo.base_url(PORTAL), "/", body, "//div[@class='news-list']//a/@href")
        assert alias in links and site.article_path(item) not in links
        bare, shifted = document(demo, site.article_path(item)), document(demo, alias)
        for xpath in ("//h1", "//div[@class='detail-content']", "//span[@class='detail-date']"):
            assert text_of(bare.xpath(xpath)[0]) == text_of(shifted.xpath(xpath)[0])
        canonical = shifted.xpath("//link[@rel='canonical']/@href")[0]
        assert urlsplit(canonical).path == site.article_path(item) and not urlsplit(canonical).query
        crumbs = [text_of(li) for li in shifted.xpath("//ol[@class='breadcrumb']/li")]
        assert crumbs[1:3] == [second.hub.name, second.name]
    # Sub-sections made of second filings only: all their links carry ?cat=.
    only = document(demo, site.sub_path(SUBS[0]))
    assert all("?cat=11" in h for h in only.xpath("//div[@class='news-list']//h3/a/@href"))


def test_every_article_page_shows_its_gold_fields(demo, site):
    forms = set()
    for article in ARTICLES:
        item = site.by_key[article.key]
        page = document(demo, site.article_path(item))
        assert text_of(page.xpath("//h1[@class='detail-title']")[0]) == article.title
        shown = text_of(page.xpath("//span[@class='detail-date']")[0])
        assert shown == detail_time(parse_local(article.published))
        (sapo,) = page.xpath("//div[@class='detail-sapo']")
        assert text_of(sapo) == article.paragraphs[0]
        (content,) = page.xpath("//div[@class='detail-content']")
        paragraphs = [text_of(p) for p in content.xpath("./p[@style='text-align: justify;']")]
        assert paragraphs == list(article.paragraphs[1:]), article.key
        captions = [
            text_of(c)
            for c in content.xpath(".//figcaption | ./p[@style='text-align: center;']/em")
        ]
        assert captions == [image["caption"] for image in article.images]
        forms |= {"figure" if content.xpath(".//figure") else "em"} if article.images else set()
        author = content.xpath("./p[@style='text-align: right;']")
        assert [text_of(a) for a in author] == ([article.author] if article.author else [])
        if author:
            assert content[-1] is author[0]
        source = page.xpath("//div[@class='detail-source']")
        assert [text_of(s) for s in source] == (
            [f"Nguồn: {article.source}"] if article.source else []
        )
    assert forms == {"figure", "em"}


def test_article_furniture_breadcrumb_related_hot_print_and_share(demo, site):
    article = ARTICLES[7]
    item = site.by_key[article.key]
    page = document(demo, site.article_path(item))
    crumbs = page.xpath("//ol[@class='breadcrumb']/li")
    assert len(crumbs) == 4
    sub = site.first_sub(item)
    assert [text_of(li) for li in crumbs[:3]] == ["Trang chủ", sub.hub.name, sub.name]
    assert crumbs[3].get("class") == "breadcrumb-item active"
    assert article.title.startswith(text_of(crumbs[3]).removesuffix("..."))
    related = page.xpath("//div[contains(@class,'block-related')]//li/a/@href")
    assert related and all(ARTICLE_PATH.fullmatch(h) for h in related)
    assert site.article_path(item) not in related
    hot = page.xpath("//div[contains(@class,'block-hot')]//a[@class='hot-title']")
    assert len(hot) == 5
    for word in ("Kết quả giải quyết TTHC", "Thống kê truy cập", "Liên kết website"):
        assert page.xpath(f"//h3[text()='{word}']")
    prints = page.xpath("//a[@class='print']/@href")
    assert prints == [site.print_path(item)] * 2
    status, _, printed = fetch(demo, prints[0])
    assert status == 200 and all(
        p in unicodedata.normalize("NFC", printed) for p in article.paragraphs
    )
    assert page.xpath("//a[@class='share-fb'][contains(@href,'facebook.com/sharer')]")
    assert page.xpath("//div[@class='zalo-share-button']")


def test_pages_of_the_portal_and_unknown_addresses(demo, site):
    for path in ("/gioi-thieu/tong-quan", "/gioi-thieu/to-chuc-bo-may/ubnd-tinh", "/lien-he"):
        assert fetch(demo, path)[0] == 200
    schedule = document(demo, "/lich-cong-tac")
    assert len(schedule.xpath("//table//tbody/tr")) == 5
    assert fetch(demo, "/trang-chu")[0] == 200
    assert "Disallow: /tim-kiem" in fetch(demo, "/robots.txt")[2]
    assert fetch(demo, "/chuyen-doi-so/chinh-quyen-so/khong-co-bai-nay-10000.html")[0] == 404
    assert fetch(demo, "/chuyen-doi-so/khong-co-chuyen-muc")[0] == 404
    assert fetch(demo, "/print/1.html")[0] == 404
