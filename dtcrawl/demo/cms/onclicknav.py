"""A department portal on a home-grown ASP.NET WebForms CMS that navigates with JavaScript.

The front-end developer of this 2010s CMS made whole listing rows clickable instead of linking
their titles: a row is a ``<tr>`` or a ``<div class="news-item">`` carrying
``onclick="window.location.href='…'"``, ``onclick="location='…'"`` or ``data-href="…"`` (bound
by a jQuery snippet), and its title sits in a ``<span>``/``<h4>`` with no ``<a href>``. Each box
keeps one style (:func:`row_style`). Only a few boxes use real links: the top menu, the "Xem
thêm" links of the home page's boxes, and the "Tin mới" box of the sidebar.

URL shapes (IIS, ASP.NET 4):
- home ``/`` (also ``/Default.aspx``);
- listing ``/TinTuc/DanhMuc.aspx?MucID=<id>``, page N ``/TinTuc/DanhMuc.aspx?MucID=<id>&Page=N``
  (one-based; ``Page=1`` is the first page too); the general news listing is ``MucID=1``. The
  pager is ``<a href="javascript:void(0)" onclick="goPage(3)">3</a>`` with an inline script
  ``function goPage(p){ window.location.href = '/TinTuc/DanhMuc.aspx?MucID=5&Page=' + p; }``;
- article ``/TinTuc/XemTin.aspx?TinID=<n>``; listing rows of topic boxes open
  ``XemTin.aspx?TinID=<n>&MucID=<id>`` (the same page: an alias); the home page's "Tin mới" links
  add ``&ref=trangchu``;
- print view ``/TinTuc/BanIn.aspx?TinID=<n>``, opened by ``window.open(...)`` in an onclick.
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
    dmy,
    esc,
    image_path,
    listing_date,
    page_number,
    pager_numbers,
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

ARTICLE = "/TinTuc/XemTin.aspx"
LISTING = "/TinTuc/DanhMuc.aspx"
PRINT = "/TinTuc/BanIn.aspx"
INTRO = "/GioiThieu/CoCauToChuc.aspx"
STYLES = ("tr-href", "div-location", "div-data")
TRACKING = "ref=trangchu"


def row_style(box: str) -> str:
    """How the rows of the box named ``box`` navigate (one of :data:`STYLES`, deterministic).

    >>> row_style("Kinh tế số") in STYLES
    True
    """
    return STYLES[stable_int(box + "rowstyle", 0, len(STYLES) - 1)]


def date_line(moment: datetime) -> str:
    """The date line under an article title.

    >>> date_line(datetime(2024, 11, 11, 4, 9))
    'Thứ hai - 11/11/2024 04:09'
    """
    return f"{weekday(moment, lower=True)} - {dmy(moment)} {moment:%H:%M}"


def clickable(style: str, href: str, inner: str, css: str = "news-item") -> str:
    """A listing row that navigates to ``href`` by script, in ``style``.

    >>> clickable("div-location", "XemTin.aspx?TinID=7", "<h4>A</h4>")
    '<div class="news-item" onclick="location=\\'XemTin.aspx?TinID=7\\'"><h4>A</h4></div>'
    """
    if style == "tr-href":
        return (
            f'<tr class="{css}" style="cursor:pointer" onclick="window.location.href=\''
            f"{esc(href)}'\">{inner}</tr>"
        )
    if style == "div-location":
        return f'<div class="{css}" onclick="location=\'{esc(href)}\'">{inner}</div>'
    return f'<div class="{css}" data-href="{esc(href)}">{inner}</div>'


class OnclickNavSite(CmsSite):
    family_headers = {
        "Server": "Microsoft-IIS/8.5",
        "X-AspNet-Version": "4.0.30319",
        "X-Powered-By": "ASP.NET",
    }
    number_base = 2_150
    number_stride = 4
    image_folder = "/Upload/TinTuc"

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"{ARTICLE}?TinID={item.number}"

    def alias_path(self, item: Item) -> str:
        """The address topic-box rows open: the article with the section id added."""
        return f"{ARTICLE}?TinID={item.number}&MucID={item.section.id}"

    def article_aliases(self, item: Item) -> list[str]:
        return [self.alias_path(item), f"{self.article_path(item)}&{TRACKING}"]

    def print_path(self, item: Item) -> str:
        return f"{PRINT}?TinID={item.number}"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def section_id(self, section: Section | None) -> int:
        return self.news.id if self.is_news(section) else section.id

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = f"{LISTING}?MucID={self.section_id(section)}"
        return base if page == 1 else f"{base}&Page={page}"

    # -- routing

    def route(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.lower() in ("/", "/default.aspx"):
            return self.html_response(self.home_html(request))
        if path == INTRO:
            return self.html_response(self.intro_html(request))
        if path in (ARTICLE, PRINT):
            try:
                item = self.by_number.get(int(params.get("TinID", "")))
            except ValueError:
                return None
            if item is None:
                return None
            if path == PRINT:
                if item.kind in ("missing", "error"):
                    return None
                return self.html_response(self.print_html(item, request))
            return self.article_response(item, request)
        if path == LISTING:
            try:
                ident = int(params.get("MucID", ""))
            except ValueError:
                return None
            section = None if ident == self.news.id else self.section_by_id(ident)
            if section is None and ident != self.news.id:
                return None
            page = page_number(params.get("Page"))
            _, pages = self.page_of(self.listed(section), page)
            if page > pages:
                return None
            return self.html_response(self.listing_html(section, page, request))
        return None

    # -- frame

    def frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        request: Request,
        action: str,
        scripts: str = "",
    ) -> str:
        p = self.portal
        menu = "".join(
            f'<li><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb = " » ".join(
            f'<a href="{esc(href)}">{esc(name)}</a>' if href else f"<span>{esc(name)}</span>"
            for name, href in [("Trang chủ", "/Default.aspx"), *crumbs]
        )
        latest = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.latest(6)
        )
        v = visitor_stats(request.seed)
        t = tthc_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<li><input type="radio" name="ctl00$ucBinhChon$rdoYKien" value="{i}"/>'
            f"<span>{esc(o)}</span></li>"
            for i, o in enumerate(options)
        )
        state = stable_token(
            request.seed + "vs", 64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh0123456789+/"
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type"
content="text/html; charset=utf-8" /><title>{esc(title)} - {esc(p.short_name)}</title>
<link href="/App_Themes/Default/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/Scripts/jquery-1.8.3.min.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDw{state}" /></div>
<div id="wrapper">
<div id="header"><img src="/App_Themes/Default/images/banner.jpg" alt="{esc(p.name)}"
width="1000" height="150" /></div>
<div id="topmenu"><ul><li><a href="/Default.aspx">Trang chủ</a></li>
<li><a href="javascript:void(0)" onclick="window.location.href='{INTRO}'">Giới
thiệu</a></li><li><a href="{esc(self.listing_path(None))}">{esc(self.news.name)}</a></li>{menu}
<li><a href="javascript:void(0)" onclick="window.open('https://dichvucong.gov.vn')">Dịch vụ
công</a></li></ul></div>
<div id="ngayhientai">Chào mừng bạn đến với {esc(p.name)}</div>
<table id="khung" width="1000" cellpadding="0" cellspacing="0"><tr>
<td id="cotgiua" valign="top"><div class="duongdan">{crumb}</div>{main}</td>
<td id="cotphai" valign="top" width="260">
<div class="khoiphai" id="tinmoi"><div class="tieudekhoi">Tin mới</div><ul>{latest}</ul></div>
<div class="khoiphai" id="tthc"><div class="tieudekhoi">Kết quả giải quyết TTHC</div>
<table class="bangtthc"><tr><td>Tháng {t["month"]}</td><td></td></tr>
<tr><td>Tiếp nhận</td><td>{thousands(t["total"])}</td></tr>
<tr><td>Đúng hạn</td><td>{thousands(t["ontime"])} ({t["percent"]}%)</td></tr>
<tr><td>Trễ hạn</td><td>{thousands(t["late"])}</td></tr></table></div>
<div class="khoiphai" id="binhchon"><div class="tieudekhoi">Ý kiến thăm dò</div>
<p>{esc(question)}</p><ul>{choices}</ul>
<input type="submit" name="ctl00$ucBinhChon$btnBinhChon" value="Biểu quyết" />
<input type="button" value="Xem kết quả" onclick="window.open('/BinhChon/KetQua.aspx',
'KetQua','width=420,height=360')" /></div>
<div class="khoiphai" id="lienket"><div class="tieudekhoi">Liên kết website</div>
<select onchange="if(this.value!='') window.open(this.value)"><option value="">-- Chọn
website --</option><option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option>
<option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option></select>
<div class="banner" onclick="window.open('https://vneid.gov.vn')"><img
src="/Upload/QuangCao/vneid.png" alt="VNeID" /></div></div>
<div class="khoiphai" id="thongke"><div class="tieudekhoi">Thống kê truy cập</div>
<p>Đang truy cập: {thousands(v["online"])}</p><p>Hôm nay: {thousands(v["today"])}</p>
<p>Tháng này: {thousands(v["month"])}</p><p>Tổng lượt truy cập: {thousands(v["total"])}</p></div>
</td></tr></table>
<div id="footer"><p><b>Cơ quan chủ quản: {esc(p.agency)}</b></p>
<p>Chịu trách nhiệm chính: {esc(p.editor)}</p><p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)}</p><p>{esc(reuse_notice(p))}</p>
<p>Thiết kế bởi Trung tâm Công nghệ thông tin và Truyền thông</p></div>
</div></form>
<script type="text/javascript">
$(function () {{
  $('.news-item[data-href]').css('cursor', 'pointer').click(function () {{
    window.location = $(this).attr('data-href');
  }});
}});
</script>{scripts}
</body></html>
"""

    def intro_html(self, request: Request) -> str:
        """The "Giới thiệu" page: the department's structure (no news)."""
        p = self.portal
        units = (
            "Văn phòng Sở",
            "Thanh tra Sở",
            "Phòng Quản lý xây dựng",
            "Phòng Quy hoạch - Kiến trúc",
            "Phòng Phát triển đô thị và Hạ tầng kỹ thuật",
            "Trung tâm Kiểm định chất lượng xây dựng",
        )
        rows = "".join(f"<li>{esc(u)}</li>" for u in units)
        main = (
            '<div class="tenmuc">Cơ cấu tổ chức</div><div class="gioithieu">'
            f"<p>{esc(p.agency)} là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu "
            "quản lý nhà nước về xây dựng, kiến trúc, quy hoạch, hạ tầng kỹ thuật và nhà ở.</p>"
            f"<ul>{rows}</ul></div>"
        )
        return self.frame(
            "Cơ cấu tổ chức", [("Giới thiệu", "")], main, request, "./CoCauToChuc.aspx"
        )

    # -- listings

    def row_inner(self, item: Item, tag: str, style: str, sapo: bool = True) -> str:
        thumb = f'<img src="{esc(image_path(item, 0, self.image_folder))}" alt="" width="120" />'
        summary = f'<p class="tomtat">{esc(item.sapo())}</p>' if sapo else ""
        text = (
            f'<{tag} class="tieude">{esc(item.title)}</{tag}> '
            f'<span class="ngay">{listing_date(item.published)}</span>{summary}'
        )
        if style == "tr-href":
            return f'<td class="anh" width="130">{thumb}</td><td class="noidungtin">{text}</td>'
        return f'<div class="anh">{thumb}</div><div class="noidungtin">{text}</div>'

    def rows(self, items: list[Item], box: str, href, tag: str = "h4", sapo: bool = True) -> str:
        style = row_style(box)
        rows = "".join(
            clickable(style, href(it), self.row_inner(it, tag, style, sapo)) for it in items
        )
        if style == "tr-href":
            return f'<table class="dstin" width="100%">{rows}</table>'
        return f'<div class="dstin">{rows}</div>'

    def home_html(self, request: Request) -> str:
        top = self.latest(1)
        lead = ""
        if top:
            it = top[0]
            lead = (
                '<div id="tinnoibat"><div class="tieudekhoi">Tin nổi bật</div>'
                f'<div class="news-item hot" onclick="window.location.href=\''
                f'{esc(self.article_path(it))}\'"><img src="'
                f'{esc(image_path(it, 0, self.image_folder))}" alt="" width="400" />'
                f'<h3 class="tieude">{esc(it.title)}</h3><p class="tomtat">{esc(it.sapo())}</p>'
                "</div></div>"
            )
        news_links = "".join(
            f'<li><a href="{esc(self.article_path(it))}&amp;{TRACKING}">{esc(it.title)}</a> '
            f'<span class="ngay">{listing_date(it.published)}</span></li>'
            for it in self.latest(8)[1:]
        )
        boxes = [
            lead,
            f'<div class="khoigiua" id="tinmoinhat"><div class="tieudekhoi">{esc(self.news.name)}'
            f'</div><ul class="tinmoi">{news_links}</ul></div>',
        ]
        for section in self.sections.values():
            rows = self.rows(
                self.listed(section)[:4], section.name, self.alias_path, tag="span", sapo=False
            )
            boxes.append(
                f'<div class="khoigiua"><div class="tieudekhoi">{esc(section.name)}</div>{rows}'
                f'<div class="xemthem"><a href="{esc(self.listing_path(section))}">Xem thêm »'
                "</a></div></div>"
            )
        return self.frame("Trang chủ", [], "".join(boxes), request, "./Default.aspx")

    def pager(self, section: Section | None, page: int, pages: int) -> tuple[str, str]:
        """The pager markup and its ``goPage`` script (empty when there is one page)."""
        if pages <= 1:
            return "", ""

        def go(n: int, label: str | int) -> str:
            return f'<a href="javascript:void(0)" onclick="goPage({n})">{label}</a>'

        parts = [go(1, "Trang đầu"), go(page - 1, "Trang trước")] if page > 1 else []
        parts += pager_numbers(
            page, pages, lambda n: go(n, n), current='<span class="current">{n}</span>'
        )
        if page < pages:
            parts += [go(page + 1, "Trang sau"), go(pages, "Trang cuối")]
        prefix = f"{LISTING}?MucID={self.section_id(section)}&Page="
        script = (
            '\n<script type="text/javascript">\nfunction goPage(p){ window.location.href = '
            f"'{prefix}' + p; }}\n</script>"
        )
        return f'<div class="phantrang">Trang: {" ".join(parts)}</div>', script

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        items, pages = self.page_of(self.listed(section), page)
        name = self.news.name if self.is_news(section) else section.name
        href = self.article_path if self.is_news(section) else self.alias_path
        pager, script = self.pager(section, page, pages)
        main = (
            f'<div class="tenmuc">{esc(name)}</div>{self.rows(items, "list:" + name, href)}{pager}'
        )
        action = "./DanhMuc.aspx?" + self.listing_path(section, page).split("?", 1)[1]
        return self.frame(name, [(name, "")], main, request, action, script)

    # -- articles

    def article_main(self, item: Item, request: Request, printing: bool = False) -> str:
        parts = []
        for block, value in body_blocks(item, request.revision):
            if block == "p":
                parts.append(f'<p style="text-align:justify">{esc(value)}</p>')
            else:
                index, caption = value
                parts.append(
                    '<div class="khunganh" style="text-align:center"><img src="'
                    f'{esc(image_path(item, index, self.image_folder))}" alt="" width="500" />'
                    f'<p class="chuthichanh"><em>{esc(caption)}</em></p></div>'
                )
        foot = ""
        if item.author:
            foot += f'<p class="tacgia" style="text-align:right"><b>{esc(item.author)}</b></p>'
        if item.source:
            foot += (
                f'<p class="nguontin" style="text-align:right"><i>Nguồn: {esc(item.source)}</i></p>'
            )
        dates = f'<span class="ngaydang">{date_line(item.published)}</span>'
        modified = item.shown_modified(request.revision)
        if modified:
            dates += f' <span class="capnhat">(Cập nhật: {modified:%H:%M}, {dmy(modified)})</span>'
        if not printing:
            dates += f' | <span class="luotxem">Lượt xem: {thousands(view_count(item.key))}</span>'
        return (
            f'<h2 class="tieudetin">{esc(item.title)}</h2><div class="thongtin">{dates}</div>'
            f'<div id="noidung">{"".join(parts)}</div>{foot}'
        )

    def article_html(self, item: Item, request: Request) -> str:
        tools = (
            '<div class="congcu"><a href="javascript:void(0)" onclick="window.open(\''
            f"{esc(self.print_path(item))}','BanIn','width=800,height=600,scrollbars=1')\">"
            '<img src="/App_Themes/Default/images/print.gif" alt="" /> In bài</a> | '
            '<a href="javascript:void(0)" onclick="guiBanTin()">Gửi bạn bè</a> | '
            '<a href="javascript:history.go(-1)">Trở về</a></div>'
        )
        style = row_style("others:" + item.section.name)
        others = "".join(
            clickable(
                style if style != "tr-href" else "div-location",
                f"XemTin.aspx?TinID={it.number}",
                f'<span class="tieude">{esc(it.title)}</span> '
                f'<span class="ngay">{listing_date(it.published)}</span>',
                css="news-item tinkhac",
            )
            for it in self.others(item, 8)
        )
        main = (
            f'<div class="chitiet">{self.article_main(item, request)}{tools}'
            f'<div class="cactindadua"><div class="tieudekhoi">Các tin đã đưa</div>{others}'
            "</div></div>"
        )
        crumbs = [(item.section.name, self.listing_path(item.section))]
        return self.frame(item.title, crumbs, main, request, f"./XemTin.aspx?TinID={item.number}")

    def print_html(self, item: Item, request: Request) -> str:
        return (
            '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; '
            f'charset=utf-8" /><title>{esc(item.title)}</title></head>'
            f'<body onload="window.print()"><div class="inheader">{esc(self.portal.name)}</div>'
            f"{self.article_main(item, request, printing=True)}"
            '<p><a href="javascript:window.close()">Đóng cửa sổ</a></p></body></html>'
        )

    def error_html(self, status: int) -> str:
        word = "Trang bạn yêu cầu không tồn tại" if status == 404 else "Đã xảy ra lỗi hệ thống"
        return (
            '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; '
            f'charset=utf-8" /><title>Thông báo lỗi</title></head><body><div id="loi">'
            f"<h2>{word}</h2><p>Mã lỗi: {status}</p>"
            '<p><a href="/Default.aspx">Về trang chủ</a></p></div></body></html>'
        )
