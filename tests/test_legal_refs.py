"""Legal document numbers in article text."""

from __future__ import annotations

import pytest

from dtcrawl.legal_refs import find_legal_refs


@pytest.mark.parametrize(
    ("text", "key", "doc_type", "type_name", "issuer", "year"),
    [
        (
            "Quyết định số 56/QĐ-UBND ngày 14/02/2023",
            "56/QĐ-UBND",
            "QĐ",
            "Quyết định",
            "UBND",
            None,
        ),
        ("Nghị quyết 05-NQ/TU của Tỉnh ủy", "05-NQ/TU", "NQ", "Nghị quyết", "TU", None),
        ("Kế hoạch số 3609/KH-BĐHCĐS", "3609/KH-BĐHCĐS", "KH", "Kế hoạch", "BĐHCĐS", None),
        ("Thông báo số 16/TB-VPCP", "16/TB-VPCP", "TB", "Thông báo", "VPCP", None),
        ("Quyết định 749/QĐ-TTg", "749/QĐ-TTg", "QĐ", "Quyết định", "TTg", None),
        ("theo 34/2024/QĐ-UBND", "34/2024/QĐ-UBND", "QĐ", "Quyết định", "UBND", 2024),
        ("Nghị quyết số 202/2025/QH15", "202/2025/QH15", "NQ", "Nghị quyết", "QH15", 2025),
        ("Nghị định 147/2024/NĐ-CP", "147/2024/NĐ-CP", "NĐ", "Nghị định", "CP", 2024),
        ("Công văn số 86549/UBND-NCKS", "86549/UBND-NCKS", "CV", "Công văn", "UBND-NCKS", None),
        ("văn bản 4878/BTTTT-CĐSQG", "4878/BTTTT-CĐSQG", None, None, "BTTTT-CĐSQG", None),
        ("Kế hoạch 0280/KH-UBND", "0280/KH-UBND", "KH", "Kế hoạch", "UBND", None),
        ("Nghị quyết 57-NQ/TW", "57-NQ/TW", "NQ", "Nghị quyết", "TW", None),
        ("Kế hoạch 01-KH/BCĐTW", "01-KH/BCĐTW", "KH", "Kế hoạch", "BCĐTW", None),
        ("Chương trình 95-CTr/TU", "95-CTr/TU", "CTr", "Chương trình", "TU", None),
        ("Chỉ thị 05/CT-UBND", "05/CT-UBND", "CT", "Chỉ thị", "UBND", None),
        ("Kết luận 12-KL/TU", "12-KL/TU", "KL", "Kết luận", "TU", None),
        ("Thông tư 22/2023/TT-BTTTT", "22/2023/TT-BTTTT", "TT", "Thông tư", "BTTTT", 2023),
    ],
)
def test_forms(text, key, doc_type, type_name, issuer, year):
    refs = find_legal_refs(text)
    assert len(refs) == 1
    ref = refs[0]
    assert (ref.key, ref.number, ref.doc_type, ref.type_name, ref.issuer, ref.year) == (
        key,
        key,
        doc_type,
        type_name,
        issuer,
        year,
    )


def test_issued_on_and_raw():
    ref = find_legal_refs("thực hiện Quyết định số 56/QĐ-UBND ngày 14/02/2023 của UBND tỉnh")[0]
    assert ref.issued_on == "2023-02-14"
    assert ref.raw == "Quyết định số 56/QĐ-UBND"
    ref = find_legal_refs("Quyết định số 06/QĐ-TTg ngày 6 tháng 1 năm 2022")[0]
    assert ref.issued_on == "2022-01-06"


def test_normalises_lower_case_type_and_eth_for_d_with_stroke():
    ref = find_legal_refs("Quyết định 12/qđ-UBND và 13/QÐ-UBND")  # second uses U+00D0
    assert [r.key for r in ref] == ["12/QĐ-UBND", "13/QĐ-UBND"]


def test_several_in_order():
    text = (
        "Căn cứ Nghị quyết 57-NQ/TW, Quyết định 749/QĐ-TTg và Kế hoạch số 1914/KH-UBND, "
        "tỉnh ban hành Quyết định 34/2024/QĐ-UBND."
    )
    assert [r.key for r in find_legal_refs(text)] == [
        "57-NQ/TW",
        "749/QĐ-TTg",
        "1914/KH-UBND",
        "34/2024/QĐ-UBND",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 14/02/2023, tỉnh tổ chức hội nghị.",
        "tỷ lệ 1.363/1.726 hồ sơ",
        "liên hệ 0263.3822.456 hoặc 1900/1234",
        "phục vụ 24/7, điểm 8/10, 98/100 xã",
        "COVID-19 và 5G/4G",
        "năm học 2026/2027",
    ],
)
def test_no_false_positives(text):
    assert find_legal_refs(text) == []


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "Ngày 14/02/2023, 1.363/1.726 hồ sơ; theo 56/QĐ-UBND và 57-NQ/TW.",
            ["56/QĐ-UBND", "57-NQ/TW"],
        ),
        ("Số 1234567/QĐ-UBND có bảy chữ số; 123456/QĐ-UBND có sáu.", ["123456/QĐ-UBND"]),
        ("Mã 12a/QĐ-UBND, hồ sơ x56/QĐ-UBND và 3,56/QĐ-UBND không phải số văn bản.", []),
        ("56/QĐ-UBND34/2024/QĐ-UBND", ["56/QĐ-UBND34"]),
        (
            "Văn bản 86549/UBND-NCKS, 202/2025/QH15 và 05-NQ/TU",
            ["86549/UBND-NCKS", "202/2025/QH15", "05-NQ/TU"],
        ),
    ],
)
def test_numbers_next_to_others(text, keys):
    """Where shapes may start is found before the shapes run: a number glued to letters or to
    another number starts none; the first of two glued numbers takes what it can."""
    assert [ref.key for ref in find_legal_refs(text)] == keys


def test_texts_ruled_out_before_normalising_cite_nothing():
    """The look for "/" or "-" before a letter, made before the text is normalised, rules out
    only texts citing nothing: on texts built from pieces of document numbers, white space,
    zero-width marks and decomposed letters, the same references as normalising every text."""
    import random

    from dtcrawl.legal_refs import _HYPHEN_LETTER, _SLASH_LETTER, _ZERO_WIDTH_MARKS, _fix, _refs_in
    from dtcrawl.text import _ZERO_WIDTH, normalize_line

    assert set(_ZERO_WIDTH_MARKS) == {chr(c) for c in range(0x10000) if _ZERO_WIDTH.match(chr(c))}
    pieces = [
        "56", "2024", "/", "-", "QĐ", "UBND", "NQ", "TW", "Q\u0110", "ð", "\u200b", "\ufeff",
        "\u00a0", " ", "  ", "\n", "\t", "ngày", "14/02/2023", "Quyết định số", "Ke\u0302\u0301",
        "a", "x", "Đ", "D\u0331", ".", ",", ":", "1.363", "05", "CP", "QH15", "COVID-19",
        "56/QĐ-UBND", "57-NQ/TW", "34/2024/QĐ-UBND", "86549/UBND-NCKS", "/QĐ-", "-NQ/", "/2024/",
    ]  # fmt: skip
    rng = random.Random(6)
    ruled_out = cited = 0
    for _ in range(4000):
        text = "".join(rng.choices(pieces, k=rng.randint(1, 10)))
        expected = _refs_in(_fix(normalize_line(text)))
        assert find_legal_refs(text) == expected, text
        cited += bool(expected)
        ruled_out += not (
            _SLASH_LETTER.search(text)
            or _HYPHEN_LETTER.search(text)
            or any(mark in text for mark in _ZERO_WIDTH_MARKS)
        )
    assert cited > 500 and ruled_out > 500, (cited, ruled_out)
