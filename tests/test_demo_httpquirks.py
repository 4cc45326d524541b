"""The home-grown ASP.NET portal behind a misconfigured proxy (portal nganthuy), over HTTP."""

from __future__ import annotations

import gzip
import http.client
import time
import unicodedata
from collections import deque
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

import lxml.html
import pytest

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import parse_local
from dtcrawl.demo.cms.httpquirks import BOM, SLOW_SECONDS, date_line
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS
from dtcrawl.demo.server import DemoPortals

PORTAL = "nganthuy"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]


@dataclass
class Answer:
    status: int
    headers: list[tuple[str, str]]  # as sent: names keep their case
    body: bytes  # as sent (gzip not undone)

    def header(self, name: str) -> str | None:
        found = [v for k, v in self.headers if k.lower() == name.lower()]
        return found[0] if found else None


@dataclass
class Page:
    path: str  # where the redirects ended
    status: int
    answer: Answer
    text: str
    hops: list[tuple[int, str]]  # (status, Location) of each redirect
    tries: int


def escaped(path: str) -> str:
    """``path`` as a careful client sends it (spaces and non-ASCII escaped)."""
    return quote(path, safe="/?=&%:;+,#")


def get(base: str, path: str, headers: dict[str, str] | None = None) -> Answer:
    host, port = urlsplit(base).netloc.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=15)
    try:
        connection.request("GET", escaped(path), headers=headers or {})
        response = connection.getresponse()
        return Answer(response.status, response.getheaders(), response.read())
    finally:
        connection.close()


def decoded(answer: Answer) -> str:
    """The text a patient reader ends up with: gzip undone, a BOM or valid UTF-8 read as UTF-8,
    anything else as windows-1258 (whatever the header and the <meta> say)."""
    body = answer.body
    if (answer.header("Content-Encoding") or "").lower() == "gzip":
        body = gzip.decompress(body)
    if body.startswith(BOM):
        text = body[len(BOM) :].decode("utf-8")
    else:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            text = body.decode("cp1258")
    return unicodedata.normalize("NFC", text)


def read(base: str, path: str) -> Page:
    """Read ``path`` as a patient reader: follow redirects (relative ones against the page,
    spaces escaped), ask once more after a 500 or 503."""
    hops: list[tuple[int, str]] = []
    tries = 0
    for _ in range(6):
        answer = get(base, path)
        tries += 1
        if answer.status in (500, 503):
            answer = get(base, path)
            tries += 1
        if answer.status in (301, 302):
            location = answer.header("Location") or ""
            hops.append((answer.status, location))
            url = urlsplit(urljoin(base + path, location))
            assert f"{url.scheme}://{url.netloc}" == base, location
            path = url.path + (f"?{url.query}" if url.query else "")
            continue
        return Page(path, answer.status, answer, decoded(answer), hops, tries)
    raise AssertionError(f"too many redirects from {path}")


def links(base: str, path: str, markup: str) -> list[str]:
    document = lxml.html.fromstring(markup)
    found = []
    for href in document.xpath("//a/@href"):
        if href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urlsplit(urljoin(base + path, href.strip()))
        if f"{url.scheme}://{url.netloc}" == base:
            found.append(url.path + (f"?{url.query}" if url.query else ""))
    return found


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


@pytest.fixture(scope="module")
def walked(demo) -> dict[str, Page]:
    """Every page a patient reader reaches from ``/`` by links: link -> page (print views left
    out)."""
    base = demo.base_url(PORTAL)
    reached: dict[str, Page] = {}
    queue = deque(["/"])
    while queue:
        path = queue.popleft()
        if path in reached:
            continue
        page = read(base, path)
        reached[path] = page
        if page.status == 200:
            queue.extend(
                link
                for link in links(base, page.path, page.text)
                if link not in reached and "in-bai-viet" not in link.lower()
            )
    return reached


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.84"


def test_every_article_is_reached_from_the_root_by_a_patient_reader(walked, site):
    finals = {page.path for page in walked.values() if page.status == 200}
    for item in site.articles:
        assert site.article_path(item) in finals, item.key
    # The deleted article is still listed: IIS's 404.
    missing = [it for it in site.items if it.kind == "missing"]
    assert missing and all(walked[site.article_path(it)].status == 404 for it in missing)


def test_every_article_page_shows_title_date_body_captions_and_byline(demo, site):
    base = demo.base_url(PORTAL)
    by_key = {it.key: it for it in site.items}
    for article in ARTICLES:
        page = read(base, site.article_path(by_key[article.key]))
        assert page.status == 200, article.key
        document = lxml.html.fromstring(page.text)
        assert text_of(document.xpath("//h1[@class='tieu-de-bai']")[0]) == article.title
        date = text_of(document.xpath("//span[@class='ngay-dang']")[0])
        assert date == date_line(parse_local(article.published))
        content = document.xpath("//div[@class='noi-dung-bai']")[0]
        assert [text_of(p) for p in content.xpath("./p[not(@class)]")] == list(article.paragraphs)
        captions = [text_of(c) for c in content.xpath(".//div[@class='chu-thich-anh']")]
        assert captions == [image["caption"] for image in article.images]
        authors = [text_of(p) for p in content.xpath("./p[@class='tac-gia']")]
        assert authors == ([article.author] if article.author else [])
        sources = [text_of(p) for p in content.xpath("./p[@class='nguon-tin']")]
        assert sources == ([f"Nguồn: {article.source}"] if article.source else [])


def test_article_pages_declare_their_type_in_every_wrong_way(demo, site):
    base = demo.base_url(PORTAL)
    seen = set()
    for item in site.articles:
        answer = get(base, site.article_path(item))
        if answer.status != 200:
            answer = get(base, site.article_path(item))
        names = [name for name, _ in answer.headers]
        declared = answer.header("Content-Type")
        body = answer.body
        if answer.header("Content-Encoding") == "gzip":
            assert body.startswith(b"\x1f\x8b")
            seen.add("gzip")
            body = gzip.decompress(body)
        if "CONTENT-TYPE" in names:
            seen.add("capitals")
        if body.startswith(BOM):
            seen.add("bom")
        if declared is None:
            seen.add("no type")
        elif declared.startswith("text/plain"):
            seen.add("text/plain")
        elif declared.endswith("charset=utf8"):
            seen.add("utf8")
        elif declared.endswith("windows-1258"):
            try:
                body.decode("utf-8")
                seen.add("1258 over utf-8")
            except UnicodeDecodeError:
                seen.add("real 1258")
        elif declared == "text/html":
            seen.add("no charset")
        assert b'content="text/html; charset=utf-8"' in body[:700], item.key
    assert seen == {
        "gzip",
        "capitals",
        "bom",
        "no type",
        "text/plain",
        "utf8",
        "1258 over utf-8",
        "real 1258",
        "no charset",
    }


def test_gzip_is_sent_whatever_the_client_asked(demo):
    base = demo.base_url(PORTAL)
    for asked in ({}, {"Accept-Encoding": "identity"}, {"Accept-Encoding": "gzip"}):
        answer = get(base, "/", asked)
        assert answer.status == 200 and answer.header("Content-Encoding") == "gzip"
        assert int(answer.header("Content-Length")) == len(answer.body)
        assert "Tin tiêu điểm" in gzip.decompress(answer.body).decode("utf-8")


def test_old_articles_are_windows_1258_under_a_utf8_meta_behind_three_redirects(demo, site):
    base = demo.base_url(PORTAL)
    legacy = [it for it in site.articles if it.number in site.legacy]
    assert len(legacy) == 3
    section = legacy[0].section
    _, pages = site.page_of(site.listed(section), 1)
    hrefs = [
        link
        for number in range(1, pages + 1)
        for link in links(base, "/", read(base, site.listing_path(section, number)).text)
    ]
    assert site.old_path(legacy[0]) in hrefs and site.article_path(legacy[0]) not in hrefs
    for item in legacy:
        page = read(base, site.old_path(item))
        assert [status for status, _ in page.hops] == [301, 302, 301]
        assert page.hops[1][1].startswith("../../")
        assert page.path == site.article_path(item) and page.status == 200
        body = page.answer.body
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
        assert b'content="text/html; charset=utf-8"' in body[:700]
        assert item.title in page.text and item.paragraphs[-1] in page.text


def test_flaky_articles_answer_500_or_503_once_then_the_page():
    with DemoPortals(port=0, corpus=CORPUS, portal_ids=[PORTAL]) as portals:
        base = portals.base_url(PORTAL)
        site = portals.sites.site(PORTAL)
        assert sorted(site.first_failures.values()) == [500, 500, 503, 503]
        for path, status in site.first_failures.items():
            first = get(base, path)
            assert first.status == status
            assert (b"Server Error" if status == 500 else b"Service Unavailable") in first.body
            again = get(base, path)
            assert again.status == 200
            assert site.by_path[path].title in decoded(again)
        # Only the first request of each path fails, on this server only.
        other = site.article_path(next(it for it in site.articles if it.number in site.legacy))
        assert get(base, other).status == 200


def test_one_article_answers_slowly(demo, site):
    (path,) = site.slow
    base = demo.base_url(PORTAL)
    started = time.monotonic()
    answer = get(base, path)
    elapsed = time.monotonic() - started
    assert answer.status == 200 and SLOW_SECONDS - 0.1 <= elapsed < SLOW_SECONDS + 2
    started = time.monotonic()
    get(base, site.article_path(site.articles[0]))
    assert time.monotonic() - started < 1


def test_the_second_news_page_is_cut_mid_html(demo, site):
    base = demo.base_url(PORTAL)
    path = site.listing_path(None, 2)
    answer = get(base, path)
    assert answer.status == 200 and int(answer.header("Content-Length")) == len(answer.body)
    text = answer.body.decode("utf-8", "replace")
    assert "</html>" not in text and "phan-trang" not in text
    items, _ = site.page_of(site.listed(None), 2)
    shown = links(base, path, text)
    assert site.link_of(items[0]) in shown
    assert site.link_of(items[-1]) not in shown
    # Every other listing page is whole.
    for page in (1, 3):
        assert "</html>" in read(base, site.listing_path(None, page)).text


def test_menu_redirects_with_a_relative_location_and_short_links_with_spaces(demo, site):
    base = demo.base_url(PORTAL)
    home = read(base, "/").text
    menu = [link for link in links(base, "/", home) if link.startswith("/chuyen-muc.aspx?id=")]
    assert len(menu) == 1 + len(site.sections)
    for link in menu:
        answer = get(base, link)
        location = answer.header("Location")
        assert answer.status == 301 and not location.startswith(("/", "http"))
        page = read(base, link)
        assert page.status == 200 and page.path == "/" + location
    short = [link for link in links(base, "/", home) if link.startswith("/xem-tin.aspx")]
    assert len(short) >= 3
    for link in short:
        answer = get(base, link)
        assert answer.status == 302 and " " in answer.header("Location")
        page = read(base, link)
        assert [status for status, _ in page.hops] == [302, 301]
        assert page.status == 200 and page.path in site.by_path


def test_pager_reaches_every_listing_page_and_stops_after_the_last(demo, walked, site):
    finals = {page.path for page in walked.values() if page.status == 200}
    for section in [None, *site.sections.values()]:
        _, pages = site.page_of(site.listed(section), 1)
        for number in range(1, pages + 1):
            assert site.listing_path(section, number) in finals, (section, number)
    _, pages = site.page_of(site.listed(None), 1)
    assert pages >= 5
    base = demo.base_url(PORTAL)
    pager = lxml.html.fromstring(read(base, site.listing_path(None, 4)).text).xpath(
        "//div[@class='phan-trang']"
    )[0]
    assert pager.xpath(".//span[@class='trang-hien-tai']")[0].text == "4"
    assert [a.text for a in pager.xpath("./a")][:2] == ["Đầu", "«"]
    assert get(base, site.listing_path(None, pages + 1)).status == 404


def test_boilerplate_print_view_and_404(demo, site):
    base = demo.base_url(PORTAL)
    item = site.articles[0]
    page = read(base, site.article_path(item))
    for needle in (
        "__VIEWSTATE",
        "Kết quả giải quyết TTHC",
        "Thống kê truy cập",
        "Tin đọc nhiều",
        "Cơ quan chủ quản",
        ALL_PORTALS[PORTAL].licence,
        "Tin cùng chuyên mục",
        "Các tin đã đưa",
    ):
        assert needle in page.text, needle
    printed = read(base, site.print_path(item))
    assert printed.status == 200
    assert all(paragraph in printed.text for paragraph in item.paragraphs)
    for path in ("/khong-co.aspx", "/chuyen-muc.aspx?id=99", f"{site.listing_path(None)}?trang=99"):
        assert get(base, path).status == 404, path
    assert get(base, "/Portal/NewsDetail.aspx?NewsID=1").status == 404
