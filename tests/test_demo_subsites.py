"""The shared-platform demo family (portal huyen-anthuy, a district sub-site on a province's
platform), served over HTTP: the sub-site's pages and paging, the other sub-sites on the same
host, and the platform's hazards."""

from __future__ import annotations

import unicodedata
from urllib.parse import quote, urlsplit
from xml.etree import ElementTree

import lxml.html
from conftest import listing_paths, raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus

PORTAL = "huyen-anthuy"
PREFIX = "/huyen-an-thuy"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]


def get(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(markup: str, xpath: str) -> str:
    nodes = lxml.html.fromstring(markup).xpath(xpath)
    return unicodedata.normalize("NFC", " ".join(n.text_content() for n in nodes))


def test_start_path_is_the_district_prefix(demo):
    assert demo.sites.start_paths(PORTAL) == [f"{PREFIX}/"]
    status, headers, _ = get(demo, PREFIX)
    assert (status, headers["Location"]) == (301, f"{PREFIX}/")


def test_every_article_shows_title_date_body_byline_and_caption(demo):
    urls = demo.sites.article_urls(PORTAL)
    assert len(urls) == len(ARTICLES)
    for article in ARTICLES:
        path = urls[article.key]
        assert path.startswith(f"{PREFIX}/tin-tuc/") and path.endswith(".html")
        status, headers, markup = get(demo, path)
        assert status == 200, path
        assert text_of(markup, "//h1[@class='detail-title']") == article.title
        content = text_of(markup, "//div[@id='noi-dung']")
        for paragraph in article.paragraphs:
            assert paragraph in content
        when = article.published
        meta = text_of(markup, "//span[@class='ngay-dang']")
        assert meta.endswith(f"{when:%d/%m/%Y %H:%M}") and meta.startswith("Thứ ")
        if article.author:
            assert f"<strong>{article.author}</strong></p>" in markup
        for image in article.images:
            assert image["caption"] in text_of(markup, "//figcaption")
        assert "Lượt xem:" in markup and headers["Content-Type"].startswith("text/html")


def test_every_listing_page_is_reachable_from_the_start_through_the_pagers(demo, site):
    base = demo.base_url(PORTAL)
    reached = walk_site(
        base,
        lambda p: p.startswith(f"{PREFIX}/tin-tuc") and not p.endswith(".html"),
        start=f"{PREFIX}/",
    )
    wanted = listing_paths(site)
    assert len(wanted) > 6
    assert wanted <= {p for p, (status, _) in reached.items() if status == 200}
    # pagers show a window, not every page
    status, _, markup = get(demo, f"{PREFIX}/tin-tuc?trang=3")
    assert status == 200 and '<li class="active"><span>3</span></li>' in markup
    assert get(demo, f"{PREFIX}/tin-tuc?trang=99")[0] == 404


def test_listings_of_the_district_hold_exactly_its_own_articles(demo, site):
    base = demo.base_url(PORTAL)
    own = set(demo.sites.article_urls(PORTAL).values())
    listed = set()
    for path in listing_paths(site):
        _, _, markup = get(demo, path)
        links = site_links(base, path, markup, "//div[@class='list-news']//h3/a/@href")
        listed |= set(links)
    broken = set(demo.sites.broken_pages(PORTAL))
    assert listed == own | broken


def test_missing_page_answers_404_and_robots(demo):
    status, _, markup = get(demo, f"{PREFIX}/tin-tuc/kinh-te-so/khong-co-bai-nay-999999.html")
    assert status == 404 and "Lỗi 404" in markup
    for path in demo.sites.broken_pages(PORTAL):
        assert get(demo, path)[0] == 404
    status, _, robots = get(demo, "/robots.txt")
    assert status == 200 and "Disallow: /quan-tri/" in robots


def test_shared_header_and_province_boxes_link_outside_the_prefix(demo):
    base = demo.base_url(PORTAL)
    path = next(iter(demo.sites.article_urls(PORTAL).values()))
    _, _, markup = get(demo, path)
    menu = site_links(base, path, markup, "//nav[@id='main-menu']//a/@href")
    assert {"/", "/tin-tuc", "/cac-huyen-thi-xa", "/cac-so-nganh", "/so-khcn/"} <= set(menu)
    assert "/huyen-lac-dong/" in menu
    tinh = site_links(base, path, markup, "//div[contains(@class,'tin-tinh')]//a/@href")
    assert tinh and all(link.startswith("/tin-tuc") for link in tinh)
    related = site_links(base, path, markup, "//div[@class='tin-cung-chuyen-muc']//a/@href")
    assert related and all(link.startswith(f"{PREFIX}/tin-tuc/") for link in related)
    for link in tinh[:2]:
        status, _, page = get(demo, link)
        assert status == 200 and "Lượt xem:" in page


def test_sibling_news_appears_in_some_district_sidebars(demo, site):
    seen = False
    for path in list(demo.sites.article_urls(PORTAL).values())[:12]:
        _, _, markup = get(demo, path)
        seen = seen or 'href="/huyen-lac-dong/tin-tuc/' in markup
    assert seen
    back = [get(demo, f"/huyen-lac-dong/tin-tuc?trang={n}")[2] for n in (1, 2)]
    back.append(get(demo, "/huyen-lac-dong/")[2])
    assert any(f'href="{PREFIX}/tin-tuc/' in m and "Tin huyện An Thủy" in m for m in back)


def test_other_sub_sites_have_own_articles_not_in_the_gold(demo, site):
    gold_titles = {a.title for a in ARTICLES}
    own = set(demo.sites.article_urls(PORTAL).values())
    numbers = [int(p.rsplit("-", 1)[1][:-5]) for p in own]
    for prefix in ("", "/huyen-lac-dong", "/huyen-my-loi", "/so-khcn"):
        channel = site.channels[prefix]
        assert channel.items
        for item in channel.items:
            path = site.article_path(item)
            assert path.startswith(f"{prefix}/tin-tuc/") and path not in own
            numbers.append(item.number)
            if "republished_as" not in item.extra:
                assert item.title not in gold_titles
        status, _, markup = get(demo, path)
        assert status == 200 and item.title in markup
    assert len(numbers) == len(set(numbers))  # ids are unique across the platform


def test_province_copies_of_district_articles_share_the_text(demo, site):
    copies = [it for it in site.channels[""].items if "republished_as" in it.extra]
    assert copies
    by_key = {a.key: a for a in ARTICLES}
    for copy in copies:
        original = by_key[copy.extra["republished_as"]]
        status, _, markup = get(demo, site.article_path(copy))
        assert status == 200 and original.title in markup
        for paragraph in original.paragraphs:
            assert paragraph in text_of(markup, "//div[@id='noi-dung']")
        assert copy.published < original.published


def test_print_view_and_short_link_live_outside_the_prefix(demo):
    urls = demo.sites.article_urls(PORTAL)
    prints = demo.sites.print_urls(PORTAL)
    article = ARTICLES[5]
    status, _, markup = get(demo, prints[article.key])
    assert prints[article.key].startswith("/in-tin-bai?id=")
    assert status == 200 and article.paragraphs[-1] in markup
    number = urls[article.key].rsplit("-", 1)[1][:-5]
    status, headers, _ = get(demo, f"/bai-viet/{number}")
    assert (status, headers["Location"]) == (301, urls[article.key])
    _, _, page = get(demo, urls[article.key])
    assert 'href="javascript:history.back()"' in page and f'href="/bai-viet/{number}"' in page


def test_search_spans_the_platform_and_rss_is_the_province_only(demo, site):
    base = demo.base_url(PORTAL)
    copy = next(it for it in site.channels[""].items if "republished_as" in it.extra)
    status, _, markup = get(demo, f"/tim-kiem?q={quote(copy.title)}")
    assert status == 200 and "trên toàn Cổng" in markup
    found = site_links(base, "/tim-kiem", markup, "//h3/a/@href")
    assert any(p.startswith(f"{PREFIX}/") for p in found)
    assert any(not p.startswith(f"{PREFIX}/") for p in found)
    status, headers, xml = get(demo, "/rss")
    assert status == 200 and "rss" in headers["Content-Type"]
    links = [node.text for node in ElementTree.fromstring(xml).iter("link")]
    items = [urlsplit(link).path for link in links[1:]]
    assert len(items) == 20 and all(path.startswith("/tin-tuc/") for path in items)
    _, _, home = get(demo, f"{PREFIX}/")
    assert 'type="application/rss+xml"' in home and 'href="/rss"' in home


def test_about_page_and_empty_sub_site(demo):
    status, _, markup = get(demo, f"{PREFIX}/gioi-thieu")
    assert status == 200 and "trang thành phần" in markup
    status, _, markup = get(demo, "/thi-xa-tram-ha/")
    assert status == 200 and "đang được cập nhật" in markup
