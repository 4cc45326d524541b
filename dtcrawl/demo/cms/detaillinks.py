"""An old department portal on a home-grown JSP CMS whose listings link articles only through a
"Xem chi tiết" cell (``sct-sonquynh``).

Around 2010 many provincial departments had a small Java web application written by a local
software house: JSP pages under ``/pages/`` on Tomcat ("Apache-Coyote/1.1"), a table layout,
and news listings drawn as HTML tables where the title is plain text in one cell, the date in
another, and the only link to the article is in the last column: "Xem chi tiết" in the general
listing, "Chi tiết »" or a magnifier icon (an ``<img>`` with an empty ``alt``) in the topic
listings. Rows of articles with a photo also link the thumbnail (empty ``alt`` too). The home
page's boxes do the same ("Xem tiếp »" under the lead story, "[Chi tiết]" after the others), and
so does the "Các tin khác" table under an article.

URL shapes:
- home ``/`` (``/index.jsp`` is the same page);
- listing ``/pages/tintuc.jsp?idcm=<cat>`` (``idcm=1`` is the general news listing), page N
  ``...&pg=N`` (one-based; the pager links page 1 as ``&pg=1`` too); a numbered pager window
  "Trang: « Trước 1 2 3 ... 9 Sau »" under the table; a page past the end answers 404;
- article ``/pages/chitiet.jsp?idtin=<n>``; print view ``/pages/intin.jsp?idtin=<n>``
  ("Bản in", a plain link); static page ``/pages/gioithieu.jsp``.

Hazards: the home page answers with ``Set-Cookie: JSESSIONID`` and, as Tomcat's URL rewriting
does for a client that sent no cookie, writes ``;jsessionid=<32 hex>`` into the links of its news
boxes; the "Tin mới" sidebar links articles with ``&ref=tinmoi``; "Lượt xem: N" beside the date
under the title; ``javascript:`` links ("Gửi email", "Quay lại", "Liên hệ", the font-size
widget); the print view repeats the whole article. The ``<title>`` of every page is the same
page-type string ("Chi tiết tin tức - ..."): an article's title is only in ``td.title``.
No sitemap, no RSS.
"""

from __future__ import annotations

import re
from datetime import datetime

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
    pager_numbers,
    poll,
    reuse_notice,
    stable_token,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)

HEX = "0123456789ABCDEF"
ICON = "/images/icon_xem.gif"
SESSION_IN_SEED = re.compile(r";jsessionid=([0-9A-Fa-f]{32})")


def detail_stamp(moment: datetime) -> str:
    """The date line under an article's title.

    >>> detail_stamp(datetime(2023, 1, 5, 8, 25))
    'Thứ năm: 08:25 ngày 05/01/2023'
    """
    return f"{weekday(moment, lower=True)}: {moment:%H:%M} ngày {dmy(moment)}"


def session_id(seed: str) -> str:
    """The JSESSIONID of a request: the one in its URL, or a new one drawn from ``seed``.

    >>> session_id("x:/;jsessionid=" + "A" * 32)
    'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'
    >>> len(session_id("x:/"))
    32
    """
    match = SESSION_IN_SEED.search(seed)
    return match.group(1).upper() if match else stable_token(seed + "jsession", 32, HEX)


def with_session(path: str, session: str) -> str:
    """``path`` rewritten the way Tomcat's ``encodeURL`` does: ``;jsessionid=`` before the query.

    >>> with_session("/pages/chitiet.jsp?idtin=5", "AB")
    '/pages/chitiet.jsp;jsessionid=AB?idtin=5'
    """
    base, _, query = path.partition("?")
    return f"{base};jsessionid={session}" + (f"?{query}" if query else "")


class DetailLinksSite(CmsSite):
    family_headers = {"Server": "Apache-Coyote/1.1"}
    number_base = 8_400
    number_stride = 3
    image_folder = "/upload/tintuc"

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"/pages/chitiet.jsp?idtin={item.number}"

    def print_path(self, item: Item) -> str:
        return f"/pages/intin.jsp?idtin={item.number}"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        ident = self.news.id if self.is_news(section) else section.id
        path = f"/pages/tintuc.jsp?idcm={ident}"
        return path if page == 1 else f"{path}&pg={page}"

    def pager_path(self, section: Section | None, page: int) -> str:
        """The pager's link to ``page``: page 1 too carries ``pg``."""
        ident = self.news.id if self.is_news(section) else section.id
        return f"/pages/tintuc.jsp?idcm={ident}&pg={page}"

    # -- routing

    def route(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path in ("/", "/index.jsp"):
            session = session_id(request.seed)
            return self.html_response(
                self.home_html(request, session),
                headers={"Set-Cookie": f"JSESSIONID={session}; Path=/; HttpOnly"},
            )
        if path == "/pages/gioithieu.jsp":
            return self.html_response(self.about_html(request))
        if path in ("/pages/chitiet.jsp", "/pages/intin.jsp"):
            try:
                item = self.by_number.get(int(params.get("idtin", "")))
            except ValueError:
                return None
            if item is None:
                return None
            if path == "/pages/intin.jsp":
                if item.kind in ("missing", "error"):
                    return None
                return self.html_response(self.print_html(item, request))
            return self.article_response(item, request)
        if path == "/pages/tintuc.jsp":
            try:
                ident = int(params.get("idcm", ""))
            except ValueError:
                return None
            section = None if ident == self.news.id else self.section_by_id(ident)
            if section is None and ident != self.news.id:
                return None
            page = page_number(params.get("pg"))
            _, pages = self.page_of(self.listed(section), page)
            if page > pages:
                return None
            return self.html_response(self.listing_html(section, page, request))
        return None

    # -- frame

    def frame(self, crumbs: list[tuple[str, str]], main: str, request: Request, title: str) -> str:
        p = self.portal
        topics = "".join(
            f'<tr><td class="menu_item"><img src="/images/bullet.gif" alt="" /> '
            f'<a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></td></tr>'
            for s in self.sections.values()
        )
        crumb = " &raquo; ".join(
            f'<a href="{esc(href)}" class="path">{esc(name)}</a>' if href else esc(name)
            for name, href in [("Trang chủ", "/index.jsp"), *crumbs]
        )
        latest = "".join(
            f'<tr><td class="tinmoi_item"><img src="/images/arrow.gif" alt="" /> <a href="'
            f'{esc(self.article_path(it))}&amp;ref=tinmoi">{esc(it.title)}</a></td></tr>'
            for it in self.latest(6)
        )
        v = visitor_stats(request.seed)
        t = tthc_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<input type="radio" name="rdoBinhChon" value="{i}" /> {esc(o)}<br />'
            for i, o in enumerate(options)
        )
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{esc(title)} - {esc(p.name)}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/common.js"></script>
</head>
<body leftmargin="0" topmargin="0"><a name="top"></a>
<table width="990" border="0" cellspacing="0" cellpadding="0" align="center" id="tblMain">
<tr><td colspan="3" class="banner"><img src="/images/banner_top.jpg" width="990" height="140"
 alt="" /></td></tr>
<tr><td colspan="3" class="topmenu"><a href="/index.jsp" class="topmenu">Trang chủ</a> |
<a href="/pages/gioithieu.jsp" class="topmenu">Giới thiệu</a> |
<a href="{esc(self.listing_path(None))}" class="topmenu">Tin tức - Sự kiện</a> |
<a href="javascript:void(0)" onclick="moLienHe()" class="topmenu">Liên hệ</a>
<span class="cochu">Cỡ chữ: <a href="javascript:doiCoChu(-1)">A-</a>
<a href="javascript:doiCoChu(0)">A</a> <a href="javascript:doiCoChu(1)">A+</a></span>
<form name="frmTimKiem" action="/pages/timkiem.jsp" method="get" style="display:inline">
<input type="text" name="tukhoa" size="18" /> <input type="submit" value="Tìm kiếm" /></form>
</td></tr>
<tr><td colspan="3" class="chaomung"><marquee scrollamount="3">Chào mừng bạn đến với {esc(p.name)}
</marquee><span class="ngayhomnay"><script type="text/javascript">hienNgay();</script></span>
</td></tr>
<tr><td colspan="3" class="duongdan">Bạn đang ở: {crumb}</td></tr>
<tr>
<td width="200" valign="top" class="cotrai">
<table width="100%" cellspacing="0" cellpadding="3" class="khung">
<tr><td class="tieude_khung">CHUYÊN MỤC</td></tr>
<tr><td class="menu_item"><img src="/images/bullet.gif" alt="" /> <a href="
{esc(self.listing_path(None))}">Tin tức - Sự kiện</a></td></tr>{topics}</table>
<table width="100%" cellspacing="0" cellpadding="3" class="khung">
<tr><td class="tieude_khung">KẾT QUẢ GIẢI QUYẾT TTHC</td></tr>
<tr><td class="tthc">Tháng {t["month"]}: tiếp nhận {thousands(t["total"])} hồ sơ<br />
Đúng hạn: {thousands(t["ontime"])} ({t["percent"]}%)<br />Trễ hạn: {thousands(t["late"])}
</td></tr></table>
<table width="100%" cellspacing="0" cellpadding="3" class="khung">
<tr><td class="tieude_khung">LIÊN KẾT WEBSITE</td></tr>
<tr><td><a href="http://dichvucong.gov.vn" target="_blank"><img src="/images/bn_dvcqg.jpg"
 width="190" alt="" border="0" /></a><br /><a href="http://chinhphu.vn" target="_blank"><img
 src="/images/bn_chinhphu.jpg" width="190" alt="" border="0" /></a></td></tr>
<tr><td><select name="lienket" onchange="if(this.value!='')window.open(this.value)">
<option value="">-- Các Sở, ban, ngành --</option>
<option value="http://{esc(p.domain.split(".", 1)[1])}">Cổng TTĐT tỉnh {esc(p.province)}</option>
</select></td></tr></table>
</td>
<td width="580" valign="top" class="cotgiua">{main}</td>
<td width="210" valign="top" class="cotphai">
<table width="100%" cellspacing="0" cellpadding="3" class="khung">
<tr><td class="tieude_khung">TIN MỚI</td></tr>
<tr><td><marquee direction="up" scrollamount="2" height="220" onmouseover="this.stop()"
 onmouseout="this.start()"><table width="100%">{latest}</table></marquee></td></tr></table>
<table width="100%" cellspacing="0" cellpadding="3" class="khung">
<tr><td class="tieude_khung">THĂM DÒ Ý KIẾN</td></tr>
<tr><td><form name="frmBinhChon" action="/pages/binhchon.jsp" method="post">
<b>{esc(question)}</b><br />{choices}<input type="submit" value="Bình chọn" />
<a href="javascript:xemKetQua()">Xem kết quả</a></form></td></tr></table>
<table width="100%" cellspacing="0" cellpadding="3" class="khung">
<tr><td class="tieude_khung">THỐNG KÊ TRUY CẬP</td></tr>
<tr><td class="thongke">Đang online: {thousands(v["online"])}<br />
Hôm nay: {thousands(v["today"])}<br />Trong tuần: {thousands(v["week"])}<br />
Tất cả: {thousands(v["total"])}</td></tr></table>
</td></tr>
<tr><td colspan="3" class="footer"><b>{esc(p.name.upper())}</b><br />
Cơ quan chủ quản: {esc(p.agency)}<br />Chịu trách nhiệm nội dung: {esc(p.editor)}<br />
{esc(p.licence)}<br />Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)}<br />
{esc(reuse_notice(p))}</td></tr>
</table></body></html>
"""

    # -- listings

    def thumb(self, item: Item, href: str, width: int = 80) -> str:
        """The linked thumbnail of an article with a photo (empty ``alt``), or nothing."""
        if not item.images:
            return ""
        src = image_path(item, 0, self.image_folder)
        return (
            f'<a href="{esc(href)}"><img src="{esc(src)}" width="{width}" alt="" border="0"'
            ' class="anhdaidien" /></a>'
        )

    def detail_link(self, section: Section | None, href: str) -> str:
        """The last cell's link: its wording depends on the listing's JSP."""
        if self.is_news(section):
            return f'<a href="{esc(href)}" class="xemchitiet">Xem chi tiết</a>'
        if list(self.sections.values()).index(section) % 2:
            return (
                f'<a href="{esc(href)}"><img src="{ICON}" alt="" border="0" width="16"'
                ' height="16" /></a>'
            )
        return f'<a href="{esc(href)}" class="chitiet">Chi tiết &raquo;</a>'

    def pager(self, section: Section | None, page: int, pages: int) -> str:
        if pages <= 1:
            return ""
        parts = []
        if page > 1:
            parts.append(f'<a href="{esc(self.pager_path(section, page - 1))}">&laquo; Trước</a>')
        parts += pager_numbers(
            page,
            pages,
            lambda n: f'<a href="{esc(self.pager_path(section, n))}" class="trang">{n}</a>',
            current='<font color="red"><b>{n}</b></font>',
        )
        if page < pages:
            parts.append(f'<a href="{esc(self.pager_path(section, page + 1))}">Sau &raquo;</a>')
        return f'<div class="phantrang" align="center">Trang: {" ".join(parts)}</div>'

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        items, pages = self.page_of(self.listed(section), page)
        name = self.news.name if self.is_news(section) else section.name
        size = self.portal.page_size
        rows = []
        for i, it in enumerate(items):
            href = self.article_path(it)
            rows.append(
                f'<tr class="{"dong_chan" if i % 2 else "dong_le"}">'
                f'<td align="center" width="30">{(page - 1) * size + i + 1}</td>'
                f'<td width="90" align="center">{self.thumb(it, href)}</td>'
                f'<td class="tieude_tin"><b>{esc(it.title)}</b>'
                f'<div class="trichdan">{esc(it.sapo())}</div></td>'
                f'<td align="center" width="80">{dmy(it.published)}</td>'
                f'<td align="center" width="80">{self.detail_link(section, href)}</td></tr>'
            )
        main = (
            f'<table width="100%" cellspacing="0" cellpadding="4" class="khung_giua">'
            f'<tr><td class="tieude_giua">{esc(name.upper())}</td></tr></table>'
            '<table width="100%" cellspacing="1" cellpadding="4" border="0" class="tbl_dstin">'
            '<tr class="dong_tieude"><td>STT</td><td>Ảnh</td><td>Tiêu đề</td><td>Ngày đăng</td>'
            f"<td>&nbsp;</td></tr>{''.join(rows)}</table>" + self.pager(section, page, pages)
        )
        return self.frame([(name, "")], main, request, "Danh sách tin")

    def home_html(self, request: Request, session: str) -> str:
        def link(it: Item) -> str:
            return with_session(self.article_path(it), session)

        top = self.latest(5)
        lead = top[0]
        others = "".join(
            f'<tr><td><img src="/images/arrow.gif" alt="" /> {esc(it.title)} '
            f'<span class="ngay">{listing_date(it.published)}</span> '
            f'<a href="{esc(link(it))}" class="chitiet">[Chi tiết]</a></td></tr>'
            for it in top[1:]
        )
        blocks = [
            '<table width="100%" cellspacing="0" cellpadding="4" class="khung_giua">'
            '<tr><td class="tieude_giua">TIN NỔI BẬT</td></tr>'
            f'<tr><td class="tinnoibat">{self.thumb(lead, link(lead), 200)}'
            f'<span class="tieude_noibat">{esc(lead.title)}</span> '
            f'<span class="ngay">{listing_date(lead.published)}</span>'
            f'<div class="trichdan">{esc(lead.sapo(limit=260))}</div>'
            f'<a href="{esc(link(lead))}" class="xemtiep">Xem tiếp &raquo;</a></td></tr>'
            f"{others}</table>"
        ]
        for section in self.sections.values():
            items = self.listed(section)[:4]
            if not items:
                continue
            first, rest = items[0], items[1:]
            rows = "".join(
                f'<tr><td><img src="/images/arrow.gif" alt="" /> {esc(it.title)} '
                f'<span class="ngay">{listing_date(it.published)}</span> '
                f'<a href="{esc(link(it))}" class="chitiet">[Chi tiết]</a></td></tr>'
                for it in rest
            )
            blocks.append(
                '<table width="100%" cellspacing="0" cellpadding="4" class="khung_giua">'
                f'<tr><td class="tieude_giua"><a href="{esc(self.listing_path(section))}">'
                f"{esc(section.name.upper())}</a></td></tr>"
                f'<tr><td class="tin_dau">{self.thumb(first, link(first))}'
                f"<b>{esc(first.title)}</b>"
                f'<div class="trichdan">{esc(first.sapo())}</div>'
                f'<a href="{esc(link(first))}" class="xemtiep">Xem tiếp &raquo;</a></td></tr>'
                f"{rows}</table>"
            )
        return self.frame([], "".join(blocks), request, "Trang chủ")

    # -- articles

    def content(self, item: Item, request: Request) -> str:
        parts = []
        for kind, value in body_blocks(item, request.revision):
            if kind == "p":
                parts.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                index, caption = value
                src = image_path(item, index, self.image_folder)
                parts.append(
                    '<table align="center" border="0" cellpadding="2" class="anh">'
                    f'<tr><td><img src="{esc(src)}" width="450" alt="" /></td></tr>'
                    f'<tr><td class="chuthich" align="center"><i>{esc(caption)}</i></td></tr>'
                    "</table>"
                )
        if item.author:
            parts.append(f'<p align="right"><b>{esc(item.author)}</b></p>')
        if item.source:
            parts.append(f'<p align="right"><i>Nguồn: {esc(item.source)}</i></p>')
        return "".join(parts)

    def article_html(self, item: Item, request: Request) -> str:
        views = view_count(item.key)
        others = "".join(
            f'<tr><td><img src="/images/arrow.gif" alt="" /> {esc(it.title)} '
            f'<span class="ngay">{listing_date(it.published)}</span></td>'
            f'<td width="70"><a href="{esc(self.article_path(it))}" class="chitiet">'
            "Chi tiết &raquo;</a></td></tr>"
            for it in self.others(item, 6)
        )
        main = (
            '<table width="100%" cellspacing="0" cellpadding="4" class="tbl_chitiet">'
            f'<tr><td class="title">{esc(item.title)}</td></tr>'
            f'<tr><td class="ngaydang">{detail_stamp(item.published)} | '
            f"Lượt xem: {thousands(views)}</td></tr>"
            f'<tr><td class="noidung">{self.content(item, request)}</td></tr>'
            '<tr><td class="congcu" align="right">'
            f'<a href="{esc(self.print_path(item))}" target="_blank"><img src="/images/print.gif"'
            ' alt="" border="0" /> Bản in</a> | '
            f'<a href="javascript:guiEmail({item.number})">Gửi email</a> | '
            '<a href="javascript:history.back()">Quay lại</a> | '
            '<a href="#top">Về đầu trang</a></td></tr></table>'
            '<table width="100%" cellspacing="0" cellpadding="3" class="tinkhac">'
            f'<tr><td colspan="2" class="tieude_tinkhac">Các tin khác</td></tr>{others}</table>'
        )
        crumbs = [(item.section.name, self.listing_path(item.section))]
        return self.frame(crumbs, main, request, "Chi tiết tin tức")

    def print_html(self, item: Item, request: Request) -> str:
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f"<title>{esc(self.portal.name)}</title>"
            '<link href="/css/print.css" rel="stylesheet" type="text/css"></head>'
            '<body onload="window.print()"><table width="650" align="center">'
            f'<tr><td class="banner_in">{esc(self.portal.name.upper())}</td></tr>'
            f'<tr><td class="title">{esc(item.title)}</td></tr>'
            f'<tr><td class="ngaydang">{detail_stamp(item.published)}</td></tr>'
            f'<tr><td class="noidung">{self.content(item, request)}</td></tr>'
            '<tr><td align="center"><a href="javascript:window.print()">In trang này</a> | '
            '<a href="javascript:window.close()">Đóng cửa sổ</a></td></tr></table></body></html>'
        )

    def about_html(self, request: Request) -> str:
        p = self.portal
        main = (
            '<table width="100%" cellspacing="0" cellpadding="4" class="tbl_chitiet">'
            '<tr><td class="title">Giới thiệu chung</td></tr><tr><td class="noidung">'
            f"<p>Sở Công Thương tỉnh {esc(p.province)} là cơ quan chuyên môn thuộc Ủy ban nhân "
            f"dân tỉnh {esc(p.province)}, có chức năng "
            "tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về công nghiệp và thương mại "
            "trên địa bàn tỉnh.</p><p>Sở có trụ sở đặt tại "
            f"{esc(p.address)}; điện thoại {esc(p.phone)}.</p>"
            "<p>Cơ cấu tổ chức gồm Văn phòng, Thanh tra, các phòng chuyên môn và hai đơn vị "
            "sự nghiệp trực thuộc.</p></td></tr></table>"
        )
        return self.frame([("Giới thiệu", "")], main, request, "Giới thiệu")

    def error_html(self, status: int) -> str:
        word = "The requested resource is not available." if status == 404 else "Internal error"
        return (
            f"<html><head><title>Apache Tomcat/6.0.35 - Error report</title></head><body>"
            f'<h1>HTTP Status {status} - </h1><hr size="1" noshade="noshade">'
            f"<p><b>type</b> Status report</p><p><b>description</b> <u>{word}</u></p>"
            '<hr size="1" noshade="noshade"><h3>Apache Tomcat/6.0.35</h3></body></html>'
        )
