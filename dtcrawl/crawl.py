"""Running a crawl: the portals of the registry, one Scrapy process, one archive run.

:func:`run_crawl` is what ``dtcrawl crawl`` (and cron) runs. It takes the
archive's lock, opens a ``crawl_runs`` row, crawls every selected portal in one
Scrapy process (each portal its own spider with its own politeness settings),
then closes the run with per-portal counts.

Exit codes (documented in the README):

- 0: the run completed (some pages may have failed; see ``fetch_errors``);
- 1: the run could not start (bad portal file, unknown portal, unwritable database);
- 75: another crawl holds the archive's lock (EX_TEMPFAIL: cron may simply retry later);
- 130: interrupted (Ctrl-C); what was stored stays stored.
"""

from __future__ import annotations

import fcntl
import logging
import logging.handlers
import os
import sys
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from dtcrawl.registry import Portal, RegistryError, load_registry, select_portals

EXIT_OK = 0
EXIT_CANNOT_RUN = 1
EXIT_LOCKED = 75
EXIT_INTERRUPTED = 130

logger = logging.getLogger("dtcrawl.crawl")


class CrawlError(Exception):
    """The crawl could not run; the message is one line for the operator."""

    exit_code = EXIT_CANNOT_RUN


class ArchiveLocked(CrawlError):
    """Another process is crawling into the same archive."""

    exit_code = EXIT_LOCKED


@contextmanager
def archive_lock(db_path: str | Path):
    """Hold an exclusive lock for crawling into ``db_path`` (a ``.lock`` file beside it).

    Raises :class:`ArchiveLocked` at once when another process holds it.
    """
    lock_path = Path(f"{db_path}.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "?"
            raise ArchiveLocked(
                f"another dtcrawl crawl (pid {holder}) is running on {db_path}; exiting"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)


def parse_settings(pairs: Iterable[str]) -> dict[str, str]:
    """Parse ``NAME=VALUE`` pairs given with ``--set``.

    >>> parse_settings(["DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=False"])
    {'DOWNLOAD_DELAY': '0', 'AUTOTHROTTLE_ENABLED': 'False'}
    """
    result = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise CrawlError(f"--set takes NAME=VALUE, got {pair!r}")
        result[name.strip()] = value
    return result


def configure_logging(
    db_path: str | Path,
    *,
    quiet: bool,
    progress: bool = False,
    log_file: str | None = None,
    level: str | int = "INFO",
) -> Path:
    """Log to a rotating file beside the archive, and to stderr.

    The file gets records of ``level`` and above (the ``LOG_LEVEL`` setting). On stderr:
    nothing but critical failures when ``quiet`` (cron), warnings when a live progress display
    is shown, everything the file gets otherwise (a pipe).
    """
    from scrapy.utils.log import configure_logging as scrapy_configure_logging

    scrapy_configure_logging(install_root_handler=False)
    path = Path(log_file) if log_file else Path(db_path).parent / "logs" / "dtcrawl.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    root.setLevel(level)
    apply_log_level(level)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    fmt = logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s")
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=10 * 1024 * 1024, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(fmt)
    root.addHandler(file_handler)
    console = logging.StreamHandler(sys.stderr)
    # Quiet (cron): pages that failed are in fetch_errors and `dtcrawl health` reports what
    # needs a human, so only what stops the crawler itself reaches the terminal (and cron mail).
    console.setLevel(logging.CRITICAL if quiet else logging.WARNING if progress else logging.INFO)
    console.setFormatter(fmt)
    root.addHandler(console)
    return path


def apply_log_level(level: str | int) -> None:
    """Make Scrapy's loggers keep to ``level`` (the ``LOG_LEVEL`` setting).

    Scrapy sets its own loggers to DEBUG (its ``configure_logging``, run again by every
    ``CrawlerProcess``) and leaves the level to its root handler, which dtcrawl does not
    install: without this, every page's "Crawled (200)" and "Scraped from" DEBUG lines were
    formatted and written to ``dtcrawl.log`` whatever ``LOG_LEVEL`` said (0.2 ms of the crawl
    process's CPU a page, and a log rotated away after a few thousand pages).
    """
    logging.getLogger("scrapy").setLevel(level)


def run_crawl(
    db_path: str | Path,
    *,
    portals_file: str | Path | None = None,
    portal_ids: Sequence[str] = (),
    overrides: dict[str, Any] | None = None,
    quiet: bool = False,
) -> dict[str, dict[str, int]]:
    """Crawl the selected portals into the archive; return per-portal counts.

    Raises :class:`CrawlError` (or :class:`ArchiveLocked`) when the run cannot start.
    """
    from scrapy.crawler import Crawler, CrawlerProcess
    from scrapy.settings import Settings

    from dtcrawl.storage import Archive
    from spiders.portal import PortalSpider

    try:
        registry = load_registry(portals_file)
        if portal_ids:
            portals = select_portals(registry, list(portal_ids))
        else:
            # Portals known to be dead are crawled only when named.
            portals = [p for p in registry if p.status != "dead"]
    except (RegistryError, OSError) as exc:
        raise CrawlError(str(exc).splitlines()[0]) from exc
    db_path = Path(db_path)
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CrawlError(f"cannot create {db_path.parent}: {exc.strerror}") from exc

    show_progress = not quiet and sys.stderr.isatty()
    from dtcrawl import settings as default_settings

    log_level = (overrides or {}).get("LOG_LEVEL") or default_settings.LOG_LEVEL
    with archive_lock(db_path):
        configure_logging(db_path, quiet=quiet, progress=show_progress, level=log_level)
        try:
            with Archive(db_path) as archive:
                run_id = archive.start_run([p.id for p in portals])
        except Exception as exc:  # sqlite3 errors: unwritable file, not a database
            raise CrawlError(f"cannot open the archive {db_path}: {exc}") from exc

        base = Settings()
        base.setmodule("dtcrawl.settings", priority="project")
        base.update(overrides or {}, priority="cmdline")
        base.set("DTCRAWL_DB", str(db_path), priority="cmdline")
        base.set("DTCRAWL_RUN_ID", run_id, priority="cmdline")
        if portals_file:
            base.set("DTCRAWL_PORTALS", str(portals_file), priority="cmdline")
        process = CrawlerProcess(base, install_root_handler=False)
        apply_log_level(log_level)  # CrawlerProcess set Scrapy's loggers back to DEBUG
        crawlers: list[tuple[Portal, Crawler]] = []
        for portal in portals:
            custom = portal.crawl_settings()
            if not portal.verify_tls:
                logger.warning("%s: TLS certificates NOT verified (verify_tls: false)", portal.id)
                custom["DOWNLOADER_CLIENTCONTEXTFACTORY"] = base.get("UNVERIFIED_CONTEXTFACTORY")
            # Command-line settings win over the registry's, as with `scrapy crawl -s`.
            for name in overrides or {}:
                custom.pop(name, None)
            # One spider class per portal carries the portal's own settings (Scrapy's
            # custom_settings), so each portal keeps its own politeness in one process.
            spidercls = type(
                f"PortalSpider_{portal.id.replace('-', '_')}",
                (PortalSpider,),
                {"custom_settings": custom},
            )
            crawler = process.create_crawler(spidercls)
            crawlers.append((portal, crawler))
            process.crawl(crawler, portal=portal.id)
        interrupted = False
        if show_progress:
            from twisted.internet import task

            display = ProgressDisplay(crawlers)
            loop = task.LoopingCall(display.update)
            loop.start(1.0, now=False)
        try:
            process.start()
        except KeyboardInterrupt:
            interrupted = True

        summary: dict[str, dict[str, int]] = {}
        reasons = set()
        for portal, crawler in crawlers:
            stats = crawler.stats.get_stats() if crawler.stats else {}
            counts = {
                key.split("/", 1)[1]: value
                for key, value in stats.items()
                if key.startswith("dtcrawl/") and isinstance(value, int)
            }
            counts.setdefault("pages_fetched", 0)
            summary[portal.id] = counts
            reasons.add(stats.get("finish_reason", "not started"))
        # A portal given up (unreachable) does not make the run incomplete: it is reported.
        done = {"finished", "portal_given_up"}
        status = "completed" if reasons <= done and not interrupted else "interrupted"
        with Archive(db_path) as archive:
            archive.finish_run(run_id, status, summary)
        if interrupted:
            raise KeyboardInterrupt
        return summary


class ProgressDisplay:
    """A live table on the terminal: per portal, pages fetched, new articles, errors."""

    def __init__(self, crawlers: list) -> None:
        self.crawlers = crawlers
        self.lines = 0

    def update(self) -> None:
        """Redraw the table in place."""
        summary = {}
        for portal, crawler in self.crawlers:
            stats = crawler.stats.get_stats() if crawler.stats else {}
            summary[portal.id] = {
                key.split("/", 1)[1]: value
                for key, value in stats.items()
                if key.startswith("dtcrawl/") and isinstance(value, int)
            }
        text = format_summary(summary)
        if self.lines:
            sys.stderr.write(f"\x1b[{self.lines}F\x1b[J")
        sys.stderr.write(text + "\n")
        sys.stderr.flush()
        self.lines = text.count("\n") + 1


def format_summary(summary: dict[str, dict[str, int]]) -> str:
    """A plain table of per-portal counts, for the end of a crawl.

    >>> print(format_summary({"lamgiang": {"pages_fetched": 40, "new": 12}}))
    portal    pages  new  updated  duplicate  unchanged  errors
    lamgiang     40   12        0          0          0       0
    """
    cols = ["pages_fetched", "new", "updated", "duplicate", "unchanged", "errors"]
    heads = ["pages", "new", "updated", "duplicate", "unchanged", "errors"]
    width = max([len("portal")] + [len(p) for p in summary])
    lines = [f"{'portal':<{width}}  " + "  ".join(heads)]
    for portal, counts in summary.items():
        cells = [f"{counts.get(c, 0):>{len(h)}}" for c, h in zip(cols, heads, strict=True)]
        lines.append(f"{portal:<{width}}  " + "  ".join(cells))
    return "\n".join(lines)
