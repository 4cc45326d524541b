"""``dtcrawl portals``: list the portal registry, or check it against the live web."""

from __future__ import annotations

import json
import sys

import click

from dtcrawl.portal_check import PortalCheck, check_portals, format_checks
from dtcrawl.registry import (
    Portal,
    RegistryError,
    load_registry,
    portals_table,
    select_portals,
)

__all__ = ["portals"]


@click.command("portals")
@click.argument("portal_ids", nargs=-1, metavar="[PORTAL_ID]...")
@click.option(
    "--portals",
    "portals_file",
    type=click.Path(dir_okay=False),
    default=None,
    help="Registry YAML file (default: the packaged registry).",
)
@click.option(
    "--check", is_flag=True, help="Fetch each portal's start URLs, sitemaps and feeds and report."
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option(
    "--workers", default=8, show_default=True, type=click.IntRange(1, 64), help="With --check."
)
@click.option(
    "--timeout",
    default=20.0,
    show_default=True,
    type=click.FloatRange(1, 300),
    help="Seconds per request, with --check.",
)
def portals(
    portal_ids: tuple[str, ...],
    portals_file: str | None,
    check: bool,
    as_json: bool,
    workers: int,
    timeout: float,
) -> None:
    """List the portals of the registry (all, or the PORTAL_IDs given).

    With --check, fetch each one and report what works and what to fix in its registry
    entry; the exit status is then 1 if any portal fails. A bad registry file exits with 2.

    \b
    Examples:
      dtcrawl portals
      dtcrawl portals --check hanoi sokhcn-hanoi
      dtcrawl portals --portals my-portals.yaml --check --json
    """
    try:
        chosen = select_portals(load_registry(portals_file), portal_ids)
    except RegistryError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)

    if not check:
        if as_json:
            click.echo(json.dumps([p.to_dict() for p in chosen], ensure_ascii=False, indent=2))
        else:
            click.echo(portals_table(chosen))
            click.echo(f"\n{_summary(chosen)}")
        return

    def progress(result: PortalCheck) -> None:
        if not as_json:
            click.echo(f"checked {result.portal_id}: {result.verdict}", err=True)

    results = check_portals(chosen, workers=workers, timeout=timeout, on_done=progress)
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=2))
    else:
        click.echo(format_checks(results))
    if any(r.verdict == "fail" for r in results):
        sys.exit(1)


def _summary(chosen: list[Portal]) -> str:
    kinds: dict[str, int] = {}
    for portal in chosen:
        kinds[portal.kind] = kinds.get(portal.kind, 0) + 1
    former = sum(1 for p in chosen if p.former_province and p.kind == "province")
    units = {p.province for p in chosen if p.kind == "province" and not p.former_province}
    parts = [f"{n} {kind}" for kind, n in sorted(kinds.items())]
    return (
        f"{len(chosen)} portals ({', '.join(parts)}); {len(units)} current province-level units, "
        f"{former} portals of former provinces; verified: {sum(p.verified for p in chosen)}"
    )
