"""Scrapy item pipeline: a thin adapter from crawled pages to the archive.

The spider hands over every page it fetched as a dict with a ``kind``:

- ``page``: a listing page; only teaches the portal's template;
- ``article``: a candidate article page; cleaned (:mod:`dtcrawl.extract`) with the
  portal's learned template, classified (:mod:`dtcrawl.relevance`) and stored
  (:mod:`dtcrawl.storage`), which also deduplicates;
- ``not_modified``: a conditional GET answered 304; the article is marked checked;
- ``error``: a page that failed; recorded in ``fetch_errors`` with its reason.

The first article pages of a portal are held back until the template has seen
``DTCRAWL_TEMPLATE_WARMUP`` pages, so that even a first crawl of a new portal is
cleaned with what its own pages have in common. Held-back pages are not lost if
the process dies: they are simply not stored yet, and the next run fetches them.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from typing import Any

from scrapy import signals

from dtcrawl.extract import EXTRACTOR_VERSION, extract_article, parse_page
from dtcrawl.indicators import extract_indicators
from dtcrawl.relevance import score_relevance
from dtcrawl.storage import Archive
from dtcrawl.template import PortalTemplate, load_template, save_template
from dtcrawl.trace import Trace
from dtcrawl.urls import canonicalize_url, resolve_canonical

logger = logging.getLogger(__name__)

STAT_PREFIX = "dtcrawl/"


def build_record(item: dict[str, Any], portal, template: PortalTemplate | None) -> tuple:
    """Clean and classify one article page; return ``(record, content, url_variants)``.

    ``record`` holds the ``articles`` columns; ``content`` is the
    :class:`dtcrawl.extract.ArticleContent` (for legal references and dropped
    lines); ``url_variants`` are the other addresses the page was reached by.
    """
    content = extract_article(item.get("parsed") or item["html"], item["url"], template)
    fetched_url = canonicalize_url(item["url"])
    url = fetched_url
    if content.canonical_url:
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
        "published_at": content.published_at,
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
    return record, content, sorted(variants)


LEGAL_REF_COLUMNS = ("raw", "number", "doc_type", "issuer", "year", "issued_on", "key")


def legal_ref_row(ref: Any) -> dict[str, Any]:
    """A legal reference as the ``legal_refs`` row the archive stores."""
    data = dataclasses.asdict(ref) if dataclasses.is_dataclass(ref) else dict(ref)
    return {name: data.get(name) for name in LEGAL_REF_COLUMNS}


class ArchivePipeline:
    """Store crawled articles of one portal's spider in the SQLite archive."""

    def __init__(self, db_path: str, run_id: int | None, warmup: int, stats) -> None:
        self.db_path = db_path
        self.run_id = run_id
        self.owns_run = run_id is None
        self.warmup = warmup
        self.stats = stats
        self.counts: Counter[str] = Counter()
        self.held: list[dict[str, Any]] = []

    @classmethod
    def from_crawler(cls, crawler) -> ArchivePipeline:
        settings = crawler.settings
        run_id = settings.get("DTCRAWL_RUN_ID")
        pipeline = cls(
            db_path=settings.get("DTCRAWL_DB"),
            run_id=int(run_id) if run_id not in (None, "") else None,
            warmup=settings.getint("DTCRAWL_TEMPLATE_WARMUP", 8),
            stats=crawler.stats,
        )
        pipeline.trace = Trace(settings.get("DTCRAWL_TRACE"))
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self, spider) -> None:
        self.portal = spider.portal
        self.archive = Archive(self.db_path)
        if self.owns_run:
            self.run_id = self.archive.start_run([self.portal.id])
        self.template = load_template(self.archive.conn, self.portal.id)

    def process_item(self, item: dict[str, Any], spider) -> dict[str, Any]:
        kind = item.get("kind")
        self._count("pages_fetched" if kind in ("page", "article", "not_modified") else kind)
        if kind == "page":
            self.template.observe(item["html"], item["url"])
            if self.held and self.template.pages_seen >= self.warmup:
                self._release()
        elif kind == "article":
            # Parsed once, for the template now and for the cleaner when released.
            parsed = item["parsed"] = parse_page(item["html"])
            self.template.observe(parsed.tree, item["url"], parsed.blocks)
            self.held.append(item)
            if self.template.pages_seen >= self.warmup:
                self._release()
        elif kind == "not_modified":
            self.archive.touch_checked(item["url"], None)
            self._count("unchanged")
        elif kind == "error":
            self.archive.record_fetch_error(
                self.run_id, item["portal"], item["url"], item["reason"], item.get("status")
            )
        return {"kind": kind, "url": item.get("url")}

    def _release(self) -> None:
        held, self.held = self.held, []
        for item in held:
            self._store(item)

    def _store(self, item: dict[str, Any]) -> None:
        try:
            record, content, variants = build_record(item, self.portal, self.template)
        except Exception as exc:  # a page the cleaner cannot read must not stop the run
            logger.exception("extraction failed for %s", item["url"])
            self._error(item["url"], f"extraction failed: {type(exc).__name__}: {exc}")
            self._count("extraction_failures")
            return
        if not content.is_article() and content.listing_like:
            # A listing reached as an article candidate (a sitemap or a section link): it
            # taught the template; nothing to store and nothing wrong.
            self._count("listings")
            self.trace.write("listing_candidate", url=item["url"])
            return
        if not content.is_article():
            self._error(item["url"], "no article text found (empty or broken page)")
            self.trace.write("not_article", url=item["url"])
            self._count("extraction_failures")
            return
        try:
            result = self.archive.save_article(
                record,
                url_variants=variants,
                legal_refs=[legal_ref_row(ref) for ref in content.legal_refs],
                indicators=[figure.as_row() for figure in extract_indicators(record["body"])],
            )
        except Exception as exc:  # one bad record must not stop the run; it is retried next run
            logger.exception("could not store %s", item["url"])
            self._error(item["url"], f"not stored: {type(exc).__name__}: {exc}")
            return
        self._count(result.action)
        self.trace.write(
            "stored",
            url=record["url"],
            action=result.action,
            dropped=len(content.dropped),
            title=record["title"],
        )
        if result.action == "new" and record["relevant"]:
            self._count("new_relevant")

    def _error(self, url: str, reason: str) -> None:
        self.archive.record_fetch_error(self.run_id, self.portal.id, url, reason, None)
        self._count("errors")

    def _count(self, key: str | None) -> None:
        if not key:
            return
        if key == "error":
            key = "errors"
        self.counts[key] += 1
        self.stats.inc_value(STAT_PREFIX + key)

    def close_spider(self, spider) -> None:
        self._release()
        save_template(self.archive.conn, self.portal.id, self.template)

    def spider_closed(self, spider, reason: str) -> None:
        """Close the run this pipeline opened (a standalone ``scrapy crawl``), then the archive."""
        if self.owns_run:
            status = "completed" if reason == "finished" else f"interrupted: {reason}"
            self.archive.finish_run(self.run_id, status, {self.portal.id: dict(self.counts)})
        self.archive.close()
        self.trace.close()
