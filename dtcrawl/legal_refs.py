"""Legal document numbers cited in Vietnamese articles ("Quyết định số 56/QĐ-UBND ngày 14/02/2023").

Four shapes are recognised:

- state bodies, number / type-issuer: ``56/QĐ-UBND``, ``3609/KH-BĐHCĐS``, ``0280/KH-UBND``;
- normative documents with the year: ``34/2024/QĐ-UBND``, ``147/2024/NĐ-CP``, ``202/2025/QH15``;
- official letters without a type: ``86549/UBND-NCKS``, ``4878/BTTTT-CĐSQG``;
- Party documents with a hyphen: ``57-NQ/TW``, ``05-NQ/TU``, ``01-KH/BCĐTW``.

A number must be followed by letters of a known document type or by an upper-case issuer, so
dates ("14/02/2023"), phone numbers and scores ("1.363/1.726") are never taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from dtcrawl.text import fold, normalize_line

TYPE_NAMES = {
    "QĐ": "Quyết định",
    "NQ": "Nghị quyết",
    "KH": "Kế hoạch",
    "TB": "Thông báo",
    "CT": "Chỉ thị",
    "NĐ": "Nghị định",
    "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch",
    "CV": "Công văn",
    "KL": "Kết luận",
    "BC": "Báo cáo",
    "HD": "Hướng dẫn",
    "CTr": "Chương trình",
    "TTr": "Tờ trình",
    "QC": "Quy chế",
    "QyĐ": "Quy định",
    "QĐi": "Quy định",
    "ĐA": "Đề án",
    "GM": "Giấy mời",
    "L": "Luật",
    "PL": "Pháp lệnh",
}
# Words written before a number that tell the type when the number itself has none.
_TYPE_WORDS = {
    "quyet dinh": "QĐ",
    "nghi quyet": "NQ",
    "ke hoach": "KH",
    "thong bao": "TB",
    "chi thi": "CT",
    "nghi dinh": "NĐ",
    "thong tu": "TT",
    "cong van": "CV",
    "ket luan": "KL",
    "bao cao": "BC",
    "huong dan": "HD",
    "chuong trinh": "CTr",
    "to trinh": "TTr",
    "luat": "L",
    "phap lenh": "PL",
    "de an": "ĐA",
}
_CANONICAL_TYPES = {key.upper(): key for key in TYPE_NAMES}
_TYPE = "|".join(sorted((re.escape(t) for t in TYPE_NAMES), key=len, reverse=True))
_UP = "A-ZĐÐÂĂÊÔƠƯ"
_ISSUER = rf"[{_UP}][{_UP}a-zđ0-9&]*(?:-[{_UP}][{_UP}a-zđ0-9&]*)*"
_NUM = r"(?<![\d/.,:\w-])(?P<num>\d{1,6})"
_YEAR = r"(?:19|20)\d{2}"

_STATE = re.compile(rf"{_NUM}(?:/(?P<year>{_YEAR}))?/(?P<type>{_TYPE})-(?P<issuer>{_ISSUER})", re.I)
_PARTY = re.compile(rf"{_NUM}-(?P<type>{_TYPE})/(?P<issuer>{_ISSUER})", re.I)
_NORMATIVE = re.compile(rf"{_NUM}/(?P<year>{_YEAR})/(?P<issuer>{_ISSUER})")
_LETTER = re.compile(rf"{_NUM}/(?P<issuer>[{_UP}]{{2,}}[{_UP}a-zđ0-9&]*(?:-{_ISSUER})?)")
_ISSUED = re.compile(
    r"\s*,?\s*(?:ban\s+hành\s+)?ngày\s+(?P<d>\d{1,2})\s*(?:/|-|\.|tháng)\s*(?P<m>\d{1,2})"
    r"\s*(?:/|-|\.|năm|,\s*năm)\s*(?P<y>(?:19|20)\d{2})",
    re.IGNORECASE,
)
# Where a shape can start: a number of at most six digits as _NUM sees it, then "/" or "-", then
# (a year and "/") a letter: "56/Q", "57-N", "34/2024/Q", "86549/U". The lookbehind stands after
# the first digit, so the search skips to digits in C; the four shapes are then tried only at
# these places (running each over the whole text measured at four times the CPU, and most
# articles cite no document at all).
_SHAPE_START = re.compile(r"\d(?<![\d/.,:\w-]\d)(?=\d{0,5}[/-](?:\d{4}/)?[^\W\d_])")
# What every shape start holds after its digits: "/" or "-" then (a year and "/") a letter. On
# text without zero-width marks, normalize_line() only collapses white space (none stands in
# these) and composes letters (a letter stays one): text without either holds no document
# number. Two searches with a literal first character skip through the text in C: 3 µs a
# bench body against 47 µs for normalize_line and 22 µs for the _SHAPE_START search, and
# most articles cite no document.
_SLASH_LETTER = re.compile(r"/(?:\d{4}/)?[^\W\d_]")
_HYPHEN_LETTER = re.compile(r"-[^\W\d_]")
_ZERO_WIDTH_MARKS = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")  # text._ZERO_WIDTH
_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*(?:số\s*)?:?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class LegalRef:
    """One cited legal document."""

    raw: str  # the text as written, with its type word ("Quyết định số 56/QĐ-UBND")
    number: str  # normalised document number: "56/QĐ-UBND", "34/2024/QĐ-UBND", "57-NQ/TW"
    doc_type: str | None  # "QĐ", "NQ", … ("CV" for a letter named so, else None)
    type_name: str | None  # "Quyết định", …
    issuer: str | None  # "UBND", "TTg", "TW", "QH15", "UBND-NCKS" …
    year: int | None  # when the number carries it
    issued_on: str | None  # ISO date when "ngày dd/mm/yyyy" follows
    key: str  # grouping key: the normalised number

    @property
    def type_label(self) -> str | None:  # pragma: no cover - convenience
        return self.type_name


def _fix(text: str) -> str:
    # U+00D0 (Icelandic eth) is often typed for Đ.
    return text.replace("Ð", "Đ").replace("ð", "đ")


def _canonical_type(value: str) -> str:
    return _CANONICAL_TYPES.get(_fix(value).upper(), _fix(value).upper())


def _type_before(text: str, start: int) -> tuple[str | None, int]:
    """The document type named just before ``start`` ("Quyết định số "), and where it starts."""
    window = text[max(0, start - 30) : start]
    match = _WORD_BEFORE.search(window)
    if not match:
        return None, start
    words = fold(match.group(1)).split()
    for n in (2, 1):
        phrase = " ".join(words[-n:])
        if phrase in _TYPE_WORDS:
            offset = window.lower().rfind(match.group(1).split()[-n].lower())
            return _TYPE_WORDS[phrase], max(0, start - len(window) + offset)
    return None, start


def _matches_at(pattern: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """What ``pattern.finditer(text)`` yields when every match starts at one of ``starts``."""
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)):
            end = match.end()
            yield match


def find_legal_refs(text: str) -> list[LegalRef]:
    """Find legal document numbers in ``text``, in order of appearance.

    >>> [r.key for r in find_legal_refs("Theo Quyết định số 56/QĐ-UBND ngày 14/02/2023 và 57-NQ/TW")]
    ['56/QĐ-UBND', '57-NQ/TW']
    >>> ref = find_legal_refs("Quyết định số 56/QĐ-UBND ngày 14/02/2023")[0]
    >>> ref.doc_type, ref.issuer, ref.issued_on, ref.raw
    ('QĐ', 'UBND', '2023-02-14', 'Quyết định số 56/QĐ-UBND')
    >>> find_legal_refs("Ngày 14/02/2023, tỷ lệ 1.363/1.726 hồ sơ; gọi 0280.3856.123")
    []
    """
    if not text or (
        _SLASH_LETTER.search(text) is None
        and _HYPHEN_LETTER.search(text) is None
        and not any(mark in text for mark in _ZERO_WIDTH_MARKS)
    ):
        return []
    return _refs_in(_fix(normalize_line(text)))


def _refs_in(text: str) -> list[LegalRef]:
    """:func:`find_legal_refs` of ``text`` already normalised (normalize_line, _fix)."""
    starts = [match.start() for match in _SHAPE_START.finditer(text)]
    if not starts:
        return []
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, LegalRef]] = []

    def overlaps(span: tuple[int, int]) -> bool:
        return any(span[0] < end and start < span[1] for start, end in taken)

    for pattern, shape in (
        (_STATE, "state"),
        (_PARTY, "party"),
        (_NORMATIVE, "normative"),
        (_LETTER, "letter"),
    ):
        for match in _matches_at(pattern, text, starts):
            if overlaps(match.span()):
                continue
            num = match["num"]
            groups = match.groupdict()
            year = int(groups["year"]) if groups.get("year") else None
            issuer = match["issuer"].rstrip("-")
            word_type, raw_start = _type_before(text, match.start())
            if shape in ("state", "party"):
                doc_type = _canonical_type(match["type"])
            else:
                doc_type = word_type
            if shape == "letter":
                if issuer.upper() in _CANONICAL_TYPES or len(re.sub(r"[^A-ZĐ]", "", issuer)) < 2:
                    continue
                if doc_type not in (None, "CV"):
                    doc_type = word_type
            if shape == "state":
                number = (
                    f"{num}/{year}/{doc_type}-{issuer}" if year else f"{num}/{doc_type}-{issuer}"
                )
            elif shape == "party":
                number = f"{num}-{doc_type}/{issuer}"
            else:
                number = f"{num}/{year}/{issuer}" if year else f"{num}/{issuer}"
            issued = _ISSUED.match(text, match.end())
            issued_on = None
            if issued:
                try:
                    from datetime import date

                    issued_on = date(int(issued["y"]), int(issued["m"]), int(issued["d"]))
                    issued_on = issued_on.isoformat()
                except ValueError:
                    issued_on = None
            taken.append(match.span())
            raw = text[raw_start : match.end()] if word_type else match.group(0)
            found.append(
                (
                    match.start(),
                    LegalRef(
                        raw=raw,
                        number=number,
                        doc_type=doc_type,
                        type_name=TYPE_NAMES.get(doc_type) if doc_type else None,
                        issuer=issuer,
                        year=year,
                        issued_on=issued_on,
                        key=number,
                    ),
                )
            )
    return [ref for _, ref in sorted(found, key=lambda item: item[0])]
