"""Portal health: what the last crawl runs say about each portal.

A portal whose layout changed does not fail loudly: it returns pages, and the
crawler finds nothing in them. :func:`assess_health` compares each portal's
latest runs with its own history and flags what needs a human:

- ``silent``: no new article for ``silent_runs`` runs in a row, where earlier runs yielded;
- ``extraction``: many fetched article pages gave no article text (a changed template);
- ``errors``: far more failed pages than usual (or many, for a portal with no history);
- ``start_url``: a start URL failed or now redirects elsewhere (fix the registry);
- ``unreachable``: the last run fetched nothing at all from the portal.

Pure functions over run records; :func:`load_runs` reads them from the archive.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from statistics import median


@dataclass(frozen=True)
class PortalRun:
    """One portal's counts in one crawl run."""

    run_id: int
    started_at: str
    counts: dict[str, int]
    start_url_problems: tuple[str, ...] = ()

    def count(self, key: str) -> int:
        """The count under ``key`` (0 when absent)."""
        return int(self.counts.get(key, 0) or 0)


@dataclass
class PortalHealth:
    """The verdict on one portal: ``ok`` or the problems that need a human."""

    portal: str
    runs: int
    last_run: str | None
    problems: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing needs a human."""
        return not self.problems


def assess_portal(
    portal: str,
    runs: list[PortalRun],
    *,
    silent_runs: int = 3,
    extraction_ratio: float = 0.3,
    error_factor: float = 3.0,
    error_floor: int = 10,
) -> PortalHealth:
    """Judge one portal from its runs, oldest first.

    >>> runs = [PortalRun(i, f"2026-01-0{i}", {"pages_fetched": 20, "new": n})
    ...         for i, n in enumerate([5, 4, 0, 0, 0], start=1)]
    >>> assess_portal("x", runs).problems[0][0]
    'silent'
    """
    health = PortalHealth(
        portal=portal, runs=len(runs), last_run=runs[-1].started_at if runs else None
    )
    if not runs:
        return health
    last = runs[-1]
    history = runs[:-1]
    if last.count("given_up"):
        health.problems.append(("unreachable", "given up in the last run: failures in a row"))
    elif last.count("pages_fetched") == 0 and last.count("errors") > 0:
        health.problems.append(("unreachable", "the last run fetched no page from the portal"))
    recent = runs[-silent_runs:]
    earlier = runs[:-silent_runs]
    if (
        len(recent) == silent_runs
        and all(r.count("new") == 0 for r in recent)
        and any(r.count("new") > 0 for r in earlier)
    ):
        health.problems.append(
            ("silent", f"no new article in the last {silent_runs} runs; earlier runs found some")
        )
    articles = (
        last.count("new")
        + last.count("updated")
        + last.count("duplicate")
        + last.count("unchanged")
        + last.count("extraction_failures")
    )
    failures = last.count("extraction_failures")
    if articles >= 5 and failures / articles > extraction_ratio:
        health.problems.append(
            ("extraction", f"{failures} of {articles} article pages gave no article text")
        )
    errors = last.count("errors")
    usual = median([r.count("errors") for r in history]) if history else 0
    if errors >= error_floor and errors > error_factor * max(usual, 1):
        health.problems.append(("errors", f"{errors} failed pages (usually {usual:g})"))
    for problem in last.start_url_problems:
        health.problems.append(("start_url", problem))
    return health


def load_runs(conn: sqlite3.Connection, *, limit: int = 30) -> dict[str, list[PortalRun]]:
    """Read the last ``limit`` completed or interrupted runs, per portal, oldest first."""
    rows = conn.execute(
        "select id, started_at, stats from crawl_runs where finished_at is not null "
        "order by id desc limit ?",
        (limit,),
    ).fetchall()
    start_problems: dict[tuple[int, str], list[str]] = {}
    for run_id, portal, url, reason in conn.execute(
        "select run_id, portal, url, reason from fetch_errors where reason like 'start URL%'"
    ):
        start_problems.setdefault((run_id, portal), []).append(f"{url}: {reason}")
    runs: dict[str, list[PortalRun]] = {}
    for run_id, started_at, stats in reversed(rows):
        try:
            per_portal = json.loads(stats or "{}")
        except json.JSONDecodeError:
            continue
        if not isinstance(per_portal, dict):
            continue
        for portal, counts in per_portal.items():
            if not isinstance(counts, dict):
                continue
            runs.setdefault(portal, []).append(
                PortalRun(
                    run_id=run_id,
                    started_at=started_at,
                    counts=counts,
                    start_url_problems=tuple(start_problems.get((run_id, portal), ())),
                )
            )
    return runs


def assess_archive(conn: sqlite3.Connection, **thresholds) -> list[PortalHealth]:
    """Judge every portal that appears in the archive's recent runs."""
    return [
        assess_portal(portal, runs, **thresholds)
        for portal, runs in sorted(load_runs(conn).items())
    ]


def format_health(report: list[PortalHealth]) -> str:
    """A plain-text report: one line per portal, then one indented line per problem."""
    if not report:
        return "No crawl runs in the archive yet."
    lines = []
    for health in report:
        verdict = "ok" if health.ok else "NEEDS ATTENTION"
        lines.append(f"{health.portal:<24} {verdict:<16} runs={health.runs} last={health.last_run}")
        for kind, message in health.problems:
            lines.append(f"    {kind}: {message}")
    bad = sum(1 for h in report if not h.ok)
    lines.append(f"{len(report)} portals, {bad} need attention")
    return "\n".join(lines)
