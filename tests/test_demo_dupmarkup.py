"""The Bootstrap portal that prints its blocks twice (portal nganhuong), over HTTP."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import lxml.html
from conftest import raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import esc, iso_vn
from dtcrawl.demo.cms.dupmarkup import LAYOUTS, TRACKING, date_line, gold_record, layout_of
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "nganhuong"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LISTING = re.compile(r"^/danh-muc/[a-z0-9-]+(\.html|/trang-\d+\.html)$")
# How many times each paragraph is in the page's markup, by layout.
COPIES = {"plain": 1, "lead-twice": 1, "responsive-body": 2, "reader-mode": 3, "noscript-copy": 3}


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def article_part(markup: str) -> str:
    """The article itself (the sidebars' numbers change from URL to URL)."""
    return markup[markup.index('<article class="article-detail') : markup.index("</article>")]


def test_every_layout_occurs_and_the_gold_is_the_corpus(site):
    assert set(Counter(layout_of(a.key) for a in ARTICLES)) == set(LAYOUTS)
    for article in ARTICLES:
        gold = gold_record(site, article.key)
        assert gold["title"] == article.title
        assert gold["published"] == iso_vn(article.published)
        assert gold["body"] == "\n\n".join(article.paragraphs)
        assert gold["author"] == article.author and gold["source"] == article.source
        assert gold["captions"] == [img["caption"] for img in article.images]


def test_article_pages_show_every_paragraph_as_often_as_their_layout_says(demo, site):
    for article in ARTICLES:
        item = site.by_key[article.key]
        layout = layout_of(article.key)
        status, headers, markup = fetch(demo, site.article_path(item))
        assert status == 200 and headers["Content-Type"].startswith("text/html")
        document = lxml.html.fromstring(markup)
        assert [text_of(h) for h in document.xpath("//h1[contains(@class,'article-title')]")] == [
            article.title
        ]
        assert date_line(item.published) in markup
        for index, paragraph in enumerate(article.paragraphs):
            expected = COPIES[layout] + (1 if layout == "lead-twice" and index == 0 else 0)
            shown_as = (f"<p>{esc(paragraph)}</p>", f'<p class="lead">{esc(paragraph)}</p>')
            count = sum(markup.count(form) for form in shown_as)
            assert count == expected, (article.key, layout, index)
        # The first copy of the body, read in order, is exactly the gold body.
        first = document.xpath("//div[@class='article-body mt-3']/div")[0]
        shown = [text_of(p) for p in first.xpath(".//p[not(contains(@class,'text-end'))]")]
        if layout == "lead-twice":
            assert shown[0] == shown[1] == article.paragraphs[0]
            shown = shown[1:]
        assert shown == list(article.paragraphs)
        captions = [text_of(c) for c in first.xpath(".//figcaption")]
        assert captions == [img["caption"] for img in article.images]
        bylines = [text_of(b) for b in first.xpath(".//p[contains(@class,'tac-gia')]")]
        assert bylines == ([article.author] if article.author else [])


def test_duplicate_blocks_are_the_hidden_kinds_real_themes_use(demo, site):
    by_layout = {layout_of(a.key): site.by_key[a.key] for a in ARTICLES}
    _, _, page = fetch(demo, site.article_path(by_layout["responsive-body"]))
    assert 'class="article-content d-none d-md-block"' in page
    assert 'class="article-content-mobile d-block d-md-none"' in page
    _, _, page = fetch(demo, site.article_path(by_layout["reader-mode"]))
    assert 'style="display:none" aria-hidden="true"' in page and "<template " in page
    _, _, page = fetch(demo, site.article_path(by_layout["noscript-copy"]))
    assert page.count("<noscript>") == 1
    _, _, page = fetch(demo, site.article_path(by_layout["lead-twice"]))
    assert 'class="sapo-mobile d-block d-md-none"' in page
    assert 'class="col-md-7 d-none d-md-block"' in page
    for name in ("Tin mới", "Đọc nhiều", "Tin liên quan"):
        assert f"{name}</button>" in page
    assert page.count('class="tab-pane fade"') == 3
    # Menu twice (navbar and off-canvas), and every listed article twice on a listing page.
    assert 'id="menuChinh"' in page and 'id="menuDiDong"' in page
    _, _, listing = fetch(demo, site.listing_path(None))
    listing = listing[listing.index('class="category-list"') : listing.index("<aside")]
    for item in site.page_of(site.listed(None), 1)[0]:
        assert listing.count(f'href="{site.article_path(item)}"') == 3


def test_listings_are_all_reachable_through_the_pagers(demo, site):
    pages = walk_site(demo.base_url(PORTAL), lambda path: LISTING.match(path) is not None)
    found = {path for path, (status, _) in pages.items() if status == 200}
    for section in [None, *site.sections.values()]:
        _, count = site.page_of(site.listed(section), 1)
        for n in range(1, count + 1):
            assert site.listing_path(section, n) in found
    assert any("/trang-" in path for path in found)
    listed = "".join(body for _, body in pages.values())
    for article in ARTICLES:
        assert site.article_path(site.by_key[article.key]) in listed


def test_hazards_short_link_print_tracking_javascript_sitemap_and_404(demo, site):
    item = site.by_key[ARTICLES[0].key]
    _, _, page = fetch(demo, site.article_path(item))
    status, _, short = fetch(demo, site.short_path(item))
    assert status == 200 and article_part(short) == article_part(page)
    assert f'href="{site.short_path(item)}"' in page
    status, _, printed = fetch(demo, site.print_path(item))
    assert status == 200 and ARTICLES[0].paragraphs[-1] in printed and "Đọc nhiều" not in printed
    assert f'href="{site.print_path(item)}"' in page
    _, _, home = fetch(demo, "/")
    assert "?" + TRACKING.replace("&", "&amp;") in home and 'href="javascript:' in home
    tracked = fetch(demo, site.article_path(item) + "?" + TRACKING)[2]
    assert article_part(tracked) == article_part(page)
    assert re.search(r"Lượt xem: [\d.]+", page)
    status, _, robots = fetch(demo, "/robots.txt")
    assert status == 200 and "Sitemap: " in robots and "Disallow: /quan-tri/" in robots
    status, _, sitemap = fetch(demo, "/sitemap.xml")
    assert status == 200 and site.article_path(item) in sitemap
    status, _, missing = fetch(demo, "/tin-bai/1/khong-co.html")
    assert status == 404 and "Không tìm thấy" in missing
    wrong_slug = site.article_path(item).rsplit("/", 1)[0] + "/sai-duong-dan.html"
    assert fetch(demo, wrong_slug)[0] == 404
    assert fetch(demo, "/danh-muc/tin-tuc/trang-99.html")[0] == 404
    assert fetch(demo, "/danh-muc/khong-co.html")[0] == 404


def test_portal_is_blind_only_and_gives_no_cms_hint():
    assert PORTAL in ALL_PORTALS and PORTAL not in PORTALS
    assert ALL_PORTALS[PORTAL].registry_cms == "custom"
    assert ALL_PORTALS[PORTAL].host == "127.0.0.63"
