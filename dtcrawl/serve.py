"""Serve the archive with Datasette, with the project's metadata, templates and plugins.

Everything Datasette needs lives in ``archive/`` at the project root (next to
``dtcrawl/``): ``metadata.yml``, ``templates/``, ``plugins/`` and ``static/``.

``metadata.yml`` describes the archive database under the key ``archive``;
Datasette keys metadata by database *name* (the file's stem), so
:func:`datasette_command` writes a copy with that key renamed to the served
file's stem (``dtnews``, ``demo``, …) and passes the copy to Datasette.

The database is served *mutable* (not ``-i``): crawls keep writing to it while
it is served. Datasette opens mutable files read-only (``mode=ro``) for
queries, and 0.65 has no write API; the canned queries are all read-only.
"""

from __future__ import annotations

import hashlib
import json
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

import dtcrawl

ARCHIVE_DIR = Path(dtcrawl.__file__).resolve().parent.parent / "archive"
METADATA_KEY = "archive"

# Datasette settings: bounded queries for a public, read-only site.
SETTINGS = {
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 400,
    "max_returned_rows": 1000,
    "default_page_size": 50,
    "truncate_cells_html": 300,
    "allow_download": "off",
    "default_cache_ttl": 60,
    # Facet suggestions count every match of a search again per column: at 50,000 articles
    # they took table search from 0.2 s to 2.8 s (make bench-archive).
    "suggest_facets": "off",
}


def metadata_for(db_path: str | Path) -> dict:
    """The project's Datasette metadata with the archive described under ``db_path``'s name.

    >>> sorted(metadata_for("archive/demo.db")["databases"])
    ['demo']
    """
    name = Path(db_path).stem
    metadata = yaml.safe_load((ARCHIVE_DIR / "metadata.yml").read_text(encoding="utf-8"))
    databases = metadata.setdefault("databases", {})
    if METADATA_KEY in databases:
        databases[name] = databases.pop(METADATA_KEY)
    metadata.setdefault("plugins", {}).setdefault("dtcrawl", {})["database"] = name
    return metadata


def write_metadata(db_path: str | Path) -> Path:
    """Write :func:`metadata_for` ``db_path`` as JSON in the temp directory; return its path."""
    resolved = str(Path(db_path).resolve())
    digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:12]
    folder = Path(tempfile.gettempdir()) / "dtcrawl-datasette"
    folder.mkdir(exist_ok=True)
    path = folder / f"metadata-{Path(db_path).stem}-{digest}.json"
    path.write_text(json.dumps(metadata_for(db_path), ensure_ascii=False, indent=2), "utf-8")
    return path


def datasette_command(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001) -> list[str]:
    """The ``datasette serve`` command line for the archive at ``db_path``.

    Writes the metadata copy for ``db_path`` (see :func:`write_metadata`) as a side effect.
    """
    command = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        str(db_path),
        "--host",
        host,
        "--port",
        str(port),
        "--metadata",
        str(write_metadata(db_path)),
        "--template-dir",
        str(ARCHIVE_DIR / "templates"),
        "--plugins-dir",
        str(ARCHIVE_DIR / "plugins"),
        "--static",
        f"dtcrawl:{ARCHIVE_DIR / 'static'}",
    ]
    for name, value in SETTINGS.items():
        command += ["--setting", name, str(value)]
    return command


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8001) -> int:
    """Run Datasette on the archive until it stops or we are told to stop; return its status.

    Ctrl-C and SIGTERM stop Datasette too (it runs as a child process, so that a caller
    such as ``dtcrawl demo`` keeps its own threads alive).
    """
    if not Path(db).exists():
        raise FileNotFoundError(f"no archive at {db}: run `dtcrawl demo` or `dtcrawl crawl` first")
    process = subprocess.Popen(datasette_command(db, host, port))

    def stop(signum, frame):
        process.terminate()

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        process.wait()
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
