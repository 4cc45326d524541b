"""Dates on Vietnamese portal pages: parsing the many written forms, and finding the article's own.

Portals write dates day first and in Vietnam time (UTC+7), usually without saying so:
"Thứ Hai, 20/02/2023 08:15", "Ngày xuất bản: 17/10/2022 8:22:19 SA" (SA = AM, CH = PM),
"Cập nhật: 07:34, 23/04/2022 (GMT+7)", "Thứ năm: 08:25 ngày 05/01/2023".  Every result here is
an aware :class:`datetime` in UTC+7 (or its ISO form with ``+07:00``).

htmldate was measured on the gold pages (``python -m dtcrawl.bench.extraction``) as a primary
source and fell short: it has no minutes for day-first text dates and, with its extensive search,
takes dates from related-news lists.  It is kept only as a last resort (markup only, never the URL).
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from lxml import html as lxml_html

from dtcrawl.text import fold, normalize_line

VIETNAM_TZ = timezone(timedelta(hours=7))

_DATE = r"(?P<d>\d{1,2})\s*[/\-.]\s*(?P<m>\d{1,2})\s*[/\-.]\s*(?P<y>(?:19|20)\d{2})(?!\d)"
_DATE_WORDS = (
    r"(?:ngày\s+)?(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})"
    r"(?:\s*,\s*(?:năm\s+)?|\s+năm\s+)(?P<y>(?:19|20)\d{2})"
)
_ISO_DATE = (
    r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
_TIME = (
    r"(?<![\d/.\-])(?P<H>\d{1,2})\s*(?::|h|giờ)\s*(?P<M>\d{2})(?:\s*:\s*(?P<S>\d{2}))?"
    r"(?:\s*(?:phút))?(?:\s*(?P<ampm>SA|CH|AM|PM|sa|ch|am|pm)\b)?(?![\d/])"
)
# A date with a two-digit year, taken only with the time written after it ("05/01/23 08:05").
_DATE_SHORT_YEAR = re.compile(
    r"(?<![\d/.\-])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<yy>\d{2})(?=\s+\d{1,2}:\d{2}(?!\d))"
)
_DATE_RE = re.compile(_DATE)
_DATE_WORDS_RE = re.compile(_DATE_WORDS, re.IGNORECASE)
_ISO_RE = re.compile(_ISO_DATE)
_TIME_RE = re.compile(_TIME)

# Labels (folded) that announce the article's own publication or update date.
_PUBLISHED_LABELS = ("ngay dang", "ngay xuat ban", "dang luc", "dang ngay", "xuat ban", "dang:")
_MODIFIED_LABELS = ("cap nhat", "ngay sua", "sua doi", "chinh sua")
# A short line opening with "Ngày" and the date ("Ngày 08/05/2025 20:45:46") labels it.
_DAY_LABEL = re.compile(r"^\s*ngay\s*:?\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}")
_WEEKDAY = re.compile(r"^\s*\(?\s*(thu\s+(hai|ba|tu|nam|sau|bay)|chu\s+nhat)\b")
# "Hôm nay: Thứ Năm, 07/01/2021": a header's today, which dates no page (folded).
_TODAY_LABEL = re.compile(r"^\W*(?:hom\s+nay|today)\b")


def _aware(y: int, m: int, d: int, hh: int = 0, mm: int = 0, ss: int = 0) -> datetime | None:
    try:
        return datetime(y, m, d, hh, mm, ss, tzinfo=VIETNAM_TZ)
    except ValueError:
        return None


def _time_near(text: str, span: tuple[int, int]) -> tuple[int, int, int] | None:
    """The time written closest to the date at ``span`` (before or after it, within ~25 chars)."""
    best: tuple[int, tuple[int, int, int]] | None = None
    for match in _TIME_RE.finditer(text):
        if span[0] <= match.start() < span[1]:
            continue
        distance = span[0] - match.end() if match.end() <= span[0] else match.start() - span[1]
        if distance < 0 or distance > 25:
            continue
        hh, mm = int(match["H"]), int(match["M"])
        ss = int(match["S"]) if match["S"] else 0
        ampm = (match["ampm"] or "").upper()
        if ampm in ("CH", "PM") and hh < 12:
            hh += 12
        elif ampm in ("SA", "AM") and hh == 12:
            hh = 0
        if hh > 23 or mm > 59 or ss > 59:
            continue
        if best is None or distance < best[0]:
            best = (distance, (hh, mm, ss))
    return best[1] if best else None


def parse_vietnamese_datetime(text: str) -> datetime | None:
    """Parse the first date (and the time written next to it) in ``text``; Vietnam time.

    >>> parse_vietnamese_datetime("Thứ Hai, 20/02/2023 08:15").isoformat()
    '2023-02-20T08:15:00+07:00'
    >>> parse_vietnamese_datetime("Ngày xuất bản: 17/10/2022 8:22:19 CH").isoformat()
    '2022-10-17T20:22:19+07:00'
    >>> parse_vietnamese_datetime("Cập nhật: 07:34, 23/04/2022 (GMT+7)").isoformat()
    '2022-04-23T07:34:00+07:00'
    >>> parse_vietnamese_datetime("Thứ Năm, ngày 05 tháng 01 năm 2023 - 08:25").isoformat()
    '2023-01-05T08:25:00+07:00'
    >>> parse_vietnamese_datetime("05 tháng 01, 2023").isoformat()
    '2023-01-05T00:00:00+07:00'
    >>> parse_vietnamese_datetime("05/01/21 08:05 | Lượt xem: 12").isoformat()
    '2021-01-05T08:05:00+07:00'
    >>> parse_vietnamese_datetime("Tỷ lệ 1/2/21 hộ") is None  # no time after it: not a date
    True
    >>> parse_vietnamese_datetime("Số hồ sơ xử lý: 67039") is None
    True
    """
    text = normalize_line(text)
    if not text:
        return None
    iso = _ISO_RE.search(text)
    dmy = _DATE_RE.search(text) or _DATE_WORDS_RE.search(text)
    if iso and (not dmy or iso.start() <= dmy.start()):
        y, m, d = int(iso["y"]), int(iso["m"]), int(iso["d"])
        if iso["H"]:
            value = _aware(y, m, d, int(iso["H"]), int(iso["M"]), int(iso["S"] or 0))
            if value is not None and iso["tz"]:
                offset = iso["tz"].replace(":", "")
                if offset == "Z":
                    tz = UTC
                else:
                    sign = -1 if offset[0] == "-" else 1
                    tz = timezone(
                        sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5]))
                    )
                value = value.replace(tzinfo=tz).astimezone(VIETNAM_TZ)
            return value
        return _aware(y, m, d)
    if not dmy:
        short = _DATE_SHORT_YEAR.search(text)
        if short is None:
            return None
        y, m, d = 2000 + int(short["yy"]), int(short["m"]), int(short["d"])
        return _aware(y, m, d, *(_time_near(text, short.span()) or (0, 0, 0)))
    y, m, d = int(dmy["y"]), int(dmy["m"]), int(dmy["d"])
    clock = _time_near(text, dmy.span()) or (0, 0, 0)
    return _aware(y, m, d, *clock)


# "15 phút trước", "3 giờ trước", "2 ngày trước" (not "10 ngày trước khi khai mạc": a phrase
# that a lower-case word goes on from is the text's, not a date), "vừa xong".
_RELATIVE = re.compile(
    r"(?<!\w)(?:(?P<n>\d{1,2})\s*(?P<unit>phút|giờ|tiếng|ngày)\s+trước(?!\s+[a-zà-ỹđ])"
    r"|(?P<now>vừa\s+xong|vừa\s+đăng))",
    re.IGNORECASE,
)
# "Hôm qua", "Hôm nay 08:15", "14:30 hôm qua", "Hôm qua lúc 14:30".
_DAY_WORD = re.compile(r"(?<!\w)hôm\s+(?P<day>qua|nay)(?!\w)", re.IGNORECASE)
_UNIT = {"phút": timedelta(minutes=1), "giờ": timedelta(hours=1), "tiếng": timedelta(hours=1)}


def relative_date(text: str, now: datetime) -> datetime | None:
    """A date written relative to the moment the page was read ("3 giờ trước", "Hôm qua"),
    as a time in Vietnam; None if ``text`` holds none. Minutes and hours give the time they
    count back to; days ("2 ngày trước", "Hôm qua") give the day, at the time written beside
    them if any, else at midnight. Weeks, months and years are too vague to keep.

    >>> now = datetime(2026, 11, 24, 10, 47, tzinfo=VIETNAM_TZ)
    >>> relative_date("Ra mắt nền tảng số 3 giờ trước", now).isoformat()
    '2026-11-24T07:47:00+07:00'
    >>> relative_date("15 phút trước", now).isoformat()
    '2026-11-24T10:32:00+07:00'
    >>> relative_date("2 ngày trước · Chuyển đổi số", now).isoformat()
    '2026-11-22T00:00:00+07:00'
    >>> relative_date("Hôm qua lúc 14:30", now).isoformat()
    '2026-11-23T14:30:00+07:00'
    >>> relative_date("Hội nghị 10 ngày trước khi khai mạc", now) is None
    True
    >>> relative_date("3 tuần trước", now) is None
    True
    """
    text = normalize_line(text)
    now = now.astimezone(VIETNAM_TZ).replace(second=0, microsecond=0)
    midnight = now.replace(hour=0, minute=0)
    match = _RELATIVE.search(text)
    if match is not None:
        if match["now"]:
            return now
        n, unit = int(match["n"]), match["unit"].lower()
        if unit != "ngày":
            return now - n * _UNIT[unit]
        return midnight - timedelta(days=n)
    word = _DAY_WORD.search(text)
    if word is None:
        return None
    day = midnight - timedelta(days=1 if word["day"].lower() == "qua" else 0)
    clock = _time_near(text, word.span())
    return day.replace(hour=clock[0], minute=clock[1]) if clock else day


def listed_date(text: str | None, fetched_at: str | None = None) -> str | None:
    """The date a listing shows beside an article (ISO 8601), for a page that shows none;
    a relative one ("3 giờ trước", :func:`relative_date`) counts back from ``fetched_at``.

    >>> listed_date("Huyện ra mắt tổ công nghệ số (05/01/2021 08:25)")
    '2021-01-05T08:25:00+07:00'
    >>> listed_date("Huyện ra mắt tổ công nghệ số · 2 giờ trước", "2026-11-24T09:05:31+07:00")
    '2026-11-24T07:05:00+07:00'
    >>> listed_date(None) is None
    True
    """
    if not text:
        return None
    value = parse_vietnamese_datetime(text)
    if value is None and fetched_at:
        value = relative_date(text, datetime.fromisoformat(fetched_at))
    return to_iso(value)


def to_iso(value: datetime | None) -> str | None:
    """ISO 8601 in Vietnam time with the ``+07:00`` offset, or None.

    >>> to_iso(datetime(2023, 2, 20, 8, 15, tzinfo=VIETNAM_TZ))
    '2023-02-20T08:15:00+07:00'
    """
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=VIETNAM_TZ)
    return value.astimezone(VIETNAM_TZ).replace(microsecond=0).isoformat()


@dataclass
class PageDates:
    """The article's own dates found on a page."""

    published: datetime | None
    modified: datetime | None
    how: str  # which evidence gave ``published``: "meta", "json-ld", "label", "near-title", …


_META_PUBLISHED = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dc.date",
    "date",
    "dcterms.created",
)
_META_MODIFIED = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified")


def _meta_dates(tree) -> tuple[datetime | None, datetime | None]:
    published = modified = None
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = meta.get("content")
        if key and content and key not in metas:
            metas[key] = content
    for key in _META_PUBLISHED:
        if key in metas and (value := parse_vietnamese_datetime(metas[key])):
            published = value
            break
    for key in _META_MODIFIED:
        if key in metas and (value := parse_vietnamese_datetime(metas[key])):
            modified = value
            break
    return published, modified


# Structured data of a page as such, not of an article: WordPress's Yoast describes every page
# (its "Giới thiệu", its "Liên hệ") as a WebPage with a datePublished, and an article page as an
# Article too.
_PAGE_TYPES = frozenset(
    ("webpage", "website", "collectionpage", "aboutpage", "contactpage", "searchresultspage")
)


def _json_ld_dates(tree, page_days: set | None = None) -> tuple[datetime | None, datetime | None]:
    """The first ``datePublished`` and ``dateModified`` of the page's JSON-LD, from nodes that
    are not a web page as such (:data:`_PAGE_TYPES`); those nodes' days go to ``page_days``."""
    published = modified = None
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(isinstance(k, str) and k.lower() in _PAGE_TYPES for k in kinds):
                    for key in ("datePublished", "dateModified"):
                        value = item.get(key)
                        day = parse_vietnamese_datetime(value) if isinstance(value, str) else None
                        if day is not None and page_days is not None:
                            page_days.add(day.date())
                else:
                    if published is None and isinstance(item.get("datePublished"), str):
                        published = parse_vietnamese_datetime(item["datePublished"])
                    if modified is None and isinstance(item.get("dateModified"), str):
                        modified = parse_vietnamese_datetime(item["dateModified"])
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))
    return published, modified


def _in_link_or_list(element) -> bool:
    """True when the date sits in a link or in a list of headlines (related news, sidebars)."""
    depth = 0
    for ancestor in element.iterancestors():
        tag = ancestor.tag if isinstance(ancestor.tag, str) else ""
        if tag == "a" and depth < 4:
            return True
        if tag in ("li", "dt", "dd") and depth < 4 and _holds_headline_link(ancestor):
            # An item of a list of headlines; a list item without one is the article's own
            # metadata (Joomla's <dl class="article-info"><dd class="published">).
            return True
        depth += 1
        if depth > 6:
            break
    if element.tag == "a":
        return True
    # A headline link next to the date: a "headline (date)" item (line breaks between them
    # aside). Only the neighbours count: an old portal's one table cell holds the article's
    # date line and, further down, its "Các tin khác" links.
    for step in ("getprevious", "getnext"):
        sibling = getattr(element, step)()
        while sibling is not None and sibling.tag == "br":
            sibling = getattr(sibling, step)()
        if sibling is not None and sibling.tag == "a":
            if len(normalize_line(sibling.text_content())) > 25:
                return True
    return False


def _holds_headline_link(element) -> bool:
    return any(len(normalize_line(a.text_content())) > 25 for a in element.iter("a"))


_TITLE_TAGS = frozenset(("h1", "h2", "h3", "h4", "div", "p", "span", "td", "strong", "b"))


_CREATED_LABELS = ("ngay tao", "khoi tao", "tao luc", "tao ngay")


def _labelled_stamps(text: str) -> list[tuple[str, datetime]]:
    """The dates of a line of several labelled stamps, each with the kind its own label says.

    A CMS's stamps line up in one element: when it was created, published and updated. The
    creation stamp is none of the article's dates; an unlabelled date among labelled ones is
    left out. Lines with fewer than two dates give nothing (they are read whole).

    >>> [(kind, value.isoformat()) for kind, value in _labelled_stamps(
    ...     "Ngày tạo: 04/01/2023 10:05 | Ngày xuất bản: 05/01/2023 08:25 | "
    ...     "Ngày cập nhật: 09/01/2023 14:00")]
    [('published', '2023-01-05T08:25:00+07:00'), ('modified', '2023-01-09T14:00:00+07:00')]
    """
    dates = list(_DATE_RE.finditer(text))
    if len(dates) < 2:
        return []
    stamps = []
    start = 0
    for index, match in enumerate(dates):
        end = dates[index + 1].start() if index + 1 < len(dates) else len(text)
        label = fold(text[start : match.start()])
        start = match.end()
        if any(created in label for created in _CREATED_LABELS):
            continue
        if any(published in label for published in _PUBLISHED_LABELS) or _WEEKDAY.match(
            label.strip(" |-–(")
        ):
            kind = "published"
        elif any(modified in label for modified in _MODIFIED_LABELS):
            kind = "modified"
        else:
            continue
        value = parse_vietnamese_datetime(text[match.start() : end])
        if value is not None:
            stamps.append((kind, value))
    # Without a publication stamp among them, the line is read whole, as before.
    return stamps if any(kind == "published" for kind, _ in stamps) else []


def _date_elements(tree, title_text: str | None):
    """Yield (order, element, text, is_time_tag, title order) for elements carrying dates; last,
    once the title was seen, (order, None, "", False, title order)."""
    title_folded = fold(normalize_line(title_text)) if title_text else None
    title_length = len(title_folded or "")
    title_order = None
    order = 0
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "head", "title"):
            continue
        order += 1
        if title_folded and title_order is None and element.tag in _TITLE_TAGS:
            own = element.text_content()
            # Cheap length test first: folding every element's text is the costly part.
            # Also the title after a section's name in brackets ("[Chuyển đổi số] TIN A").
            extra = len(own.strip()) - title_length
            if -20 <= extra <= 45 and (
                fold(normalize_line(own)) == title_folded
                or (extra > 0 and fold(normalize_line(own)).endswith(title_folded))
            ):
                title_order = order
        if element.tag == "time" and element.get("datetime"):
            yield order, element, element.get("datetime"), True, title_order
            continue
        if element.text is None and not len(element) and element.attrib:
            # An empty element a script fills with the date its data attribute holds
            # (``<span class="post-date" data-time="1609728197"></span>``).
            stamp = _data_stamp(element)
            if stamp:
                yield order, element, stamp, True, title_order
            continue
        own = " ".join(t for t in ([element.text] + [c.tail for c in element]) if t)
        if not own or not (
            _DATE_RE.search(own)
            or _ISO_RE.search(own)
            or (("tháng" in own or "THÁNG" in own) and _DATE_WORDS_RE.search(own))
            or _DATE_SHORT_YEAR.search(own)
        ):
            continue
        text = normalize_line(element.text_content())
        if len(text) > 160:
            text = normalize_line(own)
        parent = element.getparent()
        if not _TIME_RE.search(text) and parent is not None:
            around = normalize_line(parent.text_content())
            if len(around) < 160:
                text = around
        # Include a label written in a preceding sibling ("<b>Ngày đăng:</b> 21/01/2021").
        previous = element.getprevious()
        if previous is not None and isinstance(previous.tag, str):
            label = normalize_line(previous.text_content())
            if len(label) < 30 and not any(ch.isdigit() for ch in label):
                text = label + " " + text
        yield order, element, text, False, title_order
    if title_order is not None:
        # The title's place, when no date comes after it ("Thứ Hai, 11/11/2024" above it only).
        yield order + 1, None, "", False, title_order


# Data attributes a script writes a date from (not "data-servertime", a header clock's now).
_DATA_DATE_KEYS = re.compile(
    r"^data-(?:time|date|datetime|timestamp|ts|pubdate|published|publish[-_]?(?:time|date))$"
)


def from_epoch(value: float) -> datetime:
    """Unix seconds, or milliseconds (over 10**11), as a moment in Vietnam time.

    >>> from_epoch(1609728197).isoformat(), from_epoch(1609728197000).isoformat()
    ('2021-01-04T09:43:17+07:00', '2021-01-04T09:43:17+07:00')
    """
    seconds = value / 1000 if value > 10**11 else value
    return datetime.fromtimestamp(seconds, UTC).astimezone(VIETNAM_TZ)


def epoch_or_iso(value: str) -> str | None:
    """A moment written as Unix seconds or milliseconds (UTC) or ISO 8601, as ISO 8601 in
    Vietnam time; None for anything else.

    >>> epoch_or_iso("1609728197"), epoch_or_iso("1609804691000")
    ('2021-01-04T09:43:17+07:00', '2021-01-05T06:58:11+07:00')
    >>> epoch_or_iso("2021-01-04T07:41:00+07:00"), epoch_or_iso("42")
    ('2021-01-04T07:41:00+07:00', None)
    """
    value = value.strip()
    if value.isdigit() and len(value) in (10, 13):
        moment = from_epoch(int(value))
        return moment.isoformat() if 2000 <= moment.year <= 2100 else None
    return value if _ISO_RE.match(value) else None


def _data_stamp(element) -> str | None:
    for key, value in element.attrib.items():
        if key.startswith("data-") and _DATA_DATE_KEYS.match(key):
            stamp = epoch_or_iso(value)
            if stamp:
                return stamp
    return None


# A script's publication moment: "var publishTime = 1609804691000;", "ngayXuatBan: '2021-…'".
_SCRIPT_PUBLISHED = re.compile(
    r"\b(?:publish(?:ed)?|pub|ngay_?xuat_?ban|ngay_?dang|thoi_?gian_?dang)_?(?:time|date|at|on)?"
    r"\s*[=:]\s*[\"']?(\d{13}|\d{10}|\d{4}-\d{2}-\d{2}[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)",
    re.IGNORECASE,
)


def _script_published(tree) -> datetime | None:
    """The publication moment a page's own script holds, for a page that shows no date."""
    for script in tree.iter("script"):
        text = script.text or ""
        if len(text) > 20_000 or script.get("src"):
            continue
        match = _SCRIPT_PUBLISHED.search(text)
        if match:
            stamp = epoch_or_iso(match.group(1).replace(" ", "T"))
            if stamp:
                return parse_vietnamese_datetime(stamp)
    return None


# A Vietnamese document number: "21/GP-STTTT", "3609/KH-BĐHCĐS", "15/2020/NĐ-CP".
_DOCUMENT_NUMBER = re.compile(r"\b\d{1,6}/(?:\d{4}/)?[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*")


def find_dates(tree_or_html, title: str | None = None) -> PageDates:
    """Find the article's own publication and modification dates on a page.

    Order of evidence: page metadata (``article:published_time``, JSON-LD), then a labelled or
    weekday-led date line that is not part of a link list, nearest after the title, then a
    ``<time datetime>``; htmldate on metadata only as a last resort.  Dates in slugs are never used.

    >>> page = "<h1>Tin A</h1><p>Thứ Hai, 20/02/2023 08:15</p><p>Nội dung.</p>"
    >>> find_dates(page, title="Tin A").published.isoformat()
    '2023-02-20T08:15:00+07:00'
    >>> words = "<h1>Tin A</h1><p>Thứ Năm, ngày 05 tháng 01 năm 2023 - 08:25</p><p>Nội dung.</p>"
    >>> find_dates(words, title="Tin A").published.isoformat()
    '2023-01-05T08:25:00+07:00'
    >>> day = ('<meta property="article:published_time" content="2021-01-04+0707:41:00">'
    ...        "<h1>Tin A</h1><p>Thứ hai - 04/01/2021 07:41</p><p>Nội dung.</p>")
    >>> find_dates(day, title="Tin A").published.isoformat()  # the day's time from the page
    '2021-01-04T07:41:00+07:00'
    >>> today = "<p>Hôm nay: Thứ Năm, 07/01/2021</p><h1>Giới thiệu</h1><p>Tỉnh có 10 huyện.</p>"
    >>> find_dates(today, title="Giới thiệu").published is None  # the header's today
    True
    >>> footer = "<h1>Giới thiệu</h1><p>Xã có 3 thôn.</p><p>Giấy phép số 21/GP-STTTT ngày 09/11/2021</p>"
    >>> find_dates(footer, title="Giới thiệu").published is None  # a licence's date
    True
    """
    tree = tree_or_html
    if isinstance(tree, (str, bytes)):
        tree = lxml_html.fromstring(tree or "<html></html>")
    published, modified = _meta_dates(tree)
    how = "meta" if published else ""
    page_days: set[date] = set()  # the days structured data gives the page as such
    if modified is not None:
        page_days.add(modified.date())
    if published is None:
        published, ld_modified = _json_ld_dates(tree, page_days)
        modified = modified or ld_modified
        how = "json-ld" if published else ""
    meta = timed = None
    if published is not None:
        if (published.hour, published.minute, published.second) != (0, 0, 0):
            # Kept unless the page's own date line says the same minute some hours away (a
            # template writing UTC as "+07:00"): see below.
            timed = PageDates(published, modified, how)
        else:
            # A day without its time ("2021-01-04", or NukeViet's "2021-01-04+0707:41:00"
            # whose time the parser cannot read): the page's date line of that day may give it.
            meta = PageDates(published, modified, how)

    candidates = []
    today: set[date] = set()  # days of lines labelled as today's
    title_order = None
    for order, element, text, is_time, t_order in _date_elements(tree, title):
        title_order = t_order if t_order is not None else title_order
        if element is None or _in_link_or_list(element):
            continue
        stamps = _labelled_stamps(text)
        if stamps:
            # "Ngày tạo: … | Ngày xuất bản: … | Ngày cập nhật: …": each date by its own label.
            candidates.extend((order, kind, value) for kind, value in stamps)
            continue
        value = parse_vietnamese_datetime(text)
        if value is None:
            continue
        folded = fold(text)
        if _TODAY_LABEL.match(folded):
            today.add(value.date())
            continue
        kind = "plain"
        if any(label in folded for label in _PUBLISHED_LABELS) or _DAY_LABEL.match(folded):
            kind = "published"
        elif any(label in folded for label in _MODIFIED_LABELS):
            kind = "modified"
        elif _WEEKDAY.match(folded):
            kind = "weekday"
        elif is_time:
            kind = "time"
        # A date line is short: a date inside a long sentence is part of the story.
        rest = _DATE_RE.sub("", _TIME_RE.sub("", text))
        if not is_time and len(rest) > 80:
            continue
        if kind == "plain" and _DOCUMENT_NUMBER.search(text):
            continue  # a document's date ("Giấy phép số 21/GP-STTTT ngày 09/11/2021")
        if kind == "weekday" and not _TIME_RE.search(text):
            kind = "weekday-no-time"
        candidates.append((order, kind, value))
    banners: set[date] = set(today)
    if title_order is not None:
        # "Thứ Hai, 11/11/2024" above the title and without a time is the page's "today"
        # banner, not the article's date (seen in the top bars of DNN and older portals): no
        # date of the page's, which keeps an undated page of the portal's own undated.
        banner = [c for c in candidates if c[1] == "weekday-no-time" and c[0] < title_order]
        banners |= {value.date() for _, _, value in banner}
        candidates = [c for c in candidates if c not in banner]
    candidates = [(o, "weekday" if k == "weekday-no-time" else k, v) for o, k, v in candidates]

    def distance(order: int) -> float:
        if title_order is None:
            return order
        # Dates just after the title are the article's; those before it count twice as far.
        return order - title_order if order >= title_order else 2 * (title_order - order) + 5

    labelled = [c for c in candidates if c[1] in ("published", "weekday", "time")]
    updates = [c for c in candidates if c[1] == "modified"]
    plain = [c for c in candidates if c[1] == "plain"]
    chosen = None
    for pool, name in ((labelled, "label"), (updates, "update-label"), (plain, "near-title")):
        if pool:
            chosen = min(pool, key=lambda c: distance(c[0]))
            how = name
            break
    if timed is not None:
        if chosen is None or how == "near-title" or not _zone_slip(timed.published, chosen[2]):
            return timed
        return PageDates(chosen[2], modified, f"{how} (metadata's time zone off)")
    if chosen is not None:
        if meta is not None and chosen[2].date() != meta.published.date():
            return meta
        published = chosen[2]
        if updates and how != "update-label":
            near = min(updates, key=lambda c: distance(c[0]))
            if near[2] > published:
                modified = near[2]
        return PageDates(published, modified, how if meta is None else f"meta day, {how} time")
    if meta is not None:
        return meta
    scripted = _script_published(tree)
    if scripted is not None:
        return PageDates(scripted, modified, "script")
    fallback = _htmldate_metadata(tree)
    if fallback is not None and fallback.date() in banners | page_days:
        # htmldate read the "today" banner too (its class says "date-time"), or the page's
        # own dates as a page (a WebPage's, a modification's): no publication of an article.
        fallback = None
    return PageDates(fallback, modified, "htmldate" if fallback else "")


def _zone_slip(stated: datetime, shown: datetime) -> bool:
    """True when metadata's time and the page's date line are the same minute a whole number
    of hours apart (1 to 14): the metadata's time zone is wrong, the line is what was meant.

    >>> _zone_slip(datetime(2021, 1, 4, 0, 41, tzinfo=VIETNAM_TZ), datetime(2021, 1, 4, 7, 41, tzinfo=VIETNAM_TZ))
    True
    >>> _zone_slip(datetime(2021, 1, 4, 7, 41, tzinfo=VIETNAM_TZ), datetime(2021, 1, 4, 9, 5, tzinfo=VIETNAM_TZ))
    False
    """
    if (
        shown.second != stated.second
        or shown.minute != stated.minute
        or shown.hour == 0 == shown.minute
    ):
        return False
    hours = abs((shown - stated).total_seconds()) / 3600
    return hours.is_integer() and 1 <= hours <= 14


def _htmldate_metadata(tree) -> datetime | None:
    """htmldate on markup only (no text heuristics, no URL): the metadata forms we do not read.

    Measured on the gold pages: htmldate alone is day-exact on 0.69 of them (0.88 with its
    extensive text search, which takes related-news dates) and minute-exact on 0.15, so it is
    only asked when nothing above found a date.
    """
    try:
        from htmldate import find_date

        found = find_date(copy.deepcopy(tree), extensive_search=False, original_date=True, url=None)
    except Exception:  # htmldate raises on odd trees; a missing date is the honest answer
        return None
    return parse_vietnamese_datetime(found) if found else None


def find_published(tree_or_html, title: str | None = None) -> datetime | None:
    """The article's own publication date (see :func:`find_dates`).

    >>> find_published('<meta property="article:published_time" content="2023-10-10T14:15:00Z">')
    datetime.datetime(2023, 10, 10, 21, 15, tzinfo=datetime.timezone(datetime.timedelta(seconds=25200)))
    """
    return find_dates(tree_or_html, title=title).published
