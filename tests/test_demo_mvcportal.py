"""The ASP.NET MVC department-portal demo family (portal skhcn-quanghac), served over HTTP."""

from __future__ import annotations

import json
import re
import unicodedata

import lxml.html
from conftest import listing_paths, raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import dmy
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "skhcn-quanghac"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
ARTICLE = re.compile(r"^/tin-tuc/chi-tiet/(\d+)$")
ALIAS = re.compile(r"^/tin-tuc/chi-tiet/(\d+)/[a-z0-9-]+$")
LISTING = re.compile(r"^/tin-tuc(/(?!chi-tiet)[a-z0-9-]+)?(/trang-\d+)?$")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    """GET ``path`` of this portal without following redirects: status, headers, text."""
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def body_paragraphs(content) -> list[str]:
    """The gold paragraphs of an article body: ``p`` and ``li`` blocks, without captions,
    the source line and the decorative Word bullets (``mso-list:Ignore`` spans)."""
    for bullet in content.xpath(".//span[contains(@style, 'mso-list:Ignore')]"):
        bullet.drop_tree()
    blocks = content.xpath(
        "./p[not(@class='img-caption') and not(@class='source-detail') and not(.//img)"
        " and not(em and count(node())=1)] | ./ul/li | ./ol/li"
    )
    return [text_of(b) for b in blocks]


def test_portal_is_blind_only():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.host == "127.0.0.40"
    assert portal.registry_cms == "custom"


def test_every_article_shows_title_body_byline_and_date_at_the_bottom(demo, site):
    styles = set()
    for article in ARTICLES:
        path = site.article_path(site.by_key[article.key])
        assert ARTICLE.match(path), path
        status, headers, markup = fetch(demo, path)
        assert status == 200, article.key
        assert headers["X-AspNetMvc-Version"] == "5.2"
        document = lxml.html.fromstring(markup)
        assert text_of(document.xpath("//h1")[0]) == article.category
        assert text_of(document.xpath("//h2[@class='title-detail']")[0]) == article.title
        assert text_of(document.xpath("//title")[0]) == (
            f"{article.title} | {ALL_PORTALS[PORTAL].name}"
        )
        content = document.xpath("//div[@id='content-detail']")[0]
        if content.xpath("./ul"):
            styles.add("ul")
        if content.xpath("./ol"):
            styles.add("ol")
        if content.xpath(".//span[contains(@style, 'mso-list:Ignore')]"):
            styles.add("word")
        captions = [
            text_of(c)
            for c in content.xpath(
                "./p[@class='img-caption'] | ./p[not(@class) and em and count(node())=1]"
            )
        ]
        assert captions == [img["caption"] for img in article.images]
        source = content.xpath("./p[@class='source-detail']")
        assert [text_of(s) for s in source] == (
            [f"Nguồn: {article.source}"] if article.source else []
        )
        assert body_paragraphs(content) == list(article.paragraphs), article.key
        byline = document.xpath("//p[@class='author-detail']")
        if article.author:
            label = "Tin, ảnh" if article.images else "Tác giả"
            assert text_of(byline[0]) == f"{label}: {article.author}"
            assert markup.index("author-detail") < markup.index("content-detail")
        else:
            assert byline == []
        published = article.published
        date = text_of(document.xpath("//div[@class='date-detail']")[0])
        assert date == f"Ngày đăng: {dmy(published)} {published:%H:%M}"
        assert "Cập nhật" not in date
        order = [markup.index(m) for m in ("content-detail", "date-detail", "Tin khác")]
        assert order == sorted(order)
        assert "Đánh giá bài viết" in markup and "Bình luận" in markup
    assert styles == {"ul", "ol", "word"}


def test_home_links_aliases_that_serve_the_same_article(demo, site):
    status, _, markup = fetch(demo, "/")
    assert status == 200
    aliases = [
        href for href in lxml.html.fromstring(markup).xpath("//a/@href") if ALIAS.match(href)
    ]
    assert len(aliases) >= 5
    for alias in aliases[:5]:
        number = int(ALIAS.match(alias).group(1))
        _, _, aliased = fetch(demo, alias)
        _, _, canonical = fetch(demo, f"/tin-tuc/chi-tiet/{number}")
        title = site.by_number[number].title
        assert f'<h2 class="title-detail">{title}</h2>' in aliased
        assert f'<h2 class="title-detail">{title}</h2>' in canonical
    assert fetch(demo, aliases[0] + "-sai")[0] == 404


def test_every_listing_page_is_reachable_through_the_pager(demo, site):
    pages = walk_site(demo.base_url(PORTAL), lambda p: bool(LISTING.match(p)) or p == "/")
    reached = {path for path, (status, _) in pages.items() if status == 200}
    expected = listing_paths(site)
    assert expected <= reached
    assert site.listing_path(site.sections["Chuyển đổi số"], 2) == "/tin-tuc/chuyen-doi-so/trang-2"
    listed = set()
    for path in expected:
        listed |= {
            href
            for href in lxml.html.fromstring(pages[path][1]).xpath("//h3/a/@href")
            if ARTICLE.match(href)
        }
    assert {site.article_path(site.by_key[a.key]) for a in ARTICLES} <= listed


def test_pager_shows_a_window_of_pages(demo, site):
    _, pages = site.page_of(site.listed(None), 1)
    assert pages >= 5
    _, _, markup = fetch(demo, "/tin-tuc")
    numbers = lxml.html.fromstring(markup).xpath("//ul[@class='pagination']//text()")
    assert "..." in numbers and str(pages) in numbers and "4" not in numbers
    assert fetch(demo, f"/tin-tuc/trang-{pages + 1}")[0] == 404


def test_attachments_are_pdfs_on_some_articles(demo, site):
    found = 0
    for article in ARTICLES:
        _, _, markup = fetch(demo, site.article_path(site.by_key[article.key]))
        links = lxml.html.fromstring(markup).xpath("//div[@class='attach-detail']//a/@href")
        if not links:
            continue
        found += 1
        assert "Tài liệu đính kèm" in markup
        assert re.match(r"^/Uploads/files/\d{4}/\d\d/[\w-]+\.pdf$", links[0])
        status, headers, body = fetch(demo, links[0])
        assert status == 200 and headers["Content-Type"] == "application/pdf"
        assert body.startswith("%PDF-")
    assert 0 < found < len(ARTICLES)
    assert fetch(demo, "/Uploads/files/2021/01/khong-co.pdf")[0] == 404


def test_boilerplate_widgets_and_client_side_grid(demo, site):
    _, headers, markup = fetch(demo, "/tin-tuc/chuyen-doi-so")
    assert "ASP.NET_SessionId=" in headers["Set-Cookie"]
    document = lxml.html.fromstring(markup)
    assert document.xpath("//div[@id='grid']")[0].text_content() == ""
    data = re.search(r"var dsVanBan = (\[.*?\]);", markup).group(1)
    rows = json.loads(data)
    assert rows and all(r["DuongDan"].endswith(".pdf") for r in rows)
    for phrase in (
        "Kết quả giải quyết TTHC",
        "Thống kê truy cập",
        "Thăm dò ý kiến",
        "Cơ quan chủ quản",
        "cookie-consent",
        "javascript:void(0)",
        "/Account/Login?ReturnUrl=%2Ftin-tuc%2Fchuyen-doi-so",
    ):
        assert phrase in markup


def test_404_and_robots(demo, site):
    status, _, markup = fetch(demo, "/khong-ton-tai")
    assert status == 404 and "Không tìm thấy trang" in markup
    assert fetch(demo, "/tin-tuc/chi-tiet/1")[0] == 404
    broken = site.by_key["skhcn-quanghac-broken-missing"]
    assert fetch(demo, site.article_path(broken))[0] == 404
    status, _, robots = fetch(demo, "/robots.txt")
    assert status == 200 and "Disallow: /Account/" in robots and "Sitemap" not in robots
    assert fetch(demo, "/sitemap.xml")[0] == 404
