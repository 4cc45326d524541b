"""Pure rendering of the demo portals: (portal, path) → response, no sockets.

>>> response = render("cds-tayphong", "/robots.txt")
>>> response.status, "Sitemap:" in response.text()
(200, True)

The module-level functions use the demo corpus (:func:`dtcrawl.demo.corpus.load_corpus`);
:class:`DemoSites` renders any corpus given to it (tests use small ones).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from dtcrawl.demo.cms.ampfirst import AmpFirstSite
from dtcrawl.demo.cms.appshell import AppShellSite
from dtcrawl.demo.cms.aspclassic import AspClassicSite
from dtcrawl.demo.cms.aspnet import AspNetSite
from dtcrawl.demo.cms.badmeta import BadMetaSite
from dtcrawl.demo.cms.base64img import Base64ImgSite
from dtcrawl.demo.cms.bilingual import BilingualSite
from dtcrawl.demo.cms.broadcaster import BroadcasterSite
from dtcrawl.demo.cms.bylinemix import BylineMixSite
from dtcrawl.demo.cms.cardlinks import CardLinksSite
from dtcrawl.demo.cms.cfemail import CfEmailSite
from dtcrawl.demo.cms.clickredir import ClickRedirSite
from dtcrawl.demo.cms.comments import CommentsSite
from dtcrawl.demo.cms.common import CmsSite, Response
from dtcrawl.demo.cms.crosspost import CrossPostSite
from dtcrawl.demo.cms.datearchive import DateArchiveSite
from dtcrawl.demo.cms.datebottom import DateBottomSite
from dtcrawl.demo.cms.datemix import DateMixSite
from dtcrawl.demo.cms.detaillinks import DetailLinksSite
from dtcrawl.demo.cms.districtaspx import DistrictAspxSite
from dtcrawl.demo.cms.dnn import DnnSite
from dtcrawl.demo.cms.drupal import DrupalSite
from dtcrawl.demo.cms.dupmarkup import DupMarkupSite
from dtcrawl.demo.cms.emagazine import EMagazineSite
from dtcrawl.demo.cms.ethnic import EthnicSite
from dtcrawl.demo.cms.fckbr import FckBrSite
from dtcrawl.demo.cms.h1logo import H1LogoSite
from dtcrawl.demo.cms.httpquirks import HttpQuirksSite
from dtcrawl.demo.cms.hubnav import HubNavSite
from dtcrawl.demo.cms.iframecms import IframeCmsSite
from dtcrawl.demo.cms.iiscase import IisCaseSite
from dtcrawl.demo.cms.infscroll import InfScrollSite
from dtcrawl.demo.cms.inlinerelated import InlineRelatedSite
from dtcrawl.demo.cms.joomla import JoomlaSite
from dtcrawl.demo.cms.jsdates import JsDatesSite
from dtcrawl.demo.cms.jsonmore import JsonMoreSite
from dtcrawl.demo.cms.jspportal import JspPortalSite
from dtcrawl.demo.cms.lazyfigures import LazyFiguresSite
from dtcrawl.demo.cms.liferay import LiferaySite
from dtcrawl.demo.cms.liferay7 import Liferay7Site
from dtcrawl.demo.cms.listdates import ListDatesSite
from dtcrawl.demo.cms.liveblog import LiveBlogSite
from dtcrawl.demo.cms.loosepager import LoosePagerSite
from dtcrawl.demo.cms.mediamix import MediaMixSite
from dtcrawl.demo.cms.mobilefirst import MobileFirstSite
from dtcrawl.demo.cms.modern import ModernSite
from dtcrawl.demo.cms.mvcportal import MvcPortalSite
from dtcrawl.demo.cms.nested import NestedSite
from dtcrawl.demo.cms.newssitemap import NewsSitemapSite
from dtcrawl.demo.cms.nextarticle import NextArticleSite
from dtcrawl.demo.cms.nextjs import NextJsSite
from dtcrawl.demo.cms.nukeviet import NukeVietSite
from dtcrawl.demo.cms.nvtheme import NvThemeSite
from dtcrawl.demo.cms.oldframes import OldFramesSite
from dtcrawl.demo.cms.oldstatic import OldStaticSite
from dtcrawl.demo.cms.onclicknav import OnclickNavSite
from dtcrawl.demo.cms.pagebreak import PageBreakSite
from dtcrawl.demo.cms.pdfpaste import PdfPasteSite
from dtcrawl.demo.cms.phpcustom import PhpCustomSite
from dtcrawl.demo.cms.plone import PloneSite
from dtcrawl.demo.cms.postback import PostbackSite
from dtcrawl.demo.cms.querycms import QueryCmsSite
from dtcrawl.demo.cms.ratelimit import RateLimitSite
from dtcrawl.demo.cms.relcursor import RelCursorSite
from dtcrawl.demo.cms.richbody import RichBodySite
from dtcrawl.demo.cms.selectpager import SelectPagerSite
from dtcrawl.demo.cms.sharepoint import SharePointSite
from dtcrawl.demo.cms.shortnotices import ShortNoticesSite
from dtcrawl.demo.cms.splists import SpListsSite
from dtcrawl.demo.cms.sppath import SpPathSite
from dtcrawl.demo.cms.springajax import SpringAjaxSite
from dtcrawl.demo.cms.subsites import PlatformSite
from dtcrawl.demo.cms.tabbed import TabbedSite
from dtcrawl.demo.cms.teaserlists import TeaserListsSite
from dtcrawl.demo.cms.traps import TrapsSite
from dtcrawl.demo.cms.umbraco import UmbracoSite
from dtcrawl.demo.cms.wagtail import WagtailSite
from dtcrawl.demo.cms.webcenter import WebCenterSite
from dtcrawl.demo.cms.websphere import WebSphereSite
from dtcrawl.demo.cms.wordpaste import WordPasteSite
from dtcrawl.demo.cms.wordpress import WordPressSite
from dtcrawl.demo.cms.wpgutenberg import WpGutenbergSite
from dtcrawl.demo.cms.xemtiep import XemTiepSite
from dtcrawl.demo.faulty import FaultySite, faulty_articles
from dtcrawl.demo.portals import ALL_PORTALS

__all__ = [
    "DemoSites",
    "Response",
    "article_urls",
    "broken_pages",
    "demo_sites",
    "print_urls",
    "render",
]

FAMILIES: dict[str, type[CmsSite]] = {
    "sharepoint": SharePointSite,
    "aspnet": AspNetSite,
    "liferay": LiferaySite,
    "nukeviet": NukeVietSite,
    "modern": ModernSite,
    "faulty": FaultySite,
    "drupal": DrupalSite,
    "dnn": DnnSite,
    "wordpress": WordPressSite,
    "webcenter": WebCenterSite,
    "joomla": JoomlaSite,
    "websphere": WebSphereSite,
    "phpcustom": PhpCustomSite,
    "plone": PloneSite,
    "liferay7": Liferay7Site,
    "oldframes": OldFramesSite,
    "splists": SpListsSite,
    "traps": TrapsSite,
    "mobilefirst": MobileFirstSite,
    "nextjs": NextJsSite,
    "nested": NestedSite,
    "umbraco": UmbracoSite,
    "querycms": QueryCmsSite,
    "jspportal": JspPortalSite,
    "wagtail": WagtailSite,
    "subsites": PlatformSite,
    "mvcportal": MvcPortalSite,
    "springajax": SpringAjaxSite,
    "bilingual": BilingualSite,
    "districtaspx": DistrictAspxSite,
    "cardlinks": CardLinksSite,
    "iframecms": IframeCmsSite,
    "clickredir": ClickRedirSite,
    "comments": CommentsSite,
    "crosspost": CrossPostSite,
    "aspclassic": AspClassicSite,
    "listdates": ListDatesSite,
    "nextarticle": NextArticleSite,
    "pdfpaste": PdfPasteSite,
    "emagazine": EMagazineSite,
    "ratelimit": RateLimitSite,
    "fckbr": FckBrSite,
    "broadcaster": BroadcasterSite,
    "ethnic": EthnicSite,
    "jsonmore": JsonMoreSite,
    "postback": PostbackSite,
    "datebottom": DateBottomSite,
    "dupmarkup": DupMarkupSite,
    "detaillinks": DetailLinksSite,
    "base64img": Base64ImgSite,
    "selectpager": SelectPagerSite,
    "h1logo": H1LogoSite,
    "inlinerelated": InlineRelatedSite,
    "relcursor": RelCursorSite,
    "richbody": RichBodySite,
    "onclicknav": OnclickNavSite,
    "iiscase": IisCaseSite,
    "mediamix": MediaMixSite,
    "wordpaste": WordPasteSite,
    "tabbed": TabbedSite,
    "cfemail": CfEmailSite,
    "ampfirst": AmpFirstSite,
    "jsdates": JsDatesSite,
    "shortnotices": ShortNoticesSite,
    "lazyfigures": LazyFiguresSite,
    "newssitemap": NewsSitemapSite,
    "liveblog": LiveBlogSite,
    "pagebreak": PageBreakSite,
    "badmeta": BadMetaSite,
    "infscroll": InfScrollSite,
    "bylinemix": BylineMixSite,
    "wpgutenberg": WpGutenbergSite,
    "loosepager": LoosePagerSite,
    "httpquirks": HttpQuirksSite,
    "xemtiep": XemTiepSite,
    "oldstatic": OldStaticSite,
    "nvtheme": NvThemeSite,
    "datearchive": DateArchiveSite,
    "hubnav": HubNavSite,
    "teaserlists": TeaserListsSite,
    "sppath": SpPathSite,
    "datemix": DateMixSite,
    "appshell": AppShellSite,
}


class DemoSites:
    """The demo portals built over one corpus (``{portal_id: [DemoArticle, ...]}``).

    The ``faulty`` portal uses its own articles (:func:`dtcrawl.demo.faulty.faulty_articles`)
    unless the corpus has some for it.
    """

    def __init__(self, corpus: Mapping[str, Sequence[Any]]):
        self.corpus = corpus
        self._sites: dict[str, CmsSite] = {}

    def site(self, portal_id: str) -> CmsSite:
        """The rendering site of ``portal_id`` (built once)."""
        if portal_id not in self._sites:
            portal = ALL_PORTALS[portal_id]
            articles = list(self.corpus.get(portal_id, []))
            if portal_id == "faulty" and not articles:
                articles = list(faulty_articles())
            self._sites[portal_id] = FAMILIES[portal.cms](portal, articles)
        return self._sites[portal_id]

    def render(
        self, portal_id: str, path_and_query: str, revision: int = 0, base_url: str | None = None
    ) -> Response:
        """The response of ``portal_id`` for ``path_and_query`` at ``revision``."""
        return self.site(portal_id).render(path_and_query, revision, base_url)

    def article_urls(self, portal_id: str) -> dict[str, str]:
        """Canonical path of each corpus article of ``portal_id``, by article key."""
        site = self.site(portal_id)
        return {it.key: site.article_path(it) for it in site.items if it.kind == "article"}

    def print_urls(self, portal_id: str) -> dict[str, str]:
        """Print-view path of each article, by key (empty for families without print views)."""
        return self.site(portal_id).print_paths()

    def broken_pages(self, portal_id: str) -> dict[str, str]:
        """Deliberately broken pages linked from the listings: path → kind."""
        site = self.site(portal_id)
        return {site.article_path(it): it.kind for it in site.items if it.kind != "article"}

    def start_paths(self, portal_id: str) -> list[str]:
        """Where a crawler of ``portal_id`` starts."""
        return self.site(portal_id).start_paths()


@lru_cache(maxsize=1)
def demo_sites() -> DemoSites:
    """The demo portals over the demo corpus (loaded once)."""
    from dtcrawl.demo.corpus import load_corpus

    return DemoSites(load_corpus())


def render(
    portal_id: str, path_and_query: str, revision: int = 0, base_url: str | None = None
) -> Response:
    """Render one demo page without any socket.

    ``revision`` 0 serves the original texts, 1 the edited ones (articles with a revision);
    ``base_url`` (``http://host:port``, default ``http://<portal host>``) is used where pages
    carry absolute URLs (sitemaps, feeds, canonical links).
    """
    return demo_sites().render(portal_id, path_and_query, revision, base_url)


def article_urls(portal_id: str) -> dict[str, str]:
    """Canonical URL path of each demo article of ``portal_id``, by article key."""
    return demo_sites().article_urls(portal_id)


def print_urls(portal_id: str) -> dict[str, str]:
    """Print-view URL path of each demo article of ``portal_id`` that has one, by key."""
    return demo_sites().print_urls(portal_id)


def broken_pages(portal_id: str) -> dict[str, str]:
    """Deliberately broken pages of ``portal_id``: URL path → kind (missing/error/…)."""
    return demo_sites().broken_pages(portal_id)
