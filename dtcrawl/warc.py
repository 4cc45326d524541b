"""Raw page captures: every HTML/XML page the crawler fetched, kept as WARC.

An archive that keeps only cleaned text cannot prove what a page said, cannot be re-cleaned
when the cleaner improves, and cannot be replayed once the portal is gone. So the crawler also
writes what it received, in the standard web-archive format (WARC, ISO 28500), read by warcio,
pywb, ReplayWeb.page and the Internet Archive's tools:

- :class:`WarcCaptureMiddleware` (a Scrapy downloader middleware) writes a ``request`` and a
  ``response`` record for every HTML/XML response, into one gzip WARC per crawl run
  (``<warc dir>/dtcrawl-<run id>-<UTC time>.warc.gz``, one gzip member per record, a
  ``warcinfo`` record first). A page whose payload is identical to an earlier capture of the same
  URL gets a ``revisit`` record (profile *identical-payload-digest*) instead of a second copy.
- :class:`CaptureRoleMiddleware` (a Scrapy spider middleware) notes what the spider made of each
  capture (``article``, ``listing``, ``error``) and hands the capture to the article item as
  ``item["capture"]``.
- The ``captures`` table indexes every record: which URL, when, where in which file.
  :func:`read_capture` reads one back (following revisits); :func:`iter_warc_pages` reads any
  WARC file, ours or another tool's; :func:`storage_report` says what it all costs.

Bodies are stored as Scrapy hands them over, that is after HTTP content decoding: the
``Content-Encoding`` header is gone, ``Content-Length`` is the decoded length (the length on the
wire, when it differed, is kept as ``X-Archive-Orig-Content-Length``) and a
``Transfer-Encoding`` header is renamed ``X-Archive-Orig-Transfer-Encoding``. The warcinfo
record says so. Redirect responses (3xx) are not written: the final page is, with the URL first
requested in the ``captures`` row (``requested_url``, ``redirects``).

Paths: ``DTCRAWL_WARC_DIR`` (default ``warc``) is relative to the archive database's folder, so
``archive/dtnews.db`` writes to ``archive/warc/``. ``captures.warc_file`` is stored relative to
the database's folder when the file lies under it (absolute otherwise, e.g. an imported WARC
elsewhere), so the archive folder can be moved or copied as a whole.

Table ``captures`` (created by this module when missing):
    - ``id``: integer primary key.
    - ``url``: the URL of the response (after redirects); ``url_key``: its identity key
      (:func:`dtcrawl.urls.url_key`); ``requested_url``: the URL first requested;
      ``redirects``: JSON list of the URLs redirected through.
    - ``run_id``: the crawl run (``crawl_runs.id``), null for imports; ``portal``: portal id.
    - ``fetched_at``: when it was received (ISO 8601, +07:00); ``warc_date``: the same as the
      record's ``WARC-Date`` (UTC).
    - ``status``: HTTP status; ``content_type``: the response's Content-Type.
    - ``warc_file``: the WARC file (see Paths); ``offset``, ``length``: where its record is.
    - ``payload_digest``: ``sha1:<base32>`` of the payload, as in ``WARC-Payload-Digest``.
    - ``record_type``: ``response`` or ``revisit``; ``refers_to``: for a revisit, the
      ``captures.id`` of the capture holding the payload.
    - ``warc_record_id``: the record's ``WARC-Record-ID``.
    - ``role``: what the page was to the crawl: ``article``, ``listing``, ``error``, null when
      the spider said nothing about it (feeds, sitemaps), ``imported`` for imported records.
    - ``origin``: ``crawl`` or ``import``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import sqlite3
import time
import uuid
import zlib
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.exceptions import NotConfigured
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import iso_date_to_datetime
from warcio.warcwriter import WARCWriter

from dtcrawl import __version__
from dtcrawl.timeutil import VIETNAM
from dtcrawl.urls import url_key

logger = logging.getLogger(__name__)

DEFAULT_WARC_DIR = "warc"
#: Content types captured (a substring match on the response's Content-Type).
CAPTURED_TYPES = ("html", "xml")
STAT_PREFIX = "dtcrawl/warc_"

_CAPTURES_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS captures (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    url_key TEXT NOT NULL,
    requested_url TEXT,
    redirects TEXT NOT NULL DEFAULT '[]',
    run_id INTEGER,
    portal TEXT,
    fetched_at TEXT NOT NULL,
    warc_date TEXT,
    status INTEGER,
    content_type TEXT,
    warc_file TEXT NOT NULL,
    offset INTEGER NOT NULL,
    length INTEGER NOT NULL,
    payload_digest TEXT,
    record_type TEXT NOT NULL,
    refers_to INTEGER REFERENCES captures(id),
    warc_record_id TEXT,
    role TEXT,
    origin TEXT NOT NULL DEFAULT 'crawl'
)""",
    "CREATE INDEX IF NOT EXISTS captures_url_key ON captures(url_key)",
    "CREATE INDEX IF NOT EXISTS captures_payload_digest ON captures(payload_digest)",
    "CREATE INDEX IF NOT EXISTS captures_portal ON captures(portal, fetched_at)",
    "CREATE UNIQUE INDEX IF NOT EXISTS captures_file_offset ON captures(warc_file, offset)",
)
#: gzip level of the WARC records. warcio compresses at 9. Measured on the crawl benchmark's
#: 649 pages (13.4 KB each, both records of each exchange, best of 3 of CaptureWriter.capture):
#: levels 6, 3, 2 and 1 cost the capture 0.698, 0.640, 0.628 and 0.605 ms a page for 4,323,
#: 4,554, 4,611 and 4,708 B a page on disk; level 9 gives level 6's size at a higher cost.
#: Level 3 keeps most of the saving (0.06 ms a page of the crawl process's CPU, ~1.2 %) for
#: files 5 % larger than level 6's; compression is per record either way (one gzip member per
#: record, so that each record reads alone from its offset).
GZIP_LEVEL = 3


class CaptureError(Exception):
    """A capture could not be read back; the message names the file and the offset."""


def ensure_capture_tables(conn: sqlite3.Connection) -> None:
    """Create the ``captures`` table and its indexes if they are missing.

    Statement by statement, not ``executescript`` (which would first commit a transaction the
    caller has open, such as the crawler's batch of writes).
    """
    for statement in _CAPTURES_SCHEMA:
        conn.execute(statement)


def has_captures(conn: sqlite3.Connection) -> bool:
    """Does this archive have a ``captures`` table?"""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'captures'"
    ).fetchone()
    return found is not None


def payload_digest(body: bytes) -> str:
    """The WARC payload digest of ``body``: SHA-1 in base32, as warcio writes it.

    >>> payload_digest(b"")
    'sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ'
    """
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def resolve_warc_dir(db_path: str | Path, setting: str | Path | None = None) -> Path:
    """The folder WARC files are written to: ``setting`` relative to the database's folder.

    >>> str(resolve_warc_dir("archive/dtnews.db"))
    'archive/warc'
    >>> str(resolve_warc_dir("archive/dtnews.db", "/data/warc"))
    '/data/warc'
    """
    path = Path(setting or DEFAULT_WARC_DIR)
    return path if path.is_absolute() else Path(db_path).parent / path


def stored_path(path: str | Path, base_dir: str | Path) -> str:
    """How ``captures.warc_file`` names ``path``: relative to ``base_dir`` when under it.

    >>> stored_path("/a/archive/warc/x.warc.gz", "/a/archive")
    'warc/x.warc.gz'
    >>> stored_path("/b/x.warc.gz", "/a/archive")
    '/b/x.warc.gz'
    """
    path = Path(path).absolute()
    base = Path(base_dir).absolute()
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return str(path)


def resolve_stored_path(warc_file: str, base_dir: str | Path) -> Path:
    """The file a ``captures.warc_file`` value names (relative values are under ``base_dir``)."""
    path = Path(warc_file)
    return path if path.is_absolute() else Path(base_dir) / path


def warc_date_to_iso(value: str | None) -> str | None:
    """A ``WARC-Date`` as archive time (ISO 8601, Vietnam time, to the second).

    >>> warc_date_to_iso("2025-03-04T01:15:00Z")
    '2025-03-04T08:15:00+07:00'
    """
    if not value:
        return None
    try:
        moment = iso_date_to_datetime(value.strip())
    except (ValueError, TypeError):
        return None
    return moment.replace(tzinfo=UTC).astimezone(VIETNAM).isoformat(timespec="seconds")


# -- reading -----------------------------------------------------------------------------------


@dataclass
class CapturedPage:
    """One captured HTTP response: what the server said, and where the record is."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    fetched_at: str | None
    warc_file: str = ""
    offset: int = 0
    length: int = 0
    record_type: str = "response"
    record_id: str | None = None
    payload_digest: str | None = None
    refers_to_record_id: str | None = None
    warc_date: str | None = None
    capture_id: int | None = None

    def header(self, name: str) -> str | None:
        """The first value of an HTTP header, any case, or None."""
        lowered = name.lower()
        for key, value in self.headers:
            if key.lower() == lowered:
                return value
        return None

    @property
    def content_type(self) -> str:
        return self.header("Content-Type") or ""

    @property
    def is_html(self) -> bool:
        """Is this an HTML page (by its Content-Type, or by its first bytes when it has none)?"""
        ctype = self.content_type.lower()
        if ctype:
            return "html" in ctype
        return self.body.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html"))

    def text(self) -> str:
        """The page decoded as the spider decodes it (wrong or missing charsets repaired)."""
        try:
            from dtcrawl.pages import decode_page
        except ImportError:  # an older dtcrawl.pages: the spider read Scrapy's response.text
            from scrapy.http import HtmlResponse

            headers = {k: v for k, v in self.headers if k.lower() == "content-type"}
            return HtmlResponse(self.url, body=self.body, headers=headers).text
        return decode_page(self.body, self.content_type)[0]


@dataclass
class WarcError:
    """A record of a WARC file that could not be read."""

    warc_file: str
    offset: int
    message: str

    def __str__(self) -> str:
        return f"{self.warc_file}: offset {self.offset}: {self.message}"


_READ_ERRORS = (ArchiveLoadFailed, zlib.error, EOFError, ValueError, OSError, IndexError)


def _target_uri(record) -> str:
    return (record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>")


def _http_status(record) -> int:
    try:
        return int(record.http_headers.get_statuscode())
    except (TypeError, ValueError, AttributeError):
        return 0


def _read_payload(record) -> tuple[bytes, bytes]:
    """(raw payload as stored, payload after HTTP transfer/content decoding)."""
    raw = record.raw_stream.read()
    if record.http_headers is None:
        return raw, raw
    record.raw_stream = BytesIO(raw)
    try:
        decoded = record.content_stream().read()
    except (zlib.error, OSError, ValueError, EOFError):
        decoded = raw  # a body that says it is compressed and is not: keep it as stored
    return raw, decoded


def _page_from_record(record, raw: bytes, body: bytes, warc_file: str) -> CapturedPage:
    headers = record.http_headers.headers if record.http_headers is not None else []
    warc_date = record.rec_headers.get_header("WARC-Date")
    return CapturedPage(
        url=_target_uri(record),
        status=_http_status(record),
        headers=[(str(k), str(v)) for k, v in headers],
        body=body,
        fetched_at=warc_date_to_iso(warc_date),
        warc_file=warc_file,
        record_type=record.rec_type,
        record_id=record.rec_headers.get_header("WARC-Record-ID"),
        payload_digest=record.rec_headers.get_header("WARC-Payload-Digest")
        or (payload_digest(raw) if record.rec_type == "response" else None),
        refers_to_record_id=record.rec_headers.get_header("WARC-Refers-To"),
        warc_date=warc_date,
    )


def read_record(path: str | Path, offset: int) -> CapturedPage:
    """Read the WARC record at ``offset`` of ``path`` (a revisit is returned as it is, no body).

    Raises :class:`CaptureError` naming the file and the offset when it cannot be read.
    """
    path = Path(path)
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise CaptureError(f"{path}: offset {offset}: cannot open: {exc.strerror}") from None
    with handle:
        try:
            handle.seek(offset)
            iterator = ArchiveIterator(handle)
            record = next(iter(iterator), None)
            if record is None:
                raise CaptureError(f"{path}: offset {offset}: no WARC record there")
            raw, body = _read_payload(record)
            length = iterator.get_record_length()
        except CaptureError:
            raise
        except _READ_ERRORS as exc:
            message = _printable(str(exc)) or type(exc).__name__
            raise CaptureError(
                f"{path}: offset {offset}: corrupt or unreadable WARC record ({message})"
            ) from None
    page = _page_from_record(record, raw, body, str(path))
    page.offset, page.length = offset, length
    if record.rec_type == "response":
        page.payload_digest = payload_digest(raw)
        declared = record.rec_headers.get_header("WARC-Payload-Digest")
        if declared and declared.lower().startswith("sha1:") and declared != page.payload_digest:
            raise CaptureError(
                f"{path}: offset {offset}: payload digest {page.payload_digest} does not match "
                f"the record's {declared}: the file was altered or is corrupt"
            )
    return page


def read_capture(
    conn: sqlite3.Connection, capture: int | tuple[str, int], base_dir: str | Path
) -> CapturedPage:
    """Read a capture back: by ``captures.id`` or by ``(warc_file, offset)``.

    A revisit record is followed to the capture holding its payload: the page has the
    revisit's own status, headers and date, with the original's body. Raises
    :class:`CaptureError` (naming file and offset) for a missing or corrupt record.
    """
    ensure_capture_tables(conn)
    if isinstance(capture, int):
        row = conn.execute(
            "SELECT id, warc_file, offset, refers_to, payload_digest, url FROM captures "
            "WHERE id = ?",
            (capture,),
        ).fetchone()
        if row is None:
            raise CaptureError(f"no capture {capture} in the archive")
    else:
        warc_file, offset = capture
        row = conn.execute(
            "SELECT id, warc_file, offset, refers_to, payload_digest, url FROM captures "
            "WHERE warc_file = ? AND offset = ?",
            (warc_file, offset),
        ).fetchone()
        if row is None:
            row = (None, warc_file, offset, None, None, None)
    capture_id, warc_file, offset, refers_to, digest, _ = tuple(row)
    path = resolve_stored_path(warc_file, base_dir)
    page = read_record(path, offset)
    page.warc_file, page.capture_id = warc_file, capture_id
    # Errors name the file as it was opened (like read_record's): which one a damaged record
    # gives (unreadable gzip, or a payload that reads but differs) depends on the bytes hit.
    if page.record_type == "response":
        if digest and page.payload_digest != digest:
            raise CaptureError(
                f"{path}: offset {offset}: payload digest {page.payload_digest} differs "
                f"from the archive's {digest}: the file was altered or is corrupt"
            )
        return page
    if page.record_type != "revisit":
        raise CaptureError(f"{path}: offset {offset}: a {page.record_type} record, not a page")
    original = _revisit_original(conn, refers_to, page)
    if original is None:
        raise CaptureError(
            f"{path}: offset {offset}: revisit of {page.refers_to_record_id or page.url} "
            "whose original capture is not in the archive"
        )
    source = read_capture(conn, original, base_dir)
    page.body = source.body
    return page


def _revisit_original(conn, refers_to: int | None, page: CapturedPage) -> int | None:
    if refers_to is not None:
        return int(refers_to)
    if page.refers_to_record_id:
        row = conn.execute(
            "SELECT id FROM captures WHERE warc_record_id = ? AND record_type = 'response'",
            (page.refers_to_record_id,),
        ).fetchone()
        if row is not None:
            return int(row[0])
    if page.payload_digest:
        row = conn.execute(
            "SELECT id FROM captures WHERE payload_digest = ? AND record_type = 'response' "
            "ORDER BY url_key = ? DESC, id LIMIT 1",
            (page.payload_digest, url_key(page.url) if page.url else ""),
        ).fetchone()
        if row is not None:
            return int(row[0])
    return None


def _next_record_start(handle, start: int, gzipped: bool) -> int | None:
    """The offset of the next plausible record start after ``start`` (gzip member or WARC/)."""
    magic = b"\x1f\x8b\x08" if gzipped else b"WARC/1."
    chunk_size = 1 << 20
    position = start
    while True:
        handle.seek(position)
        chunk = handle.read(chunk_size + len(magic))
        if not chunk:
            return None
        found = chunk.find(magic)
        if found >= 0:
            return position + found
        if len(chunk) <= len(magic):
            return None
        position += chunk_size


def iter_warc_pages(path: str | Path) -> Iterator[CapturedPage | WarcError]:
    """Read a WARC file (gzip or not, any tool's): yield its HTML pages and its read errors.

    Yields a :class:`CapturedPage` for each ``response`` record carrying HTML, and for each
    ``revisit`` of an HTML response of the same file (with the original's body). A record
    that cannot be read yields a :class:`WarcError` naming the file and the offset; reading
    goes on at the next record start found after it, and stops (with an error) when there is
    none.
    """
    path = Path(path)
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        yield WarcError(str(path), 0, f"cannot open: {exc.strerror}")
        return
    with handle:
        gzipped = handle.read(2) == b"\x1f\x8b"
        originals: dict[str, int] = {}  # payload digest / record id -> offset of the response
        start = 0
        failing = False  # an error was reported and no record was read since
        records = 0  # WARC or ARC records read
        while True:
            handle.seek(start)
            iterator = ArchiveIterator(handle)
            offset = start
            try:
                for record in iterator:
                    offset = start
                    try:
                        page = _page_of(record, str(path))
                        problem = None
                    except _DigestMismatch as exc:
                        page, problem = None, str(exc)
                    offset = iterator.get_record_offset()
                    length = iterator.get_record_length()
                    failing = False
                    if record.format == "warc" or page is not None:
                        records += 1
                    start = offset + length
                    if problem:
                        yield WarcError(str(path), offset, f"corrupt record: {problem}; skipped")
                        continue
                    if page is None:
                        continue
                    page.offset, page.length = offset, length
                    if page.record_type == "response":
                        originals.setdefault(page.payload_digest or "", offset)
                        if page.record_id:
                            originals.setdefault(page.record_id, offset)
                        if page.is_html:
                            yield page
                        continue
                    found = originals.get(page.refers_to_record_id or "") or originals.get(
                        page.payload_digest or ""
                    )
                    if found is None:
                        yield WarcError(
                            str(path),
                            offset,
                            f"revisit of {page.url} whose original is not in this file; skipped",
                        )
                        continue
                    try:
                        page.body = read_record(path, found).body
                    except CaptureError as exc:
                        yield WarcError(str(path), offset, f"revisit: {exc}")
                        continue
                    if page.is_html:
                        yield page
                break  # the end of the file
            except _READ_ERRORS as exc:
                bad = iterator.offset if iterator.offset > offset else offset
                message = _printable(str(exc))
                resume = _next_record_start(handle, bad + 1, gzipped)
                if not failing:
                    what = f"corrupt record ({type(exc).__name__}: {message})".replace(": )", ")")
                    if resume is None:
                        what += "; no readable record after it, rest of file skipped"
                    yield WarcError(str(path), bad, what)
                failing = True
                if resume is None:
                    break
                start = resume
        if records == 0 and not failing:
            yield WarcError(str(path), 0, "not a WARC file: no WARC record found")


def _printable(text: str, limit: int = 120) -> str:
    """The first line of an error message, control and binary characters replaced."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    return "".join(c if c.isprintable() else "?" for c in line)[:limit]


class _DigestMismatch(ValueError):
    """A record whose payload does not match its declared WARC-Payload-Digest."""


def _page_of(record, warc_file: str) -> CapturedPage | None:
    """A response or revisit record as a page (body read for responses), else None.

    Raises :class:`_DigestMismatch` for a response whose payload is not what its
    ``WARC-Payload-Digest`` says (a damaged uncompressed file reads on, but wrongly).
    """
    if record.rec_type not in ("response", "revisit") or record.http_headers is None:
        return None
    if not record.http_headers.protocol.upper().startswith("HTTP"):
        return None
    raw, body = _read_payload(record) if record.rec_type == "response" else (b"", b"")
    page = _page_from_record(record, raw, body, warc_file)
    if record.rec_type == "response":
        declared = record.rec_headers.get_header("WARC-Payload-Digest") or ""
        actual = payload_digest(raw)
        if declared.lower().startswith("sha1:") and declared.upper() != actual.upper():
            raise _DigestMismatch(f"payload of {page.url} does not match its WARC-Payload-Digest")
        page.payload_digest = actual
    return page


# -- writing -----------------------------------------------------------------------------------


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class CaptureWriter:
    """One WARC file of one crawl run, and its rows in ``captures``.

    Opened lazily at the first capture. Each record is one gzip member (level
    :data:`GZIP_LEVEL`); the two records of an exchange are written in one write and flushed
    before their ``captures`` row is inserted, so a crawl killed mid-run leaves a readable file
    whose ``captures`` rows all point to whole records (records whose row was not committed yet
    are in the file and in no row).

    With ``share_archive`` the rows are written through the process's shared
    :class:`dtcrawl.storage.Archive` on ``db_path`` (:func:`dtcrawl.storage.open_shared`, with
    ``commit_every``/``commit_seconds``), in its batch of writes when it groups commits: the
    crawl then has one connection writing, and an article's ``capture_id`` is committed with
    (or before) the article. Without it the writer has its own connection, each row committed
    as it is written.
    """

    def __init__(
        self,
        db_path: str | Path,
        warc_dir: str | Path,
        run_id: Any = None,
        *,
        share_archive: bool = False,
        commit_every: int = 1,
        commit_seconds: float | None = None,
    ) -> None:
        self.db_path = Path(db_path)
        self.base_dir = self.db_path.parent
        self.warc_dir = Path(warc_dir)
        self.run_id = run_id
        self.path: Path | None = None
        self._handle = None
        self._writer: WARCWriter | None = None
        self._warc_file = ""  # self.path as captures.warc_file names it
        self._conn: sqlite3.Connection | None = None
        self._share = share_archive
        self._commit = (commit_every, commit_seconds)
        self._archive = None  # the shared dtcrawl.storage.Archive, once opened
        self._roles: dict[int, str] = {}  # noted by set_role, written with the next capture
        self._second = -1  # the second self._stamps were made for (_now)
        self._stamps = ("", "")
        self.users = 0

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            if self._share:
                from dtcrawl.storage import open_shared

                commit_every, commit_seconds = self._commit
                self._archive = open_shared(
                    self.db_path, commit_every=commit_every, commit_seconds=commit_seconds
                )
                with self._archive.transaction() as conn:
                    ensure_capture_tables(conn)
                self._conn = self._archive.conn
                return self._conn
            self._conn = sqlite3.connect(str(self.db_path), timeout=60, isolation_level=None)
            self._conn.execute("PRAGMA busy_timeout = 60000")
            # In WAL mode NORMAL stays consistent after a crash; a sync per capture row
            # (FULL) cost 0.56 ms against 0.01 ms per commit here (make bench-crawl).
            self._conn.execute("PRAGMA synchronous = NORMAL")
            ensure_capture_tables(self._conn)
        return self._conn

    def _writing(self) -> AbstractContextManager[sqlite3.Connection]:
        """Where a row is written: a write of the shared archive, or the own connection.

        A capture's statements each stand alone (its row; the roles noted since the last one,
        which are noted again if the row fails and are the same when written twice): in the
        shared archive's batch they need no savepoint.
        """
        conn = self.conn
        if self._archive is None:
            return nullcontext(conn)
        return self._archive.transaction(savepoint=False)

    def _open(self) -> None:
        self.warc_dir.mkdir(parents=True, exist_ok=True)
        stamp = _utc_now().strftime("%Y%m%dT%H%M%SZ")
        run = self.run_id if self.run_id not in (None, "") else "standalone"
        name = f"dtcrawl-{run}-{stamp}"
        path = self.warc_dir / f"{name}.warc.gz"
        n = 1
        while path.exists():
            n += 1
            path = self.warc_dir / f"{name}-{n}.warc.gz"
        self._handle = open(path, "ab")  # noqa: SIM115 - closed in close()
        # Builds and serialises records (uncompressed, into a buffer): see _member.
        self._writer = WARCWriter(BytesIO(), gzip=False)
        self.path = path
        self._warc_file = stored_path(path, self.base_dir)
        info = {
            "software": f"dtcrawl/{__version__} (warcio)",
            "format": "WARC File Format 1.0",
            "dtcrawl-run-id": str(run),
            "dtcrawl-archive": self.db_path.name,
            "description": "Responses as received after HTTP content decoding: Content-Encoding "
            "removed, Content-Length adjusted (the length on the wire in "
            "X-Archive-Orig-Content-Length), Transfer-Encoding renamed "
            "X-Archive-Orig-Transfer-Encoding. Redirects are not recorded.",
        }
        self._append(self._member(self._writer.create_warcinfo_record(path.name, info)))

    def _member(self, record) -> bytes:
        """One warcio record (the warcinfo record) as one gzip member."""
        self._writer.out = buffer = BytesIO()
        self._writer.write_record(record)
        return _gzip_member(buffer.getvalue())

    def _append(self, *members: bytes) -> list[tuple[int, int]]:
        """Write ``members`` at the end of the file in one write, flushed; (offset, length)s."""
        offset = self._handle.tell()
        spans = []
        for member in members:
            spans.append((offset, len(member)))
            offset += len(member)
        self._handle.write(b"".join(members))
        self._handle.flush()
        return spans

    def capture(
        self,
        *,
        url: str,
        status: int,
        headers: list[tuple[str, str]],
        body: bytes,
        protocol: str = "HTTP/1.1",
        request_method: str = "GET",
        request_url: str | None = None,
        request_headers: list[tuple[str, str]] = (),
        requested_url: str | None = None,
        redirects: list[str] = (),
        portal: str | None = None,
        role: str | None = None,
    ) -> dict[str, Any]:
        """Write one exchange (request + response, or request + revisit); return its capture."""
        if self._writer is None:
            self._open()
        warc_date, fetched_at = self._now()
        digest = payload_digest(body)
        key = url_key(url)
        http_head = _http_head(
            protocol, f"{status} {_reason(status)}".strip(), _recorded_headers(headers, body)
        )
        content_type = next((v for k, v in headers if k.lower() == "content-type"), None)
        record_id = _new_record_id()
        original = self._identical(key, digest)
        if original is None:
            response = _warc_record(
                (("WARC-Date", warc_date), ("WARC-Payload-Digest", digest),
                 ("WARC-Type", "response"), ("WARC-Record-ID", record_id),
                 ("WARC-Target-URI", url)),
                "application/http; msgtype=response",
                http_head,
                body,
            )  # fmt: skip
            record_type, refers_to = "response", None
        else:
            refers_to, original_record_id, original_url, original_date = original
            response = _warc_record(
                (("WARC-Date", warc_date), ("WARC-Refers-To", original_record_id),
                 ("WARC-Type", "revisit"), ("WARC-Record-ID", record_id),
                 ("WARC-Target-URI", url), ("WARC-Profile", REVISIT_PROFILE),
                 ("WARC-Refers-To-Target-URI", original_url),
                 ("WARC-Refers-To-Date", original_date), ("WARC-Payload-Digest", digest)),
                "application/http; msgtype=response",
                http_head,
            )  # fmt: skip
            record_type = "revisit"
        request = self._request_record(
            request_url or url, request_method, request_headers, protocol, warc_date, record_id
        )
        (offset, length), _ = self._append(_gzip_member(response), _gzip_member(request))
        warc_file = self._warc_file
        roles, self._roles = self._roles, {}
        try:
            with self._writing() as conn:
                self._write_roles(conn, roles)
                cursor = conn.execute(
                    "INSERT INTO captures(url, url_key, requested_url, redirects, run_id, portal, "
                    "fetched_at, warc_date, status, content_type, warc_file, offset, length, "
                    "payload_digest, record_type, refers_to, warc_record_id, role, origin) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'crawl')",
                    (
                        url, key, requested_url or url,
                        json.dumps(list(redirects)) if redirects else "[]",
                        _int(self.run_id), portal, fetched_at, warc_date, status, content_type,
                        warc_file, offset, length, digest, record_type, refers_to, record_id,
                        role,
                    ),
                )  # fmt: skip
        except BaseException:  # no row: its roles (written or not) go with the next capture
            for capture_id, noted in roles.items():
                self.set_role(capture_id, noted)
            raise
        return {
            "capture_id": int(cursor.lastrowid),
            "warc_file": warc_file,
            "offset": offset,
            "length": length,
            "payload_digest": digest,
            "record_type": record_type,
        }

    def _identical(self, key: str, digest: str) -> tuple[int, str, str, str] | None:
        """The latest full capture of the same URL with the same payload, if its file is there."""
        row = self.conn.execute(
            "SELECT id, warc_record_id, url, warc_date, warc_file FROM captures "
            "WHERE url_key = ? AND payload_digest = ? AND record_type = 'response' "
            "AND warc_record_id IS NOT NULL AND warc_date IS NOT NULL ORDER BY id DESC LIMIT 1",
            (key, digest),
        ).fetchone()
        if row is None or not resolve_stored_path(row[4], self.base_dir).exists():
            return None
        return int(row[0]), row[1], row[2], row[3]

    @staticmethod
    def _request_record(url, method, headers, protocol, warc_date, concurrent_to) -> bytes:
        """The ``request`` record of an exchange, concurrent to its response (or revisit)."""
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        pairs = [(k, v) for k, v in headers if k.lower() != "host"]
        pairs.insert(0, ("Host", parts.netloc))
        # The request line as given ("GET /path HTTP/1.1"): "GET /path" alone would be an
        # HTTP/0.9 request line.
        http_head = _http_head(method, f"{target} {protocol}", pairs)
        return _warc_record(
            (("WARC-Date", warc_date), ("WARC-Concurrent-To", concurrent_to),
             ("WARC-Type", "request"), ("WARC-Record-ID", _new_record_id()),
             ("WARC-Target-URI", url), ("WARC-Payload-Digest", _EMPTY_DIGEST)),
            "application/http; msgtype=request",
            http_head,
        )  # fmt: skip

    def _now(self) -> tuple[str, str]:
        """``(WARC-Date, fetched_at)`` of this second (both made once a second)."""
        second = int(time.time())
        if second != self._second:
            moment = datetime.fromtimestamp(second, UTC)
            self._second = second
            self._stamps = (
                moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
                moment.astimezone(VIETNAM).isoformat(timespec="seconds"),
            )
        return self._stamps

    def set_role(self, capture_id: int, role: str) -> None:
        """Note what the spider made of a capture (``article`` wins over ``listing``).

        The role is written with the next capture's row, in the same write, or when the writer
        closes (:meth:`flush_roles`): a role written alone cost the crawl a second write for
        every page (0.13 ms of the crawl process's CPU a page). A crawl killed in between
        leaves the role of its last few pages unset (``NULL``, as for a page the spider said
        nothing about), as it leaves rows uncommitted.
        """
        if self._roles.get(capture_id) != "article":
            self._roles[capture_id] = role

    def flush_roles(self) -> None:
        """Write the roles noted since the last capture now."""
        roles, self._roles = self._roles, {}
        if roles:
            with self._writing() as conn:
                self._write_roles(conn, roles)

    @staticmethod
    def _write_roles(conn: sqlite3.Connection, roles: dict[int, str]) -> None:
        if roles:
            conn.executemany(
                "UPDATE captures SET role = ? WHERE id = ? AND coalesce(role, '') != 'article'",
                [(role, capture_id) for capture_id, role in roles.items()],
            )

    def close(self) -> None:
        """Close the WARC file, then the database connection (or give the shared archive back).

        The file first: rows still to be committed (the shared archive's batch) then point to
        records that are whole on disk. The roles still to write are written before.
        """
        if self._handle is not None:
            self._handle.close()
            self._handle = self._writer = None
        if self._roles and (self._archive is not None or self._conn is not None):
            try:
                self.flush_roles()
            except sqlite3.Error:
                logger.exception("could not write the roles of %d captures", len(self._roles))
        if self._archive is not None:
            archive, self._archive, self._conn = self._archive, None, None
            archive.release()
        elif self._conn is not None:
            self._conn.close()
            self._conn = None


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@lru_cache(maxsize=256)
def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


# -- records, written as warcio writes them ------------------------------------------------------
#
# A capture's two records are built here as warcio's WARCWriter builds them, byte for byte (the
# same WARC/1.0 headers in the same order, the same digests: tests/test_warc.py compares the
# two), without warcio's per-record machinery (StatusAndHeaders objects, header lists searched
# and replaced by name, the payload fed through a stream, a writer per record). Measured on the
# crawl benchmark's 649 pages (CaptureWriter.capture, in-memory database, best of 3):
# 0.224 -> 0.173 ms a page, a revisit 0.14 -> 0.09 ms; what is left is mostly gzip (~0.13 ms).
# The warcinfo record is still warcio's own; files are read back by warcio, as any tool's.

#: The WARC version written (warcio's default, kept: files stay as they were).
WARC_VERSION = "WARC/1.0"
#: The profile of a revisit record of a payload identical to an earlier capture's.
REVISIT_PROFILE = "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest"
_EMPTY_DIGEST = payload_digest(b"")  # of a request record (no payload)


def _new_record_id() -> str:
    """A fresh ``WARC-Record-ID`` (as warcio makes them: a random UUID URN)."""
    return f"<urn:uuid:{uuid.uuid4()}>"


def _http_head(protocol: str, status_line: str, headers: list[tuple[str, str]]) -> bytes:
    """The HTTP status (or request) line and headers of a record, as warcio writes them: in
    ASCII, non-ASCII header values percent-encoded (RFC 8187) by warcio itself.

    >>> _http_head("HTTP/1.1", "200 OK", [("Content-Length", "0")])
    b'HTTP/1.1 200 OK\\r\\nContent-Length: 0\\r\\n\\r\\n'
    """
    first = f"{protocol} {status_line}" if protocol and status_line else protocol or status_line
    text = "".join([first, "\r\n" if first else "", *[f"{k}: {v}\r\n" for k, v in headers], "\r\n"])
    try:
        return text.encode("ascii")
    except UnicodeEncodeError:
        return StatusAndHeaders(status_line, list(headers), protocol).to_ascii_bytes()


def _warc_record(
    warc_headers: tuple[tuple[str, str], ...], content_type: str, http_head: bytes, payload=b""
) -> bytes:
    """A whole WARC record: its headers (``WARC-Block-Digest``, ``Content-Type`` and
    ``Content-Length`` added last, as warcio adds them), the HTTP head, the payload."""
    block_digest = hashlib.sha1(http_head)
    if payload:
        block_digest.update(payload)
    length = len(http_head) + len(payload)
    head = "".join(
        [
            WARC_VERSION,
            "\r\n",
            *[f"{name}: {value}\r\n" for name, value in warc_headers],
            "WARC-Block-Digest: sha1:",
            base64.b32encode(block_digest.digest()).decode("ascii"),
            f"\r\nContent-Type: {content_type}\r\nContent-Length: {length}\r\n\r\n",
        ]
    )
    return b"".join((head.encode("utf-8"), http_head, payload, b"\r\n\r\n"))


def _gzip_member(record: bytes) -> bytes:
    """One record as one gzip member at level :data:`GZIP_LEVEL` (one zlib call).

    A fresh compressor a record, as warcio's writer does. One long-lived compressor flushed with
    ``Z_FULL_FLUSH`` after each record (and closed by an empty final block) was measured too:
    0.206 against 0.106 ms a page in a loop over the benchmark's 649 pages, where each fresh
    compressor's 256 KiB were given back to the system and faulted in again, but no
    difference in the crawl process itself (0.39 s for 2,827 records either way): not kept.
    """
    return zlib.compress(record, GZIP_LEVEL, zlib.MAX_WBITS + 16)


def _recorded_headers(headers: list[tuple[str, str]], body: bytes) -> list[tuple[str, str]]:
    """Response headers as recorded with a decoded body (see the module docstring)."""
    out: list[tuple[str, str]] = []
    for name, value in headers:
        lowered = name.lower()
        if lowered == "content-length":
            if value.strip() != str(len(body)):
                out.append(("X-Archive-Orig-Content-Length", value))
            continue
        if lowered == "transfer-encoding":
            out.append(("X-Archive-Orig-Transfer-Encoding", value))
            continue
        if lowered == "content-encoding":
            out.append(("X-Archive-Orig-Content-Encoding", value))
            continue
        out.append((name, value))
    out.append(("Content-Length", str(len(body))))
    return out


def _scrapy_headers(headers) -> list[tuple[str, str]]:
    """Scrapy's :class:`~scrapy.http.Headers` as ``(name, value)`` pairs of text.

    Read as the dict they are (names normalised, values in lists): ``Headers.items()`` looks
    every name up again through ``getlist`` (a response's six headers: 3.5 µs against 0.8 µs).
    """
    return [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in dict.items(headers)
        for value in values
    ]


#: Writers shared by every spider of one process: one WARC file per (folder, run).
_WRITERS: dict[tuple[str, str], CaptureWriter] = {}


def _shared_writer(settings) -> CaptureWriter:
    db_path = Path(settings.get("DTCRAWL_DB") or "archive/dtnews.db")
    warc_dir = resolve_warc_dir(db_path, settings.get("DTCRAWL_WARC_DIR"))
    run_id = settings.get("DTCRAWL_RUN_ID")
    key = (str(warc_dir.absolute()), str(run_id))
    writer = _WRITERS.get(key)
    if writer is None:
        # Rows go through the archive the pipelines write with (one writing connection).
        writer = _WRITERS[key] = CaptureWriter(
            db_path,
            warc_dir,
            run_id,
            share_archive=True,
            commit_every=settings.getint("DTCRAWL_COMMIT_EVERY", 1),
            commit_seconds=settings.getfloat("DTCRAWL_COMMIT_SECONDS", 0.0) or None,
        )
    writer.users += 1
    return writer


def _release_writer(writer: CaptureWriter) -> None:
    writer.users -= 1
    if writer.users <= 0:
        writer.close()
        for key, value in list(_WRITERS.items()):
            if value is writer:
                del _WRITERS[key]


class WarcCaptureMiddleware:
    """Scrapy downloader middleware: write every HTML/XML response to the run's WARC file.

    Enable it below ``HttpCompressionMiddleware`` (590) so it sees decoded bodies, and below
    ``RetryMiddleware`` (550) so it sees final responses only:
    ``DOWNLOADER_MIDDLEWARES = {"dtcrawl.warc.WarcCaptureMiddleware": 545}``. Settings:
    ``DTCRAWL_WARC`` (default True), ``DTCRAWL_WARC_DIR`` (default ``warc``, relative to the
    database's folder), ``DTCRAWL_DB``, ``DTCRAWL_RUN_ID``. The capture is put in
    ``response.meta["capture"]``: ``capture_id``, ``warc_file``, ``offset``, ``length``,
    ``payload_digest``, ``record_type``. A capture that fails is logged and counted
    (``dtcrawl/warc_errors``); it never stops the crawl.
    """

    def __init__(self, writer: CaptureWriter, stats=None) -> None:
        self.writer = writer
        self.stats = stats
        self._closed = False

    @classmethod
    def from_crawler(cls, crawler) -> WarcCaptureMiddleware:
        if not crawler.settings.getbool("DTCRAWL_WARC", True):
            raise NotConfigured("DTCRAWL_WARC is off")
        middleware = cls(_shared_writer(crawler.settings), crawler.stats)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def process_response(self, request, response, spider=None):
        capture = None
        if _capturable(request, response):
            try:
                capture = self.writer.capture(
                    url=response.url,
                    status=response.status,
                    headers=_scrapy_headers(response.headers),
                    body=response.body,
                    protocol=getattr(response, "protocol", None) or "HTTP/1.1",
                    request_method=request.method,
                    request_url=request.url,
                    request_headers=_scrapy_headers(request.headers),
                    requested_url=(request.meta.get("redirect_urls") or [request.url])[0],
                    redirects=list(request.meta.get("redirect_urls") or []),
                    portal=_portal_id(spider),
                )
            except Exception:  # an archive problem must not stop the crawl
                logger.exception("could not write the WARC capture of %s", response.url)
                self._inc("errors")
            else:
                self._inc(capture["record_type"])
        if capture is None:
            request.meta.pop("capture", None)
        else:
            request.meta["capture"] = capture
        return response

    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(STAT_PREFIX + key)

    def spider_closed(self, spider=None) -> None:
        if not self._closed:
            self._closed = True
            _release_writer(self.writer)


def _portal_id(spider) -> str | None:
    portal = getattr(spider, "portal", None)
    return getattr(portal, "id", None) or getattr(spider, "portal_id", None)


def _capturable(request, response) -> bool:
    if request.method == "HEAD" or not response.body or response.status in (204, 304):
        return False
    if 300 <= response.status < 400 and response.headers.get(b"Location"):
        return False
    ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
    if ctype:
        return any(kind in ctype for kind in CAPTURED_TYPES)
    return response.body.lstrip()[:1] == b"<"


_ROLE_OF_KIND = {"article": "article", "page": "listing", "error": "error"}
_ROLE_RANK = {None: 0, "error": 1, "listing": 2, "article": 3}


class CaptureRoleMiddleware:
    """Scrapy spider middleware: what the spider made of each captured page.

    For each item the spider yields about the response's own URL it sets the capture's
    ``role`` (``article`` > ``listing`` > ``error``), and it adds the capture to article items
    as ``item["capture"]`` (so the pipeline can store ``capture_id`` with the article).
    Enable with ``SPIDER_MIDDLEWARES = {"dtcrawl.warc.CaptureRoleMiddleware": 850}``.
    """

    def __init__(self, writer: CaptureWriter) -> None:
        self.writer = writer
        self._closed = False

    @classmethod
    def from_crawler(cls, crawler) -> CaptureRoleMiddleware:
        if not crawler.settings.getbool("DTCRAWL_WARC", True):
            raise NotConfigured("DTCRAWL_WARC is off")
        middleware = cls(_shared_writer(crawler.settings))
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def _note(self, response, item, state: dict) -> None:
        capture = state["capture"]
        if capture is not None and isinstance(item, Request) and "article" in item.meta:
            # An article split over pages goes on to its next page: its first page is the
            # article's capture (the item is yielded later, from its last page).
            item = item.meta["article"]
        if capture is None or not isinstance(item, dict) or item.get("url") != response.url:
            return
        role = _ROLE_OF_KIND.get(item.get("kind"))
        if role == "article":
            item.setdefault("capture", dict(capture))
        if _ROLE_RANK.get(role, 0) > _ROLE_RANK[state["role"]]:
            state["role"] = role
            self.writer.set_role(capture["capture_id"], role)

    @staticmethod
    def _state(response) -> dict:
        try:
            capture = response.meta.get("capture")
        except AttributeError:  # a response without a request
            capture = None
        return {"capture": capture, "role": None}

    def process_spider_output(self, response, result, spider=None):
        state = self._state(response)
        for item in result:
            self._note(response, item, state)
            yield item

    async def process_spider_output_async(self, response, result, spider=None):
        state = self._state(response)
        async for item in result:
            self._note(response, item, state)
            yield item

    def spider_closed(self, spider=None) -> None:
        if not self._closed:
            self._closed = True
            _release_writer(self.writer)


# -- cost --------------------------------------------------------------------------------------


def storage_report(conn: sqlite3.Connection, base_dir: str | Path) -> dict[str, Any]:
    """What the raw captures cost: WARC bytes, captures, revisits, bytes per article.

    ``warc_bytes`` counts each WARC file named by ``captures`` once (files that are missing
    are listed in ``missing_files``); ``bytes_per_article`` is ``warc_bytes`` divided by the
    number of article rows (compressed bytes on disk, listings and feeds included).
    """
    ensure_capture_tables(conn)
    files = [row[0] for row in conn.execute("SELECT DISTINCT warc_file FROM captures")]
    total, missing = 0, []
    for name in files:
        try:
            total += resolve_stored_path(name, base_dir).stat().st_size
        except OSError:
            missing.append(name)
    counts = dict(
        conn.execute("SELECT record_type, count(*) FROM captures GROUP BY record_type").fetchall()
    )
    try:
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        articles = 0
    response_bytes = conn.execute(
        "SELECT coalesce(sum(length), 0) FROM captures WHERE record_type = 'response'"
    ).fetchone()[0]
    return {
        "warc_files": len(files),
        "warc_bytes": total,
        "captures": sum(counts.values()),
        "responses": counts.get("response", 0),
        "revisits": counts.get("revisit", 0),
        "response_record_bytes": int(response_bytes),
        "articles": articles,
        "bytes_per_article": round(total / articles) if articles else None,
        "missing_files": missing,
    }


def format_storage_report(report: dict[str, Any]) -> str:
    """The storage report as a few plain lines.

    >>> print(format_storage_report({"warc_files": 1, "warc_bytes": 2048, "captures": 3,
    ...     "responses": 2, "revisits": 1, "articles": 2, "bytes_per_article": 1024,
    ...     "missing_files": []}))
    raw captures: 3 (2 responses, 1 revisits) in 1 WARC files, 2.0 KiB
    per article: 1.0 KiB compressed (2 articles)
    """
    lines = [
        f"raw captures: {report['captures']} ({report['responses']} responses, "
        f"{report['revisits']} revisits) in {report['warc_files']} WARC files, "
        f"{_size(report['warc_bytes'])}"
    ]
    if report.get("bytes_per_article") is not None:
        lines.append(
            f"per article: {_size(report['bytes_per_article'])} compressed "
            f"({report['articles']} articles)"
        )
    for name in report.get("missing_files") or []:
        lines.append(f"missing WARC file: {name}")
    return "\n".join(lines)


def _size(n: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GiB"


__all__ = [
    "CaptureError",
    "CaptureRoleMiddleware",
    "CaptureWriter",
    "CapturedPage",
    "WarcCaptureMiddleware",
    "WarcError",
    "ensure_capture_tables",
    "format_storage_report",
    "has_captures",
    "iter_warc_pages",
    "payload_digest",
    "read_capture",
    "read_record",
    "resolve_stored_path",
    "resolve_warc_dir",
    "storage_report",
    "stored_path",
]
