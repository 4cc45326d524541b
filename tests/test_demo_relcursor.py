"""The media centre's Nuxt site with opaque ids, cursor paging and relative dates (portal
truyenthong-suongnguyen)."""

from __future__ import annotations

import json
import re
import unicodedata

import lxml.html
from conftest import raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.relcursor import (
    NOW,
    absolute_date,
    article_id,
    byline,
    decode_cursor,
    encode_cursor,
)
from dtcrawl.demo.site import DemoSites

PORTAL = "truyenthong-suongnguyen"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LISTING = re.compile(r"^/(tin-moi|muc/[a-z0-9-]+)(\?truoc=[A-Za-z0-9_-]+)?$")
RELATIVE = re.compile(
    r"^(Vừa xong|\d+ phút trước|\d+ giờ trước|Hôm qua|\d+ ngày trước|\d\d/\d\d/\d{4})$"
)


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def squeeze(text: str) -> str:
    return " ".join(text.split())


def nuxt_state(markup: str) -> dict:
    match = re.search(r"<script>window\.__NUXT__=(.*?);</script>", markup, re.S)
    assert match, "no SSR state blob"
    return json.loads(match.group(1))


def test_every_article_shows_title_date_sapo_byline_body_captions_and_source(demo, site):
    assert all(item.published < NOW for item in site.items)
    for article in ARTICLES:
        item = site.by_key[article.key]
        path = site.article_path(item)
        assert re.fullmatch(r"/p/[0-9a-f]{8}", path) and path == f"/p/{article_id(article.key)}"
        status, _, markup = fetch(demo, path)
        assert status == 200
        document = lxml.html.fromstring(markup)
        assert document.xpath("//div[@id='__nuxt']//*[@data-v-3d9f7e14]")
        assert [text_of(h) for h in document.xpath("//h1")] == [article.title]
        stamp = document.xpath("//article//time")[0]
        assert stamp.get("datetime") == article.published.isoformat() + "+07:00"
        assert text_of(stamp) == absolute_date(article.published)
        sapo = document.xpath("//div[contains(@class, 'sapo_2e7d')]")
        assert [text_of(s) for s in sapo] == [squeeze(article.paragraphs[0])]
        content = document.xpath("//div[contains(@class, 'content_c83a')]")[0]
        shown = [text_of(p) for p in content.xpath("./p")]
        assert shown == [squeeze(p) for p in article.paragraphs[1:]]
        captions = [text_of(c) for c in content.xpath(".//figcaption")]
        assert captions == [squeeze(i["caption"]) for i in article.images]
        credit = [text_of(b) for b in document.xpath("//div[contains(@class, 'byline_42af')]")]
        if article.author:
            assert credit == [byline(item)]
            assert re.fullmatch(rf"(Bài|Bài và ảnh): {article.author}( - Ảnh: .+)?", credit[0])
            # the byline sits between the sapo and the body
            assert markup.index("byline_42af") < markup.index("content_c83a")
            assert markup.index("sapo_2e7d") < markup.index("byline_42af")
        else:
            assert credit == []
        source = [text_of(s) for s in document.xpath("//div[contains(@class, 'source_7f1d')]")]
        assert source == ([f"Nguồn: {article.source}"] if article.source else [])
        assert "lượt xem" in text_of(document.xpath("//div[contains(@class, 'meta_e6d1')]")[0])
        related = document.xpath("//section[contains(@class, 'related_d5')]//li")
        assert related and "Tin cùng chuyên mục" in markup
        for row in related:
            assert RELATIVE.match(text_of(row.xpath("./span")[0]))


def test_bylines_use_each_convention():
    site = DemoSites(CORPUS).site(PORTAL)
    credits = {byline(it) for it in site.items}
    assert any(c and c.startswith("Bài và ảnh: ") for c in credits)
    assert any(c and " - Ảnh: " in c for c in credits)
    assert any(c and c.startswith("Bài: ") and "Ảnh" not in c for c in credits)
    assert None in credits


def test_every_listing_page_is_reached_through_the_cursor_links_only(demo, site):
    base = demo.base_url(PORTAL)
    pages = walk_site(base, lambda path: path == "/" or LISTING.match(path) is not None)
    found = {path for path, (status, _) in pages.items() if status == 200}
    linked_articles: set[str] = set()
    for section in [None, *site.sections.values()]:
        _, count = site.page_of(site.listed(section), 1)
        for n in range(1, count + 1):
            path = site.listing_path(section, n)
            assert path in found, (section, n)
            markup = pages[path][1]
            document = lxml.html.fromstring(markup)
            more = document.xpath("//a[normalize-space()='Xem thêm tin']/@href")
            if n < count:
                assert more == [site.listing_path(section, n + 1)]
                assert decode_cursor(more[0].split("truoc=")[1]) is not None
            else:
                assert more == [] and "Đã hết tin" in markup
            assert not document.xpath("//a[normalize-space()='2' or normalize-space()='»']")
            hrefs = site_links(base, path, markup, "//main//h3/a/@href")
            linked_articles |= set(hrefs)
    assert site.page_of(site.listed(None), 1)[1] > 3
    assert {site.article_path(site.by_key[a.key]) for a in ARTICLES} <= linked_articles


def test_listings_show_relative_dates_against_the_fixed_now(demo, site):
    kinds = set()
    for section in [None, *site.sections.values()]:
        _, count = site.page_of(site.listed(section), 1)
        for n in range(1, count + 1):
            _, _, markup = fetch(demo, site.listing_path(section, n))
            document = lxml.html.fromstring(markup)
            for stamp in document.xpath("//main//span[contains(@class, 'card_time_30c9')]"):
                shown = text_of(stamp)
                assert RELATIVE.match(shown), shown
                kinds.add(re.sub(r"\d+", "N", shown))
            assert not re.search(r"\d\d/\d\d/\d{4} \d\d:\d\d", text_of(document.xpath("//main")[0]))
    assert {"N phút trước", "N giờ trước", "Hôm qua", "N ngày trước"} <= kinds
    # an older corpus: items a week old and more show their day, not a relative time
    big = demo_corpus(140, PORTAL)
    sites = DemoSites(big)
    wide = sites.site(PORTAL)
    section = next(iter(wide.sections.values()))
    pages = wide.page_of(wide.listed(section), 1)[1]
    last = sites.render(PORTAL, wide.listing_path(section, pages)).text()
    assert re.search(r"</i> \d\d/\d\d/\d{4}</span>", last)


def test_hazards_aliases_tracking_javascript_share_and_state_blob(demo, site):
    article = ARTICLES[5]
    item = site.by_key[article.key]
    path = site.article_path(item)
    status, _, canonical = fetch(demo, path)
    assert status == 200
    assert f'rel="canonical" href="{demo.base_url(PORTAL)}{path}"' in canonical
    for alias in (path + "/", f"/bai/{article_id(article.key)}?ref=home", path + "?utm_source=x"):
        assert alias in site.article_aliases(item) or alias.endswith("utm_source=x")
        status, _, markup = fetch(demo, alias)
        assert status == 200 and article.paragraphs[-1] in markup, alias
    _, _, home = fetch(demo, "/")
    home_links = site_links(demo.base_url(PORTAL), "/", home)
    assert any(
        re.fullmatch(r"/p/[0-9a-f]{8}\?utm_source=trangchu&utm_medium=noibat", h)
        for h in home_links
    )
    assert any(re.fullmatch(r"/bai/[0-9a-f]{8}\?ref=home", h) for h in home_links)
    assert any(re.fullmatch(r"/p/[0-9a-f]{8}/", h) for h in home_links)
    assert "/?utm_source=logo" in home_links
    assert 'href="javascript:void(0)"' in canonical and "facebook.com/sharer" in canonical
    state = nuxt_state(canonical)
    blob = json.dumps(state, ensure_ascii=False)
    assert state["serverRendered"] and state["data"][0]["articleId"] == article_id(article.key)
    assert all(p not in blob for p in article.paragraphs[1:])
    listing_state = nuxt_state(fetch(demo, site.listing_path(None))[2])
    assert listing_state["data"][0]["nextCursor"] == site.listing_path(None, 2).split("=")[1]
    assert 'data-v-5a0e2c9b class="card_a9f3' in home and '<div id="__layout">' in home


def test_bad_ids_cursors_and_paths_are_404(demo, site):
    oldest = site.listed(None)[-1]
    past_end = encode_cursor(article_id(oldest.key), oldest.published)
    for path in (
        "/p/00000000",
        "/p/xyz",
        "/tin-moi?truoc=khong-hop-le",
        f"/tin-moi?truoc={past_end}",
        "/muc/khong-co",
        "/trang-khong-co",
    ):
        status, _, markup = fetch(demo, path)
        assert status == 404, path
        assert "Trang bạn tìm không tồn tại" in markup
    assert fetch(demo, "/lien-he")[0] == 200
    robots = fetch(demo, "/robots.txt")[2]
    assert "Disallow: /api/" in robots and "Sitemap" not in robots


def test_rendering_is_deterministic_and_counters_vary():
    first = DemoSites(CORPUS)
    second = DemoSites(CORPUS)
    site = first.site(PORTAL)
    path = site.article_path(site.items[0])
    assert first.render(PORTAL, path).body == second.render(PORTAL, path).body
    home = first.render(PORTAL, "/").text()
    other = first.render(PORTAL, path).text()
    counter = re.compile(r"Tổng lượt truy cập: <b>([\d.]+)</b>")
    assert counter.search(home).group(1) != counter.search(other).group(1)
