"""The STTTT portal whose articles are reports (portal stttt-lieuson), over HTTP."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import lxml.html
from conftest import raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import dmy
from dtcrawl.demo.cms.richbody import (
    HEAD_STYLES,
    LIST_STYLES,
    gold_corpus,
    plan_of,
    posted_stamp,
    report_blocks,
    sentences,
)
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "stttt-lieuson"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
GOLD = {article.key: article for article in gold_corpus(CORPUS)[PORTAL]}
LISTING = re.compile(r"^/index\.php/vi/[a-z0-9-]+(/page/\d+)?$")
SID = re.compile(r"PHPSESSID=([a-z0-9]{26})")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def article_part(markup: str) -> str:
    """The article itself (related links carry a per-request session id; sidebars vary)."""
    return markup[
        markup.index('<div class="news-detail">') : markup.index('<div class="news-other">')
    ]


def shown_body(content) -> list[str]:
    """The text units of an article body as a reader sees them, with the typed "- " / "+ "
    bullets kept as typed: a paragraph or heading each, a list item each, a table row each
    (cells joined by " | "); photos left out."""
    units = []
    for child in content:
        if child.tag in ("p", "h3", "h4"):
            units.append(text_of(child))
        elif child.tag in ("ul", "ol"):
            units += [text_of(li) for li in child.xpath("./li")]
        elif child.tag == "table":
            units += [
                " | ".join(text_of(c) for c in tr.xpath("./td|./th")) for tr in child.iter("tr")
            ]
    return units


def test_plans_and_styles_all_occur_and_the_gold_keeps_every_corpus_sentence():
    plans = Counter(plan_of(a.key) for a in ARTICLES)
    assert set(plans) == {"plain", "report", "table"} and plans["plain"] < 20
    blocks = [b for a in ARTICLES for b in report_blocks(a.key, a.paragraphs, a.published)]
    kinds = Counter((b.kind, b.style) for b in blocks)
    assert {s for k, s in kinds if k == "list"} == set(LIST_STYLES)
    assert {"h3", "h4", "strong", "b", "strong-em"} <= {s for k, s in kinds if k == "heading"}
    assert {s for k, s in kinds if k == "table"} == {"thead", "word"}
    tables = [b for b in blocks if b.kind == "table"]
    assert any(b.text.startswith("Bảng 1: ") for b in tables) and any(not b.text for b in tables)
    assert all(4 <= len(b.rows) <= 6 for b in tables)
    assert set(HEAD_STYLES) == {
        s for a in ARTICLES if plan_of(a.key) != "plain" for s in [_head_style(a)]
    }
    for article in ARTICLES:
        gold = GOLD[article.key]
        assert (gold.title, gold.author, gold.source) == (
            article.title,
            article.author,
            article.source,
        )
        used = []
        for block in report_blocks(article.key, article.paragraphs, article.published):
            if block.kind == "list":
                assert list(block.items) == sentences(article.paragraphs[block.source])
                assert " ".join(block.items) == article.paragraphs[block.source]
            if block.source is not None:
                used.append(block.source)
        assert used == list(range(len(article.paragraphs)))
        if plan_of(article.key) == "plain":
            assert gold.paragraphs == article.paragraphs
        else:
            assert len(gold.paragraphs) > len(article.paragraphs)
            # typed bullets are the text's (the lead's convention); drawn ones are not
            typed = [p for p in gold.paragraphs if p.startswith(("- ", "+ "))]
            styles = {
                b.style
                for b in report_blocks(article.key, article.paragraphs, article.published)
                if b.kind == "list"
            }
            assert bool(typed) == bool(styles & {"dash", "plus"})
        if plan_of(article.key) == "table":
            assert re.match(r"\(\*\) Số liệu tính đến ngày \d+/\d+/\d{4}\.$", gold.paragraphs[-1])
            assert any(" | " in p and "(*)" in p for p in gold.paragraphs)


def _head_style(article) -> str:
    blocks = report_blocks(article.key, article.paragraphs, article.published)
    first = next(b for b in blocks if b.kind == "heading")
    if first.style in ("h3", "h4"):
        return first.style
    return "roman" if first.text.startswith("I. ") else "strong"


def test_gold_corpus_moves_photos_to_the_paragraph_they_follow():
    for article in ARTICLES:
        gold = GOLD[article.key]
        for served, moved in zip(article.images, gold.images, strict=True):
            assert moved["caption"] == served["caption"]
            text = gold.paragraphs[moved["after"]]
            source = article.paragraphs[served["after"]]
            assert text == source or source.endswith(text)


def test_article_pages_show_title_date_and_exactly_the_gold_body(demo, site):
    for article in ARTICLES:
        item = site.by_key[article.key]
        gold = GOLD[article.key]
        status, headers, markup = fetch(demo, site.article_path(item))
        assert status == 200 and headers["X-Powered-By"].startswith("PHP/")
        document = lxml.html.fromstring(markup)
        assert text_of(document.xpath("//h1[@class='news-detail-title']")[0]) == article.title
        info = text_of(document.xpath("//span[@class='post-date']")[0])
        assert info == posted_stamp(item.published) and dmy(item.published) in info
        (content,) = document.xpath("//div[@class='news-detail-content']")
        units = shown_body(content)
        closing = [article.author] if article.author else []
        closing += [f"Nguồn: {article.source}"] if article.source else []
        assert units[len(units) - len(closing) :] == closing
        assert units[: len(units) - len(closing)] == list(gold.paragraphs)
        captions = [text_of(c) for c in content.xpath(".//figure/figcaption")]
        assert captions == [img["caption"] for img in article.images]


def test_structured_markup_is_the_editors(demo, site):
    pages = {a.key: fetch(demo, site.article_path(site.by_key[a.key]))[2] for a in ARTICLES}
    every = "".join(article_part(page) for page in pages.values())
    assert re.search(r"<p><strong>\d\. [^<]+</strong></p>", every)
    assert re.search(r"<p><b>a\) Về [^<]+</b></p>", every)
    assert re.search(r"<p><strong>I\. [A-ZÀ-Ỹ ,]+</strong></p>", every)
    assert "<h3>" in every and re.search(r"<h4>\d\. ", every)
    assert "<ol>" in every and "<ul>" in every
    assert '<p style="text-align: justify;">- ' in every
    assert '<p style="text-align: justify;">+ ' in every
    assert "<thead><tr><th>" in every and "<td><p style=" in every
    assert re.search(r"<p><em>\(\*\) Số liệu tính đến ngày [\d/]+\.</em></p>", every)
    plain = next(a for a in ARTICLES if plan_of(a.key) == "plain")
    assert not re.search(r"<(ul|ol|table|h3|h4)\b", article_part(pages[plain.key]))


def test_listings_are_all_reachable_from_the_home_page_through_the_pagers(demo, site):
    pages = walk_site(demo.base_url(PORTAL), lambda path: LISTING.match(path) is not None)
    found = {path for path, (status, _) in pages.items() if status == 200}
    for section in [None, *site.sections.values()]:
        _, count = site.page_of(site.listed(section), 1)
        for n in range(1, count + 1):
            assert site.listing_path(section, n) in found
    news = pages[site.listing_path(None)][1]
    assert '<li class="gap"><span>...</span></li>' in news and "Trang 1/6" in news
    listed = "".join(body for path, (_, body) in pages.items() if "/page/" in path or path in found)
    for article in ARTICLES:
        item = site.by_key[article.key]
        assert site.article_path(item) in listed and site.news_alias(item) in listed


def test_hazards_alias_print_tracking_session_id_and_404(demo, site):
    item = site.by_key[ARTICLES[3].key]
    _, _, page = fetch(demo, site.article_path(item))
    status, _, alias = fetch(demo, site.news_alias(item))
    assert status == 200 and article_part(alias) == article_part(page)
    status, _, printed = fetch(demo, site.print_path(item))
    assert status == 200 and "window.print()" in printed and "Thống kê truy cập" not in printed
    assert GOLD[item.key].paragraphs[-1] in printed.replace("&quot;", '"')
    assert site.print_path(item).replace("&", "&amp;") in page
    _, _, home = fetch(demo, "/")
    assert "?utm_source=trangchu&amp;utm_medium=box" in home and 'href="javascript:' in home
    tracked = fetch(demo, site.article_path(item) + "?utm_source=trangchu&utm_medium=box")[2]
    assert article_part(tracked) == article_part(page)
    sids = set(SID.findall(page[page.index('<div class="news-other">') :]))
    assert len(sids) == 1
    (sid,) = sids
    assert set(SID.findall(alias)) != sids  # another page, another new session
    status, headers, with_sid = fetch(demo, f"{site.article_path(item)}?PHPSESSID={sid}")
    assert status == 200 and "Set-Cookie" not in headers
    assert fetch(demo, site.article_path(item))[1]["Set-Cookie"] == f"PHPSESSID={sid}; path=/"
    assert set(SID.findall(with_sid)) == {sid} and article_part(with_sid) == article_part(page)
    for path in (
        "/index.php/vi/chuyen-doi-so/1-khong-co",
        "/index.php/vi/khong-co-muc/" + site.article_path(item).rsplit("/", 1)[1],
        "/index.php/vi/tin-tuc-su-kien/page/99",
        "/tin-tuc/abc.html",
    ):
        status, _, missing = fetch(demo, path)
        assert status == 404 and "Trang không tồn tại" in missing, path
    other = next(s for s in site.sections.values() if s is not item.section)
    wrong = f"/index.php/vi/{other.slug}/" + site.article_path(item).rsplit("/", 1)[1]
    assert fetch(demo, wrong)[0] == 404
    status, _, robots = fetch(demo, "/robots.txt")
    assert status == 200 and "Disallow: /admin/" in robots


def test_furniture_is_on_every_page(demo, site):
    for path in ("/", site.listing_path(None, 2), site.article_path(site.items[0])):
        _, _, markup = fetch(demo, path)
        for text in (
            "Kết quả giải quyết TTHC",
            "Thống kê truy cập",
            "Văn bản mới",
            "Cơ quan chủ quản: Sở Thông tin và Truyền thông tỉnh Liễu Sơn",
            "Giấy phép số 18/GP-TTĐT",
            'class="breadcrumb"',
        ):
            assert text in markup, (path, text)
    for path in ("/index.php/vi/gioi-thieu", "/index.php/vi/lien-he", "/index.php/vi/van-ban"):
        assert fetch(demo, path)[0] == 200


def test_portal_is_blind_only_and_gives_no_cms_hint():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS and portal.registry_cms == "custom"
    assert portal.host == "127.0.0.69" and portal.start == ("home",)
