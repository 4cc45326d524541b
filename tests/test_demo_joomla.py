"""The Joomla demo family (portal huyen-tankhe), served over HTTP: pages, paging, hazards."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit
from xml.etree import ElementTree

import lxml.html
from conftest import listing_paths, raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.joomla import joomla_date
from dtcrawl.demo.portals import ALL_PORTALS

PORTAL = "huyen-tankhe"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    """GET ``path`` of this portal without following redirects: status, headers, text."""
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    if isinstance(node, str):
        node = lxml.html.fromstring(node)
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def body_of(markup: str):
    return lxml.html.fromstring(markup).xpath("//div[@itemprop='articleBody']")[0]


def test_every_article_answers_with_its_title_date_paragraphs_captions_and_byline(demo, site):
    urls = demo.sites.article_urls(PORTAL)
    assert len(urls) == len(ARTICLES)
    for article in ARTICLES:
        path = urls[article.key]
        assert re.fullmatch(r"/tin-tuc/[a-z-]+/\d+-[a-z0-9-]+\.html", path), path
        status, headers, body = fetch(demo, path)
        assert status == 200, path
        assert "ETag" in headers and "Last-Modified" in headers
        document = lxml.html.fromstring(body)
        (title,) = document.xpath("//div[@class='item-page']//h2[@itemprop='headline']")
        assert title.text_content() == article.title
        assert document.xpath("//div[@class='item-page']//h1")[0].text_content() == article.category
        content = text_of(body_of(body))
        for paragraph in article.paragraphs:
            assert " ".join(paragraph.split()) in content, (article.key, paragraph[:40])
        captions = body_of(body).xpath(".//p[@style='text-align: center;']/em")
        assert [c.text_content() for c in captions] == [i["caption"] for i in article.images]
        (published,) = document.xpath("//dd[@class='published']/time")
        assert published.get("datetime") == article.published_iso
        assert published.text_content() == f"Ngày đăng: {joomla_date(article.published)}"
        created = document.xpath("//dd[@class='create']/time")[0].get("datetime")
        assert created < article.published_iso
        assert re.fullmatch(r"Lượt xem: \d+", text_of(document.xpath("//dd[@class='hits']")[0]))
        closing = [text_of(p) for p in body_of(body).xpath("./p")][-2:]
        if article.author:
            assert article.author in closing
        if article.source:
            assert f"Nguồn: {article.source}" in closing
        account = document.xpath("//dd[@class='createdby']//span[@itemprop='name']")[0]
        assert account.text_content() == "Ban Biên tập"


def test_every_listing_page_is_reachable_from_the_home_page_through_the_pager(demo, site):
    expected = listing_paths(site, site.news)
    assert "/tin-tuc.html?start=30" in expected  # the news listing has several pages
    listing = re.compile(r"^/tin-tuc(/[a-z-]+)?\.html(\?start=\d+)?$")
    reached = walk_site(demo.base_url(PORTAL), lambda link: listing.match(link))
    assert all(status == 200 for status, _ in reached.values())
    seen = set(reached)
    assert expected <= seen
    assert not any(p.endswith("start=0") for p in seen)


def test_pager_has_counter_start_offsets_and_joomla_labels(demo, site):
    pages = -(-len(site.items) // ALL_PORTALS[PORTAL].page_size)
    _, _, body = fetch(demo, "/tin-tuc.html?start=10")
    pager = lxml.html.fromstring(body).xpath("//div[@class='pagination']")[0]
    assert pager.xpath(".//p[contains(@class,'counter')]")[0].text_content() == f"Trang 2 / {pages}"
    hrefs = {a.text_content(): a.get("href") for a in pager.xpath(".//a")}
    assert hrefs["Đầu"] == "/tin-tuc.html" and hrefs["Trước"] == "/tin-tuc.html"
    assert hrefs["Tiếp"] == "/tin-tuc.html?start=20"
    assert hrefs["Cuối"] == f"/tin-tuc.html?start={(pages - 1) * 10}"
    assert pager.xpath(".//li[contains(@class,'active')]")[0].text_content() == "2"
    same = [fetch(demo, p)[2] for p in ("/tin-tuc.html?limitstart=10", "/tin-tuc.html?start=10")]
    titles = [lxml.html.fromstring(b).xpath("//div[@class='blog']//h2//a/@href") for b in same]
    assert titles[0] == titles[1] and len(titles[0]) == 10
    assert fetch(demo, f"/tin-tuc.html?start={pages * 10}")[0] == 404
    assert fetch(demo, "/tin-tuc.html?start=abc")[0] == 404


def test_list_layout_category_and_its_non_sef_alias(demo, site):
    section = next(s for s in site.sections.values() if s.name == "An toàn thông tin")
    _, _, body = fetch(demo, site.listing_path(section))
    document = lxml.html.fromstring(body)
    rows = document.xpath("//div[@class='category-list']//table//td[@class='list-title']/a/@href")
    assert rows == [site.article_path(it) for it in site.listed(section)[:10]]
    assert document.xpath("//select[@id='limit']/@onchange") == ["this.form.submit()"]
    _, _, home = fetch(demo, "/")
    nonsef = f"/index.php?option=com_content&view=category&layout=blog&id={section.id}&Itemid="
    assert nonsef in home.replace("&amp;", "&")
    status, _, alias = fetch(demo, site.nonsef_listing(section))
    assert status == 200
    alias_rows = lxml.html.fromstring(alias).xpath("//td[@class='list-title']/a/@href")
    assert alias_rows == rows


def test_article_aliases_print_view_and_mailto(demo, site):
    article = ARTICLES[0]
    item = site.by_key[article.key]
    path = demo.sites.article_urls(PORTAL)[article.key]
    last = " ".join(article.paragraphs[-1].split())
    for alias in (
        site.nonsef_article(item, 105),
        site.component_article(item),
        f"/tin-tuc/{item.number}-sai-duong-dan.html",
        path + "?lang=vi",
        "/index.php" + path,
    ):
        status, _, body = fetch(demo, alias)
        assert status == 200, alias
        assert last in text_of(body_of(body))
    _, _, page = fetch(demo, path)
    printed = demo.sites.print_urls(PORTAL)[article.key]
    assert printed == path + "?tmpl=component&print=1&layout=default"
    assert printed in page.replace("&amp;", "&")
    status, _, body = fetch(demo, printed)
    assert status == 200 and 'class="contentpane modal"' in body and "window.print()" in body
    assert "Thống kê truy cập" not in body and last in text_of(body)
    mailto = next(
        p
        for p in site_links(demo.base_url(PORTAL), path, page)
        if p.startswith("/component/mailto/")
    )
    status, _, body = fetch(demo, mailto)
    assert status == 200 and "Gửi liên kết này cho bạn bè" in body and last not in body
    status, _, body = fetch(demo, "/index.php?option=com_mailto&tmpl=component&link=abc")
    assert status == 200 and "Gửi liên kết này cho bạn bè" in body


def test_modules_link_aliases_and_tracking_variants(demo, site):
    _, _, home = fetch(demo, "/")
    found = site_links(demo.base_url(PORTAL), "/", home)
    assert any(p.startswith("/index.php?option=com_content&view=article&id=") for p in found)
    assert any(p.startswith("/component/content/article/") and "Itemid=101" in p for p in found)
    assert any(p.endswith(".html?lang=vi") for p in found)
    assert 'href="javascript:void(0)"' in home
    for widget in ("Tin mới", "Tin xem nhiều", "Thống kê truy cập", "Kết quả giải quyết TTHC"):
        assert f"<h3>{widget}</h3>" in home
    document = lxml.html.fromstring(home)
    assert document.xpath("//ul[contains(@class,'latestnews')]/li/a")
    assert document.xpath("//ul[contains(@class,'mostread')]/li/a")
    assert document.xpath("//table[@class='vvisit_counter']")
    assert "Cơ quan chủ quản" in home and "Giấy phép số" in home
    status, headers, _ = fetch(demo, "/component/banners/click/1")
    assert status == 303 and headers["Location"].startswith("https://")
    _, _, page = fetch(demo, demo.sites.article_urls(PORTAL)[ARTICLES[5].key])
    related = lxml.html.fromstring(page).xpath("//ul[contains(@class,'relateditems')]/li/a")
    assert related
    assert lxml.html.fromstring(page).xpath("//ul[contains(@class,'pagenav')]//a[@rel]")


def test_hit_counters_change_from_page_to_page(demo):
    path = demo.sites.article_urls(PORTAL)[ARTICLES[3].key]
    counts = {
        text_of(lxml.html.fromstring(fetch(demo, variant)[2]).xpath("//dd[@class='hits']")[0])
        for variant in (path, path + "?lang=vi", path + "?Itemid=101")
    }
    assert len(counts) > 1


def test_unknown_pages_and_the_unpublished_article_answer_404(demo, site):
    status, _, body = fetch(demo, "/khong-co-trang-nay.html")
    assert status == 404 and "Không thể hiển thị trang yêu cầu" in body
    assert fetch(demo, "/tin-tuc/99999-khong-co.html")[0] == 404
    assert fetch(demo, "/index.php?option=com_content&view=article&id=99999")[0] == 404
    (broken,) = demo.sites.broken_pages(PORTAL)
    assert fetch(demo, broken)[0] == 404
    pages = -(-len(site.items) // ALL_PORTALS[PORTAL].page_size)
    listings = "".join(fetch(demo, site.listing_path(None, n))[2] for n in range(1, pages + 1))
    assert f'href="{broken}"' in listings  # still linked from the listings


def test_category_feed_and_robots(demo, site):
    section = next(iter(site.sections.values()))
    _, _, body = fetch(demo, site.listing_path(section))
    feed = lxml.html.fromstring(body).xpath("//link[@type='application/rss+xml']/@href")[0]
    status, headers, xml = fetch(demo, feed)
    assert status == 200 and "rss" in headers["Content-Type"]
    channel = ElementTree.fromstring(xml.encode("utf-8")).find("channel")
    feed_links = [urlsplit(i.findtext("link")).path for i in channel.iter("item")]
    assert feed_links == [site.article_path(it) for it in site.listed(section)[:10]]
    status, _, robots = fetch(demo, "/robots.txt")
    assert status == 200 and "Disallow: /administrator/" in robots
