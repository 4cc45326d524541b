"""Per-portal template learning: the text blocks a portal repeats on many of its pages.

A portal's pages share a template: header, menus, visitor counters, "Kết quả giải quyết TTHC"
widgets, footers.  :class:`PortalTemplate` watches every page the crawler fetches (listings and
articles alike) and counts, per *distinct page*, each block of text it sees — a block being one
line of block-level text, fingerprinted twice:

- by its text alone, with every run of digits replaced by ``0`` so that a counter reading
  "Hôm nay: 1.234" on one page and "Hôm nay: 1.873" on the next is the same block;
- by the same text *and* the coarse DOM path it sits at (tag, id and first class of its nearest
  ancestors, digits removed).

A block is template when its path fingerprint was seen on at least ``max(3, 10 %)`` of the pages,
or when its text (short lines only) was seen on at least ``max(3, 40 %)`` of the pages wherever
it stood.  The path fingerprint is what keeps an article's lead: a listing shows the lead as an
excerpt inside a list item, the article shows it in the article body, so the two never share a
path fingerprint however many listings carry the excerpt.  An article's own one-line paragraph is
kept however short it is; only repetition makes a block template.

The template lives in SQLite (``template_blocks``, ``template_stats``, ``template_pages``) so it
improves as the archive grows and survives restarts; rare fingerprints are pruned to cap memory.
"""

from __future__ import annotations

import hashlib
import math
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from lxml import etree
from lxml import html as lxml_html

from dtcrawl.text import normalize_line

# Block-level tags: a line of text ends where one of these starts or ends.
BLOCK_TAGS = frozenset(
    "p div li ul ol dl dt dd table tbody thead tfoot tr td th caption h1 h2 h3 h4 h5 h6 section "
    "article aside header footer nav main blockquote figure figcaption form fieldset legend pre "
    "address center hr select option textarea button label iframe details summary".split()
)
SKIP_TAGS = frozenset(
    "script style noscript template svg head title object embed canvas map video audio".split()
)
_DIGITS = re.compile(r"\d+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_ALIGN_CLASS = re.compile(r"(?:^|[-_ ])(right|center|centre)(?:$|[-_ ])", re.IGNORECASE)


@dataclass
class Block:
    """One line of block-level text on a page, with the layout signals the cleaner needs."""

    text: str  # NFC, whitespace collapsed
    element: object  # the innermost block-level lxml element holding the line
    path: str  # coarse DOM path signature (see module docstring)
    index: int  # position among the page's blocks
    link_chars: int = 0
    bold_chars: int = 0
    italic_chars: int = 0
    # Line breaks (<br>) between the line before in the same element and this one: 1 for a
    # line break, 2 or more for a blank line between; 0 for the first line of its element.
    breaks: int = 0

    @property
    def words(self) -> int:
        """The line's number of words: its text is :func:`~dtcrawl.text.normalize_line`'s,
        words one space apart (counting the spaces measured at a quarter of splitting a line).

        >>> Block("Kết quả giải quyết", None, "", 0).words
        4
        """
        return self.text.count(" ") + 1

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))

    @property
    def bold(self) -> bool:
        return _mostly(self.bold_chars, self.text)

    @property
    def italic(self) -> bool:
        return _mostly(self.italic_chars, self.text)


def _mostly(chars: int, text: str) -> bool:
    """Whether ``chars`` are at least 90 % of ``text``'s characters other than spaces.

    Most lines have no bold or italic text: told without counting (a line starting with a
    character other than a space has one to count); the others counted, not copied.
    """
    if not chars and text[:1] not in ("", " "):
        return False
    return chars >= 0.9 * (len(text) - text.count(" "))


def parse_html(html: str | bytes):
    """Parse a page into an lxml tree (bytes are decoded by their declared charset)."""
    if isinstance(html, bytes):
        html = decode_html(html)
    html = html.strip() or "<html></html>"
    if html.startswith("<?xml"):
        html = html.split("?>", 1)[-1]
    try:
        if _WHOLE_DOCUMENT(html):
            # What lxml.html.fromstring returns for a whole document, in lxml's own elements:
            # lxml.html picks each element's class by a Python call whenever it hands one out
            # (measured at a tenth of linearising a page); the tree libxml2 builds is the same.
            tree = etree.fromstring(html, _PLAIN_PARSER)
            if tree is not None:
                return tree
        return lxml_html.fromstring(html)
    except Exception:  # lxml raises ParserError on documents it cannot root
        return lxml_html.fromstring("<html><body></body></html>")


_PLAIN_PARSER = etree.HTMLParser()
_WHOLE_DOCUMENT = re.compile(r"^\s*<(?:html|!doctype)", re.IGNORECASE).match  # as lxml.html's
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)


def decode_html(raw: bytes) -> str:
    """Decode page bytes: BOM, then ``<meta charset>``, then UTF-8, then windows-1258; NFC.

    >>> decode_html(b'<meta charset="windows-1258">Ti\\xea\\xecng')  # e-circumflex, combining acute
    '<meta charset="windows-1258">Tiếng'
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        return unicodedata.normalize("NFC", raw[3:].decode("utf-8", "replace"))
    declared = _CHARSET.search(raw[:4096])
    encodings = [declared.group(1).decode("ascii").lower()] if declared else []
    encodings += ["utf-8", "cp1258"]
    for encoding in encodings:
        try:
            return unicodedata.normalize("NFC", raw.decode(encoding))
        except (LookupError, UnicodeDecodeError):
            continue
    return unicodedata.normalize("NFC", raw.decode("utf-8", "replace"))


def _segment(element) -> str:
    """``element``'s segment of a path: tag#id or tag.first-class, digits removed.

    Memoised by tag and attribute values: a portal's pages repeat a few dozen of them
    (measured: linearising a crawl bench article 6 % faster).
    """
    key = (element.tag, element.get("id"), element.get("class"))
    segment = _SEGMENTS.get(key)
    if segment is None:
        if len(_SEGMENTS) >= _SEGMENTS_SIZE:
            _SEGMENTS.clear()
        segment = _SEGMENTS[key] = _new_segment(*key)
    return segment


def _new_segment(tag, ident: str | None, class_names: str | None) -> str:
    tag = tag if isinstance(tag, str) else "?"
    if ident:
        return f"{tag}#{_DIGITS.sub('', ident)[:30]}"
    classes = (class_names or "").split()
    return f"{tag}.{_DIGITS.sub('', classes[0])[:30]}" if classes else tag


_SEGMENTS: dict[tuple, str] = {}
_SEGMENTS_SIZE = 4096


def path_signature(element, depth: int = 6) -> str:
    """Coarse DOM path of ``element``: its own and its nearest ancestors' tag#id / tag.class."""
    parts = [_segment(element)]
    for ancestor in element.iterancestors():
        parts.append(_segment(ancestor))
        if len(parts) >= depth:
            break
    return "/".join(reversed(parts))


def page_blocks(tree) -> list[Block]:
    """Linearise a page into its lines of block-level text, in document order.

    >>> tree = lxml_html.fromstring("<div><p>Một <b>hai</b></p><p>Ba<br>bốn<br> <br>năm</p></div>")
    >>> [(b.text, b.breaks) for b in page_blocks(tree)]
    [('Một hai', 0), ('Ba', 0), ('bốn', 1), ('năm', 2)]
    """
    return list(iter_blocks(tree))


def iter_blocks(tree, *, paths: bool = True) -> Iterator[Block]:
    """The blocks of :func:`page_blocks`, one at a time (a reader may stop early).

    With ``paths=False`` every block's ``path`` is ``""``: for readers that only measure text
    (the spider's running-text count), which need no DOM path signatures.

    >>> tree = lxml_html.fromstring("<div><p>Một</p><p>Hai</p></div>")
    >>> [(b.text, b.path) for b in iter_blocks(tree, paths=False)]
    [('Một', ''), ('Hai', '')]
    """
    # One loop over lxml's walk with the pending line's text and counts in local variables
    # (a helper call per piece of text and per block boundary measured at 40 % of this
    # function's time: most boundaries have nothing pending). What a tag does is one lookup
    # in _TAG_KIND, and the link/bold/italic state one int (tests of three tag sets and a
    # tuple per element measured at a sixth of this function's time).
    index = 0
    parts: list[str] = []
    append = parts.append
    link_chars = bold_chars = italic_chars = 0  # of the pending line
    breaks = 0  # <br>s since the last line of the current element
    state = 0  # _LINK | _BOLD | _ITALIC of the current element
    states: list[int] = []  # of the enclosing elements
    containers = [tree]  # innermost block-level element last
    # Lines of one container share its path, and containers share their ancestors' segments:
    # each element's last segments are computed once per page from its parent's (walking up
    # the ancestors for every line measured at a quarter of this function's time).
    segments: dict[object, tuple[str, ...]] = {}
    joined: dict[object, str] = {}
    kinds = _TAG_KIND

    def line() -> Block | None:
        """The pending line as a block (None if it is blank); the caller then clears it."""
        text = normalize_line("".join(parts))
        if not text:
            return None
        element = containers[-1]
        path = ""
        if paths:
            path = joined.get(element, "")
            if not path:
                path = joined[element] = "/".join(_segments_of(element, segments))
        return Block(text, element, path, index, link_chars, bold_chars, italic_chars, breaks)

    walker = etree.iterwalk(tree, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        block = None
        text = None
        if event == "start":
            tag = element.tag
            kind = kinds.get(tag, 0) if tag.__class__ is str else _SKIP
            if kind & _SKIP:
                walker.skip_subtree()
                continue
            if kind & _BREAK:
                if parts:
                    block = line()
                    parts.clear()
                    link_chars = bold_chars = italic_chars = 0
                breaks = 1 if block is not None else breaks + 1
            else:
                states.append(state)
                state |= kind
                style = element.get("style")
                if style:
                    style = style.replace(" ", "").lower()
                    if "font-weight:bold" in style:
                        state |= _BOLD
                    if "font-style:italic" in style:
                        state |= _ITALIC
                if kind & _BLOCK:
                    if parts:
                        block = line()
                        parts.clear()
                        link_chars = bold_chars = italic_chars = 0
                    breaks = 0
                    containers.append(element)
                state &= _STYLED
                text = element.text
        elif event == "end":
            tag = element.tag
            kind = kinds.get(tag, 0) if tag.__class__ is str else _SKIP
            if not kind & (_SKIP | _BREAK):
                state = states.pop()
                if kind & _BLOCK:
                    if parts:
                        block = line()
                        parts.clear()
                        link_chars = bold_chars = italic_chars = 0
                    breaks = 0
                    containers.pop()
            if element is not tree:
                text = element.tail
        else:  # a comment or processing instruction: only its tail is text
            text = element.tail
        if text:
            append(text)
            if state:
                weight = len("".join(text.split()))
                if state & _LINK:
                    link_chars += weight
                if state & _BOLD:
                    bold_chars += weight
                if state & _ITALIC:
                    italic_chars += weight
        if block is not None:
            yield block
            index += 1
    if parts:
        block = line()
        if block is not None:
            yield block


_PATH_DEPTH = 6  # segments in a block's path (see path_signature)


def _segments_of(element, segments: dict[object, tuple[str, ...]]) -> tuple[str, ...]:
    """The last :data:`_PATH_DEPTH` segments of ``element``'s path, memoised in ``segments``
    (iteratively: a deep page must not reach Python's recursion limit)."""
    pending = []
    node = element
    while node is not None and node not in segments:
        pending.append(node)
        node = node.getparent()
    above = segments[node] if node is not None else ()
    for node in reversed(pending):
        above = segments[node] = (*above[-(_PATH_DEPTH - 1) :], _segment(node))
    return segments[element]


_BOLD_TAGS = frozenset(("b", "strong", "h1", "h2", "h3", "h4", "h5", "h6"))
_ITALIC_TAGS = frozenset(("i", "em", "cite"))
# What a tag does to the walk of iter_blocks, as bits: the text inside is a link, bold or
# italic; the tag starts and ends a line (block-level); it breaks the line (br, hr); its
# subtree is skipped. Tags not listed are inline and change nothing.
_LINK, _BOLD, _ITALIC, _BLOCK, _BREAK, _SKIP = 1, 2, 4, 8, 16, 32
_STYLED = _LINK | _BOLD | _ITALIC
_TAG_KIND: dict[str, int] = {}
for _tag in BLOCK_TAGS:
    _TAG_KIND[_tag] = _TAG_KIND.get(_tag, 0) | _BLOCK
for _tag, _bit in (
    ("a", _LINK),
    *((t, _BOLD) for t in _BOLD_TAGS),
    *((t, _ITALIC) for t in _ITALIC_TAGS),
):
    _TAG_KIND[_tag] = _TAG_KIND.get(_tag, 0) | _bit
for _tag in ("br", "hr"):
    _TAG_KIND[_tag] = _BREAK
for _tag in SKIP_TAGS:
    _TAG_KIND[_tag] = _SKIP
del _tag, _bit


def block_key(text: str) -> str:
    """The digit-blind form of a block's text used for fingerprints.

    >>> block_key("Hôm nay: 1.234") == block_key("Hôm  nay: 18,730")
    True
    """
    return _NUMBER.sub("0", normalize_line(text).lower())


def _fingerprint(*parts: str) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8).hexdigest()


def text_fingerprint(text: str) -> str:
    """Fingerprint of a block's text alone (digits blind)."""
    return "t:" + _fingerprint(block_key(text))


def path_fingerprint(text: str, path: str) -> str:
    """Fingerprint of a block's text at its coarse DOM path (digits blind)."""
    return "p:" + _fingerprint(path, block_key(text))


_MEMO_SIZE = 2048  # entries of each of a PortalTemplate's memos
_MEMO_CHARS = 400  # longer lines are a page's own: memoised for that page only


_OWN_TEXT_CHARS = 160  # a paragraph of the page's own text, longer than a headline
_VARYING_CHARS = 120  # a line this long repeated with other numbers is a shared sentence


@dataclass
class _Seen:
    sample: str
    page_count: int
    first_seen: str
    last_seen: str
    # A long line seen with other numbers on another page ("Trước đó, ngày 15/12/2020, huyện
    # đã tổ chức hội nghị … theo Quyết định số 797/QĐ-UBND …"): a sentence the articles share
    # as a pattern, each with its own figures, not the portal's furniture.
    varies: bool = False


@dataclass
class PortalTemplate:
    """What one portal repeats across its pages.  Call :meth:`observe` for every fetched page.

    >>> template = PortalTemplate()
    >>> for n in range(4):
    ...     _ = template.observe(f"<p>Bài số {n} về dữ liệu số.</p><div>Đang online: {n * 7}</div>")
    >>> template.is_boilerplate("Đang online: 123")
    'template: on 4 of 4 pages'
    >>> template.is_boilerplate("Chào mừng") is None
    True
    """

    pages_seen: int = 0
    min_pages: int = 3
    path_fraction: float = 0.10  # a block at the same DOM path on ≥ this share of pages
    text_fraction: float = 0.40  # a short block anywhere on ≥ this share of pages
    short_words: int = 20  # "short" for the text-only rule
    long_fraction: float = 0.30  # a longer block must be on ≥ this share of pages
    fraction_window: int = 300  # shares are of at most this many pages
    max_blocks: int = 40_000
    max_page_keys: int = 200_000
    blocks: dict[str, _Seen] = field(default_factory=dict)
    _page_keys: dict[str, None] = field(default_factory=dict)  # insertion-ordered
    # A block's key and fingerprints depend on its text (and path) alone: computed once per
    # portal for its repeated lines (the template's own, on every page), and once per page for
    # the others (the cleaner asks about the lines observe() has just read). Measured on the
    # crawl bench's article pages: observe() from 0.39 to 0.23 ms per page.
    # Bounded: only lines already seen on another page are memoised (the template's, not each
    # page's own), each memo is emptied when it reaches _MEMO_SIZE entries; the page's own keys
    # are those of the last page observed only.
    _text_memo: dict[str, tuple[str, str]] = field(default_factory=dict, repr=False, compare=False)
    _path_memo: dict[tuple[str, str], str] = field(default_factory=dict, repr=False, compare=False)
    _last_page: dict[str, tuple[str, str]] = field(default_factory=dict, repr=False, compare=False)

    def observe(
        self, html: str | bytes | object, url: str | None = None, blocks: list[Block] | None = None
    ) -> bool:
        """Count the blocks of one page (once per distinct page).  Returns False for a repeat.

        ``html`` is the page's text or bytes, or its parsed lxml tree; ``blocks``, when given,
        are the tree's :func:`page_blocks` already computed (they are not computed again).
        """
        if blocks is None:
            tree = parse_html(html) if isinstance(html, (str, bytes)) else html
            blocks = page_blocks(tree)
        fingerprints: dict[str, str] = {}
        # Each block's key and text fingerprint computed once (computing them for each use
        # measured at a third of this method's time), and memoised (see _key_and_print).
        page: dict[str, tuple[str, str]] = {}  # text: (key, text fingerprint)
        key_and_print, path_print = self._key_and_print, self._path_print
        for block in blocks:
            text = block.text
            known = page.get(text)
            if known is None:
                known = page[text] = key_and_print(text, True)
            if len(text) <= 400:  # long paragraphs are a page's own text, never template
                fingerprints.setdefault(known[1], text)
                fingerprints.setdefault(path_print(text, block.path, known[0]), text)
        self._last_page = page
        # The same article reached by several URLs (variants, print view, a syndicated copy
        # fetched twice) is one page: key pages by their own long text when they have some
        # (paragraphs, not headlines: a "Các tin khác" list that differs with the address the
        # article was reached by must not make it two pages).
        # Blocks already seen on many pages (footers, disclaimers) say nothing about which page
        # this is, so they are left out of the key.
        many = max(5, 0.3 * self._base)
        page_key = None
        for shortest in (_OWN_TEXT_CHARS, 80):  # paragraphs; else any long line (short pages)
            own_texts = sorted(
                {
                    page[b.text][0]
                    for b in blocks
                    if len(b.text) >= shortest and self._seen_on(page[b.text][1]) < many
                }
            )
            if sum(map(len, own_texts)) >= 200:
                page_key = _fingerprint(*own_texts)
                break
        page_key = page_key or url or _fingerprint(*(b.text for b in blocks))
        if page_key in self._page_keys:
            return False
        self._page_keys[page_key] = None
        if len(self._page_keys) > self.max_page_keys:  # forget the oldest pages
            for old in list(self._page_keys)[: len(self._page_keys) - self.max_page_keys]:
                del self._page_keys[old]
        self.pages_seen += 1
        now = datetime.now().astimezone().replace(microsecond=0).isoformat()
        for fingerprint, sample in fingerprints.items():
            seen = self.blocks.get(fingerprint)
            if seen is None:
                self.blocks[fingerprint] = _Seen(sample[:200], 1, now, now)
            else:
                seen.page_count += 1
                seen.last_seen = now
                if len(sample) > _VARYING_CHARS and not seen.varies and seen.sample != sample[:200]:
                    seen.varies = True
        if len(self.blocks) > self.max_blocks:
            self.prune()
        return True

    def _key_and_print(self, text: str, line: bool = False) -> tuple[str, str]:
        """``(block_key(text), text_fingerprint(text))``, memoised. ``line``: the text is a
        block's, already :func:`normalize_line`'s (not normalised again)."""
        known = self._text_memo.get(text) or self._last_page.get(text)
        if known is None:
            key = _NUMBER.sub("0", text.lower()) if line else block_key(text)
            known = (key, "t:" + _fingerprint(key))
            if len(text) <= _MEMO_CHARS and known[1] in self.blocks:  # seen on another page
                if len(self._text_memo) >= _MEMO_SIZE:
                    self._text_memo.clear()
                self._text_memo[text] = known
        return known

    def _path_print(self, text: str, path: str, key: str | None = None) -> str:
        """``path_fingerprint(text, path)``, memoised; ``key``: ``block_key(text)`` if known
        (observe() knows it; with ``line``, observe measured 0.19 -> 0.16 ms per bench page)."""
        known = self._path_memo.get((text, path))
        if known is None:
            known = "p:" + _fingerprint(path, key or self._key_and_print(text)[0])
            if len(text) <= _MEMO_CHARS and known in self.blocks:
                if len(self._path_memo) >= _MEMO_SIZE:
                    self._path_memo.clear()
                self._path_memo[(text, path)] = known
        return known

    def prune(self) -> None:
        """Drop the rarest fingerprints until the template holds at most 80 % of its cap."""
        limit = 1
        while len(self.blocks) > 0.8 * self.max_blocks:
            self.blocks = {k: v for k, v in self.blocks.items() if v.page_count > limit}
            limit += 1

    @property
    def threshold(self) -> int:
        """Pages a block must appear on (at one DOM path) to count as template."""
        return max(self.min_pages, math.ceil(self.path_fraction * self._base))

    @property
    def _base(self) -> int:
        """Pages the share thresholds are taken of: capped, so that after a redesign the new
        furniture counts as template after tens of pages, not after a tenth of the archive."""
        return min(self.pages_seen, self.fraction_window)

    def _varies(self, block_text: str, path: str) -> bool:
        """The long block was seen with other numbers on another page (see :class:`_Seen`)."""
        seen = self.blocks.get(self._path_print(block_text, path))
        return seen is not None and seen.varies

    def _seen_on(self, fingerprint: str) -> int:
        seen = self.blocks.get(fingerprint)
        return seen.page_count if seen else 0

    def share(self, block_text: str, path: str | None = None) -> float:
        """The share of pages this block was seen on (at ``path`` when given), of the pages
        the template's thresholds are taken of (at most ``fraction_window``)."""
        return self.count(block_text, path) / max(1, self._base)

    def count(self, block_text: str, path: str | None = None) -> int:
        """On how many distinct pages this block was seen (at ``path`` when given)."""
        fingerprint = (
            self._path_print(block_text, path)
            if path is not None
            else self._key_and_print(block_text)[1]
        )
        seen = self.blocks.get(fingerprint)
        return seen.page_count if seen else 0

    def is_boilerplate(self, block_text: str, path: str | None = None) -> str | None:
        """The reason ``block_text`` is template on this portal, or None when it is the page's own.

        With ``path`` (see :func:`path_signature`) a block counts where it stands; a short block
        also counts wherever it stands once it is on a large share of the pages.
        """
        if self.pages_seen < self.min_pages:
            return None
        threshold = self.threshold
        # Only whether it has more than short_words words: the split stops there.
        long_text = len(block_text.split(None, self.short_words)) > self.short_words
        if long_text:
            # A paragraph of running text repeated at one place is far more often the same
            # story reached twice (a near-duplicate, a syndicated copy) than template.
            threshold = max(5, threshold, math.ceil(self.long_fraction * self._base))
        if path is not None:
            anywhere = self.count(block_text)
            if anywhere < threshold:
                # A block at a path is counted on a page only with its text (observe() counts
                # both or neither, prune() drops the rarer first): never more often at one path
                # than anywhere, so it is template by neither count. Known without its path's
                # fingerprint, which for a page's own paragraphs is hashed for nothing
                # (measured: extracting a crawl bench article 0.02 ms faster).
                return None
            at_path = self.count(block_text, path)
            if at_path >= threshold:
                if (
                    long_text
                    and len(block_text) > _VARYING_CHARS
                    and self._varies(block_text, path)
                ):
                    return None
                return f"template: on {at_path} of {self.pages_seen} pages"
            if long_text:
                return None
            threshold = max(threshold, math.ceil(self.text_fraction * self._base))
        else:
            anywhere = self.count(block_text)
        if anywhere >= threshold:
            return f"template: on {anywhere} of {self.pages_seen} pages"
        return None


_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS template_blocks (
    portal TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    sample_text TEXT,
    page_count INTEGER NOT NULL,
    first_seen TEXT,
    last_seen TEXT,
    PRIMARY KEY (portal, fingerprint)
)""",
    """CREATE TABLE IF NOT EXISTS template_stats (
    portal TEXT PRIMARY KEY,
    pages_seen INTEGER NOT NULL,
    updated_at TEXT
)""",
    """CREATE TABLE IF NOT EXISTS template_pages (
    portal TEXT NOT NULL,
    page_key TEXT NOT NULL,
    PRIMARY KEY (portal, page_key)
)""",
)


def ensure_template_tables(conn: sqlite3.Connection) -> None:
    """Create the template tables if they are missing.

    Statement by statement, not ``executescript`` (which would first commit a transaction the
    caller has open, such as the crawler's batch of writes).
    """
    for statement in _SCHEMA:
        conn.execute(statement)


def load_template(conn: sqlite3.Connection, portal: str) -> PortalTemplate:
    """Load a portal's learned template (an empty one if none was saved).

    >>> conn = sqlite3.connect(":memory:")
    >>> load_template(conn, "lamgiang").pages_seen
    0
    """
    ensure_template_tables(conn)
    template = PortalTemplate()
    row = conn.execute(
        "SELECT pages_seen FROM template_stats WHERE portal = ?", (portal,)
    ).fetchone()
    if row is None:
        return template
    template.pages_seen = row[0]
    for fingerprint, sample, count, first, last in conn.execute(
        "SELECT fingerprint, sample_text, page_count, first_seen, last_seen"
        " FROM template_blocks WHERE portal = ?",
        (portal,),
    ):
        template.blocks[fingerprint] = _Seen(sample or "", count, first or "", last or "")
    template._page_keys = dict.fromkeys(
        key
        for (key,) in conn.execute(
            "SELECT page_key FROM template_pages WHERE portal = ? ORDER BY rowid", (portal,)
        )
    )
    return template


def save_template(conn: sqlite3.Connection, portal: str, template: PortalTemplate) -> None:
    """Save a portal's template (it replaces the saved one), writing only what differs.

    The saved rows are read and compared: blocks counted again or new are upserted, blocks the
    template forgot (pruned) deleted, page keys added or forgotten inserted or deleted; an
    unchanged block costs no write. All in one savepoint: its own transaction, committed here,
    or part of the transaction the caller has open (the crawler's batch of writes, see
    ``dtcrawl.storage.Archive``), committed with it.

    >>> conn = sqlite3.connect(":memory:")
    >>> template = PortalTemplate()
    >>> template.observe("<p>Tin một</p><div>Liên hệ</div>")
    True
    >>> save_template(conn, "lamgiang", template)
    >>> load_template(conn, "lamgiang").blocks == template.blocks
    True
    """
    # Measured at the end of a 500-article crawl (make bench-crawl): deleting and inserting
    # every row cost 0.78 s (5.8 s at 2,000 articles, each row its own transaction on an
    # autocommit connection); reading the saved rows to write the difference costs a few ms.
    ensure_template_tables(conn)
    now = datetime.now().astimezone().replace(microsecond=0).isoformat()
    saved_blocks = {
        fingerprint: (sample or "", count, first or "", last or "")
        for fingerprint, sample, count, first, last in conn.execute(
            "SELECT fingerprint, sample_text, page_count, first_seen, last_seen"
            " FROM template_blocks WHERE portal = ?",
            (portal,),
        )
    }
    changed_blocks = [
        (portal, fp, seen.sample, seen.page_count, seen.first_seen, seen.last_seen)
        for fp, seen in template.blocks.items()
        if saved_blocks.get(fp) != (seen.sample, seen.page_count, seen.first_seen, seen.last_seen)
    ]
    gone_blocks = [(portal, fp) for fp in saved_blocks if fp not in template.blocks]
    saved_keys = {
        key
        for (key,) in conn.execute(
            "SELECT page_key FROM template_pages WHERE portal = ?", (portal,)
        )
    }
    # New keys in the template's order: rowids keep the order load_template reads them in.
    new_keys = [(portal, key) for key in template._page_keys if key not in saved_keys]
    gone_keys = [(portal, key) for key in saved_keys if key not in template._page_keys]
    conn.execute("SAVEPOINT save_template")
    try:
        conn.executemany(
            "DELETE FROM template_blocks WHERE portal = ? AND fingerprint = ?", gone_blocks
        )
        conn.executemany(
            "INSERT INTO template_blocks"
            " (portal, fingerprint, sample_text, page_count, first_seen, last_seen)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (portal, fingerprint) DO UPDATE SET"
            " sample_text = excluded.sample_text, page_count = excluded.page_count,"
            " first_seen = excluded.first_seen, last_seen = excluded.last_seen",
            changed_blocks,
        )
        conn.execute(
            "INSERT OR REPLACE INTO template_stats (portal, pages_seen, updated_at)"
            " VALUES (?, ?, ?)",
            (portal, template.pages_seen, now),
        )
        conn.executemany("DELETE FROM template_pages WHERE portal = ? AND page_key = ?", gone_keys)
        conn.executemany("INSERT INTO template_pages (portal, page_key) VALUES (?, ?)", new_keys)
    except BaseException:
        conn.execute("ROLLBACK TO save_template")
        conn.execute("RELEASE save_template")
        raise
    conn.execute("RELEASE save_template")
