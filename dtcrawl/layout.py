"""A portal's article layout, learnt from its own pages: extracting without trafilatura.

trafilatura is the largest single cost of cleaning an article (its ``bare_extraction`` and the
copy of the tree it gets measured at ~6 of ~24 s of a crawl's cleaning CPU), yet the cleaner
(:mod:`dtcrawl.extract`) only uses it to know *which of the page's blocks are the main text*
(:func:`~dtcrawl.extract.trafilatura_matched`); everything else is
:func:`~dtcrawl.extract.extract_with_matched`, a function of those blocks. A portal builds
all its articles with one template, so where trafilatura finds the text is a property of the
template: every block of a page has a coarse DOM path (:attr:`dtcrawl.template.Block.path`:
tag#id / tag.class of the block and its nearest ancestors), and on one portal trafilatura
keeps the blocks at some paths (the article body's paragraphs) and drops those at others
(menus, sidebars, footers).

:class:`PortalLayout` learns that from the pages cleaned the slow way (trafilatura), path by
path: a path is *kept* when trafilatura kept every block seen there, *dropped* when it kept
none; a path where it did both (its choice depends on the text, not the place) is *mixed*.
The prediction for a page is the blocks at kept paths; it is only made when every block of
the page stands at a path already learnt and not mixed (a page with anything new, such as a
print view or an article built differently, goes the slow way and teaches its paths), and when
the predicted text is at least as long as on the shortest page the prediction was verified on
(trafilatura falls back on other algorithms for short texts: see ``_MIN_CHARS``).

Self-verification (:func:`extract_learning`): until :data:`AGREEING_PAGES` pages in a row
were cleaned both ways with the same :class:`~dtcrawl.extract.ArticleContent`, every page
goes the slow way; after that, pages the layout can predict go the fast way, except every
:data:`RECHECK_EVERY`-th, which is cleaned both ways (the slow result is kept). A disagreement
there turns the fast way off for the rest of the run. A page where both ways give the same
blocks gives the same article by construction; when the blocks differ, both articles are built
and compared field by field.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dtcrawl.extract import (
    ArticleContent,
    ParsedPage,
    extract_with_matched,
    trafilatura_matched,
)
from dtcrawl.template import Block, PortalTemplate

__all__ = [
    "AGREEING_PAGES",
    "RECHECK_EVERY",
    "LayoutCounts",
    "PortalLayout",
    "extract_learning",
    "same_article",
]

# K and M, chosen by measurement (a driver running both ways on every page: the five demo
# portals and ``faulty`` in three page orders each, all their pages plus the extraction
# fixtures fed to one layout as if one portal, in four orders, and the bench's synthetic
# portal of 1,000 and 3,000 articles). Even at K=1, M=2 no page taken the fast way gave a
# different article and no check disagreed: the safety comes from predicting only pages made
# of known, unmixed paths. K and M are then set for what they cost: a slow page pays
# trafilatura (~5 ms), so K=10 costs ~50 ms per portal and run, and re-checking one page in
# 20 keeps 95 % of the saving (bench: 932 of 1,000 pages fast) while a template change is
# still caught within 20 pages; 10 agreeing pages in a row are a margin over the 1-3 that
# sufficed, and small incremental runs (a few new articles) simply stay on trafilatura.
AGREEING_PAGES = 10
RECHECK_EVERY = 20
# trafilatura compares its own extraction with readability's and justext's when the text is
# short (below 2-4x its min_extracted_size of 250 characters, or half the other's length):
# the choice, and so the blocks it keeps, depends on the text, not on the layout. Pages whose
# predicted text is shorter than this go the slow way whatever the layout says.
_MIN_CHARS = 1000


def _key(block: Block) -> str:
    """A block's place as the layout knows it: its DOM path, and whether it is mostly link
    text (trafilatura's link-density tests drop such a line wherever it stands, so a line of
    links in an article's body is not the body's kind of line)."""
    return block.path + "|a" if block.link_density >= 0.5 else block.path


@dataclass
class LayoutCounts:
    """How a portal's article pages were extracted: ``fast`` (layout only), ``slow``
    (trafilatura), of which ``checked`` (both ways compared), of which ``disagreed``."""

    fast: int = 0
    slow: int = 0
    checked: int = 0
    disagreed: int = 0

    def as_dict(self, prefix: str = "extract_") -> dict[str, int]:
        """The counts as a flat dict for crawl stats.

        >>> LayoutCounts(fast=3, slow=2).as_dict()
        {'extract_fast': 3, 'extract_slow': 2, 'extract_checked': 0, 'extract_disagreed': 0}
        """
        return {
            f"{prefix}fast": self.fast,
            f"{prefix}slow": self.slow,
            f"{prefix}checked": self.checked,
            f"{prefix}disagreed": self.disagreed,
        }


@dataclass
class PortalLayout:
    """Which block paths trafilatura keeps on one portal's pages, and how far that is trusted.

    >>> layout = PortalLayout()
    >>> layout.ready, layout.counts.fast
    (False, 0)
    """

    agreeing_pages: int = AGREEING_PAGES
    recheck_every: int = RECHECK_EVERY
    min_chars: int = _MIN_CHARS
    kept: set[str] = field(default_factory=set)  # paths where trafilatura kept a block
    dropped: set[str] = field(default_factory=set)  # paths where it dropped one
    agreed: int = 0  # checks agreeing in a row (while learning)
    shortest: int | None = None  # fewest predicted characters on an agreeing page
    off: bool = False  # a check disagreed after the fast way was on: slow for the rest
    due: int = 0  # fast-way pages since the last check
    counts: LayoutCounts = field(default_factory=LayoutCounts)

    @property
    def ready(self) -> bool:
        """The fast way is on: enough agreeing pages, and none disagreed since."""
        return not self.off and self.agreed >= self.agreeing_pages

    def learn(self, blocks: list[Block], matched: list[int]) -> None:
        """Record where trafilatura's ``matched`` blocks stand on a page cleaned the slow way."""
        chosen = set(matched)
        for block in blocks:
            (self.kept if block.index in chosen else self.dropped).add(_key(block))

    def predict(self, blocks: list[Block]) -> list[int] | None:
        """The blocks trafilatura would keep, or None when the page is not one the layout
        knows: a block at a new or mixed path, or no block kept.

        >>> from dtcrawl.extract import parse_page
        >>> page = parse_page("<div id='menu'>Trang chủ</div><div id='body'><p>Một.</p></div>")
        >>> layout = PortalLayout(min_chars=0)
        >>> layout.predict(page.blocks) is None
        True
        >>> layout.learn(page.blocks, [1])
        >>> layout.predict(page.blocks)
        [1]
        """
        kept, dropped = self.kept, self.dropped
        chosen: list[int] = []
        for block in blocks:
            path = _key(block)
            if path in kept:
                if path in dropped:
                    return None  # trafilatura's choice here depends on the text
                chosen.append(block.index)
            elif path not in dropped:
                return None  # never seen: this page is not built like the learnt ones
        return chosen or None

    @property
    def floor(self) -> int:
        """The fewest characters of predicted text for the fast way: no fewer than on the
        shortest page the prediction was verified on, nor than ``min_chars``."""
        return max(self.min_chars, self.shortest or 0)

    def checked(self, agree: bool, chars: int) -> None:
        """Count a page cleaned both ways; ``chars``: the predicted text's length."""
        self.counts.checked += 1
        if agree:
            if not self.ready:
                self.agreed += 1
            self.shortest = chars if self.shortest is None else min(self.shortest, chars)
            return
        self.counts.disagreed += 1
        if self.ready:
            self.off = True
        else:
            self.agreed = 0


def same_article(a: ArticleContent, b: ArticleContent) -> bool:
    """True when two extractions of a page would store the same article.

    Compared: title, body, dates, author, source, captions, canonical URL, legal references,
    the listing flag and :meth:`~dtcrawl.extract.ArticleContent.is_article` (not the dropped
    lines, which are only diagnostics).

    >>> same_article(ArticleContent("Tin", "Một."), ArticleContent("Tin", "Một."))
    True
    >>> same_article(ArticleContent("Tin", "Một."), ArticleContent("Tin", "Hai."))
    False
    """
    return (
        a.title == b.title
        and a.body == b.body
        and a.published_at == b.published_at
        and a.modified_at == b.modified_at
        and a.author == b.author
        and a.source == b.source
        and a.captions == b.captions
        and a.canonical_url == b.canonical_url
        and a.legal_refs == b.legal_refs
        and a.listing_like == b.listing_like
        and a.is_article() == b.is_article()
    )


def _chars(blocks: list[Block], indices: list[int]) -> int:
    return sum(len(blocks[i].text) for i in indices)


def extract_learning(
    page: ParsedPage, url: str, template: PortalTemplate | None, layout: PortalLayout
) -> ArticleContent:
    """:func:`dtcrawl.extract.extract_article` of a parsed page, the fast way when ``layout``
    is trusted and knows the page, else the slow way (which teaches and checks ``layout``).

    The article is always the one the slow way gives on every page that was checked; call
    it with the portal's pages in crawl order (the learning depends on that order).
    """
    blocks = page.blocks
    predicted = layout.predict(blocks)
    chars = _chars(blocks, predicted) if predicted is not None else 0
    if predicted is not None and layout.ready and chars >= layout.floor:
        if layout.due + 1 < layout.recheck_every:
            layout.due += 1
            layout.counts.fast += 1
            return extract_with_matched(page, url, template, predicted)
        layout.due = 0  # this one is checked
    matched = trafilatura_matched(page, url)
    content = extract_with_matched(page, url, template, matched)
    layout.counts.slow += 1
    if predicted is not None and not layout.off:
        agree = predicted == matched or same_article(
            extract_with_matched(page, url, template, predicted), content
        )
        layout.checked(agree, chars)
    layout.learn(blocks, matched)
    return content
