"""The provincial online newspaper with E-magazine stories (portal baolocxuyen), over HTTP."""

from __future__ import annotations

import re
import unicodedata

import lxml.html
from conftest import listing_paths, raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.emagazine import date_line, is_emagazine

PORTAL = "baolocxuyen"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LISTING = re.compile(r"^/[a-z0-9-]+/(\?page=\d+)?$")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def page(demo, path: str):
    status, _, markup = fetch(demo, path)
    assert status == 200, path
    return lxml.html.fromstring(markup), markup


def split(site):
    emagazines = [a for a in ARTICLES if is_emagazine(site.by_key[a.key])]
    ordinary = [a for a in ARTICLES if not is_emagazine(site.by_key[a.key])]
    return emagazines, ordinary


def test_a_share_of_the_articles_are_emagazines_and_all_of_them_are_signed(site):
    emagazines, ordinary = split(site)
    assert 6 <= len(emagazines) <= 20 and ordinary
    assert all(a.author for a in emagazines)
    for article in emagazines:
        assert site.article_path(site.by_key[article.key]).startswith("/emagazine/")


def test_every_article_shows_title_date_and_every_paragraph_once(demo, site):
    for article in ARTICLES:
        item = site.by_key[article.key]
        document, _ = page(demo, site.article_path(item))
        heading = document.xpath("//h1[@class='detail-title' or @class='emg-title']")
        assert [text_of(h) for h in heading] == [article.title]
        assert date_line(article.published) in text_of(document)
        shown = [
            text_of(p)
            for p in document.xpath(
                "//div[@class='detail-sapo'] | //div[@id='content-detail']/p"
                " | //div[@class='emg-text']/p"
            )
        ]
        for paragraph in article.paragraphs:
            assert shown.count(" ".join(paragraph.split())) == 1, article.key


def test_ordinary_article_has_sapo_sidebar_signature_and_captions(demo, site):
    _, ordinary = split(site)
    for article in ordinary:
        document, _ = page(demo, site.article_path(site.by_key[article.key]))
        sapo = document.xpath("//div[@class='detail-sapo']/strong")
        assert text_of(sapo[0]) == article.paragraphs[0]
        assert document.xpath("//aside[@class='col-sidebar']//h3[.='Đọc nhiều']")
        last = document.xpath("//div[@id='content-detail']/p[last()]")[0]
        if article.source:
            assert text_of(last) == f"Nguồn: {article.source}"
        elif article.author:
            assert text_of(last) == article.author
        captions = [text_of(c) for c in document.xpath("//figcaption")]
        assert captions == [img["caption"] for img in article.images]


def test_emagazine_template_sections_drop_cap_pull_quote_and_credits(demo, site):
    emagazines, _ = split(site)
    quoted = bands = 0
    for article in emagazines:
        document, markup = page(demo, site.article_path(site.by_key[article.key]))
        assert not document.xpath("//aside") and document.xpath("//div[@class='emg-hero']//h1")
        assert len(document.xpath("//section[contains(@class,'emg-text-section')]")) >= 1
        first = article.paragraphs[0]
        assert f'<span class="dropcap">{first[0]}</span>{first[1:20]}' in markup
        for quote in document.xpath("//blockquote[@class='quote-big']/p"):
            quoted += 1
            assert any(text_of(quote) in p for p in article.paragraphs)
            assert text_of(quote) not in article.paragraphs
        credits = {
            text_of(c).split(":", 1)[0]: text_of(c).split(":", 1)[1].strip()
            for c in document.xpath("//p[@class='emg-credit']")
        }
        assert credits["Nội dung"] == article.author
        assert credits["Ảnh"] != article.author and credits["Thiết kế"]
        captions = [text_of(c) for c in document.xpath("//figcaption[@class='emg-caption']")]
        assert captions == [img["caption"] for img in article.images]
        assert "article:published_time" not in markup
        bands += len(document.xpath("//section[contains(@class,'emg-quote')]"))
    assert quoted >= len(emagazines) // 2 and 0 < bands < quoted


def test_every_listing_page_is_reachable_from_the_home_page_through_the_pagers(demo, site):
    pages = walk_site(demo.base_url(PORTAL), lambda path: LISTING.match(path) is not None)
    found = {path for path, (status, _) in pages.items() if status == 200}
    assert listing_paths(site) <= found
    emagazines, _ = split(site)
    count = -(-len(emagazines) // site.portal.page_size)
    assert {"/emagazine/"} | {f"/emagazine/?page={n}" for n in range(2, count + 1)} <= found
    listed = "".join(body for _, body in pages.values())
    for article in ARTICLES:
        assert site.article_path(site.by_key[article.key]) in listed


def test_hazards_tracking_links_amp_alias_read_more_boxes_and_drop_caps(demo, site):
    _, _, home = fetch(demo, "/")
    assert "?utm_source=baolocxuyen&amp;utm_medium=tieudiem" in home
    _, ordinary = split(site)
    boxes = drop_caps = 0
    for article in ARTICLES:
        item = site.by_key[article.key]
        document, markup = page(demo, site.article_path(item))
        assert document.xpath("//link[@rel='amphtml']/@href")[0].endswith(site.amp_path(item))
        assert "utm_medium=docnhieu" in markup and "javascript:window.print()" in markup
        boxes += "Đọc thêm" in markup
        drop_caps += article in ordinary and 'class="dropcap"' in markup
        amp, _ = page(demo, site.amp_path(item))
        assert amp.xpath("//link[@rel='canonical']/@href")[0].endswith(site.article_path(item))
        text = text_of(amp)
        assert all(" ".join(p.split()) in text for p in article.paragraphs)
        related = amp.xpath("//div[@class='box-related']//a/@href")
        assert related and all(href.startswith("/amp/") for href in related)
    assert boxes >= len(ARTICLES) // 2 and drop_caps >= 3


def test_tags_404_and_robots(demo, site):
    item = site.by_key[ARTICLES[0].key]
    document, _ = page(demo, site.article_path(item))
    tag = document.xpath("//div[@class='detail-tags']/a/@href")[-1]
    _, tagged = site.tag_items(tag.removeprefix("/tag/").removesuffix(".html"))
    pages = -(-len(tagged) // site.portal.page_size)
    shown = "".join(
        page(demo, tag + (f"?page={n}" if n > 1 else ""))[1] for n in range(1, pages + 1)
    )
    assert site.article_path(item) in shown
    assert fetch(demo, "/chuyen-doi-so/khong-co-bai-nay-post1.html")[0] == 404
    assert fetch(demo, "/amp/khong-co.html")[0] == 404
    assert fetch(demo, "/khong-co-chuyen-muc/")[0] == 404
    assert fetch(demo, "/tin-moi/?page=99")[0] == 404
    status, _, robots = fetch(demo, "/robots.txt")
    assert status == 200 and "Disallow: /tim-kiem" in robots


def test_rss_feeds_list_the_newest_articles_with_tracking_parameters(demo, site):
    document, _ = page(demo, "/rss.html")
    feeds = document.xpath("//ul[@class='rss-list']/a/@href | //ul[@class='rss-list']//a/@href")
    assert len(feeds) == 1 + len(site.sections)
    for feed in feeds:
        status, headers, xml = fetch(demo, feed)
        assert status == 200 and "rss+xml" in headers["Content-Type"]
        links = re.findall(r"<link>([^<]+)</link>", xml)[1:]
        assert links and all(link.endswith("?utm_source=rss&amp;utm_medium=feed") for link in links)
    _, _, xml = fetch(demo, "/rss/home.rss")
    newest = site.article_path(site.items[0])
    assert f"{demo.base_url(PORTAL)}{newest}?utm_source=rss" in xml
