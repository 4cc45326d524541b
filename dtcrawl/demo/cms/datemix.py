"""A provincial portal on a home-grown ASP.NET CMS that several vendors extended over the years,
so that its pages write dates in many shapes and put other dates around the article's own.

The portal began as a PHP site; a second vendor rebuilt it on ASP.NET WebForms behind URL
rewriting, and later vendors added detail templates without retiring the older ones. Which
template an article page uses is stored with the article; in effect it follows the article id
(:func:`template_of`):

- ``v1`` (the 2016 template, carried over from the PHP site): title in ``<h2 class="tieude">``,
  "Ngày xuất bản: 17/10/2022 8:22:19 SA" on a 12-hour clock (SA = AM, CH = PM; the hour not
  padded, "12:08:19 SA" is eight past midnight), preceded by "Ngày sửa: …" in the same shape
  when the article was edited; the left column (menu, "Tin mới" with dated items, the work
  calendar) comes before the article in the page; photos in FCK tables; byline right-aligned;
  its "Tin cùng chuyên mục" links use the PHP site's ``/index.php?mod=news&id=<n>`` (301);
- ``v2`` (2019): ``<meta property="article:published_time">`` in UTC with a ``Z``
  ("2021-01-04T17:08:00Z" for 00:08 local on 5 January), the line "Thứ ba, 5/1/2021 - 00:08"
  (day and month not padded) preceded by "Cập nhật lần cuối: …" when edited; ``<figure>``
  photos; "Tác giả:"/"Nguồn:" lines; readers' comments on some articles;
- ``v3`` (2023): one stamp, "Cập nhật: 07:34, 23/04/2022 (GMT+7)", which is the publication
  time (the template names its only stamp so); the first paragraph in a ``<div class="sapo">``
  before the rest of the text; "Theo <source>"; readers' comments with their own dates.

Every page also carries dates that are not the article's: the header's "Thứ Ba, ngày
24/11/2026", the "Lịch công tác" widget of the week, the "Tin mới" box with "(dd/mm/yyyy,
HH:MM)" items, "Tin cùng chuyên mục" with "(dd/mm/yyyy)", the footer's "Cập nhật lần cuối: …"
(also on undated pages such as "Giới thiệu"), dates inside the text ("Ngày 12/4, …"). The RSS
feed writes local times labelled GMT (.NET's ``DateTime.Now.ToString("r")``), seven hours off.

URL shapes (IIS, rewritten ``.html`` paths):
- home ``/`` (also ``/Default.aspx``, ``/trang-chu.html``);
- general news ``/tin-tuc-su-kien.html``, page N ``/tin-tuc-su-kien/trang-N.html``;
- section ``/chuyen-muc/<slug>-<cid>.html``, page N ``/chuyen-muc/<slug>-<cid>/trang-N.html``;
- article ``/tin-tuc/<slug>-<id>.html`` (the rewrite reads only the id); legacy
  ``/index.php?mod=news&id=<id>`` → 301; print view ``/in-bai-viet/<id>.html`` (v2, v3);
- ``/rss.aspx`` (``?cid=<id>`` per section), ``/lich-cong-tac.html``, ``/gioi-thieu.html``,
  ``/lien-he.html``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from dtcrawl.demo.cms.common import (
    VN_TZ,
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    body_blocks,
    dmy,
    esc,
    image_path,
    page_number,
    pager_numbers,
    poll,
    reuse_notice,
    slugify,
    stable_int,
    stable_token,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)
from dtcrawl.demo.portals import PortalDef

#: The day the header clock, the work calendar and the footer are drawn for (fixed, so pages are
#: deterministic; the real portal shows the visitor's today).
TODAY = datetime(2026, 11, 24, 8, 47)
TEMPLATES = ("v1", "v2", "v3")
ARTICLE = re.compile(r"^/tin-tuc/(?:[A-Za-z0-9-]+-)?(\d+)\.html$")
PRINT = re.compile(r"^/in-bai-viet/(\d+)\.html$")
SECTION = re.compile(r"^/chuyen-muc/([a-z0-9-]+)-(\d+)(?:/trang-(\d+))?\.html$")
NEWS = re.compile(r"^/tin-tuc-su-kien(?:/trang-(\d+))?\.html$")
HOME_PATHS = ("/", "/default.aspx", "/trang-chu.html")
LEGACY = "/index.php"

COMMENTERS = ("Nguyễn Thị Lan", "Phạm Quang Huy", "Lê Minh Đức", "Vũ Thanh Hương", "Đỗ Văn Sáng")
COMMENTS = (
    "Mong tỉnh sớm nhân rộng cách làm này ra các xã vùng sâu, nơi bà con còn ít dùng điện thoại "
    "thông minh.",
    "Tôi đã làm thủ tục trực tuyến tuần trước, hồ sơ được trả đúng hẹn, rất thuận tiện.",
    "Đề nghị ban biên tập đăng thêm hướng dẫn từng bước có hình ảnh để người lớn tuổi dễ làm theo.",
    "Ở thôn tôi sóng di động còn yếu, mong các nhà mạng sớm lắp thêm trạm.",
    "Bài viết hữu ích, cảm ơn cổng thông tin.",
)

#: The week's work calendar of the provincial leaders: (day offset from Monday, time, content,
#: who chairs, where).
CALENDAR = (
    (0, "08h00", "Họp giao ban Thường trực Ủy ban nhân dân tỉnh", "Chủ tịch UBND tỉnh",
     "Phòng họp số 1"),
    (0, "14h00", "Làm việc với Sở Khoa học và Công nghệ về Đề án 06", "Phó Chủ tịch Lò Văn Khiêm",
     "Sở Khoa học và Công nghệ"),
    (1, "07h30", "Dự lễ khánh thành Trung tâm giám sát, điều hành thông minh",
     "Chủ tịch UBND tỉnh", "Trung tâm IOC tỉnh"),
    (1, "14h00", "Tiếp công dân định kỳ", "Phó Chủ tịch Hà Thị Duyên", "Trụ sở Tiếp công dân"),
    (2, "08h00", "Hội nghị trực tuyến với Chính phủ về giải ngân vốn đầu tư công",
     "Chủ tịch UBND tỉnh", "Điểm cầu tỉnh"),
    (3, "08h30", "Kiểm tra tiến độ số hóa hồ sơ hộ tịch tại huyện Mường Khê",
     "Phó Chủ tịch Lò Văn Khiêm", "Huyện Mường Khê"),
    (4, "08h00", "Phiên họp thường kỳ tháng 11 của Ủy ban nhân dân tỉnh", "Chủ tịch UBND tỉnh",
     "Phòng họp số 1"),
)  # fmt: skip

ABOUT = (
    "Thanh Nguyên là tỉnh miền núi phía Bắc, có đường biên giới dài hơn 140 km, gồm thành phố "
    "Thanh Nguyên và bảy huyện với 142 xã, phường, thị trấn.",
    "Dân số toàn tỉnh khoảng 860 nghìn người thuộc 19 dân tộc cùng sinh sống, đông nhất là người "
    "Tày, Kinh, Nùng và Dao.",
    "Tỉnh xác định chuyển đổi số là động lực để phát triển nhanh và bền vững, tập trung vào "
    "chính quyền số, kinh tế số và xã hội số, lấy người dân và doanh nghiệp làm trung tâm.",
)


def template_of(number: int) -> str:
    """The detail template of article ``number``.

    >>> [template_of(n) for n in (118_401, 118_402, 118_403)]
    ['v1', 'v2', 'v3']
    """
    return TEMPLATES[number % 3]


def seconds_of(item: Item) -> int:
    """The seconds the CMS stored with the publication time (pages that show seconds)."""
    return stable_int(item.key + "giay", 0, 59)


def clock12(moment: datetime, seconds: int) -> str:
    """The v1 template's 12-hour time with seconds and SA/CH.

    >>> clock12(datetime(2022, 10, 17, 8, 22), 19), clock12(datetime(2021, 1, 5, 0, 8), 7)
    ('8:22:19 SA', '12:08:07 SA')
    >>> clock12(datetime(2021, 1, 4, 12, 24), 0), clock12(datetime(2021, 1, 4, 15, 5), 41)
    ('12:24:00 CH', '3:05:41 CH')
    """
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment:%M}:{seconds:02d} {'SA' if moment.hour < 12 else 'CH'}"


def v1_stamp(moment: datetime, seconds: int) -> str:
    """The v1 template's stamp: padded day/month/year, 12-hour time with seconds.

    >>> v1_stamp(datetime(2022, 10, 17, 20, 22), 19)
    '17/10/2022 8:22:19 CH'
    """
    return f"{dmy(moment)} {clock12(moment, seconds)}"


def v2_stamp(moment: datetime) -> str:
    """The v2 template's line: weekday, day/month/year unpadded, 24-hour time.

    >>> v2_stamp(datetime(2024, 3, 14, 15, 5))
    'Thứ năm, 14/3/2024 - 15:05'
    """
    return (
        f"{weekday(moment, lower=True)}, {moment.day}/{moment.month}/{moment.year} - {moment:%H:%M}"
    )


def v3_stamp(moment: datetime) -> str:
    """The v3 template's stamp, labelled "Cập nhật" on the page.

    >>> v3_stamp(datetime(2022, 4, 23, 7, 34))
    '07:34, 23/04/2022 (GMT+7)'
    """
    return f"{moment:%H:%M}, {dmy(moment)} (GMT+7)"


def utc_z(moment: datetime) -> str:
    """A local time as UTC with a ``Z`` (the v2 template's metadata).

    >>> utc_z(datetime(2021, 1, 5, 0, 8))
    '2021-01-04T17:08:00Z'
    """
    return moment.replace(tzinfo=VN_TZ).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def box_date(moment: datetime) -> str:
    """The date after a title in listings and the "Tin mới" box.

    >>> box_date(datetime(2024, 6, 29, 14, 49))
    '(29/06/2024, 14:49)'
    """
    return f"({dmy(moment)}, {moment:%H:%M})"


def rss_date(moment: datetime) -> str:
    """A local time formatted like .NET's ``ToString("r")``: labelled GMT, not converted.

    >>> rss_date(datetime(2021, 1, 4, 7, 41))
    'Mon, 04 Jan 2021 07:41:00 GMT'
    """
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    return (
        f"{days[moment.weekday()]}, {moment:%d} {months[moment.month - 1]} {moment.year} "
        f"{moment:%H:%M:%S} GMT"
    )


def edited_at(item: Item) -> datetime | None:
    """When the editors last changed the article, for about half of them (after publication)."""
    if stable_int(item.key + "sua", 0, 9) >= 5:
        return None
    return item.published + timedelta(
        hours=stable_int(item.key + "sua-h", 1, 70), minutes=stable_int(item.key + "sua-m", 0, 59)
    )


def comments_of(item: Item) -> list[tuple[str, datetime, str]]:
    """Readers' comments shown under a v2/v3 article: (name, time, text); none for most."""
    count = stable_int(item.key + "ykien", 0, 4)
    if template_of(item.number) == "v1" or count > 2:
        return []
    out = []
    moment = item.published
    for n in range(count):
        moment = moment + timedelta(hours=stable_int(f"{item.key}ykien{n}", 2, 30))
        name = COMMENTERS[stable_int(f"{item.key}ten{n}", 0, len(COMMENTERS) - 1)]
        text = COMMENTS[stable_int(f"{item.key}noi{n}", 0, len(COMMENTS) - 1)]
        out.append((name, moment.replace(second=0), text))
    return out


class DateMixSite(CmsSite):
    """A portal of the ``datemix`` family: three detail templates, dates in many shapes."""

    family_headers = {
        "Server": "Microsoft-IIS/8.5",
        "X-AspNet-Version": "4.0.30319",
        "X-Powered-By": "ASP.NET",
    }
    number_base = 118_400
    number_stride = 9
    image_folder = "/Uploads/TinTuc"

    def __init__(self, portal: PortalDef, articles: Sequence[Any]):
        super().__init__(portal, articles)
        for it in self.items:
            if it.kind == "article" and it.modified is None:
                it.modified = edited_at(it)

    # -- URLs

    def section_id(self, section: Section | None) -> int:
        return self.news.id if self.is_news(section) else section.id

    def article_path(self, item: Item) -> str:
        return f"/tin-tuc/{slugify(item.title, max_len=80)}-{item.number}.html"

    def legacy_path(self, item: Item) -> str:
        return f"{LEGACY}?mod=news&id={item.number}"

    def article_aliases(self, item: Item) -> list[str]:
        return [self.legacy_path(item)]

    def print_path(self, item: Item) -> str:
        return f"/in-bai-viet/{item.number}.html"

    def print_paths(self) -> dict[str, str]:
        return {
            it.key: self.print_path(it)
            for it in self.items
            if it.kind == "article" and template_of(it.number) != "v1"
        }

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        if self.is_news(section):
            return "/tin-tuc-su-kien.html" if page <= 1 else f"/tin-tuc-su-kien/trang-{page}.html"
        base = f"/chuyen-muc/{section.slug}-{section.id}"
        return f"{base}.html" if page <= 1 else f"{base}/trang-{page}.html"

    def extra_paths(self) -> dict[str, str]:
        return {"rss": "/rss.aspx"}

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path.lower() in HOME_PATHS:
            return self.html_response(self.home_html(request))
        match = ARTICLE.match(path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            return self.article_response(item, request) if item else None
        match = PRINT.match(path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            if item is None or item.kind != "article" or template_of(item.number) == "v1":
                return None
            return self.html_response(self.print_html(item))
        if path.lower() == LEGACY:
            return self.legacy(request)
        match = NEWS.match(path)
        if match:
            return self.listing(None, match.group(1), request)
        match = SECTION.match(path)
        if match:
            section = self.section_by_id(int(match.group(2)))
            if section is None or section.slug != match.group(1):
                return None
            return self.listing(section, match.group(3), request)
        if path.lower() == "/rss.aspx":
            return self.rss(request)
        if path == "/lich-cong-tac.html":
            return self.html_response(self.calendar_html(request))
        if path == "/gioi-thieu.html":
            return self.html_response(self.about_html(request))
        if path == "/lien-he.html":
            return self.html_response(self.contact_html(request))
        return None

    def legacy(self, request: Request) -> Response | None:
        params = {k.lower(): v for k, v in request.params.items()}
        if params.get("mod") != "news":
            return None
        try:
            item = self.by_number.get(int(params.get("id", "")))
        except ValueError:
            return None
        if item is None:
            return None
        location = request.base_url + self.article_path(item)
        return Response(301, {"Location": location, **self.family_headers}, b"")

    def listing(self, section: Section | None, page_text: str | None, request: Request):
        if page_text is not None and page_text == "1":
            return None  # the pager links page 1 bare; "/trang-1.html" is not rewritten
        page = page_number(page_text)
        items, pages = self.page_of(self.listed(section), page)
        if page > pages:
            return None
        return self.html_response(self.listing_html(section, page, pages, items, request))

    # -- frame

    def today_line(self) -> str:
        return f"{weekday(TODAY)}, ngày {dmy(TODAY)}"

    def latest_box(self, exclude: Item | None = None) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="ngay">{box_date(it.published)}</span></li>'
            for it in self.latest(6, exclude)
        )
        return (
            '<div class="box box-tinmoi"><div class="box-title"><span>Tin mới</span></div>'
            f'<ul class="list-tinmoi">{rows}</ul></div>'
        )

    def calendar_box(self) -> str:
        rows = "".join(
            f"<li><b>{time}</b>: {esc(what)} <i>({esc(who)})</i></li>"
            for offset, time, what, who, _ in CALENDAR
            if offset == TODAY.weekday()
        )
        return (
            '<div class="box box-lichcongtac"><div class="box-title"><span>Lịch công tác</span>'
            f'</div><p class="lct-ngay">{weekday(TODAY)}, {dmy(TODAY)}</p><ul>{rows}</ul>'
            '<a class="xemtiep" href="/lich-cong-tac.html">Xem lịch cả tuần</a></div>'
        )

    def menu_html(self, current: Section | None) -> str:
        active = ' class="active"'
        items = "".join(
            f"<li{active if s is current else ''}><a href="
            f'"{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        return (
            '<div id="menu-top"><ul class="menu">'
            '<li><a href="/">Trang chủ</a></li>'
            '<li><a href="/gioi-thieu.html">Giới thiệu</a></li>'
            f'<li><a href="{esc(self.listing_path(None))}">{esc(self.news.name)}</a>'
            f'<ul class="sub">{items}</ul></li>'
            '<li><a href="/lich-cong-tac.html">Lịch công tác</a></li>'
            '<li><a href="https://vanban.thanhnguyen.gov.vn" target="_blank">Văn bản</a></li>'
            '<li><a href="https://dichvucong.thanhnguyen.gov.vn" target="_blank">Dịch vụ công'
            "</a></li>"
            '<li><a href="/lien-he.html">Liên hệ</a></li></ul></div>'
        )

    def right_boxes(self, request: Request) -> str:
        t = tthc_stats(request.seed)
        v = visitor_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<li><input type="radio" name="ctl00$ucPoll$rdo" value="{i}" id="poll{i}">'
            f'<label for="poll{i}">{esc(o)}</label></li>'
            for i, o in enumerate(options)
        )
        return f"""<div class="box box-tthc"><div class="box-title"><span>Kết quả giải quyết TTHC</span>
</div><table><tr><td>Tháng {t["month"]}: tiếp nhận</td><td>{thousands(t["total"])}</td></tr>
<tr><td>Đúng hạn</td><td>{thousands(t["ontime"])} ({t["percent"]}%)</td></tr>
<tr><td>Trễ hạn</td><td>{thousands(t["late"])}</td></tr></table></div>
<div class="box box-poll"><div class="box-title"><span>Ý kiến thăm dò</span></div>
<p>{esc(question)}</p><ul>{choices}</ul>
<a href="javascript:__doPostBack('ctl00$ucPoll$btnVote','')" class="btn">Biểu quyết</a>
<a href="javascript:__doPostBack('ctl00$ucPoll$btnResult','')" class="btn">Xem kết quả</a></div>
<div class="box box-lienket"><div class="box-title"><span>Liên kết website</span></div>
<a href="https://chinhphu.vn" target="_blank"><img src="/Uploads/Banner/cong-chinh-phu.jpg"
alt="Cổng thông tin điện tử Chính phủ"></a>
<a href="https://dichvucong.gov.vn" target="_blank"><img src="/Uploads/Banner/dvc-quocgia.jpg"
alt="Cổng Dịch vụ công quốc gia"></a></div>
<div class="box box-thongke"><div class="box-title"><span>Thống kê truy cập</span></div>
<ul><li>Đang online: {thousands(v["online"])}</li><li>Hôm nay: {thousands(v["today"])}</li>
<li>Trong tháng: {thousands(v["month"])}</li>
<li>Tổng lượt truy cập: {thousands(v["total"])}</li></ul></div>"""

    def frame(
        self,
        title: str,
        main: str,
        request: Request,
        *,
        current: Section | None = None,
        exclude: Item | None = None,
        left_first: bool = False,
        head: str = "",
    ) -> str:
        p = self.portal
        state = stable_token(
            request.seed + "vs",
            80,
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
        )
        side = self.latest_box(exclude) + self.calendar_box()
        left = f'<div id="col-left">{side}</div>' if left_first else ""
        right = f'<div id="col-right">{"" if left_first else side}{self.right_boxes(request)}</div>'
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} - {esc(p.name)}</title>
{head}
<link rel="alternate" type="application/rss+xml" title="{esc(self.news.name)}" href="/rss.aspx" />
<link href="/App_Themes/ThanhNguyen2019/css/style.css?v=3.2" rel="stylesheet" type="text/css" />
<script src="/Scripts/jquery-1.8.3.min.js" type="text/javascript"></script>
</head>
<body>
<form method="post" action="{esc(request.path)}" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE"
value="/wEPDwULLTE4{state}" /></div>
<div id="top-bar"><span class="ngay-hien-tai">{self.today_line()}</span>
<span class="top-links"><a href="/Admin/DangNhap.aspx">Đăng nhập</a> |
<a href="/gioi-thieu.html">Giới thiệu</a> | <a href="/rss.aspx">RSS</a></span>
<span class="cochu">Cỡ chữ: <a href="javascript:fontSize(-1)">A-</a>
<a href="javascript:fontSize(0)">A</a> <a href="javascript:fontSize(1)">A+</a></span></div>
<div id="banner"><a href="/"><img src="/App_Themes/ThanhNguyen2019/images/banner.jpg"
alt="{esc(p.name)}" /></a></div>
{self.menu_html(current)}
<div id="chay-chu"><marquee scrollamount="3">Chào mừng bạn đến với {esc(p.name)}</marquee></div>
<div id="wrapper">
{left}
<div id="col-main">{main}</div>
{right}
<div class="clear"></div>
</div>
<div id="footer">
<p><b>{esc(p.name).upper()}</b></p>
<p>Cơ quan chủ quản: {esc(p.agency)}</p>
<p>Trưởng Ban biên tập: {esc(p.editor)}</p>
<p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)} - Email: banbientap@{esc(p.domain)}</p>
<p>{esc(reuse_notice(p))}</p>
<p class="capnhat">Cập nhật lần cuối: {dmy(TODAY)} {TODAY:%H:%M}</p>
<a href="#top" class="ve-dau-trang">Về đầu trang</a>
</div>
</form>
</body>
</html>
"""

    # -- home and listings

    def thumb(self, item: Item) -> str:
        return f'<img src="{esc(image_path(item, 99, self.image_folder))}" alt="" />'

    def home_html(self, request: Request) -> str:
        articles = [it for it in self.items if it.kind == "article"]
        parts = []
        if articles:
            top, rest = articles[0], articles[1:5]
            others = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
                f'<span class="ngay">{box_date(it.published)}</span></li>'
                for it in rest
            )
            parts.append(
                '<div class="tin-noi-bat"><div class="tnb-chinh">'
                f'<a href="{esc(self.article_path(top))}">{self.thumb(top)}</a>'
                f'<h2><a href="{esc(self.article_path(top))}">{esc(top.title)}</a></h2>'
                f'<span class="ngay">{box_date(top.published)}</span>'
                f'<p>{esc(top.sapo())}</p></div><ul class="tnb-khac">{others}</ul></div>'
            )
        for section in self.sections.values():
            rows = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
                f'<span class="ngay">({dmy(it.published)})</span></li>'
                for it in self.listed(section)[:4]
            )
            parts.append(
                f'<div class="home-cat"><h3 class="home-cat-title"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></h3>'
                f'<ul>{rows}</ul><a class="xemtiep" href="{esc(self.listing_path(section))}">'
                "Xem thêm »</a></div>"
            )
        parts.append(
            '<div class="home-cat"><h3 class="home-cat-title">Văn bản chỉ đạo, điều hành</h3>'
            "<ul>"
            '<li><a href="https://vanban.thanhnguyen.gov.vn/vb/2315-qd-ubnd" target="_blank">'
            "Quyết định số 2315/QĐ-UBND ngày 20/11/2026 ban hành Kế hoạch chuyển đổi số năm 2027"
            "</a></li>"
            '<li><a href="https://vanban.thanhnguyen.gov.vn/vb/4102-kh-ubnd" target="_blank">'
            "Kế hoạch số 4102/KH-UBND ngày 14/11/2026 triển khai Đề án 06 giai đoạn mới</a></li>"
            '<li><a href="https://vanban.thanhnguyen.gov.vn/vb/1187-ubnd-kgvx" target="_blank">'
            "Công văn số 1187/UBND-KGVX ngày 06/11/2026 về bảo đảm an toàn thông tin mạng</a></li>"
            "</ul></div>"
        )
        main = (
            f'<div class="news-link"><a href="{esc(self.listing_path(None))}">'
            f"{esc(self.news.name)}</a></div>{''.join(parts)}"
        )
        return self.frame("Trang chủ", main, request)

    def listing_html(
        self, section: Section | None, page: int, pages: int, items: list[Item], request: Request
    ) -> str:
        name = self.news.name if section is None else section.name
        rows = "".join(
            f'<div class="item-news"><a class="img" href="{esc(self.article_path(it))}">'
            f'{self.thumb(it)}</a><h3><a href="{esc(self.article_path(it))}">{esc(it.title)}</a>'
            f' <span class="ngay">{box_date(it.published)}</span></h3>'
            f'<p class="tomtat">{esc(it.sapo())}</p><div class="clear"></div></div>'
            for it in items
        )
        links = pager_numbers(
            page,
            pages,
            lambda n: f'<a href="{esc(self.listing_path(section, n))}">{n}</a>',
            current='<span class="current">{n}</span>',
            gap="<span>...</span>",
        )
        if page > 1:
            links = [
                f'<a href="{esc(self.listing_path(section, 1))}">Trang đầu</a>',
                f'<a href="{esc(self.listing_path(section, page - 1))}">«</a>',
                *links,
            ]
        if page < pages:
            links += [
                f'<a href="{esc(self.listing_path(section, page + 1))}">»</a>',
                f'<a href="{esc(self.listing_path(section, pages))}">Trang cuối</a>',
            ]
        main = (
            f'<div class="breadcrumb"><a href="/">Trang chủ</a> » <span>{esc(name)}</span></div>'
            f'<h1 class="cat-title">{esc(name)}</h1><div class="list-news">{rows}</div>'
            f'<div class="pager">{" ".join(links)}</div>'
            f'<p class="rss-link"><a href="/rss.aspx{"" if section is None else f"?cid={section.id}"}">'
            "RSS chuyên mục</a></p>"
        )
        title = name if page == 1 else f"{name} - Trang {page}"
        return self.frame(title, main, request, current=section)

    # -- article pages

    def related(self, item: Item, legacy: bool) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.legacy_path(it) if legacy else self.article_path(it))}">'
            f'{esc(it.title)}</a> <span class="ngay">({dmy(it.published)})</span></li>'
            for it in self.others(item, 6)
            if it.kind == "article"
        )
        return (
            '<div class="tin-cung-chuyen-muc"><div class="tcm-title">Tin cùng chuyên mục</div>'
            f"<ul>{rows}</ul></div>"
        )

    def breadcrumb(self, item: Item) -> str:
        return (
            f'<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="'
            f'{esc(self.listing_path(None))}">{esc(self.news.name)}</a> » <a href="'
            f'{esc(self.listing_path(item.section))}">{esc(item.section.name)}</a></div>'
        )

    def article_html(self, item: Item, request: Request) -> str:
        template = template_of(item.number)
        if template == "v1":
            return self.v1_html(item, request)
        if template == "v2":
            return self.v2_html(item, request)
        return self.v3_html(item, request)

    def v1_html(self, item: Item, request: Request) -> str:
        seconds = seconds_of(item)
        stamps = ""
        edited = item.shown_modified(request.revision)
        if edited:
            stamps += (
                f'<span class="ngaysua">Ngày sửa: {v1_stamp(edited, (seconds + 23) % 60)}</span>'
                " &nbsp;|&nbsp; "
            )
        stamps += f'<span class="ngayxb">Ngày xuất bản: {v1_stamp(item.published, seconds)}</span>'
        body = []
        for kind, value in body_blocks(item, request.revision):
            if kind == "p":
                body.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                index, caption = value
                body.append(
                    '<table class="image" align="center" border="0" cellpadding="3" '
                    'cellspacing="0"><tbody><tr><td><img src="'
                    f'{esc(image_path(item, index, self.image_folder))}" width="500" alt="" />'
                    f'</td></tr><tr><td class="image_desc"><em>{esc(caption)}</em></td></tr>'
                    "</tbody></table>"
                )
        if item.author:
            body.append(f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>')
        if item.source:
            body.append(f'<p style="text-align: right;"><em>Nguồn: {esc(item.source)}</em></p>')
        main = f"""{self.breadcrumb(item)}
<div class="chitiet-tin">
<h2 class="tieude">{esc(item.title)}</h2>
<div class="ngaydang">{stamps}</div>
<div id="ctl00_ContentPlaceHolder1_ucNewsDetail_divNoiDung" class="noidung">
{"".join(body)}
</div>
<div class="congcu"><a href="javascript:window.print()">Bản in</a> |
<a href="mailto:?subject={esc(item.title)}">Gửi email</a> |
<a href="javascript:history.back()">Quay lại</a></div>
<div class="luotxem">Số lượt xem: {view_count(request.seed)}</div>
</div>
{self.related(item, legacy=True)}"""
        return self.frame(item.title, main, request, exclude=item, left_first=True)

    def comments_html(self, item: Item) -> str:
        shown = comments_of(item)
        rows = "".join(
            f'<div class="cmt-item"><p class="cmt-head"><b>{esc(name)}</b> '
            f'<span class="cmt-time">{dmy(moment)} {moment:%H:%M}</span></p>'
            f'<p class="cmt-text">{esc(text)}</p></div>'
            for name, moment, text in shown
        )
        return f"""<div class="binh-luan"><div class="bl-title">Ý kiến bạn đọc ({len(shown)})</div>
{rows}
<div class="bl-form"><p>Gửi ý kiến của bạn</p>
<input type="text" name="ctl00$ContentPlaceHolder1$txtHoTen" placeholder="Họ và tên" />
<input type="text" name="ctl00$ContentPlaceHolder1$txtEmail" placeholder="Email" />
<textarea name="ctl00$ContentPlaceHolder1$txtNoiDung" rows="4"></textarea>
<a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$btnGui','')">Gửi ý kiến</a>
<p class="ghichu">Ý kiến của bạn sẽ được ban biên tập duyệt trước khi đăng.</p></div></div>"""

    def v2_html(self, item: Item, request: Request) -> str:
        edited = item.shown_modified(request.revision)
        head = f'<meta property="og:title" content="{esc(item.title)}" />\n'
        head += f'<meta property="article:published_time" content="{utc_z(item.published)}" />'
        if edited:
            head += f'\n<meta property="article:modified_time" content="{utc_z(edited)}" />'
        meta = ""
        if edited:
            meta += f'<span class="capnhat">Cập nhật lần cuối: {v2_stamp(edited)}</span> | '
        meta += f'<span class="date">{v2_stamp(item.published)}</span>'
        body = []
        for kind, value in body_blocks(item, request.revision):
            if kind == "p":
                body.append(f"<p>{esc(value)}</p>")
            else:
                index, caption = value
                body.append(
                    f'<figure class="image"><img src="'
                    f'{esc(image_path(item, index, self.image_folder))}" alt="{esc(caption)}" />'
                    f"<figcaption>{esc(caption)}</figcaption></figure>"
                )
        byline = ""
        if item.author:
            byline += f'<div class="tacgia">Tác giả: {esc(item.author)}</div>'
        if item.source:
            byline += f'<div class="nguon">Nguồn: {esc(item.source)}</div>'
        main = f"""{self.breadcrumb(item)}
<div class="article-detail">
<h1 class="article-title">{esc(item.title)}</h1>
<div class="article-meta">{meta} | <span class="views">Lượt xem: {view_count(request.seed)}</span></div>
<div class="article-tools"><a href="{esc(self.print_path(item))}" target="_blank">In bài</a>
<a href="javascript:void(0)" onclick="shareFb()">Chia sẻ</a></div>
<div class="article-content">
{"".join(body)}
</div>
{byline}
</div>
{self.comments_html(item) if comments_of(item) else ""}
{self.related(item, legacy=False)}"""
        return self.frame(item.title, main, request, exclude=item, head=head)

    def v3_html(self, item: Item, request: Request) -> str:
        blocks = body_blocks(item, request.revision)
        lead = ""
        if blocks and blocks[0][0] == "p":
            lead = f'<div class="sapo">{esc(blocks[0][1])}</div>'
            blocks = blocks[1:]
        body = []
        for kind, value in blocks:
            if kind == "p":
                body.append(f"<p>{esc(value)}</p>")
            else:
                index, caption = value
                body.append(
                    f'<div class="img-box"><img src="'
                    f'{esc(image_path(item, index, self.image_folder))}" alt="" />'
                    f'<p class="img-caption">{esc(caption)}</p></div>'
                )
        byline = ""
        if item.author:
            byline += f'<div class="news-author"><strong>{esc(item.author)}</strong></div>'
        if item.source:
            byline += f'<div class="news-source">Theo {esc(item.source)}</div>'
        main = f"""{self.breadcrumb(item)}
<div class="detail-news">
<h1 class="title-detail">{esc(item.title)}</h1>
<div class="info-detail"><span class="time-detail">Cập nhật: {v3_stamp(item.published)}</span>
<span class="tool-detail"><a href="{esc(self.print_path(item))}">In trang</a>
<a href="javascript:void(0)" onclick="zoom(1)">Phóng to</a></span></div>
{lead}
<div class="detail-content">
{"".join(body)}
</div>
{byline}
</div>
{self.comments_html(item) if comments_of(item) else ""}
{self.related(item, legacy=False)}"""
        return self.frame(item.title, main, request, exclude=item)

    def print_html(self, item: Item) -> str:
        body = "".join(f"<p>{esc(p)}</p>" for p in item.body(0))
        author = f'<p class="tacgia">{esc(item.author)}</p>' if item.author else ""
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{esc(item.title)}</title>
<meta name="robots" content="noindex, nofollow" /></head>
<body onload="window.print()" class="print">
<p class="site">{esc(self.portal.name)}</p>
<h1>{esc(item.title)}</h1>
<p class="ngay">{dmy(item.published)} {item.published:%H:%M}</p>
{body}{author}
<p class="url">{esc(self.portal.domain)}{esc(self.article_path(item))}</p>
</body></html>
"""

    # -- other pages

    def calendar_html(self, request: Request) -> str:
        monday = TODAY - timedelta(days=TODAY.weekday())
        sunday = monday + timedelta(days=6)
        week = TODAY.isocalendar()[1]
        rows = []
        for offset, time, what, who, where in CALENDAR:
            day = monday + timedelta(days=offset)
            rows.append(
                f"<tr><td>{weekday(day)}<br />{dmy(day)}</td><td>{time}</td><td>{esc(what)}</td>"
                f"<td>{esc(who)}</td><td>{esc(where)}</td></tr>"
            )
        main = (
            '<div class="breadcrumb"><a href="/">Trang chủ</a> » <span>Lịch công tác</span></div>'
            f'<h1 class="cat-title">Lịch công tác tuần {week} năm {TODAY.year}</h1>'
            f'<p class="lct-tuan">(Từ ngày {dmy(monday)} đến ngày {dmy(sunday)})</p>'
            '<table class="lich-cong-tac" border="1" cellpadding="4"><tr><th>Thứ/Ngày</th>'
            "<th>Thời gian</th><th>Nội dung</th><th>Chủ trì</th><th>Địa điểm</th></tr>"
            f"{''.join(rows)}</table>"
            "<p><i>Lịch có thể thay đổi, đề nghị các cơ quan, đơn vị theo dõi thường xuyên.</i>"
            "</p>"
        )
        return self.frame("Lịch công tác", main, request)

    def about_html(self, request: Request) -> str:
        paragraphs = "".join(f"<p>{esc(p)}</p>" for p in ABOUT)
        main = (
            '<div class="breadcrumb"><a href="/">Trang chủ</a> » <span>Giới thiệu</span></div>'
            f'<h1 class="cat-title">Giới thiệu chung</h1><div class="noidung">{paragraphs}</div>'
        )
        return self.frame("Giới thiệu", main, request)

    def contact_html(self, request: Request) -> str:
        p = self.portal
        main = (
            '<div class="breadcrumb"><a href="/">Trang chủ</a> » <span>Liên hệ</span></div>'
            '<h1 class="cat-title">Liên hệ</h1>'
            f"<p>Ban biên tập {esc(p.name)}</p><p>Địa chỉ: {esc(p.address)}</p>"
            f"<p>Điện thoại: {esc(p.phone)}</p><p>Email: banbientap@{esc(p.domain)}</p>"
        )
        return self.frame("Liên hệ", main, request)

    def rss(self, request: Request) -> Response | None:
        section = None
        if "cid" in request.params:
            try:
                section = self.section_by_id(int(request.params["cid"]))
            except ValueError:
                return None
            if section is None:
                return None
        name = self.news.name if section is None else section.name
        entries = "".join(
            f"<item><title>{esc(it.title)}</title>"
            f"<link>{esc(request.base_url + self.article_path(it))}</link>"
            f"<description>{esc(it.sapo())}</description>"
            f"<pubDate>{rss_date(it.published)}</pubDate>"
            f"<guid>{esc(request.base_url + self.article_path(it))}</guid></item>"
            for it in self.listed(section)[:20]
            if it.kind == "article"
        )
        xml = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{esc(self.portal.name)} - {esc(name)}</title>"
            f"<link>{esc(request.base_url)}/</link><description>{esc(name)}</description>"
            f"<language>vi-VN</language>{entries}</channel></rss>"
        )
        return Response(
            200,
            {"Content-Type": "text/xml; charset=utf-8", **self.family_headers},
            xml.encode("utf-8"),
        )

    def error_html(self, status: int) -> str:
        message = (
            "Không tìm thấy trang yêu cầu."
            if status == 404
            else "Hệ thống đang bận, vui lòng quay lại sau."
        )
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>Thông báo</title></head>
<body><div class="thongbao"><h2>Thông báo</h2><p>{message}</p>
<p><a href="/">Về trang chủ</a></p></div></body></html>
"""
