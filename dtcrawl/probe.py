"""Probing an unknown portal: propose a registry entry from one page.

:func:`probe_page` reads a portal's home or section page and says what a
registry entry needs: the CMS family (from the markers each family leaves in
its pages), candidate digital-transformation sections (by link text), whether
the page is a listing (and its pagination), and the feeds it declares. Pure:
the caller fetches (see :func:`dtcrawl.commands.probe`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import yaml

from dtcrawl import pages
from dtcrawl.text import fold

# Markers each CMS family leaves in its pages or URLs: (family, pattern, what it shows).
CMS_MARKERS: tuple[tuple[str, str, str], ...] = (
    (
        "sharepoint",
        r"/_layouts/|/Pages/[^\"' ]+\.aspx|MicrosoftSharePointTeamServices|"
        r"SharePoint|_spPageContextInfo",
        "SharePoint paths or scripts",
    ),
    (
        "liferay",
        r"Liferay|/-/view_content/|/-/asset_publisher/|p_p_id=|/o/[a-z-]+-theme/|"
        r"journal-content-article|lfr-",
        "Liferay portlets",
    ),
    ("websphere", r"/wps/portal/|/wps/wcm/|ibm\.portal", "IBM WebSphere Portal paths"),
    ("webcenter", r"/webcenter/portal/|dDocName=|afrLoop", "Oracle WebCenter paths"),
    ("dnn", r"/Portals/0/|DotNetNuke|/tabid/\d+|dnn_", "DotNetNuke assets"),
    ("nukeviet", r"NukeViet|/vi/news/|nv_|/themes/default/images/", "NukeViet paths"),
    ("drupal", r"Drupal|/sites/default/files/|/node/\d+", "Drupal paths"),
    ("wordpress", r"wp-content/|wp-json|WordPress", "WordPress paths"),
    ("aspnet", r"__VIEWSTATE|__doPostBack|\.aspx\b", "ASP.NET WebForms state"),
)

# Section names about digital transformation and IT (the news-section names are not probed
# for); the first STRONG_TERMS of them name digital transformation itself.
SECTION_TERMS = pages.SECTION_TERMS[:12]
STRONG_TERMS = 9
_SECTION_RE = re.compile(r"\b(" + "|".join(re.escape(t) for t in SECTION_TERMS) + r")\b")


@dataclass
class ProbeResult:
    """What one page says about its portal."""

    url: str
    cms: str = "unknown"
    cms_evidence: list[str] = field(default_factory=list)
    sections: list[tuple[str, str]] = field(default_factory=list)  # (link text, URL)
    is_listing: bool = False
    article_links: list[str] = field(default_factory=list)
    pagination: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    unsure: list[str] = field(default_factory=list)
    site_name: str | None = None
    home_url: str | None = None  # when the result is a section found from this home page


def detect_cms(html: str, url: str) -> tuple[str, list[str]]:
    """Return the CMS family whose markers the page shows most, with the evidence.

    >>> detect_cms('<form><input name="__VIEWSTATE"></form>', "http://t.vn/Trang/a.aspx")[0]
    'aspnet'
    >>> detect_cms('<div class="journal-content-article">', "http://t.vn/web/guest/-/view_content/1-a")[0]
    'liferay'
    """
    generator = re.search(
        r'<meta[^>]+name=["\']generator["\'][^>]+content=["\']([^"\']+)', html, re.I
    )
    haystack = f"{url}\n{html}"
    scores: list[tuple[int, int, str, str]] = []
    for order, (family, pattern, label) in enumerate(CMS_MARKERS):
        hits = len(re.findall(pattern, haystack))
        if generator and re.search(pattern, generator.group(1)):
            hits += 10
        if hits:
            scores.append((hits, -order, family, f"{label} ({hits} markers)"))
    if not scores:
        return "unknown", []
    scores.sort(reverse=True)
    best = scores[0]
    # ASP.NET state is shared by SharePoint and DNN: prefer the more specific family.
    if best[2] == "aspnet":
        for s in scores[1:]:
            if s[2] in ("sharepoint", "dnn") and s[0] >= 2:
                best = s
                break
    return best[2], [s[3] for s in scores[:3]]


def _is_strong(text: str) -> bool:
    """A section named for digital transformation itself (not science or IT in general)."""
    match = _SECTION_RE.search(fold(text))
    return bool(match) and SECTION_TERMS.index(match.group(1)) < STRONG_TERMS


def find_sections(page: pages.PageLinks) -> list[tuple[str, str]]:
    """Links whose text names a digital-transformation section, best first.

    >>> page = pages.page_links('<body><nav><a href="/cds">Chuyển đổi số</a>'
    ...     '<a href="/x">Du lịch</a></nav></body>', "http://t.vn/")
    >>> find_sections(page)
    [('Chuyển đổi số', 'http://t.vn/cds')]
    """
    found: dict[str, tuple[int, str]] = {}
    for link in page.links:
        folded = fold(link.text)
        match = _SECTION_RE.search(folded)
        if not match or link.words > 8 or not link.text:
            continue
        rank = SECTION_TERMS.index(match.group(1))
        if link.url not in found or rank < found[link.url][0]:
            found[link.url] = (rank, link.text)
    return [(text, url) for url, (rank, text) in sorted(found.items(), key=lambda kv: kv[1][0])]


def site_name(html: str) -> str | None:
    """The portal's name: ``og:site_name``, else the ``<title>`` before a separator.

    >>> site_name("<title>Tin tức | Cổng TTĐT tỉnh Lam Giang</title>")
    'Cổng TTĐT tỉnh Lam Giang'
    """
    meta = re.search(
        r'<meta[^>]+property=["\']og:site_name["\'][^>]+content=["\']([^"\']+)', html, re.I
    )
    if meta:
        return meta.group(1).strip()
    title = re.search(r"<title[^>]*>(.*?)</title>", html, re.I | re.S)
    if not title:
        return None
    parts = [p.strip() for p in re.split(r"\s[|–—-]\s", " ".join(title.group(1).split())) if p]
    named = [p for p in parts if re.search(r"(?i)cổng|sở|ủy ban|ubnd|tỉnh|thành phố", p)]
    return (named or parts or [None])[-1]


def strong_section(result: ProbeResult) -> str | None:
    """URL of the digital-transformation section to crawl instead of the probed page, if any."""
    strong = [url for text, url in result.sections if _is_strong(text)]
    if not strong or result.url in strong:
        return None
    return strong[0]


def merge_section(home: ProbeResult, section: ProbeResult) -> ProbeResult:
    """The probe of a section found from a home page, keeping what the home page told."""
    section.home_url = home.url
    section.sections = home.sections
    section.site_name = home.site_name or section.site_name
    feeds = list(dict.fromkeys(home.feeds + section.feeds))
    slug = [part for part in urlsplit(section.url).path.split("/") if part][-1:]
    own = [feed for feed in feeds if slug and slug[0].lower() in feed.lower()]
    section.feeds = own or feeds  # the section's own feed, when it has one
    section.sitemaps = list(dict.fromkeys(home.sitemaps + section.sitemaps))
    if home.cms != "unknown":
        section.cms, section.cms_evidence = home.cms, home.cms_evidence
    section.unsure = [u for u in section.unsure if "no digital-transformation section" not in u]
    section.unsure += [u for u in home.unsure if "redirects to" in u]
    return section


def probe_page(html: str, url: str, robots_txt: str | None = None) -> ProbeResult:
    """Read one page of a portal and say what a registry entry for it needs."""
    result = ProbeResult(url=url)
    result.cms, result.cms_evidence = detect_cms(html, url)
    result.site_name = site_name(html)
    page = pages.page_links(html, url)
    result.sections = [
        (text, link)
        for text, link in find_sections(page)
        if link != url and not pages.is_home_url(link)
    ]
    items = pages.listing_items(page)
    result.pagination = pages.pagination_links(page)
    result.article_links = [link.url for link in items]
    result.is_listing = len(items) >= 3
    result.feeds = list(dict.fromkeys(page.feeds))
    if robots_txt:
        result.sitemaps = pages.sitemap_urls_from_robots(robots_txt, url)
    if result.cms == "unknown":
        result.unsure.append("CMS family not recognised")
    if not result.sections:
        result.unsure.append("no digital-transformation section linked from this page")
    if not result.is_listing:
        result.unsure.append("this page does not read as a listing of articles")
    elif not result.pagination:
        result.unsure.append("no pagination found (script-only paging, or a single page)")
    if "javascript:" in html and "__doPostBack" in html:
        result.unsure.append("some links are javascript:__doPostBack (not followable)")
    return result


def propose_entry(result: ProbeResult, *, portal_id: str | None = None) -> dict:
    """A registry entry (as plain data) built from a probe, ready to dump as YAML."""
    host = (urlsplit(result.url).hostname or "portal").lower()
    slug = portal_id or re.sub(r"[^a-z0-9]+", "-", host.removeprefix("www.").split(".gov.vn")[0])
    start = result.url
    relevance = "keywords"
    if result.home_url and result.is_listing:
        relevance = "all"  # the portal's own digital-transformation section
    elif any(url == result.url and _is_strong(text) for text, url in result.sections):
        relevance = "all"
    entry: dict = {
        "id": slug.strip("-") or "portal",
        "name": result.site_name or f"TODO: name of {host}",
        "province": "TODO",
        "start_urls": [start],
        "relevance": relevance,
        "cms": result.cms,
        "verified": False,
    }
    if result.feeds:
        entry["feeds"] = result.feeds
    if result.sitemaps:
        entry["sitemaps"] = result.sitemaps
    if result.unsure:
        entry["notes"] = "; ".join(result.unsure)
    return entry


def format_probe(result: ProbeResult, entry: dict) -> str:
    """The probe as a human reads it: findings as YAML comments, then the entry."""
    lines = [f"# probe of {result.home_url or result.url}"]
    if result.home_url:
        lines.append(f"# digital-transformation section: {result.url}")
    lines.append(
        f"# CMS family: {result.cms}"
        + (f" ({'; '.join(result.cms_evidence)})" if result.cms_evidence else "")
    )
    for text, url in result.sections[:8]:
        lines.append(f"# section: {text} -> {url}")
    lines.append(
        f"# listing: {'yes' if result.is_listing else 'no'}, "
        f"{len(result.article_links)} article links, {len(result.pagination)} pagination links"
    )
    for url in result.pagination[:5]:
        lines.append(f"#   page: {url}")
    for url in result.feeds:
        lines.append(f"# feed: {url}")
    for url in result.sitemaps:
        lines.append(f"# sitemap: {url}")
    for note in result.unsure:
        lines.append(f"# unsure: {note}")
    lines.append(yaml.safe_dump({"portals": [entry]}, allow_unicode=True, sort_keys=False))
    return "\n".join(lines)
