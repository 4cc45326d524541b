"""A provincial department site of about 2010: ASP.NET 2.0 WebForms, tables within tables.

No style sheet to speak of: the page is a 980-pixel table holding a banner table, a menu table
and a three-column table, and every box inside is a table of its own, so an article's text sits
six to ten tables deep. The article cell is one ``<td>`` that holds the title, the date line, the
paragraphs (``<p>``, ``<div>``, or text broken by ``<br /><br />``; Word-pasted markup in about a
third of the articles), the photos, the author line and, in the same cell right below, the
"Các tin khác" and "Tin cùng chuyên mục" lists.

URL shapes: ``/Default.aspx?tabid=<tab>`` (a section; ``&page=N`` for page N), articles
``/Default.aspx?tabid=<section tab>&ItemID=<n>&mid=78`` (canonical), the same under the news tab
``tabid=12``, and the friendly alias ``/tin-tuc/<n>/Default.aspx``.
"""

from __future__ import annotations

import re

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
    page_number,
    pager_window,
    stable_int,
    stable_token,
    thousands,
    tthc_stats,
    visitor_stats,
    weekday,
)

MID = 78
NEWS_TAB = 12
DOCS_TAB = 45
_ALIAS = re.compile(r"^/tin-tuc/(\d+)/default\.aspx$", re.IGNORECASE)
_FORM_PREFIX = "ctl00$ContentPlaceHolder1$ucTinTuc"
_WORD_SPAN = 'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;"'
_STATIC = {2: "Giới thiệu", 3: "Liên hệ"}
_DOCUMENTS = (
    ("Quyết định số 1248/QĐ-UBND", "Ban hành kế hoạch ứng dụng công nghệ thông tin năm 2022"),
    ("Kế hoạch số 87/KH-SNN", "Triển khai sổ tay nông hộ điện tử trên địa bàn tỉnh"),
    ("Công văn số 932/SNN-VP", "Đôn đốc cập nhật dữ liệu vùng trồng lên hệ thống"),
    ("Quyết định số 415/QĐ-SNN", "Kiện toàn Tổ công tác chuyển đổi số của Sở"),
    ("Thông báo số 58/TB-SNN", "Lịch tiếp công dân tháng tới của Lãnh đạo Sở"),
)


def body_style(key: str) -> str:
    """How an article's paragraphs are marked up: ``word``, ``p``, ``div`` or ``br``.

    About a third of the articles were pasted from Word.

    >>> body_style("x") in ("word", "p", "div", "br")
    True
    """
    if stable_int(key + "word", 0, 2) == 0:
        return "word"
    return ("p", "div", "br")[stable_int(key + "style", 0, 2)]


def nest(inner: str, depth: int, width: str = "100%") -> str:
    """Wrap ``inner`` in ``depth`` one-cell tables, as table-layout editors did.

    >>> nest("x", 2).count("<table")
    2
    """
    for _ in range(depth):
        inner = (
            f'<table width="{width}" border="0" cellspacing="0" cellpadding="0">'
            f'<tr><td valign="top">{inner}</td></tr></table>'
        )
    return inner


class NestedSite(CmsSite):
    """The nested-tables ASP.NET family (portal ``snnptnt-camdien``)."""

    number_base = 3100
    number_stride = 11
    image_folder = "/Portals/0/TinTuc"
    family_headers = {
        "Server": "Microsoft-IIS/6.0",
        "X-Powered-By": "ASP.NET",
        "X-AspNet-Version": "2.0.50727",
    }

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"/Default.aspx?tabid={item.section.id}&ItemID={item.number}&mid={MID}"

    def news_path(self, item: Item) -> str:
        """The article under the news tab (how the "Tin tức" listing links it)."""
        return f"/Default.aspx?tabid={NEWS_TAB}&ItemID={item.number}&mid={MID}"

    def alias_path(self, item: Item) -> str:
        """The friendly alias of an article."""
        return f"/tin-tuc/{item.number}/Default.aspx"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        tab = NEWS_TAB if self.is_news(section) else section.id
        return f"/Default.aspx?tabid={tab}" + (f"&page={page}" if page > 1 else "")

    def start_paths(self) -> list[str]:
        return ["/"]

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        params = {k.lower(): v for k, v in request.params.items()}
        alias = _ALIAS.match(path)
        if alias:
            item = self.by_number.get(int(alias.group(1)))
            return self.article_response(item, request) if item else None
        if path.lower().startswith("/portals/0/vanban/") and path.lower().endswith(".pdf"):
            return Response(200, {"Content-Type": "application/pdf"}, b"%PDF-1.4\n%%EOF\n")
        if path.lower() not in ("/", "/default.aspx"):
            return None
        tab_text = params.get("tabid", "1")
        if not tab_text.isdigit():
            return None
        tab = int(tab_text)
        if "itemid" in params:
            item = self.by_number.get(int(params["itemid"])) if params["itemid"].isdigit() else None
            if item is None or tab not in (NEWS_TAB, item.section.id):
                return None
            return self.article_response(item, request)
        if tab == 1:
            return self.html_response(self.home_html(request))
        if tab in _STATIC:
            return self.html_response(self.static_html(tab, request))
        if tab == DOCS_TAB:
            return self.html_response(self.page(self.documents_box(full=True), request, tab))
        section = None if tab == NEWS_TAB else self.section_by_id(tab)
        if tab != NEWS_TAB and section is None:
            return None
        page = page_number(params.get("page"))
        items, pages = self.page_of(self.listed(section), page)
        if page > pages:
            return None
        return self.html_response(self.listing_html(section, page, pages, items, request))

    # -- the frame

    def page(self, center: str, request: Request, tab: int, title: str = "") -> str:
        portal = self.portal
        head_title = f"{title} - {portal.name}" if title else portal.name
        viewstate = stable_token(
            request.seed + "vs", 120, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh0189+/"
        )
        banner = (
            '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">'
            '<tr><td height="130" background="/Portals/0/Skins/NN/banner_bg.jpg">'
            '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
            '<td width="120" align="center"><img src="/Portals/0/Skins/NN/logo.gif" '
            'width="96" height="96" border="0" alt="" /></td>'
            f'<td><font face="Times New Roman" size="5" color="#FFFFFF"><b>'
            f"UBND TỈNH {esc(portal.province.upper())}</b></font><br />"
            f'<font face="Times New Roman" size="6" color="#FFFF00"><b>{esc(portal.agency.upper())}'
            "</b></font></td></tr></table></td></tr></table>"
        )
        menu_links = [("Trang chủ", "/Default.aspx?tabid=1")]
        menu_links += [(name, f"/Default.aspx?tabid={t}") for t, name in _STATIC.items()]
        menu_links += [
            (self.news.name, self.listing_path(None)),
            ("Văn bản", f"/Default.aspx?tabid={DOCS_TAB}"),
        ]
        top_menu = " | ".join(
            f'<a class="menutop" href="{esc(href)}">{esc(name)}</a>' for name, href in menu_links
        )
        menu = (
            '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" '
            f'bgcolor="#2E7D32"><tr><td height="28" align="left">&nbsp;&nbsp;{top_menu}</td>'
            f'<td align="right"><font color="#FFFFFF" size="2">{esc(weekday(self.items[0].published))}'
            f", {dmy(self.items[0].published)}</font>&nbsp;</td></tr></table>"
        )
        left = self.left_column(tab)
        right = self.right_column(request)
        body = (
            '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" '
            'bgcolor="#FFFFFF"><tr>'
            f'<td width="190" valign="top" bgcolor="#F1F8E9">{left}</td>'
            '<td width="5"><img src="/Portals/0/Skins/NN/spacer.gif" width="5" height="1" /></td>'
            f'<td width="580" valign="top">{center}</td>'
            '<td width="5"><img src="/Portals/0/Skins/NN/spacer.gif" width="5" height="1" /></td>'
            f'<td width="200" valign="top">{right}</td></tr></table>'
        )
        footer = (
            '<table width="980" border="0" cellspacing="0" cellpadding="4" align="center" '
            'bgcolor="#1B5E20"><tr><td align="center"><font color="#FFFFFF" size="2">'
            f"<b>Cơ quan chủ quản: {esc(portal.agency)}</b><br />"
            f"Chịu trách nhiệm chính: {esc(portal.editor)}<br />"
            f"Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)}<br />"
            f"{esc(portal.licence)}<br />"
            "Ghi rõ nguồn khi phát hành lại thông tin từ trang này."
            "</font></td></tr></table>"
        )
        return (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            f"<title>{esc(head_title)}</title></head>\n"
            '<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" '
            'bgcolor="#E8F5E9">\n'
            f'<form name="aspnetForm" method="post" action="Default.aspx?tabid={tab}" '
            'id="aspnetForm">\n<div>'
            '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />'
            '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />'
            f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK{viewstate}" />'
            '</div>\n<script type="text/javascript">\n//<![CDATA[\n'
            "var theForm = document.forms['aspnetForm'];\n"
            "function __doPostBack(eventTarget, eventArgument) {\n"
            "    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n"
            "        theForm.__EVENTTARGET.value = eventTarget;\n"
            "        theForm.__EVENTARGUMENT.value = eventArgument;\n"
            "        theForm.submit();\n    }\n}\n//]]>\n</script>\n"
            f"{banner}\n{menu}\n{body}\n{footer}\n</form>\n</body>\n</html>\n"
        )

    def box(self, title: str, inner: str) -> str:
        """A sidebar box: a title bar table over a content table."""
        return (
            '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
            '<td height="25" background="/Portals/0/Skins/NN/box_title.gif">'
            f'&nbsp;<font color="#FFFFFF"><b>{esc(title)}</b></font></td></tr>'
            '<tr><td><table width="100%" border="0" cellspacing="2" cellpadding="2">'
            f"<tr><td>{inner}</td></tr></table></td></tr></table><br />"
        )

    def left_column(self, tab: int) -> str:
        rows = []
        for section in [self.news, *self.sections.values()]:
            mark = "&raquo;" if section.id == tab else "&#8250;"
            rows.append(
                f'<tr><td height="24" class="leftmenu">{mark} '
                f'<a href="{esc(self.listing_path(section))}">{esc(section.name)}</a></td></tr>'
            )
        menu = (
            '<table width="100%" border="0" cellspacing="0" cellpadding="0">'
            + "".join(rows)
            + "</table>"
        )
        links = (
            '<a href="http://www.chinhphu.vn" target="_blank">'
            '<img src="/Portals/0/LienKet/chinhphu.gif" width="180" border="0" alt="Chính phủ" /></a>'
            '<br /><a href="javascript:void(0)" onclick="window.open(\'/Portals/0/LienKet/mot-cua.htm\')">'
            "Một cửa điện tử</a><br />"
            '<a href="http://dichvucong.gov.vn" target="_blank">Dịch vụ công quốc gia</a>'
        )
        return self.box("DANH MỤC", menu) + self.box("LIÊN KẾT", links)

    def documents_box(self, full: bool = False) -> str:
        rows = []
        for index, (number, subject) in enumerate(_DOCUMENTS if full else _DOCUMENTS[:4]):
            rows.append(
                f'<tr><td valign="top"><img src="/Portals/0/Skins/NN/bullet.gif" /></td><td>'
                f'<a href="/Portals/0/VanBan/{index + 1:03d}_{stable_token(number, 6)}.pdf">'
                f'{esc(number)}</a><br /><font size="1">{esc(subject)}</font></td></tr>'
            )
        table = '<table width="100%" border="0" cellspacing="0" cellpadding="2">' + "".join(rows)
        return table + "</table>"

    def right_column(self, request: Request) -> str:
        seed = request.seed
        weather = (
            f'<table width="100%" border="0"><tr><td align="center"><b>{esc(self.portal.province)}'
            '</b><br /><img src="/Portals/0/ThoiTiet/may.gif" /><br />'
            f"{stable_int(seed + 'lo', 18, 23)}°C - {stable_int(seed + 'hi', 26, 33)}°C<br />"
            f"Độ ẩm: {stable_int(seed + 'am', 62, 91)}%</td></tr></table>"
        )
        stats = tthc_stats(seed)
        tthc = (
            '<table width="100%" border="0" cellspacing="0" cellpadding="1">'
            f'<tr><td colspan="2"><b>Tháng {stats["month"]}</b></td></tr>'
            f'<tr><td>Tiếp nhận:</td><td align="right">{thousands(stats["total"])}</td></tr>'
            f'<tr><td>Đúng hạn:</td><td align="right">{thousands(stats["ontime"])}</td></tr>'
            f'<tr><td>Trễ hạn:</td><td align="right">{thousands(stats["late"])}</td></tr>'
            f'<tr><td>Tỷ lệ:</td><td align="right">{stats["percent"]}%</td></tr></table>'
        )
        visits = visitor_stats(seed)
        counter = (
            '<table width="100%" border="0" cellspacing="0" cellpadding="1">'
            f'<tr><td>Đang truy cập:</td><td align="right">{thousands(visits["online"])}</td></tr>'
            f'<tr><td>Hôm nay:</td><td align="right">{thousands(visits["today"])}</td></tr>'
            f'<tr><td>Tổng lượt truy cập:</td><td align="right">{thousands(visits["total"])}'
            "</td></tr></table>"
        )
        return (
            self.box("THỜI TIẾT", weather)
            + self.box("VĂN BẢN MỚI", self.documents_box())
            + self.box("KẾT QUẢ GIẢI QUYẾT TTHC", tthc)
            + self.box("THỐNG KÊ TRUY CẬP", counter)
        )

    # -- pages

    def teaser_rows(self, items: list[Item], news_tab: bool) -> str:
        rows = []
        for item in items:
            href = self.news_path(item) if news_tab else self.article_path(item)
            thumb = image_path(item, 0, self.image_folder)
            rows.append(
                '<tr><td width="110" valign="top">'
                f'<a href="{esc(href)}"><img src="{esc(thumb)}" width="100" height="75" '
                'border="0" /></a></td><td valign="top">'
                '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td>'
                f'<a class="tieude" href="{esc(href)}"><b>{esc(item.title)}</b></a> '
                f'<font color="#888888" size="1">({dmy(item.published)})</font></td></tr>'
                f'<tr><td><font size="2">{esc(item.sapo(limit=200))}</font></td></tr>'
                '</table></td></tr><tr><td colspan="2"><hr size="1" color="#CCCCCC" /></td></tr>'
            )
        return (
            '<table width="100%" border="0" cellspacing="0" cellpadding="3">'
            + "".join(rows)
            + "</table>"
        )

    def home_html(self, request: Request) -> str:
        latest = self.latest(6)
        top = latest[0]
        hot = (
            '<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr>'
            f'<td width="260"><a href="{esc(self.alias_path(top))}"><img src="'
            f'{esc(image_path(top, 0, self.image_folder))}" width="250" border="0" /></a></td>'
            f'<td valign="top"><a href="{esc(self.alias_path(top))}"><b>{esc(top.title)}</b></a>'
            f"<br />{esc(top.sapo())}</td></tr></table>"
        )
        blocks = [self.box("TIN NỔI BẬT", hot)]
        blocks.append(
            self.box(
                self.news.name.upper(),
                self.teaser_rows(latest[1:], True)
                + f'<div align="right"><a href="{esc(self.listing_path(None))}">Xem tiếp &raquo;</a></div>',
            )
        )
        for section in self.sections.values():
            items = self.listed(section)[:3]
            rows = "".join(
                f'<tr><td>&#8226; <a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
                f'<font size="1">({dmy(it.published)})</font></td></tr>'
                for it in items
            )
            more = f'<a href="{esc(self.listing_path(section))}">Xem tiếp &raquo;</a>'
            blocks.append(
                self.box(section.name.upper(), f'<table width="100%">{rows}</table>{more}')
            )
        return self.page(nest("".join(blocks), 2), request, 1)

    def static_html(self, tab: int, request: Request) -> str:
        name = _STATIC[tab]
        portal = self.portal
        if tab == 2:
            text = (
                f"{portal.agency} là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu về "
                "nông nghiệp, lâm nghiệp, thủy sản, thủy lợi và phát triển nông thôn."
            )
        else:
            text = f"Địa chỉ: {portal.address}. Điện thoại: {portal.phone}."
        return self.page(nest(self.box(name.upper(), f"<p>{esc(text)}</p>"), 3), request, tab, name)

    def pagers(self, section: Section | None, page: int, pages: int) -> str:
        """The WebForms numeric pager (postbacks) and the plain ``?page=N`` pager under it."""
        post, plain = [], []
        for number in pager_window(page, pages):
            if number is None:
                post.append("...")
                plain.append("...")
            elif number == page:
                post.append(f'<span class="pagecurrent">{number}</span>')
                plain.append(f"<b>[{number}]</b>")
            else:
                target = f"{_FORM_PREFIX}$rptPager$ctl{number:02d}$lnkPage"
                post.append(
                    f"<a class=\"page\" href=\"javascript:__doPostBack('{target}','')\">{number}</a>"
                )
                plain.append(f'<a href="{esc(self.listing_path(section, number))}">{number}</a>')
        if page < pages:
            plain.append(
                f'<a href="{esc(self.listing_path(section, page + 1))}">Trang sau &raquo;</a>'
            )
        return (
            '<table width="100%" border="0"><tr><td align="center">'
            f'Trang: {" ".join(post)}</td></tr><tr><td align="center"><font size="1">'
            f"{' '.join(plain)}</font></td></tr></table>"
        )

    def listing_html(
        self, section: Section | None, page: int, pages: int, items: list[Item], request: Request
    ) -> str:
        shown = section or self.news
        crumbs = (
            f'<a href="/Default.aspx?tabid=1">Trang chủ</a> &raquo; '
            f'<a href="{esc(self.listing_path(section))}">{esc(shown.name)}</a>'
        )
        rows = self.teaser_rows(items, self.is_news(section))
        inner = (
            f'<table width="100%" border="0"><tr><td class="breadcrumb">{crumbs}</td></tr></table>'
            + self.box(shown.name.upper(), rows + self.pagers(section, page, pages))
        )
        tab = NEWS_TAB if self.is_news(section) else shown.id
        return self.page(nest(inner, 3), request, tab, shown.name)

    def paragraph_markup(self, item: Item, request: Request) -> str:
        style = body_style(item.key)
        prefix = self.portal.lead_prefix or ""
        repeat_title = stable_int(item.key + "bold", 0, 2) == 0
        parts: list[str] = []
        first = True
        for kind, value in body_blocks(item, request.revision):
            if kind == "img":
                index, caption = value
                src = image_path(item, index + 1, self.image_folder)
                parts.append(
                    '<table width="420" border="0" align="center" cellpadding="3" cellspacing="0">'
                    f'<tr><td align="center"><img src="{esc(src)}" width="400" border="0" /></td>'
                    f'</tr><tr><td align="center"><i>{esc(caption)}</i></td></tr></table>'
                )
                continue
            text = esc(value)
            if first:
                text = esc(prefix) + text
                if repeat_title:
                    text = f"<b>{text}</b>"
                first = False
            if style == "word":
                parts.append(
                    '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt">'
                    f"<span {_WORD_SPAN}>{text}<o:p></o:p></span></p>"
                )
                if stable_int(item.key + value[:20], 0, 2) == 0:
                    parts.append(
                        f'<p class="MsoNormal"><span {_WORD_SPAN}><o:p>&nbsp;</o:p></span></p>'
                    )
            elif style == "p":
                parts.append(f'<p align="justify">{text}</p>')
            elif style == "div":
                parts.append(f'<div align="justify">{text}</div>')
            else:
                parts.append(text + "<br /><br />")
        if repeat_title:
            parts.insert(0, f"<p><b>{esc(item.title)}</b></p>")
        if style != "word":
            parts.append("<p>&nbsp;</p>")
        return "\n".join(parts)

    def article_html(self, item: Item, request: Request) -> str:
        shown = item.published
        date_line = f"Cập nhật ngày: {dmy(shown)} {shown.strftime('%H:%M')}"
        if item.shown_modified(request.revision):
            date_line += f" - Sửa đổi: {dmy(item.shown_modified(request.revision))}"
        byline = ""
        if item.author:
            byline += f'<div align="right"><b>{esc(item.author)}</b></div>'
        if item.source:
            byline += f'<div align="right"><i>Nguồn: {esc(item.source)}</i></div>'
        pool = [it for it in self.items if it is not item]
        older = [it for it in pool if it.published <= item.published]
        others = "".join(
            f'<img src="/Portals/0/Skins/NN/bullet.gif" /> <a href="{esc(self.alias_path(it))}">'
            f'{esc(it.title)}</a> <font color="#888888">({dmy(it.published)})</font><br />'
            for it in (older + [it for it in pool if it not in older])[:8]
        )
        same = "".join(
            f'&#8226; <a href="{esc(self.article_path(it))}">{esc(it.title)}</a><br />'
            for it in self.others(item, 5)
        )
        cell = (
            f'<span class="title"><font size="4" color="#1B5E20"><b>{esc(item.title)}</b></font>'
            f'</span><br /><font size="1" color="#777777">{date_line} - Lượt xem: '
            f"{stable_int(request.seed + 'views', 40, 3900)}</font><br /><br />\n"
            f"{self.paragraph_markup(item, request)}\n{byline}"
            '<div align="right"><a href="javascript:window.print()">In trang</a> | '
            '<a href="javascript:history.back()">Quay lại</a></div><br />'
            f"<b>Các tin khác:</b><br />{others}<br />"
            f"<b>Tin cùng chuyên mục:</b><br />{same}"
        )
        crumbs = (
            f'<a href="/Default.aspx?tabid=1">Trang chủ</a> &raquo; '
            f'<a href="{esc(self.listing_path(item.section))}">{esc(item.section.name)}</a>'
        )
        inner = (
            f'<table width="100%" border="0"><tr><td class="breadcrumb">{crumbs}</td></tr></table>'
            '<table width="100%" border="0" cellspacing="0" cellpadding="6"><tr>'
            f'<td valign="top" class="content">{cell}</td></tr></table>'
        )
        return self.page(nest(inner, 5), request, item.section.id, item.title)

    def error_html(self, status: int) -> str:
        word = "Không tìm thấy trang" if status == 404 else "Lỗi máy chủ"
        return (
            f"<html><head><title>{esc(word)}</title></head><body><h2>Server Error in '/' "
            f"Application.</h2><p>{esc(word)} ({status}).</p>"
            '<p><a href="/Default.aspx?tabid=1">Về trang chủ</a></p></body></html>'
        )
