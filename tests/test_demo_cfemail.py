"""The PHP portal served through Cloudflare's page rewrites (portal sonlam), over HTTP."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import lxml.html
from conftest import raw_get, site_links

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.cfemail import (
    CF_DECODER,
    CF_PROTECTION,
    CF_ROCKET,
    EMAIL,
    author_address,
    byline_style,
    cf_decode,
    date_line,
    email_kind,
    gold_corpus,
)
from dtcrawl.demo.cms.common import parse_local
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "sonlam"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
GOLD = {g.key: g for g in gold_corpus(CORPUS)[PORTAL]}
DOMAIN = ALL_PORTALS[PORTAL].domain


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path.split("#", 1)[0])


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def browser_view(markup: str):
    """The page as a browser shows it once Cloudflare's decoder has run: every hidden address
    put back as text where it stands, every protected mailto link's href decoded."""
    document = lxml.html.fromstring(markup)
    for node in document.xpath("//*[contains(concat(' ', @class, ' '), ' __cf_email__ ')]"):
        address = cf_decode(node.get("data-cfemail"))
        parent = node.getparent()
        previous = node.getprevious()
        text = address + (node.tail or "")
        if previous is not None:
            previous.tail = (previous.tail or "") + text
        else:
            parent.text = (parent.text or "") + text
        parent.remove(node)
    for link in document.xpath(f"//a[starts-with(@href, '{CF_PROTECTION}#')]"):
        link.set("href", "mailto:" + cf_decode(link.get("href").split("#", 1)[1]))
    return document


def walk(demo) -> dict[str, str]:
    """Every origin page reached from ``/`` through links (no print views, no edge pages)."""
    base = demo.base_url(PORTAL)
    reached: dict[str, str] = {}
    queue = deque(["/"])
    seen: set[str] = set()
    while queue:
        path = queue.popleft()
        if path in seen:
            continue
        seen.add(path)
        status, _, body = raw_get(base, path)
        if status != 200:
            continue
        reached[path] = body
        queue.extend(
            link
            for link in site_links(base, path, body)
            if link not in seen
            and urlsplit(link).path.endswith(".html")
            and not link.startswith(("/in-bai-viet/", "/cdn-cgi/"))
        )
    return reached


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.95"


def test_the_corpus_has_every_kind_of_address_and_byline():
    assert {email_kind(a.key) for a in ARTICLES} == {0, 1, 2, 3, 4, 5}
    assert {byline_style(a.key) for a in ARTICLES if a.author} == {"text", "field", "name"}
    with_address = [g for g in GOLD.values() if EMAIL.search(g.body)]
    assert len(with_address) >= 10


def test_every_article_is_reached_from_the_home_page_and_the_pager_works(demo, site):
    reached = walk(demo)
    for it in site.items:
        if it.kind == "article":
            assert site.article_path(it) in reached, it.key
    for section in [None, *site.sections.values()]:
        _, pages = site.page_of(site.listed(section), 1)
        for page in range(1, pages + 1):
            assert site.listing_path(section, page) in reached
        status, _, _ = fetch(demo, site.listing_path(section, pages + 1))
        assert status == 404
    _, pages = site.page_of(site.listed(None), 1)
    assert pages >= 5
    pager = lxml.html.fromstring(reached[site.listing_path(None, 3)]).xpath(
        "//ul[@class='pagination']"
    )[0]
    assert pager.xpath(".//li[@class='active']/span")[0].text == "3"
    assert "Trang cuối" in text_of(pager)


def test_every_article_page_shows_its_gold_once_decoded(demo, site):
    for article in ARTICLES:
        gold = GOLD[article.key]
        item = site.by_key[article.key]
        status, headers, body = fetch(demo, site.article_path(item))
        assert status == 200, article.key
        assert headers["Server"] == "cloudflare"
        document = browser_view(body)
        assert text_of(document.xpath("//h1[@class='news-title']")[0]) == article.title
        date = text_of(document.xpath("//div[@class='news-meta clearfix']/span[@class='date']")[0])
        assert date == date_line(parse_local(article.published))
        content = document.xpath("//div[@id='newsContent']")[0]
        shown = [text_of(p) for p in content.xpath("./p[@style='text-align: justify;']")]
        assert shown == list(gold.paragraphs), article.key
        captions = [text_of(c) for c in content.xpath(".//figcaption")]
        assert captions == [image["caption"] for image in article.images]
        signed = [text_of(p) for p in content.xpath("./p[@style='text-align: right;']")]
        field = document.xpath("//div[@class='news-author']")
        style = byline_style(article.key)
        expected: list[str] = []
        if article.author:
            address = author_address(article.author, DOMAIN)
            if style == "text":
                expected.append(f"{article.author} - {address}")
            elif style == "name":
                expected.append(article.author)
            else:
                assert text_of(field[0]) == f"Tác giả: {article.author} ({address})"
                assert field[0].xpath(".//a/@href") == [f"mailto:{address}"]
        if not article.author or style != "field":
            assert not field
        if article.source:
            if style == "field":
                assert text_of(document.xpath("//div[@class='news-source']")[0]) == (
                    f"Nguồn: {article.source}"
                )
            else:
                expected.append(f"Nguồn: {article.source}")
        assert signed == expected, article.key


def test_no_address_reaches_a_client_in_clear_and_every_code_decodes(demo, site):
    pages = [site.article_path(it) for it in site.items if it.kind == "article"]
    pages += ["/", "/lien-he.html", "/danh-ba-thu-dien-tu.html", "/gioi-thieu.html"]
    pages += list(site.print_paths().values())[:5]
    codes = 0
    for path in pages:
        _, _, body = fetch(demo, path)
        visible = body[body.index("<body") :]
        assert not EMAIL.search(re.sub(r"<script\b.*?</script>", "", visible, flags=re.S)), path
        for code in re.findall(r'data-cfemail="([0-9a-f]+)"', body):
            assert EMAIL.fullmatch(cf_decode(code)), (path, code)
            codes += 1
        for code in re.findall(rf'href="{CF_PROTECTION}#([0-9a-f]+)"', body):
            assert cf_decode(code).startswith("banbientap@") or EMAIL.match(cf_decode(code))
    assert codes > 100
    _, _, directory = fetch(demo, "/danh-ba-thu-dien-tu.html")
    assert directory.count('class="__cf_email__"') >= 10
    # The same address has another code on every page (the key changes).
    footer_codes = set()
    for path in pages[:5]:
        _, _, body = fetch(demo, path)
        footer = body[body.index('<footer class="footer">') :]
        footer_codes.add(re.search(r'data-cfemail="([0-9a-f]+)"', footer).group(1))
    assert len(footer_codes) == 5
    assert {cf_decode(code) for code in footer_codes} == {f"banbientap@{DOMAIN}"}


def test_the_decoder_script_follows_the_first_hidden_address(demo, site):
    for article in ARTICLES:
        item = site.by_key[article.key]
        _, _, body = fetch(demo, site.article_path(item))
        assert body.count(CF_DECODER) == 1
        at = body.index(f'<script data-cfasync="false" src="{CF_DECODER}">')
        first = min(
            i for i in (body.find('class="__cf_email__"'), body.find(f"{CF_PROTECTION}#")) if i >= 0
        )
        assert first < at
        between = body[first:at]
        assert "<script" not in between
        hidden_in_text = email_kind(article.key) in (1, 2, 3, 4, 5) or (
            article.author and byline_style(article.key) != "name"
        )
        content_end = body.index('<div class="news-tools">')
        assert (at < content_end) == bool(hidden_in_text), article.key
    _, _, home = fetch(demo, "/")
    copyright_line = home[home.index('<p class="copyright">') :]
    assert copyright_line.index(CF_DECODER) < copyright_line.index("</p>")


def test_protected_links_lead_to_the_edge_page(demo, site):
    _, _, home = fetch(demo, "/")
    links = site_links(demo.base_url(PORTAL), "/", home)
    assert CF_PROTECTION in links
    status, headers, page = fetch(demo, CF_PROTECTION)
    assert status == 200
    assert headers["Server"] == "cloudflare"
    document = lxml.html.fromstring(page)
    assert document.xpath("//title")[0].text == "Email Protection | Cloudflare"
    assert document.xpath("//meta[@name='robots']/@content") == ["noindex, nofollow"]
    assert "Cloudflare Ray ID" in text_of(document)
    status, headers, script = fetch(demo, CF_DECODER)
    assert status == 200 and headers["Content-Type"] == "application/javascript"
    assert "__cf_email__" in script


def test_rocket_loader_retypes_every_script_of_the_page(demo, site):
    item = next(it for it in site.items if it.kind == "article")
    _, _, body = fetch(demo, site.article_path(item))
    token = re.search(r'type="([0-9a-f]{24})-text/javascript"', body).group(1)
    for tag in re.findall(r"<script\b[^>]*>", body):
        if 'data-cfasync="false"' in tag or "/cdn-cgi/" in tag or "cloudflareinsights" in tag:
            continue
        if tag == "<script>":  # the edge's own bot-detection snippet, added last
            continue
        assert f'type="{token}-text/javascript"' in tag, tag
    assert f'<script src="{CF_ROCKET}" data-cf-settings="{token}-|49" defer></script>' in body
    handlers = re.findall(r'\son[a-z]+="([^"]*)"', body)
    assert handlers and all(
        h.startswith("if (!window.__cfRLUnblockHandlers) return false; ") for h in handlers
    )
    assert f'data-cf-modified-{token}-=""' in body
    _, _, other = fetch(demo, "/")
    assert token not in other


def test_mirage_defers_photos_except_where_a_page_rule_turns_it_off(demo, site):
    with_photos = [it for it in site.items if it.kind == "article" and it.images]
    on = [it for it in with_photos if site.mirage_on(site.article_path(it))]
    off = [it for it in with_photos if not site.mirage_on(site.article_path(it))]
    assert on and off
    _, _, body = fetch(demo, site.article_path(on[0]))
    content = body[body.index('id="newsContent"') : body.index('<div class="news-tools">')]
    assert 'data-cfsrc="/uploads/news/' in content
    assert 'style="display:none;visibility:hidden;"' in content
    assert 'data-cfstyle="max-width: 100%; height: auto;"' in content
    assert '<noscript><img src="/uploads/news/' in content
    assert '<a class="fancybox" href="/cdn-cgi/image/width=1600/uploads/news/' in content
    _, _, body = fetch(demo, site.article_path(off[0]))
    content = body[body.index('id="newsContent"') : body.index('<div class="news-tools">')]
    assert "data-cfsrc" not in content and '<img src="/uploads/news/' in content
    _, _, listing = fetch(demo, "/tin-tuc.html")
    assert 'data-cfsrc="/cdn-cgi/image/width=240,height=160' in listing
    status, headers, _ = fetch(demo, re.search(r'data-cfsrc="([^"]+)"', listing).group(1))
    assert status == 200 and headers["Content-Type"] == "image/gif"


def test_edge_headers_broken_pages_and_print_views(demo, site):
    status, headers, _ = fetch(demo, "/")
    assert status == 200
    assert re.fullmatch(r"[0-9a-f]{16}-HKG", headers["CF-RAY"])
    assert headers["CF-Cache-Status"] == "DYNAMIC"
    assert headers["X-Powered-By"].startswith("PHP/")
    broken = {it.kind: site.article_path(it) for it in site.items if it.kind != "article"}
    status, _, page = fetch(demo, broken["missing"])
    assert status == 404 and "không tồn tại" in page
    status, headers, page = fetch(demo, broken["error"])
    assert status == 522 and headers["Server"] == "cloudflare"
    assert "Error code 522" in page
    item = site.items[0]
    _, _, page = fetch(demo, site.article_path(item))
    for needle in (
        "Kết quả giải quyết TTHC",
        "Thống kê truy cập",
        "Tin liên quan",
        "Các tin khác",
        "Cơ quan chủ quản",
        ALL_PORTALS[PORTAL].licence,
    ):
        assert needle in page, needle
    status, _, printed = fetch(demo, site.print_paths()[item.key])
    assert status == 200
    document = browser_view(printed)
    assert text_of(document.xpath("//h1")[0]) == item.title
    shown = [text_of(p) for p in document.xpath("//p[@style='text-align: justify;']")]
    assert shown == list(GOLD[item.key].paragraphs)


def test_robots_sitemap_and_feeds(demo, site):
    status, _, robots = fetch(demo, "/robots.txt")
    assert status == 200
    assert robots.count("User-agent: *") == 2
    assert "Disallow: /tim-kiem.html" in robots and "Sitemap: " in robots
    _, _, sitemap = fetch(demo, "/sitemap.xml")
    for it in site.items:
        assert site.article_path(it) in sitemap
    _, _, rss_page = fetch(demo, "/rss.html")
    feeds = [p for p in site_links(demo.base_url(PORTAL), "/rss.html", rss_page) if ".rss" in p]
    assert len(feeds) == 6
    status, headers, feed = fetch(demo, feeds[0])
    assert status == 200 and "<rss" in feed
    assert headers["Content-Type"].startswith("application/rss+xml")
