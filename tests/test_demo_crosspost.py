"""The home-grown portal with cross-posted articles (portal thachlinh), served over HTTP."""

from __future__ import annotations

import re
import unicodedata

import lxml.html
from conftest import raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.crosspost import SHORT_NEWS, short_news

PORTAL = "thachlinh"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
ARTICLE = re.compile(r"^/tin-tuc/[a-z0-9-]+/\d+-[a-z0-9-]+\.html$")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def shown_article(markup: str) -> tuple[str, list[str], str]:
    document = lxml.html.fromstring(markup)
    title = text_of(document.xpath("//h1[@class='tieude-tin']")[0])
    body = document.xpath("//div[@id='noidung-tin']")[0]
    paragraphs = [text_of(p) for p in body.xpath("./p[@style='text-align: justify;']")]
    date = text_of(document.xpath("//span[@class='ngay-dang']")[0])
    return title, paragraphs, date


def test_every_article_and_alias_shows_title_date_and_every_paragraph(demo, site):
    copies = 0
    for article in ARTICLES:
        item = site.by_key[article.key]
        paths = [site.article_path(item), *site.article_aliases(item)]
        copies += len(paths) - 1
        for path in paths:
            assert ARTICLE.match(path), path
            status, _, markup = fetch(demo, path)
            assert status == 200, path
            title, paragraphs, date = shown_article(markup)
            assert title == article.title
            assert paragraphs == list(article.paragraphs)
            assert date.endswith(item.published.strftime("%H:%M ngày %d/%m/%Y"))
            if article.source:
                assert f"Theo {article.source}" in markup
    assert 4 <= copies <= 20


def test_cross_posted_copy_differs_only_in_section(demo, site):
    item = next(it for it in site.items if site.article_aliases(it))
    _, _, first = fetch(demo, site.article_path(item))
    _, _, second = fetch(demo, site.article_aliases(item)[0])
    assert shown_article(first) == shown_article(second)
    copy = site.copy_section(item)
    crumbs = lxml.html.fromstring(second).xpath("//div[@id='duong-dan']")[0]
    assert copy.name in text_of(crumbs) and item.section.name not in text_of(crumbs)


def test_listings_reachable_through_pagers_and_link_every_url(demo, site):
    def follow(path: str) -> bool:
        return path == "/" or (path.startswith("/tin-tuc") and not ARTICLE.match(path))

    reached = walk_site(demo.base_url(PORTAL), follow)
    pages = -(-len(site.entries(None)) // site.portal.page_size)
    assert pages >= 5
    for n in range(1, pages + 1):
        assert site.listing_path(None, n) in reached
    for section in site.sections.values():
        assert site.listing_path(section) in reached
    linked = set()
    for status, body in reached.values():
        assert status == 200
        linked |= set(re.findall(r'href="(/tin-tuc/[^"?]+/\d+-[^"?]+\.html)"', body))
    wanted = {p for it in site.items for p in [site.article_path(it), *site.article_aliases(it)]}
    assert wanted <= linked
    assert re.search(r"\?ref=trangchu", reached["/"][1])


def test_short_news_is_inline_without_detail_links(demo):
    status, _, markup = fetch(demo, SHORT_NEWS)
    assert status == 200
    document = lxml.html.fromstring(markup)
    items = document.xpath("//div[@class='tinvan-muc']")
    assert len(items) == 10
    assert all(not item.xpath(".//a") for item in items)
    assert text_of(items[0].xpath("./h3")[0]) == short_news(1)[0][0]
    assert fetch(demo, SHORT_NEWS + "?page=2")[0] == 200


def test_404_print_link_and_robots(demo, site):
    assert fetch(demo, "/tin-tuc/kinh-te-so/1-khong-co.html")[0] == 404
    assert fetch(demo, "/khong-co-trang-nay.html")[0] == 404
    _, _, markup = fetch(demo, site.article_path(site.items[0]))
    assert 'href="javascript:window.print()"' in markup and "Lượt xem:" in markup
    status, _, robots = fetch(demo, "/robots.txt")
    assert status == 200 and "Disallow: /quantri/" in robots
