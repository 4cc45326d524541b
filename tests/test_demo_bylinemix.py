"""The provincial portal whose editorial teams sign articles in many ways (portal xuanlung),
over HTTP."""

from __future__ import annotations

import unicodedata
from collections import Counter
from urllib.parse import urlsplit

import lxml.html
from conftest import raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.bylinemix import (
    AUTHOR_FORMS,
    HOME_TRACKING,
    PHOTOGRAPHERS,
    SOURCE_FORMS,
    UNIT,
    byline_plan,
    gold_corpus,
    is_newspaper,
    meta_time,
)
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "xuanlung"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
GOLD = {article.key: article for article in gold_corpus(CORPUS)[PORTAL]}
PLANS = {a.key: byline_plan(a.key, a.author, a.source, len(a.images)) for a in ARTICLES}
RIGHT = "text-align: right;"


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def squeeze(text: str) -> str:
    return " ".join(text.split())


def expected_tail(article) -> list[str]:
    """The right-aligned lines typed at the end of the body, as the plan says they read."""
    plan = PLANS[article.key]
    author, source = article.author, article.source
    lines = {
        "bold_last": author,
        "tin_anh": f"Tin, ảnh: {author}",
        "bai_anh": f"Bài, ảnh: {author}",
        "tong_hop": f"{author} (tổng hợp)",
        "unit": f"{author} - {UNIT}",
        "with_source": f"{author} - {source}",
    }
    tail = [lines[plan.author_form]] if plan.author_form in lines else []
    if plan.source_form == "theo":
        tail.append(f"Theo {source}")
    elif plan.source_form == "nguon_italic":
        tail.append(f"(Nguồn: {source})")
    if plan.editor:
        tail.append(f"BTV: {plan.editor}")
    return tail


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.86"


def test_every_article_and_listing_page_is_reached_from_the_home_page(demo, site):
    base = demo.base_url(PORTAL)
    reached = walk_site(base, lambda path: not path.startswith(("/in-bai-viet/", "/tim-kiem")))
    paths = {urlsplit(path).path for path, (status, _) in reached.items() if status == 200}
    for article in ARTICLES:
        assert site.article_path(site.by_key[article.key]) in paths, article.key
    listings = {path for path in reached if path.startswith("/tin-tuc") and ".html" not in path}
    for section in [None, *site.sections.values()]:
        _, pages = site.page_of(site.listed(section), 1)
        assert {site.listing_path(section, n) for n in range(1, pages + 1)} <= listings
    missing = [path for path, (status, _) in reached.items() if status == 404]
    assert missing == [site.article_path(site.by_key["xuanlung-broken-missing"])]


def test_every_article_page_shows_title_date_lead_body_captions_and_its_byline(demo, site):
    for article in ARTICLES:
        item = site.by_key[article.key]
        plan = PLANS[article.key]
        status, _, markup = fetch(demo, site.article_path(item))
        assert status == 200, article.key
        document = lxml.html.fromstring(markup)
        assert [text_of(h) for h in document.xpath("//h1")] == [article.title]
        assert text_of(document.xpath("//span[@class='detail-date']")[0]) == meta_time(
            article.published
        )
        sapo = document.xpath("//div[@class='detail-sapo']")
        assert [text_of(s) for s in sapo] == [squeeze(article.paragraphs[0])]
        content = document.xpath("//div[@class='detail-content']")[0]
        body = [text_of(p) for p in content.xpath("./p[@style='text-align: justify;']")]
        assert body == [squeeze(p) for p in article.paragraphs[1:]], article.key
        captions = [text_of(c) for c in content.xpath(".//figcaption")]
        assert captions == [squeeze(image["caption"]) for image in article.images]
        # Photo credits: the line right under each photo, naming someone else than the author.
        credits = [
            text_of(p)
            for p in content.xpath("./figure/following-sibling::p[1][starts-with(., 'Ảnh:')]")
        ]
        if plan.photo_credit:
            assert credits == [f"Ảnh: {plan.photo_credit}"] * len(article.images)
            assert plan.photo_credit != article.author
        else:
            assert credits == []
        tail = [
            text_of(p)
            for p in content.xpath(f"./p[@style='{RIGHT}']")
            if not text_of(p).startswith("Ảnh: ")
        ]
        assert tail == expected_tail(article), article.key
        # The author field: under the date, or in the meta line before the time.
        above = [text_of(d) for d in document.xpath("//div[@class='detail-author-line']")]
        assert above == ([f"Tác giả: {article.author}"] if plan.author_form == "above" else [])
        meta = [text_of(s) for s in document.xpath("//span[@class='detail-author']")]
        assert meta == ([article.author] if plan.author_form == "meta" else [])
        if plan.author_form == "meta":
            line = text_of(document.xpath("//div[contains(@class, 'detail-meta')]/div")[0])
            assert line.startswith(f"{article.author} | {meta_time(article.published)}")
        # The source field: a link to the source's site, its text the source's name.
        links = document.xpath("//div[@class='detail-source']")
        if plan.source_form == "nguon_link":
            assert text_of(links[0]) == f"Nguồn: {article.source}"
            anchor = links[0].xpath("./a")[0]
            assert text_of(anchor) == article.source
            assert anchor.get("href").startswith("https://")
        else:
            assert links == []
        if plan.spacer and tail and tail != [f"BTV: {plan.editor}"]:
            assert "<p>&nbsp;</p>" in markup
        assert document.xpath("//meta[@name='author']/@content") == [ALL_PORTALS[PORTAL].name]


def test_the_corpus_is_signed_in_every_form_and_with_every_hazard():
    authors = Counter(plan.author_form for plan in PLANS.values())
    sources = Counter(plan.source_form for plan in PLANS.values())
    assert all(authors[form] >= 2 for form in AUTHOR_FORMS), authors
    assert all(sources[form] >= 2 for form in SOURCE_FORMS), sources
    by_key = {a.key: a for a in ARTICLES}
    for key, plan in PLANS.items():
        article = by_key[key]
        assert (plan.author_form is None) == (article.author is None)
        if plan.source_form == "theo":
            assert is_newspaper(article.source)
        if plan.author_form in ("tin_anh", "bai_anh"):
            assert article.images and plan.photo_credit is None
        if plan.author_form == "unit":
            assert article.source is None
        if plan.photo_credit:
            assert plan.photo_credit in PHOTOGRAPHERS and plan.photo_credit != article.author
    # The traps: a credited photo or a "BTV:" line on articles that have no author.
    unsigned = [PLANS[a.key] for a in ARTICLES if a.author is None]
    assert sum(plan.photo_credit is not None for plan in unsigned) >= 2
    assert sum(plan.editor is not None for plan in unsigned) >= 2
    assert sum(plan.editor is not None for plan in PLANS.values()) >= 8


def test_the_gold_takes_the_media_centre_as_the_source_of_its_reporters_stories():
    changed = 0
    for article in ARTICLES:
        gold = GOLD[article.key]
        assert gold.author == article.author
        assert gold.paragraphs == article.paragraphs and gold.images == article.images
        if PLANS[article.key].author_form == "unit":
            assert article.source is None and gold.source == UNIT
            changed += 1
        else:
            assert gold.source == article.source
    assert changed >= 2


def test_pager_pages_and_a_page_past_the_end(demo, site):
    _, pages = site.page_of(site.listed(None), 1)
    assert pages >= 6
    status, _, markup = fetch(demo, "/tin-tuc?page=3")
    assert status == 200
    pager = lxml.html.fromstring(markup).xpath("//ul[@class='pagination']")[0]
    assert pager.xpath(".//li[contains(@class, 'active')]")[0].text_content().strip() == "3"
    assert pager.xpath(".//a[@rel='prev']/@href") == ["/tin-tuc?page=2"]
    assert pager.xpath(".//a[@rel='next']/@href") == ["/tin-tuc?page=4"]
    status, _, markup = fetch(demo, f"/tin-tuc?page={pages + 1}")
    assert status == 200 and "Chưa có bài viết nào" in markup
    assert "pagination" not in markup


def test_boilerplate_tracking_and_print_view(demo, site):
    item = site.items[0]
    _, _, home = fetch(demo, "/")
    assert f"{site.article_path(item)}?{HOME_TRACKING}".replace("&", "&amp;") in home
    status, _, tracked = fetch(demo, f"{site.article_path(item)}?{HOME_TRACKING}")
    assert status == 200 and item.title in tracked
    _, _, page = fetch(demo, site.article_path(item))
    for needle in (
        "Kết quả giải quyết TTHC",
        "Thống kê truy cập",
        "Đọc nhiều",
        "Tin liên quan",
        "Cơ quan chủ quản",
        "Lượt xem",
        ALL_PORTALS[PORTAL].licence,
    ):
        assert needle in page, needle
    status, _, printed = fetch(demo, site.print_path(item))
    assert status == 200 and 'content="noindex, nofollow"' in printed
    text = text_of(lxml.html.fromstring(printed))
    assert item.title in text and all(squeeze(p) in text for p in item.paragraphs)


def test_unknown_pages_answer_404(demo, site):
    for path in (
        "/khong-co.html",
        "/tin-tuc/khong-co",
        "/in-bai-viet/1.html",
        "/tin-tuc/x/y-1.html",
    ):
        status, _, body = fetch(demo, path)
        assert status == 404, path
        assert "404" in body
