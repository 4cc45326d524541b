"""Rebuild articles from raw captures: re-extraction, and imports of other tools' WARC files.

No network: everything is read from the WARC files the ``captures`` table points to
(:mod:`dtcrawl.warc`).

:func:`reextract` re-runs cleaning, relevance and dedup over what was captured, the way a
crawl does: for each portal it first shows every captured page (articles and listings) to a
fresh :class:`~dtcrawl.template.PortalTemplate`, then for each article (the latest capture of
its URL) builds the record with :func:`dtcrawl.pipelines.build_record` and stores it with
:meth:`dtcrawl.storage.Archive.save_article`, which keeps the earlier text in
``article_versions`` when it changed. Captures whose URL has no article row (the articles were
deleted, or the crawl died before storing them) come back as new rows. Each row's
``extractor_version`` says which extractor made it.

:func:`import_warcs` builds or extends an archive from WARC files written by other tools (wget
``--warc-file``, Browsertrix, ...): each HTML response becomes a ``captures`` row pointing into
the imported file (payloads are not copied, so keep the file where it is, or under the
archive's folder), its portal is guessed from the registry by host, the pages teach the
portal's template, and article pages are extracted and saved.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from dtcrawl.extract import EXTRACTOR_VERSION
from dtcrawl.pages import article_continuations, page_links
from dtcrawl.pipelines import build_record, legal_ref_row
from dtcrawl.registry import Portal, load_registry
from dtcrawl.storage import Archive, iso_time
from dtcrawl.template import PortalTemplate, load_template, save_template
from dtcrawl.urls import url_key
from dtcrawl.warc import (
    CapturedPage,
    CaptureError,
    WarcError,
    ensure_capture_tables,
    iter_warc_pages,
    read_capture,
    stored_path,
)

logger = logging.getLogger(__name__)

COLUMNS = ("new", "updated", "unchanged", "duplicate", "skipped", "failed")
#: Captures that teach the template: the pages a crawl shows it (article and listing pages).
TEMPLATE_ROLES = ("article", "listing", "imported")


@dataclass
class ExtractSummary:
    """What a re-extraction or an import did, per portal."""

    counts: dict[str, Counter] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pages_read: int = 0
    already_imported: int = 0
    #: archived articles that this extractor no longer reads as articles (rows kept as they are)
    not_articles: list[str] = field(default_factory=list)
    extractor_version: str = EXTRACTOR_VERSION

    def count(self, portal: str, action: str) -> None:
        self.counts.setdefault(portal, Counter())[action] += 1

    def total(self, action: str) -> int:
        """The count of ``action`` over all portals."""
        return sum(c[action] for c in self.counts.values())

    def format(self) -> str:
        """A plain table, one line per portal, then the errors.

        >>> s = ExtractSummary(extractor_version="1")
        >>> s.count("lamgiang", "new")
        >>> print(s.format())
        portal    new  updated  unchanged  duplicate  skipped  failed
        lamgiang    1        0          0          0        0       0
        extractor version 1; 0 pages read
        """
        width = max([len("portal")] + [len(p) for p in self.counts])
        lines = [f"{'portal':<{width}}  " + "  ".join(COLUMNS)]
        for portal in sorted(self.counts):
            cells = [f"{self.counts[portal][c]:>{len(c)}}" for c in COLUMNS]
            lines.append(f"{portal:<{width}}  " + "  ".join(cells))
        tail = f"extractor version {self.extractor_version}; {self.pages_read} pages read"
        if self.already_imported:
            tail += f" ({self.already_imported} already imported)"
        lines.append(tail)
        if self.not_articles:
            lines.append(
                f"warning: {len(self.not_articles)} archived articles are no longer read as "
                "articles by this extractor (their rows are kept as they were):"
            )
            lines += [f"  {url}" for url in self.not_articles[:20]]
        lines += [f"warning: {w}" for w in self.warnings]
        lines += [f"error: {e}" for e in self.errors]
        return "\n".join(lines)


# -- portals -----------------------------------------------------------------------------------


def host_portal_id(url: str) -> str:
    """A portal id made from a URL's host, for pages of no registry portal.

    >>> host_portal_id("https://www.tinhlamgiang.gov.vn/tin/1")
    'tinhlamgiang-gov-vn'
    """
    host = (urlsplit(url).hostname or "unknown").lower()
    host = host[4:] if host.startswith("www.") else host
    return re.sub(r"[^a-z0-9]+", "-", host).strip("-") or "unknown"


def minimal_portal(portal_id: str, url: str, province: str | None = None) -> Portal:
    """A registry-less portal for ``url``'s host: relevance by keywords, no start URLs of its own.

    >>> minimal_portal("x", "https://x.gov.vn/a/b").allows("https://x.gov.vn/c")
    True
    """
    parts = urlsplit(url)
    root = f"{parts.scheme or 'https'}://{parts.netloc}/"
    return Portal(id=portal_id, name=portal_id, province=province, start_urls=(root,))


class PortalFinder:
    """Which portal a page belongs to: by id, by host (``Portal.allows``), or by host name."""

    def __init__(self, registry: Iterable[Portal], conn: sqlite3.Connection | None = None):
        self.by_id = {p.id: p for p in registry}
        self.conn = conn
        self._by_host: dict[str, Portal] = {}
        self.unknown: set[str] = set()

    def by_portal_id(self, portal_id: str, url: str) -> Portal:
        """The registry portal ``portal_id``, or a minimal one (province taken from the archive)."""
        portal = self.by_id.get(portal_id)
        if portal is None:
            province = None
            if self.conn is not None:
                row = self.conn.execute(
                    "SELECT province FROM articles WHERE portal = ? AND province IS NOT NULL "
                    "LIMIT 1",
                    (portal_id,),
                ).fetchone()
                province = row[0] if row else None
            portal = self.by_id[portal_id] = minimal_portal(portal_id, url, province)
            self.unknown.add(portal_id)
        return portal

    def by_url(self, url: str) -> Portal:
        """The registry portal whose domains cover ``url``, else one named after the host."""
        host = (urlsplit(url).hostname or "").lower()
        portal = self._by_host.get(host)
        if portal is None:
            portal = next((p for p in self.by_id.values() if p.allows(url)), None)
            if portal is None:
                portal = self.by_portal_id(host_portal_id(url), url)
            self._by_host[host] = portal
        return portal


# -- extraction --------------------------------------------------------------------------------


def _has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    return any(row[1] == column for row in conn.execute(f"PRAGMA table_info({table})"))


def _capture_row(conn: sqlite3.Connection, capture_id: int) -> sqlite3.Row | tuple:
    return conn.execute(
        "SELECT id, url, requested_url, redirects, fetched_at FROM captures WHERE id = ?",
        (capture_id,),
    ).fetchone()


def page_item(page: CapturedPage, row: Any = None) -> dict[str, Any]:
    """The spider's article item for a captured page (what :func:`build_record` reads)."""
    requested = row[2] if row is not None and row[2] else page.url
    redirects = json.loads(row[3]) if row is not None and row[3] else []
    return {
        "kind": "article",
        "url": page.url,
        "requested_url": requested,
        "redirects": redirects,
        "html": page.text(),
        "status": page.status,
        "etag": page.header("ETag"),
        "last_modified": page.header("Last-Modified"),
        "fetched_at": (row[4] if row is not None and row[4] else None) or page.fetched_at,
    }


def captured_parts(conn: sqlite3.Connection, item: dict[str, Any], base_dir) -> list[str] | None:
    """The texts of the further pages of an article split over pages (as the spider read them,
    :func:`dtcrawl.pages.article_continuations`), from their latest captures; ``[]`` for a
    whole article, None when one of its pages was not captured."""
    texts = []
    for url in article_continuations(page_links(item["html"], item["url"])):
        row = conn.execute(
            "SELECT id FROM captures WHERE url_key = ? AND status BETWEEN 200 AND 299 "
            "AND record_type IN ('response', 'revisit') ORDER BY fetched_at DESC, id DESC LIMIT 1",
            (url_key(url),),
        ).fetchone()
        if row is None:
            return None
        texts.append(read_capture(conn, row[0], base_dir).text())
    return texts


def extract_capture(
    archive: Archive,
    capture_id: int,
    portal: Portal,
    template: PortalTemplate | None,
    summary: ExtractSummary,
    base_dir: Path,
) -> str:
    """Extract one capture and save it; count and return the action (see ``COLUMNS``)."""
    conn = archive.conn
    try:
        page = read_capture(conn, capture_id, base_dir)
    except CaptureError as exc:
        summary.errors.append(str(exc))
        summary.count(portal.id, "failed")
        return "failed"
    if not page.is_html:
        summary.count(portal.id, "skipped")
        return "skipped"
    try:
        item = page_item(page, _capture_row(conn, capture_id))
        parts = captured_parts(conn, item, base_dir)
        if parts is None:
            # An article split over pages whose further pages were not all captured: its
            # stored text (from all pages) is kept, not replaced by its first page's.
            summary.count(portal.id, "skipped")
            summary.errors.append(f"{page.url}: a page of this article has no capture")
            return "skipped"
        item["parts"] = parts
        record, content, variants = build_record(item, portal, template)
    except Exception as exc:  # one page the cleaner cannot read must not stop the rest
        logger.exception("extraction failed for capture %s (%s)", capture_id, page.url)
        summary.errors.append(f"{page.url}: extraction failed: {type(exc).__name__}: {exc}")
        summary.count(portal.id, "failed")
        return "failed"
    if not content.is_article():
        summary.count(portal.id, "skipped")
        if _checked_at(conn, [page.url, item["requested_url"]]) is not None:
            # Never deleted: the row stays as it was, but the operator should know.
            summary.not_articles.append(page.url)
        return "skipped"
    if _has_column(conn, "articles", "capture_id"):
        record["capture_id"] = capture_id
    before = _checked_at(conn, [record["url"], *variants])
    try:
        result = archive.save_article(
            record,
            url_variants=variants,
            legal_refs=[legal_ref_row(ref) for ref in content.legal_refs],
        )
    except Exception as exc:
        logger.exception("could not store capture %s (%s)", capture_id, page.url)
        summary.errors.append(f"{page.url}: not stored: {type(exc).__name__}: {exc}")
        summary.count(portal.id, "failed")
        return "failed"
    if before:
        # Re-reading an old capture is not a fresh check of the page: keep the later time.
        conn.execute(
            "UPDATE articles SET checked_at = ? WHERE id = ? AND checked_at < ?",
            (before, result.article_id, before),
        )
    summary.count(portal.id, result.action)
    return result.action


def _checked_at(conn: sqlite3.Connection, urls: list[str]) -> str | None:
    keys = [url_key(u) for u in urls if u]
    if not keys:
        return None
    row = conn.execute(
        "SELECT max(a.checked_at) FROM article_urls AS u JOIN articles AS a "
        f"ON a.id = u.article_id WHERE u.url_key IN ({', '.join('?' * len(keys))})",
        keys,
    ).fetchone()
    return row[0] if row else None


def _observe(conn, capture_ids: Iterable[int], template: PortalTemplate, base_dir, summary):
    for capture_id in capture_ids:
        try:
            page = read_capture(conn, capture_id, base_dir)
        except CaptureError as exc:
            summary.errors.append(str(exc))
            continue
        summary.pages_read += 1
        if page.is_html:
            template.observe(page.text(), page.url)


def latest_per_page(conn: sqlite3.Connection, capture_ids: Sequence[int]) -> list[int]:
    """The latest of ``capture_ids`` for each page (an archived article, else a URL key),
    in capture order."""
    chosen: dict[Any, tuple[str, int]] = {}
    for chunk in _chunks(list(capture_ids), 500):
        rows = conn.execute(
            "SELECT c.id, c.url_key, c.fetched_at, "
            "(SELECT u.article_id FROM article_urls AS u WHERE u.url_key = c.url_key LIMIT 1) "
            f"FROM captures AS c WHERE c.id IN ({', '.join('?' * len(chunk))})",
            chunk,
        ).fetchall()
        for capture_id, key, fetched_at, article_id in rows:
            group = ("article", article_id) if article_id is not None else ("url", key)
            seen = chosen.get(group)
            if seen is None or (fetched_at or "", capture_id) > seen:
                chosen[group] = (fetched_at or "", capture_id)
    return sorted(capture_id for _, capture_id in chosen.values())


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def reextract(
    db_path: str | Path,
    *,
    portals_file: str | Path | None = None,
    portal_ids: Sequence[str] = (),
    since: str | None = None,
) -> ExtractSummary:
    """Re-run extraction, relevance and dedup over the archive's captures; no network.

    ``portal_ids`` limits it to those portals; ``since`` (an ISO date or time) to pages
    captured since then (the template still learns from every capture). Raises
    :class:`dtcrawl.registry.RegistryError` for a bad registry file.
    """
    registry = load_registry(portals_file)
    base_dir = Path(db_path).parent
    since_iso = iso_time(since) if since else None
    summary = ExtractSummary()
    with Archive(db_path) as archive:
        conn = archive.conn
        ensure_capture_tables(conn)
        finder = PortalFinder(registry, conn)
        portals = [
            row[0]
            for row in conn.execute(
                "SELECT DISTINCT portal FROM captures WHERE portal IS NOT NULL ORDER BY portal"
            )
        ]
        if portal_ids:
            portals = [p for p in portals if p in set(portal_ids)]
            for missing in set(portal_ids) - set(portals):
                summary.warnings.append(f"no captures of portal {missing}")
        for portal_id in portals:
            _reextract_portal(archive, finder, portal_id, since_iso, base_dir, summary)
        for portal_id in sorted(finder.unknown):
            summary.warnings.append(
                f"portal {portal_id} is not in the registry (give --portals FILE): extracted "
                "with relevance by keywords"
            )
    return summary


def _reextract_portal(archive, finder, portal_id, since_iso, base_dir, summary) -> None:
    conn = archive.conn
    ok = "status BETWEEN 200 AND 299 AND record_type IN ('response', 'revisit')"
    observed = [
        row[0]
        for row in conn.execute(
            f"SELECT id FROM captures WHERE portal = ? AND {ok} "
            f"AND role IN ({', '.join('?' * len(TEMPLATE_ROLES))}) ORDER BY fetched_at, id",
            (portal_id, *TEMPLATE_ROLES),
        )
    ]
    first = conn.execute("SELECT url FROM captures WHERE portal = ? LIMIT 1", (portal_id,))
    portal = finder.by_portal_id(portal_id, first.fetchone()[0])
    # A fresh template learns from every captured page, as the crawl's did; the saved one is
    # used only when it has seen more pages than were captured (pages crawled before WARC).
    saved = load_template(conn, portal_id)
    fresh = saved.pages_seen <= len(observed)
    template = PortalTemplate() if fresh else saved
    _observe(conn, observed, template, base_dir, summary)
    if fresh:
        save_template(conn, portal_id, template)
    since_clause = "AND c.fetched_at >= ?" if since_iso else ""
    params: list[Any] = [portal_id, portal_id]
    if since_iso:
        params.append(since_iso)
    candidates = [
        row[0]
        for row in conn.execute(
            "SELECT c.id FROM captures AS c WHERE c.portal = ? "
            "AND c.status BETWEEN 200 AND 299 AND c.record_type IN ('response', 'revisit') "
            "AND (c.role IN ('article', 'imported') OR (c.role IS NULL AND c.url_key IN ("
            "SELECT u.url_key FROM article_urls AS u JOIN articles AS a ON a.id = u.article_id "
            f"WHERE a.portal = ?))) {since_clause} ORDER BY c.id",
            params,
        )
    ]
    for capture_id in latest_per_page(conn, candidates):
        extract_capture(archive, capture_id, portal, template, summary, base_dir)


# -- imports -----------------------------------------------------------------------------------


def import_warcs(
    db_path: str | Path,
    files: Sequence[str | Path],
    *,
    portal_id: str | None = None,
    portals_file: str | Path | None = None,
) -> ExtractSummary:
    """Import WARC files made by any tool into the archive; return what happened.

    Each HTML response (status 2xx) becomes a ``captures`` row (``origin = 'import'``,
    pointing into the file), teaches its portal's template, and, if it is an article, is
    saved. Pages are assigned to ``portal_id`` when given, else to the registry portal whose
    domains cover their host, else to a portal named after the host. Unreadable records are
    listed in ``summary.errors`` (file and offset) and the rest is imported.
    """
    registry = load_registry(portals_file)
    base_dir = Path(db_path).parent
    summary = ExtractSummary()
    with Archive(db_path) as archive:
        conn = archive.conn
        ensure_capture_tables(conn)
        finder = PortalFinder(registry, conn)
        templates: dict[str, PortalTemplate] = {}
        portals: dict[str, Portal] = {}
        imported: dict[str, list[int]] = {}
        for path in files:
            state = (summary, templates, portals, imported)
            _import_file(conn, Path(path), base_dir, finder, portal_id, state)
        for pid, template in templates.items():
            save_template(conn, pid, template)
        for pid, capture_ids in imported.items():
            for capture_id in latest_per_page(conn, capture_ids):
                portal, template = portals[pid], templates[pid]
                extract_capture(archive, capture_id, portal, template, summary, base_dir)
        for pid in sorted(finder.unknown):
            if pid in portals:
                summary.warnings.append(
                    f"pages of {pid} match no registry portal: imported as portal {pid!r}"
                )
    return summary


def _import_file(conn, path, base_dir, finder, portal_id, state) -> None:
    summary, templates, portals, imported = state
    warc_file = stored_path(path, base_dir)
    record_ids: dict[str, int] = {}
    for page in iter_warc_pages(path):
        if isinstance(page, WarcError):
            summary.errors.append(str(page))
            continue
        summary.pages_read += 1
        portal = finder.by_portal_id(portal_id, page.url) if portal_id else finder.by_url(page.url)
        portals[portal.id] = portal
        if not 200 <= page.status < 300:
            summary.count(portal.id, "skipped")
            continue
        row = conn.execute(
            "SELECT id FROM captures WHERE warc_file = ? AND offset = ?", (warc_file, page.offset)
        ).fetchone()
        if row is not None:
            capture_id = int(row[0])
            summary.already_imported += 1
        else:
            refers_to = None
            if page.record_type == "revisit":
                refers_to = record_ids.get(page.refers_to_record_id or "") or record_ids.get(
                    page.payload_digest or ""
                )
            cursor = conn.execute(
                "INSERT INTO captures(url, url_key, requested_url, redirects, run_id, portal, "
                "fetched_at, warc_date, status, content_type, warc_file, offset, length, "
                "payload_digest, record_type, refers_to, warc_record_id, role, origin) "
                "VALUES (?, ?, ?, '[]', NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'imported', "
                "'import')",
                (
                    page.url, url_key(page.url), page.url, portal.id,
                    page.fetched_at or iso_time("1970-01-01"), page.warc_date, page.status,
                    page.content_type or None, warc_file, page.offset, page.length,
                    page.payload_digest, page.record_type, refers_to, page.record_id,
                ),
            )  # fmt: skip
            capture_id = int(cursor.lastrowid)
        if page.record_type == "response":
            record_ids.setdefault(page.record_id or "", capture_id)
            record_ids.setdefault(page.payload_digest or "", capture_id)
        if portal.id not in templates:
            templates[portal.id] = load_template(conn, portal.id)
        templates[portal.id].observe(page.text(), page.url)
        imported.setdefault(portal.id, []).append(capture_id)


__all__ = [
    "COLUMNS",
    "ExtractSummary",
    "PortalFinder",
    "extract_capture",
    "host_portal_id",
    "import_warcs",
    "latest_per_page",
    "minimal_portal",
    "page_item",
    "reextract",
]
