"""Queries for the archive's full-text index, which keeps no positions (pure: no I/O).

Since archive schema 5 ``articles_fts`` is an FTS5 table with ``detail=none``: it records which
rows hold a token, not where, so it is 8x smaller than a positional index and answers token
queries 2-3x faster, but it rejects phrase (``"chuyen doi so"``), ``NEAR`` and column-filter
(``title: ...``) queries. A phrase search therefore runs in two steps:

1. :func:`fts_tokens_query` turns the query into an AND of its folded tokens, which the index
   answers (every row holding all the words: a superset of the rows holding the phrase);
2. :func:`phrase_matches` keeps the candidates whose text holds the words in a row.

Both steps match as the index does (:func:`dtcrawl.text.fold`: case and diacritics ignored,
đ→d) and split words the way FTS5's ``unicode61`` tokenizer does (letters and digits; everything
else separates). The second step reads the text as stored, accents and all
(:func:`words_pattern`, :func:`word_matches`); the search plugin's checks, snippets and
highlights use the same two functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from dtcrawl.text import fold

# unicode61 token characters are letters, digits and private-use characters; ``_`` separates.
_TOKEN = re.compile(r"[^\W_]+")


def query_tokens(query: str) -> list[str]:
    """Return the folded tokens of ``query`` in order (operators and quotes are just text).

    >>> query_tokens('"Chuyển đổi số" - CĐS!')
    ['chuyen', 'doi', 'so', 'cds']
    """
    return _TOKEN.findall(fold(query or ""))


def fts_tokens_query(query: str) -> str:
    """Return an FTS5 MATCH expression: every distinct folded token of ``query``, ANDed.

    Each token is quoted, so nothing the user types is read as FTS5 syntax. Returns ``""``
    for a query without words (FTS5 rejects an empty MATCH: check before querying).

    >>> fts_tokens_query("Chuyển đổi số ở ĐỔI mới")
    '"chuyen" AND "doi" AND "so" AND "o" AND "moi"'
    >>> fts_tokens_query(' " NEAR( ')
    '"near"'
    >>> fts_tokens_query("  ")
    ''
    """
    return " AND ".join(f'"{token}"' for token in dict.fromkeys(query_tokens(query)))


def _letter_classes() -> dict[str, str]:
    """For each folded letter, a regex class of every character that folds to it.

    >>> _letter_classes()["d"]
    '[DdĎďĐđḊḋḌḍḎḏḐḑḒḓ]'
    """
    variants: dict[str, set[str]] = {}
    for code in [*range(0x30, 0x250), *range(0x1E00, 0x1F00)]:
        folded = fold(chr(code))
        if len(folded) == 1 and folded.isalnum():
            variants.setdefault(folded, {folded}).add(chr(code))
    return {
        letter: "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"
        for letter, chars in variants.items()
        if len(chars) > 1
    }


_LETTER_CLASSES = _letter_classes()
_MARKS = "[\u0300-\u036f]*"  # combining marks, in text that is not NFC (windows-1258 pages)


def words_pattern(tokens: Sequence[str], prefix: bool = False) -> str:
    """Regex source finding the folded ``tokens`` as consecutive words in UNFOLDED text.

    Every letter is a class of its accented and upper-case forms, optionally followed by
    combining marks, so the text need not be folded first: on 3,000-character bodies, fold()
    then a regex with a leading look-behind took 0.4 ms, this 0.01 ms (measured on the 100k
    synthetic archive). The end of the last word and the start of the first are the caller's
    to check (:func:`word_matches`): a leading look-behind is what made the other slow.
    ``prefix``: the last token may be the start of a longer word.

    >>> re.search(words_pattern(["chuyen", "doi"]), "Đẩy mạnh CHUYỂN-ĐỔI số").group()
    'CHUYỂN-ĐỔI'
    """
    words = [
        "".join(_LETTER_CLASSES.get(ch, re.escape(ch)) + _MARKS for ch in token) for token in tokens
    ]
    return r"[\W_]+".join(words) + (r"[^\W_]*" if prefix else "")


def word_matches(text: str, finder: re.Pattern) -> Iterator[re.Match]:
    """The non-overlapping matches of ``finder`` in ``text`` that start a word.

    ``finder`` ends with its own word-end check (``(?![^\\W_])``); a word starts where no
    letter or digit comes just before (the combining marks of that letter skipped).
    """
    pos = 0
    while match := finder.search(text, pos):
        before = match.start() - 1
        while before >= 0 and "\u0300" <= text[before] <= "\u036f":
            before -= 1  # the marks of the letter before
        if before < 0 or not text[before].isalnum():
            yield match
            pos = match.end()
        else:
            pos = match.start() + 1


@lru_cache(maxsize=512)
def _phrase_pattern(tokens: tuple[str, ...]) -> re.Pattern:
    return re.compile(f"{words_pattern(tokens)}(?![^\\W_])")


def phrase_count(text: str | None, phrase: str) -> int:
    """Return how many times the words of ``phrase`` occur in a row in ``text`` (accents and
    case ignored).

    Words match whole, with any punctuation or spaces between them, as in an FTS5 phrase.

    >>> phrase_count("Chuyển đổi số, chuyển-đổi-số; chuyển đổi số hóa", "chuyen doi so")
    3
    >>> phrase_count("Đẩy mạnh chuyển đổi sổ sách", "chuyen doi so")
    1
    >>> phrase_count("chuyển đổi sốt", "chuyen doi so")
    0
    """
    tokens = tuple(query_tokens(phrase))
    if not tokens or not text:
        return 0
    return sum(1 for _ in word_matches(text, _phrase_pattern(tokens)))


def phrase_matches(text: str | None, phrase: str) -> bool:
    """Whether ``text`` holds the words of ``phrase`` in a row (folded, whole words).

    >>> phrase_matches("Tỉnh đẩy mạnh CHUYỂN ĐỔI SỐ.", "chuyển đổi số")
    True
    >>> phrase_matches("Chuyển giao, đổi mới, số hóa", "chuyen doi so")
    False
    >>> phrase_matches("", "chuyen")
    False
    """
    tokens = tuple(query_tokens(phrase))
    if not tokens or not text:
        return False
    return next(word_matches(text, _phrase_pattern(tokens)), None) is not None
