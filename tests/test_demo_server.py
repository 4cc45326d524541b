"""The offline demo portals: pure rendering and the HTTP server over real sockets."""

from __future__ import annotations

import http.client
import re
import unicodedata
import urllib.error
import urllib.request
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

import lxml.html
import pytest
import yaml

from dtcrawl.demo.corpus import DemoArticle, load_corpus
from dtcrawl.demo.faulty import faulty_articles
from dtcrawl.demo.portals import PORTALS
from dtcrawl.demo.server import DemoPortals, is_not_modified
from dtcrawl.demo.site import DemoSites

PORTAL_IDS = list(PORTALS)

CORPUS = load_corpus()
SITES = DemoSites(CORPUS)


def _article(portal_id: str, *, revised: bool = False, images: bool = False) -> DemoArticle:
    for article in CORPUS[portal_id]:
        if revised and not article.revision:
            continue
        if images and not article.images:
            continue
        return article
    raise AssertionError(f"{portal_id}: no suitable article")


def _text_of(markup: str) -> str:
    """Visible text in NFC with whitespace collapsed."""
    text = lxml.html.fromstring(markup).text_content()
    return " ".join(unicodedata.normalize("NFC", text).split())


# Where each family puts a listing's own items (sidebars list articles too).
LISTING_MAIN = {
    "sharepoint": "//div[@class='list-news']",
    "aspnet": "//div[@class='dstin']",
    "liferay": "//div[@id='column-1']",
    "nukeviet": "//div[@class='news_column']",
    "modern": "//main",
}


def _links(portal_id: str, path: str, body: str, within: str = "/html") -> list[str]:
    document = lxml.html.fromstring(body)
    hrefs = [
        a.get("href") for node in document.xpath(within) for a in node.iter("a") if a.get("href")
    ]
    return [urljoin(f"http://x{path}", h) for h in hrefs if not h.startswith(("javascript:", "#"))]


# ----------------------------------------------------------------------------- pure rendering


@pytest.mark.parametrize("portal_id", PORTAL_IDS)
def test_render_serves_home_listings_articles_and_robots_without_sockets(portal_id):
    site = SITES.site(portal_id)
    for path in [site.home_path(), *SITES.start_paths(portal_id), "/robots.txt"]:
        response = SITES.render(portal_id, path)
        assert response.status == 200, path
    for article in CORPUS[portal_id]:
        path = SITES.article_urls(portal_id)[article.key]
        response = SITES.render(portal_id, path)
        assert response.status == 200, path
        assert "ETag" in response.headers and "Last-Modified" in response.headers
        text = _text_of(response.text())
        assert article.title in text
        for paragraph in article.paragraphs:
            assert " ".join(paragraph.split()) in text, (article.key, paragraph[:40])
    assert SITES.render(portal_id, "/no/such/page.html").status == 404


@pytest.mark.parametrize("portal_id", PORTAL_IDS)
def test_render_is_deterministic_and_counters_vary_between_pages(portal_id):
    paths = list(SITES.article_urls(portal_id).values())[:2]
    first = SITES.render(portal_id, paths[0])
    assert first.body == SITES.render(portal_id, paths[0]).body
    counters = set()
    for path in paths:
        text = _text_of(SITES.render(portal_id, path).text())
        counters.add(re.search(r"Lượt xem: (\d+)", text).group(1))
    assert len(counters) == 2


@pytest.mark.parametrize("portal_id", PORTAL_IDS)
def test_each_article_is_linked_from_its_category_and_from_the_news_listing(portal_id):
    site = SITES.site(portal_id)
    etag_of = {}
    for key, path in SITES.article_urls(portal_id).items():
        etag_of[SITES.render(portal_id, path).headers["ETag"]] = key

    def keys_listed(section):
        found = set()
        pages = site.page_of(site.listed(section), 1)[1]
        for page in range(1, pages + 1):
            path = site.listing_path(section, page)
            response = SITES.render(portal_id, path)
            assert response.status == 200, path
            main = LISTING_MAIN[PORTALS[portal_id].cms]
            for url in _links(portal_id, path, response.text(), main):
                parts = urlsplit(url)
                if parts.netloc != "x":
                    continue
                target = SITES.render(
                    portal_id, parts.path + ("?" + parts.query if parts.query else "")
                )
                if target.status == 200 and target.headers.get("ETag") in etag_of:
                    found.add(etag_of[target.headers["ETag"]])
        return found

    assert keys_listed(None) == set(etag_of.values())
    for section in {site.by_key[key].section for key in etag_of.values()}:
        expected = {it.key for it in site.listed(section) if it.kind == "article"}
        assert keys_listed(section) == expected, section.name


@pytest.mark.parametrize("portal_id", PORTAL_IDS)
def test_boilerplate_is_on_every_page(portal_id):
    path = next(iter(SITES.article_urls(portal_id).values()))
    text = _text_of(SITES.render(portal_id, path).text())
    for phrase in ("Chào mừng bạn đến với", "Kết quả giải quyết TTHC", "Hôm nay", "Lượt xem:"):
        assert phrase in text, phrase
    assert "Cơ quan chủ quản:" in text and "khi phát hành lại thông tin từ Website này" in text
    assert re.search(r"\(\d\d/\d\d/\d{4}(, \d\d:\d\d)?\)", text), "dated related lists"


def test_broken_pages_misbehave_as_declared():
    kinds = {}
    for portal_id in PORTAL_IDS:
        for path, kind in SITES.broken_pages(portal_id).items():
            response = SITES.render(portal_id, path)
            kinds[kind] = response
    assert kinds["missing"].status == 404
    assert kinds["error"].status == 500
    assert kinds["truncated"].status == 200 and b"</html>" not in kinds["truncated"].body
    empty = kinds["empty"]
    assert empty.status == 200 and b"</html>" in empty.body
    body = lxml.html.fromstring(empty.text()).get_element_by_id("news-bodyhtml")
    assert body.text_content().strip() == ""


def test_windows_1258_page_decodes_to_the_corpus_text():
    article = _article("hoason")
    response = SITES.render("hoason", SITES.article_urls("hoason")[article.key])
    assert response.headers["Content-Type"] == "text/html; charset=windows-1258"
    assert b'<meta charset="windows-1258"' in response.body
    with pytest.raises(UnicodeDecodeError):
        response.body.decode("utf-8")
    decoded = response.body.decode("cp1258")
    assert any(unicodedata.combining(ch) for ch in decoded), "tone marks are combining"
    text = unicodedata.normalize("NFC", decoded)
    for paragraph in article.paragraphs:
        assert paragraph.replace('"', "&quot;").split("&")[0][:60] in text


def test_revision_changes_text_and_validators():
    for portal_id in PORTAL_IDS:
        revised = [a for a in CORPUS[portal_id] if a.revision]
        if revised:
            break
    article = revised[0]
    path = SITES.article_urls(portal_id)[article.key]
    original = SITES.render(portal_id, path, revision=0)
    edited = SITES.render(portal_id, path, revision=1)
    assert original.headers["ETag"] != edited.headers["ETag"]
    assert original.headers["Last-Modified"] != edited.headers["Last-Modified"]
    new = [
        " ".join(p.split()) for p in article.revision["paragraphs"] if p not in article.paragraphs
    ]
    assert new and new[0] in _text_of(edited.text())
    assert new[0] not in _text_of(original.text())


def test_is_not_modified_prefers_if_none_match():
    response = SITES.render("cds-tayphong", next(iter(SITES.article_urls("cds-tayphong").values())))
    etag, modified = response.headers["ETag"], response.headers["Last-Modified"]
    assert is_not_modified(response, {"If-None-Match": etag})
    assert not is_not_modified(
        response, {"If-None-Match": '"other"', "If-Modified-Since": modified}
    )
    assert is_not_modified(response, {"If-Modified-Since": modified})


# ----------------------------------------------------------------------------- over HTTP


@pytest.fixture(scope="module")
def demo():
    with DemoPortals(port=0, corpus=CORPUS) as portals:
        yield portals


def _get(url: str, headers: dict | None = None, method: str = "GET"):
    request = urllib.request.Request(url, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.mark.parametrize("portal_id", PORTAL_IDS)
def test_http_serves_each_portal_on_its_own_address(demo, portal_id):
    base = demo.base_url(portal_id)
    assert urlsplit(base).hostname == PORTALS[portal_id].host
    entry = next(e for e in demo.portals if e["id"] == portal_id)
    for url in entry["start_urls"]:
        assert _get(url)[0] == 200
    assert _get(base + "/")[0] == 200  # redirects are followed to the home page
    status, _, robots = _get(base + "/robots.txt")
    assert status == 200 and robots.startswith(b"User-agent: *")
    path = next(iter(SITES.article_urls(portal_id).values()))
    status, headers, body = _get(base + path)
    assert status == 200 and "ETag" in headers and len(body) == int(headers["Content-Length"])
    for path in SITES.print_urls(portal_id).values():
        status, _, body = _get(base + path)
        assert status == 200 and b"window.print()" in body
        break


def test_http_conditional_get_and_head(demo):
    path = next(iter(SITES.article_urls("lamgiang").values()))
    url = demo.base_url("lamgiang") + path
    status, headers, _ = _get(url)
    assert status == 200
    assert _get(url, {"If-None-Match": headers["ETag"]})[0] == 304
    assert _get(url, {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    assert _get(url, {"If-None-Match": '"stale"'})[0] == 200
    status, head_headers, body = _get(url, method="HEAD")
    assert status == 200 and body == b"" and head_headers["ETag"] == headers["ETag"]


def test_http_revision_switch_and_request_log(demo):
    for portal_id in PORTAL_IDS:
        revised = [a for a in CORPUS[portal_id] if a.revision]
        if revised:
            break
    path = SITES.article_urls(portal_id)[revised[0].key]
    url = demo.base_url(portal_id) + path
    demo.clear_requests()
    _, first, _ = _get(url)
    demo.set_revision(1)
    try:
        _, second, _ = _get(url, {"If-None-Match": first["ETag"]})
    finally:
        demo.set_revision(0)
    assert second["ETag"] != first["ETag"]
    log = [(p, m, q) for p, m, q, _ in demo.requests]
    assert log == [(portal_id, "GET", path), (portal_id, "GET", path)]
    assert demo.requests[1][3]["If-None-Match"] == first["ETag"]
    assert demo.fetched_paths(portal_id) == [path, path]


def test_http_windows_1258_page(demo):
    article = _article("hoason")
    status, headers, body = _get(
        demo.base_url("hoason") + SITES.article_urls("hoason")[article.key]
    )
    assert status == 200 and headers["Content-Type"].endswith("charset=windows-1258")
    text = _text_of(body.decode("cp1258"))
    assert article.title in text
    assert " ".join(article.paragraphs[-1].split()) in text


def test_http_sitemap_from_robots_and_feed_from_alternate_link(demo):
    base = demo.base_url("cds-tayphong")
    robots = _get(base + "/robots.txt")[2].decode()
    assert "Disallow: /vi/tim-kiem" in robots
    index_url = re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    index = ElementTree.fromstring(_get(index_url)[2])
    locs = []
    for child in index.findall("s:sitemap/s:loc", ns):
        locs += [
            e.text for e in ElementTree.fromstring(_get(child.text)[2]).findall("s:url/s:loc", ns)
        ]
    for path in SITES.article_urls("cds-tayphong").values():
        assert base + path in locs
    article = _get(base + next(iter(SITES.article_urls("cds-tayphong").values())))[2].decode()
    assert 'href="/vi/tim-kiem?q=' in article  # the disallowed section is linked all the same

    base = demo.base_url("sokhcn-lamgiang")
    entry = next(e for e in demo.portals if e["id"] == "sokhcn-lamgiang")
    home = lxml.html.fromstring(_get(base + "/vi/")[2])
    alternate = home.xpath('//link[@rel="alternate"][@type="application/rss+xml"]/@href')[0]
    assert base + alternate in entry["feeds"]
    status, headers, feed = _get(base + alternate)
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    links = [e.text for e in ElementTree.fromstring(feed).iter("link")]
    assert base + next(iter(SITES.article_urls("sokhcn-lamgiang").values())) in links


def test_registry_yaml_lists_every_portal_with_bound_urls(demo, tmp_path):
    path = demo.write_registry(tmp_path / "portals.yaml")
    registry = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [e["id"] for e in registry["portals"]] == PORTAL_IDS
    for entry in registry["portals"]:
        assert set(entry) == {
            "id",
            "name",
            "province",
            "start_urls",
            "allowed_domains",
            "sitemaps",
            "feeds",
            "relevance",
            "cms",
        }
        assert entry["allowed_domains"] == [PORTALS[entry["id"]].host]
        assert all(u.startswith(demo.base_url(entry["id"])) for u in entry["start_urls"])
    relevance = {e["id"]: e["relevance"] for e in registry["portals"]}
    assert relevance["cds-tayphong"] == "all" and relevance["lamgiang"] == "keywords"


# ----------------------------------------------------------------------------- the faulty portal


@pytest.fixture(scope="module")
def faulty():
    with DemoPortals(port=0, portal_ids=["faulty"]) as portals:
        yield portals


def _faulty_paths(faulty_demo) -> dict[str, str]:
    site = faulty_demo.sites.site("faulty")
    return {behaviour: path for path, behaviour in site.behaviours().items()}


def test_faulty_listing_links_every_misbehaving_page_and_article(faulty):
    base = faulty.base_url("faulty")
    status, _, body = _get(base + "/tin-tuc")
    assert status == 200
    linked = {urlsplit(u).path for u in _links("faulty", "/tin-tuc", body.decode())}
    site = faulty.sites.site("faulty")
    assert set(site.behaviours()) <= linked
    assert {site.article_path(it) for it in site.items} <= linked
    robots = _get(base + "/robots.txt")[2].decode()
    assert "Disallow: /noi-bo/" in robots
    assert _faulty_paths(faulty)["robots-disallowed"].startswith("/noi-bo/")


def test_faulty_flaky_page_answers_503_then_200(faulty):
    url = faulty.base_url("faulty") + _faulty_paths(faulty)["flaky"]
    status, headers, _ = _get(url)
    assert status == 503 and headers["Retry-After"] == "1"
    status, _, body = _get(url)
    assert status == 200 and "thanh toán không dùng tiền mặt" in body.decode()


def test_faulty_hanging_page_lets_the_client_give_up(faulty):
    url = faulty.base_url("faulty") + _faulty_paths(faulty)["hang"]
    with pytest.raises((TimeoutError, urllib.error.URLError)):
        urllib.request.urlopen(url, timeout=0.5)
    assert _get(faulty.base_url("faulty") + "/tin-tuc")[0] == 200  # the server is still alive


def test_faulty_redirect_loop_reset_and_truncation(faulty):
    base = faulty.base_url("faulty")
    paths = _faulty_paths(faulty)
    with pytest.raises(urllib.error.HTTPError, match="infinite loop"):
        urllib.request.urlopen(base + paths["redirect-loop"], timeout=5)
    with pytest.raises((ConnectionError, http.client.IncompleteRead)):
        with urllib.request.urlopen(base + paths["reset"], timeout=5) as response:
            response.read()
    status, _, body = _get(base + paths["truncated"])
    assert status == 200 and b"</html>" not in body


def test_faulty_huge_page_and_pdf_served_as_html(faulty):
    base = faulty.base_url("faulty")
    paths = _faulty_paths(faulty)
    status, headers, _ = _get(base + paths["huge"], method="HEAD")
    assert status == 200 and int(headers["Content-Length"]) >= 10_000_000
    status, headers, body = _get(base + paths["pdf-as-html"])
    assert headers["Content-Type"].startswith("text/html") and body.startswith(b"%PDF-")


def test_faulty_windows_1258_pages_with_wrong_or_missing_declaration(faulty):
    base = faulty.base_url("faulty")
    paths = _faulty_paths(faulty)
    articles = {a.key: a for a in faulty_articles()}
    status, headers, body = _get(base + paths["wrong-charset"])
    assert (
        headers["Content-Type"] == "text/html; charset=utf-8" and b'<meta charset="utf-8">' in body
    )
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert articles["faulty-04"].paragraphs[1] in _text_of(body.decode("cp1258"))
    status, headers, body = _get(base + paths["missing-charset"])
    assert headers["Content-Type"] == "text/html" and b"charset" not in body
    assert articles["faulty-05"].paragraphs[0] in _text_of(body.decode("cp1258"))


@pytest.mark.parametrize("portal_id", PORTAL_IDS)
def test_every_menu_section_has_a_first_page_and_no_page_past_the_last(portal_id):
    site = SITES.site(portal_id)
    for section in site.sections.values():
        assert SITES.render(portal_id, site.listing_path(section)).status == 200, section.name
    pages = site.page_of(site.listed(None), 1)[1]
    assert SITES.render(portal_id, site.listing_path(None, pages)).status == 200
    assert SITES.render(portal_id, site.listing_path(None, pages + 1)).status == 404


@pytest.mark.parametrize("portal_id", PORTAL_IDS)
def test_broken_pages_are_linked_under_one_url_only(portal_id):
    site = SITES.site(portal_id)
    broken = SITES.broken_pages(portal_id)
    pages = [site.home_path(), *SITES.article_urls(portal_id).values()]
    for section in [None, *site.sections.values()]:
        last = site.page_of(site.listed(section), 1)[1]
        pages += [site.listing_path(section, n) for n in range(1, last + 1)]
    seen = {path: set() for path in broken}
    for page in pages:
        for url in _links(portal_id, page, SITES.render(portal_id, page).text()):
            parts = urlsplit(url)
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            for path in broken:
                if path.rsplit("/", 1)[1] in target.split(";")[0]:
                    seen[path].add(target)
    assert seen == {path: {path} for path in broken}
