"""The radio and television station demo family (portal ptth-caovan), served over HTTP."""

from __future__ import annotations

import json
import re
import unicodedata

import lxml.html
from conftest import listing_paths, raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.broadcaster import (
    LEAD_PREFIX,
    RADIO_LEAD_PREFIX,
    VIDEO_ONLY,
    posted_line,
)
from dtcrawl.demo.cms.common import parse_local

PORTAL = "ptth-caovan"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LISTING = re.compile(r"^/(chuyen-muc/[a-z0-9-]+(/trang-\d+)?\.htm)?$")
AIRED = re.compile(r"Phát sóng: (\d\d)h(\d\d) ngày (\d\d)/(\d\d)/(\d{4})")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def page_of(demo, path: str):
    status, headers, body = fetch(demo, path)
    assert status == 200, path
    return lxml.html.fromstring(body), headers, body


def test_every_story_page_shows_its_title_lead_text_captions_date_and_credits(demo, site):
    urls = demo.sites.article_urls(PORTAL)
    assert len(urls) == len(ARTICLES)
    for article in ARTICLES:
        document, headers, body = page_of(demo, urls[article.key])
        assert headers["X-Powered-By"] == "ASP.NET"
        assert text_of(document.xpath("//h1[@class='detail-title']")[0]) == article.title
        lead = text_of(document.xpath("//h2[@class='detail-sapo']")[0])
        assert lead in (
            LEAD_PREFIX + article.paragraphs[0],
            RADIO_LEAD_PREFIX + article.paragraphs[0],
        )
        content = document.xpath("//div[@id='divContent']")[0]
        paragraphs = [text_of(p) for p in content.xpath("./p[not(@class)]")]
        assert paragraphs == list(article.paragraphs[1:])
        captions = [text_of(c) for c in content.xpath(".//figcaption")]
        assert captions == [image["caption"] for image in article.images]
        meta = text_of(document.xpath("//div[@class='detail-meta']")[0])
        assert posted_line(parse_local(article.published)) in meta
        credits = " ".join(
            text_of(node)
            for node in document.xpath(
                "//div[@class='video-credits'] | //div[@class='credit-box']"
                " | //p[@class='author-line']"
            )
        )
        if article.author:
            assert f"Phóng viên: {article.author}" in credits or f"PV: {article.author}" in credits
        else:
            assert "Phóng viên" not in credits and "PV:" not in credits
        assert (
            "Quay phim" in credits or "QP:" in credits or "Kỹ thuật" in credits or "KT:" in credits
        )
        source = document.xpath("//p[@class='news-source']")
        assert [text_of(s) for s in source] == (
            [f"Nguồn: {article.source}"] if article.source else []
        )


def test_every_listing_page_is_reachable_from_the_home_page_through_the_pager(demo, site):
    expected = listing_paths(site)
    assert site.listing_path(None, 5) in expected  # 45 items at 9 a page
    reached = walk_site(demo.base_url(PORTAL), LISTING.match)
    assert all(status == 200 for status, _ in reached.values())
    assert expected <= set(reached)
    document, _, _ = page_of(demo, site.listing_path(None))
    assert "..." in document.xpath("//div[@class='paging']//text()")  # a window of numbers


def test_unknown_pages_answer_404(demo, site):
    assert fetch(demo, "/chuyen-doi-so/khong-co-bai-nay-v999.htm")[0] == 404
    assert fetch(demo, "/chuyen-muc/khong-co-99.htm")[0] == 404
    assert fetch(demo, site.listing_path(None, 99))[0] == 404
    assert fetch(demo, "/xem-video/1")[0] == 404
    assert fetch(demo, "/lich-phat-song.htm?kenh=cvtv1&ngay=2030-01-01")[0] == 404
    status, _, body = fetch(demo, "/khong-co-trang-nay")
    assert status == 404 and "không tồn tại" in body


def test_video_only_items_are_listed_like_stories_with_one_sentence(demo, site):
    videos = [it for it in site.items if it.kind == VIDEO_ONLY]
    assert len(videos) == 5  # one bulletin an evening over 3 days, an episode every other day
    listed = walk_site(demo.base_url(PORTAL), LISTING.match)
    linked = "".join(body for _, body in listed.values())
    for item in videos:
        assert site.article_path(item) in linked
        document, _, _ = page_of(demo, site.article_path(item))
        assert text_of(document.xpath("//h1")[0]) == item.title
        text = [text_of(p) for p in document.xpath("//div[@id='divContent']/p")]
        assert text in (
            ["Mời quý vị xem video chi tiết."],
            ["Mời quý vị cùng theo dõi chương trình."],
        )
        assert not document.xpath("//h2[@class='detail-sapo']")
    assert set(demo.sites.article_urls(PORTAL).values()).isdisjoint(
        site.article_path(it) for it in videos
    )


def test_hazards_players_broadcast_times_aliases_and_tracking_links(demo, site):
    urls = demo.sites.article_urls(PORTAL)
    players = set()
    aired_before_posting_day = 0
    for article in ARTICLES:
        document, _, body = page_of(demo, urls[article.key])
        if document.xpath("//video/source[@type='video/mp4']"):
            players.add("html5")
            assert "video HTML5" in text_of(document.xpath("//video")[0])
        if document.xpath("//div[@data-config]"):
            players.add("jwplayer")
            config = json.loads(document.xpath("//div[@data-config]/@data-config")[0])
            assert (
                config["title"] == article.title and config["description"] == article.paragraphs[0]
            )
        if document.xpath("//div[contains(@class,'radio')]//audio"):
            players.add("radio")
        hrefs = document.xpath("//a/@href")
        assert any(h.startswith("javascript:") for h in hrefs)
        match = AIRED.search(text_of(document.xpath("//div[@class='detail-meta']")[0]))
        hour, minute, day, month, year = (int(g) for g in match.groups())
        published = parse_local(article.published)
        aired = published.replace(year=year, month=month, day=day, hour=hour, minute=minute)
        assert aired < published
        aired_before_posting_day += aired.date() < published.date()
        # The short address serves the same story, pointing at the long one.
        item = site.by_key[article.key]
        alias, _, alias_body = page_of(demo, f"/xem-video/{item.number}")
        assert text_of(alias.xpath("//h1")[0]) == article.title
        assert alias.xpath("//link[@rel='canonical']/@href")[0].endswith(urls[article.key])
    assert players == {"html5", "jwplayer", "radio"}
    assert aired_before_posting_day > 0  # some aired the evening before they were posted
    _, _, home = fetch(demo, "/")
    tracked = [h for h in lxml.html.fromstring(home).xpath("//a/@href") if "utm_source=" in h]
    assert tracked and all(h.startswith("/xem-video/") and "autoplay=1" in h for h in tracked)
    assert fetch(demo, tracked[0])[0] == 200
    document, _, _ = page_of(demo, urls[ARTICLES[0].key])
    download = document.xpath("//a[@class='btn-download']/@href")
    if download:
        status, headers, _ = fetch(demo, download[0])
        assert status == 200 and headers["Content-Type"] == "video/mp4"


def test_schedule_programme_live_and_rss_pages(demo, site):
    days = site.schedule_days()
    reached = walk_site(
        demo.base_url(PORTAL), lambda p: p.startswith("/lich-phat-song.htm"), "/lich-phat-song.htm"
    )
    pages = {p for p, (status, _) in reached.items() if status == 200 and "ngay=" in p}
    assert {f"/lich-phat-song.htm?kenh=cvtv1&ngay={d}" for d in days} <= pages
    assert len(pages) == 3 * len(days)  # three channels, the days of the stories only
    document, _, _ = page_of(demo, "/chuong-trinh/thoi-su.htm")
    assert "Thời sự tối ngày" in text_of(document)
    for path in ("/chuong-trinh.htm", "/truc-tuyen/cvtv1.htm", "/truc-tuyen/fm.htm", "/rss.htm"):
        assert fetch(demo, path)[0] == 200
    status, headers, feed = fetch(demo, "/rss/chuyen-doi-so.rss")
    assert status == 200 and "rss+xml" in headers["Content-Type"]
    assert "<item>" in feed
    robots = fetch(demo, "/robots.txt")[2]
    assert "Disallow: /tim-kiem" in robots
