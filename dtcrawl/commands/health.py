"""``dtcrawl health``: which portals need a human, from the archive's run history."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import click

from dtcrawl.health import assess_archive, format_health

__all__ = ["health"]


@click.command()
@click.option("--db", default="archive/dtnews.db", show_default=True, help="The archive.")
@click.option("--silent-runs", default=3, show_default=True, help="Runs with nothing new to flag.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per portal.")
def health(db, silent_runs, as_json):
    """Compare each portal's last runs with its history; exit 1 when something needs a human."""
    if not Path(db).exists():
        click.echo(f"dtcrawl: no archive at {db}", err=True)
        sys.exit(2)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        report = assess_archive(conn, silent_runs=silent_runs)
    finally:
        conn.close()
    if as_json:
        for item in report:
            click.echo(
                json.dumps(
                    {
                        "portal": item.portal,
                        "ok": item.ok,
                        "runs": item.runs,
                        "last_run": item.last_run,
                        "problems": [{"kind": k, "message": m} for k, m in item.problems],
                    },
                    ensure_ascii=False,
                )
            )
    else:
        click.echo(format_health(report))
    sys.exit(0 if all(item.ok for item in report) else 1)
