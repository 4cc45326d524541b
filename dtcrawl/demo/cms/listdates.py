"""An old district portal on a home-grown PHP CMS whose article pages show no date at all.

The ``index.php`` front controller takes ``module``/``op``/``cat``/``id``/``page`` parameters.
The article template has no date line, no meta dates and no ``<time>``: an article's publication
time appears only in the listings, "(dd/mm/yyyy HH:MM)" after each title, in the "Tin khác" list
under other articles, and as "dd/mm" in the "Tin mới" sidebar.

URL shapes:
- home ``/`` (also ``/index.php``);
- general news ``/index.php?module=news``, page N ``/index.php?module=news&page=N``;
- topic ``/index.php?module=news&cat=<id>``, page N ``...&cat=<id>&page=N`` (one-based, a window
  of numbers with "Đầu"/"Cuối");
- article ``/index.php?module=news&op=detail&id=<id>``; the home page links some with
  ``&from=home`` added; print view ``/index.php?module=news&op=print&id=<id>``.
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
    pager_numbers,
    poll,
    reuse_notice,
    stable_int,
    thousands,
    tthc_stats,
    visitor_stats,
)


def listing_stamp(moment: datetime) -> str:
    """The time after a title in listings and "Tin khác".

    >>> listing_stamp(datetime(2022, 3, 4, 7, 5))
    '(04/03/2022 07:05)'
    """
    return f"({dmy(moment)} {moment:%H:%M})"


def sidebar_stamp(moment: datetime) -> str:
    """The short day/month of the "Tin mới" sidebar.

    >>> sidebar_stamp(datetime(2022, 3, 4, 7, 5))
    '04/03'
    """
    return f"{moment:%d/%m}"


class ListDatesSite(CmsSite):
    family_headers = {"Server": "Apache/2.2.22 (Win32)", "X-Powered-By": "PHP/5.2.17"}
    number_base = 2_300
    number_stride = 4
    image_folder = "/uploads/tintuc"

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"/index.php?module=news&op=detail&id={item.number}"

    def print_path(self, item: Item) -> str:
        return f"/index.php?module=news&op=print&id={item.number}"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        path = "/index.php?module=news"
        if not self.is_news(section):
            path += f"&cat={section.id}"
        return path if page == 1 else f"{path}&page={page}"

    # -- routing

    def route(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path not in ("/", "/index.php"):
            return None
        module = params.get("module")
        if not module:
            return self.html_response(self.home_html(request))
        if module != "news":
            return None
        op = params.get("op", "")
        if op in ("detail", "print"):
            try:
                item = self.by_number.get(int(params.get("id", "")))
            except ValueError:
                return None
            if item is None:
                return None
            if op == "print":
                if item.kind in ("missing", "error"):
                    return None
                return self.html_response(self.print_html(item, request))
            return self.article_response(item, request)
        if op:
            return None
        section = None
        if params.get("cat"):
            try:
                section = self.section_by_id(int(params["cat"]))
            except ValueError:
                return None
            if section is None:
                return None
        page = page_number(params.get("page"))
        _, pages = self.page_of(self.listed(section), page)
        if page > pages:
            return None
        return self.html_response(self.listing_html(section, page, request))

    # -- frame

    def frame(self, title: str, crumbs: list[tuple[str, str]], main: str, request: Request) -> str:
        p = self.portal
        menu = "".join(
            f'<li><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb = " &raquo; ".join(
            f'<a href="{esc(href)}">{esc(name)}</a>' if href else esc(name)
            for name, href in [("Trang chủ", "/index.php"), *crumbs]
        )
        latest = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="ngay">{sidebar_stamp(it.published)}</span></li>'
            for it in self.latest(6)
        )
        v = visitor_stats(request.seed)
        t = tthc_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<label><input type="radio" name="binhchon" value="{i}"/> {esc(o)}</label><br/>'
            for i, o in enumerate(options)
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} - {esc(p.name)}</title>
<link rel="stylesheet" href="/templates/default/style.css" type="text/css" /></head>
<body><div id="wrapper">
<div id="header"><img src="/templates/default/images/banner.jpg" alt="{esc(p.name)}" />
<div class="ngayhientai">Hôm nay: <script type="text/javascript">document.write(ngay());
</script></div></div>
<div id="topmenu"><ul><li><a href="/index.php">Trang chủ</a></li>
<li><a href="/index.php?module=news">Tin tức - Sự kiện</a></li>{menu}
<li><a href="javascript:void(0)" onclick="openLienHe()">Liên hệ</a></li></ul></div>
<div id="navigator">{crumb}</div>
<div id="leftcol"><div class="box"><div class="box-title">Chuyên mục</div>
<ul class="danhmuc">{menu}</ul></div>
<div class="box"><div class="box-title">Kết quả giải quyết TTHC</div><div class="tthc">
Tháng {t["month"]}: đã tiếp nhận {thousands(t["total"])} hồ sơ, đúng hạn {t["percent"]}%,
trễ hạn {thousands(t["late"])} hồ sơ.</div></div>
<div class="box"><div class="box-title">Liên kết website</div>
<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
<option value="http://chinhphu.vn">Cổng TTĐT Chính phủ</option>
<option value="http://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option></select></div></div>
<div id="maincol">{main}</div>
<div id="rightcol"><div class="box" id="tinmoi"><div class="box-title">Tin mới</div>
<ul>{latest}</ul></div>
<div class="box"><div class="box-title">Thăm dò ý kiến</div><form action="/index.php?module=poll"
method="post"><p>{esc(question)}</p>{choices}<input type="submit" value="Biểu quyết"/></form>
</div>
<div class="box"><div class="box-title">Thống kê truy cập</div><ul class="thongke">
<li>Đang trực tuyến: {thousands(v["online"])}</li><li>Hôm nay: {thousands(v["today"])}</li>
<li>Tổng lượt truy cập: {thousands(v["total"])}</li></ul></div></div>
<div id="footer"><p>Cơ quan chủ quản: {esc(p.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(p.editor)}</p><p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)}</p>
<p>{esc(reuse_notice(p))}</p></div></div></body></html>
"""

    def row(self, item: Item, tracked: bool = False) -> str:
        href = self.article_path(item) + ("&from=home" if tracked else "")
        return (
            f'<div class="news-item"><img class="thumb" src="{esc(image_path(item, 0, self.image_folder))}"'
            f' alt="" /><a class="news-title" href="{esc(href)}">{esc(item.title)}</a> '
            f'<span class="date">{listing_stamp(item.published)}</span>'
            f'<div class="sapo">{esc(item.sapo())}</div></div>'
        )

    def home_html(self, request: Request) -> str:
        blocks = []
        for section in self.sections.values():
            items = self.listed(section)[:4]
            rows = "".join(self.row(it, tracked=i % 2 == 0) for i, it in enumerate(items))
            blocks.append(
                f'<div class="home-cat"><div class="cat-title"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></div>{rows}</div>'
            )
        return self.frame("Trang chủ", [], "".join(blocks), request)

    def pager(self, section: Section | None, page: int, pages: int) -> str:
        if pages <= 1:
            return ""
        parts = [f'<a href="{esc(self.listing_path(section, 1))}">Đầu</a>']
        parts += pager_numbers(
            page,
            pages,
            lambda n: f'<a href="{esc(self.listing_path(section, n))}">{n}</a>',
            current='<span class="current">{n}</span>',
            gap="<span>...</span>",
        )
        parts.append(f'<a href="{esc(self.listing_path(section, pages))}">Cuối</a>')
        return f'<div class="phantrang">Trang: {" ".join(parts)}</div>'

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        items, pages = self.page_of(self.listed(section), page)
        name = self.news.name if self.is_news(section) else section.name
        rows = "".join(self.row(it) for it in items)
        main = (
            f'<div class="cat-title">{esc(name)}</div><div class="list-news">{rows}</div>'
            + self.pager(section, page, pages)
        )
        return self.frame(name, [(name, "")], main, request)

    def article_main(self, item: Item, request: Request, printing: bool = False) -> str:
        parts = []
        for kind, value in body_blocks(item, request.revision):
            if kind == "p":
                parts.append(f'<p style="text-align: justify">{esc(value)}</p>')
            else:
                index, caption = value
                parts.append(
                    f'<p style="text-align: center"><img src="'
                    f'{esc(image_path(item, index, self.image_folder))}" width="500" /></p>'
                    f'<p style="text-align: center"><em>{esc(caption)}</em></p>'
                )
        if item.author:
            parts.append(f'<p style="text-align: right"><strong>{esc(item.author)}</strong></p>')
        if item.source:
            parts.append(f'<p style="text-align: right"><em>Nguồn: {esc(item.source)}</em></p>')
        main = (
            f'<h2 class="title">{esc(item.title)}</h2><div class="content">{"".join(parts)}</div>'
        )
        if printing:
            return main
        others = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="date">{listing_stamp(it.published)}</span></li>'
            for it in self.others(item, 8)
        )
        views = stable_int(item.key + "views", 40, 3_900)
        return (
            f'<div class="detail">{main}<div class="tools"><a href="{esc(self.print_path(item))}"'
            f' target="_blank">In bài viết</a> | <a href="javascript:history.back()">Quay lại</a>'
            f" | Lượt xem: {thousands(views)}</div>"
            f'<div class="tinkhac"><div class="cat-title">Tin khác</div><ul>{others}</ul></div></div>'
        )

    def article_html(self, item: Item, request: Request) -> str:
        crumbs = [(item.section.name, self.listing_path(item.section))]
        return self.frame(item.title, crumbs, self.article_main(item, request), request)

    def print_html(self, item: Item, request: Request) -> str:
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            f'<title>{esc(item.title)}</title></head><body onload="window.print()">'
            f"<p>{esc(self.portal.name)}</p>{self.article_main(item, request, True)}</body></html>"
        )

    def error_html(self, status: int) -> str:
        word = "Không tìm thấy trang" if status == 404 else "Lỗi hệ thống"
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            f"<title>{word}</title></head><body><h2>{word}</h2>"
            '<p>Trang bạn yêu cầu không tồn tại. <a href="/index.php">Về trang chủ</a></p>'
            "</body></html>"
        )
