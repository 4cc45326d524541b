"""The bilingual Laravel portal demo family (portal vonghai), served over HTTP."""

from __future__ import annotations

import re
import unicodedata

import lxml.html
from conftest import listing_paths, raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.bilingual import en_date, vi_datetime
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "vonghai"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
VI_ARTICLE = re.compile(r"^/vi/tin-tuc/[a-z0-9-]+-(\d+)\.html$")
EN_ARTICLE = re.compile(r"^/en/news/[a-z0-9-]+-(\d+)\.html$")
LISTING = re.compile(
    r"^/(vi/tin-tuc|vi/danh-muc/[a-z0-9-]+|en/news|en/category/[a-z-]+)(\?page=\d+)?$"
)


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    """GET ``path`` of this portal without following redirects: status, headers, text."""
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def test_portal_is_blind_only():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.host == "127.0.0.42"
    assert portal.registry_cms == "custom"


def test_root_redirects_to_the_vietnamese_home(demo):
    status, headers, _ = fetch(demo, "/")
    assert status == 302
    assert headers["Location"] == demo.base_url(PORTAL) + "/vi"
    status, headers, _ = fetch(demo, "/vi/")
    assert status == 301 and headers["Location"].endswith("/vi")
    status, headers, markup = fetch(demo, "/vi")
    assert status == 200 and '<html lang="vi">' in markup
    assert "laravel_session=" in headers["Set-Cookie"]


def test_every_article_shows_title_date_and_every_gold_paragraph(demo, site):
    for article in ARTICLES:
        path = site.article_path(site.by_key[article.key])
        assert VI_ARTICLE.match(path), path
        status, _, markup = fetch(demo, path)
        assert status == 200, article.key
        document = lxml.html.fromstring(markup)
        assert document.get("lang") == "vi"
        assert text_of(document.xpath("//h1[@class='article-title']")[0]) == article.title
        meta = text_of(document.xpath("//div[@class='article-meta']")[0])
        assert vi_datetime(site.by_key[article.key].published) in meta
        sapo = [text_of(n) for n in document.xpath("//div[@class='article-sapo']")]
        content = document.xpath("//div[@class='article-content']")[0]
        paragraphs = [text_of(p) for p in content.xpath("./p[@style='text-align:justify']")]
        assert sapo + paragraphs == list(article.paragraphs)
        captions = [text_of(c) for c in content.xpath(".//figcaption")]
        assert captions == [img["caption"] for img in article.images]
        right = [text_of(p) for p in content.xpath("./p[@style='text-align:right']")]
        expected = ([article.author] if article.author else []) + (
            [f"Nguồn: {article.source}"] if article.source else []
        )
        assert right == expected


def test_any_slug_with_the_right_id_serves_the_article(demo, site):
    item = site.by_key[ARTICLES[0].key]
    status, _, markup = fetch(demo, f"/vi/tin-tuc/ten-cu-{item.number}.html")
    assert status == 200 and item.title in markup
    canonical = lxml.html.fromstring(markup).xpath("//link[@rel='canonical']/@href")[0]
    assert canonical.endswith(site.article_path(item))
    assert fetch(demo, "/vi/tin-tuc/khong-co-999999.html")[0] == 404


def test_a_third_of_articles_have_an_english_translation_linked_by_hreflang(demo, site):
    translated = 0
    for article in ARTICLES:
        item = site.by_key[article.key]
        _, _, markup = fetch(demo, site.article_path(item))
        document = lxml.html.fromstring(markup)
        alternates = document.xpath("//link[@rel='alternate'][@hreflang='en']/@href")
        switch = document.xpath("//span[@class='lang-switch']/a[@title='English']/@href")[0]
        if not alternates:
            assert switch == "/en"
            continue
        translated += 1
        en_path = alternates[0].removeprefix(demo.base_url(PORTAL))
        assert EN_ARTICLE.match(en_path) and switch == en_path
        status, _, english = fetch(demo, en_path)
        assert status == 200
        en_doc = lxml.html.fromstring(english)
        assert en_doc.get("lang") == "en"
        back = en_doc.xpath("//link[@rel='alternate'][@hreflang='vi']/@href")[0]
        assert back.endswith(site.article_path(item))
        assert en_date(site.translated[article.key].published) in english
        body = text_of(en_doc.xpath("//div[@class='article-content']")[0])
        assert not any(p[:40] in body for p in article.paragraphs)
    assert len(ARTICLES) // 4 <= translated <= len(ARTICLES) // 2
    assert len([en for en in site.en_items if en.translation_of is None]) >= 6


def test_vietnamese_home_links_the_english_site_and_investment_news(demo, site):
    _, _, markup = fetch(demo, "/vi")
    document = lxml.html.fromstring(markup)
    assert document.xpath("//nav//a[text()='English']/@href") == ["/en"]
    box = document.xpath("//div[contains(@class,'box-investment')]")[0]
    assert "Investment news" in text_of(box)
    links = box.xpath(".//li/a/@href")
    assert links and all(EN_ARTICLE.match(h) for h in links)
    assert "Kết quả giải quyết TTHC" in markup and "Tổng lượt truy cập" in markup
    assert "Cơ quan chủ quản" in markup
    _, _, english = fetch(demo, "/en")
    assert '<html lang="en">' in english and "Managed by: People" in english
    for name in ("News", "Digital transformation", "Investment"):
        assert f">{name}</a>" in english


def test_every_listing_page_is_reachable_through_the_pager(demo, site):
    base = demo.base_url(PORTAL)
    pages = walk_site(base, lambda p: bool(LISTING.match(p)) or p in ("/", "/vi", "/en"))
    reached = {path.replace("?page=1", "") for path, (s, _) in pages.items() if s == 200}
    assert listing_paths(site) <= reached
    assert "/en/category/investment" in reached and "/en/news?page=2" in reached
    listed = set()
    for status, markup in pages.values():
        if status != 200:
            continue
        listed |= {
            h for h in lxml.html.fromstring(markup).xpath("//h3/a/@href") if VI_ARTICLE.match(h)
        }
    healthy = {site.article_path(site.by_key[a.key]) for a in ARTICLES}
    assert healthy <= listed


def test_pager_is_a_window_of_absolute_links_with_page_one(demo, site):
    _, pages = site.page_of(site.listed(None), 1)
    assert pages >= 6
    _, _, markup = fetch(demo, "/vi/tin-tuc?page=3")
    pager = lxml.html.fromstring(markup).xpath("//ul[@class='pagination']")[0]
    hrefs = pager.xpath(".//a/@href")
    assert demo.base_url(PORTAL) + "/vi/tin-tuc?page=1" in hrefs
    assert all(h.startswith(demo.base_url(PORTAL)) for h in hrefs)
    _, _, first = fetch(demo, "/vi/tin-tuc")
    numbers = lxml.html.fromstring(first).xpath("//ul[@class='pagination']//text()")
    assert "..." in numbers and str(pages) in numbers and "5" not in numbers
    status, _, beyond = fetch(demo, f"/vi/tin-tuc?page={pages + 3}")
    assert status == 200 and "Không có bài viết nào." in beyond


def test_sitemap_index_feeds_and_robots(demo, site):
    base = demo.base_url(PORTAL)
    _, headers, index = fetch(demo, "/sitemap.xml")
    assert f"{base}/sitemap-vi.xml" in index and f"{base}/sitemap-en.xml" in index
    _, _, vi_map = fetch(demo, "/sitemap-vi.xml")
    _, _, en_map = fetch(demo, "/sitemap-en.xml")
    assert all(base + site.article_path(site.by_key[a.key]) in vi_map for a in ARTICLES)
    assert all(base + en.path in en_map for en in site.en_items)
    status, headers, feed = fetch(demo, "/vi/rss")
    assert status == 200 and "rss+xml" in headers["Content-Type"] and "<language>vi" in feed
    _, _, en_feed = fetch(demo, "/en/rss")
    assert "<language>en" in en_feed
    _, _, robots = fetch(demo, "/robots.txt")
    assert "Disallow: /vi/tim-kiem" in robots and f"Sitemap: {base}/sitemap.xml" in robots


def test_hazards_tracking_links_print_and_404(demo, site):
    _, _, markup = fetch(demo, "/vi/tin-tuc")
    featured = lxml.html.fromstring(markup).xpath("//div[contains(@class,'box-featured')]//a/@href")
    tracked = [h for h in featured if "utm_source=" in h]
    assert tracked
    status, _, page = fetch(demo, tracked[0])
    assert status == 200 and "article-title" in page
    assert "javascript:window.print()" in page
    status, _, missing = fetch(demo, "/khong-ton-tai")
    assert status == 404 and "không tồn tại" in missing
    broken = [p for p, kind in demo.sites.broken_pages(PORTAL).items() if kind == "missing"]
    assert broken and fetch(demo, broken[0])[0] == 404
