"""The CKEditor district portal with pasted base64 photos (portal huyen-locmai), over HTTP."""

from __future__ import annotations

import re
import unicodedata

import lxml.etree
import lxml.html
from conftest import raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus

PORTAL = "huyen-locmai"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LISTING = re.compile(r"^/(chuyenmuc/[\w-]+-\d+\.htm(\?trang=\d+)?)?$")
OVERSIZED = f"{PORTAL}-bench-7"


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def body_of(markup: str) -> str:
    return markup.split('id="noidung">')[1].split('<div class="detail-tools">')[0]


def test_every_article_shows_title_date_paragraphs_and_captions(demo, site):
    for article in ARTICLES:
        item = site.by_key[article.key]
        status, _, markup = fetch(demo, site.article_path(item))
        assert status == 200
        document = lxml.html.fromstring(markup)
        assert text_of(document.xpath("//h1[@class='detail-title']")[0]) == article.title
        stamp = text_of(document.xpath("//span[@class='detail-time']")[0])
        assert stamp.endswith(article.published.strftime("%d/%m/%Y %H:%M"))
        content = document.xpath("//div[@id='noidung']")[0]
        shown = [text_of(p) for p in content.xpath(".//p")]
        for paragraph in article.paragraphs:
            assert " ".join(paragraph.split()) in shown
        captions = [text_of(c) for c in content.xpath(".//figcaption | .//p/em | .//p/i")]
        for image in article.images:
            assert image["caption"] in captions


def test_every_listing_page_is_reachable_through_the_pagers(demo, site):
    pages = walk_site(demo.base_url(PORTAL), lambda path: LISTING.match(path) is not None)
    found = {path for path, (status, _) in pages.items() if status == 200}
    for section in [None, *site.sections.values()]:
        _, count = site.page_of(site.listed(section), 1)
        assert count > 1 or section is not None
        for n in range(1, count + 1):
            assert site.listing_path(section, n) in found
    listed = "".join(body for _, body in pages.values())
    for article in ARTICLES:
        assert site.article_path(site.by_key[article.key]) in listed


def test_pasted_photos_are_inline_base64_and_one_page_is_over_8_mb(demo, site):
    lengths = {}
    for article in ARTICLES:
        _, headers, markup = fetch(demo, site.article_path(site.by_key[article.key]))
        lengths[article.key] = int(headers["Content-Length"])
        if article.key == OVERSIZED:
            assert markup.count('<img src="data:image/jpeg;base64,/9j/4AAQSkZJRg') >= 7
    assert lengths[OVERSIZED] > 8_000_000
    ordinary = [size for key, size in lengths.items() if key != OVERSIZED]
    assert max(ordinary) < 6_500_000
    assert sum(1 for size in ordinary if size > 2_000_000) >= 5


def test_word_paste_leaves_conditional_comments_and_office_tags(demo, site):
    word = [it for it in site.items if site.pasted_from_word(it)]
    plain = [it for it in site.items if not site.pasted_from_word(it)]
    assert word and plain
    _, _, markup = fetch(demo, site.article_path(word[0]))
    assert "<!--[if gte mso 9]><xml><w:WordDocument>" in markup
    assert '<p class="MsoNormal"' in markup and "<o:p></o:p>" in markup
    _, _, markup = fetch(demo, site.article_path(plain[0]))
    assert "mso" not in body_of(markup)


def test_hazards_alias_print_view_tracking_javascript_rss_and_404(demo, site):
    item = site.by_key[ARTICLES[3].key]
    _, _, canonical = fetch(demo, site.article_path(item))
    status, _, alias = fetch(demo, site.short_path(item))
    assert status == 200 and body_of(alias) == body_of(canonical)
    status, _, printed = fetch(demo, site.print_path(item))
    assert status == 200 and ARTICLES[3].paragraphs[0].split(",")[0] in printed
    assert site.print_path(item) in canonical
    _, _, home = fetch(demo, "/")
    assert "?src=trangchu" in home and 'href="javascript:void(0);"' in home
    assert fetch(demo, site.article_path(item) + "?src=trangchu")[0] == 200
    status, headers, feed = fetch(demo, "/rss/tin-moi.rss")
    assert status == 200 and "rss" in headers["Content-Type"]
    links = lxml.etree.fromstring(feed.encode("utf-8")).xpath("//item/link/text()")
    assert links and all(re.search(r"/tintuc/\d+\.htm$", link) for link in links)
    assert fetch(demo, "/tintuc/1.htm")[0] == 404
    assert fetch(demo, site.article_path(item).replace(".htm", "-x.htm"))[0] == 404
    assert fetch(demo, "/khong-co-trang-nay.html")[0] == 404
    assert "Disallow: /admin/" in fetch(demo, "/robots.txt")[2]
