"""Redirects that leave the portal, or lead to a page already read, are not followed.

The spider filters duplicate requests itself and sends them with ``dont_filter=True`` (see
``spiders/portal.py``), and Scrapy's ``OffsiteMiddleware`` lets every ``dont_filter`` request
through, including the request a redirect makes from it. So a link of the portal that redirects
to another site (a DotNetNuke ``LinkClick.aspx?link=`` banner, a WordPress ``?share=facebook``
button, a shortener) was fetched there, and that site's page could be cleaned and stored as an
article of the portal.

:class:`OffsiteRedirectMiddleware` drops a redirected request whose new address the portal's
registry entry does not allow (:meth:`dtcrawl.registry.Portal.allows`) with
:class:`OffsiteRedirect`; the spider records it only for a start URL (a portal that moved to
another domain must be reported), and counts the others in the ``dtcrawl/offsite_redirect``
stat. A redirect to a page the crawl reads under its own address anyway (a home page's
short link, ``/xem-tin.aspx?id=5``, to the article a listing links) is dropped with
:class:`AlreadyRead` (the spider's ``redirect_target_seen`` says so), so the page is fetched
once.
"""

from __future__ import annotations

import logging

from scrapy import Request, Spider
from scrapy.exceptions import IgnoreRequest

__all__ = ["AlreadyRead", "OffsiteRedirect", "OffsiteRedirectMiddleware", "leaves_portal"]

logger = logging.getLogger(__name__)


class OffsiteRedirect(IgnoreRequest):
    """A redirect led off the portal: the request is dropped."""


class AlreadyRead(IgnoreRequest):
    """A redirect led to a page the crawl has read or queued under its own address (a home
    page's short link to an article its listing links too): the request is dropped."""


def leaves_portal(request: Request, portal) -> bool:
    """True for a request made by a redirect whose address ``portal`` does not allow.

    >>> from dtcrawl.registry import Portal
    >>> portal = Portal(id="p", name="P", province="P", start_urls=("http://p.gov.vn/",))
    >>> hop = {"redirect_urls": ["http://p.gov.vn/LinkClick.aspx?link=x"]}
    >>> leaves_portal(Request("https://facebook.com/share", meta=hop), portal)
    True
    >>> leaves_portal(Request("http://www.p.gov.vn/tin/1", meta=hop), portal)
    False
    >>> leaves_portal(Request("https://facebook.com/share"), portal)  # not a redirect
    False
    """
    return bool(request.meta.get("redirect_urls")) and not portal.allows(request.url)


class OffsiteRedirectMiddleware:
    """Downloader middleware: drop redirects to hosts outside the spider's portal."""

    def __init__(self, stats=None) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_request(self, request: Request, spider: Spider) -> None:
        portal = getattr(spider, "portal", None)
        if portal is None:
            return None
        seen = getattr(spider, "redirect_target_seen", None)
        if request.meta.get("redirect_urls") and seen is not None and seen(request):
            if self.stats is not None:
                self.stats.inc_value("dtcrawl/redirects_to_pages_read")
            raise AlreadyRead(f"redirects to {request.url}, read under its own address")
        if not leaves_portal(request, portal):
            return None
        if self.stats is not None:
            self.stats.inc_value("dtcrawl/offsite_redirect")
        origin = request.meta["redirect_urls"][0]
        logger.info("not following %s: it redirects off the portal to %s", origin, request.url)
        raise OffsiteRedirect(f"redirects off the portal to {request.url}")
