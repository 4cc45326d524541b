"""The Oracle WebCenter demo family (portal ``bachngoc``) over HTTP: pages, pagers, hazards."""

from __future__ import annotations

import unicodedata
import urllib.error
import urllib.request
from urllib.parse import parse_qs, urljoin, urlsplit

import lxml.html
import pytest

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.webcenter import ADF_PARAMS, webcenter_date

PORTAL = "bachngoc"
ROOT = "/webcenter/portal/bachngoc"
NEWS = ROOT + "/pages_tin-tuc"
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


def _doc(body: bytes) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(body.decode("utf-8"))


def _text(node: lxml.html.HtmlElement) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def _hrefs(body: bytes, xpath: str = "//a") -> list[str]:
    return [a.get("href") for a in _doc(body).xpath(xpath) if a.get("href")]


def _page_of(href: str) -> int:
    return int(parse_qs(urlsplit(href).query).get("page", ["1"])[0])


@pytest.fixture(scope="module")
def base(demo):
    return demo.base_url(PORTAL)


def test_every_article_answers_200_with_title_date_body_captions_byline(demo, base):
    urls = demo.sites.article_urls(PORTAL)
    assert set(urls) == {a.key for a in ARTICLES}
    for article in ARTICLES:
        path = urls[article.key]
        assert path.startswith(NEWS + "/chi-tiet?dDocName=PORTAL")
        status, headers, body = _get(base + path)
        assert status == 200, article.key
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        item = _doc(body).xpath("//div[contains(@class,'contentItem')]")[0]
        text = _text(item)
        assert _text(item.xpath(".//h1")[0]) == article.title
        assert webcenter_date(article.published) in text
        assert _text(item.xpath(".//div[@class='tom-tat']")[0]) == article.paragraphs[0]
        content = _text(item.xpath(".//div[@class='noi-dung']")[0])
        for paragraph in article.paragraphs[1:]:
            assert " ".join(paragraph.split()) in content, (article.key, paragraph[:40])
        captions = [_text(e) for e in item.xpath(".//table[@class='image']//em")]
        assert captions == [image["caption"] for image in article.images]
        bold = [_text(e) for e in item.xpath(".//div[@class='noi-dung']/p/strong")]
        assert bold == ([article.author] if article.author else [])
        sources = [_text(e) for e in item.xpath(".//p[@class='nguon-tin']")]
        assert sources == ([f"Nguồn: {article.source}"] if article.source else [])


def test_date_line_uses_the_lower_case_weekday():
    from datetime import datetime

    assert webcenter_date(datetime(2024, 11, 11, 4, 9)) == "Thứ hai - 11/11/2024 04:09"
    assert webcenter_date(datetime(2024, 11, 17, 21, 0)) == "Chủ nhật - 17/11/2024 21:00"


def test_pages_are_adf_faces_documents(base):
    status, headers, body = _get(base + NEWS)
    markup = body.decode("utf-8")
    assert status == 200 and headers["Server"] == "Oracle-HTTP-Server"
    document = _doc(body)
    assert document.xpath("//body[contains(@class,'af_document')]")
    assert document.xpath("//form[@id='f1']//input[@name='javax.faces.ViewState']")
    assert len(document.xpath("//div[starts-with(@id,'T:')]")) > 20
    assert 'class="af_outputText x1b"' in markup and 'class="af_panelGroupLayout' in markup
    assert document.xpath("//div[@id='T:bc1' and contains(@class,'af_breadCrumbs')]")


def _fallback_walk(base: str, start: str) -> dict[int, set[str]]:
    """Listing pages reached from ``start`` through the fallback pager: page → URLs seen."""
    seen: dict[int, set[str]] = {}
    done: set[int] = set()
    todo = [start]
    while todo:
        url = todo.pop()
        page = _page_of(url)
        seen.setdefault(page, set()).add(url)
        if page in done:
            continue
        done.add(page)
        status, _, body = _get(base + url)
        assert status == 200, url
        for href in _hrefs(body, "//div[@class='phan-trang']//a"):
            assert "_adf.ctrl-state=" in href
            parts = urlsplit(urljoin(base + url, href))
            todo.append(parts.path + "?" + parts.query)
    return seen


def test_every_listing_page_is_reachable_through_the_fallback_pager(demo, base, site):
    assert demo.sites.start_paths(PORTAL) == [ROOT]
    _, _, home = _get(base + ROOT)
    home_links = set(_hrefs(home))
    for section in [None, *site.sections.values()]:
        first = site.listing_path(section)
        assert first in home_links or any(h.startswith(first + "?") for h in home_links)
        _, pages = site.page_of(site.listed(section), 1)
        reached = _fallback_walk(base, first)
        assert set(reached) == set(range(1, pages + 1)), first
        assert all(urlsplit(u).path == first for urls in reached.values() for u in urls)
    # the news list is long enough for a window with a gap, and a page is linked under
    # several URLs that differ only in ADF state
    _, pages = site.page_of(site.listed(None), 1)
    assert pages >= 5
    reached = _fallback_walk(base, NEWS)
    assert max(len(urls) for urls in reached.values()) >= 3
    pager = _doc(_get(base + NEWS)[2]).xpath("//div[@class='phan-trang']")[0]
    assert _text(pager) == f"Trang 1/{pages}: 1 2 3 ... {pages} › Cuối »"


def test_adf_iterator_pager_is_script_only(base, site):
    _, _, body = _get(base + NEWS + "?page=2")
    pager = _doc(body).xpath("//div[contains(@class,'phan-trang-adf')]")[0]
    links = pager.xpath(".//a")
    assert len(links) >= 4
    for link in links:
        assert link.get("href") in ("#", "javascript:void(0)")
        assert "AdfCustomEvent.queue(" in link.get("onclick")
    assert "Trước" in _text(pager) and "Sau" in _text(pager)


def test_every_article_is_linked_from_its_topic_and_from_the_news_page(base, site):
    for section in [None, *site.sections.values()]:
        _, pages = site.page_of(site.listed(section), 1)
        names: set[str] = set()
        for n in range(1, pages + 1):
            _, _, body = _get(base + site.listing_path(section, n))
            for href in _hrefs(body, "//div[contains(@class,'af_iterator')]//a"):
                parts = urlsplit(href)
                names.add(parse_qs(parts.query)["dDocName"][0])
                if (
                    section is not None
                    and "PORTAL" + str(site.by_key["bachngoc-broken-missing"].number) not in href
                ):
                    assert parts.path == site.listing_path(section) + "/chi-tiet", href
        assert names == {site.doc_name(it) for it in site.listed(section)}, section


def test_adf_state_parameters_vary_by_page_view_but_serve_the_same_document(demo, base, site):
    article = next(a for a in ARTICLES if a.images)
    item = site.by_key[article.key]
    variants = {site.link(item, f"/view/{n}") for n in range(40)}
    decorated = [v for v in variants if "_adf.ctrl-state=" in v]
    assert len(decorated) >= 5
    assert any("_afrWindowMode=0" in v for v in decorated)
    assert any(v.split("?")[1].startswith("dDocName=") and "_afrLoop=" in v for v in decorated)
    for url in sorted(variants)[:6]:
        status, _, body = _get(base + url)
        text = _text(_doc(body))
        assert status == 200 and article.paragraphs[-1] in text, url
    # real listing pages carry such links, and unknown ADF values are accepted too
    hrefs: list[str] = []
    for n in (1, 2, 3):
        hrefs += _hrefs(_get(base + site.listing_path(None, n))[2])
    adf = [h for h in hrefs if "dDocName=" in h and "_afrLoop=" in h]
    assert adf and {p for p in ADF_PARAMS if any(p + "=" in h for h in hrefs)} >= {
        "_afrLoop",
        "_afrWindowMode",
        "_adf.ctrl-state",
    }
    odd = site.article_path(item) + "&_afrLoop=1&_afrWindowId=null&_adf.ctrl-state=zz_1"
    assert _get(base + odd)[0] == 200


def test_topic_detail_page_is_an_alias_of_the_article(demo, base, site):
    article = ARTICLES[3]
    item = site.by_key[article.key]
    alias = site.alias_path(item)
    assert alias != demo.sites.article_urls(PORTAL)[article.key]
    assert urlsplit(alias).path == site.listing_path(item.section) + "/chi-tiet"
    status, _, body = _get(base + alias)
    assert status == 200
    assert article.paragraphs[-1] in _text(_doc(body).xpath("//div[@class='noi-dung']")[0])


def test_404_pages_and_broken_article(demo, base, site):
    _, pages = site.page_of(site.listed(None), 1)
    for path in (
        NEWS + f"?page={pages + 1}",
        NEWS + "/chi-tiet?dDocName=PORTAL1",
        NEWS + "/chi-tiet",
        NEWS + "/khong-co",
        ROOT + "/pages_khong-co",
        "/khong-co.html",
    ):
        status, _, body = _get(base + path)
        assert status == 404, path
        assert "Không tìm thấy trang" in _text(_doc(body))
    broken = demo.sites.broken_pages(PORTAL)
    assert list(broken.values()) == ["missing"]
    path = next(iter(broken))
    assert _get(base + path)[0] == 404
    section = site.by_key["bachngoc-broken-missing"].section
    _, pages = site.page_of(site.listed(section), 1)
    linked = [
        h
        for n in range(1, pages + 1)
        for h in _hrefs(_get(base + site.listing_path(section, n))[2])
    ]
    assert path in linked


def test_home_redirects_boilerplate_and_robots(base):
    status, headers, _ = _get(base + "/")
    assert status == 302 and headers["Location"] == ROOT
    _, _, body = _get(base + ROOT)
    text = _text(_doc(body))
    for words in (
        "Tin nổi bật",
        "Kết quả giải quyết TTHC",
        "Thống kê truy cập",
        "Ý kiến thăm dò",
        "Cơ quan chủ quản",
        "Giấy phép số",
    ):
        assert words in text
    assert _get(base + ROOT + "/pages_trang-chu")[0] == 200
    assert _get(base + ROOT + "/pages_gioi-thieu")[0] == 200
    signin = [h for h in _hrefs(body) if h.startswith("/webcenter/portal/signin?")]
    assert signin and _get(base + signin[0])[0] == 200
    robots = _get(base + "/robots.txt")[2].decode()
    assert "Disallow: /webcenter/portal/signin" in robots
