"""Bylines, sources and captions: read from lines, and taken out of the body by the cleaner."""

from __future__ import annotations

import pytest

from dtcrawl.bylines import (
    looks_like_caption,
    looks_like_name,
    parse_labelled_byline,
    parse_photo_credit,
    parse_theo_source,
)
from dtcrawl.extract import extract_article


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tin, ảnh: Ngọc Hà", ("author", "Ngọc Hà")),
        ("Tin và ảnh: Quang Huy", ("author", "Quang Huy")),
        ("Bài, ảnh: Thu Trang", ("author", "Thu Trang")),
        ("Tác giả: Lê Thọ", ("author", "Lê Thọ")),
        ("Nguồn: Sở Khoa học và Công nghệ", ("source", "Sở Khoa học và Công nghệ")),
        ("Nguồn tin: Báo Lam Giang", ("source", "Báo Lam Giang")),
        ("(Nguồn: baolamgiang.vn)", ("source", "baolamgiang.vn")),
        ("Nguồn: Công văn số 86549/UBND-NCKS", ("source", "Công văn số 86549/UBND-NCKS")),
    ],
)
def test_labelled_lines(line, expected):
    assert parse_labelled_byline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Tin tức về chuyển đổi số",
        "Tin: Tỉnh đã hoàn thành việc số hóa toàn bộ hồ sơ hộ tịch của các xã trong năm",
        "Nguồn vốn cho các dự án chuyển đổi số được bố trí từ ngân sách tỉnh.",
    ],
)
def test_sentences_are_not_bylines(line):
    assert parse_labelled_byline(line) is None


def test_theo_source_only_for_a_closing_name():
    assert parse_theo_source("Theo Báo Lam Giang") == "Báo Lam Giang"
    assert parse_theo_source("(Theo VnExpress)") == "VnExpress"
    assert parse_theo_source("Theo kế hoạch, tỉnh sẽ số hóa 100% hồ sơ.") is None
    assert parse_theo_source("Theo đó, các sở phải hoàn thành trước ngày 15/3") is None


@pytest.mark.parametrize("line", ["Phương An", "BTL", "L.Thọ", "Minh Châu (tổng hợp)", "P.A"])
def test_names(line):
    assert looks_like_name(line)


@pytest.mark.parametrize(
    "line", ["Trân trọng cảm ơn!", "Xem thêm", "Năm 2023", "Đây là bước đầu.", "chuyển đổi số"]
)
def test_not_names(line):
    assert not looks_like_name(line)


def test_captions_and_photo_credits():
    assert looks_like_caption("Ảnh minh họa")
    assert looks_like_caption("Ảnh: Lãnh đạo tỉnh thăm gian trưng bày")
    assert looks_like_caption("Cán bộ hướng dẫn người dân cài VNeID (Ảnh: Minh Châu)")
    assert not looks_like_caption("Tỉnh đã cấp 120.000 chữ ký số.")
    assert parse_photo_credit("Ảnh: Thanh Tùng") == "Thanh Tùng"
    assert parse_photo_credit("Ảnh: Lãnh đạo tỉnh thăm gian trưng bày") is None


BODY = (
    "<p>Tỉnh đã triển khai nền tảng họp không giấy tới tất cả các xã, phường, thị trấn.</p>"
    "<p>Các đơn vị được cấp máy tính bảng và tài khoản ký số cho đại biểu dự họp.</p>"
)


def page(content: str) -> str:
    return (
        "<html><head><title>Họp không giấy</title></head><body><h1>Họp không giấy</h1>"
        f"<div class='content'>{content}</div><div class='footer'><p>Liên hệ</p></div>"
        "</body></html>"
    )


def test_right_aligned_author_then_source_leave_the_body():
    html = page(BODY + "<p align='right'>Hồng Nhung - Minh Đức</p><p>Nguồn: Sở TT&amp;TT</p>")
    article = extract_article(html, "http://t/1")
    assert article.author == "Hồng Nhung - Minh Đức"
    assert article.source == "Sở TT&TT"
    assert article.body.count("\n\n") == 1


def test_bold_initials_on_the_last_line():
    article = extract_article(page(BODY + "<p><strong>L.Thọ</strong></p>"), "http://t/2")
    assert article.author == "L.Thọ"
    assert "L.Thọ" not in article.body


def test_figcaption_and_illustration_caption_leave_the_body():
    html = page(
        "<p>Tỉnh đã triển khai nền tảng họp không giấy tới tất cả các xã, phường, thị trấn.</p>"
        "<figure><img src='a.jpg'><figcaption>Hội nghị tại điểm cầu tỉnh</figcaption></figure>"
        "<p>Các đơn vị được cấp máy tính bảng và tài khoản ký số cho đại biểu dự họp.</p>"
        "<p><img src='b.jpg'></p><p style='text-align:center'><em>Ảnh minh họa</em></p>"
    )
    article = extract_article(html, "http://t/3")
    assert article.captions == ["Hội nghị tại điểm cầu tỉnh", "Ảnh minh họa"]
    assert "Ảnh" not in article.body and "điểm cầu" not in article.body


def test_a_sentence_ending_the_article_is_not_taken_for_an_author():
    html = page(BODY + "<p>Chương trình sẽ kéo dài đến hết năm 2025.</p>")
    article = extract_article(html, "http://t/4")
    assert article.author is None
    assert article.body.endswith("đến hết năm 2025.")
