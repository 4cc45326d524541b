"""Atom feeds (``.atom``) of any table view or query that returns articles.

A result can be a feed when it has the columns ``id`` and ``title`` (articles
ids) and a date (``published_at``); e.g. ``/<db>/search.atom?q=IOC&sort=newest``
or ``/<db>/articles.atom?_search=ioc&province=…``.

Written here rather than using datasette-atom: that plugin needs every query to
alias its columns ``atom_id``/``atom_title``/``atom_updated``, so Datasette's own
table search (``articles.atom?_search=…``) could never be a feed, and it pulls in
feedgen. The feed is built with ``xml.etree`` so every value is escaped.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime

from datasette import hookimpl

ATOM = "http://www.w3.org/2005/Atom"
VIETNAM = "+07:00"
SUMMARY_CHARS = 400


def rfc3339(value: str | None) -> str | None:
    """An Atom date from a stored ISO time; times without offset are Vietnam time.

    >>> rfc3339("2024-03-05T08:30:00+07:00"), rfc3339("2024-03-05T08:30"), rfc3339("2024-03-05")
    ('2024-03-05T08:30:00+07:00', '2024-03-05T08:30:00+07:00', '2024-03-05T00:00:00+07:00')
    >>> rfc3339("hôm qua") is None
    True
    """
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    text = parsed.isoformat(timespec="seconds")
    return text if parsed.tzinfo else text + VIETNAM


def summary(row: dict) -> str:
    """Short plain text for an entry: the query's snippet, else the start of the body."""
    text = row.get("snippet") or row.get("body") or ""
    text = " ".join(str(text).split())
    return text if len(text) <= SUMMARY_CHARS else text[:SUMMARY_CHARS].rsplit(" ", 1)[0] + " …"


def feed_xml(
    title: str, feed_id: str, self_url: str, html_url: str, entries: list[dict], now: str
) -> bytes:
    """Serialize an Atom feed; each entry dict has id, title, updated, link, and optionals.

    >>> b = feed_xml("T", "u:1", "http://x/f.atom", "http://x/f", [], "2024-01-01T00:00:00+00:00")
    >>> b"<feed xmlns=\\"http://www.w3.org/2005/Atom\\">" in b
    True
    """
    ET.register_namespace("", ATOM)

    def sub(parent, tag, text=None, **attrs):
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            element.text = text
        return element

    feed = ET.Element(f"{{{ATOM}}}feed")
    sub(feed, "title", title)
    sub(feed, "id", feed_id)
    sub(feed, "updated", max((e["updated"] for e in entries), default=now))
    sub(feed, "link", rel="self", type="application/atom+xml", href=self_url)
    sub(feed, "link", rel="alternate", type="text/html", href=html_url)
    sub(feed, "generator", "dtcrawl")
    for entry in entries:
        node = sub(feed, "entry")
        sub(node, "id", entry["id"])
        sub(node, "title", entry["title"], type="text")
        sub(node, "updated", entry["updated"])
        if entry.get("published"):
            sub(node, "published", entry["published"])
        sub(node, "link", rel="alternate", type="text/html", href=entry["link"])
        if entry.get("original"):
            sub(node, "link", rel="related", type="text/html", href=entry["original"])
        author = sub(node, "author")
        sub(author, "name", entry.get("author") or "")
        for term in entry.get("categories", []):
            sub(node, "category", term=term)
        if entry.get("summary"):
            sub(node, "summary", entry["summary"], type="text")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def can_render_atom(columns):
    """Only results of articles (id, title, published_at) can be feeds."""
    return {"id", "title", "published_at"} <= set(columns or [])


async def render_atom(datasette, request, rows, columns, query_name, table, database):
    """Render the rows as an Atom feed (entries link to the archive's article pages).

    Results that are not articles (see :func:`can_render_atom`) answer 404.
    """
    if not can_render_atom(columns):
        return None
    rows = [dict(zip(columns, row, strict=False)) for row in rows]
    now = datetime.now(UTC).isoformat(timespec="seconds")
    entries = []
    for row in rows:
        if row.get("id") is None:
            continue
        updated = rfc3339(row.get("modified_at")) or rfc3339(row.get("published_at"))
        page = datasette.absolute_url(request, datasette.urls.path(f"/-/article/{row['id']}"))
        entries.append(
            {
                "id": row.get("url") or page,
                "title": row.get("title") or "(không có tiêu đề)",
                "updated": updated or rfc3339(row.get("fetched_at")) or now,
                "published": rfc3339(row.get("published_at")),
                "link": page,
                "original": row.get("url"),
                "author": row.get("author") or row.get("portal") or "",
                "categories": [v for v in (row.get("province"), row.get("portal")) if v],
                "summary": summary(row),
            }
        )
    base = datasette.metadata("title") or "Lưu trữ tin chuyển đổi số"
    what = query_name or table or database
    words = [request.args.get(k) for k in ("q", "_search", "province", "portal")]
    title = " – ".join([base, what, *[w for w in words if w]])
    self_url = datasette.absolute_url(request, request.path + _query(request))
    html_path = request.path.rsplit(".atom", 1)[0]
    html_url = datasette.absolute_url(request, html_path + _query(request))
    if query_name == "search":
        html_url = datasette.absolute_url(
            request, datasette.urls.path("/-/search") + _query(request)
        )
    body = feed_xml(title, self_url, self_url, html_url, entries, now)
    return {"body": body, "content_type": "application/atom+xml; charset=utf-8"}


def _query(request) -> str:
    return "?" + request.query_string if request.query_string else ""


@hookimpl
def register_output_renderer():
    """``.atom``: a feed of the articles a table view or canned query returns."""
    return {"extension": "atom", "render": render_atom, "can_render": can_render_atom}
