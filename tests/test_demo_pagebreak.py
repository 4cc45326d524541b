"""The district portal whose long articles are split over pages (portal huyen-mylam), over HTTP."""

from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

import lxml.html
from conftest import raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import parse_local
from dtcrawl.demo.cms.pagebreak import (
    ARTICLE_PATH,
    SPLIT_FROM,
    date_line,
    gold_corpus,
    has_showall,
    part_titles,
    parts_of,
)
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "huyen-mylam"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
GOLD = {g.key: g for g in gold_corpus(CORPUS)[PORTAL]}


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def page_of(demo, path: str):
    status, headers, body = fetch(demo, path)
    assert status == 200, path
    return lxml.html.fromstring(body)


def body_of(document):
    return document.xpath("//div[@class='noidung-baiviet']")[0]


def paragraphs_of(document) -> list[str]:
    """The text's paragraphs of a page (not the byline lines, which are right-aligned)."""
    return [text_of(p) for p in body_of(document).xpath("./p[@style='text-align: justify;']")]


def byline_of(document) -> list[str]:
    return [text_of(p) for p in body_of(document).xpath("./p[@style='text-align: right;']")]


def captions_of(document) -> list[str]:
    return [text_of(td) for td in body_of(document).xpath(".//td[@class='chuthich']")]


def follow_parts(demo, site, item) -> list:
    """Every part of an article, reached through the "Trang sau" links from its address."""
    documents = [page_of(demo, site.article_path(item))]
    while True:
        nxt = documents[-1].xpath("//div[@class='noidung-baiviet']//a[@class='sau']/@href")
        if not nxt:
            return documents
        documents.append(page_of(demo, nxt[0]))


def reached(demo) -> dict[str, tuple[int, str]]:
    def follow(path: str) -> bool:
        return not path.startswith(("/print.php", "/rss/", "/tim-kiem"))

    return walk_site(demo.base_url(PORTAL), follow)


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.87"
    assert portal.domain == "mylam.gov.vn"


def test_long_articles_are_split_in_two_to_four_parts_by_a_rule_of_length():
    counts = [len(parts_of(len(a.paragraphs), a.key)) for a in ARTICLES]
    for article, count in zip(ARTICLES, counts, strict=True):
        assert (count > 1) == (len(article.paragraphs) >= SPLIT_FROM), article.key
        assert 1 <= count <= 4
    split = sum(count > 1 for count in counts)
    assert 12 <= split <= 22, split  # about 40% of the corpus
    assert {2, 3, 4} <= set(counts)


def test_every_article_is_reached_from_the_home_page(demo, site):
    pages = reached(demo)
    numbers = set()
    for path in pages:
        match = ARTICLE_PATH.match(urlsplit(path).path)
        if match:
            numbers.add(int(match.group(1)))
    assert numbers == {it.number for it in site.items}
    broken = {site.article_path(it): it.kind for it in site.items if it.kind != "article"}
    assert {pages[path][0] for path in broken} == {404, 500}


def test_every_article_shows_its_whole_text_over_its_parts(demo, site):
    by_key = {it.key: it for it in site.items}
    for article in ARTICLES:
        gold = GOLD[article.key]
        item = by_key[article.key]
        parts = follow_parts(demo, site, item)
        expected = parts_of(len(article.paragraphs), article.key)
        assert len(parts) == len(expected), article.key
        shown: list[str] = []
        captions: list[str] = []
        for number, document in enumerate(parts, start=1):
            heading = text_of(document.xpath("//h1[@class='tieude-baiviet']")[0])
            wanted = article.title if number == 1 else f"{article.title} (tiếp theo)"
            assert heading == wanted, article.key
            date = text_of(document.xpath("//span[@class='ngaydang']")[0])
            assert date == date_line(parse_local(article.published))
            crumbs = text_of(document.xpath("//div[@id='breadcrumb']")[0])
            assert article.category in crumbs
            paragraphs = paragraphs_of(document)
            assert paragraphs == [article.paragraphs[i] for i in expected[number - 1]]
            shown += paragraphs
            captions += captions_of(document)
            signature = byline_of(document)
            if number < len(parts):
                assert signature == [], article.key
            else:
                wanted_sig = ([article.author] if article.author else []) + (
                    [f"Nguồn: {article.source}"] if article.source else []
                )
                assert signature == wanted_sig, article.key
        assert shown == list(article.paragraphs)
        assert captions == gold.captions == article.captions


def test_photos_fall_on_later_parts_where_the_gold_says(demo, site):
    by_key = {it.key: it for it in site.items}
    later = 0
    for article in ARTICLES:
        if not article.images:
            continue
        gold = GOLD[article.key]
        ranges = parts_of(len(article.paragraphs), article.key)
        after = gold.images[0]["after"]
        part = next(n for n, r in enumerate(ranges, start=1) if after in r)
        later += part > 1
        path = f"{site.article_path(by_key[article.key])}?trang={part}"
        document = page_of(demo, path)
        assert captions_of(document) == [article.images[0]["caption"]]
        # the photo follows its paragraph
        table = body_of(document).xpath(".//table[@class='anh-minhhoa']")[0]
        previous = table.getprevious()
        assert text_of(previous) == article.paragraphs[after]
    assert later >= 4


def test_parts_have_two_addresses_a_toc_and_showall_on_some(demo, site):
    split = [
        it
        for it in site.items
        if it.kind == "article" and len(parts_of(len(it.paragraphs), it.key)) > 1
    ]
    offered = 0
    for item in split:
        count = len(parts_of(len(item.paragraphs), item.key))
        base = site.article_path(item)
        for part in range(1, count + 1):
            by_pager = page_of(demo, f"{base}?trang={part}")
            by_toc = page_of(demo, f"{base}?limitstart={part - 1}")
            assert paragraphs_of(by_pager) == paragraphs_of(by_toc)
            toc = by_pager.xpath("//div[@class='noidung-baiviet']/div[@id='article-index']")
            assert toc and text_of(toc[0].xpath("./h3")[0]) == "Mục lục bài viết"
            entries = [text_of(a) for a in toc[0].xpath(".//a")]
            names = part_titles(item.title, item.key, count)
            assert entries[:count] == names
            links = toc[0].xpath(".//a/@href")
            assert links[:count] == [f"{base}?limitstart={n}" for n in range(count)]
            assert (f"{base}?showall=1" in links) == has_showall(item.key)
            counter = body_of(by_pager).xpath("./div[@class='pagenavcounter']")
            assert text_of(counter[0]) == f"Trang {part}/{count}"
        offered += has_showall(item.key)
        whole = page_of(demo, f"{base}?showall=1")
        assert paragraphs_of(whole) == list(item.paragraphs)
        assert not body_of(whole).xpath("./div[@class='phantrang']")
        assert fetch(demo, f"{base}?trang={count + 1}")[0] == 404
    assert 0 < offered < len(split)
    names = {tuple(part_titles(it.title, it.key, 3)[1:]) for it in split}
    assert ("Trang 2", "Trang 3") in names and len(names) > 2


def test_short_articles_have_no_pager_nor_toc(demo, site):
    short = [it for it in site.items if it.kind == "article" and len(it.paragraphs) < SPLIT_FROM]
    assert short
    for item in short[:6]:
        document = page_of(demo, site.article_path(item))
        assert not document.xpath("//div[@id='article-index']")
        assert not document.xpath("//div[@class='phantrang']")
        assert paragraphs_of(document) == list(item.paragraphs)


def test_listing_pager_looks_like_the_article_pager(demo, site):
    pages = reached(demo)
    _, count = site.page_of(site.listed(None), 1)
    assert count >= 5
    for n in range(1, count + 1):
        assert f"/tin-tuc.html?trang={n}" in pages
    document = page_of(demo, "/tin-tuc.html?trang=2")
    pager = document.xpath("//div[@class='phantrang']")[0]
    assert text_of(pager).startswith("Trang:")
    assert pager.xpath(".//a[@class='sau']")[0].get("href") == "/tin-tuc.html?trang=3"
    assert "Trang sau" in text_of(pager)
    for section in site.sections.values():
        _, count = site.page_of(site.listed(section), 1)
        for n in range(2, count + 1):
            assert f"/chuyen-muc/{section.slug}.html?trang={n}" in pages
    assert fetch(demo, f"/tin-tuc.html?trang={count + 50}")[0] == 404


def test_print_view_and_feeds_show_the_whole_article(demo, site):
    item = next(
        it
        for it in site.items
        if it.kind == "article" and len(parts_of(len(it.paragraphs), it.key)) > 2
    )
    document = page_of(demo, site.article_path(item))
    href = document.xpath("//a[text()='In bài viết']/@href")[0]
    printed = text_of(page_of(demo, href))
    assert all(p in printed for p in item.paragraphs)
    status, headers, feed = fetch(demo, "/rss/tin-tuc.rss")
    assert status == 200 and "<rss" in feed
    for section in site.sections.values():
        status, _, feed = fetch(demo, f"/rss/{section.slug}.rss")
        assert status == 200 and "<item>" in feed
    links = site_links(demo.base_url(PORTAL), "/rss.html", fetch(demo, "/rss.html")[2])
    assert sum(link.startswith("/rss/") for link in links) == 6


def test_boilerplate_and_php_headers(demo, site):
    status, headers, page = fetch(demo, site.article_path(site.items[3]))
    assert headers["X-Powered-By"].startswith("PHP/5")
    assert "PHPSESSID=" in headers["Set-Cookie"]
    assert "ETag" not in headers and "Last-Modified" not in headers
    for needle in (
        "Kết quả giải quyết TTHC",
        "Thống kê truy cập",
        "Tin đọc nhiều",
        "Cơ quan chủ quản",
        ALL_PORTALS[PORTAL].licence,
        'property="og:url"',
    ):
        assert needle in page, needle
    assert 'rel="canonical"' not in page


def test_unknown_pages_answer_404(demo):
    for path in ("/khong-co.html", "/tin-tuc/abc-1.html", "/chuyen-muc/khong-co.html"):
        assert fetch(demo, path)[0] == 404, path
