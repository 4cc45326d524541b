"""Digital-transformation indicators: the figures stated in article bodies, as data.

Provincial news is full of figures no statistical office publishes in one place ("98% vùng dân
cư đã phủ sóng di động 4G", "đã cung cấp 990 dịch vụ công toàn trình", "tích hợp lên Cổng
Dịch vụ công quốc gia 1.363/1.726 TTHC"). :func:`extract_indicators` finds them and returns one
:class:`Indicator` per figure: value, unit, denominator, qualifier, subject, a normalised
``indicator`` key and the sentence.

The rules, in short (the README section "Indicators: the figures in the news" has them all):

- **A figure needs a unit.** A number is reported only when it is followed by "%", a
  "…/100 dân" rate, money, or one of the counted nouns listed in ``indicator_keys.yaml``
  (``units``). "3 trụ cột", "8 giờ" or "năm 2022" are never figures. A ratio written "x/y"
  without a unit is kept (unit None) when it cannot be a day/month date.
- **Vietnamese number format**: "." groups thousands, "," is the decimal mark: "2.795" → 2795,
  "94,3" → 94.3, "1.234,5" → 1234.5. A dotted number that is not a thousands group ("2.5%")
  is read as an English decimal only before "%"; elsewhere ("4.0", "Web 3.0") it is a version.
- **Multipliers** "nghìn"/"ngàn", "triệu", "tỷ"/"tỉ" multiply counts ("1,5 triệu lượt" →
  1500000 lượt). **Money** keeps the multiplier in the unit and the value as written:
  "120 tỷ đồng" → 120, unit "tỷ đồng"; "500.000 đồng" → 500000, unit "đồng".
- **Ranks** are figures: "xếp thứ 15/63" → value 15, unit "hạng", denominator 63 (key
  ``dti_rank`` when the clause is about the DTI). A bare "thứ 2" is an ordinal, not a figure.
- **Denominators** come from "x/y" and "x trên (tổng số) y"; "94,3 thuê bao/100 dân" is a rate
  whose unit is "thuê bao/100 dân" (no denominator).
- **Not figures**: dates ("17/12/2021", "tháng 10/2022", "ngày 10/10", "quý III/2024",
  "giai đoạn 2021–2025"), document numbers ("749/QĐ-TTg", "05-NQ/TU", "Đề án 06"), versions
  ("phiên bản 2.0", "4.0", "4G"), list markers and ordinals, phone numbers, times and addresses
  are masked before numbers are read (:func:`non_figure_spans` shows what was masked and why).

Everything here is pure: no I/O except reading the packaged vocabulary once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from dtcrawl.packaged import load_packaged_yaml
from dtcrawl.text import fold, is_tidy, normalize_line

__all__ = [
    "Indicator",
    "IndicatorKey",
    "Vocabulary",
    "extract_indicators",
    "load_vocabulary",
    "non_figure_spans",
    "parse_number",
    "split_sentences",
]

_MASK = "#"


# ---------------------------------------------------------------------------------------------
# The result


@dataclass(frozen=True)
class Indicator:
    """One figure stated in an article.

    ``text`` (the figure as written) and ``span`` (its offsets in ``sentence``) are kept for
    explanation; they are not part of equality nor of :meth:`as_row`.
    """

    value: float
    unit: str | None
    denominator: float | None
    qualifier: str | None
    subject: str
    indicator: str | None
    sentence: str
    text: str = field(default="", compare=False)
    span: tuple[int, int] = field(default=(0, 0), compare=False)

    def as_row(self) -> dict[str, Any]:
        """Return the columns of the archive's ``indicators`` table for this figure.

        >>> Indicator(98.0, "%", None, None, "vùng dân cư", "coverage_4g", "…").as_row()["value"]
        98.0
        """
        return {
            "value": self.value,
            "unit": self.unit,
            "denominator": self.denominator,
            "qualifier": self.qualifier,
            "subject": self.subject,
            "indicator": self.indicator,
            "sentence": self.sentence,
        }


# ---------------------------------------------------------------------------------------------
# The vocabulary (dtcrawl/indicator_keys.yaml)


@dataclass(frozen=True)
class IndicatorKey:
    """A normalised indicator: which units it takes and which folded terms name it."""

    key: str
    label: str
    units: tuple[str, ...]
    all_of: tuple[tuple[str, ...], ...]
    none_of: tuple[str, ...]

    def matches(self, unit: str | None, folded: str) -> bool:
        """Whether a figure with ``unit`` about the folded text ``folded`` is this indicator."""
        if self.units and unit not in self.units:
            return False
        return self.names(folded)

    def names(self, folded: str, found: dict[str, bool] | None = None) -> bool:
        """Whether the folded text ``folded`` names this indicator (its units aside).

        ``found`` memoises term look-ups across the keys tried on one text.
        """
        found = {} if found is None else found
        if any(_has_term(folded, term, found) for term in self.none_of):
            return False
        return all(any(_has_term(folded, term, found) for term in group) for group in self.all_of)


@lru_cache(maxsize=4096)
def _term_pattern(term: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(term)}(?!\w)")


def _has_term(folded: str, term: str, found: dict[str, bool] | None = None) -> bool:
    if found is not None and term in found:
        return found[term]
    # Most terms are absent from most texts: a substring test first, the word-boundary pattern
    # only where the term occurs at all.
    has = term in folded and _term_pattern(term).search(folded) is not None
    if found is not None:
        found[term] = has
    return has


@dataclass(frozen=True)
class Vocabulary:
    """Units, money, qualifiers and indicator keys, compiled for matching."""

    unit_of_form: dict[str, str]
    money_of_form: dict[str, str]
    not_units: tuple[str, ...]
    qualifiers: tuple[str, ...]
    keys: tuple[IndicatorKey, ...]
    fulfilment: tuple[str, ...]
    unit_re: re.Pattern = field(repr=False, compare=False)
    money_re: re.Pattern = field(repr=False, compare=False)
    not_unit_re: re.Pattern = field(repr=False, compare=False)
    qualifier_re: re.Pattern = field(repr=False, compare=False)
    # The keys taking a figure of some units, by units (see key_for), filled as needed.
    _keys_by_units: dict = field(default_factory=dict, repr=False, compare=False)
    # (units, text) → the key the text names (see key_for), filled as needed.
    _key_of_text: dict = field(default_factory=dict, repr=False, compare=False)
    # The compiled unit_screen(), once built.
    _screen: list = field(default_factory=list, repr=False, compare=False)

    def unit_screen(self) -> re.Pattern:
        """A search that finds something wherever a number is followed by a unit.

        The units: a counted noun, money, "%", "phần trăm", a "…/100 dân" noun, or a
        multiplier before one; their own guards (``(?!\\w)``, "tỷ lệ") are left out, so
        what they refuse is let through. See :func:`_may_hold_figure`.

        >>> screen = load_vocabulary().unit_screen()
        >>> bool(screen.search("đạt 98 %")), bool(screen.search("Năm 2025, tỉnh có kế hoạch."))
        (True, False)
        """
        if not self._screen:
            units = [*self.unit_of_form, *self.money_of_form, *_PER_100_NOUNS, "phần trăm"]
            # Every unit starts with a letter: a look-ahead for one (or "%") lets the search
            # skip numbers followed by anything else without trying each unit (2.5x faster).
            letter = r"(?=\s*(?:[^\W\d_]|%))" if all(u[:1].isalpha() for u in units) else ""
            alternation, multipliers = _alternation(units), _alternation(_MULTIPLIERS)
            self._screen.append(
                re.compile(
                    rf"\d{letter}(?:\s*(?:%|{alternation})|\s+(?:{multipliers}))", re.IGNORECASE
                )
            )
        return self._screen[0]

    def key_for(
        self,
        unit: str | None,
        subject: str,
        context: str = "",
        *,
        ratio: bool = False,
        counted: str = "",
    ) -> str | None:
        """Return the first indicator key matching the subject, else the wider context.

        A ratio ("612/640 trường") also matches keys that expect "%". A percentage of a plan
        or target ("đạt 92,7% kế hoạch": ``counted`` starts with a fulfilment term) is never
        keyed: it measures the plan, not the indicator.
        """
        if unit == "%":
            counted_folded = fold(counted)
            if any(
                counted_folded == t or counted_folded.startswith(t + " ") for t in self.fulfilment
            ):
                return None
        units = (unit, "%") if ratio else (unit,)
        keys = self._keys_by_units.get(units)
        if keys is None:
            # Only keys taking one of the units need their terms looked up (looking up every
            # key's terms for every figure measured at a fifth of the extraction's time).
            keys = self._keys_by_units[units] = tuple(
                key for key in self.keys if not key.units or any(u in key.units for u in units)
            )
        for text in (subject, context):
            # The same subjects recur ("dịch vụ công trực tuyến"): each is looked up once.
            key = self._key_of_text.get((units, text), _UNSEEN)
            if key is _UNSEEN:
                if len(self._key_of_text) >= 50_000:  # a bound for a process that runs for years
                    self._key_of_text.clear()
                key = self._key_of_text[units, text] = _first_key(keys, text)
            if key is not None:
                return key
        return None


_UNSEEN = object()


def _first_key(keys: tuple[IndicatorKey, ...], text: str) -> str | None:
    """The first of ``keys`` that ``text`` names, if any."""
    folded = fold(text)
    if not folded.strip():
        return None
    found: dict[str, bool] = {}
    for key in keys:
        if key.names(folded, found):
            return key.key
    return None


def _alternation(forms: Iterable[str]) -> str:
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in ordered)


def vocabulary_from_data(data: dict[str, Any]) -> Vocabulary:
    """Build a :class:`Vocabulary` from the parsed YAML of ``indicator_keys.yaml``."""
    unit_of_form = {f.lower(): u["unit"] for u in data["units"] for f in u["forms"]}
    money_of_form = {f.lower(): m["unit"] for m in data["money"] for f in m["forms"]}
    keys = tuple(
        IndicatorKey(
            key=k["key"],
            label=k["label"],
            units=tuple(k.get("units") or ()),
            all_of=tuple(tuple(fold(t) for t in group) for group in k.get("all") or ()),
            none_of=tuple(fold(t) for t in k.get("none") or ()),
        )
        for k in data["indicators"]
    )
    seen: set[str] = set()
    for key in keys:
        if key.key in seen:
            raise ValueError(f"duplicate indicator key {key.key!r}")
        seen.add(key.key)
    qualifiers = tuple(data["qualifiers"])
    not_units = tuple(data.get("not_units") or ())
    flags = re.IGNORECASE
    return Vocabulary(
        unit_of_form=unit_of_form,
        money_of_form=money_of_form,
        not_units=not_units,
        qualifiers=qualifiers,
        keys=keys,
        fulfilment=tuple(fold(t) for t in data.get("fulfilment") or ()),
        unit_re=re.compile(rf"\s*({_alternation(unit_of_form)})(?!\w)", flags),
        money_re=re.compile(rf"\s*({_alternation(money_of_form)})(?!\w)", flags),
        not_unit_re=re.compile(rf"\s*({_alternation(not_units)})(?!\w)", flags)
        if not_units
        else re.compile(r"(?!)"),
        qualifier_re=re.compile(rf"(?<!\w)({_alternation(qualifiers)})\s*$", flags),
    )


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    """Load the packaged vocabulary ``dtcrawl/indicator_keys.yaml`` (cached).

    >>> "coverage_4g" in [k.key for k in load_vocabulary().keys]
    True
    """
    return vocabulary_from_data(load_packaged_yaml("indicator_keys.yaml"))


# ---------------------------------------------------------------------------------------------
# Numbers

_NUM = (
    r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?"  # 2.795 / 1.234,5
    r"|\d+\.\d{1,2}(?=\s*%)"  # 2.5% (English decimal, only before %)
    r"|\d+(?:,\d+)?)"  # 94,3 / 59
)
# "(?<![\w.,/#])({_NUM})(?!\d)(?![.,]\d)" with the look-behind after the first digit (every
# form of _NUM starts with one): the search skips from digit to digit (2.4x faster).
_NUM_RE = re.compile(
    rf"(\d(?<![\w.,/{_MASK}]\d)(?:\d{{0,2}}(?:\.\d{{3}})+(?:,\d+)?|\d*\.\d{{1,2}}(?=\s*%)|\d*(?:,\d+)?))"
    r"(?!\d)(?![.,]\d)"
)
_NUM_AT = re.compile(rf"({_NUM})(?!\d)(?![.,]\d)")

_MULTIPLIERS = {"nghìn": 1000, "ngàn": 1000, "triệu": 1_000_000, "tỷ": 10**9, "tỉ": 10**9}
_MULTIPLIER_RE = re.compile(
    r"\s+(nghìn\s+tỷ|ngàn\s+tỷ|nghìn|ngàn|triệu|tỷ|tỉ)(?!\w)(?!\s+(?:lệ|trọng)\b)", re.IGNORECASE
)


_ENGLISH_DECIMAL = re.compile(r"\d+\.\d{1,2}")
_VIETNAMESE_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def _decimal(text: str) -> Decimal:
    text = text.strip()
    if _ENGLISH_DECIMAL.fullmatch(text):  # English decimal before "%"
        return Decimal(text)
    if not _VIETNAMESE_NUMBER.fullmatch(text):
        raise ValueError(f"not a Vietnamese number: {text!r}")
    try:
        return Decimal(text.replace(".", "").replace(",", "."))
    except InvalidOperation as exc:  # pragma: no cover - the pattern above rules this out
        raise ValueError(f"not a number: {text!r}") from exc


def parse_number(text: str) -> float:
    """Read a number written the Vietnamese way, with an optional multiplier word.

    "." groups thousands and "," is the decimal mark; "nghìn", "triệu", "tỷ" multiply.

    >>> parse_number("2.795"), parse_number("94,3"), parse_number("1,5 triệu")
    (2795.0, 94.3, 1500000.0)
    >>> parse_number("1.234,5")
    1234.5
    """
    text = normalize_line(text)
    number, _, rest = text.partition(" ")
    value = _decimal(number)
    rest = " ".join(rest.lower().split())
    if rest:
        factor = 1
        for word in rest.split():
            if word not in _MULTIPLIERS:
                raise ValueError(f"unknown multiplier {word!r} in {text!r}")
            factor *= _MULTIPLIERS[word]
        value *= factor
    return float(value)


# ---------------------------------------------------------------------------------------------
# Sentences

_ABBREVIATIONS = {
    "tp", "tt", "ths", "ts", "pgs", "gs", "bs", "ks", "cn", "th", "st", "mr", "ms", "dr", "q",
    "p", "tx", "h", "x", "ubnd", "v.v", "vv", "tr", "no", "nxb",
}  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’»)]*\s+(?=[\"“«(\d]|[^\W\d_])")
_BULLET = re.compile(r"^\s*(?:[-–•+*▪●]\s+)")
_DIGIT = re.compile(r"\d")


def split_sentences(body: str) -> list[str]:
    """Split an article body into sentences (paragraphs first, then sentence ends).

    A full stop after an abbreviation ("TP. Hồ Chí Minh") or inside a number does not end a
    sentence.

    >>> split_sentences("Đạt 98%. TP. Lam Giang có 12 xã.\\n\\nHết.")
    ['Đạt 98%.', 'TP. Lam Giang có 12 xã.', 'Hết.']
    """
    return _split_sentences(body or "", with_digits_only=False)


def _split_sentences(body: str, with_digits_only: bool) -> list[str]:
    """:func:`split_sentences`; ``with_digits_only``: only the sentences holding a digit."""
    sentences: list[str] = []
    # A tidy body's lines are their own normalize_line() (NFC, single spaces, no zero-width
    # marks, no space at either end): checking once (remembered for the fingerprint, see
    # dtcrawl.text.is_tidy) costs a fifth of tidying each line.
    tidy = is_tidy(body)
    for paragraph in body.split("\n"):
        if with_digits_only and _DIGIT.search(paragraph) is None:
            continue  # none of its sentences holds a digit
        paragraph = _BULLET.sub("", paragraph if tidy else normalize_line(paragraph))
        if not paragraph:
            continue
        start = 0
        for m in _SENTENCE_END.finditer(paragraph):
            before = paragraph[start : m.start()].rsplit(None, 1)
            last = before[-1].lower().rstrip(".") if before else ""
            if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                continue
            following = paragraph[m.end() : m.end() + 1]
            if not following.isupper() and following not in '"“«(':
                if not following.isdigit():
                    continue
            sentences.append(paragraph[start : m.end()].strip())
            start = m.end()
        if paragraph[start:].strip():
            sentences.append(paragraph[start:].strip())
    if with_digits_only:
        return [sentence for sentence in sentences if _DIGIT.search(sentence)]
    return sentences


# ---------------------------------------------------------------------------------------------
# What is not a figure

_I = re.IGNORECASE
_YEAR = r"(?:19|20)\d{2}"
_NON_FIGURES: list[tuple[str, re.Pattern]] = [
    # Document numbers: 56/QĐ-UBND, 34/2024/QĐ-UBND, 86549/UBND-NCKS, 202/2025/QH15, 05-NQ/TU.
    ("document", re.compile(r"(?<![\w/])\d+(?:/\d{4})?/[A-ZĐ][A-Za-zĐđ0-9]*(?:[-–][A-Za-zĐđ0-9]+)*")),
    ("document", re.compile(r"(?<![\w/])\d+-[A-ZĐ][A-Za-zĐđ]*/[A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-Za-zĐđ0-9]+)*")),
    ("document", re.compile(
        r"\b(?:nghị quyết|quyết định|kế hoạch|chỉ thị|nghị định|thông tư|công văn|đề án|luật|"
        r"kết luận|thông báo|quy định|quy chế)(?:\s+số)?\s+\d[\d.,]*(?:[/-][\w/-]*)?", _I)),
    ("document", re.compile(
        r"\b(?:chương trình|văn bản|báo cáo|tờ trình|hướng dẫn|giấy phép)\s+số\s+\d[\d.,]*"
        r"(?:[/-][\w/-]*)?", _I)),
    ("document", re.compile(r"\b(?:ISO(?:/IEC)?|TCVN|IEC)\s*\d+(?:[:-]\d+)*")),
    ("document", re.compile(
        r"\b(?:điều|khoản|điểm|mục|chương|phụ lục)\s+\d+[a-zđ]?(?![\w.,/])(?!\s*%)", _I)),
    # Dates.
    # (The next two: "(?<![\d.,/])\d{1,2}…" with the look-behind after the first digit, so the
    # search skips to digits in C instead of trying every position: 11 µs a sentence.)
    ("date", re.compile(
        r"\d(?<![\d.,/]\d)\d?\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:\d{4}|\d{2})(?![\d/])(?![.,]\d)")),
    ("date", re.compile(rf"\d(?<![\d.,/]\d)\d?\s*[/-]\s*{_YEAR}(?![\d/])")),
    ("date", re.compile(
        r"\bngày\s+\d{1,2}(?:\s*(?:/|-|\.|tháng)\s*\d{1,2})?(?:\s*(?:/|-|\.|năm)\s*\d{2,4})?", _I)),
    ("date", re.compile(r"\btháng\s+\d{1,2}(?:\s*(?:/|-|năm)\s*\d{4})?(?!\d)(?![.,]\d)", _I)),
    ("date", re.compile(
        r"\bquý\s+(?:IV|I{1,3}|[1-4])\b(?:\s*(?:/|-|năm)\s*\d{4})?", _I)),
    ("date", re.compile(rf"(?<![\d.,]){_YEAR}\s*[-–—]\s*{_YEAR}(?!\d)(?![.,]\d)")),
    ("date", re.compile(
        rf"\b(?:năm|niên độ|niên khóa|đến|tới|trước|sau|từ|cuối|đầu|giữa|trong|hết|của)"
        rf"\s+(?:năm\s+)?{_YEAR}(?!\d)(?![.,]\d)", _I)),
    ("date", re.compile(
        r"\b(?:sáng|chiều|tối|trưa|đêm|hôm|từ|đến|tới|trước|sau|hết|vào|kể từ)\s+"
        r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?(?!\d)(?![.,]\d)", _I)),
    # "0 đồng" names free things ("phiên chợ 0 đồng"), it is no price.
    ("other", re.compile(r"(?<![\d.,])0\s*đồng(?!\w)", _I)),
    # Times: 8 giờ 30, 8h30, 14:05.
    ("time", re.compile(
        r"(?<![\d.,])\d{1,2}\s*(?:giờ|g|h)\s*\d{1,2}(?:\s*phút)?(?!\d)(?![.,]\d)", _I)),
    ("time", re.compile(r"(?<![\d.,])\d{1,2}\s*giờ(?!\w)", _I)),
    ("time", re.compile(r"(?<![\d.,])\d{1,2}:\d{2}(?::\d{2})?(?!\d)")),
    ("time", re.compile(r"(?<![\d.,])24/7(?!\d)")),
    # Phone numbers: 0913 456 789, (0236) 3822 123, 1900 1234, "đường dây nóng 1022".
    ("phone", re.compile(
        r"\b(?:điện thoại|đt|sđt|hotline|đường dây nóng|tổng đài|fax|số máy|zalo)"
        r"(?:\s+số)?\s*:?\s*\(?\d[\d\s.()-]{2,}\d", _I)),
    ("phone", re.compile(r"(?<![\d.,])\(?0\d{1,3}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?!\d)")),
    ("phone", re.compile(r"(?<![\d.,])1[89]00[\s.]?\d{2,4}(?:[\s.]\d{2,4})?(?![\d,])")),
    # Versions and technology names: phiên bản 2.0, Web 3.0, 4.0, 4G, IPv6, COVID-19.
    ("version", re.compile(r"\b(?:phiên bản|version|ver\.?|bản)\s+v?\d+(?:\.\d+)*", _I)),
    ("version", re.compile(r"(?<![\w.,])\d+\.\d{1,2}(?!\d)(?![.,]\d)(?!\s*%)")),
    ("version", re.compile(r"\b\d+[A-Z]\b")),
    ("version", re.compile(r"\b[A-Za-z]+-?\d+[A-Za-z\d]*\b")),
    # Ordinals and list markers: thứ 2, lần thứ 3, (1), "1." at the start, đợt 2.
    ("ordinal", re.compile(r"\b(?:lần\s+)?thứ\s+\d+", _I)),
    ("ordinal", re.compile(r"^\s*\(?\d{1,2}[.)](?=\s)")),
    ("ordinal", re.compile(r"\(\d{1,2}\)")),
    ("ordinal", re.compile(
        r"\b(?:giai đoạn|bước|đợt|khóa|khoá|kỳ|tập|nhóm|top|hạng|vị trí)\s+\d+(?!\d)(?![.,]\d)", _I)),
    # Addresses and place names with numbers: số 12 đường …, tầng 5, thôn 3, Quận 1.
    ("address", re.compile(
        r"\b(?:đường|phố|ngõ|ngách|hẻm|kiệt|tầng|phòng|lô|quốc lộ|tỉnh lộ|tổ dân phố|khu phố|"
        r"thôn|ấp|xóm|khối|quận|phường|khóm|bản|tổ|km)\s+\d+[a-zđ]?(?![\d.,]\d)", _I)),
    ("address", re.compile(
        r"\b(?:(?:tại|trụ sở)\s*:?\s*số|địa chỉ\s*:?\s*(?:số)?)\s*\d+[a-z]?(?:/\d+)*", _I)),
]  # fmt: skip
# "số 12" is an address only before a street word (never "tổng số 1.726 TTHC").
_ADDRESS_NUMBER = re.compile(
    r"(?<!tổng )\bsố\s+\d+[a-z]?(?:/\d+)?(?=\s*,?\s*(?:đường|phố|ngõ|ngách|hẻm|kiệt|đại lộ)\b)", _I
)
# Ranks: "xếp thứ 15/63", "đứng thứ 5", "xếp hạng 12/34", "vươn lên vị trí thứ 10".
_RANK = re.compile(
    r"\b(?:(?:xếp|đứng|vươn lên|tụt xuống|lên|xuống|giữ vững|giữ|duy trì|ở)\s+(?:ở\s+)?"
    r"(?:vị trí\s+|hạng\s+)?thứ|xếp hạng(?:\s+thứ)?|(?:thứ hạng|vị trí|hạng)(?:\s+thứ)?)"
    r"\s+(\d+)(?:\s*/\s*(\d+))?(?!\d)(?![.,]\d)",
    _I,
)


def non_figure_spans(sentence: str) -> list[tuple[int, int, str]]:
    """Return the ``(start, end, kind)`` spans of ``sentence`` that hold numbers that are not
    figures: dates, document numbers, versions, times, phones, ordinals, addresses.

    Spans may overlap (several rules can see the same number).

    >>> sorted({k for _, _, k in non_figure_spans("Kế hoạch số 3609/KH-BĐHCĐS ngày 17/12/2021")})
    ['date', 'document']
    """
    return _non_figure_spans(sentence, _lowered(sentence), _ODD_SPACE.search(sentence) is None)


def _non_figure_spans(
    sentence: str, lowered: str, single_spaced: bool
) -> list[tuple[int, int, str]]:
    """:func:`non_figure_spans`, given ``_lowered(sentence)``; ``single_spaced``: the only white
    space is single spaces (true of every sentence of :func:`split_sentences`)."""
    spans: list[tuple[int, int, str]] = []
    near = _reversed_before_numbers(lowered) if single_spaced else ""
    gates = [*map(any, zip(*_GATES.findall(sentence), strict=True))] or _NO_GATES
    for kind, pattern, words, near_words, starts_with_word, gate in _NON_FIGURE_RULES:
        if gate is not None and not gates[gate]:
            continue  # the pattern cannot match: its gate (a part of every match) is absent
        if near_words is not None and single_spaced:
            if near_words.search(near) is None:
                continue  # nor where none of its words stands just before a number
            found = [word for word in words if word in lowered] if starts_with_word else []
        elif words:
            found = [word for word in words if word in lowered]
            if not found:
                continue  # nor where none of the words it needs is there
        start = 0
        if starts_with_word:
            # Every match starts with one of the words: none starts before the first of them
            # (lookbehinds and \b still see the text before ``start``). A word found near a
            # number is in ``lowered`` too, so ``found`` is not empty.
            start = min(map(lowered.find, found))
        spans.extend([(m.start(), m.end(), kind) for m in pattern.finditer(sentence, start)])
    if ("\x01 ốs" in near if single_spaced else "số" in lowered) and any(
        word in lowered for word in _STREET_WORDS
    ):
        spans.extend((m.start(), m.end(), "address") for m in _ADDRESS_NUMBER.finditer(sentence))
    return sorted(spans)


def _before_numbers(lowered: str) -> str:
    """The _NEAR_REACH characters before each number of ``lowered``, each followed by \\x01.

    >>> _before_numbers("năm 2025 có 12 xã")
    'năm \\x01năm 2025 có \\x01'
    """
    return _reversed_before_numbers(lowered)[::-1]


def _reversed_before_numbers(lowered: str) -> str:
    """:func:`_before_numbers` reversed, made from ``lowered`` reversed: there the characters
    before a number follow it, and one findall in C collects them (a Python loop over the
    numbers measured at 3% of the time). Reversed, each search of :func:`_near_words` jumps
    in C from one end mark to the next (forwards, every position was tried: 7% of the time).

    >>> _reversed_before_numbers("năm 2025")
    '\\x01 măn'
    """
    windows = _NUMBER_RUN_THEN_REACH.findall(lowered[::-1])
    return "\x01" + "\x01".join(windows) if windows else ""


# Running the patterns above on every sentence measured at a third of extract_indicators'
# time; most of them need a word that most sentences lack. Each entry (in the order of
# _NON_FIGURES) lists words of which the pattern's every match holds one, lower-cased, or
# is empty (always run). The check is on the sentence lower-cased the way re.IGNORECASE
# compares letters (simple lower case; dotless i and long s equal to i and s), so a pattern
# is skipped only where it could not have matched.
_NON_FIGURE_WORDS: list[tuple[str, ...]] = [
    ("/",),
    ("/",),
    ("nghị quyết", "quyết định", "kế hoạch", "chỉ thị", "nghị định", "thông tư", "công văn",
     "đề án", "luật", "kết luận", "thông báo", "quy định", "quy chế"),
    ("chương trình", "văn bản", "báo cáo", "tờ trình", "hướng dẫn", "giấy phép"),
    ("iso", "tcvn", "iec"),
    ("điều", "khoản", "điểm", "mục", "chương", "phụ lục"),
    (),
    ("/", "-"),
    ("ngày",),
    ("tháng",),
    ("quý",),
    ("-", "–", "—"),
    ("năm", "niên độ", "niên khóa", "đến", "tới", "trước", "sau", "từ", "cuối", "đầu", "giữa",
     "trong", "hết", "của"),
    ("sáng", "chiều", "tối", "trưa", "đêm", "hôm", "từ", "đến", "tới", "trước", "sau", "hết",
     "vào", "kể từ"),
    ("đồng",),
    (),
    ("giờ",),
    (":",),
    ("24/7",),
    ("điện thoại", "đt", "sđt", "hotline", "đường dây nóng", "tổng đài", "fax", "số máy", "zalo"),
    ("0",),
    ("1800", "1900"),
    ("ver", "bản"),
    (),
    (),
    (),
    ("thứ",),
    (),
    ("(",),
    ("giai đoạn", "bước", "đợt", "khóa", "khoá", "kỳ", "tập", "nhóm", "top", "hạng", "vị trí"),
    ("đường", "phố", "ngõ", "ngách", "hẻm", "kiệt", "tầng", "phòng", "lô", "quốc lộ", "tỉnh lộ",
     "tổ dân phố", "khu phố", "thôn", "ấp", "xóm", "khối", "quận", "phường", "khóm", "bản", "tổ",
     "km"),
    ("số", "địa chỉ"),
]  # fmt: skip
# The patterns (indices in _NON_FIGURES) whose every match starts with one of their words.
_STARTS_WITH_WORD = frozenset((2, 3, 4, 5, 8, 9, 10, 12, 13, 19, 29, 30))
# Where spaces are single, the words of some patterns are looked for only just before numbers
# (_before_numbers), not in the whole sentence ("phòng", "bản", "từ", "trong" are common words;
# each pattern measured at 2.5 µs a sentence). For each such pattern, the forms below (a word,
# what the pattern lets stand between it and the number, and the end mark \x01) are in that
# text wherever the pattern matches. Others: the word in the _NEAR_REACH characters before a
# number (the longest reach: "đường dây nóng số : (0", 21 characters to the digit).
_NEAR_REACH = 32
_NUMBER_RUN_THEN_REACH = re.compile(rf"\d+(?=([\s\S]{{0,{_NEAR_REACH}}}))")
_ODD_SPACE = re.compile(r"[^\S ]|  ")
_RIGHT_BEFORE = {  # pattern index → what may stand between its word and the number
    2: (" ", " số "),
    3: (" số ",),
    5: (" ",),
    8: (" ",),
    9: (" ",),
    12: (" ", " năm "),
    13: (" ",),
    26: (" ",),
    29: (" ",),
    30: (" ",),
}
_WITHIN_REACH = frozenset((4, 19, 22, 31))


def _near_words(index: int, words: tuple[str, ...]) -> re.Pattern | None:
    """What :func:`_before_numbers`' text, reversed, holds wherever pattern ``index`` matches
    (one search: a Python loop over the words measured at a third of the time left)."""
    alternation = "|".join(re.escape(word[::-1]) for word in words)
    if index in _RIGHT_BEFORE:
        gaps = "|".join(re.escape(gap[::-1]) for gap in _RIGHT_BEFORE[index])
        return re.compile(f"\x01(?:{gaps})(?:{alternation})")
    if index in _WITHIN_REACH:
        return re.compile(alternation)
    return None


# Gates: for some patterns, a part of every match found at the first or last digit of a number
# (as a look-around). One search finds them all, skipping in C from number to number; a pattern
# whose gate is found nowhere in the sentence cannot match and is not run (the patterns'
# leading look-behinds make their own searches try every position).
_GATES_AT_FIRST_DIGIT = {
    12: r"(?<=\s1)9\d\d(?!\d)(?![.,]\d)|(?<=\s2)0\d\d(?!\d)(?![.,]\d)",
    20: r"(?<=0)\d{1,3}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}",
}
_GATES_AFTER_LAST_DIGIT = {
    0: r"/(?:\d{4}/)?[A-ZĐ]",
    1: r"-[A-ZĐ]",
    6: r"\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d",
    7: rf"\s*[/-]\s*{_YEAR}",
    11: rf"\s*[-–—]\s*{_YEAR}",
    13: r"\s*/\s*\d{1,2}(?:\s*/|(?!\d))",
    14: r"(?<=0)(?i:\s*đồng)",
    15: r"(?i:\s*(?:giờ|g|h)\s*\d)",
    16: r"(?i:\s*giờ)",
    17: r":\d\d",
    23: r"\.\d{1,2}(?!\d)",
    24: r"[A-Z]",
    27: r"[.)]\s",
}
_GATE_OF = {
    index: gate for gate, index in enumerate([25, *_GATES_AT_FIRST_DIGIT, *_GATES_AFTER_LAST_DIGIT])
}
_GATES = re.compile(
    r"\d(?:(?<=([A-Za-z-])\d))?"  # 25: a letter or "-" just before the number
    + "".join(f"(?=({part})?)" for part in _GATES_AT_FIRST_DIGIT.values())
    + r"\d*"
    + "".join(f"(?=({part})?)" for part in _GATES_AFTER_LAST_DIGIT.values())
)
_NO_GATES = [False] * len(_GATE_OF)
_NON_FIGURE_RULES = [
    (
        kind,
        pattern,
        words,
        _near_words(index, words),
        index in _STARTS_WITH_WORD,
        _GATE_OF.get(index),
    )
    for index, ((kind, pattern), words) in enumerate(
        zip(_NON_FIGURES, _NON_FIGURE_WORDS, strict=True)
    )
]
_STREET_WORDS = ("đường", "phố", "ngõ", "ngách", "hẻm", "kiệt", "đại lộ")
_RANK_WORDS = ("thứ", "hạng", "vị trí")
_SIMPLE_LOWER = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def _lowered(sentence: str) -> str:
    """``sentence`` lower-cased for the word checks above (İ, ı, ſ as re.IGNORECASE sees them)."""
    if "İ" in sentence or "ı" in sentence or "ſ" in sentence:
        return sentence.translate(_SIMPLE_LOWER).lower()
    return sentence.lower()  # translate with a table walks the text in Python-level lookups


# ---------------------------------------------------------------------------------------------
# Subjects

_BOUNDARY = re.compile(
    r"[;:()\[\]!?]|\.(?=\s|$)|\s[-–—]\s"
    r"|,(?!\s*(?:phường|thị trấn|thôn|bản|tổ dân phố|khu phố|xã|thị xã|thành phố|công chức|"
    r"viên chức|tổ chức|kinh doanh)\b)",
    _I,
)
_DASHES = frozenset("-–—")
# "[;:!?]|\.(?=\s|$)" starting with one character class: the search skips to those in C.
_WIDE_BOUNDARY = re.compile(r"[;:!?.](?:(?<=[;:!?])|(?=\s|$))")
_LEAD_FILLERS = [
    "trong đó", "tính đến nay", "đến nay", "hiện nay", "hiện tại", "hiện", "tính đến", "tính riêng",
    "toàn tỉnh", "cả tỉnh", "toàn huyện", "toàn thành phố", "cả nước", "tỉnh", "địa phương",
    "đã", "đang", "có", "với", "và", "cùng với", "cùng", "gồm", "bao gồm", "riêng", "ngoài ra",
    "bên cạnh đó", "theo đó", "cụ thể", "đồng thời", "trong", "sau", "qua", "từ", "vào",
    "trong năm", "năm", "tháng", "đạt", "là", "thì", "nhờ đó", "như vậy", "tuy nhiên",
    "nhìn chung", "kết quả", "lũy kế", "luỹ kế", "đến", "tới", "hết", "còn", "trên", "ở", "của",
    "tổng cộng", "tất cả", "cả", "nay", "năm nay",
]  # fmt: skip
_TRAIL_FILLERS = [
    "đạt", "là", "chiếm", "có", "đã", "được", "gồm", "với", "lên", "ở mức", "đạt mức", "bằng",
    "tổng số", "tổng cộng", "với tổng số", "tất cả", "cả", "và", "mức", "lên tới", "lên đến",
    "tăng lên", "hiện", "đều", "thì", "cho", "khi",
]  # fmt: skip
_RIGHT_STOPS = [
    "so với", "trong đó", "đạt", "và", "với", "nhưng", "trong khi", "góp phần", "nhằm", "để",
    "theo", "vào", "từ", "tại", "trên địa bàn", "trên tổng số", "chiếm", "là", "thì", "giúp",
    "bằng", "tăng", "giảm", "vượt", "cao hơn", "thấp hơn", "đứng", "xếp", "cùng kỳ",
]  # fmt: skip
_CLAUSE_BREAK_WORDS = (
    "trong khi", "góp phần", "nhằm", "để", "nhưng", "tuy nhiên", "đồng thời", "so với"
)  # fmt: skip
_CLAUSE_BREAK = re.compile(rf"(?<!\w)(?:{'|'.join(_CLAUSE_BREAK_WORDS)})(?!\w)", _I)
_COMPARATIVE = re.compile(r"(?<!\w)(?:cao|thấp|nhiều|ít|lớn|nhỏ|tốt|nhanh|chậm|sớm|muộn)\s+$", _I)
_JOIN = re.compile(r"(?<!\w)(?:và|với|trong đó|cùng|còn|gồm|hoặc|đạt|chiếm)(?!\w)", _I)
_BRACKETS = '()[]"“”‘’«»'
_PUNCTUATION = ",.;:()[]-–—\"“”‘’«»'"
_DROP_WORDS = {"đã", "đang", "sẽ", "được", "đều"}


def _words(text: str) -> list[str]:
    words = (w.strip(_BRACKETS) for w in text.split() if _MASK not in w)
    return [w for w in words if w.strip(_PUNCTUATION)]


def _phrase_table(phrases: list[str]) -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
    """Phrases as word tuples grouped by length, longest first (see :func:`_strip_phrases`)."""
    lengths = sorted({len(p.split()) for p in phrases}, reverse=True)
    return tuple(
        (n, frozenset(tuple(p.split()) for p in phrases if len(p.split()) == n)) for n in lengths
    )


_LEAD_TABLE = _phrase_table(_LEAD_FILLERS)
_TRAIL_TABLE = _phrase_table(_TRAIL_FILLERS)
_STOP_TABLE = _phrase_table(_RIGHT_STOPS)
_STOP_FIRST_WORDS = frozenset(phrase[0] for n, stops in _STOP_TABLE for phrase in stops if n <= 3)


def _strip_phrases(
    words: list[str], table: tuple[tuple[int, frozenset[tuple[str, ...]]], ...], leading: bool
) -> list[str]:
    """Strip the longest phrase of ``table`` (:func:`_phrase_table`) from the start (or end) of
    ``words``, again and again (compared lower-cased, without trailing commas)."""
    lowered = [w.lower().strip(",") for w in words]
    changed = True
    while words and changed:
        changed = False
        for n, phrases in table:
            if len(words) < n:
                continue
            part = lowered[:n] if leading else lowered[-n:]
            if tuple(part) in phrases:
                words = words[n:] if leading else words[:-n]
                lowered = lowered[n:] if leading else lowered[:-n]
                changed = True
                break
    return words


def _left_words(text: str) -> list[str]:
    words = _words(text)
    words = _strip_phrases(words, _LEAD_TABLE, leading=True)
    return _strip_phrases(words, _TRAIL_TABLE, leading=False)


def _right_words(text: str) -> list[str]:
    words = _words(text)
    kept: list[str] = []
    for i, word in enumerate(words):
        lowered = word.lower()
        # A stop phrase starting here (of at most three words, as the window compared is);
        # most words start none, which one look-up tells.
        if lowered.strip(",") in _STOP_FIRST_WORDS:
            window = [w.lower().strip(",") for w in words[i : i + 3]]
            if any(n <= 3 and tuple(window[:n]) in stops for n, stops in _STOP_TABLE):
                break
        if lowered not in _DROP_WORDS:
            kept.append(word)
            if len(kept) == 12:
                break  # at most 12 words are kept: the rest is not looked at
    return _strip_phrases(kept, _TRAIL_TABLE, leading=False)


# ---------------------------------------------------------------------------------------------
# Extraction

_PER_100_NOUNS = ("thuê bao", "máy điện thoại", "máy", "người dùng", "tài khoản")
_PER_100 = re.compile(
    r"\s*(thuê bao|máy điện thoại|máy|người dùng|tài khoản)((?:\s+[^\s/,;.()#\d]+){0,4}?)"
    r"\s*(?:/|trên)\s*100\s*(người dân|dân|người|hộ gia đình|hộ dân|hộ)(?!\w)",
    _I,
)
_PER_100_BASE = {"người dân": "dân", "dân": "dân", "người": "dân", "hộ gia đình": "hộ"}
_PER_100_NOUN = {"máy điện thoại": "máy"}
_PERCENT = re.compile(r"\s*(%|phần trăm(?!\w))", _I)
_FRACTION = re.compile(rf"\s*/\s*({_NUM})(?!\d)(?![.,]\d)")
_OUT_OF = re.compile(
    rf"\s+trên\s+(?:tổng\s+số\s+|tổng\s+cộng\s+|tổng\s+|số\s+)?({_NUM})(?!\d)(?![.,]\d)", _I
)
_RANGE = re.compile(
    rf"\s*[-–—]\s*({_NUM})(?!\d)(?![.,]\d)|\s+(đến|tới|lên)\s+({_NUM})(?!\d)(?![.,]\d)", _I
)
_PER_TIME = re.compile(r"\s*/\s*(năm|tháng|ngày|tuần|quý|người|lượt)(?!\w)", _I)


@dataclass
class _Found:
    start: int  # start of the number (qualifier excluded)
    end: int
    value: float
    unit: str | None
    denominator: float | None
    qualifier: str | None = None
    qualifier_start: int | None = None
    unit_span: tuple[int, int] | None = None
    kind: str = "count"  # count | percent | rate | money | rank | ratio
    noun: str = ""  # for rates: "thuê bao di động"
    range_low: bool = False  # "từ 85" of "từ 85 đến 90%"
    range_high: bool = False  # "90%" of "từ 85 đến 90%"


@dataclass(frozen=True)
class _Unit:
    name: str
    end: int
    kind: str
    span: tuple[int, int]
    factor: Decimal = Decimal(1)  # the multiplier applied to counts ("1,5 triệu lượt")
    noun: str = ""


def _unit_after(vocab: Vocabulary, scan: str, pos: int) -> _Unit | None:
    """Read an optional multiplier, a unit and a per-unit suffix written at ``pos``."""
    multiplier, mult_word = None, ""
    mm = _MULTIPLIER_RE.match(scan, pos)
    if mm:
        mult_word = " ".join(mm.group(1).lower().split())
        multiplier = 1
        for word in mult_word.split():
            multiplier *= _MULTIPLIERS[word]
        pos = mm.end()
    unit = _unit_at(vocab, scan, pos, multiplier, mult_word)
    if unit is None:
        return None
    name, end, kind, span = unit
    if kind in ("count", "money"):
        per = _per_unit(vocab, scan, end)
        if per:
            name, end = name + per[0], per[1]
    noun = ""
    if kind == "rate":
        noun = scan[span[0] : span[1]]
        rate = _PER_100.match(scan, pos)
        if rate and rate.group(2).strip():
            noun += rate.group(2)
    factor = Decimal(multiplier) if multiplier and kind == "count" else Decimal(1)
    return _Unit(name, end, kind, span, factor, noun)


def _unit_at(
    vocab: Vocabulary, scan: str, pos: int, multiplier: int | None, mult_word: str
) -> tuple[str, int, str, tuple[int, int]] | None:
    """Return (unit, end, kind, unit span) for the unit written at ``pos``, if any."""
    m = _PERCENT.match(scan, pos)
    if m and multiplier is None:
        return "%", m.end(), "percent", m.span(1)
    m = _PER_100.match(scan, pos)
    if m and multiplier is None:
        noun = m.group(1).lower()
        base = m.group(3).lower()
        unit = f"{_PER_100_NOUN.get(noun, noun)}/100 {_PER_100_BASE.get(base, base)}"
        return unit, m.end(), "rate", m.span(1)
    m = vocab.money_re.match(scan, pos)
    if m:
        money = vocab.money_of_form[" ".join(m.group(1).lower().split())]
        unit = f"{mult_word} {money}" if mult_word else money
        return unit, m.end(), "money", m.span(1)
    m = vocab.unit_re.match(scan, pos)
    if m:
        blocked = vocab.not_unit_re.match(scan, pos)
        if blocked and blocked.end() >= m.end():
            return None
        unit = vocab.unit_of_form[" ".join(m.group(1).lower().split())]
        return unit, m.end(), "count", m.span(1)
    return None


_SLASH = re.compile(r"\s*/\s*")
_WORD_AFTER = re.compile(r"([^\W\d_]+)(?!\w)")


def _per_unit(vocab: Vocabulary, scan: str, pos: int) -> tuple[str, int] | None:
    """Return ("/cơ quan", end) for a per-unit suffix written at ``pos`` ("người/cơ quan")."""
    m = _PER_TIME.match(scan, pos)
    if m:
        return "/" + m.group(1).lower(), m.end()
    m = _SLASH.match(scan, pos)
    if m:
        unit = vocab.unit_re.match(scan, m.end())
        if unit:
            return "/" + vocab.unit_of_form[" ".join(unit.group(1).lower().split())], unit.end()
        word = _WORD_AFTER.match(scan, m.end())
        if word:
            return "/" + word.group(1).lower(), word.end()
    return None


def _read_figure(vocab: Vocabulary, scan: str, m: re.Match) -> list[_Found]:
    """Read the figure starting with the number matched by ``m`` (empty if not a figure)."""
    start, pos = m.start(1), m.end(1)
    number = _decimal(m.group(1))

    # x/y — a ratio, unless it is a day/month date.
    fm = _FRACTION.match(scan, pos)
    if fm:
        denominator = _decimal(fm.group(1))
        unit = _unit_after(vocab, scan, fm.end())
        if unit and unit.kind in ("count", "money"):
            return [_Found(start, unit.end, float(number), unit.name, float(denominator),
                           unit_span=unit.span, kind="ratio")]  # fmt: skip
        is_day_month = (
            "," not in m.group(1) + fm.group(1)
            and 1 <= number <= 31
            and 1 <= denominator <= 12
            and "." not in m.group(1) + fm.group(1)
        )
        if is_day_month or number > denominator:
            return []
        return [_Found(start, fm.end(), float(number), None, float(denominator), kind="ratio")]

    # Ranges: "85 - 90%", "từ 20 đến 30 lớp", "từ 250.000 đến 300.000 đồng/sào".
    rm = _RANGE.match(scan, pos)
    if rm:
        second = rm.group(1) or rm.group(3)
        to_word = (rm.group(2) or "-").lower()
        preceded_by_from = re.search(r"(?<!\w)từ\s*$", scan[:start], _I) is not None
        unit = _unit_after(vocab, scan, rm.end())
        if (
            unit
            and (to_word == "-" or preceded_by_from)
            and _decimal(second) > number
            and unit.kind in ("percent", "count", "money")
        ):
            low = _Found(start, pos, float(number * unit.factor), unit.name, None,
                         qualifier="từ" if preceded_by_from else None,
                         kind=unit.kind, range_low=True)  # fmt: skip
            if preceded_by_from:
                low.qualifier_start = scan[:start].lower().rstrip().rfind("từ")
            high = _Found(rm.start(1) if rm.group(1) else rm.start(3), unit.end,
                          float(_decimal(second) * unit.factor), unit.name, None,
                          qualifier=None if to_word == "lên" else "đến",
                          unit_span=unit.span, kind=unit.kind, range_high=True)  # fmt: skip
            high.qualifier_start = high.start if to_word == "-" else rm.start(2)
            return [low, high]

    unit = _unit_after(vocab, scan, pos)
    # "x trên (tổng số) y": a denominator.
    om = _OUT_OF.match(scan, unit.end if unit else pos)
    if om:
        denominator = _decimal(om.group(1))
        second_unit = _unit_after(vocab, scan, om.end())
        if denominator >= number and (unit or second_unit):
            if unit is None or (second_unit and second_unit.name == unit.name):
                chosen = second_unit if unit is None else unit
                end = second_unit.end if second_unit else om.end()
                return [_Found(start, end, float(number), chosen.name, float(denominator),
                               unit_span=chosen.span, kind="ratio")]  # fmt: skip
            if unit is not None and second_unit is None:
                return [_Found(start, om.end(), float(number), unit.name, float(denominator),
                               unit_span=unit.span, kind="ratio")]  # fmt: skip
    if unit is None:
        return []
    found = _Found(start, unit.end, float(number * unit.factor), unit.name, None,
                   unit_span=unit.span, kind=unit.kind)  # fmt: skip
    if unit.kind == "rate":
        found.noun = unit.noun
    return [found]


def _mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with every non-space character of ``spans`` replaced by _MASK."""
    pieces = []
    done = 0
    for start, end in sorted(spans):
        if end <= done:
            continue
        start = max(start, done)
        pieces += (text[done:start], _NOT_SPACE.sub(_MASK, text[start:end]))
        done = end
    return "".join([*pieces, text[done:]]) if pieces else text


_NOT_SPACE = re.compile(r"\S")
# "(?<![\d.,/])(\d{1,2})\s*/\s*(\d{1,2})(?![\d.,/])" with the look-behind after the first digit,
# so the search skips to digits.
_DAY_MONTH = re.compile(r"(\d(?<![\d.,/]\d)\d?)\s*/\s*(\d{1,2})(?![\d.,/])")


def _date_fraction_spans(scan: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Spans of "d/m" ratios that read as dates (kept out of subjects)."""
    spans = []
    for m in _DAY_MONTH.finditer(scan) if "/" in scan else ():
        if 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
            if not _unit_at(vocab, scan, m.end(), None, ""):
                spans.append(m.span())
    return spans


class _Qualifiers:
    """``vocab.qualifier_re.search(scan[start:end])`` for the stretches before a sentence's
    figures, each searched once (the stretch after one figure is the one before the next).

    The pattern ends in ``\\s*$`` and the sentences of :func:`split_sentences` have single
    spaces: a match is at most the longest qualifier and one space long, so only the
    stretch's last :attr:`reach` characters are searched (the first of them, whose
    look-behind would see nothing, is one too many to start a match). Searching whole
    stretches, from the sentence start for the first figure, measured at 7% of the time.
    """

    def __init__(self, vocab: Vocabulary, scan: str):
        self.pattern = vocab.qualifier_re
        self.reach = _qualifier_reach(vocab.qualifiers)
        self.scan = scan
        self.last: tuple[int, int, tuple[int, str] | None] = (-1, -1, None)

    def before(self, start: int, end: int) -> tuple[int, str] | None:
        """(where the qualifier starts in ``scan``, the qualifier as written) or None."""
        last_start, last_end, found = self.last
        if start == last_start and end == last_end:
            return found
        tail = max(start, end - self.reach)
        q = self.pattern.search(self.scan[tail:end])
        found = (tail + q.start(1), q.group(1)) if q else None
        self.last = (start, end, found)
        return found


@lru_cache(maxsize=16)
def _qualifier_reach(qualifiers: tuple[str, ...]) -> int:
    """Characters of a stretch that can hold its trailing qualifier (see :class:`_Qualifiers`).

    >>> _qualifier_reach(("gần như", "hơn"))
    9
    """
    return max((len(" ".join(q.split())) for q in qualifiers), default=0) + 2


# A number followed by "/": the numerator of a ratio, if the denominator follows.
_BEFORE_SLASH = re.compile(_NUM_RE.pattern + r"(?=\s*/)")


def _may_hold_figure(sentence: str, vocab: Vocabulary) -> bool:
    """False only where :func:`_extract_sentence` finds no figure other than a rank.

    Every other figure ends in a number followed by a unit (:meth:`Vocabulary.unit_screen`),
    or is a ratio "x/y" without one, which is refused when it reads as a day/month or when
    x > y. Masking (:func:`non_figure_spans`) only hides text: a number read after masking is
    in the sentence, followed by the same unit; a denominator read after masking is the
    sentence's or a shorter one (masked digits cut it), never larger, and a day/month stays
    one. So a sentence whose every "x/y" is refused here holds no ratio without a unit. A
    fraction not read here (its denominator runs on) counts as a figure. Most sentences
    without figures are skipped this way: masking and reading them measured at 47 µs a
    sentence of the bench corpus, this at 3.

    >>> vocab = load_vocabulary()
    >>> [_may_hold_figure(s, vocab) for s in ("Ngày 30/6, tỉnh họp.", "Đạt 612/640 trường.")]
    [False, True]
    >>> _may_hold_figure("Từ tháng 10/2023.", vocab), _may_hold_figure("Có 5 xã.", vocab)
    (True, True)
    """
    if vocab.unit_screen().search(sentence):
        return True
    if "/" not in sentence:
        return False
    for m in _BEFORE_SLASH.finditer(sentence):
        fm = _FRACTION.match(sentence, m.end(1))
        if fm is None:
            return True
        number, denominator = _decimal(m.group(1)), _decimal(fm.group(1))
        is_day_month = (
            "," not in m.group(1) + fm.group(1)
            and 1 <= number <= 31
            and 1 <= denominator <= 12
            and "." not in m.group(1) + fm.group(1)
        )
        if not is_day_month and number <= denominator:
            return True
    return False


def _extract_sentence(sentence: str, vocab: Vocabulary, screen: bool = True) -> list[Indicator]:
    """The figures of one sentence of :func:`split_sentences` (``screen``: skip sentences that
    :func:`_may_hold_figure` rules out; off only to test that it changes nothing)."""
    found: list[_Found] = []
    rank_spans = []
    lowered = _lowered(sentence)
    has_rank_words = any(w in lowered for w in _RANK_WORDS)
    if screen and not has_rank_words and not _may_hold_figure(sentence, vocab):
        return []
    ranks = _RANK.finditer(sentence) if has_rank_words else ()
    for m in ranks:
        denominator = float(m.group(2)) if m.group(2) else None
        found.append(_Found(m.start(1), m.end(), float(m.group(1)), "hạng", denominator,
                            kind="rank"))  # fmt: skip
        found[-1].qualifier_start = m.start()
        rank_spans.append(m.span())
    masked_spans = _non_figure_spans(sentence, lowered, True)  # split_sentences: single spaces
    if rank_spans:
        masked_spans = [
            (s, e, k)
            for s, e, k in masked_spans
            if not any(s < re_ and rs < e for rs, re_ in rank_spans)
        ]
    scan = _mask(sentence, [(s, e) for s, e, _ in masked_spans] + rank_spans)
    scan = _mask(scan, _date_fraction_spans(scan, vocab))
    # Subjects keep technology names ("4G") and versions, but not dates, documents, phones.
    subject_source = _mask(sentence, [(s, e) for s, e, k in masked_spans if k != "version"])
    subject_source = _mask(subject_source, _date_fraction_spans(scan, vocab))

    consumed_to = -1
    for m in _NUM_RE.finditer(scan):
        if m.start() < consumed_to:
            continue
        figures = _read_figure(vocab, scan, m)
        if figures:
            consumed_to = figures[-1].end
            found.extend(figures)
    found.sort(key=lambda f: f.start)

    results: list[Indicator] = []
    if not found:
        return results
    # No clause break where the sentence lacks all of their words (lower-cased as re.I sees it).
    clause_breaks = any(word in lowered for word in _CLAUSE_BREAK_WORDS)
    qualifiers = _Qualifiers(vocab, scan)
    previous_subject = ""
    previous_end = 0
    for i, f in enumerate(found):
        # Qualifier: the bound word nearest before the number.
        if f.qualifier is None and f.kind != "rank":
            q = qualifiers.before(previous_end, f.start)
            if q and _COMPARATIVE.search(scan[previous_end : q[0]]):
                q = None  # "cao hơn 15%" is a difference of 15%, not "more than 15%"
            if q:
                f.qualifier = q[1].lower()
                f.qualifier_start = q[0]
        left_end = f.qualifier_start if f.qualifier_start is not None else f.start
        next_start = len(sentence)
        if i + 1 < len(found):
            nxt = found[i + 1]
            next_start = nxt.start
            q = qualifiers.before(f.end, nxt.start)
            if q and nxt.kind != "rank":
                next_start = q[0]
            elif nxt.qualifier_start is not None:
                next_start = min(next_start, nxt.qualifier_start)
        # Only boundaries ending after the previous figure count: they are searched from its
        # end, where a search from the start is in the same state unless a " - " boundary
        # spans it (the character before is then a space or a dash; searched from the start).
        before_end = subject_source[previous_end - 1 : previous_end]
        spanned = before_end.isspace() or before_end in _DASHES
        clause_start = previous_end
        for b in _BOUNDARY.finditer(subject_source, 0 if spanned else previous_end, left_end):
            clause_start = max(clause_start, b.end())
        after = _BOUNDARY.search(subject_source, f.end)
        clause_end = min(next_start, after.start() if after else len(sentence))
        left_text = subject_source[clause_start:left_end]
        if found[:i] and clause_start == previous_end:
            # The text between two figures of one clause belongs to the first, up to a joining
            # word: "990 dịch vụ công toàn trình và 612 dịch vụ công một phần".
            joins = list(_JOIN.finditer(left_text))
            left_text = left_text[joins[-1].end() :] if joins else ""
        left = _left_words(left_text)
        right = _right_words(subject_source[f.end : max(f.end, clause_end)])
        if f.range_low:
            right = []
        if f.kind in ("count", "ratio") and f.unit_span:
            unit_text = sentence[f.unit_span[0] : f.unit_span[1]]
            if fold(unit_text) in fold(" ".join(left)):
                words = left + right
            else:
                words = left + [unit_text] + right
        elif f.kind == "rate":
            words = left or f.noun.split()
        elif f.kind == "rank":
            words = left or right
        else:
            words = left + right
        # The wider context: back to the start of the sentence (or of the part after ";" or a
        # clause break like "trong khi"), forward to the end of the figure's own clause.
        starts = [b.end() for b in _WIDE_BOUNDARY.finditer(subject_source, 0, left_end)]
        if clause_breaks:
            starts += [b.end() for b in _CLAUSE_BREAK.finditer(subject_source, 0, left_end)]
        wide_start = max([0, *starts])
        context = subject_source[wide_start : max(f.end, clause_end)]
        subject = " ".join(words).strip(" ,")
        if f.range_high and results:
            subject = " ".join([results[-1].subject, *right]).strip()
        if not subject:
            subject = previous_subject
        if not subject:
            subject = " ".join(_left_words(subject_source[wide_start:left_end])[-10:]).strip(" ,")
        key = vocab.key_for(
            f.unit,
            subject,
            context,
            ratio=f.denominator is not None and f.kind == "ratio",
            counted=" ".join(right),
        )
        text_start = f.qualifier_start if f.qualifier_start is not None else f.start
        results.append(
            Indicator(
                value=f.value,
                unit=f.unit,
                denominator=f.denominator,
                qualifier=f.qualifier,
                subject=subject,
                indicator=key,
                sentence=sentence,
                text=sentence[text_start : f.end].strip(),
                span=(text_start, f.end),
            )
        )
        previous_subject = subject
        previous_end = f.end
    return results


def extract_indicators(body: str) -> list[Indicator]:
    """Return the figures stated in an article body, sentence by sentence.

    >>> [(i.value, i.unit, i.indicator) for i in extract_indicators(
    ...     "Đến nay, 98% vùng dân cư đã phủ sóng di động 4G.")]
    [(98.0, '%', 'coverage_4g')]
    >>> extract_indicators("Theo Kế hoạch số 3609/KH-BĐHCĐS ngày 17/12/2021 của tỉnh.")
    []
    """
    vocab = load_vocabulary()
    results: list[Indicator] = []
    # Every figure holds a decimal digit (\d); a sentence without one holds none.
    for sentence in _split_sentences(body or "", with_digits_only=True):
        results.extend(_extract_sentence(sentence, vocab))
    return results
