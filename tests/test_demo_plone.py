"""The Plone demo family (portal ttkhcn-thachvan), served over HTTP: pages, batching, hazards."""

from __future__ import annotations

import gzip
import http.client
import re
import unicodedata
from urllib.parse import quote, urlsplit
from xml.etree import ElementTree

import lxml.html
from conftest import listing_paths, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.plone import plone_date

PORTAL = "ttkhcn-thachvan"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]


def fetch(demo, path: str) -> tuple[int, dict[str, str], bytes]:
    """GET ``path`` without following redirects: status, headers, body bytes."""
    host, port = urlsplit(demo.base_url(PORTAL)).netloc.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def page(demo, path: str) -> tuple[int, str]:
    status, _, body = fetch(demo, path)
    return status, body.decode("utf-8")


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def test_every_article_shows_title_description_body_byline_and_caption(demo, site):
    urls = demo.sites.article_urls(PORTAL)
    assert len(urls) == len(ARTICLES)
    for article in ARTICLES:
        path = urls[article.key]
        assert re.fullmatch(r"/tin-tuc/[a-z-]+/[a-z0-9-]{1,52}", path), path
        status, headers, raw = fetch(demo, path)
        assert status == 200, path
        assert "ETag" in headers and "Last-Modified" in headers
        document = lxml.html.fromstring(raw.decode("utf-8"))
        (title,) = document.xpath("//h1[@class='documentFirstHeading']")
        assert text_of(title) == article.title
        (lead,) = document.xpath("//div[contains(@class,'documentDescription')]")
        assert text_of(lead) == " ".join(article.paragraphs[0].split())
        (body,) = document.xpath("//div[@id='content-core']/div[@id='parent-fieldname-text']")
        paragraphs = [text_of(p) for p in body.xpath("./p")]
        assert paragraphs[: len(article.paragraphs) - 1] == [
            " ".join(p.split()) for p in article.paragraphs[1:]
        ]
        closing = paragraphs[len(article.paragraphs) - 1 :]
        expected = ([article.author] if article.author else []) + (
            [f"Nguồn: {article.source}"] if article.source else []
        )
        assert closing == expected
        captions = document.xpath("//figure[@class='newsImageContainer']/figcaption")
        assert [text_of(c) for c in captions] == [i["caption"] for i in article.images]
        if article.images:
            src = document.xpath("//figure[@class='newsImageContainer']//img/@src")[0]
            assert src.endswith(path + "/@@images/image/preview")
        (byline,) = document.xpath("//div[@class='documentByLine']")
        published = plone_date(site.by_key[article.key].published)
        assert re.fullmatch(
            rf"bởi .+ — Xuất bản {published}, Lần sửa cuối \d\d/\d\d/\d{{4}} \d\d:\d\d",
            text_of(byline),
        )
        canonical = document.xpath("//link[@rel='canonical']/@href")
        assert canonical == [demo.base_url(PORTAL) + path]


def test_every_listing_page_is_reachable_from_the_home_page_through_the_pager(demo, site):
    expected = listing_paths(site, site.news)
    assert "/tin-tuc?b_start:int=40&-C-=" in expected  # the news listing has five pages
    listing = re.compile(r"^/tin-tuc(/[a-z-]+)?(\?b_start:int=\d+(&-C-=)?)?$")
    reached = walk_site(demo.base_url(PORTAL), listing.match)
    assert all(status == 200 for status, _ in reached.values())
    assert expected <= set(reached)


def test_batch_navigation_is_plone_style_with_item_offsets(demo, site):
    status, body = page(demo, "/tin-tuc?b_start:int=20&-C-=")
    assert status == 200
    document = lxml.html.fromstring(body)
    (pager,) = document.xpath("//div[@id='content-core']/nav[@class='pagination']")
    base = demo.base_url(PORTAL)
    previous = pager.xpath("./ul/li[@class='previous']/a/@href")
    following = pager.xpath("./ul/li[@class='next']/a/@href")
    assert previous == [f"{base}/tin-tuc?b_start:int=10&-C-="]
    assert following == [f"{base}/tin-tuc?b_start:int=30&-C-="]
    assert text_of(pager.xpath("./ul/li[@class='active']")[0]) == "3"
    entries = document.xpath(
        "//div[@class='entries']/article[@class='entry']//span[@class='summary url']/a/@href"
    )
    assert entries == [base + site.article_path(it) for it in site.items[20:30]]
    section = next(iter(site.sections.values()))
    assert site.listing_path(section, 2) == f"/tin-tuc/{section.slug}?b_start:int=10"
    # b_size changes the batch, and the pager keeps it
    _, body = page(demo, "/tin-tuc?b_size:int=20")
    document = lxml.html.fromstring(body)
    assert len(document.xpath("//article[@class='entry']")) == 20
    assert document.xpath("//li[@class='next']/a/@href") == [
        f"{base}/tin-tuc?b_start:int=20&b_size:int=20&-C-="
    ]
    # past the end: an empty batch, still 200 (Plone does not 404 here)
    status, body = page(demo, "/tin-tuc?b_start:int=500")
    assert status == 200 and "Không có nội dung nào" in body


def test_aliases_of_articles_and_listings_serve_the_same_content(demo, site):
    article = ARTICLES[3]
    path = demo.sites.article_urls(PORTAL)[article.key]
    last = " ".join(article.paragraphs[-1].split())
    for alias in (path + "/view", path + "/", path + "?set_language=vi"):
        status, body = page(demo, alias)
        assert status == 200, alias
        assert last in text_of(lxml.html.fromstring(body))
        assert f'<link rel="canonical" href="{demo.base_url(PORTAL)}{path}" />' in body
    status, headers, _ = fetch(demo, path + "?set_language=en")
    assert status == 200 and headers["Set-Cookie"].startswith('I18N_LANGUAGE="en"')
    listing = [page(demo, p)[1] for p in ("/tin-tuc", "/tin-tuc/aggregator")]
    hrefs = [
        lxml.html.fromstring(b).xpath(
            "//article[@class='entry']//span[@class='summary url']/a/@href"
        )
        for b in listing
    ]
    assert hrefs[0] == hrefs[1] and len(hrefs[0]) == 10
    assert page(demo, "/front-page")[1].count("Tin nổi bật") == page(demo, "/")[1].count(
        "Tin nổi bật"
    )


def test_page_hazards_view_links_language_login_print_and_tag_search(demo, site):
    article = ARTICLES[5]
    path = demo.sites.article_urls(PORTAL)[article.key]
    base = demo.base_url(PORTAL)
    _, body = page(demo, path)
    found = site_links(demo.base_url(PORTAL), "/", body)
    assert any(link.endswith("/view") for link in found)  # related items
    assert f"{path}?set_language=en" in found
    assert f"/login_form?came_from={quote(base + path, safe='')}" in found
    assert 'href="javascript:this.print();"' in body
    assert f'<base href="{base}{path}" />' in body
    tags = [link for link in found if link.startswith("/@@search?Subject%3Alist=")]
    assert tags
    status, results = page(demo, tags[0])
    assert status == 200
    assert base + path in lxml.html.fromstring(results).xpath(
        "//ol[@class='searchResults']//a/@href"
    )
    status, login = page(demo, f"/login_form?came_from={quote(base + path, safe='')}")
    assert status == 200 and 'name="__ac_password"' in login and article.title not in login
    _, listing = page(demo, "/tin-tuc/" + site.by_key[article.key].section.slug)
    assert "/view" in " ".join(
        lxml.html.fromstring(listing).xpath("//p[@class='read-more']/a/@href")
    )


def test_boilerplate_portlets_and_footer_are_there(demo):
    _, body = page(demo, "/")
    document = lxml.html.fromstring(body)
    headers = [text_of(h) for h in document.xpath("//aside[contains(@class,'portlet')]/header")]
    for name in ("Tin mới", "Sự kiện sắp tới", "Kết quả giải quyết TTHC", "Thống kê truy cập"):
        assert name in headers
    assert document.xpath("//aside[contains(@class,'portletNews')]")
    assert document.xpath("//aside[contains(@class,'portletEvents')]")
    footer = text_of(document.xpath("//footer[@id='portal-footer-wrapper']")[0])
    assert "Cơ quan chủ quản" in footer and "Giấy phép số" in footer
    events = [
        link
        for link in site_links(demo.base_url(PORTAL), "/", body)
        if link.startswith("/su-kien/")
    ]
    assert len(events) == 3
    for event in events:
        status, markup = page(demo, event)
        assert status == 200 and "Khi nào" in markup
        status, headers, ics = fetch(demo, event + "/ics_view")
        assert status == 200 and ics.startswith(b"BEGIN:VCALENDAR")


def test_feeds_sitemaps_robots_and_404(demo, site):
    base = demo.base_url(PORTAL)
    urls = {base + p for p in demo.sites.article_urls(PORTAL).values()}
    status, _, robots = fetch(demo, "/robots.txt")
    assert status == 200 and f"Sitemap: {base}/sitemap.xml.gz" in robots.decode()
    status, headers, raw = fetch(demo, "/sitemap.xml.gz")
    assert status == 200 and headers["Content-Type"] == "application/octet-stream"
    tree = ElementTree.fromstring(gzip.decompress(raw))
    locs = {e.text for e in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    assert urls <= locs
    rss1 = ElementTree.fromstring(fetch(demo, "/RSS")[2])
    items = rss1.findall("{http://purl.org/rss/1.0/}item")
    assert len(items) == 15 and all(
        i.findtext("{http://purl.org/rss/1.0/}link") in urls for i in items
    )
    rss2 = ElementTree.fromstring(fetch(demo, "/tin-tuc/rss.xml")[2])
    assert len(rss2.findall("./channel/item")) == 15
    _, html_map = page(demo, "/sitemap")
    assert urls <= set(lxml.html.fromstring(html_map).xpath("//ul[@id='portal-sitemap']//a/@href"))
    status, body = page(demo, "/tin-tuc/chuyen-doi-so/khong-co-bai-nay")
    assert status == 404 and "Không tìm thấy trang" in body
    (missing,) = demo.sites.broken_pages(PORTAL)
    assert page(demo, missing)[0] == 404
