"""The classic ASP frameset demo family (portal huyen-vinhkhe), served over HTTP."""

from __future__ import annotations

import re
import unicodedata

import lxml.html
import pytest
from conftest import listing_paths, raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.oldframes import SHORT_TITLE, cut_title, detail_date

PORTAL = "huyen-vinhkhe"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LISTING = re.compile(r"^/tintuc\.asp(\?(cat=\d+)?&?(page=\d+)?)?$")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    """GET ``path`` of this portal without following redirects: status, headers, text."""
    return raw_get(demo.base_url(PORTAL), path)


def squeeze(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def crawl(demo) -> dict[str, str]:
    """Every HTML page reachable from ``/`` through frames and links (no scripts): path → body."""
    reached = walk_site(
        demo.base_url(PORTAL),
        lambda path: not path.lower().endswith((".gif", ".jpg", ".png")),
        xpath="//a/@href | //frame/@src",
    )
    return {path: body if status == 200 else "" for path, (status, body) in reached.items()}


@pytest.fixture(scope="module")
def reached(demo):
    return crawl(demo)


def test_root_is_a_frameset_with_noframes_fallback(demo, site):
    assert site.start_paths() == ["/"]
    status, _, body = fetch(demo, "/")
    assert status == 200
    document = lxml.html.fromstring(body)
    frames = {f.get("name"): f.get("src") for f in document.iter("frame")}
    assert frames == {"top": "top.asp", "left": "menu.asp", "main": "main.asp"}
    fallback = body.split("<noframes>")[1].split("</noframes>")[0]
    assert 'href="main.asp"' in fallback and 'href="tintuc.asp"' in fallback


def test_frame_pages_link_into_the_main_frame(demo):
    for path in ("/top.asp", "/menu.asp"):
        status, _, body = fetch(demo, path)
        assert status == 200
        anchors = lxml.html.fromstring(body).xpath("//a[contains(@href, '.asp')]")
        assert anchors and all(a.get("target") in ("main", "_blank") for a in anchors), path
    _, _, home = fetch(demo, "/main.asp")
    to_articles = lxml.html.fromstring(home).xpath("//a[contains(@href, 'tintuc_chitiet.asp')]")
    assert to_articles and all(a.get("target") == "main" for a in to_articles)
    _, _, top = fetch(demo, "/top.asp")
    assert "<marquee" in top and "Tin mới:" in top
    _, _, menu = fetch(demo, "/menu.asp")
    assert "Số lượt truy cập" in menu and "images/counter/" in menu
    assert "Liên kết website" in menu and "<select" in menu
    assert 'href="sogopy.asp"' in menu and "KẾT QUẢ GIẢI QUYẾT TTHC" in menu
    assert fetch(demo, "/sogopy.asp")[0] == 200


def test_every_listing_page_is_reachable_through_links(demo, site, reached):
    expected = listing_paths(site)
    assert any("page=7" in p for p in expected)
    assert expected <= {p for p, body in reached.items() if body}
    assert all(LISTING.match(p) for p in expected)


def test_every_article_is_reachable_and_complete(demo, site, reached):
    urls = demo.sites.article_urls(PORTAL)
    assert len(urls) == len(ARTICLES)
    reached_ok = {p for p, body in reached.items() if body}
    for article in ARTICLES:
        path = urls[article.key]
        assert path in reached_ok, path
        status, _, body = fetch(demo, path)
        assert status == 200
        document = lxml.html.fromstring(body)
        title = document.xpath("//td/font[@size='4']/b")[0]
        assert squeeze(title.text_content()) == article.title
        cell = squeeze(document.xpath("//td[@class='noidung']")[0].text_content())
        for paragraph in article.paragraphs:
            assert squeeze(paragraph) in cell
        assert detail_date(article.published) in body
        for image in article.images:
            caption = document.xpath("//td[@class='noidung']//i/font[@size='1']")
            assert squeeze(image["caption"]) in [squeeze(c.text_content()) for c in caption]
        if article.author:
            author = document.xpath("//td[@class='noidung']//p[@align='right']/b")
            assert squeeze(author[0].text_content()) == article.author


def test_body_paragraphs_are_separated_by_double_breaks(demo, site):
    article = next(a for a in ARTICLES if not a.images)
    _, _, body = fetch(demo, demo.sites.article_urls(PORTAL)[article.key])
    cell = body.split('class="noidung">', 1)[1].split("</td>", 1)[0]
    assert cell.count("<br><br>") == len(article.paragraphs) - 1
    assert "<p>" not in cell


def test_listing_rows_show_plain_titles_or_cut_links(demo, site):
    plain = site.sections["Chuyển đổi số"]
    assert not site.short_titles(plain)
    _, _, body = fetch(demo, site.listing_path(plain))
    document = lxml.html.fromstring(body)
    first = site.listed(plain)[0]
    anchor_texts = [squeeze(a.text_content()) for a in document.iter("a")]
    assert first.title not in anchor_texts
    assert f"<b>{first.title}</b>" in body.replace("&quot;", '"')
    assert "Chi tiết »" in anchor_texts

    short = site.sections["Chính quyền số"]
    assert site.short_titles(short)
    _, _, body = fetch(demo, site.listing_path(short))
    anchor_texts = [squeeze(a.text_content()) for a in lxml.html.fromstring(body).iter("a")]
    long_item = next(it for it in site.listed(short) if len(it.title) > SHORT_TITLE)
    assert long_item.title not in anchor_texts
    assert squeeze(cut_title(long_item.title)) in anchor_texts
    assert "[Xem tiếp]" in anchor_texts


def test_pager_has_a_script_select_and_plain_links(demo, site):
    status, _, body = fetch(demo, site.listing_path(None, 4))
    assert status == 200
    assert "onchange=\"location.href='?page='+this.value\"" in body
    assert "Trang trước" in body and "Trang sau" in body
    hrefs = site_links(demo.base_url(PORTAL), site.listing_path(None, 4), body, "//a/@href")
    assert {site.listing_path(None, n) for n in (3, 5)} <= set(hrefs)
    assert fetch(demo, site.listing_path(None, 99))[0] == 404


def test_some_pages_have_no_charset_in_the_header(demo, site, reached):
    bare = 0
    for path, body in reached.items():
        if not body:
            continue
        _, headers, _ = fetch(demo, path)
        if headers["Content-Type"] == "text/html":
            bare += 1
            assert "<meta charset=utf-8>" in body
        else:
            assert headers["Content-Type"].startswith("text/html; charset=utf-8")
    assert bare >= 5


def test_aliases_and_print_view_serve_the_same_article(demo, site):
    article = ARTICLES[3]
    item = site.by_key[article.key]
    canonical = squeeze(
        lxml.html.fromstring(fetch(demo, site.article_path(item))[2])
        .xpath("//td[@class='noidung']")[0]
        .text_content()
    )
    for alias in (site.marquee_path(item), site.related_path(item), site.print_path(item)):
        status, _, body = fetch(demo, alias)
        assert status == 200, alias
        assert article.title in body
        assert article.paragraphs[-1] in body
    status, _, print_page = fetch(demo, site.print_path(item))
    assert "window.print()" in print_page
    assert article.paragraphs[0] in canonical


def test_missing_pages_answer_404(demo, site):
    assert fetch(demo, "/khongco.asp")[0] == 404
    assert fetch(demo, "/tintuc_chitiet.asp?id=99999&cat=5")[0] == 404
    assert fetch(demo, "/tintuc.asp?cat=77")[0] == 404
    (missing,) = demo.sites.broken_pages(PORTAL)
    assert fetch(demo, missing)[0] == 404
    assert fetch(demo, "/robots.txt")[0] == 200
