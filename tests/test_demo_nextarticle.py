"""The "infinite reading" Node.js news portal demo family (portal holam), served over HTTP."""

from __future__ import annotations

import re
import unicodedata

import lxml.html
from conftest import listing_paths, raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.nextarticle import reading_date

PORTAL = "holam"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LISTING = re.compile(r"^/(chuyen-muc/[a-z0-9-]+(\?page=\d+)?)?$")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def served_text(article_node) -> tuple[str, list[str], list[str]]:
    """Title, paragraphs and captions of one ``<article>`` element."""
    body = article_node.xpath(".//div[@class='article-body']")[0]
    paragraphs = [text_of(p) for p in body.xpath("./p[not(@class) or @class='sapo']")]
    captions = [text_of(c) for c in body.xpath(".//figcaption")]
    return text_of(article_node.xpath(".//*[@class='article-title']")[0]), paragraphs, captions


def test_every_article_page_shows_its_article_and_the_full_next_one(demo, site):
    urls = demo.sites.article_urls(PORTAL)
    by_key = {a.key: a for a in ARTICLES}
    assert len(urls) == len(ARTICLES)
    without_next = 0
    for article in ARTICLES:
        status, headers, body = fetch(demo, urls[article.key])
        assert status == 200, urls[article.key]
        assert headers["X-Powered-By"] == "Express"
        document = lxml.html.fromstring(body)
        main = document.xpath("//article[@class='main-article']")[0]
        title, paragraphs, captions = served_text(main)
        assert title == article.title
        assert main.xpath(".//h1")[0].text_content() == article.title
        assert paragraphs == [" ".join(p.split()) for p in article.paragraphs]
        assert captions == [img["caption"] for img in article.images]
        assert reading_date(article_published(article)) in text_of(main)
        following = document.xpath("//article[@class='next-article']")
        item = site.by_key[article.key]
        expected = site.next_article(item)
        if expected is None:
            without_next += 1
            assert not following and "Bài viết tiếp theo" not in body
            continue
        assert "Bài viết tiếp theo" in body
        nxt = by_key[expected.key]
        assert following[0].get("data-url") == urls[nxt.key]
        title, paragraphs, captions = served_text(following[0])
        assert title == nxt.title
        assert str(nxt.published) <= str(article.published)
        assert nxt.category == article.category
        assert paragraphs == [" ".join(p.split()) for p in nxt.paragraphs]
        assert captions == [img["caption"] for img in nxt.images]
    assert without_next == len({a.category for a in ARTICLES})  # one last article per section


def article_published(article):
    from dtcrawl.demo.cms.common import parse_local

    return parse_local(article.published)


def test_every_listing_page_is_reachable_from_the_home_page_through_the_pager(demo, site):
    expected = listing_paths(site)
    assert site.listing_path(None, 5) in expected  # 40 items at 8 a page
    reached = walk_site(demo.base_url(PORTAL), LISTING.match)
    assert all(status == 200 for status, _ in reached.values())
    assert expected <= set(reached)
    _, _, page1 = fetch(demo, site.listing_path(None))
    numbers = lxml.html.fromstring(page1).xpath("//ul[@class='pagination']//text()")
    assert "…" in numbers  # a window, not every page number


def test_unknown_pages_answer_404(demo, site):
    assert fetch(demo, "/bai-viet/khong-co-bai-nay-999")[0] == 404
    assert fetch(demo, "/chuyen-muc/khong-co")[0] == 404
    assert fetch(demo, site.listing_path(None, 99))[0] == 404


def test_hazards_tracking_links_javascript_links_and_view_counter(demo):
    urls = demo.sites.article_urls(PORTAL)
    _, _, body = fetch(demo, urls[ARTICLES[0].key])
    document = lxml.html.fromstring(body)
    hrefs = document.xpath("//a/@href")
    assert any("utm_source=doc-tiep" in h for h in hrefs) or "next-article" not in body
    assert any(h.startswith("javascript:") for h in hrefs)
    assert "lượt xem" in text_of(document.xpath("//div[@class='article-meta']")[0])
    _, _, home = fetch(demo, "/")
    assert "utm_source=" in home
    tracked = next(h for h in lxml.html.fromstring(home).xpath("//a/@href") if "utm_" in h)
    assert fetch(demo, tracked)[0] == 200
