"""A home-grown PHP portal addressed entirely by query parameters on one script (vantrach).

The kind of provincial portal a local software company wrote around 2010 and the province kept:
PHP on Apache, one ``index.php`` that decides what to show from the query string alone, a
three-column ``div`` layout with Vietnamese class names written without diacritics (``khung``,
``tieude_khung``, ``tomtat``, ``noidung``), and links built by string concatenation, so the same
page is linked under several addresses.

Parameters: ``cn`` chuyên mục (category id), ``gd`` nhóm (the menu group a category belongs to),
``tc`` tin (article id), ``p`` page of a listing, ``in=1`` print view, ``guitin=1`` "send to a
friend" form, ``lang`` language switch. Unknown parameters are ignored, as PHP ignores them.

URL shapes (all on ``/``; ``/index.php`` answers the same):
- home ``/``; ``/?lang=vi`` redirects to it, ``/?lang=en`` is a small English page;
- group page ``/?gd=<group>`` (the categories of a menu group, three items each);
- listing ``/?cn=<cat>`` (menus, home boxes), also ``/?cn=<cat>&gd=<group>`` (group page's
  "Xem tiếp"); page N ``/?cn=<cat>&p=N``; the pager links page 1 as ``/?cn=<cat>&p=1``;
  a page past the end answers 200 with "Chưa có tin bài" (as the real script does);
- article ``/?cn=<cat>&gd=<group>&tc=<id>`` (listings; the canonical form), also linked as
  ``/index.php?tc=<id>&cn=<cat>&gd=<group>&utm_source=trangchu&utm_medium=noibat`` (home
  slider), ``/?cn=<cat>&gd=<group>&tc=<id>&ref=home`` (home "Tin mới"), ``/?tc=<id>&cn=<cat>``
  (ticker), and, in "Tin cùng chuyên mục", with doubly escaped ampersands
  (``/index.php?tc=<id>&amp;amp;cn=...``, which reach the script as ``tc=<id>&amp;cn=...``);
  ``/?tc=<id>`` alone works too;
- print view ``<article>&in=1``; send to a friend ``/?tc=<id>&guitin=1``;
- static pages ``/?cn=201`` (Giới thiệu) and ``/?cn=209`` (Liên hệ), addressed like listings.

Listing pages and the send form start a PHP session and, as ``session.use_trans_sid`` does for a
client without the cookie, append ``PHPSESSID=<26 chars>`` to every same-site link (a request
already carrying one keeps it). No sitemap and no RSS feed.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import quote

from dtcrawl.demo.cms.common import (
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    body_blocks,
    dmy,
    esc,
    image_path,
    listing_date,
    page_number,
    pager_window,
    poll,
    reuse_notice,
    stable_int,
    stable_token,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)

#: Menu groups (``gd``): the general news group and the digital-transformation group.
GROUP_NEWS = 3
GROUP_CDS = 4
GROUP_NAMES = {GROUP_NEWS: "Tin tức - Sự kiện", GROUP_CDS: "Chuyên đề Chuyển đổi số"}
#: Static pages addressed like listings (``/?cn=<id>``).
STATIC_INTRO = 201
STATIC_CONTACT = 209
SESSION_ALPHABET = "0123456789abcdefghijklmnopqrstuv"
SCRIPTS = ("/", "/index.php")
VENDOR = "Công ty Cổ phần Tin học Đông Trạch"
_HREF = re.compile(r'href="((?:/|index\.php)[^"#]*)(#[^"]*)?"')


def detail_date(moment: datetime) -> str:
    """The date line under an article's title.

    >>> detail_date(datetime(2023, 1, 5, 8, 25))
    'Thứ năm: 08:25 ngày 05/01/2023'
    """
    return f"{weekday(moment, lower=True)}: {moment:%H:%M} ngày {dmy(moment)}"


def session_id(seed: str) -> str:
    """A PHP session id (26 characters of ``[0-9a-v]``) drawn from ``seed``.

    >>> len(session_id("x")), set(session_id("x")) <= set(SESSION_ALPHABET)
    (26, True)
    """
    return stable_token("phpsess" + seed, 26, SESSION_ALPHABET)


def add_session(markup: str, sid: str) -> str:
    """Append ``PHPSESSID=<sid>`` to every same-site link and form of ``markup``, as PHP's
    ``session.use_trans_sid`` rewrites a page for a client that sent no session cookie.

    >>> add_session('<a href="/?cn=5">x</a> <a href="/">y</a> <a href="http://a/">z</a>', "s1")
    '<a href="/?cn=5&amp;PHPSESSID=s1">x</a> <a href="/?PHPSESSID=s1">y</a> <a href="http://a/">z</a>'
    """

    def rewrite(match: re.Match) -> str:
        url, fragment = match.group(1), match.group(2) or ""
        joiner = "&amp;" if "?" in url else "?"
        return f'href="{url}{joiner}PHPSESSID={sid}{fragment}"'

    markup = _HREF.sub(rewrite, markup)
    hidden = f'<input type="hidden" name="PHPSESSID" value="{sid}" />'
    return re.sub(r"(<form\b[^>]*>)", r"\1" + hidden, markup)


class QueryCmsSite(CmsSite):
    family_headers = {
        "Server": "Apache/2.4.6 (CentOS) OpenSSL/1.0.2k-fips PHP/5.4.16",
        "X-Powered-By": "PHP/5.4.16",
    }
    number_base = 54_000
    number_stride = 13
    image_folder = "/upload/tintuc"

    # -- URLs

    def group_of(self, section: Section) -> int:
        """The menu group (``gd``) a section belongs to."""
        return GROUP_NEWS if self.is_news(section) else GROUP_CDS

    def article_path(self, item: Item) -> str:
        return f"/?cn={item.section.id}&gd={self.group_of(item.section)}&tc={item.number}"

    def article_aliases(self, item: Item) -> list[str]:
        # The home slider's and "Tin cùng chuyên mục"'s script name, the ticker's short form.
        section, group = item.section.id, self.group_of(item.section)
        return [
            f"/index.php?cn={section}&gd={group}&tc={item.number}",
            f"/?cn={section}&tc={item.number}",
        ]

    def print_path(self, item: Item) -> str:
        return self.article_path(item) + "&in=1"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def send_path(self, item: Item) -> str:
        return f"/?tc={item.number}&guitin=1"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        shown = self.news if self.is_news(section) else section
        return f"/?cn={shown.id}" if page == 1 else f"/?cn={shown.id}&p={page}"

    def group_path(self, group: int) -> str:
        return f"/?gd={group}"

    def slider_href(self, item: Item) -> str:
        """The home slider's link: another order, the script's name and tracking parameters."""
        return (
            f"/index.php?tc={item.number}&amp;cn={item.section.id}&amp;"
            f"gd={self.group_of(item.section)}&amp;utm_source=trangchu&amp;utm_medium=noibat"
        )

    def related_href(self, item: Item) -> str:
        """The "Tin cùng chuyên mục" links, escaped twice by the template (``&amp;amp;``)."""
        return (
            f"/index.php?tc={item.number}&amp;amp;cn={item.section.id}"
            f"&amp;amp;gd={self.group_of(item.section)}"
        )

    # -- routing

    def route(self, request: Request) -> Response | None:
        if request.path not in SCRIPTS:
            return None
        params = request.params
        if params.get("lang") == "en":
            return self.html_response(self.english_html(request))
        if params.get("tc") is not None:
            return self.article_route(params, request)
        if params.get("cn") is not None:
            return self.category_route(params, request)
        if params.get("gd") is not None:
            group = params["gd"]
            if group not in (str(GROUP_NEWS), str(GROUP_CDS)):
                return None
            return self.html_response(self.group_html(int(group), request))
        if params.get("lang") == "vi":
            return Response(302, {"Location": "/", "Content-Type": "text/html"}, b"")
        return self.html_response(self.home_html(request))

    def article_route(self, params: dict[str, str], request: Request) -> Response | None:
        if not params["tc"].isdigit():
            return None
        item = self.by_number.get(int(params["tc"]))
        if item is None or item.kind == "missing":
            return None
        if params.get("guitin") == "1":
            return self.session_response(self.send_html(item, request), request)
        if params.get("in") == "1":
            if item.kind == "error":
                return self.error_response(500)
            return self.html_response(self.print_html(item, request))
        return self.article_response(item, request)

    def category_route(self, params: dict[str, str], request: Request) -> Response | None:
        if not params["cn"].isdigit():
            return None
        ident = int(params["cn"])
        if ident in (STATIC_INTRO, STATIC_CONTACT):
            return self.html_response(self.static_html(ident, request))
        section = self.news if ident == self.news.id else self.section_by_id(ident)
        if section is None:
            return None
        page = page_number(params.get("p"))
        return self.session_response(self.listing_html(section, page, request), request)

    def session_response(self, markup: str, request: Request) -> Response:
        """A page of a script that starts a session: links carry ``PHPSESSID``."""
        sid = request.params.get("PHPSESSID") or session_id(request.seed)
        return self.html_response(
            add_session(markup, sid), headers={"Set-Cookie": f"PHPSESSID={sid}; path=/"}
        )

    # -- page frame

    def page(
        self,
        title: str,
        main: str,
        request: Request,
        *,
        active: int | None = None,
        meta: str = "",
    ) -> str:
        portal = self.portal
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="keywords" content="{esc(portal.province)}, cổng thông tin, tin tức, chuyển đổi số" />
<meta name="description" content="{esc(portal.name)}" />
{meta}<link href="/css/style.css" rel="stylesheet" type="text/css" />
<link href="/css/menu.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="/js/chung.js"></script>
</head>
<body>
<a name="top" id="top"></a>
<div id="wrapper">
{self.header_html(request, active)}
<div id="container">
<div id="cot_trai">
{self.left_html()}
</div>
<div id="cot_giua">
{main}
</div>
<div id="cot_phai">
{self.right_html(request)}
</div>
<div class="clear"></div>
</div>
{self.footer_html(request)}
</div>
<script type="text/javascript">
var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-2841{stable_int(portal.id, 10000, 99999)}-1']);
_gaq.push(['_trackPageview']);
</script>
</body>
</html>
"""

    def header_html(self, request: Request, active: int | None) -> str:
        portal = self.portal
        sections = list(self.sections.values())
        submenu = "\n".join(
            f'<li><a href="/?cn={s.id}&amp;gd={GROUP_CDS}">{esc(s.name)}</a></li>' for s in sections
        )
        ticker = " &nbsp;&nbsp;&bull;&nbsp;&nbsp; ".join(
            f'<a href="/?tc={it.number}&amp;cn={it.section.id}">{esc(it.title)}</a>'
            for it in self.latest(3)
        )

        def cls(key: int) -> str:
            return ' class="menu_chon"' if key == active else ""

        return f"""<div id="thanh_tren">
<div class="ngay_hientai"><script type="text/javascript">document.write(ngayHomNay());</script></div>
<div class="ngonngu"><a href="/?lang=vi"><img src="/images/co_vn.gif" alt="Tiếng Việt" /> Tiếng Việt</a> | <a href="/?lang=en"><img src="/images/co_en.gif" alt="English" /> English</a></div>
<div class="dangnhap"><a href="/admin/">Đăng nhập</a> | <a href="javascript:void(0);" onclick="themYeuThich();">Lưu trang</a></div>
</div>
<div id="banner">
<a href="/"><img src="/images/banner_{esc(portal.id)}.jpg" alt="{esc(portal.name)}" width="1000" height="150" /></a>
<div class="ten_cong">{esc(portal.name.upper())}</div>
</div>
<div id="menu_ngang">
<ul class="menu">
<li{cls(0)}><a href="/">Trang chủ</a></li>
<li{cls(STATIC_INTRO)}><a href="/?cn={STATIC_INTRO}">Giới thiệu</a></li>
<li{cls(self.news.id)}><a href="/?cn={self.news.id}">{esc(self.news.name)}</a></li>
<li{cls(GROUP_CDS)}><a href="/?gd={GROUP_CDS}">Chuyển đổi số</a>
<ul class="menu_con">
{submenu}
</ul></li>
<li><a href="http://vbpl.{esc(portal.domain)}/" target="_blank">Văn bản</a></li>
<li><a href="https://dichvucong.{esc(portal.domain)}/" target="_blank">Dịch vụ công</a></li>
<li><a href="http://hoidap.{esc(portal.domain)}/" target="_blank">Hỏi đáp</a></li>
<li{cls(STATIC_CONTACT)}><a href="/?cn={STATIC_CONTACT}">Liên hệ</a></li>
</ul>
<form class="timkiem" action="/timkiem.php" method="get"><input type="text" name="tukhoa" value="Nhập từ khóa..." onfocus="this.value='';" /><input type="submit" value="Tìm" /></form>
</div>
<div id="tin_chay"><span class="nhan_tinchay">Tin mới cập nhật:</span> <marquee scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">{ticker}</marquee></div>"""

    def left_html(self) -> str:
        portal = self.portal
        categories = "\n".join(
            f'<li><a href="/?cn={s.id}">{esc(s.name)}</a></li>' for s in self.sections.values()
        )
        return f"""<div class="khung">
<div class="tieude_khung">Danh mục tin</div>
<div class="noidung_khung"><ul class="ds_danhmuc">
<li><a href="/?cn={self.news.id}">{esc(self.news.name)}</a></li>
{categories}
</ul></div>
</div>
<div class="khung">
<div class="tieude_khung">Thông tin cần biết</div>
<div class="noidung_khung"><ul class="ds_danhmuc">
<li><a href="/?cn={STATIC_INTRO}">Giới thiệu chung về tỉnh {esc(portal.province)}</a></li>
<li><a href="http://vbpl.{esc(portal.domain)}/" target="_blank">Hệ thống văn bản quy phạm pháp luật</a></li>
<li><a href="https://dichvucong.{esc(portal.domain)}/" target="_blank">Thủ tục hành chính</a></li>
<li><a href="http://lichcongtac.{esc(portal.domain)}/" target="_blank">Lịch công tác của lãnh đạo tỉnh</a></li>
<li><a href="/?cn={STATIC_CONTACT}">Đường dây nóng, thư điện tử</a></li>
</ul></div>
</div>
<div class="khung">
<div class="tieude_khung">Liên kết website</div>
<div class="noidung_khung">
<select name="lienket" onchange="if(this.value!='')window.open(this.value);">
<option value="">-- Chọn website --</option>
<option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option>
<option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option>
<option value="https://mic.gov.vn">Bộ Thông tin và Truyền thông</option>
<option value="https://most.gov.vn">Bộ Khoa học và Công nghệ</option>
</select>
<a href="https://dichvucong.gov.vn" target="_blank"><img src="/images/bn_dvcqg.gif" alt="Cổng Dịch vụ công quốc gia" width="180" /></a>
<a href="http://sokhcn.{esc(portal.domain)}" target="_blank"><img src="/images/bn_sokhcn.gif" alt="Sở Khoa học và Công nghệ" width="180" /></a>
<a href="http://baohiemxahoi.gov.vn" target="_blank"><img src="/images/bn_bhxh.gif" alt="Bảo hiểm xã hội Việt Nam" width="180" /></a>
</div>
</div>"""

    def right_html(self, request: Request) -> str:
        seed = request.seed
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        choices = "\n".join(
            f'<label><input type="radio" name="phuongan" value="{n}" /> {esc(text)}</label><br />'
            for n, text in enumerate(options, 1)
        )
        newest = "\n".join(
            f'<li><a href="/?gd={self.group_of(it.section)}&amp;tc={it.number}&amp;cn={it.section.id}">'
            f"{esc(it.title)}</a></li>"
            for it in self.latest(6)
        )
        return f"""<div class="khung khung_tthc">
<div class="tieude_khung">Kết quả giải quyết TTHC</div>
<div class="noidung_khung">
<p class="tthc_thang">Tháng {stats["month"]}: <b>{stats["percent"]}%</b> hồ sơ đúng hạn</p>
<table class="bang_tthc" cellpadding="2" cellspacing="0" width="100%">
<tr><td>Tiếp nhận</td><td align="right">{thousands(stats["total"])}</td></tr>
<tr><td>Đúng hạn</td><td align="right">{thousands(stats["ontime"])}</td></tr>
<tr><td>Trễ hạn</td><td align="right">{thousands(stats["late"])}</td></tr>
</table>
<a href="https://dichvucong.{esc(self.portal.domain)}/thongke" target="_blank">Xem chi tiết</a>
</div>
</div>
<div class="khung">
<div class="tieude_khung">Tin mới đăng</div>
<div class="noidung_khung"><ul class="ds_tinmoi">
{newest}
</ul></div>
</div>
<div class="khung">
<div class="tieude_khung">Ý kiến thăm dò</div>
<div class="noidung_khung">
<form action="/binhchon.php" method="post">
<p class="cauhoi">{esc(question)}</p>
{choices}
<input type="submit" value="Biểu quyết" /> <a href="javascript:xemKetQua(3);">Xem kết quả</a>
</form>
</div>
</div>
<div class="khung">
<div class="tieude_khung">Thống kê truy cập</div>
<div class="noidung_khung thongke">
<p>Đang online: <b>{thousands(visits["online"])}</b></p>
<p>Hôm nay: <b>{thousands(visits["today"])}</b></p>
<p>Trong tuần: <b>{thousands(visits["week"])}</b></p>
<p>Trong tháng: <b>{thousands(visits["month"])}</b></p>
<p>Tổng lượt truy cập: <b>{thousands(visits["total"])}</b></p>
</div>
</div>"""

    def footer_html(self, request: Request) -> str:
        portal = self.portal
        return f"""<div id="chan_trang">
<div class="menu_duoi"><a href="/">Trang chủ</a> | <a href="/?cn={STATIC_INTRO}">Giới thiệu</a> | <a href="/?cn={self.news.id}">Tin tức</a> | <a href="/?cn={STATIC_CONTACT}">Liên hệ</a> | <a href="#top">Về đầu trang</a></div>
<div class="thongtin_chantrang">
<p><b>{esc(portal.name.upper())}</b></p>
<p>Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Trưởng Ban biên tập: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)} - Email: banbientap@{esc(portal.domain)}</p>
<p>{esc(reuse_notice(portal))}</p>
<p class="thietke">Thiết kế và phát triển: {VENDOR}</p>
</div>
</div>"""

    # -- pages

    def home_html(self, request: Request) -> str:
        featured = self.latest(5)
        lead, *rest = featured
        slider = f"""<div class="tin_noibat">
<div class="tin_chinh">
<a href="{self.slider_href(lead)}"><img src="{image_path(lead, 0, self.image_folder)}" alt="{esc(lead.title)}" width="400" height="260" /></a>
<h2><a href="{self.slider_href(lead)}">{esc(lead.title)}</a></h2>
<p class="tomtat_ds">{esc(lead.sapo())}</p>
</div>
<ul class="tin_phu">
{"".join(f'<li><a href="{self.slider_href(it)}">{esc(it.title)}</a></li>' for it in rest)}
</ul>
</div>"""
        newer = "\n".join(
            f'<li><a href="/?cn={it.section.id}&amp;gd={self.group_of(it.section)}'
            f'&amp;tc={it.number}&amp;ref=home">{esc(it.title)}</a> '
            f'<span class="ngay_ds">{listing_date(it.published)}</span></li>'
            for it in self.latest(15)[5:]
        )
        boxes = []
        for section in self.sections.values():
            items = self.listed(section)[:4]
            if not items:
                continue
            first, *others = items
            boxes.append(
                f"""<div class="khung_chuyenmuc">
<div class="tieude_chuyenmuc"><a href="/?cn={section.id}">{esc(section.name)}</a> <a class="xemtiep" href="/?cn={section.id}">Xem tiếp &raquo;</a></div>
<div class="tin_dau"><a href="{self.article_path(first).replace("&", "&amp;")}"><img src="{image_path(first, 0, self.image_folder)}" alt="" width="120" height="80" /></a>
<a class="tieude_ds" href="{self.article_path(first).replace("&", "&amp;")}">{esc(first.title)}</a>
<p class="tomtat_ds">{esc(first.sapo())}</p></div>
<ul class="ds_tinkhac">
{"".join(f'<li><a href="{self.article_path(it)}">{esc(it.title)}</a></li>' for it in others)}
</ul>
</div>"""
            )
        main = f"""{slider}
<div class="khung">
<div class="tieude_khung">Tin mới</div>
<div class="noidung_khung"><ul class="ds_tinmoi">
{newer}
</ul></div>
</div>
{"".join(boxes)}"""
        return self.page(self.portal.name, main, request, active=0)

    def breadcrumb(self, section: Section, last: str | None = None) -> str:
        trail = ['<a href="/">Trang chủ</a>']
        if not self.is_news(section):
            trail.append(f'<a href="/?gd={GROUP_CDS}">{esc(GROUP_NAMES[GROUP_CDS])}</a>')
        trail.append(f'<a href="/?cn={section.id}">{esc(section.name)}</a>')
        if last:
            trail.append(f"<span>{esc(last)}</span>")
        return f'<div class="duongdan">{" &raquo; ".join(trail)}</div>'

    def listing_html(self, section: Section, page: int, request: Request) -> str:
        items, pages = self.page_of(self.listed(section), page)
        rows = []
        for it in items:
            href = self.article_path(it)
            picture = ""
            if stable_int(it.key + "thumb", 0, 3):
                picture = (
                    f'<a href="{href}"><img class="anh_ds" src="{image_path(it, 0, self.image_folder)}"'
                    f' alt="" width="130" height="90" border="0" /></a>'
                )
            rows.append(
                f"""<div class="tin_ds">{picture}
<a class="tieude_ds" href="{href}">{esc(it.title)}</a> <span class="ngay_ds">{listing_date(it.published)}</span>
<p class="tomtat_ds">{esc(it.sapo())}</p>
<div class="clear"></div></div>"""
            )
        if not rows:
            rows.append('<p class="thongbao">Chưa có tin bài trong chuyên mục này.</p>')
        main = f"""{self.breadcrumb(section)}
<div class="khung_ds">
<h2 class="tieude_chuyenmuc_ds">{esc(section.name)}</h2>
{"".join(rows)}
{self.pager_html(section, page, pages)}
</div>"""
        title = f"{section.name} - {self.portal.name}"
        active = self.news.id if self.is_news(section) else GROUP_CDS
        return self.page(title, main, request, active=active)

    def pager_html(self, section: Section, page: int, pages: int) -> str:
        if pages <= 1:
            return ""

        def link(n: int, label: str) -> str:
            return f'<a href="/?cn={section.id}&amp;p={n}">{label}</a>'

        parts = [link(1, "Đầu")]
        if page > 1:
            parts.append(link(page - 1, "&laquo;"))
        for n in pager_window(min(page, pages), pages):
            if n is None:
                parts.append("<span>...</span>")
            elif n == page:
                parts.append(f'<span class="trang_hientai">{n}</span>')
            else:
                parts.append(link(n, str(n)))
        if page < pages:
            parts.append(link(page + 1, "&raquo;"))
        parts.append(link(pages, "Cuối"))
        return f'<div class="phantrang">Trang: {" ".join(parts)}</div>'

    def group_html(self, group: int, request: Request) -> str:
        sections = [self.news] if group == GROUP_NEWS else list(self.sections.values())
        blocks = []
        for section in sections:
            items = self.listed(section)[:3]
            entries = "".join(
                f'<li><a href="{self.article_path(it)}">{esc(it.title)}</a> '
                f'<span class="ngay_ds">{listing_date(it.published)}</span></li>'
                for it in items
            )
            blocks.append(
                f"""<div class="khung_chuyenmuc">
<div class="tieude_chuyenmuc"><a href="/?cn={section.id}&amp;gd={group}">{esc(section.name)}</a></div>
<ul class="ds_tinkhac">{entries}</ul>
<a class="xemtiep" href="/?cn={section.id}&amp;gd={group}">Xem tiếp &raquo;</a>
</div>"""
            )
        main = f"""<div class="duongdan"><a href="/">Trang chủ</a> &raquo; <span>{esc(GROUP_NAMES[group])}</span></div>
<h2 class="tieude_chuyenmuc_ds">{esc(GROUP_NAMES[group])}</h2>
{"".join(blocks)}"""
        return self.page(f"{GROUP_NAMES[group]} - {self.portal.name}", main, request, active=group)

    def body_html(self, item: Item, revision: int) -> tuple[str, str]:
        """The lead (first paragraph, shown bold) and the rest of the body, with photos."""
        blocks = body_blocks(item, revision)
        lead = ""
        rest = []
        for kind, value in blocks:
            if kind == "p" and not lead:
                lead = esc(value)
            elif kind == "p":
                rest.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                index, caption = value
                rest.append(
                    f"""<table class="bang_anh" align="center" border="0" cellpadding="3" cellspacing="0" width="90%">
<tr><td align="center"><img src="{image_path(item, index, self.image_folder)}" alt="{esc(caption)}" width="500" border="0" /></td></tr>
<tr><td class="chuthich_anh" align="center"><em>{esc(caption)}</em></td></tr>
</table>"""
                )
        if item.author:
            rest.append(f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>')
        return lead, "\n".join(rest)

    def article_html(self, item: Item, request: Request) -> str:
        revision = request.revision
        lead, body = self.body_html(item, revision)
        updated = ""
        shown = item.shown_modified(revision)
        if shown:
            updated = f' <span class="ngay_capnhat">- Sửa lần cuối: {shown:%H:%M} ngày {dmy(shown)}</span>'
        source = f'<div class="nguon_tin">Nguồn: {esc(item.source)}</div>' if item.source else ""
        related = "\n".join(
            f'<li><a href="{self.related_href(it)}">{esc(it.title)}</a> '
            f'<span class="ngay_ds">{listing_date(it.published)}</span></li>'
            for it in self.others(item, 8)
        )
        canonical = f"http://{self.portal.domain}{self.article_path(item)}"
        share = quote(canonical + "&utm_source=facebook&utm_medium=share", safe="")
        main = f"""{self.breadcrumb(item.section)}
<div class="khung_chitiet">
<div class="congcu_tren"><span class="ngay_dang">{detail_date(item.published)}</span>{updated} | <span class="luot_xem">Lượt xem: {thousands(view_count(request.seed))}</span>
<span class="co_chu">Cỡ chữ: <a href="javascript:doiCoChu(-1);">A-</a> <a href="javascript:doiCoChu(0);">A</a> <a href="javascript:doiCoChu(1);">A+</a></span></div>
<h1 class="tieudetin">{esc(item.title)}</h1>
<div class="tomtat"><strong>{lead}</strong></div>
<div id="noidung" class="noidung">
{body}
</div>
{source}
<div class="congcu_duoi">
<a href="{self.print_path(item).replace("&", "&amp;")}" target="_blank"><img src="/images/icon_in.gif" alt="" /> Bản in</a>
<a href="{self.send_path(item).replace("&", "&amp;")}"><img src="/images/icon_email.gif" alt="" /> Gửi bạn bè</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank"><img src="/images/icon_fb.gif" alt="" /> Chia sẻ</a>
<a href="javascript:history.back();">Quay lại</a>
<a href="#top">Về đầu trang</a>
</div>
<div class="khung_ykien">
<div class="tieude_khung">Ý kiến bạn đọc</div>
<form action="/ykien.php" method="post">
<input type="hidden" name="tc" value="{item.number}" />
<p>Họ tên: <input type="text" name="hoten" /> Email: <input type="text" name="email" /></p>
<p><textarea name="noidung" rows="4" cols="60"></textarea></p>
<p><input type="submit" value="Gửi ý kiến" /></p>
</form>
</div>
<div class="tin_cungchuyenmuc">
<div class="tieude_khung">Tin cùng chuyên mục</div>
<ul>
{related}
</ul>
</div>
</div>"""
        meta = (
            f'<meta property="og:title" content="{esc(item.title)}" />\n'
            f'<meta property="og:url" content="{esc(canonical)}" />\n'
            f'<meta property="og:image" content="http://{self.portal.domain}'
            f'{image_path(item, 0, self.image_folder)}" />\n'
        )
        active = self.news.id if self.is_news(item.section) else GROUP_CDS
        return self.page(item.title, main, request, active=active, meta=meta)

    def print_html(self, item: Item, request: Request) -> str:
        lead, body = self.body_html(item, request.revision)
        source = f'<p class="nguon_tin">Nguồn: {esc(item.source)}</p>' if item.source else ""
        address = f"http://{self.portal.domain}{self.article_path(item)}"
        return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(item.title)}</title>
<link href="/css/in.css" rel="stylesheet" type="text/css" />
</head>
<body onload="window.print();">
<div class="trang_in">
<div class="dau_in"><b>{esc(self.portal.name.upper())}</b><br />{esc(self.portal.domain)}</div>
<hr />
<div class="ngay_dang">{detail_date(item.published)}</div>
<h1 class="tieudetin">{esc(item.title)}</h1>
<div class="tomtat"><strong>{lead}</strong></div>
<div class="noidung">
{body}
</div>
{source}
<hr />
<p class="diachi_in">Địa chỉ bài viết: {esc(address)}</p>
<p><a href="javascript:window.print();">In trang</a> | <a href="javascript:window.close();">Đóng cửa sổ</a></p>
</div>
</body>
</html>
"""

    def send_html(self, item: Item, request: Request) -> str:
        main = f"""{self.breadcrumb(item.section, "Gửi tin cho bạn bè")}
<div class="khung_guitin">
<h2 class="tieude_chuyenmuc_ds">Gửi tin cho bạn bè</h2>
<p>Tin bài: <a href="{self.article_path(item).replace("&", "&amp;")}"><b>{esc(item.title)}</b></a></p>
<form action="/?tc={item.number}&amp;guitin=1" method="post">
<table class="bang_guitin" cellpadding="4">
<tr><td>Họ tên người gửi:</td><td><input type="text" name="nguoigui" size="40" /></td></tr>
<tr><td>Email người gửi:</td><td><input type="text" name="emailgui" size="40" /></td></tr>
<tr><td>Email người nhận:</td><td><input type="text" name="emailnhan" size="40" /></td></tr>
<tr><td>Lời nhắn:</td><td><textarea name="loinhan" rows="4" cols="40"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi" /> <input type="reset" value="Nhập lại" /></td></tr>
</table>
</form>
</div>"""
        return self.page(f"Gửi tin cho bạn bè - {item.title}", main, request)

    def static_html(self, ident: int, request: Request) -> str:
        portal = self.portal
        if ident == STATIC_INTRO:
            name = "Giới thiệu"
            text = [
                f"Tỉnh {portal.province} nằm ở vùng trung du, có địa hình chuyển tiếp từ đồi núi "
                "thấp xuống đồng bằng ven sông, khí hậu nhiệt đới gió mùa với hai mùa rõ rệt.",
                "Toàn tỉnh có nhiều khu công nghiệp, cụm công nghiệp đang hoạt động; mạng lưới "
                "giao thông gồm quốc lộ, tỉnh lộ và tuyến đường thủy nội địa nối với các tỉnh lân "
                "cận.",
                "Tỉnh xác định du lịch sinh thái, nông nghiệp công nghệ cao và dịch vụ logistics "
                "là những hướng phát triển trọng tâm trong giai đoạn tới.",
            ]
        else:
            name = "Liên hệ"
            text = [
                f"Ban Biên tập {portal.name}",
                f"Địa chỉ: {portal.address}",
                f"Điện thoại: {portal.phone} - Thư điện tử: banbientap@{portal.domain}",
                "Đường dây nóng tiếp nhận phản ánh, kiến nghị về thủ tục hành chính: 1900.8136",
            ]
        paragraphs = "\n".join(f"<p>{esc(t)}</p>" for t in text)
        main = f"""<div class="duongdan"><a href="/">Trang chủ</a> &raquo; <span>{name}</span></div>
<div class="khung_tinh">
<h2 class="tieude_chuyenmuc_ds">{name}</h2>
{paragraphs}
</div>"""
        return self.page(f"{name} - {portal.name}", main, request, active=ident)

    def english_html(self, request: Request) -> str:
        portal = self.portal
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(portal.province)} Provincial Web Portal</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="wrapper">
<div id="thanh_tren"><div class="ngonngu"><a href="/?lang=vi">Tiếng Việt</a> | <a href="/?lang=en">English</a></div></div>
<div id="banner"><a href="/?lang=en"><img src="/images/banner_en.jpg" alt="{esc(portal.province)} Provincial Web Portal" /></a></div>
<div id="menu_ngang"><ul class="menu"><li><a href="/?lang=en">Home</a></li><li><a href="/?lang=en">Overview</a></li><li><a href="/?lang=en">Investment</a></li><li><a href="/?lang=en">Contact</a></li></ul></div>
<div id="container">
<h2 class="tieude_chuyenmuc_ds">Welcome to {esc(portal.province)} Province</h2>
<p>The English version of the portal is being updated. Please visit the Vietnamese version for the latest news.</p>
</div>
<div id="chan_trang"><p>{esc(portal.province.upper())} PROVINCIAL PEOPLE'S COMMITTEE</p><p>Address: {esc(portal.address)} - Tel: {esc(portal.phone)}</p></div>
</div>
</body>
</html>
"""

    def error_html(self, status: int) -> str:
        if status == 404:
            heading = "Trang bạn tìm không tồn tại hoặc đã bị xóa."
        else:
            heading = "Hệ thống đang bận, xin vui lòng thử lại sau."
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Thông báo - {esc(self.portal.name)}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="wrapper">
<div id="banner"><a href="/"><img src="/images/banner_{esc(self.portal.id)}.jpg" alt="{esc(self.portal.name)}" /></a></div>
<div class="khung_thongbao">
<h2>Thông báo</h2>
<p>{heading}</p>
<p><a href="/">Về trang chủ</a> | <a href="javascript:history.back();">Quay lại</a></p>
</div>
</div>
</body>
</html>
"""

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *", *(f"Disallow: {p}" for p in self.portal.robots_disallow)]
        return "\n".join(lines) + "\n"
