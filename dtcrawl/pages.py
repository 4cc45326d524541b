"""Reading a portal page by its structure: links, listing items, pagination, feeds.

Portal templates differ from site to site, so nothing here knows one portal's
markup. A listing page is recognised the way a reader sees it: a run of
headline links that share one structural position in the page (the same chain
of tags and classes from ``<body>`` down to the ``<a>``), outside the page's
header, menus and footer. Pagination is recognised by what a pager is: links
labelled with a page number or "Trang sau", "Tiếp", "»" whose address differs
from the current page's address in exactly one numeric part.

All functions are pure: they take HTML text and URLs and return data.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from html import unescape as html_unescape
from types import MappingProxyType
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit

import lxml.html
from lxml import etree

from dtcrawl.embedded import data_links_html
from dtcrawl.template import BLOCK_TAGS, iter_blocks
from dtcrawl.text import fold, normalize_line
from dtcrawl.urls import url_key

# Containers that hold a site's chrome rather than its content. Matched against
# tag names and against id/class tokens (folded); a structural signal, not one site's selectors.
_CHROME_TAGS = {"header", "nav", "footer", "aside", "menu"}
_CHROME_TOKENS = re.compile(
    r"(?:^|[-_ ])(menu|nav|navbar|navigation|footer|header|breadcrumbs?|banner|topbar|"
    r"sitemap|megamenu|dropdown|toolbar|social|share|login|search)(?:$|[-_ \d])"
)
_SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "#")
_PAGER_WORDS = re.compile(
    r"^(?:trang\s*(?:sau|tiep|truoc|dau|cuoi|ke)|tiep(?:\s*theo)?|sau|truoc|ke\s*tiep|next|"
    r"prev(?:ious)?|last|first|cuoi|dau|xem\s*them|[»«›‹>]{1,2}|>>|<<|\.\.\.)\W*$"
)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")
_DIGITS = re.compile(r"\d+")
_DATE_IN_TEXT = re.compile(r"\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b")
# A date written relative to the reading ("3 giờ trước", "Hôm qua"): kept as the item's
# date text (dtcrawl.dates.relative_date reads it), though not scored as a dated item.
_RELATIVE_DATE_IN_TEXT = re.compile(
    r"\d\s*(?:phút|giờ|tiếng|ngày)\s+trước|hôm\s+(?:qua|nay)|vừa\s+(?:xong|đăng)", re.IGNORECASE
)


@dataclass(frozen=True)
class Link:
    """One ``<a href>`` of a page, resolved, with where it sits in the page.

    ``chain`` is the structural position (tag.class path from body to the link,
    without positions), shared by all items of one list. ``chrome`` is True when
    the link sits in a header, menu, footer or similar container.
    """

    url: str
    text: str
    chain: str
    chrome: bool
    # A date appears next to the link (listing items often carry one); an excerpt of the article
    # stands next to it. Both only score headlines (:func:`listing_items`), so they are measured
    # on links of five words or more outside chrome, and False on every other link.
    dated: bool = False
    teaser: bool = False
    # The text of the link's item when a date stands in it (``dated``): the listing's date of
    # the article, for a portal whose article pages show none (see :func:`listed_date`).
    date_text: str | None = field(default=None, compare=False, repr=False)
    # Child indices from <body> down to the link: where it stands, to tell neighbours apart.
    position: tuple[int, ...] = field(default=(), compare=False, repr=False)

    @cached_property  # page_links sets it: listings ask each link's words several times
    def words(self) -> int:
        """Number of words in the anchor text."""
        return len(self.text.split())


@dataclass
class PageLinks:
    """The links of one page, with the page's own URL and the feeds it declares."""

    url: str
    links: list[Link] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    # The pages of a <frameset> (an old portal's home: banner, menu and main frames).
    frames: list[str] = field(default_factory=list)
    # Pages of the same site shown in an <iframe> (an old portal loads its lists and articles
    # in one inside its frame page; also a widget's page): see :func:`_site_iframes`.
    iframes: list[str] = field(default_factory=list)
    canonical: str | None = None
    # Characters of running text outside chrome and listing items (high on article pages),
    # counted up to just past ARTICLE_TEXT_CHARS; None until :meth:`running_text` measures it.
    text_chars: int | None = None
    # The <base href> links resolve against, when the page declares one other than its URL
    # (WebSphere Portal: the page's own state URL, new on every page).
    base: str | None = None
    pager: list[str] | None = field(default=None, repr=False, compare=False)  # computed once
    # The token that numbers each pager link's page ("2", "page/3"): see pager_tokens().
    pager_token: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    # What running_text() measures (the page's body and its listing items' boxes), until then.
    _text_source: tuple | None = field(default=None, repr=False, compare=False)
    _groups: tuple | None = field(default=None, repr=False, compare=False)  # see listing_items

    def urls(self) -> set[str]:
        """The distinct URLs linked from the page."""
        return {link.url for link in self.links}

    def running_text(self) -> int:
        """Characters of running text outside chrome and listing items: :attr:`text_chars`,
        measured on the first call.

        Only whether a page holds more than :data:`ARTICLE_TEXT_CHARS` of it is ever asked, so
        counting stops just past that (an article's whole body was measured at nearly half of
        :func:`page_links`' time), and a page whose list of links already decides what it is
        (most listings) is never measured.

        >>> page_links("<body><p>" + "Một câu văn dài. " * 50 + "</p></body>", "http://t.vn/"
        ...     ).running_text() > ARTICLE_TEXT_CHARS
        True
        """
        if self.text_chars is None:
            scope, headlines, ancestry = self._text_source or (None, None, None)
            self._text_source = None
            self.text_chars = (
                0
                if scope is None
                else _running_text_chars(
                    scope, _item_records(headlines), ARTICLE_TEXT_CHARS, ancestry
                )
            )
        return self.text_chars


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", re.I)


def decode_page(body: bytes, content_type: str | None = None) -> tuple[str, str | None]:
    """Decode page bytes to NFC text; return ``(text, note)``, note saying what was wrong.

    Government portals declare the wrong charset, or none. Bytes that are valid UTF-8 (with
    non-ASCII in them) are UTF-8 whatever the page says; otherwise the declared charset (HTTP
    header, then ``<meta>``) is tried strictly, then windows-1258, the legacy Vietnamese code
    page, whose tone marks decode as combining characters and are composed here (NFC).

    >>> decode_page(b"Ti\\xea\\xecng Vi\\xea\\xf2t", "text/html; charset=utf-8")
    ('Tiếng Việt', 'declared utf-8 but the bytes are not; decoded as cp1258')
    >>> decode_page("Chuyển đổi số".encode("utf-8"), "text/html; charset=windows-1258")[1]
    'declared windows-1258 but the bytes are UTF-8'
    """
    text, note, _ = decode_markup(body, content_type)
    return text, note


def decode_markup(body: bytes, content_type: str | None = None) -> tuple[str, str | None, bool]:
    """:func:`decode_page`, and whether the text is the body's UTF-8 as it stands (valid UTF-8,
    composed already, no BOM): then the body itself can be parsed (``page_links(body, url,
    encoding="utf-8")``), which libxml2 does faster than the text.

    >>> decode_markup("Chuyển đổi số".encode("utf-8"), "text/html; charset=utf-8")
    ('Chuyển đổi số', None, True)
    >>> decode_markup("Chuye\u0302\u0309n".encode("utf-8"), "text/html; charset=utf-8")
    ('Chuyển', None, False)
    """
    import unicodedata

    if body.startswith(b"\xef\xbb\xbf"):
        return unicodedata.normalize("NFC", body[3:].decode("utf-8", "replace")), None, False
    declared = []
    header = _HEADER_CHARSET.search(content_type or "")
    if header:
        declared.append(header.group(1).lower())
    meta = _META_CHARSET.search(body[:4096])
    if meta:
        declared.append(meta.group(1).decode("ascii").lower())
    declared_name = declared[0] if declared else None
    is_utf8 = declared_name in ("utf-8", "utf8")
    try:
        text = body.decode("utf-8")
        composed = unicodedata.normalize("NFC", text)  # the same object when composed already
        if not is_utf8 and declared_name and not body.isascii():
            return composed, f"declared {declared_name} but the bytes are UTF-8", composed is text
        return composed, None, composed is text
    except UnicodeDecodeError:
        pass
    for encoding in [*declared, "cp1258"]:
        try:
            text = body.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
        note = None
        if encoding != (declared_name or encoding) or declared_name is None:
            got = "cp1258" if encoding == "cp1258" else encoding
            note = (
                f"declared {declared_name} but the bytes are not; decoded as {got}"
                if declared_name
                else f"no charset declared; decoded as {got}"
            )
        return unicodedata.normalize("NFC", text), note, False
    return unicodedata.normalize("NFC", body.decode("utf-8", "replace")), "undecodable bytes", False


# page_links reads a page through lxml's own elements, not lxml.html's: lxml.html picks each
# element's class by a Python call whenever it hands out an element (measured at 5-8 % of
# page_links' time on listing and article pages); the tree libxml2 builds is the same.
_PLAIN_PARSER = etree.HTMLParser()
# What lxml.html's text_content() is (all text below an element, tails within it).
_text_content = etree.XPath("string()", smart_strings=False)


# Bytes known to be UTF-8 (:func:`decode_markup`) are parsed as such, whatever the page
# declares: libxml2 decodes them itself, 0.10 ms a bench article page against 0.12 ms for the
# decoded text (which lxml hands libxml2 re-encoded); the tree is the same.
_UTF8_PARSER = etree.HTMLParser(encoding="utf-8")


def _parse_plain(html: str | bytes, encoding: str | None = None) -> etree._Element | None:
    """:func:`parse_html` without lxml.html's element classes."""
    if not html:
        return None
    parser = _PLAIN_PARSER
    if encoding is not None and isinstance(html, bytes):
        parser = _UTF8_PARSER if encoding == "utf-8" else etree.HTMLParser(encoding=encoding)
    try:
        return etree.fromstring(html, parser)
    except (etree.ParserError, ValueError):
        return None


# How an app's state is assigned in a script ("window.__STATE__ = {", minified "={") or held
# (<script type="application/json">): tested on the page's inline scripts alone (the page's
# whole text took 50-87 us a page, a fifth of page_links).
_STATE_HINTS = ("= {", "={", "= [", "=[")


def _carries_state(root: etree._Element) -> bool:
    """Whether one of the page's inline scripts may hold an app's state."""
    for script in root.iter("script"):
        text = script.text
        if text and (
            (script.get("type") or "").lower() == "application/json"
            or any(hint in text for hint in _STATE_HINTS)
        ):
            return True
    return False


def _add_data_links(root: etree._Element, scope: etree._Element) -> None:
    """Append the lists of :func:`dtcrawl.embedded.data_links_html` to the page's body."""
    fragment = data_links_html(root)
    if fragment:
        holder = etree.fromstring(f"<div>{fragment}</div>", _PLAIN_PARSER).find(".//div")
        if holder is not None:
            scope.append(holder)


def parse_html(html: str | bytes) -> lxml.html.HtmlElement | None:
    """Parse HTML leniently; return None for an empty or unparsable document."""
    if not html:
        return None
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


# Classes that alternate or mark one item of a list (odd/even rows, Telerik's rgRow/rgAltRow,
# the current item): items of one list differ by them, so they are no part of a position.
_ITEM_STATE_CLASSES = frozenset(
    ("odd", "even", "alt", "active", "first", "last", "selected", "current")
)
_ALT_PREFIX = re.compile(
    r"^(?:(?:rg|ms-|t-|k-)(?:alt)?|alt(?:ernating)?[-_]?)(?:row|item)$", re.IGNORECASE
)


@lru_cache(maxsize=65_536)  # a portal's pages repeat their classes on every page
def _class_tokens_of(tag: str, cls: str, width: str | None) -> str:
    # Positional or generated classes (item-3, odd/even, active) vary between items of one list.
    tokens = [
        _DIGITS.sub("", c)
        for c in cls.split()
        if c.lower() not in _ITEM_STATE_CLASSES and not _ALT_PREFIX.match(c)
    ]
    if not cls and width:
        # Old table layouts carry no classes: the column's width is what tells the menu column
        # from the content column (measured on an ASP portal whose every link shared one chain).
        tokens.append("w" + width.strip().rstrip("%").replace(".", ""))
    return ".".join(sorted(t for t in tokens if t))


# Inside these, a header or footer is the content's own (an article's title block, a list item's
# heading box: WordPress ``<header class="entry-header">``, Joomla ``div.page-header``), as HTML
# gives ``<header>`` the banner role only outside article, aside, main, nav and section.
_CONTENT_TAGS = frozenset(("article", "main"))


def _is_chrome(el: etree._Element, in_content: bool = False) -> bool:
    """Whether ``el`` is a chrome container; ``in_content``: it lies inside <article>/<main>."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _CHROME_TAGS:
        return not (in_content and tag in ("header", "footer"))
    return _is_chrome_label(el.get("id"), el.get("class"), el.get("role"), in_content)


@lru_cache(maxsize=65_536)  # a portal's pages repeat their ids and classes on every page
def _is_chrome_label(
    ident: str | None, cls: str | None, role: str | None, in_content: bool
) -> bool:
    label = fold(" ".join(filter(None, [ident, cls, role])))
    if not label:
        return False
    found = [m.group(1) for m in _CHROME_TOKENS.finditer(label)]
    if in_content:
        found = [name for name in found if name not in ("header", "footer")]
    return bool(found)


def _chrome_flags(ancestors: list[etree._Element]) -> list[bool]:
    """Chrome flag of each ancestor (innermost first), knowing which lie inside content."""
    content_at = None
    for depth, anc in enumerate(ancestors):
        role = (anc.get("role") or "").lower()
        if anc.tag in _CONTENT_TAGS or role in ("main", "article"):
            content_at = depth
    return [
        _is_chrome(anc, in_content=content_at is not None and depth < content_at)
        for depth, anc in enumerate(ancestors)
    ]


def page_links(html: str | bytes, base_url: str, *, encoding: str | None = None) -> PageLinks:
    """Return the links of a page with their structural position.

    ``encoding``: that of ``html`` given as bytes (None: libxml2 finds it in the page).

    >>> page = page_links('<body><nav><a href="/gioi-thieu">Giới thiệu</a></nav>'
    ...     '<ul class="news"><li><a href="/tin/1">Tỉnh triển khai chuyển đổi số năm 2024</a></li>'
    ...     '</ul></body>', "http://example.vn/tin-tuc")
    >>> [(link.url, link.chrome) for link in page.links]
    [('http://example.vn/gioi-thieu', True), ('http://example.vn/tin/1', False)]
    >>> page_links('<frameset><frame src="top.asp"><frame src="main.asp"></frameset>',
    ...     "http://example.vn/").frames
    ['http://example.vn/top.asp', 'http://example.vn/main.asp']
    """
    result = PageLinks(url=base_url)
    headlines: list[tuple[etree._Element, str, str]] = []  # links of 3 words or more
    root = _parse_plain(html, encoding)
    if root is None:
        result.text_chars = 0
        return result
    base = base_url
    base_el = root.find(".//base[@href]")
    if base_el is not None:
        base = urljoin(base_url, base_el.get("href", "").strip())
        result.base = base if base != base_url else None
    for el in root.iter("link"):
        rel = (el.get("rel") or "").lower().split()
        href = (el.get("href") or "").strip()
        if not href:
            continue
        if "alternate" in rel and (el.get("type") or "").lower() in _FEED_TYPES:
            result.feeds.append(urljoin(base, href))
        elif "canonical" in rel and result.canonical is None:
            result.canonical = urljoin(base, href)
    frameset = root.find("frameset")  # a child of <html> (not a walk over every page's tree)
    for el in frameset.iter("frame") if frameset is not None else ():
        src = _resolve_link(base, (el.get("src") or "").strip())
        if src and src not in result.frames:
            result.frames.append(src)
    # Looked for in the page's text first: a walk over its tree for the rare page with one.
    if ("<iframe" in html) if isinstance(html, str) else (b"<iframe" in html):
        result.iframes = _site_iframes(root, base)

    body = root.find("body")
    scope = body if body is not None else root
    if _carries_state(root):
        # A page drawn in the browser: the lists its app's state holds are its links.
        _add_data_links(root, scope)
    ancestry = _Ancestry()
    memo = ancestry._memo
    links = result.links
    parts = urlsplit(base)
    base_root = f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else base
    # A query-only address ("?page=7", pagers) keeps the page's scheme, host and path and drops
    # its query (RFC 3986 5.2.2): resolved once per listing path, not once per listing page.
    # A pager naming every page made this urljoin a fifth of a 3,000-article crawl's listings.
    base_path = f"{base_root}{parts.path}" if parts.scheme and parts.netloc else base
    # Rows and buttons that navigate by script (onclick="location='…'", data-href, a pager's
    # goPage(3)): looked for in the page's text first, read as links where they stand.
    scripted = _script_links(root, scope) if _may_navigate_by_script(html) else None
    for a in _SCRIPTED_OR_LINK(scope) if scripted else scope.iter("a"):
        href = (scripted.get(a) if scripted else None) or (a.get("href") or "").strip()
        if not href or href.lower().startswith(_SKIP_SCHEMES):
            continue
        # An address from the site's root or an absolute one does not depend on the page's
        # own path: resolved once per site, not once per page (menus repeat on every page).
        if href[0] == "/" or "://" in href:
            url = _resolve_link(base_root, href)
        elif href[0] == "?" and href[1:2] not in ("", "#"):  # urljoin keeps the query for "?"
            url = _resolve_link(base_path, href)
        else:
            url = _resolve_link(base, href)
        if url is None:
            continue
        # Text alone (most links): its text content is its text (see _visible_text).
        text = (_link_line(a.text) if not len(a) else _visible_text(a)) or normalize_line(
            a.get("title") or " ".join(img.get("alt") or "" for img in a.iter("img"))
        )
        parent = a.getparent()
        # Most links share their parent's state with a link before them (menus, lists).
        chain, chrome, _, above = memo.get(parent) or ancestry.of(parent)
        words = len(text.split())
        dated = teaser = False
        date_text = None
        if words <= 3 and not chrome and _DETAIL_LINK.match(fold(text)):
            # "Xem chi tiết", "Chi tiết »", a magnifier icon: the item's only link, its title
            # plain text beside it in the item's row (old portals' tables of news).
            record = _record_of(a, href)
            if record is not None:
                title = _item_title(record, a)
                if title is not None:
                    text, words = title, len(title.split())
        if words >= 3:
            # A headline's item box: its date and excerpt score the link (:func:`_headline_score`
            # reads them for headline links outside chrome alone, so only those are measured: a
            # fifth of page_links' time went to the boxes of menu links), and the boxes of the
            # headlines of their lines are not running text (measured only when asked).
            headlines.append((a, href, text))
            if words >= 5 and not chrome:
                record = _record_of(a, href)
                if record is not None:
                    record_text = normalize_line(_text_content(record))
                    dated = bool(_DATE_IN_TEXT.search(record_text))
                    teaser = len(record_text) - len(text) > 80
                    if dated or _RELATIVE_DATE_IN_TEXT.search(record_text):
                        date_text = record_text
                else:
                    dated = bool(_DATE_IN_TEXT.search(text))
                    date_text = text if dated else None
        # A Link made without the frozen dataclass's __init__ (see _new_object).
        link = _new_object(Link)
        link.__dict__.update(
            url=url,
            text=text,
            words=words,
            chain=chain,
            chrome=chrome,
            # A date printed beside the link, within the link's own item.
            dated=dated,
            # An excerpt (sapo) beside the headline: what a section's main list has and a
            # "Tin mới" box beside it has not.
            teaser=teaser,
            date_text=date_text,
            position=(*above, parent.index(a)) if parent is not None else (),
        )
        links.append(link)
    result._text_source = (scope, headlines, ancestry)
    return result


# Substrings, not a regular expression: a case-blind search of a 25 kB page measured at a
# third of page_links' time; "nclick" is onclick and onClick.
_SCRIPT_NAV_HINTS = ("nclick", "data-href", "data-url", "data-link")
_SCRIPT_NAV_HINTS_B = tuple(hint.encode() for hint in _SCRIPT_NAV_HINTS)


def _may_navigate_by_script(html: str | bytes) -> bool:
    hints = _SCRIPT_NAV_HINTS if isinstance(html, str) else _SCRIPT_NAV_HINTS_B
    return any(hint in html for hint in hints)


_SCRIPTED = etree.XPath(".//*[@onclick or @data-href or @data-url or @data-link]")
# The page's <a> elements and the elements that navigate by script, in document order.
_SCRIPTED_OR_LINK = etree.XPath(".//a | .//*[@onclick or @data-href or @data-url or @data-link]")
# onclick="window.location.href='/x'", "location='/x'", "location.assign('/x')", "self.location"
_LOCATION_SET = re.compile(
    r"""(?:window\.|document\.|self\.|top\.)?location(?:\.href)?\s*=\s*(['"])(.+?)\1"""
    r"""|location\.(?:assign|replace)\(\s*(['"])(.+?)\3\s*\)"""
)
# function goPage(p){ window.location.href = '/List.aspx?Cat=5&Page=' + p [+ '&x=1']; }
_NAV_FUNCTION = re.compile(
    r"""function\s+([A-Za-z_$][\w$]*)\s*\(\s*([A-Za-z_$][\w$]*)\s*\)\s*\{[^{}]*?"""
    r"""location(?:\.href)?\s*=\s*(['"])([^'"]*)\3\s*\+\s*\2\b\s*(?:\+\s*(['"])([^'"]*)\5)?"""
)
_NAV_CALL = re.compile(r"""^\s*(?:return\s+)?([A-Za-z_$][\w$]*)\(\s*(['"]?)([\w.-]+)\2\s*\)""")
_DATA_URL = re.compile(r"^(?:/|\?|https?://|[\w.-]+\.(?:aspx?|html?|php|jsp)\b)", re.I)


def _script_links(root: etree._Element, scope: etree._Element) -> dict[etree._Element, str]:
    """Elements that lead somewhere by script, and where: the page's links a crawler that reads
    only ``<a href>`` misses.

    Old portals' lists are clickable rows (``<tr onclick="location='/Tin.aspx?ID=5'">``,
    ``<div data-href="…">``) and their pagers call a function of the page's own script
    (``goPage(3)``, defined as ``location.href = '/List.aspx?Page=' + p``). A row or button
    with a real link inside is read through that link; a pop-up (``window.open``) is no
    navigation.

    >>> root = etree.fromstring('<html><body><table><tr data-href="/Tin.aspx?ID=5">'
    ...     '<td>Tỉnh ra mắt trung tâm điều hành</td></tr></table>'
    ...     '<a href="javascript:void(0)" onclick="goPage(2)">2</a><script>function goPage(p)'
    ...     '{ window.location.href = "/List.aspx?Page=" + p; }</script></body></html>',
    ...     _PLAIN_PARSER)
    >>> sorted(_script_links(root, root.find("body")).values())
    ['/List.aspx?Page=2', '/Tin.aspx?ID=5']
    """
    functions: dict[str, tuple[str, str]] = {}
    for script in root.iter("script"):
        for match in _NAV_FUNCTION.finditer(script.text or ""):
            functions[match.group(1)] = (match.group(4), match.group(6) or "")
    found: dict[etree._Element, str] = {}
    for element in _SCRIPTED(scope):
        href = element.get("href") if element.tag == "a" else None
        if href and not href.strip().lower().startswith(_SKIP_SCHEMES):
            continue  # a real link (its onclick counts a click or opens a pop-up)
        target = None
        onclick = element.get("onclick")
        if onclick:
            setter = _LOCATION_SET.search(onclick)
            if setter:
                target = setter.group(2) or setter.group(4)
            elif functions:
                call = _NAV_CALL.match(onclick)
                if call and call.group(1) in functions:
                    prefix, suffix = functions[call.group(1)]
                    target = f"{prefix}{call.group(3)}{suffix}"
        if target is None:
            for name in ("data-href", "data-url", "data-link"):
                value = (element.get(name) or "").strip()
                if value and _DATA_URL.match(value):
                    target = value
                    break
        if not target or target.lower().startswith(_SKIP_SCHEMES):
            continue
        if element.tag != "a" and any(
            (link.get("href") or "").strip()
            and not link.get("href").strip().lower().startswith(_SKIP_SCHEMES)
            for link in element.iter("a")
        ):
            continue  # a clickable card with its headline linked: read through the link
        found[element] = target.strip()
    return found


#: What an <iframe> of a page's own content is not: a document, an image, a player or a map.
_NOT_A_PAGE = re.compile(r"\.(?:pdf|docx?|xlsx?|jpe?g|png|gif|svg|mp4|swf)(?:[?#]|$)", re.I)
#: A document viewer's address: the document in a query value (pdf.js' "viewer.html?file=…").
_VIEWER_OF_FILE = re.compile(r"[?&][^=&#]*=[^&#]*\.(?:pdf|docx?|xlsx?|pptx?)(?:[&#]|$)", re.I)


def _site_iframes(root: etree._Element, base: str) -> list[str]:
    """The pages of the same host a page shows in its ``<iframe>`` elements, in order.

    >>> root = etree.fromstring('<html><body><iframe src="/Modules/List.aspx?cat=5"></iframe>'
    ...     '<iframe src="https://www.youtube.com/embed/x"></iframe>'
    ...     '<iframe src="/files/kh.pdf"></iframe><iframe src="/pdfjs/web/viewer.html?file='
    ...     '%2Ffiles%2Fkh.pdf"></iframe></body></html>', _PLAIN_PARSER)
    >>> _site_iframes(root, "http://t.vn/Default.aspx?tabid=5")
    ['http://t.vn/Modules/List.aspx?cat=5']
    """
    host = _host(base)
    found: list[str] = []
    for el in root.iter("iframe"):
        src = _resolve_link(base, (el.get("src") or "").strip())
        if not src or _host(src) != host or _NOT_A_PAGE.search(src) or src in found:
            continue
        if "=" in src and _VIEWER_OF_FILE.search(unquote(src)):
            continue
        found.append(src)
    return found


def _item_records(headlines: list[tuple[etree._Element, str, str]]) -> set[etree._Element]:
    """The item boxes (:func:`_record_of`) of the links that head their line of text."""
    records: set[etree._Element] = set()
    for a, href, text in headlines:
        record = _record_of(a, href)
        if record is None or record in records or not _is_headline_of_its_line(a, text):
            continue
        if len(normalize_line(_text_content(record))) <= 600:
            records.add(record)
    return records


# A Link of all its fields (and its Link.words, counted already) is made without the frozen
# dataclass's __init__ (one object.__setattr__ per field: 1.8 µs a link, a tenth of a long
# pager's page): a bare object whose __dict__ is filled in one update.
_new_object = object.__new__


# A site's root ("http://host:port", lower-case scheme, a plain host) and an address from it
# that urljoin would give back as it stands: no "//" host, no dot segment (nor any segment
# starting with a dot), no ";" parameters, no empty "?" query, no tab or line break (which
# urlsplit drops). Joined by concatenation: urljoin and urlsplit cost 9 µs a new link, a few
# per page (new articles, listing pages), against 1 µs (tested equal on the demo portals'
# links and on generated shapes, tests/test_pages.py).
_PLAIN_ROOT = re.compile(r"https?://[^\x00-\x20/?#;\[\]\\@\x7f-\U0010ffff]+")
_PLAIN_ROOT_HREF = re.compile(r"(?:/(?![/.])[^/\t\r\n;?#]*)+(?:\?[^#\t\r\n]+)?(?=#|\Z)")


@lru_cache(maxsize=65_536)
def _resolve_link(base: str, href: str) -> str | None:
    """``href`` made absolute against ``base``, without its fragment; None unless http(s).

    >>> _resolve_link("http://t.vn", "/tin/a.html?id=2#top")
    'http://t.vn/tin/a.html?id=2'
    >>> _resolve_link("http://t.vn/a/", "../b?"), _resolve_link("http://t.vn", "ftp://t.vn/x")
    ('http://t.vn/b', None)
    """
    plain = _PLAIN_ROOT_HREF.match(href)
    if plain is not None and _PLAIN_ROOT.fullmatch(base):
        return base + plain.group()
    url = urljoin(base, href).split("#", 1)[0]
    return url if urlsplit(url).scheme in ("http", "https") else None


class _Ancestry:
    """Where the elements of one page stand, each computed once from its parent's.

    For an element: its chain (``tag.classes`` from below ``<body>`` down to it, the
    :attr:`Link.chain` of a link inside it), whether it or an ancestor is chrome, whether it or
    an ancestor is content (``<article>``, ``<main>``), and its child indices from ``<body>``.
    Walking every link's ancestors afresh (classes, chrome labels folded and matched) measured
    at a third of :func:`page_links`' time on listing pages; links share their ancestors.
    """

    def __init__(self) -> None:
        self._memo: dict[etree._Element, tuple[str, bool, bool, tuple[int, ...]]] = {}

    def of(self, element: etree._Element | None) -> tuple[str, bool, bool, tuple[int, ...]]:
        """``(chain, chrome, content, position)`` of ``element`` (itself included)."""
        memo = self._memo
        found = memo.get(element)
        if found is not None:
            return found
        pending = []
        node = element
        while node is not None and node not in memo and node.tag not in ("body", "html"):
            pending.append(node)
            node = node.getparent()
        state = memo.get(node, _OUTSIDE) if node is not None else _OUTSIDE
        steps = _STEPS
        for node in reversed(pending):
            chain, chrome, content, position = state
            parent = node.getparent()
            tag = node.tag
            width = node.get("width") if tag in ("td", "th", "table") else None
            key = (chain, chrome, content, tag, node.get("class"), node.get("id"),
                   node.get("role"), width)  # fmt: skip
            step = steps.get(key)
            if step is None:
                step = _step(*key)
                if len(steps) >= _STEPS_MAX:
                    steps.clear()
                steps[key] = step
            state = (*step, (*position, parent.index(node)) if parent is not None else position)
            memo[node] = state
        return state


def _step(
    chain: str,
    chrome: bool,
    content: bool,
    tag: str,
    cls: str | None,
    ident: str | None,
    role: str | None,
    width: str | None,
) -> tuple[str, bool, bool]:
    """``(chain, chrome, content)`` of an element, from its parent's and its own attributes."""
    part = f"{tag}.{_class_tokens_of(tag, cls or '', width)}"
    if tag in _CHROME_TAGS:
        own_chrome = not (content and tag in ("header", "footer"))
    else:
        own_chrome = _is_chrome_label(ident, cls, role, content)
    return (
        f"{chain}/{part}" if chain else part,
        chrome or own_chrome,
        content or tag in _CONTENT_TAGS or (role or "").lower() in ("main", "article"),
    )


# The chains of a portal's pages repeat from page to page: the step from a parent's state to an
# element's, by the element's tag, classes, id, role and width, is memoised (per process, at
# most _STEPS_MAX steps): _Ancestry.of of every link's parent measured 0.083 ms a page before,
# 0.071 ms after (the crawl benchmark's 649 pages).
_STEPS: dict[tuple, tuple[str, bool, bool]] = {}
_STEPS_MAX = 65_536


# <body> (or <html>, on a page without one): above every chain, no chrome, no content.
_OUTSIDE: tuple[str, bool, bool, tuple[int, ...]] = ("", False, False, ())


# Text for screen readers only (WordPress, Drupal, Bootstrap, Joomla class names): pagers put
# "Trang" or "Trang cuối" there, glued to the visible "9" or "Cuối »".
_HIDDEN_CLASS = re.compile(
    r"(?:^|\s)(?:screen-reader-text|visually-hidden|sr-only|element-invisible|hidden)(?:\s|$)"
)


# Menus and boxes repeat their links' texts on every page of a portal.
_link_line = lru_cache(maxsize=65_536)(normalize_line)


def _visible_text(a: etree._Element) -> str:
    """The link's text without screen-reader-only parts."""
    if not len(a):  # text alone (most links): its text content is its text
        return _link_line(a.text)
    if not any(_HIDDEN_CLASS.search(el.get("class") or "") for el in a.iterdescendants()):
        return _link_line(_text_content(a))
    parts: list[str] = []

    def walk(el: etree._Element) -> None:
        if el is not a and _HIDDEN_CLASS.search(el.get("class") or ""):
            parts.append(el.tail or "")
            return
        parts.append(el.text or "")
        for child in el:
            if isinstance(child.tag, str):
                walk(child)
            else:
                parts.append(child.tail or "")
        if el is not a:
            parts.append(el.tail or "")

    walk(a)
    return normalize_line("".join(parts))


def _position(a: etree._Element, ancestors: list[etree._Element]) -> tuple[int, ...]:
    indices = []
    node = a
    for parent in ancestors:
        indices.append(parent.index(node))
        node = parent
    parent = node.getparent()
    if parent is not None:
        indices.append(parent.index(node))
    return tuple(reversed(indices))


def _is_headline_of_its_line(a: etree._Element, text: str) -> bool:
    """The link is a headline: three words or more, standing at the start of its line of text
    with little after it (a date), not a link inside a sentence of running text."""
    if len(text.split()) < 3:
        return False
    return _line_text_beside(a, preceding=True) <= 15 and _line_text_beside(a) <= 40


def _line_text_beside(a: etree._Element, preceding: bool = False) -> int:
    """Characters of text before (or after) ``a`` on its line: up to a ``<br>`` or the edge of
    its block-level element."""
    chars = 0
    node = a
    while node is not None and node.tag not in BLOCK_TAGS:
        sibling = node.getprevious() if preceding else node.getnext()
        if not preceding:
            chars += len((node.tail or "").strip())
        while sibling is not None:
            if preceding:
                chars += len((sibling.tail or "").strip())
            if not isinstance(sibling.tag, str) or sibling.tag == "br" or sibling.tag in BLOCK_TAGS:
                if isinstance(sibling.tag, str):
                    return chars
            else:
                chars += len(_text_content(sibling).strip())
            if not preceding:
                chars += len((sibling.tail or "").strip())
            sibling = sibling.getprevious() if preceding else sibling.getnext()
        parent = node.getparent()
        if preceding and parent is not None:
            chars += len((parent.text or "").strip())
        node = parent
    return chars


# What a link says when its item's title stands beside it as plain text (or an icon says it).
_DETAIL_LINK = re.compile(
    r"^\W*(?:(?:xem\s+)?chi\s+tiet|xem\s+tiep|doc\s+tiep|xem\s+them|doc\s+them|xem|more|"
    r"read\s+more|detail)?\W*$"
)


def _item_title(record: etree._Element, link: etree._Element) -> str | None:
    """The title of a listing item whose link is a "Xem chi tiết": the longest line of its
    row's text outside links, five words or more and no sentence of an excerpt after it.

    >>> row = lxml.html.fromstring('<table><tr><td>1</td><td><b>Tỉnh triển khai chuyển đổi số '
    ...     'năm 2024</b></td><td>05/01/2024</td><td><a href="/t/1">Xem chi tiết</a></td>'
    ...     '</tr></table>').find(".//tr")
    >>> _item_title(row, row.find(".//a"))
    'Tỉnh triển khai chuyển đổi số năm 2024'
    """
    best = None
    for element in record.iter():
        if not isinstance(element.tag, str) or element.tag == "a":
            continue
        if any(ancestor.tag == "a" for ancestor in element.iterancestors()):
            continue
        own = normalize_line(element.text or "")
        if len(own.split()) >= 5 and not _DATE_IN_TEXT.fullmatch(own):
            if best is None:
                best = own  # the first line of five words: the title, before its excerpt
    return best


def _record_of(a: etree._Element, href: str, depth: int = 4) -> etree._Element | None:
    """The largest ancestor (up to ``depth`` levels) holding no link to another page: a
    listing item's own box (headline, date, excerpt, its files), not the list around it."""
    record = None
    node = a
    for _ in range(depth):
        node = node.getparent()
        if node is None or node.tag in ("body", "html", "ul", "ol"):
            break
        if node.tag in ("table", "tbody") and not _nested_in_cell(node):
            break  # a layout or list table; a table nested in a cell can be one item's box
        # The first other link stops the walk (a set of all of them made long pagers O(n²)).
        # A loop, not any() over a generator: 0.08 of 0.33 ms a listing page went to this
        # function; most links inside a box repeat its headline's own address as it stands.
        # A file's link (an item's attachment, "QĐ-12.pdf") is part of the item's box.
        for x in node.iter("a"):
            other = x.get("href")
            if other and other != href and other.strip() not in ("", href, "#"):
                if not _NOT_A_PAGE.search(other):
                    return record
        record = node
    return record


def _nested_in_cell(table: etree._Element) -> bool:
    node = table.getparent()
    while node is not None and node.tag in ("tbody", "table"):
        node = node.getparent()
    return node is not None and node.tag in ("td", "th")


def _running_text_chars(
    scope: etree._Element,
    records: set[etree._Element],
    stop_after: int | None = None,
    ancestry: _Ancestry | None = None,
) -> int:
    """Characters of running text on the page outside chrome and outside listing items.

    Every line of block-level text counts (``<p>``, but also ``<div>`` runs, ``<br>``-separated
    text in a table cell, list items), when it holds more than 80 characters that are not link
    text; lines one ``<br>`` apart in one element count together (text pasted from a PDF keeps
    its lines of 70-90 characters). Lines inside a headline link's own item (its excerpt) do not: that is how a listing
    with long excerpts stays a listing and an article with a list of related news beside it
    stays an article. (Counting ``<p>`` alone measured 0 on table-layout and ``<div>``-bodied
    articles.) Counting stops once the total exceeds ``stop_after``. ``ancestry`` is the page's
    :class:`_Ancestry` from :func:`page_links` (chrome computed once per element).
    """
    total = 0
    chrome_cache: dict[etree._Element, bool] = {}
    in_body = ancestry is not None and scope.tag == "body"
    previous = None  # the element of the line before, when it was text and not links
    pending = 0  # that line's characters, when too few to count alone
    for block in iter_blocks(scope, paths=False):
        own = len(block.text) - block.link_chars
        if block.link_density >= 0.3:
            previous = None
            continue
        if block.breaks == 1 and block.element is previous:
            own += pending  # a line a <br> breaks off (a PDF's line) continues the one before
        previous = block.element
        if own <= 80:
            pending = own
            continue
        pending = 0
        ancestors = [block.element, *block.element.iterancestors()]
        if any(node in records for node in ancestors):
            continue
        element = block.element
        if element not in chrome_cache:
            if in_body:
                chrome_cache[element] = ancestry.of(element)[1]
            else:  # no <body>: the chain runs up to and with <html>, as page_links' does not
                chain = [node for node in ancestors if isinstance(node.tag, str)]
                chain = chain[
                    : next((i for i, n in enumerate(chain) if n.tag == "body"), len(chain))
                ]
                chrome_cache[element] = any(_chrome_flags(chain))
        if chrome_cache[element]:
            continue
        total += own
        if stop_after is not None and total > stop_after:
            break
    return total


@lru_cache(maxsize=65_536)
def _host(url: str) -> str:
    """The host of ``url``, lower case, without "www." (memoised: listings repeat links)."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


_SESSION_PARAMS = re.compile(r"(?i)^(?:jsessionid|phpsessid|sid|sessionid|asp\.net_sessionid)$")


@lru_cache(maxsize=65_536)
def _url_tokens(url: str) -> tuple[tuple[str, ...], MappingProxyType]:
    """Path segments and query of a URL, without session ids (``;jsessionid=…``, ``?sid=…``)
    and without WebSphere Portal's navigational state (``/!ut/p/z1/<state>/dz/d5/<state>/``,
    which every link of a page carries in a different encoding). Memoised (a pager compares
    every link with the page's own URL), hence read-only."""
    parts = urlsplit(url)
    segments = [s.split(";", 1)[0] for s in parts.path.split("/") if s.split(";", 1)[0]]
    for index, segment in enumerate(segments):
        if segment.startswith("!ut"):
            segments = segments[:index]
            break
    query = {
        k: v
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not _SESSION_PARAMS.match(k)
    }
    return tuple(segments), MappingProxyType(query)


# Parameters that set how many items a page shows, not which page: never a page number.
_SIZE_KEY = re.compile(r"(?i)(?:^|_)(?:delta|size|pagesize|limit|per_?page|rows|count|num)$")
# A page parameter may be suffixed with the id of the list it pages (WebSphere WCM's
# ``WCM_Page.<guid>``).
# Query keys that number a listing's pages (or its first row: Joomla's start, SharePoint list
# views' PageFirstRow).
_PAGE_KEY = re.compile(
    r"(?:^|_)(?:page|pageindex|pagenumber|cur|trang|pg|p|start|offset|pagefirstrow)"
    r"(?:[.:][\w-]{6,})?$",
    re.I,
)


def _same_base(seg_a: tuple[str, ...], seg_b: tuple[str, ...]) -> bool:
    """Whether path ``seg_b`` continues path ``seg_a`` (its last segment's extension aside)."""
    if seg_b[: len(seg_a)] == seg_a:
        return True
    if not seg_a:
        return False
    stem = seg_a[-1].rsplit(".", 1)[0]
    return seg_b[: len(seg_a) - 1] == seg_a[:-1] and seg_b[len(seg_a) - 1] == stem


def _page_differences(page_url: str, candidate: str) -> list[tuple[str | None, str]] | None:
    """The tokens by which ``candidate`` differs from ``page_url``, as (query key, value).

    Path segments come with key None. None when ``candidate`` leaves the listing: another
    host, another path shape, or a parameter of the page dropped.
    """
    if _host(page_url) != _host(candidate):
        return None
    seg_a, q_a = _url_tokens(page_url)
    seg_b, q_b = _url_tokens(candidate)
    if _first_page_of(seg_a, q_a, seg_b, q_b):
        return [(None, _FIRST_PAGE)]
    diffs: list[tuple[str | None, str]] = []
    if seg_a != seg_b:
        if len(seg_a) == len(seg_b):
            diffs = [(None, b) for a, b in zip(seg_a, seg_b, strict=True) if a != b]
        elif len(seg_a) < len(seg_b) <= len(seg_a) + 2 and _same_base(seg_a, seg_b):
            # /news/cat/ → /news/cat/page-2, /tin-tuc/ → /tin-tuc/page/2/,
            # /tin-tuc.html → /tin-tuc/trang-2.html
            diffs = [(None, "/".join(seg_b[len(seg_a) :]))]
        elif (
            len(seg_a) < len(seg_b) <= len(seg_a) + 2
            and seg_b[: len(seg_a) - 1] == seg_a[:-1]
            and seg_b[-1] == seg_a[-1]
        ):
            # /cat/x.html → /cat/2/x.html; DotNetNuke's /tin-tuc/tabid/119/default.aspx →
            # /tin-tuc/tabid/119/currentpage/2/default.aspx
            diffs = [(None, "/".join(seg_b[len(seg_a) - 1 : -1]))]
        else:
            return None
        if len(diffs) != 1:
            return None
    for key in set(q_a) | set(q_b):
        if q_a.get(key) != q_b.get(key):
            if key not in q_b:
                return None  # dropping a parameter leaves the listing
            diffs.append((key, q_b[key]))
    return diffs


# The token of a first page reached from a later one: the bare listing address, without the
# part that numbers the later pages (``/tin-tuc/page/2/`` → ``/tin-tuc/``, ``?cat=1&page=2`` →
# ``?cat=1``).
_FIRST_PAGE = "1"


def _first_page_of(seg_a: tuple[str, ...], q_a, seg_b: tuple[str, ...], q_b) -> bool:
    """Whether URL b is the unnumbered first page of the listing page a is a later page of."""
    if seg_a == seg_b:
        dropped = set(q_a) - set(q_b)
        return (
            len(dropped) == 1
            and all(q_a.get(k) == v for k, v in q_b.items())
            and bool(_PAGE_KEY.search(next(iter(dropped))))
            and bool(_DIGITS.search(q_a[next(iter(dropped))]))
        )
    if q_a != q_b or not (len(seg_b) < len(seg_a) <= len(seg_b) + 2):
        return False
    tail = "/".join(seg_a[len(seg_b) :]) if seg_a[: len(seg_b)] == seg_b else seg_a[-1]
    # What numbers a page is short ("page/2", "trang-2.html", "p3"), not an article's slug.
    words = _DIGITS.sub("", tail.rsplit(".", 1)[0] if "." in tail else tail)
    return _same_base(seg_b, seg_a) and bool(_DIGITS.search(tail)) and len(words) <= 8


def _carries_page_number(token: str, number: str) -> bool:
    """Whether ``token`` can hold page ``number``: as is (``page=3``), counted from zero
    (Drupal's ``?page=2`` for page 3) or as an item offset (Joomla's ``?start=20``).

    >>> [_carries_page_number(t, "3") for t in ("page-3", "2", "20", "7")]
    [True, True, True, False]
    """
    page = int(number)
    for digits in _DIGITS.findall(token):
        value = int(digits)
        if value in (page, page - 1):
            return True
        if page > 1 and value >= 5 and value % (page - 1) == 0:
            return True
    return False


def _page_token(page_url: str, candidate: str, number: str | None) -> str | None:
    """The token of ``candidate`` that carries its page number, or None if it is no pager link.

    Either the URLs differ in exactly one token holding digits (``_cur=1`` → ``_cur=2``,
    ``page-2`` → ``page-3``), or a first page gains parameters (Liferay adds ``p_p_id=101&
    …&_101_cur=2`` to a bare section URL): then the token is the one holding the link's page
    number, or the one whose key names a page.
    """
    diffs = _page_differences(page_url, candidate)
    if not diffs:
        return None
    if len(diffs) == 1:  # the common case (every link of a numbered pager), decided directly
        key, value = diffs[0]
        if key and _SIZE_KEY.search(key):
            return None  # a "show 10 / 20 per page" link, or a size that is no page number
        return value if _DIGITS.search(value) else None
    if any(
        key and _SIZE_KEY.search(key) and key in dict(_url_tokens(page_url)[1]) for key, _ in diffs
    ):
        return None  # a "show 10 / 20 per page" link of the same page
    numeric = [
        (key, value)
        for key, value in diffs
        if _DIGITS.search(value) and not (key and _SIZE_KEY.search(key))
    ]
    if any(key is None for key, _ in diffs):
        return None
    if number is not None:
        matching = [value for _, value in numeric if value == number]
        if not matching:
            matching = [
                value
                for key, value in numeric
                if key and _PAGE_KEY.search(key) and _carries_page_number(value, number)
            ]
        return matching[0] if len(matching) == 1 else None
    paging = [value for key, value in numeric if key and _PAGE_KEY.search(key)]
    return paging[0] if len(paging) == 1 else None


def pagination_links(page: PageLinks) -> list[str]:
    """Return the URLs of other pages of the same listing.

    A pager link is labelled with a number or a pager word ("Trang sau", "Tiếp",
    "»"), and its URL differs from the page's URL in the token holding the page number.

    >>> page = page_links('<body><div class="pager"><a href="?p=2">2</a>'
    ...     '<a href="?p=3">3</a><a href="/tin/7">Tin 7</a></div></body>',
    ...     "http://t.vn/tin-tuc?p=1")
    >>> pagination_links(page)
    ['http://t.vn/tin-tuc?p=2', 'http://t.vn/tin-tuc?p=3']
    >>> page = page_links('<body><a href="?p_p_id=101&_101_delta=5&_101_cur=2">2</a></body>',
    ...     "http://t.vn/web/guest/tin-tuc")
    >>> pagination_links(page)
    ['http://t.vn/web/guest/tin-tuc?p_p_id=101&_101_delta=5&_101_cur=2']
    >>> page = page_links('<body><a href="/tin/tabid/119/currentpage/2/default.aspx">2</a>'
    ...     '</body>', "http://t.vn/tin/tabid/119/default.aspx")
    >>> pagination_links(page)
    ['http://t.vn/tin/tabid/119/currentpage/2/default.aspx']
    """
    if page.pager is not None:
        return list(page.pager)
    found: list[str] = []
    # Seen URLs in a set: a pager numbering every page of a long listing (115 links on the
    # bench portal's) made the test against the list quadratic.
    seen = {page.url}
    headlines: set[str] | None = None
    for link in page.links:
        if link.url in seen:
            continue
        label = _pager_label(link.text)
        is_number = label.isdigit() and len(label) <= 5
        if not is_number and _MORE_LABEL.match(label):
            cursor = _cursor_token(page.url, link.url)
            if cursor is not None:  # "Xem thêm tin" → the same list after an opaque cursor
                seen.add(link.url)
                found.append(link.url)
                page.pager_token[link.url] = cursor
                continue
        if not (is_number or _PAGER_WORDS.match(label) or not label):
            continue
        if not label:
            # An image link: a pager's arrow drawn as a picture, or a card's thumbnail, which
            # leads where the card's headline does.
            if headlines is None:
                headlines = {link.url for link in page.links if link.words >= 4}
            if link.url in headlines:
                continue
        number = label if is_number else None
        token = _page_token(page.url, link.url, number)
        if token is None and page.base is not None:
            # Links resolve against <base href>: on a portal whose every page has a state URL
            # of its own, they differ from the page's address in that state too.
            token = _page_token(page.base, link.url, number)
        if token is None:
            continue
        if is_number and not _carries_page_number(token, label):
            continue
        if not is_number and not _short_page_token(token):
            # An image link of a month archive (/2021/01/) to a post (/2021/01/08/slug/)
            # differs in a token with digits too, but a pager's token is short.
            continue
        seen.add(link.url)
        found.append(link.url)
        page.pager_token[link.url] = token
    if not found:
        for url, token in _sibling_pager(page):
            found.append(url)
            page.pager_token[url] = token
    page.pager = list(found)
    return found


# A "more" button's label: the list goes on below, or with older items.
_MORE_LABEL = re.compile(
    r"^(?:xem|tai|hien(?:\s*thi)?)\s*them(?:\s*(?:tin|bai(?:\s*viet)?|tin\s*bai))?$"
    r"|^(?:(?:cac\s*)?(?:tin|bai(?:\s*viet)?)\s*)?cu\s*hon$|^(?:older|load\s*more|more)(?:\s*\w+)?$"
)


def _cursor_token(page_url: str, candidate: str) -> str | None:
    """The value by which a "more" link continues the page's own list: the same address with
    one query parameter added or changed, whatever its value (``?truoc=eyJpZCI6…``,
    ``?before=1609867140``, ``?after=c2VxOjQy``), or None for any other link.

    Listings continued by a cursor name no page number: the token is the last item shown, or
    an opaque token for it, so it is neither short nor numeric.

    >>> _cursor_token("http://t.vn/tin-moi", "http://t.vn/tin-moi?truoc=eyJpZCI6ImU1In0")
    'eyJpZCI6ImU1In0'
    >>> _cursor_token("http://t.vn/tin-moi?truoc=a1", "http://t.vn/tin-moi?truoc=b2")
    'b2'
    >>> _cursor_token("http://t.vn/", "http://t.vn/tin-moi?truoc=b2")  # another list
    >>> _cursor_token("http://t.vn/tin", "http://t.vn/tin?page_size=50")  # a size, no cursor
    """
    diffs = _page_differences(page_url, candidate)
    if not diffs or len(diffs) != 1:
        return None
    key, value = diffs[0]
    if key is None or _SIZE_KEY.search(key) or not value:
        return None
    return value


def article_continuations(page: PageLinks, limit: int = 20) -> list[str]:
    """The further pages of an article split over several ("Trang: 1 2 3", "Xem tiếp trang 2
    »"): links of the page whose address is the page's own with a page number after 1
    (``?trang=2``, ``/2.html``), in order; empty for a whole article.

    >>> page = page_links('<p>Đoạn một.</p><div>Trang: <b>1</b> <a href="?trang=2">2</a>'
    ...     ' <a href="?trang=3">3</a> <a href="?trang=2">Xem tiếp trang 2 »</a></div>'
    ...     '<a href="/tin/8.html">Tin khác</a>', "http://t.vn/tin/7.html")
    >>> article_continuations(page)
    ['http://t.vn/tin/7.html?trang=2', 'http://t.vn/tin/7.html?trang=3']
    """
    numbered: dict[str, int] = {}
    for link in page.links:
        label = _pager_label(link.text)
        if not (label.isdigit() and len(label) <= 3) or link.url in numbered:
            continue
        token = _page_token(page.url, link.url, label)
        if token is None or not _short_page_token(token) or not _carries_page_number(token, label):
            continue
        if int(label) >= 2:
            numbered[link.url] = int(label)
    return sorted(numbered, key=numbered.__getitem__)[:limit]


# What a "read the rest" control says ("Xem tiếp", "Đọc tiếp bài viết", "Xem toàn bộ nội
# dung"), folded. Not "Xem thêm", which more often loads more of a list than of the text.
_READ_ON = re.compile(
    r"^\W*(?:xem|doc)\s+(?:tiep|toan\s+bo|day\s+du|het|noi\s+dung\s+day\s+du)\b|^\W*read\s+on\b"
)
# What the page's markup must hold for a read-on label to be there at all ("xem tiếp", "Đọc
# toàn bộ"; marked, unmarked, as character references, split by tags): most pages have none,
# and looking for one in the parsed tree cost a sixth of the crawl process's CPU.
_READ_ON_WORDS = re.compile(
    r"(?:xem|read|(?:đ|d|&#\w+;)(?:ọ|o|&#\w+;)c)(?:\s|&nbsp;|&#160;|<[^<>]*>)+"
    r"(?:ti(?:ế|e|&#\w+;)p|to(?:à|a|&#\w+;)n|(?:đ|d|&#\w+;)(?:ầ|a|&#\w+;)y|h(?:ế|e|&#\w+;)t"
    r"|n(?:ộ|o|&#\w+;)i|on\b)",
    re.IGNORECASE,
)
# A script that loads a piece of HTML into the page: jQuery's .load("…") and $.get("…").
_SCRIPT_LOAD = re.compile(r"""(?:\.load|\$\.get|jQuery\.get)\(\s*["']([^"'\s]+)["']""")
_DATA_URL_ATTRIBUTES = ("data-url", "data-href", "data-load", "data-src", "data-content-url")


def loaded_continuations(html: str, url: str) -> list[str]:
    """The rest of an article a "Xem tiếp" control loads into the page by script: the address
    its ``data-url`` names, or that a script of the page loads with jQuery's ``.load("…")``
    when the page has such a control (the first part of the text printed, the rest fetched as
    a fragment of HTML when the reader asks). Empty for most pages.

    >>> page = ('<p>Đoạn một.</p><button class="btn" data-url="/Ajax/NoiDung?id=7&amp;phan=2">'
    ...         'Xem tiếp</button>')
    >>> loaded_continuations(page, "http://t.vn/tin-tuc/bai-7.html")
    ['http://t.vn/Ajax/NoiDung?id=7&phan=2']
    >>> script = ('<div id="tiep"></div><a href="#" id="more">Đọc tiếp bài viết</a><script>'
    ...           '$("#more").click(function(){ $("#tiep").load("/tin-tuc/noi-dung/7?phan=2"); });'
    ...           '</script>')
    >>> loaded_continuations(script, "http://t.vn/tin-tuc/bai-7.html")
    ['http://t.vn/tin-tuc/noi-dung/7?phan=2']
    >>> loaded_continuations('<a href="/tin/8">Xem thêm</a>', "http://t.vn/tin/7")
    []
    """
    if not any(hint in html for hint in ("data-", ".load(", ".get(")) or not _READ_ON_WORDS.search(
        html
    ):
        return []
    root = _parse_plain(html)
    if root is None:
        return []
    found: list[str] = []
    controls = False
    for element in root.iter("a", "button", "span", "div", "input", "p"):
        label = element.get("value") if element.tag == "input" else _text_content(element)
        label = fold(normalize_line(label or ""))
        if not label or len(label) > 60 or not _READ_ON.match(label):
            continue
        controls = True
        for name in _DATA_URL_ATTRIBUTES:
            target = (element.get(name) or "").strip()
            if target and not target.startswith(("#", "javascript:")):
                found.append(urljoin(url, html_unescape(target)))
    if controls:
        for script in root.iter("script"):
            found += (urljoin(url, target) for target in _SCRIPT_LOAD.findall(script.text or ""))
    host, own = urlsplit(url).netloc, url_key(url)
    return [u for u in dict.fromkeys(found) if urlsplit(u).netloc == host and url_key(u) != own]


def article_first_page(page: PageLinks) -> str | None:
    """Another address's first page, when this page shows an article split over pages whose
    further pages hang off that address (``index.php?mod=news&act=detail&id=5`` whose "Trang:
    2 3" links go to ``/tin-tuc/5/slug.html?trang=2``): that address without the page number.

    >>> page = page_links('<p>Đoạn.</p>Trang: <b>1</b> <a href="/tin/5207.html?trang=2">2</a>'
    ...     ' <a href="/tin/5207.html?trang=3">3</a>', "http://t.vn/index.php?id=5207")
    >>> article_first_page(page)
    'http://t.vn/tin/5207.html'
    """
    bases: set[str] = set()
    numbers: list[int] = []
    for link in page.links:
        label = _pager_label(link.text)
        if not (label.isdigit() and len(label) <= 3):
            continue
        parts = urlsplit(link.url)
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
        rest = [(k, v) for k, v in query if not (v == label and _PAGE_KEY.search(k))]
        if len(rest) != len(query) - 1:
            continue
        bases.add(parts._replace(query="&".join(f"{k}={v}" for k, v in rest)).geturl())
        numbers.append(int(label))
    if len(bases) != 1 or not numbers or min(numbers) != 2:
        return None
    base = bases.pop()
    if base == page.url or _article_id(base) is None or _article_id(base) != _article_id(page.url):
        return None  # a box's pager ("?cat=105&page=2"), not this article's own pages
    return base


def _article_id(url: str) -> str | None:
    """The longest run of 3+ digits in ``url``: an article's id, whatever the URL's shape.

    >>> _article_id("http://t.vn/index.php?act=detail&id=5207&cat=12"), _article_id("http://t.vn/a")
    ('5207', None)
    """
    runs = _ID_DIGITS.findall(url.split("://", 1)[-1].split("/", 1)[-1])
    return max(runs, key=len) if runs else None


_ID_DIGITS = re.compile(r"\d{3,}")


def _sibling_pager(page: PageLinks) -> list[tuple[str, str]]:
    """Pager links recognised among themselves, with their tokens, when none differs from the
    page's own address in one token: the first page of a listing at another address than the
    next ones ("/tin-tuc.html", then "index.php?mod=news&page=2"). Numbered links of one box
    whose URLs differ pairwise only in the token carrying their numbers are a pager; so are
    the pager words ("»", "Trang cuối") of that box that lead to another page of it.

    >>> page = page_links('<div class="pt"><b>[1]</b> <a href="/index.php?m=n&page=2">2</a>'
    ...     ' <a href="/index.php?m=n&page=3">3</a> <a href="/index.php?m=n&page=9">Cuối</a>'
    ...     '</div>', "http://t.vn/tin-tuc.html")
    >>> pagination_links(page)
    ['http://t.vn/index.php?m=n&page=2', 'http://t.vn/index.php?m=n&page=3', 'http://t.vn/index.php?m=n&page=9']
    >>> days = "".join(f'<a href="/su-kien?ngay=2024-11-{d:02d}">{d}</a>' for d in range(1, 31))
    >>> pagination_links(page_links(f'<div class="lich">{days}</div>', "http://t.vn/tin-tuc.html"))
    []
    """
    boxes: dict[tuple, list[tuple[Link, str]]] = defaultdict(list)
    for link in page.links:
        label = _pager_label(link.text)
        if link.url != page.url and (label.isdigit() or _PAGER_WORDS.match(label)):
            boxes[link.chain].append((link, label))
    found: dict[str, str] = {}
    for box in boxes.values():
        numbered = {link.url: label for link, label in box if label.isdigit() and len(label) <= 5}
        if not 2 <= len(numbered) <= 20:  # a pager window, not a calendar of 28-31 days
            continue
        tokens: dict[str, str] = {}
        for url, label in numbered.items():
            for other in numbered:
                token = _page_token(other, url, label) if other != url else None
                if token is not None and _carries_page_number(token, label):
                    tokens[url] = token
                    break
        if len(tokens) < 2:
            continue
        anchor = next(iter(tokens))
        for link, _label in box:
            if link.url not in tokens and link.url not in numbered:
                token = _page_token(anchor, link.url, None)
                if token is not None and _short_page_token(token):
                    tokens[link.url] = token
        for url, token in tokens.items():
            found.setdefault(url, token)
    return list(found.items())


def page_number_of(page: PageLinks, url: str) -> str | None:
    """The number a pager link of ``page`` gives its page ("2" for ``?page=2``, ``page/2/``
    and ``currentpage/2``; the offset for ``?start=20``), None for other links.

    >>> page = page_links('<a href="/tin/page/3/">3</a>', "http://t.vn/tin/page/2/")
    >>> [page_number_of(page, url) for url in pagination_links(page)]
    ['3']
    """
    if page.pager is None:
        pagination_links(page)
    token = page.pager_token.get(url)
    return "".join(_DIGITS.findall(token)) or None if token is not None else None


def _short_page_token(token: str) -> bool:
    """Whether a URL token is short enough to number a page ("page/2", "trang-3.html",
    "currentpage/4"), not a post's slug ("08/so-y-te-mo-rong-tai-khoan").

    >>> [_short_page_token(t) for t in ("page/2", "trang-3.html", "08/so-y-te-mo-rong")]
    [True, True, False]
    """
    words = _TOKEN_WORD.findall(token.rsplit(".", 1)[0] if "." in token else token)
    return len(words) <= 2 and sum(map(len, words)) <= 16


_TOKEN_WORD = re.compile(r"[^\W\d_]+")
_LABEL_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_PAGE_WORD = re.compile(r"^(?:trang|page|tr\.?)\s*(?=\d+$)")


@lru_cache(maxsize=65_536)  # every page's menus and pager repeat their labels
def _pager_label(text: str) -> str:
    """A pager link's label, folded, without arrows or brackets around it and without a
    "Trang"/"Page" word before its number ("[Tiếp]" → "tiep", "‹ Trước" → "truoc",
    "Trang 3" → "3").

    >>> [_pager_label(t) for t in ("[Cuối]", "‹ Trước", "Trang3", "»", "2")]
    ['cuoi', 'truoc', '3', '»', '2']
    """
    label = fold(text).strip()
    stripped = _LABEL_EDGES.sub("", label)
    if not stripped:
        return label  # "»", "<<": the symbol is the label
    return _PAGE_WORD.sub("", stripped)


def _headline_score(link: Link) -> float:
    if link.words >= 5:
        return 1.0 + (0.25 if link.dated else 0.0) + (1.0 if link.teaser else 0.0)
    if link.words >= 3:
        return 0.4
    return 0.0


def listing_items(
    page: PageLinks,
    *,
    template_urls: set[str] | frozenset[str] = frozenset(),
    preferred_chains: set[str] | frozenset[str] = frozenset(),
    min_share: float = 0.5,
) -> list[Link]:
    """Return the links of the page's main list(s) of headlines: the listing's items.

    Links are grouped by structural position; groups outside chrome are scored
    by how headline-like their links are (long anchor text, dates beside them).
    The best group is kept, with every other group scoring at least ``min_share``
    of it, and any group whose chain is in ``preferred_chains`` (the chain this
    listing used on its earlier pages). URLs in ``template_urls`` (linked from most
    pages of the portal: menus, "Tin nổi bật" boxes) are never items.

    >>> html = ('<body><div class="list"><div class="item"><a href="/a">Hội nghị triển khai '
    ...     'chuyển đổi số toàn tỉnh</a></div><div class="item"><a href="/b">Tập huấn kỹ năng '
    ...     'số cho cán bộ cấp xã</a></div></div></body>')
    >>> [link.url for link in listing_items(page_links(html, "http://t.vn/"))]
    ['http://t.vn/a', 'http://t.vn/b']
    """
    pager = set(pagination_links(page))
    host = _host(page.url)
    if not template_urls and page._groups is not None:
        groups, scores = page._groups  # the spider reads a listing's groups twice
    else:
        groups, scores = _headline_groups(page, pager, host, template_urls)
        if not template_urls:
            page._groups = groups, scores
    if not scores:
        return []
    top = max(scores.values())
    if top < 1.0:
        return []
    chosen = [
        chain
        for chain, score in scores.items()
        if score >= 1.0
        and (
            score >= min_share * top
            or any(link.chain in preferred_chains for link in groups[chain])
        )
    ]
    chosen += _neighbour_groups(groups, chosen, scores)
    member = {link.chain: name for name, links in groups.items() for link in links}
    items: list[Link] = []
    seen: set[str] = set()
    for link in page.links:
        if member.get(link.chain) in chosen and link.url not in seen and _headline_score(link) > 0:
            if link.url in pager or link.url in template_urls or link.url == page.url:
                continue
            if _host(link.url) != host:
                continue
            seen.add(link.url)
            items.append(link)
    return items


def _headline_groups(
    page: PageLinks, pager: set[str], host: str, template_urls: set[str] | frozenset[str]
) -> tuple[dict[str, list[Link]], dict[str, float]]:
    """The page's candidate links grouped by (similar) chain, and each group's headline score."""
    groups: dict[str, list[Link]] = defaultdict(list)
    for link in page.links:
        if link.chrome or link.url in pager or link.url in template_urls:
            continue
        if _host(link.url) != host or link.url == page.url or is_home_url(link.url):
            continue
        groups[link.chain].append(link)
    groups = _merge_similar_chains(groups)
    scores: dict[str, float] = {}
    for chain, links in groups.items():
        best_per_url: dict[str, float] = {}
        for link in links:
            best_per_url[link.url] = max(best_per_url.get(link.url, 0.0), _headline_score(link))
        scores[chain] = sum(best_per_url.values())
    return groups, scores


@lru_cache(maxsize=16_384)  # a portal's pages repeat their chains
def _chain_levels(chain: str) -> tuple[tuple[str, frozenset[str]], ...]:
    levels = []
    for part in chain.split("/"):
        tag, _, classes = part.partition(".")
        levels.append((tag, frozenset(c for c in classes.split(".") if c)))
    return tuple(levels)


@lru_cache(maxsize=65_536)  # the same pairs of chains meet on every page of a portal
def _similar_chains(a: str, b: str) -> bool:
    """Two positions of one list whose items carry per-item classes at one level (WordPress
    ``has-post-thumbnail``, ``category-x``, ``format-video`` on some posts only): same tags,
    the same classes everywhere but at one level, where they mostly overlap."""
    levels_a, levels_b = _chain_levels(a), _chain_levels(b)
    if len(levels_a) != len(levels_b):
        return False
    differing = 0
    for (tag_a, cls_a), (tag_b, cls_b) in zip(levels_a, levels_b, strict=True):
        if tag_a != tag_b:
            return False
        if cls_a != cls_b:
            differing += 1
            union = cls_a | cls_b
            if differing > 1 or len(cls_a & cls_b) < 0.6 * len(union) or len(union) < 3:
                return False
    return True


def _merge_similar_chains(groups: dict[str, list[Link]]) -> dict[str, list[Link]]:
    """Merge groups whose chains are :func:`_similar_chains` (the largest group names them)."""
    names = sorted(groups, key=lambda chain: -len(groups[chain]))
    merged: dict[str, list[Link]] = {}
    for chain in names:
        target = next((name for name in merged if _similar_chains(name, chain)), None)
        if target is None:
            merged[chain] = list(groups[chain])
        else:
            merged[target].extend(groups[chain])
    return merged


def _neighbour_groups(
    groups: dict[str, list[Link]], chosen: list[str], scores: dict[str, float]
) -> list[str]:
    """Headline groups standing within the main list's own box: a section's newest article
    shown big above the list (Joomla's "leading" item, a featured block), "more articles"
    links under it. The box is the parent of the element holding all the main list's items;
    a sidebar box or a "Tin nổi bật" column lies outside it."""
    positions = [link.position for name in chosen for link in groups[name] if link.position]
    if len(positions) < 2:
        return []
    common = positions[0]
    for position in positions[1:]:
        size = 0
        for x, y in zip(common, position, strict=False):
            if x != y:
                break
            size += 1
        common = common[:size]
    box = common[:-1]
    if not box:
        return []
    return [
        name
        for name, links in groups.items()
        if name not in chosen
        and scores.get(name, 0.0) >= 1.0
        and all(link.position[: len(box)] == box for link in links)
    ]


# Link texts of news sections (folded): what a home page's menu calls the lists of articles.
SECTION_TERMS = (
    "chuyen doi so",
    "cds",
    "chinh quyen so",
    "chinh quyen dien tu",
    "chinh phu so",
    "chinh phu dien tu",
    "kinh te so",
    "xa hoi so",
    "cong nghe thong tin",
    "cntt",
    "do thi thong minh",
    "khoa hoc cong nghe",
    "tin tuc",
    "tin hoat dong",
    "su kien",
    "thoi su",
    "tin moi",
    "tin tong hop",
    "an toan thong tin",
)
_SECTION_RE = re.compile(r"\b(" + "|".join(re.escape(t) for t in SECTION_TERMS) + r")\b")
_MORE_RE = re.compile(r"^(xem (them|tat ca|tiep)|tat ca tin|more|view all)\b")
_HOME_PATH = re.compile(
    r"^/?(?:(?:vi|en|vn|vi-vn|home|trang-?chu|portal|web/guest)/?)?"
    r"(?:(?:index|default|home|trang-?chu)\.\w+)?/?$",
    re.I,
)


# Attributes that name where a page's script loads more of a list from ("Xem thêm" buttons,
# lazily filled blocks): data-url, data-api, data-source, data-href, data-load-url, ...
_SCRIPT_SOURCE = re.compile(
    r"""\bdata-[\w-]*?(?:url|api|src|source|href|endpoint)\s*=\s*["']([^"'<>\s]+)["']""",
    re.IGNORECASE,
)
_STATIC_FILE = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|ico|css|js|woff2?|ttf|mp4|mp3|pdf|docx?|xlsx?|zip|rar)$", re.I
)
# The query key a JSON list is paged by, and the key of an offset into it.
_LIST_PAGE_KEY = re.compile(
    r"^(?:page|pageindex|pagenumber|pageno|pagenum|p|trang|pi|currentpage)$", re.I
)
_OFFSET_KEY = re.compile(r"^(?:offset|start|skip|from)$", re.I)


def script_list_sources(html: str, base_url: str) -> list[str]:
    """Addresses of the JSON lists a page's scripts load (an API under ``/api/``, ``/ajax/``,
    or a ``.json`` file), named in the page's ``data-*`` attributes.

    A vendor's front end renders a listing's first screen and goes on with a "Xem thêm"
    button whose script fetches the next items as JSON; the button (or the list, or a block
    filled after the page loads) names the address.

    >>> script_list_sources('<button data-url="/api/v1/articles?pageIndex=2&amp;pageSize=8">'
    ...     '<img data-src="/img/a.jpg">', "http://t.vn/tin-tuc")
    ['http://t.vn/api/v1/articles?pageIndex=2&pageSize=8']
    """
    found = []
    for value in _SCRIPT_SOURCE.findall(html):
        path = urlsplit(value).path.lower()
        if ("/api/" in path or "/ajax/" in path or path.endswith(".json")) and not (
            _STATIC_FILE.search(path)
        ):
            found.append(urljoin(base_url, html_unescape(value)))
    return list(dict.fromkeys(found))


# A list that loads more of itself as the reader scrolls (or clicks): the address of its next
# chunk in an attribute of the list, of its last chunk, or of a sentinel element below it.
_SCROLL_HINT = re.compile(r"data-(?:next|more|load-?more)|sentinel|infinite|load-?more", re.I)
_SCROLL_MARK = re.compile(r"sentinel|infinite|load-?more|xem-?them|scroll", re.I)


def scroll_sources(html: str, base_url: str) -> list[str]:
    """Addresses of the chunks of HTML a list loads as the reader scrolls: an element's
    ``data-next`` / ``data-more`` / ``data-load-more`` (``data-next-url``, …), or the
    ``data-url`` / ``data-href`` of an element marked as the list's sentinel or "load more"
    (``id="sentinel"``, ``class="infinite-scroll"``). Addresses of JSON and of static files are
    :func:`script_list_sources`' and nobody's.

    >>> scroll_sources('<div class="news-list" data-next="/chuyen-muc/cds?handler=More&amp;page=2">'
    ...     '</div><div id="sentinel" data-url="/tin-tuc?skip=8&amp;take=8"></div>', "http://t.vn/")
    ['http://t.vn/chuyen-muc/cds?handler=More&page=2', 'http://t.vn/tin-tuc?skip=8&take=8']
    >>> scroll_sources('<div data-url="/tin/1" class="card"></div>', "http://t.vn/")
    []
    """
    if not _SCROLL_HINT.search(html):
        return []
    root = _parse_plain(html)
    if root is None:
        return []
    found = []
    for element in root.iter():
        if not isinstance(element.tag, str) or not element.attrib:
            continue
        for name, value in element.attrib.items():
            if not name.startswith("data-") or not value.strip():
                continue
            chunk = name.startswith(("data-next", "data-more", "data-load-more", "data-loadmore"))
            if not chunk and name in ("data-url", "data-href", "data-src"):
                marks = f"{element.get('id') or ''} {element.get('class') or ''}"
                chunk = _SCROLL_MARK.search(marks) is not None
            if chunk:
                value = value.strip()
                path = urlsplit(value).path.lower()
                if value.startswith(("#", "javascript:")) or _STATIC_FILE.search(path):
                    continue
                if "/api/" in path or path.endswith(".json"):
                    continue
                found.append(urljoin(base_url, value))
    return list(dict.fromkeys(found))


def json_list_links(data: object, base_url: str) -> list[str]:
    """Page addresses in a JSON answer of a list: every string that is a URL or a path of the
    site's pages (``"url": "/tin-tuc/…-20633.html"``), images and other files left out.

    >>> json_list_links({"data": [{"url": "/tin-tuc/a-1.html", "thumbnail": "/up/a.jpg",
    ...     "title": "A"}], "total": 1}, "http://t.vn/api/v1/articles")
    ['http://t.vn/tin-tuc/a-1.html']
    """
    found: list[str] = []
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(reversed(list(value.values())))
        elif isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, str) and value.startswith(("/", "http://", "https://")):
            if " " in value or value.startswith("//"):
                continue
            path = urlsplit(value).path
            if len(path) > 1 and not _STATIC_FILE.search(path) and "/api/" not in path:
                found.append(urljoin(base_url, value))
    return list(dict.fromkeys(found))


def next_list_page(url: str, items: int) -> str | None:
    """The address of the next page of a JSON list: its page number plus one, or its offset
    plus the ``items`` this page gave; None when the address names neither.

    >>> next_list_page("http://t.vn/api/articles?pageIndex=2&pageSize=8", 8)
    'http://t.vn/api/articles?pageIndex=3&pageSize=8'
    >>> next_list_page("http://t.vn/api/articles?offset=20&limit=10", 10)
    'http://t.vn/api/articles?offset=30&limit=10'
    >>> next_list_page("http://t.vn/api/articles?categoryId=5", 8) is None
    True
    """
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    for index, (key, value) in enumerate(pairs):
        if value.isdigit() and (_LIST_PAGE_KEY.match(key) or _OFFSET_KEY.match(key)):
            step = 1 if _LIST_PAGE_KEY.match(key) else items
            pairs[index] = (key, str(int(value) + step))
            return parts._replace(query=urlencode(pairs)).geturl()
    return None


_POSTBACK_LINK = re.compile(
    r"<a\b[^>]*?href\s*=\s*[\"']javascript:\s*__doPostBack\(\s*(?:'|&#39;|&quot;)([^'&\"]*)"
    r"(?:'|&#39;|&quot;)\s*,\s*(?:'|&#39;|&quot;)([^'&\"]*)(?:'|&#39;|&quot;)\s*\)[^>]*>(.*?)</a>",
    re.IGNORECASE | re.DOTALL,
)
_GRID_PAGE = re.compile(r"^Page\$(\d+)$", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class PostbackPage:
    """A page of a listing that an ASP.NET pager reaches only by posting its form back.

    ``control`` names the pager (the GridView, or the DataPager whose links these are), so
    that two pagers of one page keep their numbers apart.
    """

    number: int
    target: str
    argument: str
    control: str


def postback_pager(html: str) -> list[PostbackPage]:
    """The numbered pages of an ASP.NET pager whose links post the page back.

    GridView pagers name the page in the argument (``__doPostBack('…$gvTin','Page$2')``, also
    behind a "..." link); DataPager ones give each link a control of its own and an empty
    argument, the number being the link's text. Pager words without a number ("Trang sau",
    "»") are left: the numbered links a page shows lead on.

    >>> link = '<a href="javascript:__doPostBack(&#39;{}&#39;,&#39;{}&#39;)">{}</a>'
    >>> html = (link.format("ctl00$gv", "Page$2", "2") + link.format("ctl00$gv", "Page$11", "...")
    ...     + link.format("ctl00$dp$ctl01$ctl03", "", "3")
    ...     + link.format("ctl00$lbtTimKiem", "", "Tìm kiếm"))
    >>> [(p.number, p.control) for p in postback_pager(html)]
    [(2, 'ctl00$gv'), (11, 'ctl00$gv'), (3, 'ctl00$dp$ctl01')]
    """
    found: list[PostbackPage] = []
    for target, argument, label in _POSTBACK_LINK.findall(html):
        grid = _GRID_PAGE.match(argument)
        if grid:
            found.append(PostbackPage(int(grid[1]), target, argument, target))
            continue
        text = _TAGS.sub("", label).strip()
        if not argument and text.isdigit() and "$" in target:
            found.append(PostbackPage(int(text), target, argument, target.rsplit("$", 1)[0]))
    return found


@lru_cache(maxsize=65_536)  # every page's menus link the same addresses
def is_home_url(url: str) -> bool:
    """True for a portal's home page (``/``, ``/vi``, ``/portal/Pages/default.aspx``, ...).

    >>> is_home_url("http://t.vn/vi"), is_home_url("http://t.vn/vi/tin-tuc")
    (True, False)
    >>> is_home_url("http://t.vn/Default.aspx?tabid=13"), is_home_url("http://t.vn/?lang=vi")
    (False, True)
    """
    parts = urlsplit(url)
    if parts.query and not _HOME_QUERY.match(parts.query):
        return False  # "/Default.aspx?tabid=13": one of the site's pages, chosen by its query
    path = parts.path
    return bool(_HOME_PATH.match(path)) or path.lower().endswith(
        ("/pages/default.aspx", "/pages/home.aspx", "/trang-chu.aspx")
    )


# A query a home page may carry: its language, a tracking tag.
_HOME_QUERY = re.compile(r"^(?:(?:lang|language|l|utm_\w+)=[^&]*&?)+$", re.I)


def section_links(page: PageLinks) -> list[str]:
    """Links to the news sections of a portal (by their menu text) and "Xem thêm" links.

    Used on a home page, to reach the listings that hold the articles.

    >>> page = page_links('<body><nav><a href="/tin-tuc">Tin tức</a><a href="/lien-he">'
    ...     'Liên hệ</a></nav><a href="/cds">Xem thêm</a></body>', "http://t.vn/")
    >>> section_links(page)
    ['http://t.vn/tin-tuc', 'http://t.vn/cds']
    >>> card = ('<body><h3><a href="/2021/01/08/xa-so/">Xã Phú An ra mắt tổ công nghệ số</a></h3>'
    ...     '<p>Sáng nay…</p><a href="/2021/01/08/xa-so/?utm_source=x">Xem tiếp</a></body>')
    >>> section_links(page_links(card, "http://t.vn/"))  # "read more" of the card's article
    []
    """
    host = _host(page.url)
    found: list[str] = []
    # "Xem tiếp" under a card leads to that card's article, linked by its headline too.
    headlines = {url_key(link.url) for link in page.links if link.words >= 4}
    for link in page.links:
        if _host(link.url) != host or link.url == page.url or is_home_url(link.url):
            continue
        folded = fold(link.text)
        if not folded or link.words > 7:
            continue
        if _SECTION_RE.search(folded) or (
            _MORE_RE.match(folded) and url_key(link.url) not in headlines
        ):
            if link.url not in found:
                found.append(link.url)
    return found


def sub_site_prefix(page: PageLinks) -> str | None:
    """The path a sub-site lives under, when ``page`` is its home; None for any other page.

    Provinces host district and department sites on their own portal's host, each under a
    path (``/huyen-an-thuy/``, ``/web/so-khcn``), in the platform's template: the shared menu
    links the province's news and every other sub-site on the same host. A start URL at such
    a path is a sub-site's home when it leads to sections of its own beneath it (three or
    more); a section listing's address leads to its articles and pages, not to sections.

    >>> menu = "".join(f'<a href="/huyen-a/{s}">{t}</a>' for s, t in (("tin-tuc", "Tin tức"),
    ...     ("cds", "Chuyển đổi số"), ("kts", "Kinh tế số")))
    >>> home = page_links(f'<body><nav><a href="/tin-tuc">Tin tức</a>{menu}</nav></body>',
    ...     "http://tinh.vn/huyen-a/")
    >>> sub_site_prefix(home)
    '/huyen-a/'
    >>> sub_site_prefix(page_links(f"<body>{menu}</body>", "http://tinh.vn/"))  # the root
    >>> portal = menu.replace("/huyen-a/", "/portal/")  # a whole site's home, under /portal/
    >>> sub_site_prefix(page_links(f"<body>{portal}</body>", "http://tinh.vn/portal/"))
    >>> sub_site_prefix(page_links(f"<body>{menu}</body>", "http://tinh.vn/huyen-a/a.aspx"))
    """
    parts = urlsplit(page.url)
    path = parts.path
    if parts.query or is_home_url(page.url) or "." in path.rstrip("/").rsplit("/", 1)[-1]:
        return None  # a file, a query's page, or a whole site's home ("/", "/vi/", "/portal/")
    prefix = path.rstrip("/") + "/"
    own = {
        url_key(url)
        for url in section_links(page)
        if urlsplit(url).path.startswith(prefix) and urlsplit(url).path != prefix
    }
    return prefix if len(own) >= 3 else None


# Running text (outside chrome and listing items) from which a page is an article whatever
# links stand beside it: a short article's body; no listing carries that much outside its items.
ARTICLE_TEXT_CHARS = 500


def looks_like_listing(page: PageLinks, items: list[Link]) -> bool:
    """True when a page reads as a list of headlines rather than one article.

    >>> looks_like_listing(PageLinks(url="u", text_chars=120), [None] * 6)
    True
    >>> looks_like_listing(PageLinks(url="u", text_chars=800), [None] * 6)
    False
    """
    return (
        len(items) >= 4
        and page.running_text() < 150 * len(items)
        and page.running_text() < ARTICLE_TEXT_CHARS
    )


def truncation_problem(body: bytes) -> str | None:
    """A reason when an HTML document stops before its end (a cut connection, a full disk).

    Such a page is not stored: the next run fetches it again.

    A fragment of HTML (what a "Xem tiếp" button loads into its page) opens neither
    ``<html>`` nor ``<body>``, and has no end to miss:

    >>> truncation_problem(b"<html><body><p>Ngay 10/10"), truncation_problem(b"<p>x</p></html>")
    ('truncated HTML: the document ends before </body></html>', None)
    >>> truncation_problem(b"<p>Ngay 10/10</p><p>Het.</p>") is None
    True
    """
    tail = body[-4096:].lower()
    if b"</html" in tail or b"</body" in tail:
        return None
    head = body[:4096].lower()
    if b"<html" not in head and b"<body" not in head and b"<!doctype" not in head:
        return None
    return "truncated HTML: the document ends before </body></html>"


def sitemap_urls_from_robots(robots_txt: str, base_url: str) -> list[str]:
    """Return the ``Sitemap:`` URLs named in a robots.txt.

    >>> sitemap_urls_from_robots("User-agent: *\\nSitemap: /sitemap.xml", "http://t.vn/robots.txt")
    ['http://t.vn/sitemap.xml']
    """
    urls = []
    for line in robots_txt.splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == "sitemap" and value.strip():
            urls.append(urljoin(base_url, value.strip()))
    return urls


_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|RDF)[\s>]")


def is_feed(body: bytes) -> bool:
    """True for an RSS, Atom or RDF feed document (by its root element, whatever its type).

    Portals link their feeds like pages ("Đăng ký nhận tin qua RSS"): such a link, followed as
    an article candidate, is read as a feed instead of failing as "not HTML".

    >>> is_feed(b'<?xml version="1.0"?> <rss version="2.0"><channel>')
    True
    >>> is_feed(b'<feed xmlns="http://www.w3.org/2005/Atom">'), is_feed(b"<html><body>rss")
    (True, False)
    """
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<?xml"):
        head = head[head.find(b"?>") + 2 :]
    while head.lstrip().startswith(b"<!--") or head.lstrip().startswith(b"<?"):
        head = head.lstrip()
        close = b"-->" if head.startswith(b"<!--") else b"?>"
        head = head[head.find(close) + len(close) :] if close in head else b""
    return _FEED_ROOT.match(head.lstrip()) is not None


def feed_entry_links(xml: str | bytes, base_url: str) -> list[str]:
    """Return the item links of an RSS or Atom feed (empty for anything else).

    >>> feed_entry_links('<rss><channel><item><link>/tin/1.html</link></item></channel></rss>',
    ...     "http://t.vn/rss")
    ['http://t.vn/tin/1.html']
    """
    data = xml.encode("utf-8") if isinstance(xml, str) else xml
    try:
        root = etree.fromstring(data, parser=etree.XMLParser(recover=True, resolve_entities=False))
    except etree.XMLSyntaxError:
        return []
    if root is None:
        return []
    links: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        name = etree.QName(el).localname
        if name == "item":
            for child in el:
                if isinstance(child.tag, str) and etree.QName(child).localname == "link":
                    if child.text and child.text.strip():
                        links.append(urljoin(base_url, child.text.strip()))
        elif name == "entry":
            for child in el:
                if isinstance(child.tag, str) and etree.QName(child).localname == "link":
                    rel = child.get("rel", "alternate")
                    if rel == "alternate" and child.get("href"):
                        links.append(urljoin(base_url, child.get("href").strip()))
    return list(dict.fromkeys(links))
