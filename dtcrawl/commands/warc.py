"""``dtcrawl reextract``, ``dtcrawl import-warc`` and ``dtcrawl warc-stats``: the raw captures."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import click

from dtcrawl.crawl import CrawlError, archive_lock
from dtcrawl.registry import RegistryError

__all__ = ["reextract_command", "import_warc", "warc_stats"]

DEFAULT_DB = "archive/dtnews.db"


def _storage_lines(db: Path) -> str:
    from dtcrawl.warc import format_storage_report, storage_report

    conn = sqlite3.connect(str(db))
    try:
        return format_storage_report(storage_report(conn, db.parent))
    finally:
        conn.close()


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"dtcrawl: {message}", err=True)
    sys.exit(code)


@click.command("reextract")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite archive.")
@click.option("--portal", "portal_ids", multiple=True, metavar="ID", help="Only this portal.")
@click.option("--since", metavar="DATE", help="Only pages captured on or after DATE (ISO).")
@click.option("--portals", "portals_file", help="Portal registry YAML (default: the packaged one).")
def reextract_command(db, portal_ids, since, portals_file):
    """Re-clean every archived page from its raw capture (WARC); no network.

    Rows whose text changes are updated (the old text is kept in article_versions); pages
    captured but missing from the articles table come back. Exit 0 unless it could not run
    (1) or a crawl holds the archive (75).
    """
    from dtcrawl.reextract import reextract

    db = Path(db)
    if not db.exists():
        _fail(f"no archive at {db}")
    try:
        with archive_lock(db):
            summary = reextract(db, portals_file=portals_file, portal_ids=portal_ids, since=since)
    except CrawlError as exc:
        _fail(str(exc), exc.exit_code)
    except (RegistryError, OSError, ValueError) as exc:
        _fail(str(exc).splitlines()[0])
    click.echo(summary.format())
    click.echo(_storage_lines(db))


@click.command("import-warc")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite archive to extend.")
@click.option("--portal", "portal_id", metavar="ID", help="Assign every page to this portal.")
@click.option("--portals", "portals_file", help="Portal registry YAML (default: the packaged one).")
def import_warc(files, db, portal_id, portals_file):
    """Import WARC files made by other tools (wget --warc-file, Browsertrix, ...).

    The files are indexed, not copied: keep them where they are (best under the archive's
    folder, so that it moves as one). Exit 0 if any page was read, 1 if none could be.
    """
    from dtcrawl.reextract import import_warcs

    db = Path(db)
    try:
        with archive_lock(db):
            summary = import_warcs(db, files, portal_id=portal_id, portals_file=portals_file)
    except CrawlError as exc:
        _fail(str(exc), exc.exit_code)
    except (RegistryError, OSError, ValueError) as exc:
        _fail(str(exc).splitlines()[0])
    click.echo(summary.format())
    click.echo(_storage_lines(db))
    if summary.pages_read == 0:
        _fail("no HTML page could be read from " + ", ".join(files))


@click.command("warc-stats")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite archive.")
def warc_stats(db):
    """What the raw captures cost: WARC files, bytes, revisits, bytes per article."""
    db = Path(db)
    if not db.exists():
        _fail(f"no archive at {db}")
    click.echo(_storage_lines(db))
