"""An old (about 2012) ASP.NET department portal whose main content lives in an ``<iframe>``.

The outer page ``/Default.aspx?tabid=<n>`` (a section) or ``/Default.aspx?tabid=<n>&newsid=<id>``
(an article) carries the whole frame: header, menus, breadcrumb, sidebars and footer, and an
``<iframe id="ifrMain">`` whose ``src`` is a small document of its own:
``/Modules/News/List.aspx?cat=<n>&page=N`` (a listing with a numbered pager) or
``/Modules/News/Detail.aspx?id=<id>`` (the article: title, date, body, captions, byline,
related list). Links inside the iframe documents use ``target="_parent"`` and point to the outer
URLs, except a few related-news links that point to ``Detail.aspx`` directly.

Dates are written in words: "Thứ Năm, ngày 05 tháng 01 năm 2023 - 08:25" on articles and
"05 tháng 01, 2023" in lists (Vietnam time). Hazards: the inner documents are reachable only
through ``iframe/@src`` from the outer pages; the outer article page names the section, not the
article, in its ``<title>``; a script in each inner document sends a browser back to the outer
page; cookieless ASP.NET session ids in some paths (``/(S(<24 chars>))/Default.aspx``); a print
view opened by a ``javascript:`` link; a view counter next to the date.
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
    esc,
    image_path,
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

OUTER = "/Default.aspx"
LIST = "/Modules/News/List.aspx"
DETAIL = "/Modules/News/Detail.aspx"
PRINT = "/Modules/News/Print.aspx"
HOME_TAB = 1
_SESSION = re.compile(r"^/\(S\(([a-z0-9]{24})\)\)(/.*)$")


def article_date(moment: datetime) -> str:
    """The article date as the portal writes it.

    >>> article_date(datetime(2023, 1, 5, 8, 25))
    'Thứ Năm, ngày 05 tháng 01 năm 2023 - 08:25'
    """
    return f"{weekday(moment)}, ngày {moment:%d} tháng {moment:%m} năm {moment:%Y} - {moment:%H:%M}"


def list_date(moment: datetime) -> str:
    """The date shown after a title in listings.

    >>> list_date(datetime(2023, 1, 5, 8, 25))
    '05 tháng 01, 2023'
    """
    return f"{moment:%d} tháng {moment:%m}, {moment:%Y}"


class IframeCmsSite(CmsSite):
    """The iframe portal: outer frame pages and inner list/detail documents."""

    number_base = 2150
    number_stride = 3
    image_folder = "/Portals/0/News"
    family_headers = {
        "Server": "Microsoft-IIS/7.5",
        "X-Powered-By": "ASP.NET",
        "X-AspNet-Version": "2.0.50727",
    }

    # -- URL shapes

    def tab_of(self, section: Section | None) -> int:
        return (section or self.news).id

    def article_path(self, item: Item) -> str:
        return f"{OUTER}?tabid={item.section.id}&newsid={item.number}"

    def detail_path(self, item: Item) -> str:
        return f"{DETAIL}?id={item.number}"

    def article_aliases(self, item: Item) -> list[str]:
        return [self.detail_path(item)]

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        """The inner listing document of ``section`` (where the pager lives)."""
        return f"{LIST}?cat={self.tab_of(section)}&page={page}"

    def tab_path(self, section: Section | None) -> str:
        """The outer page of a section (what the menus link to)."""
        return f"{OUTER}?tabid={self.tab_of(section)}"

    def home_path(self) -> str:
        return "/"

    def print_paths(self) -> dict[str, str]:
        return {it.key: f"{PRINT}?id={it.number}" for it in self.items if it.kind == "article"}

    def session_prefix(self, seed: str) -> str:
        return f"/(S({stable_token(seed + 'sess', 24)}))"

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /DesktopModules/Admin/"]
        lines += [f"Disallow: {path}" for path in self.portal.robots_disallow]
        return "\n".join(lines) + "\n"

    # -- routing

    def all_tabs(self) -> list[Section]:
        return [self.news, *self.sections.values()]

    def tab_by_id(self, ident: int) -> Section | None:
        return next((s for s in self.all_tabs() if s.id == ident), None)

    def route(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        match = _SESSION.match(path)
        if match:
            path = match.group(2)
        lowered = path.lower()
        if lowered in ("/", OUTER.lower()):
            tab = page_number(params.get("tabid"), HOME_TAB)
            if "newsid" in params:
                item = self.by_number.get(page_number(params["newsid"], 0))
                if item is None or item.kind == "missing":
                    return self.error_response(404)
                if item.kind == "error":
                    return self.error_response(500)
                return self.html_response(self.outer_article_html(item, request))
            if tab == HOME_TAB:
                return self.html_response(self.home_html(request))
            section = self.tab_by_id(tab)
            if section is None:
                return None
            return self.html_response(self.outer_section_html(section, request))
        if lowered == LIST.lower():
            section = self.tab_by_id(page_number(params.get("cat"), 0))
            if section is None:
                return None
            page = page_number(params.get("page"))
            items, pages = self.page_of(self.listed(section), page)
            if page > pages:
                return None
            return self.html_response(self.list_html(section, page, pages, items, request))
        if lowered == DETAIL.lower():
            item = self.by_number.get(page_number(params.get("id"), 0))
            return self.article_response(item, request) if item else None
        if lowered == PRINT.lower():
            item = self.by_number.get(page_number(params.get("id"), 0))
            if item is None or item.kind != "article":
                return None
            return self.html_response(self.print_html(item, request))
        return None

    # -- the outer frame

    def outer(self, title: str, tab: int, crumbs: list[str], src: str, seed: str) -> str:
        portal = self.portal
        session = self.session_prefix(seed)
        menu = "".join(
            f'<li class="{"active" if s.id == tab else ""}"><a href="{esc(self.tab_path(s))}">'
            f"{esc(s.name)}</a></li>"
            for s in self.all_tabs()
        )
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        choices = "".join(
            f'<input type="radio" name="dnn$ctr412$Poll$rblOptions" id="rbl{i}" value="{i}" />'
            f'<label for="rbl{i}">{esc(o)}</label><br />'
            for i, o in enumerate(options)
        )
        latest = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.latest(6)
        )
        featured = "".join(
            f'<li><a href="{esc(session + self.article_path(it))}">'
            f'<img src="{esc(image_path(it, 0, self.image_folder))}" width="60" alt="" />'
            f"{esc(it.title)}</a></li>"
            for it in self.latest(9)[6:9]
        )
        crumb = " &raquo; ".join(
            [f'<a href="{esc(session + OUTER)}?tabid={HOME_TAB}">Trang chủ</a>']
            + [esc(c) for c in crumbs]
        )
        viewstate = "/wEPDwULLTE" + stable_token(seed + "vs", 300, "ABCDEFGHabcdefgh0123456789+/")
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<link href="/Portals/_default/Skins/SoTTTT/skin.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.7.2.min.js"></script>
<script type="text/javascript">
function autoResize(f) {{ try {{ f.height = f.contentWindow.document.body.scrollHeight + 20; }} catch (e) {{}} }}
</script>
</head>
<body id="Body">
<form name="Form" method="post" action="{esc(OUTER)}?tabid={tab}" id="Form">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
<div id="wrapper">
<div id="banner"><a href="{esc(session + OUTER)}?tabid={HOME_TAB}"><img src="/Portals/0/banner_sottt.jpg" alt="{esc(portal.name)}" /></a>
<div class="banner-search"><input type="text" name="txtSearch" /><a href="javascript:__doSearch()">Tìm kiếm</a></div></div>
<div id="topmenu"><ul class="menu"><li><a href="{esc(OUTER)}?tabid={HOME_TAB}">Trang chủ</a></li>{menu}
<li><a href="javascript:void(0)" onclick="window.open('/lienhe.htm')">Liên hệ</a></li></ul></div>
<div id="breadcrumb">Bạn đang ở: {crumb}</div>
<table id="layout" cellpadding="0" cellspacing="0" width="100%"><tr>
<td id="leftpane" valign="top">
<div class="box"><div class="box-title">Kết quả giải quyết TTHC</div>
<div class="box-content"><p>Tháng {stats["month"]}: đã giải quyết {thousands(stats["total"])} hồ sơ</p>
<p>Đúng hạn: {thousands(stats["ontime"])} ({stats["percent"]}%)</p><p>Trễ hạn: {thousands(stats["late"])}</p></div></div>
<div class="box"><div class="box-title">Liên kết website</div>
<select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="http://chinhphu.vn">Cổng TTĐT Chính phủ</option><option value="http://mic.gov.vn">Bộ Thông tin và Truyền thông</option></select>
<p><a href="http://dichvucong.gov.vn" target="_blank"><img src="/Portals/0/Banner/dvc.jpg" alt="Cổng dịch vụ công quốc gia" /></a></p></div>
<div class="box"><div class="box-title">Thăm dò ý kiến</div><div class="box-content"><p>{esc(question)}</p>{choices}
<input type="submit" name="dnn$ctr412$Poll$btnVote" value="Biểu quyết" /></div></div>
</td>
<td id="contentpane" valign="top">
<iframe id="ifrMain" name="ifrMain" src="{esc(src)}" width="100%" height="1400" frameborder="0" scrolling="no" onload="autoResize(this)"></iframe>
</td>
<td id="rightpane" valign="top">
<div class="box"><div class="box-title">Tin mới</div><ul class="news-new">{latest}</ul></div>
<div class="box"><div class="box-title">Tin nổi bật</div><ul class="news-hot">{featured}</ul></div>
<div class="box"><div class="box-title">Thống kê truy cập</div><div class="box-content">
<span id="dnn_lblOnline">Đang trực tuyến: {thousands(visits["online"])}</span><br />
<span id="dnn_lblToday">Hôm nay: {thousands(visits["today"])}</span><br />
<span id="dnn_lblTotal">Tổng số: {thousands(visits["total"])}</span></div></div>
</td></tr></table>
<div id="footer">
<p>Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)}</p>
<p class="reuse">{esc(reuse_notice(portal))}</p>
<p class="design">Thiết kế bởi Trung tâm Công nghệ thông tin và Truyền thông - Phiên bản 2.1 (2012)</p>
</div>
</div>
</form>
</body>
</html>
"""

    def home_html(self, request: Request) -> str:
        return self.outer(self.portal.name, HOME_TAB, [], self.listing_path(None), request.seed)

    def outer_section_html(self, section: Section, request: Request) -> str:
        title = f"{section.name} - {self.portal.name}"
        return self.outer(
            title, section.id, [section.name], self.listing_path(section), request.seed
        )

    def outer_article_html(self, item: Item, request: Request) -> str:
        # The outer page names the section only: the article is in the iframe.
        section = item.section
        title = f"{section.name} - {self.portal.name}"
        return self.outer(title, section.id, [section.name], self.detail_path(item), request.seed)

    # -- inner documents

    def inner(self, title: str, parent: str, body: str, action: str, seed: str) -> str:
        viewstate = "/wEPDwUJ" + stable_token(seed + "ivs", 120, "ABCDEFGHabcdefgh0123456789+/")
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<link href="/Modules/News/css/news.css" rel="stylesheet" type="text/css" />
<script type="text/javascript">
if (window.top == window.self) {{ window.location.replace('{esc(parent)}'); }}
</script>
</head>
<body class="ifr-body">
<form name="form1" method="post" action="{esc(action)}" id="form1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
{body}
</form>
</body>
</html>
"""

    def list_html(
        self, section: Section, page: int, pages: int, items: list[Item], request: Request
    ) -> str:
        rows = "".join(
            f'<div class="news-item"><a href="{esc(self.article_path(it))}" target="_parent">'
            f'<img class="news-thumb" src="{esc(image_path(it, 0, self.image_folder))}" alt="" />'
            f'</a><a class="news-title" href="{esc(self.article_path(it))}" target="_parent">'
            f'{esc(it.title)}</a> <span class="news-date">{list_date(it.published)}</span>'
            f'<p class="news-summary">{esc(it.sapo(request.revision))}</p></div>'
            for it in items
        )
        pager = []
        if page > 1:
            pager.append(f'<a href="List.aspx?cat={section.id}&amp;page=1">&laquo; Đầu</a>')
        pager += pager_numbers(
            page,
            pages,
            lambda n: f'<a href="List.aspx?cat={section.id}&amp;page={n}">{n}</a>',
            current='<span class="current">{n}</span>',
            gap="<span>...</span>",
        )
        if page < pages:
            pager.append(f'<a href="List.aspx?cat={section.id}&amp;page={pages}">Cuối &raquo;</a>')
        body = (
            f'<div class="news-list"><div class="cat-title">{esc(section.name)}</div>{rows}'
            f'<div class="pager">Trang: {" ".join(pager)}</div></div>'
        )
        return self.inner(
            section.name,
            self.tab_path(section),
            body,
            f"List.aspx?cat={section.id}&page={page}",
            request.seed,
        )

    def content_html(self, item: Item, revision: int) -> str:
        parts = []
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                parts.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                index, caption = value
                parts.append(
                    '<table class="image" align="center" border="0"><tr><td>'
                    f'<img src="{esc(image_path(item, index, self.image_folder))}" width="500" '
                    f'alt="" /></td></tr><tr><td class="image-caption"><em>{esc(caption)}</em>'
                    "</td></tr></table>"
                )
        if item.author:
            parts.append(f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>')
        return "\n".join(parts)

    def article_html(self, item: Item, request: Request) -> str:
        revision = request.revision
        modified = item.shown_modified(revision)
        updated = (
            f' <span class="detail-updated">(Cập nhật: {article_date(modified)})</span>'
            if modified
            else ""
        )
        source = (
            f'<div class="detail-source">Nguồn: {esc(item.source)}</div>' if item.source else ""
        )
        related = []
        for i, other in enumerate(self.others(item, 6)):
            if i % 3 == 2:  # some related links go straight to the inner document
                href, target = f"Detail.aspx?id={other.number}", ""
            else:
                href, target = self.article_path(other), ' target="_parent"'
            related.append(
                f'<li><a href="{esc(href)}"{target}>{esc(other.title)}</a> '
                f'<span class="news-date">({list_date(other.published)})</span></li>'
            )
        body = f"""<div class="news-detail">
<div class="cat-title"><a href="{esc(self.tab_path(item.section))}" target="_parent">{esc(item.section.name)}</a></div>
<h1 class="detail-title">{esc(item.title)}</h1>
<div class="detail-info"><span class="detail-date">{article_date(item.published)}</span>{updated}
<span class="detail-view">Lượt xem: {thousands(view_count(item.key))}</span>
<a class="detail-tool" href="javascript:window.open('Print.aspx?id={item.number}','InBai','width=760,height=600,scrollbars=yes')">In bài</a>
<a class="detail-tool" href="javascript:void(0)" onclick="sendMail({item.number})">Gửi email</a></div>
<div class="detail-content" id="divContent">
{self.content_html(item, revision)}
</div>
{source}
<div class="detail-related"><div class="related-title">Các tin khác</div><ul>{"".join(related)}</ul></div>
</div>"""
        return self.inner(
            item.title, self.article_path(item), body, f"Detail.aspx?id={item.number}", request.seed
        )

    def print_html(self, item: Item, request: Request) -> str:
        source = f"<p><i>Nguồn: {esc(item.source)}</i></p>" if item.source else ""
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(item.title)}</title></head>
<body onload="window.print()">
<div class="print-header">{esc(self.portal.name)}</div>
<h2>{esc(item.title)}</h2><p>{article_date(item.published)}</p>
{self.content_html(item, request.revision)}
{source}
<p><a href="javascript:window.close()">Đóng cửa sổ</a></p>
</body></html>
"""

    def error_html(self, status: int) -> str:
        message = (
            "Trang bạn yêu cầu không tồn tại hoặc đã bị xóa."
            if status == 404
            else "Hệ thống đang bận, xin vui lòng thử lại sau."
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Lỗi {status} - {esc(self.portal.name)}</title></head>
<body><div id="error"><h2>Thông báo</h2><p>{message}</p>
<p><a href="{OUTER}?tabid={HOME_TAB}">Quay về trang chủ</a></p></div></body></html>
"""
