"""Scrapy settings for dtcrawl (``scrapy.cfg`` points here).

Politeness is on by default: robots.txt obeyed, an identifying User-Agent,
AutoThrottle, at most two requests at a time per portal. Every value can be
overridden on the command line (``dtcrawl crawl --set NAME=VALUE``) or per
portal in the registry (``download_delay``, ``concurrency``, ``settings``).

Settings of dtcrawl's own start with ``DTCRAWL_``.
"""

import os

from dtcrawl import __version__

BOT_NAME = "dtcrawl"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

USER_AGENT = f"dtcrawl/{__version__} (+https://github.com/dtcrawl/dtcrawl; archive of public news)"
ROBOTSTXT_OBEY = True

# Politeness.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
RANDOMIZE_DOWNLOAD_DELAY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Resilience: slow government portals, flaky 5xx.
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 10
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
# Let the spider see error responses so it can record them in fetch_errors.
HTTPERROR_ALLOW_ALL = True

# Verify TLS certificates like a browser does; a portal with a broken certificate is
# crawled only when its registry entry says `verify_tls: false` (logged at every run).
DOWNLOADER_CLIENTCONTEXTFACTORY = "scrapy.core.downloader.contextfactory.BrowserLikeContextFactory"
UNVERIFIED_CONTEXTFACTORY = "scrapy.core.downloader.contextfactory.ScrapyClientContextFactory"

# Scrapy hands each response's output (items and requests) to CONCURRENT_ITEMS cooperative
# tasks, made anew for every response even when it yields one item or none: at Scrapy's 100
# that was 71,500 tasks and their Deferreds for 716 pages, ~2 CPU s of the crawl process's 7
# (python -m dtcrawl.bench.crawl); at 16, 0.08 ms a response, at 4, 0.03. A page yields at most
# three items (an error about its start URL, the page, an article): with 4 tasks one is always
# left to hand its requests to the scheduler while its items wait for the cleaning worker.
CONCURRENT_ITEMS = 4

# Scrapy checks every callback for a generator that returns a value (a mistake it warns of),
# from the callback's source code (inspect.getsource and ast.parse). Its memo is keyed by the
# bound method object, new for every request, and forgets it once that request is gone: the
# portal spider's callbacks were parsed again and again, 2 % of the crawl process's samples in a
# py-spy profile of the crawl benchmark. dtcrawl's spider returns no values from generators.
WARN_ON_GENERATOR_RETURN_VALUE = False

# Cookies are kept as a browser keeps them: fronts of many portals (a WAF's or anti-DDoS
# challenge) answer a first visit with a redirect that sets a cookie and refuse every request
# without it. Scrapy's cookie middleware measured 0.01 ms a page (0.02 once a portal sets one).
COOKIES_ENABLED = True
TELNETCONSOLE_ENABLED = False
# Scrapy's per-request byte and status counts (downloader/... in the log's stats dump): the
# crawl's own counts (dtcrawl/..., crawl_runs) and fetch_errors say what an operator needs;
# computing them measured 0.09 ms of the crawl process's CPU a page.
DOWNLOADER_STATS = False
LOG_LEVEL = "INFO"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"

# Raw captures: every HTML/XML response kept in WARC files (dtcrawl.warc). The downloader
# middleware sits after decompression (590) and retries (550); the spider middleware tells
# which captures are articles and hands their capture to the article items.
DOWNLOADER_MIDDLEWARES = {
    "dtcrawl.warc.WarcCaptureMiddleware": 545,
    # Meta-refresh redirects followed as by Scrapy's middleware, without decoding every page
    # to look for one (dtcrawl.metarefresh).
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "dtcrawl.metarefresh.MetaRefreshMiddleware": 580,
    # Redirects that leave the portal are dropped (dtcrawl.offsite).
    "dtcrawl.offsite.OffsiteRedirectMiddleware": 560,
    # A portal that answers 429 (or 503 with Retry-After) is given the time it asks for
    # (dtcrawl.busy), before Scrapy's retries (550) would ask again at once.
    "dtcrawl.busy.BusyPortalMiddleware": 555,
}
SPIDER_MIDDLEWARES = {"dtcrawl.warc.CaptureRoleMiddleware": 850}
DTCRAWL_WARC = True  # False: no WARC files, no captures rows
DTCRAWL_WARC_DIR = "warc"  # relative to the archive database's folder

ITEM_PIPELINES = {
    "dtcrawl.pipelines.ArchivePipeline": 500,
}

# dtcrawl's own settings.
DTCRAWL_DB = "archive/dtnews.db"  # the SQLite archive
DTCRAWL_PORTALS = None  # registry YAML; None = the packaged registry
DTCRAWL_RUN_ID = None  # set by `dtcrawl crawl`; a standalone `scrapy crawl` opens its own run
DTCRAWL_RECHECK_DAYS = 30.0  # re-fetch a stored article after this many days (conditional GET)
DTCRAWL_MAX_LISTING_PAGES = 200  # per start URL, following pagination
DTCRAWL_STOP_AFTER_KNOWN_PAGES = 2  # stop paginating after N listing pages with nothing new
DTCRAWL_BUSY_RETRY_TIMES = 6  # busy answers (429, 503 + Retry-After) for one page before it is left
DTCRAWL_BUSY_MAX_WAIT = 300.0  # seconds; a longer Retry-After is cut to this
DTCRAWL_GIVE_UP_AFTER = 10  # network failures in a row before a portal is given up for the run
DTCRAWL_TEMPLATE_WARMUP = 8  # pages of a portal seen before its first article is cleaned
# Cleaning (template, extraction, relevance, figures, dedup fingerprint) in a worker process
# beside the crawl process, which then only fetches, stores and writes WARC files: 1 = one
# worker shared by every portal of the run (values above 1 count as 1); 0 = clean inline, in
# the crawl process. Default: 1 when the crawl may use more than one CPU core.
_cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
DTCRAWL_CLEANING_WORKERS = 1 if (_cores or 1) > 1 else 0
# Group commit (dtcrawl.storage.Archive): the crawl's writes to the archive (articles, WARC
# capture rows, fetch errors, checks) share one transaction, committed every
# DTCRAWL_COMMIT_EVERY writes or DTCRAWL_COMMIT_SECONDS seconds, whichever comes first, and when
# a spider opens or closes. A crawl killed between two commits loses at most that batch: those
# pages are not archived, and the next run fetches them again. DTCRAWL_COMMIT_EVERY = 1: commit
# every write (no batch); DTCRAWL_COMMIT_SECONDS = 0: no age limit. Measured on the crawl
# benchmark (500 articles): the crawl process's CPU 7.1 s with batches of 100 against 7.8 s
# with a commit per write (each commit writes its changed 64 KiB pages whole to the WAL).
DTCRAWL_COMMIT_EVERY = 100
DTCRAWL_COMMIT_SECONDS = 1.0
