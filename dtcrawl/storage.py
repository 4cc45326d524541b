"""The SQLite archive: one row per article page, duplicates linked to one story.

Open it with :class:`Archive`; the schema is created and migrated on open (``PRAGMA
user_version``; this module knows version 6). The database is in WAL mode with a busy timeout,
so several processes may read and write it at once; every save is one transaction, so a process
killed mid-save leaves the archive as it was before that save. The crawler opts into *group
commit* instead (``Archive(path, commit_every=100, commit_seconds=1.0)``, see :class:`Archive`):
its writes share one transaction committed every N writes or T seconds, each write a savepoint.

All times are ISO 8601 in Vietnam time with the offset (``2025-03-04T08:15:00+07:00``).

New archives use 64 KiB pages (:data:`PAGE_SIZE`); an archive created before schema 5 keeps its
4 KiB pages until :func:`compact` rewrites it (about 0.4 KB per article smaller).

Tables and columns (schema version 6)
--------------------------------------

``articles`` — one row per article page (URL) ever archived, with its current text.
    - ``id``: integer primary key; also the rowid of ``articles_fts``.
    - ``url``: canonical URL of the page (unique); see ``dtcrawl.urls.canonicalize_url``.
    - ``portal``: id of the portal in the registry (``lamgiang``, ``sokhcn-lamgiang``, ...).
    - ``province``: province the portal belongs to.
    - ``title``: article title.
    - ``published_at``: publication time shown on the page (ISO 8601, +07:00), or null.
    - ``modified_at``: last-modified time shown on the page, or null.
    - ``author``: byline (author or "Tin, ảnh: ..." credit), or null.
    - ``source``: the text after "Nguồn: " (a newspaper, site or document), or null.
    - ``captions``: JSON list of photo captions (not part of the body).
    - ``body``: plain text of the article, paragraphs separated by a blank line, NFC.
    - ``relevant``: 1 if the article is digital-transformation news, 0 if not, null if unknown.
    - ``relevance_score``: score of the relevance classifier (higher = more relevant).
    - ``relevance_terms``: JSON object, the matched vocabulary terms and their counts.
    - ``duplicate_of``: null if this row is a story; else the id of the story row it repeats
      (always a row whose own ``duplicate_of`` is null: no chains).
    - ``duplicate_similarity``: Jaccard similarity (word 5-shingles) to the row it was matched
      with when it was linked (1.0 for identical text); null for stories.
    - ``content_hash``: SHA-256 of the body (NFC, whitespace collapsed, trailing "Nguồn:" line
      removed), 64 hex digits; equal hashes mean identical text. Indexed by its first 16
      digits: ``WHERE substr(content_hash, 1, 16) = substr(:h, 1, 16) AND +content_hash = :h``.
    - ``word_count``: number of words (syllables) in the body.
    - ``fetched_at``: when the current text was fetched.
    - ``first_seen_at``: when the page was first archived.
    - ``checked_at``: when the page was last checked (fetched, or answered 304 Not Modified).
    - ``etag``, ``last_modified``: HTTP validators of the last response, for conditional requests.
    - ``extractor_version``: version of the extractor that produced title/body/metadata.
    - ``capture_id``: the raw capture (``captures.id``, see :mod:`dtcrawl.warc`) the current
      text was extracted from; NULL for rows stored before captures were kept.

``article_urls`` — every URL under which an article was seen (its own and variants: http/https,
print views, redirects, URLs before ``rel=canonical``).
    - ``url``: the variant, canonicalised (primary key).
    - ``url_key``: identity key of the URL (no scheme, no ``www.``, no trailing slash).
    - ``article_id``: the article (``articles.id``).
    - ``first_seen_at``: when this variant was first recorded.

``article_versions`` — earlier texts of articles whose page changed.
    - ``id``: integer primary key.
    - ``article_id``: the article (``articles.id``).
    - ``title``, ``body``, ``content_hash``: the earlier title and text.
    - ``valid_from``: when that text was fetched; ``valid_until``: when a different text was
      first fetched in its place.

``legal_refs`` — legal documents cited in article bodies.
    - ``id``: integer primary key; ``article_id``: the citing article.
    - ``raw``: the reference as written ("Quyết định số 749/QĐ-TTg").
    - ``number``: the document number ("749/QĐ-TTg"); ``doc_type``: type code ("QĐ");
      ``issuer``: issuing body code ("TTg"); ``year``: year in the number or date, or null;
      ``issued_on``: issue date (ISO 8601 date) if given; ``key``: normalised key to group
      references to the same document.

``indicators`` — numeric facts stated in article bodies (filled by the indicator extractor).
    - ``id``: integer primary key; ``article_id``: the article.
    - ``province``, ``published_at``: copied from the article, for filtering.
    - ``value``: the number; ``unit``: its unit ("%", "hồ sơ", ...); ``denominator``: what a
      rate is out of, if stated; ``qualifier``: "trên", "gần", "đạt" ...; ``subject``: what is
      counted; ``indicator``: normalised indicator name; ``sentence``: the source sentence.

``crawl_runs`` — one row per crawl.
    - ``id``: integer primary key; ``started_at``, ``finished_at``: times.
    - ``status``: ``running``, ``finished``, ``failed``, ``interrupted`` ...
    - ``portals``: JSON list of portal ids crawled.
    - ``pages_fetched``, ``new``, ``updated``, ``duplicates``, ``unchanged``, ``errors``: counts.
    - ``stats``: JSON object, all statistics of the run.

``fetch_errors`` — pages that could not be fetched or parsed.
    - ``id``: integer primary key; ``run_id``: the crawl run (``crawl_runs.id``).
    - ``portal``, ``url``: where; ``reason``: what went wrong (``dns``, ``timeout``, ``http``,
      ``parse``, ...); ``status``: HTTP status if any; ``at``: when.

``articles_fts`` — FTS5 full-text index of ``articles``; rowid = ``articles.id``; columns
``title`` and ``body`` index the *folded* text (lower case, no diacritics, đ→d; see
``dtcrawl.text.fold``), tokenizer ``unicode61 remove_diacritics 2``. Fold the query the same
way: ``SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'chuyen doi so'``. Kept in sync
by this module (no triggers: SQLite cannot fold đ), so any SQLite client can read it (with
group commit, a batch's index changes are written when the batch commits). Since
schema 4 the index is *contentless* (``content=''``): it returns rowids, but its ``title``/
``body`` columns read as NULL (join ``articles`` for the text). Since schema 5 it keeps no
positions (``detail=none``): it answers words (``chuyen doi so`` = all three words, ``OR``,
``NOT``, prefixes ``chuy*``), not phrases, ``NEAR`` or column filters (``title: ...``), and
``rank``/``bm25()`` are always 0. To find a phrase, match its words and check the phrase on the
text of the rows found (:mod:`dtcrawl.fts`; the search page and :meth:`Archive.search` do).

``dedup_bands`` — LSH band keys of article bodies, for finding near-duplicates in a few index
look-ups (see ``dtcrawl.dedup``). ``band_key``: signed 32-bit integer (band number and band
hash values mixed); ``article_id``: the article. 32 rows per article of 25 words or more
(with group commit, written when the batch commits). Since schema 6 the rows of the latest
articles carry their key plus 2**32 (:data:`RECENT_OFFSET`): this *recent level* sits at the
end of the table's index, in a few pages, until :data:`RECENT_BANDS` rows are in it and they
are moved down to their own keys, in key order (``WHERE band_key >= 2147483648`` selects it).
A bucket is the rows of a key at both levels.
(No index by article: an article's keys are recomputed from its body to delete them. Schema 4
and earlier also had ``dedup_signatures``, MinHash signatures, dropped in schema 5.)

``archive_meta`` — ``key``/``value`` settings of the archive (``dedup_scheme``: the LSH key
scheme of ``dedup_bands``; when it differs from ``dtcrawl.dedup.SCHEME`` the bands are rebuilt).

View ``stories`` — one row per story (an article row that is not a duplicate):
``story_id``, ``title``, ``url``, ``portal``, ``province``, ``published_at``,
``first_published_at`` (earliest publication time among its copies), ``copies`` (rows
carrying it, itself included), ``portal_count``, ``portals`` (JSON list of the portals that
carried it), ``relevant``, ``relevance_score``, ``word_count``.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any, Literal

from dtcrawl import dedup, fts
from dtcrawl.text import fold, normalize, normalize_line
from dtcrawl.urls import canonicalize_url, url_key

logger = logging.getLogger(__name__)

VIETNAM = timezone(timedelta(hours=7), "ICT")
#: The ``fetch_errors`` reason of a page that gave no article text (empty, or not an article).
NO_TEXT = "no article text found (empty or broken page)"
#: Reason recorded for a page that answers with a page saying its article is not there (a
#: deleted story whose address a listing still links: a "soft 404").
GONE = "the page says the article is not there (deleted; answered 200)"
#: Reasons recorded for pages of a portal that are not news of this archive.
STATIC_PAGE = "not news: a page of the portal's own (no date, and no listing lists it)"
FOREIGN_PAGE = "not news: not in Vietnamese"
EVENT_PAGE = "not news: an event's page (a calendar entry)"
MEDIA_PAGE = "not news text: a video, sound, photo gallery or infographic page"
#: Pages recorded with these reasons once wait for their re-check (those without text, twice).
NOT_STORED = (GONE, STATIC_PAGE, FOREIGN_PAGE, EVENT_PAGE, MEDIA_PAGE)
#: Page size of new archives (``PRAGMA page_size``, the largest SQLite allows), chosen with
#: ``python -m dtcrawl.bench.archive --no-search --page-size N``. Article rows are 3-7 KB with
#: the body, and a page holds whole rows plus a gap smaller than the next row: unused space per
#: article measured ~600 B with 4 KiB pages (half-empty pages and overflow pages), 2,500 B with
#: 8 KiB, ~750 B with 16 KiB, ~350 B with 32 KiB and ~170 B with 64 KiB; only 64 KiB keeps the
#: archive under 2 KB per article beyond the body. The price: each save writes its changed pages
#: whole to the WAL (about 1 MB a save, against 0.24 MB with 4 KiB pages; see RECENT_BANDS).
PAGE_SIZE = 65536
#: At most this many article ids are read from one LSH bucket (a bucket shared by thousands
#: of articles holds boilerplate, not duplicates; true duplicates share several buckets).
BUCKET_LIMIT = 64
#: At most this many candidates (most shared LSH bands first) are verified by exact Jaccard.
MAX_VERIFY = 8
#: Added to the key of a ``dedup_bands`` row of the *recent level* (schema 6): band keys are
#: signed 32-bit integers, so the recent rows (``band_key >= RECENT_OFFSET // 2``) sort after
#: every other row, together in the last pages of the table's index.
RECENT_OFFSET = 1 << 32
#: Band rows in the recent level at which they are moved down to their own keys (1,024
#: articles). An article's 32 random keys land on 32 different 64 KiB pages of the band index
#: once it has more than a few hundred pages, and a commit writes every page it changed to the
#: WAL whole: measured on the dedup benchmark's stream, 24.8 of the 39.6 pages each save wrote
#: at 9,000 articles, 31.7 of 46.5 at 99,000. In the recent level the 32 rows change its ~8
#: pages; moving 32,768 rows down in key order rewrites each page of the index once.
RECENT_BANDS = 32 * 1024
#: Size in bytes the WAL file is cut back to after a checkpoint (``PRAGMA journal_size_limit``).
WAL_SIZE_LIMIT = 96 * 2**20
#: ``Archive.search`` checks the phrase on at most this many rows holding all its words.
SEARCH_CANDIDATES = 2000

_SCHEMA_V1 = [
    """CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    portal TEXT NOT NULL,
    province TEXT,
    title TEXT,
    published_at TEXT,
    modified_at TEXT,
    author TEXT,
    source TEXT,
    captions TEXT NOT NULL DEFAULT '[]',
    body TEXT NOT NULL DEFAULT '',
    relevant INTEGER,
    relevance_score REAL,
    relevance_terms TEXT NOT NULL DEFAULT '{}',
    duplicate_of INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    duplicate_similarity REAL,
    content_hash TEXT NOT NULL,
    word_count INTEGER NOT NULL DEFAULT 0,
    fetched_at TEXT,
    first_seen_at TEXT NOT NULL,
    checked_at TEXT,
    etag TEXT,
    last_modified TEXT,
    extractor_version TEXT
)""",
    "CREATE INDEX articles_portal_published ON articles(portal, published_at)",
    "CREATE INDEX articles_published ON articles(published_at)",
    "CREATE INDEX articles_duplicate_of ON articles(duplicate_of)",
    "CREATE INDEX articles_content_hash ON articles(content_hash)",
    """CREATE TABLE article_urls (
    url TEXT PRIMARY KEY,
    url_key TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    first_seen_at TEXT NOT NULL
)""",
    "CREATE INDEX article_urls_key ON article_urls(url_key)",
    "CREATE INDEX article_urls_article ON article_urls(article_id)",
    """CREATE TABLE article_versions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    title TEXT,
    body TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    valid_from TEXT,
    valid_until TEXT
)""",
    "CREATE INDEX article_versions_article ON article_versions(article_id)",
    """CREATE TABLE legal_refs (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    raw TEXT NOT NULL,
    number TEXT,
    doc_type TEXT,
    issuer TEXT,
    year INTEGER,
    issued_on TEXT,
    key TEXT
)""",
    "CREATE INDEX legal_refs_article ON legal_refs(article_id)",
    "CREATE INDEX legal_refs_key ON legal_refs(key)",
    """CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    province TEXT,
    published_at TEXT,
    value REAL,
    unit TEXT,
    denominator REAL,
    qualifier TEXT,
    subject TEXT,
    indicator TEXT,
    sentence TEXT
)""",
    "CREATE INDEX indicators_article ON indicators(article_id)",
    "CREATE INDEX indicators_indicator ON indicators(indicator, province)",
    """CREATE TABLE crawl_runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,
    portals TEXT NOT NULL DEFAULT '[]',
    pages_fetched INTEGER,
    new INTEGER,
    updated INTEGER,
    duplicates INTEGER,
    unchanged INTEGER,
    errors INTEGER,
    stats TEXT NOT NULL DEFAULT '{}'
)""",
    """CREATE TABLE fetch_errors (
    id INTEGER PRIMARY KEY,
    run_id INTEGER REFERENCES crawl_runs(id) ON DELETE CASCADE,
    portal TEXT,
    url TEXT NOT NULL,
    reason TEXT NOT NULL,
    status INTEGER,
    at TEXT NOT NULL
)""",
    "CREATE INDEX fetch_errors_run ON fetch_errors(run_id)",
    "CREATE INDEX fetch_errors_portal ON fetch_errors(portal, at)",
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, "
    "tokenize = 'unicode61 remove_diacritics 2')",
    """CREATE TABLE dedup_bands (
    band_key BLOB NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID""",
    "CREATE INDEX dedup_bands_article ON dedup_bands(article_id)",
    "CREATE TABLE archive_meta (key TEXT PRIMARY KEY, value TEXT)",
    """CREATE VIEW stories AS
SELECT
    s.id AS story_id,
    s.title,
    s.url,
    s.portal,
    s.province,
    s.published_at,
    MIN(c.published_at) AS first_published_at,
    COUNT(*) AS copies,
    COUNT(DISTINCT c.portal) AS portal_count,
    json_group_array(DISTINCT c.portal) AS portals,
    s.relevant,
    s.relevance_score,
    s.word_count
FROM articles AS s
JOIN (
    SELECT id AS story_id, portal, published_at FROM articles WHERE duplicate_of IS NULL
    UNION ALL
    SELECT duplicate_of, portal, published_at FROM articles WHERE duplicate_of IS NOT NULL
) AS c ON c.story_id = s.id
WHERE s.duplicate_of IS NULL
GROUP BY s.id""",
]

# Version 2: MinHash signatures, to rank LSH candidates cheaply before exact verification;
# marking the dedup scheme stale makes the archive compute them for existing articles.
_SCHEMA_V2 = [
    """CREATE TABLE dedup_signatures (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    signature BLOB NOT NULL
)""",
    "UPDATE archive_meta SET value = 'stale' WHERE key = 'dedup_scheme'",
]

#: Schema steps: MIGRATIONS[n] takes a database from user_version n to n + 1.
# Schema 3: each article row points at the raw capture (dtcrawl.warc) its text came from.
_SCHEMA_V3 = ["ALTER TABLE articles ADD COLUMN capture_id INTEGER"]

# Schema 4: the full-text index keeps no copy of the text (FTS5 ``content=''``): the folded
# title and body were 4.1 KB per article, as much again as the body itself. The index is rebuilt
# from ``articles`` with the ``fold()`` SQL function that :class:`Archive` registers on its
# connection; rows are removed with FTS5's 'delete' command and the old folded text.
_SCHEMA_V4 = [
    "DROP TABLE articles_fts",
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content = '', "
    "tokenize = 'unicode61 remove_diacritics 2')",
    "INSERT INTO articles_fts(rowid, title, body) SELECT id, fold(title), fold(body) FROM articles",
]

_BANDS_INSERT = "INSERT OR IGNORE INTO dedup_bands(band_key, article_id) VALUES "
_RECENT_BANDS_WHERE = f"band_key >= {RECENT_OFFSET // 2}"
#: The recent level's rows, moved down to their own keys in key order (then deleted).
_MERGE_RECENT_BANDS = (
    f"INSERT OR IGNORE INTO dedup_bands(band_key, article_id) SELECT band_key - {RECENT_OFFSET}, "
    f"article_id FROM dedup_bands WHERE {_RECENT_BANDS_WHERE} ORDER BY band_key, article_id"
)
_FTS_INSERT_SQL = "INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)"
#: A contentless index forgets a row when given the text it indexed.
_FTS_DELETE_SQL = (
    "INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)"
)

#: The indexed prefix of ``articles.content_hash`` (schema 5); a query by hash must name it,
#: and compare the whole hash as ``+content_hash = ?`` (with a plain ``content_hash = ?``
#: SQLite propagates the constant into the prefix expression and no longer sees the index).
_HASH_PREFIX = "substr(content_hash, 1, 16)"
#: The earliest other row with the same text (?1: content hash, ?2: the row's own id).
_SAME_TEXT_SQL = (
    f"SELECT id, duplicate_of FROM articles WHERE {_HASH_PREFIX} = substr(?1, 1, 16) "
    "AND +content_hash = ?1 AND id != ?2 ORDER BY id LIMIT 1"
)
#: The same page of a portal under another address (?1: content hash, ?2: portal, ?3: title).
_SAME_PAGE_SQL = (
    "SELECT id, url, content_hash, etag, last_modified, checked_at, fetched_at, duplicate_of "
    f"FROM articles WHERE {_HASH_PREFIX} = substr(?1, 1, 16) AND +content_hash = ?1 "
    "AND portal = ?2 AND title IS ?3 ORDER BY id LIMIT 1"
)

# Schema 5: size (issue 8). The full-text index keeps no positions (FTS5 ``detail=none``:
# 267 B per article instead of 2,070; phrases are checked on the text, see dtcrawl.fts); LSH
# band keys are 4-byte integers and need no index by article (an article's keys are recomputed
# from its stored body to delete them); MinHash signatures are not stored (candidates are
# ranked by the number of bands they share). The bands are re-keyed by
# ``rebuild_dedup_bands`` (the dedup scheme changed) right after this step.
_SCHEMA_V5 = [
    "DROP TABLE articles_fts",
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content = '', detail = none, "
    "tokenize = 'unicode61 remove_diacritics 2')",
    "INSERT INTO articles_fts(rowid, title, body) SELECT id, fold(title), fold(body) FROM articles",
    "DROP TABLE dedup_bands",
    """CREATE TABLE dedup_bands (
    band_key INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID""",
    "DROP TABLE dedup_signatures",
    "UPDATE archive_meta SET value = 'stale' WHERE key = 'dedup_scheme'",
    # The first 16 hex digits (64 bits) of the hash find a row as surely as all 64 and make
    # an index entry 48 bytes shorter; queries check the whole hash on the row found.
    "DROP INDEX articles_content_hash",
    f"CREATE INDEX articles_content_hash ON articles({_HASH_PREFIX})",
]

# Schema 6: ``dedup_bands`` rows of the latest articles are kept at a *recent level* (their key
# plus RECENT_OFFSET) until moved down in bulk. No table changes; the version tells an older
# dtcrawl, which would not look for candidates there, not to write to the archive.
_SCHEMA_V6: list[str] = []

MIGRATIONS: list[list[str]] = [
    _SCHEMA_V1, _SCHEMA_V2, _SCHEMA_V3, _SCHEMA_V4, _SCHEMA_V5, _SCHEMA_V6,
]  # fmt: skip
#: The schema version this module creates and reads (``PRAGMA user_version``).
SCHEMA_VERSION = len(MIGRATIONS)

_RECORD_FIELDS = {
    "url", "portal", "province", "title", "published_at", "modified_at", "author", "source",
    "captions", "body", "relevant", "relevance_score", "relevance_terms", "fetched_at", "etag",
    "last_modified", "extractor_version", "capture_id",
}  # fmt: skip
_LEGAL_REF_FIELDS = ("raw", "number", "doc_type", "issuer", "year", "issued_on", "key")
_INDICATOR_FIELDS = (
    "province", "published_at", "value", "unit", "denominator", "qualifier", "subject",
    "indicator", "sentence",
)  # fmt: skip
_LEGAL_REF_KEYS = frozenset(_LEGAL_REF_FIELDS)
_INDICATOR_KEYS = frozenset(_INDICATOR_FIELDS)
assert _INDICATOR_FIELDS[:2] == ("province", "published_at")
_RUN_COUNTS = ("pages_fetched", "new", "updated", "duplicates", "unchanged", "errors")


def now_iso() -> str:
    """Return the current time in Vietnam time, ISO 8601 with offset, to the second."""
    return datetime.now(VIETNAM).isoformat(timespec="seconds")


def iso_time(value: str | datetime | date | None) -> str | None:
    """Return ``value`` as ISO 8601 in Vietnam time (+07:00); naive times are taken as local.

    >>> iso_time("2025-03-04T08:15:00")
    '2025-03-04T08:15:00+07:00'
    >>> iso_time("2025-03-04T01:15:00Z")
    '2025-03-04T08:15:00+07:00'
    >>> iso_time("2025-03-04")
    '2025-03-04T00:00:00+07:00'
    """
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return _iso_of_text(value)
    return _iso_of_time(value)


# An article's times come back with each of its figures (10 a page on the crawl benchmark).
@lru_cache(maxsize=4096)
def _iso_of_text(value: str) -> str:
    return _iso_of_time(datetime.fromisoformat(value.strip()))


def _iso_of_time(value: datetime | date) -> str:
    if not isinstance(value, datetime):  # a date
        value = datetime(value.year, value.month, value.day)
    if value.tzinfo is None:
        value = value.replace(tzinfo=VIETNAM)
    return value.astimezone(VIETNAM).isoformat(timespec="seconds")


@dataclass(frozen=True)
class StoredArticle:
    """What the crawler needs to know about an archived page."""

    id: int
    url: str
    content_hash: str
    etag: str | None
    last_modified: str | None
    checked_at: str | None
    fetched_at: str | None
    duplicate_of: int | None


@dataclass(frozen=True)
class SaveResult:
    """Outcome of :meth:`Archive.save_article`.

    ``action`` is ``new`` (a new story), ``duplicate`` (a new page repeating a story:
    ``duplicate_of`` is the story's id, or ``article_id`` itself if the new page was published
    earlier and became the story), ``updated`` (known page, changed text; the old text is in
    ``article_versions``) or ``unchanged``.
    """

    action: Literal["new", "updated", "unchanged", "duplicate"]
    article_id: int
    duplicate_of: int | None = None


def compact(path: str | Path, page_size: int = PAGE_SIZE) -> None:
    """Rewrite the archive at ``path`` with ``page_size`` pages, packed (``VACUUM``).

    An archive created before schema 5 has 4 KiB pages: this converts it. Needs the archive to
    itself (no crawler or Datasette on it) and free disk space the size of the archive. WAL mode
    cannot change the page size, so the file leaves WAL mode for the ``VACUUM`` and returns.
    """
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(f"PRAGMA page_size = {int(page_size)}")
        conn.execute("VACUUM")
        use_wal(conn)
    finally:
        conn.close()


def use_wal(conn: sqlite3.Connection, timeout: float = 60.0) -> None:
    """Put the database of ``conn`` in WAL mode, waiting up to ``timeout`` s for other users.

    The change of journal mode needs the file to itself, and SQLite does not call the busy
    handler for it: two crawls (or a crawl and Datasette) opening a new archive at the same
    moment made one fail at once with "database is locked". So the change is retried, backing
    off from 1 ms to 100 ms, until it is done (by this connection or another) or ``timeout``
    runs out; then the error is raised. An archive already in WAL mode (every open after its
    first) takes no lock here. An in-memory database stays in its ``memory`` mode.

    >>> conn = sqlite3.connect(":memory:")
    >>> use_wal(conn)
    >>> conn.execute("PRAGMA journal_mode").fetchone()[0]
    'memory'
    """
    deadline = time.monotonic() + timeout
    delay = 0.001
    while True:
        try:
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if mode not in ("wal", "memory"):
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode in ("wal", "memory"):
                return
            error = sqlite3.OperationalError(f"journal mode stays {mode!r}: database is locked")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            error = exc
        left = deadline - time.monotonic()
        if left <= 0:
            raise error
        logger.debug("WAL mode: the database is locked, trying again in %.3f s", delay)
        time.sleep(min(delay, left))
        delay = min(delay * 2, 0.1)


#: Archives shared by the users of one process (:func:`open_shared`), by resolved path.
_SHARED: dict[str, Archive] = {}
_SHARED_LOCK = threading.Lock()


def open_shared(
    path: str | Path, *, commit_every: int = 1, commit_seconds: float | None = None
) -> Archive:
    """The one :class:`Archive` of this process on ``path``, for every user that asks for it.

    A crawl of several portals runs a pipeline per portal and a WARC writer in one thread:
    with group commit, two connections of it would each hold a write transaction, and the
    second would wait on the first (busy timeout) with the crawl stalled. So they share one
    archive: the first caller opens it with its ``commit_every``/``commit_seconds``, later
    callers get the same object. Each caller gives it back with :meth:`Archive.release`; the
    last one commits and closes it.
    """
    key = str(path) if str(path) == ":memory:" else str(Path(path).resolve())
    with _SHARED_LOCK:
        archive = _SHARED.get(key)
        if archive is None:
            archive = Archive(path, commit_every=commit_every, commit_seconds=commit_seconds)
            archive._shared_key = key
            _SHARED[key] = archive
        archive._users += 1
        return archive


class Archive:
    """The article archive in one SQLite file.

    >>> import tempfile, pathlib
    >>> with Archive(pathlib.Path(tempfile.mkdtemp()) / "a.db") as archive:
    ...     archive.save_article({"url": "https://tinh.gov.vn/tin/1", "portal": "tinh",
    ...                           "title": "Chuyển đổi số", "body": "Nội dung."}).action
    'new'

    By default every write (:meth:`save_article`, :meth:`touch_checked`,
    :meth:`record_fetch_error`, :meth:`start_run`, ... and :meth:`transaction`) is one
    transaction of its own. With ``commit_every`` above 1 the archive *groups commits*, as the
    crawler does: writes share one open transaction, committed once ``commit_every`` writes are
    in it, or at the first write ``commit_seconds`` after it began (or :meth:`flush_if_due`),
    and at :meth:`flush` and :meth:`close`. Each write is a savepoint inside it, so a write that
    fails is undone alone and the others stay. A process killed mid-batch loses the writes not
    yet committed, never more, and leaves the archive consistent (SQLite's WAL): the pages they
    stored are simply not archived yet, and the next crawl fetches them again. Other processes
    see a batch when it is committed; while it is open they read the archive as it was, and a
    writer among them waits for the commit (busy timeout). Only one connection of a process
    should write while a batch is open (:func:`open_shared`).

    >>> with Archive(pathlib.Path(tempfile.mkdtemp()) / "a.db", commit_every=50) as archive:
    ...     _ = archive.save_article({"url": "https://tinh.gov.vn/tin/1", "portal": "tinh",
    ...                               "title": "Chuyển đổi số", "body": "Nội dung."})
    ...     archive.pending_writes
    1
    """

    def __init__(
        self,
        path: str | Path,
        *,
        busy_timeout: float = 60.0,
        commit_every: int = 1,
        commit_seconds: float | None = None,
    ) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        #: Group commit: writes per transaction (1 = every write commits) and its age limit;
        #: set once the schema is migrated (migrations commit on their own).
        self.commit_every = 1
        self.commit_seconds = commit_seconds
        self._batch_writes = 0  # writes in the open batch
        #: Changes to the full-text index made by the writes of the open batch, applied just
        #: before it commits (see :meth:`_index`): (rowid, title, body, delete?) in order.
        self._fts_pending: list[tuple[int, str, str, bool]] = []
        #: LSH band rows added by the writes of the open batch, inserted just before it
        #: commits (see :meth:`_add_bands`): article ids by band key. Candidate look-ups
        #: read them with the table's rows. ``_bands_undo`` undoes the current write's changes.
        self._bands_pending: dict[int, set[int]] = {}
        self._bands_undo: list[tuple[bool, int, int]] = []
        #: Rows in the recent level of ``dedup_bands`` (see :meth:`_store_bands`): counted
        #: when first needed, then kept; None again after a rollback.
        self._recent_bands: int | None = None
        self._batch_began = 0.0  # time.monotonic() of its BEGIN
        self._users = 0  # holders of a shared archive (open_shared)
        self._shared_key: str | None = None
        self.conn = sqlite3.connect(
            str(path), timeout=busy_timeout, isolation_level=None, check_same_thread=False
        )
        self.conn.row_factory = sqlite3.Row
        # Only takes effect on a new, empty database, and only before WAL mode is set; an
        # existing archive keeps its page size (see :func:`compact` to change it).
        self.conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        self.conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        use_wal(self.conn, busy_timeout)
        self.conn.execute("PRAGMA synchronous = NORMAL")
        # Up to 512 MiB of page cache (filled only as pages are read): a save reads ~32 random
        # pages of the LSH band index and a page of each index, and verifies candidates on
        # random rows; pages missing are read from the OS (64 KiB each). Dedup benchmark at
        # 200,000 articles (1.3 GB): 2.15 s per 1,000 saves against 2.67 s with 256 MiB, peak
        # RSS 689 MB against 422 MB. With the 2 MiB default every save reads ~60 random pages.
        self.conn.execute("PRAGMA cache_size = -524288")
        # The WAL file keeps the size of its largest stretch of commits: about 64 MiB (SQLite
        # checkpoints at 1,000 pages), plus a whole move of the bands' recent level, which
        # rewrites the band index (83 MB at 200,000 articles). Cut back once checkpointed.
        self.conn.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
        self.conn.execute("PRAGMA foreign_keys = ON")
        # The search form of a text, for SQL (schema migrations rebuild the index with it).
        self.conn.create_function("fold", 1, fold, deterministic=True)
        self._migrate()
        self._check_dedup_scheme()
        self.commit_every = max(1, int(commit_every))

    # --- plumbing ---------------------------------------------------------------------------

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Commit the open batch of writes, if any (:meth:`flush`), and close the connection."""
        with self._lock:
            try:
                self.flush()
            finally:
                self.conn.close()

    def release(self) -> None:
        """Give back an archive had from :func:`open_shared`: the last holder closes it.

        An archive opened directly is simply closed.
        """
        with _SHARED_LOCK:
            self._users -= 1
            if self._users > 0:
                return
            if self._shared_key is not None and _SHARED.get(self._shared_key) is self:
                del _SHARED[self._shared_key]
        self.close()

    @property
    def pending_writes(self) -> int:
        """Writes made in the open batch and not committed yet (always 0 without group commit)."""
        return self._batch_writes

    def flush(self) -> None:
        """Commit the open batch of writes now (group commit); nothing to do when none is open."""
        with self._lock:
            if self.conn.in_transaction:
                self._apply_pending()
                self.conn.execute("COMMIT")
            self._fts_pending.clear()
            self._bands_pending.clear()
            self._batch_writes = 0

    def flush_if_due(self) -> bool:
        """Commit the open batch if it began ``commit_seconds`` ago or more; True if it did.

        For a timer: a batch is otherwise committed by the next write after its time is up, and a
        crawl waiting on slow portals may make no write for a while.
        """
        with self._lock:
            if self._batch_writes and self._batch_due():
                self.flush()
                return True
            return False

    def _batch_due(self) -> bool:
        return (
            self._batch_writes >= self.commit_every
            or self.commit_seconds is not None
            and time.monotonic() - self._batch_began >= self.commit_seconds
        )

    @contextmanager
    def transaction(self, *, savepoint: bool = True) -> Iterator[sqlite3.Connection]:
        """One write to the archive: yields the connection to write with.

        Its own transaction (``BEGIN IMMEDIATE``: waits for other writers), or with group
        commit a savepoint in the open batch. On an exception it is undone (alone) and the
        exception goes on. Other modules writing their tables in the archive (the WARC
        captures, templates) use it, so that one connection of the crawl writes.

        ``savepoint=False``, for a write whose statements each stand alone (the WARC capture's
        row and the roles it updates again): in the open batch, no savepoint; a statement that
        fails is undone by SQLite, those before it stay. A savepoint per write measured 0.04 ms
        of the crawl process's CPU a capture (it copies each 64 KiB page the write changes).
        """
        with self._lock:
            if self.commit_every <= 1:
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self.conn
                except BaseException:
                    self.conn.execute("ROLLBACK")
                    self._recent_bands = None
                    raise
                self.conn.execute("COMMIT")
                return
            if not self.conn.in_transaction:
                if self._batch_writes:  # SQLite rolled the whole batch back (disk full, I/O)
                    logger.error(
                        "%s: a batch of %d writes was rolled back by SQLite; the pages they "
                        "stored will be fetched again by the next crawl",
                        self.path,
                        self._batch_writes,
                    )
                self._fts_pending.clear()
                self._bands_pending.clear()
                self._recent_bands = None
                self.conn.execute("BEGIN IMMEDIATE")
                self._batch_writes = 0
                self._batch_began = time.monotonic()
            if not savepoint:
                yield self.conn
                self._batch_writes += 1
                if self._batch_due():
                    self.flush()
                return
            self.conn.execute("SAVEPOINT archive_write")
            indexed = len(self._fts_pending)
            self._bands_undo = []
            try:
                yield self.conn
            except BaseException:
                # the write's pending index changes and band rows go with it
                del self._fts_pending[indexed:]
                for added, key, article_id in reversed(self._bands_undo):
                    if added:
                        self._bands_pending[key].discard(article_id)
                    else:
                        self._bands_pending.setdefault(key, set()).add(article_id)
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK TO archive_write")
                    self.conn.execute("RELEASE archive_write")
                self._recent_bands = None
                raise
            self.conn.execute("RELEASE archive_write")
            self._batch_writes += 1
            if self._batch_due():
                self.flush()

    def _index(self, conn: sqlite3.Connection, changes: list[tuple[int, str, str, bool]]) -> None:
        """Change the full-text index: ``(rowid, folded title, folded body, delete?)`` in order.

        Without group commit now, as the write's last statements; with it, when the batch
        commits (:meth:`flush`). FTS5 writes the index entries it holds in memory to the
        database at every savepoint, and a batch has one per write: indexing one article at a
        time cost 150 us per article on the crawl benchmark, a batch at a time a fraction.
        Searches on this connection apply the pending changes first (:meth:`_apply_fts`).
        """
        if self.commit_every > 1 and conn.in_transaction:
            self._fts_pending.extend(changes)
            return
        self._apply_changes(conn, changes)

    @staticmethod
    def _apply_changes(conn: sqlite3.Connection, changes: list[tuple[int, str, str, bool]]):
        for delete, group in groupby(changes, key=itemgetter(3)):
            conn.executemany(_FTS_DELETE_SQL if delete else _FTS_INSERT_SQL, [c[:3] for c in group])

    def _apply_fts(self) -> None:
        """Apply the open batch's pending changes to the full-text index (not committed yet)."""
        self._apply_pending(bands=False)

    def _apply_pending(self, bands: bool = True) -> None:
        """Write the open batch's pending index changes (and band rows), not committing.

        Should that fail (disk full), the whole batch is rolled back rather than committed
        with articles the search or the dedup cannot find; the next crawl fetches them again.
        """
        if not self._fts_pending and not (bands and self._bands_pending):
            return
        changes, self._fts_pending = self._fts_pending, []
        rows = []
        if bands:
            rows = sorted((key, i) for key, ids in self._bands_pending.items() for i in ids)
            self._bands_pending.clear()
        try:
            self._apply_changes(self.conn, changes)
            self._store_bands(self.conn, rows)
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self._bands_pending.clear()
            self._recent_bands = None
            logger.error(
                "%s: the search index or dedup bands of a batch of %d writes could not be "
                "written; the batch was rolled back and its pages will be fetched again by "
                "the next crawl",
                self.path,
                self._batch_writes,
            )
            self._batch_writes = 0
            raise

    @property
    def db(self):
        """A ``sqlite_utils.Database`` on the same connection, for ad-hoc queries."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise RuntimeError(
                f"{self.path} has archive schema {version}; this dtcrawl knows up to "
                f"{len(MIGRATIONS)}: upgrade dtcrawl"
            )
        if version == len(MIGRATIONS):
            return
        with self.transaction() as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]  # another process?
            for step in range(version, len(MIGRATIONS)):
                for statement in MIGRATIONS[step]:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {step + 1}")
            if version == 0:
                conn.execute(
                    "INSERT INTO archive_meta(key, value) VALUES ('dedup_scheme', ?)",
                    (dedup.SCHEME,),
                )

    def _check_dedup_scheme(self) -> None:
        row = self.conn.execute(
            "SELECT value FROM archive_meta WHERE key = 'dedup_scheme'"
        ).fetchone()
        if row is None or row[0] != dedup.SCHEME:
            self.rebuild_dedup_bands()

    def rebuild_dedup_bands(self) -> int:
        """Recompute every article's LSH band keys (after a change of ``dedup.SCHEME``).

        Links between duplicates are kept. Returns the number of articles banded.
        """
        count = 0
        with self.transaction() as conn:
            conn.execute("DELETE FROM dedup_bands")
            self._recent_bands = 0
            for row in conn.execute("SELECT id, body FROM articles"):
                fp = dedup.fingerprint(row["body"], normalized=True)
                self._add_bands(conn, row["id"], fp, defer=False)
                count += fp.dedupable
            conn.execute(
                "INSERT OR REPLACE INTO archive_meta(key, value) VALUES ('dedup_scheme', ?)",
                (dedup.SCHEME,),
            )
        return count

    # --- crawl runs and errors --------------------------------------------------------------

    def start_run(self, portals: Iterable[str]) -> int:
        """Record the start of a crawl of ``portals``; return the run id."""
        with self.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO crawl_runs(started_at, status, portals) VALUES (?, 'running', ?)",
                (now_iso(), json.dumps(list(portals), ensure_ascii=False)),
            )
            return int(cursor.lastrowid)

    def finish_run(self, run_id: int, status: str, stats: Mapping[str, Any]) -> None:
        """Record the end of run ``run_id`` with its ``status`` and ``stats``.

        Counts named like the ``crawl_runs`` columns (``pages_fetched``, ``new``, ``updated``,
        ``duplicates``, ``unchanged``, ``errors``) fill those columns (summed over portals when
        ``stats`` maps each portal to its counts, as ``dtcrawl crawl`` records it); ``errors`` defaults to the
        number of ``fetch_errors`` of the run. The whole dict is kept as JSON in ``stats``.
        """
        flat = dict(stats)
        if stats and all(isinstance(v, Mapping) for v in stats.values()):
            # Per-portal counts ({portal: {count: n}}): the columns hold the totals.
            flat = {}
            for counts_of_portal in stats.values():
                for name, value in counts_of_portal.items():
                    if isinstance(value, int):
                        key = "duplicates" if name == "duplicate" else name
                        flat[key] = flat.get(key, 0) + value
        with self.transaction() as conn:
            counts = {name: flat.get(name) for name in _RUN_COUNTS}
            if counts["errors"] is None:
                counts["errors"] = conn.execute(
                    "SELECT COUNT(*) FROM fetch_errors WHERE run_id = ?", (run_id,)
                ).fetchone()[0]
            conn.execute(
                "UPDATE crawl_runs SET finished_at = ?, status = ?, pages_fetched = ?, new = ?, "
                "updated = ?, duplicates = ?, unchanged = ?, errors = ?, stats = ? WHERE id = ?",
                (
                    now_iso(),
                    status,
                    *(counts[name] for name in _RUN_COUNTS),
                    json.dumps(dict(stats), ensure_ascii=False, default=str, sort_keys=True),
                    run_id,
                ),
            )

    def record_fetch_error(
        self,
        run_id: int | None,
        portal: str | None,
        url: str,
        reason: str,
        status: int | None = None,
    ) -> None:
        """Record that ``url`` could not be fetched or parsed."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO fetch_errors(run_id, portal, url, reason, status, at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (run_id, portal, url, reason, status, now_iso()),
            )

    def pages_left(
        self,
        portal: str,
        since: str | None = None,
        before_run: int | None = None,
        runs: int = 1,
    ) -> dict[str, str]:
        """URL keys of ``portal``'s pages the crawl leaves until their re-check is due, each
        with the reason last recorded for it.

        Pages recorded as giving no article text (:data:`NO_TEXT`) in ``runs`` runs or more,
        and pages recorded once as not news or gone (:data:`NOT_STORED`: the portal's own
        pages, pages in another language, events' pages, deleted stories). Only records made
        at ``since`` (ISO 8601) or later, and in runs before ``before_run``, when given. A
        portal's short notices ("Thông báo" of two lines and a PDF) give no article text at
        every run: once that is seen twice the crawl leaves them (a page empty once, a
        server's slip, is fetched again at the next run), and a repeat is no sign of a changed
        layout; a bilingual portal's English pages, listed in its sitemap, are read once a
        re-check period, not at every run.
        """
        marks = ", ".join("?" * len(NOT_STORED))
        sql = (
            "SELECT url, max(id), reason FROM fetch_errors "
            f"WHERE portal = ? AND reason IN (?, {marks})"
        )
        args: list[Any] = [portal, NO_TEXT, *NOT_STORED]
        if since is not None:
            sql += " AND at >= ?"
            args.append(since)
        if before_run is not None:
            sql += " AND run_id < ?"
            args.append(before_run)
        sql += " GROUP BY url HAVING count(DISTINCT coalesce(run_id, -1)) >= ? OR max(reason <> ?)"
        args += [runs, NO_TEXT]
        with self._lock:
            # SQLite gives a row's other columns from the row that holds the max(): the last.
            return {url_key(url): reason for url, _, reason in self.conn.execute(sql, args)}

    # --- incremental crawling ---------------------------------------------------------------

    def lookup_url(self, url: str) -> StoredArticle | None:
        """Return the archived article at ``url`` (or any recorded variant of it), or None."""
        with self._lock:
            return self._find(self.conn, [url_key(url)])

    def needs_recheck(self, url: str, interval: timedelta, now: datetime | None = None) -> bool:
        """Whether ``url`` is unknown or was last checked at least ``interval`` ago."""
        article = self.lookup_url(url)
        checked = article and (article.checked_at or article.fetched_at)
        if not checked:
            return True
        now = now or datetime.now(VIETNAM)
        if now.tzinfo is None:
            now = now.replace(tzinfo=VIETNAM)
        return now - datetime.fromisoformat(checked) >= interval

    def known_urls(self, portal: str) -> set[str]:
        """Return the URL keys (``dtcrawl.urls.url_key``) of every archived page of ``portal``."""
        with self._lock:
            rows = self.conn.execute(
                "SELECT u.url_key FROM article_urls AS u JOIN articles AS a ON a.id = u.article_id "
                "WHERE a.portal = ?",
                (portal,),
            )
            return {row[0] for row in rows}

    def touch_checked(self, url: str, at: str | datetime | None = None) -> bool:
        """Record that ``url`` was checked and had not changed (HTTP 304). False if unknown."""
        with self.transaction() as conn:
            article = self._find(conn, [url_key(url)])
            if article is None:
                return False
            conn.execute(
                "UPDATE articles SET checked_at = ? WHERE id = ?",
                (iso_time(at) or now_iso(), article.id),
            )
            return True

    # --- search -----------------------------------------------------------------------------

    def search(self, query: str, limit: int = 20) -> list[sqlite3.Row]:
        """Return articles whose title or body contains the phrase ``query``, diacritics ignored.

        The query is folded (``dtcrawl.text.fold``) like the index, so "chuyển đổi số",
        "CHUYEN DOI SO" and "chuyen doi so" find the same articles. The index (``detail=none``)
        gives the rows holding every word; the phrase is checked on the newest
        :data:`SEARCH_CANDIDATES` of them. Rows are ordered by the number of times the phrase
        occurs in the title (first), then in the body, then newest first.
        """
        expression = fts.fts_tokens_query(query)
        if not expression:
            return []
        phrase = " ".join(fts.query_tokens(query))
        with self._lock:
            self._apply_fts()  # rows saved in the open batch are found too
            candidates = self.conn.execute(
                "SELECT a.id, a.url, a.portal, a.title, a.published_at, a.duplicate_of, a.body "
                "FROM articles_fts JOIN articles AS a ON a.id = articles_fts.rowid "
                "WHERE articles_fts MATCH ? ORDER BY articles_fts.rowid DESC LIMIT ?",
                (expression, SEARCH_CANDIDATES),
            ).fetchall()
        scored = []
        for row in candidates:
            in_title = fts.phrase_count(row["title"], phrase)
            in_body = fts.phrase_count(row["body"], phrase)
            if in_title or in_body:
                scored.append((-in_title, -in_body, -row["id"], row))
        scored.sort(key=lambda item: item[:3])
        return [item[3] for item in scored[:limit]]

    # --- saving -----------------------------------------------------------------------------

    def save_article(
        self,
        record: Mapping[str, Any],
        *,
        url_variants: Iterable[str] = (),
        legal_refs: Iterable[Mapping[str, Any]] | None = None,
        indicators: Iterable[Mapping[str, Any]] | None = None,
        fingerprint: dedup.Fingerprint | None = None,
    ) -> SaveResult:
        """Archive one fetched article page in one write (:meth:`transaction`); say what happened.

        ``record`` holds ``articles`` columns: ``url`` and ``portal`` are required; ``captions``
        is a list, ``relevance_terms`` a dict, times are ISO strings or datetimes (naive = Vietnam
        time). ``url_variants`` are other URLs of the same page (redirects, pre-canonical URL).
        ``legal_refs`` / ``indicators`` (dicts with those tables' columns) replace the article's
        rows when given; ``None`` keeps them, except that an update of the text drops them.
        ``fingerprint``: ``dedup.fingerprint(body)`` if already computed (in a worker process,
        say), of the body as given; it is computed here when omitted.

        - known URL, same title and text: ``unchanged`` (``checked_at`` and metadata refreshed);
        - known URL, different text: ``updated`` (the old text goes to ``article_versions``);
        - new URL: its own row; if its text repeats an archived story (same ``content_hash``,
          or a near-duplicate found through the LSH bands) the row is a ``duplicate`` linked to
          that story; the earlier-published row is the story.
        """
        row = self._prepare(record)
        urls = [row["url"], *(canonicalize_url(v) for v in url_variants if v)]
        variants = [(url, url_key(url)) for url in dict.fromkeys(urls)]
        fp = fingerprint or dedup.fingerprint(row["body"], normalized=True)
        folded = (fold(row["title"] or ""), fp.folded)
        refs = None if legal_refs is None else [dict(r) for r in legal_refs]
        facts = None if indicators is None else [dict(r) for r in indicators]
        index: list[tuple[int, str, str, bool]] = []  # full-text index changes
        with self.transaction() as conn:
            existing = self._find(conn, [key for _, key in variants])
            if existing is not None and self._names_another_page(conn, existing, variants, row, fp):
                # The page's canonical link names another stored page (a template giving every
                # article one address): the page keeps the address it was fetched at.
                row["url"] = variants[1][0]
                variants = variants[1:]
                existing = self._find(conn, [key for _, key in variants])
            if existing is None:
                # The same page of the same portal under another address (an ``ItemID=``
                # alias, a section prefix): one row, with this address as a variant.
                existing = self._find_alias(conn, row, fp)
            if existing is None:
                result = self._insert(conn, row, fp, folded, index)
            else:
                result = self._update(conn, existing, row, fp, folded, index)
                refs = [] if refs is None and result.action == "updated" else refs
                facts = [] if facts is None and result.action == "updated" else facts
            self._record_urls(conn, result.article_id, variants, row["fetched_at"])
            if refs is not None:
                self._replace_legal_refs(conn, result.article_id, refs)
            if facts is not None:
                self._replace_indicators(conn, result.article_id, row, facts)
            self._index(conn, index)
            return result

    def _prepare(self, record: Mapping[str, Any]) -> dict[str, Any]:
        unknown = set(record) - _RECORD_FIELDS
        if unknown:
            raise ValueError(f"unknown article fields: {', '.join(sorted(unknown))}")
        if not record.get("url") or not record.get("portal"):
            raise ValueError("an article record needs 'url' and 'portal'")
        row = {name: record.get(name) for name in _RECORD_FIELDS}
        row["url"] = canonicalize_url(record["url"])
        row["title"] = normalize_line(row["title"]) if row["title"] is not None else None
        row["body"] = normalize(row["body"] or "")
        for name in ("author", "source", "province"):
            if row[name] is not None:
                row[name] = normalize_line(row[name]) or None
        for name in ("published_at", "modified_at", "fetched_at"):
            row[name] = iso_time(row[name])
        row["fetched_at"] = row["fetched_at"] or now_iso()
        row["captions"] = json.dumps(
            [normalize_line(c) for c in row["captions"] or []], ensure_ascii=False
        )
        row["relevance_terms"] = json.dumps(
            dict(row["relevance_terms"] or {}), ensure_ascii=False, sort_keys=True
        )
        if row["relevant"] is not None:
            row["relevant"] = int(bool(row["relevant"]))
        return row

    @staticmethod
    def _find(conn: sqlite3.Connection, keys: list[str]) -> StoredArticle | None:
        for key in keys:
            found = conn.execute(
                "SELECT a.id, a.url, a.content_hash, a.etag, a.last_modified, a.checked_at, "
                "a.fetched_at, a.duplicate_of FROM article_urls AS u "
                "JOIN articles AS a ON a.id = u.article_id WHERE u.url_key = ? LIMIT 1",
                (key,),
            ).fetchone()
            if found is not None:
                return StoredArticle(*found)
        return None

    def _names_another_page(
        self, conn: sqlite3.Connection, existing: StoredArticle, variants, row, fp
    ) -> bool:
        """True when ``existing`` was found only through the record's own (canonical) URL, none
        of the addresses it was fetched at, and holds another title and another text."""
        if len(variants) < 2 or existing.content_hash == fp.content_hash:
            return False
        found = self._find(conn, [key for _, key in variants[1:]])
        if found is not None and found.id == existing.id:
            return False
        old_title, old_body = conn.execute(
            "SELECT title, body FROM articles WHERE id = ?", (existing.id,)
        ).fetchone()
        if fold(old_title or "") == fold(row["title"] or ""):
            return False
        old = dedup.fingerprint(old_body or "", normalized=True)
        return dedup.hashed_similarity(old.shingles, fp.shingles) < dedup.THRESHOLD

    @staticmethod
    def _find_alias(conn: sqlite3.Connection, row, fp: dedup.Fingerprint) -> StoredArticle | None:
        if fp.word_count < 20:  # empty shells and one-liners of different pages look alike
            return None
        found = conn.execute(
            _SAME_PAGE_SQL, (fp.content_hash, row["portal"], row["title"])
        ).fetchone()
        return StoredArticle(*found) if found is not None else None

    def _insert(self, conn, row, fp: dedup.Fingerprint, folded, index: list) -> SaveResult:
        values = [row[c] for c in _INSERT_FIELDS]
        values += [fp.content_hash, fp.word_count, row["fetched_at"], row["fetched_at"]]
        cursor = conn.execute(_INSERT_ARTICLE_SQL, values)
        article_id = int(cursor.lastrowid)
        index.append((article_id, *folded, False))
        match = self._find_story(conn, article_id, fp)
        self._add_bands(conn, article_id, fp)
        if match is None:
            return SaveResult("new", article_id, None)
        story_id, similarity = match
        story = self._link(conn, article_id, row["published_at"], story_id, similarity)
        return SaveResult("duplicate", article_id, story)

    def _update(self, conn, existing: StoredArticle, row, fp, folded, index: list) -> SaveResult:
        old = conn.execute(
            "SELECT title, body, content_hash, fetched_at, duplicate_of FROM articles WHERE id = ?",
            (existing.id,),
        ).fetchone()
        metadata = [
            "province", "published_at", "modified_at", "author", "source", "captions",
            "relevant", "relevance_score", "relevance_terms", "etag", "last_modified",
            "extractor_version", "capture_id",
        ]  # fmt: skip
        if old["content_hash"] == fp.content_hash and old["title"] == row["title"]:
            conn.execute(
                f"UPDATE articles SET {', '.join(f'{c} = ?' for c in metadata)}, checked_at = ? "
                "WHERE id = ?",
                [row[c] for c in metadata] + [row["fetched_at"], existing.id],
            )
            return SaveResult("unchanged", existing.id, old["duplicate_of"])
        conn.execute(
            "INSERT INTO article_versions(article_id, title, body, content_hash, valid_from, "
            "valid_until) VALUES (?, ?, ?, ?, ?, ?)",
            (existing.id, old["title"], old["body"], old["content_hash"], old["fetched_at"],
             row["fetched_at"]),
        )  # fmt: skip
        changed = metadata + ["title", "body", "content_hash", "word_count", "fetched_at"]
        values = {**row, "content_hash": fp.content_hash, "word_count": fp.word_count}
        conn.execute(
            f"UPDATE articles SET {', '.join(f'{c} = ?' for c in changed)}, checked_at = ? "
            "WHERE id = ?",
            [values[c] for c in changed] + [row["fetched_at"], existing.id],
        )
        # A contentless index forgets a row only when given the text it indexed, and the
        # bands have no index by article: both are recomputed from the old text.
        old_fp = dedup.fingerprint(old["body"], normalized=True)
        index.append((existing.id, fold(old["title"] or ""), old_fp.folded, True))
        index.append((existing.id, *folded, False))
        conn.executemany(
            f"DELETE FROM dedup_bands WHERE band_key IN (?1, ?1 + {RECENT_OFFSET}) AND article_id = ?2",
            [(key, existing.id) for key in old_fp.band_keys],
        )
        for key in old_fp.band_keys:  # and those still waiting for the batch's commit
            pending = self._bands_pending.get(key)
            if pending is not None and existing.id in pending:
                pending.discard(existing.id)
                self._bands_undo.append((False, key, existing.id))
        story_id = old["duplicate_of"]
        if story_id is not None:
            # A duplicate whose text changed: keep the link only if it still holds.
            story_body = conn.execute(
                "SELECT body FROM articles WHERE id = ?", (story_id,)
            ).fetchone()[0]
            similarity = dedup.hashed_similarity(fp.shingles, dedup.body_shingle_hashes(story_body))
            if fp.dedupable and similarity >= dedup.THRESHOLD:
                conn.execute(
                    "UPDATE articles SET duplicate_similarity = ? WHERE id = ?",
                    (similarity, existing.id),
                )
            else:
                conn.execute(
                    "UPDATE articles SET duplicate_of = NULL, duplicate_similarity = NULL "
                    "WHERE id = ?",
                    (existing.id,),
                )
                story_id = None
                match = self._find_story(conn, existing.id, fp)
                if match is not None:
                    story_id = self._link(conn, existing.id, row["published_at"], *match)
        self._add_bands(conn, existing.id, fp)
        return SaveResult("updated", existing.id, story_id)

    def _add_bands(self, conn, article_id: int, fp: dedup.Fingerprint, defer: bool = True):
        """Add the article's LSH band rows: now, or with group commit when the batch commits.

        Each write of a batch is a savepoint, and SQLite copies every page a savepoint
        changes first (64 KiB) to undo it: the 32 rows of an article go to 32 pages of the
        band index of a large archive. Kept in memory until the batch commits, they are
        written in key order with the batch's others, and read by :meth:`_find_story`.
        """
        if not fp.dedupable:
            return
        if defer and self.commit_every > 1 and conn.in_transaction:
            for key in fp.band_keys:
                ids = self._bands_pending.setdefault(key, set())
                if article_id not in ids:
                    ids.add(article_id)
                    self._bands_undo.append((True, key, article_id))
            return
        rows = sorted((key, article_id) for key in fp.band_keys)
        if defer:
            self._store_bands(conn, rows)
        else:
            _insert_rows(conn, _BANDS_INSERT, rows)

    def _store_bands(self, conn, rows: list[tuple[int, int]]) -> None:
        """Insert band rows ``(key, article id)`` (in key order) at the recent level of
        ``dedup_bands``, and move that level down to the rows' own keys once it holds
        :data:`RECENT_BANDS` rows or more (in this write's transaction)."""
        if not rows:
            return
        _insert_rows(conn, _BANDS_INSERT, [(key + RECENT_OFFSET, i) for key, i in rows])
        if self._recent_bands is None:
            self._recent_bands = conn.execute(
                f"SELECT COUNT(*) FROM dedup_bands WHERE {_RECENT_BANDS_WHERE}"
            ).fetchone()[0]
        else:
            self._recent_bands += len(rows)
        if self._recent_bands >= RECENT_BANDS:
            conn.execute(_MERGE_RECENT_BANDS)
            conn.execute(f"DELETE FROM dedup_bands WHERE {_RECENT_BANDS_WHERE}")
            self._recent_bands = 0

    def _find_story(self, conn, article_id: int, fp: dedup.Fingerprint) -> tuple[int, float] | None:
        """Return (story id, similarity) of the story that ``fp`` repeats, or None."""
        if not fp.dedupable:
            return None
        same = conn.execute(_SAME_TEXT_SQL, (fp.content_hash, article_id)).fetchone()
        if same is not None:
            return (same["duplicate_of"] or same["id"], 1.0)
        # The first BUCKET_LIMIT ids of each band's bucket (in the order of the primary key):
        # those of both levels of the table, all buckets in one statement, with the rows the
        # open batch has not written yet.
        keys = fp.band_keys
        buckets: dict[int, set[int]] = {}
        for band, candidate in conn.execute(_buckets_sql(len(keys)), keys):
            bucket = buckets.get(band)
            if bucket is None:
                buckets[band] = {candidate}
            else:
                bucket.add(candidate)
        if self._bands_pending:
            for band, key in enumerate(keys):
                pending = self._bands_pending.get(key)
                if pending:
                    buckets[band] = pending.union(buckets.get(band, ()))
        shared: Counter[int] = Counter()
        for bucket in buckets.values():
            shared.update(sorted(bucket)[:BUCKET_LIMIT] if len(bucket) > BUCKET_LIMIT else bucket)
        shared.pop(article_id, None)
        # Verify the candidates sharing the most bands (a copy with Jaccard 0.5 shares 2 of 32
        # on average, a chance bucket-mate 1): in a large archive most are chance collisions.
        # Ties go to the older row (the story rather than one of its copies).
        ranked = sorted(shared.items(), key=lambda item: (-item[1], item[0]))
        best: tuple[int, float] | None = None
        for candidate, _ in ranked[:MAX_VERIFY]:
            other = conn.execute(
                "SELECT body, duplicate_of FROM articles WHERE id = ?", (candidate,)
            ).fetchone()
            if other is None:  # bands of a row deleted by hand
                continue
            similarity = dedup.hashed_similarity(
                fp.shingles, dedup.body_shingle_hashes(other["body"])
            )
            if similarity >= dedup.THRESHOLD and (best is None or similarity > best[1]):
                best = (other["duplicate_of"] or candidate, similarity)
        return best

    @staticmethod
    def _link(conn, article_id: int, published_at: str | None, story_id: int, similarity: float):
        """Link ``article_id`` into the story ``story_id``; return the id of the story row.

        The earlier-published row is the story: if the new row was published before the story
        (or the story has no publication time and the new row has one), it becomes the story
        and every copy is re-pointed to it.
        """
        story_published = conn.execute(
            "SELECT published_at FROM articles WHERE id = ?", (story_id,)
        ).fetchone()[0]
        if published_at is not None and (
            story_published is None
            or datetime.fromisoformat(published_at) < datetime.fromisoformat(story_published)
        ):
            conn.execute(
                "UPDATE articles SET duplicate_of = ? WHERE duplicate_of = ?",
                (article_id, story_id),
            )
            conn.execute(
                "UPDATE articles SET duplicate_of = ?, duplicate_similarity = ? WHERE id = ?",
                (article_id, similarity, story_id),
            )
            return article_id
        conn.execute(
            "UPDATE articles SET duplicate_of = ?, duplicate_similarity = ? WHERE id = ?",
            (story_id, similarity, article_id),
        )
        return story_id

    @staticmethod
    def _record_urls(conn, article_id: int, urls: list[tuple[str, str]], seen_at: str) -> None:
        """Record (canonical URL, url key) pairs of an article, unless a key is another's."""
        conn.executemany(
            "INSERT OR IGNORE INTO article_urls(url, url_key, article_id, first_seen_at) "
            "SELECT ?, ?, ?, ? WHERE NOT EXISTS "
            "(SELECT 1 FROM article_urls WHERE url_key = ? AND article_id != ?)",
            [(url, key, article_id, seen_at, key, article_id) for url, key in urls],
        )

    @staticmethod
    def _replace_legal_refs(conn, article_id: int, refs: list[dict]) -> None:
        conn.execute("DELETE FROM legal_refs WHERE article_id = ?", (article_id,))
        rows = []
        for ref in refs:
            if not _LEGAL_REF_KEYS.issuperset(ref):
                unknown = set(ref) - _LEGAL_REF_KEYS
                raise ValueError(f"unknown legal_refs fields: {', '.join(sorted(unknown))}")
            rows.append([article_id, *map(_sql_value, map(ref.get, _LEGAL_REF_FIELDS))])
        _insert_rows(
            conn,
            f"INSERT INTO legal_refs(article_id, {', '.join(_LEGAL_REF_FIELDS)}) VALUES ",
            rows,
        )

    @staticmethod
    def _replace_indicators(conn, article_id: int, row: dict, facts: list[dict]) -> None:
        conn.execute("DELETE FROM indicators WHERE article_id = ?", (article_id,))
        rows = []
        province, published_at = row["province"], row["published_at"]
        for fact in facts:
            if not _INDICATOR_KEYS.issuperset(fact):
                unknown = set(fact) - _INDICATOR_KEYS
                raise ValueError(f"unknown indicators fields: {', '.join(sorted(unknown))}")
            values = [article_id, *map(fact.get, _INDICATOR_FIELDS)]
            if not all(type(v) in _PLAIN_SQL_TYPES for v in values):
                values = list(map(_sql_value, values))
            # _INDICATOR_FIELDS begins with province and published_at
            values[1] = values[1] or province
            values[2] = iso_time(values[2]) or published_at
            rows.append(values)
        # One statement for the article's figures (10 a page on the crawl benchmark).
        _insert_rows(
            conn,
            f"INSERT INTO indicators(article_id, {', '.join(_INDICATOR_FIELDS)}) VALUES ",
            rows,
        )


_INSERT_FIELDS = sorted(_RECORD_FIELDS)
_INSERT_COLUMNS = [*_INSERT_FIELDS, "content_hash", "word_count", "first_seen_at", "checked_at"]
_INSERT_ARTICLE_SQL = (
    f"INSERT INTO articles({', '.join(_INSERT_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(_INSERT_COLUMNS))})"
)

#: Rows per multi-row INSERT (SQLite allows 32,766 parameters a statement).
_ROWS_PER_INSERT = 256


@lru_cache(maxsize=64)
def _sql_cached(head: str, rows: int, width: int) -> str:
    """``head`` followed by ``rows`` groups of ``width`` parameters: a multi-row INSERT.

    >>> _sql_cached("INSERT INTO t(a, b) VALUES ", 2, 2)
    'INSERT INTO t(a, b) VALUES (?, ?), (?, ?)'
    """
    group = "(" + ", ".join("?" * width) + ")"
    return head + ", ".join([group] * rows)


def _insert_rows(conn: sqlite3.Connection, head: str, rows: list[list[Any]]) -> None:
    """Insert ``rows`` (equal lengths) with ``head`` ("INSERT INTO t(...) VALUES "), in order.

    One multi-row statement per :data:`_ROWS_PER_INSERT` rows rather than one statement per
    row (``executemany``): each statement in a write costs a statement journal.
    """
    for start in range(0, len(rows), _ROWS_PER_INSERT):
        chunk = rows[start : start + _ROWS_PER_INSERT]
        sql = _sql_cached(head, len(chunk), len(chunk[0]))
        conn.execute(sql, [value for row in chunk for value in row])


@lru_cache(maxsize=8)
def _buckets_sql(bands: int) -> str:
    """One query for the ids in ``bands`` LSH buckets (parameters: their keys), as rows
    ``(band number, article id)``: the first :data:`BUCKET_LIMIT` ids in primary-key order of
    each bucket at each level of ``dedup_bands`` (its key, then its key plus
    :data:`RECENT_OFFSET`), as one ``SELECT ... LIMIT`` per bucket and level would give them.
    The first :data:`BUCKET_LIMIT` of a bucket's ids at both levels are among them."""
    bucket = (
        "SELECT {band}, article_id FROM (SELECT article_id FROM dedup_bands WHERE band_key = {key} "
        f"ORDER BY article_id LIMIT {int(BUCKET_LIMIT)})"
    )
    # The caller keeps a bucket's first ids of both levels: a compound SELECT ... UNION ...
    # ORDER BY ... LIMIT per bucket doing it in SQL measured 0.14 ms a save, this 0.04 ms.
    levels = ["?{n}", f"?{{n}} + {RECENT_OFFSET}"]
    return " UNION ALL ".join(
        [
            bucket.format(band=band, key=key.format(n=band + 1))
            for key in levels
            for band in range(bands)
        ]
    )


#: Values SQLite takes as they are (:func:`_sql_value` has nothing to convert).
_PLAIN_SQL_TYPES = frozenset((str, int, float, type(None), bool, bytes))


def _sql_value(value: Any) -> Any:
    """Dates to ISO strings; everything else as is."""
    if isinstance(value, date):  # datetimes are dates too
        return value.isoformat()
    return value
