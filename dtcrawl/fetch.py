"""Fetching one page outside a crawl (``probe``, ``extract URL``, ``fixture``).

Crawls go through Scrapy; the one-page commands use this small urllib client with
the same identifying User-Agent and the same charset handling (w3lib's
``html_to_unicode``: HTTP header, then ``<meta charset>``, then detection).
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass, field

from w3lib.encoding import html_to_unicode

from dtcrawl.settings import USER_AGENT


@dataclass
class FetchedPage:
    """A page fetched over HTTP: final URL, status, headers, body and decoded text."""

    url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    @property
    def text(self) -> str:
        """The body decoded as a browser would (header charset, meta charset, detection)."""
        _, text = html_to_unicode(self.headers.get("content-type"), self.body)
        return text


def fetch(url: str, *, timeout: float = 30.0, max_bytes: int = 8 * 1024 * 1024) -> FetchedPage:
    """Fetch ``url``; HTTP errors come back as a page with their status, not as exceptions.

    Network failures (DNS, refused, timeout, TLS) raise ``OSError`` subclasses.
    """
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(max_bytes + 1)[:max_bytes]
            headers = {k.lower(): v for k, v in response.headers.items()}
            return FetchedPage(response.geturl(), response.status, headers, body)
    except urllib.error.HTTPError as exc:
        headers = {k.lower(): v for k, v in (exc.headers or {}).items()}
        return FetchedPage(exc.geturl() or url, exc.code, headers, exc.read() if exc.fp else b"")
