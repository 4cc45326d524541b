"""Articles that a page carries as data, for browser-rendered portals.

Some portals are single-page applications: the server answers every address with an app shell
(a ``<div id="app">`` and scripts) and the browser draws the article from data the page
carries, a JSON-LD ``NewsArticle`` whose ``articleBody`` holds the text (written for search
engines), or the app's initial state (``window.__INITIAL_STATE__ = {...}``,
``<script type="application/json">``, Next.js's ``__NEXT_DATA__``). A crawler without a
browser sees no text in such a page. :func:`embedded_article_html` finds the article in that
data and writes it out as the plain HTML page a browser would show, for the ordinary cleaner
(:func:`dtcrawl.extract.extract_article`) to read like any other page: the title as ``<h1>``,
the lead, the body's own HTML (its paragraphs, figures and captions), the byline and source.

The article is the data's record with the longest text: the dict holding a string of 60 words
or more (HTML or plain text); its sibling keys give the title, the lead, the date, the author
and the source, whatever the vendor named them (``title``/``tieuDe``/``headline``,
``sapo``/``description``/``summary``, ``publishedAt``/``ngayXuatBan``/``datePublished`` …).
No JSON library reads a vendor's state this way (extruct reads JSON-LD and microdata only,
not app state), hence this module.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

from dtcrawl.dates import from_epoch, parse_vietnamese_datetime, to_iso
from dtcrawl.text import fold

__all__ = ["data_links_html", "embedded_article_html", "may_embed_article"]

# A state object assigned in an inline script: ``window.__INITIAL_STATE__ = {``,
# ``window.__APP_DATA__={``, ``var __PRELOADED_STATE__ = {``. Found by its "= {" (a literal
# the regular expression engine searches fast: one pattern with the name first took 0.9 ms a
# page), then the name before it.
_ASSIGNMENT = re.compile(r"=\s*(?=[{\[])")
_STATE_NAME = re.compile(r"(?:__[A-Za-z0-9_]+__|[A-Za-z_$][\w$]*(?:State|Data|STATE|DATA))\s*$")
_TAG = re.compile(r"<[^>]+>")
_HTML_BLOCK = re.compile(r"<(?:p|div|br|figure|img|h[2-6]|ul|ol|table)\b", re.IGNORECASE)
_BODY_WORDS = 60
_LINES = re.compile(r"<(?:p|div|br)\b[^>]*>|\n", re.IGNORECASE)
# Folded key names (lower case, no "_", "-") that name a record's fields. Checked by the key's
# own name, first match wins; a vendor's names are Vietnamese or English.
_TITLE_KEYS = ("headline", "title", "tieude", "tenbaiviet", "ten", "name")
_LEAD_KEYS = ("sapo", "description", "summary", "excerpt", "lead", "tomtat", "abstract", "mota",
              "intro", "trichdan")  # fmt: skip
# A record's publication date: the first key naming publication, else one naming a date or
# a time that is not an edit's or an expiry's, else its creation.
_PUBLISHED_PARTS = (("publish", "xuatban", "ngaydang", "posted", "issued"), ("date", "ngay",
                    "time"), ("created", "ngaytao"))  # fmt: skip
_NOT_PUBLISHED = ("modif", "update", "capnhat", "sua", "edit", "expir", "end", "het")
_AUTHOR_KEYS = ("author", "tacgia", "byline", "butdanh", "writer")
_SOURCE_KEYS = ("source", "nguon", "nguontin")


def may_embed_article(page_html: str) -> bool:
    """Whether the page's text holds data that may carry an article (a cheap test first).

    >>> may_embed_article('<script type="application/ld+json">{}</script>')
    True
    >>> may_embed_article("<p>Tin tức</p>")
    False
    """
    return (
        "application/ld+json" in page_html
        or "application/json" in page_html
        or next(_state_starts(page_html), None) is not None
    )


def _state_starts(text: str) -> Iterator[int]:
    """Where state objects assigned in ``text`` begin (the offset of their "{" or "[")."""
    for match in _ASSIGNMENT.finditer(text):
        if _STATE_NAME.search(text, max(0, match.start() - 80), match.start()):
            yield match.end()


def _script_data(tree, *, json_ld: bool = True) -> Iterator[Any]:
    """The JSON values the page's scripts hold: JSON-LD (unless ``json_ld`` is False), JSON
    data blocks, state assignments."""
    decoder = json.JSONDecoder()
    for script in tree.iter("script"):
        text = (script.text or "").strip()
        if not text:
            continue
        kind = (script.get("type") or "").lower()
        if kind == "application/json" or (json_ld and kind == "application/ld+json"):
            try:
                yield json.loads(text)
            except ValueError:
                continue
            continue
        if kind not in ("", "text/javascript", "application/javascript", "module"):
            continue
        for start in _state_starts(text):
            try:
                value, _ = decoder.raw_decode(text, start)
            except ValueError:
                continue
            yield value


def _records(value: Any, depth: int = 0) -> Iterator[dict]:
    """Every dict in a JSON value (depth-first, bounded)."""
    if depth > 12:
        return
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _records(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            yield from _records(item, depth + 1)


def _plain(text: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", text)).split())


def _body_of(record: dict) -> tuple[str, str] | None:
    """The record's longest text value of an article's length: (key, value)."""
    best: tuple[int, str, str] | None = None
    for key, value in record.items():
        if isinstance(value, str) and len(value) > 300:
            words = len(_plain(value).split())
            if words >= _BODY_WORDS and (best is None or words > best[0]):
                best = (words, key, value)
    return (best[1], best[2]) if best else None


def _folded_key(key: str) -> str:
    return fold(key).replace("_", "").replace("-", "")


def _field(record: dict, names: tuple[str, ...], skip: str) -> Any:
    """The value of the record's first key named like one of ``names`` (in their order)."""
    keys = {_folded_key(key): key for key in record if key != skip}
    for name in names:
        if name in keys and record[keys[name]] not in (None, "", [], {}):
            return record[keys[name]]
    return None


def _published(record: dict) -> str | None:
    """The record's publication date (see :data:`_PUBLISHED_PARTS`), ISO 8601, or None.

    >>> _published({"createdDate": "2021-01-06T20:51:00", "publishedDate": "2021-01-06T22:41:00",
    ...             "modifiedDate": "2021-01-06T23:25:00"})
    '2021-01-06T22:41:00+07:00'
    """
    keys = [(_folded_key(key), key) for key in record]
    for parts in _PUBLISHED_PARTS:
        for folded, key in keys:
            if any(part in folded for part in parts) and not any(
                word in folded for word in _NOT_PUBLISHED
            ):
                value = _date(record[key])
                if value:
                    return value
    return None


def _name(value: Any) -> str | None:
    """A person or organisation as JSON gives it: a string, ``{"name": …}`` or a list."""
    if isinstance(value, list):
        names = [_name(item) for item in value]
        return ", ".join(name for name in names if name) or None
    if isinstance(value, dict):
        value = _field(value, ("name", "ten", "hoten", "fullname", "title"), "")
    if isinstance(value, str):
        value = _plain(value)
        return value if 0 < len(value) <= 120 else None
    return None


_ASPNET_DATE = re.compile(r"/Date\((\d{10,13})")


def _date(value: Any) -> str | None:
    """A date as JSON gives it: ISO 8601, Vietnamese, epoch seconds or milliseconds, or
    ASP.NET's ``/Date(1710403500000)/``; ISO 8601 in Vietnam time.

    >>> _date("2024-03-14T08:05:00Z"), _date(1710403500000), _date("/Date(1710403500000)/")
    ('2024-03-14T15:05:00+07:00', '2024-03-14T15:05:00+07:00', '2024-03-14T15:05:00+07:00')
    """
    if isinstance(value, str):
        epoch = _ASPNET_DATE.search(value)
        if epoch is None:
            return to_iso(parse_vietnamese_datetime(value))
        value = int(epoch[1])
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 10**8:
        return to_iso(from_epoch(value))
    return None


def _paragraphs(text: str) -> str:
    """A body as HTML: as it stands if it is HTML, else its lines as paragraphs."""
    if _HTML_BLOCK.search(text):
        return text
    return "".join(
        f"<p>{html.escape(line.strip())}</p>" for line in text.splitlines() if line.strip()
    )


def _head_of(tree) -> Iterator[str]:
    """The shell page's ``<meta>`` and canonical ``<link>`` elements, written out again."""
    for element in tree.iter("meta", "link"):
        if element.tag == "link" and "canonical" not in (element.get("rel") or "").lower():
            continue
        attributes = " ".join(
            f'{name}="{html.escape(value)}"'
            for name, value in element.attrib.items()
            if name in ("name", "property", "itemprop", "content", "rel", "href")
        )
        if attributes and "charset" not in element.attrib:
            yield f"<{element.tag} {attributes}>"


def embedded_article_html(tree) -> str | None:
    """The article the page carries as data, written out as a plain HTML page; None if none.

    >>> from lxml import html as lxml_html
    >>> state = {"page": {"article": {"id": 7, "tieuDe": "Ra mắt nền tảng số",
    ...     "sapo": "Sáng nay, tỉnh ra mắt nền tảng.", "ngayXuatBan": "2024-03-14T15:05:00+07:00",
    ...     "noiDung": "<p>" + "Nền tảng số phục vụ người dân. " * 12 + "</p>",
    ...     "tacGia": {"ten": "Minh Châu"}}}}
    >>> shell = ('<html><body><div id="app"></div><script>window.__INITIAL_STATE__ = '
    ...          + json.dumps(state) + ';</script></body></html>')
    >>> page = embedded_article_html(lxml_html.fromstring(shell))
    >>> [tag for tag in ("<h1>Ra mắt nền tảng số</h1>", "<strong>Sáng nay", "Minh Châu") if tag in page]
    ['<h1>Ra mắt nền tảng số</h1>', '<strong>Sáng nay', 'Minh Châu']
    >>> embedded_article_html(lxml_html.fromstring("<html><body><p>Tin</p></body></html>")) is None
    True
    """
    best: tuple[tuple[bool, int], dict, str, str] | None = None
    for data in _script_data(tree):
        for record in _records(data):
            body = _body_of(record)
            if body is None:
                continue
            title = _field(record, _TITLE_KEYS, body[0])
            if not isinstance(title, str) or not 0 < len(_plain(title)) <= 300:
                continue
            # A body written as HTML keeps its paragraphs, photos and captions: it wins over
            # a longer plain one (JSON-LD's articleBody is often the text flattened, captions
            # run into it).
            rank = (bool(_HTML_BLOCK.search(body[1])), len(_plain(body[1]).split()))
            if best is None or rank > best[0]:
                best = (rank, record, body[0], body[1])
    if best is None:
        return None
    _, record, body_key, body = best
    title = _plain(_field(record, _TITLE_KEYS, body_key))
    lead = _field(record, _LEAD_KEYS, body_key)
    lead = _plain(lead) if isinstance(lead, str) else ""
    published = _published(record)
    author = _name(_field(record, _AUTHOR_KEYS, body_key))
    source = _name(_field(record, _SOURCE_KEYS, body_key))
    parts = ['<html><head><meta charset="utf-8">', f"<title>{html.escape(title)}</title>"]
    if published:
        parts.append(f'<meta property="article:published_time" content="{published}">')
    parts.extend(_head_of(tree))  # the shell's own metadata: its canonical link, its dates
    parts.append(f"</head><body><article><h1>{html.escape(title)}</h1>")
    plain_body = _plain(body)
    if lead and lead[:80] not in plain_body:
        parts.append(f"<p><strong>{html.escape(lead)}</strong></p>")
    parts.append(_paragraphs(body))
    # The byline and the source, unless the body's own last lines already sign it.
    signed = " ".join(_plain(line) for line in _LINES.split(body)[-3:])
    if author and not (author in signed and len(signed) < len(author) + 80):
        parts.append(f'<p style="text-align:right"><strong>{html.escape(author)}</strong></p>')
    if source and not (source in signed and len(signed) < len(source) + 80):
        parts.append(f"<p>Nguồn: {html.escape(source)}</p>")
    parts.append("</article></body></html>")
    return "".join(parts)


_URL_KEYS = ("url", "link", "href", "path", "permalink", "duongdan", "lienket", "canonicalurl")
_NOT_PAGES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".js", ".css", ".json", ".mp4")


def _linked_item(record: dict) -> str | None:
    """A state record that links a page with its title, as a list item; None if it is not."""
    url = _field(record, _URL_KEYS, "")
    title = _field(record, _TITLE_KEYS, "")
    if not isinstance(url, str) or not isinstance(title, str):
        return None
    url = url.strip()
    if not (url.startswith("/") or url.startswith(("http://", "https://"))) or url.startswith("//"):
        return None
    if url.split("?", 1)[0].lower().endswith(_NOT_PAGES):
        return None
    title = _plain(title)
    if not title:
        return None
    parts = [f'<a href="{html.escape(url)}">{html.escape(title)}</a>']
    published = _published(record)
    if published:
        parts.append(f"<span>{published[8:10]}/{published[5:7]}/{published[:4]}</span>")
    lead = _field(record, _LEAD_KEYS, "")
    if isinstance(lead, str) and _plain(lead):
        parts.append(f"<p>{html.escape(_plain(lead))}</p>")
    return " ".join(parts)


def _linked_lists(value: Any, out: list[str], depth: int = 0) -> None:
    if depth > 12:
        return
    if isinstance(value, list):
        items = [item for item in map(_linked_item, filter(dict.__instancecheck__, value)) if item]
        if items:
            listed = "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
            # Titles alone (a menu, links to other sites) are the app's navigation; dated
            # items or items with a lead are a list of news.
            news = any("<span>" in item or "<p>" in item for item in items)
            out.append(listed if news else f"<nav>{listed}</nav>")
        for item in value:
            _linked_lists(item, out, depth + 1)
    elif isinstance(value, dict):
        for item in value.values():
            _linked_lists(item, out, depth + 1)


def data_links_html(tree) -> str | None:
    """The lists of linked pages an app's state holds ("latest", "mostRead", the menu), as
    the HTML lists a browser would draw: ``<ul><li><a href=url>title</a> date, lead</li></ul>``
    (JSON-LD is left out: it describes the page, it draws nothing). None if there are none.

    >>> from lxml import html as lxml_html
    >>> state = {"home": {"latest": [{"id": 1, "title": "Ra mắt nền tảng số",
    ...     "url": "/tin-tuc/ra-mat-nen-tang-so-1", "thumbnail": {"url": "/anh/1.jpg"}}]}}
    >>> shell = "<script>window.__STATE__ = " + json.dumps(state) + "</script>"
    >>> data_links_html(lxml_html.fromstring(shell))
    '<nav><ul><li><a href="/tin-tuc/ra-mat-nen-tang-so-1">Ra mắt nền tảng số</a></li></ul></nav>'
    """
    out: list[str] = []
    for data in _script_data(tree, json_ld=False):
        _linked_lists(data, out)
    return "".join(out) or None
