"""The Spring Boot + Thymeleaf + jQuery demo family (portal sokhcn-ngoctra), served over HTTP."""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
import urllib.request
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html
from conftest import listing_paths, raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.springajax import ARTICLE_PATH, BUILD_HASH
from dtcrawl.demo.portals import ALL_PORTALS

PORTAL = "sokhcn-ngoctra"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    """GET ``path`` of this portal without following redirects: status, headers, text."""
    return raw_get(demo.base_url(PORTAL), path)


def fetch_bytes(demo, path: str) -> tuple[str, bytes]:
    with urllib.request.urlopen(demo.base_url(PORTAL) + path, timeout=10) as response:
        return response.headers["Content-Type"], response.read()


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def test_every_article_shows_title_date_and_every_paragraph(demo, site):
    urls = demo.sites.article_urls(PORTAL)
    assert len(urls) == len(ARTICLES)
    vn = timezone(timedelta(hours=7))
    for article in ARTICLES:
        path = urls[article.key]
        assert ARTICLE_PATH.match(path)
        status, _headers, body = fetch(demo, path)
        assert status == 200
        tree = lxml.html.fromstring(body)
        assert text_of(tree.xpath('//h1[@class="article__title"]')[0]) == article.title
        body_div = tree.xpath('//div[@class="article__body"]')[0]
        paragraphs = [text_of(p) for p in body_div.xpath("./p")]
        assert paragraphs[: len(article.paragraphs)] == list(article.paragraphs)
        if article.author:
            assert paragraphs[-1] == article.author
            assert body_div.xpath("./p[last()]/strong")
        captions = [text_of(c) for c in body_div.xpath("./figure/figcaption")]
        assert captions == [image["caption"] for image in article.images]
        date = tree.xpath('//span[@class="article__date"]')[0]
        published = datetime.fromisoformat(str(article.published))
        stamp = datetime.fromtimestamp(int(date.get("data-timestamp")), UTC).astimezone(vn)
        assert stamp.replace(tzinfo=None) == published
        assert text_of(date) == published.strftime("%d/%m/%Y %H:%M")
        source = tree.xpath('//div[@class="article__source"]')
        assert [text_of(s) for s in source] == ([f"Nguồn: {article.source}"] * bool(article.source))


def test_listings_reachable_from_home_through_load_more_buttons(demo, site):
    reached = walk_site(
        demo.base_url(PORTAL),
        lambda path: path.startswith(("/tin-tuc", "/api/tin-tuc/fragment")),
        xpath="//a/@href | //button/@data-url",
    )
    broken = set(demo.sites.broken_pages(PORTAL))
    assert {p for p, (status, _) in reached.items() if status != 200} == broken
    assert listing_paths(site, site.news) <= set(reached)
    fragments = [p for p in reached if p.startswith("/api/")]
    assert fragments
    for path in fragments:
        body = reached[path][1]
        assert "<html" not in body and body.lstrip().startswith('<div class="news-card"')
    # Every article is linked from the listing pages and their fragments.
    linked = {p.split("?")[0] for p in reached if ARTICLE_PATH.match(p.split("?")[0])}
    assert set(demo.sites.article_urls(PORTAL).values()) <= linked


def test_listing_page_has_first_items_and_button_no_pager(demo, site):
    status, _headers, body = fetch(demo, "/tin-tuc/chuyen-doi-so")
    assert status == 200
    tree = lxml.html.fromstring(body)
    cards = tree.xpath('//div[@id="newsList"]/div[@class="news-card"]')
    assert len(cards) == ALL_PORTALS[PORTAL].page_size
    button = tree.xpath('//button[contains(@class, "btn-load-more")]')[0]
    assert button.get("href") is None and "Tải thêm" in text_of(button)
    assert button.get("data-url") == "/api/tin-tuc/fragment?chuyenMuc=101&offset=6&limit=6"
    assert not tree.xpath('//*[contains(@class, "pagination")]')
    assert fetch(demo, "/api/tin-tuc/fragment?chuyenMuc=101&offset=600&limit=6")[2] == ""
    assert fetch(demo, "/api/tin-tuc/fragment?chuyenMuc=999&offset=6&limit=6")[0] == 404
    assert fetch(demo, "/api/tin-tuc/fragment?chuyenMuc=abc")[0] == 400


def test_robots_sitemap_index_and_gzipped_children_list_every_article(demo, site):
    status, _headers, robots = fetch(demo, "/robots.txt")
    assert status == 200 and "Crawl-delay: 1" in robots
    index_url = re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1)
    assert urlsplit(index_url).path == "/sitemap_index.xml"
    _type, index = fetch_bytes(demo, "/sitemap_index.xml")
    children = lxml.etree.fromstring(index).xpath("//s:sitemap/s:loc/text()", namespaces=SITEMAP_NS)
    listed: list[str] = []
    kinds = set()
    for child in children:
        path = urlsplit(child).path
        content_type, raw = fetch_bytes(demo, path)
        if path.endswith(".gz"):
            kinds.add(content_type)
            raw = gzip.decompress(raw)
        locs = lxml.etree.fromstring(raw).xpath("//s:loc/text()", namespaces=SITEMAP_NS)
        assert len(locs) <= 20
        listed += [urlsplit(loc).path for loc in locs]
    assert kinds == {"application/x-gzip", "application/gzip"}
    assert set(demo.sites.article_urls(PORTAL).values()) <= set(listed)
    assert {"/gioi-thieu", "/co-cau-to-chuc", "/lien-he"} <= set(listed)
    for static in ("/gioi-thieu", "/co-cau-to-chuc", "/lien-he"):
        assert fetch(demo, static)[0] == 200


def test_404_page(demo):
    status, _headers, body = fetch(demo, "/tin-tuc/chuyen-doi-so/khong-co-bai-nay.1")
    assert status == 404 and "không tồn tại" in body
    assert fetch(demo, "/khong-co-trang")[0] == 404
    broken = demo.sites.broken_pages(PORTAL)
    assert list(broken.values()) == ["missing"]
    assert fetch(demo, next(iter(broken)))[0] == 404


def test_hazards_base_href_relative_links_hashbang_and_cache_busters(demo, site):
    base = demo.base_url(PORTAL)
    article = demo.sites.article_urls(PORTAL)[ARTICLES[5].key]
    _status, _headers, home = fetch(demo, "/")
    tree = lxml.html.fromstring(home)
    assert tree.xpath("//base/@href") == ["/"]
    hrefs = tree.xpath("//a/@href")
    relative = [h for h in hrefs if h.startswith("tin-tuc/")]
    assert relative
    assert any(h.endswith("?lang=vi") for h in hrefs)
    assert any(h.endswith(f"?v={BUILD_HASH}") for h in hrefs)
    assert "/#!/gioi-thieu" in hrefs
    # Resolved with <base href="/"> the relative links work ...
    for href in relative[:5]:
        assert fetch(demo, urljoin(base + "/", href)[len(base) :])[0] == 200
    # ... resolved against an article's own URL (ignoring <base>) they do not.
    _status, _headers, page = fetch(demo, article)
    page_hrefs = lxml.html.fromstring(page).xpath("//a/@href")
    wrong = urljoin(base + article, next(h for h in page_hrefs if h.startswith("tin-tuc/")))
    assert fetch(demo, wrong[len(base) :])[0] == 404
    # Cache-busting and locale parameters serve the same article.
    plain = fetch(demo, article)[2]
    for suffix in ("?lang=vi", f"?v={BUILD_HASH}"):
        varied = fetch(demo, article + suffix)[2]
        assert text_of(lxml.html.fromstring(varied).xpath("//h1")[0]) == ARTICLES[5].title
        assert varied.count("<p") == plain.count("<p")


def test_related_news_is_inline_json_with_empty_container(demo):
    path = demo.sites.article_urls(PORTAL)[ARTICLES[10].key]
    tree = lxml.html.fromstring(fetch(demo, path)[2])
    container = tree.xpath('//div[@id="relatedNews"]')[0]
    assert len(container) == 0 and not (container.text or "").strip()
    data = json.loads(tree.xpath('//script[@id="relatedData"]')[0].text)
    assert data and all(ARTICLE_PATH.match(entry["duongDan"]) for entry in data)
