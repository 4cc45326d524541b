"""The portal registry: which sites dtcrawl crawls, and how.

The registry is a YAML file with a top-level ``portals:`` list; the default one is packaged as
``dtcrawl/portals.yaml``. Each entry becomes a :class:`Portal`. Loading validates every entry
and stops at the first problem with a one-line :class:`RegistryError` that names the file, the
line, the entry (index and id) and what is wrong, e.g.::

    portals.yaml:12: entry 2 (id 'hanoi'): unknown key 'start_url' (did you mean 'start_urls'?)
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

DEFAULT_REGISTRY = Path(__file__).with_name("portals.yaml")

RELEVANCE_VALUES = ("all", "keywords")
CMS_VALUES = (
    "sharepoint",
    "aspnet",
    "liferay",
    "websphere",
    "webcenter",
    "nukeviet",
    "dnn",
    "drupal",
    "custom",
    "unknown",
)
STATUS_VALUES = ("live", "redirecting", "dead", "unknown")
# province: a province-level portal (the 34 current units and the 63 before July 2025);
# department: a department's site (Sở KH&CN, the former Sở TT&TT);
# dedicated: a site or section given over to digital transformation;
# city: a portal of a city or district below province level.
KIND_VALUES = ("province", "department", "dedicated", "city")

_ID = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
_HOST = re.compile(
    r"(?=.{1,253}\Z)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\Z"
)


class RegistryError(ValueError):
    """A registry file or entry is invalid; the message is one line naming where and what."""


@dataclass(frozen=True)
class Portal:
    """One crawl target: a provincial portal, a department site or a dedicated CĐS site.

    ``province`` is the province-level unit as it is after 1 July 2025 (``None`` for a
    national site); ``former_province`` is set when the portal belongs to a province that was
    merged into ``province``. ``allowed_domains`` defaults to the hosts of ``start_urls``,
    ``sitemaps`` and ``feeds``, each with and without ``www.``.

    >>> p = Portal(id="hanoi", name="Cổng TTĐT Hà Nội", province="Hà Nội",
    ...            start_urls=("https://hanoi.gov.vn/",))
    >>> p.allowed_domains
    ('hanoi.gov.vn', 'www.hanoi.gov.vn')
    >>> p.relevance, p.cms, p.status, p.verified
    ('keywords', 'unknown', 'unknown', False)
    """

    id: str
    name: str
    province: str | None
    start_urls: tuple[str, ...]
    former_province: str | None = None
    allowed_domains: tuple[str, ...] = ()
    allowed_paths: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    article_url_pattern: str | None = None
    listing_url_pattern: str | None = None
    relevance: str = "keywords"
    cms: str = "unknown"
    verified: bool = False
    status: str = "unknown"
    kind: str = "province"
    notes: str = ""
    verify_tls: bool = True
    download_delay: float | None = None
    concurrency: int | None = None
    max_pages: int | None = None
    settings: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        _check_text("id", self.id)
        if not _ID.match(self.id):
            raise RegistryError(f"bad id {self.id!r}: use lower-case letters, digits and '-'")
        _check_text("name", self.name)
        if self.province is not None:
            _check_text("province", self.province)
        if self.former_province is not None:
            _check_text("former_province", self.former_province)
        for name in ("start_urls", "sitemaps", "feeds", "allowed_domains", "allowed_paths"):
            value = getattr(self, name)
            if isinstance(value, str) or not isinstance(value, Iterable):
                raise RegistryError(f"{name} must be a list, got {value!r}")
            object.__setattr__(self, name, tuple(value))
        if not self.start_urls:
            raise RegistryError("start_urls is empty: give at least one URL")
        for name in ("start_urls", "sitemaps", "feeds"):
            for url in getattr(self, name):
                _check_url(name, url)
        if not self.allowed_domains:
            urls = self.start_urls + self.sitemaps + self.feeds
            object.__setattr__(self, "allowed_domains", default_domains(urls))
        for domain in self.allowed_domains:
            if not isinstance(domain, str) or not _HOST.match(domain):
                raise RegistryError(
                    f"bad allowed_domains entry {domain!r}: give a host name such as 'x.gov.vn'"
                )
        for prefix in self.allowed_paths:
            if not isinstance(prefix, str) or not prefix.startswith("/"):
                raise RegistryError(
                    f"bad allowed_paths entry {prefix!r}: give a path such as '/huyen-an-phu/'"
                )
        for name in ("article_url_pattern", "listing_url_pattern"):
            pattern = getattr(self, name)
            if pattern is None:
                continue
            if not isinstance(pattern, str):
                raise RegistryError(f"{name} must be a string, got {pattern!r}")
            try:
                re.compile(pattern)
            except re.error as exc:
                raise RegistryError(f"bad regex in {name} {pattern!r}: {exc}") from None
        _check_choice("relevance", self.relevance, RELEVANCE_VALUES)
        _check_choice("cms", self.cms, CMS_VALUES)
        _check_choice("status", self.status, STATUS_VALUES)
        _check_choice("kind", self.kind, KIND_VALUES)
        for name in ("verified", "verify_tls"):
            if not isinstance(getattr(self, name), bool):
                raise RegistryError(f"{name} must be true or false, got {getattr(self, name)!r}")
        if self.notes is None:
            object.__setattr__(self, "notes", "")
        if not isinstance(self.notes, str):
            raise RegistryError(f"notes must be text, got {self.notes!r}")
        if self.download_delay is not None:
            if isinstance(self.download_delay, bool) or not isinstance(
                self.download_delay, int | float
            ):
                raise RegistryError(f"download_delay must be a number, got {self.download_delay!r}")
            if self.download_delay < 0:
                raise RegistryError(f"download_delay must be >= 0, got {self.download_delay!r}")
        for name in ("concurrency", "max_pages"):
            value = getattr(self, name)
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int) or value < 1
            ):
                raise RegistryError(f"{name} must be a whole number >= 1, got {value!r}")
        if not isinstance(self.settings, Mapping) or not all(
            isinstance(key, str) for key in self.settings
        ):
            raise RegistryError(
                f"settings must be a mapping of Scrapy setting names, got {self.settings!r}"
            )
        object.__setattr__(self, "settings", dict(self.settings))

    @property
    def article_re(self) -> re.Pattern[str] | None:
        """``article_url_pattern`` compiled, or ``None``."""
        return re.compile(self.article_url_pattern) if self.article_url_pattern else None

    @property
    def listing_re(self) -> re.Pattern[str] | None:
        """``listing_url_pattern`` compiled, or ``None``."""
        return re.compile(self.listing_url_pattern) if self.listing_url_pattern else None

    def allows(self, url: str) -> bool:
        """Is ``url`` on one of the portal's domains (a domain also covers its subdomains), and
        under one of its ``allowed_paths`` when it has some (a sub-site of a shared host)?

        >>> p = Portal(id="x", name="X", province="Huế", start_urls=("https://hue.gov.vn/",))
        >>> p.allows("https://www.hue.gov.vn/a"), p.allows("https://example.com/")
        (True, False)
        >>> d = Portal(id="d", name="D", province="Huế", start_urls=("https://hue.gov.vn/a-luoi/",),
        ...            allowed_paths=("/a-luoi/",))
        >>> d.allows("https://hue.gov.vn/a-luoi/tin/1.html"), d.allows("https://hue.gov.vn/tin/2")
        (True, False)
        """
        return _url_allowed(url, tuple(self.allowed_domains)) and (
            not self.allowed_paths or under_paths(url, self.allowed_paths)
        )

    def crawl_settings(self) -> dict[str, Any]:
        """Scrapy settings this portal overrides (politeness first, then ``settings``).

        >>> Portal(id="x", name="X", province=None, start_urls=("https://dx.gov.vn/",),
        ...        download_delay=2, settings={"RETRY_TIMES": 5}).crawl_settings()
        {'DOWNLOAD_DELAY': 2, 'RETRY_TIMES': 5}
        """
        out: dict[str, Any] = {}
        if self.download_delay is not None:
            out["DOWNLOAD_DELAY"] = self.download_delay
        if self.concurrency is not None:
            out["CONCURRENT_REQUESTS_PER_DOMAIN"] = self.concurrency
        if self.max_pages is not None:
            out["CLOSESPIDER_PAGECOUNT"] = self.max_pages
        out.update(self.settings)
        return out

    def to_dict(self) -> dict[str, Any]:
        """The portal as plain data (lists, not tuples), keys in registry order."""
        data = dataclasses.asdict(self)
        for name in ("start_urls", "allowed_domains", "allowed_paths", "sitemaps", "feeds"):
            data[name] = list(data[name])
        return data


FIELDS = tuple(f.name for f in dataclasses.fields(Portal))
REQUIRED = ("id", "name", "province", "start_urls")


def under_paths(url: str, prefixes: Iterable[str]) -> bool:
    """Is the path of ``url`` one of ``prefixes`` or beneath one (``/a/`` covers ``/a``)?

    >>> under_paths("http://t.vn/huyen-a", ["/huyen-a/"]), under_paths("http://t.vn/huyen-ab", ["/huyen-a/"])
    (True, False)
    """
    path = urlsplit(url).path or "/"
    return any(path.startswith(p) or path + "/" == p for p in prefixes)


@lru_cache(maxsize=65_536)
def _url_allowed(url: str, domains: tuple[str, ...]) -> bool:
    # Memoised: the spider asks for every link of every page, and listings repeat their links
    # (a pager naming every page asked 1,000 times per page; urlsplit was 2 s of a crawl).
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in domains)


def _check_text(name: str, value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise RegistryError(f"{name} must be non-empty text, got {value!r}")


def _check_choice(name: str, value: object, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise RegistryError(f"bad {name} {value!r}: expected one of {', '.join(choices)}")


def _check_url(name: str, url: object) -> None:
    if not isinstance(url, str):
        raise RegistryError(f"bad URL in {name}: {url!r} is not text")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise RegistryError(f"bad URL in {name}: {url!r} ({exc})") from None
    if parts.scheme not in ("http", "https"):
        raise RegistryError(f"bad URL in {name}: {url!r} (must start with http:// or https://)")
    if not parts.hostname or not _HOST.match(parts.hostname):
        raise RegistryError(f"bad URL in {name}: {url!r} (no valid host)")
    if any(ch.isspace() for ch in url):
        raise RegistryError(f"bad URL in {name}: {url!r} (contains whitespace)")


def default_domains(urls: Iterable[str]) -> tuple[str, ...]:
    """The hosts of ``urls``, each given both with and without ``www.``, in first-seen order.

    >>> default_domains(["https://www.longan.gov.vn/a", "http://longan.gov.vn/rss"])
    ('longan.gov.vn', 'www.longan.gov.vn')
    >>> default_domains(["http://127.0.0.1:8080/"])
    ('127.0.0.1',)
    """
    out: list[str] = []
    for url in urls:
        host = (urlsplit(url).hostname or "").lower()
        if not host:
            continue
        bare = host.removeprefix("www.")
        variants = [bare] if _is_ip(bare) else [bare, "www." + bare]
        for variant in variants:
            if variant not in out:
                out.append(variant)
    return tuple(out)


def _is_ip(host: str) -> bool:
    return bool(re.fullmatch(r"[\d.]+", host)) or ":" in host


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe YAML loader that refuses a key given twice in one mapping (PyYAML keeps the last)."""


class _DuplicateKey(yaml.YAMLError):
    def __init__(self, key: object, line: int) -> None:
        super().__init__(f"key {key!r} given twice")
        self.line = line


def _construct_unique_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise _DuplicateKey(key, key_node.start_mark.line + 1)
        seen.add(key)
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_unique_mapping
)


def load_registry(path: str | Path | None = None) -> list[Portal]:
    """Load and validate a registry file (default: the packaged ``dtcrawl/portals.yaml``).

    >>> portals = load_registry()
    >>> [p.id for p in portals if p.province == "Hà Nội"][:1]
    ['hanoi']
    """
    path = Path(path) if path is not None else DEFAULT_REGISTRY
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read registry: {exc.strerror or exc}") from None
    try:
        root = yaml.compose(text, Loader=_UniqueKeyLoader)
        data = yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    except _DuplicateKey as exc:
        raise RegistryError(f"{path}:{exc.line}: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RegistryError(f"{where}: not valid YAML: {problem}") from None
    if not isinstance(data, dict) or "portals" not in data:
        raise RegistryError(f"{path}: expected a top-level 'portals:' list")
    extra = sorted(set(data) - {"portals"})
    if extra:
        raise RegistryError(f"{path}: unknown top-level key {extra[0]!r} (only 'portals:')")
    entries = data["portals"]
    if not isinstance(entries, list):
        raise RegistryError(f"{path}: 'portals:' must be a list of entries")
    lines = _entry_lines(root)

    portals: list[Portal] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        line = lines[index] if index < len(lines) else None
        where = f"{path}:{line}" if line else str(path)
        entry_id = entry.get("id") if isinstance(entry, dict) else None
        label = f"entry {index} (id {entry_id!r})" if entry_id else f"entry {index}"
        try:
            portal = portal_from_mapping(entry)
        except RegistryError as exc:
            raise RegistryError(f"{where}: {label}: {exc}") from None
        if portal.id in seen:
            raise RegistryError(
                f"{where}: {label}: duplicate id {portal.id!r} (first used by entry {seen[portal.id]})"
            )
        seen[portal.id] = index
        portals.append(portal)
    return portals


def _entry_lines(root: yaml.Node | None) -> list[int]:
    """1-based line numbers of the items of the top-level ``portals:`` list."""
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if getattr(key, "value", None) == "portals" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def portal_from_mapping(entry: object) -> Portal:
    """Build a :class:`Portal` from one registry entry (a mapping), checking its keys.

    >>> portal_from_mapping({"id": "x", "name": "X", "province": "Huế",
    ...                      "start_urls": ["https://hue.gov.vn/"], "relevance": "everything"})
    Traceback (most recent call last):
    ...
    dtcrawl.registry.RegistryError: bad relevance 'everything': expected one of all, keywords
    """
    if not isinstance(entry, dict):
        raise RegistryError(f"expected a mapping of keys, got {type(entry).__name__}")
    for key in entry:
        if key not in FIELDS:
            close = difflib.get_close_matches(str(key), FIELDS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise RegistryError(f"unknown key {key!r}{hint}")
    for key in REQUIRED:
        if key not in entry:
            raise RegistryError(f"missing required key {key!r}")
    values = dict(entry)
    for key in ("start_urls", "sitemaps", "feeds", "allowed_domains", "allowed_paths"):
        if isinstance(values.get(key), str):
            raise RegistryError(f"{key} must be a list (write '- {values[key]}' on its own line)")
        if values.get(key) is None:
            values.pop(key, None)
    if values.get("settings") is None:
        values.pop("settings", None)
    return Portal(**values)


def select_portals(portals: Iterable[Portal], ids: Iterable[str]) -> list[Portal]:
    """The portals with the given ids, in the order asked; all of them if ``ids`` is empty.

    >>> portals = load_registry()
    >>> [p.id for p in select_portals(portals, ["hue", "hanoi"])]
    ['hue', 'hanoi']
    >>> select_portals(portals, ["hanoii"])
    Traceback (most recent call last):
    ...
    dtcrawl.registry.RegistryError: unknown portal id 'hanoii' (close: hanoi)
    """
    portals = list(portals)
    ids = list(ids)
    if not ids:
        return portals
    by_id = {p.id: p for p in portals}
    chosen: list[Portal] = []
    for portal_id in ids:
        if portal_id not in by_id:
            close = difflib.get_close_matches(portal_id, list(by_id), n=3)
            hint = f" (close: {', '.join(close)})" if close else " (see `dtcrawl portals`)"
            raise RegistryError(f"unknown portal id {portal_id!r}{hint}")
        if by_id[portal_id] not in chosen:
            chosen.append(by_id[portal_id])
    return chosen


TABLE_COLUMNS = (
    "id",
    "province",
    "former province",
    "kind",
    "cms",
    "relevance",
    "verified",
    "status",
    "start URL",
)


def portals_table(portals: Iterable[Portal]) -> str:
    """A plain-text table of portals, one line each, for ``dtcrawl portals``.

    >>> print(portals_table(select_portals(load_registry(), ["hagiang"])))
    id       province     former province  kind      cms      relevance  verified  status   start URL
    hagiang  Tuyên Quang  Hà Giang         province  unknown  keywords   no        unknown  https://hagiang.gov.vn/
    """
    rows = [
        (
            p.id,
            p.province or "(national)",
            p.former_province or "",
            p.kind,
            p.cms,
            p.relevance,
            "yes" if p.verified else "no",
            p.status,
            p.start_urls[0],
        )
        for p in portals
    ]
    return format_table(TABLE_COLUMNS, rows)


def format_table(header: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    """Left-aligned columns separated by two spaces; the last column is not padded.

    >>> print(format_table(["a", "bb"], [["xyz", 1]]))
    a    bb
    xyz  1
    """
    table = [[str(cell) for cell in header]] + [[str(cell) for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    lines = []
    for row in table:
        cells = [cell.ljust(widths[i]) for i, cell in enumerate(row[:-1])] + [row[-1]]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)
