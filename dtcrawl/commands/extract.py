"""``dtcrawl extract`` (what dtcrawl would store for one page) and ``dtcrawl fixture``."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import click

from dtcrawl.fetch import fetch_or_exit
from dtcrawl.registry import Portal, RegistryError, load_registry, select_portals
from dtcrawl.timeutil import now_iso

__all__ = ["extract", "fixture"]


def _portal_for(portal_id: str | None, portals_file: str | None, url: str) -> Portal:
    if portal_id:
        try:
            (portal,) = select_portals(load_registry(portals_file), [portal_id])
        except RegistryError as exc:
            click.echo(f"dtcrawl: {exc}", err=True)
            sys.exit(1)
        return portal
    return Portal(id="unknown", name="unknown", province=None, start_urls=(url,))


def _load_page(source: str, url: str | None) -> tuple[str, str, dict[str, str]]:
    """(html, url, headers) from a local file or by fetching a URL."""
    path = Path(source)
    if path.exists():
        from dtcrawl.pages import decode_page

        headers: dict[str, str] = {}
        sidecar = path.with_suffix(".headers.json")
        if sidecar.exists():
            headers = json.loads(sidecar.read_text(encoding="utf-8"))
        html, _ = decode_page(path.read_bytes(), headers.get("content-type"))
        return html, url or headers.get("x-dtcrawl-url") or path.resolve().as_uri(), headers
    if not re.match(r"https?://", source):
        click.echo(f"dtcrawl: {source} is neither a file nor an http(s) URL", err=True)
        sys.exit(1)
    page = fetch_or_exit(source)
    return page.text, url or page.url, page.headers


def extract_page(
    html: str, url: str, portal: Portal, db: str | None = None, headers: dict | None = None
) -> dict[str, Any]:
    """What the crawl would store for this page: the ``articles`` columns plus the dropped lines.

    With ``db``, the portal's template as learned by the archive is used, exactly as
    in a crawl (see :func:`dtcrawl.pipelines.build_record`).
    """
    from dtcrawl.dedup import content_hash
    from dtcrawl.pipelines import build_record
    from dtcrawl.template import PortalTemplate, load_template

    template = PortalTemplate()
    if db and Path(db).exists():
        conn = sqlite3.connect(db)
        try:
            template = load_template(conn, portal.id)
        finally:
            conn.close()
    headers = headers or {}
    item = {
        "html": html,
        "url": url,
        "fetched_at": now_iso(),
        "etag": headers.get("etag"),
        "last_modified": headers.get("last-modified"),
    }
    record, content, variants = build_record(item, portal, template)
    record["content_hash"] = content_hash(record["body"])
    record["word_count"] = len(record["body"].split())
    record["is_article"] = content.is_article()
    record["url_variants"] = variants
    record["legal_refs"] = [
        {k: getattr(ref, k, None) for k in ("raw", "number", "doc_type", "issuer", "issued_on")}
        for ref in content.legal_refs
    ]
    record["dropped"] = [
        {
            "text": getattr(d, "text", d[0] if isinstance(d, tuple) else str(d)),
            "reason": getattr(d, "reason", d[1] if isinstance(d, tuple) else ""),
        }
        for d in content.dropped
    ]
    record["template_pages_seen"] = template.pages_seen
    return record


def format_extraction(record: dict[str, Any]) -> str:
    """A readable report of one extraction: fields, body, dropped lines with reasons."""
    lines = []
    for key in ("url", "title", "published_at", "modified_at", "author", "source", "portal"):
        lines.append(f"{key:>15}: {record.get(key)}")
    terms = ", ".join(f"{t}×{n}" for t, n in (record.get("relevance_terms") or {}).items())
    lines.append(
        f"{'relevant':>15}: {record['relevant']} (score {record['relevance_score']}; {terms or '-'})"
    )
    lines.append(
        f"{'words':>15}: {record['word_count']}  (template pages seen: "
        f"{record['template_pages_seen']})"
    )
    for caption in record.get("captions") or []:
        lines.append(f"{'caption':>15}: {caption}")
    for ref in record.get("legal_refs") or []:
        lines.append(f"{'cites':>15}: {ref['number']} ({ref['raw']})")
    lines.append("")
    lines.append(record["body"] or "(no body)")
    lines.append("")
    lines.append(f"--- dropped as boilerplate: {len(record['dropped'])} lines")
    for item in record["dropped"]:
        text = item["text"] if len(item["text"]) <= 90 else item["text"][:87] + "..."
        lines.append(f"  [{item['reason']}] {text}")
    return "\n".join(lines)


@click.command()
@click.argument("source")
@click.option("--url", help="The page's address, when SOURCE is a local file.")
@click.option("--portal", "portal_id", help="Registry id: use its settings and learned template.")
@click.option("--portals", "portals_file", help="Registry YAML (default: the packaged one).")
@click.option("--db", help="Archive whose learned template of --portal to use.")
@click.option(
    "--json", "as_json", is_flag=True, help="One JSON object (articles columns + dropped)."
)
def extract(source, url, portal_id, portals_file, db, as_json):
    """Show what dtcrawl would store for one page (a file or a URL)."""
    html, page_url, headers = _load_page(source, url)
    portal = _portal_for(portal_id, portals_file, page_url)
    record = extract_page(html, page_url, portal, db, headers)
    if as_json:
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        click.echo(format_extraction(record))


_STUB = '''"""Fixture test for {portal}: {url}

Written by `dtcrawl fixture` on {date}. Check every expected value by reading the
page, correct what is wrong, and keep the test.
"""

import json
from pathlib import Path

from dtcrawl.commands.extract import extract_page
from dtcrawl.pages import decode_page
from dtcrawl.registry import Portal

PAGE = Path(__file__).parent / "fixtures" / "portals" / "{portal}" / "{name}.html"


URL = {url!r}


def test_{func}():
    headers = json.loads(PAGE.with_suffix(".headers.json").read_text(encoding="utf-8"))
    html, _ = decode_page(PAGE.read_bytes(), headers.get("content-type"))
    portal = Portal(id={portal!r}, name={portal!r}, province=None, start_urls=(URL,))
    record = extract_page(html, URL, portal, headers=headers)
{assertions}
'''


@click.command()
@click.argument("url")
@click.argument("portal_id")
@click.option("--portals", "portals_file", help="Registry YAML (default: the packaged one).")
@click.option("--name", help="Fixture name (default: from the URL).")
@click.option("--tests-dir", default="tests", show_default=True, type=click.Path(file_okay=False))
def fixture(url, portal_id, portals_file, name, tests_dir):
    """Save a page (and its headers) as a test fixture, with a test stub of today's extraction."""
    portal = _portal_for(portal_id, portals_file, url)
    page = fetch_or_exit(url)
    name = name or re.sub(r"[^a-z0-9]+", "-", url.lower().split("://", 1)[-1])[-60:].strip("-")
    folder = Path(tests_dir) / "fixtures" / "portals" / portal.id
    folder.mkdir(parents=True, exist_ok=True)
    page_path = folder / f"{name}.html"
    page_path.write_bytes(page.body)
    headers = dict(page.headers, **{"x-dtcrawl-url": page.url})
    page_path.with_suffix(".headers.json").write_text(
        json.dumps(headers, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    record = extract_page(page.text, page.url, portal, headers=page.headers)
    body = record["body"]
    func = re.sub(r"\W+", "_", f"{portal.id}_{name}").strip("_")
    test_path = Path(tests_dir) / f"test_fixture_{func}.py"
    expected = {
        'record["title"]': record["title"],
        'record["published_at"]': record["published_at"],
        'record["author"]': record["author"],
        'record["source"]': record["source"],
        'record["word_count"]': record["word_count"],
    }
    assertions = [
        f"    assert {name} is None" if value is None else f"    assert {name} == {value!r}"
        for name, value in expected.items()
    ]
    assertions += [
        f'    assert record["body"].startswith({body[:60]!r})',
        f'    assert record["body"].endswith({body[-60:]!r})',
    ]
    test_path.write_text(
        _STUB.format(
            portal=portal.id,
            url=page.url,
            date=now_iso()[:10],
            name=name,
            func=func,
            assertions="\n".join(assertions),
        ),
        encoding="utf-8",
    )
    # Leave the stub as `make test` wants it (ruff-formatted), when ruff is at hand.
    subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--quiet", str(test_path)],
        capture_output=True,
        check=False,
    )
    click.echo(f"saved {page_path} (+ .headers.json)")
    click.echo(f"wrote {test_path}: check its expected values against the page, then keep it")
