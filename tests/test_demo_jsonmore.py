"""The JavaScript-front-end-over-JSON demo family (portal vankhe), served over HTTP."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime
from urllib.parse import urlsplit

import lxml.html
from conftest import raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.jsonmore import ARTICLE_PATH, ARTICLES_API, SECTION_PAGE_SIZE, UTM

PORTAL = "vankhe"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def fetch_json(demo, path: str) -> tuple[int, dict[str, str], dict]:
    status, headers, body = fetch(demo, path)
    return status, headers, json.loads(body)


def is_page(path: str) -> bool:
    """Listing and home pages a walk follows (no articles, short links or print views)."""
    return not ARTICLE_PATH.match(urlsplit(path).path) and not path.startswith("/s/")


def next_api_url(markup: str) -> str | None:
    """The URL the "Xem thêm" script of a listing page asks for, built as the script does."""
    document = lxml.html.fromstring(markup)
    buttons = document.xpath('//button[contains(@class, "js-view-more")]')
    if not buttons:
        return None
    button = buttons[0]
    if button.get("data-url"):
        return button.get("data-url")
    target = document.get_element_by_id(button.get("data-target"))
    return (
        f"{target.get('data-api')}?categoryId={target.get('data-category-id')}"
        f"&pageIndex={button.get('data-page-index')}&pageSize={target.get('data-page-size')}"
    )


def test_every_article_shows_title_date_body_captions_and_byline(demo, site):
    urls = demo.sites.article_urls(PORTAL)
    assert len(urls) == len(ARTICLES)
    for article in ARTICLES:
        status, headers, body = fetch(demo, urls[article.key])
        assert status == 200
        assert headers["ETag"]
        tree = lxml.html.fromstring(body)
        assert text_of(tree.xpath('//h1[@class="detail__title"]')[0]) == article.title
        content = tree.xpath('//div[contains(@class, "detail__content")]')[0]
        assert [text_of(p) for p in content.xpath("./p")] == list(article.paragraphs)
        captions = [text_of(c) for c in content.xpath("./figure/figcaption")]
        assert captions == [image["caption"] for image in article.images]
        stamp = tree.xpath('//span[@class="detail__time"]/time/@datetime')[0]
        assert datetime.fromisoformat(stamp).replace(tzinfo=None) == article.published
        assert stamp.endswith("+07:00")
        authors = tree.xpath('//div[@class="detail__author"]/strong')
        assert [text_of(a) for a in authors] == ([article.author] if article.author else [])
        sources = [text_of(s) for s in tree.xpath('//div[@class="detail__source"]')]
        assert sources == ([f"Nguồn: {article.source}"] if article.source else [])


def test_every_listing_screen_is_reachable_from_the_home_page_through_the_button(demo, site):
    base = demo.base_url(PORTAL)
    pages = walk_site(base, is_page, "/")
    listing_pages = {p for p, (status, _) in pages.items() if status == 200}
    reached_articles = set()
    reached_listings = set()
    for path, (status, markup) in pages.items():
        if status != 200 or path not in {"/tin-tuc"} | {
            site.section_path(s) for s in site.sections.values()
        }:
            continue
        reached_listings.add(path)
        document = lxml.html.fromstring(markup)
        reached_articles |= set(document.xpath('//div[contains(@class, "news-list")]//h3/a/@href'))
        url = next_api_url(markup)
        while url:
            status, headers, payload = fetch_json(demo, url)
            assert status == 200
            assert headers["Content-Type"].startswith("application/json")
            reached_listings.add(url)
            reached_articles |= {entry["url"] for entry in payload["data"]}
            if payload["pageIndex"] >= payload["totalPages"]:
                url = None
            else:
                url = re.sub(r"pageIndex=\d+", f"pageIndex={payload['pageIndex'] + 1}", url)
    expected = set()
    for section in [None, *site.sections.values()]:
        expected |= {site.listing_path(section, n) for n in range(1, site.pages_of(section) + 1)}
    assert reached_listings == expected
    assert "/" in listing_pages
    assert reached_articles == set(demo.sites.article_urls(PORTAL).values())


def test_listings_show_only_a_first_screen_and_no_pager_links(demo, site):
    status, _, markup = fetch(demo, "/tin-tuc")
    assert status == 200
    document = lxml.html.fromstring(markup)
    assert len(document.xpath('//div[@id="newsList"]/article')) == 8
    assert not [h for h in document.xpath("//a/@href") if "page" in h.lower()]
    assert "window.__CONFIG__ = " in markup
    config = re.search(r"window\.__CONFIG__ = (\{.*?\});", markup).group(1)
    assert json.loads(config)["apiBase"] == "/api/v1"
    section = site.sections["Chuyển đổi số"]
    status, _, markup = fetch(demo, f"/chuyen-muc/{section.slug}")
    document = lxml.html.fromstring(markup)
    listed = document.xpath('//div[@id="categoryList"]')[0]
    assert listed.get("data-api") == ARTICLES_API
    assert listed.get("data-category-id") == str(section.id)
    assert len(listed.xpath("./article")) == min(SECTION_PAGE_SIZE, len(site.listed(section)))


def test_api_answers_realistic_json_with_cors_and_cache_headers(demo, site):
    status, headers, payload = fetch_json(demo, "/api/v1/articles?pageIndex=2&pageSize=8")
    assert status == 200
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "max-age" in headers["Cache-Control"]
    assert payload["total"] == len(ARTICLES) and payload["pageIndex"] == 2
    assert len(payload["data"]) == 8
    by_title = {a.title: a for a in ARTICLES}
    for entry in payload["data"]:
        article = by_title[entry["title"]]
        assert entry["url"] == f"/tin-tuc/{entry['slug']}-{entry['id']}.html"
        assert datetime.fromisoformat(entry["publishedDate"]).replace(tzinfo=None) == (
            article.published
        )
    status, _, payload = fetch_json(demo, "/api/v1/articles?pageIndex=99&pageSize=8")
    assert status == 200 and payload["data"] == [] and payload["total"] == len(ARTICLES)
    # jQuery-style cache busters and unknown parameters are ignored.
    status, _, _ = fetch_json(demo, "/api/v1/articles?pageIndex=1&_=1700000000000")
    assert status == 200


def test_bad_parameters_answer_a_json_400_and_unknown_things_404(demo):
    for query in ("pageIndex=abc", "pageIndex=0", "pageSize=500", "categoryId=x"):
        status, headers, payload = fetch_json(demo, f"/api/v1/articles?{query}")
        assert status == 400, query
        assert headers["Content-Type"].startswith("application/json")
        assert payload["status"] == 400 and payload["message"]
    status, _, payload = fetch_json(demo, "/api/v1/articles?categoryId=999")
    assert status == 404 and payload["status"] == 404
    status, _, markup = fetch(demo, "/tin-tuc/khong-co-bai-nay-1.html")
    assert status == 404 and "Không tìm thấy trang" in markup
    status, _, _ = fetch(demo, "/khong-ton-tai")
    assert status == 404


def test_hazards_tracking_short_link_print_view_and_script_links(demo, site):
    status, _, home = fetch(demo, "/")
    assert status == 200
    assert f"?{UTM.replace('&', '&amp;')}" in home
    assert 'href="javascript:void(0)"' in home
    article = ARTICLES[0]
    path = demo.sites.article_urls(PORTAL)[article.key]
    number = ARTICLE_PATH.match(path).group(1)
    status, headers, _ = fetch(demo, f"/s/{number}")
    assert status == 301 and headers["Location"] == path
    # The server reads only the id: another slug serves the same article.
    status, _, other = fetch(demo, f"/tin-tuc/mot-duong-dan-khac-{number}.html")
    assert status == 200 and article.title in other
    status, _, printed = fetch(demo, demo.sites.print_urls(PORTAL)[article.key])
    tree = lxml.html.fromstring(printed)
    paragraphs = [text_of(p) for p in tree.xpath('//div[@class="print__content"]/p')]
    assert status == 200 and paragraphs == list(article.paragraphs)
    _, _, markup = fetch(demo, path)
    assert re.search(r"[\d.]+ lượt xem", markup)
    related = lxml.html.fromstring(markup).xpath('//section[@id="relatedBox"]/@data-url')[0]
    status, _, payload = fetch_json(demo, related)
    assert status == 200 and payload["data"]


def test_robots_and_a_sitemap_of_sections_only(demo, site):
    status, _, robots = fetch(demo, "/robots.txt")
    assert status == 200 and "Sitemap: " in robots and "/api/" not in robots
    status, _, sitemap = fetch(demo, "/sitemap.xml")
    assert status == 200
    locs = [urlsplit(u).path for u in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    assert "/chuyen-muc/chuyen-doi-so" in locs
    assert not [p for p in locs if ARTICLE_PATH.match(p)]
