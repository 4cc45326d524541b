"""A department portal on a home-grown ASP.NET CMS whose listing pagers are jump menus.

Listings have no numbered page links. Navigation is a ``<select>`` ("Trang: [1 ▾] / 9") plus
previous/next arrows that are image links with an empty ``alt`` and no text:

- on the general news listing each ``<option>`` holds a page URL and
  ``onchange="location.href=this.value"`` jumps to it;
- on topic sections the options hold bare numbers and an inline script builds the URL
  (``onchange="window.location='/chuyen-muc/kinh-te-so?p='+this.value"``).

URL shapes:
- home ``/`` (also ``/Default.aspx``): the 6 newest articles;
- news ``/tin-tuc.html``, page N ``/tin-tuc/trang-N.html`` (one-based);
- topic ``/chuyen-muc/<slug>``, page N ``/chuyen-muc/<slug>?p=N``;
- article ``/tin-tuc/<slug>-<id>.html``; alias ``/ChiTiet.aspx?id=<id>`` (old links of the
  "Tin nổi bật" box); home links carry ``?utm_source=trangchu``; print view ``/in-bai/<id>.html``.
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
    page_number,
    poll,
    reuse_notice,
    slugify,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)


def article_stamp(moment: datetime) -> str:
    """The date line under an article title.

    >>> article_stamp(datetime(2024, 11, 11, 4, 9))
    'Thứ hai - 11/11/2024 04:09'
    """
    return f"{weekday(moment, lower=True)} - {dmy(moment)} {moment:%H:%M}"


def listing_stamp(moment: datetime) -> str:
    """The date after a title in listings.

    >>> listing_stamp(datetime(2026, 6, 29, 14, 49))
    '(29/06/2026, 14:49)'
    """
    return f"({dmy(moment)}, {moment:%H:%M})"


class SelectPagerSite(CmsSite):
    family_headers = {
        "Server": "Microsoft-IIS/8.5",
        "X-Powered-By": "ASP.NET",
        "X-AspNet-Version": "4.0.30319",
    }
    number_base = 5_120
    number_stride = 3
    image_folder = "/Uploads/TinTuc"

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"/tin-tuc/{slugify(item.title, max_len=70)}-{item.number}.html"

    def alias_path(self, item: Item) -> str:
        return f"/ChiTiet.aspx?id={item.number}"

    def article_aliases(self, item: Item) -> list[str]:
        return [self.alias_path(item)]

    def print_path(self, item: Item) -> str:
        return f"/in-bai/{item.number}.html"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def topic_base(self, section: Section) -> str:
        return f"/chuyen-muc/{section.slug}"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        if self.is_news(section):
            return "/tin-tuc.html" if page == 1 else f"/tin-tuc/trang-{page}.html"
        base = self.topic_base(section)
        return base if page == 1 else f"{base}?p={page}"

    # -- routing

    def route(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path in ("/", "/Default.aspx"):
            return self.html_response(self.home_html(request))
        if path == "/tin-tuc.html":
            return self.listing_response(None, 1, request)
        if path.startswith("/tin-tuc/trang-") and path.endswith(".html"):
            raw = path[len("/tin-tuc/trang-") : -len(".html")]
            if raw.isdigit():
                return self.listing_response(None, int(raw), request) if int(raw) > 1 else None
        if path.startswith("/chuyen-muc/"):
            section = self.section_by_slug(path[len("/chuyen-muc/") :])
            if section is None:
                return None
            return self.listing_response(section, page_number(params.get("p")), request)
        if path.lower() == "/chitiet.aspx":
            try:
                item = self.by_number.get(int(params.get("id", "")))
            except ValueError:
                return None
            return self.article_response(item, request) if item else None
        if path.startswith("/in-bai/") and path.endswith(".html"):
            raw = path[len("/in-bai/") : -len(".html")]
            item = self.by_number.get(int(raw)) if raw.isdigit() else None
            if item is None or item.kind != "article":
                return None
            return self.html_response(self.print_html(item, request))
        item = self.by_path.get(path)
        return self.article_response(item, request) if item else None

    def listing_response(
        self, section: Section | None, page: int, request: Request
    ) -> Response | None:
        _, pages = self.page_of(self.listed(section), page)
        if page > pages:
            return None
        return self.html_response(self.listing_html(section, page, request))

    # -- frame

    def frame(self, title: str, crumbs: list[tuple[str, str]], main: str, request: Request) -> str:
        p = self.portal
        menu = "".join(
            f'<li class="mnu-item"><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb = '<span class="sep">›</span>'.join(
            f'<a href="{esc(href)}">{esc(name)}</a>' if href else f"<span>{esc(name)}</span>"
            for name, href in [("Trang chủ", "/"), *crumbs]
        )
        featured = "".join(
            f'<li><a href="{esc(self.alias_path(it))}">{esc(it.title)}</a></li>'
            for it in self.items[6:11]
            if it.kind == "article"
        )
        latest = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.latest(5)
        )
        v = visitor_stats(request.seed)
        t = tthc_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<li><input type="radio" name="rdoBinhChon" id="bc{i}" value="{i}"/>'
            f'<label for="bc{i}">{esc(o)}</label></li>'
            for i, o in enumerate(options)
        )
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} | {esc(p.name)}</title>
<link href="/Portals/css/site.css" rel="stylesheet" type="text/css" />
<script src="/Portals/js/jquery-1.7.2.min.js" type="text/javascript"></script></head>
<body><form name="aspnetForm" method="post" action="{esc(request.path)}" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAg==" />
<div id="wrapper">
<div id="topbar"><span class="today">Hôm nay: <script type="text/javascript">hienNgay();</script>
</span><span class="fontsize">Cỡ chữ: <a href="javascript:doiCoChu(-1)">A-</a>
<a href="javascript:doiCoChu(0)">A</a> <a href="javascript:doiCoChu(1)">A+</a></span>
<a href="/DangNhap.aspx" class="login">Đăng nhập</a></div>
<div id="banner"><a href="/"><img src="/Portals/images/banner.jpg" alt="{esc(p.name)}" /></a></div>
<div id="mainmenu"><ul class="mnu"><li class="mnu-item"><a href="/">Trang chủ</a></li>
<li class="mnu-item"><a href="/tin-tuc.html">{esc(self.news.name)}</a></li>{menu}
<li class="mnu-item"><a href="/van-ban.html">Văn bản</a></li>
<li class="mnu-item"><a href="/lien-he.html">Liên hệ</a></li></ul></div>
<div id="breadcrumb">{crumb}</div>
<div id="content"><div id="colLeft">{main}</div>
<div id="colRight">
<div class="boxRight"><div class="boxRight-title">Tin nổi bật</div>
<ul class="list-noibat">{featured}</ul></div>
<div class="boxRight"><div class="boxRight-title">Tin mới đăng</div>
<ul class="list-tinmoi">{latest}</ul></div>
<div class="boxRight"><div class="boxRight-title">Kết quả giải quyết TTHC</div>
<table class="tbl-tthc"><tr><td>Tháng</td><td>{t["month"]}</td></tr>
<tr><td>Tiếp nhận</td><td>{thousands(t["total"])}</td></tr>
<tr><td>Đúng hạn</td><td>{thousands(t["ontime"])} ({t["percent"]}%)</td></tr>
<tr><td>Trễ hạn</td><td>{thousands(t["late"])}</td></tr></table></div>
<div class="boxRight"><div class="boxRight-title">Ý kiến thăm dò</div>
<p class="poll-q">{esc(question)}</p><ul class="poll">{choices}</ul>
<a href="javascript:__doPostBack('ctl00$BinhChon$btnBinhChon','')" class="btn">Bình chọn</a>
<a href="javascript:xemKetQua()" class="btn">Xem kết quả</a></div>
<div class="boxRight"><div class="boxRight-title">Liên kết web</div>
<a href="http://dichvucong.gov.vn" target="_blank"><img src="/Portals/images/dvcqg.png" alt="" /></a>
<a href="http://chinhphu.vn" target="_blank"><img src="/Portals/images/cpvn.png" alt="" /></a></div>
<div class="boxRight"><div class="boxRight-title">Thống kê truy cập</div>
<div class="counter"><p>Đang online: {thousands(v["online"])}</p><p>Hôm nay:
{thousands(v["today"])}</p><p>Trong tuần: {thousands(v["week"])}</p>
<p>Tất cả: {thousands(v["total"])}</p></div></div>
</div></div>
<div id="footer"><p><b>Cơ quan chủ quản: {esc(p.agency)}</b></p>
<p>Trưởng Ban biên tập: {esc(p.editor)}</p><p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)}</p>
<p>{esc(reuse_notice(p))}</p><a href="#wrapper" class="totop">Về đầu trang</a></div>
</div></form></body></html>
"""

    def row(self, item: Item, tracked: bool = False) -> str:
        href = self.article_path(item) + ("?utm_source=trangchu" if tracked else "")
        thumb = image_path(item, 0, self.image_folder)
        return (
            f'<div class="news-row"><a href="{esc(href)}" class="news-img"><img src="{esc(thumb)}"'
            f' alt="" /></a><div class="news-info"><a href="{esc(href)}" class="news-title">'
            f'{esc(item.title)}</a> <span class="news-date">{listing_stamp(item.published)}</span>'
            f'<p class="news-sum">{esc(item.sapo())}</p></div></div>'
        )

    def home_html(self, request: Request) -> str:
        rows = "".join(self.row(it, tracked=True) for it in self.items[:6])
        blocks = "".join(
            f'<li><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        main = (
            '<div class="box-home"><div class="box-title"><a href="/tin-tuc.html">Tin tức mới nhất'
            f'</a></div>{rows}<div class="xemtiep"><a href="/tin-tuc.html">Xem thêm</a></div></div>'
            f'<div class="box-home"><div class="box-title">Chuyên mục</div><ul>{blocks}</ul></div>'
        )
        return self.frame("Trang chủ", [], main, request)

    def pager(self, section: Section | None, page: int, pages: int) -> str:
        if pages <= 1:
            return ""
        if self.is_news(section):
            values = {n: self.listing_path(None, n) for n in range(1, pages + 1)}
            onchange = "location.href=this.value"
        else:
            values = {n: str(n) for n in range(1, pages + 1)}
            onchange = f"window.location='{self.topic_base(section)}?p='+this.value"
        options = "".join(
            f'<option value="{esc(values[n])}"{" selected" if n == page else ""}>{n}</option>'
            for n in range(1, pages + 1)
        )
        prev = (
            f'<a href="{esc(self.listing_path(section, page - 1))}" class="pg-prev">'
            '<img src="/images/prev.gif" alt="" /></a>'
            if page > 1
            else '<img src="/images/prev_dis.gif" alt="" class="pg-prev" />'
        )
        nxt = (
            f'<a href="{esc(self.listing_path(section, page + 1))}" class="pg-next">'
            '<img src="/images/next.gif" alt="" /></a>'
            if page < pages
            else '<img src="/images/next_dis.gif" alt="" class="pg-next" />'
        )
        return (
            f'<div class="paging">{prev} Trang: <select name="ddlPage" class="ddlPage" '
            f'onchange="{onchange}">{options}</select> / {pages} {nxt}</div>'
        )

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        items, pages = self.page_of(self.listed(section), page)
        name = self.news.name if self.is_news(section) else section.name
        rows = "".join(self.row(it) for it in items)
        main = (
            f'<div class="cat-header"><h1>{esc(name)}</h1></div>'
            f'<div class="list-news">{rows}</div>{self.pager(section, page, pages)}'
        )
        crumbs = (
            [(name, "")]
            if self.is_news(section)
            else [(self.news.name, "/tin-tuc.html"), (name, "")]
        )
        return self.frame(name, crumbs, main, request)

    def body_html(self, item: Item, request: Request) -> str:
        parts = []
        for kind, value in body_blocks(item, request.revision):
            if kind == "p":
                parts.append(f'<p style="text-align:justify;">{esc(value)}</p>')
            else:
                index, caption = value
                src = image_path(item, index, self.image_folder)
                parts.append(
                    '<table class="image" align="center" style="width:500px"><tbody><tr><td>'
                    f'<img src="{esc(src)}" alt="" style="width:500px" /></td></tr>'
                    f'<tr><td class="image-caption">{esc(caption)}</td></tr></tbody></table>'
                )
        if item.author:
            parts.append(f'<p style="text-align:right;"><strong>{esc(item.author)}</strong></p>')
        if item.source:
            parts.append(f'<p style="text-align:right;"><em>Nguồn: {esc(item.source)}</em></p>')
        return f'<div class="news-content" id="newsContent">{"".join(parts)}</div>'

    def article_html(self, item: Item, request: Request) -> str:
        views = view_count(item.key)
        related = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="news-date">{listing_stamp(it.published)}</span></li>'
            for it in self.others(item, 6)
        )
        main = (
            f'<div class="news-detail"><h1 class="news-detail-title">{esc(item.title)}</h1>'
            f'<div class="news-detail-info"><span class="date">{article_stamp(item.published)}'
            f'</span> | <span class="views">Lượt xem: {thousands(views)}</span></div>'
            f"{self.body_html(item, request)}"
            f'<div class="news-tools"><a href="{esc(self.print_path(item))}" target="_blank">'
            '<img src="/images/print.gif" alt="" /> Bản in</a> '
            '<a href="javascript:guiEmail()"><img src="/images/email.gif" alt="" /> Gửi email</a>'
            ' <a href="javascript:history.back()">Quay lại</a></div>'
            f'<div class="news-other"><div class="box-title">Các tin khác</div><ul>{related}</ul>'
            "</div></div>"
        )
        crumbs = [
            (self.news.name, "/tin-tuc.html"),
            (item.section.name, self.listing_path(item.section)),
        ]
        if self.is_news(item.section):
            crumbs = crumbs[:1]
        return self.frame(item.title, crumbs, main, request)

    def print_html(self, item: Item, request: Request) -> str:
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            f'<title>{esc(item.title)}</title></head><body onload="window.print()">'
            f'<div class="print-head">{esc(self.portal.name)}</div>'
            f"<h1>{esc(item.title)}</h1><p>{article_stamp(item.published)}</p>"
            f"{self.body_html(item, request)}</body></html>"
        )

    def error_html(self, status: int) -> str:
        word = "Không tìm thấy trang yêu cầu" if status == 404 else "Lỗi máy chủ"
        return (
            '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; '
            f'charset=utf-8" /><title>{word}</title></head><body><div class="error-page">'
            f"<h1>{status}</h1><p>{word}. Địa chỉ có thể đã thay đổi hoặc bị xóa.</p>"
            '<p><a href="/">Về trang chủ</a></p></div></body></html>'
        )

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *", "Disallow: /Admin/", "Disallow: /DangNhap.aspx"]
        lines += [f"Disallow: {path}" for path in self.portal.robots_disallow]
        return "\n".join(lines) + "\n"
