"""A provincial portal on a vendor's CMS whose listings stop after a few pages (portal ``honglac``).

Many provinces bought the same "Cổng thông tin điện tử" product from a local software company:
ASP.NET MVC on IIS behind rewritten ``.html`` addresses, a Bootstrap theme, a sidebar of widgets.
For speed, its listing query only ever reads the newest ``page size x 2`` rows of a section: the
pager shows "1 2 »" and nothing past it, and a page beyond (typed by hand) is an empty listing
("Không có dữ liệu", answered 200). Older articles stay on the site and are reached the ways the
product offers: the "Lưu trữ tin bài" box (one link per month that has articles, "Tháng 01/2021
(40)") to the monthly archive listings, which page on to the end; the archive index page; the
"Xem tin cũ hơn" line under a section's listing (that section's months); the "Các tin đã đưa" list
under every article (the five older articles of its section, with their dates); and "Tin đã đưa"
pages of one day (a GET form "Xem tin theo ngày", and the day links of the sidebar calendar).

URL shapes:

- home ``/``; general news listing ``/chuyen-muc/tin-tuc-su-kien-40.html``, a section's listing
  ``/chuyen-muc/<slug>-<id>.html``, page N ``/chuyen-muc/<slug>-<id>/trang-<N>.html`` (at most
  :data:`MAX_PAGES` pages are linked; later ones answer 200 with an empty list);
- article ``/tin-tuc/<title-slug>-<id>.html`` (any slug with the right id serves the article);
- monthly archive ``/luu-tru/<yyyy>/<mm>`` (all sections) or ``/luu-tru/<yyyy>/<mm>?cm=<id>`` (one
  section), page N with ``trang=N``; archive index ``/luu-tru``;
- one day's articles ``/tin-da-dua.html?ngay=<dd/mm/yyyy>`` (``&cm=<id>`` for one section); the
  calendar writes the day unpadded (``ngay=5/1/2021``), the form and the "Ngày trước / Ngày sau"
  links padded (``05/01/2021``), the form's submit sends it escaped (``05%2F01%2F2021``);
- print view ``/in-tin-bai.html?id=<id>``; pages ``/gioi-thieu.html``, ``/lien-he.html``;
  search ``/tim-kiem.html?tukhoa=`` and the editors' login ``/quan-tri/dang-nhap`` (both
  disallowed in robots.txt). No sitemap, no RSS.

Hazards: listings capped at two pages (a third of the articles reachable only through the
archive, the day pages or "Các tin đã đưa"); a calendar widget on every page whose day links and
month arrows reach a listing for every day since January four years back (about 1,500 pages,
nearly all "Không có tin bài nào"), each day under two spellings; the "Ngày trước / Ngày sau"
links of day pages; empty listings past the cap answered 200; the lead in bold; photos as a
centred image paragraph followed by a centred italic caption paragraph; the author bold and
right-aligned as the last line of the text, the source on a line below the text; "Lượt xem",
font-size tools, share links, the TTHC results, the visitor counter and a poll on every page.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from dtcrawl.demo.cms.common import (
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    arrow_pager,
    body_blocks,
    dmy,
    esc,
    image_path,
    page_number,
    poll,
    reuse_notice,
    slugify,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)
from dtcrawl.demo.portals import PortalDef

#: How many pages of a listing the CMS reads (the pager shows no more).
MAX_PAGES = 2
#: Rows per page of the monthly archive listings (they page on to the end).
ARCHIVE_PAGE_SIZE = 10
#: Years of day pages before the current one that the calendar reaches.
CALENDAR_YEARS = 4
#: Articles in the "Các tin đã đưa" list under an article, and in "Các tin mới hơn".
OLDER_COUNT = 5
NEWER_COUNT = 3

LISTING = re.compile(r"^/chuyen-muc/([a-z0-9-]+)-(\d+)(?:\.html|/trang-(\d+)\.html)$")
ARTICLE = re.compile(r"^/tin-tuc/(?:[a-z0-9-]+-)?(\d+)\.html$")
ARCHIVE = re.compile(r"^/luu-tru/(\d{4})/(\d{1,2})/?$")
DAY = "/tin-da-dua.html"
PRINT = "/in-tin-bai.html"
SEARCH = "/tim-kiem.html"
LOGIN = "/quan-tri/dang-nhap"
WEEKDAY_HEADS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")

STATIC_PAGES = {
    "/gioi-thieu.html": (
        "Giới thiệu chung",
        (
            "Tỉnh Hồng Lạc nằm ở phía bắc của vùng duyên hải, có địa hình thấp dần từ tây sang "
            "đông với ba vùng rõ rệt: núi đồi, đồng bằng ven sông và dải ven biển.",
            "Toàn tỉnh có 9 đơn vị hành chính cấp huyện và 141 xã, phường, thị trấn; dân số "
            "khoảng 1,2 triệu người, trong đó đồng bào dân tộc thiểu số chiếm gần một phần năm.",
            "Cổng thông tin điện tử tỉnh là kênh cung cấp thông tin chính thống của Ủy ban nhân dân "
            "tỉnh về chủ trương, chính sách và hoạt động chỉ đạo, điều hành của chính quyền.",
        ),
    ),
    "/lien-he.html": (
        "Liên hệ",
        (
            "Mọi ý kiến đóng góp, câu hỏi và tin bài gửi Ban Biên tập xin gửi về hộp thư "
            "bbt@honglac.gov.vn hoặc qua đường bưu điện theo địa chỉ ghi ở chân trang.",
            "Ban Biên tập tiếp nhận và trả lời trong giờ hành chính các ngày làm việc trong tuần.",
        ),
    ),
}


def post_time(moment: datetime) -> str:
    """The date line under an article's title.

    >>> post_time(datetime(2021, 1, 5, 8, 29))
    'Thứ Ba, 05/01/2021 | 08:29'
    """
    return f"{weekday(moment)}, {dmy(moment)} | {moment:%H:%M}"


def list_time(moment: datetime) -> str:
    """The time beside a title in listings.

    >>> list_time(datetime(2021, 1, 5, 8, 29))
    '05/01/2021 08:29'
    """
    return f"{dmy(moment)} {moment:%H:%M}"


def day_link(day: date, padded: bool = True, section: Section | None = None) -> str:
    """The address of one day's articles, as the templates write it.

    >>> day_link(date(2021, 1, 5))
    '/tin-da-dua.html?ngay=05/01/2021'
    >>> day_link(date(2021, 1, 5), padded=False)
    '/tin-da-dua.html?ngay=5/1/2021'
    """
    shown = f"{day:%d/%m/%Y}" if padded else f"{day.day}/{day.month}/{day.year}"
    url = f"{DAY}?ngay={shown}"
    return f"{url}&cm={section.id}" if section else url


def parse_day(value: str | None) -> date | None:
    """A day written ``d/m/yyyy`` (padded or not); None if it is no date.

    >>> parse_day("5/1/2021"), parse_day("31/02/2021"), parse_day("x")
    (datetime.date(2021, 1, 5), None, None)
    """
    match = re.fullmatch(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*", value or "")
    if not match:
        return None
    try:
        return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    except ValueError:
        return None


def archive_link(year: int, month: int, section: Section | None = None, page: int = 1) -> str:
    """The address of a monthly archive listing.

    >>> archive_link(2021, 1), archive_link(2021, 1, page=3)
    ('/luu-tru/2021/01', '/luu-tru/2021/01?trang=3')
    """
    url = f"/luu-tru/{year}/{month:02d}"
    params = ([f"cm={section.id}"] if section else []) + ([f"trang={page}"] if page > 1 else [])
    return url + ("?" + "&".join(params) if params else "")


def month_before(day: date) -> date:
    """The first day of the month before ``day``'s.

    >>> month_before(date(2021, 1, 20))
    datetime.date(2020, 12, 1)
    """
    return (day.replace(day=1) - timedelta(days=1)).replace(day=1)


def month_after(day: date) -> date:
    """The first day of the month after ``day``'s.

    >>> month_after(date(2020, 12, 31))
    datetime.date(2021, 1, 1)
    """
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


class DateArchiveSite(CmsSite):
    family_headers = {
        "Server": "Microsoft-IIS/8.5",
        "X-AspNetMvc-Version": "5.2",
        "X-Powered-By": "ASP.NET",
    }
    number_base = 18_240
    number_stride = 3
    image_folder = "/Uploads/images/tintuc"

    def __init__(self, portal: PortalDef, articles: Sequence[Any]):
        super().__init__(portal, articles)
        newest = max((it.published for it in self.items), default=datetime(2021, 1, 4))
        #: The day the site is drawn on (its calendar's "today"): the day after its newest news.
        self.today = newest.date() + timedelta(days=1)
        #: The first day the calendar and the day pages reach.
        self.first_day = date(self.today.year - CALENDAR_YEARS, 1, 1)

    # -- URLs

    def section_id(self, section: Section | None) -> int:
        return self.news.id if self.is_news(section) else section.id

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        target = self.news if self.is_news(section) else section
        base = f"/chuyen-muc/{target.slug}-{target.id}"
        return f"{base}.html" if page == 1 else f"{base}/trang-{page}.html"

    def article_path(self, item: Item) -> str:
        return f"/tin-tuc/{slugify(item.title, max_len=90)}-{item.number}.html"

    def print_path(self, item: Item) -> str:
        return f"{PRINT}?id={item.number}"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *"]
        lines += [f"Disallow: {path}" for path in self.portal.robots_disallow]
        return "\n".join(lines) + "\n"

    # -- the model's views

    def shown_pages(self, section: Section | None) -> int:
        """The pages of a listing the pager offers (never more than :data:`MAX_PAGES`)."""
        _, pages = self.page_of(self.listed(section), 1)
        return min(pages, MAX_PAGES)

    def months(self, section: Section | None = None) -> list[tuple[int, int, int]]:
        """(year, month, count) of every month that has articles, newest first."""
        counts: dict[tuple[int, int], int] = {}
        for it in self.listed(section):
            key = (it.published.year, it.published.month)
            counts[key] = counts.get(key, 0) + 1
        return [(y, m, c) for (y, m), c in sorted(counts.items(), reverse=True)]

    def of_month(self, year: int, month: int, section: Section | None) -> list[Item]:
        return [
            it
            for it in self.listed(section)
            if it.published.year == year and it.published.month == month
        ]

    def of_day(self, day: date, section: Section | None) -> list[Item]:
        return [it for it in self.listed(section) if it.published.date() == day]

    def older(self, item: Item) -> list[Item]:
        """ "Các tin đã đưa": the nearest older articles of the item's section."""
        same = self.listed(item.section)
        return [it for it in same if it.published < item.published][:OLDER_COUNT]

    def newer(self, item: Item) -> list[Item]:
        """ "Các tin mới hơn": the nearest newer articles of the item's section, newest first."""
        same = [it for it in self.listed(item.section) if it.published > item.published]
        return same[-NEWER_COUNT:]

    def most_read(self) -> list[Item]:
        """ "Tin đọc nhiều": the most viewed of the recent articles (the widget reads 30 days)."""
        recent = [it for it in self.items if it.kind == "article"][:12]
        return sorted(recent, key=lambda it: -view_count(it.key))[:5]

    def thumb(self, item: Item) -> str:
        return image_path(item, 0, self.image_folder)

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/trang-chu.html", "/index.html"):
            return self.html_response(self.home_html(request))
        match = ARTICLE.match(path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            return self.article_response(item, request) if item else None
        match = LISTING.match(path)
        if match:
            ident = int(match.group(2))
            section = None if ident == self.news.id else self.section_by_id(ident)
            if section is None and ident != self.news.id:
                return None
            page = int(match.group(3) or 1)
            if page < 1 or (match.group(3) and page == 1):
                return None
            return self.html_response(self.listing_html(section, page, request))
        if path in ("/luu-tru", "/luu-tru/", "/luu-tru.html"):
            return self.html_response(self.archive_index_html(request))
        match = ARCHIVE.match(path)
        if match:
            year, month = int(match.group(1)), int(match.group(2))
            if not (1 <= month <= 12 and 2000 <= year <= 2100):
                return None
            section = self.param_section(request)
            if section is False:
                return None
            page = page_number(request.params.get("trang"))
            items = self.of_month(year, month, section or None)
            pages = max(1, -(-len(items) // ARCHIVE_PAGE_SIZE))
            if page > pages:
                return None
            return self.html_response(
                self.archive_html(year, month, section or None, page, request)
            )
        if path == DAY:
            section = self.param_section(request)
            if section is False:
                return None
            return self.html_response(self.day_html(section or None, request))
        if path == PRINT:
            try:
                item = self.by_number.get(int(request.params.get("id", "")))
            except ValueError:
                return None
            if item is None or item.kind in ("missing", "error"):
                return None
            return self.html_response(self.print_html(item, request))
        if path == SEARCH:
            return self.html_response(self.search_html(request))
        if path == LOGIN:
            return self.html_response(self.login_html(request))
        if path in STATIC_PAGES:
            return self.html_response(self.static_html(path, request))
        return None

    def param_section(self, request: Request) -> Section | None | bool:
        """The section a ``cm`` parameter names: None when absent, False when unknown."""
        value = request.params.get("cm", "").strip()
        if not value:
            return None
        try:
            ident = int(value)
        except ValueError:
            return False
        if ident == self.news.id:
            return None
        return self.section_by_id(ident) or False

    # -- frame

    def frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        request: Request,
        *,
        current: Section | None = None,
        shown_month: date | None = None,
        picked: date | None = None,
    ) -> str:
        p = self.portal
        submenu = "".join(
            f'<li><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb = "".join(
            f'<li><a href="{esc(href)}">{esc(name)}</a></li>'
            if href
            else f'<li class="active">{esc(name)}</li>'
            for name, href in crumbs
        )
        breadcrumb = (
            f'<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li>{crumb}</ol>'
            if crumbs
            else ""
        )
        today = self.today
        header_day = f"{weekday(datetime.combine(today, datetime.min.time()))}, {dmy(today)}"
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)} - {esc(p.name)}</title>
<meta name="description" content="{esc(p.name)}" />
<link rel="shortcut icon" href="/Content/images/favicon.ico" />
<link rel="stylesheet" href="/Content/bootstrap.min.css" />
<link rel="stylesheet" href="/Content/portal/style.css?v=2.4.7" />
<script src="/Scripts/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="container"><span class="today"><i class="fa fa-calendar"></i>
{header_day}</span><span class="top-links"><a href="/">Trang chủ</a> | <a
href="/lien-he.html">Liên hệ</a> | <a href="/quan-tri/dang-nhap">Đăng nhập</a></span></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img
src="/Content/portal/images/quochuy.png" alt="Quốc huy" /></a><div class="brand"><p
class="brand-1">{esc(p.agency)}</p><p class="brand-2">{esc(p.name).upper()}</p></div>
<form class="search-box" action="{SEARCH}" method="get"><input type="text" name="tukhoa"
placeholder="Nhập từ khóa tìm kiếm..." /><button type="submit">Tìm</button></form></div></header>
<nav class="navbar main-menu"><div class="container"><ul class="nav navbar-nav">
<li><a href="/"><i class="fa fa-home"></i></a></li>
<li><a href="/gioi-thieu.html">Giới thiệu</a></li>
<li class="dropdown"><a href="{esc(self.listing_path(None))}">{esc(self.news.name)}</a>
<ul class="dropdown-menu">{submenu}</ul></li>
<li><a href="https://vanban.{esc(p.domain)}/" target="_blank">Văn bản</a></li>
<li><a href="https://dichvucong.{esc(p.domain)}/" target="_blank">Dịch vụ công</a></li>
<li><a href="/luu-tru">Lưu trữ</a></li>
<li><a href="/lien-he.html">Liên hệ</a></li>
</ul></div></nav>
<div class="marquee-bar"><div class="container"><marquee scrollamount="4">Chào mừng bạn đến với
{esc(p.name)}</marquee></div></div>
<div class="container main">{breadcrumb}
<div class="row">
<div class="col-md-8 col-main">{main}</div>
<div class="col-md-4 col-side">{self.sidebar(request, current, shown_month, picked)}</div>
</div></div>
<footer class="footer"><div class="container">
<p class="footer-name">{esc(p.name).upper()}</p>
<p>Cơ quan chủ quản: {esc(p.agency)}</p>
<p>Trưởng Ban biên tập: {esc(p.editor)}</p>
<p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)} - Email: bbt@{esc(p.domain)}</p>
<p>{esc(reuse_notice(p))}</p>
<p class="vendor">Thiết kế và phát triển bởi Công ty Cổ phần Giải pháp phần mềm Bắc Hà</p>
</div></footer>
<a href="#" class="back-top" title="Về đầu trang">&#9650;</a>
</body>
</html>
"""

    def sidebar(
        self,
        request: Request,
        current: Section | None,
        shown_month: date | None,
        picked: date | None,
    ) -> str:
        read = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.most_read()
        )
        years: dict[int, list[str]] = {}
        for year, month, count in self.months():
            years.setdefault(year, []).append(
                f'<li><a href="{esc(archive_link(year, month))}">Tháng {month:02d}/{year}</a> '
                f'<span class="count">({count})</span></li>'
            )
        archive = "".join(
            f'<li class="nam"><span>Năm {year}</span><ul>{"".join(rows)}</ul></li>'
            for year, rows in years.items()
        )
        t = tthc_stats(request.seed)
        v = visitor_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<li><label><input type="radio" name="binhchon" value="{i + 1}" /> {esc(o)}</label></li>'
            for i, o in enumerate(options)
        )
        return f"""<div class="box box-docnhieu"><h3 class="box-title">Tin đọc nhiều</h3>
<ul class="list-link">{read}</ul></div>
{self.calendar_box(shown_month or self.today, picked)}
<div class="box box-luutru"><h3 class="box-title"><a href="/luu-tru">Lưu trữ tin bài</a></h3>
<ul class="luutru">{archive}</ul></div>
<div class="box box-tthc"><h3 class="box-title">Kết quả giải quyết TTHC</h3>
<p class="tthc-month">Tháng {t["month"]}</p><table class="table tthc">
<tr><td>Hồ sơ đã tiếp nhận</td><td>{thousands(t["total"])}</td></tr>
<tr><td>Đã giải quyết đúng hạn</td><td>{thousands(t["ontime"])}</td></tr>
<tr><td>Giải quyết quá hạn</td><td>{thousands(t["late"])}</td></tr>
<tr><td>Tỷ lệ đúng hạn</td><td>{t["percent"]}%</td></tr></table>
<a class="more" href="https://dichvucong.{esc(self.portal.domain)}/thong-ke" target="_blank"
>Xem chi tiết</a></div>
<div class="box box-binhchon"><h3 class="box-title">Thăm dò ý kiến</h3><p>{esc(question)}</p>
<ul class="poll">{choices}</ul><button type="button" onclick="BinhChon.gui()">Biểu quyết</button>
<button type="button" onclick="BinhChon.ketQua()">Xem kết quả</button></div>
<div class="box box-lienket"><h3 class="box-title">Liên kết website</h3>
<select onchange="if(this.value) window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option>
<option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option>
<option value="https://mic.gov.vn">Bộ Thông tin và Truyền thông</option></select>
<a href="https://chinhphu.vn" target="_blank"><img src="/Uploads/banner/chinhphu.png"
alt="Cổng thông tin điện tử Chính phủ" /></a></div>
<div class="box box-thongke"><h3 class="box-title">Thống kê truy cập</h3><ul class="counter">
<li>Đang truy cập: <b>{thousands(v["online"])}</b></li>
<li>Hôm nay: <b>{thousands(v["today"])}</b></li>
<li>Tháng hiện tại: <b>{thousands(v["month"])}</b></li>
<li>Tổng lượt truy cập: <b>{thousands(v["total"])}</b></li></ul></div>"""

    def calendar_box(self, month_day: date, picked: date | None) -> str:
        """The "Lịch tin bài" widget: a month's grid, every day a link, month arrows; and the
        "Xem tin theo ngày" form."""
        first = month_day.replace(day=1)
        with_news = {it.published.date() for it in self.items}
        cells: list[str] = []
        rows: list[str] = []
        for week in calendar.Calendar(firstweekday=0).monthdayscalendar(first.year, first.month):
            cells = []
            for number in week:
                if not number:
                    cells.append("<td></td>")
                    continue
                day = first.replace(day=number)
                classes = [c for c, on in (("co-tin", day in with_news), ("chon", day == picked),
                                           ("homnay", day == self.today)) if on]  # fmt: skip
                attr = f' class="{" ".join(classes)}"' if classes else ""
                cells.append(
                    f'<td{attr}><a href="{esc(day_link(day, padded=False))}">{number}</a></td>'
                )
            rows.append(f"<tr>{''.join(cells)}</tr>")
        prev = month_before(first)
        nxt = month_after(first)
        prev_link = (
            f'<a class="cal-prev" href="{esc(day_link(prev))}" title="Tháng trước">&laquo;</a>'
            if prev >= self.first_day
            else '<span class="cal-prev disabled">&laquo;</span>'
        )
        next_link = (
            f'<a class="cal-next" href="{esc(day_link(nxt))}" title="Tháng sau">&raquo;</a>'
            if nxt <= self.today
            else '<span class="cal-next disabled">&raquo;</span>'
        )
        heads = "".join(f"<th>{h}</th>" for h in WEEKDAY_HEADS)
        value = dmy(picked or self.today)
        options = "".join(
            f'<option value="{s.id}">{esc(s.name)}</option>' for s in self.sections.values()
        )
        return f"""<div class="box box-lich"><h3 class="box-title">Lịch tin bài</h3>
<table class="calendar"><caption>{prev_link} <span class="cal-month">Tháng {first.month:02d}/{first.year}</span>
{next_link}</caption><thead><tr>{heads}</tr></thead><tbody>{"".join(rows)}</tbody></table>
<form class="form-tindadua" action="{DAY}" method="get"><label for="ngay">Xem tin theo ngày</label>
<input type="text" id="ngay" name="ngay" value="{value}" class="datepicker" placeholder="dd/mm/yyyy" />
<select name="cm"><option value="">-- Tất cả chuyên mục --</option>{options}</select>
<button type="submit">Xem</button></form></div>"""

    # -- lists

    def row(self, item: Item, index: int, photo: bool = True) -> str:
        href = esc(self.article_path(item))
        thumb = (
            f'<a class="thumb" href="{href}"><img src="{esc(self.thumb(item))}" '
            f'alt="{esc(item.title)}" /></a>'
            if photo
            else ""
        )
        return (
            f'<div class="news-item" data-index="{index}">{thumb}<h3 class="news-title">'
            f'<a href="{href}">{esc(item.title)}</a></h3><p class="news-date"><i class="fa '
            f'fa-clock-o"></i> {list_time(item.published)}</p><p class="news-sapo">'
            f"{esc(item.sapo())}</p></div>"
        )

    def empty_list(self, text: str = "Không có dữ liệu") -> str:
        return f'<div class="alert alert-info no-data">{esc(text)}</div>'

    def pager(self, page: int, pages: int, href) -> str:
        if pages <= 1:
            return ""
        parts = arrow_pager(
            page,
            pages,
            href,
            link='<li><a href="{href}">{n}</a></li>',
            current='<li class="active"><span>{n}</span></li>',
            gap='<li class="disabled"><span>…</span></li>',
            prev='<li><a href="{href}" aria-label="Trang trước">&laquo;</a></li>',
            next_='<li><a href="{href}" aria-label="Trang sau">&raquo;</a></li>',
        )
        return f'<nav class="paging"><ul class="pagination">{"".join(parts)}</ul></nav>'

    # -- pages

    def home_html(self, request: Request) -> str:
        articles = [it for it in self.items if it.kind == "article"]
        blocks: list[str] = []
        if articles:
            top = articles[0]
            href = esc(self.article_path(top))
            side = "".join(
                f'<li><a href="{esc(self.article_path(it))}"><img src="{esc(self.thumb(it))}" '
                f'alt="" /></a><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
                for it in articles[1:5]
            )
            blocks.append(
                f'<div class="tin-tieudiem"><div class="tieudiem-main"><a href="{href}"><img '
                f'src="{esc(self.thumb(top))}" alt="{esc(top.title)}" /></a><h2><a href="{href}">'
                f'{esc(top.title)}</a></h2><p class="news-date">{list_time(top.published)}</p>'
                f'<p class="news-sapo">{esc(top.sapo(limit=260))}</p></div>'
                f'<ul class="tieudiem-list">{side}</ul></div>'
            )
        for section in self.sections.values():
            listed = self.listed(section)[:3]
            if not listed:
                continue
            first, rest = listed[0], listed[1:]
            rest_rows = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
                f'<span class="date">({dmy(it.published)})</span></li>'
                for it in rest
            )
            blocks.append(
                f'<div class="home-cat"><h2 class="cat-head"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a><a class="xemthem" '
                f'href="{esc(self.listing_path(section))}">Xem thêm &raquo;</a></h2>'
                f'{self.row(first, 0)}<ul class="list-link">{rest_rows}</ul></div>'
            )
        return self.frame("Trang chủ", [], "".join(blocks), request)

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        listed = self.listed(section)
        shown = self.shown_pages(section)
        name = self.news.name if self.is_news(section) else section.name
        if page <= shown:
            items, _ = self.page_of(listed, page)
            rows = "".join(self.row(it, i) for i, it in enumerate(items))
        else:
            rows = self.empty_list()
        pager = (
            self.pager(page, shown, lambda n: self.listing_path(section, n))
            if page <= shown
            else ""
        )
        months = self.months(None if self.is_news(section) else section)
        scope = None if self.is_news(section) else section
        older = ", ".join(
            f'<a href="{esc(archive_link(y, m, scope))}">Tháng {m:02d}/{y}</a> ({c})'
            for y, m, c in months
        )
        more = (
            f'<div class="xem-tin-cu">Xem tin cũ hơn trong mục Lưu trữ: {older}</div>'
            if older
            else ""
        )
        main = (
            f'<h1 class="cat-title">{esc(name)}</h1><div class="news-list">{rows}</div>'
            f"{pager}{more}"
        )
        crumbs = [(name, "")] if page == 1 else [(name, self.listing_path(section)),
                                                  (f"Trang {page}", "")]  # fmt: skip
        title = name if page == 1 else f"{name} - Trang {page}"
        return self.frame(title, crumbs, main, request, current=section)

    def archive_index_html(self, request: Request) -> str:
        blocks = []
        for section in [None, *self.sections.values()]:
            months = self.months(section)
            if not months:
                continue
            name = self.news.name if section is None else section.name
            links = "".join(
                f'<li><a href="{esc(archive_link(y, m, section))}">Tháng {m:02d}/{y}</a> '
                f'<span class="count">({c} tin)</span></li>'
                for y, m, c in months
            )
            blocks.append(
                f'<div class="luutru-muc"><h2>{esc(name)}</h2><ul class="luutru-thang">'
                f"{links}</ul></div>"
            )
        main = (
            '<h1 class="cat-title">Lưu trữ tin bài</h1><p class="note">Tin bài đã đăng trên '
            "Cổng được lưu trữ theo tháng. Chọn tháng để xem danh sách tin bài.</p>"
            + "".join(blocks)
        )
        return self.frame("Lưu trữ tin bài", [("Lưu trữ", "")], main, request)

    def archive_html(
        self, year: int, month: int, section: Section | None, page: int, request: Request
    ) -> str:
        items = self.of_month(year, month, section)
        pages = max(1, -(-len(items) // ARCHIVE_PAGE_SIZE))
        shown = items[(page - 1) * ARCHIVE_PAGE_SIZE : page * ARCHIVE_PAGE_SIZE]
        rows = (
            "".join(self.row(it, i, photo=False) for i, it in enumerate(shown))
            if shown
            else self.empty_list("Không có tin bài nào trong tháng này.")
        )
        scope = f"{section.name} - " if section else ""
        heading = f"Lưu trữ: {scope}Tháng {month:02d}/{year}"
        pager = self.pager(page, pages, lambda n: archive_link(year, month, section, n))
        summary = (
            f'<p class="summary">Có {len(items)} tin bài'
            + (f" - Trang {page}/{pages}" if pages > 1 else "")
            + "</p>"
        )
        main = f'<h1 class="cat-title">{esc(heading)}</h1>{summary}<div class="news-list">{rows}</div>{pager}'
        crumbs = [("Lưu trữ", "/luu-tru"), (f"Tháng {month:02d}/{year}", "")]
        return self.frame(
            heading, crumbs, main, request, current=section, shown_month=date(year, month, 1)
        )

    def day_html(self, section: Section | None, request: Request) -> str:
        day = parse_day(request.params.get("ngay"))
        scope = f" - {section.name}" if section else ""
        if day is None:
            main = f'<h1 class="cat-title">Tin đã đưa{esc(scope)}</h1>' + self.empty_list(
                "Vui lòng nhập ngày theo định dạng dd/mm/yyyy."
            )
            return self.frame("Tin đã đưa", [("Tin đã đưa", "")], main, request)
        if not self.first_day <= day <= self.today:
            items: list[Item] = []
            note = (
                f"Chỉ tra cứu được tin bài từ ngày {dmy(self.first_day)} đến ngày "
                f"{dmy(self.today)}."
            )
        else:
            items = self.of_day(day, section)
            note = "Không có tin bài nào được đăng trong ngày này."
        rows = (
            "".join(self.row(it, i, photo=False) for i, it in enumerate(items))
            if items
            else self.empty_list(note)
        )
        before, after = day - timedelta(days=1), day + timedelta(days=1)
        nav = []
        if before >= self.first_day:
            nav.append(
                f'<a class="ngay-truoc" href="{esc(day_link(before, section=section))}">&laquo; '
                f"Ngày trước</a>"
            )
        if after <= self.today:
            nav.append(
                f'<a class="ngay-sau" href="{esc(day_link(after, section=section))}">Ngày sau '
                "&raquo;</a>"
            )
        heading = f"Tin đã đưa ngày {dmy(day)}{scope}"
        main = (
            f'<h1 class="cat-title">{esc(heading)}</h1><div class="news-list">{rows}</div>'
            f'<div class="ngay-nav">{" | ".join(nav)}</div>'
        )
        shown_month = day if self.first_day <= day <= self.today else None
        return self.frame(
            heading,
            [("Tin đã đưa", ""), (dmy(day), "")],
            main,
            request,
            current=section,
            shown_month=shown_month,
            picked=day,
        )

    # -- articles

    def article_body(self, item: Item, request: Request) -> str:
        parts = []
        first = True
        for block, value in body_blocks(item, request.revision):
            if block == "p":
                text = f"<strong>{esc(value)}</strong>" if first else esc(value)
                parts.append(f'<p style="text-align: justify;">{text}</p>')
                first = False
            else:
                index, caption = value
                parts.append(
                    f'<p style="text-align: center;"><img alt="" src="'
                    f'{esc(image_path(item, index, self.image_folder))}" style="width: 650px; '
                    'height: 433px;" /></p>'
                )
                if caption:
                    parts.append(f'<p style="text-align: center;"><em>{esc(caption)}</em></p>')
        if item.author:
            parts.append(f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>')
        return "".join(parts)

    def article_html(self, item: Item, request: Request) -> str:
        section_name = item.section.name
        source = (
            f'<div class="nguon-tin">Nguồn: <span>{esc(item.source)}</span></div>'
            if item.source
            else ""
        )
        newer = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="date">({dmy(it.published)})</span></li>'
            for it in self.newer(item)
        )
        older = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="date">({dmy(it.published)})</span></li>'
            for it in self.older(item)
        )
        lists = ""
        if newer:
            lists += (
                '<div class="tin-khac"><h3 class="tin-khac-title">Các tin mới hơn</h3>'
                f'<ul class="list-link">{newer}</ul></div>'
            )
        if older:
            lists += (
                '<div class="tin-khac"><h3 class="tin-khac-title">Các tin đã đưa</h3>'
                f'<ul class="list-link">{older}</ul></div>'
            )
        day = item.published.date()
        lists += (
            f'<div class="xem-theo-ngay">Xem các tin đã đưa ngày <a href="'
            f'{esc(day_link(day, section=item.section))}">{dmy(day)}</a> của chuyên mục '
            f"{esc(section_name)}</div>"
        )
        href = f"{request.base_url}{self.article_path(item)}"
        main = f"""<div class="news-detail">
<h1 class="detail-title">{esc(item.title)}</h1>
<div class="detail-meta"><span class="post-date"><i class="fa fa-clock-o"></i> {post_time(item.published)}</span>
<span class="post-view">Lượt xem: {thousands(view_count(item.key))}</span>
<span class="font-size">Cỡ chữ: <a href="javascript:void(0)" onclick="doiCoChu(-1)">A-</a>
<a href="javascript:void(0)" onclick="doiCoChu(0)">A</a>
<a href="javascript:void(0)" onclick="doiCoChu(1)">A+</a></span></div>
<div class="detail-content" id="noidungchitiet">{self.article_body(item, request)}</div>
{source}
<div class="detail-tools"><a href="{esc(self.print_path(item))}" target="_blank"><i
class="fa fa-print"></i> Bản in</a> <a href="javascript:void(0)" onclick="guiEmail()"><i
class="fa fa-envelope"></i> Gửi email</a> <a class="share-fb"
href="https://www.facebook.com/sharer/sharer.php?u={esc(href)}" target="_blank">Chia sẻ</a>
<a class="share-zalo" href="https://sp.zalo.me/share?url={esc(href)}" target="_blank">Zalo</a>
<a href="#" class="back-top-link">Về đầu trang</a></div>
{lists}
</div>"""
        crumbs = [
            (self.news.name, self.listing_path(None)),
            (section_name, self.listing_path(None if self.is_news(item.section) else item.section)),
        ]
        return self.frame(item.title, crumbs, main, request, current=item.section, picked=None)

    def print_html(self, item: Item, request: Request) -> str:
        source = f'<p class="nguon">Nguồn: {esc(item.source)}</p>' if item.source else ""
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>'
            f'{esc(item.title)}</title><link rel="stylesheet" href="/Content/portal/print.css" '
            f'/></head><body onload="window.print()"><div class="print-head">'
            f"{esc(self.portal.name).upper()}</div><h1>{esc(item.title)}</h1>"
            f'<p class="date">{post_time(item.published)}</p>'
            f"<div>{self.article_body(item, request)}</div>{source}"
            f'<p class="print-url">Địa chỉ bài viết: {esc(request.base_url)}'
            f"{esc(self.article_path(item))}</p></body></html>"
        )

    def search_html(self, request: Request) -> str:
        words = request.params.get("tukhoa", "").strip()
        main = '<h1 class="cat-title">Tìm kiếm</h1>' + self.empty_list(
            f"Không tìm thấy kết quả nào cho từ khóa “{words}”."
            if words
            else "Vui lòng nhập từ khóa cần tìm."
        )
        return self.frame("Tìm kiếm", [("Tìm kiếm", "")], main, request)

    def login_html(self, request: Request) -> str:
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>Đăng nhập hệ '
            f'thống - {esc(self.portal.name)}</title></head><body><div class="login-box">'
            '<h1>Đăng nhập hệ thống quản trị</h1><form method="post" action="/quan-tri/'
            'dang-nhap"><input type="text" name="TenDangNhap" placeholder="Tên đăng nhập" />'
            '<input type="password" name="MatKhau" placeholder="Mật khẩu" /><button '
            'type="submit">Đăng nhập</button></form><p><a href="/">Quay lại trang chủ</a></p>'
            "</div></body></html>"
        )

    def static_html(self, path: str, request: Request) -> str:
        title, paragraphs = STATIC_PAGES[path]
        body = "".join(f"<p>{esc(text)}</p>" for text in paragraphs)
        main = f'<h1 class="cat-title">{esc(title)}</h1><div class="static-content">{body}</div>'
        return self.frame(title, [(title, "")], main, request)

    def error_html(self, status: int) -> str:
        if status == 404:
            head = "Không tìm thấy trang"
            text = "Trang bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ."
        else:
            head = "Lỗi hệ thống"
            text = "Hệ thống đang gặp sự cố, vui lòng quay lại sau."
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>'
            f'{status} - {head}</title></head><body><div class="error-page"><h1>{status}</h1>'
            f'<h2>{head}</h2><p>{text}</p><p><a href="/">Về trang chủ</a></p></div></body></html>'
        )
