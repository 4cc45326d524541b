"""``dtcrawl probe URL``: propose a registry entry for a portal from its pages."""

from __future__ import annotations

import sys
from urllib.parse import urljoin

import click

from dtcrawl.fetch import fetch
from dtcrawl.probe import format_probe, probe_page, propose_entry

__all__ = ["probe"]


@click.command()
@click.argument("url")
@click.option("--id", "portal_id", help="Id to give the proposed entry.")
@click.option("--timeout", default=30.0, show_default=True, help="Seconds per request.")
def probe(url, portal_id, timeout):
    """Fetch a portal's home or section page and print a registry entry to paste.

    When the page is not itself a listing but links a digital-transformation
    section, the section is fetched too, and its listing and pagination reported.
    """
    try:
        page = fetch(url, timeout=timeout)
    except OSError as exc:
        click.echo(f"dtcrawl: cannot fetch {url}: {exc}", err=True)
        sys.exit(1)
    if page.status >= 400:
        click.echo(f"dtcrawl: {url} answered HTTP {page.status}", err=True)
        sys.exit(1)
    robots = None
    try:
        robots_page = fetch(urljoin(page.url, "/robots.txt"), timeout=timeout)
        if robots_page.status == 200:
            robots = robots_page.text
    except OSError:
        pass
    result = probe_page(page.text, page.url, robots)
    if page.url != url:
        result.unsure.append(f"{url} redirects to {page.url}")
    if result.sections and not result.is_listing:
        section_url = result.sections[0][1]
        try:
            section = fetch(section_url, timeout=timeout)
            section_result = probe_page(section.text, section.url, robots)
            section_result.sections = result.sections
            section_result.feeds = list(dict.fromkeys(result.feeds + section_result.feeds))
            section_result.cms = result.cms if result.cms != "unknown" else section_result.cms
            section_result.cms_evidence = result.cms_evidence or section_result.cms_evidence
            section_result.unsure = [
                u for u in section_result.unsure if "no digital-transformation section" not in u
            ]
            result = section_result
        except OSError as exc:
            result.unsure.append(f"section {section_url} could not be fetched: {exc}")
    click.echo(format_probe(result, propose_entry(result, portal_id=portal_id)))
