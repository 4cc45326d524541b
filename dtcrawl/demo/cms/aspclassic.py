"""Old provincial portal on classic ASP (table layout, ``<font>``, ``<center>``), capital titles.

URL shapes:
- home ``/`` (the same page is also served as ``/default.asp``);
- general news ``/tintuc.asp``, a section ``/tintuc.asp?chuyenmuc=<id>``, page N ``&trang=N``
  (one-based; page 1 has no ``trang``);
- article ``/chitiet.asp?id=<n>&chuyenmuc=<section id>``; the "Tin mới" box and the print button
  link the alias ``/chitiet.asp?id=<n>`` and the print view ``/inbai.asp?id=<n>``.

The article page shows the title in capitals inside ``<h1 class="tieude">``, after a bracketed
kicker naming the section; ``<title>`` and ``og:title`` keep the normal-case title followed by
" - <portal name>". Body paragraphs open with ``&nbsp;&nbsp;&nbsp;`` inside
``<font face="Arial" size="2">``; the first one (the sapo) is bold italic. Dates read
"Cập nhật ngày: 5/1/2023 - 8:05" on some articles and "05/01/23 08:05" on others.
"""

from __future__ import annotations

from datetime import datetime

from dtcrawl.demo.cms.common import (
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    body_blocks,
    esc,
    image_path,
    page_number,
    pager_numbers,
    poll,
    reuse_notice,
    stable_int,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    with_param,
)

HOME_ALIAS = "/default.asp"
LISTING = "/tintuc.asp"
ARTICLE = "/chitiet.asp"
PRINT = "/inbai.asp"
INDENT = "&nbsp;&nbsp;&nbsp;"
FONT = '<font face="Arial" size="2">'
LINKED_SITES = (
    ("Cổng Dịch vụ công quốc gia", "http://dichvucong.gov.vn/"),
    ("Chính phủ", "http://chinhphu.vn/"),
    ("Bộ Thông tin và Truyền thông", "http://mic.gov.vn/"),
)


def short_date(moment: datetime) -> str:
    """A date as the listings show it, without zero padding.

    >>> short_date(datetime(2023, 1, 5, 8, 5))
    '5/1/2023'
    """
    return f"{moment.day}/{moment.month}/{moment.year}"


def article_date(moment: datetime, style: int) -> str:
    """The date line of an article in one of the two styles the portal's templates use.

    >>> article_date(datetime(2023, 1, 5, 8, 5), 0)
    'Cập nhật ngày: 5/1/2023 - 8:05'
    >>> article_date(datetime(2023, 1, 5, 8, 5), 1)
    '05/01/23 08:05'
    """
    if style == 0:
        return f"Cập nhật ngày: {short_date(moment)} - {moment.hour}:{moment.minute:02d}"
    return moment.strftime("%d/%m/%y %H:%M")


class AspClassicSite(CmsSite):
    family_headers = {"Server": "Microsoft-IIS/6.0", "X-Powered-By": "ASP.NET"}
    number_base = 4_310
    number_stride = 3
    image_folder = "/upload/hinhanh"

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"{ARTICLE}?id={item.number}&chuyenmuc={item.section.id}"

    def article_aliases(self, item: Item) -> list[str]:
        return [f"{ARTICLE}?id={item.number}"]

    def print_paths(self) -> dict[str, str]:
        return {it.key: f"{PRINT}?id={it.number}" for it in self.items if it.kind == "article"}

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        path = LISTING if self.is_news(section) else f"{LISTING}?chuyenmuc={section.id}"
        return with_param(path, f"trang={page}") if page > 1 else path

    def home_path(self) -> str:
        return "/"

    # -- routing

    def route(self, request: Request) -> Response | None:
        path, params = request.path.lower(), request.params
        if path in ("/", HOME_ALIAS):
            return self.html_response(self.home_html(request))
        if path == LISTING:
            section = None
            if "chuyenmuc" in params:
                section = self.section_by_id(page_number(params["chuyenmuc"], 0))
                if section is None:
                    return None
            page = page_number(params.get("trang"))
            items, pages = self.page_of(self.listed(section), page)
            if page > pages:
                return None
            return self.html_response(self.listing_html(section, page, pages, items, request))
        if path in (ARTICLE, PRINT):
            item = self.by_number.get(page_number(params.get("id"), 0))
            if item is None:
                return None
            if "chuyenmuc" in params and page_number(params["chuyenmuc"], 0) != item.section.id:
                return None
            if path == PRINT:
                if item.kind != "article":
                    return None
                return self.html_response(self.print_html(item, request))
            return self.article_response(item, request)
        return None

    # -- frame

    def frame(self, title: str, content: str, seed: str, og: str = "") -> str:
        portal = self.portal
        menu = " | ".join(
            f'<a class="menu" href="{esc(self.listing_path(s))}">{esc(s.name)}</a>'
            for s in [self.news, *self.sections.values()]
        )
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        choices = "".join(
            f'<input type="radio" name="binhchon" value="{i}">{esc(o)}<br>'
            for i, o in enumerate(options)
        )
        latest = "".join(
            f'<tr><td valign="top"><img src="/images/muiten.gif" border="0"></td>'
            f'<td><a class="tinmoi" href="{esc(self.article_aliases(it)[0])}">{esc(it.title)}</a>'
            f"</td></tr>"
            for it in self.latest(6)
        )
        links = "".join(
            f'<option value="{esc(url)}">{esc(name)}</option>' for name, url in LINKED_SITES
        )
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title>
{og}<link rel="stylesheet" href="/css/style.css" type="text/css">
<script language="javascript" src="/js/chung.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<center>
<table width="980" border="0" cellspacing="0" cellpadding="0" id="khungchinh">
<tr><td colspan="3"><img src="/images/banner_top.jpg" width="980" height="150" border="0" alt="{esc(portal.name)}"></td></tr>
<tr><td colspan="3" bgcolor="#0B5AA2" height="26" class="thanhmenu">&nbsp;<a class="menu" href="/">Trang chủ</a> | {menu} | <a class="menu" href="/lienhe.asp">Liên hệ</a></td></tr>
<tr><td colspan="3" class="ngayhientai" align="right"><script language="javascript">ngayhientai();</script>&nbsp;</td></tr>
<tr>
<td width="190" valign="top" id="cottrai">
<table width="100%" border="0" cellspacing="0" cellpadding="2" class="khung">
<tr><td class="tieudekhung">KẾT QUẢ GIẢI QUYẾT TTHC</td></tr>
<tr><td><font face="Arial" size="1">Tháng {stats["month"]}: đã tiếp nhận {thousands(stats["total"])} hồ sơ<br>
Đúng hạn: {thousands(stats["ontime"])}<br>Trễ hạn: {thousands(stats["late"])}<br>
Tỷ lệ đúng hạn: {stats["percent"]}%</font></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="2" class="khung">
<tr><td class="tieudekhung">THĂM DÒ Ý KIẾN</td></tr>
<tr><td><form action="/binhchon.asp" method="post"><font face="Arial" size="1">{esc(question)}<br>{choices}</font>
<input type="submit" value="Biểu quyết"> <a href="javascript:openWindow('/ketqua.asp','kq',400,300)">Xem kết quả</a></form></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="2" class="khung">
<tr><td class="tieudekhung">LIÊN KẾT WEBSITE</td></tr>
<tr><td><select name="lienket" onchange="window.open(this.value)"><option value="">-- Chọn website --</option>{links}</select></td></tr>
<tr><td align="center"><a href="http://dichvucong.gov.vn/" target="_blank"><img src="/images/banner_dvc.gif" width="180" border="0" alt="Dịch vụ công"></a></td></tr>
</table>
</td>
<td valign="top" id="cotgiua">
{content}
</td>
<td width="210" valign="top" id="cotphai">
<table width="100%" border="0" cellspacing="0" cellpadding="2" class="khung">
<tr><td colspan="2" class="tieudekhung">TIN MỚI</td></tr>
{latest}
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="2" class="khung">
<tr><td class="tieudekhung">THỐNG KÊ TRUY CẬP</td></tr>
<tr><td><font face="Arial" size="1">Đang trực tuyến: {thousands(visits["online"])}<br>
Hôm nay: {thousands(visits["today"])}<br>Tháng này: {thousands(visits["month"])}<br>
Tổng số lượt truy cập: {thousands(visits["total"])}</font></td></tr>
</table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#0B5AA2" class="chanvtrang" align="center"><font face="Arial" size="1" color="#FFFFFF">
<b>{esc(portal.name.upper())}</b><br>
Cơ quan chủ quản: {esc(portal.agency)}<br>
Chịu trách nhiệm chính: {esc(portal.editor)}<br>
{esc(portal.licence)}<br>
Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)}<br>
{esc(reuse_notice(portal))}</font></td></tr>
</table>
</center>
</body>
</html>
"""

    # -- pages

    def link(self, item: Item, where: str) -> str:
        """An article link; the home page's carry the tracking ``ref`` its editors added."""
        href = self.article_path(item)
        if where == "home" and stable_int(item.key, 0, 2) == 0:
            href = with_param(href, "ref=trangchu")
        return href

    def home_html(self, request: Request) -> str:
        blocks = []
        for section in [None, *self.sections.values()]:
            listed = [it for it in self.listed(section) if it.kind == "article"][:4]
            if not listed:
                continue
            shown = section or self.news
            rows = "".join(
                f'<tr><td><img src="/images/muiten.gif" border="0">&nbsp;'
                f'<a class="tieudetin" href="{esc(self.link(it, "home"))}">{esc(it.title)}</a> '
                f'<font color="#808080" size="1">({short_date(it.published)})</font></td></tr>'
                for it in listed
            )
            blocks.append(
                '<table width="100%" border="0" cellspacing="0" cellpadding="3" class="khungtin">'
                f'<tr><td class="tieudemuc"><a href="{esc(self.listing_path(section))}">'
                f"{esc(shown.name.upper())}</a></td></tr>{rows}"
                f'<tr><td align="right"><a href="{esc(self.listing_path(section))}">'
                "Xem tiếp &raquo;</a></td></tr></table>"
            )
        return self.frame(self.portal.name, "\n".join(blocks), request.seed)

    def listing_html(
        self, section: Section | None, page: int, pages: int, items: list[Item], request: Request
    ) -> str:
        shown = section or self.news
        rows = "".join(
            '<tr><td width="110" valign="top">'
            f'<a href="{esc(self.article_path(it))}"><img src="{esc(image_path(it, 0, self.image_folder))}" width="100" height="75" border="0"></a></td>'
            f'<td valign="top"><a class="tieudetin" href="{esc(self.article_path(it))}"><b>{esc(it.title)}</b></a><br>'
            f'<font color="#808080" size="1">{short_date(it.published)}</font><br>'
            f'<font face="Arial" size="2">{esc(it.sapo(request.revision))}</font></td></tr>'
            for it in items
        )
        pager = []
        if page > 1:
            pager.append(f'<a href="{esc(self.listing_path(section, page - 1))}">&laquo; Trước</a>')
        pager += pager_numbers(
            page,
            pages,
            lambda n: f'<a href="{esc(self.listing_path(section, n))}">{n}</a>',
            current='<font color="red"><b>[{n}]</b></font>',
            gap="...",
        )
        if page < pages:
            pager.append(f'<a href="{esc(self.listing_path(section, page + 1))}">Tiếp &raquo;</a>')
        content = (
            f'<table width="100%" border="0" cellspacing="0" cellpadding="4" class="dstin">'
            f'<tr><td colspan="2" class="duongdan"><a href="/">Trang chủ</a> &raquo; '
            f"{esc(shown.name)}</td></tr>"
            f'<tr><td colspan="2" class="tieudemuc">{esc(shown.name.upper())}</td></tr>{rows}'
            f'<tr><td colspan="2" align="center" class="phantrang">Trang: {" ".join(pager)}</td></tr>'
            "</table>"
        )
        return self.frame(f"{shown.name} - {self.portal.name}", content, request.seed)

    def body_html(self, item: Item, revision: int) -> str:
        parts = []
        first = True
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                text = f"{INDENT}{esc(value)}"
                if first:
                    text = f"<b><i>{text}</i></b>"
                    first = False
                parts.append(f'<p align="justify">{FONT}{text}</font></p>')
            else:
                index, caption = value
                parts.append(
                    '<table width="400" border="0" align="center" cellpadding="2" cellspacing="0">'
                    f'<tr><td align="center"><img src="{esc(image_path(item, index, self.image_folder))}" width="400" border="0"></td></tr>'
                    f'<tr><td align="center"><font face="Arial" size="1"><i>{esc(caption)}</i></font></td></tr></table>'
                )
        if item.author:
            parts.append(f'<p align="right">{FONT}<b>{esc(item.author)}</b></font></p>')
        if item.source:
            parts.append(f'<p align="right">{FONT}<i>Nguồn: {esc(item.source)}</i></font></p>')
        return "\n".join(parts)

    def heading(self, item: Item) -> str:
        return (
            f"<h1 class=\"tieude\"><span class='kicker'>[{esc(item.section.name)}]</span> "
            f"{esc(item.title.upper())}</h1>"
        )

    def article_html(self, item: Item, request: Request) -> str:
        seed = request.seed
        style = stable_int(item.key + "date", 0, 1)
        related = "".join(
            f'<tr><td><img src="/images/muiten.gif" border="0">&nbsp;'
            f'<a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<font color="#808080" size="1">({short_date(it.published)})</font></td></tr>'
            for it in self.others(item, 8)
        )
        full_title = f"{item.title} - {self.portal.name}"
        og = (
            f'<meta property="og:title" content="{esc(full_title)}">\n'
            f'<meta property="og:image" content="{esc(request.base_url + image_path(item, 0, self.image_folder))}">\n'
        )
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4" class="chitiet">
<tr><td class="duongdan"><a href="/">Trang chủ</a> &raquo; <a href="{esc(self.listing_path(item.section))}">{esc(item.section.name)}</a></td></tr>
<tr><td>{self.heading(item)}</td></tr>
<tr><td class="ngaydang"><font color="#808080" size="1">{article_date(item.published, style)} &nbsp;|&nbsp; Lượt xem: {view_count(seed)}</font></td></tr>
<tr><td class="noidung">
{self.body_html(item, request.revision)}
</td></tr>
<tr><td align="right" class="congcu"><a href="{PRINT}?id={item.number}" target="_blank"><img src="/images/print.gif" border="0"> In bài</a> &nbsp;
<a href="javascript:openWindow('/guibai.asp?id={item.number}','gui',500,400)"><img src="/images/email.gif" border="0"> Gửi bạn bè</a> &nbsp;
<a href="javascript:history.back()">Quay lại</a></td></tr>
<tr><td class="tieudemuc">CÁC TIN KHÁC</td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="2">{related}</table></td></tr>
</table>"""
        return self.frame(full_title, content, seed, og)

    def print_html(self, item: Item, request: Request) -> str:
        style = stable_int(item.key + "date", 0, 1)
        return f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(item.title)} - {esc(self.portal.name)}</title></head>
<body onload="window.print()">
<center><b>{esc(self.portal.name.upper())}</b></center><hr>
{self.heading(item)}
<font color="#808080" size="1">{article_date(item.published, style)}</font>
{self.body_html(item, request.revision)}
<hr><center><font size="1">{esc(self.portal.domain)}</font></center>
</body></html>
"""

    def error_html(self, status: int) -> str:
        if status == 500:
            return (
                "<html><head><title>500 - Internal server error.</title></head><body>"
                '<font face="Arial" size=2><p>Microsoft VBScript runtime </font> '
                "<font face=\"Arial\" size=2>error '800a01a8'</font><p>"
                '<font face="Arial" size=2>Object required</font></body></html>'
            )
        content = (
            '<table width="100%" border="0" cellpadding="10"><tr><td align="center">'
            '<font face="Arial" size="2" color="red"><b>Trang bạn yêu cầu không tồn tại '
            'hoặc đã bị xóa.</b></font><br><a href="/">Quay về trang chủ</a></td></tr></table>'
        )
        return self.frame(f"Không tìm thấy trang - {self.portal.name}", content, f"err{status}")
