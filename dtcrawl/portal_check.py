"""Checking registry portals against the live web: ``dtcrawl portals --check``.

For each portal, fetch its start URLs, sitemaps, feeds and robots.txt (plain ``urllib``, one
request at a time per portal, an identifying User-Agent), follow redirects while recording the
chain, and read each start page with :mod:`dtcrawl.pages` (the crawler's own structural rules)
to count article links and pagination links. The result is a :class:`PortalCheck` with a
verdict (``ok``, ``warn``, ``fail``), the problems seen, and concrete suggested fixes to the
registry entry ("start URL redirects to https://…: update start_urls", "set status: dead").

The registry's declared ``status`` is taken into account: a portal recorded as ``dead`` that
does not resolve, or as ``redirecting`` that redirects elsewhere, is as expected (``ok``).
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import urllib.error
import urllib.request
import urllib.robotparser
import warnings
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

from lxml import etree

from dtcrawl import __version__, pages
from dtcrawl.registry import Portal, format_table
from dtcrawl.text import fold

USER_AGENT = f"dtcrawl/{__version__} (+https://github.com/dtcrawl/dtcrawl)"
ROBOTS_AGENT = "dtcrawl"
MAX_BODY = 4 * 1024 * 1024
LEGACY_CIPHERS = "DEFAULT@SECLEVEL=1"
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class Fetched:
    """The outcome of fetching one URL: a response (any status) or an error.

    ``redirects`` lists every URL the request was sent on to, in order (the last one is
    ``final_url``). ``error_kind`` is one of ``dns``, ``tls-cert``, ``tls``, ``timeout``,
    ``refused``, ``connection``, ``redirect-loop``, ``bad-url``, or ``None`` for a response.
    """

    url: str
    final_url: str
    status: int | None = None
    redirects: list[str] = field(default_factory=list)
    content_type: str = ""
    body: bytes = b""
    error_kind: str | None = None
    error: str | None = None


class Fetch(Protocol):
    """What :func:`check_portal` calls to fetch a URL (default :func:`fetch_url`)."""

    def __call__(
        self, url: str, *, timeout: float, verify_tls: bool, legacy_tls: bool = False
    ) -> Fetched: ...


class _RecordingRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self) -> None:
        self.chain: list[str] = []

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        self.chain.append(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _tls_context(verify_tls: bool, legacy_tls: bool) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if not verify_tls:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    if legacy_tls:
        context.set_ciphers(LEGACY_CIPHERS)
        with warnings.catch_warnings():  # TLS 1.0 is deprecated, and still served by some portals
            warnings.simplefilter("ignore", DeprecationWarning)
            context.minimum_version = ssl.TLSVersion.TLSv1
    return context


def _classify(exc: BaseException) -> tuple[str, str]:
    """Map a fetch exception to (error_kind, one-line message)."""
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, str):
        message = reason
        kind = "redirect-loop" if "redirect" in reason.lower() else "connection"
        return kind, message
    message = f"{type(reason).__name__}: {reason}".strip().splitlines()[0][:300]
    if isinstance(reason, socket.gaierror):
        return "dns", message
    if isinstance(reason, ssl.SSLCertVerificationError):
        return "tls-cert", message
    if isinstance(reason, ssl.SSLError):
        return "tls", message
    if isinstance(reason, TimeoutError | socket.timeout):
        return "timeout", message
    if isinstance(reason, ConnectionRefusedError):
        return "refused", message
    if isinstance(reason, ValueError):
        return "bad-url", message
    return "connection", message


def fetch_url(
    url: str, *, timeout: float = 20, verify_tls: bool = True, legacy_tls: bool = False
) -> Fetched:
    """GET ``url`` with urllib, following redirects and recording them; never raises.

    ``legacy_tls`` allows the old ciphers some portals still need (``DEFAULT@SECLEVEL=1``).
    """
    redirects = _RecordingRedirects()
    opener = urllib.request.build_opener(
        redirects, urllib.request.HTTPSHandler(context=_tls_context(verify_tls, legacy_tls))
    )
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": "*/*", "Accept-Language": "vi,en;q=0.5"}
    )
    result = Fetched(url=url, final_url=url)
    try:
        with opener.open(request, timeout=timeout) as response:
            result.status = response.status
            result.final_url = response.geturl()
            result.content_type = response.headers.get("Content-Type", "")
            result.body = response.read(MAX_BODY)
    except urllib.error.HTTPError as exc:
        if exc.code in (301, 302, 303, 307, 308):  # a loop, or too many hops
            result.error_kind, result.error = "redirect-loop", f"HTTP {exc.code}: {exc.reason}"
        result.status = exc.code
        result.final_url = exc.geturl() or url
        result.content_type = exc.headers.get("Content-Type", "") if exc.headers else ""
        try:
            result.body = exc.read(MAX_BODY)
        except (OSError, http.client.HTTPException):
            result.body = b""
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as exc:
        result.error_kind, result.error = _classify(exc)
        result.final_url = redirects.chain[-1] if redirects.chain else url
    result.redirects = list(redirects.chain)
    return result


@dataclass
class UrlCheck:
    """What was seen at one URL of a portal (a start URL, sitemap, feed or robots.txt)."""

    role: str
    url: str
    final_url: str
    status: int | None
    redirects: list[str]
    off_domain: bool
    content_type: str
    error_kind: str | None
    error: str | None
    alive: bool = False
    article_links: int = 0
    pagination_links: int = 0
    entries: int = 0  # sitemap <loc>s or feed items
    script_paging: bool = False
    sample_links: list[str] = field(default_factory=list)


@dataclass
class PortalCheck:
    """The result of checking one portal: verdict, problems, suggested registry fixes."""

    portal_id: str
    verdict: str = "ok"
    problems: list[str] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    urls: list[UrlCheck] = field(default_factory=list)

    @property
    def start(self) -> list[UrlCheck]:
        """The checks of the start URLs (after any meta-refresh hop)."""
        return [u for u in self.urls if u.role == "start"]

    @property
    def article_links(self) -> int:
        """Article links found over all start pages."""
        return sum(u.article_links for u in self.start)

    @property
    def pagination_links(self) -> int:
        """Pagination links found over all start pages."""
        return sum(u.pagination_links for u in self.start)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for ``--json``."""
        data = asdict(self)
        data["article_links"] = self.article_links
        data["pagination_links"] = self.pagination_links
        return data


def find_candidate_links(html: str | bytes, base_url: str) -> tuple[list[str], list[str]]:
    """Return (article links, pagination links) of a listing page, read by its structure.

    Uses the crawler's own rules (:mod:`dtcrawl.pages`): headline links sharing one position
    in the page outside its chrome; pager links labelled with a number or a pager word whose
    URL differs from the page's by one number.

    >>> html = ('<body><ul class="news"><li><a href="/tin/1">Tỉnh triển khai chuyển đổi số năm '
    ...   '2024</a></li><li><a href="/tin/2">Tập huấn kỹ năng số cho cán bộ cấp xã</a></li></ul>'
    ...   '<div class="pager"><a href="/tin-tuc?page=2">2</a></div></body>')
    >>> find_candidate_links(html, "http://t.vn/tin-tuc?page=1")
    (['http://t.vn/tin/1', 'http://t.vn/tin/2'], ['http://t.vn/tin-tuc?page=2'])
    """
    page = pages.page_links(html, base_url)
    items = [link.url for link in pages.listing_items(page)]
    return items, pages.pagination_links(page)


_SCRIPT_PAGER = re.compile(r"^(?:\d{1,5}|trang\s*sau|tiep(?:\s*theo)?|sau|next|[»›>]{1,2})$")


def has_script_paging(html: str | bytes) -> bool:
    """True when the page's pager works only by script (``javascript:`` links, Telerik grids).

    >>> has_script_paging('<div><a href="javascript:__doPostBack(\\'g\\',\\'Page$2\\')">2</a></div>')
    True
    >>> has_script_paging('<div><a href="?page=2">2</a></div>')
    False
    """
    root = pages.parse_html(html)
    if root is None:
        return False
    for a in root.iter("a"):
        href = (a.get("href") or "").strip().lower()
        classes = (a.get("class") or "") + " " + (a.getparent().get("class") or "")
        if "rgpagenext" in classes.lower():
            return True
        if href.startswith("javascript:") and _SCRIPT_PAGER.match(fold(a.text_content()).strip()):
            return True
    return False


def meta_refresh_url(html: str | bytes, base_url: str) -> str | None:
    """The target of an immediate ``<meta http-equiv="refresh">`` redirect, if any.

    >>> meta_refresh_url('<head><meta http-equiv="Refresh" content="0; URL=/portal/"></head>',
    ...                  "http://t.vn/")
    'http://t.vn/portal/'
    """
    root = pages.parse_html(html)
    if root is None:
        return None
    for meta in root.iter("meta"):
        if (meta.get("http-equiv") or "").strip().lower() != "refresh":
            continue
        match = re.match(
            r"\s*(\d+)\s*[;,]\s*url\s*=\s*['\"]?([^'\"]+)", meta.get("content") or "", re.I
        )
        if match and int(match.group(1)) <= 5:
            return urljoin(base_url, match.group(2).strip())
    return None


def _is_html(fetched: Fetched) -> bool:
    ctype = fetched.content_type.lower()
    if any(t in ctype for t in HTML_TYPES):
        return True
    return not ctype and fetched.body.lstrip()[:1] == b"<"


def _xml_root(body: bytes) -> etree._Element | None:
    try:
        root = etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False))
    except etree.XMLSyntaxError:
        return None
    return root


def _sitemap_entries(body: bytes) -> int | None:
    """Number of <loc> in a sitemap or sitemap index, None if the body is not a sitemap."""
    root = _xml_root(body) if body else None
    if root is None or etree.QName(root).localname not in ("urlset", "sitemapindex"):
        return None
    return sum(1 for el in root.iter() if isinstance(el.tag, str) and el.tag.endswith("loc"))


def _feed_entries(body: bytes, base_url: str) -> int | None:
    """Number of items of an RSS/Atom feed, None if the body is not a feed."""
    root = _xml_root(body) if body else None
    if root is None or etree.QName(root).localname not in ("rss", "feed", "RDF"):
        return None
    return len(pages.feed_entry_links(body, base_url))


def _alternatives(url: str, error_kind: str) -> list[str]:
    """Other spellings of a failing start URL worth one try: the host with or without
    ``www.`` when it does not resolve, plain ``http://`` when ``https://`` is refused or broken.

    >>> _alternatives("https://laichau.gov.vn/tin-tuc", "dns")
    ['https://www.laichau.gov.vn/tin-tuc']
    >>> _alternatives("https://www.laichau.gov.vn/", "refused")
    ['http://www.laichau.gov.vn/']
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    if error_kind == "dns" and host and not re.fullmatch(r"[\d.]+", host):
        other = host.removeprefix("www.") if host.startswith("www.") else "www." + host
        netloc = other + (f":{parts.port}" if parts.port else "")
        return [parts._replace(netloc=netloc).geturl()]
    if parts.scheme == "https" and error_kind in ("refused", "tls", "tls-cert"):
        return [parts._replace(scheme="http").geturl()]
    return []


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class _Checker:
    """One portal's check in progress: collects URL checks, problems and suggestions."""

    def __init__(self, portal: Portal, timeout: float, fetch: Fetch) -> None:
        self.portal = portal
        self.timeout = timeout
        self.fetch = fetch
        self.result = PortalCheck(portal_id=portal.id)
        self.usable_starts = 0
        self.off_domain_starts = 0
        self.dead_starts = 0  # DNS failure or nothing listening

    def problem(self, text: str, suggestion: str | None = None) -> None:
        if text not in self.result.problems:
            self.result.problems.append(text)
        if suggestion and suggestion not in self.result.suggestions:
            self.result.suggestions.append(suggestion)

    def get(self, url: str) -> Fetched:
        """Fetch with the portal's TLS setting; on a TLS failure, find out what would work."""
        fetched = self.fetch(url, timeout=self.timeout, verify_tls=self.portal.verify_tls)
        if fetched.error_kind == "tls-cert":
            retry = self.fetch(url, timeout=self.timeout, verify_tls=False)
            if retry.error_kind is None:
                self.problem(
                    f"{url}: TLS certificate rejected ({fetched.error})",
                    "the certificate is invalid: set verify_tls: false",
                )
                return retry
        elif fetched.error_kind == "tls":
            retry = self.fetch(
                url, timeout=self.timeout, verify_tls=self.portal.verify_tls, legacy_tls=True
            )
            if retry.error_kind is None:
                self.problem(
                    f"{url}: TLS handshake fails with modern ciphers ({fetched.error})",
                    f'the portal needs legacy TLS: add settings: {{DOWNLOADER_CLIENT_TLS_CIPHERS: "{LEGACY_CIPHERS}"}}',
                )
                return retry
        return fetched

    def url_check(self, role: str, url: str, fetched: Fetched) -> UrlCheck:
        return UrlCheck(
            role=role,
            url=url,
            final_url=fetched.final_url,
            status=fetched.status,
            redirects=list(fetched.redirects),
            off_domain=bool(fetched.redirects) and not self.portal.allows(fetched.final_url),
            content_type=fetched.content_type.split(";")[0].strip(),
            error_kind=fetched.error_kind,
            error=fetched.error,
        )

    def report_failure(self, role: str, url: str, fetched: Fetched) -> None:
        """Problems and suggestions for a URL that gave no usable response."""
        kind, host = fetched.error_kind, _host(fetched.final_url)
        what = {"start": "start URL", "sitemap": "sitemap", "feed": "feed"}[role]
        if kind == "dns":
            self.problem(
                f"{what} {url}: host {host} not found (DNS)",
                f"host {host} does not resolve: set status: dead (or correct the host)"
                if role == "start"
                else f"remove {url} from {role}s (its host does not resolve)",
            )
        elif kind in ("refused", "connection", "timeout"):
            label = {"refused": "connection refused", "timeout": "timed out"}.get(kind, "failed")
            fix = (
                f"nothing answers at {urlsplit(url).netloc}: check the URL (http/https, port), "
                "and set status: dead if it persists"
                if kind != "timeout"
                else "try again later; if it persists, raise download_delay or set status: dead"
            )
            self.problem(f"{what} {url}: {label} ({fetched.error})", fix)
        elif kind in ("tls-cert", "tls"):
            self.problem(
                f"{what} {url}: TLS error ({fetched.error})",
                "TLS fails even with relaxed settings: check the URL's scheme (try http://)",
            )
        elif kind == "redirect-loop":
            self.problem(f"{what} {url}: redirect loop ({fetched.error})", None)
        elif kind:
            self.problem(f"{what} {url}: {fetched.error}", None)
        elif fetched.status is not None and fetched.status >= 400:
            status = fetched.status
            if role != "start":
                fix = f"remove {url} from {role}s, or find its current address"
            elif status in (404, 410):
                fix = f"{url} is gone: find the section again from the home page and update start_urls"
            elif status in (401, 403):
                fix = "access refused: the portal may block crawlers; try another start URL or ask the portal"
            else:
                fix = "server error: try again later"
            self.problem(f"{what} {url}: HTTP {status}", fix)

    def check_start(self, url: str) -> None:
        fetched = self.get(url)
        hops = 0
        while (
            fetched.error_kind is None and fetched.status == 200 and _is_html(fetched) and hops < 3
        ):
            target = meta_refresh_url(fetched.body, fetched.final_url)
            if not target or target == fetched.final_url:
                break
            chain = fetched.redirects + [target]
            fetched = self.get(target)
            fetched.redirects = chain + fetched.redirects
            hops += 1
        if fetched.error_kind in ("dns", "refused", "tls", "tls-cert"):
            for alternative in _alternatives(url, fetched.error_kind):
                retry = self.get(alternative)
                if retry.error_kind is None and (retry.status or 0) < 400:
                    self.problem(
                        f"start URL {url} fails ({fetched.error_kind}) but {alternative} answers",
                        f"start URL works as {alternative}: update start_urls",
                    )
                    retry.redirects = [alternative] + retry.redirects
                    fetched = retry
                    break
        check = self.url_check("start", url, fetched)
        self.result.urls.append(check)
        if fetched.error_kind or (fetched.status or 0) >= 400:
            self.report_failure("start", url, fetched)
            if fetched.error_kind in ("dns", "refused"):
                self.dead_starts += 1
            return
        if check.off_domain:
            self.off_domain_starts += 1
            target = _host(fetched.final_url)
            if self.portal.status == "redirecting":
                self.result.notes.append(f"{url} redirects to {fetched.final_url} (as recorded)")
            else:
                self.problem(
                    f"start URL {url} redirects off the portal's domains to {fetched.final_url}",
                    f"set status: redirecting (and register {target} as its own portal), or add "
                    f"{target} to allowed_domains if it is the same site under a new name",
                )
            return
        if fetched.final_url != url:
            self.problem(
                f"start URL {url} redirects to {fetched.final_url}",
                f"start URL redirects to {fetched.final_url}: update start_urls",
            )
        if not _is_html(fetched):
            self.problem(
                f"start URL {url} is not an HTML page ({check.content_type or 'no content type'})",
                "point start_urls at a news listing page",
            )
            return
        self.usable_starts += 1
        text, _ = pages.decode_page(fetched.body, check.content_type)
        page = pages.page_links(text, fetched.final_url)
        items = [link.url for link in pages.listing_items(page)]
        pager = pages.pagination_links(page)
        check.alive = True
        check.article_links = len(items)
        check.pagination_links = len(pager)
        check.sample_links = items[:3]
        check.script_paging = not pager and has_script_paging(fetched.body)
        for feed in page.feeds:
            if feed not in self.portal.feeds:
                self.result.suggestions.append(f"{url} declares the feed {feed}: add it to feeds")
        if not items:
            self.problem(
                f"no article links found on {url}",
                "point start_urls at a news listing (a section page listing headlines)",
            )
            return
        article_re = self.portal.article_re
        if article_re is not None and not any(article_re.search(u) for u in items):
            self.problem(
                f"article_url_pattern matches none of the {len(items)} article links on {url} "
                f"(e.g. {items[0]})",
                "fix article_url_pattern (or remove it)",
            )
        if check.script_paging:
            self.problem(
                f"{url} pages only by script (javascript: links): the crawler cannot follow them",
                "use a sitemap or feed, or a listing whose pages have plain links",
            )
        elif not pager:
            self.result.notes.append(f"no pagination on {url}: only its first page is listed")

    def check_extra(self, role: str, url: str) -> None:
        fetched = self.get(url)
        check = self.url_check(role, url, fetched)
        self.result.urls.append(check)
        if fetched.error_kind or (fetched.status or 0) >= 400:
            self.report_failure(role, url, fetched)
            return
        if role == "sitemap":
            entries = _sitemap_entries(fetched.body)
        else:
            entries = _feed_entries(fetched.body, fetched.final_url)
        if entries is None:
            self.problem(
                f"{role} {url} answers but is not a {role} ({check.content_type or 'no type'})",
                f"remove {url} from {role}s, or find its current address",
            )
            return
        check.alive = True
        check.entries = entries
        if fetched.final_url != url:
            self.problem(
                f"{role} {url} redirects to {fetched.final_url}",
                f"{role} redirects to {fetched.final_url}: update {role}s",
            )
        if entries == 0:
            self.problem(f"{role} {url} is empty", None)

    def check_robots(self) -> None:
        origins = dict.fromkeys(_origin(u) for u in self.portal.start_urls)
        alive_sitemaps = {u.url for u in self.result.urls if u.role == "sitemap" and u.alive}
        for origin in origins:
            url = origin + "/robots.txt"
            fetched = self.fetch(url, timeout=self.timeout, verify_tls=False)
            check = self.url_check("robots", url, fetched)
            self.result.urls.append(check)
            if fetched.error_kind or fetched.status != 200 or _is_html(fetched):
                continue  # no robots.txt: everything is allowed
            check.alive = True
            text = fetched.body.decode("utf-8", "replace")
            parser = urllib.robotparser.RobotFileParser()
            parser.parse(text.splitlines())
            for start in self.portal.start_urls:
                if _origin(start) == origin and not parser.can_fetch(ROBOTS_AGENT, start):
                    self.problem(
                        f"robots.txt of {origin} disallows {start}",
                        "the crawler obeys robots.txt: choose another start URL",
                    )
            for sitemap in pages.sitemap_urls_from_robots(text, url):
                if sitemap not in self.portal.sitemaps and sitemap not in alive_sitemaps:
                    self.result.suggestions.append(
                        f"robots.txt names the sitemap {sitemap}: add it to sitemaps"
                    )

    def run(self) -> PortalCheck:
        for url in self.portal.start_urls:
            self.check_start(url)
        for url in self.portal.sitemaps:
            self.check_extra("sitemap", url)
        for url in self.portal.feeds:
            self.check_extra("feed", url)
        if self.dead_starts < len(self.portal.start_urls):
            self.check_robots()
        self.decide()
        return self.result

    def decide(self) -> None:
        result, status = self.result, self.portal.status
        total = len(self.portal.start_urls)
        if status == "dead" and self.dead_starts == total:
            result.notes.append("dead, as recorded")
            result.verdict = "ok"
            result.problems.clear()
            result.suggestions.clear()
            return
        if status == "redirecting" and self.off_domain_starts == total:
            result.verdict = "ok" if not result.problems else "warn"
            return
        if self.usable_starts and status in ("dead", "redirecting"):
            self.problem(
                f"recorded as {status} but its start pages answer",
                "the portal answers: set status: live",
            )
        result.verdict = "fail" if not self.usable_starts else ("warn" if result.problems else "ok")


def check_portal(portal: Portal, *, timeout: float = 20, fetch: Fetch | None = None) -> PortalCheck:
    """Check one portal against the live web (see the module docstring); never raises.

    ``fetch`` replaces :func:`fetch_url` (same keyword arguments, returns :class:`Fetched`).
    """
    try:
        return _Checker(portal, timeout, fetch or fetch_url).run()
    except Exception as exc:  # one broken check must not stop the others
        return PortalCheck(
            portal_id=portal.id,
            verdict="fail",
            problems=[f"check crashed: {type(exc).__name__}: {exc}"],
        )


def check_portals(
    portals: Iterable[Portal],
    *,
    workers: int = 8,
    timeout: float = 20,
    fetch: Fetch | None = None,
    on_done: Callable[[PortalCheck], None] | None = None,
) -> list[PortalCheck]:
    """Check several portals in parallel (one thread per portal); results in input order."""
    portals = list(portals)
    if not portals:
        return []

    def one(portal: Portal) -> PortalCheck:
        check = check_portal(portal, timeout=timeout, fetch=fetch)
        if on_done is not None:
            on_done(check)
        return check

    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(portals)))) as pool:
        return list(pool.map(one, portals))


def _http_cell(check: PortalCheck) -> str:
    start = check.start
    if not start:
        return "-"
    first = start[0]
    if first.error_kind:
        return first.error_kind
    return str(first.status) + ("→" if first.redirects else "")


def _alive_cell(check: PortalCheck, role: str) -> str:
    urls = [u for u in check.urls if u.role == role]
    return f"{sum(u.alive for u in urls)}/{len(urls)}" if urls else "-"


def format_checks(checks: Iterable[PortalCheck]) -> str:
    """A plain-text report: one table row per portal, then its problems and suggested fixes.

    >>> print(format_checks([PortalCheck("x", "fail", ["start URL http://x.vn/: HTTP 404"],
    ...                                  ["update start_urls"])]))
    id  verdict  http  articles  pages  sitemaps  feeds  final URL
    x   fail     -     0         0      -         -
    <BLANKLINE>
    x: fail
      problem: start URL http://x.vn/: HTTP 404
      fix:     update start_urls
    <BLANKLINE>
    0 ok, 0 warn, 1 fail
    """
    checks = list(checks)
    rows = []
    for check in checks:
        start = check.start
        final = ""
        if start and start[0].final_url != start[0].url:
            final = start[0].final_url
        rows.append(
            (
                check.portal_id,
                check.verdict,
                _http_cell(check),
                check.article_links,
                check.pagination_links,
                _alive_cell(check, "sitemap"),
                _alive_cell(check, "feed"),
                final,
            )
        )
    header = ("id", "verdict", "http", "articles", "pages", "sitemaps", "feeds", "final URL")
    out = [format_table(header, rows)]
    for check in checks:
        if not (check.problems or check.suggestions):
            continue
        lines = [f"{check.portal_id}: {check.verdict}"]
        lines += [f"  problem: {p}" for p in check.problems]
        lines += [f"  fix:     {s}" for s in check.suggestions]
        out.append("\n".join(lines))
    starts = [u for c in checks for u in c.start]
    if starts and all(u.error_kind == "dns" for u in starts):
        out.append(
            "No host resolved at all: check this machine's network and DNS before marking "
            "portals dead."
        )
    counts = {v: sum(c.verdict == v for c in checks) for v in ("ok", "warn", "fail")}
    out.append(", ".join(f"{n} {v}" for v, n in counts.items()))
    return "\n\n".join(out)
