"""The DotNetNuke demo family (portal ``bachthuy``) served over HTTP: pages, pagers, hazards."""

from __future__ import annotations

import re
import unicodedata
import urllib.error
import urllib.request
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest

from dtcrawl.bench.synthetic import demo_corpus

PORTAL = "bachthuy"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # noqa: ANN002, ANN003 - urllib's signature
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def _get(url: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with _OPENER.open(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def _text(body: bytes) -> str:
    text = lxml.html.fromstring(body.decode("utf-8")).text_content()
    return " ".join(unicodedata.normalize("NFC", text).split())


def _hrefs(body: bytes, xpath: str = "//a") -> list[str]:
    document = lxml.html.fromstring(body.decode("utf-8"))
    return [a.get("href") for a in document.xpath(xpath) if a.get("href")]


@pytest.fixture(scope="module")
def base(demo):
    return demo.base_url(PORTAL)


def test_every_article_answers_200_with_title_date_and_every_paragraph(demo, base):
    urls = demo.sites.article_urls(PORTAL)
    assert set(urls) == {a.key for a in ARTICLES}
    for article in ARTICLES:
        status, headers, body = _get(base + urls[article.key])
        assert status == 200, article.key
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        text = _text(body)
        assert article.title in text
        for paragraph in article.paragraphs:
            assert " ".join(paragraph.split()) in text, (article.key, paragraph[:40])
        stamp = article.published
        hour = stamp.hour % 12 or 12
        suffix = "SA" if stamp.hour < 12 else "CH"
        shown = f"Ngày xuất bản: {stamp:%d/%m/%Y} {hour}:{stamp:%M:%S} {suffix}"
        assert shown in text, article.key
        for image in article.images:
            assert image["caption"] in text
        if article.author:
            assert f"<strong>{article.author}</strong>" in body.decode("utf-8")


def test_pages_are_webforms_with_a_big_viewstate_and_dnn_panes(base):
    status, headers, body = _get(base + "/tin-tuc/tabid/119/default.aspx")
    markup = body.decode("utf-8")
    assert status == 200 and headers["X-Powered-By"] == "ASP.NET"
    assert '<form method="post" action="/tin-tuc/tabid/119/default.aspx" id="Form"' in markup
    viewstate = re.search(r'id="__VIEWSTATE" value="([^"]+)"', markup).group(1)
    assert len(viewstate) > 5000
    for pane in ("dnn_LeftPane", "dnn_ContentPane", "dnn_RightPane"):
        assert f'id="{pane}"' in markup
    assert 'id="dnn_ctr512_dnnTITLE_titleLabel"' in markup
    assert "/Portals/0/" in markup


def _pager_walk(base: str, start: str) -> set[str]:
    """Every page reached from ``start`` by following the news pager's links only."""
    seen, todo = set(), [start]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        status, _, body = _get(base + path)
        assert status == 200, path
        for href in _hrefs(body, "//div[contains(@class,'news-pager')]//a"):
            assert not href.startswith("javascript:")
            todo.append(urlsplit(urljoin(base + path, href)).path)
    return seen


def test_every_listing_page_is_reachable_through_the_pager(demo, base, site):
    start = demo.sites.start_paths(PORTAL)[0]
    assert start == "/tin-tuc/tabid/119/default.aspx"
    for section in [None, *site.sections.values()]:
        _, pages = site.page_of(site.listed(section), 1)
        first = site.listing_path(section)
        reached = _pager_walk(base, first)
        assert reached == {site.listing_path(section, n) for n in range(1, pages + 1)}
    # the news list is long enough for the pager to show a window with a gap
    _, _, body = _get(base + start)
    pager = lxml.html.fromstring(body.decode("utf-8")).xpath("//div[contains(@class,'news-pager')]")
    shown = " ".join(pager[0].text_content().split())
    assert re.search(r"Trang 1 / (\d+) ?Đầu Trước 1 2 3 \.\.\. \1 Sau Cuối$", shown), shown
    # the start page links every topic tab
    hrefs = set(_hrefs(body))
    assert {site.listing_path(s) for s in site.sections.values()} <= hrefs


def test_every_article_is_listed_in_its_topic_and_in_the_news_tab(demo, base, site):
    linked: set[str] = set()
    for section in [None, *site.sections.values()]:
        _, pages = site.page_of(site.listed(section), 1)
        for n in range(1, pages + 1):
            _, _, body = _get(base + site.listing_path(section, n))
            linked |= set(_hrefs(body, "//div[contains(@class,'news-list')]//a"))
    assert set(demo.sites.article_urls(PORTAL).values()) <= linked


def test_page_past_the_last_unknown_tab_and_unknown_path_answer_404(base, site):
    _, pages = site.page_of(site.listed(None), 1)
    for path in (
        site.listing_path(None, pages + 1),
        "/khong-co/tabid/999/default.aspx",
        "/tin-tuc/tabid/119/ArticleID/1/khong-co.aspx",
        "/trang-khong-ton-tai.html",
    ):
        status, _, body = _get(base + path)
        assert status == 404, path
        assert "Không tìm thấy trang" in _text(body)
    assert [v for v in _get(base + "/robots.txt")[2].decode().splitlines() if "ctl" in v] == [
        "Disallow: /*/ctl/"
    ]


def test_broken_article_is_linked_and_answers_404(demo, base):
    broken = demo.sites.broken_pages(PORTAL)
    assert list(broken.values()) == ["missing"]
    path = next(iter(broken))
    assert _get(base + path)[0] == 404


def test_alias_and_print_view_serve_the_same_article(demo, base, site):
    article = next(a for a in ARTICLES if a.images)
    item = site.by_key[article.key]
    alias = site.alias_path(item)
    assert "/ctl/ArticleView/mid/" in alias
    status, _, body = _get(base + alias)
    assert status == 200 and article.paragraphs[-1] in _text(body)
    # the featured box on the home page links articles by their alias
    _, _, home = _get(base + "/")
    assert any("/ctl/ArticleView/" in h for h in _hrefs(home))
    printed = demo.sites.print_urls(PORTAL)[article.key]
    assert "dnnprintmode=true" in printed
    _, _, article_page = _get(base + demo.sites.article_urls(PORTAL)[article.key])
    assert printed.replace("&", "&amp;") in article_page.decode("utf-8")
    status, _, body = _get(base + printed)
    text = _text(body)
    assert status == 200 and article.title in text and article.paragraphs[-1] in text
    assert "Thống kê truy cập" not in text and "Văn bản mới" not in text


def test_documents_grid_pages_only_by_postback(base, site):
    _, _, body = _get(base + "/tin-tuc/tabid/119/default.aspx")
    document = lxml.html.fromstring(body.decode("utf-8"))
    grid = document.xpath("//div[contains(@class,'RadGrid')]")[0]
    pager = [a.get("href") for a in grid.xpath(".//tr[@class='rgPager']//a")]
    assert len(pager) >= 3 and all(h.startswith("javascript:__doPostBack(") for h in pager)
    assert grid.xpath(".//input[@class='rgPageNext']")
    files = grid.xpath(".//tbody/tr/td/a/@href")
    assert len(files) == 5 and all(h.startswith("/LinkClick.aspx?fileticket=") for h in files)
    status, headers, data = _get(base + files[0])
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert data.startswith(b"%PDF")


def test_banner_links_redirect_off_site_and_other_script_links(base):
    _, _, body = _get(base + "/")
    banners = [h for h in _hrefs(body) if h.startswith("/LinkClick.aspx?link=")]
    assert banners
    status, headers, _ = _get(base + banners[0])
    assert status == 302 and urlsplit(headers["Location"]).hostname != "127.0.0.22"
    scripted = [h for h in _hrefs(body) if h.startswith("javascript:")]
    assert any("__doPostBack" in h for h in scripted)
    assert any("dnnModal" in h for h in scripted)


def test_query_style_urls_reach_the_same_tabs(base, site):
    friendly = _text(_get(base + site.listing_path(None, 2))[2])
    query = _get(base + "/Default.aspx?tabid=119&currentpage=2")
    assert query[0] == 200 and "Trang 2 /" in _text(query[2])
    assert _text(query[2]).split("Trang 2 /")[0][-400:] == friendly.split("Trang 2 /")[0][-400:]


def test_sitemap_lists_tabs_but_no_articles(demo, base):
    status, _, body = _get(base + "/SiteMap.aspx")
    assert status == 200
    locs = re.findall(r"<loc>([^<]+)</loc>", body.decode("utf-8"))
    assert any("/tabid/119/" in loc for loc in locs)
    assert not any("ArticleID" in loc for loc in locs)
