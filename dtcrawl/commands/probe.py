"""``dtcrawl probe URL``: propose a registry entry for a portal from its pages."""

from __future__ import annotations

from urllib.parse import urljoin

import click

from dtcrawl.fetch import fetch, fetch_or_exit
from dtcrawl.probe import format_probe, merge_section, probe_page, propose_entry, strong_section

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
    page = fetch_or_exit(url, timeout=timeout)
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
    section_url = strong_section(result)
    if section_url:
        try:
            section = fetch(section_url, timeout=timeout)
            result = merge_section(result, probe_page(section.text, section.url, robots))
        except OSError as exc:
            result.unsure.append(f"section {section_url} could not be fetched: {exc}")
    click.echo(format_probe(result, propose_entry(result, portal_id=portal_id)))
