"""The stored and search forms of text: normalize's shortcut and fold's table change nothing."""

from __future__ import annotations

import random
import re
import sys
import unicodedata

from dtcrawl.text import (
    _fold_by_table,
    aligned_fold_body,
    fold,
    fold_body,
    is_normalized,
    normalize,
    normalize_line,
)

# The definitions as first written (before the shortcuts), as the reference.
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")


def reference_normalize(text: str) -> str:
    text = unicodedata.normalize("NFC", text or "")
    text = _ZERO_WIDTH.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def reference_fold_char(ch: str) -> str:
    code = ord(ch)
    if code in (0x0110, 0x0111):
        return "d" if code == 0x0111 else "D"
    if 0x0300 <= code < 0x0370:
        return ""
    if 0x00C0 <= code < 0x0250 or 0x1E00 <= code < 0x1F00:
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        return base or ch
    return ch


# Every character normalize() treats specially, Vietnamese letters decomposed and composed,
# and characters whose case or decomposition is unusual.
ALPHABET = [
    *" \n\n\n\t\r\x0b\x0c\x1c\x1f\x85\xa0\u1680\u2000\u2007\u200a\u200b\u200c\u200d\u2028",
    *"\u2029\u202f\u205f\u2060\u3000\ufeff",
    *"aeoudđĐ",
    *"\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b\u0345\u20d0\u1dca",
    *"ăâêôơưáàảãạếềểễệỨỪỬỮỰ.,;:-–“”…%0123456789ǅǄİıßẞΩΆάйЙ가각ﬁÅÅ",
]


def random_texts(count: int, seed: int = 8) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(ALPHABET, k=rng.randint(0, 24))) for _ in range(count)]


def test_normalize_equals_its_definition_on_untidy_and_tidy_text():
    texts = random_texts(20000) + [
        "Chuyển đổi số\n\nTỉnh Lam Giang",
        "Chuye\u0302\u0309n  đổi\u00a0số \n\n\n\nTỉnh",
        " lề trái",
        "lề phải ",
        "dòng\n thụt",
        "dòng \nthừa",
        "a\u2028b",
        "",
    ]
    for text in texts:
        assert normalize(text) == reference_normalize(text), repr(text)
    assert normalize(None) == ""


def test_is_normalized_only_where_normalize_keeps_the_text():
    texts = random_texts(20000, seed=9)
    tidy = [text for text in texts if is_normalized(text)]
    assert len(tidy) > 500  # the check is not vacuous
    for text in texts:
        if is_normalized(text):
            assert reference_normalize(text) == text, repr(text)
    for text in ("Đoạn một.\n\nĐoạn hai.", "Một dòng", "", "số 1.234,5%"):
        assert is_normalized(text)
    for text in ("a  b", "a\tb", "a\u00a0b", "a\r\nb", "a\n\n\nb", "a\n b", "a \nb", " a", "a\n",
                 "a\u200bb", "Chuye\u0302\u0309n", "a\x85b"):  # fmt: skip
        assert not is_normalized(text), repr(text)


def test_normalize_line_collapses_every_whitespace():
    assert normalize_line("  Kết quả\n giải\u00a0quyết\u200b  TTHC ") == "Kết quả giải quyết TTHC"


def test_normalize_line_of_every_character_is_its_definition():
    # Long lines (never memoised) of every character between words: the tidy-line shortcut
    # must give what the definition gives, whatever the character.
    beyond = (0xFB01, 0xFE0F, 0xFEFF, 0xFF10, 0xFFFD, 0x1D400, 0x1F600, 0xE0001, 0x10FFFF)
    for code in (*range(0x3100), *beyond):
        line = "Chuyển đổi" + chr(code) + "số " * 140
        expected = " ".join(reference_normalize(line).split())
        assert normalize_line(line) == expected, hex(code)
        assert normalize_line(" " + line) == expected, hex(code)


def test_fold_of_every_character_is_its_definition():
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert fold(ch) == reference_fold_char(ch).lower(), hex(code)


def test_fold_of_text_folds_each_character():
    for text in random_texts(5000, seed=10):
        assert fold(text) == "".join(reference_fold_char(ch) for ch in text).lower(), repr(text)
    assert fold("CHUYỂN ĐỔI SỐ – “Cổng dịch vụ công”") == "chuyen doi so – “cong dich vu cong”"


def test_normalize_line_memo_gives_the_definition_and_stays_bounded():
    from dtcrawl import text as text_module

    lines = [f"  Dòng\u00a0số {n}\u200b  của\n trang " for n in range(text_module._LINE_MEMO_SIZE)]
    for _ in range(2):  # the second pass is answered from the memo (for those still in it)
        for line in lines:
            assert normalize_line(line) == " ".join(reference_normalize(line).split())
    assert len(text_module._LINE_MEMO) <= text_module._LINE_MEMO_SIZE
    long_line = "chữ " * 200  # longer than the memo keeps
    assert normalize_line(long_line) == long_line.strip()
    assert long_line not in text_module._LINE_MEMO


BODY = (
    "Sở Thông tin và Truyền thông tỉnh Lam Giang vừa tổ chức hội nghị triển khai nền tảng "
    "số dùng chung cho 12 huyện, thị xã và thành phố.\n\nTheo kế hoạch, đến hết năm 2025, "
    "100% hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình."
)


def test_fold_by_table_is_fold():
    """The fold through numpy tables is dtcrawl.text.fold, for every character below U+3000
    alone and in texts (with combining marks, capital sigma, characters beyond the tables),
    and says it is aligned only where each character folds to one."""
    import random

    def check(text: str) -> None:
        folded, aligned = _fold_by_table(text)
        assert folded == fold(text), text
        if aligned:
            assert [fold(ch) for ch in text] == list(folded), text

    every = [chr(code) for code in range(0x3000)]
    for ch in every:
        check(ch)
    everything = "".join(every)
    check(everything)
    check(everything.replace("\u03a3", ""))
    rng = random.Random(11)
    pieces = [*BODY.split()[:40], "Ỷ", "Đ", "\u0301", "ΟΔΟΣ", "Σ", "𝐀", "中", "İ", "\n\n", ""]
    aligned = 0
    for _ in range(2000):
        text = " ".join(rng.choices(pieces, k=rng.randint(0, 12)))
        check(text)
        aligned += _fold_by_table(text)[1]
    assert 100 < aligned < 2000
    assert fold_body(BODY) == fold(BODY)
    assert aligned_fold_body(BODY) == fold(BODY)
    assert aligned_fold_body("Chuye\u0302\u0309n") is None
