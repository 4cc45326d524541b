"""The general mechanisms on templates the demo portals do not use.

Hand-written pages in ``tests/fixtures/unseen`` (WordPress, Joomla, Drupal, DotNetNuke with a
Telerik grid, WebSphere Portal, Oracle WebCenter, an old ASP table layout with ``<font>`` tags, a
Bootstrap card grid, SharePoint with Word-pasted text, print views, comments, document lists, …)
with their gold in ``tests/gold/unseen``. Nothing here is tuned per page: every page goes through
``extract_article`` without a template and through the crawler's structural page reading.

Body scoring follows the extraction benchmark (:mod:`dtcrawl.bench.extraction`): token F1 against
the gold paragraphs, and "boilerplate" = any body line that is not one of the gold paragraphs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dtcrawl.bench.extraction import prf
from dtcrawl.extract import extract_article
from dtcrawl.pages import listing_items, looks_like_listing, page_links, pagination_links
from dtcrawl.text import normalize_line

HERE = Path(__file__).parent
PAGES = HERE / "fixtures" / "unseen"
GOLD = [
    yaml.safe_load(path.read_text(encoding="utf-8")) | {"name": path.stem}
    for path in sorted((HERE / "gold" / "unseen").glob("*.yaml"))
]
ARTICLES = [gold for gold in GOLD if gold["kind"] == "article"]
LISTINGS = [gold for gold in GOLD if gold["kind"] == "listing"]


def _html(gold: dict) -> bytes:
    return (PAGES / gold["page"]).read_bytes()


_extracted: dict[str, object] = {}


def _article(gold: dict):
    if gold["name"] not in _extracted:
        _extracted[gold["name"]] = extract_article(_html(gold), gold["url"])
    return _extracted[gold["name"]]


def test_gold_set_is_broad_enough():
    assert len(ARTICLES) >= 12
    assert len(LISTINGS) >= 8
    for gold in GOLD:
        assert (PAGES / gold["page"]).exists(), gold["page"]


@pytest.mark.parametrize("gold", ARTICLES, ids=lambda g: g["name"])
def test_body_is_the_article_and_nothing_else(gold):
    article = _article(gold)
    gold_lines = {normalize_line(p) for p in gold["paragraphs"]}
    got_lines = [normalize_line(line) for line in article.body.split("\n") if line.strip()]
    boilerplate = [line for line in got_lines if line not in gold_lines]
    _, _, f1 = prf(article.body, "\n\n".join(gold["paragraphs"]))
    assert boilerplate == []
    assert f1 >= 0.95, f"F1 {f1:.3f}"


@pytest.mark.parametrize("gold", ARTICLES, ids=lambda g: g["name"])
def test_date_and_author(gold):
    article = _article(gold)
    assert article.published_at == gold["published"]
    assert article.author == gold["author"]


@pytest.mark.parametrize("gold", ARTICLES, ids=lambda g: g["name"])
def test_title_source_and_captions(gold):
    article = _article(gold)
    assert article.title == gold["title"]
    assert article.source == gold["source"]
    assert article.captions == gold["captions"]


@pytest.mark.parametrize("gold", ARTICLES, ids=lambda g: g["name"])
def test_article_page_reads_as_an_article(gold):
    assert _article(gold).is_article()
    page = page_links(_html(gold), gold["url"])
    assert not looks_like_listing(page, listing_items(page))


@pytest.mark.parametrize("gold", LISTINGS, ids=lambda g: g["name"])
def test_main_list_is_found_and_nothing_else(gold):
    page = page_links(_html(gold), gold["url"])
    got = {link.url for link in listing_items(page, min_share=1.0)}
    required = set(gold["items"])
    allowed = required | set(gold.get("may_include") or [])
    assert required - got == set(), "missing items"
    assert got - allowed == set(), "links that are not the list's items"


@pytest.mark.parametrize("gold", LISTINGS, ids=lambda g: g["name"])
def test_pager_pages_are_found(gold):
    page = page_links(_html(gold), gold["url"])
    assert set(pagination_links(page)) == set(gold["pagination"])


@pytest.mark.parametrize("gold", LISTINGS, ids=lambda g: g["name"])
def test_listing_page_is_not_an_article(gold):
    page = page_links(_html(gold), gold["url"])
    assert looks_like_listing(page, listing_items(page))
    assert not extract_article(_html(gold), gold["url"]).is_article()


@pytest.mark.parametrize(
    "page_url, href, label, is_pager",
    [
        # Page 2 of a WordPress archive links its first page by the bare section path.
        ("http://t.vn/tin-tuc/page/2/", "/tin-tuc/", "1", True),
        # Page 2 of an ASP list links page 1 without its page parameter.
        ("http://t.vn/ds.asp?cat=3&page=2", "/ds.asp?cat=3", "« Trước", True),
        # An article links back to its section: no pager, however the link is labelled.
        ("http://t.vn/tin-tuc/bai-viet-so-hoa-123.html", "/tin-tuc.html", "«", False),
        # Dropping a parameter that is no page number leaves the listing.
        ("http://t.vn/ds.asp?cat=3&page=2", "/ds.asp?page=2", "1", False),
    ],
)
def test_first_page_links(page_url, href, label, is_pager):
    page = page_links(
        f'<body><div class="pager"><a href="{href}">{label}</a></div></body>', page_url
    )
    assert bool(pagination_links(page)) is is_pager


def test_a_box_of_the_site_s_news_in_another_column_does_not_join_the_list():
    items = "".join(
        f'<li><a href="/tin/{i}">Tin số {i} trong chuyên mục chuyển đổi số</a></li>'
        for i in range(5)
    )
    featured = (
        '<div class="big"><h3><a href="/tin/9">Tin lớn đầu chuyên mục về số hóa</a></h3></div>'
    )
    box = "".join(
        f'<p class="hot"><a href="/tin/h{i}">Tin nổi bật số {i} của cổng thông tin</a></p>'
        for i in range(3)
    )
    html = (
        f'<body><table><tr><td width="70%"><div class="list">{featured}<ul>{items}</ul></div>'
        f'</td><td width="30%"><div class="side">{box}</div></td></tr></table></body>'
    )
    page = page_links(html, "http://t.vn/c")
    got = [link.url.rsplit("/", 1)[1] for link in listing_items(page, min_share=1.0)]
    assert sorted(got) == sorted(["9", *map(str, range(5))])
