"""``dtcrawl try PORTAL_ID``: a small crawl into a throw-away archive, explained."""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from collections import Counter
from pathlib import Path

import click

from dtcrawl.crawl import CrawlError, parse_settings, run_crawl
from dtcrawl.trace import read_trace

__all__ = ["try_portal"]


def _short(text: str | None, width: int) -> str:
    text = text or ""
    return text if len(text) <= width else text[: width - 1] + "…"


def trial_report(db: Path, trace: list[dict], *, limit_links: int = 40) -> str:
    """The table of what would be archived, then listings followed and links not followed."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(
            "select url, published_at, title, relevant, relevance_score, length(body) as chars, "
            "duplicate_of from articles order by published_at desc"
        ).fetchall()
        errors = conn.execute("select url, reason from fetch_errors order by id").fetchall()
    finally:
        conn.close()
    dropped = {e["url"]: e.get("dropped", 0) for e in trace if e["event"] == "stored"}
    lines = [f"Articles that would be archived: {len(rows)}"]
    lines.append(
        f"{'published':<16}  {'rel':>3}  {'score':>5}  {'chars':>6}  {'drop':>4}  title / url"
    )
    for row in rows:
        rel = "yes" if row["relevant"] else "no"
        dup = f"  (duplicate of #{row['duplicate_of']})" if row["duplicate_of"] else ""
        lines.append(
            f"{(row['published_at'] or '?')[:16]:<16}  {rel:>3}  {row['relevance_score'] or 0:>5.2f}"
            f"  {row['chars']:>6}  {dropped.get(row['url'], '-'):>4}  "
            f"{_short(row['title'], 70)}{dup}"
        )
        lines.append(f"{'':<45}{row['url']}")
    listings = [e for e in trace if e["event"] == "listing"]
    lines.append("")
    lines.append(f"Listing pages followed: {len(listings)}")
    for event in listings:
        lines.append(f"  {event['items']:>3} items  {event['url']}")
    skipped = [e for e in trace if e["event"] == "not_followed"]
    by_url: dict[str, dict] = {}
    for event in skipped:
        by_url.setdefault(event["url"], event)
    reasons = Counter(e["reason"] for e in by_url.values())
    lines.append("")
    lines.append(
        f"Links not followed: {len(by_url)} ("
        + ", ".join(f"{n} {r}" for r, n in reasons.most_common())
        + ")"
    )
    interesting = [e for e in by_url.values() if e["reason"] == "outside the main list"]
    for event in (interesting + [e for e in by_url.values() if e not in interesting])[:limit_links]:
        lines.append(f"  [{event['reason']}] {_short(event['text'], 50)}  {event['url']}")
    if errors:
        lines.append("")
        lines.append(f"Failed or rejected pages: {len(errors)}")
        for row in errors:
            lines.append(f"  {row['reason']}  {row['url']}")
    return "\n".join(lines)


@click.command("try")
@click.argument("portal_id")
@click.option("--pages", default=30, show_default=True, help="Stop after this many pages.")
@click.option("--portals", "portals_file", help="Registry YAML (default: the packaged one).")
@click.option("--set", "settings", multiple=True, metavar="NAME=VALUE", help="A Scrapy setting.")
@click.option("--keep", type=click.Path(dir_okay=False), help="Keep the archive at this path.")
def try_portal(portal_id, pages, portals_file, settings, keep):
    """Crawl at most N pages of one portal into a throw-away archive and explain the result."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(keep) if keep else Path(tmp) / "try.db"
        trace_path = Path(tmp) / "trace.jsonl"
        overrides = {
            "CLOSESPIDER_PAGECOUNT": pages,
            "DTCRAWL_TRACE": str(trace_path),
            "DTCRAWL_TEMPLATE_WARMUP": min(8, max(2, pages // 4)),
        }
        try:
            overrides.update(parse_settings(settings))
            run_crawl(
                db,
                portals_file=portals_file,
                portal_ids=[portal_id],
                overrides=overrides,
                quiet=True,
            )
        except CrawlError as exc:
            click.echo(f"dtcrawl: {exc}", err=True)
            sys.exit(exc.exit_code)
        click.echo(trial_report(db, read_trace(trace_path)))
