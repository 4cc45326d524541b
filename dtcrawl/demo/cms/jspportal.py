"""A provincial portal written in Java: JSP pages and Struts 1 actions on Apache Tomcat (``kylam``).

Around 2008-2012 several provinces had their portal built as a Java web application by a local
software house: Struts 1 ``*.do`` actions dispatched on a ``method`` parameter, Tiles layouts of
nested tables, FCKeditor for the article text, the whole deployed under the ``/portal`` context
path of a Tomcat behind nginx. Such portals are still online, and this family serves what they
look like:

- home ``/portal/`` (``/`` and ``/portal`` answer 302 to it; ``/portal/trangchu.do`` is the same
  page); news ``/portal/tintuc.do?method=list&catId=10``, topics ``…&catId=12`` … ``16``;
  page N (one-based) ``…&page=N``, page size ``…&pageSize=20`` (10, 20 or 30); pages past the end
  show the last page, as the Struts action clamps the number;
- article ``/portal/tintuc.do?method=detail&id=<n>`` (listings add ``&catId=<c>``: an alias);
  print view ``…?method=print&id=<n>``, "Gửi bạn bè" form ``…?method=sendFriend&id=<n>``;
- RSS 2.0 ``/portal/rss.do?catId=<c>`` (announced by ``<link rel="alternate">`` and in the footer);
- Tomcat's URL rewriting: every page asked for without ``;jsessionid=`` opens a new session
  (``Set-Cookie: JSESSIONID=…; Path=/portal``) and writes ``;jsessionid=<32 hex>`` into the links
  its JSP tags build (listings, pager, boxes, breadcrumbs); a page asked for with one writes that
  one. Links from the static includes (top and left menus, footer) carry none. The demo server
  passes no request cookies, so every page behaves as for a client that never sends the cookie;
- the pager's links also carry ``onclick="return goPage(N)"`` (a hidden POST form), with
  "Trang đầu"/"Trang trước"/"Trang sau"/"Trang cuối" and a page-size ``<select>``;
- every page declares ``charset=windows-1258`` in a ``<meta http-equiv>`` while the bytes and the
  HTTP header are UTF-8 (the layout JSP was copied from an older site);
- the ``<title>`` is the page type set by the Tiles definition ("Chi tiết tin"), never the
  article's title, which is only in ``<div class="tieude_chitiet">``;
- article bodies as FCKeditor left them: either a ``<div>`` per paragraph (with ``<div>&nbsp;</div>``
  spacers) or one ``<div>`` of text runs separated by ``<br /><br />``; the lead (first paragraph)
  sits bold in a summary block above the body, the author right-aligned at the end of the body,
  "Nguồn: …" in a block under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from urllib.parse import urlencode

from dtcrawl.demo.cms.common import (
    VN_TZ,
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    body_blocks,
    dmy,
    encode_cp1258,
    esc,
    image_path,
    listing_date,
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
from dtcrawl.text import fold

CONTEXT = "/portal"
HOME = f"{CONTEXT}/"
NEWS_ACTION = f"{CONTEXT}/tintuc.do"
RSS_ACTION = f"{CONTEXT}/rss.do"
ABOUT = f"{CONTEXT}/gioithieu.do"
SEARCH = f"{CONTEXT}/timkiem.do"
PAGE_SIZES = (10, 20, 30)
RSS_ITEMS = 15
JSESSIONID = re.compile(r";jsessionid=([^?#/;]+)", re.IGNORECASE)
HEX = "0123456789ABCDEF"


def publish_date(moment: datetime) -> str:
    """The 12-hour date of an article page (SA before noon, CH after).

    >>> publish_date(datetime(2022, 10, 17, 8, 22, 19))
    '17/10/2022 8:22:19 SA'
    >>> publish_date(datetime(2022, 10, 17, 0, 5)), publish_date(datetime(2022, 10, 17, 12, 40))
    ('17/10/2022 12:05:00 SA', '17/10/2022 12:40:00 CH')
    """
    hour = moment.hour % 12 or 12
    half = "SA" if moment.hour < 12 else "CH"
    return f"{dmy(moment)} {hour}:{moment:%M:%S} {half}"


def session_id(seed: str) -> str:
    """The 32-hex-digit JSESSIONID Tomcat hands to a page asked for without one.

    >>> sid = session_id("kylam:/portal/")
    >>> len(sid), sid == sid.upper(), sid == session_id("kylam:/portal/")
    (32, True, True)
    """
    return stable_token(seed + "jsessionid", 32, HEX)


def rss_date(moment: datetime) -> str:
    """RFC 822 date with the Vietnam offset.

    >>> rss_date(datetime(2022, 10, 17, 8, 22, 19))
    'Mon, 17 Oct 2022 08:22:19 +0700'
    """
    return format_datetime(moment.replace(tzinfo=VN_TZ))


def numeric_refs(markup: str) -> str:
    """Non-ASCII characters as decimal character references, as Dreamweaver saved the static
    includes (so they survive whatever charset the page is read in).

    >>> numeric_refs("Về đầu trang")
    'V&#7873; &#273;&#7847;u trang'
    """
    return "".join(ch if ord(ch) < 128 else f"&#{ord(ch)};" for ch in markup)


def legacy_text(text: str) -> str:
    """``text`` as the articles migrated from the old windows-1258 site are stored: tone marks
    as combining characters after the letter (what decoding windows-1258 gives).

    >>> from unicodedata import normalize
    >>> legacy = legacy_text("Chuyển đổi số")
    >>> legacy != "Chuyển đổi số", normalize("NFC", legacy)
    (True, 'Chuyển đổi số')
    """
    return encode_cp1258(text).decode("cp1258")


@dataclass(frozen=True)
class Ctx:
    """One request as the JSPs see it: the request and its session (``fresh``: opened now)."""

    request: Request
    sid: str
    fresh: bool

    @property
    def seed(self) -> str:
        return self.request.seed


def request_context(request: Request) -> Ctx:
    """The session of ``request``: the ``;jsessionid`` it was asked with, else a new one."""
    asked = request.seed.split(":", 1)[1] if ":" in request.seed else ""
    match = JSESSIONID.search(asked.split("?", 1)[0])
    if match:
        return Ctx(request, match.group(1), False)
    return Ctx(request, session_id(request.seed), True)


class JspPortalSite(CmsSite):
    """The Struts/JSP portal on Tomcat (see the module docstring for its URL shapes)."""

    number_base = 11_240
    number_stride = 13
    image_folder = f"{CONTEXT}/upload/tintuc"
    family_headers = {"Server": "Apache-Coyote/1.1"}

    def __init__(self, portal, articles):
        super().__init__(portal, articles)
        # The oldest quarter of the articles came over from the previous site, whose database
        # held windows-1258 text: their letters are decomposed (base letter + tone mark).
        healthy = [it for it in self.items if it.kind == "article"]
        cut = healthy[-(len(healthy) // 4)] if len(healthy) >= 4 else None
        self.legacy_keys = {it.key for it in healthy if cut and it.published <= cut.published}
        for it in healthy:
            if it.key in self.legacy_keys:
                it.title = legacy_text(it.title)
                it.paragraphs = [legacy_text(p) for p in it.paragraphs]
                if it.revised:
                    it.revised = [legacy_text(p) for p in it.revised]
                for image in it.images:
                    image["caption"] = legacy_text(str(image.get("caption") or ""))

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"{NEWS_ACTION}?method=detail&id={item.number}"

    def article_aliases(self, item: Item) -> list[str]:
        # Listings, home boxes and "Các tin đã đưa" link the article with its category.
        return [f"{self.article_path(item)}&catId={item.section.id}"]

    def cat_id(self, section: Section | None) -> int:
        return self.news.id if self.is_news(section) else section.id

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        query = {"method": "list", "catId": self.cat_id(section)}
        if page > 1:
            query["page"] = page
        return f"{NEWS_ACTION}?{urlencode(query)}"

    def home_path(self) -> str:
        return HOME

    def print_paths(self) -> dict[str, str]:
        return {
            it.key: f"{NEWS_ACTION}?method=print&id={it.number}"
            for it in self.items
            if it.kind == "article"
        }

    def extra_paths(self) -> dict[str, str]:
        return {"rss": f"{RSS_ACTION}?catId={self.news.id}"}

    def encoded(self, ctx: Ctx, action: str, query: dict[str, object] | None = None) -> str:
        """A link as ``<html:link>`` writes it: the session id in the path, then the query."""
        url = f"{action};jsessionid={ctx.sid}"
        return f"{url}?{urlencode(query)}" if query else url

    def detail_link(self, item: Item, ctx: Ctx, with_cat: bool = False) -> str:
        query: dict[str, object] = {"method": "detail", "id": item.number}
        if with_cat:
            query["catId"] = self.cat_id(item.section)
        return self.encoded(ctx, NEWS_ACTION, query)

    def section_by_cat(self, value: str | None) -> tuple[bool, Section | None]:
        """``(found, section)`` for a ``catId`` parameter (None section: the news listing)."""
        if value is None or value == str(self.news.id):
            return True, None
        if value.isdigit():
            section = self.section_by_id(int(value))
            if section:
                return True, section
        return False, None

    # -- responses

    def html_response(
        self, markup: str, status: int = 200, headers: dict | None = None
    ) -> Response:
        response = super().html_response(markup, status, headers)
        response.headers["Content-Type"] = "text/html;charset=UTF-8"
        return response

    def with_session(self, response: Response | None, ctx: Ctx) -> Response | None:
        """Add the session cookie Tomcat sets when it opened a session for this request."""
        if response is not None and ctx.fresh:
            response.headers["Set-Cookie"] = f"JSESSIONID={ctx.sid}; Path={CONTEXT}; HttpOnly"
        return response

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", CONTEXT):
            return Response(302, {"Location": HOME, "Content-Type": "text/html;charset=UTF-8"}, b"")
        ctx = request_context(request)
        response = self.dispatch(path, ctx)
        if path == RSS_ACTION:  # the feed servlet opens no session
            return response
        return self.with_session(response, ctx)

    def dispatch(self, path: str, ctx: Ctx) -> Response | None:
        params = ctx.request.params
        if path in (HOME, f"{CONTEXT}/trangchu.do", f"{CONTEXT}/index.jsp"):
            return self.html_response(self.home_html(ctx))
        if path == NEWS_ACTION:
            method = params.get("method", "list")
            if method == "list":
                found, section = self.section_by_cat(params.get("catId"))
                return self.html_response(self.listing_html(section, ctx)) if found else None
            ident = params.get("id", "")
            item = self.by_number.get(int(ident)) if ident.isdigit() else None
            if item is None:
                return None
            if method == "detail":
                return self.article_response(item, ctx.request)
            if item.kind != "article":
                return None
            if method == "print":
                return self.html_response(self.print_html(item, ctx))
            if method == "sendFriend":
                return self.html_response(self.send_friend_html(item, ctx))
            return None
        if path == RSS_ACTION:
            found, section = self.section_by_cat(params.get("catId"))
            if not found:
                return None
            return Response(
                200,
                {"Content-Type": "text/xml;charset=UTF-8", **self.family_headers},
                self.rss_xml(section, ctx.request).encode("utf-8"),
            )
        if path == ABOUT:
            return self.html_response(self.about_html(ctx))
        if path == SEARCH:
            return self.html_response(self.search_html(ctx))
        return None

    def article_html(self, item: Item, request: Request) -> str:
        return self.article_page(item, request_context(request))

    # -- the Tiles layout

    def frame(
        self,
        page_title: str,
        main: str,
        ctx: Ctx,
        crumbs: list[tuple[str, str | None]] | None = None,
    ) -> str:
        portal = self.portal
        today = self.items[0].published if self.items else datetime(2024, 1, 1)
        crumb_html = ""
        if crumbs:
            parts = [f'<a href="{esc(self.encoded(ctx, HOME))}">Trang chủ</a>']
            for name, url in crumbs:
                parts.append(f'<a href="{esc(url)}">{esc(name)}</a>' if url else esc(name))
            crumb_html = f'<div class="duongdan">{" &raquo; ".join(parts)}</div>'
        feed = f"{RSS_ACTION}?catId={self.news.id}"
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />
<meta name="keywords" content="{esc(portal.province)}, cổng thông tin điện tử, ủy ban nhân dân tỉnh, tin tức, văn bản" />
<title>{esc(portal.name)} - {esc(page_title)}</title>
<link href="{CONTEXT}/css/style.css" rel="stylesheet" type="text/css" />
<link href="{CONTEXT}/css/menu.css" rel="stylesheet" type="text/css" />
<link rel="alternate" type="application/rss+xml" title="{esc(self.news.name)}" href="{feed}" />
<script type="text/javascript" src="{CONTEXT}/js/common.js"></script>
<script type="text/javascript" src="{CONTEXT}/js/menu_dropdown.js"></script>
</head>
<body>
<a name="top"></a>
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" id="wrapper">
<tr><td colspan="3" id="header"><a href="{HOME}"><img src="{CONTEXT}/images/banner_top.jpg" width="1000" height="150" border="0" alt="{esc(portal.name)}" /></a></td></tr>
<tr><td colspan="3" id="menungang">{self.top_menu()}</td></tr>
<tr><td colspan="3" class="dong_chaomung"><span class="ngay_hientai">{weekday(today)}, ngày {dmy(today)}</span>
<marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">Chào mừng bạn đến với {esc(portal.name)}! Chúc bạn một ngày làm việc hiệu quả.</marquee></td></tr>
<tr>
<td width="200" valign="top" id="cot_trai">
{self.left_column(ctx)}
</td>
<td width="560" valign="top" id="cot_giua">
{crumb_html}
{main}
</td>
<td width="240" valign="top" id="cot_phai">
{self.right_column(ctx)}
</td>
</tr>
<tr><td colspan="3" id="footer">{self.footer()}</td></tr>
</table>
<script type="text/javascript">
var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");
</script>
</body>
</html>
"""

    def top_menu(self) -> str:
        # A static include: plain context-relative links, no session id.
        items = [("Trang chủ", HOME), ("Giới thiệu", ABOUT)]
        items.append((self.news.name, self.listing_path(None)))
        items += [(s.name, self.listing_path(s)) for s in self.sections.values()]
        cells = "".join(f'<li><a href="{esc(url)}">{esc(name)}</a></li>' for name, url in items)
        return f'<ul id="nav" class="menu_ngang">{cells}</ul>'

    def left_column(self, ctx: Ctx) -> str:
        sections = "".join(
            f'<tr><td class="menu_doc_item"><img src="{CONTEXT}/images/arrow.gif" alt="" /> '
            f'<a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></td></tr>'
            for s in self.sections.values()
        )
        return f"""<table width="100%" cellpadding="0" cellspacing="0" class="box_trai">
<tr><td class="title_box">Chuyên mục tin</td></tr>
<tr><td class="menu_doc_item"><img src="{CONTEXT}/images/arrow.gif" alt="" /> <a href="{esc(self.listing_path(None))}">{esc(self.news.name)}</a></td></tr>
{sections}
</table>
<table width="100%" cellpadding="0" cellspacing="0" class="box_trai">
<tr><td class="title_box">Tìm kiếm</td></tr>
<tr><td><form name="timkiemForm" method="get" action="{SEARCH}"><input type="text" name="keyword" size="18" class="txt_timkiem" />
<input type="submit" value="Tìm" class="btn_timkiem" /></form></td></tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" class="box_trai">
<tr><td class="title_box">Liên kết website</td></tr>
<tr><td><select name="lienket" style="width:180px" onchange="if(this.value!='')window.open(this.value)">
<option value="">--- Chọn liên kết ---</option>
<option value="http://www.chinhphu.vn">Cổng TTĐT Chính phủ</option>
<option value="http://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option>
<option value="http://vanban.chinhphu.vn">Hệ thống văn bản Chính phủ</option>
</select></td></tr>
<tr><td class="banner_trai"><a href="http://dichvucong.gov.vn" target="_blank"><img src="{CONTEXT}/images/banner/dvcqg.jpg" width="190" border="0" alt="Dịch vụ công" /></a></td></tr>
<tr><td class="banner_trai"><a href="javascript:void(0)" onclick="window.open('http://email.{esc(self.portal.domain)}')"><img src="{CONTEXT}/images/banner/thudientu.jpg" width="190" border="0" alt="Thư điện tử công vụ" /></a></td></tr>
</table>"""

    def right_column(self, ctx: Ctx) -> str:
        seed = ctx.seed
        stats = visitor_stats(seed)
        tthc = tthc_stats(seed)
        question, options = poll(seed)
        hot = "".join(
            f'<li><a href="{esc(self.detail_link(it, ctx))}">{esc(it.title)}</a></li>'
            for it in self.latest(6)
        )
        choices = "".join(
            f'<input type="radio" name="luachon" value="{n}" /> {esc(o)}<br />'
            for n, o in enumerate(options, 1)
        )
        return f"""<div class="box_phai"><div class="title_box">Tin nổi bật</div>
<ul class="ds_tinnoibat">{hot}</ul></div>
<div class="box_phai"><div class="title_box">Kết quả giải quyết TTHC</div>
<div class="tthc">Tháng {tthc["month"]}: tiếp nhận và giải quyết <b>{thousands(tthc["total"])}</b> hồ sơ;
đúng hạn <b>{thousands(tthc["ontime"])}</b> ({tthc["percent"]}%); trễ hạn <b>{thousands(tthc["late"])}</b>.</div></div>
<div class="box_phai"><div class="title_box">Thăm dò ý kiến</div>
<form name="binhchonForm" method="post" action="{esc(self.encoded(ctx, CONTEXT + "/binhchon.do"))}">
<div class="cauhoi">{esc(question)}</div>{choices}
<input type="button" value="Bình chọn" onclick="submitBinhChon()" /> <a href="javascript:xemKetQua()">Xem kết quả</a>
</form></div>
<div class="box_phai"><div class="title_box">Thống kê truy cập</div>
<table class="thongke" width="100%">
<tr><td>Đang truy cập:</td><td align="right">{thousands(stats["online"])}</td></tr>
<tr><td>Hôm nay:</td><td align="right">{thousands(stats["today"])}</td></tr>
<tr><td>Trong tháng:</td><td align="right">{thousands(stats["month"])}</td></tr>
<tr><td>Tổng lượt truy cập:</td><td align="right">{thousands(stats["total"])}</td></tr>
</table></div>"""

    def footer(self) -> str:
        # A static include saved by Dreamweaver: Vietnamese letters as character references.
        portal = self.portal
        return numeric_refs(f"""<div class="menu_footer"><a href="{HOME}">Trang chủ</a> | <a href="{ABOUT}">Giới thiệu</a> | <a href="{RSS_ACTION}?catId={self.news.id}"><img src="{CONTEXT}/images/rss.gif" alt="RSS" border="0" /> RSS</a> | <a href="#top">Về đầu trang</a></div>
<div class="thongtin_footer">
<b>Cơ quan chủ quản: {esc(portal.agency)}</b><br />
Trưởng Ban biên tập: {esc(portal.editor)}<br />
{esc(portal.licence)}<br />
Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)}<br />
{esc(reuse_notice(portal))}<br />
<span class="dangchay">Phát triển bởi Trung tâm Công nghệ thông tin và Truyền thông tỉnh {esc(portal.province)}.</span>
</div>""")

    # -- listings

    def list_item(self, item: Item, ctx: Ctx) -> str:
        url = esc(self.detail_link(item, ctx, with_cat=True))
        return (
            '<div class="item_tin">'
            f'<a href="{url}"><img class="anh_tin" src="{image_path(item, 0, self.image_folder)}" '
            'width="120" height="90" border="0" alt="" align="left" /></a>'
            f'<a class="tieude_tin" href="{url}">{esc(item.title)}</a> '
            f'<span class="ngay_tin">{listing_date(item.published)}</span>'
            f'<div class="tomtat_tin">{esc(item.sapo())}</div>'
            '<div class="clear"></div></div>'
        )

    def listing_html(self, section: Section | None, ctx: Ctx) -> str:
        params = ctx.request.params
        size_value = params.get("pageSize", "")
        size = int(size_value) if size_value.isdigit() and int(size_value) in PAGE_SIZES else 0
        per_page = size or self.portal.page_size
        items = self.listed(section)
        pages = max(1, -(-len(items) // per_page))
        try:
            page = int(params.get("page", "1"))
        except ValueError:
            page = 1
        page = min(max(page, 1), pages)  # the action clamps the number
        shown = items[(page - 1) * per_page : page * per_page]
        name = (section or self.news).name
        rows = "".join(self.list_item(it, ctx) for it in shown)
        crumbs: list[tuple[str, str | None]] = [(self.news.name, None)]
        if not self.is_news(section):
            crumbs = [
                (self.news.name, self.encoded(ctx, NEWS_ACTION, self.list_query(None))),
                (name, None),
            ]
        main = (
            f'<div class="title_chuyenmuc">{esc(name)}</div>'
            f'<div class="ds_tin">{rows or "Chưa có tin bài trong chuyên mục."}</div>'
            + self.pager(section, page, pages, size, ctx)
        )
        return self.frame(name, main, ctx, crumbs)

    def list_query(self, section: Section | None, page: int = 0, size: int = 0) -> dict:
        query: dict[str, object] = {"method": "list", "catId": self.cat_id(section)}
        if page:
            query["page"] = page
        if size:
            query["pageSize"] = size
        return query

    def pager(self, section: Section | None, page: int, pages: int, size: int, ctx: Ctx) -> str:
        """The Struts pager: numbered links with ``goPage`` handlers and a page-size select."""

        def link(n: int, label: str, css: str = "") -> str:
            url = esc(self.encoded(ctx, NEWS_ACTION, self.list_query(section, n, size)))
            klass = f' class="{css}"' if css else ""
            return f'<a{klass} href="{url}" onclick="return goPage({n})">{label}</a>'

        parts = [f'<span class="tongtrang">Trang {page}/{pages}</span>']
        if page > 1:
            parts.append(link(1, "Trang đầu", "trangdau"))
            parts.append(link(page - 1, "Trang trước", "trangtruoc"))
        parts += pager_numbers(
            page,
            pages,
            lambda n: link(n, str(n)),
            current='<b class="trang_hientai">{n}</b>',
            gap="<span>...</span>",
        )
        if page < pages:
            parts.append(link(page + 1, "Trang sau", "trangsau"))
            parts.append(link(pages, "Trang cuối", "trangcuoi"))
        current = size or self.portal.page_size
        options = "".join(
            f'<option value="{n}"{" selected" if n == current else ""}>{n}</option>'
            for n in PAGE_SIZES
        )
        action = esc(self.encoded(ctx, NEWS_ACTION))
        return f"""<div class="phantrang">{" ".join(parts)}
&nbsp;&nbsp;Hiển thị <select name="pageSize" onchange="changePageSize(this.value)">{options}</select> tin/trang</div>
<form name="pagingForm" method="post" action="{action}">
<input type="hidden" name="method" value="list" />
<input type="hidden" name="catId" value="{self.cat_id(section)}" />
<input type="hidden" name="page" value="{page}" />
<input type="hidden" name="pageSize" value="{current}" />
</form>
<script type="text/javascript">
function goPage(p) {{ document.pagingForm.page.value = p; document.pagingForm.submit(); return false; }}
function changePageSize(s) {{ document.pagingForm.pageSize.value = s; document.pagingForm.page.value = 1; document.pagingForm.submit(); }}
</script>"""

    # -- home

    def home_html(self, ctx: Ctx) -> str:
        healthy = self.latest(len(self.items))
        top = ""
        if healthy:
            lead = healthy[0]
            url = esc(self.detail_link(lead, ctx))
            newer = "".join(
                f'<li><a href="{esc(self.detail_link(it, ctx))}">{esc(it.title)}</a> '
                f'<span class="ngay_tin">{listing_date(it.published)}</span></li>'
                for it in healthy[1:6]
            )
            top = (
                '<table width="100%" class="tin_tieudiem"><tr><td width="55%" valign="top">'
                f'<a href="{url}"><img src="{image_path(lead, 0, self.image_folder)}" '
                'width="290" height="200" border="0" alt="" /></a>'
                f'<div class="tieude_tieudiem"><a href="{url}">{esc(lead.title)}</a></div>'
                f'<div class="tomtat_tin">{esc(lead.sapo())}</div></td>'
                f'<td valign="top"><div class="title_box">Tin mới</div><ul class="ds_tinmoi">{newer}'
                "</ul></td></tr></table>"
            )
        blocks = []
        for section in self.sections.values():
            rows = "".join(
                f'<li><a href="{esc(self.detail_link(it, ctx, with_cat=True))}">'
                f'{esc(it.title)}</a> <span class="ngay_tin">{listing_date(it.published)}</span></li>'
                for it in self.by_section.get(section.name, [])[:4]
            )
            more = esc(self.encoded(ctx, NEWS_ACTION, self.list_query(section)))
            blocks.append(
                f'<div class="khung_chuyenmuc"><div class="title_chuyenmuc"><a href="{more}">'
                f"{esc(section.name)}</a></div><ul>{rows}</ul>"
                f'<div class="xemtiep"><a href="{more}">Xem tiếp &raquo;</a></div></div>'
            )
        return self.frame("Trang chủ", top + "".join(blocks), ctx)

    # -- article, print, send to a friend

    def editor_style(self, item: Item) -> str:
        """How FCKeditor left this article: ``div`` per paragraph or ``br`` runs."""
        return "div" if stable_int(item.key + "editor", 0, 1) == 0 else "br"

    def image_html(self, item: Item, index: int, caption: str, style: str) -> str:
        src = image_path(item, index, self.image_folder)
        if style == "div":
            return (
                '<table align="center" border="0" cellpadding="3" cellspacing="0" width="450">'
                f'<tbody><tr><td><img alt="" border="0" src="{src}" width="450" /></td></tr>'
                f'<tr><td class="chuthich_anh" style="text-align: center;"><em>{esc(caption)}'
                "</em></td></tr></tbody></table>"
            )
        return (
            f'<div style="text-align: center;"><img alt="" border="0" src="{src}" width="450" />'
            f"<br /><i>{esc(caption)}</i></div>"
        )

    def body_parts(self, item: Item, revision: int) -> tuple[str, str]:
        """The bold summary block (the lead paragraph) and the body's inner markup."""
        blocks = body_blocks(item, revision)
        lead = ""
        if blocks and blocks[0][0] == "p":
            lead = blocks.pop(0)[1]
        style = self.editor_style(item)
        out: list[str] = []
        if style == "div":
            for n, (kind, value) in enumerate(blocks):
                if kind == "p":
                    if n and stable_int(f"{item.key}spacer{n}", 0, 2) == 0:
                        out.append("<div>&nbsp;</div>")
                    text = esc(value)
                    if stable_int(f"{item.key}font", 0, 1):
                        text = (
                            '<span style="font-size: small;"><span style="font-family: Arial;">'
                            f"{text}</span></span>"
                        )
                    out.append(f'<div style="text-align: justify;">{text}</div>')
                else:
                    out.append(self.image_html(item, value[0], value[1], style))
            if item.author:
                out.append(f'<div style="text-align: right;"><b>{esc(item.author)}</b></div>')
            inner = "\n".join(out)
        else:
            runs: list[str] = []
            for kind, value in blocks:
                if kind == "p":
                    runs.append(esc(value))
                else:
                    runs.append(self.image_html(item, value[0], value[1], style))
            text = ""
            for run in runs:
                if text and not text.endswith("</div>"):
                    text += "<br />\n<br />\n"
                text += run
            if item.author:
                text += f'<br />\n<div style="text-align: right;"><strong>{esc(item.author)}</strong></div>'
            inner = f'<div style="text-align: justify;">{text}</div>'
        return lead, inner

    def article_page(self, item: Item, ctx: Ctx) -> str:
        revision = ctx.request.revision
        lead, inner = self.body_parts(item, revision)
        updated = item.shown_modified(revision)
        updated_html = (
            f'<div class="ngay_capnhat">Cập nhật lần cuối: {publish_date(updated)}</div>'
            if updated
            else ""
        )
        source_html = (
            f'<div class="nguon_tin" align="right">Nguồn: <i>{esc(item.source)}</i></div>'
            if item.source
            else ""
        )
        print_url = esc(self.encoded(ctx, NEWS_ACTION, {"method": "print", "id": item.number}))
        friend_url = esc(
            self.encoded(ctx, NEWS_ACTION, {"method": "sendFriend", "id": item.number})
        )
        others = "".join(
            f'<li><a href="{esc(self.detail_link(it, ctx, with_cat=True))}">{esc(it.title)}</a> '
            f'<span class="ngay_tin">{listing_date(it.published)}</span></li>'
            for it in self.others(item, 10)
        )
        section_url = self.encoded(ctx, NEWS_ACTION, self.list_query(item.section))
        lead_html = f'<div class="tomtat_chitiet"><b>{esc(lead)}</b></div>' if lead else ""
        main = f"""<div class="khung_chitiet">
<div class="tieude_chitiet">{esc(item.title)}</div>
<div class="thongtin_chitiet"><span class="ngay_xb">Ngày xuất bản: {publish_date(item.published)}</span>&nbsp;|&nbsp;<span class="luot_xem">Lượt xem: {thousands(view_count(item.key))}</span>
<span class="tienich"><a href="javascript:setFontSize(-1)">A-</a> <a href="javascript:setFontSize(1)">A+</a>
<a href="{print_url}" target="_blank"><img src="{CONTEXT}/images/print.gif" border="0" alt="" /> In bài</a>
<a href="{friend_url}"><img src="{CONTEXT}/images/email.gif" border="0" alt="" /> Gửi bạn bè</a></span></div>
{updated_html}
{lead_html}
<div class="noidung_chitiet" id="noidung">
{inner}
</div>
{source_html}
<div class="tienich_duoi"><a href="javascript:history.back()">&laquo; Quay lại</a> | <a href="{print_url}" target="_blank">Bản in</a> | <a href="{friend_url}">Gửi bạn bè</a> | <a href="#top">Về đầu trang</a></div>
</div>
<div class="tin_dadua"><div class="title_box">Các tin đã đưa</div>
<ul>{others}</ul>
<div class="xemtiep"><a href="{esc(section_url)}">Xem tiếp &raquo;</a></div></div>"""
        crumbs = [
            (self.news.name, self.encoded(ctx, NEWS_ACTION, self.list_query(None))),
            (item.section.name, section_url),
        ]
        if self.is_news(item.section):
            crumbs = crumbs[:1]
        return self.frame("Chi tiết tin", main, ctx, crumbs)

    def print_html(self, item: Item, ctx: Ctx) -> str:
        lead, inner = self.body_parts(item, ctx.request.revision)
        source_html = (
            f'<div align="right">Nguồn: <i>{esc(item.source)}</i></div>' if item.source else ""
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />
<title>{esc(self.portal.name)} - Bản in</title>
<link href="{CONTEXT}/css/print.css" rel="stylesheet" type="text/css" />
</head>
<body onload="window.print()">
<table width="650" align="center" cellpadding="0" cellspacing="0">
<tr><td class="print_header"><img src="{CONTEXT}/images/logo_print.gif" alt="" /> <b>{esc(self.portal.name.upper())}</b></td></tr>
<tr><td><div class="tieude_chitiet">{esc(item.title)}</div>
<div class="ngay_xb">Ngày xuất bản: {publish_date(item.published)}</div>
<div class="tomtat_chitiet"><b>{esc(lead)}</b></div>
<div class="noidung_chitiet">{inner}</div>
{source_html}</td></tr>
<tr><td class="print_footer">{esc(self.portal.domain)} - {esc(reuse_notice(self.portal))}</td></tr>
</table>
<div align="center"><a href="javascript:window.print()">In trang</a> | <a href="javascript:window.close()">Đóng</a></div>
</body>
</html>
"""

    def send_friend_html(self, item: Item, ctx: Ctx) -> str:
        back = esc(self.detail_link(item, ctx))
        action = esc(self.encoded(ctx, NEWS_ACTION))
        main = f"""<div class="title_chuyenmuc">Gửi bạn bè</div>
<div class="guibanbe">Bạn đang gửi bài viết: <a href="{back}">{esc(item.title)}</a>
<form name="guiBanBeForm" method="post" action="{action}" onsubmit="return kiemTraForm(this)">
<input type="hidden" name="method" value="doSendFriend" /><input type="hidden" name="id" value="{item.number}" />
<table cellpadding="3" cellspacing="0" class="form_guibanbe">
<tr><td>Họ và tên bạn (*):</td><td><input type="text" name="hoTen" size="40" /></td></tr>
<tr><td>Email của bạn (*):</td><td><input type="text" name="emailGui" size="40" /></td></tr>
<tr><td>Email người nhận (*):</td><td><input type="text" name="emailNhan" size="40" /></td></tr>
<tr><td>Lời nhắn:</td><td><textarea name="loiNhan" rows="5" cols="38"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi" /> <input type="reset" value="Nhập lại" /></td></tr>
</table></form></div>"""
        return self.frame("Gửi bạn bè", main, ctx, [("Gửi bạn bè", None)])

    # -- the other pages

    def about_html(self, ctx: Ctx) -> str:
        province = esc(self.portal.province)
        main = f"""<div class="title_chuyenmuc">Giới thiệu chung</div>
<div class="noidung_chitiet">Tỉnh {province} nằm ở vùng trung du, có địa hình đồi thấp xen với những cánh đồng ven sông.<br /><br />
Cổng thông tin điện tử tỉnh {province} là kênh cung cấp thông tin chính thức của Ủy ban nhân dân tỉnh về hoạt động chỉ đạo, điều hành và các dịch vụ công trực tuyến.</div>"""
        return self.frame("Giới thiệu", main, ctx, [("Giới thiệu", None)])

    def search_html(self, ctx: Ctx) -> str:
        keyword = ctx.request.params.get("keyword", "")
        words = fold(keyword).split()
        hits = [
            it
            for it in self.latest(len(self.items))
            if words and all(w in fold(it.title) for w in words)
        ]
        rows = "".join(self.list_item(it, ctx) for it in hits[:20])
        main = (
            f'<div class="title_chuyenmuc">Kết quả tìm kiếm: {esc(keyword)}</div>'
            f'<div class="ds_tin">{rows or "Không tìm thấy tin bài phù hợp."}</div>'
        )
        return self.frame("Tìm kiếm", main, ctx, [("Tìm kiếm", None)])

    def rss_xml(self, section: Section | None, request: Request) -> str:
        base = request.base_url
        shown = section or self.news
        items = [it for it in self.listed(section) if it.kind == "article"][:RSS_ITEMS]
        entries = "".join(
            f"<item><title>{esc(it.title)}</title>"
            f"<link>{esc(base + self.article_path(it))}</link>"
            f"<description>{esc(it.sapo(request.revision))}</description>"
            f"<pubDate>{rss_date(it.published)}</pubDate></item>\n"
            for it in items
        )
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>{esc(self.portal.name)} - {esc(shown.name)}</title>
<link>{esc(base + self.listing_path(section))}</link>
<description>{esc(shown.name)}</description>
<language>vi-vn</language>
{entries}</channel>
</rss>
"""

    def error_html(self, status: int) -> str:
        ctx = Ctx(Request(HOME, {}, 0, f"{self.portal.id}:error{status}", ""), "", False)
        ctx = Ctx(ctx.request, session_id(ctx.seed), True)
        message = (
            "Trang bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ."
            if status == 404
            else "Hệ thống đang gặp sự cố, xin vui lòng thử lại sau."
        )
        main = (
            f'<div class="thongbao_loi"><b>Thông báo:</b> {message}<br />'
            f'<a href="{HOME}">Quay về trang chủ</a></div>'
        )
        return self.frame("Thông báo", main, ctx)


__all__ = ["JspPortalSite", "publish_date", "rss_date", "session_id"]
