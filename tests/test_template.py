"""Per-portal template learning and its SQLite persistence."""

from __future__ import annotations

import math
import sqlite3

from dtcrawl.extract import extract_article
from dtcrawl.template import (
    PortalTemplate,
    block_key,
    load_template,
    page_blocks,
    parse_html,
    save_template,
)

LEADS = [
    "Sáng nay, tỉnh khai trương Trung tâm giám sát, điều hành thông minh với 214 camera "
    "tại các nút giao trọng điểm của thành phố.",
    "Tỉnh cấp miễn phí hơn 120.000 chữ ký số cho người dân thông qua các tổ công nghệ số "
    "cộng đồng ở thôn, tổ dân phố.",
    "Toàn tỉnh đã có 1.126 tổ công nghệ số cộng đồng với hơn 6.700 thành viên hoạt động "
    "ở tất cả các thôn, bản.",
    "Bệnh án điện tử đã được triển khai ở toàn bộ bệnh viện công lập của tỉnh từ tháng "
    "này, người bệnh không phải mang sổ giấy.",
]
BODIES = [
    "Hệ thống kết nối dữ liệu từ 17 hệ thống thông tin chuyên ngành của các sở, ngành; "
    "các chỉ số được hiển thị trên bản đồ số.",
    "Người dân dùng chữ ký số để nộp hồ sơ trực tuyến toàn trình mà không phải in giấy, "
    "ký tay rồi quét lại như trước.",
    "Các tổ hướng dẫn người dân cài đặt ứng dụng định danh điện tử và thanh toán số "
    "ngay tại nhà văn hóa thôn.",
    "Bác sĩ ký số hồ sơ bệnh án, kết quả xét nghiệm được trả về điện thoại người bệnh "
    "trong vòng một giờ.",
]


def frame(main: str, n: int) -> str:
    """A portal page: menu, a TTHC widget and a counter whose numbers change, a footer."""
    return f"""<html><body>
    <div id="menu"><a href="/">Trang chủ</a> <a href="/cds">Chuyển đổi số</a></div>
    <div id="main">{main}</div>
    <div id="side">
      <div class="tthc"><p>Đến tháng 0{n % 9 + 1} đã giải quyết: 9{n}.{n}%</p>
        <p>Số hồ sơ xử lý: {67039 + 97 * n}</p><p>Trễ hạn: {454 + n}</p></div>
      <div class="counter"><p>Hôm nay: {1234 + 639 * n:,}</p><p>Tất cả: {12874330 + n}</p></div>
    </div>
    <div id="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lam Giang</p></div>
    </body></html>"""


def article(i: int, extra: str = "") -> str:
    return frame(
        f"<h1>Tin số {i}</h1><div class='detail'><p class='sapo'>{LEADS[i]}</p>"
        f"<p>{BODIES[i]}</p>{extra}</div>",
        i,
    )


def listing(items: list[int], page: int) -> str:
    rows = "".join(
        f"<li class='item'><a href='/tin/{i}'>Tin số {i}</a><p class='teaser'>{LEADS[i]}</p></li>"
        for i in items
    )
    return frame(f"<h1>Chuyển đổi số</h1><ul class='list'>{rows}</ul>", 10 + page)


def crawl_template() -> PortalTemplate:
    """Observe every page a crawler would fetch: two listings (carrying the leads) and articles."""
    template = PortalTemplate()
    template.observe(listing([0, 1, 2, 3], 1), url="http://lg/cds")
    template.observe(listing([1, 2, 3], 2), url="http://lg/home")
    template.observe(listing([0, 1], 3), url="http://lg/cds?page=2")
    for i in range(4):
        template.observe(article(i), url=f"http://lg/tin/{i}")
    return template


def test_digits_do_not_matter_in_fingerprints():
    assert block_key("Hôm nay: 1.234") == block_key("Hôm nay: 1.873")
    assert block_key("Trễ hạn: 454") != block_key("Đúng hạn: 454")


def test_widgets_with_changing_numbers_are_template():
    template = crawl_template()
    assert template.pages_seen == 7
    for line in ("Hôm nay: 9.999", "Số hồ sơ xử lý: 70000", "Đến tháng 09 đã giải quyết: 99.3%"):
        assert template.is_boilerplate(line), line
    assert template.is_boilerplate("Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lam Giang")


def test_article_lead_is_kept_despite_listing_excerpts():
    template = crawl_template()
    tree = parse_html(article(0))
    lead = next(b for b in page_blocks(tree) if b.text == LEADS[0])
    # The lead is on 3 of 7 pages (its article and two listings) but only once at its path.
    assert template.count(LEADS[0]) == 3
    assert template.is_boilerplate(lead.text, lead.path) is None
    result = extract_article(article(0), "http://lg/tin/0", template)
    assert result.body.split("\n\n")[0] == LEADS[0]
    assert "Hôm nay" not in result.body and "Trễ hạn" not in result.body


def test_short_own_paragraph_is_kept():
    template = crawl_template()
    page = article(2, extra="<p>Đây là bước đầu.</p><p>Bình Minh</p>")
    result = extract_article(page, "http://lg/tin/2b", template)
    assert "Đây là bước đầu." in result.body.split("\n\n")
    assert result.author == "Bình Minh"


def test_repeated_page_is_counted_once():
    template = PortalTemplate()
    assert template.observe(article(1), url="http://lg/tin/1")
    assert not template.observe(article(1), url="http://lg/tin/1?utm_source=zalo")
    assert template.pages_seen == 1


def test_cold_start_needs_three_pages():
    template = PortalTemplate()
    template.observe(article(0))
    template.observe(article(1))
    assert template.is_boilerplate("Hôm nay: 5") is None
    template.observe(article(2))
    assert template.is_boilerplate("Hôm nay: 5")


def test_prune_caps_memory_and_keeps_frequent_blocks():
    template = PortalTemplate(max_blocks=200)
    for n in range(60):
        unique = "".join(
            f"<p>Đoạn riêng {chr(65 + n % 26)}{chr(65 + n // 26)} số {k}</p>" for k in range(3)
        )
        template.observe(frame(unique, n), url=f"http://lg/{n}")
    assert len(template.blocks) <= 200
    assert template.is_boilerplate("Hôm nay: 1")


def test_a_block_is_never_counted_more_often_at_its_path_than_anywhere():
    # is_boilerplate(text, path) rules a block out by its count anywhere, before hashing its
    # path: it relies on this, through pruning too.
    template = PortalTemplate(max_blocks=60)
    own = [f"Đoạn riêng {chr(65 + n % 26)}{chr(65 + n // 26)}" for n in range(40)]
    # Lines on 4 and 5 pages each: either side of the threshold (5 pages of 49).
    pages = [
        frame(
            f"<p>{own[n]}</p><p>{LEADS[n % 4]}</p><p>Chuyên mục {chr(65 + n // 4)}</p>"
            f"<p>Chuyên đề {chr(65 + n // 5)}</p>",
            n,
        )
        for n in range(40)
    ]
    pages += [listing([0, 1, 2, 3], n) for n in range(5)] + [article(i) for i in range(4)]
    for n, page in enumerate(pages):
        template.observe(page, url=f"http://lg/{n}")
    assert len(template.blocks) <= 60  # pruned on the way
    pairs = {(b.text, b.path) for page in pages for b in page_blocks(parse_html(page))}
    for text, path in pairs:
        assert template.count(text, path) <= template.count(text), text
        # The answer is the one both counts give.
        threshold = template.threshold
        if len(text.split()) > template.short_words:
            threshold = max(5, threshold, math.ceil(template.long_fraction * template._base))
        at_path = template.count(text, path) >= threshold
        assert (template.is_boilerplate(text, path) is not None) == (
            at_path
            or len(text.split()) <= template.short_words
            and template.count(text) >= max(threshold, math.ceil(0.4 * template._base))
        ), text


def test_save_and_load_round_trip():
    conn = sqlite3.connect(":memory:")
    template = crawl_template()
    save_template(conn, "lamgiang", template)
    save_template(conn, "lamgiang", template)  # saving again replaces, no duplicates
    loaded = load_template(conn, "lamgiang")
    assert loaded.pages_seen == template.pages_seen
    assert loaded.blocks.keys() == template.blocks.keys()
    assert loaded.is_boilerplate("Trễ hạn: 1")
    # It goes on learning after a restart and does not count a known page again.
    assert not loaded.observe(article(3), url="http://lg/tin/3")
    new_text = "<p>" + "Một đoạn văn mới hoàn toàn của một bài khác về dữ liệu số. " * 3 + "</p>"
    assert loaded.observe(article(3, extra=new_text), url="http://lg/tin/3-b")
    assert loaded.pages_seen == template.pages_seen + 1
    assert load_template(conn, "other").pages_seen == 0
    columns = {row[1] for row in conn.execute("PRAGMA table_info(template_blocks)")}
    assert columns >= {
        "portal",
        "fingerprint",
        "sample_text",
        "page_count",
        "first_seen",
        "last_seen",
    }
    stats = conn.execute("SELECT portal, pages_seen FROM template_stats").fetchall()
    assert stats == [("lamgiang", 7)]


def _rows(conn: sqlite3.Connection, portal: str) -> tuple[dict, list[str]]:
    blocks = {
        row[0]: row[1:]
        for row in conn.execute(
            "SELECT fingerprint, sample_text, page_count, first_seen, last_seen"
            " FROM template_blocks WHERE portal = ?",
            (portal,),
        )
    }
    keys = [
        row[0]
        for row in conn.execute(
            "SELECT page_key FROM template_pages WHERE portal = ? ORDER BY rowid", (portal,)
        )
    ]
    return blocks, keys


def test_save_writes_only_what_changed_since_load():
    conn = sqlite3.connect(":memory:", isolation_level=None)  # autocommit, as the archive's
    save_template(conn, "lamgiang", crawl_template())
    save_template(conn, "other", crawl_template())
    template = load_template(conn, "lamgiang")
    before = conn.total_changes
    save_template(conn, "lamgiang", template)
    assert conn.total_changes - before == 1  # the template_stats row, nothing else
    # One more page: its new blocks are inserted, the blocks it repeats updated, no others.
    new_text = "<p>" + "Một đoạn văn mới hoàn toàn của một bài khác về dữ liệu số. " * 3 + "</p>"
    counted = {fp: seen.page_count for fp, seen in template.blocks.items()}
    assert template.observe(article(1, extra=new_text), url="http://lg/tin/1-b")
    touched = {fp for fp, seen in template.blocks.items() if counted.get(fp) != seen.page_count}
    before = conn.total_changes
    save_template(conn, "lamgiang", template)
    assert conn.total_changes - before == len(touched) + 1 + 1  # blocks, stats, one page key
    blocks, keys = _rows(conn, "lamgiang")
    assert blocks == {
        fp: (s.sample, s.page_count, s.first_seen, s.last_seen) for fp, s in template.blocks.items()
    }
    assert keys == list(template._page_keys)


def test_save_deletes_pruned_blocks_and_forgotten_pages_and_keeps_page_order():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    template = crawl_template()
    save_template(conn, "lamgiang", template)
    other_before = _rows(conn, "lamgiang")
    save_template(conn, "other", template)
    # Forget the two oldest pages and the rarest blocks, then learn one more page.
    for key in list(template._page_keys)[:2]:
        del template._page_keys[key]
    template.blocks = {fp: s for fp, s in template.blocks.items() if s.page_count > 1}
    template.observe(article(0), url="http://lg/tin/0?again")  # a repeat: not counted
    template.observe(article(2, extra="<p>Đoạn thêm riêng của bài.</p>"), url="http://lg/x")
    save_template(conn, "lamgiang", template)
    blocks, keys = _rows(conn, "lamgiang")
    assert blocks.keys() == template.blocks.keys()
    assert keys == list(template._page_keys)
    loaded = load_template(conn, "lamgiang")
    assert list(loaded._page_keys) == list(template._page_keys)
    assert loaded.pages_seen == template.pages_seen
    assert _rows(conn, "other") == other_before  # another portal's rows are left alone


def test_save_inside_an_open_transaction_is_part_of_it():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    save_template(conn, "lamgiang", PortalTemplate())  # creates the tables
    conn.execute("BEGIN")
    save_template(conn, "lamgiang", crawl_template())
    assert conn.in_transaction  # not committed by save_template
    conn.execute("ROLLBACK")
    assert load_template(conn, "lamgiang").pages_seen == 0


def test_memoised_fingerprints_are_the_public_ones_and_memos_stay_bounded():
    from dtcrawl import template as template_module
    from dtcrawl.template import path_fingerprint, text_fingerprint

    template = PortalTemplate()
    for n in range(4):
        template.observe(frame(f"<p>{LEADS[n]}</p><p>{BODIES[n]}</p>", n))
    footer = "Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lam Giang"
    for text, path in [(footer, "html/body/div#footer/p"), (LEADS[0], "div#main/p"), ("x", "")]:
        for _ in range(2):  # computed, then from the memo
            assert template._path_print(text, path) == path_fingerprint(text, path)
            assert template._key_and_print(text) == (block_key(text), text_fingerprint(text))
    assert template.count(footer) == template.blocks[text_fingerprint(footer)].page_count == 4
    assert template.count(footer, "html/body/div#footer/p") == 4
    assert (footer, "html/body/div#footer/p") in template._path_memo  # on every page: memoised
    assert "Dòng chưa gặp" not in template._text_memo  # on no page: computed each time
    template.count("Dòng chưa gặp")
    assert "Dòng chưa gặp" not in template._text_memo
    # Lines on two pages, more than a memo holds: memoised, and the memos stay bounded.
    many = "".join(f"<p>Dòng thứ {chr(0x4E00 + n)} của trang</p>" for n in range(3000))
    template.observe(f"<html><body>{many}</body></html>", url="http://lg/a")
    template.observe(f"<html><body>{many}</body></html>", url="http://lg/b")
    for n in range(3000):
        line = f"Dòng thứ {chr(0x4E00 + n)} của trang"
        assert template.count(line, "html/body/p") == template.count(line) == 2
        assert 0 < len(template._text_memo) <= template_module._MEMO_SIZE
        assert 0 < len(template._path_memo) <= template_module._MEMO_SIZE


def test_iter_blocks_reads_styles_breaks_and_skipped_tails():
    tree = parse_html(
        "<html><body><div><p>Một <b style='font-style: italic'>hai</b><br>ba<script>x</script>"
        "bốn</p><p>năm <a href='/'><i>sáu bảy</i></a><hr>chín</p>"
        "<section><span style='FONT-WEIGHT: bold'>tám</span></section></div></body></html>"
    )
    blocks = page_blocks(tree)
    # <hr> closes the paragraph (libxml2): "chín" stands in the div.
    assert [(b.text, b.link_chars, b.bold_chars, b.italic_chars, b.path) for b in blocks] == [
        ("Một hai", 0, 3, 3, "html/body/div/p"),
        ("babốn", 0, 0, 0, "html/body/div/p"),
        ("năm sáu bảy", 6, 0, 6, "html/body/div/p"),
        ("chín", 0, 0, 0, "html/body/div"),
        ("tám", 0, 3, 0, "html/body/div/section"),
    ]


def test_a_block_is_bold_or_italic_when_nine_tenths_of_its_letters_are():
    from dtcrawl.template import Block

    def block(text: str, styled: int) -> Block:
        return Block(text, None, "", 0, bold_chars=styled, italic_chars=styled)

    assert block("Một hai", 6).bold and block("Một hai", 6).italic  # 6 of 6 letters
    assert not block("Một hai ba bốn năm sáu bảy tám chín mười", 27).bold  # 27 of 31
    assert block("Một hai ba bốn năm sáu bảy tám chín mười", 28).italic
    assert not block("Một", 0).bold
    assert block(" ", 0).bold  # nothing to be bold: vacuously so
    [heading, plain] = page_blocks(parse_html("<h2>Tin nổi bật</h2><p>Tin <i>một</i></p>"))
    assert heading.bold and not heading.italic and not plain.bold and not plain.italic
