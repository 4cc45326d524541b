"""Tests for dtcrawl.indicators: number parsing, traps by kind, the gold-set targets."""

from __future__ import annotations

import pytest

from dtcrawl.bench.indicators import (
    classify_false_positive,
    load_gold,
    naive_figures,
    score,
)
from dtcrawl.indicators import (
    Indicator,
    extract_indicators,
    load_vocabulary,
    non_figure_spans,
    parse_number,
    split_sentences,
)

# ---------------------------------------------------------------------------------------------
# Number parsing


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("94,3", 94.3),
        ("2.795", 2795.0),
        ("1.363", 1363.0),
        ("1.234.567", 1234567.0),
        ("1.234,5", 1234.5),
        ("0,5612", 0.5612),
        ("05", 5.0),
        ("1,5 triệu", 1_500_000.0),
        ("2,3 triệu", 2_300_000.0),
        ("12 nghìn", 12_000.0),
        ("3 ngàn", 3_000.0),
        ("1,2 tỷ", 1_200_000_000.0),
        ("3,2 nghìn tỷ", 3_200_000_000_000.0),
    ],
)
def test_parse_number_reads_the_vietnamese_format(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["1.5.2", "abc", "1,5 lần"])
def test_parse_number_rejects_what_is_not_a_number(text):
    with pytest.raises(ValueError):
        parse_number(text)


def _figures(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.denominator, f.qualifier) for f in extract_indicators(text)]


def test_fraction_is_value_and_denominator():
    assert _figures("Đã tích hợp 1.363/1.726 TTHC của tỉnh.") == [(1363.0, "thủ tục", 1726.0, None)]


def test_out_of_is_a_denominator():
    assert _figures("Có 1.363 trên tổng số 1.726 thủ tục được tích hợp.") == [
        (1363.0, "thủ tục", 1726.0, None)
    ]


def test_rate_per_100_people_is_a_unit_not_a_denominator():
    assert _figures("Mật độ thuê bao di động đạt 94,3 thuê bao/100 dân.") == [
        (94.3, "thuê bao/100 dân", None, "đạt")
    ]


def test_multiplier_applies_to_counts_but_money_keeps_it_in_the_unit():
    assert _figures("Có hơn 1,5 triệu lượt truy cập.") == [(1_500_000.0, "lượt", None, "hơn")]
    assert _figures("Tổng kinh phí là 120 tỷ đồng.") == [(120.0, "tỷ đồng", None, None)]
    assert _figures("Giá thuê 500.000 đồng/tháng.") == [(500000.0, "đồng/tháng", None, None)]


def test_english_decimal_only_before_percent():
    assert _figures("Tăng trưởng đạt 25.5% năm 2024.") == [(25.5, "%", None, "đạt")]


def test_range_gives_both_bounds():
    assert _figures("Từ 85 - 90% người dân có kỹ năng số.") == [
        (85.0, "%", None, "từ"),
        (90.0, "%", None, "đến"),
    ]


def test_qualifier_is_the_bound_word_nearest_the_number():
    assert _figures("Tỷ lệ đạt hơn 90%.") == [(90.0, "%", None, "hơn")]
    assert _figures("Gần như 100% cơ quan đã kết nối.") == [(100.0, "%", None, "gần như")]
    # A comparative is a difference, not a bound.
    assert _figures("Giá bán cao hơn 15%.") == [(15.0, "%", None, None)]


def test_a_number_without_a_unit_is_not_a_figure():
    assert extract_indicators("Tỉnh xác định 4 trụ cột và 3 nhóm giải pháp.") == []


def test_not_units_block_look_alike_phrases():
    assert extract_indicators("Đã có 5 tổ chức tham gia, 3 trường hợp vi phạm.") == []


# ---------------------------------------------------------------------------------------------
# Traps, each kind pinned


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        ("date", "Tháng 10/2022, tỉnh tổ chức hưởng ứng Ngày Chuyển đổi số quốc gia 10/10."),
        ("date", "Văn bản ký ngày 17/12/2021 có hiệu lực từ năm 2022."),
        ("date", "Quý III/2024 và giai đoạn 2021–2025 là mốc quan trọng."),
        ("date", "Ngày 10/10 hằng năm là Ngày Chuyển đổi số quốc gia."),
        ("document", "Thực hiện Nghị quyết 05-NQ/TU và Kế hoạch số 3609/KH-BĐHCĐS."),
        ("document", "Quyết định 749/QĐ-TTg và Quyết định số 34/2024/QĐ-UBND được triển khai."),
        ("document", "Nghị quyết 57-NQ/TW và Công văn 4878/BTTTT-CĐSQG được quán triệt."),
        ("version", "Nâng cấp lên phiên bản 2.0 phục vụ cách mạng công nghiệp 4.0 và Web 3.0."),
        ("version", "Mạng 4G và 5G đã sẵn sàng, hỗ trợ IPv6."),
        ("ordinal", "Thứ nhất, nâng cao nhận thức; thứ 2, phát triển hạ tầng số."),
        ("ordinal", "1. Đẩy mạnh số hóa hồ sơ."),
        ("phone", "Liên hệ 0913 456 789 hoặc tổng đài 1900 1234."),
        ("phone", "Điện thoại: (0232) 3.822.456."),
        ("time", "Hội nghị bắt đầu lúc 8 giờ 30, kết thúc lúc 14:05."),
        ("address", "Trụ sở đặt tại số 12 đường Trần Phú, tầng 3."),
        ("address", "Các thôn là Thôn 1, Thôn 2 và Thôn 5."),
    ],
)
def test_trap_is_not_reported(kind, sentence):
    assert extract_indicators(sentence) == []
    assert any(k == kind for _, _, k in non_figure_spans(sentence))


def test_word_checks_skip_no_pattern_that_would_match():
    """non_figure_spans skips patterns lacking their words: same spans as running them all."""
    from dtcrawl.indicators import _ADDRESS_NUMBER, _NON_FIGURES

    sentences = [entry.text for entry in load_gold()]
    sentences += ["SỐ 5 ĐƯỜNG 3/2, QUỐC LỘ 1A, ĐT 0913 456 789, QUÝ IV/2024, ISO 9001:2015."]
    checked = 0
    for text in sentences:
        for sentence in (text, text.upper(), text.title()):
            every = [(m.start(), m.end(), k) for k, p in _NON_FIGURES for m in p.finditer(sentence)]
            every += [(m.start(), m.end(), "address") for m in _ADDRESS_NUMBER.finditer(sentence)]
            assert non_figure_spans(sentence) == sorted(every), sentence
            checked += bool(every)
    assert checked > 100


def test_day_month_is_a_date_unless_a_unit_follows():
    assert extract_indicators("Sự kiện diễn ra 10/10.") == []
    assert _figures("Ngày 10/10/2024, 10/10 huyện tổ chức Ngày hội.") == [
        (10.0, "huyện", 10.0, None)
    ]


def test_ranks_are_figures_with_the_number_of_provinces():
    [rank] = extract_indicators("Chỉ số DTI năm 2023 của tỉnh xếp thứ 15/63 tỉnh, thành phố.")
    assert (rank.value, rank.unit, rank.denominator, rank.indicator) == (
        15.0,
        "hạng",
        63.0,
        "dti_rank",
    )


def test_dates_beside_figures_do_not_leak_into_them():
    figures = _figures("Đến tháng 10/2022, tỉnh có 1,5 triệu tài khoản VNeID được kích hoạt.")
    assert figures == [(1_500_000.0, "tài khoản", None, None)]


# ---------------------------------------------------------------------------------------------
# Subjects, keys, rows


def test_the_six_examples_subjects_and_keys():
    body = (
        "98% vùng dân cư đã phủ sóng di động 4G. "
        "Tỷ lệ thuê bao di động đạt 94,3 thuê bao/100 dân. "
        "Tỉnh đã cung cấp 990 dịch vụ công toàn trình.\n\n"
        "Tỉnh đã tích hợp lên Cổng Dịch vụ công quốc gia 1.363/1.726 TTHC của tỉnh (đạt 79,24%). "
        "Có 59 Tổ chuyển đổi số cộng đồng cấp xã. "
        "Sở tổ chức 48 lớp tập huấn với hơn 2.795 lượt tham gia."
    )
    got = [(f.value, f.indicator) for f in extract_indicators(body)]
    assert got == [
        (98.0, "coverage_4g"),
        (94.3, "mobile_subscriptions_per_100"),
        (990.0, "dvc_toan_trinh"),
        (1363.0, "dvc_integrated_national_portal"),
        (79.24, "dvc_integrated_national_portal"),
        (59.0, "community_digital_teams"),
        (48.0, "training_classes"),
        (2795.0, "training_participants"),
    ]
    first = extract_indicators(body)[0]
    assert first.subject == "vùng dân cư phủ sóng di động 4G"
    assert first.sentence == "98% vùng dân cư đã phủ sóng di động 4G."


def test_percentage_of_a_plan_is_never_keyed():
    [count, share] = extract_indicators("Tỉnh đã số hóa 86.412 hồ sơ, đạt 92,7% kế hoạch năm.")
    assert count.indicator == "records_digitised"
    assert share.indicator is None


def test_as_row_has_exactly_the_archive_columns():
    [figure] = extract_indicators("Có 59 Tổ công nghệ số cộng đồng.")
    row = figure.as_row()
    assert set(row) == {
        "value", "unit", "denominator", "qualifier", "subject", "indicator", "sentence"
    }  # fmt: skip
    assert row["value"] == 59.0 and row["unit"] == "tổ"
    assert isinstance(figure, Indicator)


def test_vocabulary_keys_are_unique_and_name_known_units():
    vocab = load_vocabulary()
    keys = [k.key for k in vocab.keys]
    assert len(keys) == len(set(keys))
    known = set(vocab.unit_of_form.values()) | {"%", "hạng", "thuê bao/100 dân", "thuê bao/100 hộ"}
    for key in vocab.keys:
        assert set(key.units) <= known, key.key
    for required in (
        "coverage_4g", "fibre_communes", "fibre_households", "dvc_toan_trinh",
        "online_application_rate", "cashless_payment_rate", "community_digital_teams",
        "vneid_activations", "digital_economy_grdp_share", "dvc_integrated_national_portal",
        "dti_rank",
    ):  # fmt: skip
        assert required in keys


def test_split_sentences_keeps_abbreviations_and_numbers():
    assert split_sentences("TP. Hồ Chí Minh có 2.795 xã. Hết!\n\nĐoạn hai.") == [
        "TP. Hồ Chí Minh có 2.795 xã.",
        "Hết!",
        "Đoạn hai.",
    ]


def test_extract_is_empty_for_empty_text():
    assert extract_indicators("") == []


# ---------------------------------------------------------------------------------------------
# The gold set


@pytest.fixture(scope="module")
def gold():
    return load_gold()


def test_gold_set_is_large_and_has_traps(gold):
    assert len(gold) >= 60
    assert sum(1 for s in gold if not s.figures) >= 10
    assert sum(1 for s in gold if len(s.figures) >= 2) >= 20
    kinds = {t for s in gold for t in s.traps}
    assert {"date", "document", "version", "phone", "time", "address", "ordinal"} <= kinds


def test_gold_targets(gold):
    result = score(gold, extract_indicators)
    assert result["precision"] >= 0.95, result["spurious"]
    assert result["recall"] >= 0.90, result["misses"]
    assert result["fp_kinds"]["date"] == 0
    assert result["fp_kinds"]["document"] == 0
    assert result["key_accuracy"] >= 0.90, result["wrong_keys"]


def test_every_trap_only_sentence_is_empty(gold):
    for sentence in gold:
        if not sentence.figures:
            assert extract_indicators(sentence.text) == [], sentence.id


def test_baseline_and_classifier_see_the_traps(gold):
    """The naive baseline reports dates and document numbers, and they are classified so."""
    result = score(gold, naive_figures, units=False)
    assert result["fp_kinds"]["date"] > 0
    assert result["fp_kinds"]["document"] > 0
    assert result["fp_kinds"]["phone"] > 0
    [doc] = [f for f in naive_figures("Theo Kế hoạch 3609/KH-UBND.") if f.value == 3609]
    assert classify_false_positive(doc) == "document"


def test_text_before_numbers_is_the_reach_before_each_number():
    """_before_numbers (made from the reversed text in one search) is, for each run of digits,
    the _NEAR_REACH characters before it and an end mark."""
    import random
    import re

    from dtcrawl.indicators import _NEAR_REACH, _before_numbers

    rng = random.Random(3)
    pieces = ["năm ", "12", "7", " ", "ngày", "x" * 40, "/", "١٢", ",", "\n"]
    for _ in range(3000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 12)))
        expected = "".join(
            text[max(0, m.start() - _NEAR_REACH) : m.start()] + "\x01"
            for m in re.finditer(r"\d+", text)
        )
        assert _before_numbers(text) == expected, text


def test_gates_and_near_words_skip_no_pattern_that_would_match():
    """The gates and the words looked for just before numbers only skip patterns that could
    not match: on sentences built from the traps' pieces, same spans as running every pattern."""
    import random

    from dtcrawl.indicators import _ADDRESS_NUMBER, _NON_FIGURES

    pieces = [
        "ngày", "tháng", "năm", "quý", "từ", "đến", "kể từ", "sáng", "số", "số 12", "đường",
        "thôn", "tổ dân phố", "phòng", "bản", "phiên bản", "version", "v2", "thứ", "lần thứ",
        "giai đoạn", "đợt", "điều", "khoản", "ISO", "ISO/IEC", "TCVN", "Quyết định", "Kế hoạch",
        "Chương trình", "số:", "địa chỉ:", "tại số", "điện thoại", "đường dây nóng", "số", ":",
        "(", ")", "/", "-", "–", ".", ",", "%", "giờ", "h", "g", "phút", "đồng", "0", "1", "5",
        "12", "15", "24/7", "2021", "2025", "1900", "0913", "456", "789", "3.0", "4G", "5G",
        "COVID-19", "IPv6", "3609/KH-UBND", "05-NQ/TU", "17/12/2021", "10/2023", "8h30", "14:05",
        "(0236)", "3822", "123", "IV", "III", "A", "Lam", "Giang", "lượt", "xã", "hộ",
    ]  # fmt: skip
    rng = random.Random(8)
    checked = 0
    for _ in range(3000):
        words = rng.choices(pieces, k=rng.randint(2, 12))
        glue = rng.choice([" ", " ", " ", ""])  # mostly single spaces, sometimes none
        sentence = glue.join(words)
        every = [(m.start(), m.end(), k) for k, p in _NON_FIGURES for m in p.finditer(sentence)]
        every += [(m.start(), m.end(), "address") for m in _ADDRESS_NUMBER.finditer(sentence)]
        assert non_figure_spans(sentence) == sorted(every), sentence
        checked += bool(every)
    assert checked > 1500


def test_sentences_ruled_out_before_masking_hold_no_figure():
    """_may_hold_figure only rules out sentences that hold no figure: on the gold sentences and
    on sentences built from pieces of figures, dates and fractions, the figures are the same
    with and without it, and it does rule out many."""
    import random

    from dtcrawl.indicators import _extract_sentence, _may_hold_figure

    vocab = load_vocabulary()
    sentences = [s for entry in load_gold() for s in split_sentences(entry.text)]
    pieces = [
        "đạt", "98", "%", "phần trăm", "/", "17/2", "30/6", "10/2023", "612/640", "trường",
        "5 / 12", "3/07", "0/5", "7/8", "12.345/12.3", "5/1.234.5", "1.234,5", "2.5", "94,3",
        "1,5", "triệu", "nghìn tỷ", "tỷ lệ", "lượt", "tỷ đồng", "hồ sơ", "xếp thứ 15/63",
        "thuê bao/100 dân", "trên tổng số", "1.726", "TTHC", "từ", "đến", "-", "ngày", "tháng",
        "năm 2025", "Quyết định số 56/QĐ-UBND", "4G", "phiên bản 2.0", "hơn", "khoảng", ",", ".",
        "người", "xã", "x", "24/7", "31/12/2024", "2021-2025", "2/3", "(1)",
    ]  # fmt: skip
    rng = random.Random(5)
    for _ in range(3000):
        sentences.append(" ".join(rng.choices(pieces, k=rng.randint(2, 10))) + ".")
    ruled_out = 0
    for sentence in sentences:
        expected = _extract_sentence(sentence, vocab, screen=False)
        assert _extract_sentence(sentence, vocab) == expected, sentence
        if not _may_hold_figure(sentence, vocab):
            assert expected == [] or all(f.unit == "hạng" for f in expected), sentence
            ruled_out += 1
    assert ruled_out > 500


def test_qualifier_search_of_the_stretch_end_equals_the_whole_stretch():
    """Qualifiers are searched for in the end of the stretch before a figure only: the same
    as searching the whole stretch, for stretches of every length."""
    from dtcrawl.indicators import _Qualifiers

    vocab = load_vocabulary()
    texts = [s for entry in load_gold() for s in split_sentences(entry.text)]
    texts += ["tỷ lệ đạt gần như", "ước đạt", "xgần", "cao hơn", "HƠN", "lên tới ", "chỉ còn"]
    found = 0
    for text in texts:
        qualifiers = _Qualifiers(vocab, text)
        for start in range(0, len(text), 7):
            for end in range(start, len(text) + 1, 3):
                q = vocab.qualifier_re.search(text[start:end])
                expected = (start + q.start(1), q.group(1)) if q else None
                assert qualifiers.before(start, end) == expected, (text, start, end)
                found += q is not None
    assert found > 50


def test_patterns_rewritten_for_speed_find_what_their_plain_forms_find():
    """_NUM_RE and _WIDE_BOUNDARY are written to start with what a match starts with (so the
    search skips in C); their matches are those of the plain patterns, also on cut text."""
    import random
    import re

    from dtcrawl.indicators import _NUM, _NUM_RE, _WIDE_BOUNDARY

    plain = {
        _NUM_RE: re.compile(rf"(?<![\w.,/#])({_NUM})(?!\d)(?![.,]\d)"),
        _WIDE_BOUNDARY: re.compile(r"[;:!?]|\.(?=\s|$)"),
    }
    pieces = list("ab x,;:.!?%/#-0123456789") + [" ", "\n", "1.234", "2.5 %", "12,5", "3.0"]
    rng = random.Random(3)
    texts = [entry.text for entry in load_gold()]
    texts += ["".join(rng.choices(pieces, k=rng.randint(1, 30))) for _ in range(5000)]
    found = 0
    for text in texts:
        for fast, slow in plain.items():
            for end in (len(text), len(text) // 2):
                expected = [(m.span(), m.groups()) for m in slow.finditer(text, 0, end)]
                assert [(m.span(), m.groups()) for m in fast.finditer(text, 0, end)] == expected
                found += len(expected)
    assert found > 5000
