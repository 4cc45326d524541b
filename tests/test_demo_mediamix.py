"""The mediamix demo family: a portal whose listings mix text articles and media items."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from html import unescape

import pytest

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.mediamix import MEDIA
from dtcrawl.demo.server import DemoPortals

PORTAL = "dongngoc"
CORPUS = demo_corpus(40, PORTAL)


@pytest.fixture(scope="module")
def base():
    with DemoPortals(port=0, corpus=CORPUS, portal_ids=[PORTAL]) as portals:
        yield portals.base_url(PORTAL)


def fetch(base: str, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(base + path) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def links(page: str) -> list[str]:
    return [unescape(h) for h in re.findall(r'href="(/[^"]*)"', page)]


def crawl_listings(base: str) -> tuple[set[str], set[str]]:
    """Listing pages and item pages reachable from the home page through menus and pagers."""
    seen, items, todo = set(), set(), ["/"]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        status, page = fetch(base, path)
        assert status == 200, path
        for href in links(page):
            bare = href.split("?")[0]
            if bare.startswith("/chuyen-muc/"):
                todo.append(bare)
            elif re.match(r"/(tin|video|anh|infographic)/", bare):
                items.add(bare)
    return seen, items


def test_every_article_page_shows_title_and_gold_paragraphs(base):
    status, home = fetch(base, "/")
    assert status == 200
    _, items = crawl_listings(base)
    texts = [p for p in items if p.startswith("/tin/")]
    assert len(texts) == 40
    pages = {}
    for path in texts:
        status, page = fetch(base, path)
        assert status == 200
        title = unescape(re.search(r'dn-detail__title">([^<]+)<', page).group(1))
        pages[title] = unescape(page)
    for article in CORPUS[PORTAL]:
        page = pages[article.title]
        for paragraph in article.paragraphs:
            assert f"<p>{paragraph}</p>" in page


def test_every_listing_page_is_reachable_through_the_pager(base):
    listings, items = crawl_listings(base)
    assert "/chuyen-muc/tin-tuc/trang-7.htm" in listings  # 52 items, 8 a page
    assert "/chuyen-muc/tin-tuc/trang-8.htm" not in listings
    assert fetch(base, "/chuyen-muc/tin-tuc/trang-8.htm")[0] == 404
    assert {"/chuyen-muc/video.htm", "/chuyen-muc/anh.htm", "/chuyen-muc/infographic.htm"} <= (
        listings
    )
    assert len(items) == 52


def test_media_items_are_mixed_into_the_text_listings(base):
    _, items = crawl_listings(base)
    kinds = {
        k: [p for p in items if p.startswith(f"/{k}/")] for k in ("video", "anh", "infographic")
    }
    assert [len(v) for v in kinds.values()] == [4, 4, 4]
    news = "".join(fetch(base, f"/chuyen-muc/tin-tuc/trang-{n}.htm")[1] for n in range(2, 8))
    assert "dn-card--video" in news and "dn-card--infographic" in news
    status, video = fetch(base, kinds["video"][0])
    assert status == 200 and "<video" in video
    for path in kinds["anh"]:
        page = fetch(base, path)[1]
        assert 8 <= page.count("<figcaption>") <= 15
    infographic = fetch(base, kinds["infographic"][0])[1]
    assert "dn-infographic" in infographic and "dn-detail__content" not in infographic
    assert len(MEDIA) == 12


def test_hazards_tracking_params_print_view_lazy_images(base):
    home = fetch(base, "/")[1]
    assert "?utm_source=trangchu&amp;utm_medium=noibat" in home
    tracked = next(h for h in links(home) if "utm_source" in h)
    assert fetch(base, tracked)[0] == 200
    article = CORPUS[PORTAL][0]
    _, items = crawl_listings(base)
    for path in (p for p in items if p.startswith("/tin/")):
        page = fetch(base, path)[1]
        if f'dn-detail__title">{article.title}<' in unescape(page):
            break
    printed = re.search(r'href="(/in/n\d+\.htm)"', page).group(1)
    status, print_page = fetch(base, printed)
    assert status == 200 and article.paragraphs[-1] in unescape(print_page)
    assert 'data-src="/uploads/news/' in page and 'src="/themes/dongngoc/img/lazy' in page


def test_unknown_page_is_404(base):
    assert fetch(base, "/tin/khong-co-bai-nay-n1.htm")[0] == 404
    assert fetch(base, "/chuyen-muc/khong-co.htm")[0] == 404
