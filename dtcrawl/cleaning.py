"""Cleaning crawled pages: the per-page CPU work of a crawl, as plain functions over plain data.

For each article page a crawl parses the HTML, teaches the portal's template
(:mod:`dtcrawl.template`), extracts the article (:mod:`dtcrawl.extract`), resolves its
canonical URL, scores its relevance, finds its figures and legal references and fingerprints
its body for deduplication (:mod:`dtcrawl.dedup`). That is most of a crawl's CPU time, and none
of it needs the network or the archive, so it can run in a worker process beside the crawl
(``DTCRAWL_CLEANING_WORKERS``, see :mod:`dtcrawl.pipelines`) while the crawl process keeps
fetching, storing and writing WARC files.

Everything here takes and returns picklable data: the spider's items (dicts holding the page's
text, never an lxml tree), :class:`~dtcrawl.registry.Portal` and
:class:`~dtcrawl.template.PortalTemplate` (dataclasses) and :class:`CleanedPage` results.

:class:`PortalCleaner` holds one portal's state: its template, and the first article pages,
held back until the template has seen ``warmup`` pages (so that even the first crawl of a new
portal is cleaned with what its own pages have in common). In the worker process one cleaner
per portal id lives in a module-level table, reached by :func:`open_portal`,
:func:`observe_page`, :func:`take_article` and :func:`close_portal`; run inline, the crawl
calls a cleaner's methods directly. Either way the same code runs on the same sequence of
pages, so the two give the same articles.
"""

from __future__ import annotations

import dataclasses
import os
import threading
import traceback
from dataclasses import dataclass, field
from typing import Any

from dtcrawl import dedup
from dtcrawl.dates import listed_date
from dtcrawl.embedded import embedded_article_html, may_embed_article
from dtcrawl.extract import (
    EVENT_HINTS,
    EXTRACTOR_VERSION,
    ArticleContent,
    ParsedPage,
    extract_article,
    is_event_page,
    is_media_page,
    parse_page,
)
from dtcrawl.indicators import extract_indicators
from dtcrawl.layout import LayoutCounts, PortalLayout, extract_learning
from dtcrawl.relevance import score_relevance
from dtcrawl.template import PortalTemplate
from dtcrawl.text import is_foreign_language, says_not_found
from dtcrawl.urls import canonicalize_url, resolve_canonical

__all__ = [
    "ARTICLE_FIELDS",
    "CleanedPage",
    "PortalCleaner",
    "build_record",
    "clean_article",
    "close_portal",
    "is_static_page",
    "join_part",
    "legal_ref_row",
    "observe_page",
    "open_portal",
    "process_usage",
    "take_article",
    "worker_init",
]

#: The fields of a spider's article item that cleaning reads (what crosses to the worker).
ARTICLE_FIELDS = (
    "url",
    "requested_url",
    "redirects",
    "html",
    "fetched_at",
    "etag",
    "last_modified",
    "in_listing",
    "discovered_from",
    "listed_text",
    "capture",
    "parts",
    "canonical_refused",
)

LEGAL_REF_COLUMNS = ("raw", "number", "doc_type", "issuer", "year", "issued_on", "key")


def build_record(
    item: dict[str, Any],
    portal,
    template: PortalTemplate | None,
    layout: PortalLayout | None = None,
) -> tuple:
    """Clean and classify one article page; return ``(record, content, url_variants)``.

    ``record`` holds the ``articles`` columns; ``content`` is the
    :class:`dtcrawl.extract.ArticleContent` (for legal references and dropped
    lines); ``url_variants`` are the other addresses the page was reached by.
    ``item["parsed"]``, when present, is the page already parsed by
    :func:`dtcrawl.extract.parse_page`. With the portal's ``layout``
    (:class:`dtcrawl.layout.PortalLayout`) the page is extracted by
    :func:`dtcrawl.layout.extract_learning` (the same article, without trafilatura once the
    layout is learnt and verified), which needs the page's pages in crawl order.
    """
    page = item.get("parsed") or item["html"]
    if layout is not None:
        page = page if isinstance(page, ParsedPage) else parse_page(page)
        content = extract_learning(page, item["url"], template, layout)
    else:
        content = extract_article(page, item["url"], template)
    if not content.is_article():
        content = _embedded_article(item, page) or content
    for part in item.get("parts") or ():
        join_part(content, extract_article(part, item["url"], template))
    fetched_url = canonicalize_url(item["url"])
    url = fetched_url
    # The spider refuses a canonical link naming a listing page or a host it never reached.
    if content.canonical_url and not item.get("canonical_refused"):
        url = resolve_canonical(fetched_url, content.canonical_url, portal.allowed_domains)
    relevance = score_relevance(content.title or "", content.body)
    # "relevance: all" vouches for what the portal's start listings list; articles reached
    # through a whole-site feed or sitemap are judged by the classifier.
    relevant = (portal.relevance == "all" and item.get("in_listing", True)) or relevance.relevant
    variants = {item["url"], item.get("requested_url") or item["url"], fetched_url}
    variants.update(item.get("redirects") or [])
    variants.discard(url)
    record = {
        "url": url,
        "portal": portal.id,
        "province": portal.province,
        "title": content.title,
        # The listing's date when the page states none (htmldate's guess is a day at best).
        "published_at": (
            content.published_at
            if content.published_at and not content.date_guessed
            else listed_date(item.get("listed_text"), item.get("fetched_at"))
            or content.published_at
        ),
        "modified_at": content.modified_at,
        "author": content.author,
        "source": content.source,
        "captions": list(content.captions),
        "body": content.body,
        "relevant": 1 if relevant else 0,
        "relevance_score": round(relevance.score, 4),
        "relevance_terms": dict(relevance.terms),
        "fetched_at": item["fetched_at"],
        "etag": item.get("etag"),
        "last_modified": item.get("last_modified"),
        "extractor_version": EXTRACTOR_VERSION,
    }
    capture = item.get("capture") or {}
    if capture.get("capture_id") is not None:
        record["capture_id"] = capture["capture_id"]
    # The address the page was fetched at first: the archive's fallback for a canonical link
    # that names another stored page.
    return record, content, sorted(variants, key=lambda v: (canonicalize_url(v) != fetched_url, v))


def _embedded_article(item: dict[str, Any], page) -> ArticleContent | None:
    """A browser-rendered page's article, read from the data it carries
    (:func:`dtcrawl.embedded.embedded_article_html`), or None."""
    html = item.get("html") or ""
    if isinstance(html, bytes):
        html = html.decode("utf-8", "replace")
    if not may_embed_article(html):
        return None
    tree = page.tree if isinstance(page, ParsedPage) else parse_page(html).tree
    rendered = embedded_article_html(tree)
    if rendered is None:
        return None
    content = extract_article(rendered, item["url"])
    return content if content.is_article() else None


def join_part(content: ArticleContent, part: ArticleContent) -> None:
    """Add a further page of an article split over pages to ``content``: its paragraphs that
    the pages before did not show (the lead some CMSes repeat on every page is kept once), its
    captions, and the byline and source the last page often holds alone.

    >>> first = ArticleContent("Tin", "Sa pô.\\n\\nĐoạn một.")
    >>> join_part(first, ArticleContent("Tin", "Sa pô.\\n\\nĐoạn hai.", author="Thu Hà"))
    >>> first.body.split("\\n\\n"), first.author
    (['Sa pô.', 'Đoạn một.', 'Đoạn hai.'], 'Thu Hà')
    """
    seen = set(content.body.split("\n\n"))
    new = [p for p in part.body.split("\n\n") if p and p not in seen]
    if new:
        content.body = "\n\n".join([content.body, *new]) if content.body else "\n\n".join(new)
    content.captions.extend(c for c in part.captions if c not in content.captions)
    content.author = content.author or part.author
    content.source = content.source or part.source
    content.legal_refs.extend(r for r in part.legal_refs if r not in content.legal_refs)


def is_static_page(record: dict[str, Any], item: dict[str, Any]) -> bool:
    """A page of text with no date, reached outside any listing: the portal's own page.

    "Giới thiệu chung", "Chức năng nhiệm vụ", "Sơ đồ cổng": linked from a menu or a box of
    the home page, or listed by a sitemap, such a page has text enough for an article but no
    publication date, and no listing lists it. A news article states its date; one whose date
    the cleaner missed is still kept when a listing of the portal lists it (``in_listing``),
    when it is a start URL or a feed's item.

    >>> page = {"in_listing": False, "discovered_from": "http://t.vn/"}
    >>> is_static_page({"published_at": None}, page)
    True
    >>> is_static_page({"published_at": "2025-03-01T08:00:00+07:00"}, page)
    False
    >>> is_static_page({"published_at": None}, {**page, "discovered_from": "feed"})
    False
    """
    return (
        record.get("published_at") is None
        and not item.get("in_listing", True)
        and item.get("discovered_from") not in ("start", "feed")
    )


def _is_event(item: dict[str, Any]) -> bool:
    """The page is one event's (:func:`~dtcrawl.extract.is_event_page`), its HTML tested first."""
    html = item.get("html") or ""
    if isinstance(html, bytes):
        html = html.decode("utf-8", "replace")
    if not any(hint in html for hint in EVENT_HINTS):
        return False
    parsed = item.get("parsed") or parse_page(html)
    return is_event_page(parsed.tree, item["url"])


def legal_ref_row(ref: Any) -> dict[str, Any]:
    """A legal reference as the ``legal_refs`` row the archive stores."""
    data = dataclasses.asdict(ref) if dataclasses.is_dataclass(ref) else dict(ref)
    return {name: data.get(name) for name in LEGAL_REF_COLUMNS}


@dataclass
class CleanedPage:
    """What cleaning made of one article page: plain data, ready for ``Archive.save_article``.

    ``outcome`` is ``"article"`` (``record`` and the rows are set), ``"listing"`` (a listing
    reached as an article candidate: nothing to store), ``"static"`` (the portal's own page,
    not news: see :func:`is_static_page`), ``"foreign"`` (a page in another language:
    :func:`~dtcrawl.text.is_foreign_language`), ``"gone"`` (a page that says the article is not
    there: :func:`~dtcrawl.text.says_not_found`), ``"event"`` (one event's page, a calendar
    entry: :func:`~dtcrawl.extract.is_event_page`), ``"media"`` (a video, gallery or
    infographic page with no article text: :func:`~dtcrawl.extract.is_media_page`),
    ``"not_article"`` (no article text) or ``"failed"`` (the cleaner raised: ``error`` is the
    reason recorded in ``fetch_errors``, ``details`` the traceback for the log).
    """

    seq: int
    url: str
    outcome: str
    record: dict[str, Any] | None = None
    url_variants: list[str] = field(default_factory=list)
    legal_refs: list[dict[str, Any]] = field(default_factory=list)
    indicators: list[dict[str, Any]] = field(default_factory=list)
    fingerprint: dedup.Fingerprint | None = None
    dropped: int = 0
    error: str | None = None
    details: str | None = None
    # The page states no date of its own (the listing's date, htmldate's guess or none): a
    # listing read later may still give it (the crawl's pipeline looks when it stores it).
    date_guessed: bool = False


def _failed(seq: int, url: str, exc: BaseException) -> CleanedPage:
    return CleanedPage(
        seq,
        url,
        "failed",
        error=f"extraction failed: {type(exc).__name__}: {exc}",
        details=traceback.format_exc(),
    )


def clean_article(
    item: dict[str, Any],
    portal,
    template: PortalTemplate | None,
    seq: int = 0,
    layout: PortalLayout | None = None,
) -> CleanedPage:
    """Clean one article page (see :func:`build_record`) into a :class:`CleanedPage`.

    Also finds the body's figures and legal references and its dedup fingerprint. Never
    raises: a page the cleaner cannot read comes back with ``outcome == "failed"``.

    >>> from dtcrawl.registry import Portal
    >>> portal = Portal(id="lamgiang", name="Lam Giang", province="Lam Giang",
    ...                 start_urls=("http://lamgiang.example/",))
    >>> page = clean_article({"url": "http://lamgiang.example/tin/1", "html": None}, portal, None)
    >>> page.outcome, page.error.startswith("extraction failed: ")
    ('failed', True)
    """
    try:
        record, content, variants = build_record(item, portal, template, layout)
        if is_foreign_language(f"{content.title or ''}\n{content.body}"):
            # The portal's English site for investors, say: not Vietnamese news.
            return CleanedPage(seq, item["url"], "foreign")
        if not content.is_article():
            if content.listing_like:
                return CleanedPage(seq, item["url"], "listing")
            parsed = item.get("parsed") or parse_page(item["html"])
            if says_not_found([content.title or "", *(block.text for block in parsed.blocks)]):
                # A deleted story's address answered with 200 and "Bài viết không tồn tại".
                return CleanedPage(seq, item["url"], "gone")
            if is_media_page(parsed.tree, content.title):
                # A video, a photo gallery, an infographic: no news text, and nothing broken.
                return CleanedPage(seq, item["url"], "media")
            if not content.is_short_notice():
                return CleanedPage(seq, item["url"], "not_article")
        if is_static_page(record, item):
            return CleanedPage(seq, item["url"], "static")
        if _is_event(item):
            return CleanedPage(seq, item["url"], "event")
        return CleanedPage(
            seq,
            item["url"],
            "article",
            record=record,
            url_variants=variants,
            legal_refs=[legal_ref_row(ref) for ref in content.legal_refs],
            indicators=[figure.as_row() for figure in extract_indicators(record["body"])],
            fingerprint=dedup.fingerprint(record["body"]),
            dropped=len(content.dropped),
            date_guessed=content.date_guessed or content.published_at is None,
        )
    except Exception as exc:  # a page the cleaner cannot read must not stop the run
        return _failed(seq, item.get("url", ""), exc)


class PortalCleaner:
    """One portal's template and held-back article pages; turns pages into cleaned articles.

    Feed it every page of the portal in the order the crawl fetched them: :meth:`page` for a
    listing, :meth:`article` for an article candidate, :meth:`finish` at the end. Each returns
    the articles it cleaned (none while pages are held back for the template's warm-up).
    Its :class:`~dtcrawl.layout.PortalLayout` learns where the portal's article text lives
    and then extracts without trafilatura (:attr:`extraction_counts` says how many pages went
    which way).
    """

    def __init__(
        self, portal, template: PortalTemplate, warmup: int, *, learn_layout: bool = True
    ) -> None:
        self.portal = portal
        self.template = template
        self.warmup = warmup
        self.held: list[tuple[int, dict[str, Any], ParsedPage]] = []
        # learn_layout=False: every page the slow way (trafilatura), as extract_article does.
        self.layout = PortalLayout() if learn_layout else None

    def page(self, html: str, url: str) -> list[CleanedPage]:
        """Teach the template a listing page; release the held articles once warmed up."""
        self.template.observe(html, url)
        if self.held and self.template.pages_seen >= self.warmup:
            return self.release()
        return []

    def article(self, seq: int, item: dict[str, Any]) -> list[CleanedPage]:
        """Take an article page (parsed once: for the template now, for the cleaner later)."""
        try:
            parsed = parse_page(item["html"])
            self.template.observe(parsed.tree, item["url"], parsed.blocks)
        except Exception as exc:  # unreadable even as HTML: recorded, the run goes on
            return [_failed(seq, item.get("url", ""), exc)]
        self.held.append((seq, item, parsed))
        if self.template.pages_seen >= self.warmup:
            return self.release()
        return []

    def release(self) -> list[CleanedPage]:
        """Clean every held article page, in the order they came."""
        held, self.held = self.held, []
        return [
            clean_article({**item, "parsed": parsed}, self.portal, self.template, seq, self.layout)
            for seq, item, parsed in held
        ]

    def finish(self) -> list[CleanedPage]:
        """The end of the portal's crawl: clean what is still held back."""
        return self.release()

    @property
    def extraction_counts(self) -> dict[str, int]:
        """Article pages extracted so far: ``extract_fast`` (the learnt layout, no
        trafilatura), ``extract_slow`` (trafilatura), of which ``extract_checked`` (both ways,
        compared) and ``extract_disagreed`` (the two differed)."""
        return (self.layout.counts if self.layout else LayoutCounts()).as_dict()


# --- the worker process's side: one cleaner per portal id ----------------------------------

_CLEANERS: dict[str, PortalCleaner] = {}


def worker_init() -> None:
    """Initialise a cleaning worker process (``ProcessPoolExecutor(initializer=...)``).

    Ctrl-C is the crawl's to handle (Scrapy closes the spiders, which drain the worker), and
    a worker whose crawl process is gone (killed) exits instead of waiting forever.
    """
    import multiprocessing
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:

        def exit_with_parent() -> None:
            parent.join()  # returns when the crawl process has ended, however it ended
            os._exit(1)

        threading.Thread(target=exit_with_parent, name="parent-watch", daemon=True).start()


def open_portal(portal, template: PortalTemplate, warmup: int) -> int:
    """Start cleaning ``portal``'s pages with its saved ``template``; return the worker's pid."""
    _CLEANERS[portal.id] = PortalCleaner(portal, template, warmup)
    return os.getpid()


def observe_page(portal_id: str, html: str, url: str) -> list[CleanedPage]:
    """:meth:`PortalCleaner.page` of the portal's cleaner in this process."""
    return _CLEANERS[portal_id].page(html, url)


def take_article(portal_id: str, seq: int, item: dict[str, Any]) -> list[CleanedPage]:
    """:meth:`PortalCleaner.article` of the portal's cleaner in this process."""
    return _CLEANERS[portal_id].article(seq, item)


def close_portal(portal_id: str) -> tuple[list[CleanedPage], PortalTemplate, dict[str, float]]:
    """Finish the portal: its last cleaned articles, its template (to save) and
    :func:`process_usage` of this process so far plus the portal's
    :attr:`PortalCleaner.extraction_counts`; the portal's state is dropped."""
    cleaner = _CLEANERS.pop(portal_id)
    pages = cleaner.finish()
    return pages, cleaner.template, {**process_usage(), **cleaner.extraction_counts}


def process_usage() -> dict[str, float]:
    """CPU seconds and peak resident memory (MiB) this process has used so far.

    >>> sorted(process_usage())
    ['cpu_seconds', 'max_rss_mib']
    """
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
        "max_rss_mib": round(usage.ru_maxrss / 1024, 1),  # Linux: KiB
    }
