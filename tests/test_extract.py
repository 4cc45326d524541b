"""extract_article on hand-written pages in CMS styles the demo portals do not cover."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml

from dtcrawl.extract import EXTRACTOR_VERSION, ArticleContent, extract_article
from dtcrawl.template import PortalTemplate

HERE = Path(__file__).parent
PAGES = HERE / "fixtures" / "pages"
GOLD = sorted((HERE / "gold" / "extraction").glob("*.yaml"))


def load_gold(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(params=GOLD, ids=lambda p: p.stem)
def gold_case(request) -> tuple[dict, ArticleContent]:
    gold = load_gold(request.param)
    html = (PAGES / gold["page"]).read_bytes()
    return gold, extract_article(html, gold["url"])


def test_gold_set_covers_each_cms_style():
    assert {p.stem for p in GOLD} >= {"websphere", "webcenter", "dnn", "drupal_node", "print_view"}


def test_body_is_the_article_all_of_it_and_nothing_else(gold_case):
    gold, article = gold_case
    assert article.body.split("\n\n") == gold["paragraphs"]


def test_metadata_fields(gold_case):
    gold, article = gold_case
    assert article.title == gold["title"]
    assert article.published_at == gold["published"]
    assert article.modified_at == gold["modified"]
    assert article.author == gold["author"]
    assert article.source == gold["source"]
    assert article.captions == gold["captions"]
    assert article.canonical_url == gold["canonical_url"]
    assert [ref.key for ref in article.legal_refs] == gold["legal_refs"]
    assert article.is_article()


def test_dropped_lines_say_why(gold_case):
    _gold, article = gold_case
    assert article.dropped
    assert all(line.text and line.reason for line in article.dropped)


def test_websphere_widgets_and_lead_prefix_are_gone():
    gold = load_gold(HERE / "gold" / "extraction" / "websphere.yaml")
    article = extract_article((PAGES / gold["page"]).read_bytes(), gold["url"])
    for furniture in ("đã giải quyết", "Số hồ sơ", "Trễ hạn", "Hôm nay", "Các tin khác", "CTTĐT"):
        assert furniture not in article.body
    reasons = {d.text: d.reason for d in article.dropped}
    assert reasons["Phương An"].startswith("author")
    assert reasons["Nguồn: Sở Khoa học và Công nghệ"] == "source"


def test_print_view_title_glued_to_first_sentence_is_cut():
    gold = load_gold(HERE / "gold" / "extraction" / "print_view.yaml")
    article = extract_article((PAGES / gold["page"]).read_bytes(), gold["url"])
    assert article.body.startswith("Ngày 22/4, Ngân hàng")
    assert any(d.reason == "title glued to the first sentence" for d in article.dropped)


def to_cp1258(text: str) -> bytes:
    """Encode as windows-1258 does: base letters precomposed where it can, tone marks combining."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", char)
        # Recombine the base with its vowel-shape mark (â, ơ, ư…): windows-1258 has those.
        for mark in marks:
            combined = unicodedata.normalize("NFC", base + mark)
            try:
                combined.encode("cp1258")
            except UnicodeEncodeError:
                continue
            base = combined
            marks.remove(mark)
            break
        out += base.encode("cp1258") + "".join(marks).encode("cp1258")
    return bytes(out)


def test_windows_1258_page_comes_out_nfc():
    gold = load_gold(HERE / "gold" / "extraction" / "dnn.yaml")
    html = (PAGES / gold["page"]).read_text(encoding="utf-8").replace("UTF-8", "windows-1258")
    raw = to_cp1258(html)
    assert b"\xec" in raw  # combining acute: the decoded text is not NFC until normalised
    article = extract_article(raw, gold["url"])
    assert article.title == gold["title"]
    assert article.body.split("\n\n") == gold["paragraphs"]
    assert unicodedata.is_normalized("NFC", article.body)
    assert article.author == "Lê Thọ"


def test_decomposed_text_page_is_normalised():
    page = (
        "<html><body><h1>Chuye\u0302\u0309n đo\u0302\u0309i so\u0302\u0301</h1>"
        "<div><p>Chuye\u0302\u0309n đo\u0302\u0309i so\u0302\u0301 là việc của toàn dân, "
        "mỗi người dân cần biết dùng dịch vụ công trực tuyến và thanh toán số.</p></div>"
        "</body></html>"
    )
    article = extract_article(page, "http://example.test/a")
    assert article.title == "Chuyển đổi số"
    assert article.body.startswith("Chuyển đổi số là việc")


def test_listing_page_is_not_an_article():
    items = "".join(
        f'<li><a href="/tin/{n}">Tin chuyển đổi số thứ {n} của tỉnh trong tháng này</a>'
        f" <span>({n:02d}/02/2023)</span></li>"
        for n in range(1, 16)
    )
    page = f"<html><body><h1>Chuyển đổi số</h1><ul class='list'>{items}</ul></body></html>"
    assert not extract_article(page, "http://example.test/chuyen-doi-so").is_article()


def test_template_drops_portal_furniture_that_structure_misses():
    def page(n: int, body: str) -> str:
        return (
            "<html><body><div id='menu'><p>Giới thiệu chung về tỉnh Lam Giang</p></div>"
            f"<div id='main'><h1>Bài số {n}</h1><div class='content'>{body}</div></div>"
            "<div id='side'><p>Bản đồ hành chính và danh bạ điện thoại các cơ quan</p></div>"
            "</body></html>"
        )

    body = (
        "<p>Tỉnh triển khai nền tảng họp không giấy tới tất cả các xã, phường trong năm nay.</p>"
        "<p>Các đơn vị được cấp máy tính bảng và tài khoản ký số cho đại biểu dự họp.</p>"
        "<p>Bản đồ hành chính và danh bạ điện thoại các cơ quan</p>"
    )
    template = PortalTemplate()
    for n in range(6):
        template.observe(page(n, f"<p>Nội dung riêng của bài {n} về dữ liệu số.</p>"))
    article = extract_article(page(9, body), "http://example.test/9", template)
    assert "Bản đồ hành chính" not in article.body
    assert article.body.startswith("Tỉnh triển khai")
    assert any(d.reason.startswith("template") for d in article.dropped)


def test_extractor_version_is_a_string():
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION
