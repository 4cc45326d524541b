"""The PHP portal whose article pages are tabs and collapsible parts (portal hoaxuyen), over
HTTP."""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import lxml.html
from conftest import listing_paths, raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import parse_local
from dtcrawl.demo.cms.tabbed import (
    ARTICLE_PATH,
    COMMENTS_PER_PAGE,
    SHORT,
    comments_of,
    date_line,
    documents_of,
    faq_of,
    gallery_of,
    gold_corpus,
    template_of,
    visible_count,
)
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "hoaxuyen"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
GOLD = {article.key: article for article in gold_corpus(CORPUS)[PORTAL]}
#: What a reader reads in the text's pane, in order: paragraphs (not the byline's nor the
#: buttons'), the FAQ's heading, its questions (the panels' buttons) and its answers.
TEXT_NODES = (
    ".//p[not(contains(@class, 'tacgia')) and not(contains(@class, 'nguon'))"
    " and not(contains(@class, 'doctiep'))]"
    " | .//h4[contains(@class, 'hoidap-tieude')]"
    " | .//button[contains(@class, 'btn-link')]"
    " | .//h4[@class='panel-title']"
)


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def follow(path: str) -> bool:
    parts = urlsplit(path)
    return parts.path.endswith(".html") and not parts.path.startswith("/in-bai-viet/")


def walk(demo) -> dict[str, tuple[int, str]]:
    return walk_site(demo.base_url(PORTAL), follow)


def page_of(demo, path: str):
    status, headers, body = fetch(demo, path)
    assert status == 200, path
    return headers, lxml.html.fromstring(body)


def text_pane(document, item):
    return document.xpath(f"//div[@id='noidung-{item.number}']//div[@id='noidung-chitiet']")[0]


def pane_hidden(document, ident: str) -> bool:
    (pane,) = document.xpath(f"//div[@id='{ident}']")
    classes = pane.get("class", "").split()
    if "tab-pane" in classes:
        return "active" not in classes and "show" not in classes
    return "display: none" in pane.get("style", "")


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.96"


def test_every_article_and_listing_page_is_reached_from_the_home_page(demo, site):
    reached = walk(demo)
    ok = {urlsplit(path).path for path, (status, _) in reached.items() if status == 200}
    for item in site.items:
        assert site.article_path(item) in reached, item.key
    assert listing_paths(site) <= ok
    numbers = {int(ARTICLE_PATH.match(p).group(2)) for p in ok if ARTICLE_PATH.match(p)}
    assert numbers == {it.number for it in site.items if it.kind == "article"}
    broken = {reached[site.article_path(it)][0] for it in site.items if it.kind != "article"}
    assert broken == {404, 500}
    # The pager goes no further than the last page.
    _, pages = site.page_of(site.listed(None), 1)
    assert pages >= 5
    assert fetch(demo, site.listing_path(None, pages + 1))[0] == 404
    assert site.listing_path(None, 2) in reached


def test_every_article_page_shows_its_gold_text_date_byline_and_captions(demo, site):
    by_key = {it.key: it for it in site.items}
    for article in ARTICLES:
        item = by_key[article.key]
        gold = GOLD[article.key]
        template = template_of(article.category)
        headers, document = page_of(demo, site.article_path(item))
        assert headers["X-Powered-By"].startswith("PHP/")
        assert [text_of(h) for h in document.xpath("//h1")] == [article.title]
        date = document.xpath("//span[@class='post-date'] | //div[@class='ngay-dang']")[0]
        assert date_line(parse_local(article.published), template) in text_of(date)
        pane = text_pane(document, item)
        assert [text_of(node) for node in pane.xpath(TEXT_NODES)] == list(gold.paragraphs)
        captions = pane.xpath(".//figcaption | .//td[@class='caption-img']")
        assert [text_of(c) for c in captions] == [image["caption"] for image in article.images]
        byline = text_of(pane)
        if article.author:
            assert article.author in byline
        if article.source:
            assert article.source in byline


def test_long_texts_keep_their_rest_in_the_page_collapsed(demo, site):
    collapsed = {"bs4": 0, "legacy": 0}
    for item in site.items:
        if item.kind != "article":
            continue
        template = template_of(item.section.name)
        _, document = page_of(demo, site.article_path(item))
        pane = text_pane(document, item)
        count = len(item.paragraphs)
        if template == "bs4":
            rest = pane.xpath(f"./div[@class='collapse' and @id='xemthem-{item.number}']")
            buttons = pane.xpath(".//a[contains(@class, 'btn-xemthem')]")
        else:
            rest = pane.xpath(f"./div[@id='doctiep-{item.number}']")
            buttons = pane.xpath(".//p[contains(@class, 'doctiep')]/a")
        if count <= SHORT:
            assert not rest and not buttons, item.key
            continue
        collapsed[template] += 1
        assert len(rest) == 1 and len(buttons) == 1, item.key
        if template == "legacy":
            assert rest[0].get("style") == "display:none;"
            assert text_of(buttons[0]) == "Đọc tiếp »"
        else:
            assert text_of(buttons[0]) == "Xem thêm"
            assert buttons[0].get("href") == f"#xemthem-{item.number}"
        shown = visible_count(count, template)
        assert [text_of(p) for p in rest[0].xpath("./p[not(@class)]")] == list(
            item.paragraphs[shown:]
        )
        assert [text_of(p) for p in pane.xpath("./p[not(@class)]")][-shown + 1 :] == list(
            item.paragraphs[1:shown]
        )
    assert collapsed["bs4"] >= 10 and collapsed["legacy"] >= 10


def test_faq_questions_are_buttons_and_answers_collapsed_panels(demo, site):
    seen = {"bs4": 0, "legacy": 0}
    for item in site.items:
        faq = faq_of(item.key)
        if item.kind != "article" or faq is None:
            continue
        template = template_of(item.section.name)
        seen[template] += 1
        _, document = page_of(demo, site.article_path(item))
        (accordion,) = document.xpath(f"//div[@id='hoidap-{item.number}']")
        if template == "bs4":
            questions = accordion.xpath(".//button[@data-toggle='collapse']")
            answers = accordion.xpath(".//div[contains(@class, 'collapse')]")
            opened = [a for a in answers if "show" in a.get("class").split()]
        else:
            questions = accordion.xpath(".//h4[@class='panel-title']/a[@data-toggle='collapse']")
            answers = accordion.xpath(".//div[contains(@class, 'panel-collapse')]")
            opened = [a for a in answers if "in" in a.get("class").split()]
        assert [text_of(q) for q in questions] == [q for q, _ in faq.pairs]
        assert [[text_of(p) for p in a.xpath(".//p")] for a in answers] == [
            list(answer) for _, answer in faq.pairs
        ]
        assert opened == answers[:1]
        if len(item.paragraphs) > SHORT:  # the FAQ ends the collapsed rest
            assert accordion.xpath("ancestor::div[starts-with(@id, 'xemthem-') or "
                                   "starts-with(@id, 'doctiep-')]")  # fmt: skip
    assert seen["bs4"] >= 2 and seen["legacy"] >= 2


def test_other_tabs_are_in_the_page_but_hidden(demo, site):
    albums = comments = documents = summaries = 0
    for item in site.items:
        if item.kind != "article":
            continue
        _, document = page_of(demo, site.article_path(item))
        n = item.number
        labels = [text_of(a) for a in document.xpath("//ul[contains(@class, 'tab')]/li/a")]
        assert labels[0] == "Nội dung"
        assert labels[1].startswith("Văn bản liên quan")
        assert labels[2].startswith("Hình ảnh")
        assert labels[3].startswith("Ý kiến bạn đọc")
        assert not pane_hidden(document, f"noidung-{n}")
        for key in ("vanban", "hinhanh", "ykien"):
            assert pane_hidden(document, f"{key}-{n}"), (item.key, key)
        album = gallery_of(item)
        shown = document.xpath(
            f"//div[@id='hinhanh-{n}']//p[contains(@class, 'album-caption')] | "
            f"//div[@id='hinhanh-{n}']//ul[@class='album-anh']/li/span"
        )
        assert [text_of(c) for c in shown] == [caption for _, caption in album]
        text_captions = [image["caption"] for image in item.images]
        if len(album) > len(text_captions):
            albums += 1
        rows = document.xpath(f"//div[@id='vanban-{n}']//tbody/tr")
        assert len(rows) == len(documents_of(item))
        documents += bool(rows)
        shown_comments = document.xpath(f"//div[@id='ykien-{n}']//li[@class='ykien-item']")
        assert len(shown_comments) == min(len(comments_of(item)), COMMENTS_PER_PAGE)
        comments += bool(shown_comments)
        summary = document.xpath(f"//div[@id='tomtat-{n}']")
        if summary:
            summaries += 1
            assert text_of(summary[0]) == item.paragraphs[0]
            assert "collapse" in summary[0].get("class") or "none" in summary[0].get("style")
    assert albums >= 15 and comments >= 10 and documents >= 15 and summaries >= 20


def test_second_page_of_comments_is_the_article_with_its_comments_pane_open(demo, site):
    aliased = [it for it in site.items if site.article_aliases(it)]
    assert len(aliased) >= 3
    for item in aliased:
        _, document = page_of(demo, site.article_path(item))
        more = document.xpath("//a[@class='xem-them-ykien']/@href")
        assert more == [f"?ykien=2#ykien-{item.number}"]
        (alias,) = site.article_aliases(item)
        _, page2 = page_of(demo, alias)
        assert pane_hidden(page2, f"noidung-{item.number}")
        assert not pane_hidden(page2, f"ykien-{item.number}")
        first = [text_of(n) for n in text_pane(document, item).xpath(TEXT_NODES)]
        assert [text_of(n) for n in text_pane(page2, item).xpath(TEXT_NODES)] == first
        rest = len(comments_of(item)) - COMMENTS_PER_PAGE
        assert len(page2.xpath("//li[@class='ykien-item']")) == rest
        assert page2.xpath("//link[@rel='canonical']/@href")[0].endswith(site.article_path(item))


def test_print_view_feeds_and_static_pages(demo, site):
    item = next(it for it in site.items if it.kind == "article" and faq_of(it.key))
    _, document = page_of(demo, site.print_path(item))
    paragraphs = [text_of(p) for p in document.xpath("//div[@class='in-noidung']/p")]
    assert paragraphs == list(GOLD[item.key].paragraphs)
    assert document.xpath("//meta[@name='robots']/@content") == ["noindex, nofollow"]
    status, headers, body = fetch(demo, site.feed_path(None))
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    links = [e.text for e in ET.fromstring(body).iter("link")][1:]
    assert [urlsplit(link).path for link in links] == [
        site.article_path(it) for it in site.items if it.kind == "article"
    ][:10]
    for path in ("/gioi-thieu.html", "/lien-he.html", "/hoi-dap.html", "/rss.html"):
        assert fetch(demo, path)[0] == 200
    doc = next(path for it in site.items for *_, path in documents_of(it))
    status, headers, _ = fetch(demo, doc)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, _, robots = fetch(demo, "/robots.txt")
    assert "Disallow: /binh-luan/" in robots and "Disallow: /tim-kiem" in robots
