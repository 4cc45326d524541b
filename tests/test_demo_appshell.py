"""The single-page-application portal whose pages are one app shell (portal hanhlang), over HTTP."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import deque
from datetime import datetime
from urllib.parse import urlsplit

import lxml.html
from conftest import raw_get, site_links

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.appshell import API, ARTICLE_PATH
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "hanhlang"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
STATE = re.compile(r"window\.__INITIAL_STATE__ = (\{.*\});\s*$", re.S)
LOC = re.compile(r"<loc>([^<]+)</loc>")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def fetch_json(demo, path: str) -> tuple[int, dict]:
    status, _, body = fetch(demo, path)
    return status, json.loads(body)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def state_of(markup: str) -> dict:
    """The store's initial state written into the page."""
    document = lxml.html.fromstring(markup)
    (script,) = [
        s.text for s in document.xpath("//script[not(@src)]") if "__INITIAL_STATE__" in s.text
    ]
    return json.loads(STATE.search(script).group(1))


def ld_blocks(markup: str) -> list[dict]:
    document = lxml.html.fromstring(markup)
    return [json.loads(s.text) for s in document.xpath('//script[@type="application/ld+json"]')]


def state_urls(value) -> list[str]:
    """Every site-relative ``url`` the state carries (what the app's router-links point to)."""
    if isinstance(value, dict):
        found = [value["url"]] if isinstance(value.get("url"), str) else []
        return found + [u for v in value.values() for u in state_urls(v)]
    if isinstance(value, list):
        return [u for v in value for u in state_urls(v)]
    return []


def visible_text(markup: str) -> str:
    """What the markup shows without running its scripts: the body less scripts."""
    document = lxml.html.fromstring(markup)
    for script in document.xpath("//script"):
        script.getparent().remove(script)
    return text_of(document.body)


def walk(demo) -> tuple[dict[str, str], set[str]]:
    """Pages reached from ``/`` through anchors, the state's URLs and the sitemaps of
    robots.txt (the site's own means of discovery): path -> markup, and every link seen."""
    base = demo.base_url(PORTAL)
    _, _, robots = fetch(demo, "/robots.txt")
    sitemaps = deque(
        urlsplit(line.split(":", 1)[1].strip()).path
        for line in robots.splitlines()
        if line.startswith("Sitemap:")
    )
    queue = deque(["/"])
    while sitemaps:
        _, _, xml = fetch(demo, sitemaps.popleft())
        for loc in LOC.findall(xml):
            path = urlsplit(loc).path
            (sitemaps if path.endswith(".xml") else queue).append(path)
    reached: dict[str, str] = {}
    seen: set[str] = set()
    while queue:
        path = queue.popleft()
        if path in seen:
            continue
        seen.add(path)
        status, headers, body = fetch(demo, path)
        if status != 200 or not headers["Content-Type"].startswith("text/html"):
            continue
        reached[path] = body
        links = site_links(base, path, body) + [
            u for u in state_urls(state_of(body)) if u.startswith("/")
        ]
        queue.extend(link for link in links if link not in seen)
    return reached, seen


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.73"
    assert portal.domain == "halang.gov.vn"


def test_every_article_page_is_a_shell_whose_state_holds_the_article(demo, site):
    by_key = {it.key: it for it in site.items}
    for article in ARTICLES:
        item = by_key[article.key]
        status, headers, body = fetch(demo, site.article_path(item))
        assert status == 200, article.key
        assert headers["ETag"]
        # Nothing of the article in the markup outside the head and the scripts.
        shown = visible_text(body)
        assert article.title not in shown and article.paragraphs[0][:40] not in shown
        assert "cần JavaScript" in shown and "Đang tải dữ liệu" in shown
        document = lxml.html.fromstring(body)
        assert not document.xpath('//div[@id="app"]//a') and not document.xpath("//h1")
        # What the app draws from the state: the reader's article.
        data = state_of(body)["article"]
        assert data["title"] == article.title
        content = lxml.html.fromstring(f"<div>{data['content']}</div>")
        paragraphs = [data["sapo"]] + [text_of(p) for p in content.xpath("./p")]
        assert paragraphs == list(article.paragraphs)
        captions = [text_of(c) for c in content.xpath("./figure/figcaption")]
        assert captions == [image["caption"] for image in article.images]
        assert data["author"] == (article.author or "")
        assert data["source"] == (article.source or "")
        assert datetime.fromisoformat(data["publishedDate"]) == article.published
        assert datetime.fromisoformat(data["createdDate"]) < article.published
        assert datetime.fromisoformat(data["modifiedDate"]) > article.published
        assert data["createdBy"]["fullName"] != article.author
        # The head, as search engines get it.
        stamp = document.xpath('//meta[@property="article:published_time"]/@content')[0]
        assert datetime.fromisoformat(stamp).replace(tzinfo=None) == article.published
        assert document.xpath('//meta[@property="og:title"]/@content') == [article.title]
        assert document.xpath("//title")[0].text.startswith(article.title + " | ")
        news = ld_blocks(body)[0]
        assert news["@type"] == "NewsArticle" and news["headline"] == article.title
        assert news["datePublished"].endswith("Z")
        assert news["author"]["@type"] == ("Person" if article.author else "Organization")
        flat = " ".join(article.paragraphs)
        if not article.images:
            assert news["articleBody"] == flat
        else:
            assert (
                news["articleBody"] != flat and article.images[0]["caption"] in news["articleBody"]
            )


def test_the_markup_is_encoded_as_the_aspnet_core_host_writes_it(demo, site):
    item = site.items[0]
    _, _, body = fetch(demo, site.article_path(item))
    head = body[: body.index("</title>")]
    assert "&#x" in head and item.title not in head  # Razor's HtmlEncoder
    script = body[body.index("window.__INITIAL_STATE__") :]
    assert not re.search(r"[^\x00-\x7f]", script) and "\\u003C" in script
    assert "<p" not in script.split("</script>")[0]


def test_every_article_is_reachable_from_the_home_page(demo, site):
    reached, seen = walk(demo)
    articles = {site.article_path(it) for it in site.items if it.kind == "article"}
    assert articles <= set(reached)
    listings = {p for p in reached if p.startswith("/chuyen-muc/")}
    assert len(listings) == len(site.sections)
    # The withdrawn article is still in the sitemap and answers 404.
    (withdrawn,) = [it for it in site.items if it.kind == "missing"]
    assert site.article_path(withdrawn) in seen and site.article_path(withdrawn) not in reached
    assert fetch(demo, site.article_path(withdrawn))[0] == 404
    # The undated pages of text are reached too.
    assert {"/gioi-thieu", "/gioi-thieu/lich-su-hinh-thanh", "/lien-he"} <= set(reached)


def test_the_sitemap_lags_and_the_home_state_has_the_newest(demo, site):
    _, _, index = fetch(demo, "/sitemap.xml")
    mapped = set()
    for loc in LOC.findall(index):
        _, _, xml = fetch(demo, urlsplit(loc).path)
        mapped |= {urlsplit(u).path for u in LOC.findall(xml)}
    healthy = [it for it in site.items if it.kind == "article"]
    missing = [it for it in healthy if site.article_path(it) not in mapped]
    assert 1 <= len(missing) <= 5
    assert all(it.published > site.sitemap_time for it in missing)
    _, _, home = fetch(demo, "/")
    latest = {card["url"] for card in state_of(home)["home"]["latest"]}
    assert {site.article_path(it) for it in missing} <= latest
    assert len(mapped & {site.article_path(it) for it in healthy}) == len(healthy) - len(missing)


def test_listings_go_on_through_the_api(demo, site):
    size = ALL_PORTALS[PORTAL].page_size
    for section in [None, *site.sections.values()]:
        listed = [site.article_path(it) for it in site.listed(section)]
        _, _, body = fetch(demo, site.listing_path(section))
        state = state_of(body)
        first = [card["url"] for card in state["articles"]["items"]]
        assert first == listed[:size]
        pages = state["articles"]["totalPage"]
        assert pages == -(-len(listed) // size)
        query = "" if section is None else f"categoryId={section.id}&"
        collected = []
        for page in range(1, pages + 1):
            status, answer = fetch_json(demo, f"{API}/articles?{query}page={page}&pageSize={size}")
            assert status == 200 and answer["data"]["currentPage"] == page
            collected += [card["url"] for card in answer["data"]["items"]]
        assert collected == listed
        # The middleware honours ?page=N as the app's pager writes it.
        if pages > 1:
            _, _, second = fetch(demo, site.listing_path(section, 2))
            urls = [card["url"] for card in state_of(second)["articles"]["items"]]
            assert urls == listed[size : 2 * size]
    assert len(site.listed(None)) > 2 * size
    assert fetch(demo, f"{API}/articles?page=x")[0] == 400
    assert fetch(demo, f"{API}/articles?categoryId=999")[0] == 404
    _, _, robots = fetch(demo, "/robots.txt")
    assert "Disallow: /api/" in robots and "Sitemap: " in robots


def test_boxes_name_articles_by_id_and_slug_only(demo, site):
    item = site.items[3]
    _, _, body = fetch(demo, site.article_path(item))
    state = state_of(body)
    for box in ("mostRead", "related"):
        assert state[box] and all("url" not in entry for entry in state[box])
        for entry in state[box]:
            assert ARTICLE_PATH.match(f"/tin-tuc/{entry['slug']}-{entry['id']}")
    for needle in ("statistics", "tthc", "poll", "banners", "menu", "websiteLinks", "footer"):
        assert state[needle], needle
    status, answer = fetch_json(demo, f"{API}/articles/{item.number}")
    assert status == 200 and answer["data"]["title"] == item.title


def test_unknown_paths_answer_the_shell_and_unknown_articles_404(demo, site):
    status, _, body = fetch(demo, "/trang-khong-co/abc")
    assert status == 200
    document = lxml.html.fromstring(body)
    assert document.xpath('//link[@rel="canonical"]/@href')[0].endswith("/")
    assert state_of(body)["route"]["name"] is None
    status, _, body = fetch(demo, "/tin-tuc/khong-co-bai-nay-12")
    assert status == 404 and state_of(body)["error"]["statusCode"] == 404
    assert fetch(demo, "/chuyen-muc/khong-co")[0] == 404
    assert fetch(demo, f"{API}/articles/12")[0] == 404
    status, _, body = fetch(demo, "/gioi-thieu")
    page = state_of(body)["page"]
    assert status == 200 and "Hà Lăng" in page["content"] and "publishedDate" not in page
    status, headers, _ = fetch(demo, "/assets/index-5c1f9e3a.js")
    assert status == 200 and headers["Content-Type"].startswith("application/javascript")
