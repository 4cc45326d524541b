"""A classic ASP district portal from 2008-2012, still online (huyen-vinhkhe).

Built by a provincial IT centre on IIS 6 with classic ASP and FrontPage-era markup: the site root
is a ``<frameset>`` (banner frame ``top.asp``, menu frame ``menu.asp``, main frame ``main.asp``)
and every page of the news lives in the main frame, linked with ``target="main"``.

URL shapes (IIS: paths and query keys are case-insensitive; the theme mixes cases):
- site root ``/`` (also ``/default.asp``): the frameset, with a ``<noframes>`` fallback;
- frames ``/top.asp`` (banner, "Tin mới" marquee), ``/menu.asp`` (menu, counters, links select,
  TTHC widget, guestbook link), ``/main.asp`` (home content);
- general news listing ``/tintuc.asp``, page N ``/tintuc.asp?page=N``;
- topic listing ``/tintuc.asp?cat=<cat>``, page N ``/tintuc.asp?cat=<cat>&page=N``;
- article ``/tintuc_chitiet.asp?id=<id>&cat=<cat>`` (listings); aliases
  ``/TinTuc_ChiTiet.asp?ID=<id>`` (marquee) and ``/tintuc_chitiet.asp?id=<id>&cat=<cat>&lang=vn``
  ("Các tin khác"); print view ``/tintuc_in.asp?id=<id>``;
- guestbook ``/sogopy.asp``, introduction ``/gioithieu.asp``.

Listings are tables whose rows show the title as plain text with a separate "Chi tiết »" link,
or (two topics) a linked title cut at 40 characters plus "[Xem tiếp]". Pagers are a ``<select>``
with an ``onchange`` script plus plain "Trang trước | 1 | 2 | Trang sau" links.
Some pages are served as bare ``text/html`` (no charset in the header) with ``<meta charset>``.
"""

from __future__ import annotations

from datetime import datetime

from dtcrawl.demo.cms.common import (
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    dmy,
    esc,
    image_path,
    page_number,
    pager_window,
    poll,
    reuse_notice,
    shorten,
    stable_int,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
)

#: Listing link text is cut after this many characters in the "short title" topics.
SHORT_TITLE = 40
VENDOR = "Trung tâm Tin học tỉnh"
HTML4 = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'


def detail_date(moment: datetime) -> str:
    """The date line under an article's title.

    >>> detail_date(datetime(2021, 12, 17, 8, 25))
    'Ngày cập nhật: 17/12/2021'
    """
    return f"Ngày cập nhật: {dmy(moment)}"


def cut_title(title: str, limit: int = SHORT_TITLE) -> str:
    """A listing title cut at ``limit`` characters with "..." (mid-word, as the ASP ``Left()`` did).

    >>> cut_title("Huyện Vĩnh Khê triển khai chữ ký số cho cán bộ cấp xã năm 2021")
    'Huyện Vĩnh Khê triển khai chữ ký số cho ...'
    >>> cut_title("Tin ngắn")
    'Tin ngắn'
    """
    return title if len(title) <= limit else title[:limit] + "..."


def meta_charset(short: bool) -> str:
    """The charset meta tag: HTML5 style on the pages rewritten later, else the old http-equiv.

    >>> meta_charset(True)
    '<meta charset=utf-8>'
    """
    if short:
        return "<meta charset=utf-8>"
    return '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'


class OldFramesSite(CmsSite):
    family_headers = {
        "Server": "Microsoft-IIS/6.0",
        "X-Powered-By": "ASP.NET",
        "Set-Cookie": "ASPSESSIONIDQSCTRBAD=KBJHMPLCODEEMNFAGJPLKPNO; path=/",
    }
    number_base = 1_180
    number_stride = 5
    image_folder = "/Upload/Images"

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"/tintuc_chitiet.asp?id={item.number}&cat={item.section.id}"

    def marquee_path(self, item: Item) -> str:
        """The alias the "Tin mới" marquee links to (old mixed-case page name, no ``cat``)."""
        return f"/TinTuc_ChiTiet.asp?ID={item.number}"

    def related_path(self, item: Item) -> str:
        """The alias "Các tin khác" links to (an extra ``lang`` parameter)."""
        return f"{self.article_path(item)}&lang=vn"

    def print_path(self, item: Item) -> str:
        return f"/tintuc_in.asp?id={item.number}"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        query = [] if self.is_news(section) else [f"cat={section.id}"]
        if page > 1:
            query.append(f"page={page}")
        return "/tintuc.asp" + ("?" + "&".join(query) if query else "")

    def short_titles(self, section: Section | None) -> bool:
        """True for the topics whose listing links a cut title instead of "Chi tiết »"."""
        return not self.is_news(section) and section.id % 2 == 0

    def bare_content_type(self, request: Request) -> bool:
        """Pages served as plain ``text/html`` (the header names no charset)."""
        return stable_int(request.path.lower() + str(sorted(request.params.items())), 0, 2) == 0

    # -- responses

    def page_response(self, markup: str, request: Request, status: int = 200) -> Response:
        response = self.html_response(markup, status)
        if "<meta charset=utf-8>" in markup:
            headers = dict(response.headers)
            headers["Content-Type"] = "text/html"
            response = Response(response.status, headers, response.body)
        return response

    def article_response(self, item: Item, request: Request) -> Response:
        response = super().article_response(item, request)
        if response.status == 200 and self.bare_content_type(request):
            headers = dict(response.headers)
            headers["Content-Type"] = "text/html"
            response = Response(200, headers, response.body)
        return response

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        request = Request(path, params, request.revision, request.seed, request.base_url)
        if path in ("/", "/default.asp", "/index.asp"):
            return self.page_response(self.frameset_html(), request)
        if path == "/top.asp":
            return self.page_response(self.top_html(request), request)
        if path == "/menu.asp":
            return self.page_response(self.menu_html(request), request)
        if path == "/main.asp":
            return self.page_response(self.main_html(request), request)
        if path == "/sogopy.asp":
            return self.page_response(self.guestbook_html(request), request)
        if path == "/gioithieu.asp":
            return self.page_response(self.intro_html(request), request)
        if path == "/tintuc.asp":
            return self.listing_response(request)
        if path in ("/tintuc_chitiet.asp", "/tintuc_in.asp"):
            try:
                item = self.by_number.get(int(params.get("id", "")))
            except ValueError:
                return None
            if item is None:
                return None
            if path == "/tintuc_in.asp":
                if item.kind in ("missing", "error"):
                    return None
                return self.page_response(self.print_html(item, request), request)
            return self.article_response(item, request)
        return None

    def listing_response(self, request: Request) -> Response | None:
        section = None
        cat = request.params.get("cat", "")
        if cat and cat != str(self.news.id):
            try:
                section = self.section_by_id(int(cat))
            except ValueError:
                return None
            if section is None:
                return None
        page = page_number(request.params.get("page"))
        items, pages = self.page_of(self.listed(section), page)
        if page > pages:
            return None
        markup = self.listing_html(section, page, pages, items, request)
        return self.page_response(markup, request)

    # -- page shells

    def head(self, title: str, short_meta: bool = False) -> str:
        return (
            f"{HTML4}\n<html>\n<head>\n{meta_charset(short_meta)}\n<title>{esc(title)}</title>\n"
            '<meta name="GENERATOR" content="Microsoft FrontPage 6.0">\n'
            '<meta name="ProgId" content="FrontPage.Editor.Document">\n'
            '<link rel="stylesheet" type="text/css" href="css/style.css">\n'
            '<script language="JavaScript" src="js/common.js"></script>\n</head>\n'
        )

    def footer(self) -> str:
        portal = self.portal
        return f"""<table width="100%" border="0" cellpadding="4" cellspacing="0" bgcolor="#003399" style="margin-top:10px">
<tr><td align="center"><font face="Arial" size="1" color="#FFFFFF">
<b>{esc(portal.name.upper())}</b><br>
Cơ quan chủ quản: {esc(portal.agency)}<br>
Chịu trách nhiệm chính: {esc(portal.editor)}<br>
Địa chỉ: {esc(portal.address)} - ĐT: {esc(portal.phone)}<br>
{esc(portal.licence)}<br>
{esc(reuse_notice(portal))}<br>
Thiết kế: {esc(VENDOR)} {esc(portal.province)} - Xem tốt nhất với Internet Explorer 6.0, độ phân giải 1024x768
</font></td></tr></table>"""

    def main_page(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        body: str,
        request: Request,
        short_meta: bool = False,
    ) -> str:
        """A page of the main frame: no menus (they are in the other frames), a path line, the
        content, and the footer include."""
        crumb = "".join(
            f' &raquo; <a href="{esc(href.lstrip("/"))}" class="linkpath">{esc(label)}</a>'
            for href, label in crumbs
        )
        return f"""{self.head(title, short_meta)}<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<script language="JavaScript">
if (top == self) {{ /* trang mở riêng ngoài khung */ window.status = "{esc(self.portal.name)}"; }}
</script>
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="path" height="24" background="images/bg_path.gif"><font face="Arial" size="2">&nbsp;<img src="images/home.gif" border="0" align="absmiddle"> <a href="main.asp" class="linkpath">Trang chủ</a>{crumb}</font></td></tr>
<tr><td valign="top" style="padding:6px">
{body}
</td></tr>
<tr><td>{self.footer()}</td></tr>
</table>
</body>
</html>
"""

    def frameset_html(self) -> str:
        portal = self.portal
        return f"""{HTML4.replace("Transitional", "Frameset")}
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(portal.name)}</title>
<meta name="keywords" content="Vĩnh Khê, huyện Vĩnh Khê, {esc(portal.province)}, tin tức">
<meta name="description" content="{esc(portal.name)}">
</head>
<frameset rows="168,*" frameborder="0" framespacing="0" border="0">
  <frame name="top" src="top.asp" scrolling="no" noresize marginwidth="0" marginheight="0">
  <frameset cols="210,*" frameborder="0" framespacing="0" border="0">
    <frame name="left" src="menu.asp" scrolling="auto" noresize marginwidth="0" marginheight="0">
    <frame name="main" src="main.asp" scrolling="auto" marginwidth="0" marginheight="0">
  </frameset>
  <noframes>
  <body>
  <p>Trình duyệt của bạn không hỗ trợ khung (frames). Mời xem các trang sau:</p>
  <p><a href="main.asp">Trang chủ {esc(portal.name)}</a><br>
  <a href="tintuc.asp">{esc(self.news.name)}</a></p>
  </body>
  </noframes>
</frameset>
</html>
"""

    def top_html(self, request: Request) -> str:
        portal = self.portal
        marquee = " &nbsp;&nbsp; ".join(
            f'<img src="images/new.gif" border="0"> <a href="{esc(self.marquee_path(it).lstrip("/"))}" '
            f'target="main" class="linkmarquee">{esc(it.title)}</a>'
            for it in self.latest(6)
        )
        return f"""{self.head(portal.name)}<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td height="120" background="images/banner_bg.jpg"><table border="0" cellpadding="0" cellspacing="0"><tr>
<td width="130" align="center"><img src="images/logo.gif" width="100" height="100" border="0" alt="Quốc huy"></td>
<td><font face="Times New Roman" size="3" color="#CC0000"><b>{esc(portal.agency.upper())}</b></font><br>
<font face="Times New Roman" size="6" color="#003399"><b>{esc(portal.name.upper())}</b></font></td></tr></table></td></tr>
<tr><td height="24" bgcolor="#003399"><font face="Arial" size="2" color="#FFFFFF"><b>
&nbsp;<a href="main.asp" target="main"><font color="#FFFFFF">Trang chủ</font></a> |
<a href="gioithieu.asp" target="main"><font color="#FFFFFF">Giới thiệu</font></a> |
<a href="tintuc.asp" target="main"><font color="#FFFFFF">{esc(self.news.name)}</font></a> |
<a href="sogopy.asp" target="main"><font color="#FFFFFF">Sổ góp ý</font></a> |
<a href="javascript:window.external.AddFavorite('http://{esc(portal.domain)}','{esc(portal.name)}')"><font color="#FFFFFF">Lưu địa chỉ</font></a>
</b></font></td></tr>
<tr><td height="24" bgcolor="#EEF3FB"><table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>
<td width="70"><font face="Arial" size="2" color="#CC0000"><b>&nbsp;Tin mới:</b></font></td>
<td><marquee behavior="scroll" direction="left" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"><font face="Arial" size="2">{marquee}</font></marquee></td>
</tr></table></td></tr>
</table>
</body>
</html>
"""

    def menu_html(self, request: Request) -> str:
        seed = request.seed
        visits = visitor_stats(seed)
        stats = tthc_stats(seed)
        digits = "".join(
            f'<img src="images/counter/{d}.gif" width="12" height="18" border="0" alt="{d}">'
            for d in str(visits["total"])
        )
        entries = [(self.listing_path(None), self.news.name)]
        entries += [(self.listing_path(s), s.name) for s in self.sections.values()]
        rows = "\n".join(
            f'<tr><td class="menuleft" height="24"><img src="images/arrow.gif" border="0"> '
            f'<a href="{esc(href.lstrip("/"))}" target="main" class="linkmenu">{esc(name)}</a></td></tr>'
            for href, name in entries
        )
        return f"""{self.head("Menu")}<body bgcolor="#EEF3FB" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="200" border="0" cellpadding="0" cellspacing="0">
<tr><td height="26" background="images/title_left.gif"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;DANH MỤC</b></font></td></tr>
<tr><td class="menuleft" height="24"><img src="images/arrow.gif" border="0"> <a href="main.asp" target="main" class="linkmenu">Trang chủ</a></td></tr>
{rows}
<tr><td class="menuleft" height="24"><img src="images/arrow.gif" border="0"> <a href="gioithieu.asp" target="main" class="linkmenu">Giới thiệu chung</a></td></tr>
<tr><td class="menuleft" height="24"><img src="images/arrow.gif" border="0"> <a href="sogopy.asp" target="main" class="linkmenu">Sổ góp ý - Hỏi đáp</a></td></tr>
<tr><td height="26" background="images/title_left.gif"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;KẾT QUẢ GIẢI QUYẾT TTHC</b></font></td></tr>
<tr><td style="padding:4px"><font face="Arial" size="1">Tháng {stats["month"]}: tiếp nhận <b>{thousands(stats["total"])}</b> hồ sơ, đúng hạn <b>{thousands(stats["ontime"])}</b> ({stats["percent"]}%), trễ hạn <font color="#CC0000"><b>{stats["late"]}</b></font>.</font></td></tr>
<tr><td height="26" background="images/title_left.gif"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;LIÊN KẾT WEBSITE</b></font></td></tr>
<tr><td align="center" style="padding:4px"><select name="lienket" style="width:185px;font-size:11px" onchange="if(this.value!='')window.open(this.value,'_blank')">
<option value="">-- Liên kết website --</option>
<option value="http://www.chinhphu.vn">Cổng TTĐT Chính phủ</option>
<option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option>
<option value="http://tranggiang.gov.vn">Cổng TTĐT tỉnh {esc(self.portal.province)}</option>
</select></td></tr>
<tr><td align="center" style="padding:4px"><a href="http://motcua.vinhkhe.tranggiang.gov.vn" target="_blank"><img src="images/banner_motcua.gif" width="180" height="55" border="0" alt="Một cửa điện tử"></a></td></tr>
<tr><td height="26" background="images/title_left.gif"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;THỐNG KÊ TRUY CẬP</b></font></td></tr>
<tr><td align="center" style="padding:4px"><font face="Arial" size="1">Số lượt truy cập:<br>{digits}<br>
Đang trực tuyến: <b>{thousands(visits["online"])}</b></font></td></tr>
</table>
</body>
</html>
"""

    def main_html(self, request: Request) -> str:
        healthy = self.latest(9)
        parts = []
        if healthy:
            top = healthy[0]
            parts.append(
                '<table width="100%" border="1" bordercolor="#C5D5EE" cellpadding="4" cellspacing="0" style="border-collapse:collapse">'
                '<tr><td bgcolor="#003399"><font face="Arial" size="2" color="#FFFFFF"><b>TIN NỔI BẬT</b></font></td></tr>'
                f'<tr><td><img src="{esc(image_path(top, 0, self.image_folder).lstrip("/"))}" width="160" height="110" align="left" hspace="6" border="1">'
                f'<font face="Arial" size="2"><b>{esc(top.title)}</b><br>{esc(shorten(top.sapo(request.revision), 260))} '
                f'<a href="{esc(self.article_path(top).lstrip("/"))}" target="main">Chi tiết &raquo;</a></font></td></tr></table>'
            )
            rows = "\n".join(
                f'<tr><td width="12" valign="top"><img src="images/dot.gif"></td><td><font face="Arial" size="2">{esc(it.title)}</font> '
                f'<font face="Arial" size="1" color="#808080">({dmy(it.published)})</font> '
                f'<a href="{esc(self.article_path(it).lstrip("/"))}" target="main"><font size="1">[Xem tiếp]</font></a></td></tr>'
                for it in healthy[1:]
            )
            parts.append(
                '<table width="100%" border="0" cellpadding="3" cellspacing="0" style="margin-top:8px">'
                '<tr><td colspan="2" bgcolor="#003399"><font face="Arial" size="2" color="#FFFFFF"><b>TIN MỚI CẬP NHẬT</b></font></td></tr>'
                f"{rows}</table>"
            )
        for section in self.sections.values():
            listed = [it for it in self.listed(section) if it.kind == "article"][:3]
            if not listed:
                continue
            rows = "".join(
                f'<tr><td><img src="images/dot.gif"> <a href="{esc(self.article_path(it).lstrip("/"))}" target="main" class="linktin">'
                f"{esc(cut_title(it.title) if self.short_titles(section) else it.title)}</a></td></tr>"
                for it in listed
            )
            parts.append(
                '<table width="100%" border="0" cellpadding="3" cellspacing="0" style="margin-top:8px">'
                f'<tr><td bgcolor="#DDE7F7"><font face="Arial" size="2" color="#003399"><b>{esc(section.name.upper())}</b></font></td></tr>'
                f'{rows}<tr><td align="right"><a href="{esc(self.listing_path(section).lstrip("/"))}" target="main"><font size="1">Xem tất cả &raquo;</font></a></td></tr></table>'
            )
        question, options = poll(request.seed)
        answers = "".join(
            f'<input type="radio" name="ykien" value="{i + 1}"> {esc(o)}<br>'
            for i, o in enumerate(options)
        )
        parts.append(
            '<table width="100%" border="0" cellpadding="3" cellspacing="0" style="margin-top:8px">'
            '<tr><td bgcolor="#DDE7F7"><font face="Arial" size="2" color="#003399"><b>THĂM DÒ Ý KIẾN</b></font></td></tr>'
            f'<tr><td><form name="frmThamDo" method="post" action="thamdo.asp"><font face="Arial" size="2"><b>{esc(question)}</b><br>{answers}'
            '<input type="submit" value="Biểu quyết"> <input type="button" value="Kết quả" onclick="window.open(\'thamdo_ketqua.asp\',\'kq\',\'width=400,height=300\')">'
            "</font></form></td></tr></table>"
        )
        return self.main_page(self.portal.name, [], "\n".join(parts), request)

    # -- listings

    def listing_row(self, item: Item, section: Section | None, shade: bool) -> str:
        href = esc(self.article_path(item).lstrip("/"))
        colour = ' bgcolor="#F3F6FB"' if shade else ""
        if self.short_titles(section):
            title = f'<a href="{href}" target="main" class="linktin"><b>{esc(cut_title(item.title))}</b></a>'
            more = f'<a href="{href}" target="main"><font size="1">[Xem tiếp]</font></a>'
        else:
            title = f"<b>{esc(item.title)}</b>"
            more = f'<a href="{href}" target="main" class="linkchitiet">Chi tiết &raquo;</a>'
        return (
            f'<tr{colour}><td width="14" valign="top"><img src="images/dot.gif"></td>'
            f'<td valign="top"><font face="Arial" size="2">{title}</font></td>'
            f'<td width="80" valign="top" align="center"><font face="Arial" size="1" color="#808080">{dmy(item.published)}</font></td>'
            f'<td width="70" valign="top" align="right"><font face="Arial" size="1">{more}</font></td></tr>'
        )

    def pager(self, section: Section | None, page: int, pages: int) -> str:
        """The ``<select>`` jump box (script) and the plain links row under it."""
        options = "".join(
            f'<option value="{n}"{" selected" if n == page else ""}>Trang {n}</option>'
            for n in range(1, pages + 1)
        )
        cells = []
        if page > 1:
            cells.append(
                f'<a href="{esc(self.listing_path(section, page - 1).lstrip("/"))}">Trang trước</a>'
            )
        for n in pager_window(page, pages):
            if n is None:
                cells.append("...")
            elif n == page:
                cells.append(f'<font color="#CC0000"><b>{n}</b></font>')
            else:
                cells.append(f'<a href="{esc(self.listing_path(section, n).lstrip("/"))}">{n}</a>')
        if page < pages:
            cells.append(
                f'<a href="{esc(self.listing_path(section, page + 1).lstrip("/"))}">Trang sau</a>'
            )
        return (
            '<table width="100%" border="0" cellpadding="3" cellspacing="0"><tr><td align="right">'
            '<font face="Arial" size="2">Chuyển đến: <select name="page" '
            f"onchange=\"location.href='?page='+this.value\">{options}</select></font></td></tr>"
            '<tr><td align="center" class="phantrang"><font face="Arial" size="2">'
            + " | ".join(cells)
            + "</font></td></tr></table>"
        )

    def listing_html(
        self, section: Section | None, page: int, pages: int, items: list[Item], request: Request
    ) -> str:
        shown = section or self.news
        rows = "\n".join(
            self.listing_row(it, section, index % 2 == 1) for index, it in enumerate(items)
        )
        body = (
            '<table width="100%" border="0" cellpadding="4" cellspacing="0">'
            f'<tr><td colspan="4" bgcolor="#003399"><font face="Arial" size="2" color="#FFFFFF"><b>{esc(shown.name.upper())}</b></font></td></tr>'
            f"{rows}</table>{self.pager(section, page, pages)}"
        )
        crumbs = [(self.listing_path(None), self.news.name)]
        if not self.is_news(section):
            crumbs.append((self.listing_path(section), section.name))
        short_meta = page > 1
        return self.main_page(
            f"{shown.name} - {self.portal.name}", crumbs, body, request, short_meta
        )

    # -- articles

    def body_cell(self, item: Item, revision: int) -> str:
        """The whole text in one cell: paragraphs joined by ``<br><br>``, the lead in bold,
        photos centred with an italic small caption, then author and source right-aligned."""
        paragraphs = item.body(revision)
        last = max(0, len(paragraphs) - 1)
        photos: dict[int, list[str]] = {}
        for index, image in enumerate(item.images):
            after = max(0, min(int(image.get("after", 0)), last))
            caption = esc(str(image.get("caption") or ""))
            src = esc(image_path(item, index, self.image_folder).lstrip("/"))
            photos.setdefault(after, []).append(
                f'<p align="center"><img src="{src}" width="450" border="0"><br>'
                f'<i><font size="1">{caption}</font></i></p>'
            )
        chunks: list[str] = []
        for position, text in enumerate(paragraphs):
            shown = f"<b>{esc(text)}</b>" if position == 0 else esc(text)
            chunks.append(shown)
            for photo in photos.get(position, []):
                chunks.append(photo)
        out = ""
        for index, chunk in enumerate(chunks):
            if index and not chunk.startswith("<p") and not chunks[index - 1].startswith("<p"):
                out += "<br><br>\n"
            out += chunk
        if item.author:
            out += f'\n<p align="right"><b>{esc(item.author)}</b></p>'
        if item.source:
            out += f'\n<p align="right"><i>Nguồn: {esc(item.source)}</i></p>'
        return out

    def article_html(self, item: Item, request: Request) -> str:
        revision = request.revision
        related = "\n".join(
            f'<tr><td><img src="images/dot.gif"> <a href="{esc(self.related_path(it).lstrip("/"))}" target="main" class="linktin">'
            f'{esc(it.title)}</a> <font size="1" color="#808080">({dmy(it.published)})</font></td></tr>'
            for it in self.others(item, 6)
        )
        body = f"""<table width="100%" border="0" cellpadding="4" cellspacing="0" class="chitiet">
<tr><td><font size="4" color="#003399" face="Arial"><b>{esc(item.title)}</b></font></td></tr>
<tr><td><font face="Arial" size="1" color="#808080">{detail_date(item.published)} &nbsp;-&nbsp; Lượt xem: {thousands(view_count(request.seed))}</font></td></tr>
<tr><td align="justify" class="noidung"><font face="Arial" size="2">
{self.body_cell(item, revision)}
</font></td></tr>
<tr><td align="right"><font face="Arial" size="1"><a href="{esc(self.print_path(item).lstrip("/"))}" target="_blank">[In bài]</a> &nbsp;
<a href="javascript:history.back()">[Quay lại]</a> &nbsp; <a href="#top">[Về đầu trang]</a></font></td></tr>
</table>
<table width="100%" border="0" cellpadding="3" cellspacing="0" style="margin-top:8px">
<tr><td bgcolor="#DDE7F7"><font face="Arial" size="2" color="#003399"><b>CÁC TIN KHÁC</b></font></td></tr>
{related}
</table>"""
        crumbs = [(self.listing_path(None), self.news.name)]
        if not self.is_news(item.section):
            crumbs.append((self.listing_path(item.section), item.section.name))
        short_meta = self.bare_content_type(request)
        return self.main_page(
            f"{item.title} - {self.portal.name}", crumbs, body, request, short_meta
        )

    def print_html(self, item: Item, request: Request) -> str:
        return f"""{self.head(item.title)}<body onload="window.print()">
<table width="650" align="center" border="0" cellpadding="4" cellspacing="0">
<tr><td><font face="Arial" size="2"><b>{esc(self.portal.name.upper())}</b></font><hr size="1"></td></tr>
<tr><td><font size="4" face="Arial"><b>{esc(item.title)}</b></font></td></tr>
<tr><td><font face="Arial" size="1">{detail_date(item.published)}</font></td></tr>
<tr><td align="justify"><font face="Arial" size="2">
{self.body_cell(item, request.revision)}
</font></td></tr>
</table>
</body>
</html>
"""

    # -- other pages

    def guestbook_html(self, request: Request) -> str:
        body = """<font face="Arial" size="2"><b>SỔ GÓP Ý</b><br>
Mời quý vị gửi ý kiến, câu hỏi về hoạt động của chính quyền huyện. Ý kiến sẽ được đăng sau khi
Ban biên tập xem xét.</font>
<form method="post" action="sogopy.asp?action=gui"><table border="0" cellpadding="3">
<tr><td><font size="2">Họ và tên:</font></td><td><input type="text" name="hoten" size="40"></td></tr>
<tr><td><font size="2">Email:</font></td><td><input type="text" name="email" size="40"></td></tr>
<tr><td valign="top"><font size="2">Nội dung:</font></td><td><textarea name="noidung" rows="6" cols="45"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi ý kiến"> <input type="reset" value="Nhập lại"></td></tr>
</table></form>"""
        return self.main_page(
            f"Sổ góp ý - {self.portal.name}", [("/sogopy.asp", "Sổ góp ý")], body, request
        )

    def intro_html(self, request: Request) -> str:
        portal = self.portal
        body = (
            f'<font face="Arial" size="2"><b>GIỚI THIỆU CHUNG</b><br><br>{esc(portal.name)} là '
            f"kênh thông tin chính thức của {esc(portal.agency)}, đăng tải tin hoạt động của "
            "chính quyền, văn bản chỉ đạo và hướng dẫn thủ tục hành chính cho người dân trong "
            "huyện.</font>"
        )
        return self.main_page(
            f"Giới thiệu - {portal.name}", [("/gioithieu.asp", "Giới thiệu")], body, request
        )

    def robots_txt(self, request: Request) -> str:
        return "User-agent: *\nDisallow: /admin/\nDisallow: /_vti_bin/\nDisallow: /Upload/Temp/\n"

    def error_html(self, status: int) -> str:
        if status == 404:
            heading, message = (
                "Không tìm thấy trang",
                "Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.",
            )
        else:
            heading, message = (
                "Lỗi máy chủ",
                "Microsoft VBScript runtime error '800a000d'. Xin quay lại sau.",
            )
        return f"""{HTML4}
<html><head>{meta_charset(False)}<title>{status} - {esc(heading)}</title></head>
<body bgcolor="#FFFFFF"><table width="500" border="0" cellpadding="3" cellspacing="5"><tr><td>
<font face="Verdana" size="2"><h2>{esc(heading)}</h2><p>{esc(message)}</p><hr>
<p>HTTP {status} - Internet Information Services</p><p><a href="/">Về trang chủ</a></p></font>
</td></tr></table></body></html>
"""
