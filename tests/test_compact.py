"""``dtcrawl compact``: an archive with small pages is rewritten with the current page size."""

from __future__ import annotations

import sqlite3

from conftest import run_dtcrawl

from dtcrawl.crawl import archive_lock
from dtcrawl.storage import PAGE_SIZE, Archive


def _small_page_archive(path) -> None:
    """An archive created the way schema 4 did: 4 KiB pages, WAL mode, a few articles."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA page_size = 4096")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    with Archive(path) as archive:
        for n in range(1, 6):
            archive.save_article(
                {
                    "url": f"https://tinh.gov.vn/tin/{n}",
                    "portal": "tinh",
                    "title": f"Chuyển đổi số ở xã số {n}",
                    "body": f"Bài số {n}: xã đẩy mạnh chuyển đổi số, dịch vụ công trực tuyến.",
                }
            )


def _page_size(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()


def test_compact_rewrites_with_current_page_size_and_keeps_everything(tmp_path):
    db = tmp_path / "old.db"
    _small_page_archive(db)
    assert _page_size(db) == 4096

    result = run_dtcrawl("compact", "--db", str(db))

    assert "KiB pages" in result.stdout
    assert _page_size(db) == PAGE_SIZE
    with Archive(db) as archive:
        assert archive.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
        assert archive.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert archive.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [row["url"] for row in archive.search("chuyen doi so", limit=10)]


def test_compact_waits_for_no_crawl(tmp_path):
    db = tmp_path / "busy.db"
    _small_page_archive(db)
    with archive_lock(db):
        result = run_dtcrawl("compact", "--db", str(db), check=False)
    assert result.returncode == 75
    assert _page_size(db) == 4096


def test_compact_of_a_missing_archive_is_a_clear_error(tmp_path):
    result = run_dtcrawl("compact", "--db", str(tmp_path / "none.db"), check=False)
    assert result.returncode == 2
    assert "no archive" in result.stderr
