"""URL canonicalisation: one article, one URL, one identity key.

Two forms are produced:

- :func:`canonicalize_url` — the URL stored in the archive: the scheme and host the portal uses
  (host lower-cased, default port dropped), tracking/session/print/redirect parameters removed,
  query keys sorted, fragment dropped, percent-encoding normalised and decomposed Unicode in the
  path composed (NFC);
- :func:`url_key` — the identity of a page: the canonical URL without scheme and ``www.``, with
  the trailing slash of the path removed, so ``http://www.x.gov.vn/a/`` and
  ``https://x.gov.vn/a`` are the same page.

What the libraries do and where they fall short (measured on portal URL shapes, see
``tests/test_urls.py``):

- ``w3lib.url.canonicalize_url`` sorts query keys, normalises percent-encoding and drops the
  fragment, and we use it for that; but it keeps every tracking parameter (``utm_*``,
  ``fbclid``, ``zarsrc``), keeps ``;jsessionid=`` path parameters, and leaves decomposed
  Unicode (``so%CC%81``) different from the composed form (``s%C3%B3``).
- ``courlan.normalize_url`` removes common trackers, but keeps the fragment, keeps session ids
  (``PHPSESSID``, ``sid``) and Zalo's ``zarsrc``, turns ``;jsessionid=`` into ``%3Bjsessionid=``
  (so the session id becomes part of the path), and its ``strict`` mode drops meaningful
  parameters such as ``nid``, ``l``/``lv`` or Liferay's ``_101_cur``.

So the parameter filter below is our own, with an explicit list of names that are proven not to
change the content of the page; everything else is kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterable
from functools import lru_cache
from urllib.parse import (
    parse_qsl,
    quote,
    unquote_to_bytes,
    urlencode,
    urljoin,
    urlsplit,
    urlunsplit,
)

from w3lib.url import canonicalize_url as _w3lib_canonicalize

# Query parameters that never change what a page shows (lower-cased names).
_TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
        "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "zarsrc", "zalo_source", "ref",
        "ref_src", "ref_url", "spm", "trk", "s_cid",
    }
)  # fmt: skip
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "itm_", "hsa_")
_SESSION_PARAMS = frozenset(
    {
        "jsessionid", "phpsessid", "asp.net_sessionid", "aspsessionid", "sid", "sessionid",
        "session_id", "cfid", "cftoken", "p_p_auth", "p_auth",
        # Oracle ADF Faces (WebCenter): the window's and controller's state of one visit.
        "_adf.ctrl-state", "_afrloop", "_afrwindowmode", "_afrwindowid",
    }
)  # fmt: skip
# Liferay appends the page one came from as ``redirect`` / ``_<portlet>_redirect`` (7.x:
# ``p_l_back_url``); ASP.NET login walls add ``ReturnUrl``, Plone's ``came_from``. They multiply
# URL variants of the same article.
_REDIRECT_PARAMS = frozenset(
    {"redirect", "returnurl", "return_url", "backurl", "back_url", "p_l_back_url", "came_from"}
)
# Cache busters templates append so that no cache serves the page ("?_=1609722060123", jQuery's;
# "&t=1062875118", "?rnd=0.7481"): a time in seconds or milliseconds, or a random number, under
# a name that says nothing else. Different at every rendering, they make endless copies of a page.
_CACHE_BUSTERS = frozenset(
    {"_", "t", "ts", "rnd", "rand", "random", "nocache", "cachebuster", "cb", "timestamp", "_t"}
)
_CACHE_BUSTER_VALUE = re.compile(r"^(?:\d{9,13}|0?\.\d{4,})$")
_PRINT_VALUES = frozenset({"1", "true", "yes", "on", "print"})
_PRINT_SWITCHES = frozenset({"view", "format", "mode", "layout", "type"})  # ...=print
# Percent-escapes of the path's reserved characters (RFC 3986 gen-delims and sub-delims that
# may stand bare in a path: / ; : @ & = + $ , ! * ' ( )). Decoding one changes what the path
# says (%2F would add a level, %3B would start a path parameter that the next canonicalisation
# strips as a session id), so they are kept as escapes, upper case.
_ENCODED_RESERVED = re.compile(r"(%(?:2[1246-9A-Ca-cFf]|3[ABDabd]|40))")
_PATH_PARAM = re.compile(r";(?:jsessionid|phpsessid|sid|sessionid)=[^/?#]*", re.IGNORECASE)
# ASP.NET cookieless sessions put the id in the path: /(S(lit3py55t21z5v55vlm25s55))/page.aspx
_ASPNET_COOKIELESS = re.compile(r"/\((?:[A-Z]\([A-Za-z0-9]+\))+\)(?=/)")
_PRINT_PATH = re.compile(
    r"(?:^|/)(?:print|in-bai-viet|in-tin|inbai|printpreview|print-preview)(?:/|\.[a-z]+$|$)"
    r"|(?:^|/)print\.aspx$",
    re.IGNORECASE,
)


def _drop_param(name: str, value: str) -> bool:
    """Whether query parameter ``name=value`` is presentational (safe to drop)."""
    low = name.lower()
    if low in _TRACKING_PARAMS or low in _SESSION_PARAMS or low in _REDIRECT_PARAMS:
        return True
    if low.startswith(_TRACKING_PREFIXES):
        return True
    if low.endswith("_redirect") and low.startswith("_"):  # Liferay _101_redirect
        return True
    if low == "source" and value.lower().startswith(("http://", "https://", "/")):
        return True  # SharePoint's "Source": the list view to go back to
    if low in ("print", "printable", "isprint") and value.lower() in _PRINT_VALUES:
        return True
    if low in _CACHE_BUSTERS and _CACHE_BUSTER_VALUE.match(value):
        return True
    return low in _PRINT_SWITCHES and value.lower() == "print"


def _query_pairs(query: str) -> list[tuple[str, str]]:
    """The query's name/value pairs, repairing ampersands escaped twice in a page's HTML.

    A template that escapes an already escaped link writes ``&amp;amp;``: the browser (and the
    crawler) then asks for ``?tc=1&amp;cn=2``, whose second name is ``amp;cn``. The portal's
    script still finds ``tc`` and serves the article, so without the repair every such link is
    one more address of it.

    >>> _query_pairs("tc=54028&amp;cn=241&amp;amp;gd=4")
    [('tc', '54028'), ('cn', '241'), ('gd', '4')]
    >>> _query_pairs("amp%3Bcn=241&tc=54028")  # the ";" escaped on the way
    [('cn', '241'), ('tc', '54028')]
    """
    pairs = parse_qsl(query, keep_blank_values=True)
    if "amp" not in query:
        return pairs
    repaired = []
    for name, value in pairs:
        while name.startswith("amp;"):
            name = name[4:]
        repaired.append((name, value))
    return repaired


def _nfc_path(path: str) -> str:
    """Percent-decode ``path``, compose decomposed Unicode (NFC) and re-encode it.

    >>> _nfc_path("/tin/so%CC%81")
    '/tin/s%C3%B3'
    >>> _nfc_path("/tin/a%3bjsessionid=5%2fb%7e")  # reserved characters stay escaped
    '/tin/a%3Bjsessionid=5%2Fb~'
    """
    pieces = []
    for piece in _ENCODED_RESERVED.split(path):
        if _ENCODED_RESERVED.fullmatch(piece):
            pieces.append(piece.upper())
            continue
        try:
            text = unquote_to_bytes(piece).decode("utf-8")
        except UnicodeDecodeError:
            return path  # not UTF-8 (e.g. windows-1258 bytes): leave it to w3lib
        pieces.append(quote(unicodedata.normalize("NFC", text), safe="/;:@&=+$,!~*'()-._"))
    return "".join(pieces)


def canonicalize_url(url: str, *, base: str | None = None) -> str:
    """Return the canonical form of ``url`` to store (resolved against ``base`` if given).

    >>> canonicalize_url("HTTPS://www.Tinh.gov.vn/Trang/ChiTiet.aspx?utm_source=fb&nid=12#top")
    'https://www.tinh.gov.vn/Trang/ChiTiet.aspx?nid=12'
    >>> canonicalize_url("/vi/bai-viet/so%CC%81?page=2&b=1", base="http://x.gov.vn/vi/")
    'http://x.gov.vn/vi/bai-viet/s%C3%B3?b=1&page=2'
    >>> canonicalize_url("http://x.gov.vn/webcenter/portal/x/pages_tin-tuc/chi-tiet"
    ...     "?_afrLoop=2958680869550305&dDocName=PORTAL318903&_adf.ctrl-state=r0mh9d7c0m_8")
    'http://x.gov.vn/webcenter/portal/x/pages_tin-tuc/chi-tiet?dDocName=PORTAL318903'
    >>> canonicalize_url("http://x.gov.vn/tin-5.html?_=1609722060123"), canonicalize_url(
    ...     "http://x.gov.vn/chuyen-muc/a/?page=2&t=1062875118")  # cache busters
    ('http://x.gov.vn/tin-5.html', 'http://x.gov.vn/chuyen-muc/a/?page=2')
    """
    url = (url or "").strip()
    if base:
        url = urljoin(base, url)
    return _canonical(url)


# One memo for the whole process: the spider canonicalises every link it follows, and the
# identity keys (the WARC capture's) and the archive ask again for the same addresses, each time
# afresh until now (0.018 ms an article URL, measured on the crawl benchmark's).
@lru_cache(maxsize=65_536)
def _canonical(url: str) -> str:
    simple = _simple_canonical(url)
    return simple if simple is not None else _canonical_passes(url)


def _canonical_passes(url: str) -> str:
    # Canonical forms must be canonical again (the archive re-canonicalises stored URLs, the
    # spider the links it reads): one pass can reveal what the next would strip, e.g. w3lib
    # decoding %28S(...)%29 into an ASP.NET cookieless session segment.
    for _ in range(3):
        canonical = _canonical_once(url)
        if canonical == url:
            break
        url = canonical
    return url


# The shape of most portal URLs: lower-case host, a path of plain characters, a query of plain
# names and values. Such a URL's canonical form is known without the passes below (split,
# NFC of the path, parameter filter, w3lib's canonicalisation, then a second round to confirm
# it is stable): the query's presentational parameters dropped and the rest sorted, as w3lib
# sorts them. Measured at 0.035 ms a new URL for the passes, 0.003 ms for this; every new link
# a crawl meets pays it once (2.4 % of the crawl process's samples on the crawl benchmark).
# tests/test_urls.py checks that both give the same result on every URL of its own and of the
# demo portals' pages.
_SIMPLE_URL = re.compile(
    r"(https?)://([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::([1-9][0-9]{0,4}))?"
    r"(/[A-Za-z0-9_~-]*(?:[./][A-Za-z0-9_~-]+)*(?:/)?)"
    r"(?:\?([A-Za-z0-9_.~-]+=[A-Za-z0-9_.~-]*(?:&[A-Za-z0-9_.~-]+=[A-Za-z0-9_.~-]*)*))?"
)


def _simple_canonical(url: str) -> str | None:
    """The canonical form of a URL of :data:`_SIMPLE_URL`'s shape, None for any other URL.

    >>> _simple_canonical("http://t.vn/vi/tin?utm_source=zalo&page=2&a=")
    'http://t.vn/vi/tin?a=&page=2'
    >>> _simple_canonical("http://t.vn/vi/./tin") is None
    True
    """
    match = _SIMPLE_URL.fullmatch(url)
    if match is None:
        return None
    scheme, host, port, path, query = match.groups()
    if "//" in path or "/." in path:  # empty segments, dot segments, hidden names: the passes
        return None
    if port is not None:
        if int(port) > 65535 or port == ("80" if scheme == "http" else "443"):
            return None
        host = f"{host}:{port}"
    if not query:
        return f"{scheme}://{host}{path}"
    pairs = sorted(
        (name, value)
        for name, _, value in (pair.partition("=") for pair in query.split("&"))
        if not _drop_param(name, value)
    )
    if not pairs:
        return f"{scheme}://{host}{path}"
    return f"{scheme}://{host}{path}?" + "&".join(f"{name}={value}" for name, value in pairs)


def _canonical_once(url: str) -> str:
    parts = urlsplit(url)
    path = _ASPNET_COOKIELESS.sub("", _PATH_PARAM.sub("", parts.path)) or "/"
    path = _nfc_path(path)
    query = [
        (name, value) for name, value in _query_pairs(parts.query) if not _drop_param(name, value)
    ]
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port
    if port and not (
        (parts.scheme == "http" and port == 80) or (parts.scheme == "https" and port == 443)
    ):
        host = f"{host}:{port}"
    rebuilt = urlunsplit((parts.scheme.lower(), host, path, urlencode(query), ""))
    return _w3lib_canonicalize(rebuilt, keep_blank_values=True, keep_fragments=False)


def url_key(url: str) -> str:
    """Return the identity key of ``url``: canonical, without scheme and ``www.``, no trailing ``/``.

    http/https, www/non-www, a trailing slash, tracking parameters, key order, the fragment and
    decomposed Unicode all map to one key.

    >>> url_key("http://www.tinh.gov.vn/vi/bai-viet/chuyen-doi-so/?utm_medium=zalo")
    'tinh.gov.vn/vi/bai-viet/chuyen-doi-so'
    >>> url_key("https://tinh.gov.vn/")
    'tinh.gov.vn'
    """
    return _url_key(url)


# One memo for the whole process: the spider, the WARC capture and the archive ask for the keys
# of the same URLs (recomputed, the WARC capture's alone measured ~0.14 ms a page).
@lru_cache(maxsize=65_536)
def _url_key(url: str) -> str:
    parts = urlsplit(canonicalize_url(url))
    host = parts.netloc
    if host.startswith("www."):
        host = host[4:]
    path = parts.path.rstrip("/")
    return host + path + (f"?{parts.query}" if parts.query else "")


# Pages served by IIS (ASP, ASP.NET): the server reads their paths and query keys in any case.
_CASE_BLIND_PAGE = re.compile(r"\.(?:aspx?|ashx|asmx|axd)$", re.IGNORECASE)


@lru_cache(maxsize=65_536)
def case_blind_key(key: str) -> str:
    """A :func:`url_key` as an IIS portal reads it: an ASP or ASP.NET page's path and its query
    keys in lower case (the values as they are), keys sorted again; any other key unchanged.

    IIS answers ``/Tin-Tuc/Chi-Tiet.aspx?ID=5`` and ``/tin-tuc/chi-tiet.aspx?id=5`` with one
    page, and such portals link both: one fetch does for all the spellings of an address.

    >>> case_blind_key("tinh.gov.vn/Tin-Tuc/Chi-Tiet.ASPX?ID=5&Trang=Abc")
    'tinh.gov.vn/tin-tuc/chi-tiet.aspx?id=5&trang=Abc'
    >>> case_blind_key("tinh.gov.vn/Tin-Tuc/Bai-Viet")  # no IIS page: case may matter
    'tinh.gov.vn/Tin-Tuc/Bai-Viet'
    """
    path, mark, query = key.partition("?")
    if not _CASE_BLIND_PAGE.search(path):
        return key
    if not query:
        return path.lower()
    pairs = sorted(
        (name.lower(), value)
        for name, _, value in (pair.partition("=") for pair in query.split("&"))
    )
    return path.lower() + mark + "&".join(f"{name}={value}" for name, value in pairs)


def repeats_a_segment(url: str) -> bool:
    """The path names one of its folders twice: a link written relative that was meant from the
    site's root (``chuyen-muc/kinh-te-so/`` on ``/chuyen-muc/an-toan/`` gives
    ``/chuyen-muc/an-toan/chuyen-muc/kinh-te-so/``), which a catch-all router answers with a
    page again, one level deeper each time. Numbers and short segments are not counted.

    >>> repeats_a_segment("http://t.vn/chuyen-muc/an-toan/chuyen-muc/kinh-te-so/")
    True
    >>> repeats_a_segment("http://t.vn/tin-tuc/tin-tuc-su-kien/2021/01/2021-bai-1.html")
    False
    """
    segments = [
        segment.lower()
        for segment in urlsplit(url).path.split("/")[:-1]
        if len(segment) >= 3 and not segment.isdigit()
    ]
    return len(segments) != len(set(segments))


def is_print_view(url: str) -> bool:
    """Whether ``url`` is a printer-friendly view of an article (the crawler skips those).

    >>> is_print_view("https://tinh.gov.vn/portal/pages/print.aspx?p=37874")
    True
    >>> is_print_view("https://tinh.gov.vn/Trang/ChiTietTinTuc.aspx?nid=5&print=1")
    True
    >>> is_print_view("https://tinh.gov.vn/vi/bai-viet/in-an-3d-trong-nong-nghiep")
    False
    """
    parts = urlsplit(url or "")
    if _PRINT_PATH.search(parts.path):
        return True
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        low, val = name.lower(), value.lower()
        if low in ("print", "printable", "isprint") and val in _PRINT_VALUES:
            return True
        if low in _PRINT_SWITCHES and val == "print":
            return True
    return False


#: What a host name of a canonical link may hold (no spaces, quotes, brackets or delimiters;
#: IPv6 literals come out of ``urlsplit`` without their brackets).
_HOST = re.compile(r"[^\s/\\?#@<>\"'`{}|^\[\]%]+")


def _host_allowed(host: str, netloc: str, allowed_domains: Iterable[str]) -> bool:
    host = host.removeprefix("www.")
    for domain in allowed_domains:
        domain = (domain or "").lower().strip().rstrip(".").removeprefix("www.")
        if not domain:
            continue
        if domain in (host, netloc.removeprefix("www.")) or host.endswith("." + domain):
            return True
    return False


_SAME_SITE_PREFIXES = ("www.", "m.", "mobile.")


def _site_host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    for prefix in _SAME_SITE_PREFIXES:
        host = host.removeprefix(prefix)
    return host


def unreached_canonical_host(page_url: str, canonical: str, hosts: Container[str]) -> bool:
    """True when a canonical link names a host that is neither the page's own (give or take
    ``www.``, ``m.``, ``mobile.``) nor one of ``hosts`` (those a crawl has had pages from): a
    staging or a retired host a template was built on, whose address no reader can open.

    >>> unreached_canonical_host("https://tinh.gov.vn/tin/5.html",
    ...     "http://beta.tinh.gov.vn/tin/5.html", {"tinh.gov.vn"})
    True
    >>> unreached_canonical_host("https://m.tinh.gov.vn/tin/5.html",
    ...     "https://www.tinh.gov.vn/tin/5.html", {"m.tinh.gov.vn"})
    False
    """
    host = (urlsplit(canonical).hostname or "").lower().rstrip(".")
    return _site_host(canonical) != _site_host(page_url) and host not in hosts


def resolve_canonical(
    page_url: str, canonical_href: str | None, allowed_domains: Iterable[str]
) -> str:
    """Return the canonical URL of a page, honouring ``<link rel=canonical>`` when it is sound.

    The link is used only if it is a well-formed http(s) URL inside ``allowed_domains`` (a
    domain covers its sub-domains) and does not point at the site's home page while the page
    itself is deeper (a common CMS template mistake). Otherwise (a foreign site, the home page, a
    malformed link such as ``http://[::1/x``, a port out of range, a host with spaces) the page's
    own canonical URL is returned.

    >>> resolve_canonical("https://tinh.gov.vn/a?nid=1", "/tin/a-1.html", ["tinh.gov.vn"])
    'https://tinh.gov.vn/tin/a-1.html'
    >>> resolve_canonical("https://tinh.gov.vn/a?nid=1", "https://baomoi.example/x", ["tinh.gov.vn"])
    'https://tinh.gov.vn/a?nid=1'
    >>> resolve_canonical("https://tinh.gov.vn/a?nid=1", "https://tinh.gov.vn:99999/x", ["tinh.gov.vn"])
    'https://tinh.gov.vn/a?nid=1'
    """
    own = canonicalize_url(page_url)
    href = (canonical_href or "").strip()
    if not href:
        return own
    try:
        # urlsplit raises ValueError on a broken IPv6 host; .port on a bad or out-of-range port.
        candidate = urlsplit(urljoin(page_url, href))
        candidate.port  # noqa: B018 - validates the port
        host = candidate.hostname
        if candidate.scheme not in ("http", "https") or not host or not _HOST.fullmatch(host):
            return own
        if not _host_allowed(host.lower(), candidate.netloc.lower(), allowed_domains):
            return own
        page = urlsplit(own)
        if candidate.path.strip("/") == "" and not candidate.query and page.path.strip("/"):
            return own
        return canonicalize_url(urlunsplit(candidate))
    except ValueError:  # a malformed link: the page keeps the URL it was fetched at
        return own
