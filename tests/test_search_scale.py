"""Search on an index without positions (FTS5 ``detail=none``), bounded for scale, over HTTP.

A real Datasette (as ``dtcrawl serve`` runs it) serves the web test archive plus 1,100 short
bulletins, with ``articles_fts`` rebuilt as ``detail=none``: FTS5 then rejects phrases, so
every phrase is checked on the rows by the search plugin. The bulletins make more matches
than the bounds (1,000 articles for the table search, 1,001 for the search page), so the
tests see the bound applied and said.
"""

from __future__ import annotations

import re
import sqlite3
import urllib.parse

import pytest
from web_fixtures import build_test_archive, load_plugin, running_datasette

from dtcrawl.text import fold

DB = "scale"
BULLETINS = 1100
PHRASE_BODY = "Xã hướng dẫn người dân nộp hồ sơ số hóa tại bộ phận một cửa."
SCATTERED_BODY = "Hồ sơ của người dân được số hóa ngay tại bộ phận một cửa."
OLD_PROVINCE = "Tân Phong"  # only the 5 oldest bulletins: outside the newest 1,000

search = load_plugin("dtcrawl_search")


def bulletin(i: int) -> tuple[str, str, str]:
    """Title, body and province of the i-th bulletin (every 10th holds the phrase)."""
    body = PHRASE_BODY if i % 10 == 0 else SCATTERED_BODY
    return f"Bản tin cải cách hành chính số {i}", body, OLD_PROVINCE if i < 5 else "Bắc Sơn"


def add_bulletins(path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        for i in range(BULLETINS):
            title, body, province = bulletin(i)
            cursor = conn.execute(
                "insert into articles(url, portal, province, title, published_at, body, relevant,"
                " content_hash, first_seen_at) values (?, 'bacson', ?, ?, ?, ?, 1, ?, ?)",
                (
                    f"https://bacson.example.vn/tin/{i}",
                    province,
                    title,
                    f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T08:00:00+07:00",
                    body,
                    f"hash-{i}",
                    "2025-01-01T00:00:00+07:00",
                ),
            )
            conn.execute(
                "insert into articles_fts(rowid, title, body) values (?, ?, ?)",
                (cursor.lastrowid, fold(title), fold(body)),
            )
    conn.close()


def without_positions(path) -> None:
    """Rebuild ``articles_fts`` as a contentless ``detail=none`` index, if it is not one."""
    conn = sqlite3.connect(path)
    (sql,) = conn.execute("select sql from sqlite_master where name = 'articles_fts'").fetchone()
    if "detail=none" not in sql.replace(" ", "").replace("'", ""):
        rows = conn.execute("select id, title, body from articles").fetchall()
        with conn:
            conn.execute("drop table articles_fts")
            conn.execute(
                "create virtual table articles_fts using fts5(title, body, content='', "
                "detail=none, tokenize='unicode61 remove_diacritics 2')"
            )
            conn.executemany(
                "insert into articles_fts(rowid, title, body) values (?, ?, ?)",
                [(i, fold(title), fold(body)) for i, title, body in rows],
            )
    conn.close()


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / f"{DB}.db"
    ids = build_test_archive(path)
    add_bulletins(path)
    without_positions(path)
    return path, ids


@pytest.fixture(scope="module")
def rows(archive):
    """Every article: id -> (title, body, province)."""
    conn = sqlite3.connect(archive[0])
    found = {
        i: (t, b, p)
        for i, t, b, p in conn.execute("select id, title, body, province from articles")
    }
    conn.close()
    return found


@pytest.fixture(scope="module")
def server(archive):
    with running_datasette(archive[0]) as running:
        yield running


def holds(text: str, words: str) -> bool:
    """The reference: ``words`` occur in ``text`` consecutively (folded, whole words)."""
    pattern = r"[\W_]+".join(re.escape(w) for w in fold(words).split())
    return re.search(rf"(?<![^\W_]){pattern}(?![^\W_])", fold(text or "")) is not None


def matching(rows, *phrases: str, province: str | None = None) -> list[int]:
    """Ids of the rows holding every phrase in title or body, ascending."""
    return sorted(
        i
        for i, (title, body, prov) in rows.items()
        if all(holds(title, p) or holds(body, p) for p in phrases) and province in (None, prov)
    )


def q(value: str) -> str:
    return urllib.parse.quote_plus(value)


def table(server, args: str) -> dict:
    return server.json(f"/{DB}/articles.json?_col=id&_size=max&_shape=objects&{args}")


def page_ids(server, path: str) -> list[int]:
    status, _, body = server.get(path)
    assert status == 200, body[:500]
    return [int(i) for i in re.findall(r'data-id="(\d+)"', body.decode())]


def test_the_fixture_index_has_no_positions(archive):
    conn = sqlite3.connect(archive[0])
    with pytest.raises(sqlite3.OperationalError, match="phrase queries are not supported"):
        conn.execute(
            "select rowid from articles_fts where articles_fts match '\"ho so\"'"
        ).fetchall()


def test_table_search_is_bounded_to_the_newest_matches_and_says_so(server, rows):
    every = matching(rows, "ho", "so")
    assert len(every) > 1000
    data = table(server, f"_search={q('ho so')}")
    assert data["filtered_table_rows_count"] == 1000
    assert "the 1,000 most recently archived articles" in data["human_description_en"]
    assert "_matches=all" in data["human_description_en"]
    assert data["query"]["params"]["dtcrawl_limited"] == 1
    assert {row["id"] for row in data["rows"]} == set(every[-1000:])


def test_all_matches_lifts_the_bound(server, rows):
    every = matching(rows, "ho", "so")
    data = table(server, f"_search={q('ho so')}&_matches=all&_nofacet=1")
    assert data["filtered_table_rows_count"] == len(every)
    assert "every match" in data["human_description_en"]
    phrase = matching(rows, "ho so so hoa")
    data = table(server, f"_search={q(chr(34) + 'hồ sơ số hóa' + chr(34))}&_matches=all")
    assert data["filtered_table_rows_count"] == len(phrase)
    assert sorted(row["id"] for row in data["rows"]) == phrase


def test_phrase_is_checked_in_the_bounded_set(server, rows):
    candidates = matching(rows, "ho", "so", "hoa")[-1000:]
    expected = {i for i in candidates if holds(rows[i][1], "ho so so hoa")}
    assert 0 < len(expected) < len(candidates)
    data = table(server, f"_search={q(chr(34) + 'Hồ sơ số hóa' + chr(34))}")
    assert {row["id"] for row in data["rows"]} == expected
    assert data["filtered_table_rows_count"] == len(expected)
    assert data["human_description_en"].count("phrases checked in the 1,000") == 1


def test_column_filters_apply_before_the_bound(server, rows):
    old = matching(rows, "ho", "so", province=OLD_PROVINCE)
    assert len(old) == 5 and old[-1] < matching(rows, "ho", "so")[-1000]
    data = table(server, f"_search={q('ho so')}&province={q(OLD_PROVINCE)}")
    assert sorted(row["id"] for row in data["rows"]) == old
    assert "there are more" not in data["human_description_en"]
    assert data["query"]["params"]["dtcrawl_limited"] == 0


def test_facets_and_count_come_from_the_bounded_set(server):
    data = server.json(f"/{DB}/articles.json?_search={q('ho so')}&_size=1")
    provinces = {f["value"]: f["count"] for f in data["facet_results"]["province"]["results"]}
    assert sum(provinces.values()) == 1000 and provinces == {"Bắc Sơn": 1000}


def test_phrase_search_matches_consecutive_words_only(server, rows):
    quoted = '"hồ sơ trực tuyến"'
    expected = matching(rows, "ho so truc tuyen")
    scattered = matching(rows, "ho", "so", "truc", "tuyen")
    assert expected and set(expected) < set(scattered)
    found = table(server, f"_search={q(quoted)}")
    assert sorted(row["id"] for row in found["rows"]) == expected
    assert "there are more" not in found["human_description_en"]
    page = page_ids(server, f"/-/search?q={q(quoted)}&offtopic=1&dups=1")
    assert sorted(page) == expected
    # the same words unquoted match anywhere (AND)
    loose = table(server, f"_search={q('hồ sơ trực tuyến')}")
    assert sorted(row["id"] for row in loose["rows"]) == scattered


def test_unaccented_query_finds_the_d_words(server, rows, archive):
    for query, expected in (
        ("de an 06", matching(rows, "de", "an", "06")),
        ('"de an 06"', matching(rows, "de an 06")),
        ("ĐỀ ÁN 06", matching(rows, "de", "an", "06")),
    ):
        assert archive[1]["tp-de-an-06"] in expected
        assert sorted(r["id"] for r in table(server, f"_search={q(query)}")["rows"]) == expected
        assert sorted(page_ids(server, f"/-/search?q={q(query)}&offtopic=1&dups=1")) == expected


def test_column_search_and_raw_mode_work_without_positions(server, rows):
    in_titles = sorted(i for i, (title, _, _) in rows.items() if holds(title, "chuyen doi so"))
    assert in_titles
    found = table(server, f"_search_title={q('Chuyển đổi số')}")
    assert sorted(r["id"] for r in found["rows"]) == in_titles
    raw = table(server, f"_search={q('IOC OR ' + chr(34) + 'Đề án 06' + chr(34))}&_searchmode=raw")
    expected = sorted(
        set(matching(rows, "ioc"))
        | set(matching(rows, "trung tam giam sat dieu hanh thong minh"))
        | set(matching(rows, "de an 06"))
    )
    assert sorted(r["id"] for r in raw["rows"]) == expected
    status, _, _ = server.get(f"/{DB}/articles.json?_search_url=x")
    assert status == 400


def test_search_page_says_when_it_looked_at_the_newest_only(server, rows):
    status, _, body = server.get(f"/-/search?q={q('ho so')}&offtopic=1&dups=1")
    html = body.decode()
    assert status == 200 and 'id="search-limited"' in html and "_matches=all" in html
    phrase = f"/-/search?q={q(chr(34) + 'hồ sơ số hóa' + chr(34))}&offtopic=1&dups=1"
    html = server.get(phrase)[2].decode()
    assert 'id="search-limited"' in html
    total = int(re.search(r'id="result-count"><strong>(\d+)</strong>', html)[1])
    candidates = matching(rows, "ho", "so", "hoa")[-1001:]
    assert total == sum(holds(rows[i][1], "ho so so hoa") for i in candidates)
    # the way to every match keeps the page's filters, and finds what the page could not
    html = server.get(f"/-/search?q={q('ho so')}&province={q('Bắc Sơn')}&offtopic=1")[2].decode()
    link = re.search(r'<a href="([^"]*_matches=all[^"]*)"', html)[1].replace("&amp;", "&")
    assert "province=" in link
    everything = server.json(link.replace("/articles?", "/articles.json?") + "&_nofacet=1")
    assert everything["filtered_table_rows_count"] == len(
        matching(rows, "ho", "so", province="Bắc Sơn")
    )
    # few matches: every one was checked, nothing to say
    html = server.get(f"/-/search?q={q(chr(34) + 'hồ sơ trực tuyến' + chr(34))}")[2].decode()
    assert 'id="search-limited"' not in html


def test_canned_search_reports_how_many_articles_it_checked(server, rows):
    data = server.json(
        f"/{DB}/search.json?q={q(chr(34) + 'hồ sơ số hóa' + chr(34))}&offtopic=1&_shape=objects"
    )
    assert data["rows"] and {row["checked"] for row in data["rows"]} == {1001}


def test_phrase_search_in_sql(server, rows):
    sql = (
        "select a.id from articles_fts join articles a on a.id = articles_fts.rowid "
        "where articles_fts match fold_match(:q) and phrase_match(a.title, a.body, :q) "
        "order by a.id"
    )
    query = '"hồ sơ trực tuyến"'
    data = server.json(f"/{DB}.json?sql={q(sql)}&q={q(query)}&_shape=array")
    assert [row["id"] for row in data] == matching(rows, "ho so truc tuyen")


def test_html_table_search_keeps_the_search_box_and_the_bound(server):
    status, _, body = server.get(f"/{DB}/articles?_search={q('ho so')}")
    html = body.decode()
    assert status == 200
    assert 'name="_search" value="ho so"' in html
    assert "1,000 most recently archived" in html


def test_about_page_shows_phrase_search_in_sql(server):
    html = server.get("/-/about")[2].decode()
    assert "phrase_match(" in html and "fold_match(" in html


# --- pure helpers ----------------------------------------------------------------------------


def test_fold_match_has_single_tokens_only_and_runs_without_positions():
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "create virtual table f using fts5(title, body, content='', detail=none, "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    conn.execute("insert into f(rowid, title, body) values (1, 'cds o xa', '749 qd ttg')")
    for query in ('"Chuyển đổi số" IOC', "CĐS", "749/QĐ-TTg", "749/QĐ*", 'a OR "b c"', '"'):
        expression = search.fold_match(query)
        quoted = re.findall(r'"([^"]*)"', expression)
        assert quoted and all(re.fullmatch(r"[^\W_]*", token) for token in quoted), expression
        conn.execute("select rowid from f where f match ?", (expression,)).fetchall()
    assert conn.execute(
        "select rowid from f where f match ?", (search.fold_match("CĐS"),)
    ).fetchall()


@pytest.mark.parametrize(
    ("title", "body", "query", "expected"),
    [
        (None, "Tỉnh đẩy mạnh CHUYỂN ĐỔI SỐ.", "chuyen doi so", 1),
        (None, "Chuyển giao, đổi mới, số hóa.", '"chuyen doi so"', 0),
        (None, "chuyển đổi, số hóa", '"chuyen doi so"', 1),  # punctuation between: consecutive
        (None, "chuyển đổi sốt", '"chuyen doi so"', 0),  # whole words
        (None, "chuyển đổi số", '"chuyen doi so hoa"', 0),
        ("CĐS ở xã", None, "chuyển đổi số", 1),  # abbreviation as an alternative
        (None, "Đề án 06 của Chính phủ", '"de an 06"', 1),  # đ→d
        (None, "Chuye\u0302\u0309n đổi so\u0302\u0301", '"chuyen doi so"', 1),  # decomposed
        (None, "Quyết định 749/QĐ-TTg", "749/qd-ttg", 1),
        (None, "Quyết định 749/QĐ-UBND", "749/qd-ttg", 0),
        (None, "Quyết định 749/QĐ-TTg", '"749 qd"*', 1),
        (None, "số hóa hồ sơ", "so hoa* ho", 1),
        ("Họp", "nộp hồ sơ", '"ho so" OR "truc tuyen"', 1),
        ("Họp", "nộp hồ sơ", '"hop" "ho so"', 1),  # parts in title and body
        (None, "x_chuyển đổi số", '"chuyen doi so"', 1),  # "_" separates tokens
        ("", "", "x", 0),
    ],
)
def test_phrase_match(title, body, query, expected):
    assert search.phrase_match(title, body, query) == expected


def test_has_phrases_says_when_the_index_alone_is_not_enough():
    assert not search.has_phrases("ho so")
    assert search.has_phrases('"ho so"') and search.has_phrases("cds")  # cds: chuyen doi so
    assert not search.has_phrases("")
