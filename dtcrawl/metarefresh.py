"""Scrapy's meta-refresh redirects, without decoding the pages that cannot declare one.

Scrapy's ``MetaRefreshMiddleware`` follows ``<meta http-equiv="refresh" content="0;url=...">``
redirects (portals use them on home pages and moved sections). To look for one it decodes
every HTML response whole (``response.text``: encoding inferred, the body decoded and kept for
the response's life) and scans its first 4,096 characters. dtcrawl's spider never reads
``response.text`` (it decodes pages itself, :func:`dtcrawl.pages.decode_page`), so that decoding
served only the search: 0.1-0.2 ms of the crawl process's CPU a page on the crawl benchmark.

:class:`MetaRefreshMiddleware` first looks at the raw bytes: a refresh declaration spells
"refresh" in ASCII letters (w3lib matches it so), and 4,096 characters of an ASCII-compatible
encoding are at most 16,384 bytes. A page whose first 16,384 bytes hold no "refresh" (any
case) and no NUL byte (UTF-16 and UTF-32 pages have them) cannot redirect, and is passed on
undecoded; every other page goes through Scrapy's middleware as before.
"""

from __future__ import annotations

from scrapy.downloadermiddlewares.redirect import (
    MetaRefreshMiddleware as ScrapyMetaRefreshMiddleware,
)
from scrapy.http import HtmlResponse

#: Bytes that hold the 4,096 characters Scrapy scans, in any ASCII-compatible encoding.
SCAN_BYTES = 4 * 4096

__all__ = ["MetaRefreshMiddleware", "may_declare_refresh"]


def may_declare_refresh(body: bytes) -> bool:
    """Could the start of this HTML body declare a meta refresh (as Scrapy looks for one)?

    >>> may_declare_refresh(b'<meta http-equiv="Refresh" content="0; url=/vi">')
    True
    >>> may_declare_refresh(b"<html><head><title>Tin tuc</title></head>")
    False
    """
    head = body[:SCAN_BYTES]
    return b"refresh" in head.lower() or b"\x00" in head


class MetaRefreshMiddleware(ScrapyMetaRefreshMiddleware):
    """Scrapy's ``MetaRefreshMiddleware``; pages that cannot declare a refresh pass undecoded.

    Replaces Scrapy's at the same place:
    ``DOWNLOADER_MIDDLEWARES = {"scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware":
    None, "dtcrawl.metarefresh.MetaRefreshMiddleware": 580}``; same settings
    (``METAREFRESH_ENABLED``, ``METAREFRESH_MAXDELAY``, ``METAREFRESH_IGNORE_TAGS``).
    """

    def process_response(self, request, response, spider=None):
        if isinstance(response, HtmlResponse) and not may_declare_refresh(response.body):
            return response
        return super().process_response(request, response, spider)
