"""The IBM WebSphere Portal demo family (portal ``bachlong``) served over HTTP: pages, pager,
navigational-state URLs and the other hazards of the family."""

from __future__ import annotations

import re
import unicodedata
import urllib.error
import urllib.request
from urllib.parse import parse_qsl, urljoin, urlsplit

import lxml.html
import pytest

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.websphere import STATE_PREFIX, STATE_TAIL, decode_state

PORTAL = "bachlong"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
BY_TITLE = {a.title: a for a in ARTICLES}


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


def _text(body: bytes) -> str:
    text = _doc(body).text_content()
    return " ".join(unicodedata.normalize("NFC", text).split())


def _base_href(body: bytes) -> str:
    return _doc(body).xpath("//head/base/@href")[0]


def _links(body: bytes, xpath: str = "//a") -> list[str]:
    """Absolute URLs of the links matched by ``xpath``, resolved against ``<base href>``."""
    base = _base_href(body)
    return [urljoin(base, a.get("href")) for a in _doc(body).xpath(xpath) if a.get("href")]


def _title(body: bytes) -> str:
    return " ".join(_doc(body).xpath("string(//h1)").split())


@pytest.fixture(scope="module")
def base(demo):
    return demo.base_url(PORTAL)


def test_every_article_answers_200_with_title_date_and_every_paragraph(demo, base):
    urls = demo.sites.article_urls(PORTAL)
    assert set(urls) == {a.key for a in ARTICLES}
    for article in ARTICLES:
        path = urls[article.key]
        assert path.startswith("/wps/portal/Home/chi-tiet-tin-tuc/")
        status, headers, body = _get(base + path)
        assert status == 200, article.key
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert headers["Server"] == "IBM_HTTP_Server"
        text = _text(body)
        assert _title(body) == article.title
        for paragraph in article.paragraphs:
            assert " ".join(paragraph.split()) in text, (article.key, paragraph[:40])
        stamp = article.published
        assert f"Cập nhật: {stamp:%H:%M}, {stamp:%d/%m/%Y} (GMT+7)" in text
        for image in article.images:
            assert f"<em>{image['caption']}</em>" in body.decode("utf-8")
        if article.author:
            assert f"<strong>{article.author}</strong></p>" in body.decode("utf-8")
        if article.source:
            assert f"Nguồn: {article.source}" in text


def test_pages_are_portal_themes_with_portlet_controls_and_no_canonical(base):
    status, headers, body = _get(base + "/wps/portal/Home")
    markup = body.decode("utf-8")
    assert status == 200 and headers["Content-Language"] == "vi"
    document = _doc(body)
    assert document.xpath("//div[@class='wpthemeFrame']")
    controls = document.xpath("//section[contains(@class,'ibmPortalControl')]")
    assert len(controls) >= 8
    assert all("wpthemeControl" in c.get("class") for c in controls)
    assert all("a11yRegionTarget" in c.get("class") for c in controls)
    assert 'id="com.ibm.lotus.NavStateUrl" rel="alternate"' in markup
    assert 'rel="canonical"' not in markup
    for box in ("Tin nổi bật", "Tin mới", "Kết quả giải quyết TTHC", "Thống kê truy cập"):
        assert box in _text(body)
    assert "Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bạch Long" in _text(body)


def _listing_page(body: bytes) -> int:
    active = _doc(body).xpath("//div[@class='wcm-pager']//li[@class='active']/span/text()")
    return int(active[0]) if active else 1


def _pager_text(body: bytes) -> str:
    cells = _doc(body).xpath("//div[@class='wcm-pager']//li")
    return " ".join(" ".join(li.text_content().split()) for li in cells)


def _page_param(url: str) -> int:
    params = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
    return next(int(v) for k, v in params.items() if k.startswith("WCM_Page."))


def _pager_walk(base: str, start: str) -> tuple[dict[int, str], str]:
    """Pages reached from ``start`` by the pager links only (resolved against ``<base href>``):
    ``{page number: URL first seen}`` and the listing's heading."""
    status, _, body = _get(base + start)
    assert status == 200, start
    heading = _title(body)
    seen = {_listing_page(body): base + start}
    todo = [body]
    while todo:
        body = todo.pop()
        for url in _links(body, "//div[@class='wcm-pager']//a"):
            number = _page_param(url)
            if number in seen:
                continue
            status, _, page = _get(url)
            assert status == 200, url
            assert _listing_page(page) == number and _title(page) == heading
            seen[number] = url
            todo.append(page)
    return seen, heading


def test_every_listing_page_is_reachable_from_the_start_through_the_pager(demo, base, site):
    start = demo.sites.start_paths(PORTAL)[0]
    assert start == "/wps/portal/Home"
    _, _, home = _get(base + start)
    linked = {urlsplit(u).path for u in _links(home)}
    for section in [None, *site.sections.values()]:
        first = site.listing_path(section)
        assert first in linked
        _, pages = site.page_of(site.listed(section), 1)
        reached, heading = _pager_walk(base, first)
        assert heading == (section or site.news).name
        assert set(reached) == set(range(1, pages + 1))
        # every page but the first is reached through a navigational-state URL
        assert all(STATE_PREFIX in reached[n] for n in range(2, pages + 1))
    _, pages = site.page_of(site.listed(None), 1)
    _, _, body = _get(base + site.listing_path(None))
    assert _pager_text(body) == f"Trang đầu ‹ 1 2 3 … {pages} › Trang cuối"
    _, _, body = _get(base + site.listing_path(None, 3))
    pager = _pager_text(body)
    assert pager.startswith("Trang đầu ‹ 1 2 3 4 5") and pager.endswith("› Trang cuối")


def test_every_article_is_linked_from_the_listings(demo, base, site):
    reached: set[str] = set()
    for section in [None, *site.sections.values()]:
        _, pages = site.page_of(site.listed(section), 1)
        for n in range(1, pages + 1):
            _, _, body = _get(base + site.listing_path(section, n))
            for url in set(_links(body, "//h3[@class='title-news']/a")):
                status, _, page = _get(url)
                if status == 200:
                    assert "urile=wcm%3apath%3a/bachlong_noidung/congttdt/" in url
                    reached.add(_title(page))
    assert reached == set(BY_TITLE)


def test_unknown_paths_and_pages_past_the_last_answer_404(base, site):
    _, pages = site.page_of(site.listed(None), 1)
    for path in (
        site.listing_path(None, pages + 1),
        "/wps/portal/Home/chi-tiet-tin-tuc/khong-co-bai-nay",
        "/wps/portal/Home/tin-tuc/chi-tiet?1dmy&urile=wcm%3apath%3a/bachlong_noidung/khong-co",
        "/wps/portal/Home/tin-tuc/chuyen-muc-khong-co",
        "/trang-khong-ton-tai.html",
    ):
        status, _, body = _get(base + path)
        assert status == 404, path
        assert "Không tìm thấy trang" in _text(body)
    robots = _get(base + "/robots.txt")[2].decode()
    assert "Disallow: /wps/myportal/" in robots.splitlines()


def test_broken_article_is_linked_and_answers_404(demo, base, site):
    broken = demo.sites.broken_pages(PORTAL)
    assert list(broken.values()) == ["missing"]
    path = next(iter(broken))
    assert _get(base + path)[0] == 404
    item = next(it for it in site.items if it.kind == "missing")
    _, _, body = _get(base + site.listing_path(item.section))
    titles = _doc(body).xpath("//h3[@class='title-news']/a/text()")
    assert item.title in titles


def test_root_redirects_into_a_navigational_state_and_bad_state_falls_back_to_home(base):
    status, headers, _ = _get(base + "/")
    assert status == 302 and headers["Location"] == "/wps/portal/"
    status, headers, _ = _get(base + "/wps/portal/")
    location = headers["Location"]
    assert status == 302 and location.startswith(STATE_PREFIX) and location.endswith(STATE_TAIL)
    token = location[len(STATE_PREFIX) : -len(STATE_TAIL)]
    assert re.fullmatch(r"04_[A-Za-z0-9_-]{100,}", token)
    assert decode_state(token) == {"k": "home"}
    status, _, body = _get(base + location)
    assert status == 200 and "Tin nổi bật" in _text(body)
    # a state the portal cannot read shows the default page, with 200
    status, _, body = _get(base + STATE_PREFIX + "04_SjzQ0MjAyMDAw" + STATE_TAIL)
    assert status == 200 and "Tin nổi bật" in _text(body)


def test_one_article_has_many_urls(demo, base, site):
    item = site.latest(1)[0]
    article = next(a for a in ARTICLES if a.key == item.key)
    friendly = base + demo.sites.article_urls(PORTAL)[article.key]
    _, _, page = _get(friendly)
    head = _doc(page).xpath("//head")[0]
    # no canonical; og:url names the friendly URL; the bookmark names the shared detail page
    assert head.xpath("meta[@property='og:url']/@content") == [friendly]
    assert head.xpath("link[@rel='bookmark']/@href") == ["/wps/portal/Home/tin-tuc/chi-tiet"]
    assert not head.xpath("link[@rel='canonical']")
    assert STATE_PREFIX in _base_href(page)
    variants = {
        friendly,
        base + "/wps/portal/Home/tin-tuc/chi-tiet" + site.urile_query(item),
        base + "/wps/portal/Home/tin-tuc/chi-tiet" + site.urile_query(item, by_id=True),
        _base_href(page) + site.urile_query(item),
        _base_href(page),  # the page's own state
    }
    # the sidebar of two different pages links it by two different state URLs
    states = set()
    for listing in (site.listing_path(None), site.listing_path(item.section)):
        _, _, body = _get(base + listing)
        states |= {
            u
            for u in _links(body, "//div[@class='box-tin-moi']//a")
            if decode_state(u.split("/z1/")[1].split("/")[0]).get("c") == site.guid[item.key]
        }
    assert len(states) == 2
    variants |= states
    for url in variants:
        status, _, body = _get(url)
        assert status == 200, url
        assert _title(body) == article.title
        assert article.paragraphs[-1] in _text(body)
    # the home page's "Tin nổi bật" links by content id (a GUID)
    _, _, home = _get(base + "/wps/portal/Home")
    featured = _links(home, "//div[@class='tin-noi-bat']//a")
    assert featured and all(
        re.search(r"urile=wcm%3aoid%3a[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-", u) for u in featured
    )


def test_print_view_is_the_bare_wcm_rendering(demo, base, site):
    article = next(a for a in ARTICLES if a.images)
    printed = demo.sites.print_urls(PORTAL)[article.key]
    assert printed.startswith("/wps/wcm/connect/bachlong_noidung/congttdt/")
    _, _, page = _get(base + demo.sites.article_urls(PORTAL)[article.key])
    assert printed.replace("&", "&amp;") in page.decode("utf-8")
    status, _, body = _get(base + printed)
    text = _text(body)
    assert status == 200 and article.title in text and article.paragraphs[-1] in text
    stamp = article.published
    assert f"Ngày {stamp:%d/%m/%Y %H:%M:%S}" in text
    assert "Thống kê truy cập" not in text and "Tin mới" not in text
    assert 'onload="window.print()"' in body.decode("utf-8")


def test_images_are_wcm_resources_and_served(base, demo):
    article = next(a for a in ARTICLES if a.images)
    _, _, page = _get(base + demo.sites.article_urls(PORTAL)[article.key])
    sources = _doc(page).xpath("//div[@id='noidung']//img/@src")
    assert len(sources) == len(article.images)
    for src in sources:
        assert re.match(r"/wps/wcm/connect/[0-9a-f-]{36}/\w+\.jpg\?MOD=AJPERES&CACHEID=", src)
        status, headers, _ = _get(base + src)
        assert status == 200 and headers["Content-Type"] == "image/gif"
