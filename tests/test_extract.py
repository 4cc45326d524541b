"""extract_article on hand-written pages in CMS styles the demo portals do not cover."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml

from dtcrawl.extract import EXTRACTOR_VERSION, ArticleContent, extract_article, parse_page
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


LEADS = [
    "Sáng 12/3, UBND tỉnh tổ chức hội nghị sơ kết một năm triển khai Đề án 06 với sự tham dự "
    "của lãnh đạo các sở, ngành và địa phương.",
    "Theo báo cáo, toàn tỉnh đã thu nhận hơn 410.000 hồ sơ định danh điện tử, kích hoạt 352.000 "
    "tài khoản trên ứng dụng VNeID.",
    "Đáng chú ý, 100% cơ sở khám chữa bệnh đã sử dụng căn cước công dân gắn chip thay thẻ bảo "
    "hiểm y tế.",
    "Năm 2024, tỉnh phấn đấu kích hoạt thêm 150.000 tài khoản và hoàn thành làm sạch dữ liệu dân "
    "cư ở tất cả các xã.",
]
TITLE = "Sơ kết một năm triển khai Đề án 06"


def paragraphs_html() -> str:
    return "".join(f"<p>{p}</p>" for p in LEADS)


def test_related_teasers_without_a_heading_are_not_body():
    related = "".join(
        f"<div class='item'><a href='/a/{n}'>Tin liên quan số {n} về định danh điện tử ở xã</a>"
        f"<p>Đoạn giới thiệu ngắn của tin số {n}, kể về việc tập huấn cho cán bộ cấp xã cách "
        "hướng dẫn người dân kích hoạt tài khoản định danh.</p></div>"
        for n in range(2)
    )
    html = (
        f"<html><body><div id='detail'><h1>{TITLE}</h1><div class='content'>{paragraphs_html()}"
        f"<p style='text-align:right'><b>Hải Yến</b></p></div>{related}</div></body></html>"
    )
    article = extract_article(html, "http://t/related")
    assert article.body.split("\n\n") == LEADS
    assert article.author == "Hải Yến"


def test_byline_and_source_written_above_the_text():
    html = (
        f"<html><body><div id='detail'><h1>{TITLE}</h1><p>Tác giả: Hải Yến</p>"
        f"<p>Nguồn: Công an tỉnh</p><div class='content'>{paragraphs_html()}</div></div>"
        "</body></html>"
    )
    article = extract_article(html, "http://t/top")
    assert (article.author, article.source) == ("Hải Yến", "Công an tỉnh")
    assert article.body.split("\n\n") == LEADS


def test_table_layout_with_br_paragraphs_and_a_title_span():
    html = (
        "<html><body><table><tr><td class='left'><a href='/'>Trang chủ</a><br>"
        "<a href='/x'>Tin tức</a></td><td class='main'>"
        f"<span class='title'>{TITLE}</span><br><span class='date'>Ngày 08/05/2025 20:45:46</span>"
        "<div class='noidung'>" + "<br><br>".join(LEADS) + "<br><br><div align='right'><b>PV</b>"
        "</div></div></td></tr></table><div>Ghi rõ nguồn 'Cổng thông tin điện tử tỉnh' khi phát "
        "hành lại thông tin từ Website này.</div></body></html>"
    )
    article = extract_article(html, "http://t/table")
    assert article.title == TITLE
    assert article.published_at == "2025-05-08T20:45:46+07:00"
    assert article.author == "PV"
    assert article.body.split("\n\n") == LEADS


def test_sapo_in_a_heading_and_theo_source_in_italics():
    html = (
        f"<html><body><article><h1>{TITLE}</h1><div class='time'>Thứ hai - 11/11/2024 04:09</div>"
        f"<h2 class='sapo'>{LEADS[0]}</h2><div class='body'>"
        + "".join(f"<p>{p}</p>" for p in LEADS[1:])
        + "<p><em>Theo Báo Lam Giang</em></p></div><div class='tags'>Từ khóa: <a href='#'>"
        "Đề án 06</a> <a href='#'>VNeID</a></div></article></body></html>"
    )
    article = extract_article(html, "http://t/sapo")
    assert article.body.split("\n\n") == LEADS
    assert article.source == "Báo Lam Giang"
    assert article.published_at == "2024-11-11T04:09:00+07:00"


def test_title_with_a_colon_and_the_site_name_suffix():
    html = (
        "<html><head><title>UBND tỉnh họp thường kỳ tháng 9: tập trung giải ngân - Cổng thông tin "
        "điện tử tỉnh Lam Giang</title></head><body><h3>Kết quả giải quyết TTHC</h3>"
        "<h1>UBND tỉnh họp thường kỳ tháng 9: tập trung giải ngân</h1>"
        f"<div>{paragraphs_html()}</div></body></html>"
    )
    article = extract_article(html, "http://t/colon")
    assert article.title == "UBND tỉnh họp thường kỳ tháng 9: tập trung giải ngân"


def test_a_title_about_a_portal_is_the_articles_title():
    # "cổng thông tin điện tử" inside a headline is news about a portal, not a site name.
    headline = "Sở Tài chính nâng cấp cổng thông tin điện tử phục vụ doanh nghiệp"
    html = (
        f"<html><head><title>{headline} - Cổng Chuyển đổi số tỉnh Tây Phong</title>"
        f"<meta property='og:title' content='{headline}'></head><body>"
        f"<h1>{headline}</h1><div><p><b>Bản tin sáng</b></p>{paragraphs_html()}</div>"
        "</body></html>"
    )
    assert extract_article(html, "http://t/portal-news").title == headline


@pytest.mark.parametrize(
    "module",
    [
        "dtcrawl.extract",
        "dtcrawl.template",
        "dtcrawl.dates",
        "dtcrawl.bylines",
        "dtcrawl.legal_refs",
    ],
)
def test_docstring_examples(module):
    import doctest
    import importlib

    failures, tried = doctest.testmod(importlib.import_module(module))
    assert tried > 0 and failures == 0


def test_a_page_parsed_once_is_read_as_its_html(gold_case):
    """The pipeline parses a page once for the template and the cleaner: same article."""
    gold, from_html = gold_case
    html = (PAGES / gold["page"]).read_bytes()
    parsed = parse_page(html)
    from_parse = extract_article(parsed, gold["url"])
    assert from_parse == from_html
    template, template_of_parse = PortalTemplate(), PortalTemplate()
    assert template.observe(html, gold["url"])
    assert template_of_parse.observe(parsed.tree, gold["url"], parsed.blocks)
    assert template_of_parse.blocks.keys() == template.blocks.keys()


_PLACES = [
    "Tân Lập",
    "Bến Lội",
    "Thạch Bàn",
    "Đông Khê",
    "Hòa Lạc",
    "Phú An",
    "Nà Lương",
    "Cồn Mây",
]
_TOOLS = ["một cửa điện tử", "ký số", "họp không giấy", "sổ sức khỏe", "mã QR", "dữ liệu đất đai",
          "thanh toán số", "camera an ninh", "trợ lý ảo", "bản đồ số", "hóa đơn điện tử"]  # fmt: skip


def _signed_page(n: int, author: str, source: str | None = None) -> str:
    """A portal article page (its own text differs from page to page: digits alone do not
    make a page new to the template) whose byline is one of a few reporters' names."""
    place, tool = _PLACES[n % len(_PLACES)], _TOOLS[n % len(_TOOLS)]
    closing = f"<p><strong>{author}</strong></p>"
    if source:
        closing += f"<p><em>{source}</em></p>"
    return (
        "<html><body><div id='menu'><p>Trang chủ</p><p>Tin tức - Sự kiện</p></div>"
        f"<div id='main'><h1>Hội nghị số {n} về chuyển đổi số cấp xã</h1><div class='content'>"
        f"<p>Sáng nay, xã {place} tổ chức hội nghị triển khai nền tảng số cho các xã, "
        "thị trấn với sự tham gia của cán bộ phụ trách công nghệ thông tin.</p>"
        f"<p>Trong đợt này, cán bộ xã {place} được hướng dẫn dùng {tool} và ký số "
        "trên điện thoại để giải quyết hồ sơ cho người dân nhanh hơn.</p>"
        f"{closing}</div></div>"
        "<div id='footer'><p>Bản quyền thuộc Cổng thông tin điện tử tỉnh Lam Giang</p></div>"
        "</body></html>"
    )


def test_a_prolific_reporters_byline_is_the_author_not_template():
    # Three reporters sign a third of the pages each: by count their names are template
    # (same text at the same place on >= 10% of pages), but each is the author of her pages.
    reporters = ["Minh Châu", "Văn Tuấn", "Hồng Nhung (TTXVN)"]
    template = PortalTemplate()
    for n in range(60):
        template.observe(_signed_page(n, reporters[n % 3]))
    assert template.is_boilerplate("Minh Châu", None) is not None  # what the template says
    for n, name in ((100, "Minh Châu"), (101, "Văn Tuấn"), (102, "Hồng Nhung (TTXVN)")):
        article = extract_article(_signed_page(n, name), f"http://example.test/{n}", template)
        assert article.author == name.split(" (")[0]
        assert name.split(" (")[0] not in article.body
        assert "Bản quyền" not in article.body
    # A "Theo ..." source line repeated on many pages is the source of each.
    sourced = _signed_page(103, "Văn Tuấn", source="Theo Báo Lam Giang")
    for n in range(30):
        template.observe(_signed_page(200 + n, reporters[n % 3], source="Theo Báo Lam Giang"))
    article = extract_article(sourced, "http://example.test/103", template)
    assert (article.author, article.source) == ("Văn Tuấn", "Báo Lam Giang")


def test_a_name_on_every_page_is_furniture_not_the_author():
    # The same "name" under every page is the portal's own line (an editor's signature box).
    template = PortalTemplate()
    for n in range(40):
        template.observe(_signed_page(n, "Ban Biên Tập"))
    article = extract_article(_signed_page(99, "Ban Biên Tập"), "http://example.test/99", template)
    assert article.author is None
    assert "Ban Biên Tập" not in article.body


@pytest.mark.parametrize(
    ("heading", "doc_title"),
    [
        ("h1 class='title'", "{headline} - Cổng TTĐT tỉnh Lam Giang"),
        # A Struts/Tiles portal: the <title> names only the kind of page, the headline is a
        # div marked as the title, no h1.
        ("div class='tieude_chitiet'", "Cổng TTĐT tỉnh Lam Giang - Chi tiết tin"),
        ("h1", "Chi tiết tin"),
    ],
)
def test_a_featured_articles_headline_linked_on_every_page_stays_its_title(heading, doc_title):
    # The "Tin nổi bật" box links the same headline from every page of the portal: by count
    # its words are template, but on its own page they are the article's title.
    featured = "Sở Nội vụ hoàn thành sổ sức khỏe điện tử cho công chức"
    tag = heading.split()[0]

    def page(n: int, headline: str) -> str:
        place, tool = _PLACES[n % len(_PLACES)], _TOOLS[n % len(_TOOLS)]
        return (
            f"<html><head><title>{doc_title.format(headline=headline)}</title></head><body>"
            "<div id='menu'><a href='/'>Trang chủ</a></div>"
            f"<div id='main'><{heading}>{headline}</{tag}><div class='content'>"
            f"<p><b>Cán bộ xã {place} đã được tập huấn dùng {tool} trong tuần qua, với hàng "
            "trăm lượt người tham gia và nhiều mô hình mới.</b></p>"
            f"<p>Sau đợt tập huấn, xã {place} đưa {tool} vào giải quyết hồ sơ cho người dân, "
            "rút ngắn thời gian chờ đợi tại bộ phận một cửa.</p>"
            "<p>Các xã khác trong huyện sẽ được hướng dẫn tương tự trong quý tới theo kế hoạch "
            "chuyển đổi số của tỉnh.</p></div></div>"
            f"<div id='side'><h3>Tin nổi bật</h3><ul><li><a href='/tin/1'>{featured}</a></li>"
            "</ul></div></body></html>"
        )

    template = PortalTemplate()
    for n in range(40):
        template.observe(page(n, f"Xã {_PLACES[n % 8]} triển khai {_TOOLS[n % 11]} đợt {n}"))
    assert template.is_boilerplate(featured) is not None  # what the count alone says
    article = extract_article(page(99, featured), "http://example.test/tin/1", template)
    assert article.title == featured
    assert article.body.startswith("Cán bộ xã")


def test_a_pull_quote_is_dropped_and_a_repeated_subheading_kept():
    sentence = "Mỗi xã có ít nhất một tổ công nghệ số cộng đồng hoạt động thường xuyên."
    page = (
        "<html><head><title>Tổ công nghệ số cộng đồng phủ kín các xã</title></head><body>"
        "<h1>Tổ công nghệ số cộng đồng phủ kín các xã</h1><div class='grid'>"
        "<div class='row'><p>Đến hết quý III, toàn tỉnh đã thành lập tổ công nghệ số cộng đồng "
        "ở tất cả các xã, phường, thị trấn.</p><p>Tổ công nghệ số cộng đồng</p>"
        f"<p>Theo Sở Khoa học và Công nghệ, {sentence} Các tổ hướng dẫn người dân cài ứng "
        "dụng định danh điện tử và nộp hồ sơ trực tuyến.</p></div>"
        f"<div class='row'><div class='col'><p>Kết quả này vượt kế hoạch đề ra.</p></div>"
        f"<div class='col'><blockquote>“{sentence}”</blockquote></div></div>"
        "<div class='row'><p>Trong năm tới, tỉnh sẽ tập huấn thêm cho các thành viên tổ về an "
        "toàn thông tin và thanh toán không dùng tiền mặt.</p></div></div></body></html>"
    )
    article = extract_article(page, "http://example.test/tin/3", None)
    assert article.body.count(sentence) == 1
    assert "\n\nTổ công nghệ số cộng đồng\n\n" in article.body
    assert any(d.reason.startswith("pull quote") for d in article.dropped)


def test_section_pages_of_dated_headline_cards_are_listings_not_articles():
    # The ASP.NET family's section pages show cards as "<a>headline</a> Ngày đăng: 08/01/2021"
    # over a teaser paragraph. Reached as article candidates (a home page links its sections
    # beside its newest articles), three of five were stored as "articles" made of teasers: a
    # headline with its date beside it did not count as the card's headline.
    from dtcrawl.bench.synthetic import demo_corpus
    from dtcrawl.demo.site import DemoSites

    sites = DemoSites(demo_corpus(40, "hoason"))
    site = sites.site("hoason")
    base = "http://hoason.example"

    def page(path: str) -> str:
        return sites.render("hoason", path).text()

    template = PortalTemplate()
    for path in [site.article_path(it) for it in site.items if it.kind == "article"][:20]:
        template.observe(page(path), base + path)
    sections = [s for s in site.sections.values() if len(site.listed(s)) >= 4]
    assert len(sections) >= 4
    for section in sections:
        path = site.listing_path(section)
        content = extract_article(page(path), base + path, template)
        assert content.listing_like and not content.is_article(), path
        # Its articles stay articles.
        article = site.article_path(site.listed(section)[0])
        assert extract_article(page(article), base + article, template).is_article(), article


def _meta_line_by_regexes(text: str) -> bool:
    """_is_meta_line as first written: the regexes on every line."""
    from dtcrawl.dates import _DATE_RE, _TIME_RE
    from dtcrawl.extract import _LABELLED_DATE, _META_WORDS

    if not (_DATE_RE.search(text) or _TIME_RE.search(text) or "lượt xem" in text.lower()):
        return False
    if len(_META_WORDS.sub("", text)) <= 3:
        return True
    return (
        _LABELLED_DATE.search(text) is not None
        and len(text.split()) <= 20
        and not text.endswith((".", "!", "?", ";"))
    )


def _fixture_lines() -> list[str]:
    lines = []
    for path in sorted([*PAGES.glob("*.html"), *(HERE / "fixtures" / "unseen").glob("*.html")]):
        lines += [block.text for block in parse_page(path.read_bytes()).blocks]
    return lines


def test_meta_line_shortcut_agrees_with_the_regexes():
    from dtcrawl.extract import _META_WORDS, _is_meta_line, _leftover_letters

    letters = _leftover_letters()
    assert letters and not set(letters.lower()) & set(_META_WORDS.pattern.lower())
    lines = _fixture_lines() + [
        "Thứ năm - 07/01/2021 21:40 Lượt xem: 3.148 Cỡ chữ: A- A A+ | Bản in",
        "bởi admin — Xuất bản 07/01/2021 21:40, Lần sửa cuối 07/01/2021 21:40",
        "Cập nhật lúc 08:15 ngày 20/02/2023 - Phòng Kế hoạch",
        "Ngày 7/1/2021, tỉnh ra mắt ứng dụng quản lý hồ sơ trực tuyến",
        "CHỦ NHẬT, 12/03/2023 | GMT+7 | Lượt đọc: 1.024",
    ]
    assert any(_meta_line_by_regexes(line) for line in lines)
    for line in lines:
        assert _is_meta_line(line) == _meta_line_by_regexes(line), line


def test_phrase_and_title_tests_on_a_line_head_agree_with_folding_all_of_it():
    from dtcrawl.extract import (
        _BOILERPLATE_STARTS,
        _RELATED_HEADINGS,
        _is_title_line,
        _starts_as_title,
        _starts_with_phrase,
    )
    from dtcrawl.text import fold

    def by_full_fold(text: str, phrases: tuple[str, ...]) -> str | None:
        folded = fold(text).lstrip("-•*>»·|[( ")
        return next((p for p in phrases if folded.startswith(p)), None)

    long_tail = " và nội dung tiếp theo của đoạn văn" * 5
    lines = _fixture_lines() + [
        "» » » " + "- " * 40 + "Tin liên quan" + long_tail,
        "(Lượt xem: 12)" + long_tail,
        "ΣΣ Chia sẻ" + long_tail,
        "TIN LIÊN QUAN",
    ]
    title = "Tỉnh ra mắt ứng dụng công dân số"
    lines += [title + " - Sở Thông tin và Truyền thông", title + long_tail]
    for line in lines:
        for phrases in (_BOILERPLATE_STARTS, _RELATED_HEADINGS):
            assert _starts_with_phrase(line, phrases) == by_full_fold(line, phrases), line
        assert _starts_as_title(line, fold(title)) == _is_title_line(fold(line), fold(title))


def test_page_elements_have_lxml_html_classes():
    from lxml import html as lxml_html

    page = parse_page(
        "<html><body><form><input name='q'><select><option>1</option></select>"
        "<textarea>t</textarea><label>Nhãn</label></form><p>Một</p></body></html>"
    )
    reference = lxml_html.document_fromstring(
        "<html><body><form><input name='q'><select><option>1</option></select>"
        "<textarea>t</textarea><label>Nhãn</label></form><p>Một</p></body></html>"
    )
    assert [type(e) for e in page.tree.iter()] == [type(e) for e in reference.iter()]
    assert isinstance(page.tree.find(".//input"), lxml_html.InputElement)


def test_caption_and_alignment_tests_agree_with_their_definitions():
    from dtcrawl.extract import _ALIGN_CLASSES, _CAPTION_CLASS, _alignment, _in_caption

    def in_caption(element) -> bool:
        for node in [element, *element.iterancestors()][:5]:
            if node.tag in ("figcaption", "caption"):
                # (A table's own caption, with no picture beside it, is a line of the text.)
                holder = node.getparent()
                return not (
                    holder is not None
                    and holder.tag in ("table", "figure")
                    and not holder.findall(".//img")
                    and (holder.tag == "table" or holder.findall(".//table"))
                )
            if _CAPTION_CLASS.search((node.get("class") or "") + " " + (node.get("id") or "")):
                return True
        return False

    def alignment(element) -> str | None:
        for node in [element, *element.iterancestors()][:4]:
            for value, pattern in _ALIGN_CLASSES:
                style = (node.get("style") or "").replace(" ", "").lower()
                if (node.get("align") or "").lower() == value or f"text-align:{value}" in style:
                    return value
                if pattern.search((node.get("class") or "").lower()):
                    return value
        return None

    html = (
        "<div class='Image-Desc'><p>Ảnh</p></div><table><caption>Bảng</caption></table>"
        "<table><caption>Ảnh hội nghị</caption><tr><td><img src='a.jpg'></td></tr></table>"
        "<div align='CENTER'><p><span>Giữa</span></p></div><p style='TEXT-ALIGN: right'>Phải</p>"
        "<div class='text-right'><p>Tên</p></div>"
    )
    pages = [parse_page(f"<html><body>{html}</body></html>")]
    pages += [parse_page(path.read_bytes()) for path in sorted(PAGES.glob("*.html"))]
    seen = set()
    for _ in range(2):  # computed, then from the memos
        for page in pages:
            for block in page.blocks:
                assert _in_caption(block.element) == in_caption(block.element)
                assert _alignment(block.element) == alignment(block.element)
                seen.add((in_caption(block.element), alignment(block.element)))
    assert {(True, None), (False, "center"), (False, "right"), (False, None)} <= seen


def test_is_article_needs_forty_words_and_a_paragraph_of_twelve():
    def content(*paragraph_words: int, end: str = ".") -> ArticleContent:
        paragraphs = (" ".join(["chữ"] * n) + end for n in paragraph_words)
        return ArticleContent("Tin", "\n\n".join(paragraphs))

    assert content(12, 28).is_article()
    assert not content(12, 27).is_article()  # 39 words
    assert not content(11, 11, 11, 11).is_article()  # no paragraph of 12 words
    assert content(11, 11, 11, 11, 12).is_article()
    assert content(40).is_article()
    assert not ArticleContent("", "chữ " * 50).is_article()  # no title
    # A list of headlines (no sentence among them): a listing, however long its lines.
    assert not content(14, 14, 14, end="").is_article()
    assert content(14, 14, 14, end="?”").is_article()


def test_a_line_near_form_controls_is_one_in_a_small_box_holding_them():
    from lxml import html as lxml_html

    from dtcrawl.extract import _near_form_controls

    poll = lxml_html.fromstring(
        '<div><div><p id="q">Bạn đánh giá dịch vụ công thế nào?</p>'
        '<label><input type="radio" name="a">Tốt</label></div></div>'
    )
    assert _near_form_controls(poll.get_element_by_id("q"))
    long_text = "Đoạn văn dài của bài viết. " * 30  # over 600 characters
    article = lxml_html.fromstring(
        f'<div><form><input type="search"></form><p id="q">Câu hỏi ngắn</p><p>{long_text}</p></div>'
    )
    assert not _near_form_controls(article.get_element_by_id("q"))
    hidden = lxml_html.fromstring('<div><p id="q">Gửi ý kiến</p><input type="hidden"></div>')
    assert not _near_form_controls(hidden.get_element_by_id("q"))
    far = lxml_html.fromstring(
        '<div><input type="text"><div><div><div><p id="q">Tin ngắn</p></div></div></div></div>'
    )
    assert not _near_form_controls(far.get_element_by_id("q"))  # four boxes up


def test_the_title_element_is_the_first_in_document_order():
    from lxml import html as lxml_html

    from dtcrawl.extract import _title_element

    def title_of(html: str) -> str | None:
        element = _title_element(lxml_html.fromstring(html))
        return element.text if element is not None else None

    assert title_of("<html><head><title>Tin A</title></head><body><svg><title>Biểu đồ</title>"
                    "</svg><p>Bài</p></body></html>") == "Tin A"  # fmt: skip
    assert title_of("<html><head></head><body><title>Tin B</title><p>Bài</p></body></html>") == (
        "Tin B"
    )
    assert title_of("<div><p>Không có tiêu đề</p></div>") is None


def test_a_related_box_set_between_paragraphs_goes_and_the_text_after_it_stays():
    box = (
        "<div class='box-related'><div class='title'>TIN LIÊN QUAN</div><ul>"
        "<li><a href='/a/1'>Tỉnh ra mắt trung tâm giám sát điều hành thông minh</a></li>"
        "<li><a href='/a/2'>Xã Phú An hoàn thành phủ sóng cáp quang tới các thôn</a></li>"
        "</ul></div>"
    )
    leads = "".join(f"<p>{p}</p>" for p in LEADS[:2])
    rest = "".join(f"<p>{p}</p>" for p in LEADS[2:])
    html = (
        f"<html><body><div id='detail'><h1>{TITLE}</h1><div class='content'>{leads}{box}{rest}"
        "<p style='text-align:right'><b>Hải Yến</b></p></div></div></body></html>"
    )
    article = extract_article(html, "http://t/box")
    assert article.body.split("\n\n") == LEADS
    assert article.author == "Hải Yến"


def test_a_related_heading_among_the_paragraphs_still_ends_the_text():
    related = (
        "<p><b>Tin liên quan:</b></p>"
        "<p><a href='/a/1'>Tỉnh ra mắt trung tâm giám sát điều hành thông minh</a></p>"
        "<p>Đoạn giới thiệu của tin liên quan, kể về việc tỉnh ra mắt trung tâm giám sát "
        "điều hành thông minh phục vụ người dân và doanh nghiệp.</p>"
    )
    html = (
        f"<html><body><div id='detail'><h1>{TITLE}</h1><div class='content'>{paragraphs_html()}"
        f"{related}</div></div></body></html>"
    )
    assert extract_article(html, "http://t/rel").body.split("\n\n") == LEADS


def test_a_table_of_figures_is_kept_row_by_row():
    table = (
        "<table class='table'><thead><tr><th>TT</th><th>Chỉ tiêu</th><th>Năm 2023</th>"
        "<th>Năm 2024 (*)</th></tr></thead><tbody>"
        "<tr><td>1</td><td>Hồ sơ trực tuyến toàn trình</td><td>12.500</td><td>18.204</td></tr>"
        "<tr><td>2</td><td>Tài khoản định danh kích hoạt</td><td>352.000</td><td>410.318</td></tr>"
        "</tbody></table>"
    )
    note = "(*) Số liệu tính đến ngày 30/9/2024."
    html = (
        f"<html><body><div id='detail'><h1>{TITLE}</h1><div class='content'>{paragraphs_html()}"
        f"{table}<p><em>{note}</em></p></div></div></body></html>"
    )
    article = extract_article(html, "http://t/table")
    assert article.body.split("\n\n") == [
        *LEADS,
        "TT | Chỉ tiêu | Năm 2023 | Năm 2024 (*)",
        "1 | Hồ sơ trực tuyến toàn trình | 12.500 | 18.204",
        "2 | Tài khoản định danh kích hoạt | 352.000 | 410.318",
        note,
    ]


def test_stock_lines_among_the_paragraphs_are_the_texts_where_the_text_goes_on():
    """A department's reports share headings and intro lines ("Trong đó:"): template by
    count, but the text's when its paragraphs go on after them in the text's container."""

    def page(n: int, body: str) -> str:
        return (
            f"<html><body><div id='menu'><p>Giới thiệu chung về tỉnh Lam Giang</p></div>"
            f"<div id='main'><h1>Báo cáo số {n} của Sở</h1><div class='content'>{body}</div>"
            "</div></body></html>"
        )

    def report(n: int) -> str:
        # Its own lines differ by words (digits alone do not make a line new to the template).
        place, tool = _PLACES[n % len(_PLACES)], _TOOLS[n % len(_TOOLS)]
        return (
            f"<p>Sáng nay, xã {place} báo cáo kết quả chuyển đổi số của quý với Sở.</p>"
            "<p><strong>1. Kết quả triển khai</strong></p>"
            f"<p>Cán bộ xã {place} đã được hướng dẫn dùng {tool} trong giải quyết hồ sơ.</p>"
            "<p>Trong đó:</p>"
            f"<ul><li>Xã {place} hoàn thành phủ sóng cáp quang tới các thôn.</li>"
            f"<li>Người dân xã {place} được hỗ trợ dùng {tool} tại nhà văn hóa.</li></ul>"
        )

    template = PortalTemplate()
    for n in range(8):
        template.observe(page(n, report(n)))
    article = extract_article(page(9, report(9)), "http://example.test/9", template)
    paragraphs = article.body.split("\n\n")
    assert "1. Kết quả triển khai" in paragraphs and "Trong đó:" in paragraphs
    assert "Giới thiệu chung về tỉnh Lam Giang" not in paragraphs


# Two paragraphs of a department's report, for the tests of one page's furniture.
REPORT_PARAGRAPHS = [
    "Sáng 14/3, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác chuyển đổi số "
    "năm 2024 và triển khai nhiệm vụ năm 2025 với sự tham dự của các sở, ngành.",
    "Năm 2024, tỉnh đã hoàn thành việc kết nối hệ thống thông tin giải quyết thủ tục hành "
    "chính với Cổng Dịch vụ công quốc gia, tỷ lệ hồ sơ trực tuyến toàn trình đạt 62%.",
]


def test_labels_the_page_hides_are_no_captions_and_no_text():
    # SharePoint's publishing fields, each after a label hidden by its inline style.
    paragraphs = REPORT_PARAGRAPHS
    html = (
        "<html><body><h1>Tổng kết công tác chuyển đổi số năm 2024</h1>"
        '<div class="image"><div style="display:none">Hình ảnh trang</div>'
        '<div class="ms-rtestate-field"><img src="/anh/1.jpg"></div></div>'
        '<div class="caption"><div style="display: none">Chú thích ảnh</div>'
        '<div class="ms-rtestate-field">Quang cảnh hội nghị tổng kết</div></div>'
        '<div><div style="display:none">Nội dung trang</div><div class="ms-rtestate-field">'
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</div></div></body></html>"
    )
    content = extract_article(html, "http://t.vn/tin/1")
    assert content.captions == ["Quang cảnh hội nghị tổng kết"]
    assert content.body.split("\n\n") == paragraphs


def test_an_edit_date_line_is_no_text_and_a_theo_line_after_the_byline_is_the_source():
    paragraphs = REPORT_PARAGRAPHS
    html = (
        '<html><body><div class="article-detail"><h1>Tổng kết chuyển đổi số năm 2024</h1>'
        '<div class="article-meta"><span>Cập nhật lần cuối: Thứ năm, 16/3/2024 - 21:06</span> | '
        "<span>Thứ ba, 14/3/2024 - 08:29</span> | <span>Lượt xem: 3019</span></div>"
        '<div class="article-content">' + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"
        '<div class="news-author"><strong>Văn Tùng</strong></div>'
        '<div class="news-source">Theo Sở Khoa học và Công nghệ</div></div>'
        '<div class="other"><h3>Tin cùng chuyên mục</h3></div></body></html>'
    )
    content = extract_article(html, "http://t.vn/tin/1")
    assert content.body.split("\n\n") == paragraphs
    assert (content.author, content.source) == ("Văn Tùng", "Sở Khoa học và Công nghệ")
    assert content.published_at == "2024-03-14T08:29:00+07:00"


def test_an_old_layout_s_title_is_its_big_bold_line_not_its_bold_lead():
    # A FrontPage-era page: no <h1>, a <title> that names the site, the title a bold line of a
    # layout table, the date under it, then the lead in bold and the text as <br>-broken lines
    # that trafilatura may not map back, then the source.
    lines = [
        f"Câu thứ {n} của bài, nói về việc triển khai nền tảng số tại các xã trong huyện, với "
        f"{n}.250 hồ sơ trực tuyến được tiếp nhận và giải quyết đúng hạn trong tháng."
        for n in range(1, 10)
    ]
    html = (
        "<html><head><title>Trang thông tin điện tử huyện Cẩm Khê</title></head><body>"
        '<table><tr><td><font size="3"><b>Huyện triển khai nền tảng số tại các xã</b></font>'
        "</td></tr><tr><td><i>Cập nhật ngày 05/01/2021 - 00:08</i></td></tr><tr><td><font>"
        '<p align="justify"><b>Ngày 3/6, huyện ra mắt nền tảng số dùng chung cho các xã.</b></p>'
        '<p align="justify">' + "<br>\n".join(lines) + "</p>"
        '<p align="right"><i>Nguồn: Báo Lam Giang</i></p></font></td></tr></table></body></html>'
    )
    content = extract_article(html, "http://t.vn/tintuc/2021/01/tin_0123.htm")
    assert content.title == "Huyện triển khai nền tảng số tại các xã"
    assert (
        content.body.split("\n")[0] == "Ngày 3/6, huyện ra mắt nền tảng số dùng chung cho các xã."
    )
    assert content.body.endswith(lines[-1])
    assert content.source == "Báo Lam Giang"


def test_an_author_named_in_the_date_line_is_the_author_and_the_line_no_text():
    paragraphs = REPORT_PARAGRAPHS
    html = (
        "<html><body><h1>Tổng kết chuyển đổi số năm 2024</h1>"
        '<div class="meta-detail"><span>Thứ tư - 06/03/2024 05:37</span> <span>Tác giả: '
        "<strong>Đức Long</strong></span> <span>Lượt xem: 1.814</span></div>"
        '<div class="bodytext">' + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"
        "</body></html>"
    )
    content = extract_article(html, "http://t.vn/tin/1")
    assert content.body.split("\n\n") == paragraphs
    assert content.author == "Đức Long"


def test_a_table_s_caption_is_a_line_of_the_text_and_no_photo_caption():
    paragraphs = [
        "Năm 2024, các chỉ tiêu chủ yếu về chuyển đổi số của tỉnh đều đạt và vượt kế hoạch đề "
        "ra, trong đó tỷ lệ hồ sơ trực tuyến toàn trình tăng mạnh so với năm trước.",
        "Thời gian tới, tỉnh tiếp tục đẩy mạnh kết nối, chia sẻ dữ liệu giữa các hệ thống thông "
        "tin, bảo đảm an toàn thông tin mạng trong các cơ quan nhà nước.",
    ]
    table = (
        '<figure class="wp-block-table"><table><tbody><tr><td>Chỉ tiêu</td><td>Năm 2023</td>'
        "<td>Năm 2024</td></tr><tr><td>Hồ sơ trực tuyến</td><td>12.500</td><td>18.204</td></tr>"
        "<tr><td>Tài khoản định danh</td><td>45.310</td><td>61.877</td></tr></tbody></table>"
        '<figcaption class="wp-element-caption">Bảng: Kết quả thực hiện một số chỉ tiêu'
        "</figcaption></figure>"
    )
    photo = (
        '<figure class="wp-block-image"><img src="/anh/1.jpg" alt="">'
        '<figcaption class="wp-element-caption">Quang cảnh hội nghị</figcaption></figure>'
    )
    html = (
        '<html><body><h1>Kết quả chuyển đổi số năm 2024</h1><div class="entry-content">'
        f"<p>{paragraphs[0]}</p>{photo}{table}<p>{paragraphs[1]}</p></div></body></html>"
    )
    content = extract_article(html, "http://t.vn/ket-qua-chuyen-doi-so/")
    assert content.captions == ["Quang cảnh hội nghị"]
    assert "Bảng: Kết quả thực hiện một số chỉ tiêu" in content.body.split("\n")
