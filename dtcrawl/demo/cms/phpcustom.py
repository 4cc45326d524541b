"""A home-grown PHP CMS of the kind local IT companies sell to districts (huyen-dongxuyen).

One ``index.php`` front controller with ``mod``/``act`` parameters, an Apache rewrite layer for
"pretty" aliases, a table layout from the late 2000s with inline styles, and ``<base href>`` so
that relative links (``index.php?mod=...``, ``tin-tuc/5123/<slug>.html``) work from any depth.

URL shapes:
- home ``/`` (also ``/index.php``);
- general news listing ``/tin-tuc.html``, its page N ``index.php?mod=news&page=N``;
- topic listing ``/chuyen-muc/<cat>/<slug>.html``, its page N ``index.php?mod=news&cat=<cat>&page=N``
  (also served as ``index.php?mod=news&cat=<cat>``);
- "Xem thêm tin" button: ``ajax/load-more?cat=<cat>&offset=<k>`` returns an HTML fragment of the
  next items (no page frame); topic pages carry their classic pager inside ``<noscript>``, the
  general listing shows it plainly;
- article ``/tin-tuc/<id>/<slug>.html`` (listings), alias ``index.php?mod=news&act=detail&id=<id>``
  (marquee, "Các tin khác"); a long article is split over pages ``?trang=2``, ``?trang=3``
  ("Trang: 1 2 3" under the text); print view ``index.php?mod=news&act=print&id=<id>`` prints
  the whole article on one page;
- static ``/gioi-thieu.html`` and ``/lien-he.html``.

Some pages declare ``charset=windows-1252`` in a meta tag (the old detail template, and the
query-string listings) while the HTTP header says utf-8 and the bytes are UTF-8.
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
    dmy,
    esc,
    image_path,
    page_number,
    pager_window,
    poll,
    reuse_notice,
    shorten,
    slugify,
    stable_int,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
)

NEWS = "/tin-tuc.html"
_ARTICLE = re.compile(r"^/tin-tuc/(\d+)/[\w-]*\.html$")
_SECTION = re.compile(r"^/chuyen-muc/(\d+)/[\w-]*\.html$")
#: Paragraphs after the lead shown on one page of a long article.
PER_PAGE = 3
#: An article with more paragraphs than this is split over several pages.
SPLIT_ABOVE = 5
VENDOR = "Công ty TNHH Giải pháp Phần mềm Sông Xanh"


def detail_date(moment: datetime) -> str:
    """The date line under an article's title.

    >>> detail_date(datetime(2021, 12, 17, 8, 25))
    'Cập nhật lúc: 08:25 - 17/12/2021'
    """
    return f"Cập nhật lúc: {moment:%H:%M} - {dmy(moment)}"


def listing_date(moment: datetime) -> str:
    """The date after a title in listings.

    >>> listing_date(datetime(2021, 6, 29, 14, 49))
    '(29/06/2021, 14:49)'
    """
    return f"({dmy(moment)}, {moment:%H:%M})"


def split_pages(count: int) -> list[range]:
    """Indexes of the paragraphs shown on each page of an article of ``count`` paragraphs.

    Paragraph 0 is the lead ("sapo"), a field of its own shown in bold on every page; the rest is
    cut into pages of :data:`PER_PAGE` paragraphs when the article has more than
    :data:`SPLIT_ABOVE` paragraphs.

    >>> split_pages(5)
    [range(1, 5)]
    >>> split_pages(8)
    [range(1, 4), range(4, 7), range(7, 8)]
    >>> split_pages(0)
    [range(1, 1)]
    """
    if count <= SPLIT_ABOVE:
        return [range(1, max(1, count))]
    return [range(start, min(count, start + PER_PAGE)) for start in range(1, count, PER_PAGE)]


def meta_charset(declared: str) -> str:
    """The Content-Type meta tag of the page head.

    >>> meta_charset("windows-1252")
    '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252" />'
    """
    return f'<meta http-equiv="Content-Type" content="text/html; charset={declared}" />'


class PhpCustomSite(CmsSite):
    family_headers = {"Server": "Apache/2.2.15 (CentOS)", "X-Powered-By": "PHP/5.6.40"}
    number_base = 5_100
    number_stride = 3
    image_folder = "upload/news"

    # -- URLs (root-relative forms; pages write most links relative to <base href>)

    def article_path(self, item: Item) -> str:
        return f"/tin-tuc/{item.number}/{slugify(item.title, max_len=80)}.html"

    def detail_path(self, item: Item, page: int = 1) -> str:
        """The front controller's address of an article (its alias)."""
        path = f"/index.php?mod=news&act=detail&id={item.number}"
        return path if page == 1 else f"{path}&trang={page}"

    def article_page_path(self, item: Item, page: int) -> str:
        """Page ``page`` of a long article, as its "Trang: 1 2 3" pager links it."""
        path = self.article_path(item)
        return path if page == 1 else f"{path}?trang={page}"

    def print_path(self, item: Item) -> str:
        return f"/index.php?mod=news&act=print&id={item.number}"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def section_path(self, section: Section | None) -> str:
        if self.is_news(section):
            return NEWS
        return f"/chuyen-muc/{section.id}/{section.slug}.html"

    def query_path(self, section: Section | None, page: int) -> str:
        """The old-style pager address of a listing page."""
        cat = "" if self.is_news(section) else f"&cat={section.id}"
        return f"/index.php?mod=news{cat}&page={page}"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        return self.section_path(section) if page == 1 else self.query_path(section, page)

    def load_more_path(self, section: Section | None, offset: int) -> str:
        cat = self.news.id if self.is_news(section) else section.id
        return f"/ajax/load-more?cat={cat}&offset={offset}"

    def article_pages(self, item: Item, revision: int) -> list[range]:
        return split_pages(len(item.body(revision)))

    # -- routing

    def route(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path == "/" or (path == "/index.php" and not params.get("mod")):
            return self.html_response(self.home_html(request))
        if path == "/index.php" and params.get("mod") == "news":
            return self.news_module(request)
        if path == "/ajax/load-more":
            return self.load_more(request)
        if path in ("/gioi-thieu.html", "/lien-he.html"):
            return self.html_response(self.static_html(path, request))
        if path == NEWS:
            return self.listing_response(None, 1, request, "utf-8")
        match = _SECTION.match(path)
        if match:
            section = self.section_by_id(int(match.group(1)))
            return self.listing_response(section, 1, request, "utf-8") if section else None
        match = _ARTICLE.match(path)
        if match:
            return self.detail_response(int(match.group(1)), request)
        return None

    def news_module(self, request: Request) -> Response | None:
        params = request.params
        act = params.get("act", "")
        if act in ("detail", "print"):
            try:
                number = int(params.get("id", ""))
            except ValueError:
                return None
            if act == "detail":
                return self.detail_response(number, request)
            item = self.by_number.get(number)
            if item is None or item.kind in ("missing", "error"):
                return None
            return self.html_response(self.print_html(item, request))
        if act:
            return None
        section = None
        if params.get("cat"):
            try:
                section = self.section_by_id(int(params["cat"]))
            except ValueError:
                return None
            if section is None and int(params["cat"]) != self.news.id:
                return None
        page = page_number(params.get("page"))
        return self.listing_response(section, page, request, "windows-1252")

    def detail_response(self, number: int, request: Request) -> Response | None:
        item = self.by_number.get(number)
        if item is None:
            return None
        if item.kind == "article":
            page = page_number(request.params.get("trang"))
            if page > len(self.article_pages(item, request.revision)):
                return None
        return self.article_response(item, request)

    def listing_response(
        self, section: Section | None, page: int, request: Request, declared: str
    ) -> Response | None:
        items, pages = self.page_of(self.listed(section), page)
        if page > pages:
            return None
        return self.html_response(self.listing_html(section, page, pages, items, request, declared))

    def load_more(self, request: Request) -> Response | None:
        try:
            cat = int(request.params.get("cat", self.news.id))
            offset = max(0, int(request.params.get("offset", "0")))
        except ValueError:
            return None
        section = None if cat == self.news.id else self.section_by_id(cat)
        if section is None and cat != self.news.id:
            return None
        chunk = self.listed(section)[offset : offset + self.portal.page_size]
        fragment = "\n".join(self.listing_row(it, request) for it in chunk)
        return Response(
            200,
            {"Content-Type": "text/html; charset=utf-8", **self.family_headers},
            fragment.encode("utf-8"),
        )

    # -- the frame

    def link(self, path: str) -> str:
        """A root-relative path written the way the theme does: relative to ``<base href>``."""
        return esc(path.lstrip("/"))

    def frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        request: Request,
        declared: str = "utf-8",
    ) -> str:
        portal, seed = self.portal, request.seed
        menu = "".join(
            f'<td class="menu_item" style="padding:0 10px;border-right:1px solid #5d8fd1">'
            f'<a href="{self.link(self.section_path(s))}" style="color:#fff;font-weight:bold;text-decoration:none">'
            f"{esc(s.name.upper())}</a></td>"
            for s in self.sections.values()
        )
        left_menu = "".join(
            f'<tr><td class="danhmuc_item" style="padding:5px 8px;border-bottom:1px dotted #c9d6e8">'
            f'<img src="images/icon_arrow.gif" alt="" /> <a href="{self.link(self.section_path(s))}">'
            f"{esc(s.name)}</a></td></tr>"
            for s in self.sections.values()
        )
        marquee = " &nbsp; ".join(
            f'<img src="images/new.gif" alt="" /> <a href="{self.link(self.detail_path(it))}" '
            f'style="color:#b30000">{esc(it.title)}</a>'
            for it in self.latest(8)
        )
        crumb = "".join(
            f' &raquo; <a href="{self.link(href)}" class="path_link">{esc(label)}</a>'
            for href, label in crumbs
        )
        path_row = (
            f'<tr><td class="path" style="padding:6px 4px;border-bottom:1px dotted #999;font-size:11px">'
            f'<a href="./" class="path_link">Trang chủ</a>{crumb}</td></tr>'
            if crumbs
            else ""
        )
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        answers = "".join(
            f'<tr><td><input type="radio" name="binhchon" value="{i + 1}" /> {esc(o)}</td></tr>'
            for i, o in enumerate(options)
        )
        temperature = stable_int(seed + "nhietdo", 17, 34)
        usd_buy = stable_int(seed + "usd", 24_950, 25_400)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{meta_charset(declared)}
<title>{esc(title)}</title>
<base href="{esc(request.base_url)}/" />
<meta name="keywords" content="Đồng Xuyên, huyện Đồng Xuyên, tin tức Đồng Xuyên, {esc(portal.province)}" />
<meta name="description" content="{esc(portal.name)}" />
<meta name="author" content="{esc(VENDOR)}" />
<link href="css/style.css" rel="stylesheet" type="text/css" />
<link rel="shortcut icon" href="images/favicon.ico" />
<script type="text/javascript" src="js/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="js/function.js"></script>
</head>
<body style="margin:0;background:#e9eef5 url(images/bg_body.jpg) repeat-x">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" id="wrapper" style="background:#fff">
<tr><td id="banner" style="height:150px;background:url(images/banner.jpg) no-repeat"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="120" style="padding-left:15px"><a href="./"><img src="images/logo.png" width="100" height="100" alt="Logo" border="0" /></a></td>
<td><div style="color:#c00;font-size:15px;font-weight:bold">{esc(portal.agency.upper())}</div>
<div style="color:#0b4f9c;font-size:24px;font-weight:bold">{esc(portal.name.upper())}</div></td></tr></table></td></tr>
<tr><td id="menu_top" style="background:#0b4f9c;height:32px"><table cellpadding="0" cellspacing="0"><tr>
<td class="menu_item" style="padding:0 10px;border-right:1px solid #5d8fd1"><a href="./" style="color:#fff;font-weight:bold;text-decoration:none">TRANG CHỦ</a></td>
<td class="menu_item" style="padding:0 10px;border-right:1px solid #5d8fd1"><a href="gioi-thieu.html" style="color:#fff;font-weight:bold;text-decoration:none">GIỚI THIỆU</a></td>
<td class="menu_item" style="padding:0 10px;border-right:1px solid #5d8fd1"><a href="{self.link(NEWS)}" style="color:#fff;font-weight:bold;text-decoration:none">{esc(self.news.name.upper())}</a></td>
{menu}
<td class="menu_item" style="padding:0 10px"><a href="lien-he.html" style="color:#fff;font-weight:bold;text-decoration:none">LIÊN HỆ</a></td>
</tr></table></td></tr>
<tr><td style="background:#f3f6fa;border-bottom:1px solid #c9d6e8;height:26px"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="180" style="padding-left:8px;font-size:11px;color:#555"><script type="text/javascript">document.write(ngayHienTai());</script></td>
<td width="70" style="color:#c00;font-weight:bold;font-size:12px">Tin mới:</td>
<td><marquee id="tinmoi" behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></td>
<td width="210" align="right" style="padding-right:8px"><form action="index.php" method="get" style="margin:0"><input type="hidden" name="mod" value="search" /><input type="text" name="tukhoa" size="18" value="Tìm kiếm..." onfocus="if(this.value=='Tìm kiếm...')this.value=''" /> <input type="submit" value="Tìm" /></form></td>
</tr></table></td></tr>
<tr><td><table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>
<td id="col_left" width="200" valign="top" style="padding:6px;background:#f7f9fc">
<table width="100%" cellpadding="0" cellspacing="0" class="box_left"><tr><td class="title_box" style="background:#0b4f9c;color:#fff;font-weight:bold;padding:6px">DANH MỤC TIN</td></tr>
<tr><td class="danhmuc_item" style="padding:5px 8px;border-bottom:1px dotted #c9d6e8"><img src="images/icon_arrow.gif" alt="" /> <a href="{self.link(NEWS)}">{esc(self.news.name)}</a></td></tr>
{left_menu}</table>
<table width="100%" cellpadding="0" cellspacing="0" class="box_left" style="margin-top:8px"><tr><td class="title_box" style="background:#0b4f9c;color:#fff;font-weight:bold;padding:6px">KẾT QUẢ GIẢI QUYẾT TTHC</td></tr>
<tr><td style="padding:6px;font-size:11px">Tháng {stats["month"]}: tiếp nhận <b>{thousands(stats["total"])}</b> hồ sơ; giải quyết đúng hạn <b>{thousands(stats["ontime"])}</b> ({stats["percent"]}%); trễ hạn <b style="color:#c00">{stats["late"]}</b> hồ sơ.<br /><a href="javascript:void(0)" onclick="window.open('https://dichvucong.gov.vn')">Tra cứu hồ sơ &raquo;</a></td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" class="box_left" style="margin-top:8px"><tr><td class="title_box" style="background:#0b4f9c;color:#fff;font-weight:bold;padding:6px">LIÊN KẾT WEBSITE</td></tr>
<tr><td style="padding:6px"><select name="lienket" style="width:180px" onchange="if(this.value!='')window.open(this.value)"><option value="">--- Chọn liên kết ---</option>
<option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option><option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option>
<option value="http://kimluong.gov.vn">Cổng TTĐT tỉnh {esc(portal.province)}</option></select></td></tr>
<tr><td align="center" style="padding:4px"><a href="javascript:void(0)"><img src="upload/banner/dichvucong.jpg" width="180" height="60" alt="Dịch vụ công trực tuyến" border="0" /></a></td></tr>
<tr><td align="center" style="padding:4px"><a href="javascript:void(0)"><img src="upload/banner/hoidap.jpg" width="180" height="60" alt="Hỏi đáp trực tuyến" border="0" /></a></td></tr></table>
</td>
<td id="col_main" valign="top" style="padding:6px 10px"><table width="100%" cellpadding="0" cellspacing="0">
{path_row}
<tr><td valign="top">{main}</td></tr></table></td>
<td id="col_right" width="220" valign="top" style="padding:6px;background:#f7f9fc">
<table width="100%" cellpadding="0" cellspacing="0" class="box_right"><tr><td class="title_box" style="background:#c00;color:#fff;font-weight:bold;padding:6px">THỜI TIẾT - TỶ GIÁ</td></tr>
<tr><td style="padding:6px;font-size:11px" id="thoitiet"><b>Đồng Xuyên:</b> {temperature}°C, trời nhiều mây<br />Độ ẩm: {stable_int(seed + "doam", 62, 94)}%</td></tr>
<tr><td style="padding:6px;font-size:11px" id="tygia"><table width="100%" cellpadding="2" cellspacing="0" style="font-size:11px"><tr><td><b>Ngoại tệ</b></td><td><b>Mua</b></td><td><b>Bán</b></td></tr>
<tr><td>USD</td><td>{thousands(usd_buy)}</td><td>{thousands(usd_buy + 360)}</td></tr>
<tr><td>EUR</td><td>{thousands(usd_buy + 1_840)}</td><td>{thousands(usd_buy + 2_910)}</td></tr></table>
<div style="color:#888">(Nguồn: Ngân hàng TMCP Ngoại thương)</div></td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" class="box_right" style="margin-top:8px"><tr><td class="title_box" style="background:#0b4f9c;color:#fff;font-weight:bold;padding:6px">THĂM DÒ Ý KIẾN</td></tr>
<tr><td style="padding:6px"><form name="frmBinhChon" action="javascript:void(0)"><table width="100%" style="font-size:11px"><tr><td><b>{esc(question)}</b></td></tr>{answers}
<tr><td align="center"><input type="button" value="Biểu quyết" onclick="binhChon()" /> <input type="button" value="Xem kết quả" onclick="xemKetQua()" /></td></tr></table></form></td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" class="box_right" style="margin-top:8px"><tr><td class="title_box" style="background:#0b4f9c;color:#fff;font-weight:bold;padding:6px">THỐNG KÊ TRUY CẬP</td></tr>
<tr><td style="padding:6px;font-size:11px" id="thongke">Đang online: <b>{thousands(visits["online"])}</b><br />Hôm nay: <b>{thousands(visits["today"])}</b><br />
Trong tháng: <b>{thousands(visits["month"])}</b><br />Lượt truy cập: <b>{thousands(visits["total"])}</b></td></tr></table>
</td></tr></table></td></tr>
<tr><td id="footer" style="background:#0b4f9c;color:#fff;font-size:11px;padding:10px;text-align:center;line-height:1.6">
<b>{esc(portal.name.upper())}</b><br />
Cơ quan chủ quản: {esc(portal.agency)}<br />
Chịu trách nhiệm chính: {esc(portal.editor)}<br />
Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)}<br />
{esc(portal.licence)}<br />
{esc(reuse_notice(portal))}<br />
<span style="color:#b9cbe6">Thiết kế và phát triển: {esc(VENDOR)}</span></td></tr>
</table>
</body>
</html>
"""

    # -- pages

    def listing_row(self, item: Item, request: Request) -> str:
        """One listing entry (the same markup in pages and in load-more fragments)."""
        href = self.link(self.article_path(item))
        return (
            f'<table width="100%" cellpadding="0" cellspacing="0" class="item_news" style="border-bottom:1px dotted #ccc;padding:6px 0"><tr>'
            f'<td width="130" valign="top"><a href="{href}"><img src="{esc(image_path(item, 0, self.image_folder))}" width="120" height="80" border="0" alt="" /></a></td>'
            f'<td valign="top"><a href="{href}" class="title_news" style="font-weight:bold;color:#0b4f9c">{esc(item.title)}</a> '
            f'<span class="date_news" style="color:#888;font-size:11px">{listing_date(item.published)}</span>'
            f'<div class="sapo_news" style="text-align:justify">{esc(item.sapo(request.revision))}</div></td></tr></table>'
        )

    def pager(self, section: Section | None, page: int, pages: int) -> str:
        """The classic pager: ``Trang đầu « 1 2 [3] 4 5 ... 12 » Trang cuối``."""
        cells = []
        if page > 1:
            cells.append(f'<a href="{self.link(self.query_path(section, 1))}">Trang đầu</a>')
            cells.append(f'<a href="{self.link(self.query_path(section, page - 1))}">&laquo;</a>')
        for n in pager_window(page, pages):
            if n is None:
                cells.append("<span>...</span>")
            elif n == page:
                cells.append(f'<b class="current" style="color:#c00">[{n}]</b>')
            else:
                cells.append(f'<a href="{self.link(self.query_path(section, n))}">{n}</a>')
        if page < pages:
            cells.append(f'<a href="{self.link(self.query_path(section, page + 1))}">&raquo;</a>')
            cells.append(f'<a href="{self.link(self.query_path(section, pages))}">Trang cuối</a>')
        return (
            '<div class="phantrang" style="text-align:center;padding:8px">'
            + " ".join(cells)
            + "</div>"
        )

    def listing_html(
        self,
        section: Section | None,
        page: int,
        pages: int,
        items: list[Item],
        request: Request,
        declared: str,
    ) -> str:
        shown = section or self.news
        rows = "\n".join(self.listing_row(it, request) for it in items)
        offset = page * self.portal.page_size
        if self.is_news(section):
            below = self.pager(section, page, pages)
        else:
            button = ""
            if page < pages:
                button = (
                    f'<div style="text-align:center;padding:8px"><a href="javascript:void(0)" id="btnXemThem" class="btn_xemthem" '
                    f'data-url="{self.link(self.load_more_path(section, offset))}" style="display:inline-block;padding:5px 20px;background:#0b4f9c;color:#fff">'
                    f"Xem thêm tin</a></div>"
                    '<script type="text/javascript">$("#btnXemThem").click(function(){var b=$(this);'
                    '$.get(b.attr("data-url"),function(h){if($.trim(h)==""){b.hide();return;}$("#ds_tin").append(h);'
                    'var u=b.attr("data-url").replace(/offset=(\\d+)/,function(m,n){return "offset="+(parseInt(n)+{self.portal.page_size});});'
                    'b.attr("data-url",u);});});</script>'
                )
            below = f"{button}<noscript>{self.pager(section, page, pages)}</noscript>"
        main = (
            f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="title_cat" style="border-bottom:2px solid #0b4f9c;padding:4px 0">'
            f'<h2 style="margin:0;font-size:15px;color:#0b4f9c">{esc(shown.name.upper())}</h2></td></tr>'
            f'<tr><td><div id="ds_tin">{rows}</div>{below}</td></tr></table>'
        )
        crumbs = [(NEWS, self.news.name)]
        if not self.is_news(section):
            crumbs.append((self.section_path(section), section.name))
        return self.frame(f"{shown.name} | {self.portal.name}", crumbs, main, request, declared)

    def home_html(self, request: Request) -> str:
        healthy = self.latest(5)
        boxes = []
        if healthy:
            top, rest = healthy[0], healthy[1:]
            others = "".join(
                f'<li style="padding:3px 0"><a href="{self.link(self.article_path(it))}">{esc(it.title)}</a> '
                f'<span style="color:#888;font-size:11px">{listing_date(it.published)}</span></li>'
                for it in rest
            )
            boxes.append(
                '<table width="100%" cellpadding="0" cellspacing="0" class="tin_noibat" style="border:1px solid #c9d6e8"><tr>'
                '<td colspan="2" class="title_box" style="background:#c00;color:#fff;font-weight:bold;padding:6px">TIN NỔI BẬT</td></tr><tr>'
                f'<td width="55%" valign="top" style="padding:6px"><a href="{self.link(self.article_path(top))}"><img src="{esc(image_path(top, 0, self.image_folder))}" width="300" height="200" border="0" alt="" /></a>'
                f'<div><a href="{self.link(self.article_path(top))}" style="font-weight:bold;font-size:14px">{esc(top.title)}</a></div>'
                f'<div style="text-align:justify">{esc(shorten(top.sapo(request.revision), 240))}</div></td>'
                f'<td valign="top" style="padding:6px"><ul style="margin:0;padding-left:16px">{others}</ul></td></tr></table>'
            )
        for section in self.sections.values():
            listed = [it for it in self.listed(section) if it.kind == "article"][:4]
            if not listed:
                continue
            rows = "".join(
                f'<tr><td style="padding:3px 0"><img src="images/icon_dot.gif" alt="" /> <a href="{self.link(self.article_path(it))}">'
                f'{esc(it.title)}</a> <span style="color:#888;font-size:11px">{listing_date(it.published)}</span></td></tr>'
                for it in listed
            )
            boxes.append(
                f'<table width="100%" cellpadding="0" cellspacing="0" class="box_cat" style="margin-top:10px"><tr>'
                f'<td class="title_cat" style="border-bottom:2px solid #0b4f9c;padding:4px 0"><a href="{self.link(self.section_path(section))}" style="font-weight:bold;color:#0b4f9c">{esc(section.name.upper())}</a></td></tr>'
                f'{rows}<tr><td align="right"><a href="{self.link(self.section_path(section))}" style="font-size:11px">Xem tiếp &raquo;</a></td></tr></table>'
            )
        return self.frame(self.portal.name, [], "\n".join(boxes), request)

    def content_blocks(self, item: Item, revision: int, shown: range) -> str:
        """The paragraphs (and photos) of one page of an article, in CKEditor's markup.

        A photo placed after the lead (paragraph 0, shown above the text) opens page 1.
        """
        paragraphs = item.body(revision)
        last = max(0, len(paragraphs) - 1)
        photos: dict[int, list[str]] = {}
        for index, image in enumerate(item.images):
            after = max(0, min(int(image.get("after", 0)), last))
            photos.setdefault(after, []).append(
                self.photo(item, index, str(image.get("caption") or ""))
            )
        html_parts = list(photos.get(0, [])) if shown.start == 1 else []
        for position in shown:
            html_parts.append(f'<p style="text-align:justify">{esc(paragraphs[position])}</p>')
            html_parts.extend(photos.get(position, []))
        return "\n".join(html_parts)

    def photo(self, item: Item, index: int, caption: str) -> str:
        return (
            '<table class="image" align="center" border="0" cellpadding="3" cellspacing="0" style="width:500px"><tbody>'
            f'<tr><td><img alt="" src="{esc(image_path(item, index, self.image_folder))}" style="width:500px;height:333px" /></td></tr>'
            f'<tr><td class="image_desc" style="text-align:center"><em>{esc(caption)}</em></td></tr></tbody></table>'
        )

    def byline(self, item: Item) -> str:
        lines = []
        if item.author:
            lines.append(f'<p style="text-align:right"><strong>{esc(item.author)}</strong></p>')
        if item.source:
            lines.append(f'<p style="text-align:right"><em>Nguồn: {esc(item.source)}</em></p>')
        return "\n".join(lines)

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        paragraphs = item.body(revision)
        pages = self.article_pages(item, revision)
        page = min(page_number(request.params.get("trang")), len(pages))
        shown = pages[page - 1]
        content = self.content_blocks(item, revision, shown)
        if page == len(pages):
            content += "\n" + self.byline(item)
        sapo = paragraphs[0] if paragraphs else ""
        page_links = ""
        if len(pages) > 1:
            cells = [
                f'<b style="color:#c00">{n}</b>'
                if n == page
                else f'<a href="{self.link(self.article_page_path(item, n))}">{n}</a>'
                for n in range(1, len(pages) + 1)
            ]
            following = ""
            if page < len(pages):
                following = (
                    f' &nbsp; <a href="{self.link(self.article_page_path(item, page + 1))}">'
                    f"Xem tiếp trang {page + 1} &raquo;</a>"
                )
            page_links = (
                '<tr><td class="phantrang_chitiet" style="text-align:right;padding:6px 0;font-weight:bold">'
                f"Trang: {' '.join(cells)}{following}</td></tr>"
            )
        others = self.others(item, 8)
        related = "".join(
            f'<li style="padding:2px 0"><a href="{self.link(self.detail_path(it))}">{esc(it.title)}</a> '
            f'<span style="color:#888;font-size:11px">({dmy(it.published)})</span></li>'
            for it in others
        )
        declared = "windows-1252" if item.number % 3 == 0 else "utf-8"
        main = f"""<table width="100%" cellpadding="0" cellspacing="0" class="tbl_detail">
<tr><td><h1 class="title_detail" style="font-size:18px;color:#0b4f9c;margin:8px 0">{esc(item.title)}</h1></td></tr>
<tr><td class="date_detail" style="color:#888;font-size:11px;padding-bottom:6px">{detail_date(item.published)} &nbsp;|&nbsp; Lượt xem: {thousands(view_count(seed))} &nbsp;|&nbsp;
<a href="{self.link(self.print_path(item))}" target="_blank"><img src="images/icon_print.gif" alt="" border="0" /> In bài viết</a> &nbsp;
<a href="javascript:void(0)" onclick="guiEmail({item.number})"><img src="images/icon_email.gif" alt="" border="0" /> Gửi email</a> &nbsp;
Cỡ chữ: <a href="javascript:setFontSize(12)">A-</a> <a href="javascript:setFontSize(14)">A</a> <a href="javascript:setFontSize(16)">A+</a></td></tr>
<tr><td class="sapo_detail" style="font-weight:bold;text-align:justify;padding:6px 0">{esc(sapo)}</td></tr>
<tr><td><div id="noidung" class="content_detail" style="text-align:justify;line-height:1.6">
{content}
</div></td></tr>
{page_links}
<tr><td style="padding:6px 0"><iframe src="https://www.facebook.com/plugins/like.php?href={esc(request.base_url + self.article_path(item))}&amp;layout=button_count" width="150" height="21" style="border:none;overflow:hidden" scrolling="no" frameborder="0"></iframe></td></tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" class="tin_khac" style="margin-top:10px"><tr><td class="title_cat" style="border-bottom:2px solid #0b4f9c;padding:4px 0;font-weight:bold;color:#0b4f9c">CÁC TIN KHÁC</td></tr>
<tr><td><ul style="margin:4px 0;padding-left:16px">{related}</ul></td></tr></table>"""
        crumbs = [(NEWS, self.news.name)]
        if not self.is_news(item.section):
            crumbs.append((self.section_path(item.section), item.section.name))
        return self.frame(f"{item.title} | {self.portal.name}", crumbs, main, request, declared)

    def print_html(self, item: Item, request: Request) -> str:
        """The print view: the whole article on one page, no menus, ``window.print()``."""
        revision = request.revision
        paragraphs = item.body(revision)
        content = self.content_blocks(item, revision, range(1, len(paragraphs)))
        return f"""<html>
<head>
{meta_charset("utf-8")}
<title>{esc(item.title)}</title>
<base href="{esc(request.base_url)}/" />
<link href="css/print.css" rel="stylesheet" type="text/css" />
</head>
<body onload="window.print()" style="font-family:Arial;font-size:13px">
<table width="700" align="center" cellpadding="0" cellspacing="0">
<tr><td style="border-bottom:1px solid #000;padding-bottom:6px"><b>{esc(self.portal.name.upper())}</b></td></tr>
<tr><td><h2 style="margin:10px 0">{esc(item.title)}</h2></td></tr>
<tr><td style="font-size:11px">{detail_date(item.published)}</td></tr>
<tr><td style="font-weight:bold;text-align:justify;padding:6px 0">{esc(paragraphs[0] if paragraphs else "")}</td></tr>
<tr><td style="text-align:justify">{content}
{self.byline(item)}</td></tr>
<tr><td style="border-top:1px solid #000;padding-top:6px;font-size:11px">Địa chỉ bài viết: {esc(request.base_url + self.article_path(item))}</td></tr>
</table>
</body>
</html>
"""

    def static_html(self, path: str, request: Request) -> str:
        portal = self.portal
        if path == "/gioi-thieu.html":
            title = "Giới thiệu"
            body = (
                f"<p>{esc(portal.name)} là kênh thông tin chính thức của {esc(portal.agency)}, "
                "cung cấp tin tức về hoạt động chỉ đạo, điều hành, tình hình kinh tế - xã hội và "
                "các thủ tục hành chính trên địa bàn huyện.</p>"
            )
        else:
            title = "Liên hệ"
            body = (
                f"<p>Địa chỉ: {esc(portal.address)}<br />Điện thoại: {esc(portal.phone)}</p>"
                '<form action="javascript:void(0)"><table><tr><td>Họ tên:</td><td><input type="text" name="hoten" /></td></tr>'
                '<tr><td>Nội dung:</td><td><textarea name="noidung" rows="5" cols="40"></textarea></td></tr>'
                '<tr><td></td><td><input type="button" value="Gửi liên hệ" onclick="guiLienHe()" /></td></tr></table></form>'
            )
        main = f'<h2 style="font-size:16px;color:#0b4f9c">{title.upper()}</h2>{body}'
        return self.frame(f"{title} | {portal.name}", [(path, title)], main, request)

    def render(
        self, path_and_query: str, revision: int = 0, base_url: str | None = None
    ) -> Response:
        # Error pages are rendered without the request; they still need the <base href>.
        self._base_url = (base_url or f"http://{self.portal.host}").rstrip("/")
        return super().render(path_and_query, revision, base_url)

    def error_html(self, status: int) -> str:
        base = getattr(self, "_base_url", f"http://{self.portal.host}")
        request = Request("/", {}, 0, f"err{status}", base)
        message = (
            "Trang bạn tìm không tồn tại hoặc đã bị gỡ bỏ."
            if status == 404
            else "Hệ thống đang bận, xin vui lòng quay lại sau."
        )
        main = (
            f'<div style="padding:30px;text-align:center"><h2 style="color:#c00">Lỗi {status}</h2>'
            f'<p>{message}</p><p><a href="./">Quay về trang chủ</a></p></div>'
        )
        return self.frame(f"Lỗi {status} | {self.portal.name}", [], main, request)
