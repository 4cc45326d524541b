"""The department portal whose FCKeditor writes one <br /> per line (snv-mocgiang), over HTTP."""

from __future__ import annotations

import html
import re
import unicodedata
from urllib.parse import urljoin, urlsplit

import lxml.html
from conftest import raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import stable_int
from dtcrawl.demo.cms.fckbr import LAYOUTS, PLANS, body_lines, gold_corpus, published_stamp

PORTAL = "snv-mocgiang"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
GOLD = {article.key: article for article in gold_corpus(CORPUS)[PORTAL]}
LISTING = re.compile(r"^/TinTuc/DanhSach\.aspx\?MaCM=\d+(&Trang=\d+)?$")
BODY = "//span[@id='ctl00_cphNoiDung_ucChiTiet_lblNoiDung']"
BLOCKS = {"div", "td", "table", "tr", "tbody"}


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def tidy(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def visible_lines(node) -> list[str]:
    """The lines a reader sees in ``node``: a ``<br>`` or a block element ends a line."""
    pieces: list[str] = []

    def walk(element) -> None:
        if element.tag == "br" or element.tag in BLOCKS:
            pieces.append("\n")
        if element.tag != "br" and element.text:
            pieces.append(element.text)
        for child in element:
            walk(child)
        if element.tag in BLOCKS:
            pieces.append("\n")
        if element.tail:
            pieces.append(element.tail)

    if node.text:
        pieces.append(node.text)
    for child in node:
        walk(child)
    return [tidy(line) for line in "".join(pieces).split("\n") if tidy(line)]


def body_markup(page: str) -> str:
    start = page.index('id="ctl00_cphNoiDung_ucChiTiet_lblNoiDung">')
    return page[start : page.index('<div class="congcu-duoi">', start)]


def test_every_article_shows_its_title_date_and_each_gold_line_as_a_line(demo, site):
    for article in ARTICLES:
        item = site.by_key[article.key]
        status, headers, page = fetch(demo, site.article_path(item))
        assert status == 200 and "utf-8" in headers["Content-Type"]
        document = lxml.html.fromstring(page)
        title = document.xpath("//span[@id='ctl00_cphNoiDung_ucChiTiet_lblTieuDe']")[0]
        assert tidy(title.text_content()) == article.title
        assert published_stamp(article.published) in page
        lines = visible_lines(document.xpath(BODY)[0])
        extra = [image["caption"] for image in article.images]
        closing = [article.author] if article.author else []
        closing += [f"Nguồn: {article.source}"] if article.source else []
        assert lines[len(lines) - len(closing) :] == closing
        body = [line for line in lines[: len(lines) - len(closing)] if line not in extra]
        assert body == list(GOLD[article.key].paragraphs)
        # Every corpus paragraph is among the gold lines, whole (but for a forgotten full stop).
        for paragraph in article.paragraphs:
            assert paragraph in body or paragraph[:-1] in body


def test_bodies_have_no_paragraph_tags_and_a_single_br_between_lines(demo, site):
    layouts, plans, kinds = set(), set(), set()
    for article in ARTICLES:
        item = site.by_key[article.key]
        markup = body_markup(fetch(demo, site.article_path(item))[2])
        assert "<p" not in markup.lower()
        assert not re.search(r"<br\s*/?>\s*(?:&nbsp;|\s)*<br", markup)
        lines = body_lines(article.key, article.paragraphs)
        for line in lines:
            kinds.add(line.kind)
            if line.kind == "heading":
                assert line.text[-1] not in ".:;!?"
                tag = item.extra["bold"]
                assert f"<{tag}>{html.escape(line.text)}</{tag}>" in markup
            if line.kind == "item":
                assert re.match(r"^(- |\+ |[a-d]\) )", line.text)
            if line.kind == "intro":
                assert line.text.endswith(":")
                following = lines[lines.index(line) + 1]
                assert following.kind == "item"
            if line.kind in ("slip", "ref"):
                assert not line.text.endswith(".")
        layout = item.extra["layout"]
        layouts.add(layout)
        plans.add(PLANS[stable_int(article.key + "plan", 0, len(PLANS) - 1)])
        if layout == "indent":
            assert "<br>\n&nbsp;&nbsp;&nbsp;&nbsp;" in markup
        if layout == "td":
            assert '<td style="text-align: justify;">' in markup
        for image in article.images:
            caption = re.escape(html.escape(image["caption"]))
            assert re.search(r"<img [^>]+/><br />\n<(i|em)>" + caption, markup)
    assert layouts == set(LAYOUTS) and plans == set(PLANS)
    assert kinds == {"text", "slip", "heading", "intro", "item", "short", "ref"}
    lengths = [len(line) for a in GOLD.values() for line in a.paragraphs]
    assert max(lengths) > 300 and min(lengths) < 60


def test_gold_corpus_moves_photos_to_the_line_they_follow():
    for article in ARTICLES:
        gold = GOLD[article.key]
        assert (gold.title, gold.author, gold.source) == (
            article.title,
            article.author,
            article.source,
        )
        for served, moved in zip(article.images, gold.images, strict=True):
            assert gold.paragraphs[moved["after"]] == article.paragraphs[served["after"]]


def test_every_listing_page_is_reachable_from_the_home_page_through_the_pager(demo, site):
    pages = walk_site(demo.base_url(PORTAL), lambda path: bool(LISTING.match(path)))
    found = {path for path, (status, _) in pages.items() if status == 200}
    for section in [None, *site.sections.values()]:
        _, count = site.page_of(site.listed(section), 1)
        assert count >= 2 or len(site.listed(section)) <= 6
        for n in range(1, count + 1):
            assert site.listing_path(section, n) in found
    linked = set()
    for path, (_, body) in pages.items():
        base = demo.base_url(PORTAL) + path
        for href in lxml.html.fromstring(body).xpath("//div[@class='ds-tin']//a/@href"):
            url = urlsplit(urljoin(base, href))
            linked.add(f"{url.path}?{url.query}")
    assert {site.article_path(site.by_key[a.key]) for a in ARTICLES} <= linked


def test_hazards_print_view_javascript_links_view_counter_alias_and_404(demo, site):
    article = next(a for a in ARTICLES if a.images)
    item = site.by_key[article.key]
    _, _, page = fetch(demo, site.article_path(item))
    assert re.search(r"Lượt xem: [\d.]+", page)
    assert "javascript:" in page and ">In bài</a>" in page and ">Gửi email</a>" in page
    assert html.escape(site.print_path(item)) in page
    status, _, printed = fetch(demo, site.print_path(item))
    assert status == 200 and "window.print()" in printed
    printed_lines = visible_lines(
        lxml.html.fromstring(printed).xpath("//div[@class='in-noidung']")[0]
    )
    assert set(GOLD[article.key].paragraphs) <= set(printed_lines)
    status, _, email = fetch(demo, f"/TinTuc/GuiEmail.aspx?MaTin={item.number}")
    assert status == 200 and article.title in html.unescape(email)
    # The home page links the URL rewriter's alias, which serves the same article.
    _, _, home = fetch(demo, "/")
    newest = site.latest(1)[0]
    assert html.escape(site.alias_path(newest)) in home
    assert site.article_path(newest) not in home
    alias, canonical = (
        visible_lines(lxml.html.fromstring(fetch(demo, path)[2]).xpath(BODY)[0])
        for path in (site.alias_path(item), site.article_path(item))
    )
    assert alias == canonical
    assert "Kết quả giải quyết TTHC" in home and "Thống kê truy cập" in home
    assert fetch(demo, "/Default.aspx")[0] == 200
    assert fetch(demo, "/TinTuc/ChiTiet.aspx?MaTin=1")[0] == 404
    assert fetch(demo, "/TinTuc/DanhSach.aspx?MaCM=37&Trang=99")[0] == 404
    assert fetch(demo, "/TinTuc/DanhSach.aspx?MaCM=999")[0] == 404
    status, _, missing = fetch(demo, "/khong-co-trang-nay.aspx")
    assert status == 404 and "Không tìm thấy" in missing
    status, _, robots = fetch(demo, "/robots.txt")
    assert status == 200 and "Disallow: /QuanTri/" in robots
