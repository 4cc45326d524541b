"""Is this article digital-transformation (chuyển đổi số, CĐS) news? A pure, explainable scorer.

The vocabulary lives in ``relevance_terms.yaml`` (weighted terms, their spellings and the false
friends that disqualify a match). Scoring, for every canonical term ``t`` with weight ``w``::

    contribution(t) = w * (TITLE_WEIGHT * f(title count) + f(body count) / length_factor)
    f(0) = 0,  f(n) = 1 + ln(n)          # repeated mentions count with diminishing weight
    length_factor = max(1, body words / REFERENCE_WORDS) ** LENGTH_EXPONENT
    score = sum of contributions;  relevant = score >= threshold

Matching is done on the folded text (:func:`dtcrawl.text.fold`: lower case, no diacritics, đ→d)
with word boundaries, so "CHUYEN DOI SO", "chuyển đổi sô" and "CĐS" all count. Two guards keep
folding from merging different words: a syllable written *with* diacritics must not carry a mark
the term's spelling lacks ("ký sổ vàng" is not "ký số", "Sở Y tế" is not "… số"), and short
letter groups that are also words (IOC, SOC, DTI, AI) are matched case-sensitively on the original.

Why not a library: rapidfuzz/flashtext-style keyword extractors match folded keywords but know
nothing of Vietnamese tone marks, so they cannot tell "số" from "sở" once folded, nor refuse
"chuyển đổi số liệu"; a single compiled regex with look-aheads does both and stays fast.

>>> r = score_relevance("Lam Giang đẩy mạnh dịch vụ công trực tuyến toàn trình", "")
>>> r.relevant, r.terms
(True, {'dịch vụ công trực tuyến': 1, 'toàn trình': 1})
"""

from __future__ import annotations

import functools
import math
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml

from dtcrawl.packaged import load_packaged_yaml
from dtcrawl.text import aligned_fold_body, fold, is_tidy, normalize_line

DEFAULT_THRESHOLD = 4.0
"""Score at or above which an article is digital-transformation news."""

TITLE_WEIGHT = 2.0
"""A mention in the title counts this many times a mention in the body."""

REFERENCE_WORDS = 150
"""Bodies longer than this many words have their body contributions scaled down ..."""

LENGTH_EXPONENT = 0.5
"""... by (words / REFERENCE_WORDS) ** LENGTH_EXPONENT, i.e. "a little"."""

EXCLUDE_WINDOW = 150
"""Characters either side of a match searched for a term's ``exclude_near`` words."""

_NUMBER = "NUMBER"


@dataclass(frozen=True)
class Relevance:
    """The verdict on one article, with everything needed to explain it."""

    score: float
    relevant: bool
    terms: dict[str, int]
    """Canonical term → number of matches (title and body together)."""
    threshold: float = DEFAULT_THRESHOLD
    title_terms: dict[str, int] = field(default_factory=dict)
    body_terms: dict[str, int] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=dict)
    contributions: dict[str, float] = field(default_factory=dict)
    length_factor: float = 1.0

    def top_terms(self, n: int = 5) -> list[tuple[str, float]]:
        """The ``n`` terms that contributed most to the score, largest first."""
        ranked = sorted(self.contributions.items(), key=lambda item: (-item[1], item[0]))
        return ranked[:n]

    def explain(self) -> str:
        """One line per matched term (weight, counts, contribution), then the verdict.

        >>> print(score_relevance("Họp không giấy", "Sở triển khai họp không giấy.").explain())
        họp không giấy: weight 2.5 × (title 1, body 1) = 7.50
        score 7.50 ≥ threshold 4.00: relevant
        """
        lines = []
        for term, contribution in self.top_terms(len(self.contributions)):
            lines.append(
                f"{term}: weight {self.weights[term]:g} × (title {self.title_terms.get(term, 0)},"
                f" body {self.body_terms.get(term, 0)}) = {contribution:.2f}"
            )
        if self.length_factor > 1:
            lines.append(f"body contributions divided by length factor {self.length_factor:.2f}")
        verdict = "relevant" if self.relevant else "not relevant"
        sign = "≥" if self.relevant else "<"
        lines.append(f"score {self.score:.2f} {sign} threshold {self.threshold:.2f}: {verdict}")
        return "\n".join(lines)


@dataclass(frozen=True)
class _Form:
    term: str
    spelling: str  # lower-case NFC spelling from the vocabulary, same length as its folded form
    exclude_near: tuple[str, ...]


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    folded = fold(ch)
    return folded if len(folded) == 1 else ch.lower() if len(ch.lower()) == 1 else ch


@functools.cache  # built on first use (60 ms: every code point is looked at once)
def _aligned_fold_table() -> dict[int, int | str]:
    """``str.translate`` table of :func:`_fold_char` for every character it changes.

    A character changes only if :func:`dtcrawl.text.fold` maps it (accented Latin letters,
    combining marks and đ, all below U+3000) or if it has a lower case; the others map to
    themselves, which ``translate`` does for a missing key. Those below U+3000 are listed too,
    as a missing key costs an exception. A plain dict: ``translate`` measured 1.5x slower
    through a dict subclass filling itself (``__missing__``).
    """
    table: dict[int, int | str] = {}
    for code in range(0x3000):
        folded = _fold_char(chr(code))
        table[code] = code if folded == chr(code) else folded
    for code in _lowered_above(0x3000):
        table[code] = _fold_char(chr(code))
    return table


def _lowered_above(start: int) -> list[int]:
    """The code points from ``start`` on that have a lower case (``ch.lower() != ch``).

    All of them lowered at once and compared as arrays: testing the million code points one by
    one measured 57 ms a process (the cleaning worker builds the table at its first article),
    this 21 ms. Where a lower case above ``start`` is longer than one character (none in
    Python 3.11's Unicode tables) the one-by-one test is used.
    """
    codes = np.arange(start, sys.maxunicode + 1, dtype=np.uint32)
    chars = codes.tobytes().decode("utf-32-le", "surrogatepass")
    lowered = chars.lower()
    if len(lowered) != len(chars):
        return [ord(ch) for ch in chars if ch.lower() != ch]
    lowered_codes = np.frombuffer(lowered.encode("utf-32-le", "surrogatepass"), np.uint32)
    return codes[lowered_codes != codes].tolist()


def _fold_aligned(text: str) -> str:
    """Fold ``text`` character by character so that offsets match the original.

    >>> _fold_aligned("Chuyển ĐỔI số")
    'chuyen doi so'
    """
    return text.translate(_aligned_fold_table())


@functools.lru_cache(maxsize=4096)
def _word_pattern(word: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")


@functools.lru_cache(maxsize=4096)
def _marks(ch: str) -> frozenset[str]:
    """The diacritics on one character (tone and vowel marks, plus the stroke of đ)."""
    ch = ch.lower()
    if ch == "đ":
        return frozenset({"stroke"})
    return frozenset(c for c in unicodedata.normalize("NFD", ch) if unicodedata.combining(c))


@functools.lru_cache(maxsize=16_384)  # the same few spellings recur in every article
def _syllables_compatible(original: str, spelling: str) -> bool:
    """True unless a syllable of ``original`` carries a diacritic its ``spelling`` lacks.

    >>> _syllables_compatible("chuyển đổi sô", "chuyển đổi số")
    True
    >>> _syllables_compatible("ký sổ", "ký số")
    False
    """
    start = 0
    for end in [*(i for i, ch in enumerate(spelling) if ch == " "), len(spelling)]:
        have = set().union(*map(_marks, original[start:end]))
        allowed = set().union(*map(_marks, spelling[start:end]))
        if not have <= allowed:
            return False
        start = end + 1
    return True


def _trie_alternation(alternatives: list[tuple[str, str]]) -> str:
    """A regex matching what ``(?:P1|P2|…)(?!\\w)`` matches, ``Pi`` being a literal ``text``
    then its ``lookahead`` (``(text, pattern)`` pairs with ``pattern`` = escaped text +
    lookahead), written as a trie of the texts: at each node the longer continuations are tried
    before the match ending there, as the plain alternation tries longer texts first.

    >>> print(_trie_alternation([("kyso", "kyso"), ("ky", "ky(?!x)")]))
    ky(?:so(?!\\w)|(?:(?!x))(?!\\w))
    >>> _trie_alternation([])
    '(?!)'
    """
    if not alternatives:
        return "(?!)"  # an empty alternation would match everywhere: this never matches
    root: dict = {}
    for text, pattern in alternatives:
        node = root
        for char in text:
            node = node.setdefault(char, {})
        node.setdefault("", []).append(pattern[len(re.escape(text)) :])  # its lookahead

    def regex(node: dict) -> str:
        branches = []
        for char, child in node.items():
            if char == "":
                continue
            literal = char
            while len(child) == 1 and "" not in child:  # a chain of single letters
                ((char, child),) = child.items()
                literal += char
            branches.append(re.escape(literal) + regex(child))
        if "" in node:
            ends = "|".join(dict.fromkeys(node[""]))  # in order; "" always succeeds
            branches.append(f"(?:{ends})(?!\\w)" if ends != "" else "(?!\\w)")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return regex(root)


class RelevanceModel:
    """A compiled vocabulary. Build once (see :func:`default_model`), score many articles."""

    def __init__(self, entries: list[dict]):
        self.weights: dict[str, float] = {}
        self._folded_forms: dict[str, list[_Form]] = {}
        self._abbreviations: dict[str, _Form] = {}
        folded_alternatives: list[tuple[str, str]] = []
        for entry in entries:
            term = entry["term"]
            if term in self.weights:
                raise ValueError(f"duplicate term {term!r} in relevance vocabulary")
            self.weights[term] = float(entry["weight"])
            exclude = tuple(fold(w) for w in entry.get("exclude_near", []))
            lookahead = self._lookahead(entry.get("not_followed_by", []))
            for spelling in entry.get("forms", []):
                spelling = unicodedata.normalize("NFC", str(spelling)).lower()
                folded = _fold_aligned(spelling)
                self._folded_forms.setdefault(folded, []).append(_Form(term, spelling, exclude))
                folded_alternatives.append((folded, re.escape(folded) + lookahead))
            for abbreviation in entry.get("abbreviations", []):
                for variant in {abbreviation, abbreviation.replace("Đ", "D")}:
                    self._abbreviations[variant] = _Form(term, variant, exclude)
        for folded, forms in self._folded_forms.items():
            if len({form.term for form in forms}) > 1:
                raise ValueError(f"form {folded!r} belongs to several terms")
        # Longest first, so that at one position "chữ ký số" wins over "ký số".
        folded_alternatives.sort(key=lambda pair: len(pair[0]), reverse=True)
        self._folded_alternatives = folded_alternatives
        # The forms as a trie ("chuyen doi so|chuyen doi so lieu" → "chuyen doi so(?: lieu)?"):
        # the same matches as the plain alternation, longest first, but each position is
        # tried against a few first letters instead of every form (a third of the time).
        self._folded_regex = re.compile(rf"(?<!\w){_trie_alternation(folded_alternatives)}")
        abbreviations = sorted(self._abbreviations, key=len, reverse=True)
        # "(?<!\w)(?:DTI|IOC|…)(?!\w)" with the look-behind moved after each first letter
        # (where it sees the same character): a pattern starting with letters lets the search
        # skip in C to the few places holding one (3.5x faster than trying every position).
        alternation = "|".join(
            re.escape(a[0]) + r"(?<!\w[\s\S])" + re.escape(a[1:]) for a in abbreviations
        )
        self._abbreviation_regex = re.compile(rf"(?:{alternation or '(?!)'})(?!\w)")
        # (matched text, its spelling) → the form it is, or None: the same few spellings recur.
        self._form_cache: dict[tuple[str, str], _Form | None] = {}

    @staticmethod
    def _lookahead(phrases: list[str]) -> str:
        parts = []
        for phrase in phrases:
            if phrase == _NUMBER:
                parts.append(r" ?\d")
            else:
                parts.append(" " + re.escape(fold(phrase)) + r"(?!\w)")
        return f"(?!{'|'.join(parts)})" if parts else ""

    @classmethod
    def from_yaml(cls, path: str | Path) -> RelevanceModel:
        """Load a vocabulary file shaped like ``dtcrawl/relevance_terms.yaml``."""
        with open(path, encoding="utf-8") as handle:
            return cls(yaml.safe_load(handle)["terms"])

    def count_terms(self, text: str) -> dict[str, int]:
        """Canonical term → number of matches in ``text`` (one line or many).

        >>> default_model().count_terms("Chuyển đổi số liệu sang Excel; CHUYEN DOI SO; CĐS.")
        {'chuyển đổi số': 2}
        """
        return self._count_line(normalize_line(text))

    def _count_line(self, original: str, folded: str | None = None) -> dict[str, int]:
        """:meth:`count_terms` of a text already through :func:`normalize_line`; ``folded``:
        its :func:`_fold_aligned`, if known."""
        if folded is None:
            folded = _fold_aligned(original)
        counts: dict[str, int] = {}
        for match in self._folded_regex.finditer(folded):
            start, end = match.span()
            form = self._form_of(match.group(), original[start:end])
            if form is None or (form.exclude_near and self._excluded(form, folded, start, end)):
                continue
            counts[form.term] = counts.get(form.term, 0) + 1
        for match in self._abbreviation_regex.finditer(original):
            form = self._abbreviations[match.group()]
            if not self._excluded(form, folded, *match.span()):
                counts[form.term] = counts.get(form.term, 0) + 1
        return counts

    def _form_of(self, folded_match: str, written: str) -> _Form | None:
        """The first form spelt ``folded_match`` whose syllables ``written`` is compatible with."""
        key = (folded_match, written)
        if key in self._form_cache:
            return self._form_cache[key]
        span = written.lower()
        form = next(
            (
                f
                for f in self._folded_forms[folded_match]
                if _syllables_compatible(span, f.spelling)
            ),
            None,
        )
        if len(self._form_cache) >= 20_000:  # a bound for a process that scores for years
            self._form_cache.clear()
        self._form_cache[key] = form
        return form

    @staticmethod
    def _excluded(form: _Form, folded: str, start: int, end: int) -> bool:
        if not form.exclude_near:
            return False
        window = folded[max(0, start - EXCLUDE_WINDOW) : end + EXCLUDE_WINDOW]
        return any(w in window and _word_pattern(w).search(window) for w in form.exclude_near)

    def score(self, title: str, body: str, *, threshold: float | None = None) -> Relevance:
        """Score one article; see :func:`score_relevance`."""
        threshold = DEFAULT_THRESHOLD if threshold is None else threshold
        title_terms = self.count_terms(title)
        body_line, folded_line = _line_forms(body)
        body_terms = self._count_line(body_line, folded_line)
        words = body_line.count(" ") + 1 if body_line else 0  # single spaces, no strip needed
        length_factor = max(1.0, words / REFERENCE_WORDS) ** LENGTH_EXPONENT
        contributions: dict[str, float] = {}
        for term in title_terms.keys() | body_terms.keys():
            weight = self.weights[term]
            title_part = TITLE_WEIGHT * _repeat_factor(title_terms.get(term, 0))
            body_part = _repeat_factor(body_terms.get(term, 0)) / length_factor
            contributions[term] = round(weight * (title_part + body_part), 4)
        terms = {
            term: title_terms.get(term, 0) + body_terms.get(term, 0)
            for term in sorted(contributions, key=lambda t: (-contributions[t], t))
        }
        score = round(sum(contributions.values()), 4)
        return Relevance(
            score=score,
            relevant=score >= threshold,
            terms=terms,
            threshold=threshold,
            title_terms=title_terms,
            body_terms=body_terms,
            weights={term: self.weights[term] for term in terms},
            contributions=contributions,
            length_factor=round(length_factor, 4),
        )


def _line_forms(body: str) -> tuple[str, str]:
    """``normalize_line(body)`` and its :func:`_fold_aligned`.

    A tidy body (:func:`dtcrawl.text.is_tidy`, as the cleaner's are) is its own
    ``normalize_line`` but for its line breaks, and its fold (which the fingerprint reuses)
    is its aligned fold when each character folds to one
    (:func:`dtcrawl.text.aligned_fold_body`): both are had for two ``str.replace`` each
    (normalising and folding the body again measured at 40% of scoring).

    >>> _line_forms("Chuyển đổi số\\n\\nTỉnh Lam Giang")
    ('Chuyển đổi số Tỉnh Lam Giang', 'chuyen doi so tinh lam giang')
    """
    folded = aligned_fold_body(body) if is_tidy(body) else None
    if folded is not None:
        line = body.replace("\n\n", " ").replace("\n", " ")
        return line, folded.replace("\n\n", " ").replace("\n", " ")
    line = normalize_line(body)
    return line, _fold_aligned(line)


def _repeat_factor(count: int) -> float:
    """Diminishing weight of repeated mentions: 0, 1, 1.69, 2.10, … (1 + ln n)."""
    return 0.0 if count <= 0 else 1.0 + math.log(count)


@functools.lru_cache(maxsize=1)
def default_model() -> RelevanceModel:
    """The model built from the packaged ``relevance_terms.yaml`` (loaded once, then cached)."""
    return RelevanceModel(load_packaged_yaml("relevance_terms.yaml")["terms"])


def score_relevance(title: str, body: str, *, threshold: float | None = None) -> Relevance:
    """Score an article as digital-transformation news, with the evidence.

    ``threshold`` defaults to :data:`DEFAULT_THRESHOLD`.

    >>> score_relevance("Giá lúa tăng", "Nông dân phấn khởi vì giá lúa tăng.").relevant
    False
    >>> score_relevance("CHUYEN DOI SO o xa Tan Hoa", "").terms
    {'chuyển đổi số': 1}
    """
    return default_model().score(title, body, threshold=threshold)
