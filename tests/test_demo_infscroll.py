"""The Razor Pages portal whose listings go on only while the reader scrolls (portal bichkhe),
over HTTP."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import deque
from urllib.parse import quote

import lxml.html
from conftest import raw_get, site_links

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.infscroll import (
    CHUNK,
    HOME_NEWEST,
    article_date,
    list_date,
    news_chunk_path,
    section_chunk_path,
)
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS
from dtcrawl.demo.site import DemoSites

PORTAL = "bichkhe"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LINKS = "//a/@href"
SCROLL = "//a/@href | //@data-next | //@data-url | //@data-island"
SKIP = re.compile(r"^/(tim-kiem|identity|lib/|css/|js/|images/|uploads/)", re.I)


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def squeeze(text: str) -> str:
    return " ".join(text.split())


def fragment(markup: str) -> list:
    """The top-level elements of an HTML partial."""
    return lxml.html.fragments_fromstring(markup) if markup.strip() else []


def walk(demo, xpath: str) -> dict[str, tuple[int, str]]:
    """Every page reached from ``/`` through the addresses ``xpath`` finds (no redirects)."""
    base = demo.base_url(PORTAL)
    reached: dict[str, tuple[int, str]] = {}
    queue = deque(["/"])
    while queue:
        path = queue.popleft()
        if path in reached or SKIP.match(path):
            continue
        status, _, body = raw_get(base, path)
        reached[path] = (status, body)
        if status == 200 and body.strip():
            queue.extend(site_links(base, path, body, xpath))
    return reached


def test_portal_is_blind_and_registered_apart():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS and portal.cms == "infscroll" and portal.host == "127.0.0.85"
    assert portal.registry_cms == "custom" and portal.page_size == CHUNK


def test_every_article_shows_title_date_lead_body_captions_author_and_source(demo, site):
    for article in ARTICLES:
        item = site.by_key[article.key]
        path = site.article_path(item)
        assert re.fullmatch(rf"/tin-tuc/[a-z0-9-]+-{item.number}", path)
        status, headers, markup = fetch(demo, path)
        assert status == 200 and headers["X-Powered-By"] == "ASP.NET"
        document = lxml.html.fromstring(markup)
        assert [text_of(h) for h in document.xpath("//h1")] == [article.title]
        (date,) = document.xpath("//span[@class='article-meta__date']")
        assert text_of(date) == article_date(article.published)
        assert "lượt xem" in text_of(document.xpath("//div[contains(@class,'article-meta')]")[0])
        (lead,) = document.xpath("//div[@class='article-sapo']")
        assert text_of(lead) == squeeze(article.paragraphs[0])
        (body,) = document.xpath("//div[@class='article-body']")
        assert [text_of(p) for p in body.xpath("./p")] == [
            squeeze(p) for p in article.paragraphs[1:]
        ]
        assert [text_of(c) for c in body.xpath("./figure[@class='image']/figcaption")] == [
            squeeze(i["caption"]) for i in article.images
        ]
        author = [text_of(a) for a in document.xpath("//p[@class='article-author']")]
        assert author == ([article.author] if article.author else [])
        source = [text_of(s) for s in document.xpath("//p[@class='article-source']")]
        assert source == ([f"Nguồn: {article.source}"] if article.source else [])
        assert len(document.xpath("//div[contains(@class,'share-tools')]")) == 2
        related = document.xpath("//section[contains(@class,'related')]//li")
        newest = [it for it in site.listed(item.section) if it is not item][:6]
        assert [text_of(r.xpath("./a")[0]) for r in related] == [it.title for it in newest]
        for row, it in zip(related, newest, strict=True):
            assert text_of(row.xpath("./span")[0]) == f"({it.published:%d/%m/%Y})"
        assert "Kết quả giải quyết TTHC" in markup and "Tổng lượt truy cập" in markup
        assert "__RequestVerificationToken" in markup and "Tin cùng chuyên mục" in markup


def test_links_alone_miss_the_older_items_the_scroll_addresses_reach_them_all(demo, site):
    healthy = {site.article_path(site.by_key[a.key]) for a in ARTICLES}
    by_links = walk(demo, LINKS)
    linked = {p for p, (status, _) in by_links.items() if status == 200} & healthy
    hidden = healthy - linked
    # Home's 12 newest, each section's first 8 and the 6 newest of each section as related
    # links: the older items of the long sections are reachable only through the chunks.
    expected = {
        site.article_path(it)
        for it in site.items
        if it.kind == "article"
        and it not in site.latest(HOME_NEWEST)
        and it not in site.listed(it.section)[:CHUNK]
    }
    assert hidden == expected and len(hidden) >= 4, sorted(hidden)
    assert not any("handler=" in p for p in by_links)
    by_scroll = walk(demo, SCROLL)
    assert healthy <= {p for p, (status, _) in by_scroll.items() if status == 200}
    broken = [it for it in site.items if it.kind == "missing"]
    assert broken and all(by_scroll[site.article_path(it)][0] == 404 for it in broken)
    assert not any(p.startswith("/tim-kiem") for p in by_scroll)


def test_section_lists_go_on_through_data_next_partials_until_the_end(demo, site):
    sizes = set()
    for section in site.sections.values():
        listed = site.listed(section)
        sizes.add(len(listed))
        status, _, markup = fetch(demo, site.listing_path(section))
        assert status == 200
        document = lxml.html.fromstring(markup)
        (box,) = document.xpath("//div[contains(@class,'news-list')]")
        assert box.get("data-sentinel") == "sentinel" and document.xpath("//div[@id='sentinel']")
        seen = [text_of(a) for a in box.xpath(".//h3/a")]
        assert len(seen) == min(CHUNK, len(listed))
        assert not document.xpath("//link[@rel='next'] | //noscript | //ul[@class='pagination']")
        assert not document.xpath("//a[normalize-space()='2' or contains(., 'Xem thêm')]")
        following = box.get("data-next")
        assert (following is not None) == (len(listed) >= CHUNK)
        page = 2
        while following:
            assert following == section_chunk_path(section.slug, page)
            status, headers, partial = fetch(demo, following)
            assert status == 200 and headers["Content-Type"].startswith("text/html")
            assert "<html" not in partial and "<body" not in partial
            nodes = fragment(partial)
            items = [n for n in nodes if n.tag == "article"]
            seen += [text_of(n.xpath(".//h3/a")[0]) for n in items]
            assert len(items) <= CHUNK
            if nodes and nodes[-1].get("data-next"):
                assert len(items) == CHUNK
                following = nodes[-1].get("data-next")
            else:
                assert len(items) < CHUNK
                following = None
            page += 1
        assert seen == [it.title for it in listed], section.name
    # a short list, a list of exactly 8 (its full chunk names a page that is an EMPTY partial)
    # and a long one
    assert min(sizes) < CHUNK and CHUNK in sizes and max(sizes) > CHUNK
    exact = next(s for s in site.sections.values() if len(site.listed(s)) == CHUNK)
    status, _, empty = fetch(demo, section_chunk_path(exact.slug, 2))
    assert status == 200 and empty == ""


def test_the_news_page_goes_on_through_a_sentinel_it_replaces(demo, site):
    status, _, markup = fetch(demo, "/tin-tuc")
    assert status == 200
    document = lxml.html.fromstring(markup)
    (feed,) = document.xpath("//div[@class='news-feed']")
    titles = [text_of(a) for a in feed.xpath(".//h3/a")]
    (sentinel,) = feed.xpath("./div[@id='sentinel']")
    url = sentinel.get("data-url")
    skip = CHUNK
    while url:
        assert url == news_chunk_path(skip)
        nodes = fragment(fetch(demo, url)[2])
        titles += [text_of(n.xpath(".//h3/a")[0]) for n in nodes if n.tag == "article"]
        last = nodes[-1]
        url = last.get("data-url") if last.get("id") == "sentinel" else None
        skip += CHUNK
    assert titles == [it.title for it in site.listed(None)]
    assert len(site.listed(None)) > 4 * CHUNK


def test_home_links_the_12_newest_and_its_boxes_are_islands(demo, site):
    _, _, home = fetch(demo, "/")
    base = demo.base_url(PORTAL)
    articles = {site.article_path(it) for it in site.items}
    linked = [p for p in site_links(base, "/", home) if p in articles]
    assert set(linked) == {site.article_path(it) for it in site.latest(HOME_NEWEST)}
    document = lxml.html.fromstring(home)
    islands = document.xpath("//section[@data-island]")
    assert len(islands) == len(site.sections) + 1
    for box in islands:
        assert not box.xpath(".//a") and box.xpath(".//span[contains(@class,'placeholder')]")
        status, _, partial = fetch(demo, box.get("data-island"))
        assert status == 200 and "<html" not in partial and '<a href="/tin-tuc/' in partial
    category = site.sections["An toàn thông tin"]
    partial = fetch(demo, f"/?handler=Category&id={category.id}")[2]
    assert [text_of(a) for a in lxml.html.fromstring(partial).xpath("//a")] == [
        it.title for it in site.listed(category)[:4]
    ]
    assert list_date(site.items[0].published) in home


def test_routing_handlers_and_errors(demo, site):
    item = site.by_key[ARTICLES[3].key]
    path = site.article_path(item)
    section = site.sections["An toàn thông tin"]
    first = site.listing_path(section)
    # ASP.NET Core routing: case-insensitive, trailing slash tolerated
    for variant in (first.upper(), first + "/", path.upper()):
        assert fetch(demo, variant)[0] == 200, variant
    status, headers, _ = fetch(demo, f"/tin-tuc/mot-tieu-de-khac-{item.number}")
    assert status == 301 and headers["Location"] == path
    assert fetch(demo, "/tin-tuc/khong-co-bai-99999")[0] == 404
    # model binding: junk page numbers read as 0, the first chunk; past the end, nothing
    junk = fetch(demo, f"{first}?handler=LoadMore&page=abc")[2]
    assert [n.tag for n in fragment(junk)][:CHUNK] == ["article"] * CHUNK
    assert fetch(demo, f"{first}?handler=loadmore&page=40")[2] == ""
    assert fetch(demo, news_chunk_path(400))[2] == ""
    capped = fragment(fetch(demo, "/tin-tuc?handler=More&skip=0&take=500")[2])
    assert len([n for n in capped if n.tag == "article"]) == 24
    # an unknown handler renders the page itself
    assert '<h1 class="category-title">' in fetch(demo, f"{first}?handler=Khac")[2]

    def shown(markup: str) -> list[str]:
        return lxml.html.fromstring(markup).xpath("//div[@id='newsList']//h3/a/@href")

    assert shown(fetch(demo, f"{first}?page=3")[2]) == shown(fetch(demo, first)[2])
    views = json.loads(fetch(demo, f"{path}?handler=View")[2])
    assert views["id"] == item.number
    status, _, missing = fetch(demo, "/trang-khong-co")
    assert status == 404 and "Không tìm thấy trang" in missing
    assert fetch(demo, "/sitemap.xml")[0] == 404 and fetch(demo, "/rss")[0] == 404
    robots = fetch(demo, "/robots.txt")[2]
    assert "Sitemap" not in robots and "Disallow: /tim-kiem" in robots
    script = fetch(demo, "/js/infinite-list.js")[2]
    assert "IntersectionObserver" in script and ".news-list[data-next]" in script
    assert "dataset.next" in script and "dataset.url" in script
    intro = fetch(demo, "/gioi-thieu")[2]
    (page,) = lxml.html.fromstring(intro).xpath("//article[@class='page-static']")
    assert "Giới thiệu chung" in intro and not re.search(r"\d/\d{4}", text_of(page))
    found = fetch(demo, "/tim-kiem?q=" + quote(ARTICLES[0].title.split()[0]))[2]
    assert "kết quả" in found


def test_rendering_is_deterministic_and_counters_vary():
    first = DemoSites(CORPUS)
    second = DemoSites(CORPUS)
    site = first.site(PORTAL)
    path = site.article_path(site.items[0])
    assert first.render(PORTAL, path).body == second.render(PORTAL, path).body
    counter = re.compile(r"Tổng lượt truy cập: <b>([\d.]+)</b>")
    home = first.render(PORTAL, "/").text()
    other = first.render(PORTAL, path).text()
    assert counter.search(home).group(1) != counter.search(other).group(1)
