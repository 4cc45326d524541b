"""The department site full of short notices (portal sotttt-tralam), over HTTP."""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET
from urllib.parse import unquote, urlsplit

import lxml.html
from conftest import raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import parse_local
from dtcrawl.demo.cms.shortnotices import (
    DOC_PREFIX,
    DOCS,
    DOWNLOAD,
    NOTICES,
    OFFICE,
    SCHEDULE,
    UPLOADS,
    VIEWER,
    date_line,
    gold_corpus,
)
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "sotttt-tralam"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
GOLD = {g.key: g for g in gold_corpus(CORPUS)[PORTAL]}


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def page(demo, path: str):
    status, _, body = fetch(demo, path)
    assert status == 200, path
    return lxml.html.fromstring(body)


def followed(path: str) -> bool:
    """Pages a reader walks: the site's HTML pages, not its files, viewer or feeds."""
    return not path.startswith((UPLOADS, DOWNLOAD, VIEWER, "/rss/", "/admin/", "/tim-kiem"))


def walk(demo) -> dict[str, tuple[int, str]]:
    return walk_site(demo.base_url(PORTAL), followed)


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.92"
    assert portal.domain == "stttt.tralam.gov.vn"


def test_about_half_of_the_articles_are_short_and_the_gold_says_what_they_show(site):
    kinds = {key: site.plans[key].kind for key in GOLD}
    short = [key for key, kind in kinds.items() if kind != "long"]
    assert 14 <= len(short) <= 26, kinds
    assert {"brief", "notice"} <= set(kinds.values())
    for article in ARTICLES:
        gold = GOLD[article.key]
        if kinds[article.key] == "long":
            assert gold == article
            continue
        assert 1 <= len(gold.paragraphs) <= 2
        assert len(gold.paragraphs) < len(article.paragraphs)
        assert gold.paragraphs[0].startswith(article.paragraphs[0])
        assert sum(map(len, gold.paragraphs)) < 1000
        if kinds[article.key] == "notice":
            assert gold.author in (None, OFFICE) and gold.source is None and not gold.images
    cut = [
        k for k in short if GOLD[k].paragraphs[-1] not in dict.fromkeys(site.by_key[k].paragraphs)
    ]
    assert cut, "some short items show only the first sentences of a paragraph"
    assert any(GOLD[k].author == OFFICE for k in short)
    assert any(GOLD[k].author is None for k in short if kinds[k] == "notice")


def test_every_article_is_reached_from_the_home_page_with_every_listing_page(demo, site):
    reached = walk(demo)
    ok = {path for path, (status, _) in reached.items() if status == 200}
    for item in site.items:
        assert site.article_path(item) in reached, item.key
    for section in [None, *site.sections.values()]:
        _, pages = site.page_of(site.listed(section), 1)
        assert site.listing_path(section) in ok
        for n in range(2, pages + 1):
            assert f"{site.listing_path(section)}?page={n}" in ok, (section, n)
    assert NOTICES in ok and DOCS in ok and SCHEDULE in ok
    assert sum(p.startswith(DOC_PREFIX) for p in ok) >= 15
    assert sum(p.startswith(SCHEDULE + "?") for p in ok) >= 3


def test_every_article_page_shows_its_gold_fields(demo, site):
    for article in ARTICLES:
        gold = GOLD[article.key]
        item = site.by_key[article.key]
        document = page(demo, site.article_path(item))
        detail = document.xpath("//div[@class='news-detail']")[0]
        assert text_of(detail.xpath("./h1[@class='news-title']")[0]) == article.title
        shown_date = text_of(detail.xpath(".//div[@class='news-meta']/span[@class='date']")[0])
        assert shown_date == date_line(parse_local(article.published))
        content = detail.xpath("./div[@id='news-content']")[0]
        paragraphs = [text_of(p) for p in content.xpath("./p") if not p.xpath(".//iframe|.//a")]
        sapo = detail.xpath("./div[@class='news-sapo']")
        if site.plans[article.key].kind == "long":
            assert text_of(sapo[0]) == gold.paragraphs[0]
            assert paragraphs == list(gold.paragraphs[1:])
        else:
            assert not sapo
            assert paragraphs == list(gold.paragraphs)
        captions = [text_of(c) for c in content.xpath(".//figcaption")]
        assert captions == [image["caption"] for image in gold.images]
        author = detail.xpath(".//strong[@class='author']")
        source = detail.xpath(".//em[@class='source']")
        assert [text_of(a) for a in author] == ([gold.author] if gold.author else [])
        assert [text_of(s) for s in source] == ([f"Nguồn: {gold.source}"] if gold.source else [])


def test_listings_summarise_long_articles_by_their_lead_and_show_short_items_whole(demo, site):
    seen = 0
    for section in [None, *site.sections.values()]:
        _, pages = site.page_of(site.listed(section), 1)
        for n in range(1, pages + 1):
            document = page(demo, site.listing_path(section, n))
            for row in document.xpath("//div[contains(@class,'news-item ')]"):
                href = row.xpath(".//h3/a/@href")[0]
                item = site.by_path[href]
                if item.kind != "article":
                    continue
                summary = text_of(row.xpath(".//div[contains(@class,'summary')]")[0])
                gold = GOLD[item.key]
                if site.plans[item.key].kind == "long":
                    assert summary == gold.paragraphs[0]
                else:
                    assert summary == " ".join(gold.paragraphs)
                    seen += 1
    assert seen >= 14


def test_notices_carry_a_badge_their_files_a_viewer_or_a_link_to_the_document(demo, site):
    notices = [
        it for it in site.items if it.kind == "article" and site.plans[it.key].kind == "notice"
    ]
    assert len(notices) >= 6
    viewers = links = 0
    for item in notices:
        _, _, body = fetch(demo, site.article_path(item))
        document = lxml.html.fromstring(body)
        assert text_of(document.xpath("//div[@class='news-detail']/span")[0]) == "Thông báo"
        files = document.xpath("//div[@class='attach-files']")[0]
        assert text_of(files).startswith("File đính kèm:")
        assert (
            "KB)" in text_of(files) and "Tải về" in text_of(files) and "Lượt tải:" in text_of(files)
        )
        for href in files.xpath(".//a/@href"):
            status, headers, _ = fetch(demo, href)
            assert status == 200
            if href.startswith(DOWNLOAD):
                assert headers["Content-Type"] == "application/octet-stream"
                assert headers["Content-Disposition"].startswith("attachment; filename=")
            else:
                assert href.startswith(UPLOADS) and headers["Content-Type"] == "application/pdf"
        frame = document.xpath("//div[@id='news-content']//iframe/@src")
        if frame:
            viewers += 1
            assert frame[0].startswith(VIEWER + "?file=")
            assert unquote(frame[0].split("file=", 1)[1]).startswith(UPLOADS)
            status, _, viewer = fetch(demo, frame[0])
            assert status == 200 and "PDF.js viewer" in viewer
        more = document.xpath("//div[@id='news-content']//p[contains(., 'Xem chi tiết văn bản')]")
        if more:
            links += 1
            assert text_of(more[0]) == "Xem chi tiết văn bản tại đây"
            doc = page(demo, more[0].xpath(".//a/@href")[0])
            assert "Số ký hiệu" in text_of(doc) and "Trích yếu" in text_of(doc)
    assert viewers >= 2 and links >= 2
    listed = {
        site.by_path[h].key for h in page(demo, NOTICES).xpath("//h3/a/@href") if h in site.by_path
    }
    assert listed == {it.key for it in notices[:10]}


def test_documents_and_schedule_are_dated_pages_that_are_no_articles(demo, site):
    document = page(demo, DOCS)
    heads = [text_of(th) for th in document.xpath("//table[contains(@class,'vanban')]//th")]
    assert heads == ["STT", "Số ký hiệu", "Ngày ban hành", "Trích yếu", "Tải về"]
    docs = [d for d in site.documents]
    assert len(docs) >= 15
    for doc in docs:
        status, _, body = fetch(demo, doc.path)
        if doc.missing:
            assert status == 404
            continue
        assert status == 200
        text = text_of(lxml.html.fromstring(body))
        for label in ("Số ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu", "Tải về"):
            assert label in text
        assert doc.number in text and doc.issued.strftime("%d/%m/%Y") in text
    assert sum(d.missing for d in docs) == 1
    schedule = page(demo, SCHEDULE)
    assert text_of(schedule.xpath("//h1")[0]).startswith("Lịch công tác tuần ")
    assert schedule.xpath("//table[contains(@class,'lich-tuan')]//td[@class='day']")
    previous = schedule.xpath("//a[@class='prev']/@href")[0]
    assert page(demo, previous).xpath("//a[@class='next']/@href")
    empty = page(demo, f"{SCHEDULE}?tuan=30&nam=2019")
    assert "Chưa có lịch công tác" in text_of(empty)
    articles = {site.article_path(it) for it in site.items}
    assert not articles & ({d.path for d in docs} | {SCHEDULE, previous})


def test_feeds_pager_home_aliases_and_broken_pages(demo, site):
    home = page(demo, "/")
    feed = home.xpath("//link[@rel='alternate']/@href")[0]
    status, headers, body = fetch(demo, feed)
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    items = ET.fromstring(body.encode("utf-8")).findall("./channel/item")
    assert len(items) == 20
    first = site.by_path[urlsplit(items[0].findtext("link")).path]
    assert items[0].findtext("description") == site.summary(first)
    for alias in ("/index.php", "/trang-chu.html"):
        assert text_of(page(demo, alias).xpath("//title")[0]) == text_of(home.xpath("//title")[0])
    _, pages = site.page_of(site.listed(None), 1)
    assert pages >= 5
    pager = page(demo, site.listing_path(None, 2)).xpath("//ul[@class='pagination']")[0]
    assert pager.xpath(".//li[@class='active']/span")[0].text == "2"
    assert "/tin-tuc-su-kien.html?page=1" in pager.xpath(".//a/@href")
    status, _, _ = fetch(demo, f"{site.listing_path(None)}?page={pages + 1}")
    assert status == 404
    statuses = {
        it.kind: fetch(demo, site.article_path(it))[0] for it in site.items if it.kind != "article"
    }
    assert statuses == {"missing": 404, "error": 500}
    _, headers, page_body = fetch(demo, site.article_path(site.items[0]))
    assert headers["X-Powered-By"].startswith("PHP/")
    for needle in (
        "Kết quả giải quyết TTHC",
        "Thống kê truy cập",
        "Tin cùng chuyên mục",
        "Văn bản mới",
    ):
        assert needle in page_body, needle
    links = site_links(demo.base_url(PORTAL), "/", lxml.html.tostring(home, encoding="unicode"))
    assert any(link.startswith(DOC_PREFIX) for link in links)


def test_unknown_pages_answer_404(demo):
    for path in ("/khong-co.html", "/chuyen-doi-so/khong-co-1.html", "/download.php?id=1"):
        status, _, _ = fetch(demo, path)
        assert status == 404, path
