"""Portal health: the rules on run histories, and `dtcrawl health` on real archives."""

from __future__ import annotations

import json
import shutil
import sqlite3

import yaml
from conftest import crawl_args, query, run_dtcrawl

from dtcrawl.health import PortalRun, assess_portal


def runs(*counts: dict, problems: tuple[str, ...] = ()) -> list[PortalRun]:
    history = [PortalRun(i, f"2026-01-{i:02d}T02:00:00+07:00", c) for i, c in enumerate(counts, 1)]
    if problems:
        last = history[-1]
        history[-1] = PortalRun(last.run_id, last.started_at, last.counts, problems)
    return history


def kinds(health) -> list[str]:
    return [kind for kind, _ in health.problems]


def test_a_portal_that_keeps_yielding_is_ok():
    health = assess_portal("x", runs(*[{"pages_fetched": 30, "new": 3, "errors": 1}] * 6))
    assert health.ok


def test_silent_after_yielding_is_flagged_but_a_quiet_new_portal_is_not():
    silent = [{"pages_fetched": 20, "new": 4}] * 3 + [{"pages_fetched": 20, "new": 0}] * 3
    assert kinds(assess_portal("x", runs(*silent))) == ["silent"]
    assert assess_portal("x", runs(*[{"pages_fetched": 20, "new": 0}] * 4)).ok
    two_quiet = [{"pages_fetched": 20, "new": 4}] * 3 + [{"pages_fetched": 20, "new": 0}] * 2
    assert assess_portal("x", runs(*two_quiet)).ok


def test_extraction_failures_above_the_threshold_are_flagged():
    bad = {"pages_fetched": 40, "new": 2, "unchanged": 3, "extraction_failures": 10}
    assert kinds(assess_portal("x", runs({"pages_fetched": 40, "new": 5}, bad))) == ["extraction"]
    fine = {"pages_fetched": 40, "new": 9, "extraction_failures": 1}
    assert assess_portal("x", runs(fine)).ok


def test_an_error_spike_is_flagged_against_the_portals_own_history():
    usual = [{"pages_fetched": 50, "new": 2, "errors": 2}] * 5
    assert kinds(assess_portal("x", runs(*usual, {"pages_fetched": 50, "errors": 30}))) == [
        "errors"
    ]
    noisy = [{"pages_fetched": 50, "new": 2, "errors": 12}] * 5
    assert assess_portal("x", runs(*noisy, {"pages_fetched": 50, "new": 1, "errors": 14})).ok


def test_unreachable_and_start_url_problems():
    dead = runs({"pages_fetched": 10, "new": 1}, {"pages_fetched": 0, "errors": 2})
    assert "unreachable" in kinds(assess_portal("x", dead))
    moved = runs({"pages_fetched": 10, "new": 1}, problems=("http://x/a: start URL: HTTP 404",))
    assert kinds(assess_portal("x", moved)) == ["start_url"]


def test_health_of_a_healthy_demo_archive_exits_0(demo_archive, tmp_path):
    db = tmp_path / "demo.db"
    shutil.copy(demo_archive, db)
    result = run_dtcrawl("health", "--db", str(db))
    assert result.returncode == 0
    assert "5 portals, 0 need attention" in result.stdout
    lines = run_dtcrawl("health", "--db", str(db), "--json").stdout.splitlines()
    assert {json.loads(line)["portal"] for line in lines} == {
        "lamgiang", "hoason", "namthanh", "sokhcn-lamgiang", "cds-tayphong",
    }  # fmt: skip


def test_a_moved_start_url_makes_health_exit_1(demo_portals, tmp_path):
    registry = yaml.safe_load(demo_portals.registry_path.read_text("utf-8"))
    entry = next(p for p in registry["portals"] if p["id"] == "hoason")
    entry["start_urls"] = [entry["start_urls"][0].replace("tin-tuc-su-kien", "trang-cu-da-xoa")]
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump({"portals": [entry]}, allow_unicode=True), "utf-8")
    db = tmp_path / "moved.db"
    run_dtcrawl(*crawl_args(db, broken))  # the run itself completes: exit 0
    (error,) = query(db, "select url, reason from fetch_errors")
    assert error["reason"].startswith("start URL: HTTP 404")
    result = run_dtcrawl("health", "--db", str(db), check=False)
    assert result.returncode == 1
    assert "start_url" in result.stdout and "HTTP 404" in result.stdout
    conn = sqlite3.connect(db)
    (status,) = conn.execute("select status from crawl_runs").fetchone()
    conn.close()
    assert status == "completed"
