"""``dtcrawl serve``: publish the archive with Datasette."""

from __future__ import annotations

from pathlib import Path

import click

__all__ = ["serve"]


@click.command()
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("archive/dtnews.db"),
    show_default=True,
    help="SQLite archive to serve.",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port to listen on.")
def serve(db_path: Path, host: str, port: int) -> None:
    """Serve the archive in the browser: search, article pages, charts, SQL, feeds."""
    from dtcrawl.serve import serve as run_datasette

    if not db_path.exists():
        raise click.ClickException(
            f"no archive at {db_path}: run `dtcrawl demo` or `dtcrawl crawl` first"
        )
    click.echo(f"Serving {db_path} on http://{host}:{port}/ (Ctrl-C to stop)")
    raise SystemExit(run_datasette(db_path, host, port))
