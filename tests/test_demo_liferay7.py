"""The Liferay DXP 7.x demo family (portal ``stttt-lacha``) served over HTTP: pages, the asset
publisher pager and its page-size selector, the three URLs of an article and the other hazards."""

from __future__ import annotations

import re
import unicodedata
import urllib.error
import urllib.request
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

import lxml.html
import pytest

from dtcrawl.bench.synthetic import CATEGORIES, demo_corpus
from dtcrawl.demo.cms.liferay7 import AP

PORTAL = "stttt-lacha"
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


def _text(node: lxml.html.HtmlElement | bytes) -> str:
    if isinstance(node, bytes):
        node = _doc(node)
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def _hrefs(body: bytes, xpath: str, page_url: str) -> list[str]:
    return [
        urljoin(page_url, a.get("href"))
        for a in _doc(body).xpath(xpath)
        if a.get("href") and not a.get("href").startswith(("javascript:", "#"))
    ]


def _path_and_query(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


def _page_indicator(body: bytes) -> tuple[int, int]:
    found = re.search(r"Trang (\d+) của (\d+)", _text(body))
    return (int(found.group(1)), int(found.group(2))) if found else (1, 1)


@pytest.fixture(scope="module")
def base(demo):
    return demo.base_url(PORTAL)


def test_root_redirects_to_the_site_and_home_is_a_themed_portlet_page(base):
    status, headers, _ = _get(base + "/")
    assert status == 302 and headers["Location"] == "/web/stttt"
    status, headers, body = _get(base + "/web/stttt")
    assert status == 200
    assert headers["Liferay-Portal"].startswith("Liferay")
    assert headers["Set-Cookie"].startswith("JSESSIONID=")
    text = _text(body)
    document = _doc(body)
    assert document.xpath("//a[@href='#main-content' and text()='Truy cập nội dung luôn']")
    boundaries = document.xpath("//div[contains(@class,'portlet-boundary_com_liferay_')]")
    assert len(boundaries) >= 8
    assert "senna" in body.decode("utf-8") and document.xpath("//a[@data-senna-off='true']")
    for box in ("Tin nổi bật", "Tin mới", "Kết quả giải quyết TTHC", "Thống kê truy cập"):
        assert box in text
    assert "Ý kiến thăm dò" in text
    assert "Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lạc Hà" in text
    # site furniture is web content too: more than one journal-content-article on a page
    assert len(document.xpath("//div[contains(@class,'journal-content-article')]")) >= 2
    assert _get(base + "/web/stttt/trang-chu")[0] == 200


def test_every_article_answers_200_with_title_date_byline_captions_and_every_paragraph(demo, base):
    urls = demo.sites.article_urls(PORTAL)
    assert set(urls) == {a.key for a in ARTICLES}
    for article in ARTICLES:
        path = urls[article.key]
        assert path.startswith("/web/stttt/w/")
        status, headers, body = _get(base + path)
        assert status == 200, article.key
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        document = _doc(body)
        assert (
            " ".join(document.xpath("string(//h1[contains(@class,'component-heading')])").split())
            == article.title
        )
        (content,) = document.xpath(
            "//div[@id='column-1']//div[contains(@class,'journal-content-article')]"
        )
        text = _text(content)
        for paragraph in article.paragraphs:
            assert " ".join(paragraph.split()) in text, (article.key, paragraph[:40])
        stamp = article.published
        weekday = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
        assert f"{weekday[stamp.weekday()]} - {stamp:%d/%m/%Y %H:%M}" in text
        captions = content.xpath(".//figure[@class='image']/figcaption/text()")
        assert captions == [image["caption"] for image in article.images]
        if article.author:
            assert content.xpath(f".//p[@class='tac-gia']/strong[text()='{article.author}']")
        if article.source:
            assert f"Nguồn: {article.source}" in text
        canonical = document.xpath("//link[@rel='canonical']/@href")
        assert canonical == [base + path]


def test_the_same_web_content_is_served_at_three_urls_each_its_own_canonical(demo, base, site):
    article = next(a for a in ARTICLES if a.category != "Tin tức - Sự kiện")
    item = site.by_key[article.key]
    friendly = site.article_path(item)
    alias = friendly.replace("/w/", "/-/")
    listing = base + site.section_path(item.section)
    content = site.content_path(item, item.section, listing)
    assert "/-/asset_publisher/" in content and "_redirect=" in content
    bodies = {}
    for path in (friendly, alias, content, "/en" + friendly):
        status, _, body = _get(base + path)
        assert status == 200, path
        document = _doc(body)
        bodies[path] = _text(
            document.xpath(
                "//div[@id='column-1']//div[contains(@class,'journal-content-article')]"
            )[0]
        )
        canonical = document.xpath("//link[@rel='canonical']/@href")[0]
        expected = urlsplit(content).path if path == content else path.removeprefix("/en")
        assert canonical == base + expected
    assert len(set(bodies.values())) == 1
    # the asset publisher view links back to the listing it came from
    _, _, body = _get(base + content)
    assert _hrefs(body, "//a[contains(@class,'back-link')]", base) == [listing]


def test_print_view_is_a_pop_up_without_the_theme(demo, base, site):
    prints = demo.sites.print_urls(PORTAL)
    assert set(prints) == {a.key for a in ARTICLES}
    article = ARTICLES[3]
    path = prints[article.key]
    assert "p_p_state=pop_up" in path and "_viewMode=print" in path
    _, _, article_page = _get(base + demo.sites.article_urls(PORTAL)[article.key])
    assert path in [
        _path_and_query(u)
        for u in _hrefs(article_page, "//a[contains(@class,'lfr-icon-item')]", base)
    ]
    status, _, body = _get(base + path)
    assert status == 200
    text = _text(body)
    assert article.title in text
    assert all(" ".join(p.split()) in text for p in article.paragraphs)
    assert "Thống kê truy cập" not in text and "Cơ quan chủ quản" not in text


def _listing_links(demo, base) -> dict[str, str]:
    """Listing pages named in the home page's menu: name → URL."""
    _, _, body = _get(base + "/web/stttt")
    links = {}
    for a in _doc(body).xpath("//nav[@id='navigation']//a"):
        links[_text(a)] = urljoin(base, a.get("href"))
    return links


def _pager_walk(start: str) -> tuple[dict[int, bytes], int]:
    """Every page of a listing reached from ``start`` through its pager's links only."""
    status, _, body = _get(start)
    assert status == 200
    seen = {_page_indicator(body)[0]: body}
    total = _page_indicator(body)[1]
    queue = [body]
    while queue:
        page = queue.pop()
        for url in _hrefs(page, "//ul[@class='pagination']//a", start):
            status, _, next_body = _get(url)
            assert status == 200, url
            number = _page_indicator(next_body)[0]
            if number not in seen:
                seen[number] = next_body
                queue.append(next_body)
    return seen, total


def test_every_listing_page_is_reachable_from_the_start_url_through_the_pager(demo, base, site):
    links = _listing_links(demo, base)
    names = [site.news.name, *CATEGORIES]
    assert set(names) <= set(links)
    found_keys = set()
    by_url_title = {site.url_title(it): it for it in site.items}
    for name in names:
        pages, total = _pager_walk(links[name])
        assert sorted(pages) == list(range(1, total + 1)), name
        expected = len(site.listed(None if name == site.news.name else site.sections[name]))
        assert total == -(-expected // 10)
        for body in pages.values():
            for url in _hrefs(body, "//div[@class='asset-publisher-list']//h3/a", base):
                slug = urlsplit(url).path.rsplit("/", 1)[1]
                found_keys.add(by_url_title[slug].key)
    assert {a.key for a in ARTICLES} <= found_keys


def test_news_links_carry_p_l_back_url_and_topic_links_the_redirect(demo, base, site):
    _, _, news = _get(base + "/web/stttt/tin-tuc")
    news_links = _hrefs(news, "//div[@class='asset-publisher-list']//h3/a", base)
    assert news_links and all("/web/stttt/w/" in u and "p_l_back_url=" in u for u in news_links)
    back = dict(parse_qsl(urlsplit(news_links[0]).query))["p_l_back_url"]
    assert back == "/web/stttt/tin-tuc"
    _, _, page = _get(news_links[0])
    assert _hrefs(page, "//a[contains(@class,'back-link')]", base) == [base + back]
    _, _, topic = _get(base + "/web/stttt/chuyen-doi-so")
    topic_links = _hrefs(topic, "//div[@class='asset-publisher-list']//h3/a", base)
    assert topic_links
    for url in topic_links:
        params = dict(parse_qsl(urlsplit(url).query))
        redirect = next(v for k, v in params.items() if k.endswith("_redirect"))
        assert unquote(redirect) == base + "/web/stttt/chuyen-doi-so"
        assert "/web/stttt/chuyen-doi-so/-/asset_publisher/" in url


def test_page_size_selector_and_out_of_range_cur(demo, base, site):
    _, _, body = _get(base + "/web/stttt/tin-tuc")
    text = _text(body)
    assert "10 Mục mỗi trang" in text and "Trang 1 của 5" in text
    assert "Hiển thị 1 - 10 của 41 kết quả." in text
    deltas = _hrefs(body, "//div[contains(@class,'lfr-pagination-delta-selector')]//a", base)
    assert [
        dict(parse_qsl(urlsplit(u).query))[f"_{AP}_INSTANCE_{site.instance(None)}_delta"]
        for u in deltas
    ] == [
        "5",
        "10",
        "20",
        "30",
        "50",
        "75",
    ]
    _, _, twenty = _get(deltas[2])
    assert "Trang 1 của 3" in _text(twenty) and "20 Mục mỗi trang" in _text(twenty)
    assert len(_doc(twenty).xpath("//div[@class='asset-abstract']")) == 20
    beyond = base + site.listing_path(None, 99)
    status, _, last = _get(beyond)
    assert status == 200 and "Trang 5 của 5" in _text(last)
    # page 1 is linked with _cur=1, a second URL of the first page
    _, _, second = _get(base + site.listing_path(None, 2))
    first_links = [
        u for u in _hrefs(second, "//ul[@class='pagination']//a", base) if u.endswith("_cur=1")
    ]
    assert first_links and _page_indicator(_get(first_links[0])[2]) == (1, 5)


def test_pager_shows_a_window_with_the_hidden_pages_in_a_dropdown(base, site):
    _, _, body = _get(base + "/web/stttt/tin-tuc")
    visible = [
        _text(a)
        for a in _doc(body).xpath(
            "//ul[@class='pagination']/li[not(contains(@class,'dropdown'))]/a"
        )
    ]
    numbers = [int(v) for v in visible if v.isdigit()]
    assert numbers == [1, 2, 3, 5]
    hidden = [_text(a) for a in _doc(body).xpath("//div[@class='inline-scroller']/a")]
    assert hidden == ["4"]


def test_category_filter_lists_only_that_category(base, site):
    _, _, home = _get(base + "/web/stttt/tin-tuc")
    filters = _hrefs(home, "//ul[@class='categories']//a", base)
    assert len(filters) == len(CATEGORIES) and all("p_r_p_categoryId=" in u for u in filters)
    section = site.sections["Chuyển đổi số"]
    url = next(u for u in filters if u.endswith(f"p_r_p_categoryId={section.id}"))
    _, _, body = _get(url)
    titles = [_text(a) for a in _doc(body).xpath("//div[@class='asset-publisher-list']//h3/a")]
    assert titles == [it.title for it in site.listed(section)][: len(titles)]
    assert titles


def test_errors_robots_sitemap_and_language_prefix(demo, base, site):
    status, _, body = _get(base + "/web/stttt/khong-co-trang-nay")
    assert status == 404 and "Không tìm thấy" in _text(body)
    assert _get(base + "/web/stttt/w/khong-co-bai-nay")[0] == 404
    (broken,) = demo.sites.broken_pages(PORTAL)
    assert _get(base + broken)[0] == 404
    status, _, robots = _get(base + "/robots.txt")
    assert status == 200 and b"Disallow: /c/" in robots
    status, _, sitemap = _get(base + "/sitemap.xml")
    assert status == 200
    for path in demo.sites.article_urls(PORTAL).values():
        assert f"<loc>{base}{path}</loc>".encode() in sitemap
    assert broken.encode() not in sitemap
    status, _, english = _get(base + "/en/web/stttt/tin-tuc")
    assert status == 200 and "Trang 1 của 5" in _text(english)
    status, headers, image = _get(base + site.image_src(site.items[0], 0))
    assert status == 200 and headers["Content-Type"] == "image/gif"


def test_rendering_is_deterministic_and_counters_vary(demo, base):
    paths = list(demo.sites.article_urls(PORTAL).values())[:2]
    first = _get(base + paths[0])[2]
    assert first == _get(base + paths[0])[2]
    views = {re.search(r"Lượt xem: ([\d.]+)", _text(_get(base + p)[2])).group(1) for p in paths}
    assert len(views) == 2
