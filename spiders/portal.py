"""The generic portal spider: crawls one registry portal from its start URLs alone.

``scrapy crawl portal -a portal=ID [-a portals=FILE]`` from the project root, or
``dtcrawl crawl ID`` (which runs several portals in one process).

How it reads a portal (see :mod:`dtcrawl.pages` for the structural rules):

- Start URLs are listings. On a listing page, the main run of headline links
  are articles; links labelled as pages ("2", "Trang sau", "»") whose URL differs
  from the listing's by one number are further pages of that listing.
- Articles are not followed further, so a section start URL does not lead the
  crawl through the whole portal. A listing item that turns out to be a listing
  itself (a sub-section) is read as one, one level deep.
- Feeds declared by the registry or by ``<link rel="alternate">`` on a start page,
  and sitemaps declared by the registry (or by robots.txt when a start URL is the
  portal's home page) add article candidates.
- Incremental: articles already in the archive are not fetched again until their
  re-check is due (``DTCRAWL_RECHECK_DAYS``); then with a conditional GET.
  Pagination stops after ``DTCRAWL_STOP_AFTER_KNOWN_PAGES`` pages with nothing new.

Every page is handed to the pipeline as an item (``kind``: ``page``, ``article``,
``not_modified`` or ``error``); the pipeline cleans, classifies and stores.
"""

from __future__ import annotations

import gc
import json
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import CloseSpider, IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed

from dtcrawl import pages
from dtcrawl.offsite import AlreadyRead, OffsiteRedirect
from dtcrawl.registry import Portal, load_registry, select_portals, under_paths
from dtcrawl.storage import STATIC_PAGE, Archive
from dtcrawl.timeutil import VIETNAM, now_iso
from dtcrawl.trace import Trace
from dtcrawl.urls import (
    canonicalize_url,
    case_blind_key,
    is_print_view,
    repeats_a_segment,
    unreached_canonical_host,
    url_key,
)

HTML_TYPES = ("text/html", "application/xhtml+xml")


# Listing pages repeat the same menu, pager and box links page after page: the URL functions
# (pure) are memoised per process; computing them afresh measured at ~4 % of a first crawl.
_canonical = canonicalize_url  # memoised in dtcrawl.urls, shared with the archive


@lru_cache(maxsize=65_536)
def _key(url: str) -> str:
    """The crawl's identity key of a URL: its archive key (:func:`url_key`, memoised and shared
    with the WARC capture and the archive), an IIS page's in any case (:func:`case_blind_key`)."""
    return case_blind_key(url_key(url))


@lru_cache(maxsize=65_536)
def _link_key(url: str) -> str:
    """The identity key of a link's canonical URL."""
    return _key(canonicalize_url(url))


_GC_TUNED = False
#: Allocations between two young-generation collections (Python's default: 700).
GC_YOUNG_THRESHOLD = 50_000


def _tune_garbage_collector() -> None:
    """Tune the process's garbage collector for a crawl, once, when its first spider starts.

    The objects alive then (modules, Scrapy's crawler, settings) live as long as the process:
    they are frozen out of the collector's reach (``gc.freeze``). And Scrapy makes many
    short-lived containers a page (Deferreds, their callbacks, requests), which at the default
    threshold of 700 allocations meant 620 young and 55 middle collections and 4-6 full ones
    (each walking 100,000 live objects of the in-flight requests) in a 1,000-article crawl: 0.56
    CPU s of the crawl process's 6.7 (the crawl benchmark, measured with ``gc.callbacks``). At
    10,000 it was 48 young, 4 middle and 1 full: 0.19 CPU s; after the freeze, 17 young and 1
    middle collection still cost 0.08-0.11 CPU s of the crawl process's ~4.2 (1,000 articles),
    each scanning the survivors of the requests in flight. At :data:`GC_YOUNG_THRESHOLD`
    (50,000) it is 2 young collections, 0.02-0.04 CPU s, with the same peak RSS (143 MiB).
    Garbage that only a collection frees (reference cycles) waits a little longer.
    """
    global _GC_TUNED
    if not _GC_TUNED:
        _GC_TUNED = True
        gc.freeze()
        young, middle, old = gc.get_threshold()
        gc.set_threshold(max(GC_YOUNG_THRESHOLD, young), middle, old)


# Declared types of documents and media a portal links beside its articles.
_DOCUMENT_TYPES = ("application/pdf", "application/msword", "application/vnd.", "application/zip",
                   "application/x-rar", "image/", "audio/", "video/")  # fmt: skip


_GENERIC_TYPES = ("text/plain", "application/octet-stream", "binary/octet-stream")


def _starts_as_html(body: bytes) -> bool:
    """The bytes open an HTML document (``<!DOCTYPE html``, ``<html``), after a BOM and space.

    >>> _starts_as_html(b"  <!DOCTYPE html><html>"), _starts_as_html(b"Hello <html>")
    (True, False)
    """
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _is_document(response: Response) -> bool:
    """A response declared (rightly) as a document or a media file: a PDF served as a PDF.

    A PDF served as HTML is a broken page instead, and is recorded as one.
    """
    ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").lower().strip()
    return ctype.startswith(_DOCUMENT_TYPES)


def _sitemap_body(body: bytes) -> bytes:
    """A sitemap's XML, gunzipped when it is served as ``sitemap.xml.gz`` (Plone, many CMSes)
    without a Content-Encoding (Scrapy only decodes those that have one); at most 50 MB, the
    sitemap protocol's limit.

    >>> import gzip
    >>> _sitemap_body(gzip.compress(b"<urlset/>")), _sitemap_body(b"<urlset/>")
    (b'<urlset/>', b'<urlset/>')
    """
    if body[:2] == b"\x1f\x8b":
        return gunzip(body, max_size=50 * 1024 * 1024)
    return body


def describe_failure(failure: Failure) -> tuple[str, int | None]:
    """Return a one-line reason and the HTTP status (if any) for a failed request."""
    if failure.check(HttpError):
        response = failure.value.response
        return f"HTTP {response.status}", response.status
    if failure.check(ResponseFailed):
        causes = ", ".join(type(f.value).__name__.lstrip("_") for f in failure.value.reasons)
        return f"connection lost before the response was complete ({causes})", None
    exc = failure.value
    name = type(exc).__name__
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return (f"{name}: {message}" if message else name)[:500], None


class PortalSpider(scrapy.Spider):
    """Crawl one portal of the registry into the archive."""

    name = "portal"

    def __init__(self, portal: str | None = None, portals: str | None = None, **kwargs: Any):
        super().__init__(**kwargs)
        if not portal:
            raise ValueError("give the portal id: scrapy crawl portal -a portal=ID")
        self.portal_id = portal
        self.registry_path = portals
        self.portal: Portal | None = None
        self.known: set[str] = set()
        self.scheduled: set[str] = set()
        self.listing_seen: set[str] = set()
        self.hosts_answered: set[str] = set()  # hosts the crawl has had a page from
        self.link_pages: Counter[str] = Counter()
        self.pages_parsed = 0
        self.chains: dict[str, set[str]] = {}
        self.known_streak: dict[str, int] = {}
        self.listing_count: Counter[str] = Counter()
        self.empty_pages: Counter[str] = Counter()  # listing pages with nothing new, by root
        self.item_sets: defaultdict[str, set[frozenset[str]]] = defaultdict(set)  # by root
        self.pager_numbers: defaultdict[str, set[str]] = defaultdict(set)  # by root
        self.recheck_due: dict[str, dict[str, str]] = {}
        self.resume = True
        self.listed: set[str] = set()  # URL keys listed by the portal's start listings
        self.without_text: dict[str, str] = {}  # pages not stored (no text, not news): reason
        self.listed_dates: dict[str, str] = {}  # URL key -> text of a listing item with a date
        self.failures_in_a_row = 0
        #: The path of a sub-site found at the start URL (pages.sub_site_prefix), or None.
        self.sub_site: str | None = None

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        path = spider.registry_path or settings.get("DTCRAWL_PORTALS")
        (spider.portal,) = select_portals(load_registry(path), [spider.portal_id])
        spider.allowed_domains = list(spider.portal.allowed_domains)
        if spider.portal.download_delay is not None:
            spider.download_delay = spider.portal.download_delay
        spider.recheck_interval = timedelta(days=settings.getfloat("DTCRAWL_RECHECK_DAYS", 30.0))
        spider.max_listing_pages = settings.getint("DTCRAWL_MAX_LISTING_PAGES", 200)
        spider.stop_after_known = settings.getint("DTCRAWL_STOP_AFTER_KNOWN_PAGES", 2)
        spider.max_empty_pages = settings.getint("DTCRAWL_MAX_EMPTY_LISTING_PAGES", 20)
        spider.db_path = settings.get("DTCRAWL_DB")
        spider.give_up_after = settings.getint("DTCRAWL_GIVE_UP_AFTER", 10)
        run_id = settings.get("DTCRAWL_RUN_ID")
        spider.run_id = int(run_id) if run_id not in (None, "") else None
        spider.trace = Trace(settings.get("DTCRAWL_TRACE"))
        spider._load_known()
        return spider

    def closed(self, reason: str) -> None:
        self.trace.close()

    # -- archive state ---------------------------------------------------------------------

    def _load_known(self) -> None:
        """Remember which article URLs the archive holds and which are due a re-check."""
        now = datetime.now(VIETNAM)
        with Archive(self.db_path) as archive:
            # Keys as the crawl compares them (case_blind_key): the archive keeps each
            # spelling of an IIS address it met.
            self.known = {case_blind_key(key) for key in archive.known_urls(self.portal.id)}
            rows = archive.conn.execute(
                "SELECT u.url_key, a.etag, a.last_modified, coalesce(a.checked_at, a.fetched_at) "
                "FROM article_urls AS u JOIN articles AS a ON a.id = u.article_id "
                "WHERE a.portal = ?",
                (self.portal.id,),
            ).fetchall()
            # Paging stops early only when the portal's last run went to its end: after an
            # interrupted run, later listing pages may hold articles never stored.
            like = f'%"{self.portal.id}"%'
            current = self.run_id if self.run_id is not None else -1
            (last_ok,) = archive.conn.execute(
                "SELECT max(id) FROM crawl_runs WHERE status = 'completed' AND portals LIKE ? "
                "AND id <> ?",
                (like, current),
            ).fetchone()
            (broken_since,) = archive.conn.execute(
                "SELECT count(*) FROM crawl_runs WHERE portals LIKE ? AND id > ? AND id <> ?",
                (like, last_ok or 0, current),
            ).fetchone()
            # Pages that gave no article text at two runs (a portal's short notices) wait for
            # their re-check like articles: fetched again at every run, they were errors every run.
            since = (now - self.recheck_interval).isoformat(timespec="seconds")
            self.without_text = {
                case_blind_key(key): reason
                for key, reason in archive.pages_left(self.portal.id, since=since, runs=2).items()
            }
        self.resume = last_ok is None or broken_since > 0
        for key, etag, last_modified, checked in rows:
            try:
                due = not checked or now - datetime.fromisoformat(checked) >= self.recheck_interval
            except ValueError:
                due = True
            if due:
                self.recheck_due[case_blind_key(key)] = {
                    "etag": etag or "",
                    "last_modified": last_modified or "",
                }

    # -- requests --------------------------------------------------------------------------

    async def start(self):
        _tune_garbage_collector()
        for request in self.start_requests():
            yield request

    def start_requests(self):
        portal = self.portal
        for url in portal.start_urls:
            yield self._listing_request(url, root=url, depth=0)
        for url in portal.feeds:
            yield scrapy.Request(url, callback=self.parse_feed, errback=self.on_error)
        for url in portal.sitemaps:
            yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.on_error)
        if any(pages.is_home_url(u) for u in portal.start_urls) and not portal.sitemaps:
            for host_root in {
                f"{urlsplit(u).scheme}://{urlsplit(u).netloc}" for u in portal.start_urls
            }:
                yield scrapy.Request(
                    f"{host_root}/robots.txt",
                    callback=self.parse_robots,
                    errback=self.on_quiet_error,
                    meta={"dont_obey_robotstxt": True},
                )

    def _listing_request(self, url: str, *, root: str, depth: int) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_listing,
            errback=self.on_error,
            meta={"root": root, "listing_depth": depth},
            dont_filter=depth == 0,
            # Listing pages before articles: a windowed pager ("1 … 8 9 [10] 11 12 … 400")
            # shows a page only a few steps ahead, so a listing is a chain of fetches; walked
            # behind the articles it found, its last hundred pages were read one round trip
            # after another at the end of a first crawl, with nothing else left to fetch.
            priority=1,
        )

    def _postback_pages(self, response: Response, root: str, depth: int, incremental: bool):
        """Requests for a listing's pages that its ASP.NET pager reaches only by posting the
        page's form back, as a browser does (``__EVENTTARGET`` and ``__EVENTARGUMENT`` set, the
        form's hidden state sent as served); each answer is read as the listing's next page.
        Pages are known by their number per pager, so page 1 (the GET) and a page linked
        from two of its neighbours are read once."""
        current = response.meta.get("postback_page", 1)
        for target in pages.postback_pager(self._html(response)):
            if self.listing_count[root] >= self.max_listing_pages:
                break
            seen = self.pager_numbers[f"{root}#{target.control}"]
            seen.add(current)
            if target.number in seen:
                continue
            try:
                request = scrapy.FormRequest.from_response(
                    response,
                    formxpath="//form[.//input[@name='__EVENTTARGET' or @name='__VIEWSTATE']]",
                    formdata={"__EVENTTARGET": target.target, "__EVENTARGUMENT": target.argument},
                    dont_click=True,
                    callback=self.parse_listing,
                    errback=self.on_error,
                    meta={"root": root, "listing_depth": depth + 1, "postback_page": target.number},
                    dont_filter=True,
                    priority=1,
                )
            except ValueError:  # no ASP.NET form on the page: nothing to post back
                return
            seen.add(target.number)
            self.listing_count[root] += 1
            self.crawler.stats.inc_value("dtcrawl/postback_pages")
            yield request
            if incremental:
                break

    def _article_request(self, url: str, *, source: str, root: str | None) -> scrapy.Request | None:
        """Request an article candidate unless it is stored (and not due) or already queued."""
        url = _canonical(url)
        key = _key(url)
        if key in self.scheduled or key in self.listing_seen:
            return None
        if is_print_view(url) or pages.is_home_url(url):
            return None
        left = self.without_text.get(key)
        if left is not None and not (left == STATIC_PAGE and _link_key(url) in self.listed):
            # (A page without a date read as the portal's own that a listing now lists is an
            # article after all: read again.)
            self.crawler.stats.inc_value("dtcrawl/without_text_not_due")
            return None
        self.scheduled.add(key)
        headers: dict[str, str] = {}
        if key in self.known:
            validators = self.recheck_due.get(key)
            if validators is None:
                return None
            if validators.get("etag"):
                headers["If-None-Match"] = validators["etag"]
            if validators.get("last_modified"):
                headers["If-Modified-Since"] = validators["last_modified"]
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.on_error,
            headers=headers,
            meta={"source": source, "root": root, "recheck": bool(headers) or key in self.known},
            # Duplicates are already filtered by URL key above; Scrapy's own filter would
            # silently drop a redirect that loops back, instead of letting it fail loudly.
            dont_filter=True,
        )

    # -- callbacks -------------------------------------------------------------------------

    def parse_listing(self, response: Response):
        """Read a listing page: its article links, its further pages, its feeds."""
        root = response.meta.get("root", response.url)
        depth = response.meta.get("listing_depth", 0)
        if depth > 0 and response.status < 400 and _is_document(response):
            # A document a home page links with a section's words ("Kế hoạch chuyển đổi số").
            self.crawler.stats.inc_value("dtcrawl/documents_skipped")
            return
        problem = self._response_problem(response)
        if problem:
            prefix = "start URL: " if depth == 0 else ""
            yield self._error_item(response.url, prefix + problem, response.status)
            return
        moved = depth == 0 and _key(response.url) != _key(root)
        if moved and pages.is_home_url(root):
            # A site's root sends every visitor to its home page ("/" to "/vi"): nothing to
            # update, unless the home page now lives on another host (a merged province).
            moved = urlsplit(root).hostname != urlsplit(response.url).hostname
        if moved:
            # Not a failure, but the registry should say where the section lives now.
            yield self._error_item(
                root, f"start URL redirects to {response.url}; update start_urls", response.status
            )
        self.listing_seen.add(_key(response.url))
        yield self._page_item(response, "listing")
        page = self._page_links(response)
        self._count_links(page)
        sub_site_home = depth == 0 and self._find_sub_site(page)
        # A <frameset> (an old portal's home): its frames are the start page's content; an
        # <iframe> of the site's own (an old portal's lists, loaded inside its frame page) is
        # read as a listing of the same depth.
        frames = (page.frames if depth == 0 else []) + page.iframes
        for url in frames:
            if _key(url) not in self.listing_seen and self._on_portal(url):
                self.listing_seen.add(_key(url))
                yield self._listing_request(url, root=root, depth=depth)
        items = self._items(page, root)
        self._trace_listing(page, items, root)
        if not items and depth == 0 and page.running_text() > pages.ARTICLE_TEXT_CHARS:
            # A start URL that is an article itself.
            yield self._article_item(response, source="start")
            return
        # A home page: the start URL is the site's root, wherever it redirects ("/" to
        # "/Trang/default.aspx"), or the page is at a home address itself.
        home = pages.is_home_url(response.url) or pages.is_home_url(root) or sub_site_home
        # Only the page's main list counts as "listed" (not a "Tin mới" box beside it). A home
        # page's boxes all read as its main list: there only news items count, those shown
        # with their date or an excerpt ("Giới thiệu chung về tỉnh" in a box of links is not).
        main = pages.listing_items(page, preferred_chains=frozenset(), min_share=1.0)
        if home:
            main = [link for link in main if link.dated or link.teaser]
        self.listed.update(_link_key(link.url) for link in main)
        sections = []
        if depth == 0 and (home or not items):
            # A home page: the articles live in its news sections. Marked as listings before
            # the page's items are requested: a section linked from a box of the home page
            # ("Tin tức" above its newest cards) must not also be queued as an article
            # candidate, which the cleaner, early in a first crawl, may take for an article.
            for url in pages.section_links(page):
                key = _key(url)
                if key not in self.listing_seen and self._on_portal(url):
                    self.listing_seen.add(key)
                    sections.append(url)
        new = 0
        for link in items:
            if link.date_text:
                self.listed_dates.setdefault(_link_key(link.url), link.date_text)
            request = self._article_request(link.url, source=response.url, root=root)
            if request is not None:
                new += 0 if request.meta["recheck"] else 1
                yield request
        streak = 0 if new else self.known_streak.get(root, 0) + 1
        self.known_streak[root] = streak
        for url in sections:
            yield self._listing_request(url, root=url, depth=1)
        html = self._html(response)
        if "data-" in html and ("/api/" in html or "/ajax/" in html or ".json" in html):
            # A list a script goes on with ("Xem thêm" fetching JSON from /api/…).
            for url in pages.script_list_sources(html, response.url):
                if _key(url) not in self.listing_seen and self._on_portal(url):
                    self.listing_seen.add(_key(url))
                    yield self._json_list_request(url, root=root if depth else url)
        for url in pages.scroll_sources(html, response.url):
            # A list that loads its next chunk of HTML as the reader scrolls: each chunk is
            # read as the list's next page, and names the chunk after it.
            key = _key(url)
            if key in self.listing_seen or not self._on_portal(url):
                continue
            if self.listing_count[root] >= self.max_listing_pages:
                break
            self.listing_seen.add(key)
            self.listing_count[root] += 1
            yield self._listing_request(url, root=root, depth=depth + 1)
        if depth == 0:
            for feed in page.feeds:
                if _key(feed) not in self.scheduled:
                    self.scheduled.add(_key(feed))
                    yield scrapy.Request(
                        feed, callback=self.parse_feed, errback=self.on_quiet_error
                    )
        if streak >= self.stop_after_known and self.known and not self.resume:
            self.logger.info("%s: nothing new on %d listing pages, stop paging", root, streak)
            return
        # A first crawl reads every page the pager shows at once; an incremental run walks
        # the pages one by one (the first one not read yet), so that it can stop as soon as
        # the listing shows nothing new instead of having queued the whole archive.
        incremental = bool(self.known) and not self.resume
        shown = frozenset(_link_key(link.url) for link in items)
        if shown and depth > 0 and shown in self.item_sets[root]:
            # The very items of a page already read: a pager that goes on past its last page
            # (any page number answers the last page again), or a sort order of the same list.
            self.crawler.stats.inc_value("dtcrawl/listing_pages_repeated")
            return
        self.item_sets[root].add(shown)
        if not new and not self.known:
            # (A first crawl's: later runs stop paging at the first pages of known articles,
            # and a resumed crawl walks pages of articles it stored before it was cut off.)
            self.empty_pages[root] += 1
            if self.empty_pages[root] >= self.max_empty_pages:
                # Page after page that brings no article not already found (a calendar's day
                # pages for every day of several years, "Không có tin bài nào" beside the
                # same boxes): a trap, not a listing.
                if self.empty_pages[root] == self.max_empty_pages:
                    self.logger.info("%s: %d listing pages brought nothing new, stop paging",
                                     root, self.max_empty_pages)  # fmt: skip
                    self.crawler.stats.inc_value("dtcrawl/listings_stopped_empty")
                return
        further = self._pagination(page)
        if not further and "__doPostBack" in self._html(response):
            # An ASP.NET pager that only posts the page back (GridView "Page$2", DataPager).
            yield from self._postback_pages(response, root, depth, incremental)
        for url in further:
            if self.listing_count[root] >= self.max_listing_pages:
                break
            key = _key(url)
            if key in self.listing_seen:
                continue
            number = pages.page_number_of(page, url)
            if number is not None:
                # A listing's pages are known by their number: on a portal that gives every
                # page a state URL of its own (WebSphere), page 3 linked from page 2 and from
                # page 4 has two addresses, and would be read twice, then their links...
                if number in self.pager_numbers[root]:
                    continue
                self.pager_numbers[root].add(number)
            self.listing_seen.add(key)
            self.listing_count[root] += 1
            yield self._listing_request(url, root=root, depth=depth + 1)
            if incremental:
                break

    def parse_article(self, response: Response):
        """Hand an article page to the pipeline (or read it as a sub-listing)."""
        # Reached through a redirect (a short link, an old address): its own address is read
        # now, and not again when a listing links it later.
        self.scheduled.add(_key(_canonical(response.url)))
        if response.status == 304:
            yield {"kind": "not_modified", "portal": self.portal.id, "url": response.url}
            return
        if response.status < 400 and pages.is_feed(response.body):
            # A feed linked like a page ("Đăng ký nhận tin qua RSS"): its items are candidates.
            yield from self.parse_feed(response)
            return
        if response.status < 400 and _is_document(response):
            # A document the portal links and labels as what it is (DotNetNuke's
            # "LinkClick.aspx?fileticket=" PDFs): not an article, and nothing broken.
            self.crawler.stats.inc_value("dtcrawl/documents_skipped")
            return
        problem = self._response_problem(response) or pages.truncation_problem(response.body)
        if problem:
            yield self._error_item(response.url, problem, response.status)
            return
        page = self._page_links(response)
        self._count_links(page)
        root = response.meta.get("root")
        items = self._items(page, root or response.url)
        # Cheapest tests first: looks_like_listing measures the page's running text (a second
        # walk over its blocks: 0.57 s of 2.9 s in a 1,500-article profile), so it comes last,
        # and only on pages not already ruled out; the fresh links are counted up to two.
        if (
            root is not None
            and len(items) >= 4
            and response.meta.get("source") != "feed"
            and _key(response.url) not in self.listing_seen
            and self._fresh_links(items, enough=2) >= 2
            and pages.looks_like_listing(page, items)
        ):
            # A sub-section listed like an article: read it as a listing, one level deep.
            # (A page whose list only repeats known links is an article page, perhaps an
            # empty one: the pipeline decides, and records it if it holds no article.)
            self.listing_seen.add(_key(response.url))
            if self._states_its_date(response):
                # A page that states its own date may be a story however short (a notice of
                # a sentence over its section's "Tin cùng chuyên mục" reads much like a list)
                # or a list of dated items: the cleaner tells, and stores it if it is a story.
                yield self._article_item(response, source=response.meta.get("source"))
            else:
                yield self._page_item(response, "listing")
            for link in items:
                request = self._article_request(link.url, source=response.url, root=None)
                if request is not None:
                    yield request
            return
        framed = self._framed_article(page)
        if framed is not None:
            # A frame page whose article is the page in its <iframe>: read from there, listed
            # where the frame page is.
            self.crawler.stats.inc_value("dtcrawl/articles_in_iframes")
            if _link_key(response.request.url) in self.listed:
                self.listed.add(_link_key(framed))
            request = self._article_request(framed, source=response.url, root=root)
            if request is not None:
                yield request
            return
        first = pages.article_first_page(page)
        if first is not None and self._on_portal(first):
            # Another address of an article split over pages, whose further pages hang off its
            # own address: the article is read from there, with all its pages.
            self.crawler.stats.inc_value("dtcrawl/article_aliases_followed")
            request = self._article_request(first, source=response.url, root=root)
            if request is not None:
                yield request
            return
        item = self._article_item(response, source=response.meta.get("source"))
        refused = self._canonical_doubt(page, response.url)
        if refused:
            self.logger.info("%s: %s", response.url, refused)
            self.crawler.stats.inc_value("dtcrawl/canonical_links_refused")
            item["canonical_refused"] = refused
        parts = [url for url in pages.article_continuations(page) if self._on_portal(url)]
        if not parts:
            # The rest of the text loaded by a "Xem tiếp" button as a fragment of HTML.
            parts = self._loaded_parts(response)
        if parts:
            # An article split over pages ("Trang: 1 2 3"): its further pages are read one
            # after the other, then the article goes to the pipeline with all of them.
            self.scheduled.update(_key(url) for url in parts)
            self.crawler.stats.inc_value("dtcrawl/articles_in_parts")
            yield self._part_request(item, parts)
            return
        yield item

    def _states_its_date(self, response: Response) -> bool:
        """The page gives itself a date with its time (its metadata, or a labelled, weekday-led
        or ``<time>`` date line nearest its title); asked only of pages that read like a list,
        which then go to the cleaner as article candidates too."""
        from dtcrawl.dates import find_dates  # the crawl process needs the cleaner's only here
        from dtcrawl.extract import find_title, parse_page

        tree = parse_page(self._html(response)).tree
        found = find_dates(tree, find_title(tree))
        return (
            found.published is not None
            and found.how not in ("near-title", "htmldate", "")
            and (found.published.hour, found.published.minute) != (0, 0)
        )

    def _canonical_doubt(self, page: pages.PageLinks, url: str) -> str | None:
        """Why an article page's canonical link is not its address, or None: a link naming a
        listing page of the crawl (a template giving every article its section's address), or
        a host the crawl never had a page from (a staging host the template was built on)."""
        canonical = page.canonical
        if not canonical:
            return None
        key = _link_key(canonical)
        if key != _link_key(url) and key in self.listing_seen:
            return f"canonical link names a listing page ({canonical}): not followed"
        if unreached_canonical_host(url, canonical, self.hosts_answered):
            return (
                f"canonical link names a host the crawl never reached ({canonical}): not followed"
            )
        return None

    def _loaded_parts(self, response: Response) -> list[str]:
        """Fragments a "Xem tiếp" control of the page loads (pages.loaded_continuations), not
        already read or queued."""
        return [
            url
            for url in pages.loaded_continuations(self._html(response), response.url)
            if self._on_portal(url) and _key(url) not in self.scheduled
        ]

    def _part_request(self, item: dict[str, Any], parts: list[str]) -> scrapy.Request:
        return scrapy.Request(
            parts[0],
            callback=self.parse_article_part,
            errback=self.on_part_error,
            meta={"article": item, "parts": parts[1:]},
            dont_filter=True,
        )

    def parse_article_part(self, response: Response):
        """A further page of an article split over pages: kept with the article's item."""
        item, parts = response.meta["article"], response.meta["parts"]
        problem = self._response_problem(response) or pages.truncation_problem(response.body)
        if problem:
            yield self._error_item(response.url, f"page of {item['url']}: {problem}", None)
        else:
            item.setdefault("parts", []).append(self._html(response))
            # A fragment that ends with its own "Xem tiếp" (a text loaded in three parts).
            more = [url for url in self._loaded_parts(response) if url not in parts]
            self.scheduled.update(_key(url) for url in more)
            parts = [*parts, *more]
        if parts:
            yield self._part_request(item, parts)
        else:
            yield item

    def on_part_error(self, failure: Failure):
        """A further page of an article could not be fetched: the article keeps what it has."""
        request = failure.request
        item = request.meta["article"]
        reason, status = describe_failure(failure)
        yield self._error_item(request.url, f"page of {item['url']}: {reason}", status)
        if request.meta["parts"]:
            yield self._part_request(item, request.meta["parts"])
        else:
            yield item

    def _json_list_request(self, url: str, *, root: str) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_json_list,
            errback=self.on_quiet_error,
            meta={"root": root},
            headers={"Accept": "application/json, text/javascript, */*; q=0.01"},
            priority=1,
        )

    def parse_json_list(self, response: Response):
        """Article candidates from a JSON list a listing's script loads, and its next page.

        The list's items are the page addresses in it (:func:`pages.json_list_links`); its next
        page is its page number plus one (or its offset plus its items), read while it gives
        something new, up to ``DTCRAWL_MAX_LISTING_PAGES``.
        """
        root = response.meta["root"]
        if response.status >= 400:
            return  # past the end, or an address the script builds differently: nothing lost
        try:
            data = json.loads(response.body)
        except (ValueError, UnicodeDecodeError):
            return
        links = [url for url in pages.json_list_links(data, response.url) if self._on_portal(url)]
        self.crawler.stats.inc_value("dtcrawl/json_list_pages")
        new = 0
        for url in links:
            self.listed.add(_link_key(url))
            request = self._article_request(url, source=response.url, root=root)
            if request is not None:
                new += 0 if request.meta["recheck"] else 1
                yield request
        streak = 0 if new else self.known_streak.get(root, 0) + 1
        self.known_streak[root] = streak
        if not links or (streak >= self.stop_after_known and self.known and not self.resume):
            return
        following = pages.next_list_page(response.url, len(links))
        if following is None or self.listing_count[root] >= self.max_listing_pages:
            return
        if _key(following) not in self.listing_seen:
            self.listing_seen.add(_key(following))
            self.listing_count[root] += 1
            yield self._json_list_request(following, root=root)

    def parse_feed(self, response: Response):
        """Article candidates from an RSS or Atom feed."""
        problem = self._response_problem(response, allow_xml=True)
        if problem:
            yield self._error_item(response.url, problem, response.status)
            return
        for url in pages.feed_entry_links(response.body, response.url):
            if self._on_portal(url):
                request = self._article_request(url, source="feed", root=None)
                if request is not None:
                    request.meta["source"] = "feed"
                    yield request

    def parse_sitemap(self, response: Response):
        """Article candidates from a sitemap (or the sitemaps of a sitemap index)."""
        if response.status >= 400:
            yield self._error_item(response.url, f"HTTP {response.status}", response.status)
            return
        try:
            sitemap = Sitemap(_sitemap_body(response.body))
        except Exception as exc:  # lxml raises several kinds on junk
            yield self._error_item(response.url, f"unreadable sitemap: {exc}", response.status)
            return
        pattern = self.portal.article_re
        for entry in sitemap:
            url = entry.get("loc", "")
            if not url or not self._on_portal(url):
                continue
            if sitemap.type == "sitemapindex":
                yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.on_error)
            elif pattern is None or pattern.search(url):
                request = self._article_request(url, source="sitemap", root=None)
                if request is not None:
                    yield request

    def parse_robots(self, response: Response):
        """Sitemaps named in robots.txt, used when a start URL is the portal's home page."""
        if response.status >= 400 or not isinstance(response, TextResponse):
            return
        for url in pages.sitemap_urls_from_robots(response.text, response.url):
            yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.on_quiet_error)

    def on_error(self, failure: Failure):
        """Record a failed request (after retries) as an error item.

        A portal whose requests keep failing at the network level (timeouts, refused
        connections, DNS, TLS) is given up for this run after ``DTCRAWL_GIVE_UP_AFTER``
        failures in a row; the other portals go on.
        """
        request = getattr(failure, "request", None)
        if failure.check(AlreadyRead):
            return  # fetched once, under its own address
        if failure.check(OffsiteRedirect) and request is not None:
            if request.meta.get("listing_depth") == 0 and "root" in request.meta:
                yield self._error_item(
                    request.meta["redirect_urls"][0],
                    f"start URL {failure.value}: update start_urls and allowed_domains",
                    None,
                )
            return  # a banner or share button of the portal, not one of its pages
        reason, status = describe_failure(failure)
        url = request.url if request is not None else ""
        if failure.check(HttpError):
            url = failure.value.response.url
        redirects = request.meta.get("redirect_urls") if request is not None else None
        if redirects:
            # Record the address that was linked, and say where the redirects led.
            reason = f"{reason} (after redirects to {url})"
            url = redirects[0]
        self.logger.warning("failed %s: %s", url, reason)
        request = getattr(failure, "request", None)
        if (
            request is not None
            and request.meta.get("listing_depth") == 0
            and "root" in request.meta
        ):
            reason = "start URL: " + reason
        yield self._error_item(url, reason, status)
        if failure.check(HttpError, IgnoreRequest):
            return  # the portal answered; robots.txt or redirects said no
        self.failures_in_a_row += 1
        if self.give_up_after and self.failures_in_a_row >= self.give_up_after:
            message = (
                f"portal given up for this run after {self.failures_in_a_row} failures in a row "
                f"(last: {reason})"
            )
            self.logger.error("%s: %s", self.portal.id, message)
            yield self._error_item(url, message, None)
            self.crawler.stats.set_value("dtcrawl/given_up", 1)
            raise CloseSpider("portal_given_up")

    def on_quiet_error(self, failure: Failure):
        """Optional resources (robots sitemaps, discovered feeds): log, don't record."""
        reason, _ = describe_failure(failure)
        self.logger.info("optional resource failed %s: %s", failure.request.url, reason)
        return None

    # -- helpers ---------------------------------------------------------------------------

    def redirect_target_seen(self, request: scrapy.Request) -> bool:
        """For :class:`dtcrawl.offsite.OffsiteRedirectMiddleware`: whether an article request's
        redirect leads to a page read or queued under its own address (then it is dropped);
        else the new address is claimed for this request."""
        if request.callback != self.parse_article:
            return False
        key = _key(_canonical(request.url))
        if request.meta.get("dtcrawl_claimed") == key:
            return False  # this request's own claim (it is asked again after a 503)
        if key in {_key(_canonical(url)) for url in request.meta["redirect_urls"]}:
            return False  # a redirect to the same page (its case, a slash)
        if key in self.scheduled:
            return True
        self.scheduled.add(key)
        request.meta["dtcrawl_claimed"] = key
        return False

    def _on_portal(self, url: str) -> bool:
        return (
            self.portal.allows(url)
            and (self.sub_site is None or under_paths(url, (self.sub_site,)))
            and not repeats_a_segment(url)  # a relative link's endless nesting
        )

    def _framed_article(self, page: pages.PageLinks) -> str | None:
        """The page of the site's own an article candidate shows in an <iframe>, when the
        candidate holds no article text of its own; else None."""
        frames = [url for url in page.iframes if self._on_portal(url)]
        if not frames or page.running_text() > pages.ARTICLE_TEXT_CHARS:
            return None
        return frames[0]

    def _find_sub_site(self, page: pages.PageLinks) -> bool:
        """Scope the crawl to a sub-site's path when the start page is its home; True if so.

        Only a portal without ``allowed_paths`` whose start URLs all lie under that path.
        """
        if self.portal.allowed_paths or self.sub_site is not None:
            return False
        prefix = pages.sub_site_prefix(page)
        if prefix is None or not all(under_paths(u, (prefix,)) for u in self.portal.start_urls):
            return False
        self.sub_site = prefix
        self.logger.info(
            "%s: %s is the home of a sub-site: crawling under %s only (set allowed_paths in "
            "the registry to choose otherwise)",
            self.portal.id,
            page.url,
            prefix,
        )
        self.crawler.stats.set_value("dtcrawl/sub_site", prefix)
        return True

    def _count_links(self, page: pages.PageLinks) -> None:
        """Count the page's links for :meth:`_template_urls`, which only a trace reads."""
        self.pages_parsed += 1
        if self.trace._file is not None:
            self.link_pages.update(page.urls())

    def _template_urls(self) -> set[str]:
        """URLs linked from most pages seen so far: menus and boxes of the portal's template."""
        if self.pages_parsed < 4:
            return set()
        floor = max(3, int(0.4 * self.pages_parsed))
        return {url for url, n in self.link_pages.items() if n >= floor}

    def _fresh_links(self, items: list[pages.Link], enough: int) -> int:
        """How many of ``items`` are not scheduled yet, counted up to ``enough``."""
        count = 0
        scheduled = self.scheduled
        for link in items:
            if _link_key(link.url) not in scheduled:
                count += 1
                if count >= enough:
                    break
        return count

    def _items(self, page: pages.PageLinks, root: str) -> list[pages.Link]:
        pattern = self.portal.article_re
        if pattern is not None:
            return [
                link
                for link in page.links
                if pattern.search(link.url) and self._on_portal(link.url) and link.url != page.url
            ]
        # Links found on most pages (a "Tin nổi bật" box) are not excluded: such a box also
        # lists the newest articles of the listing itself, which must not be lost.
        items = pages.listing_items(page, preferred_chains=self.chains.get(root, set()))
        if items:
            self.chains.setdefault(root, set()).update(link.chain for link in items)
        return [link for link in items if self._on_portal(link.url)]

    def _trace_listing(self, page: pages.PageLinks, items: list[pages.Link], root: str) -> None:
        """For ``dtcrawl try``: the listing read, and each link not followed with the reason."""
        if self.trace._file is None:
            return
        followed = {link.url for link in items} | set(self._pagination(page))
        template = self._template_urls()
        self.trace.write("listing", url=page.url, root=root, items=len(items))
        for link in page.links:
            if link.url in followed:
                continue
            if not self._on_portal(link.url):
                reason = "off the portal"
            elif link.chrome:
                reason = "menu, header or footer"
            elif link.url in template:
                reason = "on most pages (template)"
            elif link.words < 3:
                reason = "not a headline"
            else:
                reason = "outside the main list"
            self.trace.write(
                "not_followed", page=page.url, url=link.url, text=link.text, reason=reason
            )

    def _pagination(self, page: pages.PageLinks) -> list[str]:
        pattern = self.portal.listing_re
        found = pages.pagination_links(page)
        if pattern is not None:
            found += [link.url for link in page.links if pattern.search(link.url)]
        return [url for url in dict.fromkeys(found) if self._on_portal(url)]

    def _response_problem(self, response: Response, *, allow_xml: bool = False) -> str | None:
        if response.status >= 400:
            return f"HTTP {response.status}"
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        if ctype.startswith(_GENERIC_TYPES) and _starts_as_html(response.body):
            # An HTML page a misconfigured server or proxy labels "text/plain" or
            # "application/octet-stream" (its default type): read as what it is.
            return None
        if not isinstance(response, TextResponse):
            return f"not HTML: {ctype or 'unknown content type'}"
        if response.body[:5] == b"%PDF-":
            return "not HTML: a PDF served as " + (ctype or "unknown type")
        if not allow_xml and ctype and not any(t in ctype for t in HTML_TYPES):
            return f"not HTML: {ctype}"
        return None

    def _answered(self) -> None:
        self.failures_in_a_row = 0

    def _html(self, response: Response) -> str:
        """The page's text, decoded despite wrong or missing charset declarations (once)."""
        self._answered()
        text = response.meta.get("dtcrawl_text")
        if text is None:
            self.hosts_answered.add((urlsplit(response.url).hostname or "").lower())
            ctype = response.headers.get(b"Content-Type", b"").decode("latin-1")
            text, note, as_is = pages.decode_markup(response.body, ctype)
            if note:
                self.logger.warning("%s: %s", response.url, note)
                self.crawler.stats.inc_value("dtcrawl/charset_repaired")
            response.meta["dtcrawl_text"] = text
            response.meta["dtcrawl_utf8"] = as_is
        return text

    def _page_links(self, response: Response) -> pages.PageLinks:
        """The page's links, read from its bytes when they are its text's UTF-8 as they stand
        (libxml2 parses them faster than the text: :func:`pages.decode_markup`)."""
        text = self._html(response)
        if response.meta.get("dtcrawl_utf8"):
            return pages.page_links(response.body, response.url, encoding="utf-8")
        return pages.page_links(text, response.url)

    def _page_item(self, response: Response, role: str) -> dict[str, Any]:
        return {
            "kind": "page",
            "role": role,
            "portal": self.portal.id,
            "url": response.url,
            "html": self._html(response),
        }

    def _article_item(self, response: Response, *, source: str | None) -> dict[str, Any]:
        request_url = response.request.url if response.request is not None else response.url
        return {
            "kind": "article",
            "portal": self.portal.id,
            "url": response.url,
            "requested_url": request_url,
            "redirects": list(response.meta.get("redirect_urls", [])),
            "html": self._html(response),
            "status": response.status,
            "etag": response.headers.get(b"ETag", b"").decode("latin-1") or None,
            "last_modified": response.headers.get(b"Last-Modified", b"").decode("latin-1") or None,
            "fetched_at": now_iso(),
            "discovered_from": source,
            # Its item in a listing, when a date stands in it: the date of a page that shows
            # none (read when the page arrives: a box may have queued it before its listing).
            "listed_text": self.listed_dates.get(_link_key(request_url)),
            # In the main list of a start listing (not only in a box beside it, a whole-site
            # feed or a sitemap): what a registry's "relevance: all" vouches for.
            "in_listing": source == "start" or _link_key(request_url) in self.listed,
        }

    def _error_item(self, url: str, reason: str, status: int | None) -> dict[str, Any]:
        return {
            "kind": "error",
            "portal": self.portal.id,
            "url": url,
            "reason": reason,
            "status": status,
        }
