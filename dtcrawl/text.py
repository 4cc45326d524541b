"""Text normalisation for Vietnamese portal text.

Two forms of text are used throughout dtcrawl:

- the *stored* form (:func:`normalize`): NFC, tidy whitespace, Vietnamese
  typography kept as written;
- the *search* form (:func:`fold`): lower case, diacritics removed and
  ``đ`` mapped to ``d``, so that "CHUYỂN ĐỔI SỐ", "chuyển đổi sô" and
  "chuyen doi so" all become ``chuyen doi so``.
"""

from __future__ import annotations

import re
import threading
import unicodedata

import numpy as np

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_BLANK_LINES = re.compile(r"\n{3,}")
# Characters normalize() changes or removes wherever they stand: whitespace other than " " and
# "\n" (every other character of str.isspace(): tabs, \r, no-break and other Unicode spaces,
# line separators) and zero-width marks. Spelt out: 4x faster to search than [^\S\n ].
_UNTIDY_CHAR = re.compile(
    "[\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]"
)
# A line starting with a space, or three line breaks in a row.
_UNTIDY_BREAK = re.compile(r"\n(?: |\n\n)")


def is_normalized(text: str) -> bool:
    """Whether :func:`normalize` would return ``text`` unchanged (checked without changing it).

    >>> is_normalized("Chuyển đổi số\\n\\nTỉnh"), is_normalized("Chuyển  đổi số")
    (True, False)

    True when the text is NFC, holds no untidy character (:data:`_UNTIDY_CHAR`), no two spaces
    in a row, no space next to a line break, no three line breaks in a row, and neither starts
    nor ends with whitespace: then every step of :func:`normalize` leaves it as it is.
    """
    return (
        not text[:1].isspace()
        and not text[-1:].isspace()
        and "  " not in text
        and " \n" not in text
        and _UNTIDY_BREAK.search(text) is None
        and _UNTIDY_CHAR.search(text) is None
        and unicodedata.is_normalized("NFC", text)
    )


def normalize(text: str) -> str:
    """Return ``text`` in NFC with whitespace tidied, paragraphs kept.

    Pages decoded from windows-1258 carry combining marks; NFC composes them.

    >>> normalize("Chuye\\u0302\\u0309n  đổi\\u00a0số \\n\\n\\n\\nTỉnh")
    'Chuyển đổi số\\n\\nTỉnh'
    """
    text = text or ""
    # Text already tidy (the cleaner's bodies, stored bodies) is returned as is: checking costs
    # a tenth of rebuilding it line by line (measured on the crawl benchmark's bodies).
    if is_normalized(text):
        return text
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


# normalize_line's results for lines of at most _LINE_MEMO_CHARS characters, keyed by the text
# asked and by the result itself (normalize_line is idempotent). A portal's template lines
# (menus, footers, widgets) come back verbatim on every page, and the cleaner asks again about
# lines it already normalised (the byline and caption tests): measured on the crawl bench's
# article pages, 0.09 µs a line from the memo against 0.85 µs normalised again. Emptied when full:
# at most _LINE_MEMO_SIZE entries (under 15 MB) for the life of the process.
_LINE_MEMO: dict[str, str] = {}
_LINE_MEMO_SIZE = 8192
_LINE_MEMO_CHARS = 400


def _is_tidy_line(text: str | None) -> bool:
    """Whether :func:`normalize_line` would return ``text`` as it is: printable (so no
    whitespace but " ", no zero-width mark: every character the slow path removes or changes is
    unprintable), no two spaces in a row, no space at either end, NFC.

    Measured on the crawl bench's paragraphs (~680 characters, long lines are never memoised):
    3.0 us to check against 10.9 us for the NFC, zero-width and whitespace passes.
    """
    return bool(
        text
        and text.isprintable()
        and text[0] != " "
        and text[-1] != " "
        and "  " not in text
        and unicodedata.is_normalized("NFC", text)
    )


def normalize_line(text: str) -> str:
    """Return one line of text in NFC with all whitespace collapsed to single spaces.

    >>> normalize_line("  Kết quả\\n giải quyết  TTHC ")
    'Kết quả giải quyết TTHC'
    """
    line = _LINE_MEMO.get(text)
    if line is not None:
        return line
    if _is_tidy_line(text):
        line = text
    else:
        line = " ".join(_ZERO_WIDTH.sub("", unicodedata.normalize("NFC", text or "")).split())
    if text and len(text) <= _LINE_MEMO_CHARS:
        if len(_LINE_MEMO) >= _LINE_MEMO_SIZE:
            _LINE_MEMO.clear()
        _LINE_MEMO[text] = _LINE_MEMO[line] = line
    return line


def _fold_table() -> dict[int, str | None]:
    """Translation table of :func:`fold`: accented Latin letters to their base letter, đ→d,
    combining marks (decomposed text, windows-1258) removed."""
    # Characters that stay as they are map to themselves: str.translate then finds every
    # character of Vietnamese text in the table, where a missing one costs it a KeyError
    # (measured: fold 1.8x faster on the crawl benchmark's bodies).
    table: dict[int, str | None] = {code: chr(code) for code in range(0x3000)}
    table.update({0x0111: "d", 0x0110: "D"})
    for start, end in ((0x00C0, 0x0250), (0x1E00, 0x1F00)):
        for code in range(start, end):
            base = "".join(
                ch
                for ch in unicodedata.normalize("NFD", chr(code))
                if not unicodedata.combining(ch)
            )
            if base and base != chr(code):
                table[code] = base
    for code in range(0x0300, 0x0370):
        table[code] = None
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Return the search form of ``text``: lower case, no diacritics, đ→d.

    >>> fold("CHUYỂN ĐỔI SỐ")
    'chuyen doi so'
    >>> fold("Chuyển đổi sô - CĐS")
    'chuyen doi so - cds'
    >>> fold("Chuye\u0302\u0309n")  # decomposed, as windows-1258 decodes
    'chuyen'
    """
    # str.translate with a precomputed table: measured 1.8x faster than NFD + filtering per
    # character on the demo corpus, and fold runs on every stored article.
    return (text or "").translate(_FOLD).lower()


# --- the last body's forms, shared by the analyses of a cleaned article --------------------


class _LastBody(threading.local):
    """The last body this thread asked about (see :func:`is_tidy`, :func:`fold_body`); per
    thread, so that threads analysing bodies side by side (a thread pool, a test) never see
    each other's."""

    # The last body asked about: itself, whether it is tidy, its fold (None until asked for).
    # The cleaner scores (dtcrawl.relevance), reads figures from (dtcrawl.indicators) and
    # fingerprints each body in turn; folding a body and checking that it is tidy measured at
    # 75 and 25 µs of the three analyses' ~1.6 ms an article, worth doing once.
    body: str | None = None
    tidy = False
    folded: str | None = None
    aligned = False  # whether each character of the body folds to exactly one


_THREAD = _LastBody()


def _remember(text: str) -> _LastBody:
    """This thread's memo, holding ``text`` (checked for tidiness when it is a new one)."""
    memo = _THREAD
    if text is not memo.body and text != memo.body:
        memo.body, memo.tidy, memo.folded = text, is_normalized(text), None
    return memo


def is_tidy(text: str) -> bool:
    """:func:`is_normalized`, remembered for the last text asked about.

    >>> is_tidy("Chuyển đổi số\\n\\nTỉnh"), is_tidy("Chuyển  đổi số")
    (True, False)
    """
    return _remember(text).tidy


def fold_body(text: str) -> str:
    """:func:`fold`, remembered for the last text asked about.

    >>> fold_body("Chuyển ĐỔI số")
    'chuyen doi so'
    """
    memo = _remember(text)
    if memo.folded is None:
        memo.folded, memo.aligned = _fold_by_table(text)
    return memo.folded


def aligned_fold_body(text: str) -> str | None:
    """:func:`fold_body` if each character of ``text`` folds to exactly one (and so the fold's
    offsets are the text's), else None.

    >>> aligned_fold_body("Chuyển ĐỔI số"), aligned_fold_body("Chuye\u0302\u0309n")
    ('chuyen doi so', None)
    """
    folded = fold_body(text)
    return folded if _THREAD.aligned else None


_FOLD_LIMIT = 0x3000
_DELETED = 0xFFFFFFFF


def _fold_tables() -> tuple[np.ndarray, np.ndarray]:
    """For every code point below U+3000: what :func:`fold` makes of that
    character alone (one character, or _DELETED for none), and whether a text holding it
    must be folded whole (the fold of a character is longer than one, or it is capital
    sigma, whose lower case depends on the letter after it)."""
    codes = np.zeros(_FOLD_LIMIT, dtype=np.uint32)
    whole = np.zeros(_FOLD_LIMIT, dtype=bool)
    for code in range(_FOLD_LIMIT):
        folded = fold(chr(code))
        if len(folded) > 1 or chr(code) == "\u03a3":
            whole[code] = True
        else:
            codes[code] = ord(folded) if folded else _DELETED
    return codes, whole


_FOLD_CODES, _FOLD_WHOLE = _fold_tables()


def _fold_by_table(text: str) -> tuple[str, bool]:
    """:func:`fold` of ``text``, character by character through numpy tables,
    and whether each character folded to exactly one (False where that was not checked).

    ``fold`` is ``str.translate`` and ``str.lower``, both character by character except
    for capital sigma; so where no character is at or above U+3000 (whose tables are not
    kept) nor needs folding whole, the fold of ``text`` is its characters' folds in turn.
    ``str.translate`` looks each character up in a dict of 12,288 entries: 4x slower on the
    bench corpus's bodies (52 µs against 13), more in the cleaning worker, where the dict's
    memory has left the caches between articles.

    >>> _fold_by_table("Chuyển ĐỔI số\\n\\nCĐS"), _fold_by_table("Chuye\u0302\u0309n")
    (('chuyen doi so\\n\\ncds', True), ('chuyen', False))
    >>> _fold_by_table("ΟΔΟΣ 𝐀")
    ('οδος 𝐀', False)
    """
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    if codes.size == 0 or codes.max() >= _FOLD_LIMIT or _FOLD_WHOLE[codes].any():
        return fold(text), codes.size == 0
    folded = _FOLD_CODES[codes]
    kept = folded != _DELETED
    aligned = bool(kept.all())
    if not aligned:
        folded = folded[kept]
    return folded.tobytes().decode("utf-32-le"), aligned


def is_foreign_language(text: str) -> bool:
    """True when ``text`` is written in another language than Vietnamese.

    A provincial portal's English pages for investors, or its news in the languages of its
    ethnic minorities (H'Mông, Dao, Thái in their Latin scripts), are not Vietnamese news. Told
    by the words: few marks of Vietnamese, and few words that could be Vietnamese syllables at
    all (:func:`is_syllable`: English's consonant clusters, H'Mông's tone letters "-b", "-s",
    "-j", "-v" that end no Vietnamese syllable). Vietnamese typed without its marks (an old
    portal's) is made of syllables: it stays. Under 20 words nothing is said.

    >>> is_foreign_language("The province has reviewed the results of its digital "
    ...     "transformation programme, according to the People's Committee, and set new targets "
    ...     "for the year.")
    True
    >>> is_foreign_language("Sở Thông tin và Truyền thông tổ chức hội nghị tổng kết chuyển đổi "
    ...     "số năm 2024, với sự tham gia của đại diện các sở, ban, ngành và địa phương.")
    False
    >>> is_foreign_language("So Thong tin va Truyen thong to chuc hoi nghi tong ket chuyen doi "
    ...     "so nam 2024 voi su tham gia cua dai dien cac so ban nganh va dia phuong")
    False
    >>> is_foreign_language("Tsoom fwv teb chaws tau tshaj tawm txoj kev npaj rau cov neeg "
    ...     "nyob hauv zos kom muaj kev paub txog thev naus laus zis tshiab thiab siv xov tooj")
    True
    """
    sample = text[:1500]  # a page's first two hundred words say it
    # Vietnamese writes about one letter outside ASCII a word, 2-3 bytes in UTF-8; English a
    # few quotation marks and dashes in a page. Counted by the encoder, words by their spaces
    # (letter by letter, word by word: 0.07 ms an article; this, 0.004 ms).
    spaces = sample.count(" ") + sample.count("\n")
    if len(sample.encode("utf-8")) - len(sample) >= 0.3 * spaces:
        return False
    # Few marks: English, a minority's Latin script (with Vietnamese names in it: "Sở Khoa học
    # và Công nghệ", "tỉnh Cao Phìn"), or Vietnamese typed without them. Told by the words that
    # could be Vietnamese syllables: 96-100 % of a Vietnamese article's, marks or not; 22-32 %
    # of an English page's, 23-37 % of H'Mông and Dao pages' (measured on the demo portals).
    letters = [w for w in (_NOT_LETTERS.sub("", word) for word in fold(sample).split()) if w]
    return len(letters) >= 20 and sum(map(is_syllable, letters)) < 0.6 * len(letters)


# A Vietnamese syllable without its marks: an onset, one to three vowels, a final consonant.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)
_NOT_LETTERS = re.compile(r"[^a-z]+")


def is_syllable(word: str) -> bool:
    """Whether ``word`` (folded: lower case, no marks, đ as d) could be a Vietnamese syllable.

    >>> [is_syllable(w) for w in ("nguyen", "chuyen", "khuya", "quy", "ruou", "gieng")]
    [True, True, True, True, True, True]
    >>> [is_syllable(w) for w in ("tsoom", "fwv", "txoj", "province", "and", "hmoob")]
    [False, False, False, False, False, False]
    """
    return _SYLLABLE.fullmatch(word) is not None


# What a portal writes on the page it serves (with status 200) for an article it no longer has.
_NOT_FOUND = re.compile(
    r"\b(?:bai viet|tin bai|tin tuc|noi dung|trang|duong dan|du lieu|thong tin)"
    r"(?: (?:ban|quy vi) (?:yeu cau|tim|truy cap|can tim))?"
    r" (?:khong ton tai|da bi (?:xoa|go|go bo|an|thu hoi)|khong con ton tai|khong tim thay"
    r"|khong duoc tim thay|da het han|da duoc go bo|da bi di chuyen)"
    r"|\bkhong tim thay (?:bai viet|trang|noi dung|tin)"
    r"|\b(?:page|article) (?:not found|does not exist|has been removed)"
)


def says_not_found(lines: list[str]) -> bool:
    """True when a short line of a page says the article it should show is not there.

    A portal that deleted a story often answers its address with 200 and a page of its template
    saying so (a "soft 404"); such a page is gone, not a page the cleaner failed to read.
    Only lines of up to 30 words count: an article about a missing document is no such page.

    >>> says_not_found(["Trang chủ", "Bài viết không tồn tại hoặc đã bị gỡ bỏ"])
    True
    >>> says_not_found(["Xin lỗi, không tìm thấy trang bạn yêu cầu."])
    True
    >>> says_not_found(["Trang bạn yêu cầu không tồn tại"]), says_not_found(["Page not found"])
    (True, True)
    >>> says_not_found(["Tỉnh rà soát các hồ sơ đất đai không tồn tại trên hệ thống."])
    False
    """
    for line in lines:
        if len(line) <= 240 and line.count(" ") < 30 and _NOT_FOUND.search(fold(line)):
            return True
    return False
