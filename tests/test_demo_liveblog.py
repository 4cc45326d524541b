"""The provincial portal of articles, live coverage and interviews (portal phuonghai), over
HTTP."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from datetime import datetime
from urllib.parse import urlsplit

import lxml.html
from conftest import raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.liveblog import (
    ANSWER_FORMS,
    HOME_TRACKING,
    INTERVIEW_PATH,
    LIVE_PATH,
    LIVE_STYLES,
    QUESTION_PREFIXES,
    gold_corpus,
    header_date,
    interview_plan,
    last_update_line,
    live_plan,
    meta_date,
    story_kind,
)
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "phuonghai"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
GOLD = {article.key: article for article in gold_corpus(CORPUS)[PORTAL]}
KINDS = {a.key: story_kind(a.key, a.published) for a in ARTICLES}
# The block elements a reader reads the story from: the lead, then the body's paragraphs and
# the live module's time lines.
TEXT_XPATH = (
    "//div[@class='post-sapo'] | //div[contains(@class, 'post-content')]//p"
    " | //div[contains(@class, 'post-content')]//div[@class='live-entry__time']"
)


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def squeeze(text: str) -> str:
    return " ".join(text.split())


def page(demo, site, key: str):
    status, headers, markup = fetch(demo, site.article_path(site.by_key[key]))
    assert status == 200, key
    return headers, lxml.html.fromstring(markup), markup


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.88"


def test_the_corpus_holds_every_kind_and_every_habit():
    kinds = Counter(KINDS.values())
    assert kinds["live"] >= 8 and kinds["interview"] >= 6 and kinds["article"] >= 15, kinds
    live = [a for a in ARTICLES if KINDS[a.key] == "live"]
    styles = Counter(live_plan(a.key, a.published, len(a.paragraphs)).style for a in live)
    assert all(styles[style] >= 2 for style in LIVE_STYLES), styles
    assert all(7 <= a.published.hour < 17 for a in live)
    plans = [
        interview_plan(a.key, len(a.paragraphs)) for a in ARTICLES if KINDS[a.key] == "interview"
    ]
    assert {p.question_prefix for p in plans} == set(QUESTION_PREFIXES)
    assert {p.answer_form for p in plans} == set(ANSWER_FORMS)
    assert any(len(group) == 2 for p in plans for group in p.groups)
    assert {p.thanks for p in plans} == {True, False}
    assert any(a.images for a in live) and any(
        a.images for a in ARTICLES if KINDS[a.key] == "interview"
    )


def test_every_article_and_listing_page_is_reached_from_the_home_page(demo, site):
    base = demo.base_url(PORTAL)
    reached = walk_site(
        base,
        lambda path: not path.startswith(("/in-bai/", "/tim-kiem", "/rss/", "/api/", "/dang-nhap")),
    )
    paths = {urlsplit(path).path for path, (status, _) in reached.items() if status == 200}
    for article in ARTICLES:
        assert site.article_path(site.by_key[article.key]) in paths, article.key
    for section in [None, *site.sections.values()]:
        _, pages = site.page_of(site.listed(section), 1)
        assert {site.listing_path(section, n) for n in range(1, pages + 1)} <= set(reached)
    missing = [path for path, (status, _) in reached.items() if status == 404]
    assert missing == [site.article_path(site.by_key["phuonghai-broken-removed"])]
    assert LIVE_PATH in reached and INTERVIEW_PATH in reached


def test_every_page_shows_its_story_as_the_gold_reads_it(demo, site):
    for article in ARTICLES:
        gold = GOLD[article.key]
        _, document, _ = page(demo, site, article.key)
        assert [text_of(h) for h in document.xpath("//h1")] == [article.title]
        assert text_of(document.xpath("//span[@class='post-date']")[0]) == meta_date(
            article.published
        )
        shown = [text_of(node) for node in document.xpath(TEXT_XPATH)]
        shown = [text for text in shown if text]
        assert shown == [squeeze(p) for p in gold.paragraphs], article.key
        captions = [
            text_of(c)
            for c in document.xpath("//div[contains(@class, 'post-content')]//figcaption")
        ]
        assert captions == [squeeze(image["caption"]) for image in gold.images], article.key
        author = [text_of(p) for p in document.xpath("//p[@class='post-author']")]
        assert author == ([article.author] if article.author else [])
        source = [text_of(p) for p in document.xpath("//p[@class='post-source']")]
        assert source == ([f"Nguồn: {article.source}"] if article.source else [])
        # The header's date is today's, with its lunar date: not the story's.
        assert text_of(document.xpath("//div[@class='topbar-date']")[0]) == header_date(site.today)
        assert site.today.date() > article.published.date()
        if KINDS[article.key] == "article":
            assert gold == article


def test_live_pages_show_entries_newest_first_under_a_badge_and_the_last_update(demo, site):
    for article in ARTICLES:
        if KINDS[article.key] != "live":
            continue
        plan = live_plan(article.key, article.published, len(article.paragraphs))
        headers, document, markup = page(demo, site, article.key)
        assert text_of(document.xpath("//div[@class='post-kicker']")[0]) == "Trực tiếp"
        status = text_of(document.xpath("//div[@class='live-status']")[0])
        assert status == last_update_line(plan.updated) and plan.updated > article.published
        assert plan.entries[0].time == article.published
        times = [entry.time for entry in plan.entries]
        assert times == sorted(times) and len(set(times)) == len(times)
        gold = GOLD[article.key].paragraphs
        newest, oldest = plan.entries[-1], plan.entries[0]
        if plan.style == "module":
            stamps = document.xpath("//div[@class='live-entry__time']/time/@datetime")
            assert stamps[0].startswith(f"{newest.time:%Y-%m-%dT%H:%M}")
            assert gold[1] == f"{newest.time:%H:%M}" and gold[-2] == f"{oldest.time:%H:%M}"
        elif plan.style == "typed":
            assert gold[1] == f"Cập nhật lúc {newest.time:%H:%M}"
            assert f"<p><strong>Cập nhật lúc {oldest.time:%H:%M}</strong></p>" in markup
        else:
            assert gold[1].startswith(f"{newest.time.hour}h{newest.time:%M}: ")
            assert gold[-1] == f"{oldest.time.hour}h{oldest.time:%M}: " + squeeze(
                article.paragraphs[1]
            )
        assert gold[-1].endswith(squeeze(article.paragraphs[1]))
        meta = document.xpath("//meta[@property='article:published_time']/@content")
        assert meta == [f"{article.published:%Y-%m-%dT%H:%M}:00+07:00"]
        modified = document.xpath("//meta[@property='article:modified_time']/@content")
        assert modified == [f"{plan.updated:%Y-%m-%dT%H:%M}:00+07:00"]
        assert f"/api/live/{site.by_key[article.key].number}/entries" in markup
        assert headers["Last-Modified"].endswith("GMT")


def test_interviews_show_prefixed_questions_answers_and_the_interviewees_portrait(demo, site):
    for article in ARTICLES:
        if KINDS[article.key] != "interview":
            continue
        plan = interview_plan(article.key, len(article.paragraphs))
        _, document, _ = page(demo, site, article.key)
        assert text_of(document.xpath("//div[@class='post-kicker']")[0]) == "Phỏng vấn"
        content = document.xpath("//div[contains(@class, 'post-content')]")[0]
        questions = [text_of(s) for s in content.xpath("./p[strong and not(text())]")]
        expected = [f"{plan.question_prefix} {q}" for q in plan.questions]
        if plan.thanks:
            expected.append(plan.closing)
        assert questions == expected, article.key
        answers = [text_of(p) for p in content.xpath("./p[strong and text()]")]
        assert len(answers) == len(plan.groups)
        assert all(answer.startswith(plan.answer_prefix + " ") for answer in answers)
        portrait = content.xpath(".//figure[contains(@class, 'portrait')]/figcaption")
        assert [text_of(c) for c in portrait] == [plan.caption]
        assert GOLD[article.key].images[0]["caption"] == plan.caption
        assert plan.name not in (article.author or "")


def test_pager_kind_lists_feeds_sitemap_and_the_live_api(demo, site):
    _, pages = site.page_of(site.listed(None), 1)
    assert pages >= 5
    status, _, markup = fetch(demo, "/tin-tuc?page=2")
    pager = lxml.html.fromstring(markup).xpath("//ul[@class='pagination']")[0]
    assert pager.xpath(".//a[@rel='prev']/@href") == ["/tin-tuc"]
    assert pager.xpath(".//a[@rel='next']/@href") == ["/tin-tuc?page=3"]
    status, _, markup = fetch(demo, f"/tin-tuc?page={pages + 1}")
    assert status == 200 and "Không có bài viết nào" in markup and "pagination" not in markup
    status, _, markup = fetch(demo, LIVE_PATH)
    badges = lxml.html.fromstring(markup).xpath("//span[contains(@class, 'badge-live')]")
    assert status == 200 and len(badges) >= site.portal.page_size
    status, _, robots = fetch(demo, "/robots.txt")
    assert "Sitemap: " in robots and "Disallow: /api/" in robots
    status, _, sitemap = fetch(demo, "/sitemap.xml")
    assert status == 200 and all(site.article_path(site.by_key[a.key]) in sitemap for a in ARTICLES)
    status, headers, feed = fetch(demo, "/rss/tin-tuc.rss")
    assert status == 200 and "rss+xml" in headers["Content-Type"] and "<item>" in feed
    live = next(a for a in ARTICLES if KINDS[a.key] == "live")
    number = site.by_key[live.key].number
    status, headers, body = fetch(demo, f"/api/live/{number}/entries?since=0")
    data = json.loads(body)
    assert status == 200 and len(data["entries"]) == len(live.paragraphs) - 1
    status, _, body = fetch(demo, f"/api/live/{number}/entries?since=9999999999")
    assert json.loads(body)["entries"] == []


def test_boilerplate_tracking_redirects_print_view_and_the_upcoming_live_page(demo, site):
    item = site.items[0] if site.items[0].kind == "article" else site.items[1]
    _, _, home = fetch(demo, "/")
    assert f"{site.article_path(item)}?{HOME_TRACKING}".replace("&", "&amp;") in home
    for needle in (
        "Tường thuật trực tiếp",
        "Phỏng vấn - Đối thoại",
        "Kết quả giải quyết TTHC",
        "Thống kê truy cập",
        "Tin đọc nhiều",
        header_date(site.today),
    ):
        assert needle in home, needle
    status, headers, _ = fetch(demo, f"/mot-ten-khac-post{item.number}.html")
    assert status == 301 and headers["Location"] == site.article_path(item)
    status, _, printed = fetch(demo, site.print_path(item))
    assert status == 200 and 'content="noindex, nofollow"' in printed
    upcoming = site.by_key["phuonghai-broken-upcoming"]
    status, _, markup = fetch(demo, site.article_path(upcoming))
    document = lxml.html.fromstring(markup)
    assert status == 200 and document.xpath("//div[@class='live-empty']")
    assert not document.xpath("//div[contains(@class, 'post-content')]//p")
    for path in ("/khong-co", "/chuyen-muc/khong-co", "/in-bai/1", "/x-post1.html"):
        status, _, body = fetch(demo, path)
        assert status == 404 and "404" in body, path


def test_header_date_is_lunar():
    assert header_date(datetime(2021, 11, 23, 9)) == "Thứ Ba, 23/11/2021 (19/10 năm Tân Sửu)"
    assert header_date(datetime(2023, 3, 22)).endswith("(1/2 nhuận năm Quý Mão)")
