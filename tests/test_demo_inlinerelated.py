"""The newspaper-style provincial CMS with related links and pull-quotes inside its article bodies
(portal donglam)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import lxml.html
from conftest import raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.inlinerelated import furniture_plan, sentences

PORTAL = "donglam"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LISTING = re.compile(r"^/[a-z0-9-]+(/page/\d+)?\.htm$")
CONTENT = "//div[@id='content-detail']"


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def page(demo, path: str):
    status, _, markup = fetch(demo, path)
    assert status == 200, path
    return lxml.html.fromstring(markup)


def test_every_article_shows_its_title_sapo_and_own_paragraphs_in_order(demo, site):
    for article in ARTICLES:
        document = page(demo, site.article_path(site.by_key[article.key]))
        assert [text_of(h) for h in document.xpath("//h1")] == [article.title]
        assert text_of(document.xpath("//h2[@class='detail-sapo']")[0]) == article.paragraphs[0]
        own = [
            text_of(p)
            for p in document.xpath(f"{CONTENT}/p")
            if not p.get("style") and not p.xpath("./a")
        ]
        assert own == list(article.paragraphs[1:])
        stamp = article.published.strftime("%d/%m/%Y %H:%M (GMT+7)")
        assert stamp in text_of(document.xpath("//span[@class='detail-time']")[0])


def test_bodies_carry_inline_related_links_boxes_pull_quotes_and_a_closing_byline(demo, site):
    seen = Counter()
    for article in ARTICLES:
        item = site.by_key[article.key]
        document = page(demo, site.article_path(item))
        content = document.xpath(CONTENT)[0]
        lines = [text_of(p) for p in content.xpath("./p[a]")]
        assert 1 <= len(lines) <= 2
        assert all(line.startswith(("Xem thêm:", ">>")) for line in lines)
        boxes = content.xpath("./div[@class='box-related-inline'] | ./table[@class='tlq']")
        for box in boxes:
            assert text_of(box).startswith("TIN LIÊN QUAN") and 2 <= len(box.xpath(".//a")) <= 3
        # Every inline link leads to another article of the portal.
        for href in content.xpath("./p/a/@href | ./div//a/@href | ./table[@class='tlq']//a/@href"):
            assert href != site.article_path(item)
            status, _, other = fetch(demo, href)
            assert status == 200 and '<h1 class="detail-title">' in other
        quotes = content.xpath("./blockquote | ./div[@class='pull-quote']")
        body_sentences = {s for p in article.paragraphs for s in sentences(p)}
        for quote in quotes:
            assert text_of(quote).strip("\u201c\u201d") in body_sentences
        signed = [text_of(p) for p in content.xpath("./p[@style='text-align:right']")]
        expected = []
        if article.author:
            expected.append(signed[0])
            assert signed[0] in (article.author, f"Tin, ảnh: {article.author}")
        if article.source:
            expected.append(f"Nguồn: {article.source}")
        assert signed == expected
        if expected:
            assert text_of(content[-1]) == expected[-1]
        captions = [text_of(c) for c in content.xpath(".//figcaption | .//td[@class='image_desc']")]
        assert captions == [image["caption"] for image in article.images]
        seen.update(["box"] * len(boxes) + ["quote"] * len(quotes) + [f"lines{len(lines)}"])
        seen.update(re.sub(r"^(Xem thêm:|>>).*", r"\1", line) for line in lines)
    assert seen["box"] >= 5 and seen["quote"] >= 5
    assert seen["lines1"] >= 5 and seen["lines2"] >= 5
    assert seen["Xem thêm:"] >= 5 and seen[">>"] >= 5


def test_article_furniture_around_the_body(demo, site):
    item = site.by_key[ARTICLES[0].key]
    document = page(demo, site.article_path(item))
    player = document.xpath("//div[@class='tts-player']")[0]
    assert "Nghe đọc bài viết" in text_of(player) and player.xpath(".//audio/source/@src")
    assert [text_of(o) for o in player.xpath(".//select[@id='tts-voice']/option")] == [
        "Giọng nữ miền Bắc",
        "Giọng nam miền Nam",
    ]
    tools = text_of(document.xpath("//div[@class='article-tools']")[0])
    for word in ("lượt xem", "A-", "A+", "In bài", "Gửi email", "Facebook", "Zalo"):
        assert word in tools
    tags = document.xpath("//div[@class='detail-tags']/a/@href")
    assert tags and all(fetch(demo, href)[0] == 200 for href in tags)
    assert "Ý kiến bạn đọc" in text_of(document.xpath("//div[@id='comment-box']")[0])
    assert document.xpath("//div[@class='same-category']//a")
    footer = text_of(document.xpath("//footer")[0])
    assert "Cơ quan chủ quản" in footer and "Giấy phép số" in footer
    sidebar = text_of(document.xpath("//aside")[0])
    assert "Kết quả giải quyết TTHC" in sidebar and "Thống kê truy cập" in sidebar


def test_every_listing_page_is_reachable_through_the_pagers(demo, site):
    pages = walk_site(demo.base_url(PORTAL), lambda path: LISTING.match(path) is not None)
    found = {path for path, (status, _) in pages.items() if status == 200}
    for section in [None, *site.sections.values()]:
        _, count = site.page_of(site.listed(section), 1)
        for n in range(1, count + 1):
            assert site.listing_path(section, n) in found
    _, news_pages = site.page_of(site.listed(None), 1)
    assert news_pages > 5
    markup = pages[site.listing_path(None, 2)][1]
    assert "Đầu" in markup and "Cuối" in markup and '<span class="page-link">…</span>' in markup


def test_hazards_alias_print_tracking_javascript_and_404(demo, site):
    article = ARTICLES[3]
    item = site.by_key[article.key]
    _, _, canonical = fetch(demo, site.article_path(item))
    assert site.short_path(item) in canonical and "javascript:" in canonical
    assert site.print_path(item) in canonical
    status, _, alias = fetch(demo, site.short_path(item))
    assert status == 200 and article.paragraphs[1] in alias
    status, _, printed = fetch(demo, site.print_path(item))
    assert status == 200 and article.paragraphs[1] in printed and "window.print()" in printed
    _, _, home = fetch(demo, "/")
    assert "?utm_source=trangchu&amp;utm_medium=tinnoibat" in home
    assert "?utm_source=docnhieu&amp;utm_medium=sidebar" in home
    tracked = site.article_path(item) + "?utm_source=docnhieu&utm_medium=sidebar"
    assert fetch(demo, tracked)[0] == 200
    status, headers, _ = fetch(demo, "/tin-tuc/page/1.htm")
    assert status == 301 and headers["Location"].endswith("/tin-tuc.htm")
    assert fetch(demo, "/tin-tuc/page/99.htm")[0] == 404
    assert fetch(demo, "/tin/1.htm")[0] == 404
    wrong_section = site.article_path(item).replace(f"/{item.section.slug}/", "/tin-tuc/", 1)
    assert fetch(demo, wrong_section)[0] == 404
    status, _, missing = fetch(demo, "/khong-co-trang-nay.htm")
    assert status == 404 and "Không tìm thấy" in missing
    assert "Disallow: /binh-luan/" in fetch(demo, "/robots.txt")[2]


def test_rss_feeds_listed_on_the_rss_page(demo, site):
    feeds = page(demo, "/rss.htm").xpath("//table[@class='rss-list']//a/@href")
    assert len(feeds) == 1 + len(site.sections)
    for href in feeds:
        status, headers, xml = fetch(demo, href)
        assert status == 200 and "rss" in headers["Content-Type"]
        links = re.findall(r"<link>http://[^/<]+(/[^<]*)</link>", xml)[1:]
        assert links and all(link in site.by_path for link in links)
    assert fetch(demo, "/rss/khong-co.rss")[0] == 404


def test_furniture_plan_is_deterministic_and_never_follows_the_last_paragraph():
    for article in ARTICLES:
        count = len(article.paragraphs) - 1
        plan = furniture_plan(article.key, count)
        assert plan == furniture_plan(article.key, count)
        assert all(0 <= at <= count - 2 for at in plan["related"])
        assert plan["quote"] is None or 1 <= plan["quote"][0] <= count - 2
