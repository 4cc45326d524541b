"""The nested-tables ASP.NET demo family (portal snnptnt-camdien), served over HTTP."""

from __future__ import annotations

import re
import unicodedata
import urllib.error
import urllib.request
from html import unescape

import lxml.html
import pytest
from conftest import listing_paths, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.nested import body_style

PORTAL = "snnptnt-camdien"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LISTING = re.compile(r"^/Default\.aspx\?tabid=(1[2-7])(&page=\d+)?$")


def fetch(demo, path: str) -> tuple[int, str]:
    """GET ``path``: status and body decoded as UTF-8."""
    try:
        with urllib.request.urlopen(demo.base_url(PORTAL) + path, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def squeeze(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", unescape(text)).split())


@pytest.fixture(scope="module")
def crawled(demo) -> dict[str, str]:
    """Every HTML page reachable from ``/`` through links: path → body ("" unless 200)."""
    reached = walk_site(
        demo.base_url(PORTAL), lambda path: not path.lower().endswith((".gif", ".jpg", ".pdf"))
    )
    return {path: body if status == 200 else "" for path, (status, body) in reached.items()}


def test_every_article_shows_its_title_and_gold_paragraphs(demo, site):
    for article in ARTICLES:
        item = site.by_key[article.key]
        status, body = fetch(demo, site.article_path(item))
        assert status == 200, article.key
        page = squeeze(re.sub(r"<[^>]+>", " ", body))
        assert squeeze(article.title) in page
        for paragraph in article.paragraphs:
            assert squeeze(paragraph) in page, article.key


def test_the_article_cell_holds_body_and_related_lists_six_tables_deep(demo, site):
    item = site.by_key[ARTICLES[5].key]
    _, body = fetch(demo, site.article_path(item))
    cell = lxml.html.fromstring(body).xpath("//td[@class='content']")[0]
    assert len(cell.xpath("ancestor::table")) >= 6
    text = squeeze(cell.text_content())
    assert squeeze(item.title) in text
    assert squeeze(item.paragraphs[-1]) in text
    assert "Các tin khác:" in text and "Tin cùng chuyên mục:" in text
    others = [a for a in cell.xpath(".//a/@href") if a.startswith("/tin-tuc/")]
    assert len(others) == 8
    assert len(re.findall(r"\(\d\d/\d\d/\d{4}\)", text)) >= 8


def test_body_markup_varies_and_a_third_is_pasted_from_word(demo, site):
    styles = {article.key: body_style(article.key) for article in ARTICLES}
    assert set(styles.values()) == {"word", "p", "div", "br"}
    share = sum(style == "word" for style in styles.values()) / len(styles)
    assert 0.2 <= share <= 0.5
    word = next(k for k, style in styles.items() if style == "word")
    _, body = fetch(demo, site.article_path(site.by_key[word]))
    assert 'class="MsoNormal"' in body and "<o:p></o:p>" in body
    breaks = next(k for k, style in styles.items() if style == "br")
    _, body = fetch(demo, site.article_path(site.by_key[breaks]))
    first = site.by_key[breaks].paragraphs[1]
    assert re.search(re.escape(first[:40]) + r".*?<br /><br />", body)


def test_some_articles_repeat_the_title_in_bold_before_the_lead(demo, site):
    repeated = 0
    for article in ARTICLES:
        _, body = fetch(demo, site.article_path(site.by_key[article.key]))
        title = re.escape(article.title.replace("&", "&amp;"))
        if re.search(r"<p><b>" + title + r"</b></p>\s*(<p[^>]*>|<div[^>]*>)?<b>\(Sở NN", body):
            repeated += 1
        assert "(Sở NN&amp;PTNT) - " in body
    assert 0 < repeated < len(ARTICLES)


def test_every_listing_page_is_reachable_and_both_pagers_are_there(demo, site, crawled):
    expected = listing_paths(site)
    reached = {path for path, body in crawled.items() if LISTING.match(path) and body}
    assert expected <= reached
    _, body = fetch(demo, site.listing_path(None, 2))
    assert "javascript:__doPostBack('ctl00$ContentPlaceHolder1$ucTinTuc$rptPager$ctl03" in body
    assert 'href="/Default.aspx?tabid=12&amp;page=3"' in body
    assert re.search(r"\(\d\d/\d\d/\d{4}\)", body)


def test_articles_answer_under_aliases_and_every_article_is_reachable(demo, site, crawled):
    item = site.items[3]
    _, canonical = fetch(demo, site.article_path(item))
    for alias in (site.alias_path(item), site.news_path(item)):
        status, body = fetch(demo, alias)
        assert status == 200 and squeeze(item.paragraphs[0]) in squeeze(body)
    reached = {path for path, body in crawled.items() if body}
    for it in site.items:
        assert {site.article_path(it), site.news_path(it), site.alias_path(it)} & reached


def test_sidebars_and_footer_are_on_every_page(demo, site):
    _, body = fetch(demo, "/")
    for box in ("THỜI TIẾT", "VĂN BẢN MỚI", "KẾT QUẢ GIẢI QUYẾT TTHC", "THỐNG KÊ TRUY CẬP"):
        assert box in body
    assert "Cơ quan chủ quản:" in body and "__VIEWSTATE" in body


def test_unknown_pages_answer_404(demo, site):
    assert fetch(demo, "/Trang/Khong-co.aspx")[0] == 404
    assert fetch(demo, "/Default.aspx?tabid=12&ItemID=1&mid=78")[0] == 404
    assert fetch(demo, "/Default.aspx?tabid=12&page=999")[0] == 404
    item = site.items[0]
    wrong_tab = next(s for s in site.sections.values() if s != item.section)
    path = f"/Default.aspx?tabid={wrong_tab.id}&ItemID={item.number}&mid=78"
    assert fetch(demo, path)[0] == 404
