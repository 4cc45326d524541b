"""The ethnic-languages ASP.NET MVC portal family (portal caophin), served over HTTP."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

import lxml.html
from conftest import listing_paths, raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.ethnic import ethnic_dateline, vi_dateline
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "caophin"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
ARTICLE = re.compile(r"^/(vi|hmn|dao)/tin-bai/(\d+)/[a-z0-9-]+\.html$")
LISTING = re.compile(r"^/(vi|hmn|dao)/(tin-tuc|chuyen-muc/[a-z0-9-]+-\d+)(/trang-\d+)?$")
VIETNAMESE_ONLY = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    """GET ``path`` of this portal without following redirects: status, headers, text."""
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def test_portal_is_blind_only():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.host == "127.0.0.57"
    assert portal.registry_cms == "custom"


def test_every_article_shows_title_date_and_every_gold_paragraph(demo, site):
    for article in ARTICLES:
        item = site.by_key[article.key]
        path = site.article_path(item)
        assert ARTICLE.match(path) and path.startswith("/vi/"), path
        status, headers, markup = fetch(demo, path)
        assert status == 200, article.key
        assert headers["X-Powered-By"] == "ASP.NET"
        document = lxml.html.fromstring(markup)
        assert document.get("lang") == "vi"
        assert text_of(document.xpath("//h1[@class='nd-title']")[0]) == article.title
        info = text_of(document.xpath("//div[@class='nd-info']")[0])
        assert vi_dateline(item.published) in info and "Lượt xem:" in info
        sapo = [text_of(n) for n in document.xpath("//div[@class='nd-sapo']")]
        content = document.xpath("//div[@id='ndContent']")[0]
        paragraphs = [text_of(p) for p in content.xpath("./p[@style='text-align:justify']")]
        assert sapo + paragraphs == list(article.paragraphs)
        captions = [text_of(c) for c in content.xpath(".//td[@class='caption']")]
        assert captions == [img["caption"] for img in article.images]
        right = [text_of(p) for p in content.xpath("./p[@style='text-align:right']")]
        expected = ([article.author] if article.author else []) + (
            [f"Nguồn: {article.source}"] if article.source else []
        )
        assert right == expected
        related = document.xpath("//div[contains(@class,'nd-related')]//a/@href")
        assert related and all(ARTICLE.match(h) for h in related)


def test_translations_are_minority_language_pages_linked_both_ways(demo, site):
    counts = {"hmn": 0, "dao": 0}
    for article in ARTICLES:
        item = site.by_key[article.key]
        _, _, markup = fetch(demo, site.article_path(item))
        document = lxml.html.fromstring(markup)
        for lang in ("hmn", "dao"):
            translation = site.translation_of.get((lang, item.key))
            hreflang = "hmn" if lang == "hmn" else "ium"
            linked = document.xpath(f"//div[@class='nd-langs']/a[@hreflang='{hreflang}']/@href")
            if translation is None:
                assert not linked
                continue
            counts[lang] += 1
            assert linked == [translation.path]
            status, _, page = fetch(demo, translation.path)
            assert status == 200
            tr_doc = lxml.html.fromstring(page)
            assert tr_doc.get("lang") == ("hmn" if lang == "hmn" else "vi")
            assert text_of(tr_doc.xpath("//h1[@class='nd-title']")[0]) == translation.title
            info = text_of(tr_doc.xpath("//div[@class='nd-info']")[0])
            assert ethnic_dateline(lang, translation.published) in info
            body = text_of(tr_doc.xpath("//div[@id='ndContent']")[0])
            sapo = text_of(tr_doc.xpath("//div[@class='nd-sapo']")[0])
            assert not any(p[:40] in body + sapo for p in article.paragraphs)
            back = tr_doc.xpath("//div[@class='nd-langs']/a[@hreflang='vi']/@href")
            assert back == [site.article_path(item)]
    assert len(ARTICLES) // 3 <= counts["hmn"] and len(ARTICLES) // 4 <= counts["dao"]


def test_translated_text_is_not_vietnamese_but_keeps_vietnamese_names(site):
    for lang, tone_words in (("hmn", {"tau", "thiab", "cov", "hauv"}), ("dao", {"nyei", "caux"})):
        translations = site.translations[lang]
        kept_names = 0
        for translation in translations:
            words = " ".join(translation.paragraphs).lower().split()
            assert tone_words & set(words)
            marked = [w for w in words if VIETNAMESE_ONLY & set(w)]
            assert len(marked) < len(words) / 10
            kept_names += any("Cao Phìn" in p or "Sở " in p for p in translation.paragraphs)
        assert kept_names >= len(translations) // 3


def test_every_listing_page_of_every_language_is_reachable_through_the_pager(demo, site):
    base = demo.base_url(PORTAL)
    pages = walk_site(base, lambda p: bool(LISTING.match(p)) or p in ("/", "/hmn", "/dao"))
    reached = {path for path, (status, _) in pages.items() if status == 200}
    assert listing_paths(site) <= reached
    for lang in ("hmn", "dao"):
        for section in [None, *site.sections.values()]:
            pager_pages = -(-len(site.lang_items(lang, section)) // site.portal.page_size)
            wanted = {site.lang_listing_path(lang, section, n) for n in range(1, pager_pages + 1)}
            assert wanted <= reached, (lang, section)
    listed = set()
    for status, markup in pages.values():
        if status == 200:
            listed |= set(lxml.html.fromstring(markup).xpath("//h3[@class='news-title']/a/@href"))
    healthy = {site.article_path(site.by_key[a.key]) for a in ARTICLES}
    assert healthy <= listed
    assert {tr.path for trs in site.translations.values() for tr in trs} <= listed


def test_pager_is_a_window_of_path_style_pages(demo, site):
    _, pages = site.page_of(site.listed(None), 1)
    assert pages >= 6
    _, _, markup = fetch(demo, "/vi/tin-tuc/trang-3")
    pager = lxml.html.fromstring(markup).xpath("//ul[@class='pagination']")[0]
    hrefs = pager.xpath(".//a/@href")
    assert "/vi/tin-tuc" in hrefs and "/vi/tin-tuc/trang-2" in hrefs
    assert f"/vi/tin-tuc/trang-{pages}" in hrefs
    _, _, first = fetch(demo, "/vi/tin-tuc")
    numbers = lxml.html.fromstring(first).xpath("//ul[@class='pagination']//text()")
    assert "..." in numbers and str(pages) in numbers and "5" not in numbers
    status, _, beyond = fetch(demo, f"/vi/tin-tuc/trang-{pages + 2}")
    assert status == 200 and "Chưa có tin bài" in beyond


def test_language_switcher_on_every_page_redirects_to_the_translation(demo, site):
    translation = site.translations["hmn"][0]
    vi_path = site.article_path(translation.source)
    _, _, markup = fetch(demo, vi_path)
    bar = lxml.html.fromstring(markup).xpath("//ul[@class='lang-bar']//a/@href")
    assert f"/Language/Change?culture=hmn&returnUrl={quote(vi_path, safe='')}" in bar
    status, headers, _ = fetch(demo, f"/Language/Change?culture=hmn&returnUrl={quote(vi_path)}")
    assert status == 302 and headers["Location"] == translation.path
    assert "_culture=hmn" in headers["Set-Cookie"]
    status, headers, _ = fetch(demo, f"/Language/Change?culture=vi&returnUrl={translation.path}")
    assert status == 302 and headers["Location"] == vi_path
    untranslated = next(it for it in site.items if ("dao", it.key) not in site.translation_of)
    path = site.article_path(untranslated)
    status, headers, _ = fetch(demo, f"/Language/Change?culture=dao&returnUrl={quote(path)}")
    assert status == 302 and headers["Location"] == "/dao"
    _, _, listing = fetch(demo, "/hmn/tin-tuc")
    assert "/Language/Change?culture=vi&amp;returnUrl=%2Fhmn%2Ftin-tuc" in listing


def test_homes_boxes_and_boilerplate(demo, site):
    _, _, home = fetch(demo, "/")
    document = lxml.html.fromstring(home)
    assert document.xpath("//li[@class='menu-dantoc']/a/@href") == ["/hmn", "/dao"]
    ethnic = document.xpath("//div[contains(@class,'box-dantoc')]//a/@href")
    assert ethnic and all(h.startswith(("/hmn/tin-bai/", "/dao/tin-bai/")) for h in ethnic)
    for words in ("Kết quả giải quyết TTHC", "Tổng lượt truy cập", "Cơ quan chủ quản"):
        assert words in home
    assert fetch(demo, "/vi")[0] == 301
    for lang in ("hmn", "dao"):
        status, _, page = fetch(demo, f"/{lang}")
        assert status == 200 and "Cơ quan chủ quản" in page


def test_hazards_short_alias_view_counter_404_sitemap_robots(demo, site):
    _, _, home = fetch(demo, "/")
    hot = lxml.html.fromstring(home).xpath("//ul[@class='hot-news']/li/a/@href")
    assert hot and all(re.fullmatch(r"/vi/tin-bai/\d+", h) for h in hot)
    status, _, aliased = fetch(demo, hot[0])
    canonical = lxml.html.fromstring(aliased).xpath("//link[@rel='canonical']/@href")[0]
    assert status == 200 and ARTICLE.match(canonical.removeprefix(demo.base_url(PORTAL)))
    item = site.by_key[ARTICLES[0].key]
    views = {
        re.search(r"Lượt xem: (\d+)", fetch(demo, p)[2]).group(1)
        for p in (
            site.article_path(item),
            f"/vi/tin-bai/{item.number}",
            f"/vi/tin-bai/{item.number}/x",
        )
    }
    assert len(views) > 1
    assert fetch(demo, "/khong-ton-tai")[0] == 404
    assert fetch(demo, f"/hmn/tin-bai/{item.number}")[0] == 404
    broken = [p for p, kind in demo.sites.broken_pages(PORTAL).items() if kind == "missing"]
    assert broken and fetch(demo, broken[0])[0] == 404
    base = demo.base_url(PORTAL)
    _, _, sitemap = fetch(demo, "/sitemap.xml")
    assert all(base + site.article_path(site.by_key[a.key]) in sitemap for a in ARTICLES)
    assert all(base + tr.path in sitemap for trs in site.translations.values() for tr in trs)
    assert 'hreflang="hmn"' in sitemap
    _, _, robots = fetch(demo, "/robots.txt")
    assert "Disallow: /hmn/tim-kiem" in robots and f"Sitemap: {base}/sitemap.xml" in robots
