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

Cleaning (:mod:`dtcrawl.cleaning`: template, extraction, relevance, figures, dedup
fingerprint) runs in one worker process shared by every spider of the crawl when
``DTCRAWL_CLEANING_WORKERS`` is 1: ``process_item`` then returns a Deferred that fires once
the worker's results for the page are stored, and Scrapy goes on fetching meanwhile. The
worker takes the tasks in the order they were sent (one process, one queue; what the spiders
hand over while it is busy goes in one message), so it sees each portal's pages in the same
order as an inline run would. With the setting at 0 the same
functions run inline, in the crawl process. If the worker dies, the crawl logs it once and
cleans inline for the rest of the run: the pages the worker had not finished are cleaned
again in the crawl process, none is lost.

Writes to the archive are grouped (:class:`dtcrawl.storage.Archive` group commit): every
spider of the process and the WARC writer share one archive connection
(:func:`dtcrawl.storage.open_shared`) whose writes are committed together every
``DTCRAWL_COMMIT_EVERY`` writes or ``DTCRAWL_COMMIT_SECONDS`` seconds, and when a spider opens
and closes. A crawl killed between two commits loses the pages stored since the last one: they
are not in the archive, so the next run fetches them again, as it does the held-back pages.
"""

from __future__ import annotations

import logging
import multiprocessing
import traceback
from collections import Counter
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, NamedTuple

from dtcrawl.dates import listed_date
from dtcrawl.storage import (
    EVENT_PAGE,
    FOREIGN_PAGE,
    GONE,
    MEDIA_PAGE,
    NO_TEXT,
    STATIC_PAGE,
    open_shared,
)
from dtcrawl.template import load_template, save_template
from dtcrawl.trace import Trace
from dtcrawl.urls import url_key

if TYPE_CHECKING:
    from dtcrawl import dedup
    from dtcrawl.cleaning import PortalCleaner, build_record, legal_ref_row  # noqa: F401

__all__ = ["ArchivePipeline", "build_record", "legal_ref_row"]  # the last two: old home


def __getattr__(name: str) -> Any:
    # build_record and legal_ref_row live in dtcrawl.cleaning, imported only when asked for.
    if name in ("build_record", "legal_ref_row"):
        from dtcrawl import cleaning

        return getattr(cleaning, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


logger = logging.getLogger(__name__)

STAT_PREFIX = "dtcrawl/"


#: Calls sent to the worker in one message at most (see :class:`_SharedWorker`).
BATCH_MAX = 16
#: Batches sent and not answered yet: one being cleaned and one waiting in the pipe, so that
#: the worker never waits for the crawl process, while later calls gather into the next batch.
BATCHES_IN_FLIGHT = 2


# The crawl process does not import dtcrawl.cleaning (trafilatura, htmldate, the extractor and
# the analyses: 0.09 s of the crawl process's CPU at start, measured after everything else a
# crawl imports) unless it cleans inline: the worker is sent the functions below, which import
# it there, and answers with CleanedPage's fields as a Cleaned (unpickling a CleanedPage
# would import its module in the crawl process).


#: Cleaning outcomes that are pages of the portal not stored, and nothing broken: their stat
#: and the reason recorded in fetch_errors (such a page waits for its re-check: storage.pages_left).
_NOT_STORED = {
    "static": ("static_pages", STATIC_PAGE),
    "foreign": ("foreign_pages", FOREIGN_PAGE),
    "event": ("event_pages", EVENT_PAGE),
    "media": ("media_pages", MEDIA_PAGE),
    "gone": ("gone_pages", GONE),
}


class Cleaned(NamedTuple):
    """A :class:`dtcrawl.cleaning.CleanedPage` as the worker sends it back (same fields)."""

    seq: int
    url: str
    outcome: str
    record: dict[str, Any] | None
    url_variants: list[str]
    legal_refs: list[dict[str, Any]]
    indicators: list[dict[str, Any]]
    fingerprint: dedup.Fingerprint | None
    dropped: int
    error: str | None
    details: str | None
    date_guessed: bool


def _plain(pages: list) -> list[Cleaned]:
    return [Cleaned(*[getattr(page, name) for name in Cleaned._fields]) for page in pages]


def _worker_init() -> None:
    from dtcrawl import cleaning

    cleaning.worker_init()


def _open_portal(portal, template, warmup: int) -> int:
    from dtcrawl import cleaning

    return cleaning.open_portal(portal, template, warmup)


def _observe_page(portal_id: str, html: str, url: str) -> list[Cleaned]:
    from dtcrawl import cleaning

    return _plain(cleaning.observe_page(portal_id, html, url))


def _take_article(portal_id: str, seq: int, item: dict[str, Any]) -> list[Cleaned]:
    from dtcrawl import cleaning

    return _plain(cleaning.take_article(portal_id, seq, _article_fields(item)))


def _close_portal(portal_id: str) -> tuple[list[Cleaned], Any, dict[str, float]]:
    from dtcrawl import cleaning

    pages, template, usage = cleaning.close_portal(portal_id)
    return _plain(pages), template, usage


def _article_fields(item: dict[str, Any]) -> dict[str, Any]:
    """The fields of a spider's article item that the cleaner takes."""
    from dtcrawl.cleaning import ARTICLE_FIELDS

    return {name: item[name] for name in ARTICLE_FIELDS if name in item}


def _cleaner(portal, template, warmup: int) -> PortalCleaner:
    from dtcrawl.cleaning import PortalCleaner

    return PortalCleaner(portal, template, warmup)


def run_batch(calls: list[tuple[Any, tuple]]) -> list[tuple[bool, Any]]:
    """Run ``(function, args)`` calls in order (in the worker): ``(True, result)`` for each call
    that returned, ``(False, exception)`` for each that raised (its traceback as a note).

    >>> run_batch([(len, ("abc",)), (int, ("x",))])[0]
    (True, 3)
    """
    answers: list[tuple[bool, Any]] = []
    for function, args in calls:
        try:
            answers.append((True, function(*args)))
        except Exception as exc:
            exc.add_note("in the cleaning worker:\n" + traceback.format_exc())
            answers.append((False, exc))
    return answers


class _SharedWorker:
    """The one cleaning worker process of this crawl process, shared by all its spiders.

    Calls reach it in batches (:func:`run_batch`), in the order they were made: what the
    spiders hand over while the worker is busy goes in one message, at most
    :data:`BATCH_MAX` calls, with at most :data:`BATCHES_IN_FLIGHT` batches unanswered. A call
    per message cost the crawl process 0.34 ms a page in the executor's threads (pickling,
    pipe wake-ups, result reading, a reactor wake-up per answer), batches of 4 to 8 about
    0.17 ms (measured with 13 KB pages and their cleaned results).
    """

    def __init__(self) -> None:
        self.executor: ProcessPoolExecutor | None = None
        self.users = 0
        self.loss_logged = False
        self._queued: list[tuple[Any, tuple, Any]] = []  # (function, args, Deferred)
        self._in_flight = 0
        self._send_scheduled = False
        self._broken: BaseException | None = None

    def acquire(self) -> ProcessPoolExecutor:
        if self.executor is None:
            self._broken = None
            # "spawn": the crawl process has threads (the reactor's thread pool, the
            # executor's own), which fork does not copy safely, and open SQLite connections;
            # a spawned worker starts clean and imports only what cleaning needs.
            self.executor = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_worker_init,
            )
        self.users += 1
        return self.executor

    def release(self) -> None:
        self.users -= 1
        if self.users <= 0 and self.executor is not None:
            queued, self._queued = self._queued, []
            self._fail(queued, BrokenProcessPool("the cleaning worker was shut down"))
            self.executor.shutdown(wait=True)
            self.executor = None
            self.users = 0

    def call(self, function, *args):
        """Queue ``function(*args)`` for the worker, after every call queued before it.

        Returns a Deferred that fires in the reactor's thread with the call's result, or fails
        with its exception (:class:`BrokenProcessPool`: the worker is lost). Raises
        :class:`BrokenProcessPool` at once when the worker is known to be lost.
        """
        from twisted.internet import defer

        if self.executor is None:
            raise BrokenProcessPool("no cleaning worker")
        if self._broken is not None:
            raise BrokenProcessPool(f"the cleaning worker is lost ({self._broken})")
        deferred = defer.Deferred()
        self._queued.append((function, args, deferred))
        self._schedule()
        return deferred

    def _schedule(self) -> None:
        """Send what is queued at the reactor's next turn, if the worker can take a batch."""
        if self._queued and not self._send_scheduled and self._in_flight < BATCHES_IN_FLIGHT:
            from twisted.internet import reactor

            self._send_scheduled = True
            reactor.callLater(0, self._send)

    def _send(self) -> None:
        from twisted.internet import reactor

        self._send_scheduled = False
        while self._queued and self._in_flight < BATCHES_IN_FLIGHT:
            batch, self._queued = self._queued[:BATCH_MAX], self._queued[BATCH_MAX:]
            try:
                future = self.executor.submit(run_batch, [(f, a) for f, a, _ in batch])
            except Exception as exc:  # BrokenProcessPool: the worker died meanwhile
                self._fail(batch, exc)
                continue
            self._in_flight += 1
            future.add_done_callback(
                lambda done, batch=batch: reactor.callFromThread(self._answered, batch, done)
            )

    def _answered(self, batch: list, future: Future) -> None:
        """A batch's answers, in the reactor's thread: fire each call's Deferred in order."""
        self._in_flight -= 1
        error = future.exception()
        if error is not None:
            self._fail(batch, error)
        else:
            for (_, _, deferred), (returned, value) in zip(batch, future.result(), strict=True):
                if returned:
                    deferred.callback(value)
                else:
                    deferred.errback(value)
        self._schedule()

    def _fail(self, batch: list, error: BaseException) -> None:
        if isinstance(error, BrokenProcessPool):
            self._broken = error
        for _, _, deferred in batch:
            deferred.errback(error)


_WORKER = _SharedWorker()


class ArchivePipeline:
    """Store crawled articles of one portal's spider in the SQLite archive."""

    def __init__(
        self,
        db_path: str,
        run_id: int | None,
        warmup: int,
        stats,
        workers: int = 0,
        commit_every: int = 1,
        commit_seconds: float | None = None,
    ) -> None:
        self.db_path = db_path
        self.commit_every = commit_every
        self.commit_seconds = commit_seconds
        self._committer = None  # the timer committing a batch left open (twisted LoopingCall)
        self.run_id = run_id
        self.owns_run = run_id is None
        self.warmup = warmup
        self.stats = stats
        self.workers = workers
        self.counts: Counter[str] = Counter()
        self.trace = Trace(None)
        self._earlier_without_text: set[str] | None = None  # read when first needed

    @classmethod
    def from_crawler(cls, crawler) -> ArchivePipeline:
        settings = crawler.settings
        run_id = settings.get("DTCRAWL_RUN_ID")
        pipeline = cls(
            db_path=settings.get("DTCRAWL_DB"),
            run_id=int(run_id) if run_id not in (None, "") else None,
            warmup=settings.getint("DTCRAWL_TEMPLATE_WARMUP", 8),
            stats=crawler.stats,
            workers=settings.getint("DTCRAWL_CLEANING_WORKERS", 0),
            commit_every=settings.getint("DTCRAWL_COMMIT_EVERY", 1),
            commit_seconds=settings.getfloat("DTCRAWL_COMMIT_SECONDS", 0.0) or None,
        )
        pipeline.trace = Trace(settings.get("DTCRAWL_TRACE"))
        # Imported here: the cleaning worker imports this module (run_batch), not Scrapy.
        from scrapy import signals

        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self, spider) -> None:
        self.portal = spider.portal
        # Dates its listings show beside articles (PortalSpider.listed_dates), by URL key.
        self.listed_dates: dict[str, str] = getattr(spider, "listed_dates", {})
        self.archive = open_shared(
            self.db_path, commit_every=self.commit_every, commit_seconds=self.commit_seconds
        )
        if self.owns_run:
            self.run_id = self.archive.start_run([self.portal.id])
        template = load_template(self.archive.conn, self.portal.id)
        self.archive.flush()  # the run is visible to others (`dtcrawl health`) from its start
        if self.archive.commit_every > 1 and self.archive.commit_seconds:
            from twisted.internet import task

            # A batch is committed by the write that finds it old enough; when no write comes
            # (slow portals), this timer commits it.
            self._committer = task.LoopingCall(self._commit_if_due)
            self._committer.start(self.archive.commit_seconds, now=False)
        self.seq = 0
        self.unfinished: dict[int, dict[str, Any]] = {}  # sent to the cleaner, not yet stored
        self.executor: ProcessPoolExecutor | None = None
        self.cleaner: PortalCleaner | None = None  # set when cleaning inline
        if self.workers > 0:
            self.executor = _WORKER.acquire()
            try:
                call = _WORKER.call(_open_portal, self.portal, template, self.warmup)
            except Exception as exc:  # a worker already lost by another spider
                self._worker_lost(exc, template)
                return
            # Not waited for: the worker takes this portal's later tasks after this one.
            self._when_done(call, lambda pid: None, template=template)
            return
        self.cleaner = _cleaner(self.portal, template, self.warmup)

    def _commit_if_due(self) -> None:
        """The timer's tick: commit a batch old enough; a failure is logged, the timer goes on."""
        try:
            self.archive.flush_if_due()
        except Exception:  # disk full, I/O error: the next write or commit tries again
            logger.exception("could not commit the archive's batch of writes")

    def process_item(self, item: dict[str, Any], spider):
        kind = item.get("kind")
        self._count("pages_fetched" if kind in ("page", "article", "not_modified") else kind)
        summary = {"kind": kind, "url": item.get("url")}
        if kind == "page":
            if self.cleaner is None:
                call = self._submit(_observe_page, item["html"], item["url"])
                if call is not None:
                    deferred = self._when_done(call, only_loss_is_fatal=True)
                    return deferred.addCallback(lambda _: summary)
            self._store_all(self.cleaner.page(item["html"], item["url"]))
        elif kind == "article":
            self.seq += 1
            # The cleaner takes the item's article fields (in the worker: _take_article).
            self.unfinished[self.seq] = item
            if self.cleaner is None:
                call = self._submit(_take_article, self.seq, item)
                if call is not None:
                    return self._when_done(call).addCallback(lambda _: summary)
                return summary  # the worker was lost: this page was cleaned with the others
            self._store_all(self.cleaner.article(self.seq, _article_fields(item)))
        elif kind == "not_modified":
            self.archive.touch_checked(item["url"], None)
            self._count("unchanged")
        elif kind == "error":
            self.archive.record_fetch_error(
                self.run_id, item["portal"], item["url"], item["reason"], item.get("status")
            )
        return summary

    # --- the worker ------------------------------------------------------------------------

    def _submit(self, function, *args):
        """Queue a task for this portal in the worker (a Deferred); None when the worker is lost."""
        try:
            return _WORKER.call(function, self.portal.id, *args)
        except Exception as exc:  # BrokenProcessPool: another spider's task killed it
            self._worker_lost(exc)
            return None

    def _when_done(self, call, on_result=None, *, only_loss_is_fatal: bool = False, template=None):
        """A Deferred that fires once the results of ``call`` (a worker call) are stored.

        An error of the task means the worker cannot be trusted with this portal any more
        (it died, or lost the portal's state): the crawl cleans inline from then on. Only
        for a listing page (``only_loss_is_fatal``) is any other error just that page's,
        and reported as an inline error would be, by Scrapy.
        """

        def arrived(result) -> None:
            if self.cleaner is None:  # results of a lost worker's tasks are not used
                (on_result or self._store_all)(result)

        def failed(failure):
            if self.cleaner is None:
                error = failure.value
                if only_loss_is_fatal and not isinstance(error, BrokenProcessPool):
                    return failure
                self._worker_lost(error, template)
            return None

        return call.addCallbacks(arrived, failed)

    def _worker_lost(self, error: BaseException, template=None) -> None:
        """Clean inline from now on; clean again what the worker had not finished."""
        if self.cleaner is not None:
            return
        if not _WORKER.loss_logged:
            _WORKER.loss_logged = True
            logger.error(
                "the cleaning worker process is lost (%s: %s); cleaning in the crawl process"
                " for the rest of the run",
                type(error).__name__,
                error,
            )
        self._count("cleaning_worker_lost")
        # What the worker's template learnt in this run is lost with it: start again from
        # the template saved by the last run, and teach it the pages still to be stored.
        if template is None:
            template = load_template(self.archive.conn, self.portal.id)
        self.cleaner = _cleaner(self.portal, template, self.warmup)
        for seq, item in list(self.unfinished.items()):
            self._store_all(self.cleaner.article(seq, _article_fields(item)))

    # --- storing ---------------------------------------------------------------------------

    def _store_all(self, pages: list[Cleaned]) -> None:
        for page in pages:
            self.unfinished.pop(page.seq, None)
            self._store(page)

    def _store(self, page: Cleaned) -> None:
        if page.outcome == "failed":
            logger.error("extraction failed for %s\n%s", page.url, page.details or "")
            self._error(page.url, page.error or "extraction failed")
            self._count("extraction_failures")
            return
        if page.outcome == "listing":
            # A listing reached as an article candidate (a sitemap or a section link): it
            # taught the template; nothing to store and nothing wrong.
            self._count("listings")
            self.trace.write("listing_candidate", url=page.url)
            return
        if page.outcome in _NOT_STORED:
            # A page of the portal's own ("Giới thiệu chung"), in another language, an event's,
            # a video's or an infographic's, or a deleted story still listed: not news of this archive, nothing broken (no
            # sign of a changed layout). Recorded with its reason, so that the next runs leave
            # it until its re-check is due.
            kind, why = _NOT_STORED[page.outcome]
            logger.info("%s: not stored: %s", page.url, why)
            self.archive.record_fetch_error(self.run_id, self.portal.id, page.url, why, None)
            self._count(kind)
            self.trace.write(kind.removesuffix("s"), url=page.url)
            return
        if page.outcome != "article":
            self._error(page.url, NO_TEXT)
            self.trace.write("not_article", url=page.url)
            # A page that gave no text at an earlier run too (a short notice, re-checked) is
            # no sign of a changed layout, which `dtcrawl health` looks for.
            again = url_key(page.url) in self._without_text()
            self._count("not_articles_again" if again else "extraction_failures")
            return
        record = page.record
        if page.date_guessed and (listed := self.listed_dates.get(url_key(page.url))):
            # A listing read after the page was fetched shows its date.
            record["published_at"] = (
                listed_date(listed, record["fetched_at"]) or record["published_at"]
            )
        try:
            result = self.archive.save_article(
                record,
                url_variants=page.url_variants,
                legal_refs=page.legal_refs,
                indicators=page.indicators,
                fingerprint=page.fingerprint,  # computed by the cleaner, not again here
            )
        except Exception as exc:  # one bad record must not stop the run; it is retried next run
            logger.exception("could not store %s", page.url)
            self._error(page.url, f"not stored: {type(exc).__name__}: {exc}")
            return
        self._count(result.action)
        self.trace.write(
            "stored",
            url=record["url"],
            action=result.action,
            dropped=page.dropped,
            title=record["title"],
        )
        if result.action == "new" and record["relevant"]:
            self._count("new_relevant")

    def _without_text(self) -> set[str]:
        """URL keys of this portal's pages that gave no article text at an earlier run."""
        if self._earlier_without_text is None:
            self._earlier_without_text = self.archive.pages_left(
                self.portal.id, before_run=self.run_id
            )
        return self._earlier_without_text

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

    # --- the end ---------------------------------------------------------------------------

    def close_spider(self, spider):
        if self.cleaner is None:
            call = self._submit(_close_portal)
            if call is not None:
                # If the worker dies now, _when_done falls back and the inline cleaner
                # finishes below.
                return self._when_done(call, self._closed).addCallback(
                    lambda _: self._finish_inline()
                )
        self._finish_inline()
        return None

    def _closed(self, answer: tuple[list[Cleaned], Any, dict[str, float]]) -> None:
        pages, template, usage = answer
        self._store_all(pages)
        save_template(self.archive.conn, self.portal.id, template)
        self.archive.flush()
        # What the worker process has used so far (it serves every portal of the run): for
        # the log's stats, since the crawl process's own rusage cannot show it while it runs.
        # The portal's extraction counts (dtcrawl.layout: pages cleaned with and without
        # trafilatura) are the crawl's own figures, as they are when cleaning runs inline.
        for name, value in usage.items():
            prefix = STAT_PREFIX if name.startswith("extract_") else "cleaning_worker/"
            self.stats.set_value(prefix + name, value)

    def _finish_inline(self) -> None:
        if self.cleaner is not None:
            self._store_all(self.cleaner.finish())
            save_template(self.archive.conn, self.portal.id, self.cleaner.template)
            self.archive.flush()
            for name, value in self.cleaner.extraction_counts.items():
                self.stats.set_value(STAT_PREFIX + name, value)

    def spider_closed(self, spider, reason: str) -> None:
        """Close the run this pipeline opened (a standalone ``scrapy crawl``), commit what is
        left of the batch of writes, and give the archive back."""
        if self.executor is not None:
            self.executor = None
            _WORKER.release()
        if self._committer is not None and self._committer.running:
            self._committer.stop()
        try:
            if self.owns_run:
                status = "completed" if reason == "finished" else f"interrupted: {reason}"
                self.archive.finish_run(self.run_id, status, {self.portal.id: dict(self.counts)})
            self.archive.flush()
        finally:
            self.archive.release()
            self.trace.close()
