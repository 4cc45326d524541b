"""The newspaper-like portal lined with teasers of other articles (portal tanthuy), over HTTP."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
from conftest import listing_paths, raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import parse_local
from dtcrawl.demo.cms.teaserlists import detail_time
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "tanthuy"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
ARTICLE_PATH = re.compile(r"/[a-z0-9-]+/[a-z0-9-]+-\d{6}\.html")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def page_of(demo, site, article) -> lxml.html.HtmlElement:
    status, _, body = fetch(demo, site.article_path(site.by_key[article.key]))
    assert status == 200, article.key
    return lxml.html.fromstring(body)


def walk(demo) -> dict[str, tuple[int, str]]:
    """Every HTML page reached from ``/`` through links (no print, email or feed pages)."""

    def follow(path: str) -> bool:
        bare = urlsplit(path).path
        return not bare.startswith(("/in-bai/", "/gui-email/", "/rss/", "/quan-tri/"))

    return walk_site(demo.base_url(PORTAL), follow)


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.76" and portal.domain == "tanthuy.gov.vn"


def test_every_article_and_listing_page_is_reachable_from_the_root(demo, site):
    reached = walk(demo)
    articles = {site.article_path(site.by_key[a.key]) for a in ARTICLES}
    assert articles <= set(reached)
    assert all(reached[path][0] == 200 for path in articles)
    listings = listing_paths(site)
    assert listings <= set(reached)
    assert "/tin-tuc/trang-5.html" in listings and "/tin-tuc/trang-6.html" not in reached
    assert fetch(demo, "/tin-tuc/trang-6.html")[0] == 404
    assert any(path.startswith("/tag/") and "/trang-" in path for path in reached)


def test_every_article_page_shows_its_gold_fields(demo, site):
    for article in ARTICLES:
        document = page_of(demo, site, article)
        assert text_of(document.xpath("//h1[@class='detail-title']")[0]) == article.title
        shown = text_of(document.xpath("//span[@class='detail-time']")[0])
        assert shown == detail_time(parse_local(article.published))
        # The lead is the bold sapo above the photo; the rest of the text follows it.
        (sapo,) = document.xpath("//h2[@class='detail-sapo']")
        assert text_of(sapo) == article.paragraphs[0]
        (content,) = document.xpath("//div[@id='noidung']")
        paragraphs = [text_of(p) for p in content.xpath("./p") if not p.xpath("./strong")]
        assert paragraphs == list(article.paragraphs[1:]), article.key
        captions = [text_of(c) for c in content.xpath(".//figcaption | .//td[@class='caption']")]
        assert captions == [image["caption"] for image in article.images]
        if article.images:
            assert content[0].tag == "figure"
        author = document.xpath("//div[@class='detail-author']")
        assert [text_of(a) for a in author] == ([article.author] if article.author else [])
        source = document.xpath("//div[@class='detail-source']")
        assert [text_of(s) for s in source] == (
            [f"Nguồn: {article.source}"] if article.source else []
        )


def test_every_lead_stands_verbatim_on_many_other_pages(demo, site):
    reached = walk(demo)
    pages = {
        path: unicodedata.normalize("NFC", lxml.html.fromstring(body).text_content())
        for path, (status, body) in reached.items()
        if status == 200
    }
    for article in ARTICLES:
        own = site.article_path(site.by_key[article.key])
        lead = article.paragraphs[0]
        elsewhere = [path for path, text in pages.items() if path != own and lead in text]
        articles = [path for path in elsewhere if ARTICLE_PATH.fullmatch(path)]
        # Its section's neighbours' "Tin cùng chuyên mục", the news listing, its tags' pages.
        assert len(elsewhere) >= 4, (article.key, elsewhere)
        assert articles, article.key


def test_teaser_boxes_carry_whole_first_paragraphs(demo, site):
    by_title = {a.title: a for a in ARTICLES}
    featured_seen = {True: 0, False: 0}
    for article in ARTICLES:
        document = page_of(demo, site, article)
        (related,) = document.xpath("//div[contains(@class,'box-cungchuyenmuc')]")
        items = related.xpath(".//div[@class='news-item']")
        same = [a for a in ARTICLES if a.category == article.category and a is not article]
        assert len(items) == min(6, len(same))
        for teaser in items:
            title = text_of(teaser.xpath(".//*[@class='news-title']")[0])
            other = by_title[title]
            assert other.category == article.category and other is not article
            assert text_of(teaser.xpath(".//p[@class='news-sapo']")[0]) == other.paragraphs[0]
            assert teaser.xpath(".//img") and teaser.xpath(".//span[@class='news-time']")
        latest = document.xpath("//div[contains(@class,'box-tinmoi')]//li")
        assert len(latest) == 5
        for row in latest:
            other = by_title[text_of(row.xpath(".//h4")[0])]
            assert text_of(row.xpath(".//p[@class='sapo']")[0]) == other.paragraphs[0]
        featured = document.xpath("//div[contains(@class,'box-tieudiem')]")
        featured_seen[bool(featured)] += 1
        if featured:
            sapos = featured[0].xpath(".//p[@class='news-sapo']")
            assert len(sapos) == 3
            assert {text_of(p) for p in sapos} <= {a.paragraphs[0] for a in ARTICLES}
    assert featured_seen[True] and featured_seen[False]  # "on some pages"
    home = lxml.html.fromstring(fetch(demo, "/")[2])
    assert len(home.xpath("//div[contains(@class,'box-tieudiem--home')]//p")) == 3
    listing = lxml.html.fromstring(fetch(demo, "/tin-tuc/trang-2.html")[2])
    sapos = [text_of(p) for p in listing.xpath("//div[@class='list-news']//p[@class='news-sapo']")]
    assert len(sapos) == 8 and set(sapos) <= {a.paragraphs[0] for a in ARTICLES}


def test_the_text_carries_a_xem_them_box_in_its_middle(demo, site):
    titles = {a.title for a in ARTICLES}
    forms = set()
    for article in ARTICLES:
        if len(article.paragraphs) <= 2:
            continue
        (content,) = page_of(demo, site, article).xpath("//div[@id='noidung']")
        children = list(content)
        boxes = [
            n
            for n, node in enumerate(children)
            if "box-xemthem" in (node.get("class") or "") or node.xpath("./strong")
        ]
        assert len(boxes) == 1, article.key
        box = children[boxes[0]]
        assert children[-1].tag == "p" and boxes[0] < len(children) - 1
        assert "Xem thêm" in text_of(box)
        (link,) = {text_of(a) for a in box.xpath(".//a") if text_of(a)}
        assert link in titles and link != article.title
        forms.add(box.tag)
    assert forms == {"div", "p"}


def test_print_email_tags_and_feeds(demo, site):
    article = ARTICLES[5]
    item = site.by_key[article.key]
    document = page_of(demo, site, article)
    tools = document.xpath("//span[@class='detail-tool']/a/@href")
    assert tools == [site.print_path(item), site.email_path(item)]
    status, _, printed = fetch(demo, tools[0])
    assert status == 200 and all(
        p in unicodedata.normalize("NFC", printed) for p in article.paragraphs
    )
    status, _, email = fetch(demo, tools[1])
    email_text = text_of(lxml.html.fromstring(email))
    assert status == 200 and article.paragraphs[0] in email_text
    assert article.paragraphs[1] not in email_text
    tags = document.xpath("//div[@class='detail-tags']/a/@href")
    assert tags and all(fetch(demo, href)[0] == 200 for href in tags)
    assert document.xpath("//div[@class='detail-share']//a[contains(@href,'facebook.com')]")
    assert document.xpath("//form[@action='/binh-luan/gui.html']")
    status, headers, feed = fetch(demo, "/rss/tin-tuc.rss")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    channel = lxml.etree.fromstring(feed.encode("utf-8"))
    descriptions = channel.xpath("//item/description/text()")
    assert len(descriptions) == 20
    assert any(a.paragraphs[0] in d for d in descriptions for a in ARTICLES)
    assert "Disallow: /binh-luan/" in fetch(demo, "/robots.txt")[2]


def test_unknown_pages_are_404(demo):
    assert fetch(demo, "/chuyen-doi-so/khong-co-bai-nay-100000.html")[0] == 404
    assert fetch(demo, "/khong-co-chuyen-muc/")[0] == 404
    assert fetch(demo, "/tag/khong-co.html")[0] == 404
    assert fetch(demo, "/in-bai/1.html")[0] == 404
