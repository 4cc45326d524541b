"""The WordPress demo family (portal xa-thanhvan), served over HTTP: pages, paging, hazards."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit
from xml.etree import ElementTree

import lxml.html
from conftest import listing_paths, raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.wordpress import wp_date
from dtcrawl.demo.portals import ALL_PORTALS

PORTAL = "xa-thanhvan"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    """GET ``path`` of this portal without following redirects: status, headers, text."""
    return raw_get(demo.base_url(PORTAL), path)


def text_of(markup: str) -> str:
    text = lxml.html.fromstring(markup).text_content()
    return " ".join(unicodedata.normalize("NFC", text).split())


def test_every_article_answers_with_its_title_paragraphs_captions_and_byline(demo, site):
    urls = demo.sites.article_urls(PORTAL)
    assert len(urls) == len(ARTICLES)
    for article in ARTICLES:
        path = urls[article.key]
        assert re.fullmatch(r"/\d{4}/\d{2}/\d{2}/[a-z0-9-]+/", path), path
        status, headers, body = fetch(demo, path)
        assert status == 200, path
        assert "ETag" in headers and "Last-Modified" in headers
        document = lxml.html.fromstring(body)
        (title,) = document.xpath(
            "//article[contains(@class,'type-post')]//h1[@class='entry-title']"
        )
        assert title.text_content() == article.title
        content = text_of(lxml.html.tostring(document.xpath("//div[@class='entry-content']")[0]))
        for paragraph in article.paragraphs:
            assert " ".join(paragraph.split()) in content, (article.key, paragraph[:40])
        captions = document.xpath("//figcaption")
        assert [c.text_content() for c in captions] == [i["caption"] for i in article.images]
        published = document.xpath("//time[contains(@class,'entry-date')]")[0]
        assert published.get("datetime") == article.published_iso
        assert published.text_content() == wp_date(article.published)
        if article.author:
            lines = document.xpath("//div[@class='entry-content']/p")
            assert article.author in [p.text_content() for p in lines][-2:]
        if article.source:
            assert f"Nguồn: {article.source}" in content


def test_every_listing_page_is_reachable_from_the_home_page_through_the_pager(demo, site):
    expected = listing_paths(site, site.news)
    assert any("/page/" in p for p in expected)  # the news listing has several pages
    reached = walk_site(
        demo.base_url(PORTAL), lambda link: link.startswith("/category/") and "feed" not in link
    )
    assert all(status == 200 for status, _ in reached.values())
    seen = set(reached)
    assert expected <= seen
    assert not any(p.endswith("/page/1/") for p in seen)


def test_pager_is_a_window_with_dots_and_next_link(demo, site):
    pages = -(-len(site.items) // ALL_PORTALS[PORTAL].page_size)
    assert pages >= 6
    _, _, body = fetch(demo, site.listing_path(None))
    pager = lxml.html.fromstring(body).xpath("//nav[contains(@class,'pagination')]")[0]
    numbers = [a.text_content() for a in pager.xpath(".//*[contains(@class,'page-numbers')]")]
    assert numbers[0] == "1" and str(pages) in numbers and "…" in numbers
    assert pager.xpath(".//a[contains(@class,'next')]/@href") == [
        "/category/tin-tuc-su-kien/page/2/"
    ]
    status, headers, _ = fetch(demo, "/category/tin-tuc-su-kien/page/1/")
    assert status == 301 and headers["Location"].endswith("/category/tin-tuc-su-kien/")
    assert fetch(demo, f"/category/tin-tuc-su-kien/page/{pages + 1}/")[0] == 404


def test_unknown_pages_and_the_trashed_post_answer_404(demo, site):
    status, _, body = fetch(demo, "/khong-co-trang-nay/")
    assert status == 404 and "error-404" in body
    (broken,) = demo.sites.broken_pages(PORTAL)
    assert fetch(demo, broken)[0] == 404
    pages = -(-len(site.items) // ALL_PORTALS[PORTAL].page_size)
    listings = "".join(fetch(demo, site.listing_path(None, n))[2] for n in range(1, pages + 1))
    assert f'href="{broken}"' in listings  # still linked from the listings


def test_aliases_shortlink_amp_replytocom_and_slashless_urls(demo, site):
    article = ARTICLES[0]
    path = demo.sites.article_urls(PORTAL)[article.key]
    number = site.by_key[article.key].number
    status, headers, _ = fetch(demo, f"/?p={number}")
    assert status == 301 and headers["Location"].endswith(path)
    status, headers, _ = fetch(demo, path.rstrip("/"))
    assert status == 301 and headers["Location"].endswith(path)
    _, _, page = fetch(demo, path)
    assert f"/?p={number}" in page
    for variant in (path + "?amp=1", path + "amp/"):
        status, _, body = fetch(demo, variant)
        assert status == 200
        document = lxml.html.fromstring(body)
        assert document.xpath("//link[@rel='canonical']/@href")[0].endswith(path)
        assert " ".join(article.paragraphs[-1].split()) in text_of(body)
    commented = next(a for a in ARTICLES if site.comments(site.by_key[a.key]))
    _, _, page = fetch(demo, demo.sites.article_urls(PORTAL)[commented.key])
    reply = re.findall(r'href="([^"]*\?replytocom=\d+)#respond"', page)[0]
    status, _, body = fetch(demo, reply)
    assert status == 200 and "noindex" in body
    assert " ".join(commented.paragraphs[0].split()) in text_of(body)


def test_tracking_parameters_javascript_links_and_share_redirects(demo):
    _, _, home = fetch(demo, "/")
    assert "utm_source=zalo" in home
    assert 'href="javascript:void(0)"' in home
    tracked = next(p for p in site_links(demo.base_url(PORTAL), "/", home) if "utm_source" in p)
    status, _, body = fetch(demo, tracked)
    assert status == 200 and "entry-content" in body
    assert 'href="javascript:window.print()"' in body
    share = next(
        p for p in site_links(demo.base_url(PORTAL), tracked, body) if "share=facebook" in p
    )
    status, headers, _ = fetch(demo, share)
    assert status == 302 and headers["Location"].startswith("https://www.facebook.com/")


def test_in_content_boilerplate_and_account_author_are_there(demo):
    article = next(a for a in ARTICLES if a.author)
    _, _, body = fetch(demo, demo.sites.article_urls(PORTAL)[article.key])
    document = lxml.html.fromstring(body)
    content = document.xpath("//div[@class='entry-content']")[0]
    assert content.xpath(".//div[contains(@class,'post-views')]")
    assert content.xpath(".//div[contains(@class,'sharedaddy')]")
    assert document.xpath("//span[contains(@class,'author')]/a")[0].text_content() != article.author
    for widget in ("widget_visitor_counter", "widget_recent_entries", "widget_archive"):
        assert document.xpath(f"//aside[@id='secondary']//aside[contains(@class,'{widget}')]")
    assert "Kết quả giải quyết TTHC" in body and "Để lại bình luận" in body
    assert document.xpath("//div[@class='related-posts']//a")


def test_feed_sitemap_and_robots(demo):
    status, _, robots = fetch(demo, "/robots.txt")
    assert status == 200 and "Sitemap:" in robots and "/wp-sitemap.xml" in robots
    urls = set(demo.sites.article_urls(PORTAL).values())
    _, _, index = fetch(demo, "/wp-sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    maps = [loc.text for loc in ElementTree.fromstring(index).findall(".//s:loc", ns)]
    listed = set()
    for loc in maps:
        status, _, xml = fetch(demo, urlsplit(loc).path)
        assert status == 200, loc
        listed |= {
            urlsplit(u.text).path for u in ElementTree.fromstring(xml).findall(".//s:loc", ns)
        }
    assert urls <= listed
    status, headers, feed = fetch(demo, "/feed/")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    items = ElementTree.fromstring(feed).findall("./channel/item")
    assert len(items) == 10
    assert {urlsplit(i.findtext("link")).path for i in items} <= urls
    assert fetch(demo, "/sitemap.xml")[0] == 301
