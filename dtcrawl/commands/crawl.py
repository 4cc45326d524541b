"""``dtcrawl crawl`` and ``dtcrawl demo``."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import click

from dtcrawl.crawl import (
    EXIT_INTERRUPTED,
    CrawlError,
    format_summary,
    parse_settings,
    run_crawl,
)

__all__ = ["crawl", "demo"]

DEFAULT_DB = "archive/dtnews.db"
DEMO_DB = "archive/demo.db"

# The demo portals run on this machine: no need to wait between requests.
DEMO_SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "RETRY_TIMES": 1,
}


def _fail(exc: CrawlError) -> None:
    click.echo(f"dtcrawl: {exc}", err=True)
    sys.exit(exc.exit_code)


@click.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite archive to write.")
@click.option("--portals", "portals_file", help="Portal registry YAML (default: the packaged one).")
@click.option(
    "--set", "settings", multiple=True, metavar="NAME=VALUE", help="A Scrapy setting (repeatable)."
)
@click.option("--quiet", "-q", is_flag=True, help="Only warnings and errors (for cron).")
@click.argument("portal_ids", nargs=-1)
def crawl(db, portals_file, settings, quiet, portal_ids):
    """Crawl portals (default: all in the registry) into the archive.

    Exit 0 when the run completed, even if some pages failed (they are in
    fetch_errors); 1 when it could not run; 75 when another crawl holds the lock.
    """
    try:
        summary = run_crawl(
            db,
            portals_file=portals_file,
            portal_ids=portal_ids,
            overrides=parse_settings(settings),
            quiet=quiet,
        )
    except CrawlError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        click.echo("dtcrawl: interrupted; what was stored stays stored", err=True)
        sys.exit(EXIT_INTERRUPTED)
    if not quiet:
        click.echo(format_summary(summary))


@click.command()
@click.option("--db", default=DEMO_DB, show_default=True, help="Archive to build (replaced).")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int, help="Datasette's port.")
@click.option(
    "--portal-port",
    default=8080,
    show_default=True,
    type=int,
    help="Port of the demo portals (each on its own 127.0.0.x address).",
)
@click.option("--no-serve", is_flag=True, help="Build the archive, then exit.")
def demo(db, host, port, portal_port, no_serve):
    """Crawl the offline demo portals into a fresh archive and serve it."""
    from dtcrawl.demo.server import DemoPortals
    from dtcrawl.serve import serve

    db_path = Path(db)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    with DemoPortals(port=portal_port) as portals, tempfile.TemporaryDirectory() as tmp:
        registry = Path(tmp) / "demo-portals.yaml"
        portals.write_registry(registry)
        click.echo("Demo portals:")
        for entry in portals.portals:
            click.echo(f"  {entry['id']:<16} {entry['start_urls'][0]}")
        try:
            summary = run_crawl(db_path, portals_file=registry, overrides=DEMO_SETTINGS, quiet=True)
        except CrawlError as exc:
            _fail(exc)
        click.echo(format_summary(summary))
        if no_serve:
            return
        click.echo(f"Serving {db_path} on http://{host}:{port}/ (Ctrl-C to stop)")
        serve(db_path, host=host, port=port)
