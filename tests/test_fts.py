"""Token queries and phrase checks for the position-less full-text index (dtcrawl.fts)."""

from __future__ import annotations

import sqlite3

import pytest

from dtcrawl.fts import fts_tokens_query, phrase_count, phrase_matches, query_tokens
from dtcrawl.text import fold


@pytest.fixture
def index():
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE f USING fts5(title, body, content = '', detail = none, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    texts = {
        1: ("Chuyển đổi số", "Tỉnh Lam Giang đẩy mạnh chuyển đổi số."),
        2: ("Đổi mới", "Số hóa hồ sơ, chuyển giao công nghệ và đổi mới."),
        3: ("Quyết định 749/QĐ-TTg", "Triển khai Quyết định số 749/QĐ-TTg của Thủ tướng."),
    }
    conn.executemany(
        "INSERT INTO f(rowid, title, body) VALUES (?, ?, ?)",
        [(rowid, fold(t), fold(b)) for rowid, (t, b) in texts.items()],
    )
    yield conn, texts
    conn.close()


def search(index, query: str) -> list[int]:
    """The two-step search: token query on the index, then the phrase on the text."""
    conn, texts = index
    expression = fts_tokens_query(query)
    if not expression:
        return []
    rowids = [r[0] for r in conn.execute("SELECT rowid FROM f WHERE f MATCH ?", (expression,))]
    return sorted(r for r in rowids if any(phrase_matches(t, query) for t in texts[r]))


def test_token_query_is_accepted_by_a_detail_none_index_whatever_the_user_types(index):
    conn, _ = index
    for query in ['"chuyển đổi số"', "title: x", "NEAR(a b)", 'a" OR (b', "số*", "749/QĐ-TTg"]:
        expression = fts_tokens_query(query)
        conn.execute("SELECT rowid FROM f WHERE f MATCH ?", (expression,)).fetchall()


def test_two_step_search_finds_phrases_only(index):
    assert search(index, "chuyen doi so") == [1]
    assert search(index, "CHUYỂN ĐỔI SỐ") == [1]
    assert search(index, "đổi mới") == [2]
    assert search(index, "so doi") == []  # words of rows 1 and 2, never in this order
    assert search(index, "749/QĐ-TTg") == [3]
    assert search(index, "qd ttg 749") == []
    assert search(index, " ,; ") == []


def test_tokens_are_folded_like_the_index():
    assert query_tokens("Đắk Lắk, TP.HCM_2025") == ["dak", "lak", "tp", "hcm", "2025"]
    assert fts_tokens_query("số SỐ sô") == '"so"'


def test_phrase_count_counts_whole_word_runs():
    text = "Dữ liệu số; dữ liệu sổ sách; dữ-liệu-số, dữ liệu sốt"
    assert phrase_count(text, "du lieu so") == 3
    assert phrase_count(text, "lieu") == 4
    assert phrase_count(text, "ieu") == 0
    assert phrase_count(None, "so") == 0
    assert not phrase_matches("Chuyển đổi số", "")
