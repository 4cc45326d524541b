"""The older provincial theme whose <h1> and <title> are the portal's name (portal nganson)."""

from __future__ import annotations

import re
import unicodedata

import lxml.html
from conftest import raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus

PORTAL = "nganson"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LISTING = re.compile(r"^/tintuc/[a-z0-9-]+(/p\d+)?\.html$")
PORTAL_NAME = "Cổng thông tin điện tử tỉnh Ngàn Sơn"


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def test_every_article_shows_its_title_date_and_every_paragraph(demo, site):
    templates = set()
    for article in ARTICLES:
        item = site.by_key[article.key]
        status, _, markup = fetch(demo, site.article_path(item))
        assert status == 200
        document = lxml.html.fromstring(markup)
        heads = document.xpath("//div[@class='news-title'] | //h2[@class='title']")
        assert [text_of(h) for h in heads] == [article.title]
        templates.add(heads[0].tag)
        assert text_of(document.xpath("//title")[0]) == PORTAL_NAME
        assert [text_of(h) for h in document.xpath("//h1")] == [PORTAL_NAME]
        assert "og:title" not in markup
        shown = [text_of(p) for p in document.xpath("//div[@class='news-content']/p")]
        for paragraph in article.paragraphs:
            assert " ".join(paragraph.split()) in shown
        stamp = article.published.strftime("Cập nhật ngày: %d/%m/%Y %H:%M")
        assert stamp in text_of(document.xpath("//div[@class='news-info']")[0])
        crumb = text_of(document.xpath("//div[@class='breadcrumb']/span[last()]")[0])
        assert crumb == article.title[:60].rstrip() + "..."
        assert document.xpath("//div[@class='other-news']/h3/a")
    assert templates == {"div", "h2"}


def test_every_listing_page_is_reachable_through_the_pagers(demo, site):
    pages = walk_site(demo.base_url(PORTAL), lambda path: LISTING.match(path) is not None)
    found = {path for path, (status, _) in pages.items() if status == 200}
    for section in [None, *site.sections.values()]:
        _, count = site.page_of(site.listed(section), 1)
        assert count >= 1
        for n in range(1, count + 1):
            assert site.listing_path(section, n) in found
    _, pages_count = site.page_of(site.listed(None), 1)
    assert pages_count > 3


def test_hazards_alias_print_tracking_javascript_rss_and_404(demo, site):
    item = site.by_key[ARTICLES[0].key]
    _, _, canonical = fetch(demo, site.article_path(item))
    status, _, alias = fetch(demo, site.alias_path(item))
    assert status == 200 and ARTICLES[0].paragraphs[0] in alias
    status, _, printed = fetch(demo, site.print_path(item))
    assert status == 200 and ARTICLES[0].paragraphs[0] in printed
    assert site.print_path(item) in canonical and "javascript:" in canonical
    assert "Lượt xem:" in canonical
    _, _, home = fetch(demo, "/")
    assert "?utm_source=trangchu" in home and "/tintuc/a" in home
    status, headers, rss = fetch(demo, "/rss/tin-tuc.rss")
    assert status == 200 and "<rss" in rss and "rss" in headers["Content-Type"]
    assert fetch(demo, "/tintuc/tin-tuc/p999.html")[0] == 404
    assert fetch(demo, "/tintuc/a1.html")[0] == 404
    status, _, missing = fetch(demo, "/khong-co-trang-nay.html")
    assert status == 404 and "Không tìm thấy" in missing
    assert "Disallow: /in-bai/" in fetch(demo, "/robots.txt")[2]
