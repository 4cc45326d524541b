"""A portal that says it is busy is given time, as it asks.

Portals behind a web application firewall or an anti-DDoS front answer ``429 Too Many
Requests`` (or ``503 Service Unavailable`` with a ``Retry-After`` header) when a client asks
too fast, and many keep a client that goes on asking blocked for longer. Scrapy's own
``RetryMiddleware`` retries such an answer at once, twice, and then gives the page up; its
AutoThrottle reads latency only, and a busy answer is fast. So a crawl of such a portal lost most
of its pages and hammered the front while it did.

:class:`BusyPortalMiddleware` (a downloader middleware placed before Scrapy's retries) takes a
busy answer as the portal's word: the portal's download slot waits what ``Retry-After`` says
(:func:`retry_after_seconds`; doubled at each busy answer in a row when the header is missing),
for every request to that portal, and the page is asked again, up to
``DTCRAWL_BUSY_RETRY_TIMES`` times. Each page that arrives after that takes a tenth off the
slot's added wait, until the portal is back at its usual pace. A wait longer than ``DTCRAWL_BUSY_MAX_WAIT``
seconds is cut to it. Busy answers are counted in the ``dtcrawl/busy`` stat and logged.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy import Request, Spider
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.http import Response

__all__ = ["BusyPortalMiddleware", "busy_wait", "is_busy", "retry_after_seconds"]

logger = logging.getLogger(__name__)

# With no Retry-After, the first busy answer waits this long, doubled for each one in a row.
FIRST_WAIT = 1.0


def retry_after_seconds(value: str | bytes | None, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks a client to wait, or None if it says nothing usable.

    The header is either a number of seconds or an HTTP date (RFC 9110, 10.2.3).

    >>> retry_after_seconds("120")
    120.0
    >>> retry_after_seconds(b" 2 ")
    2.0
    >>> now = datetime(2026, 11, 24, 10, 0, 0, tzinfo=UTC)
    >>> retry_after_seconds("Tue, 24 Nov 2026 10:00:30 GMT", now)
    30.0
    >>> retry_after_seconds("Tue, 24 Nov 2026 09:59:00 GMT", now)  # already past
    0.0
    >>> retry_after_seconds("soon") is None
    True
    """
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    return max(0.0, (when - now).total_seconds())


def is_busy(status: int, retry_after: float | None) -> bool:
    """True for an answer that means "ask again later": 429, or 503 with a Retry-After.

    A 503 without the header is an ordinary server error (Scrapy's retries handle it).

    >>> is_busy(429, None), is_busy(503, 5.0), is_busy(503, None), is_busy(200, 5.0)
    (True, True, False, False)
    """
    return status == 429 or (status == 503 and retry_after is not None)


def busy_wait(retry_after: float | None, in_a_row: int, max_wait: float) -> float:
    """How long a portal's slot waits after its ``in_a_row``-th busy answer in a row.

    What the portal asked for; without a usable header, 1 s doubled for each answer in a row.
    Never more than ``max_wait``.

    >>> busy_wait(3.0, 1, 300), busy_wait(None, 1, 300), busy_wait(None, 4, 300)
    (3.0, 1.0, 8.0)
    >>> busy_wait(3600.0, 1, 300)
    300
    """
    wait = retry_after if retry_after is not None else FIRST_WAIT * 2 ** (in_a_row - 1)
    return min(wait, max_wait)


class BusyPortalMiddleware:
    """Downloader middleware: slow a portal's slot down when it answers busy, retry the page."""

    def __init__(self, crawler, max_wait: float, retry_times: int) -> None:
        self.crawler = crawler
        self.max_wait = max_wait
        self.retry_times = retry_times
        # slot key -> (usual delay, busy answers in a row); only slots slowed down are here.
        self.slowed: dict[str, tuple[float, int]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(
            crawler,
            max_wait=settings.getfloat("DTCRAWL_BUSY_MAX_WAIT", 300.0),
            retry_times=settings.getint("DTCRAWL_BUSY_RETRY_TIMES", 6),
        )

    def _slot(self, request: Request):
        downloader = getattr(self.crawler.engine, "downloader", None)
        if downloader is None:
            return None, None
        key = downloader.get_slot_key(request)
        return key, downloader.slots.get(key)

    def process_response(
        self, request: Request, response: Response, spider: Spider
    ) -> Request | Response:
        if response.status < 400:
            if self.slowed:
                self._recover(request)
            return response
        retry_after = retry_after_seconds(response.headers.get(b"Retry-After"))
        if not is_busy(response.status, retry_after):
            return response
        key, slot = self._slot(request)
        usual, in_a_row = self.slowed.get(key, (slot.delay if slot else 0.0, 0))
        in_a_row += 1
        wait = busy_wait(retry_after, in_a_row, self.max_wait)
        if slot is not None:
            slot.delay = max(slot.delay, usual + wait)
            self.slowed[key] = (usual, in_a_row)
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("dtcrawl/busy")
        retry = get_retry_request(
            request,
            spider=spider,
            reason=f"busy ({response.status})",
            max_retry_times=self.retry_times,
        )
        if retry is None:
            return response
        logger.info(
            "%s answered %s: waiting %.1f s between its requests, asking again",
            request.url,
            response.status,
            wait,
        )
        return retry

    def _recover(self, request: Request) -> None:
        key, slot = self._slot(request)
        if key not in self.slowed:
            return
        usual, _ = self.slowed[key]
        if slot is None:
            del self.slowed[key]
            return
        # Each page that arrives takes a tenth off the added wait: the portal's pace is found
        # again slowly (halving it sent the crawl straight back into the front's limit).
        slot.delay = usual + (slot.delay - usual) * 0.9
        if slot.delay - usual < 0.05:
            slot.delay = usual
            del self.slowed[key]
        else:
            self.slowed[key] = (usual, 0)
