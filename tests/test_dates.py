"""Vietnamese date forms, and finding the article's own date among sidebar and related dates."""

from __future__ import annotations

import pytest

from dtcrawl.dates import (
    find_dates,
    find_published,
    listed_date,
    parse_vietnamese_datetime,
    to_iso,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17/12/2021 04:28:03", "2021-12-17T04:28:03+07:00"),
        ("Thứ Hai, 20/02/2023 08:15", "2023-02-20T08:15:00+07:00"),
        ("Thứ hai - 11/11/2024 04:09", "2024-11-11T04:09:00+07:00"),
        ("Ngày đăng: 21:15, 10/10/2023", "2023-10-10T21:15:00+07:00"),
        ("Ngày đăng: 21/01/2021", "2021-01-21T00:00:00+07:00"),
        ("Cập nhật lúc 15:40 ngày 03/08/2024", "2024-08-03T15:40:00+07:00"),
        ("Cập nhật: 07:34, 23/04/2022 (GMT+7)", "2022-04-23T07:34:00+07:00"),
        ("Ngày xuất bản: 17/10/2022 8:22:19 SA", "2022-10-17T08:22:19+07:00"),
        ("Ngày xuất bản: 17/10/2022 2:05:10 CH", "2022-10-17T14:05:10+07:00"),
        ("Ngày xuất bản: 17/10/2022 12:10:00 SA", "2022-10-17T00:10:00+07:00"),
        ("Thứ năm: 08:25 ngày 05/01/2023", "2023-01-05T08:25:00+07:00"),
        ("Ngày 08/05/2025 20:45:46", "2025-05-08T20:45:46+07:00"),
        ("22/09/2022 15:15", "2022-09-22T15:15:00+07:00"),
        ("(29/06/2026, 14:49)", "2026-06-29T14:49:00+07:00"),
        ("Ngày 5 tháng 1 năm 2023", "2023-01-05T00:00:00+07:00"),
        ("2023-02-20T01:15:00Z", "2023-02-20T08:15:00+07:00"),
        ("2023-02-20T08:15:00+07:00", "2023-02-20T08:15:00+07:00"),
        ("2023-02-20", "2023-02-20T00:00:00+07:00"),
    ],
)
def test_date_forms(text, expected):
    assert to_iso(parse_vietnamese_datetime(text)) == expected


@pytest.mark.parametrize(
    "text", ["Số hồ sơ xử lý: 67039", "Trễ hạn: 454", "31/02/2023", "tỷ lệ 1.363/1.726", ""]
)
def test_not_dates(text):
    assert parse_vietnamese_datetime(text) is None


def test_meta_published_time_wins_and_is_converted_to_vietnam_time():
    page = (
        '<html><head><meta property="article:published_time" content="2023-10-10T14:15:00Z">'
        '<meta property="article:modified_time" content="2023-10-11T02:00:00Z"></head>'
        "<body><h1>Tin</h1><p>01/01/2020</p></body></html>"
    )
    dates = find_dates(page, title="Tin")
    assert to_iso(dates.published) == "2023-10-10T21:15:00+07:00"
    assert to_iso(dates.modified) == "2023-10-11T09:00:00+07:00"


def test_json_ld_date_published():
    page = (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org",'
        ' "@graph": [{"@type": "NewsArticle", "datePublished": "2024-03-14T08:30:00+07:00",'
        ' "dateModified": "2024-03-15T10:00:00+07:00"}]}</script></head><body></body></html>'
    )
    dates = find_dates(page)
    assert to_iso(dates.published) == "2024-03-14T08:30:00+07:00"
    assert to_iso(dates.modified) == "2024-03-15T10:00:00+07:00"


def test_time_element():
    page = (
        '<article><h1>Tin A</h1><time datetime="2023-10-10T21:15:00+07:00">10/10</time></article>'
    )
    assert to_iso(find_published(page, title="Tin A")) == "2023-10-10T21:15:00+07:00"


def test_article_date_beats_sidebar_and_related_news_dates():
    page = """<html><body>
    <div class="side"><ul>
      <li><a href="/a">Tin mới trong tuần về chuyển đổi số ở các huyện</a> (29/06/2026, 14:49)</li>
      <li><a href="/b">Một tin khác trong chuyên mục của cổng</a> (28/06/2026, 09:00)</li>
    </ul></div>
    <div class="main"><h1>Bài chính của trang</h1>
      <div class="meta">Thứ Hai, 20/02/2023 08:15</div>
      <p>Nội dung bài viết nhắc tới ngày 15/12/2022 trong một câu rất dài về kế hoạch của tỉnh
      và các mốc triển khai tiếp theo trong năm.</p>
      <h3>Các tin khác</h3>
      <ul><li><a href="/c">Tin cũ hơn của chuyên mục chuyển đổi số</a> 17/02/2023</li></ul>
    </div></body></html>"""
    assert to_iso(find_published(page, title="Bài chính của trang")) == "2023-02-20T08:15:00+07:00"


def test_date_split_across_elements_with_label():
    page = (
        "<h1>Bài A về số hóa</h1><p><b>Ngày đăng:</b> <span>21/01/2021</span>"
        " <span>09:30</span></p>"
    )
    assert to_iso(find_published(page, title="Bài A về số hóa")) == "2021-01-21T09:30:00+07:00"


def test_published_and_updated_labels():
    page = (
        "<h1>Bài B</h1><div>Ngày đăng: 10/10/2023 08:00</div>"
        "<div>Cập nhật lúc 12/10/2023 09:30</div><p>Nội dung.</p>"
    )
    dates = find_dates(page, title="Bài B")
    assert to_iso(dates.published) == "2023-10-10T08:00:00+07:00"
    assert to_iso(dates.modified) == "2023-10-12T09:30:00+07:00"


def test_never_from_the_url_slug():
    page = "<html><body><h1>Tin</h1><p>Không có ngày tháng ở đây.</p></body></html>"
    assert find_published(page, title="Tin") is None


def test_htmldate_reads_markup_we_do_not_know_as_a_last_resort():
    page = '<html><body><h1>Tin</h1><abbr class="published" title="2022-05-06">6/5</abbr></body></html>'
    found = find_dates(page, title="Tin")
    assert (found.how, to_iso(found.published)) == ("htmldate", "2022-05-06T00:00:00+07:00")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Triển khai nền tảng số · 15 phút trước", "2026-11-24T10:32:00+07:00"),
        ("3 giờ trước | Chuyển đổi số", "2026-11-24T07:47:00+07:00"),
        ("11 tiếng trước", "2026-11-23T23:47:00+07:00"),
        ("2 ngày trước", "2026-11-22T00:00:00+07:00"),
        ("Hôm qua", "2026-11-23T00:00:00+07:00"),
        ("14:30 hôm qua", "2026-11-23T14:30:00+07:00"),
        ("Hôm nay, 08:15", "2026-11-24T08:15:00+07:00"),
        ("Vừa xong", "2026-11-24T10:47:00+07:00"),
        # An absolute date wins; vague or sentence-bound phrases are no date.
        ("Hôm qua (23/11/2026 16:05)", "2026-11-23T16:05:00+07:00"),
        ("3 tuần trước", None),
        ("Tổ chức hội nghị 10 ngày trước khi khai mạc", None),
    ],
)
def test_a_listing_s_relative_date_counts_back_from_the_reading(text, expected):
    # Read at 10:47:31 Vietnam time (03:47 UTC, as a fetch time may be written).
    assert listed_date(text, "2026-11-24T03:47:31+00:00") == expected


def test_a_relative_date_needs_the_time_it_was_read():
    assert listed_date("3 giờ trước") is None


def test_a_today_banner_dates_no_page_even_for_htmldate():
    # The theme's header shows today's date in a "date-time" box above every page's title: an
    # undated page of the portal's own stays undated (it is not news), whoever reads it.
    page = (
        '<html><body><div class="top-header"><div class="row"><div class="col-md-12 date-time">'
        '<em class="fa fa-calendar"></em> Thứ Sáu, ngày 08/01/2021</div></div></div>'
        '<div class="main"><div class="page"><h1>Giới thiệu chung về tỉnh</h1><div class="text">'
        "<p>Tỉnh nằm ở thượng nguồn sông Lĩnh, có đường biên giới dài, gồm mười đơn vị hành "
        "chính cấp huyện.</p></div></div></div></body></html>"
    )
    dates = find_dates(page, title="Giới thiệu chung về tỉnh")
    assert dates.published is None, dates


def test_a_web_page_s_structured_dates_are_no_article_s():
    # Yoast describes every WordPress page as a WebPage with a datePublished: "Giới thiệu" is
    # no article of that day (an article page carries an Article node with its own date).
    graph = (
        '{"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": "x", '
        '"datePublished": "2020-06-14T02:30:00+00:00", "dateModified": "2024-01-02T01:00:00+00:00"}]}'
    )
    page = (
        f'<html><head><script type="application/ld+json">{graph}</script>'
        '<meta property="article:modified_time" content="2024-01-02T01:00:00+00:00"></head>'
        "<body><h1>Giới thiệu</h1><p>Sở Khoa học và Công nghệ là cơ quan chuyên môn.</p></body></html>"
    )
    assert find_dates(page, title="Giới thiệu").published is None
    article = graph.replace('"@type": "WebPage"', '"@type": "Article"')
    page = page.replace(graph, article)
    assert find_dates(page, title="Giới thiệu").published.isoformat() == "2020-06-14T09:30:00+07:00"
