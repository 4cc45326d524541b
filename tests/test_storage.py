"""The SQLite archive: saves, versions, duplicate links, FTS, runs, crash safety, concurrency."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from datetime import datetime, timedelta

import pytest

from dtcrawl import dedup
from dtcrawl.bench.dedup import article_paragraphs, syndicate
from dtcrawl.storage import (
    MIGRATIONS,
    PAGE_SIZE,
    RECENT_OFFSET,
    VIETNAM,
    Archive,
    compact,
    iso_time,
)
from dtcrawl.text import fold
from dtcrawl.urls import url_key


def make_body(seed: int) -> str:
    return "\n\n".join(article_paragraphs(random.Random(seed)))


def make_copy(body: str, seed: int) -> str:
    return "\n\n".join(syndicate(random.Random(seed), body.split("\n\n")))


def record(url: str, body: str, *, portal: str = "lamgiang", published: str | None = None, **kw):
    return {
        "url": url,
        "portal": portal,
        "province": "Lam Giang",
        "title": kw.pop("title", "Tỉnh đẩy mạnh chuyển đổi số"),
        "published_at": published,
        "body": body,
        "fetched_at": kw.pop("fetched_at", "2025-11-20T09:00:00+07:00"),
        **kw,
    }


@pytest.fixture
def archive(tmp_path):
    with Archive(tmp_path / "sub" / "dir" / "archive.db") as opened:
        yield opened


def test_schema_is_created_once_with_the_pragmas(tmp_path):
    path = tmp_path / "a.db"
    with Archive(path) as archive:
        conn = archive.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert conn.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        for table in [
            "articles", "article_urls", "article_versions", "legal_refs", "indicators",
            "crawl_runs", "fetch_errors", "articles_fts", "dedup_bands", "stories",
        ]:  # fmt: skip
            assert table in names
        # schema 5: no signatures, no index of the bands by article
        assert "dedup_signatures" not in names and "dedup_bands_article" not in names
        fts_sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'")
        assert "detail = none" in fts_sql.fetchone()[0]
        archive.save_article(record("https://lamgiang.gov.vn/tin/1", make_body(1)))
    with Archive(path) as reopened:
        assert reopened.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1
    # A plain SQLite client (no dtcrawl functions registered) can search the index.
    plain = sqlite3.connect(path)
    assert plain.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0] == 1
    plain.close()


def build_old_archive(path, version: int, bodies: list[str]) -> None:
    """An archive as dtcrawl wrote it at schema ``version``: its DDL, rows, FTS and old bands."""
    conn = sqlite3.connect(path)
    conn.create_function("fold", 1, fold)
    for step in MIGRATIONS[:version]:
        for statement in step:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("INSERT INTO archive_meta VALUES ('dedup_scheme', 'w5-p128-b32x4-crc32mix64')")
    for article_id, body in enumerate(bodies, start=1):
        url = f"https://p{article_id}.gov.vn/tin/{article_id}"
        fp = dedup.fingerprint(body)
        conn.execute(
            "INSERT INTO articles(id, url, portal, title, body, content_hash, word_count, "
            "first_seen_at, published_at) VALUES (?, ?, ?, 'Tin số', ?, ?, ?, ?, ?)",
            (article_id, url, f"p{article_id}", body, fp.content_hash, fp.word_count,
             "2025-01-01T08:00:00+07:00", f"2025-01-{article_id:02d}T08:00:00+07:00"),
        )  # fmt: skip
        conn.execute(
            "INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)",
            (article_id, fold("Tin số"), fp.folded),
        )
        conn.execute(
            "INSERT INTO article_urls VALUES (?, ?, ?, '2025-01-01T08:00:00+07:00')",
            (url, url_key(url), article_id),
        )
        if fp.dedupable:  # 8-byte keys, as schema 1-4 stored them
            conn.executemany(
                "INSERT INTO dedup_bands(band_key, article_id) VALUES (?, ?)",
                [
                    (bytes([band]) + hashlib.blake2b(bytes([band, article_id]), digest_size=7)
                     .digest(), article_id)
                    for band in range(dedup.BANDS)
                ],
            )  # fmt: skip
            if version >= 2:
                conn.execute(
                    "INSERT INTO dedup_signatures VALUES (?, ?)", (article_id, fp.signature)
                )
    conn.commit()
    conn.close()


@pytest.mark.parametrize("version", [1, 3, 4])
def test_an_older_archive_is_migrated_in_place(tmp_path, version):
    path = tmp_path / f"v{version}.db"
    bodies = [make_body(12), make_body(13), "Xã Vạn Khoa khai trương bưu điện văn hóa."]
    build_old_archive(path, version, bodies)
    with Archive(path) as archive:
        conn = archive.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert conn.execute("PRAGMA page_size").fetchone()[0] == 4096  # kept until compact()
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 3
        assert conn.execute("SELECT COUNT(*) FROM article_urls").fetchone()[0] == 3
        assert conn.execute("SELECT COUNT(*) FROM dedup_bands").fetchone()[0] == 2 * dedup.BANDS
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert "dedup_signatures" not in names
        assert {r[0] for r in conn.execute("SELECT typeof(band_key) FROM dedup_bands")} == {
            "integer"
        }
        # the index was rebuilt from articles: phrases found, the old text of an update forgotten
        assert [r["id"] for r in archive.search("bưu điện văn hóa")] == [3]
        first_sentence = " ".join(bodies[1].split()[:12])
        assert [r["id"] for r in archive.search(first_sentence)] == [2]
        updated = archive.save_article(record("https://p3.gov.vn/tin/3", "Mùa lúa bội thu."))
        assert (updated.action, updated.article_id) == ("updated", 3)
        assert archive.search("vạn khoa") == []
        assert [r["id"] for r in archive.search("lúa")] == [3]
        # the re-keyed bands find a syndicated copy of an article archived before the migration
        copy = archive.save_article(
            record("https://x.gov.vn/1", make_copy(bodies[0], 1), portal="x")
        )
        assert (copy.action, copy.duplicate_of) == ("duplicate", 1)
    assert assert_consistent(path) == 4


def test_compact_gives_an_old_archive_the_new_page_size(tmp_path):
    path = tmp_path / "old.db"
    build_old_archive(path, 4, [make_body(14), make_body(15)])
    Archive(path).close()
    compact(path)
    with Archive(path) as archive:
        conn = archive.conn
        assert conn.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 2
        assert [r["id"] for r in archive.search(" ".join(make_body(15).split()[:12]))] == [2]
    assert assert_consistent(path) == 2


def test_an_archive_from_a_newer_dtcrawl_is_refused(tmp_path):
    path = tmp_path / "a.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(RuntimeError, match="schema 99"):
        Archive(path)


def test_new_then_unchanged_then_updated_with_a_version(archive):
    body = make_body(2)
    first = archive.save_article(
        record("https://lamgiang.gov.vn/tin/2", body, published="2025-03-04T08:15:00", etag='"a"')
    )
    assert first.action == "new"
    again = archive.save_article(
        record(
            "http://www.lamgiang.gov.vn/tin/2/?utm_source=zalo",
            body + "\n\n",
            published="2025-03-04T08:15:00",
            fetched_at="2025-11-21T09:00:00+07:00",
            etag='"b"',
            relevant=True,
        )
    )
    assert (again.action, again.article_id) == ("unchanged", first.article_id)
    row = archive.conn.execute("SELECT * FROM articles").fetchone()
    assert row["checked_at"] == "2025-11-21T09:00:00+07:00"
    assert row["fetched_at"] == "2025-11-20T09:00:00+07:00"
    assert (row["etag"], row["relevant"]) == ('"b"', 1)
    assert row["published_at"] == "2025-03-04T08:15:00+07:00"

    edited = body.replace(".", ". Thêm một câu về hạ tầng số.", 1)
    updated = archive.save_article(
        record("https://lamgiang.gov.vn/tin/2", edited, fetched_at="2025-11-22T09:00:00+07:00")
    )
    assert (updated.action, updated.article_id) == ("updated", first.article_id)
    row = archive.conn.execute("SELECT * FROM articles").fetchone()
    assert row["body"] == edited
    assert row["content_hash"] == dedup.content_hash(edited)
    version = archive.conn.execute("SELECT * FROM article_versions").fetchone()
    assert version["body"] == body
    assert version["content_hash"] == dedup.content_hash(body)
    assert version["valid_from"] == "2025-11-20T09:00:00+07:00"
    assert version["valid_until"] == "2025-11-22T09:00:00+07:00"
    assert archive.search("Thêm một câu về hạ tầng số")[0]["id"] == first.article_id
    # a title change alone is a new version too
    retitled = archive.save_article(
        record("https://lamgiang.gov.vn/tin/2", edited, title="Tiêu đề đã sửa")
    )
    assert retitled.action == "updated"
    assert archive.conn.execute("SELECT COUNT(*) FROM article_versions").fetchone()[0] == 2
    assert archive.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1


def test_lookup_by_any_variant_and_known_urls(archive):
    archive.save_article(
        record("https://lamgiang.gov.vn/tin/3", make_body(3)),
        url_variants=["https://lamgiang.gov.vn/portal/pages/print.aspx?p=3"],
    )
    found = archive.lookup_url("http://www.lamgiang.gov.vn/tin/3/#top")
    assert found is not None and found.url == "https://lamgiang.gov.vn/tin/3"
    assert archive.lookup_url("https://lamgiang.gov.vn/portal/pages/print.aspx?p=3").id == found.id
    assert archive.lookup_url("https://lamgiang.gov.vn/tin/4") is None
    assert archive.known_urls("lamgiang") == {
        "lamgiang.gov.vn/tin/3",
        "lamgiang.gov.vn/portal/pages/print.aspx?p=3",
    }
    assert archive.known_urls("hoason") == set()
    # saving under a variant updates the same row
    again = archive.save_article(
        record("https://lamgiang.gov.vn/portal/pages/print.aspx?p=3", make_body(3))
    )
    assert (again.action, again.article_id) == ("unchanged", found.id)


def test_a_canonical_link_naming_another_stored_page_is_not_the_address(archive):
    listing = "https://lamgiang.gov.vn/chuyen-muc/kinh-te-so.html"
    first = archive.save_article(
        record(listing, make_body(11), title="Bài thứ nhất"),
        url_variants=["https://lamgiang.gov.vn/tin/bai-11.html"],
    )
    # Another article whose template also names the section's list as its address.
    second = archive.save_article(
        record(listing, make_body(12), title="Bài thứ hai"),
        url_variants=["https://lamgiang.gov.vn/tin/bai-12.html", "https://lamgiang.gov.vn/?id=12"],
    )
    assert second.action == "new" and second.article_id != first.article_id
    row = archive.conn.execute(
        "SELECT url, title FROM articles WHERE id = ?", (second.article_id,)
    ).fetchone()
    assert tuple(row) == ("https://lamgiang.gov.vn/tin/bai-12.html", "Bài thứ hai")
    assert archive.lookup_url("https://lamgiang.gov.vn/?id=12").id == second.article_id
    assert archive.lookup_url(listing).id == first.article_id
    # The first article edited and reached at a new alias: still its row, its text updated.
    edited = make_body(11).replace(".", " nay.", 1)
    again = archive.save_article(
        record(listing, edited, title="Bài thứ nhất (cập nhật)"),
        url_variants=["https://lamgiang.gov.vn/index.php?id=11"],
    )
    assert (again.action, again.article_id) == ("updated", first.article_id)


def test_needs_recheck_and_touch_checked(archive):
    url = "https://lamgiang.gov.vn/tin/5"
    now = datetime(2025, 11, 20, 12, 0, tzinfo=VIETNAM)
    assert archive.needs_recheck(url, timedelta(days=1), now=now)
    archive.save_article(record(url, make_body(5), fetched_at="2025-11-20T09:00:00+07:00"))
    assert not archive.needs_recheck(url, timedelta(days=1), now=now)
    assert archive.needs_recheck(url, timedelta(days=1), now=now + timedelta(days=1))
    assert archive.touch_checked(url, "2025-11-21T12:00:00+07:00")
    assert not archive.needs_recheck(url, timedelta(days=1), now=now + timedelta(days=1))
    assert not archive.touch_checked("https://lamgiang.gov.vn/tin/unknown")


def test_syndicated_copy_is_linked_to_the_story(archive):
    body = make_body(6)
    story = archive.save_article(
        record("https://lamgiang.gov.vn/tin/6", body, published="2025-03-04T08:00:00+07:00")
    )
    copy = archive.save_article(
        record(
            "http://127.0.0.12/Trang/ChiTietTinTuc.aspx?nid=6",
            make_copy(body, 6),
            portal="hoason",
            published="2025-03-05T10:00:00+07:00",
        )
    )
    assert copy.action == "duplicate"
    assert copy.duplicate_of == story.article_id
    similarity = archive.conn.execute(
        "SELECT duplicate_similarity FROM articles WHERE id = ?", (copy.article_id,)
    ).fetchone()[0]
    assert dedup.THRESHOLD <= similarity < 1.0
    exact = archive.save_article(
        record("https://cds.tayphong.gov.vn/vi/bai-viet/x", body + "\n\nNguồn: Báo Lam Giang",
               portal="cds-tayphong", published="2025-03-06T10:00:00+07:00")
    )  # fmt: skip
    assert (exact.action, exact.duplicate_of) == ("duplicate", story.article_id)
    story_row = archive.conn.execute("SELECT * FROM stories").fetchall()
    assert len(story_row) == 1
    assert story_row[0]["story_id"] == story.article_id
    assert story_row[0]["copies"] == 3
    assert json.loads(story_row[0]["portals"]) == ["lamgiang", "hoason", "cds-tayphong"] or set(
        json.loads(story_row[0]["portals"])
    ) == {"lamgiang", "hoason", "cds-tayphong"}
    assert story_row[0]["portal_count"] == 3


def test_the_earlier_published_row_becomes_the_story(archive):
    body = make_body(7)
    later = archive.save_article(
        record("https://a.gov.vn/1", body, portal="a", published="2025-03-10T08:00:00")
    )
    latest = archive.save_article(
        record("https://c.gov.vn/1", make_copy(body, 1), portal="c", published="2025-03-11T08:00")
    )
    assert latest.duplicate_of == later.article_id
    earliest = archive.save_article(
        record("https://b.gov.vn/1", make_copy(body, 2), portal="b", published="2025-03-09T08:00")
    )
    assert earliest.action == "duplicate"
    assert earliest.duplicate_of == earliest.article_id
    links = dict(archive.conn.execute("SELECT id, duplicate_of FROM articles").fetchall())
    assert links == {
        later.article_id: earliest.article_id,
        latest.article_id: earliest.article_id,
        earliest.article_id: None,
    }
    (story,) = archive.conn.execute("SELECT * FROM stories").fetchall()
    assert story["story_id"] == earliest.article_id
    assert story["first_published_at"] == "2025-03-09T08:00:00+07:00"
    # a fourth copy published later joins the new story directly
    fourth = archive.save_article(
        record("https://d.gov.vn/1", make_copy(body, 3), portal="d", published="2025-03-12T08:00")
    )
    assert fourth.duplicate_of == earliest.article_id


def test_different_articles_with_shared_opening_and_boilerplate_are_not_linked(archive):
    rng = random.Random(8)
    base = article_paragraphs(rng)
    opening = base[0].split(". ")[0] + "."
    template = (
        "Người dân, doanh nghiệp cần hỗ trợ vui lòng liên hệ tổng đài của Trung tâm Phục vụ hành "
        "chính công tỉnh trong giờ hành chính để được hướng dẫn cụ thể."
    )
    results = [archive.save_article(record("https://a.gov.vn/0", "\n\n".join(base + [template])))]
    for i in range(1, 6):
        other = article_paragraphs(rng, opening=opening) + [template]
        results.append(archive.save_article(record(f"https://a.gov.vn/{i}", "\n\n".join(other))))
    assert [r.action for r in results] == ["new"] * 6
    assert archive.conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0] == 6


def test_short_and_empty_bodies_are_never_linked(archive):
    for i, body in enumerate(["", "", "Đang cập nhật", "Đang cập nhật"]):
        assert archive.save_article(record(f"https://a.gov.vn/s{i}", body)).action == "new"
    assert archive.conn.execute("SELECT COUNT(*) FROM dedup_bands").fetchone()[0] == 0


def test_fts_finds_folded_text(archive):
    saved = archive.save_article(
        record(
            "https://lamgiang.gov.vn/tin/9",
            "Tỉnh Lam Giang đẩy mạnh CHUYỂN ĐỔI SỐ và xây dựng đô thị thông minh.",
            title="Đề án 06 tại Lam Giang",
        )
    )
    archive.save_article(
        record("https://lamgiang.gov.vn/tin/10", "Mùa lúa bội thu ở Tân Lộc.", title="Nông nghiệp")
    )

    def match(expression: str) -> list[int]:
        return [
            row[0]
            for row in archive.conn.execute(
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (expression,)
            )
        ]

    assert match("chuyen doi so") == [saved.article_id]
    assert match(fold("chuyển đổi số")) == [saved.article_id]
    assert match("do thi") == [saved.article_id]  # đ folded to d
    assert match("chuyen NOT lua") == [saved.article_id]
    assert match("chuy*") == [saved.article_id]
    # schema 5 keeps no positions: the index refuses phrases and column filters
    for expression in ('"chuyen doi so"', "title: de an", "NEAR(chuyen so)"):
        with pytest.raises(sqlite3.OperationalError, match="not supported"):
            match(expression)
    assert [r["id"] for r in archive.search("chuyển đổi số")] == [saved.article_id]
    assert [r["id"] for r in archive.search("Chuyen Doi So")] == [saved.article_id]
    assert archive.search("chuyển số") == []  # a phrase, not loose words
    assert archive.search("  ") == []


def test_the_index_keeps_no_text_and_forgets_the_old_text_of_an_update(archive):
    url = "https://lamgiang.gov.vn/tin/11"
    first = archive.save_article(record(url, "Xã Tân Lộc khai trương bưu điện văn hóa."))
    second = archive.save_article(
        record(url, "Xã Tân Lộc ra mắt ứng dụng công dân số.", title="Công dân số")
    )
    assert second.action == "updated" and second.article_id == first.article_id

    def match(expression: str) -> list[int]:
        return [
            row[0]
            for row in archive.conn.execute(
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (expression,)
            )
        ]

    assert match("buu") == []  # only in the old text
    assert match("chuyen") == []  # only in the old title
    assert match("cong dan so") == [first.article_id]
    assert match("tan loc") == [first.article_id]  # in both: indexed once
    # contentless (schema 4): the index returns rowids, not a copy of the text
    rows = archive.conn.execute("SELECT title, body FROM articles_fts").fetchall()
    assert [tuple(row) for row in rows] == [(None, None)]


def test_search_checks_the_phrase_and_ranks_title_matches_first(archive):
    ids = [
        archive.save_article(record(f"https://a.gov.vn/{i}", body, title=title)).article_id
        for i, (title, body) in enumerate([
            ("Họp báo", "Tỉnh đẩy mạnh chuyển đổi số trong năm nay."),
            ("Chuyển đổi số ở Tân Lộc", "Xã Tân Lộc đẩy mạnh chuyển đổi số."),
            ("Số liệu", "Chuyển giao công nghệ, đổi mới cách làm."),  # the words, not the phrase
            ("Tin mới", "Chuyển-đổi-số, CHUYỂN ĐỔI SỐ: chuyển đổi số toàn diện."),
        ])
    ]  # fmt: skip
    found = [r["id"] for r in archive.search("chuyen doi so")]
    assert found == [ids[1], ids[3], ids[0]]  # in the title, then 3 times, then once
    assert [r["id"] for r in archive.search("chuyển đổi")] == [ids[1], ids[3], ids[0]]
    assert [r["id"] for r in archive.search("doi moi")] == [ids[2]]
    assert archive.search("chuyển số") == []  # both words in three rows, never in a row
    assert [r["id"] for r in archive.search("chuyen doi so", limit=1)] == [ids[1]]


def test_lookups_by_hash_use_the_prefix_index(archive):
    from dtcrawl.storage import _SAME_PAGE_SQL, _SAME_TEXT_SQL

    for sql, params in [(_SAME_TEXT_SQL, ("ab" * 32, 1)), (_SAME_PAGE_SQL, ("ab" * 32, "a", "t"))]:
        plan = [row[3] for row in archive.conn.execute("EXPLAIN QUERY PLAN " + sql, params)]
        assert plan == ["SEARCH articles USING INDEX articles_content_hash (<expr>=?)"], sql
    body = make_body(17)
    first = archive.save_article(record("https://a.gov.vn/1", body, portal="a"))
    same = archive.save_article(record("https://b.gov.vn/1", body + "\n\nNguồn: A", portal="b"))
    assert (same.action, same.duplicate_of) == ("duplicate", first.article_id)
    alias = archive.save_article(record("https://a.gov.vn/x?ItemID=1", body, portal="a"))
    assert (alias.action, alias.article_id) == ("unchanged", first.article_id)


def test_a_fingerprint_computed_elsewhere_is_used(archive):
    body = make_body(16)
    story = archive.save_article(record("https://a.gov.vn/1", body, portal="a"))
    copy_body = make_copy(body, 16)
    fp = pickle.loads(pickle.dumps(dedup.fingerprint(copy_body)))  # as from a worker process
    copy = archive.save_article(record("https://b.gov.vn/1", copy_body, portal="b"), fingerprint=fp)
    assert (copy.action, copy.duplicate_of) == ("duplicate", story.article_id)
    row = archive.conn.execute(
        "SELECT content_hash, word_count FROM articles WHERE id = ?", (copy.article_id,)
    ).fetchone()
    assert tuple(row) == (fp.content_hash, fp.word_count)


def test_legal_refs_and_indicators_replaced_on_update(archive):
    url = "https://lamgiang.gov.vn/tin/11"
    body = make_body(11)
    refs = [{"raw": "Quyết định số 749/QĐ-TTg", "number": "749/QĐ-TTg", "doc_type": "QĐ",
             "issuer": "TTg", "year": 2020, "key": "749/qd-ttg"}]  # fmt: skip
    facts = [{"value": 68.4, "unit": "%", "subject": "hồ sơ trực tuyến", "indicator": "dvctt_rate",
              "sentence": "tỷ lệ hồ sơ nộp trực tuyến đạt 68,4%"}]  # fmt: skip
    saved = archive.save_article(
        record(url, body, published="2025-03-04T08:00:00"), legal_refs=refs, indicators=facts
    )
    indicator = archive.conn.execute("SELECT * FROM indicators").fetchone()
    assert (indicator["province"], indicator["published_at"]) == (
        "Lam Giang",
        "2025-03-04T08:00:00+07:00",
    )
    archive.save_article(record(url, body))  # unchanged, refs not given: kept
    assert archive.conn.execute("SELECT COUNT(*) FROM legal_refs").fetchone()[0] == 1
    archive.save_article(record(url, body + " Bổ sung."), legal_refs=refs * 2)
    assert archive.conn.execute("SELECT COUNT(*) FROM legal_refs").fetchone()[0] == 2
    assert archive.conn.execute("SELECT COUNT(*) FROM indicators").fetchone()[0] == 0
    with pytest.raises(ValueError, match="unknown legal_refs fields: numero"):
        archive.save_article(record(url, body), legal_refs=[{"raw": "x", "numero": "1"}])
    # the failed save changed nothing
    assert archive.conn.execute("SELECT COUNT(*) FROM legal_refs").fetchone()[0] == 2
    assert archive.conn.execute("SELECT body FROM articles").fetchone()[0].endswith("Bổ sung.")
    with pytest.raises(ValueError, match="unknown article fields"):
        archive.save_article({**record(url, body), "bodyy": "x"})
    assert saved.article_id == 1


def test_crawl_runs_and_fetch_errors(archive):
    run = archive.start_run(["lamgiang", "hoason"])
    archive.record_fetch_error(run, "hoason", "https://hoason.gov.vn/x", "timeout")
    archive.record_fetch_error(run, "hoason", "https://hoason.gov.vn/y", "http", status=503)
    archive.finish_run(run, "finished", {"pages_fetched": 12, "new": 10, "by_portal": {"a": 1}})
    row = archive.conn.execute("SELECT * FROM crawl_runs").fetchone()
    assert (row["status"], row["pages_fetched"], row["new"], row["errors"]) == (
        "finished",
        12,
        10,
        2,
    )
    assert json.loads(row["portals"]) == ["lamgiang", "hoason"]
    assert json.loads(row["stats"])["by_portal"] == {"a": 1}
    assert row["finished_at"] >= row["started_at"]
    statuses = [r[0] for r in archive.conn.execute("SELECT status FROM fetch_errors ORDER BY id")]
    assert statuses == [None, 503]


def test_iso_time_normalises_to_vietnam_time():
    assert iso_time(datetime(2025, 1, 2, 3, 4, 5)) == "2025-01-02T03:04:05+07:00"
    assert iso_time("2025-01-02T03:04:05+00:00") == "2025-01-02T10:04:05+07:00"
    assert iso_time(None) is None


def assert_consistent(path) -> int:
    """Integrity, FTS and bands agree with ``articles``; no duplicate chains. Returns row count."""
    with Archive(path) as archive:
        conn = archive.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        count = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        assert conn.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0] == count
        assert (
            conn.execute(
                "SELECT COUNT(*) FROM articles a JOIN articles_fts f ON f.rowid = a.id"
            ).fetchone()[0]
            == count
        )
        for article_id, body in conn.execute("SELECT id, body FROM articles").fetchall():
            keys = sorted(
                key - RECENT_OFFSET if key >= RECENT_OFFSET // 2 else key  # the recent level's
                for (key,) in conn.execute(
                    "SELECT band_key FROM dedup_bands WHERE article_id = ?", (article_id,)
                )
            )
            fp = dedup.fingerprint(body)
            # the current text's, no stale keys, none at both levels
            assert keys == sorted(set(fp.band_keys)), article_id
        assert (
            conn.execute(
                "SELECT COUNT(*) FROM dedup_bands WHERE article_id NOT IN (SELECT id FROM articles)"
            ).fetchone()[0]
            == 0
        )
        chains = conn.execute(
            "SELECT COUNT(*) FROM articles a JOIN articles s ON s.id = a.duplicate_of "
            "WHERE s.duplicate_of IS NOT NULL"
        ).fetchone()[0]
        assert chains == 0
        assert (
            conn.execute(
                "SELECT COUNT(*) FROM articles a LEFT JOIN article_urls u ON u.article_id = a.id "
                "WHERE u.url IS NULL"
            ).fetchone()[0]
            == 0
        )
        return count


WRITER = textwrap.dedent(
    """
    import random, sys
    from dtcrawl.bench.dedup import article_paragraphs, syndicate
    from dtcrawl.storage import Archive
    path, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(name)
    shared = random.Random(42)
    bases = [article_paragraphs(shared) for _ in range(5)]
    bodies = []
    with Archive(path) as archive:
        i = 0
        while count < 0 or i < count:
            if i % 4 == 0:
                paragraphs = syndicate(rng, bases[i // 4 % 5])
            else:
                paragraphs = article_paragraphs(rng)
            bodies.append("\\n\\n".join(paragraphs))
            result = archive.save_article({
                "url": f"https://{name}.gov.vn/tin/{i}", "portal": name,
                "title": f"Bài {i}", "body": bodies[i],
                "published_at": f"2025-01-01T{rng.randrange(24):02d}:00:00",
            })
            if i % 7 == 3:  # an update of an earlier article
                archive.save_article({
                    "url": f"https://{name}.gov.vn/tin/{i - 1}", "portal": name,
                    "title": f"Bài {i - 1}", "body": "Sửa lại. " + bodies[i - 1],
                })
            print(result.action, flush=True)
            i += 1
    """
)


def test_sigkill_mid_save_leaves_a_consistent_archive(tmp_path):
    path = tmp_path / "crash.db"
    Archive(path).close()
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), "killed", "-1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        for _ in range(25):  # 25 committed saves, then kill it wherever it is
            assert child.stdout.readline()
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert assert_consistent(path) >= 25


def test_two_writers_on_one_file_stay_consistent(tmp_path):
    path = tmp_path / "shared.db"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), name, "24"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("alpha", "beta")
    ]
    outputs = [writer.communicate() for writer in writers]
    for writer, (out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
        assert len(out.split()) == 24
    assert assert_consistent(path) == 48
    with Archive(path) as archive:
        # each writer syndicated the same 5 stories: one story each, copies from both portals
        groups = archive.conn.execute(
            "SELECT copies, portal_count FROM stories WHERE copies > 1"
        ).fetchall()
        assert sorted(tuple(g) for g in groups) == [(2, 2)] * 4 + [(4, 2)]


class _Waiting(logging.Handler):
    """Sets ``seen`` when the archive logs that it waits for the lock to change journal mode."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.seen = threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if "database is locked" in record.getMessage():
            self.seen.set()


@pytest.fixture
def locked_new_file(tmp_path):
    """A new database file in rollback-journal mode, another connection writing to it.

    As when two crawls open a new archive at once: both find the empty file in rollback mode,
    and while the first one writes its change to WAL mode, the second's change finds it locked
    (the cause of a failed CI run: "database is locked" from ``PRAGMA journal_mode = WAL``).
    """
    path = tmp_path / "new.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("CREATE TABLE other_tool(x)")
    yield path, holder
    holder.close()


def test_opening_a_new_archive_waits_for_the_lock_to_enter_wal_mode(locked_new_file):
    """SQLite does not wait (busy handler) to change the journal mode: the archive retries."""
    path, holder = locked_new_file
    waiting = _Waiting()
    storage_log = logging.getLogger("dtcrawl.storage")
    level = storage_log.level
    storage_log.addHandler(waiting)
    storage_log.setLevel(logging.DEBUG)
    opened: list[object] = []
    opener = threading.Thread(target=lambda: opened.append(Archive(path, busy_timeout=60)))
    try:
        opener.start()
        assert waiting.seen.wait(60), "the archive never tried while the file was locked"
        assert opener.is_alive()  # still waiting, not failed
        holder.execute("COMMIT")
        opener.join(60)
    finally:
        storage_log.removeHandler(waiting)
        storage_log.setLevel(level)
    archive = opened[0]
    try:
        assert archive.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert archive.save_article(record("https://a.gov.vn/tin/1", make_body(1))).action == "new"
    finally:
        archive.close()


def test_a_lock_held_past_the_busy_timeout_is_a_clear_error(locked_new_file):
    path, _holder = locked_new_file
    with pytest.raises(sqlite3.OperationalError, match="database is locked"):
        Archive(path, busy_timeout=0.2)


def test_the_same_page_under_another_address_of_the_portal_is_one_row(archive):
    """An ``ItemID=`` alias of a SharePoint article: one row, the alias a URL variant."""
    body = make_body(5)
    first = archive.save_article(record("https://a.gov.vn/portal/Pages/2023-1-2/Tin.aspx", body))
    alias = archive.save_article(
        record("https://a.gov.vn/noidung/Pages/chi-tiet.aspx?ItemID=7", body)
    )
    assert (alias.action, alias.article_id) == ("unchanged", first.article_id)
    assert archive.lookup_url("https://a.gov.vn/noidung/Pages/chi-tiet.aspx?ItemID=7").id == (
        first.article_id
    )
    other_portal = archive.save_article(record("https://b.gov.vn/tin/1", body, portal="b"))
    assert other_portal.action == "duplicate"


# -- group commit (the crawler's mode) ---------------------------------------------------------


def committed_urls(path) -> list[str]:
    """The article URLs another connection sees (what is committed)."""
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT url FROM articles ORDER BY id")]
    finally:
        conn.close()


def test_group_commit_commits_every_n_writes_and_at_flush_and_close(tmp_path):
    path = tmp_path / "batch.db"
    archive = Archive(path, commit_every=3)
    urls = [f"https://lamgiang.gov.vn/tin/{i}" for i in range(5)]
    for i, url in enumerate(urls[:2]):
        archive.save_article(record(url, make_body(i + 1)))
    assert archive.pending_writes == 2
    assert committed_urls(path) == []  # not committed yet: others see nothing
    assert archive.lookup_url(urls[1]) is not None  # the writing connection sees its batch
    archive.save_article(record(urls[2], make_body(3)))  # the third write commits the batch
    assert archive.pending_writes == 0
    assert committed_urls(path) == urls[:3]
    archive.save_article(record(urls[3], make_body(4)))
    archive.flush()
    assert committed_urls(path) == urls[:4]
    archive.touch_checked(urls[0])
    archive.save_article(record(urls[4], make_body(5)))
    assert archive.pending_writes == 2
    archive.close()
    assert committed_urls(path) == urls


def test_group_commit_by_age(tmp_path):
    path = tmp_path / "batch.db"
    # commit_seconds=0: every batch is due as soon as it holds a write.
    with Archive(path, commit_every=1000, commit_seconds=0.0) as archive:
        archive.save_article(record("https://lamgiang.gov.vn/tin/1", make_body(1)))
        assert committed_urls(path) == ["https://lamgiang.gov.vn/tin/1"]
        assert not archive.flush_if_due()  # nothing left to commit
    with Archive(path, commit_every=1000, commit_seconds=None) as archive:
        archive.save_article(record("https://lamgiang.gov.vn/tin/2", make_body(2)))
        assert not archive.flush_if_due()  # no age limit: the batch waits for its size
        archive.commit_seconds = 0.0
        assert archive.flush_if_due()
        assert len(committed_urls(path)) == 2


def test_a_failed_write_in_a_batch_is_undone_alone(tmp_path):
    path = tmp_path / "batch.db"
    with Archive(path, commit_every=10) as archive:
        archive.save_article(record("https://lamgiang.gov.vn/tin/1", make_body(1)))
        with pytest.raises(ValueError, match="unknown legal_refs fields"):
            # Fails after the article row was inserted: the whole save is undone.
            archive.save_article(
                record("https://lamgiang.gov.vn/tin/2", make_body(2)),
                legal_refs=[{"raw": "Quyết định 749/QĐ-TTg", "wrong": 1}],
            )
        archive.record_fetch_error(None, "lamgiang", "https://lamgiang.gov.vn/tin/3", "http", 500)
        assert archive.pending_writes == 2
    assert committed_urls(path) == ["https://lamgiang.gov.vn/tin/1"]
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM article_urls").fetchone()[0] == 1
    assert conn.execute("SELECT url FROM fetch_errors").fetchall() == [
        ("https://lamgiang.gov.vn/tin/3",)
    ]


def test_a_write_without_savepoint_keeps_its_statements_that_succeeded(tmp_path):
    path = tmp_path / "batch.db"
    error = "INSERT INTO fetch_errors(portal, url, reason, at) VALUES ('x', ?, 'e', '2026')"
    with Archive(path, commit_every=10) as archive:
        for savepoint in (True, False):
            with pytest.raises(sqlite3.IntegrityError):
                with archive.transaction(savepoint=savepoint) as conn:
                    conn.execute(error, (f"https://lamgiang.gov.vn/{savepoint}",))
                    conn.execute("INSERT INTO articles(id, url, portal) VALUES (NULL, NULL, NULL)")
        assert archive.pending_writes == 0  # a failed write is not counted
        with archive.transaction(savepoint=False) as conn:
            conn.execute(error, ("https://lamgiang.gov.vn/after",))
        assert archive.pending_writes == 1
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT url FROM fetch_errors ORDER BY id").fetchall() == [
        ("https://lamgiang.gov.vn/False",),  # the savepoint undid the first write's
        ("https://lamgiang.gov.vn/after",),
    ]


def test_without_group_commit_every_write_commits(tmp_path):
    path = tmp_path / "plain.db"
    with Archive(path) as archive:
        archive.save_article(record("https://lamgiang.gov.vn/tin/1", make_body(1)))
        assert archive.pending_writes == 0
        assert not archive.conn.in_transaction
        assert committed_urls(path) == ["https://lamgiang.gov.vn/tin/1"]


BATCH_WRITER = textwrap.dedent(
    """
    import os, random, signal, sys
    from dtcrawl.bench.dedup import article_paragraphs
    from dtcrawl.storage import Archive
    path, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(7)
    archive = Archive(path, commit_every=5, commit_seconds=None)
    for i in range(count):
        archive.save_article({
            "url": f"https://lamgiang.gov.vn/tin/{i}", "portal": "lamgiang",
            "title": f"Bài {i}", "body": "\\n\\n".join(article_paragraphs(rng)),
        })
    os.kill(os.getpid(), signal.SIGKILL)  # killed with a batch of 3 saves not committed
    """
)


def test_sigkill_mid_batch_loses_only_the_uncommitted_writes(tmp_path):
    path = tmp_path / "crash.db"
    Archive(path).close()
    child = subprocess.run([sys.executable, "-c", BATCH_WRITER, str(path), "23"], check=False)
    assert child.returncode == -signal.SIGKILL
    assert assert_consistent(path) == 20
    assert committed_urls(path) == [f"https://lamgiang.gov.vn/tin/{i}" for i in range(20)]


def test_open_shared_gives_one_archive_per_file_until_the_last_release(tmp_path):
    from dtcrawl.storage import open_shared

    path = tmp_path / "shared.db"
    first = open_shared(path, commit_every=50)
    second = open_shared(tmp_path / "." / "shared.db", commit_every=2)
    assert second is first and first.commit_every == 50
    first.save_article(record("https://lamgiang.gov.vn/tin/1", make_body(1)))
    first.release()
    assert committed_urls(path) == []  # the other holder still writes in the batch
    second.save_article(record("https://lamgiang.gov.vn/tin/2", make_body(2)))
    second.release()  # the last holder: committed and closed
    assert len(committed_urls(path)) == 2
    third = open_shared(path)
    assert third is not first
    third.release()


def test_a_batch_is_indexed_for_search_when_it_commits(tmp_path):
    path = tmp_path / "batch.db"

    def committed_matches(expression: str) -> list[int]:
        conn = sqlite3.connect(path)
        try:
            query = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid"
            return [row[0] for row in conn.execute(query, (expression,))]
        finally:
            conn.close()

    with Archive(path, commit_every=10) as archive:
        first = archive.save_article(
            record("https://lamgiang.gov.vn/tin/1", "Xã Tân Lộc khai trương bưu điện văn hóa.")
        )
        second = archive.save_article(
            record("https://lamgiang.gov.vn/tin/2", "Huyện Bắc Vân ra mắt tổng đài dịch vụ công.")
        )
        # the first page changes within the same batch: the index forgets its old text
        archive.save_article(
            record("https://lamgiang.gov.vn/tin/1", "Xã Tân Lộc ra mắt ứng dụng công dân số.")
        )
        assert archive.pending_writes == 3
        assert committed_matches("tan") == []  # nothing committed yet
        # a search on the writing connection sees the open batch
        assert [r["id"] for r in archive.search("ra mắt")] == [second.article_id, first.article_id]
        assert archive.search("bưu điện") == []
        archive.flush()
        assert committed_matches("ra mat") == [first.article_id, second.article_id]
        assert committed_matches("buu") == []
        assert committed_matches("cong dan so") == [first.article_id]
        third = archive.save_article(
            record("https://lamgiang.gov.vn/tin/3", "Thôn Vĩnh Quang có điểm phát sóng miễn phí.")
        )
    assert committed_matches("vinh quang") == [third.article_id]  # close commits the rest


def test_candidates_are_the_first_ids_of_each_bucket(archive):
    from dtcrawl.storage import BUCKET_LIMIT, _buckets_sql

    crowded, small, empty = 11, -7, 5
    rows = [(crowded, article_id) for article_id in range(300, 100, -1)]
    rows += [(small, 42), (small, 9), (small, 300)]
    rows += [(crowded + RECENT_OFFSET, article_id) for article_id in (400, 50, 60)]  # recent
    archive.conn.executemany("INSERT INTO dedup_bands(band_key, article_id) VALUES (?, ?)", rows)
    keys = [crowded, small, empty, small]
    found = [tuple(row) for row in archive.conn.execute(_buckets_sql(len(keys)), keys)]
    one_by_one = [
        (band, row[0])
        for offset in (0, RECENT_OFFSET)  # each level's first ids
        for band, key in enumerate(keys)
        for row in archive.conn.execute(
            "SELECT article_id FROM dedup_bands WHERE band_key = ? LIMIT ?",
            (key + offset, BUCKET_LIMIT),
        )
    ]
    assert found == one_by_one
    assert [i for _, i in found] == [
        *range(101, 101 + BUCKET_LIMIT), 9, 42, 300, 9, 42, 300, 50, 60, 400
    ]  # fmt: skip


def crowded_pages(changed_at: int | None = None) -> list[tuple[str, str]]:
    """70 near-identical pages (more than BUCKET_LIMIT ids in their LSH buckets), one of them
    changed twice (at ``changed_at``, or after the 70), then five copies on another portal."""
    base = make_body(7)
    pages = [
        (f"https://a.gov.vn/tin/{i}", f"{base}\n\nBài số {i} của chuyên mục.") for i in range(70)
    ]
    changed = [(pages[3][0], make_body(8)), (pages[3][0], make_copy(make_body(8), 1))]
    at = len(pages) if changed_at is None else changed_at
    pages[at:at] = changed
    return pages + [(f"https://b.gov.vn/ban-sao/{i}", make_copy(base, i)) for i in range(5)]


def save_pages(archive: Archive, pages: list[tuple[str, str]], after=None) -> list:
    """Save ``pages`` in order, each with its own date; ``after(n)`` runs after the n-th."""
    results = []
    for n, (url, body) in enumerate(pages):
        published = f"2025-03-{1 + n % 28:02d}T08:00:00"
        results.append(archive.save_article(record(url, body, published=published)))
        if after is not None:
            after(n)
    return results


def test_a_batch_finds_the_copies_it_has_not_committed_yet(tmp_path):
    # 70 near-identical pages share most LSH buckets (more than BUCKET_LIMIT ids in each),
    # a page changes twice, and a failed save leaves no band rows: batches of any size end
    # with the same rows and links as one transaction per save.
    pages = crowded_pages()
    outcomes = {}
    for every in (1, 10, 1000):
        path = tmp_path / f"every{every}.db"
        with Archive(path, commit_every=every) as archive:

            def fail_once(n: int, archive: Archive = archive) -> None:
                if n == 40:
                    with pytest.raises(ValueError, match="unknown indicators fields"):
                        archive.save_article(
                            record("https://c.gov.vn/loi", make_body(9)), indicators=[{"x": 1}]
                        )

            results = save_pages(archive, pages, after=fail_once)
        conn = sqlite3.connect(path)
        tables = {
            name: sorted(conn.execute(f"SELECT * FROM {name}").fetchall())
            for name in ("articles", "article_urls", "article_versions", "dedup_bands")
        }
        outcomes[every] = (results, tables)
        conn.close()
    assert outcomes[10] == outcomes[1] and outcomes[1000] == outcomes[1]
    results, tables = outcomes[1]
    assert [r.action for r in results].count("duplicate") >= 70
    assert len(tables["dedup_bands"]) == 32 * len(tables["articles"])


def test_the_recent_level_of_the_bands_changes_no_link(tmp_path, monkeypatch):
    # The same pages as above (buckets of more than BUCKET_LIMIT ids, a page changed twice,
    # copies), saved with the recent level moved down every 2 or 5 articles, or never: the
    # same rows and links, with and without group commit; band rows of the current texts only.
    import dtcrawl.storage as storage

    pages = crowded_pages(changed_at=20)
    outcomes = {}
    for limit, every in [(10**9, 1), (64, 1), (160, 1), (64, 10)]:
        monkeypatch.setattr(storage, "RECENT_BANDS", limit)
        path = tmp_path / f"limit{limit}-every{every}.db"
        with Archive(path, commit_every=every) as archive:
            results = save_pages(archive, pages)
        conn = sqlite3.connect(path)
        levels = conn.execute(
            "SELECT SUM(band_key < ?1), SUM(band_key >= ?1) FROM dedup_bands",
            (RECENT_OFFSET // 2,),
        ).fetchone()
        assert levels[1] < limit + 32 * every  # moved down once full
        bands = sorted(
            (key - RECENT_OFFSET if key >= RECENT_OFFSET // 2 else key, article_id)
            for key, article_id in conn.execute("SELECT band_key, article_id FROM dedup_bands")
        )
        articles = sorted(conn.execute("SELECT * FROM articles").fetchall())
        bodies = conn.execute("SELECT id, body FROM articles").fetchall()
        conn.close()
        outcomes[limit, every] = (results, articles, bands)
        assert levels[0] == 0 if limit == 10**9 else levels[0] > levels[1]
        assert bands == sorted(
            (key, article_id)
            for article_id, body in bodies
            for key in set(dedup.fingerprint(body).band_keys)
        )
    assert all(outcome == outcomes[10**9, 1] for outcome in outcomes.values())
    results = outcomes[10**9, 1][0]
    assert [r.action for r in results].count("duplicate") >= 70
