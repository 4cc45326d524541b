"""A provincial portal by a vendor whose front end writes every date with JavaScript.

The vendor's PHP CMS (a "Cổng thông tin" product sold to several provinces, jQuery front end)
stores each article's publication moment as a Unix timestamp with its seconds and never prints
it: the server writes the moment machine-readably into an empty element, and the theme's
``app.js`` (served at ``/themes/camluong/js/app.js``) turns it into text in the reader's browser,
in the browser's own time zone, which for the portal's readers is Vietnam time. A reader sees
"Thứ Hai, 04/01/2021 07:41"; the HTML holds only ``data-time="1609720887"``.

The article's detail template is a per-article field ("Kiểu hiển thị") that editors choose and
that the vendor extended over the years, so one portal serves four shapes of the same date
(:func:`layout_of`):

- ``mac-dinh`` (the default since 2019): ``<span class="post-date" data-time="1609720887"
  data-format="EEEE, dd/MM/yyyy HH:mm"></span>`` (Unix seconds, UTC); the head carries the SEO
  plugin's ``<meta property="og:updated_time">``, the record's last save (hours or days after
  publication, or minutes before it when the editor scheduled the article), and no other date;
- ``bai-dai`` (long read, 2020): ``<div class="article-date" data-date="2021-01-04T07:41:27+07:00"
  data-format="…"></div>`` followed by ``<noscript>`` with the plain "04/01/2021 07:41" (the only
  template with a fallback); no meta date at all;
- ``tin-anh`` (photo news, 2021): an empty ``<span id="publish-time">`` and an inline script
  ``var publishTime = 1609720887000; var updateTime = …;`` (milliseconds; the update time is the
  last save as above); no meta date;
- ``mau-2023`` (the 2023 template): ``<time class="post-time" datetime="2021-01-04T00:41:27.000Z">
  </time>`` in UTC, text written by the script; ``og:updated_time`` in the head.

Every other date is written the same way: listing items carry ``data-time`` on an empty span
(the general news listing adds a ``<noscript>`` date, the section listings do not), the home
page's "Tin nổi bật" uses ``<time datetime="…+07:00">`` and its section boxes ``data-date``, the
"Tin liên quan" and "Tin đọc nhiều" boxes ``data-time``. The header's clock is an empty span
seeded with the server's time (``data-servertime``, the render time) beside a static "Hôm nay"
placeholder that the script replaces with today's date. "Giới thiệu" has ``og:updated_time``
only (a modification date on a page that is no news). The sitemap's ``<lastmod>`` is the last
save, not the publication.

URL shapes (PHP behind nginx, rewritten paths):
- home ``/``; general news ``/tin-tuc``, page N ``/tin-tuc?page=N``; section
  ``/chuyen-muc/<slug>``, page N ``/chuyen-muc/<slug>?page=N`` (page 1 is linked bare);
- article ``/tin-tuc/<section slug>/<title slug>-<id>.html`` (the rewrite reads the id only);
- ``/gioi-thieu``, ``/lien-he``, ``/sitemap.xml`` (named in robots.txt), theme assets under
  ``/themes/camluong/``; tag links ``/tim-kiem?tukhoa=…`` (disallowed in robots.txt, 404 here);
- a withdrawn article (404) and one whose page fails (500) are still listed.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

from dtcrawl.demo.cms.common import (
    VN_TZ,
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
    iso_vn,
    page_number,
    poll,
    reuse_notice,
    slugify,
    stable_int,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
)

#: The moment pages are rendered at (the header clock's server time; fixed so that pages are
#: deterministic; the real portal writes the time of the request).
RENDERED = datetime(2026, 11, 24, 8, 47, 12)
LAYOUTS = ("mac-dinh", "bai-dai", "tin-anh", "mau-2023")
ARTICLE = re.compile(r"^/tin-tuc/([a-z0-9-]+)/(?:[a-z0-9-]+-)?(\d+)\.html$")
SECTION = re.compile(r"^/chuyen-muc/([a-z0-9-]+)/?$")
THEME = "/themes/camluong"
VERSION = "2.4.1"

ABOUT = (
    "Cẩm Lương là tỉnh trung du, có diện tích tự nhiên hơn 5.100 km², gồm 96 xã, phường sau khi "
    "sắp xếp đơn vị hành chính, dân số khoảng 1,1 triệu người.",
    "Tỉnh xác định chuyển đổi số là nhiệm vụ trọng tâm, ưu tiên hạ tầng số, dữ liệu số và nhân "
    "lực số, phục vụ người dân và doanh nghiệp ngày càng tốt hơn.",
    "Cổng thông tin điện tử tỉnh là kênh cung cấp thông tin chính thức của chính quyền tỉnh trên "
    "môi trường mạng.",
)

#: The theme's script: what turns the machine-readable moments into the text a reader sees.
APP_JS = """/*! Cong thong tin dien tu - giao dien CamLuong v2.4.1 */
var CL = window.CL || {};
CL.thu = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];
CL.pad = function (n) { return n < 10 ? '0' + n : '' + n; };
CL.formatDate = function (d, fmt) {
    if (!(d instanceof Date)) { d = new Date(d); }
    if (isNaN(d.getTime())) { return ''; }
    return (fmt || 'dd/MM/yyyy HH:mm')
        .replace('EEEE', CL.thu[d.getDay()])
        .replace('dd', CL.pad(d.getDate()))
        .replace('MM', CL.pad(d.getMonth() + 1))
        .replace('yyyy', d.getFullYear())
        .replace('HH', CL.pad(d.getHours()))
        .replace('mm', CL.pad(d.getMinutes()))
        .replace('ss', CL.pad(d.getSeconds()));
};
CL.renderDates = function (root) {
    $('[data-time]', root).each(function () {
        var t = parseInt($(this).attr('data-time'), 10);
        $(this).text(CL.formatDate(new Date(t * 1000), $(this).attr('data-format')));
    });
    $('[data-date]', root).each(function () {
        $(this).text(CL.formatDate(new Date($(this).attr('data-date')), $(this).attr('data-format')));
    });
    $('time[datetime]', root).each(function () {
        $(this).text(CL.formatDate(new Date($(this).attr('datetime')), $(this).attr('data-format')));
    });
};
$(function () {
    CL.renderDates(document);
    var clock = $('#header-clock');
    var offset = parseInt(clock.attr('data-servertime'), 10) * 1000 - Date.now();
    $('#today-text').text(CL.formatDate(new Date(Date.now() + offset), 'EEEE, dd/MM/yyyy'));
    setInterval(function () {
        clock.text(CL.formatDate(new Date(Date.now() + offset), 'HH:mm:ss'));
    }, 1000);
    if (typeof publishTime !== 'undefined') {
        $('#publish-time').text(CL.formatDate(new Date(publishTime), 'HH:mm, dd/MM/yyyy'));
    }
});
"""
STYLE_CSS = """/* CamLuong theme v2.4.1 */
body{font-family:Arial,sans-serif;font-size:14px;color:#222}
.post-date:empty,.item-date:empty{min-width:110px;display:inline-block}
"""
JQUERY_STUB = (
    "/*! jQuery v3.5.1 | (c) JS Foundation and other contributors | jquery.org/license */\n"
)


def layout_of(item: Item) -> str:
    """The detail template the editors chose for ``item`` (stored with the article).

    >>> from dtcrawl.bench.synthetic import demo_corpus
    >>> from dtcrawl.demo.portals import ALL_PORTALS
    >>> site = JsDatesSite(ALL_PORTALS["camluong"], demo_corpus(40, "camluong")["camluong"])
    >>> sorted({layout_of(it) for it in site.items}) == sorted(LAYOUTS)
    True
    """
    return LAYOUTS[stable_int(item.key + "kieu-hien-thi", 0, len(LAYOUTS) - 1)]


def stored_moment(item: Item) -> datetime:
    """The publication moment as the CMS stores it: the minute shown, with seconds of its own.

    >>> from dtcrawl.demo.cms.common import Section
    >>> it = Item("k", 1, "t", Section(1, "s", "s"), datetime(2021, 1, 4, 7, 41), None, None,
    ...     None, [], [])
    >>> stored_moment(it).replace(second=0) == datetime(2021, 1, 4, 7, 41)
    True
    """
    return item.published.replace(second=stable_int(item.key + "giay", 0, 59))


def unix_seconds(moment: datetime) -> int:
    """A Vietnam local time as Unix seconds.

    >>> unix_seconds(datetime(2021, 1, 4, 7, 41))
    1609720860
    """
    return int(moment.replace(tzinfo=VN_TZ).timestamp())


def utc_iso_ms(moment: datetime) -> str:
    """A Vietnam local time as UTC ISO with milliseconds and ``Z`` (JavaScript's toISOString).

    >>> utc_iso_ms(datetime(2021, 1, 4, 7, 41, 27))
    '2021-01-04T00:41:27.000Z'
    """
    return moment.replace(tzinfo=VN_TZ).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def shown_date(moment: datetime) -> str:
    """What the script writes for the default template (and the ``<noscript>`` fallbacks' date
    and time, without the weekday).

    >>> shown_date(datetime(2021, 1, 4, 7, 41, 27))
    '04/01/2021 07:41'
    """
    return f"{dmy(moment)} {moment:%H:%M}"


def updated_at(item: Item) -> datetime:
    """The record's last save (``og:updated_time``, ``updateTime``, the sitemap's lastmod): for
    a quarter of the articles minutes before publication (scheduled by the editor), otherwise
    hours or days after it (approval, corrections).
    """
    moment = stored_moment(item)
    if stable_int(item.key + "hen-gio", 0, 3) == 0:
        return moment - timedelta(minutes=stable_int(item.key + "truoc", 6, 55), seconds=13)
    return moment + timedelta(
        hours=stable_int(item.key + "sua-h", 1, 80),
        minutes=stable_int(item.key + "sua-m", 0, 59),
        seconds=stable_int(item.key + "sua-s", 0, 59),
    )


class JsDatesSite(CmsSite):
    """A portal of the ``jsdates`` family: every date written by the browser's script."""

    family_headers = {"Server": "nginx/1.18.0", "X-Powered-By": "PHP/7.4.33"}
    number_base = 20_410
    number_stride = 7
    image_folder = "/uploads/news"

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"/tin-tuc/{item.section.slug}/{slugify(item.title, max_len=90)}-{item.number}.html"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = "/tin-tuc" if self.is_news(section) else f"/chuyen-muc/{section.slug}"
        return base if page <= 1 else f"{base}?page={page}"

    def extra_paths(self) -> dict[str, str]:
        return {"sitemap": "/sitemap.xml"}

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /tim-kiem", "Disallow: /api/"]
        return "\n".join(lines) + f"\n\nSitemap: {request.base_url}/sitemap.xml\n"

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.php"):
            return self.html_response(self.home_html(request))
        if path.startswith(THEME + "/"):
            return self.asset(path)
        match = ARTICLE.match(path)
        if match:
            item = self.by_number.get(int(match.group(2)))
            return self.article_response(item, request) if item else None
        if path.rstrip("/") == "/tin-tuc":
            return self.listing(None, request)
        match = SECTION.match(path)
        if match:
            section = self.section_by_slug(match.group(1))
            return self.listing(section, request) if section else None
        if path == "/gioi-thieu":
            return self.html_response(self.about_html(request))
        if path == "/lien-he":
            return self.html_response(self.contact_html(request))
        if path == "/sitemap.xml":
            return self.sitemap(request)
        return None

    def asset(self, path: str) -> Response | None:
        name = path.rsplit("/", 1)[-1]
        if name == "app.js":
            text, kind = APP_JS, "application/javascript"
        elif name.endswith(".js"):
            text, kind = JQUERY_STUB, "application/javascript"
        elif name.endswith(".css"):
            text, kind = STYLE_CSS, "text/css"
        else:
            return None
        return Response(
            200,
            {"Content-Type": f"{kind}; charset=utf-8", **self.family_headers},
            text.encode("utf-8"),
        )

    def listing(self, section: Section | None, request: Request) -> Response | None:
        page = page_number(request.params.get("page"))
        items, pages = self.page_of(self.listed(section), page)
        if page > pages:
            return None
        return self.html_response(self.listing_html(section, page, pages, items, request))

    # -- date markup (what the script fills)

    @staticmethod
    def time_span(item: Item, css: str, fmt: str) -> str:
        return (
            f'<span class="{css}" data-time="{unix_seconds(stored_moment(item))}" '
            f'data-format="{esc(fmt)}"></span>'
        )

    # -- frame

    def menu_html(self, current: Section | None) -> str:
        active = ' class="active"'
        subs = "".join(
            f'<li{active if s is current else ""}><a href="{esc(self.listing_path(s))}">'
            f"{esc(s.name)}</a></li>"
            for s in self.sections.values()
        )
        return f"""<nav class="main-menu"><div class="container"><ul class="nav">
<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>
<li><a href="/gioi-thieu">Giới thiệu</a></li>
<li class="has-sub"><a href="{esc(self.listing_path(None))}">{esc(self.news.name)}</a>
<ul class="sub-menu">{subs}</ul></li>
<li><a href="https://vanban.camluong.gov.vn" target="_blank">Văn bản</a></li>
<li><a href="https://dichvucong.camluong.gov.vn" target="_blank">Dịch vụ công</a></li>
<li><a href="/lien-he">Liên hệ</a></li>
</ul></div></nav>"""

    def most_read(self) -> str:
        ranked = sorted(
            (it for it in self.items if it.kind == "article"),
            key=lambda it: (-view_count(it.key), it.key),
        )[:5]
        rows = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f"{self.time_span(it, 'mr-date', 'dd/MM/yyyy')}</li>"
            for it in ranked
        )
        return (
            '<div class="widget widget-most-read"><h3 class="widget-title">Tin đọc nhiều</h3>'
            f'<ol class="most-read">{rows}</ol></div>'
        )

    def side_html(self, request: Request) -> str:
        t = tthc_stats(request.seed)
        v = visitor_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<li><label><input type="radio" name="binhchon" value="{i}"> {esc(o)}</label></li>'
            for i, o in enumerate(options)
        )
        return f"""{self.most_read()}
<div class="widget widget-tthc"><h3 class="widget-title">Kết quả giải quyết TTHC</h3>
<div class="tthc-month">Tháng {t["month"]}</div>
<ul class="tthc"><li>Hồ sơ tiếp nhận: <b>{thousands(t["total"])}</b></li>
<li>Đã giải quyết đúng hạn: <b>{thousands(t["ontime"])}</b></li>
<li>Trễ hạn: <b>{thousands(t["late"])}</b></li>
<li>Tỷ lệ đúng hạn: <b>{t["percent"]}%</b></li></ul>
<a class="more" href="https://dichvucong.camluong.gov.vn/thong-ke" target="_blank">Xem chi tiết</a>
</div>
<div class="widget widget-poll"><h3 class="widget-title">Thăm dò ý kiến</h3>
<p class="question">{esc(question)}</p><ul class="poll">{choices}</ul>
<button type="button" class="btn" onclick="CL.vote()">Biểu quyết</button>
<button type="button" class="btn" onclick="CL.pollResult()">Kết quả</button></div>
<div class="widget widget-links"><h3 class="widget-title">Liên kết</h3>
<a href="https://chinhphu.vn" target="_blank"><img src="/uploads/banner/chinhphu.png"
alt="Cổng thông tin điện tử Chính phủ"></a>
<a href="https://dichvucong.gov.vn" target="_blank"><img src="/uploads/banner/dvcqg.png"
alt="Cổng Dịch vụ công quốc gia"></a></div>
<div class="widget widget-counter"><h3 class="widget-title">Thống kê truy cập</h3>
<ul class="counter"><li>Đang truy cập: <span>{thousands(v["online"])}</span></li>
<li>Hôm nay: <span>{thousands(v["today"])}</span></li>
<li>Trong tuần: <span>{thousands(v["week"])}</span></li>
<li>Tổng lượt truy cập: <span>{thousands(v["total"])}</span></li></ul></div>"""

    def frame(
        self,
        title: str,
        main: str,
        request: Request,
        *,
        current: Section | None = None,
        head: str = "",
        og_type: str = "website",
    ) -> str:
        p = self.portal
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {esc(p.name)}</title>
<meta name="description" content="{esc(p.name)} - {esc(title)}">
<meta property="og:site_name" content="{esc(p.name)}">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{esc(request.base_url + request.path)}">
{head}
<link rel="icon" href="{THEME}/images/favicon.ico">
<link rel="stylesheet" href="{THEME}/css/style.css?v={VERSION}">
<script src="{THEME}/js/jquery-3.5.1.min.js"></script>
</head>
<body>
<div class="topbar"><div class="container">
<div class="header-today"><i class="fa fa-calendar"></i> <span id="today-text">Hôm nay</span>
<span class="sep">|</span> <span id="header-clock" data-servertime="{unix_seconds(RENDERED)}"></span>
</div>
<div class="top-links"><a href="/admin/dang-nhap">Đăng nhập</a> | <a href="/sitemap.xml">Sơ đồ
cổng</a> | <a href="/lien-he">Liên hệ</a></div>
</div></div>
<header class="header"><div class="container">
<a class="logo" href="/"><img src="{THEME}/images/quoc-huy.png" alt="Quốc huy"></a>
<div class="brand"><span class="brand-top">{esc(p.agency).upper()}</span>
<span class="brand-name">{esc(p.name).upper()}</span></div>
<form class="search" action="/tim-kiem" method="get"><input type="text" name="q"
placeholder="Nhập từ khóa tìm kiếm..."><button type="submit"><i class="fa fa-search"></i>
</button></form>
</div></header>
{self.menu_html(current)}
<div class="marquee-bar"><div class="container"><marquee scrollamount="4">Chào mừng quý vị đến
với {esc(p.name)}</marquee></div></div>
<main class="container"><div class="row">
<div class="col-main">{main}</div>
<aside class="col-side">{self.side_html(request)}</aside>
</div></main>
<footer class="footer"><div class="container">
<p class="footer-name">{esc(p.name).upper()}</p>
<p>Cơ quan chủ quản: {esc(p.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(p.editor)}</p>
<p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)} - Email: cttdt@{esc(p.domain)}</p>
<p>{esc(reuse_notice(p))}</p>
<p class="vendor">Thiết kế và phát triển bởi Công ty Cổ phần Giải pháp phần mềm Trường An</p>
</div></footer>
<a href="#" class="back-to-top" title="Về đầu trang"><i class="fa fa-angle-up"></i></a>
<script src="{THEME}/js/app.js?v={VERSION}"></script>
</body>
</html>
"""

    # -- home and listings

    def thumb(self, item: Item) -> str:
        return f'<img src="{esc(image_path(item, 99, self.image_folder))}" alt="{esc(item.title)}">'

    def home_html(self, request: Request) -> str:
        articles = [it for it in self.items if it.kind == "article"]
        parts = []
        if articles:
            top, rest = articles[0], articles[1:5]
            others = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
                f'<time class="hl-time" datetime="{iso_vn(stored_moment(it))}" '
                'data-format="dd/MM/yyyy HH:mm"></time></li>'
                for it in rest
            )
            parts.append(
                '<section class="highlight"><h2 class="block-title">Tin nổi bật</h2>'
                f'<div class="hl-main"><a class="thumb" href="{esc(self.article_path(top))}">'
                f'{self.thumb(top)}</a><h3><a href="{esc(self.article_path(top))}">'
                f"{esc(top.title)}</a></h3>"
                f'<time class="hl-time" datetime="{iso_vn(stored_moment(top))}" '
                'data-format="EEEE, dd/MM/yyyy HH:mm"></time>'
                f'<p class="sapo">{esc(top.sapo())}</p></div>'
                f'<ul class="hl-list">{others}</ul></section>'
            )
        for section in self.sections.values():
            rows = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
                f'<span class="box-date" data-date="{iso_vn(stored_moment(it))}" '
                'data-format="dd/MM/yyyy"></span></li>'
                for it in self.listed(section)[:4]
            )
            parts.append(
                f'<section class="home-box"><h2 class="block-title"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></h2>'
                f'<ul>{rows}</ul><a class="view-all" href="{esc(self.listing_path(section))}">'
                "Xem tất cả</a></section>"
            )
        parts.append(
            f'<p class="all-news"><a href="{esc(self.listing_path(None))}">Xem tất cả tin tức '
            "»</a></p>"
        )
        return self.frame("Trang chủ", "".join(parts), request)

    def listing_html(
        self, section: Section | None, page: int, pages: int, items: list[Item], request: Request
    ) -> str:
        news = self.is_news(section)
        name = self.news.name if news else section.name
        rows = []
        for it in items:
            fallback = (
                f'<noscript><span class="date-text">{shown_date(stored_moment(it))}</span>'
                "</noscript>"
                if news
                else ""
            )
            rows.append(
                f'<div class="news-item"><a class="thumb" href="{esc(self.article_path(it))}">'
                f'{self.thumb(it)}</a><div class="info"><h3 class="title"><a href="'
                f'{esc(self.article_path(it))}">{esc(it.title)}</a></h3>'
                '<div class="meta"><i class="fa fa-clock-o"></i> '
                f"{self.time_span(it, 'item-date', 'dd/MM/yyyy HH:mm')}{fallback}</div>"
                f'<p class="sapo">{esc(it.sapo())}</p></div></div>'
            )
        pager = arrow_pager(
            page,
            pages,
            lambda n: self.listing_path(section, n),
            link='<li><a href="{href}">{n}</a></li>',
            current='<li class="active"><span>{n}</span></li>',
            gap='<li class="disabled"><span>…</span></li>',
            prev='<li><a href="{href}" rel="prev">«</a></li>',
            next_='<li><a href="{href}" rel="next">»</a></li>',
        )
        if page > 1:
            pager.insert(0, f'<li><a href="{esc(self.listing_path(section))}">Trang đầu</a></li>')
        if page < pages:
            pager.append(
                f'<li><a href="{esc(self.listing_path(section, pages))}">Trang cuối</a></li>'
            )
        crumbs = '<a href="/">Trang chủ</a> <span>/</span> '
        if not news:
            crumbs += f'<a href="{esc(self.listing_path(None))}">{esc(self.news.name)}</a> <span>/</span> '
        main = (
            f'<div class="breadcrumb">{crumbs}<span class="current">{esc(name)}</span></div>'
            f'<h1 class="cat-title">{esc(name)}</h1><div class="list-news">{"".join(rows)}</div>'
            f'<ul class="pagination">{"".join(pager)}</ul>'
        )
        title = name if page == 1 else f"{name} - Trang {page}"
        return self.frame(title, main, request, current=section)

    # -- article pages

    def related(self, item: Item) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f"{self.time_span(it, 'rel-date', '(dd/MM/yyyy)')}</li>"
            for it in self.others(item, 6)
            if it.kind == "article"
        )
        return (
            '<div class="related-news"><h3 class="related-title">Tin liên quan</h3>'
            f'<ul class="related-list">{rows}</ul></div>'
        )

    def body_html(self, item: Item, request: Request, layout: str) -> str:
        out = []
        for kind, value in body_blocks(item, request.revision):
            if kind == "p":
                out.append(f'<p style="text-align: justify;">{esc(value)}</p>')
                continue
            index, caption = value
            src = esc(image_path(item, index, self.image_folder))
            if layout == "tin-anh":
                out.append(
                    f'<div class="photo-item"><img src="{src}" alt="{esc(caption)}">'
                    f'<p class="photo-caption">{esc(caption)}</p></div>'
                )
            else:
                out.append(
                    f'<figure class="image"><img src="{src}" alt="{esc(caption)}">'
                    f"<figcaption>{esc(caption)}</figcaption></figure>"
                )
        if item.author:
            out.append(
                f'<p class="post-author" style="text-align: right;"><strong>'
                f"{esc(item.author)}</strong></p>"
            )
        if item.source:
            out.append(
                f'<p class="post-source" style="text-align: right;"><em>Nguồn: '
                f"{esc(item.source)}</em></p>"
            )
        return "".join(out)

    def date_markup(self, item: Item, layout: str) -> tuple[str, str, str]:
        """(head meta, date markup under the title, inline script) of ``layout``."""
        moment = stored_moment(item)
        updated = updated_at(item)
        if layout == "mac-dinh":
            head = f'<meta property="og:updated_time" content="{iso_vn(updated)}">'
            shown = self.time_span(item, "post-date", "EEEE, dd/MM/yyyy HH:mm")
            return head, f'<i class="fa fa-clock-o"></i> {shown}', ""
        if layout == "bai-dai":
            shown = (
                f'<div class="article-date" data-date="{iso_vn(moment)}" '
                'data-format="EEEE, dd/MM/yyyy - HH:mm"></div>'
                f'<noscript><div class="article-date">{shown_date(moment)}</div></noscript>'
            )
            return "", shown, ""
        if layout == "tin-anh":
            script = (
                "<script>\n"
                f"    var articleId = {item.number};\n"
                f"    var publishTime = {unix_seconds(moment) * 1000};\n"
                f"    var updateTime = {unix_seconds(updated) * 1000};\n"
                "</script>"
            )
            return "", '<i class="fa fa-clock-o"></i> <span id="publish-time"></span>', script
        head = f'<meta property="og:updated_time" content="{iso_vn(updated)}">'
        shown = (
            f'<time class="post-time" datetime="{utc_iso_ms(moment)}" '
            'data-format="HH:mm EEEE, dd/MM/yyyy"></time>'
        )
        return head, shown, ""

    def article_html(self, item: Item, request: Request) -> str:
        layout = layout_of(item)
        head, shown, script = self.date_markup(item, layout)
        page_url = request.base_url + self.article_path(item)
        tags = "".join(
            f'<a href="/tim-kiem?tukhoa={slugify(tag)}">{esc(tag)}</a>'
            for tag in ("chuyển đổi số", item.section.name.lower())
        )
        crumbs = (
            f'<a href="/">Trang chủ</a> <span>/</span> <a href="{esc(self.listing_path(None))}">'
            f"{esc(self.news.name)}</a> <span>/</span> <a href="
            f'"{esc(self.listing_path(item.section))}">{esc(item.section.name)}</a>'
        )
        main = f"""<div class="breadcrumb">{crumbs}</div>
<article class="post-detail layout-{layout}">
<h1 class="post-title">{esc(item.title)}</h1>
<div class="post-meta">{shown}
<span class="post-views"><i class="fa fa-eye"></i> Lượt xem: {view_count(request.seed)}</span>
<span class="post-tools"><a href="javascript:window.print()">In bài</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={esc(quote(page_url, safe=""))}"
target="_blank">Chia sẻ</a>
<a href="javascript:void(0)" onclick="CL.zoom(1)">A+</a>
<a href="javascript:void(0)" onclick="CL.zoom(-1)">A-</a></span></div>{script}
<div class="post-content">
{self.body_html(item, request, layout)}
</div>
<div class="post-tags"><span>Từ khóa:</span> {tags}</div>
</article>
{self.related(item)}"""
        return self.frame(item.title, main, request, head=head, og_type="article")

    # -- other pages

    def about_html(self, request: Request) -> str:
        paragraphs = "".join(f"<p>{esc(p)}</p>" for p in ABOUT)
        head = (
            '<meta property="og:updated_time" content="'
            f'{iso_vn(datetime(2025, 7, 3, 16, 20, 41))}">'
        )
        main = (
            '<div class="breadcrumb"><a href="/">Trang chủ</a> <span>/</span> '
            '<span class="current">Giới thiệu</span></div>'
            f'<h1 class="cat-title">Giới thiệu chung</h1><div class="page-content">{paragraphs}'
            "</div>"
        )
        return self.frame("Giới thiệu", main, request, head=head)

    def contact_html(self, request: Request) -> str:
        p = self.portal
        main = (
            '<div class="breadcrumb"><a href="/">Trang chủ</a> <span>/</span> '
            '<span class="current">Liên hệ</span></div><h1 class="cat-title">Liên hệ</h1>'
            f"<p>Ban biên tập {esc(p.name)}</p><p>Địa chỉ: {esc(p.address)}</p>"
            f"<p>Điện thoại: {esc(p.phone)}</p><p>Email: cttdt@{esc(p.domain)}</p>"
            '<form class="contact" method="post" action="/lien-he"><input name="hoten" '
            'placeholder="Họ và tên"><input name="email" placeholder="Email"><textarea '
            'name="noidung"></textarea><button type="submit">Gửi</button></form>'
        )
        return self.frame("Liên hệ", main, request)

    def sitemap(self, request: Request) -> Response:
        base = request.base_url
        urls = [(base + "/", None), (base + "/gioi-thieu", None)]
        urls += [(base + self.listing_path(s), None) for s in [None, *self.sections.values()]]
        urls += [
            (base + self.article_path(it), iso_vn(updated_at(it)))
            for it in self.items
            if it.kind == "article"
        ]
        entries = "".join(
            f"<url><loc>{esc(loc)}</loc>"
            + (f"<lastmod>{lastmod}</lastmod>" if lastmod else "")
            + "</url>\n"
            for loc, lastmod in urls
        )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{entries}</urlset>\n"
        )
        return Response(
            200,
            {"Content-Type": "application/xml; charset=utf-8", **self.family_headers},
            xml.encode("utf-8"),
        )

    def error_html(self, status: int) -> str:
        if status == 404:
            title, message = "Không tìm thấy trang", "Trang bạn tìm không tồn tại hoặc đã bị gỡ."
        else:
            title, message = "Lỗi hệ thống", "Hệ thống đang gặp sự cố, vui lòng thử lại sau."
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{status} - {title}</title>
<link rel="stylesheet" href="{THEME}/css/style.css?v={VERSION}"></head>
<body class="error-page"><div class="error-box"><h1>{status}</h1><h2>{title}</h2>
<p>{message}</p><p><a href="/">Quay về trang chủ</a></p></div></body></html>
"""
