"""The department portal behind a WAF front (portal skhcn-quelam): the front's cookie challenge
and punishing rate limit (on a clock the tests move by hand), and the portal's pages over HTTP."""

from __future__ import annotations

import html
import http.client
import re
import threading
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.ratelimit import (
    BUSY_NOTICE,
    DELETED_NOTICE,
    RateLimitSite,
    WafFront,
    detail_stamp,
)
from dtcrawl.demo.portals import ALL_PORTALS

PORTAL = "skhcn-quelam"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LISTING = re.compile(r"^/(tin-tuc-su-kien|chuyen-muc/[a-z0-9-]+)(/trang-\d+)?\.html$")


class HandClock:
    """A clock the test moves: ``step`` seconds pass at every reading (0: frozen)."""

    def __init__(self, step: float = 0.0):
        self.now = 1000.0
        self.step = step
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            self.now += self.step
            return self.now


def new_site(clock: HandClock) -> RateLimitSite:
    return RateLimitSite(ALL_PORTALS[PORTAL], ARTICLES, clock=clock)


def cookie_header(response) -> dict[str, str]:
    """The Cookie header a browser would send back after ``response``."""
    name_value = response.headers["Set-Cookie"].split(";", 1)[0]
    return {"Cookie": name_value}


# ---------------------------------------------------------------- the front, no sockets


def test_first_visit_is_challenged_with_a_cookie_and_a_redirect_to_the_same_url():
    site = new_site(HandClock(step=1.0))
    path = "/chuyen-muc/chuyen-doi-so/trang-2.html"
    first = site.respond(path, client="10.1.1.1")
    assert first.status == 302 and first.headers["Location"] == path
    assert re.fullmatch(r"TS01a2b3c4=01[0-9a-f]{46}; Path=/", first.headers["Set-Cookie"])
    again = site.respond(path, headers=cookie_header(first), client="10.1.1.1")
    assert again.status == 200 and "Chuyển đổi số" in again.text()
    assert again.body == site.render(path).body
    forged = {"Cookie": "TS01a2b3c4=01deadbeef; other=1"}
    assert site.respond(path, headers=forged, client="10.1.1.1").status == 302
    # The cookie is the client's own: another address is challenged again.
    assert site.respond(path, headers=cookie_header(first), client="10.1.1.2").status == 302


def test_a_burst_passes_then_429_with_retry_after_then_hammering_gets_503_longer_and_capped():
    clock = HandClock()
    site = new_site(clock)
    cookie = cookie_header(site.respond("/", client="10.2.2.2"))
    statuses = [site.respond("/", headers=cookie, client="10.2.2.2").status for _ in range(15)]
    assert statuses == [200] * 15  # the challenge took the first of the 16 tokens
    refused = site.respond("/", headers=cookie, client="10.2.2.2")
    assert refused.status == 429 and refused.headers["Retry-After"] == "1"
    assert "Request Rejected" in refused.text()
    waits = []
    for _ in range(30):
        clock.now += 0.1
        busy = site.respond("/", headers=cookie, client="10.2.2.2")
        assert busy.status == 503 and BUSY_NOTICE in busy.text()
        waits.append(int(busy.headers["Retry-After"]))
    assert waits[0] == 2 and waits == sorted(waits) and waits[-1] == 10
    # Another client is not punished for this one.
    other = site.respond("/", client="10.2.2.3")
    assert other.status == 302
    # Waiting out the announced time lets the client in again.
    clock.now += waits[-1]
    assert site.respond("/", headers=cookie, client="10.2.2.2").status == 200


def test_a_client_that_obeys_retry_after_gets_in_and_a_steady_8_per_second_is_never_refused():
    clock = HandClock()
    site = new_site(clock)
    cookie = cookie_header(site.respond("/robots.txt", client="10.3.3.3"))
    for _ in range(15):
        assert site.respond("/robots.txt", headers=cookie, client="10.3.3.3").status == 200
    refused = site.respond("/robots.txt", headers=cookie, client="10.3.3.3")
    assert refused.status == 429
    clock.now += float(refused.headers["Retry-After"])
    clock.step = 1 / WafFront.rate
    statuses = {
        site.respond("/robots.txt", headers=cookie, client="10.3.3.3").status for _ in range(200)
    }
    assert statuses == {200}
    clock.step = 1 / 10  # a little faster than the bucket fills: refused sooner or later
    statuses = [
        site.respond("/robots.txt", headers=cookie, client="10.3.3.3").status for _ in range(200)
    ]
    assert 429 in statuses and statuses[0] == 200


# ---------------------------------------------------------------- the portal over HTTP


@pytest.fixture(scope="module")
def clock(site):
    """The running portal's front on a hand clock: one second passes at each request."""
    hand = HandClock(step=1.0)
    site.front.clock = hand
    return hand


class Browser:
    """GETs from the running portal, keeping the cookies it is given (no redirects followed)."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.cookies: dict[str, str] = {}

    def get(self, path: str) -> tuple[int, dict[str, str], str]:
        host, port = urlsplit(self.base_url).netloc.split(":")
        connection = http.client.HTTPConnection(host, int(port), timeout=10)
        headers = {}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            body = response.read().decode("utf-8", "replace")
            found = dict(response.getheaders())
        finally:
            connection.close()
        if "Set-Cookie" in found:
            name, _, value = found["Set-Cookie"].split(";", 1)[0].partition("=")
            self.cookies[name] = value
        return response.status, found, body

    def page(self, path: str) -> tuple[int, dict[str, str], str]:
        """GET ``path``, passing the front's challenge if there is one."""
        status, headers, body = self.get(path)
        if status == 302 and headers.get("Location") == path:
            status, headers, body = self.get(path)
        return status, headers, body


@pytest.fixture(scope="module")
def browser(demo, clock):
    return Browser(demo.base_url(PORTAL))


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def local_path(base_url: str, page_path: str, href: str) -> str | None:
    url = urlsplit(urljoin(base_url + page_path, href))
    if f"{url.scheme}://{url.netloc}" != base_url:
        return None
    return (url.path or "/") + (f"?{url.query}" if url.query else "")


def test_every_article_shows_its_title_date_paragraphs_captions_byline_and_source(browser, site):
    for article in ARTICLES:
        item = site.by_key[article.key]
        status, _, markup = browser.page(site.article_path(item))
        assert status == 200
        document = lxml.html.fromstring(markup)
        assert text_of(document.xpath("//h1[@class='news-detail-title']")[0]) == article.title
        meta = text_of(document.xpath("//div[@class='news-detail-meta']")[0])
        assert detail_stamp(item.published) in meta and "Lượt xem:" in meta
        content = document.xpath("//div[@id='noidung']")[0]
        shown = [text_of(p) for p in content.xpath("./p")]
        for paragraph in article.paragraphs:
            assert " ".join(paragraph.split()) in shown
        captions = [text_of(c) for c in content.xpath(".//figcaption")]
        assert captions == [image["caption"] for image in article.images]
        if article.author:
            assert shown[-1] == article.author
        source = document.xpath("//div[@class='news-source']")
        assert [text_of(s) for s in source] == (
            [f"Nguồn: {article.source}"] if article.source else []
        )


def test_every_listing_page_is_reachable_from_the_home_page_through_the_pagers(browser, site):
    reached: dict[str, tuple[int, str]] = {}
    queue = deque(["/"])
    while queue:
        path = queue.popleft()
        if path in reached:
            continue
        status, _, body = browser.page(path)
        reached[path] = (status, body)
        if status != 200:
            continue
        for href in lxml.html.fromstring(body).xpath("//a/@href"):
            link = local_path(browser.base_url, path, href)
            if link and LISTING.match(link) and link not in reached:
                queue.append(link)
    for section in [None, *site.sections.values()]:
        _, count = site.page_of(site.listed(section), 1)
        for n in range(1, count + 1):
            assert reached[site.listing_path(section, n)][0] == 200
    listed = "".join(body for _, body in reached.values())
    for article in ARTICLES:
        assert html.escape(article.title) in listed
    pager = lxml.html.fromstring(reached[site.listing_path(None, 1)][1])
    numbers = pager.xpath("//ul[@class='pagination']//text()")
    assert "…" in numbers  # a window of page numbers, not all of them


def all_listings(browser, site) -> str:
    """The markup of every listing page of every section, and of the home page."""
    pages = [browser.page("/")[2]]
    for section in [None, *site.sections.values()]:
        _, count = site.page_of(site.listed(section), 1)
        pages += [browser.page(site.listing_path(section, n))[2] for n in range(1, count + 1)]
    return "".join(pages)


def test_deleted_stories_are_listed_and_answer_200_with_a_notice_in_the_template(browser, site):
    deleted = [it for it in site.items if it.kind == "deleted"]
    assert len(deleted) == 3
    listed = all_listings(browser, site)
    for item in deleted:
        assert f'href="{site.article_path(item)}"' in listed
        status, _, markup = browser.page(site.article_path(item))
        assert status == 200 and DELETED_NOTICE in markup
        assert "Cơ quan chủ quản" in markup and "Tin nổi bật" in markup
        assert html.escape(item.title) not in lxml.html.tostring(
            lxml.html.fromstring(markup).xpath("//div[contains(@class,'main-content')]")[0],
            encoding="unicode",
        )


def test_moved_articles_are_linked_by_the_old_url_which_answers_301_to_the_current_one(
    browser, site
):
    moved = site.moved_paths()
    assert 3 <= len(moved) <= 15
    listed = all_listings(browser, site)
    for old, current in moved.items():
        assert f'href="{html.escape(old)}"' in listed
        status, headers, _ = browser.page(old)
        assert status == 301
        assert urlsplit(headers["Location"]).path == current
        status, _, markup = browser.page(current)
        assert status == 200 and html.escape(site.by_path[current].title) in markup


def test_unknown_pages_answer_404_and_robots_txt_is_served(browser, site):
    assert browser.page("/khong-co-trang-nay.html")[0] == 404
    assert browser.page("/tin-bai/2021/01/khong-co-p1.html")[0] == 404
    assert browser.page("/portal/tintuc/chitiet.aspx?id=1")[0] == 404
    assert browser.page("/tin-tuc-su-kien/trang-99.html")[0] == 404
    status, _, robots = browser.page("/robots.txt")
    assert status == 200 and "Disallow: /quantri/" in robots


def test_the_front_answers_over_http_when_the_server_passes_it_the_request(demo, site, clock):
    fresh = Browser(demo.base_url(PORTAL))
    status, headers, _ = fresh.get("/")
    if status == 200 and "Set-Cookie" not in headers:
        pytest.skip("dtcrawl.demo.server does not give sites the request's headers and client")
    assert status == 302 and headers["Location"] == "/"
    assert fresh.get("/")[0] == 200
    clock.step = 0.0
    try:
        statuses = [fresh.get("/robots.txt")[0] for _ in range(40)]
        assert 429 in statuses and statuses[-1] == 503
        status, headers, body = fresh.get("/")
        assert status == 503 and BUSY_NOTICE in body and int(headers["Retry-After"]) >= 1
        clock.now += WafFront.max_penalty
        assert fresh.get("/")[0] == 200
    finally:
        clock.step = 1.0
        clock.now += WafFront.max_penalty
