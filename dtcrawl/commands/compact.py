"""``dtcrawl compact``: rewrite an archive packed, with the current page size (schema 5)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from dtcrawl.crawl import ArchiveLocked, archive_lock
from dtcrawl.storage import PAGE_SIZE, Archive
from dtcrawl.storage import compact as compact_archive

__all__ = ["compact"]


def _file_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in (db, Path(f"{db}-wal")) if p.exists())


@click.command()
@click.option("--db", default="archive/dtnews.db", show_default=True, help="The archive.")
@click.option(
    "--page-size",
    default=PAGE_SIZE,
    show_default=True,
    type=click.Choice([str(2**n) for n in range(12, 17)]),
    help="SQLite page size of the rewritten file.",
)
def compact(db, page_size):
    """Migrate the archive to the current schema, then rewrite it packed (VACUUM).

    An archive created before schema 5 keeps its 4 KiB pages and the space its migration
    freed until it is compacted. Takes the crawl lock (exit 75 while a crawl runs); stop
    Datasette first. Needs free disk space about the size of the archive.
    """
    path = Path(db)
    if not path.exists():
        click.echo(f"dtcrawl: no archive at {db}", err=True)
        sys.exit(2)
    try:
        with archive_lock(path):
            Archive(path).close()  # migrate first: the rewrite is of the current schema
            before = _file_bytes(path)
            compact_archive(path, int(page_size))
            after = _file_bytes(path)
    except ArchiveLocked as exc:
        click.echo(f"dtcrawl: {exc}", err=True)
        sys.exit(75)
    click.echo(
        f"{db}: {before / 2**20:,.1f} MiB -> {after / 2**20:,.1f} MiB "
        f"({int(page_size) // 1024} KiB pages)"
    )
