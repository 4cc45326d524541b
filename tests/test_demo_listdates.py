"""The district PHP portal whose article pages show no date (portal huyen-vancu), over HTTP."""

from __future__ import annotations

import html
import re
import unicodedata

import lxml.html
from conftest import raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import dmy

PORTAL = "huyen-vancu"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LISTING = re.compile(r"^/index\.php\?module=news(&cat=\d+)?(&page=\d+)?$")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def test_every_article_shows_title_and_every_paragraph_but_no_date(demo, site):
    for article in ARTICLES:
        status, _, markup = fetch(demo, site.article_path(site.by_key[article.key]))
        assert status == 200
        document = lxml.html.fromstring(markup)
        assert text_of(document.xpath("//h2[@class='title']")[0]) == article.title
        shown = [text_of(p) for p in document.xpath("//div[@class='content']/p")]
        for paragraph in article.paragraphs:
            assert " ".join(paragraph.split()) in shown
        main = text_of(document.xpath("//div[@class='detail']/div[@class='content']")[0])
        assert dmy(site.by_key[article.key].published) not in main
        assert "<time" not in markup and "article:published_time" not in markup


def test_listings_show_the_time_to_the_minute_and_every_page_is_reachable(demo, site):
    pages = walk_site(demo.base_url(PORTAL), lambda path: LISTING.match(path) is not None)
    found = {path for path, (status, _) in pages.items() if status == 200}
    for section in [None, *site.sections.values()]:
        _, count = site.page_of(site.listed(section), 1)
        for n in range(1, count + 1):
            assert site.listing_path(section, n) in found
    listed = "".join(body for _, body in pages.values())
    for article in ARTICLES:
        stamp = article.published.strftime("(%d/%m/%Y %H:%M)")
        shown = f'{html.escape(article.title)}</a> <span class="date">{stamp}</span>'
        assert shown in listed


def test_hazards_print_view_tracking_links_and_404(demo, site):
    item = site.by_key[ARTICLES[0].key]
    status, _, markup = fetch(demo, site.print_path(item))
    assert status == 200 and ARTICLES[0].paragraphs[0].split()[0] in markup
    assert site.print_path(item).replace("&", "&amp;") in fetch(demo, site.article_path(item))[2]
    _, _, home = fetch(demo, "/")
    assert "&amp;from=home" in home and "javascript:" in home
    assert fetch(demo, "/index.php?module=news&op=detail&id=1")[0] == 404
    assert fetch(demo, "/khong-co.html")[0] == 404
