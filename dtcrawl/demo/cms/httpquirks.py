"""A provincial portal on a home-grown ASP.NET CMS (old IIS) behind a misconfigured reverse proxy.

The province's own IT centre wrote the CMS in 2013 (WebForms, a master page, URL rewriting);
it runs on an IIS 8.5 that nobody upgrades, behind a caching reverse proxy set up by another
contractor. Its pages look ordinary; its HTTP layer does not:

- the declared type varies from page to page: ``text/html; charset=utf-8`` on most,
  ``text/plain`` on pages whose handler sets no type (the proxy's default type), no
  ``Content-Type`` at all on others, ``charset=utf8`` (not a registered name), ``text/html``
  without a charset, and ``charset=windows-1258`` on pages whose bytes are UTF-8 (the proxy's
  "legacy" location block); a header named ``CONTENT-TYPE`` in capitals on some;
- a UTF-8 byte order mark before ``<!DOCTYPE`` on pages compiled from files saved with one;
- ``Content-Encoding: gzip`` (real gzip) on the home page and some pages, whatever the client
  asked for;
- the oldest articles, migrated from the 2009 portal, are real windows-1258 bytes in the same
  master page, whose ``<meta>`` says utf-8 (the header says windows-1258 on most of them, only
  ``text/html`` on one); they are linked from listings by their old address only;
- a few articles answer ``500`` (ASP.NET's error page for a database timeout) or ``503`` (the
  application pool recycling) the first time they are asked for, and the page afterwards
  (:meth:`HttpQuirksSite.first_answer`); one article answers after 2.5 seconds
  (:meth:`HttpQuirksSite.answer_delay`);
- the second page of the general news listing ends in the middle of its HTML (the proxy's
  buffer cut it; ``Content-Length`` is that of the cut body);
- redirects: the menu's ``/chuyen-muc.aspx?id=<cid>`` answers ``301`` with a relative
  ``Location: chuyen-muc/<slug>-c<cid>.aspx``; the "Tin tiêu điểm" box's short links
  ``/xem-tin.aspx?id=<n>`` answer ``302`` with ``Location: /Tin Tuc/Chi Tiet.aspx?id=<n>``
  (spaces not escaped), which answers ``301`` with the article; the old portal's addresses
  ``/Portal/NewsDetail.aspx?NewsID=<n>`` go through three redirects
  (``301`` → ``/Portal/Tin-tuc/ChiTiet.aspx?id=<n>``, ``302`` → ``../../tin-tuc/chi-tiet.aspx
  ?id=<n>`` (relative), ``301`` → the article's absolute URL).

URL shapes (paths match without regard to case, as IIS does):

- home ``/`` (also ``/Default.aspx``, ``/Trang-chu.aspx``);
- listing ``/chuyen-muc/<slug>-c<cid>.aspx``, page N ``?trang=N`` (one-based; a window of
  numbers with "Đầu", "«", "»", "Cuối"); the general news listing is ``cid`` 1;
- article ``/tin-tuc/<yyyy>/<mm>/<slug>-<n>.aspx`` (the rewrite rule reads the number only);
- print view ``/tin-tuc/in-bai-viet.aspx?id=<n>``; static pages ``/gioi-thieu.aspx``,
  ``/lien-he.aspx``; a deleted article still listed answers IIS's 404.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import unquote, urlsplit

from dtcrawl.demo.cms.common import (
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    arrow_pager,
    body_blocks,
    dmy,
    encode_cp1258,
    esc,
    http_date,
    image_path,
    listing_date,
    page_number,
    poll,
    reuse_notice,
    slugify,
    stable_token,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)
from dtcrawl.demo.portals import PortalDef

BOM = b"\xef\xbb\xbf"
ACTIVE = ' class="active"'
HOME_PATHS = ("/", "/default.aspx", "/trang-chu.aspx")
MENU_LISTING = "/chuyen-muc.aspx"
SHORT = "/xem-tin.aspx"
SPACED = "/Tin Tuc/Chi Tiet.aspx"
OLD = "/Portal/NewsDetail.aspx"
OLD_HOP = "/Portal/Tin-tuc/ChiTiet.aspx"
ID_DETAIL = "/tin-tuc/chi-tiet.aspx"
PRINT = "/tin-tuc/in-bai-viet.aspx"
ARTICLE_RE = re.compile(r"^/tin-tuc/\d{4}/\d{1,2}/[a-z0-9-]*?-?(\d+)\.aspx$")
LISTING_RE = re.compile(r"^/chuyen-muc/[a-z0-9-]*-c(\d+)\.aspx$")
SLOW_SECONDS = 2.5
#: Articles (by rank, newest first) that fail the first time: rank -> status.
FIRST_FAILURES = {3: 500, 9: 503, 17: 500, 26: 503}
#: The article (by rank) that answers slowly.
SLOW_RANKS = (12,)
#: How many of the oldest articles are the 2009 portal's, in windows-1258.
LEGACY_COUNT = 3
#: The general news listing's page that the proxy cuts.
CUT_PAGE = 2


@dataclass(frozen=True)
class Quirk:
    """How one page is sent: its declared type (None: no header), the header's spelling in
    capitals, a byte order mark, gzip, and windows-1258 bytes (``legacy``)."""

    content_type: str | None = "text/html; charset=utf-8"
    upper: bool = False
    bom: bool = False
    gzip: bool = False
    legacy: bool = False


PLAIN = Quirk()
#: Article pages take these in turn (newest first).
ARTICLE_QUIRKS = (
    PLAIN,
    Quirk(gzip=True),
    Quirk(content_type="text/plain; charset=utf-8"),
    Quirk(content_type="text/html; charset=utf8"),
    Quirk(bom=True, content_type="text/html"),
    Quirk(content_type="text/html; charset=windows-1258"),
    Quirk(upper=True),
    Quirk(content_type=None),
    PLAIN,
    Quirk(gzip=True, content_type="text/html; charset=windows-1258"),
    Quirk(bom=True, content_type="text/html; charset=windows-1258"),
    Quirk(gzip=True, content_type="text/plain"),
)
#: The 2009 portal's articles: windows-1258 bytes under the master page's utf-8 <meta>.
LEGACY_QUIRKS = (
    Quirk(legacy=True, content_type="text/html; charset=windows-1258"),
    Quirk(legacy=True, content_type="text/html"),
    Quirk(legacy=True, content_type="text/html; charset=windows-1258", upper=True),
)
#: Listing pages take these by (section's place + page).
LISTING_QUIRKS = (
    PLAIN,
    Quirk(gzip=True),
    Quirk(content_type=None),
    Quirk(upper=True),
    Quirk(content_type="text/html; charset=utf8"),
    Quirk(bom=True),
)
#: The one section listing whose first page goes out as text/plain (by the section's place).
PLAIN_TEXT_SECTION = 2
PRINT_QUIRK = Quirk(content_type="text/html")


def date_line(moment: datetime) -> str:
    """The date line under an article title.

    >>> date_line(datetime(2021, 1, 5, 8, 25))
    'Ngày đăng: Thứ ba, 05/01/2021 - 08:25'
    """
    return f"Ngày đăng: {weekday(moment, lower=True)}, {dmy(moment)} - {moment:%H:%M}"


def proxy_gzip(body: bytes) -> bytes:
    """Gzip as the proxy does it (no file name, no time stamp: the same bytes every time).

    >>> gzip.decompress(proxy_gzip(b"abc"))
    b'abc'
    """
    return gzip.compress(body, compresslevel=6, mtime=0)


def clean_path(raw: str) -> str:
    """A request path as IIS matches it: percent-escapes decoded, lower case.

    >>> clean_path("/Tin%20Tuc/Chi%20Tiet.aspx")
    '/tin tuc/chi tiet.aspx'
    """
    return unquote(raw).lower()


class HttpQuirksSite(CmsSite):
    family_headers = {
        "Server": "Microsoft-IIS/8.5",
        "X-AspNet-Version": "4.0.30319",
        "X-Powered-By": "ASP.NET",
        "Via": "1.1 cache-nganthuy (squid)",
    }
    number_base = 27_140
    number_stride = 11
    image_folder = "/Uploads/Images/TinTuc"

    def __init__(self, portal: PortalDef, articles: Sequence[Any]):
        super().__init__(portal, articles)
        self.articles = [it for it in self.items if it.kind == "article"]
        count = len(self.articles)
        legacy = self.articles[-LEGACY_COUNT:] if count >= 4 * LEGACY_COUNT else []
        self.legacy = {it.number for it in legacy}
        self.quirk_of: dict[int, Quirk] = {}
        for rank, it in enumerate(self.articles):
            if it.number in self.legacy:
                self.quirk_of[it.number] = LEGACY_QUIRKS[legacy.index(it) % len(LEGACY_QUIRKS)]
            else:
                self.quirk_of[it.number] = ARTICLE_QUIRKS[rank % len(ARTICLE_QUIRKS)]
        fresh = [it for it in self.articles if it.number not in self.legacy]
        self.first_failures = {
            self.article_path(fresh[rank]): status
            for rank, status in FIRST_FAILURES.items()
            if rank < len(fresh)
        }
        self.slow = {self.article_path(fresh[rank]) for rank in SLOW_RANKS if rank < len(fresh)}
        # The header's "today": the day after the newest article (the crawl's day).
        newest = self.articles[0].published if self.articles else datetime(2021, 1, 4)
        self.today = newest + timedelta(days=1)

    # -- URLs

    def section_id(self, section: Section | None) -> int:
        return self.news.id if self.is_news(section) else section.id

    def section_slug(self, name: str) -> str:
        return slugify(name)

    def article_path(self, item: Item) -> str:
        stamp = f"{item.published:%Y}/{item.published:%m}"
        return f"/tin-tuc/{stamp}/{slugify(item.title, max_len=70)}-{item.number}.aspx"

    def old_path(self, item: Item) -> str:
        """The 2009 portal's address of ``item`` (three redirects to the article)."""
        return f"{OLD}?NewsID={item.number}"

    def short_path(self, item: Item) -> str:
        """The short link of the "Tin tiêu điểm" box (302 to an address with spaces)."""
        return f"{SHORT}?id={item.number}"

    def article_aliases(self, item: Item) -> list[str]:
        return [
            self.old_path(item),
            f"{OLD_HOP}?id={item.number}",
            f"{ID_DETAIL}?id={item.number}",
            self.short_path(item),
            f"{SPACED.replace(' ', '%20')}?id={item.number}",
        ]

    def link_of(self, item: Item) -> str:
        """The address listings give ``item``: the old one for the 2009 portal's articles."""
        return self.old_path(item) if item.number in self.legacy else self.article_path(item)

    def print_path(self, item: Item) -> str:
        return f"{PRINT}?id={item.number}"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.articles}

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        if self.is_news(section):
            path = f"/chuyen-muc/{slugify(self.news.name)}-c{self.news.id}.aspx"
        else:
            path = f"/chuyen-muc/{section.slug}-c{section.id}.aspx"
        return path if page == 1 else f"{path}?trang={page}"

    def menu_path(self, section: Section | None) -> str:
        """The menu's address of a listing (301 with a relative Location)."""
        return f"{MENU_LISTING}?id={self.section_id(section)}"

    def home_path(self) -> str:
        return "/"

    # -- the server's hooks

    def first_answer(self, path_and_query: str) -> Response | None:
        """The error a flaky article answers the first time it is asked for."""
        status = self.first_failures.get(clean_path(urlsplit(path_and_query).path))
        if status is None:
            return None
        if status == 503:
            return Response(
                503,
                {"Content-Type": "text/html; charset=us-ascii", **self.family_headers},
                SERVICE_UNAVAILABLE.encode("ascii"),
            )
        return self.error_response(500)

    def answer_delay(self, path_and_query: str) -> float:
        """Seconds the slow article takes to answer."""
        return SLOW_SECONDS if clean_path(urlsplit(path_and_query).path) in self.slow else 0.0

    # -- responses

    def send(
        self, markup: str, quirk: Quirk, status: int = 200, headers: dict | None = None
    ) -> Response:
        """The page as the proxy passes it on, with the page's quirks."""
        body = encode_cp1258(markup) if quirk.legacy else markup.encode("utf-8")
        if quirk.bom:
            body = BOM + body
        all_headers: dict[str, str] = {}
        if quirk.content_type:
            all_headers["CONTENT-TYPE" if quirk.upper else "Content-Type"] = quirk.content_type
        all_headers.update(self.family_headers)
        all_headers["CACHE-CONTROL" if quirk.upper else "Cache-Control"] = "private"
        all_headers.update(headers or {})
        if quirk.gzip:
            body = proxy_gzip(body)
            all_headers["Content-Encoding"] = "gzip"
            all_headers["Vary"] = "Accept-Encoding"
        return Response(status, all_headers, body)

    def redirect(self, status: int, location: str) -> Response:
        headers = {
            "Content-Type": "text/html; charset=utf-8",
            "Location": location,
            **self.family_headers,
        }
        body = (
            f'<html><head><title>Object moved</title></head><body>\r\n<h2>Object moved to <a href="'
            f'{esc(location)}">here</a>.</h2>\r\n</body></html>\r\n'
        )
        return Response(status, headers, body.encode("utf-8"))

    def error_response(self, status: int) -> Response:
        headers = {"Content-Type": "text/html; charset=utf-8", **self.family_headers}
        return Response(status, headers, self.error_html(status).encode("utf-8"))

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = clean_path(request.path)
        params = {k.lower(): v for k, v in request.params.items() if k}
        if path in HOME_PATHS:
            return self.send(self.home_html(request), Quirk(gzip=True))
        if path == "/gioi-thieu.aspx":
            return self.send(self.about_html(request), PLAIN)
        if path == "/lien-he.aspx":
            return self.send(self.contact_html(request), Quirk(content_type=None))
        if path == MENU_LISTING:
            section = self.section_param(params.get("id"))
            if section is False:
                return None
            return self.redirect(301, self.listing_path(section).lstrip("/"))
        match = LISTING_RE.match(path)
        if match:
            section = self.section_param(match.group(1))
            if section is False:
                return None
            page = page_number(params.get("trang"))
            _, pages = self.page_of(self.listed(section), page)
            if page > pages:
                return None
            return self.listing_response(section, page, request)
        if path in (SHORT, SPACED.lower(), OLD.lower(), OLD_HOP.lower(), ID_DETAIL, PRINT):
            name = "newsid" if path == OLD.lower() else "id"
            item = self.item_param(params.get(name))
            if item is None:
                return None
            if path == SHORT:
                return self.redirect(302, f"{SPACED}?id={item.number}")
            if path == OLD.lower():
                return self.redirect(301, f"{OLD_HOP}?id={item.number}")
            if path == OLD_HOP.lower():
                return self.redirect(302, f"../..{ID_DETAIL}?id={item.number}")
            if path == PRINT:
                if item.kind != "article":
                    return None
                return self.send(self.print_html(item, request), PRINT_QUIRK)
            return self.redirect(301, request.base_url + self.article_path(item))
        match = ARTICLE_RE.match(path)
        if match:
            item = self.item_param(match.group(1))
            if item is None:
                return None
            return self.article_response(item, request)
        return None

    def section_param(self, value: str | None) -> Section | None | bool:
        """The section a ``cid`` names (None: the general news), False for none."""
        try:
            ident = int(value or "")
        except ValueError:
            return False
        if ident == self.news.id:
            return None
        return self.section_by_id(ident) or False

    def item_param(self, value: str | None) -> Item | None:
        try:
            return self.by_number.get(int(value or ""))
        except ValueError:
            return None

    def article_response(self, item: Item, request: Request) -> Response:
        if item.kind != "article":
            return self.error_response(404)
        headers = {
            "ETag": item.etag(request.revision),
            "Last-Modified": http_date(item.last_modified(request.revision)),
        }
        return self.send(self.article_html(item, request), self.quirk_of[item.number], 200, headers)

    def listing_response(self, section: Section | None, page: int, request: Request) -> Response:
        markup = self.listing_html(section, page, request)
        place = 0 if self.is_news(section) else list(self.sections.values()).index(section) + 1
        if self.is_news(section) and page == CUT_PAGE:
            body = markup.encode("utf-8")
            rows = [m.start() for m in re.finditer(rb'<div class="tin-item">', body)]
            cut = rows[len(rows) // 2] + 140 if len(rows) >= 2 else len(body) * 2 // 3
            return Response(
                200, {"Content-Type": "text/html; charset=utf-8", **self.family_headers}, body[:cut]
            )
        if place == PLAIN_TEXT_SECTION and page == 1:
            return self.send(markup, Quirk(content_type="text/plain; charset=utf-8"))
        return self.send(markup, LISTING_QUIRKS[(place * 3 + page) % len(LISTING_QUIRKS)])

    # -- the master page

    def frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        request: Request,
        current: Section | None = None,
        exclude: Item | None = None,
    ) -> str:
        p = self.portal
        menu = "".join(
            f'<li{ACTIVE if s is current else ""}><a href="'
            f'{esc(self.menu_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb = "".join(
            f' &raquo; <a href="{esc(href)}">{esc(name)}</a>' if href else f" &raquo; {esc(name)}"
            for name, href in crumbs
        )
        read_most = sorted(
            (it for it in self.articles if it is not exclude),
            key=lambda it: (-view_count(it.key), it.number),
        )[:5]
        most = "".join(
            f'<li><a href="{esc(self.link_of(it))}">{esc(it.title)}</a></li>' for it in read_most
        )
        v = visitor_stats(request.seed)
        t = tthc_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<tr><td><input id="ctl00_BinhChon1_rdo{i}" type="radio" name="ctl00$BinhChon1$rdo"'
            f' value="{i}" /><label for="ctl00_BinhChon1_rdo{i}">{esc(o)}</label></td></tr>'
            for i, o in enumerate(options)
        )
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        state = stable_token(request.seed + "vs", 120, alphabet)
        today = self.today
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
\t{esc(title)} - {esc(p.name)}
</title><link href="/Styles/style.css" rel="stylesheet" type="text/css" />
<link rel="shortcut icon" href="/favicon.ico" />
<script type="text/javascript" src="/Scripts/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="/Scripts/ddsmoothmenu.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="{esc(request.path)}" id="aspnetForm">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE2{state}" />
</div>
<div id="wrapper">
<table id="header" width="1000" cellpadding="0" cellspacing="0" border="0"><tr>
<td class="logo"><a href="/Default.aspx"><img src="/Images/quoc-huy.png" alt="Quốc huy"
 width="80" /></a></td>
<td class="banner"><div class="banner-1">{esc(p.agency).upper()}</div>
<div class="banner-2">{esc(p.name).upper()}</div></td>
<td class="ngay-hom-nay">{weekday(today)}, ngày {dmy(today)}</td></tr></table>
<div id="smoothmenu1" class="ddsmoothmenu"><ul>
<li><a href="/Trang-chu.aspx">Trang chủ</a></li>
<li><a href="/gioi-thieu.aspx">Giới thiệu</a></li>
<li><a href="{esc(self.menu_path(None))}">{esc(self.news.name)}</a><ul>{menu}</ul></li>
<li><a href="https://vbpl.vn" target="_blank">Văn bản pháp luật</a></li>
<li><a href="https://dichvucong.gov.vn" target="_blank">Dịch vụ công trực tuyến</a></li>
<li><a href="/lien-he.aspx">Liên hệ</a></li>
</ul><br style="clear: left" /></div>
<div class="thanh-tim-kiem"><marquee behavior="scroll" scrollamount="2">Chào mừng quý khách đến
 với {esc(p.name)}!</marquee>
<input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txt-search"
 value="Nhập từ khóa..." /><input type="submit" name="ctl00$btnSearch" value="Tìm kiếm"
 id="ctl00_btnSearch" class="btn-search" /></div>
<table id="content" width="1000" cellpadding="0" cellspacing="0" border="0"><tr>
<td class="cot-trai" valign="top">
<div class="duong-dan"><a href="/Default.aspx">Trang chủ</a>{crumb}</div>
{main}
</td>
<td class="cot-phai" valign="top">
<div class="box-phai"><div class="box-phai-title">Tin đọc nhiều</div>
<ul class="ds-tin-phai">{most}</ul></div>
<div class="box-phai"><div class="box-phai-title">Kết quả giải quyết TTHC</div>
<table class="tthc" width="100%"><tr><td colspan="2">Tháng {t["month"]}/2021</td></tr>
<tr><td>Tiếp nhận:</td><td align="right">{thousands(t["total"])} hồ sơ</td></tr>
<tr><td>Đúng hạn:</td><td align="right">{thousands(t["ontime"])} hồ sơ</td></tr>
<tr><td>Trễ hạn:</td><td align="right">{thousands(t["late"])} hồ sơ</td></tr>
<tr><td>Tỷ lệ đúng hạn:</td><td align="right">{t["percent"]}%</td></tr></table></div>
<div class="box-phai"><div class="box-phai-title">Thăm dò ý kiến</div>
<p class="cau-hoi">{esc(question)}</p><table>{choices}</table>
<input type="submit" name="ctl00$BinhChon1$btnBinhChon" value="Biểu quyết"
 id="ctl00_BinhChon1_btnBinhChon" /> <a href="javascript:void(0)"
 onclick="window.open('/BinhChon/KetQua.aspx','kq','width=420,height=360')">Xem kết quả</a></div>
<div class="box-phai"><div class="box-phai-title">Liên kết website</div>
<select onchange="if(this.value!='')window.open(this.value)"><option value="">-- Chọn liên kết
 --</option><option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option>
<option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option></select></div>
<div class="box-phai"><div class="box-phai-title">Thống kê truy cập</div>
<table class="thong-ke" width="100%">
<tr><td>Đang truy cập:</td><td align="right">{thousands(v["online"])}</td></tr>
<tr><td>Hôm nay:</td><td align="right">{thousands(v["today"])}</td></tr>
<tr><td>Tháng này:</td><td align="right">{thousands(v["month"])}</td></tr>
<tr><td>Tất cả:</td><td align="right">{thousands(v["total"])}</td></tr></table></div>
</td></tr></table>
<div id="footer">
<p><b>{esc(p.name)}</b></p>
<p>Cơ quan chủ quản: {esc(p.agency)}</p>
<p>Trưởng Ban biên tập: {esc(p.editor)}</p>
<p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)} - Email: banbientap@{esc(p.domain)}</p>
<p>{esc(reuse_notice(p))}</p>
<p class="ghi-chu">Thiết kế bởi Trung tâm Công nghệ thông tin và Truyền thông tỉnh
 {esc(p.province)}. Xem tốt nhất với trình duyệt Internet Explorer 8 trở lên, độ phân giải
 1024x768.</p>
</div>
</div>
</form>
</body>
</html>
"""

    # -- home and static pages

    def home_html(self, request: Request) -> str:
        articles = self.articles
        blocks = []
        if articles:
            top = articles[0]
            featured = "".join(
                f'<li><a href="{esc(self.short_path(it))}">{esc(it.title)}</a></li>'
                for it in articles[1:5]
            )
            blocks.append(
                '<div class="tin-tieu-diem"><div class="td-title">Tin tiêu điểm</div>'
                f'<div class="td-chinh"><a href="{esc(self.short_path(top))}"><img src="'
                f'{esc(image_path(top, 0, self.image_folder))}" width="360" alt="" /></a>'
                f'<h2><a href="{esc(self.short_path(top))}">{esc(top.title)}</a></h2>'
                f'<p class="trich-dan">{esc(top.sapo())}</p></div>'
                f'<ul class="td-khac">{featured}</ul></div>'
            )
        fresh = "".join(
            f'<li><a href="{esc(self.link_of(it))}">{esc(it.title)}</a> '
            f'<span class="ngay">{listing_date(it.published)}</span></li>'
            for it in articles[5:13]
        )
        blocks.append(
            '<div class="box-trang-chu"><div class="btc-title"><a href="'
            f'{esc(self.listing_path(None))}">Tin mới cập nhật</a></div>'
            f'<ul class="ds-tin">{fresh}</ul></div>'
        )
        for section in self.sections.values():
            listed = [it for it in self.listed(section) if it.kind == "article"][:4]
            rows = "".join(
                f'<li><a href="{esc(self.link_of(it))}">{esc(it.title)}</a></li>' for it in listed
            )
            blocks.append(
                '<div class="box-trang-chu"><div class="btc-title"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></div>'
                f'<ul class="ds-tin">{rows}</ul><div class="xem-them"><a href="'
                f'{esc(self.listing_path(section))}">Xem thêm &raquo;</a></div></div>'
            )
        return self.frame("Trang chủ", [], "".join(blocks), request)

    def about_html(self, request: Request) -> str:
        p = self.portal
        main = (
            '<div class="noi-dung-tinh"><h1 class="tieu-de">Giới thiệu chung</h1>'
            f"<p>Tỉnh {esc(p.province)} nằm ở vùng trung du, có 11 đơn vị hành chính cấp huyện "
            "với hơn 1,2 triệu người; kinh tế dựa vào nông nghiệp, chế biến nông sản và du lịch "
            "sinh thái ven hồ.</p>"
            f"<p>{esc(p.name)} là kênh thông tin chính thức của Ủy ban nhân dân tỉnh trên môi "
            "trường mạng, đăng tải tin tức về hoạt động chỉ đạo, điều hành, văn bản và thủ tục "
            "hành chính của tỉnh.</p></div>"
        )
        return self.frame("Giới thiệu chung", [("Giới thiệu", "")], main, request)

    def contact_html(self, request: Request) -> str:
        p = self.portal
        main = (
            '<div class="noi-dung-tinh"><h1 class="tieu-de">Liên hệ Ban biên tập</h1>'
            f"<p>Địa chỉ: {esc(p.address)}</p><p>Điện thoại: {esc(p.phone)}</p>"
            f"<p>Thư điện tử: banbientap@{esc(p.domain)}</p>"
            '<table class="form-lien-he"><tr><td>Họ và tên:</td><td><input name="ctl00$cph$txtTen"'
            ' type="text" /></td></tr><tr><td>Nội dung:</td><td><textarea name="ctl00$cph$txtND"'
            ' rows="6" cols="50"></textarea></td></tr></table>'
            '<input type="submit" name="ctl00$cph$btnGui" value="Gửi thư" /></div>'
        )
        return self.frame("Liên hệ", [("Liên hệ", "")], main, request)

    # -- listings

    def pager(self, section: Section | None, page: int, pages: int) -> str:
        if pages <= 1:
            return ""
        parts = arrow_pager(
            page,
            pages,
            lambda n: self.listing_path(section, n),
            link='<a href="{href}">{n}</a>',
            current='<span class="trang-hien-tai">{n}</span>',
            gap="<span>...</span>",
            prev='<a href="{href}" title="Trang trước">&laquo;</a>',
            next_='<a href="{href}" title="Trang sau">&raquo;</a>',
        )
        first = f'<a href="{esc(self.listing_path(section, 1))}">Đầu</a>' if page > 1 else ""
        last = (
            f'<a href="{esc(self.listing_path(section, pages))}">Cuối</a>' if page < pages else ""
        )
        return f'<div class="phan-trang">{first} {" ".join(parts)} {last}</div>'

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        items, pages = self.page_of(self.listed(section), page)
        name = self.news.name if self.is_news(section) else section.name
        rows = []
        for it in items:
            href = self.link_of(it)
            rows.append(
                '<div class="tin-item">'
                f'<a href="{esc(href)}"><img class="anh-dai-dien" src="'
                f'{esc(image_path(it, 0, self.image_folder))}" width="150" alt="" /></a>'
                f'<a class="tieu-de-tin" href="{esc(href)}">{esc(it.title)}</a> '
                f'<span class="ngay">{listing_date(it.published)}</span>'
                f'<p class="trich-dan">{esc(it.sapo())}</p>'
                '<div class="clear"></div></div>'
            )
        main = (
            f'<div class="chuyen-muc"><h1 class="ten-chuyen-muc">{esc(name)}</h1>'
            f"{''.join(rows)}{self.pager(section, page, pages)}</div>"
        )
        return self.frame(name, [(name, "")], main, request, current=section)

    # -- articles

    def article_body(self, item: Item, request: Request) -> str:
        parts = []
        for block, value in body_blocks(item, request.revision):
            if block == "p":
                parts.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                index, caption = value
                parts.append(
                    '<div class="anh-bai-viet" style="text-align: center;"><img src="'
                    f'{esc(image_path(item, index, self.image_folder))}" width="500" alt="" />'
                    f'<div class="chu-thich-anh"><em>{esc(caption)}</em></div></div>'
                )
        if item.author:
            parts.append(
                f'<p class="tac-gia" style="text-align: right;"><strong>{esc(item.author)}'
                "</strong></p>"
            )
        if item.source:
            parts.append(
                f'<p class="nguon-tin" style="text-align: right;"><em>Nguồn: {esc(item.source)}'
                "</em></p>"
            )
        return "".join(parts)

    def article_html(self, item: Item, request: Request) -> str:
        same = [it for it in self.others(item, 10) if it.kind == "article"]
        newer = "".join(
            f'<li><a href="{esc(self.link_of(it))}">{esc(it.title)}</a> '
            f'<span class="ngay">{listing_date(it.published)}</span></li>'
            for it in same[:6]
        )
        older = "".join(
            f'<li><a href="{esc(self.old_path(it))}">{esc(it.title)}</a> '
            f'<span class="ngay">{listing_date(it.published)}</span></li>'
            for it in same[6:]
        )
        main = (
            '<div class="chi-tiet-tin">'
            f'<h1 class="tieu-de-bai">{esc(item.title)}</h1>'
            f'<div class="thong-tin-bai"><span class="ngay-dang">{date_line(item.published)}'
            f'</span> | <span class="luot-xem">Lượt xem: {thousands(view_count(item.key))}'
            "</span></div>"
            f'<div id="ctl00_cph_divNoiDung" class="noi-dung-bai">{self.article_body(item, request)}'
            "</div>"
            '<div class="cong-cu"><a href="'
            f'{esc(self.print_path(item))}" target="_blank"><img src="/Images/print.gif" alt="" />'
            ' In bài viết</a> <a href="javascript:void(0)" onclick="guiEmail()"><img '
            'src="/Images/email.gif" alt="" /> Gửi email</a> <a href="#">Về đầu trang</a></div>'
            + (
                '<div class="tin-lien-quan"><div class="tlq-title">Tin cùng chuyên mục</div>'
                f"<ul>{newer}</ul></div>"
                if newer
                else ""
            )
            + (
                '<div class="tin-lien-quan"><div class="tlq-title">Các tin đã đưa</div>'
                f"<ul>{older}</ul></div>"
                if older
                else ""
            )
            + "</div>"
        )
        crumbs = [(item.section.name, self.listing_path(item.section))]
        return self.frame(item.title, crumbs, main, request, item.section, exclude=item)

    def print_html(self, item: Item, request: Request) -> str:
        return (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" '
            f'content="text/html; charset=utf-8" /><title>{esc(item.title)}</title></head>'
            '<body onload="window.print();"><div class="in-dau-trang">'
            f"{esc(self.portal.name)}</div><h2>{esc(item.title)}</h2>"
            f"<p><i>{date_line(item.published)}</i></p>{self.article_body(item, request)}"
            f"<hr /><p>Địa chỉ bài viết: {esc(request.base_url)}{esc(self.article_path(item))}"
            "</p></body></html>"
        )

    def error_html(self, status: int) -> str:
        if status == 404:
            return NOT_FOUND
        return SERVER_ERROR

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *"]
        lines += [f"Disallow: {path}" for path in self.portal.robots_disallow]
        return "\n".join(lines) + "\n"


NOT_FOUND = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>
<title>404 - File or directory not found.</title></head>
<body><div id="header"><h1>Server Error</h1></div>
<div id="content"><div class="content-container"><fieldset>
<h2>404 - File or directory not found.</h2>
<h3>The page you asked for is not here: it may have been moved, renamed or removed.</h3>
</fieldset></div></div></body></html>
"""

SERVER_ERROR = """<!DOCTYPE html>
<html><head><title>Timeout expired.</title>
<style>body {font-family:"Verdana";font-weight:normal;font-size: .7em;color:black;}
H1 {font-family:"Verdana";font-weight:normal;font-size:18pt;color:red }</style></head>
<body bgcolor="white">
<span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
<h2> <i>Timeout expired.  The database did not answer before the command's time limit ran out.</i> </h2></span>
<b> Description: </b>An unhandled exception occurred during the execution of the current web request.
<br><br><b> Exception Details: </b>System.Data.SqlClient.SqlException: Timeout expired.<br><br>
<hr width=100% size=1 color=silver>
<b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.0.30319.36400
</body></html>
"""

SERVICE_UNAVAILABLE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<HTML><HEAD><TITLE>Service Unavailable</TITLE>
<META HTTP-EQUIV="Content-Type" Content="text/html; charset=us-ascii"></HEAD>
<BODY><h2>Service Unavailable</h2>
<hr><p>HTTP Error 503. The application pool is not running at the moment.</p>
</BODY></HTML>
"""

__all__ = ["HttpQuirksSite", "Quirk", "clean_path", "date_line", "proxy_gzip"]
