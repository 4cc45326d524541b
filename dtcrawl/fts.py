"""Queries for the archive's full-text index, which keeps no positions (pure: no I/O).

Since archive schema 5 ``articles_fts`` is an FTS5 table with ``detail=none``: it records which
rows hold a token, not where, so it is 8x smaller than a positional index and answers token
queries 2-3x faster, but it rejects phrase (``"chuyen doi so"``), ``NEAR`` and column-filter
(``title: ...``) queries. A phrase search therefore runs in two steps:

1. :func:`fts_tokens_query` turns the query into an AND of its folded tokens, which the index
   answers (every row holding all the words: a superset of the rows holding the phrase);
2. :func:`phrase_matches` keeps the candidates whose text holds the words in a row.

Both steps fold the text the way the index does (:func:`dtcrawl.text.fold`: lower case, no
diacritics, đ→d) and split words the way FTS5's ``unicode61`` tokenizer does (letters and
digits; everything else separates).
"""

from __future__ import annotations

import re
from functools import lru_cache

from dtcrawl.text import fold

# unicode61 token characters are letters, digits and private-use characters; ``_`` separates.
_TOKEN = re.compile(r"[^\W_]+")
_WORD_CHAR = r"[^\W_]"


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


@lru_cache(maxsize=512)
def _phrase_pattern(tokens: tuple[str, ...]) -> re.Pattern:
    body = r"[\W_]+".join(re.escape(token) for token in tokens)
    return re.compile(rf"(?<!{_WORD_CHAR}){body}(?!{_WORD_CHAR})")


def phrase_count(text: str | None, phrase: str) -> int:
    """Return how many times the words of ``phrase`` occur in a row in ``text`` (both folded).

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
    return sum(1 for _ in _phrase_pattern(tokens).finditer(fold(text)))


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
    return _phrase_pattern(tokens).search(fold(text)) is not None
