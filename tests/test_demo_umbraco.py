"""The Umbraco demo family (portal sokhcn-phuonglam), served over HTTP."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, unquote, urlsplit

import lxml.etree
import lxml.html
from conftest import listing_paths, raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.umbraco import route_key
from dtcrawl.demo.portals import ALL_PORTALS
from dtcrawl.demo.site import DemoSites

PORTAL = "sokhcn-phuonglam"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
GRID_CELL = (
    '//div[@class="umb-grid"]/div[@class="grid-section"]//div[contains(@class, "row")]'
    '/div[contains(@class, "column")]'
)


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    """GET ``path`` of this portal without following redirects: status, headers, text."""
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def hrefs(markup: str) -> list[str]:
    return [h for h in lxml.html.fromstring(markup).xpath("//a/@href") if h.startswith("/")]


def test_every_article_shows_title_date_byline_and_every_paragraph(demo, site):
    urls = demo.sites.article_urls(PORTAL)
    assert len(urls) == len(ARTICLES)
    for article in ARTICLES:
        path = urls[article.key]
        assert path.startswith("/tin-tuc/") and path.endswith("/") and "%" in path
        status, headers, body = fetch(demo, path)
        assert status == 200 and headers["X-Powered-By"] == "ASP.NET"
        tree = lxml.html.fromstring(body)
        assert text_of(tree.xpath("//h1")[0]) == article.title
        cells = tree.xpath(GRID_CELL + '/div[@class="umb-rte"]')
        grid_text = " ".join(text_of(cell) for cell in cells)
        for paragraph in article.paragraphs:
            assert paragraph in grid_text
        published = article.published
        date_line = text_of(tree.xpath('//span[@class="news-date"]')[0])
        assert date_line == f"Cập nhật: {published:%H:%M, %d/%m/%Y} (GMT+7)"
        if article.author:
            last = cells[-1].xpath('./p[@style="text-align: right;"]/strong/text()')
            assert last == [article.author]
        if article.source:
            assert f"Nguồn: {article.source}" in text_of(cells[-1])
        captions = tree.xpath('//div[@class="umb-grid-media"]/p[@class="caption"]/text()')
        assert captions == [image["caption"] for image in article.images]
        for src in tree.xpath('//div[@class="umb-grid-media"]/img/@src'):
            assert re.match(r"^/media/\d+/[\w.]+\.jpg\?", src)
            assert fetch(demo, src)[0] == 200


def test_listings_reachable_from_home_through_pagers(demo, site):
    sections = [site.news, *site.sections.values()]
    listing_keys = {route_key(site.listing_path(s)) for s in sections}
    reached = walk_site(
        demo.base_url(PORTAL), lambda p: route_key(urlsplit(p).path) in listing_keys
    )
    assert all(status == 200 for status, _ in reached.values())
    expected = listing_paths(site, site.news)
    assert expected <= set(reached)
    news_pages = -(-(len(ARTICLES) + 1) // ALL_PORTALS[PORTAL].page_size)
    assert news_pages >= 5
    assert site.listing_path(None, news_pages) in reached
    # The pager links page 1 with ?page=1: a second URL for the first page.
    assert f"{site.listing_path(None)}?page=1" in reached
    # Past the last page the listing is a soft empty page, as Umbraco templates render it.
    status, _headers, body = fetch(demo, site.listing_path(None, news_pages + 1))
    assert status == 200 and "Chưa có bài viết nào" in body


def test_long_listing_pager_is_a_window():
    big = DemoSites(demo_corpus(120, PORTAL))
    site = big.site(PORTAL)
    tree = lxml.html.fromstring(big.render(PORTAL, site.listing_path(None, 7)).text())
    numbers = [int(t) for t in tree.xpath('//ul[@class="pagination"]/li/*/text()') if t.isdigit()]
    assert numbers == [1, 5, 6, 7, 8, 9, 16]
    assert tree.xpath('//ul[@class="pagination"]/li[@class="disabled"]/span/text()') == [
        "...",
        "...",
    ]
    assert tree.xpath('//a[@title="Trang sau"]/@href') == [site.pager_path(None, 8)]


def test_not_found_page(demo):
    status, _headers, body = fetch(demo, "/tin-tuc/kh%C3%B4ng-c%C3%B3-b%C3%A0i-n%C3%A0y/")
    assert status == 404 and "Không tìm thấy trang" in body
    assert fetch(demo, "/khong-co.html")[0] == 404  # files are not redirected to a slash
    broken = demo.sites.broken_pages(PORTAL)
    assert list(broken.values()) == ["missing"]
    assert fetch(demo, next(iter(broken)))[0] == 404


def test_every_spelling_of_an_article_url_serves_it(demo, site):
    item = next(it for it in site.items if it.kind == "article")
    canonical = site.article_path(item)
    unicode_path = unquote(canonical)
    nfd = quote(unicodedata.normalize("NFD", unicode_path), safe="/")
    lower = re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), canonical)
    assert len({canonical, nfd, lower}) == 3
    for path in (canonical, nfd, lower, canonical.upper()):
        status, _headers, body = fetch(demo, path)
        assert status == 200 and item.paragraphs[-1] in body
    status, headers, _body = fetch(demo, canonical.rstrip("/"))
    assert status == 301 and headers["Location"] == canonical
    status, headers, _body = fetch(demo, nfd.rstrip("/") + "?utm_source=zalo")
    assert status == 301 and headers["Location"] == nfd + "?utm_source=zalo"
    status, _headers, aliased = fetch(demo, site.alias_path(item))
    assert status == 200 and item.paragraphs[-1] in aliased


def test_pages_link_articles_in_mixed_spellings(demo, site):
    canonical = {site.article_path(it) for it in site.items}
    pages = ["/", site.listing_path(None), site.listing_path(None, 2)]
    pages += [site.article_path(it) for it in site.items[:10]]
    links = [h for p in pages for h in hrefs(fetch(demo, p)[2])]
    articles = {route_key(site.article_path(it)) for it in site.items}
    to_articles = [h for h in links if route_key(h.rstrip("/") + "/") in articles]
    assert any(h in canonical for h in to_articles)
    assert any("%CC%" in h for h in to_articles)  # decomposed (NFD) letters
    assert any(re.search(r"%[0-9a-f]{2}", h) and "%CC%" not in h for h in to_articles)
    assert any(not h.endswith("/") for h in to_articles)
    aliases = [h for h in links if re.fullmatch(r"/\d+\.aspx", h)]
    assert aliases and all(site.by_number[int(h[1:-5])].kind == "article" for h in aliases)
    home = lxml.html.fromstring(fetch(demo, "/")[2])
    assert home.xpath('//a[text()="Xem tất cả"]')
    assert not [h for p in pages for h in hrefs(fetch(demo, p)[2]) if h.startswith("/umbraco")]
    assert any(h.startswith("javascript:") for h in home.xpath("//a/@href"))


def test_pull_quote_repeats_a_body_sentence(demo, site):
    quoted = 0
    for item in site.items:
        if item.kind != "article":
            continue
        tree = lxml.html.fromstring(fetch(demo, site.article_path(item))[2])
        quotes = tree.xpath(GRID_CELL + '//blockquote[@class="umb-quote"]/text()')
        for text in quotes:
            assert text in item.paragraphs[2]
            quoted += 1
        assert tree.xpath('//meta[@property="og:url"]/@content')[0].endswith(
            site.article_path(item)
        )
    assert 5 <= quoted < len(site.items)


def test_sitemap_lists_articles_in_unicode_form_and_robots_names_it(demo, site):
    status, headers, robots = fetch(demo, "/robots.txt")
    assert status == 200 and "Disallow: /tim-kiem/" in robots
    assert f"Sitemap: {demo.base_url(PORTAL)}/sitemap.xml" in robots
    status, headers, body = fetch(demo, "/sitemap.xml")
    assert status == 200 and headers["Content-Type"].startswith("text/xml")
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = lxml.etree.fromstring(body.encode("utf-8")).xpath("//s:loc/text()", namespaces=namespace)
    paths = {urlsplit(loc).path for loc in locs}
    for path in demo.sites.article_urls(PORTAL).values():
        unicode_path = unquote(path)
        assert unicode_path in paths and unicodedata.is_normalized("NFC", unicode_path)
    assert not set(demo.sites.broken_pages(PORTAL)) & {quote(p, safe="/") for p in paths}


def test_tags_and_search_form(demo, site):
    item = next(it for it in site.items if it.kind == "article")
    tree = lxml.html.fromstring(fetch(demo, site.article_path(item))[2])
    tag_links = tree.xpath('//div[@class="news-tags"]/a/@href')
    assert tag_links and all(h.startswith("/tu-khoa/?tag=") for h in tag_links)
    _status, _headers, tagged = fetch(demo, tag_links[0])
    assert item.title in tagged
    home = fetch(demo, "/")[2]
    assert '<form class="navbar-form search-box" action="/tim-kiem/" method="get"' in home
    assert not [h for h in hrefs(home) if h.startswith("/tim-kiem")]
    word = item.title.split()[0]
    status, _headers, results = fetch(demo, "/tim-kiem/?q=" + quote(word))
    assert status == 200 and item.title in results
