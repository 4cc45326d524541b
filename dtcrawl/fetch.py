"""Fetching one page outside a crawl (``probe``, ``extract URL``, ``fixture``).

Crawls go through Scrapy; the one-page commands use this small urllib client with
the same identifying User-Agent and the same charset handling as the spider
(:func:`dtcrawl.pages.decode_page`: valid UTF-8, else the declared charset, else windows-1258).
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass, field

from dtcrawl.pages import decode_page
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
        """The body decoded exactly as the crawler decodes it (wrong declarations repaired)."""
        return decode_page(self.body, self.headers.get("content-type"))[0]


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


def fetch_or_exit(url: str, *, timeout: float = 30.0) -> FetchedPage:
    """Fetch ``url`` for a one-page command; on failure print one line and exit 1."""
    import sys

    import click

    try:
        page = fetch(url, timeout=timeout)
    except OSError as exc:
        click.echo(f"dtcrawl: cannot fetch {url}: {exc}", err=True)
        sys.exit(1)
    if page.status >= 400:
        click.echo(f"dtcrawl: {url} answered HTTP {page.status}", err=True)
        sys.exit(1)
    return page
