"""What every demo CMS family shares: the page model, routing frame, boilerplate data, helpers.

A family module (``sharepoint``, ``aspnet``, ``liferay``, ``nukeviet``, ``modern``) subclasses
:class:`CmsSite` and writes only its own markup and URL shapes. Everything here is pure and
deterministic: the same portal, path and revision always give the same bytes, and numbers that
real portals change from page to page (visitor counters, view counts, procedure statistics) are
drawn from a hash of the path.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from dtcrawl.demo.portals import BrokenPage, PortalDef

VN_TZ = timezone(timedelta(hours=7))
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".ico")
# A 1x1 transparent GIF, served for every image path so pages have no broken images.
PIXEL_GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)


@dataclass(frozen=True)
class Response:
    """An HTTP response as data: status, headers and body bytes."""

    status: int
    headers: dict[str, str]
    body: bytes

    def text(self) -> str:
        """The body decoded with the charset named in Content-Type (utf-8 if none)."""
        match = re.search(r"charset=([\w-]+)", self.headers.get("Content-Type", ""))
        charset = match.group(1) if match else "utf-8"
        return self.body.decode("cp1258" if charset == "windows-1258" else charset, "replace")


@dataclass(frozen=True)
class Request:
    """A parsed request: path (no ``;jsessionid``), query parameters, revision, page seed, and
    the site's base URL (``http://host:port``) for the few places that need absolute URLs."""

    path: str
    params: dict[str, str]
    revision: int
    seed: str
    base_url: str


@dataclass(frozen=True)
class Section:
    """A portal section as rendered: id used in URLs, name shown, slug used in URLs."""

    id: int
    name: str
    slug: str


@dataclass
class Item:
    """One page-worthy article of a portal: a corpus article or a deliberately broken page."""

    key: str
    number: int
    title: str
    section: Section
    published: datetime
    modified: datetime | None
    author: str | None
    source: str | None
    paragraphs: list[str]
    images: list[dict[str, Any]]
    revised: list[str] | None = None
    kind: str = "article"
    extra: dict[str, Any] = field(default_factory=dict)

    def body(self, revision: int) -> list[str]:
        """The paragraphs served at ``revision`` (0: original, 1+: the edited text if any)."""
        if revision and self.revised:
            return list(self.revised)
        return list(self.paragraphs)

    def last_modified(self, revision: int) -> datetime:
        """Local time of the latest change visible at ``revision``."""
        base = self.modified or self.published
        if revision and self.revised:
            return base + timedelta(days=2, hours=3, minutes=17)
        return base

    def shown_modified(self, revision: int) -> datetime | None:
        """The "updated" time a page shows, or None when the article was never updated."""
        if revision and self.revised:
            return self.last_modified(revision)
        return self.modified

    def etag(self, revision: int) -> str:
        """A strong ETag that changes exactly when the served text changes."""
        digest = hashlib.sha1(
            "\n".join([self.key, self.title, *self.body(revision)]).encode("utf-8")
        ).hexdigest()
        return f'"{digest[:20]}"'

    def sapo(self, revision: int = 0, limit: int = 190) -> str:
        """A listing excerpt: the start of the first paragraph, cut at a word."""
        body = self.body(revision)
        if not body:
            return ""
        return shorten(body[0], limit)


# ---------------------------------------------------------------- small pure helpers


def esc(text: Any) -> str:
    """HTML-escape ``text`` (quotes too).

    >>> esc('Tin "nóng" & mới')
    'Tin &quot;nóng&quot; &amp; mới'
    """
    return html.escape(str(text), quote=True)


def stable_int(seed: str, low: int, high: int) -> int:
    """A deterministic integer in ``[low, high]`` drawn from ``seed``.

    >>> stable_int("a", 1, 10) == stable_int("a", 1, 10)
    True
    """
    digest = int.from_bytes(hashlib.sha1(seed.encode("utf-8")).digest()[:8], "big")
    return low + digest % (high - low + 1)


def stable_token(
    seed: str, length: int, alphabet: str = "abcdefghijklmnopqrstuvwxyz0123456789"
) -> str:
    """A deterministic token of ``length`` characters from ``alphabet``.

    >>> len(stable_token("lamgiang-01", 6))
    6
    """
    digest = hashlib.sha256(seed.encode("utf-8")).digest()
    return "".join(alphabet[b % len(alphabet)] for b in digest[:length])


def ascii_fold(text: str) -> str:
    """Strip Vietnamese diacritics keeping case (đ→d, Đ→D); used to build URL slugs.

    (:func:`dtcrawl.text.fold` also lower-cases, which SharePoint and NukeViet slugs do not.)

    >>> ascii_fold("Chuyển đổi số Đà Nẵng")
    'Chuyen doi so Da Nang'
    """
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slugify(text: str, *, keep_case: bool = False, max_len: int | None = None) -> str:
    """A hyphenated ASCII slug; ``max_len`` truncates at a word boundary like real CMSs do.

    >>> slugify("Hội nghị: chuyển đổi số năm 2023!")
    'hoi-nghi-chuyen-doi-so-nam-2023'
    >>> slugify("Văn hóa - Xã hội", keep_case=True)
    'Van-hoa-Xa-hoi'
    >>> slugify("Kết quả triển khai chuyển đổi số 9 tháng", max_len=20)
    'ket-qua-trien-khai'
    """
    folded = ascii_fold(text)
    if not keep_case:
        folded = folded.lower()
    words = re.findall(r"[A-Za-z0-9]+", folded)
    slug = "-".join(words)
    if max_len and len(slug) > max_len:
        cut = slug[: max_len + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:max_len]
    return slug


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` at a word before ``limit`` characters and add an ellipsis.

    >>> shorten("một hai ba bốn", 8)
    'một hai...'
    """
    if len(text) <= limit:
        return text
    cut = text[:limit]
    return cut[: cut.rfind(" ")].rstrip(" ,;:") + "..."


def parse_local(value: str | datetime | None) -> datetime | None:
    """Parse a corpus ISO local time (Vietnam time, no offset) into a naive datetime.

    >>> parse_local("2023-02-20T08:15:00")
    datetime.datetime(2023, 2, 20, 8, 15)
    """
    if not value:
        return None
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return parsed.replace(tzinfo=None) if parsed.tzinfo else parsed


def iso_vn(moment: datetime) -> str:
    """ISO 8601 with the Vietnam offset.

    >>> iso_vn(datetime(2023, 2, 20, 8, 15))
    '2023-02-20T08:15:00+07:00'
    """
    return moment.replace(tzinfo=VN_TZ).isoformat()


def http_date(moment: datetime) -> str:
    """An HTTP date (GMT) for a Vietnam local time.

    >>> http_date(datetime(2023, 2, 20, 8, 15))
    'Mon, 20 Feb 2023 01:15:00 GMT'
    """
    return format_datetime(moment.replace(tzinfo=VN_TZ).astimezone(UTC), usegmt=True)


def weekday(moment: datetime, lower: bool = False) -> str:
    """Vietnamese weekday name ("Thứ Hai", or "Thứ hai" with ``lower``).

    >>> weekday(datetime(2024, 11, 11), lower=True)
    'Thứ hai'
    """
    name = WEEKDAYS[moment.weekday()]
    return name[0] + name[1:].lower() if lower else name


def dmy(moment: datetime) -> str:
    """Day/month/year with zero padding.

    >>> dmy(datetime(2023, 2, 5))
    '05/02/2023'
    """
    return moment.strftime("%d/%m/%Y")


def listing_date(moment: datetime) -> str:
    """The date in brackets after a title in listings and related-news lists.

    >>> listing_date(datetime(2022, 10, 17, 8, 22))
    '(17/10/2022)'
    """
    return f"({dmy(moment)})"


def thousands(number: int) -> str:
    """Vietnamese thousands separators.

    >>> thousands(1234567)
    '1.234.567'
    """
    return f"{number:,}".replace(",", ".")


def encode_cp1258(text: str) -> bytes:
    """Encode ``text`` in windows-1258 the way old Vietnamese sites do.

    Letters that have a precomposed byte are kept whole; others are written as base letter plus
    a combining tone mark, so decoding gives decomposed text that NFC composes back.

    >>> raw = encode_cp1258("Chuyển đổi số")
    >>> unicodedata.normalize("NFC", raw.decode("cp1258"))
    'Chuyển đổi số'
    """
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        if ord(char) < 128:
            out.append(char)
            continue
        try:
            char.encode("cp1258")
            out.append(char)
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in decomposed if c in _TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
        out.append(base + tones)
    return "".join(out).encode("cp1258", errors="xmlcharrefreplace")


_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def with_param(url: str, param: str) -> str:
    """Append ``param`` ("k=v") to ``url`` with ``?`` or ``&``.

    >>> with_param("/a?x=1", "ref=home")
    '/a?x=1&ref=home'
    """
    return f"{url}{'&' if '?' in url else '?'}{param}"


# ---------------------------------------------------------------- boilerplate numbers and words


def tthc_stats(seed: str) -> dict[str, Any]:
    """Numbers for the "Kết quả giải quyết TTHC" widget; they change from page to page."""
    total = stable_int(seed + "tthc-total", 41_000, 98_000)
    late = stable_int(seed + "tthc-late", 120, 900)
    return {
        "month": stable_int(seed + "tthc-month", 1, 12),
        "percent": f"{100 * (total - late) / total:.1f}",
        "total": total,
        "late": late,
        "ontime": total - late,
    }


def visitor_stats(seed: str) -> dict[str, int]:
    """Numbers for the visitor counter; they change from page to page."""
    return {
        "online": stable_int(seed + "online", 90, 2600),
        "today": stable_int(seed + "today", 2_000, 19_000),
        "week": stable_int(seed + "week", 20_000, 120_000),
        "month": stable_int(seed + "month", 150_000, 480_000),
        "total": stable_int(seed + "total", 12_000_000, 48_000_000),
    }


def view_count(seed: str) -> int:
    """The "Lượt xem" number under a title."""
    return stable_int(seed + "views", 37, 4_800)


POLL_QUESTIONS = (
    (
        "Bạn đánh giá thế nào về chất lượng dịch vụ công trực tuyến của tỉnh?",
        ("Rất hài lòng", "Hài lòng", "Bình thường", "Chưa hài lòng"),
    ),
    (
        "Bạn thường tìm thông tin của tỉnh qua kênh nào?",
        ("Cổng thông tin điện tử", "Mạng xã hội", "Báo chí", "Kênh khác"),
    ),
)


def poll(seed: str) -> tuple[str, tuple[str, ...]]:
    """A poll question with its options (one of a few, chosen by ``seed``)."""
    return POLL_QUESTIONS[stable_int(seed + "poll", 0, len(POLL_QUESTIONS) - 1)]


def reuse_notice(portal: PortalDef) -> str:
    """The footer line asking to credit the portal when republishing."""
    return (
        f"Ghi rõ nguồn \u201c{portal.name}\u201d hoặc \u201c{portal.domain}\u201d khi phát hành lại "
        "thông tin từ Website này."
    )


def image_path(item: Item, index: int, folder: str) -> str:
    """A plausible image URL for the ``index``-th photo of ``item``."""
    stamp = item.published.strftime("%Y/%m")
    return f"{folder}/{stamp}/{stable_token(item.key + str(index), 10)}.jpg"


def body_blocks(item: Item, revision: int) -> list[tuple[str, Any]]:
    """The article body in order: ``("p", text)`` and ``("img", (index, caption))`` blocks.

    A corpus image ``{after: i}`` follows the paragraph of index ``i`` (a negative ``after``
    puts it before the first paragraph; past the end it goes last).
    """
    paragraphs = item.body(revision)
    placed: dict[int, list[tuple[int, str]]] = {}
    for index, image in enumerate(item.images):
        after = int(image.get("after", 0))
        after = max(-1, min(after, len(paragraphs) - 1))
        placed.setdefault(after, []).append((index, str(image.get("caption") or "")))
    blocks: list[tuple[str, Any]] = [("img", img) for img in placed.get(-1, [])]
    for position, text in enumerate(paragraphs):
        blocks.append(("p", text))
        blocks.extend(("img", img) for img in placed.get(position, []))
    return blocks


# ---------------------------------------------------------------- the site frame


class CmsSite:
    """A demo portal: its items, sections and routing frame; subclasses render the markup.

    Subclasses implement ``section_slug``, ``article_path``, ``listing_path``, ``home_path``,
    ``route``, ``article_html``, ``error_html`` and ``robots_txt``; they may override
    ``number_base``/``number_stride`` (how the CMS numbers its articles).
    """

    number_base = 1000
    number_stride = 7
    image_folder = "/images/news"
    #: HTTP headers the family's real servers send (Server, X-Powered-By, …).
    family_headers: dict[str, str] = {"Server": "nginx"}

    def __init__(self, portal: PortalDef, articles: Sequence[Any]):
        self.portal = portal
        self.news = Section(
            portal.news_section.id or 1,
            portal.news_section.name,
            self.section_slug(portal.news_section.name),
        )
        self.sections: dict[str, Section] = {}
        for definition in portal.sections:
            self._section(definition.name, definition.id)
        items = [self._item_from_article(a) for a in articles]
        items += [self._item_from_broken(b) for b in portal.broken]
        items.sort(key=lambda it: (it.published, it.key))
        for rank, it in enumerate(items):
            it.number = (
                self.number_base
                + rank * self.number_stride
                + stable_int(it.key, 0, self.number_stride - 1)
            )
        items.reverse()
        self.items: list[Item] = items
        self.by_key = {it.key: it for it in items}
        self.by_number = {it.number: it for it in items}
        self.by_section: dict[str, list[Item]] = {name: [] for name in self.sections}
        for it in items:
            self.by_section.setdefault(it.section.name, []).append(it)
        self.by_path = {self.article_path(it): it for it in items}

    # -- model building

    def _section(self, name: str, section_id: int = 0) -> Section:
        """The section called ``name``, created on first use (the news section itself when an
        article is filed straight under it: it then appears in the general listing only)."""
        if name == self.news.name:
            return self.news
        if name not in self.sections:
            ident = section_id or (100 + stable_int(self.portal.id + name, 0, 899))
            self.sections[name] = Section(ident, name, self.section_slug(name))
        return self.sections[name]

    def _item_from_article(self, article: Any) -> Item:
        revision = getattr(article, "revision", None)
        revised = None
        if revision:
            revised = list(
                revision.get("paragraphs") if isinstance(revision, dict) else revision.paragraphs
            )
        return Item(
            key=article.key,
            number=0,
            title=article.title,
            section=self._section(article.category),
            published=parse_local(article.published),
            modified=parse_local(article.modified),
            author=article.author,
            source=article.source,
            paragraphs=list(article.paragraphs),
            images=[dict(img) for img in (article.images or [])],
            revised=revised,
        )

    def _item_from_broken(self, broken: BrokenPage) -> Item:
        return Item(
            key=broken.key,
            number=0,
            title=broken.title,
            section=self._section(broken.category),
            published=parse_local(broken.published),
            modified=None,
            author=None,
            source=None,
            paragraphs=list(broken.paragraphs),
            images=[],
            kind=broken.kind,
        )

    # -- what families implement

    def section_slug(self, name: str) -> str:
        return slugify(name)

    def article_path(self, item: Item) -> str:
        raise NotImplementedError

    def article_aliases(self, item: Item) -> list[str]:
        """Other paths the site links an article under and serves it at (a crawl may keep any)."""
        return []

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        raise NotImplementedError

    def home_path(self) -> str:
        return "/"

    def route(self, request: Request) -> Response | None:
        raise NotImplementedError

    def article_html(self, item: Item, request: Request) -> str:
        raise NotImplementedError

    def error_html(self, status: int) -> str:
        raise NotImplementedError

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *"]
        lines += [f"Disallow: {path}" for path in self.portal.robots_disallow]
        return "\n".join(lines) + "\n"

    def print_paths(self) -> dict[str, str]:
        """Print-view paths by article key (families with a print view override this)."""
        return {}

    def extra_paths(self) -> dict[str, str]:
        """Feeds and sitemaps this portal serves, by name."""
        return {}

    # -- shared rendering frame

    def render(
        self, path_and_query: str, revision: int = 0, base_url: str | None = None
    ) -> Response:
        """Render the response for a request path (with query), at ``revision``.

        ``base_url`` (default ``http://<host>``) makes the absolute URLs of sitemaps, feeds and
        canonical links.
        """
        parts = urlsplit(path_and_query)
        path = parts.path or "/"
        if ";" in path:
            path = path.split(";", 1)[0]
        params = {k: v for k, v in parse_qsl(parts.query, keep_blank_values=True)}
        base = (base_url or f"http://{self.portal.host}").rstrip("/")
        request = Request(path, params, revision, f"{self.portal.id}:{path_and_query}", base)
        if path == "/robots.txt":
            return self.text_response(self.robots_txt(request), "text/plain")
        if path.lower().endswith(IMAGE_SUFFIXES):
            return Response(200, {"Content-Type": "image/gif"}, PIXEL_GIF)
        response = self.route(request)
        return response or self.error_response(404)

    def html_response(
        self, markup: str, status: int = 200, headers: dict | None = None
    ) -> Response:
        encoding = self.portal.encoding
        if encoding == "cp1258":
            body = encode_cp1258(markup)
            charset = "windows-1258"
        else:
            body = markup.encode(encoding)
            charset = encoding
        all_headers = {"Content-Type": f"text/html; charset={charset}", **self.family_headers}
        all_headers.update(headers or {})
        return Response(status, all_headers, body)

    def text_response(self, text: str, content_type: str) -> Response:
        return Response(
            200, {"Content-Type": f"{content_type}; charset=utf-8"}, text.encode("utf-8")
        )

    def error_response(self, status: int) -> Response:
        return self.html_response(self.error_html(status), status)

    def article_response(self, item: Item, request: Request) -> Response:
        """The response for an article page, honouring the item's deliberate breakage."""
        revision = request.revision
        if item.kind == "missing":
            return self.error_response(404)
        if item.kind == "error":
            return self.error_response(500)
        markup = self.article_html(item, request)
        headers = {
            "ETag": item.etag(revision),
            "Last-Modified": http_date(item.last_modified(revision)),
            "Cache-Control": "private, max-age=0",
        }
        response = self.html_response(markup, 200, headers)
        if item.kind == "truncated":
            # Cut the page in the middle of its second paragraph, as a dropped connection would.
            body = response.body
            paragraphs = item.body(revision)
            anchor = self.html_response(esc(paragraphs[min(1, len(paragraphs) - 1)])[:80]).body
            start = body.find(anchor)
            cut = start + len(anchor) // 2 if start > 0 else len(body) // 2
            response = Response(200, dict(response.headers), body[:cut])
        return response

    # -- listing helpers

    def is_news(self, section: Section | None) -> bool:
        """True for the general news listing (``None`` or the news section)."""
        return section is None or section == self.news

    def listed(self, section: Section | None) -> list[Item]:
        """Items of a section (or the general news listing), newest first."""
        return self.items if self.is_news(section) else self.by_section.get(section.name, [])

    def page_of(self, items: list[Item], page: int) -> tuple[list[Item], int]:
        """The items of page ``page`` (1-based) and the number of pages."""
        size = self.portal.page_size
        pages = max(1, -(-len(items) // size))
        return items[(page - 1) * size : page * size], pages

    def others(self, item: Item, count: int = 5) -> list[Item]:
        """Other items of the same section, the nearest older ones first (as "Các tin khác")."""
        same = [it for it in self.listed(item.section) if it is not item]
        older = [it for it in same if it.published <= item.published]
        newer = [it for it in same if it.published > item.published]
        return (older + list(reversed(newer)))[:count]

    def latest(self, count: int = 5, exclude: Item | None = None) -> list[Item]:
        """Newest healthy items of the portal (sidebar "Tin mới")."""
        return [it for it in self.items if it is not exclude and it.kind == "article"][:count]

    def section_by_slug(self, slug: str) -> Section | None:
        lowered = slug.lower().strip("/")
        for section in self.sections.values():
            if section.slug.lower() == lowered:
                return section
        return None

    def section_by_id(self, ident: int) -> Section | None:
        for section in self.sections.values():
            if section.id == ident:
                return section
        return None

    def start_paths(self) -> list[str]:
        """Paths a crawler is started from, per the portal definition."""
        paths = []
        for start in self.portal.start:
            if start == "news":
                paths.append(self.listing_path(None))
            elif start == "home":
                paths.append(self.home_path())
            elif start.startswith("section:"):
                paths.append(self.listing_path(self.sections[start.split(":", 1)[1]]))
        return paths


def page_number(value: str | None, default: int = 1) -> int:
    """A page number parsed from a URL parameter; junk gives ``default``.

    >>> page_number("3"), page_number("x"), page_number(None)
    (3, 1, 1)
    """
    try:
        return max(1, int(value)) if value is not None else default
    except ValueError:
        return default


def pager_numbers(
    page: int, pages: int, link: Callable[[int], str], current: str, gap: str = "..."
) -> list[str]:
    """The markup of a pager's numbers on page ``page`` of ``pages`` (see :func:`pager_window`):
    ``link(n)`` for another page, ``current`` (a format string of ``n``) for this one, ``gap``
    for the pages left out.

    >>> pager_numbers(3, 9, lambda n: f"<a>{n}</a>", current="<b>{n}</b>")
    ['<a>1</a>', '<a>2</a>', '<b>3</b>', '<a>4</a>', '<a>5</a>', '...', '<a>9</a>']
    """
    return [
        gap if n is None else current.format(n=n) if n == page else link(n)
        for n in pager_window(page, pages)
    ]


def arrow_pager(
    page: int,
    pages: int,
    href: Callable[[int], str],
    *,
    link: str,
    current: str,
    gap: str,
    prev: str,
    next_: str,
) -> list[str]:
    """The parts of a pager with "previous" and "next" arrows around its numbers
    (:func:`pager_numbers`): ``link``, ``prev`` and ``next_`` are format strings of ``href``
    (the page's address, from ``href(n)``; escaped here) and ``n``; the arrows only where there
    is a page to go to.

    >>> arrow_pager(2, 3, lambda n: f"/p{n}", link='<a href="{href}">{n}</a>', current="<b>{n}</b>",
    ...     gap="…", prev='<a href="{href}">«</a>', next_='<a href="{href}">»</a>')
    ['<a href="/p1">«</a>', '<a href="/p1">1</a>', '<b>2</b>', '<a href="/p3">3</a>', '<a href="/p3">»</a>']
    """
    parts = [prev.format(href=esc(href(page - 1)))] if page > 1 else []
    parts += pager_numbers(
        page, pages, lambda n: link.format(href=esc(href(n)), n=n), current=current, gap=gap
    )
    if page < pages:
        parts.append(next_.format(href=esc(href(page + 1))))
    return parts


def pager_window(page: int, pages: int, around: int = 2) -> list[int | None]:
    """The page numbers a pager shows on page ``page`` of ``pages``; ``None`` is a gap ("…").

    Real pagers (NukeViet's, ASP.NET's numeric pagers, Laravel-style CMSes) show the first and
    the last page and a few around the current one, never all of a long listing's pages.

    >>> pager_window(1, 3)
    [1, 2, 3]
    >>> pager_window(1, 100)
    [1, 2, 3, None, 100]
    >>> pager_window(50, 100)
    [1, None, 48, 49, 50, 51, 52, None, 100]
    >>> pager_window(99, 100)
    [1, None, 97, 98, 99, 100]
    """
    shown = sorted({1, pages, *range(max(1, page - around), min(pages, page + around) + 1)})
    window: list[int | None] = []
    for n in shown:
        if window and n - window[-1] > 1:  # type: ignore[operator]
            window.append(None)
        window.append(n)
    return window
